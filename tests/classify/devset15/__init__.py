"""A fifteenth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its writing sits on the boundary between acting and leaving a message to a person. About half the cases are
``other`` that look like requests: a request with a question the secretariat must answer, conditional and
hypothetical requests, reported speech ("een collega vroeg ..."), requests about someone else (signing up,
removing, erasing or re-addressing a colleague), questions phrased as requests ("Graag verneem ik of ..."),
complaints that use the words of leaving or erasure, requests meant for another organisation, pitches and research
invitations. The other half are real acts with the same surface features that must be acted on: sign-ups and
confirmations closing with a polite sentence that needs no answer, RSVPs with a remark, leaving with a reason
clause ("omdat", a semicolon), suggestions ending in a rhetorical question, erasure requests in long legal wording,
and hand-overs to a named successor. The format is described in tests/classify/labelled.py.
"""
