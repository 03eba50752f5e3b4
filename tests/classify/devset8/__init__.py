"""An eighth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its emphasis differs from the other sets on purpose: topic suggestions and their exact themes (one topic or a
list, a topic with a long explanation, a topic that spans two themes, a theme named and then set aside, a theme's
domain jargon without the theme's name, English topics, a topic only in the subject line); replies to the call for
themes and to the follow-up that are not suggestions (deferring, no topic this time, questions, leaving the
network, "I'll be there" before any invitation); and mails with two intents at once (leaving and declining, an
erasure inside a decline, an RSVP with a topic, a sign-up with a question, a yes with someone else's address
change, a decline with a substitute, a withdrawn sign-up, a confirmation with a question). The format is described
in tests/classify/labelled.py; the labelling conventions in the docstring of ``cases.py``.

Relabelled in stop 27 to the convention stop 25 and stop 26 set (coming, said in answer to the call for themes, is
an RSVP, with or without the day named): d8-oth-09 and d8-oth-12 ("Geen onderwerp van mijn kant, maar 11 maart
staat in mijn agenda", "I'll be there on 11 March, count me in") are RSVPs with attending True. The ids are kept.
"""
