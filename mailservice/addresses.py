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


def why_invalid(address: str) -> str | None:
    """None for a valid address; otherwise email-validator's reason, in English (for logs and tests)."""
    try:
        validate_email(address.strip(), check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError as exc:
        return str(exc)
    return None
