"""The sixth held-out set (issue 17): 152 messages to info@ambtelijkefusie.nl, written in one sitting in December
2026 without reading the classifier, its phrase lists or training data, nor any other set's cases. It is held out
and never tuned on: only its totals are looked at, and no case is to be copied into training data or phrase lists.

It is a half year of the mailbox from the call for themes for the atelier of 11 March 2027 (later moved to 18
March) to the follow-up mail and the spring's changes of director, in roughly the proportions the secretariat sees:
RSVPs (38) and sign-ups (28) most, then ``other`` (27), suggestions with their exact themes (22), unsubscribes (18:
five AVG erasures and four hand-overs to a named successor), auto-replies (10) and double opt-in confirmations (9).

How its writing differs from the other sets: it follows some twenty invented werkorganisaties through the half year
as one story, so a case often only makes sense as the next step of another (a director announces her successor, the
successor signs up himself, her retired mailbox answers the reminder; a secretary reports a death after having
declined for the same director; a substitute named in a decline withdraws later), and the people who write are the
same ones in different roles. The hard cases come out of that story rather than from word play: a decline that
"unsubscribes" from the session only and asks to stay on the list, an interim director who says she "stops" next
month and still says yes, a sign-up that mentions a predecessor's leaving, a suggestion about a municipality that
wants to leave the fusion or about elderly residents who "afmelden" from the digital counter, stepping out of the
Adviesraad while staying a member, a confirmation that also signs up a colleague, a yes that waits for an answer
about bringing an alderman, an AVG access request (not an erasure), the wait list asked about rather than answered,
a theme sent in reply to the welcome mail and a sign-up in reply to a forwarded invitation or to the goodbye mail.
Every quote style of tests/classify/labelled.py is used, plus answers typed inline under our own lines (an RSVP and
a suggestion that answers theme by theme) and new mails without any thread; Exchange calendar subjects
("Geaccepteerd:", "Geweigerd:") carry one line of text. About one in six is English or mixed Dutch/English, with
Frisian, Groningen and Flemish touches, phone footers, legal disclaimers (whose "verwijderen" is no request) and
out-of-offices that name a stand-in or a successor, one with only a Precedence header and one with no automatic
header at all.

Conventions as in the other sets: replies to the follow-up mail (vervolg_atelier) carry the thread
``call_for_themes``; a director who cannot come but sends a substitute is an RSVP with ``attending`` False; a reply
that changes an earlier answer carries the latest answer; a conditional yes ("ik kom, tenzij ...") is a yes; an act
mixed with a question a person must answer, or a request about someone else with consequences (a colleague's
sign-up, removal or new address), is ``other``; a hand-over to a named successor is ``unsubscribe``; leaving the
network and declining the atelier in one mail is ``unsubscribe``; an AVG erasure anywhere is ``unsubscribe`` with
``erase`` True. Cases that could not be labelled with confidence were left out.
"""
