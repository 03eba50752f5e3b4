"""A thirty-fifth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Most of it (about 85 cases) is topic suggestions, in reply to the call for themes, to the follow-up mail, to the
thank-you for an earlier suggestion and to the welcome mail, and as new mail. The proposals are written in the
vocabulary of directors of ambtelijke fusieorganisaties (opdrachtgeverschap, DVO's, kostenverdeelsleutel, ENSIA,
BIO, Omgevingswet-ketens, strategische personeelsplanning, rechtmatigheidsverantwoording, servicepunten in de
kernen, proactieve dienstverlening) rather than in the brochure's theme words: the theme words appear in
passing, inside longer words ("dienstverleningsovereenkomst", "strategische personeelsplanning"), in a theme the
writer sets aside ("niet zozeer strategie, maar ..."), or only in our quoted call and thank-you (which lists other
themes). Suggestions carry one, two or three themes; some are lists, some English, some next to a yes to the
atelier. The rest are look-alikes in the same threads: questions about the themes and the procedure, feedback on
the past atelier, suppliers, lecturers and consultants offering to present, RSVPs, leaves and erasure requests in
the call's thread, and two out-of-office replies. The format is described in tests/classify/labelled.py.
"""
