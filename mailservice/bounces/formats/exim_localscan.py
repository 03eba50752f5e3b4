"""Exim's "rejected by local scanning code" notices (local_scan(), Exim specification chapter "Adding a local
scan function to Exim": https://www.exim.org/exim-html-current/doc/html/spec_html/ch-adding_a_local_scan_function_to_exim.html).

When local_scan() rejects a message that did not arrive over SMTP, Exim returns it with "Mail failure - rejected
by local scanning code" and "A message that you sent was rejected by the local scanning code that checks incoming
messages on this system. The following error was given:" followed by the error, and no recipient list: the whole
message was refused. Its recipients are the envelope recipients of the copy, which Exim's own Received header
of that copy names ("for <address>"); only that header is read from the copy, never its To, Cc or body.
"""

from __future__ import annotations

import re

from mailservice.bounces import addresses
from mailservice.bounces.formats.base import Failure, collapse, usable
from mailservice.bounces.mailtext import MailText

NAME = "exim_localscan"
SIGNATURE = re.compile(r"rejected by (?:the )?local scanning code|local_scan\(\) (?:rejected|refused)", re.I)
_ERROR = re.compile(r"following error was given:\s*(.+?)(?:\n\s*\n|\n-{3,}|\Z)", re.I | re.S)
_FOR = re.compile(rf"^Received:[^\n]*(?:\n[ \t][^\n]*)*?\bfor[ \t\n]+<?({addresses.ADDRESS.pattern})>?", re.I | re.M)


def detect(mail: MailText) -> list[Failure] | None:
    if not (SIGNATURE.search(mail.report) or SIGNATURE.search(mail.subject)):
        return None
    error = _ERROR.search(mail.report)
    diagnostic = collapse(error.group(1) if error else mail.report)
    match = _FOR.search(mail.original_headers)
    if match:
        addr = addresses.clean(match.group(1))
        if addr and usable(addr, mail, strong=True):
            return [
                Failure(addr, diagnostic, evidence="'for <address>' of Exim's Received header on the returned copy")
            ]
    return []
