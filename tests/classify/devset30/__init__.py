"""A thirtieth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its writing follows the STRUCTURE of our atelier mails (invitation, reminder, waiting list, substitute invitation,
change): they ask several questions at once (do you come, do you bring someone and with how many, does a colleague
come in your place and who), and the replies answer them the way people do: inline between our quoted lines (the
writer's own "> " lines in ``body``, no ``quoted``), as a numbered list ("1. ja 2. nee 3. -"), only the second or
the third question, in a table, by copying our question and answering under it, or with a bare "ja"/"nee" whose
meaning depends on the question it sits under ("Nee" under "Neemt u iemand mee?" after "Ja" under "Komt u?" is a
yes to the atelier). It also holds yeses with named guests, online participation, partial attendance, substitutes
named with their address, directors who decline and name a substitute, and changed answers; and about a quarter
look-alikes labelled ``other``: questions that need an answer, a yes to something else than coming, and answers to
an invitation for an atelier that is already over. Every quote style of ``labelled.STYLES`` is used. The format is
described in tests/classify/labelled.py.
"""
