"""A twenty-fourth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its subject is joining. About half its cases are the real acts: sign-ups in fresh wordings (new mails, a colleague's
welcome or invitation forwarded to us with "me too", English, forms pasted or filled in, one-liners, long
introductions with the request in the middle, a subject that carries the whole request, a reply to our goodbye
asking to stay) and confirmations (replies to our confirmation request and its reminder: bare yes-words, an emoji,
a signature only, "klopt", "akkoord", "dat was ik", replies that repeat the writer's details, inline answers,
English). The other half look like joining but are something a person must handle or another act: questions about
who may join, the cost, the time it takes and what it involves; an assistant or a director signing up someone
else or a whole management team; a sign-up on a condition or with a question that needs an answer; a member who
asks again or moves address; "that was not me" and a confirmation for someone else under our confirmation request;
applications for the Adviesraad; students, consultants, council members and suppliers who want in; other
networks and the LinkedIn group; an out-of-office under our confirmation request; a registration for the atelier
(an RSVP), a hand-over to a successor and a reply to our welcome that proposes a topic. The format is described in
tests/classify/labelled.py.
"""
