"""The seventeenth held-out labelled set (issue 17): written in December 2026 without reading the classifier, its
phrase lists or any other labelled set's cases; never used to tune anything, only to measure.

Its writing differs from the other sets on purpose: directors with several hats and busy inboxes. Writers are also
gemeentesecretaris, interim director or programme director; one message mixes the network's business with other
business (a remark about a joint project with a colleague in the network, a request to the secretariat, a personal
note); long signatures with several roles, logo placeholders and disclaimers; auto-forwarding rules ("Doorgestuurd
door regel") and replies typed on a phone under a thread that sat in a desktop client; directors who write about
themselves in the third person; polite indirectness ("Ik zou het op prijs stellen als ..."), irony and
understatement. Every quote style of ``labelled.py`` is used, plus inline answers and missing threads. The format
is described in tests/classify/labelled.py.

One case (h17-conf-05, "Confirmed, thanks." with a first name) was dropped on arrival: its words were a development
set's case word for word (devset27), so it was not unseen (tests/classify/test_heldout.py::test_no_case_is_in_two_sets).
The writer also saw five RSVP cases of devset6 (lines 60 to 75 of its cases) beside the format lines the brief allows.
"""
