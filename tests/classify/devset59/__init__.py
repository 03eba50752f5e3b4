"""The fifty-ninth labelled set (issue 17): 90 inbound mails written in December 2026 apart from the classifier's
code and phrase lists, as a development set (measured unseen first, then used to train).

Its writing differs from the other sets in being built around near misses: mail that sounds like a request the
service could carry out, but that a careful secretariat must read itself. About 54 ``other`` cases each sit next
to a plain act of the same shape: a sign-up or confirmation with a question only a person can answer (cost,
eligibility, privacy, a deputy), a yes to the atelier with a condition (the board, a flight, a council meeting) or
a question (parking, wheelchair access, an invoice, a certificate of attendance, who else comes), acts for a
colleague who did not ask and gave no address, a sign-up or leave meant for another newsletter, a complaint or a
compliment that uses the word "suggestie", an Adviesraad candidacy, press, a student, a supplier offering to
present, a member asking what became of an earlier mail, replies to the wrong mail, and people writing about
absence by hand. Every ``other`` carries a ``# why`` comment saying what the secretariat must do. The 36 acts
(about six of each kind) are the plain versions: no question, no condition. Registers run from "Geacht
secretariaat ... Hoogachtend" to lowercase phone one-liners; every quote style of labelled.py appears, plus inline
answers; English and mixed Dutch/English, typos, mobile footers and disclaimers. The format is described in
tests/classify/labelled.py.
"""
