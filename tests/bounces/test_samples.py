"""Hand-written samples: one .eml per case in data/, one row per expected recipient in expectations.csv
(an empty address means "not a bounce"). A new case is a file and a row (STYLE.md habit 4)."""

from __future__ import annotations

import csv
import email
import email.policy
from collections import defaultdict
from pathlib import Path

import pytest

from mailservice.bounces import BounceReport, detect, verp_token

DATA = Path(__file__).parent / "data"
POLICY = email.policy.default.clone(raise_on_defect=False)


def _rows() -> dict[str, list[dict[str, str]]]:
    grouped: dict[str, list[dict[str, str]]] = defaultdict(list)
    with open(DATA / "expectations.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            grouped[row["file"]].append(row)
    return grouped


ROWS = _rows()


def _detect(name: str) -> BounceReport | None:
    return detect(email.message_from_bytes((DATA / name).read_bytes(), policy=POLICY))


@pytest.mark.parametrize("name", sorted(ROWS))
def test_sample(name: str) -> None:
    rows = ROWS[name]
    report = _detect(name)
    if not rows[0]["address"]:
        assert report is None
        return
    assert report is not None
    assert report.layer == rows[0]["layer"]
    assert report.detector == rows[0]["detector"]
    assert report.verp_token == (rows[0]["verp_token"] or None)
    assert report.original_message_id == (rows[0]["original_message_id"] or None)
    got = {r.address: r for r in report.recipients}
    assert set(got) == {row["address"] for row in rows}
    for row in rows:
        r = got[row["address"]]
        assert (r.action, r.status, r.hard, r.reason) == (
            row["action"],
            row["status"],
            row["hard"] == "true",
            row["reason"],
        ), r
        # Every recipient comes with its evidence: the format and the field or line it was read from.
        assert r.evidence and row["evidence"] in r.evidence, r


def test_delayed_is_a_warning_not_a_failure() -> None:
    report = _detect("dsn-delayed.eml")
    assert report is not None and report.delayed_only and report.failed == ()


def test_success_only_dsn_is_not_a_bounce() -> None:
    raw = (DATA / "dsn-multi-recipient.eml").read_text()
    head, _, _ = raw.partition("Final-Recipient: RFC822; weg@")
    receipt = head + "Final-Recipient: RFC822; ok@gemeente-d.nl\nAction: delivered\nStatus: 2.0.0\n\n--B2--\n"
    assert detect(email.message_from_string(receipt, policy=POLICY)) is None


@pytest.mark.parametrize(
    ("address", "token"),
    [
        ("bounces+m42x7@ambtelijkefusie.nl", "m42x7"),
        ("<Bounces+AbC-9_z=@AmbtelijkeFusie.NL>", "AbC-9_z="),
        ("bounces@ambtelijkefusie.nl", None),
        ("bounces+x@example.org", None),
        ("info+x@ambtelijkefusie.nl", None),
        ("", None),
        ("bounces+@ambtelijkefusie.nl", None),
    ],
)
def test_verp_token(address: str, token: str | None) -> None:
    assert verp_token(address) == token


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"Content-Type: multipart/report; report-type=delivery-status\n\nno boundary at all",
        b"From: MAILER-DAEMON\nContent-Type: multipart/report; boundary=x\n\n"
        b"--x\nContent-Type: message/delivery-status\n\n\xff\xfe\n--x--",
        b"Subject: =?bogus?Q?undeliverable?=\nFrom: <>\n\n\x00\x01",
    ],
)
def test_never_raises(raw: bytes) -> None:
    detect(email.message_from_bytes(raw, policy=POLICY))  # None or a report, never an exception
