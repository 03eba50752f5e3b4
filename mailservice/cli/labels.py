"""Dutch words for the values the database stores in English (statuses, kinds, roles, member events).

Tables show "actief (active)": the secretariat reads Dutch, and the stored value stays visible because the
filters (``--status active``) and exports use it.
"""

from __future__ import annotations

from typing import TypeVar

_V = TypeVar("_V")

DUTCH: dict[str, str] = {
    # members
    "pending": "wacht op bevestiging",
    "active": "actief",
    "unsubscribed": "afgemeld",
    "expired": "verlopen",
    "member": "lid",
    "adviesraad": "Adviesraad",
    "enabled": "aan",
    "disabled": "uit",
    "removed": "van de lijst",
    # member history
    "subscribe_requested": "aanmelding ontvangen",
    "confirmed": "bevestigd",
    "already_member": "was al lid",
    "confirm_rejected": "bevestiging geweigerd",
    "unsubscribe_repeated": "opnieuw afgemeld",
    "added": "toegevoegd",
    "role_changed": "rol gewijzigd",
    "signup_expired": "aanmelding verlopen",
    "confirm_reminded": "herinnerd aan bevestigen",
    "bounce_warning": "gewaarschuwd (bounces)",
    "bounce_score_reset": "bouncetelling gewist",
    # inbound
    "received": "ontvangen",
    "handled": "afgehandeld",
    "ignored": "genegeerd",
    "unhandled": "voor secretariaat",
    "quarantined": "in quarantaine",
    # kinds
    "subscribe": "aanmelding",
    "unsubscribe": "afmelding",
    "confirm": "bevestiging",
    "suggestion": "themasuggestie",
    "rsvp": "reactie uitnodiging",
    "bounce": "onbestelbaar",
    "autoreply": "automatisch antwoord",
    "other": "overig",
    # outbound and mailings
    "queued": "in de wachtrij",
    "sending": "wordt verstuurd",
    "sent": "verstuurd",
    "deferred": "uitgesteld",
    "failed": "mislukt",
    "cancelled": "geannuleerd",
    "paused": "stilgezet",
    "done": "klaar",
    # ateliers, RSVPs, scheduled steps
    "planned": "gepland",
    "invited": "uitgenodigd",
    "held": "gehouden",
    "attending": "komt",
    "waiting": "wachtlijst",
    "declined": "komt niet",
    "due": "staat klaar",
    "missed": "gemist",
    "skipped": "overgeslagen",
}


def dutch(value: _V) -> _V | str:
    """``value`` with its Dutch word in front when it is one of the stored codes; anything else unchanged."""
    if isinstance(value, str) and value in DUTCH:
        word = DUTCH[value]
        return word if word.lower() == value else f"{word} ({value})"
    return value
