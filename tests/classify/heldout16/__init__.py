"""A sixteenth held-out labelled set (issue 17): never used to tune anything, only to measure.

Written in December 2026 apart from the classifier's code, its phrase lists and the other labelled sets. Its
writers are people whose Dutch is not the textbook kind: a director who came over from Flanders ("gelieve",
"graag had ik", "mag ik u vragen", "met de meeste hoogachting", "tot dan"); strong regional writing with
Limburgse, Brabantse, Twentse, Groningse and Zeeuwse phrases mixed in; non-native writers of Dutch (word order
and article errors, English and German calques); English writers who are not native speakers; older formal
writers ("Zeer geachte", "ondergetekende", "gaarne", "teneinde", "in afwachting van uw antwoord"); and a few who
write without punctuation or capitals. Clients, quote styles and threads vary; some threads are missing.

Labels follow the conventions of the other sets: a substitute makes an RSVP with ``attending`` False, the latest
answer counts, a hand-over to a named successor and leaving plus declining are ``unsubscribe``, an act mixed with a
question a person must answer or an act for someone else is ``other``, replies to the follow-up mail carry the
thread ``call_for_themes``.
"""
