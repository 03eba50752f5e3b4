"""A thirty-sixth labelled set (issue 17), written in December 2026 apart from the classifier's code, its phrase
lists and the other sets' cases.

Two halves. Joining and confirming: sign-ups as new mail, in reply to a colleague's forward of our mails, or as a
pasted signature under a subject; interim directors and directors-to-be ("per 1 maart directeur"); English
writers; replies to our confirmation request in every way people confirm (a bare reply, "klopt", an emoji, a
forward back to us, a reply whose client dropped the thread headers); denials and doubts ("ik heb me niet
aangemeld?"), a confirmation given from an assistant's address, and look-alikes (costs, who may join, somebody
else's newsletter forwarded by mistake). Machines and people: out-of-office notices in Dutch, English, German and
Frisian with and without RFC 3834 headers (also in reply to the confirmation request, where they must not confirm),
ticket systems, mailbox rules written in the first person, "no longer monitored" notices, read receipts written as
text, delay notes, mailing-list moderation, and people who answer by hand from their leave (an RSVP), or report
that a colleague left (other). The format is described in tests/classify/labelled.py.
"""
