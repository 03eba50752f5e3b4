"""The forty-seventh labelled set (issue 17), written in December 2026 apart from the classifier's code and
phrase lists.

Its writing differs from the other sets on purpose: most cases are mail written ON BEHALF of a director or in a
messy client. Management assistants write "namens" their director, from shared mailboxes (directie@,
secretariaat@, bestuurssecretariaat@); where the director's own words are quoted or forwarded below ("zie
hieronder, graag regelen"), the request in the forwarded part is the director's and is labelled as such; where
they are not and the act has consequences (leaving, an address change, a colleague's data), the case is
``other``; an assistant announcing her director's attendance or absence is an RSVP. Directors write from private
Gmail, Hotmail or KPN addresses and say so. Answers are bottom-posted below the quote, our mail is pasted as plain
text under "-----" or "_____" (then it sits in ``body`` and there is no ``quoted``), and the text carries
HTML-to-text artefacts: "[cid:image001.png@...]" placeholders, SafeLinks-wrapped URLs, table pipes, "[EXTERN]"
subject tags, capitals and mixed Dutch/English.

Labelling follows the project's conventions: replies to the follow-up mail (vervolg_atelier) carry the thread
``call_for_themes``; a director who cannot come but sends a substitute is an RSVP with ``attending`` False; a
reply that changes an earlier answer carries the latest answer; a mail mixing an act with a question a person
must answer is ``other``; a hand-over to a named successor is ``unsubscribe``; an AVG erasure request is
``unsubscribe`` with ``erase`` True.
"""
