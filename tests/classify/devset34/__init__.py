"""A thirty-fourth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its emphasis is leaving the network and everything that merely looks like it, to test that the service never
unsubscribes someone who did not ask. About fifty real leaves: retirement, a new job, an ambtelijke fusie that was
dissolved or absorbed by a herindeling, an interim assignment that ended, too much mail, a hand-over to a named
successor, AVG erasure in many wordings (article 17, "recht op vergetelheid", "vergeet mij", English GDPR and
"right to be forgotten", erasure asked in reply to our goodbye or to a confirmation request), leaves stated only
in the subject, and leaves written as replies to each of our mails. Against them stand the look-alikes: leaving
a job but staying a member at a new address, reports that someone else left (a secretary, a privacy officer, a
colleague), "afmelden" of a course, a parking card, a LinkedIn group, a Teams channel, the Adviesraad, a borrel or
a guest, questions about how or whether to leave, complaints about the volume of mail, an access request under
article 15, replies to our goodbye by people who never asked, forwards that quote someone's leave words,
inline answers to our footer ("Afmelden? ... nee hoor"), declines of one atelier, sign-ups and confirmations that
mention a predecessor who left, out-of-office and mailbox-retired notices saying the person left, and topic
suggestions about exit, offboarding, uitstroom and ontvlechting as themes. The format is described in
tests/classify/labelled.py.
"""
