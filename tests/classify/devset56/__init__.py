"""A fifty-sixth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

A development set: it is measured unseen first and may train the classifier afterwards.

Its writing differs from the other sets on purpose: it holds the acts with consequences (joining, leaving, erasure,
hand-over, confirming, coming or not) said the way people say them rather than with the verbs of our templates:
asking how to join when one means "please sign me up", a pasted form with fields, "keep me posted", a director who
just started in a new organisation; leaving by retirement, a job outside the public sector, lack of time or a role
that no longer fits, in a reply to the call for themes or together with a decline; confirmations of one word, an
emoji, a signature without a line of text, a yes with thanks and small talk, or an inline answer below our quoted
question; RSVPs with times, conditions, a guest, online only, a substitute or a change of mind. Every act comes in
several registers (formal letter to lowercase one-liner, typos, mobile footers, disclaimers), Dutch, English and a
mix of both, under every quote style of ``labelled.py``, inline, and with the thread lost. The ``other`` cases are
the near misses beside those acts: a yes with a question, a leave or address change for a colleague, an assistant
signing up her director, questions about who may join or how leaving works, a complaint about the number of mails
from a member who stays, a denial asking where we got the address, thanks, an Adviesraad candidacy, a supplier and
the press. The format is described in tests/classify/labelled.py.
"""
