"""A sixteenth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its emphasis is coverage: about 130 ordinary actionable requests (sign-ups, confirmations, leaves with and without
an AVG erasure and hand-overs to a named successor, RSVPs to the invitation, the reminder, the change of date and
the substitute's invitation, theme suggestions with their exact themes, automatic replies) and about 20 ``other``
messages, each written in a different wording and register. At least half avoid the obvious verbs ("aanmelden",
"afmelden", "ik kom"): people join by asking to be "put on the list" or to "receive the invitations from now on",
leave by saying they "retire" or that "it is no longer needed", accept with "reserve the afternoon". The registers
range from formal letters and bureaucratic passive voice to lowercase one-liners, texting with emoji, typos and
missing accents, English and German-influenced English, Flemish, Frisian and Gronings greetings around standard
Dutch; the request stands in the subject line with an empty or signature-only body, in a bullet list, in a pasted
form, after a long personal anecdote, after a forwarded message, or typed inline under our quoted lines. The format
is described in tests/classify/labelled.py.
"""
