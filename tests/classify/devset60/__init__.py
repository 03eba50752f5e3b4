"""The sixtieth labelled set (issue 17): 90 inbound mails written in December 2026 apart from the classifier's
code and phrase lists, as a development set (measured unseen first, then used to train).

Its writing differs from the other sets in proposing topics without the usual words: hardly any "suggestie",
"onderwerp", "thema" or "ik stel voor". Most of the 55 suggestions answer our call for themes or the follow-up
mail, some arrive as new mails. A proposal comes as a story from the writer's own organisation that ends in
wanting to compare notes with colleagues, as a dilemma put as a question ("Hoe houd je ...?"), as a bare noun
phrase, as a short bullet or numbered list, tucked away after new-year wishes or conference small talk, in
English or mixed Dutch/English, as inline answers under our own quoted lines (including our list of the four
themes, which must not count), or only in the subject line with an empty body. Theme labels follow the matter
proposed, not words used in passing (a "samenwerking" in a story about an IT migration) nor a theme the writer
sets aside. Next to them: 20 ``other`` answers to the call that propose nothing (thanks, remarks on the last
venue or day, questions about the programme, a choice put off, "geen onderwerp van mij"), 8 RSVPs and 7
unsubscribes said in reply to the call or the follow-up. Registers run from "Geacht secretariaat ...
Hoogachtend" to lowercase phone one-liners, with typos, mobile footers and disclaimers; every quote style of
labelled.py appears. The format is described in tests/classify/labelled.py.
"""
