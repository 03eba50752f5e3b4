"""A seventh labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its writing differs from the other sets on purpose: short mails (one to three sentences, many under fifteen words)
that say the ordinary requests (join, leave, confirm, come or not, a topic, an out-of-office) in as many different
everyday wordings as possible, plus short questions and remarks that only look like requests (may a colleague join,
when is the next atelier, may someone come along, a complaint, a request on behalf of someone else). Many carry no
greeting, some only a subject line over an empty body; registers run from formal to lowercase one-liners, with
typos, English, mobile footers, and out-of-office replies with and without automatic headers. The format is
described in tests/classify/labelled.py.
"""
