"""The thirty-third labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase
lists.

Its subject is everything around the atelier invitation and the reminder: yeses and noes from a one-word "top" to a
"Hoogachtend" letter, in Limburgs, Fries, Brabants, Twents, Gronings, Zeeuws and English; substitutes named in
different ways (a name and address on their own lines, "Ja: <naam>" where the name is someone else's or the
writer's own, "mijn collega X gaat in mijn plaats") and substitutes who answer our mail to them themselves;
conditional answers ("tenzij het MT uitloopt" is a yes, "ik weet het pas maandag" is not an answer); dietary wishes
stated as a fact (still an RSVP) against practical questions someone must answer (parking, online joining, a
guest who is not a member: ``other``); calendar replies from Outlook, Google Agenda and Apple Agenda (accepted,
declined, tentative, a new time proposed; with and without text, once with a text that overrules the button);
changes of mind in one mail or in reply to our wait-list and change notices; answers to the reminder (a guest who
drops out, arriving late, illness); answers for two people; secretaries answering for their director; inline
answers between our quoted lines. About a fifth are look-alikes in the same threads: out-of-office and ticket
replies, a retired mailbox, leaving the network or an AVG erasure written as a reply to the invitation, a
hand-over to a successor, a topic for a later atelier, questions, a supplier and a journalist, a colleague who
has left.

Labels: a bare tentative or a proposed new time is no answer (``other``); a yes or no with a question a person
must answer is ``other``; a wish stated without a question (vegetarisch, later aankomen) stays an RSVP; a director
who sends someone in their place is ``attending`` False; a substitute answering our mail to them is an RSVP for
themself; the latest answer in a mail counts. Cases that could not be labelled with confidence were left out.
"""
