"""A thirteenth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its emphasis is RSVPs and automatic replies, about half of them in English or in mixed Dutch and English. The RSVPs
answer every atelier mail a member can reply to: the invitation, the reminder, the change of date and place, the
waiting-list notice, the "a seat came free" notice and the invitation of a substitute; they include late arrivals
and early leaves, named guests, substitutes with name and address, changes of mind, assistants answering for their
director, calendar-client texts ("Accepted:", "Declined:", "Geweigerd:"; a tentative answer is ``other``) and
conditional answers a person must decide (``other``). The automatic replies are out-of-office notices in Dutch,
English, German and Frisian, with and without the RFC 3834 and Microsoft headers, closed mailboxes, "no longer
works here" notices and ticket receipts, next to their look-alikes written by people ("I'm away that day" in reply
to the invitation is a decline). The rest are sign-ups (a named colleague signed up with his or her own address is
``subscribe``), leaves, erasures, confirmations, suggestions, questions and pitches. The format is described in
tests/classify/labelled.py.
"""
