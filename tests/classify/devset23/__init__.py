"""Labelled set devset23 (issue 17): every kind in a secretariat's usual proportions, written the way people type.

What sets it apart is the noise in the writing, not the requests: speech-to-text dictation (no punctuation,
"punt", "komma" and "apenstaartje" written out, homophones, every word capitalised), phone autocorrect slips
(an English keyboard turning "ik" into "is", "groet" into "groen"), heavy typos and dropped letters, texting
abbreviations (ff, idd, tnx, gr, mvg, svp, ivm, z.s.m.), ALL CAPS, mails without a single line break or with one
word per line, sentences that run straight into the signature, mixed Dutch and English, Flemish turns of phrase,
old formal writing ("Hierbij verzoek ik u beleefd ..."), requests carried only by the subject with an empty body
or a bare signature, and writers with Dutch as a second language (simple grammar, wrong word order). Each case
stays unambiguous to a careful human reader; where a person must answer something the case is ``other``, and
cases that could not be labelled with confidence were left out. Written without reading the classifier.
"""
