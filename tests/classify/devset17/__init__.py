"""The seventeenth labelled set (issue 17): a quarter of the mailbox as it arrives, written in December 2026 apart
from the classifier's code and phrase lists, by writers the other sets lack.

Its writers: directors who answer in a few words from a phone while travelling (mobile footers, no greeting);
people who answer weeks late in a thread about something else (a sign-up or an RSVP under the call for themes, a
topic under the welcome, a successor named under our goodbye); people who forward our mail to a colleague with
info@ in copy, so that the mail speaks to the colleague and asks nothing of us (``other``); people who reply to all
of a group mail, so that another recipient's answer is quoted above ours; people who paste our whole mail back with
one line above or below it, without quote marks; secretaries of a mayor or a gemeentesecretaris writing from their
own mailbox or their principal's; interim managers arriving or leaving; and writers whose Dutch is a second
language (short sentences, English or German word order, an English or German phrase in between).

All kinds come in the proportions of an ordinary quarter: RSVPs and sign-ups most, then ``other`` (questions,
forwards, pitches, secretaries acting for someone else), theme suggestions with their exact themes,
leaves (with an AVG erasure or a hand-over to a named successor), automatic replies and confirmations. The
labels follow the conventions of the brief: a reply to our follow-up mail carries the thread ``call_for_themes``;
a substitute makes an RSVP ``attending`` False; the latest answer counts; an act with a question beside it, or an
act for someone else, is ``other``; the content decides over a stale thread.
"""
