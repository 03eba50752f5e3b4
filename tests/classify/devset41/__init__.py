"""The forty-first labelled set (issue 17), written in December 2026 apart from the classifier's code, its phrase
lists and the other labelled sets (only devset6's docstring and first cases were read, for the format).

It follows one atelier cycle as the writers live it, in order and with realistic timing: answers to the call for
themes (exact topics, no topic, "I'll come anyway", a topic beside a decline), answers to the invitation and the
reminder, to the waiting-list notice and the change of date, and to the follow-up mail (thanks, feedback, a new
topic, a leave), with about thirty mails the secretariat must answer itself (questions, feedback, complaints about
the venue, a request for the slides, forwarding the invitation to a colleague). Its writing differs from the other
sets on purpose: yes and no in idioms and regional registers ("ik ben van de partij", "moet helaas forfait geven",
"zet een streep door mijn naam", "doe mij maar een plekje", "ik laat deze aan mij voorbijgaan"), references to the
season and the calendar instead of to the mail ("het voorjaarsatelier", "die donderdag"), answers that lean on the
quoted mail ("zie hieronder: het eerste"), writers who report what they did rather than what they ask, and topics
phrased as dilemmas or questions from the writer's own week rather than in the brochure's words.
"""
