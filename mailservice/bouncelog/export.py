"""The bounce log as CSV (issue 4, issue 15): the same facts as ``mailservice bounces`` and the console's page show,
and the numbers of the stored messages; written by ``mailservice.exports`` (Excel-ready, or for programs)."""

from __future__ import annotations

from mailservice.bouncelog.words import attribution, describe, layer, severity
from mailservice.exports import Column, Kind
from mailservice.store.models import BounceEvent, Member

Row = tuple[BounceEvent, Member | None]

COLUMNS: list[Column[Row]] = [
    Column("wanneer", "at", lambda r: r[0].at, Kind.MOMENT),
    Column("lid", "member", lambda r: r[1].email if r[1] else ""),
    Column("adres", "address", lambda r: r[0].address),
    Column("soort", "severity", lambda r: r[0].severity, words=severity),
    Column("status", "status", lambda r: r[0].status),
    Column("reden", "reason", lambda r: r[0].reason, words=lambda v: f"{v} ({describe(v)})"),
    Column("gevonden door", "layer", lambda r: r[0].layer, words=layer),
    Column("toegewezen via", "attributed_by", lambda r: r[0].attributed_by, words=attribution),
    Column("diagnose", "diagnostic", lambda r: r[0].diagnostic),
    Column("binnengekomen bericht", "inbound_id", lambda r: r[0].inbound_id, Kind.NUMBER),
    Column("uitgaand bericht", "outbound_id", lambda r: r[0].outbound_id, Kind.NUMBER),
]
