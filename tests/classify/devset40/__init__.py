"""The fortieth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its writing differs from the other sets on purpose: English-speaking and bilingual writers. Expat directors
leading a shared service organisation who write English or English with Dutch nouns in it ("the werkorganisatie",
"the colleges", "het netwerk"); international consultants with British and American idiom ("I'll pass", "count me
out", "happy to join", "keen to", "cheers"); Flemish colleagues writing Dutch with Belgian idiom ("gelieve",
"ik geraak er niet", "afkomen", "uitschrijven", "aankaarten"); German-speaking colleagues writing Dutch with German
word order, false friends and a German closing; and people switching language inside one sentence. Topic
suggestions name the brochure's themes in English terms (long-term vision, cost allocation, back office, KCC,
front office, regional positioning), English out-of-office and ticket-system replies, and English questions,
pitches and requests made for someone else. The format is described in tests/classify/labelled.py.
"""
