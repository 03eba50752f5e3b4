"""A labelled set (issue 17), devset63: replies under our welcome mail and our goodbye mail, written in December
2026 apart from the classifier's code and phrase lists; it trains the classifier after it has been measured unseen.

Its writing differs from the other sets on purpose: every case answers one of the two mails that open and close a
membership (a few with the thread lost), so the thread suggests a default and the words must overrule it. Thanks
that end in a leave next to thanks that end in a topic; a leaver who accepts it next to one who says the leave was a
mistake; a new member who signs up for the coming atelier named only by its date or its town; a leaver who keeps or
gives up an atelier seat he already had; hand-overs, erasure requests and denials that ask who signed them up.
Registers run from "Geacht secretariaat" to lowercase one-liners, with typos, phone footers and disclaimers, in
every quote style of labelled.py and as inline answers. The format is described in tests/classify/labelled.py.
"""
