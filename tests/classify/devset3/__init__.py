"""A third labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Written from what directors, management assistants, new directors, suppliers, researchers, calendar services and
auto-responders write to info@ambtelijkefusie.nl, without reading mailservice/classify/, so that its first figures
measure the classifier on mail it has not seen. The format is described in tests/classify/labelled.py.
"""
