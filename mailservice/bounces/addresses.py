"""Finding and normalising e-mail addresses in bounce text."""

from __future__ import annotations

import re

# Deliberately simple (RFC 5321 "Mailbox" without quoted local parts): bounce texts wrap addresses in
# <>, quotes, brackets or "mailto:", and a strict RFC 5322 grammar would only lose real recipients.
ADDRESS = re.compile(
    r"(?:\"[^\"\n@]{1,64}\"|=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=|[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]+)@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9\-]+)+"
)

# Mailboxes of mail systems and mailing lists themselves: never the recipient that failed. A list's own
# -bounces, -owner, owner- and -request addresses (Mailman, Majordomo, ezmlm) are where reports go, not members.
_SYSTEM_LOCAL = re.compile(
    r"^(mailer-?daemon|postmaster|post_master|mail-?daemon|mdaemon|root|bounces?|bounce-.*|"
    r"no-?reply|do-?not-?reply|mailer|mail-?delivery.*|daemon|"
    r".+-bounces(\+.*)?|.+-owner|owner-.+|.+-request)$",
    re.I,
)


def clean(raw: str) -> str | None:
    """The bare lower-case ``local@domain`` inside ``raw`` (``rfc822; <a@b>``, ``"a@b"``...), or None."""
    match = ADDRESS.search(raw)
    if not match:
        return None
    addr = match.group(0)
    if not addr.startswith(('"', "=?")):
        addr = addr.strip(".'`=-")
    if "@" not in addr or addr.startswith("@") or addr.endswith("@"):
        return None
    local, _, domain = addr.rpartition("@")
    if not local or "." not in domain or domain.endswith("."):
        return None
    # An address glued onto a prefix such as "rfc822;" or "=?..." keeps only its own characters.
    return f"{local}@{domain.lower()}".lower()


def is_system(addr: str) -> bool:
    return bool(_SYSTEM_LOCAL.match(addr.partition("@")[0]))


def find_all(text: str) -> list[str]:
    seen: dict[str, None] = {}
    for match in ADDRESS.finditer(text):
        addr = clean(match.group(0))
        if addr:
            seen.setdefault(addr, None)
    return list(seen)
