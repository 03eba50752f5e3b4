"""A tenth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its emphasis is the themes of suggestions. About ninety suggestions each carry an exact theme set, chosen by the
brochure's description of Strategie, Samenwerking, Organisatie and Dienstverlening, for what the writer PROPOSES
to discuss: context sentences ("onze drie gemeenten werken al jaren samen"), themes named only to be set aside
("niet weer de structuur"), and theme words in greetings, signatures, function titles and organisation names
("directeur Bedrijfsvoering en Dienstverlening", "Samenwerkingsorganisatie ...") add nothing. Topics come as one
line, as a paragraph of background followed by the proposal, as a question ("Hoe borgen we ...?"), as a short
bullet list (the label is the union of what is proposed), in English, and in the jargon of the field (P&C-cyclus,
DVO, GR, I-visie, KCC, Omgevingswet, Wmo, kostenverdeelsleutel, treasury, opdrachtgeverschap, klantreis, ...).
Where a topic truly spans two themes and the writer proposes both aspects, both are labelled.

The other cases keep the set mixed: replies to the call that are no suggestion (questions, deferrals, pitches,
an application for the Adviesraad), RSVPs, sign-ups, leaves, a few out-of-office replies and confirmations.

Labels follow ``labelled.py`` and devset6: replies to our follow-up mail carry the thread ``call_for_themes``; a
director who sends a substitute is an RSVP with ``attending`` False; anything done for someone else with
consequences is ``other``.
"""
