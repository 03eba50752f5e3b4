"""Dutch words for what the secretariat and members read in the bounce log and the notices.

Reason words stay Sisimai's (https://libsisimai.org/en/reason/), so the log compares with the reference
analyser; next to them a short Dutch explanation.
"""

from __future__ import annotations

SEVERITY = {"hard": "hard", "soft": "zacht", "delayed": "vertraagd"}

_REASONS = {
    "userunknown": "adres bestaat niet",
    "hostunknown": "domein bestaat niet",
    "hasmoved": "adres niet meer in gebruik",
    "suspend": "postvak uitgeschakeld",
    "notaccept": "domein neemt geen mail aan",
    "mailboxfull": "postvak vol",
    "mesgtoobig": "bericht te groot",
    "exceedlimit": "limiet overschreden",
    "filtered": "door de ontvanger gefilterd",
    "blocked": "afzender geblokkeerd",
    "spamdetected": "als spam aangemerkt",
    "virusdetected": "virus gemeld",
    "policyviolation": "beleid van de ontvanger",
    "rejected": "afzender geweigerd",
    "authfailure": "SPF/DKIM/DMARC-controle mislukt",
    "badreputation": "reputatie van de afzender",
    "requireptr": "reverse-DNS ontbreekt",
    "norelaying": "doorsturen geweigerd",
    "securityerror": "beveiliging (TLS/aanmelding)",
    "speeding": "te veel berichten tegelijk",
    "toomanyconn": "te veel verbindingen",
    "expired": "bezorging opgegeven na herhaalde pogingen",
    "networkerror": "netwerkfout",
    "systemerror": "storing bij de ontvanger",
    "systemfull": "server van de ontvanger vol",
    "mailererror": "fout in het afleverprogramma",
    "contenterror": "inhoud geweigerd",
    "notcompliantrfc": "bericht niet volgens de standaard",
    "syntaxerror": "protocolfout",
    "onhold": "aangehouden",
    "undefined": "oorzaak onbekend",
}


def describe(reason: str | None) -> str:
    return _REASONS.get(reason or "undefined", reason or "oorzaak onbekend")


def severity(value: str | None) -> str:
    return SEVERITY.get(value or "", value or "?")


# How a bounce was tied to our mail and a member (BounceEvent.attributed_by; mailservice.bouncelog.record).
ATTRIBUTION = {
    "verp": "VERP",
    "ref": "X-Mailservice-Ref",
    "message-id": "Message-ID",
    "outbox": "verzendrij",
    "address": "adres",
    "thread": "antwoord op ons bericht",
}
# Which part of the detection read the failure (BounceEvent.layer, parts joined by "/").
LAYER = {
    "verp": "VERP-adres",
    "rfc3464": "DSN (RFC 3464)",
    "smtp": "bij verzenden (SMTP)",
    "autoreply": "automatisch antwoord",
    "heuristiek": "lijkt op bounce",
}


def attribution(value: str | None) -> str:
    return ATTRIBUTION.get(value, value) if value else "niet toegewezen"


def layer(value: str | None) -> str:
    """ "verp/rfc3464": our VERP tag decided, the RFC 3464 parser read the failure."""
    return " + ".join(LAYER.get(part, part) for part in (value or "").split("/") if part)
