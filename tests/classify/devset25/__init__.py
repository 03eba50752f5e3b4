"""A twenty-fifth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its writing differs from the other sets in the STRUCTURE of the mail rather than in its wording: where the writer's
words sit and what else the body holds. Answers written inline between our quoted lines (the writer's own "> "
lines in ``body``, no ``quoted``), bottom-posting under a full quote, top-posting above long threads with internal
messages in between, replies that quote a colleague's forward of our mail (two levels of quotes, one of them ours),
mails forwarded to us by a management assistant with the director's own request in the forwarded part (labelled by
what the director asks), forwards of someone else's leave or sign-up "ter info" (other), replies to an old mail of
ours (last year's invitation answered now goes to a person: that atelier is over), replies whose quote of our mail
carries words of every kind (our footer's "afmelden", the call's theme names) while the writer's own words say
something else, text pasted from a web page or a PDF, tables, bullet lists, and signatures holding request-like
words ("Afmelden voor onze nieuwsbrief? Klik hier"). Every quote style of ``labelled.STYLES`` is used. The format
is described in tests/classify/labelled.py.
"""
