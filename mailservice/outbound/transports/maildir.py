"""Deliver into a Maildir (https://cr.yp.to/proto/maildir.html) so a user can read what would have gone out.

Idempotent by design: the file name is derived from the outbox row, so delivering a row twice (after a crash
between writing and recording "sent") leaves one file, not two.
"""

from __future__ import annotations

import os
from pathlib import Path

from mailservice.outbound.transports import Envelope


class MaildirTransport:
    name = "maildir"
    route = "maildir"

    def __init__(self, path: Path) -> None:
        self.path = path
        for sub in ("tmp", "new", "cur"):
            (path / sub).mkdir(parents=True, exist_ok=True)

    def _name(self, envelope: Envelope) -> str:
        stamp = int(envelope.created_at.timestamp())
        return f"{stamp}.M{envelope.id:08d}.mailservice"

    def deliver(self, envelope: Envelope, envelope_from: str, data: bytes) -> str:
        name = self._name(envelope)
        final = self.path / "new" / name
        if final.exists() or any((self.path / "cur").glob(name + ":*")):
            return f"al aanwezig: {final}"
        tmp = self.path / "tmp" / name
        head = f"Return-Path: <{envelope_from}>\r\nDelivered-To: {envelope.to_addr}\r\n".encode()
        with open(tmp, "wb") as fh:
            fh.write(head + data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        return f"opgeslagen in {final}"

    def close(self) -> None:
        pass
