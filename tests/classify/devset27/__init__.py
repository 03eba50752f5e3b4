"""A twenty-seventh labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its subject is coverage of plain mail. About four in five cases are ordinary, unambiguous requests that the
secretariat would simply carry out, each in its own wording: yes and no to the atelier in every atelier thread
(invitation, reminder, waiting-list notice, change notice, the invitation sent to a substitute) and as new mails
naming the atelier or its date; sign-ups for oneself; replies to our confirmation request and its reminder; leaving
the network, with and without an AVG erasure, and hand-overs to a named successor with an address; topic
suggestions with an exact set of themes; out-of-office replies with and without automatic headers. The wordings
range from one word to five sentences, formal to lowercase, Dutch, English and mixed, with reasons, politeness and
small remarks that need no answer (thanks, a compliment, a diet or parking note given as information). The rest are
clear ``other``: questions, pitches, complaints, press and research requests. There are no trick cases: every
actionable case is one a careful person would act on without hesitation. The format is described in
tests/classify/labelled.py.
"""
