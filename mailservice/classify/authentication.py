"""What mail servers recorded about the sender's authenticity: Authentication-Results (RFC 8601).

Parsed with ``authres`` (the module dkimpy's author keeps). Only results that speak for the From domain are
kept: DMARC pass for that domain (DMARC itself checks alignment, RFC 7489 3.1), or a DKIM pass signed by that
domain or a parent of it (relaxed alignment). Which server's word counts is not decided here: any sender can
write this header, so the action believes only the authserv-ids the settings name (our own border server,
which removes such headers from incoming mail: RFC 8601 section 5).
"""

from __future__ import annotations

import authres

from mailservice.classify.message import Parsed


def passes(p: Parsed) -> tuple[tuple[str, str], ...]:
    """(authserv-id, method) for each pass that speaks for the From domain, e.g. ("mx.ambtelijkefusie.nl", "dmarc")."""
    domain = (p.sender or "").rpartition("@")[2].lower()
    if not domain:
        return ()
    found: list[tuple[str, str]] = []
    for value in p.headers("Authentication-Results")[:20]:
        try:
            header = authres.AuthenticationResultsHeader.parse(f"Authentication-Results: {value}")
        except Exception:
            continue
        server = str(header.authserv_id or "").lower()
        for result in header.results:
            if str(result.result).lower() != "pass":
                continue
            method = str(result.method).lower()
            props = {f"{p_.type}.{p_.name}".lower(): str(p_.value or "").lower() for p_ in result.properties}
            if method == "dmarc" and props.get("header.from") == domain:
                found.append((server, "dmarc"))
            elif method == "dkim" and _aligned(props.get("header.d", ""), domain):
                found.append((server, "dkim"))
    return tuple(dict.fromkeys(found))


def _aligned(signer: str, domain: str) -> bool:
    # Relaxed alignment without a public-suffix list: the signer is the domain or a parent with a dot in it.
    return bool(signer) and "." in signer and (domain == signer or domain.endswith("." + signer))
