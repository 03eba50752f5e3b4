"""A sixth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its writing differs from the other sets on purpose: passive voice and long subordinate clauses, the request put
last after a long introduction, bullet lists and numbered points, regional and professional jargon and
abbreviations (i.v.m., z.s.m., t.z.t., MT, GS, B&W, DVO, GR), lowercase-only and ALL-CAPS writers, missing
punctuation and spelling mistakes, Dutch and English mixed in one mail, replies that answer two questions at once
or change an earlier answer, and requests stated only in the subject line. The format is described in
tests/classify/labelled.py.
"""
