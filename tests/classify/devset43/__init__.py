"""The forty-third labelled set (issue 17): mostly topic suggestions, each labelled with the exact themes it
proposes, and look-alikes that talk about topics without proposing one.

How its writing differs: most suggestions describe a concrete case from the writer's own organisation (a failed
migration of the financial system, a council that wants to leave the fusion, two aldermen at odds, a queue at the
front desk) and leave the theme to follow from the case, without naming it; others name several themes and
propose only one, or come as bullet and numbered lists. Suggestions arrive as new mails and as replies to the call
for themes, the follow-up, the welcome mail, the invitation and the thank-you for a suggestion. The look-alikes are
remarks and questions about topics and the programme (``other``), yes/no answers to the invitation that mention a
topic in passing (``rsvp``), and leaves that give a topic as their reason (``unsubscribe``).

Replies to our follow-up mail and to the thank-you for a suggestion carry the thread ``call_for_themes``.
"""
