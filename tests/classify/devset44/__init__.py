"""The forty-fourth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its writing differs from the other sets on purpose: almost every case is a short or very short reply (one to fifteen
words, then a signature, a mobile footer or a disclaimer) typed under one of our mails from a phone or between two
meetings. Yeses and noes to the invitation, the reminder, the waiting-list notice, the substitute's invitation and
the change notice in idiom, in dialect (Fries, Limburgs, Brabants, Twents, Gronings) and in English; "ok",
"akkoord", "prima" and emoji under the request to confirm; bare one-line topics under the call for themes and the
follow-up; "stop", "uit", "weg ermee" as a way to leave; autocorrect and typing slips ("ik kim", "aanmekden",
"afmwlden"); dictated text without punctuation or capitals. About a fifth are short acknowledgements that ask for
nothing ("thx", "gezien", a thumbs-up under a mail that asks nothing) and one-line out-of-office replies, some with
and some without the RFC 3834 headers. Each case is labelled as a person in the secretariat reads it in its
thread; replies a person could not decide (a bare "misschien", "graag" under the goodbye) were left out, and a
"maybe" that defers the answer is ``other``.
"""
