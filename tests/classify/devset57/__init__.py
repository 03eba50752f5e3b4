"""A fifty-seventh labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

A development set: it is measured unseen first and may train the classifier afterwards.

Its writing differs from the other sets on purpose: most of it answers the Leer- en inspireer-atelier, and the
answers rarely name the atelier. People say they come or not by the day or the place ("Utrecht, 11 maart", "het
Vredenburg", "de 11e", "18 maart in het Provinciehuis"), by answering the questions of the invitation one by one
inline, in a table or form pasted from HTML, with guests named and unnamed, arriving late or leaving early (and one
who declines because he could only come at the end), online only, with a substitute and her address, in reply to
the waiting-list, change and substitute mails, and as a correction of an earlier answer. They write under the
invitation and the reminder, but also as new mails, under the welcome mail, the call for themes and the follow-up;
in Frisian, Limburgish, Brabantish, Twents and Gronings greetings, English, one word or an emoji under a quote, and
stiff official letters ("Hierbij deel ik u mede ..."), with typos, mobile footers and disclaimers, under every quote
style of ``labelled.py`` and inline. The ``other`` cases are the look-alikes a person must answer: a yes with a
question, "may I send someone" without a name, questions about the venue, the programme or who may come, a yes for
a colleague without her address, "maybe" and "I'll let you know", a yes on condition, plus a supplier, the press,
an Adviesraad candidacy, a colleague to be signed up without an address and a denial asking where we got the
address. A few suggestions (one setting a theme aside, one inline under the quoted themes), sign-ups and leaves
(retirement, hand-over, AVG erasure in a decline, a leave with a decline, a plain denial) complete it. The format
is described in tests/classify/labelled.py.
"""
