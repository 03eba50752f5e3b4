"""A forty-ninth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its writing is about the STRUCTURE of a mail, where the writer's own words are hard to find: memos typed in the
body with their own "Aan:/Van:/Datum:/Betreft:" lines (not a quote), bottom-posted answers below our quoted mail,
our mail pasted back without quote marks under a separator ("-----Oorspronkelijk bericht-----", a line of
underscores, "Op ... schreef ...:" without ">"), answers typed inline between our quoted lines (the "> " lines sit
in ``body``, no ``quoted``), forwarded chains of two or three levels ("---------- Forwarded message ---------",
"Begin doorgestuurd bericht:") with the request in the top message or in a forwarded part by the same writer,
signatures with long Dutch and English disclaimers, and requests carried only by the subject with an empty or
signature-only body. The format is described in tests/classify/labelled.py.
"""
