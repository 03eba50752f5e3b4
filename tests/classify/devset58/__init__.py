"""A fifty-eighth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

A development set: it is measured unseen first and may train the classifier afterwards.

Its writing differs from the other sets on purpose: it is about leaving the network, said the way people say it
without the verbs of our templates: retirement, a new job at a province, a ministry or a company, the organisation
dissolved, split up or merged into one municipality, a role that changed or no longer fits, having had enough,
"my name off the list", no more need for the mails, English "take me off" and "moving on"; as a new mail or in reply
to any of our mails, with an AVG erasure, a hand-over to a named successor with an address, or together with a
decline of the atelier. Beside them stand the look-alikes a person must handle (``other``): a colleague reporting
that someone left, a sabbatical or leave with the wish to stay a member, asking whether one may stay after
retirement or a change of role, complaints about the number of mails from members who stay, a new address or name,
an AVG request to see one's data, leaving a list that is not the membership (speakers, Adviesraad, the published
participants), and a leave with a question the secretariat must answer. RSVP declines that say "not this time" in
words close to leaving, auto-replies of closed mailboxes and of people who have gone, and sign-ups of successors and
of former members who come back complete it. Every register from the formal letter to the lowercase one-liner,
typos, mobile footers, disclaimers, all quote styles of ``labelled.py``, inline answers and lost threads. The format
is described in tests/classify/labelled.py.
"""
