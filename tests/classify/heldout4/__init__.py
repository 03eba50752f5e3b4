"""The fourth held-out set (issue 17): about 150 messages written in one sitting in December 2026, without reading the
classifier, its phrase lists or training data, nor the other sets' cases. It is held out and never tuned on: only
its totals are looked at, and no case is to be copied into training data or phrase lists.

It is meant as a realistic half year of the mailbox (call for themes, invitation, reminder, follow-up, and the sign-
ups and leavers in between), so the kinds come in roughly the proportions the secretariat sees: RSVPs and sign-ups
most, then ``other``, suggestions, unsubscribes (erasure and hand-overs included), auto-replies and confirmations.

How its writing differs from the other sets: each message is written as one particular person in one particular
situation (a director about to retire, a management assistant tidying the mailbox, a new director in the first week,
a consultant, a journalist, a ticket system), so the reason for the mail usually comes with a small story and the
request sits in the middle rather than first or last; answers are often conditional or hedged and then resolved in
the same mail; several writers use the words of the wrong kind in passing (a yes that mentions membership, a sign-up
that mentions a predecessor's leaving, an auto-reply naming a successor, "afmelden voor het atelier"); subjects are
often the writer's own rather than "RE:" of ours; and about one in seven is English or mixed Dutch/English,
including Flemish and German-born writers' Dutch. Every quote style of tests/classify/labelled.py is used, plus
answers typed inline.

Conventions as in the other sets: replies to the follow-up mail (vervolg_atelier) carry the thread
``call_for_themes``; a director who cannot come but sends a substitute is an RSVP with ``attending`` False; a reply
that changes an earlier answer carries the latest answer; an act mixed with a question a person must answer, or a
request about someone else with consequences, is ``other``; a hand-over to a named successor is ``unsubscribe``;
leaving the network and declining the atelier in one mail is ``unsubscribe``; an AVG erasure anywhere is
``unsubscribe`` with ``erase`` True. Cases that could not be labelled with confidence were left out.
"""
