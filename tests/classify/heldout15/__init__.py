"""A fifteenth held-out labelled set (issue 17): never used to tune anything, only to measure.

Written in December 2026 apart from the classifier's code, its phrase lists and the other labelled sets. Its
writing comes from deep and tangled threads: replies that arrive weeks later and quote two or three of our mails
at once; reply-all conversations in which colleagues in cc answer each other before one of them writes to us; a
member who writes twice in one thread and corrects themself; forwarded chains between colleagues that end at
info@; answers typed between our quoted lines or far below a long quote; subjects that stack "RE: RE: FW: AW:";
the thread of an old atelier reused for a new matter; and our own words quoted in the middle of the writer's
sentence. The format is described in tests/classify/labelled.py.
"""
