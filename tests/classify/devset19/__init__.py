"""Labelled set devset19 (issue 17): a half year of the mailbox in which most mail only looks like a leave.

About two thirds of the cases carry words a careless reader takes for "remove me" (a new job, a retirement, a
sabbatical, "stop" said to one kind of mail, an auto-reply or another list's footer with "unsubscribe", a director
who "meldt zich af" for the atelier, a question about personal data, our own "Afmelden?" footer quoted above a
"nee") without asking to leave the network; the rest are real leaves, hand-overs and erasure requests in fresh
wordings. Written without reading the classifier; cases that could not be labelled with confidence were left out.
"""
