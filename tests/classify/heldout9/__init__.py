"""A ninth held-out set (issue 17): 150 messages to info@ambtelijkefusie.nl, written in one sitting in December 2026
without reading the classifier, its phrase lists or training data, nor any other set's cases (only the format
docstring of devset6). Held out: never tuned on, only its totals are looked at, and no case is to be copied into
training data or phrase lists.

A year of the mailbox: RSVPs (30), ``other`` (28), suggestions with their exact themes (25), sign-ups (20), leaves
(20: five AVG erasures and five hand-overs to a named successor), auto-replies (15) and confirmations (12).

How its writing differs: a small cast of recurring writers follows the year, each with a fixed voice, so the same
person appears as joiner, RSVP, suggester, auto-reply and leaver. A director about to retire writes long, courteous
letters with "Gaarne", "derhalve" and a full titled signature; a young interim director writes lowercase fragments
("lukt niet. 11/3 stuurgroep", "mag van de lijst"); an English-speaking director of a shared service centre writes
only English (sign-up, calendar decline, hand-over, topics); a management assistant answers from a fixed template
("Namens ... bericht ik u het volgende", "Vertrouwende u hiermee voldoende te hebben geïnformeerd"); directors
reply to the oldest mail they can find (an RSVP in reply to the welcome mail). Regional voices (Brabant, Twente,
Fries, Limburg), an all-caps GroupWise user, calendar replies with and without text (accepted, tentative,
declined), an inline answer under the quoted theme lines, a re-join in reply to the goodbye, changed minds in both
directions, a waitlisted director keeping the afternoon free, a substitute who withdraws, a date change that
turns a yes into a no. ``other`` covers requests for someone else (a colleague's sign-up, a predecessor's leave,
an HR department's erasure, an address change), an undecided leave that is really a question, an AVG access
request, a complaint about data, accessibility, a supplier, press, a student survey, a congress, an invoice,
phishing, a citizen writing to the wrong "gemeente", and internal mails sent to the wrong address.
"""
