"""The fifty-fifth labelled set (issue 17): 90 cases written in December 2026 apart from the classifier's code and
phrase lists, as a development set.

Its writing differs from the other sets in where the themes sit: two thirds are suggestions that name a concrete
matter (the governing arrangement of the gemeenschappelijke regeling, the DVO, the culture of the merged staff, a
counter in a small village, a ten-year horizon, inkoop, informatiebeveiliging, the Omgevingswet, the sociaal
domein, Common Ground, statushouders) and never the theme's own name; the label is the theme the brochure puts the
matter under. Theme words appear where they do not count: in passing ("naast de dienstverlening ..."), set aside
("liever niet weer ..."), inside other words ("strategisch personeelsbeleid", "interne dienstverlening",
"samenwerking tussen de clusters"), and in the quoted thank-you mail that lists earlier themes. Proposals come as
long context followed by one line, numbered and bulleted lists, tables pasted from HTML (pipes, tabs, one cell a
line), questions, inline answers between our quoted lines, English and mixed Dutch/English, in replies to the call,
the follow-up, the welcome and the thank-you mail and as new mails; a few carry an RSVP as well. The format is
described in tests/classify/labelled.py.
"""
