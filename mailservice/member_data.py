"""Everything the service stores about one member, as the member may see and take it (AVG art. 15 and 20).

One function gathers it (``gather``); the data page shows it, and the downloads are the same data as JSON and as
CSV that Dutch Excel opens (UTF-8 with BOM, ``;``, dd-mm-jjjj). Dates are local (Europe/Amsterdam).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailservice import tokens
from mailservice.clock import when as moment
from mailservice.organisations.names import comparable
from mailservice.store.models import BounceEvent, Member, MemberEvent, Rsvp, Suggestion

__all__ = ["ACTORS", "EVENTS", "MemberData", "actor_words", "gather", "moment"]  # moment: clock.when, for the pages

_STATUS = {
    "pending": "wacht op bevestiging",
    "approval": "bevestigd, wacht op goedkeuring",
    "active": "lid",
    "unsubscribed": "afgemeld",
    "expired": "verlopen",
}
_ROLE = {"member": "lid", "adviesraad": "lid van de Adviesraad"}
_DELIVERY = {"enabled": "aan", "disabled": "uit (onbestelbaar)", "removed": "uit (van de verzendlijst)"}
_RSVP = {"attending": "komt", "declined": "komt niet", "waiting": "wachtlijst", "invited": "uitgenodigd"}
# How the member's history reads to the member (the consent record: when, how, by which message).
EVENTS = {
    "subscribe_requested": "aanmelding ontvangen",
    "confirmed": "aanmelding bevestigd",
    "already_member": "opnieuw aangemeld terwijl u al lid was",
    "confirm_rejected": "bevestiging niet aanvaard",
    "confirm_reminded": "herinnering gestuurd om te bevestigen",
    "confirm_reminder_skipped": "geen herinnering gestuurd",
    "signup_expired": "aanmelding verlopen",
    "unsubscribe_asked": "gevraagd of de afmelding van u kwam",
    "unsubscribed": "afgemeld",
    "unsubscribe_repeated": "opnieuw afgemeld",
    "unsubscribe_undone": "afmelding ongedaan gemaakt",
    "erasure_requested": "verwijdering van uw gegevens gevraagd",
    "added": "toegevoegd door het secretariaat",
    "removed": "verwijderd door het secretariaat",
    "role_changed": "rol gewijzigd",
    "bounce_warning": "gewaarschuwd: e-mail kwam niet aan",
    "bounce_score_reset": "telling van onbestelbare e-mail gewist",
    "delivery_disabled": "bezorging uitgeschakeld (e-mail kwam niet aan)",
    "delivery_enabled": "bezorging weer aan",
    "delivery_removed": "van de verzendlijst gehaald",
    # Casework (issue 16)
    "edited": "gegevens gewijzigd",
    "address_change_requested": "nieuw e-mailadres aangevraagd",
    "address_changed": "e-mailadres gewijzigd",
    "invited": "uitgenodigd",
    "successor_invited": "opvolger uitgenodigd",
    "access_given": "inzage gegeven",
    "erased": "gegevens verwijderd",
    "imported": "overgenomen uit een bestaande ledenlijst",
    "awaiting_approval": "aanmelding bevestigd; wacht op goedkeuring van het secretariaat",
    "approved": "aanmelding goedgekeurd door het secretariaat",
    "refused": "aanmelding afgewezen door het secretariaat",
}
ACTORS = {"email": "per e-mail", "web": "via de website", "cli": "door het secretariaat", "system": "door de dienst"}


def actor_words(actor: str) -> str:
    """How the history names who did it: a console user by name ("console:melanie": door melanie, secretariaat)."""
    if actor.startswith("console:"):
        return f"door {actor.removeprefix('console:')} (secretariaat)"
    return ACTORS.get(actor, actor)


@dataclass
class Event:
    datum: str
    gebeurtenis: str
    hoe: str
    toelichting: str
    bericht: str  # the message that caused it: subject and date, so the member can find it


@dataclass
class MemberData:
    e_mailadres: str
    naam: str
    organisatie: str
    functie: str
    rol: str
    status: str
    bezorging: str
    aangemeld_op: str
    bevestigd_op: str
    afgemeld_op: str
    geschiedenis: list[Event] = field(default_factory=list)
    ateliers: list[dict[str, str]] = field(default_factory=list)
    suggesties: list[dict[str, str]] = field(default_factory=list)
    onbestelbaar: list[dict[str, str]] = field(default_factory=list)

    def as_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2)

    def as_csv(self) -> bytes:
        """One row per fact (section; field; value), readable in Dutch Excel: UTF-8 with BOM and ``;``."""
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(["onderdeel", "gegeven", "waarde", "datum", "toelichting"])
        for key, value in asdict(self).items():
            if not isinstance(value, list):
                writer.writerow(["gegevens", key.replace("_", " "), value, "", ""])
        for ev in self.geschiedenis:
            writer.writerow(
                ["geschiedenis", ev.gebeurtenis, ev.hoe, ev.datum, " ".join(filter(None, [ev.toelichting, ev.bericht]))]
            )
        for row in self.ateliers:
            writer.writerow(["atelier", row["atelier"], row["reactie"], row["datum"], row["toelichting"]])
        for row in self.suggesties:
            writer.writerow(["suggestie", row["themas"], row["onderwerpen"], row["datum"], ""])
        for row in self.onbestelbaar:
            writer.writerow(["onbestelbaar", row["adres"], row["status"], row["datum"], ""])
        return ("\ufeff" + out.getvalue()).encode("utf-8")


def _organisation(member: Member) -> str:
    """What the member wrote, and the registered organisation the secretariat linked them to when it differs."""
    written, linked = member.organisation or "", member.registered_organisation
    if linked is None or comparable(written) == comparable(linked.name):
        return written or (linked.name if linked else "")
    return f"{written} (bij ons geregistreerd als {linked.name})" if written else linked.name


def gather(session: Session, member: Member) -> MemberData:
    data = MemberData(
        e_mailadres=member.email,
        naam=member.name or "",
        organisatie=_organisation(member),
        functie=member.function or "",
        rol=_ROLE.get(member.role, member.role),
        status=_STATUS.get(member.status, member.status),
        bezorging=_DELIVERY.get(member.delivery, member.delivery),
        aangemeld_op=moment(member.created_at),
        bevestigd_op=moment(member.confirmed_at),
        afgemeld_op=moment(member.left_at),
    )
    for ev in session.scalars(select(MemberEvent).where(MemberEvent.member_id == member.id).order_by(MemberEvent.id)):
        message = ""
        if ev.inbound is not None:
            message = f"uw e-mail '{ev.inbound.subject or '(geen onderwerp)'}' van {moment(ev.inbound.received_at)}"
        elif ev.outbound is not None:
            # Masked here too: a request not yet sent still holds its live reference (the sender masks once sent).
            message = f"onze e-mail '{tokens.mask(ev.outbound.subject)}' van {moment(ev.outbound.created_at)}"
        data.geschiedenis.append(
            Event(
                datum=moment(ev.at),
                gebeurtenis=EVENTS.get(ev.event, ev.event),
                hoe=actor_words(ev.actor),
                toelichting=ev.detail or "",
                bericht=message,
            )
        )
    for rsvp in session.scalars(select(Rsvp).where(Rsvp.member_id == member.id).order_by(Rsvp.id)):
        extra = [
            f"{rsvp.guests} gast(en)" if rsvp.guests else "",
            f"vervanger: {rsvp.substitute_name or rsvp.substitute}" if rsvp.substitute else "",
        ]
        data.ateliers.append(
            {
                "atelier": rsvp.atelier.title,
                "datum": moment(rsvp.atelier.starts_at),
                "reactie": _RSVP.get(rsvp.status, rsvp.status),
                "toelichting": ", ".join(filter(None, extra)),
            }
        )
    for sug in session.scalars(select(Suggestion).where(Suggestion.member_id == member.id).order_by(Suggestion.id)):
        data.suggesties.append(
            {"datum": moment(sug.created_at), "themas": ", ".join(sug.themes), "onderwerpen": " | ".join(sug.topics)}
        )
    for bounce in session.scalars(
        select(BounceEvent).where(BounceEvent.member_id == member.id).order_by(BounceEvent.id)
    ):
        data.onbestelbaar.append({"datum": moment(bounce.at), "adres": bounce.address, "status": bounce.status})
    return data
