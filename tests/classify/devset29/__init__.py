"""The twenty-ninth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase
lists.

Its subject is where a careless service would wrongly take someone out of the network. About seventy per cent of
the messages use words of leaving, stopping, deleting or removing (Dutch, Flemish and about a third English) while
the writer does not ask to leave the network: questions and hypotheticals about leaving, leaves in the past or
already done, leaving something else (a parking space, an app, a Teams channel, a working group, a pilot, a
regional platform, the LinkedIn group, the Adviesraad, a meeting series, another organisation's newsletter, the
atelier's waiting list), removing an attachment, a duplicate, a typo, a photo or a name from the report, an
organisation that merges or is dissolved while its director stays, a change of role, a retirement announced for a
later year, double negatives, irony, a leave reported or quoted about a colleague, an assistant asking how her
director can leave, a member who gets too much mail but stays, auto-replies full of leave words, a former member
who rejoins, a topic about a municipality leaving the shared organisation. The other thirty per cent are real
leaves in fresh wordings, some with an AVG/GDPR erasure and some handing over to a named successor, so that the set
also shows real leaves still work. The writers are people earlier sets did not use: a griffier, a controller, a
programme manager, an interim director, a Flemish intercommunale director, English-speaking expats, management
assistants. Every quote style, every thread purpose and inline answers are used.

Labels follow the secretariat's conventions: the writer's meaning decides, not the thread or a word; a question, or
a request for someone else with consequences, is ``other``; a hand-over to a named successor is ``unsubscribe``;
leaving the network and declining the atelier together is ``unsubscribe``; an AVG erasure anywhere is
``unsubscribe`` with ``erase``; replies to the follow-up mail carry the thread ``call_for_themes``. Cases that
could not be labelled with confidence were left out.
"""
