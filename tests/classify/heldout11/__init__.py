"""Held-out labelled set 11 (issue 17): a year of the mailbox as written by the wider public sector.

Written without reading the classifier or any other set's cases, and never to be tuned on. The writers are
directors, secretaries and staff of municipalities and other public bodies who write the way their own
organisation writes: policy-memo mails with headers and numbered points, nominal style ("Ten aanzien van de
deelname ... kan worden medegedeeld dat"), the passive voice, hedged requests ("mocht het zo zijn dat ..."),
requests phrased as statements of fact ("Ondergetekende is per 1 maart niet langer werkzaam als ..."), double
negations ("niet ongenegen"), negations far from their verb, and answers that say yes to one thing and no to
another (the atelier but not the borrel; not me but a colleague). A few English mails and phone one-liners
keep it a realistic year. Labels follow the conventions of ``tests/classify/labelled.py`` and the brief of
issue 17; cases that could not be labelled with confidence were left out.
"""
