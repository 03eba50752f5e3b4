"""An eleventh labelled set (issue 17): one ordinary month of info@ambtelijkefusie.nl as it arrives, in realistic
proportions, written in December 2026 apart from the classifier's code and phrase lists.

Its writing differs from the other sets in its mix rather than its tricks: most mail is RSVPs to the invitation and
the reminder (short yeses and noes, late arrivals, guests, substitutes, changes of mind, management assistants who
answer for their director, calendar replies), then sign-ups (own mails, pasted web forms, forwarded tips from a
colleague, and sign-ups of a named colleague with that colleague's own address: ``subscribe``, because the service
then asks the named person to confirm themself), replies to our confirmation request in every client (many with no
words at all), leaving (retirement, a new job, a merger that ends the organisation, a hand-over to a named successor,
erasure under the AVG), out-of-office replies of many clients and languages, and the mail a person has to answer
(dates, venue, costs, who may join, complaints, thanks, suppliers, press). Few topic suggestions: in a month around
an invitation they are rare. Each writer is a different person: length, register, typos, mobile footers, legal
disclaimers, regional greetings, English.

Labels follow ``labelled.py`` and devset6: a director who sends a substitute is an RSVP with ``attending`` False; a
reply that changes an earlier answer carries the latest answer; an act mixed with a question a person must answer,
or an act about someone else's membership or address (other than a sign-up the named person confirms), is
``other``; replies to our follow-up mail carry the thread ``call_for_themes``.
"""
