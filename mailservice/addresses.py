"""E-mail addresses from outside: one validation and one normal form, for every stage that keeps or mails one.

email-validator checks the syntax (RFC 5321/5322, and RFC 6531/6532 internationalised addresses such as
josé@gemeente.nl) and the lengths (64 octets before the @, 254 in all); no DNS lookups here, so this stays pure.
"""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email


def normalise(address: str | None) -> str | None:
    """The address as we store and compare it (lower case, Unicode NFC), or None when it is no valid address."""
    if not address:
        return None
    try:
        valid = validate_email(address.strip(), check_deliverability=False, allow_smtputf8=True)
    except (EmailNotValidError, ValueError, TypeError):
        return None
    return valid.normalized.lower()


# Why email-validator refused an address, in Dutch (its own messages are English): a phrase of its message and
# the clause for it, most specific first. A message no row knows gets the general clause.
WHY_INVALID: tuple[tuple[str, str], ...] = (
    ("must have an @-sign", "er staat geen @ in"),
    ("something before the @-sign", "er staat niets vóór de @"),
    ("something after the @-sign", "er staat niets na de @"),
    ("small commercial at", "er staat een ander teken in dan de gewone @"),
    ("display name and angle brackets", "geef alleen het adres, zonder naam en punthaken"),
    ("anything after the email address", "er staat nog iets achter het adres"),
    ("two periods in a row", "er staan twee punten achter elkaar"),
    ("too long", "het adres is te lang"),
    ("special-use or reserved name", "het domein na de @ is gereserveerd en ontvangt geen mail"),
    ("should have a period", "na de @ hoort een domeinnaam als gemeente.nl"),
    ("top-level domain", "na de @ hoort een domeinnaam als gemeente.nl"),
    ("period", "er staat een punt op een plek waar dat niet mag (aan het begin of eind, of naast de @)"),
    ("after the @-sign", "het deel na de @ is geen geldige domeinnaam"),
    ("character", "er staan tekens in die niet in een e-mailadres horen"),
    ("ascii", "er staan tekens in die niet in een e-mailadres horen"),
)


def why_invalid(address: str) -> str | None:
    """None for a valid address; otherwise why not, in Dutch, for the secretariat (a clause, no full stop)."""
    try:
        validate_email(address.strip(), check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError as exc:
        message = str(exc).lower()
        return next((clause for phrase, clause in WHY_INVALID if phrase in message), "dit is geen e-mailadres")
    return None
