"""A labelled development set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its writing differs from the other sets on purpose: most answers about the atelier do not arrive as a reply to the
invitation. They come as new mails without a thread (the request only in the subject, or a date instead of a
name), as replies to the welcome mail, the goodbye mail, the call for themes, the waiting-list mail, the reminder,
the substitute's invitation or an old atelier's follow-up, from clients that dropped the reply headers, as
forwarded invitations ("FW: ...") with the answer above, and under calendar-style subjects typed by hand
("Geaccepteerd: ...", "Afgewezen: ...", "Declined: ..."). Writers name the date, the city, the venue or "de
bijeenkomst van het netwerk" rather than the atelier, and several change an earlier answer. The look-alikes
(``other``) register for another organisation's event, ask about the atelier without answering, say they might
come, or say yes on a condition that needs an answer first; the sign-ups join the network, not the atelier.
Registers run from "Geacht secretariaat ... Hoogachtend" to lowercase one-liners, in Dutch, English and both mixed,
with typos, mobile footers and disclaimers. The format is described in tests/classify/labelled.py.
"""
