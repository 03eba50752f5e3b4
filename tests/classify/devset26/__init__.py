"""A twenty-sixth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its subject is English and mixed Dutch/English mail, across all kinds in roughly the proportions of the mailbox
(RSVPs and sign-ups most, then questions and other mail a person must handle, suggestions with their exact themes,
leaves including AVG/GDPR erasures and hand-overs to a named successor, out-of-office replies in English and
German, confirmations of the double opt-in). The writers are expats working in Dutch municipalities, directors of
cross-border bodies (Belgian, German, British, Scandinavian), international consultants, Dutch directors who write
English out of habit, and people who switch language in the middle of a sentence. Registers run from British
formal to American casual and to non-native English with Dutch word order and false friends ("I will come on the
meeting", "actual" for current); idioms carry the request ("count me in", "I'll pass", "I'm out", "drop me from the
list", "sadly can't make it"). Look-alikes sit beside the acts: questions about who may join, pitches, requests
for a colleague, "unsubscribe" meant for another newsletter, a registration for another event. English writers
name the themes in English (strategy, collaboration, organisation, service delivery). The format is described in
tests/classify/labelled.py.
"""
