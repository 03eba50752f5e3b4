"""An eighth held-out set (issue 17): 150 messages to info@ambtelijkefusie.nl, written in one sitting in December
2026 without reading the classifier, its phrase lists or training data, nor any other set's cases (only the format
docstring of devset6). Held out: never tuned on, only its totals are looked at, and no case is to be copied into
training data or phrase lists.

A year of the mailbox in the proportions the secretariat sees: RSVPs (30), ``other`` (28), suggestions with their
exact themes (25), sign-ups (20), leaves (20: five AVG erasures and four hand-overs to a named successor),
auto-replies (15) and double opt-in confirmations (12).

How its writing differs from the other sets: the writers are people the service has probably not met. A very terse
senior register ("Present.", "Klopt", "In orde, dank u.", "Graag uitschrijven.", a sign-up that is only a subject
line) sits next to chatty directors who bury the request in a story about the last atelier, non-native directors
writing careful, slightly off Dutch or plain English, phone mail with autocorrect slips ("aanmleden",
"grafg", "Tit dan", "gemeenteb"), and emoji-only answers. Requests are worded without our own verbs ("Zet me maar op
de lijst", "Wilt u mijn lidmaatschap weer intrekken?", "recht op vergetelheid", "Gaarne bevestig ik mijn
aanwezigheid" as an RSVP, "Hierbij meld ik mij aan voor het atelier" as a new mail that is an RSVP and not a
sign-up). Old mails are answered for a new purpose: a re-join on a new address in reply to the goodbye, a new
director joining in reply to an invitation forwarded by her predecessor, a leave in reply to the thank-you for a
suggestion, and a topic in reply to the welcome mail. Situations: delegated mailboxes (a management assistant
confirming from the director's own account), secretaries answering for directors, a substitute who declines, a
director who had sent a substitute and then comes herself, a re-scheduled atelier accepted and declined, calendar
answers from Exchange (Dutch and English) and Zimbra (with Auto-Submitted), inline answers per question of the
invitation and per theme of the call, and suggestions that set a theme aside or use a theme word only in passing.
``other`` holds a request sent to info@ by mistake (an internal note to a secretary, a citizen's parking permit),
two phishing mails, a newsletter with Precedence: bulk, an AVG access request without erasure, an IT servicedesk
retiring a departed director's mailbox, a colleague reporting another's retirement, and sign-ups that come with
questions. Clients: Outlook (Dutch, English, line), Gmail, Apple Mail, GroupWise, Notes, forwards and unmarked
quoting responders, with Drents, Zeeuws and Frisian greetings and bilingual disclaimers.
"""
