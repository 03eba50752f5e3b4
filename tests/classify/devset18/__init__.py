"""The eighteenth labelled set (issue 17): mail where acting would wrongly take someone out of the network.

About two thirds of the cases use the words of leaving (afmelden, uitschrijven, schrappen, verwijderen, stoppen,
eraf halen, terugtrekken; unsubscribe, remove, leave, delete) without the writer asking to leave the network:
declining only the atelier (invitation, reminder, waiting list, change of date), leaving a working group, the
Adviesraad, an app group or a pilot, stopping a subscription elsewhere, removing an attachment, a photo, a name from
minutes or a duplicate address, a complaint about too much mail, a job change of a member who stays, an assistant
who leaves her job, a colleague's retirement, a question HOW to leave, forwarded or quoted leave requests of others,
and out-of-office replies that speak of "uitschrijven" or "verwijderen". The remaining third are real leaves of the
network in unusual wordings, with AVG erasures (``erase`` True) and hand-overs to a named successor, so that the
set also shows that real leaves still work. Written without reading the classifier; cases that could not be
labelled with confidence were left out.
"""
