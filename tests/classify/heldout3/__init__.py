"""The third held-out set (issue 17): about 150 messages written in one sitting, without reading the classifier,
its phrase lists or training data, nor the other sets' cases. Never tuned on: only its totals are looked at.

How its writing differs from the other sets: each case comes with an invented sender (name, werkorganisatie or
gemeente domain) and most with a signature block of its own (titles, phone numbers, regional greetings, mobile
footers, long disclaimers); it leans on the mails around the invitation other than the invitation itself (the
waiting-list notice, the substitute's invitation, the change of date, the cancellation, the welcome and the
thank-you for a suggestion), on answers typed inline between our lines, on new mails whose thread the client lost,
and on traps where a word belongs to another kind ("afmelden voor het atelier", "ik kom bij u terug" in an
out-of-office, "eerder afgemeld" in a sign-up, a theme named only to be set aside). About a fifth is English or
mixed Dutch/English.

Conventions as in the other sets, plus: a sign-up of a named colleague that gives the colleague's own address is
``subscribe`` (the confirmation goes to that address, so the colleague decides); asking for a colleague without an
address, or with a question attached, is ``other``.
"""
