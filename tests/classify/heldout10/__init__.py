"""Held-out labelled set 10 (issue 17): a year of inbound mail to info@ as it might look two years on.

Written without reading the classifier, its phrase lists, its training data or the other sets' cases; never used
to tune anything, only to measure. Cases that could not be labelled with confidence were left out.

How its writing differs: many writers are new directors who never met the secretariat and explain themselves at
length; several dictate by voice (no punctuation, run-on sentences, homophones and split words such as "wordt"
for "word", "lit" for "lid", "voor dat"); others answer from a phone between meetings in fragments; some paste
half a policy memo or an MT note into a suggestion, so theme words appear in passing that the writer does not
propose (and one theme word hides inside a longer word); a few write in a strongly regional or informal register
(Brabants, Gronings, Drents, Twents, Limburgs, Fries, Zeeuws) or in English. Automatic mail includes calendar
acceptances, ticket acknowledgements, retired mailboxes and an out-of-office without any automatic header.
Conventions follow the brief: a substitute means ``attending`` False, the latest answer counts, a hand-over to a
named successor is ``unsubscribe``, an AVG erasure anywhere is ``unsubscribe`` with ``erase``, acts mixed with a
question or done for someone else are ``other``; replies to the follow-up mail carry the thread
``call_for_themes``.
"""
