"""The fifth held-out set (issue 17): 156 messages to info@ambtelijkefusie.nl, written in one sitting in December 2026
without reading the classifier, its phrase lists or training data, nor any other set's cases. It is held out and
never tuned on: only its totals are looked at, and no case is to be copied into training data or phrase lists.

It is a half year of the mailbox around the atelier of 11 March 2027 (call for themes, invitation, change of date,
reminder, follow-up, and the sign-ups, leavers and questions in between), in roughly the proportions the
secretariat sees: RSVPs (39) and sign-ups (29) most, then ``other`` (26), suggestions with their exact themes (22),
unsubscribes (19, five AVG erasures and four hand-overs to a named successor), auto-replies (11) and double opt-in
confirmations (10).

How its writing differs from the other sets: the same few dozen invented directors of invented werkorganisaties
come back across the half year in different roles (a member who declines in February proposes a theme in
January, a new director signs up, confirms and later writes a question), so a set's senders are not one-off
names; many messages are short and plain, as most real mail is, and the hard ones are the ordinary
situations a secretariat meets rather than constructed puzzles: a calendar "Geaccepteerd:"/"Geweigerd:" reply
with one line of text, an answer to the change of date that turns an earlier no into a yes (and the reverse),
a conditional yes ("ik kom, tenzij ..."), a decline that mentions "afmelden" or "unsubscribe" for the session
only, a suggestion about a municipality leaving the fusion or about residents who "afmelden" from digital
counters, a sign-up that mentions a predecessor's leaving, out-of-offices that name a successor or a stand-in,
an access request under the AVG that is not an erasure, a removal "van de mailinglijst" that is not one either,
and requests about a colleague (a death, a retirement, a sign-up by a secretary). Quote styles: every style of
tests/classify/labelled.py, answers typed inline under our own lines (including under our footer), and mails
without a thread or with the thread of another of our mails (a theme in reply to the invitation, an RSVP or a
theme in reply to the welcome). About one in six is English or mixed Dutch/English (one bilingual German/Dutch
out-of-office), with Flemish, Frisian and Groningen touches, typos, mobile footers and long disclaimers (whose
"verwijderen" is not a request).

Conventions as in the other sets: replies to the follow-up mail (vervolg_atelier) carry the thread
``call_for_themes``; a director who cannot come but sends a substitute is an RSVP with ``attending`` False; a reply
that changes an earlier answer carries the latest answer; an act mixed with a question a person must answer, or a
request about someone else with consequences, is ``other``; a hand-over to a named successor is ``unsubscribe``;
leaving the network and declining the atelier in one mail is ``unsubscribe``; an AVG erasure anywhere is
``unsubscribe`` with ``erase`` True. Cases that could not be labelled with confidence were left out.
"""
