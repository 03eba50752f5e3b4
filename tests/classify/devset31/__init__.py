"""The thirty-first labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase
lists.

Its subject is the topic suggestion in the forms other sets used less, and the exact set of themes it proposes:
a proposal put as a question for the group ("Hoe houd je als directeur grip op ...?"), as a case description of the
writer's own organisation, as a list of three topics, as one long paragraph with the proposal at the very end, as a
reply to the follow-up mail after an atelier, as a new mail without thread, in English; with words of other themes
used in passing (a signature "directeur Dienstverlening", a reason, a department name, a word inside a longer word),
with a theme explicitly set aside ("niet zozeer strategie, maar ..."), with only domain terms and no theme name (KCC,
zaakgericht werken, GR, P&C-cyclus, DVO, informatiebeveiliging, Omgevingswet, arbeidsmarkt, klantreis), and combined
with a yes or no to the atelier. About a third are look-alikes that propose no topic: feedback on the last atelier,
compliments on the chosen topics, a topic for another organisation's event, questions about when and how the themes
are chosen, requests to present (pitches), a speaker or a location only. A smaller part covers the other kinds,
often with theme words in passing.

Labels follow the secretariat's conventions: ``themes`` is the exact set of themes of what the writer proposes,
never a theme used in passing or set aside; a suggestion in reply to the call for themes or the follow-up mail stays
a suggestion when it also says yes or no to the atelier; replies to the follow-up mail carry the thread
``call_for_themes``; a question, pitch, complaint or application is ``other``. Cases that could not be labelled with
confidence were left out.
"""
