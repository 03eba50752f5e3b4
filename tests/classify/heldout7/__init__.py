"""A seventh held-out set (issue 17): 150 messages to info@ambtelijkefusie.nl, written in one sitting in December
2026 without reading the classifier, its phrase lists or training data, nor any other set's cases (only the format
docstring of devset6). Held out: never tuned on, only its totals are looked at, and no case is to be copied into
training data or phrase lists.

It is a year of the mailbox in the proportions the secretariat sees: RSVPs (30), ``other`` (28), suggestions with
their exact themes (25), sign-ups (20), leaves (20: five AVG erasures and four hand-overs to a named successor),
auto-replies (15) and double opt-in confirmations (12).

How its writing differs from the other sets: a recurring cast of some forty invented directors, secretaries and
staff writes in several roles, so the same person signs up, confirms, answers the invitation and later leaves. The
requests are worded with idiom and understatement rather than the verbs of our own mails ("ik schuif graag aan",
"ik haak aan", "ik moet passen", "dan zonder mij", "het stokje gaat over", "ik stop ermee", "doe maar"), or sit only
in the subject, in a pasted form, in a P.S.-like tail or in the answer typed under our own footer. Hard cases come
from roles and situations: a management assistant who reverses her director's earlier decline, HR or a secretariat
asking to remove a departed or deceased director (someone else, so ``other``), an AVG access request next to
erasures, a re-join in reply to the goodbye mail, a reply to the cancellation that only asks for a new date, thanks
in reply to the follow-up without a topic, a confirmation in reply to the reminder after the first mail landed in
a junk folder, a wait-list reply that stays on the list, Exchange "Geaccepteerd:"/"Geweigerd:" answers with one line
of text, a substitute who withdraws, and suggestions that set a theme aside ("niet wéér digitalisering") or answer
theme by theme inline. Registers run from "Geacht secretariaat ... Hoogachtend" and ALL CAPS to lowercase phone
one-liners with emoji; about one in ten is English or mixed, with Frisian, Groningen, Twents, Brabant and Limburg
greetings, legal disclaimers in both languages, and auto-replies from ticket systems, retired mailboxes, part-time
days, sick leave and parental leave, one marked only by Precedence and one by nothing but its subject.
"""
