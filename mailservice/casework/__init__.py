"""The secretariat's casework on members (issue 16): edit, end, move to a new address, invite, and the AVG rights.

Domain functions, one per act, each in the caller's transaction and each taking the ``audit.Actor`` who does it:
the CLI (``mailservice members ...``, ``mailservice privacy ...``), the console (issue 14) and the mail routes in
``mailservice.actions`` call the same functions, never a copy. Every change is a ``MemberEvent`` (the member's
history, the proof of consent) and an audit row (who did it); mail goes through the outbox in the same transaction.

A layer of its own just below ``mailservice.actions``: a mail route (a hand-over, an on-behalf sign-up, a reply that
confirms a new address or an erasure) ends here, so casework cannot import the actions.
"""
