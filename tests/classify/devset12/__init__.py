"""A twelfth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its emphasis is on consequential acts and their look-alikes, where acting wrongly hurts: members leaving in
unusual wordings (retirement, a new job, a merger, "stop", in reply to every kind of mail we send), erasure
requests under the AVG/GDPR, hand-overs to a named successor with an address, and about as many messages that
use the same words but must not unsubscribe or erase anyone: declining only the atelier, leaving someone else's
newsletter, complaining about the amount of mail while staying, asking how leaving works, reporting mail that did
not arrive, requests about a colleague, an assistant's internal note, an old unsubscribe quoted below a new
answer, "niet afmelden!", an access request (inzage), automatic replies announcing a closed mailbox, a change of
address and jokes. A last group answers our request to confirm a sign-up: yeses (inline, empty, forwarded),
questions, doubt and denials.

Two conventions on top of the shared ones: a sign-up of a named colleague that gives the colleague's own address
is ``subscribe`` (the colleague is invited to confirm themself); denying a sign-up in reply to our confirmation
request ("ik heb mij niet aangemeld") is ``unsubscribe`` with ``erase`` False. The format is described in
tests/classify/labelled.py.
"""
