"""A fourth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its emphasis is where unseen mail went wrong most: suggestions with their exact themes (words of another theme
used only in passing, a theme set aside), RSVPs in every form (assistants, late arrival, guests, substitutes,
changes of mind, calendar services, English), and questions or pitches that use request words. Written without
reading mailservice/classify/; the format is described in tests/classify/labelled.py.
"""
