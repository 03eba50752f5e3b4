"""Dutch words for the values the database stores in English (statuses, kinds, roles, member events).

Every screen and export shows the Dutch word alone; the filters accept the word and the code alike
(``mailservice.cli.choices``), and ``--codes`` exports keep the codes for programs.
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
    "imported": "uit een ledenlijst ingelezen",
    "approval": "wacht op goedkeuring",
    "awaiting_approval": "bevestigd, wacht op goedkeuring",
    "approved": "aanmelding goedgekeurd",
    "refused": "aanmelding afgewezen",
    "added": "toegevoegd",
    "role_changed": "rol gewijzigd",
    "signup_expired": "aanmelding verlopen",
    "confirm_reminded": "herinnerd aan bevestigen",
    "unsubscribe_asked": "afmelding nagevraagd bij het lid",
    "unsubscribe_undone": "afmelding ongedaan gemaakt",
    "erasure_requested": "verwijdering van gegevens gevraagd",
    "erased": "gegevens gewist",
    "access_given": "inzage gegeven",
    "address_change_requested": "adreswijziging gevraagd",
    "address_changed": "adres gewijzigd",
    "successor_invited": "opvolger uitgenodigd",
    "confirm_reminder_skipped": "herinnering overgeslagen",
    "bounce_warning": "gewaarschuwd (bounces)",
    "bounce_score_reset": "bouncetelling gewist",
    "delivery_disabled": "bezorging uitgeschakeld",
    "delivery_enabled": "bezorging weer aan",
    "delivery_removed": "van de verzendlijst gehaald",
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

# The language of a member's own mail (members.language, issue 17), as the secretariat reads it.
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "en": "Engels"}

# Who caused a member event (member_events.actor).
ACTORS: dict[str, str] = {"system": "dienst", "cli": "secretariaat", "email": "lid (e-mail)", "web": "lid (website)"}


def dutch(value: _V) -> _V | str:
    """The Dutch word for a stored code; anything else unchanged. Only for values that are codes: a subject or
    a name that happens to read "sent" stays as it was written."""
    if isinstance(value, str) and value in DUTCH:
        return DUTCH[value]
    return value
