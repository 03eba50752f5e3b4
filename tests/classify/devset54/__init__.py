"""A fifty-fourth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its writing differs from the other sets on purpose: most of its mail is not written by the director alone.
Management assistants and secretaries write "namens" their director, sometimes with the director's own words
forwarded or quoted below (the request is then the director's: an act), sometimes without (a consequential act
for someone else is then ``other``; an assistant announcing the director's attendance or absence at the atelier is
still an ``rsvp``, a topic passed on for the director is still a ``suggestion``). Shared mailboxes (directie@,
bestuursondersteuning@, secretariaat@, agenda@) answer; directors forward an internal chain to the secretariat with
"zie onder, regel jij dit?" where the request sits only in the forwarded part; directors write from a private
address and say so; acting and interim directors answer for an absent one; directors answer below our quoted text
(bottom-posting) or paste our mail as plain text under a line. The mail carries the mess of real clients:
``[cid:...]`` image placeholders, SafeLinks and URL-defence links, "[EXTERN]" subject tags and caution banners,
table pipes left over from HTML, long disclaimers, mixed Dutch and English. The format is described in
tests/classify/labelled.py.
"""
