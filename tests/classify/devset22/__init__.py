"""A twenty-second labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its writing differs from the other sets on purpose: it follows the atelier's life cycle from the members' side.
Every atelier mail (invitation, reminder, change, cancellation, the substitute's invitation, the RSVP/waiting-list
confirmation, the call for themes and the follow-up) is answered in every quote style, and also by new mails
without a thread and by replies whose client dropped the thread. Yeses and noes come very short and very indirect
(a single word, an emoji, a calendar-like "Geaccepteerd:" subject above a human body), with incidental remarks
that need no answer (parking, diet, arriving late, leaving early) set against yeses with a real question a person
must answer (``other``); answers change within one mail or in a second mail; substitutes answer for themselves and
directors send colleagues (``attending`` False for the director's own seat). Look-alikes: a yes to something else
in the same mail (the call for themes, a survey), answers about other organisations' events, "afmelden" for the
atelier versus leaving the network (both at once is ``unsubscribe``), and replies to the follow-up mail (thread
``call_for_themes``) that thank, propose a topic or speak about attending the next atelier. Registers range from
"Hoogachtend" to lowercase one-liners, with typos, mobile footers, Frisian and Limburg greetings and English.
The format is described in tests/classify/labelled.py.
"""
