"""The thirty-ninth labelled set (issue 17): where the service must not act although an act is in the words, and
where it should act although there is noise around it.

About half the cases carry an act beside something a person must handle: a yes with a question about parking, a
diet, joining online or bringing a non-member; a sign-up with a question about costs or eligibility; a leave with a
question about the successor or the report; a confirmation with a doubt; answers that hang on a condition ("als ...,
dan ..."; "mits ..."). Those are ``other``. Beside them stand acts the service should take although they look like
questions: rhetorical questions next to a yes ("Wie wil dat nou niet?") and requests put as polite questions
("Wilt u mij afmelden?", "Kunt u mij inschrijven?"). The other half are plain acts buried in small talk, thanks,
weather, season's greetings, long signatures with titles and phone numbers, legal disclaimers and quoted history.
Written without reading the classifier or any other labelled set's cases.
"""
