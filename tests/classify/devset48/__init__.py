"""A forty-eighth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its writing leans on the official register of public administration: nominal style and the passive voice
("kan worden bericht", "wordt verzocht", "is niet haalbaar gebleken"), "ondergetekende" instead of "ik", requests
stated as facts (a director who "treedt terug" or whose "aanstelling afloopt"), hedges ("zou ik graag willen",
"mocht het zo zijn dat", "indien mogelijk"), memos with headers and numbered points (Aanleiding, Besluit, Verzoek),
litotes and double negations ("niet ongenegen", "niet onwelwillend", "niet onmogelijk", "het is uitgesloten dat
ik niet ..."), negations placed far from their verb after long subordinate clauses, and split answers (yes to the
atelier and no to the dinner; no for the writer while a colleague will write herself). Against that register stand
plain phone replies, lowercase one-liners and English or mixed mails. Auto-replies are written in the same
bureaucratic tone, so that "niet aanwezig" and "wordt niet in behandeling genomen" appear in mail that is no answer.
A few questions are wrapped in the same hedges as the requests ("mocht het zo zijn dat ... kan worden nagegaan"),
and a litotes that commits to nothing ("niet onmogelijk dat ik kom, ik laat het weten") is ``other``.
The format is described in tests/classify/labelled.py.
"""
