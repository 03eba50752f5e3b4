"""The fourteenth labelled set (issue 17): whole mails as they arrive from real municipal mailboxes.

Every case has an invented sender at a made-up werkorganisatie or gemeente domain, and most carry what real
mailboxes add around the few words that matter: signature blocks with function titles (some holding theme words,
such as "directeur Dienstverlening"), postal addresses and phone numbers, part-time notices ("ik werk niet op
woensdag"), mobile footers, social-media links, campaign banners and long confidentiality disclaimers in Dutch and
English. The set replies to every kind of mail the service sends (confirmation request and its reminder, welcome,
call for themes, invitation, change notice, reminder, follow-up, waiting list, substitute invitation, the thank-you
digest of a suggestion, goodbye) in every quote style, plus inline answers and new mails without a thread, in
roughly the proportions a secretariat sees: RSVPs, sign-ups and double opt-in confirmations, leaves and hand-overs
(some with an AVG erasure), suggestions with their exact themes, auto-replies (some without automatic headers) and a
large share of mail a person must handle (questions, mixed requests, requests for someone else, complaints,
suppliers, press, students, the Adviesraad).

Written without reading the classifier; cases that could not be labelled with confidence were left out.
"""
