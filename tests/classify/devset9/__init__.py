"""A ninth labelled set (issue 17), written in December 2026 apart from the classifier's code and phrase lists.

Its writing differs from the other sets on purpose, in three ways:

- Structure and clients: every quote style of ``labelled.STYLES``, answers typed inline between the quoted lines of
  our mail (the writer's own ``>`` lines in ``body``, no ``quoted``), bottom-posted replies under a trimmed quote,
  forwarded chains in which a management assistant passes on the director's own words (with the director's Outlook
  header inside the body), signatures and legal disclaimers far longer than the message, and leftovers of HTML
  mail flattened to text (``&nbsp;``, ``<br>``, ``[cid:...]`` images, ``<mailto:...>`` links, ``*bold*``).
- About a third of the writers write English (joining, leaving, RSVPs, confirming, topics, out-of-office replies,
  questions), a few mix English and Dutch in one mail.
- Many mails the service must not act on (``other``), written as a careful attacker or a confused person would:
  leaving, erasing or re-addressing someone else, an assistant who asks to move the director's mail to a private
  address, "remove all of us", replies to our confirmation request that ask or doubt instead of confirming,
  suppliers, recruiters, phishing, AVG access requests (inzage, which is not erasure), and other organisations'
  newsletters sent to info@.

Labels follow the conventions of ``labelled.py`` and devset6: replies to our follow-up mail carry the thread
``call_for_themes``; a director who sends a substitute is an RSVP with ``attending`` False; a reply that changes an
earlier answer carries the latest answer; a denial of a sign-up in answer to our confirmation request is an
unsubscribe; anything done for someone else with consequences is ``other``.
"""
