"""A thirty-seventh labelled set (issue 17), written in December 2026 apart from the classifier's code, phrase lists
and the other sets' cases.

It is about plain requests in words the service may not expect, each one unambiguous for a person, so that the
service acts on them instead of leaving them to the secretariat: sign-ups said with idioms or indirectly ("zet me
maar op de lijst", "mag ik aanhaken?", "schrijf me maar in", "count me in for the network", a pasted form, a
signature under the subject "lid worden", a colleague's forwarded tip with "graag aanmelden" on top), leaving and
erasure ("haal me eraf", "ik trek me terug uit het netwerk", "stuur me niks meer", "recht om vergeten te worden",
a hand-over to a successor, leaving and declining in one breath), RSVPs in idioms ("ik schuif aan", "zonder mij",
"reken op twee man", "ik laat deze aan me voorbijgaan", Frisian and English), confirmations that say almost nothing
(an empty reply, a thumb, a signature, "dat was ik inderdaad"), and a smaller honest share of look-alikes that a
person must answer (eligibility questions, a secretary signing up her director, a colleague reported gone, an
access request beside a leave) and automatic replies (out-of-office, retired mailboxes, ticket systems). Registers
run from "Hoogachtend" to lowercase phone one-liners; quotes come in every style in ``labelled.STYLES`` plus inline
answers. The format is described in tests/classify/labelled.py.
"""
