"""Issue 12: malformed mail never crashes the service, is never lost once accepted, and leaves no traceback in the
log except for a message ingest quarantined.

A sample of ``fuzzmail`` cases (random bytes, broken MIME, deep nesting, huge headers, bad charsets, NUL and
control bytes, raw 8-bit headers, long values, mutated real messages, a few over the size limit) goes over SMTP
to ``mailservice run`` as a process, once on the embedded SQLite and once on PostgreSQL. ``bench/fuzz.py`` runs
the same with 20,000.

What "handled" means here: every message answered 250 is a row holding exactly the bytes sent, and ends in a
final status (none left 'received'); a message the receiver refuses with a 5xx (too large, a line over the
limit) counts as refused, not lost; a 4xx or a broken session is a failure. The only tracebacks allowed in the
log are those ingest writes when it quarantines a message (the row keeps the same traceback in ``error``): a
quarantined message is kept for the secretariat, which is the designed outcome for mail the pipeline cannot
process. A traceback for anything else (the receiver, the sender, a worker thread) fails the test.
"""

from __future__ import annotations

import smtplib
from pathlib import Path

import pytest

from tests.e2e.process import ServiceProcess
from tests.security.fuzzmail import TO, Case, audit, case, deliver, settle
from tests.servers.postgres import cluster, fresh_database  # noqa: F401  (the session's cluster)

pytestmark = pytest.mark.slow

SEED = 12
SAMPLE = 300
LIMIT = 1024 * 1024  # the receiver's max_message_bytes for the run: oversized cases stay cheap to send

SIGN_UP = (
    "From: Laatste Aanmelding <laatste.aanmelding@gemeente-h.nl>\r\nTo: " + TO + "\r\nSubject: Aanmelden\r\n"
    "Message-ID: <laatste.fuzz@gemeente-h.nl>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
    "\r\nGraag meld ik mij aan voor het netwerk.\r\n"
).encode()


@pytest.mark.parametrize("db", ["sqlite", "postgres"])
def test_malformed_mail_is_refused_or_recorded_and_never_crashes_the_service(
    db: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    env = {"MAILSERVICE_RECEIVER__MAX_MESSAGE_BYTES": str(LIMIT)}
    if db == "postgres":
        url = fresh_database(request.getfixturevalue("cluster"), "fuzz")
        env["MAILSERVICE_DATABASE__URL"] = url
    else:
        url = f"sqlite:///{tmp_path / 'var' / 'mailservice.db'}"
    service = ServiceProcess(tmp_path, env=env).start()
    try:
        batch = [case(SEED, i, LIMIT) for i in range(SAMPLE)]
        sent = deliver(service.port, batch)
        # After the storm, an ordinary sign-up is still stored and handled.
        [last] = deliver(service.port, [Case(SAMPLE, "sign-up", SIGN_UP, "laatste.aanmelding@gemeente-h.nl", False)])
        assert last.outcome == "accepted", last.reply
        accepted = sum(s.outcome == "accepted" for s in sent) + 1
        rows = settle(url, accepted)
        assert service.proc is not None and service.proc.poll() is None, "the service died"
        with smtplib.SMTP("127.0.0.1", service.port, timeout=10) as smtp:
            assert smtp.noop()[0] == 250
    finally:
        assert service.stop() == 0
    result = audit([*sent, last], rows, service.log.read_text(errors="replace"))
    figures = result.figures()
    print(f"fuzz sample on {db}: {figures}")  # shown with pytest -s
    assert last.inbound_id is not None and rows[last.inbound_id].status == "handled", figures
    assert result.sent == SAMPLE + 1 and result.lost == 0 and result.temp_failed_4xx == 0, figures
    assert result.refused_5xx >= SAMPLE // 150, figures  # the oversized ones, at least
    assert result.recorded == result.accepted and not result.missing, (result.missing, figures)
    assert len(rows) == result.accepted, figures  # nothing stored that was not answered 250
    assert result.left_received == 0, figures
    assert not result.unexplained_tracebacks, (result.unexplained_tracebacks[:3], figures)
    assert result.tracebacks_in_log <= result.quarantined, figures
