"""Held-out labelled set 13 (issue 17): a year of the mailbox seen through directors in their first year.

Written without reading the classifier or any other set's cases. The writers are new to the job and to the
network: they introduce themselves and their new organisation, ask what things mean, answer old mails in the
wrong thread, write in the register of their previous job (consultant's English-laced Dutch, an alderman's
political prose, a police officer's report style, a teacher's warm tone), make typos under time pressure and
sometimes write twice (a correction a minute later; the latest answer is the label). It covers the whole atelier
cycle (call for themes, invitation, reminder, waiting list, change of date, follow-up) and membership (sign-up,
confirmation, welcome, leave, AVG erasure, hand-over to a named successor).
"""
