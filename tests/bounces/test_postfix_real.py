"""The DSNs a real Postfix made on this kind of machine (corpus/postfix-real), read in place."""

from __future__ import annotations

import email
import email.policy

import pytest

from mailservice.bounces import detect
from tests.bounces.corpus import corpus_root

DIR = corpus_root() / "postfix-real"
POLICY = email.policy.default.clone(raise_on_defect=False)


@pytest.mark.skipif(not DIR.is_dir(), reason=f"{DIR} not found (set MAILSERVICE_CORPUS)")
def test_unknown_local_user_is_attributed_through_verp() -> None:
    msg = email.message_from_bytes((DIR / "dsn-unknown-local-user.eml").read_bytes(), policy=POLICY)
    report = detect(msg)
    assert report is not None
    assert (report.layer, report.detector, report.verp_token) == ("verp", "rfc3464", "sub42")
    assert report.original_message_id and report.original_message_id.endswith("@ambtelijkefusie.nl")
    [r] = report.recipients
    assert (r.address, r.status, r.action, r.hard, r.reason) == (
        "nobody@ambtelijkefusie.nl",
        "5.1.1",
        "failed",
        True,
        "userunknown",
    )


@pytest.mark.skipif(not DIR.is_dir(), reason=f"{DIR} not found (set MAILSERVICE_CORPUS)")
def test_remote_550() -> None:
    msg = email.message_from_bytes((DIR / "dsn-remote-550.eml").read_bytes(), policy=POLICY)
    report = detect(msg)
    assert report is not None and report.recipients
    assert all(r.status == "5.1.1" and r.hard for r in report.recipients)
