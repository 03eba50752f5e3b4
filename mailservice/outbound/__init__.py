"""Outgoing mail: the transactional outbox, rendering and composing, mailings, tags/VERP, DKIM, the sender and
its transports."""
