"""Postfix's notices to the postmaster with an SMTP session transcript (smtpd, ``notify_classes``).

When an incoming SMTP session fails on the server's side (a queue file write error, a protocol or policy
problem), Postfix's smtpd sends the postmaster "Transcript of session follows." with the dialogue as "In:"
(client) and "Out:" (server) lines (postconf(5) notify_classes; smtpd/smtpd.c, smtpd_chat_notify()). The
recipients of the failed transaction are the addresses of the client's "In:  RCPT TO:<address>" lines; no other
line (MAIL FROM, XFORWARD, EHLO) names one.
"""

from __future__ import annotations

import re

from mailservice.bounces import addresses
from mailservice.bounces.formats.base import Failure, collapse, usable
from mailservice.bounces.mailtext import MailText

NAME = "postfix_transcript"
SIGNATURE = re.compile(r"^Transcript of session follows\.?[ \t]*$", re.M)
_RCPT = re.compile(rf"^[ \t]*In:[ \t]+RCPT TO:[ \t]*<({addresses.ADDRESS.pattern})>", re.M | re.I)
_FAILED_REPLY = re.compile(r"^[ \t]*Out:[ \t]+([45]\d\d[ \-][^\n]*)", re.M)


def detect(mail: MailText) -> list[Failure] | None:
    if not SIGNATURE.search(mail.report) or not _RCPT.search(mail.report):
        return None
    replies = [m.group(1) for m in _FAILED_REPLY.finditer(mail.report)]
    diagnostic = collapse(replies[-1] if replies else "")
    out: dict[str, Failure] = {}
    for match in _RCPT.finditer(mail.report):
        addr = addresses.clean(match.group(1))
        if addr and usable(addr, mail, strong=True):
            out.setdefault(addr, Failure(addr, diagnostic, evidence="client's 'In: RCPT TO:<address>' line"))
    return list(out.values())
