"""Faults against the real Dovecot, with the source's run loop in a thread: after recovery every message is
processed exactly once and sits in the right folder."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from mailservice.app import App
from mailservice.sources.imap import ImapSource
from mailservice.store.models import InboundMessage
from tests.servers.dovecot import PASSWORD, Dovecot
from tests.servers.proxy import FaultProxy
from tests.sources.conftest import Running, imap_settings, make_source, wait_until
from tests.support import mail, outbox_messages

pytestmark = pytest.mark.servers


def signups(n: int, tag: str) -> list[bytes]:
    return [mail(sender=f"{tag}{i}@gemeente-{tag}.nl", msgid=f"<{tag}{i}@gemeente-{tag}.nl>") for i in range(n)]


def assert_exactly_once(app: App, dovecot: Dovecot, user: str, n: int, folder: str = "Verwerkt") -> None:
    with app.factory() as session:
        statuses = list(session.scalars(select(InboundMessage.status)))
    assert statuses == ["handled"] * n
    assert len(outbox_messages(app.settings.outbound.maildir)) == n
    assert len({m["To"] for m in outbox_messages(app.settings.outbound.maildir)}) == n
    assert dovecot.folder_counts(user, "INBOX", folder) == {"INBOX": 0, folder: n}


def filed(dovecot: Dovecot, user: str, n: int, folder: str = "Verwerkt") -> Callable[[], bool]:
    return lambda: dovecot.folder_counts(user, folder)[folder] >= n


@pytest.fixture
def proxy(dovecot: Dovecot) -> Iterator[FaultProxy]:
    p = FaultProxy(dovecot.imap_port)
    yield p
    p.close()


def test_connection_dropped_mid_fetch(app: App, dovecot: Dovecot, user: str, proxy: FaultProxy) -> None:
    dovecot.append(user, "INBOX", *signups(6, "f"))
    cut = proxy.cut_after(b"BODY.PEEK[]", 700)  # inside the first message's literal
    source = make_source(app, imap_settings(dovecot, user, port=proxy.port, batch_size=4))
    with Running(source):
        wait_until(cut.is_set, what="the FETCH")
        wait_until(filed(dovecot, user, 6), what="all six filed")
    assert proxy.connections >= 2  # it reconnected
    assert_exactly_once(app, dovecot, user, 6)


def test_connection_dropped_after_the_first_batch(app: App, dovecot: Dovecot, user: str, proxy: FaultProxy) -> None:
    # The cut falls in the second FETCH: the first batch is stored, processed and moved; the rest after reconnecting.
    dovecot.append(user, "INBOX", *signups(4, "g"))
    source = make_source(app, imap_settings(dovecot, user, port=proxy.port, batch_size=2))
    cut = proxy.cut_after(b"BODY.PEEK[]", 200, skip=1)
    with Running(source):
        wait_until(cut.is_set, what="the FETCH")
        wait_until(filed(dovecot, user, 4), what="all four filed")
    assert proxy.connections >= 2
    assert_exactly_once(app, dovecot, user, 4)


def test_dovecot_restarted_while_idling(app: App, dovecot: Dovecot, user: str) -> None:
    source = make_source(app, imap_settings(dovecot, user))
    with Running(source):
        wait_until(source.idling.is_set, what="IDLE")
        dovecot.append(user, "INBOX", *signups(1, "h"))
        wait_until(filed(dovecot, user, 1))
        wait_until(source.idling.is_set, what="IDLE again")
        logins = source.logins
        dovecot.restart()
        dovecot.append(user, "INBOX", *signups(2, "i"))
        wait_until(filed(dovecot, user, 3), what="mail after the restart")
        assert source.logins > logins
    with app.factory() as session:
        assert len(list(session.scalars(select(InboundMessage.id)))) == 3
    assert len(outbox_messages(app.settings.outbound.maildir)) == 3


def test_wrong_password_is_reported_and_retried_slowly(
    app: App, dovecot: Dovecot, user: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    secret = tmp_path / "imap-wachtwoord"
    secret.write_text("fout\n")
    dovecot.append(user, "INBOX", *signups(2, "j"))
    settings = imap_settings(dovecot, user, password=None, password_file=secret, auth_retry_seconds=1.0)
    source = make_source(app, settings)
    with caplog.at_level(logging.ERROR, logger="mailservice.sources.imap"), Running(source):
        wait_until(lambda: "geweigerd" in caplog.text, what="the log line")
        assert "Controleer MAILSERVICE_IMAP__USER" in caplog.text and "fout" not in caplog.text.split("geweigerd")[0]
        # Dovecot delays a failed login by about 2 s, and we wait auth_retry_seconds after it: no hammering.
        wait_until(lambda: source.logins >= 2, timeout=10, what="a second attempt")
        assert source.logins <= 3
        secret.write_text(PASSWORD + "\n")  # the operator fixes the file; no restart needed
        wait_until(filed(dovecot, user, 2), timeout=20, what="mail after the fix")
    assert_exactly_once(app, dovecot, user, 2)


def test_a_deleted_destination_folder_is_created_again(app: App, dovecot: Dovecot, user: str) -> None:
    source = make_source(app, imap_settings(dovecot, user))
    with Running(source):
        wait_until(source.idling.is_set, what="IDLE")
        dovecot.append(user, "INBOX", *signups(1, "k"))
        wait_until(filed(dovecot, user, 1))
        with dovecot.client(user) as c:  # a person tidies up while the service runs
            c.rename_folder("Verwerkt", "Verwerkt-2025")
        dovecot.append(user, "INBOX", *signups(1, "l"))
        wait_until(filed(dovecot, user, 1), what="the folder made again")
    assert dovecot.folder_counts(user, "INBOX", "Verwerkt", "Verwerkt-2025") == {
        "INBOX": 0,
        "Verwerkt": 1,
        "Verwerkt-2025": 1,
    }
    assert len(outbox_messages(app.settings.outbound.maildir)) == 2


def test_a_missing_folder_to_read_is_reported_and_read_once_it_exists(
    app: App, dovecot: Dovecot, user: str, caplog: pytest.LogCaptureFixture
) -> None:
    source = make_source(app, imap_settings(dovecot, user, folder="Aanmeldingen"))
    with caplog.at_level(logging.ERROR, logger="mailservice.sources.imap"), Running(source):
        wait_until(lambda: "bestaat niet" in caplog.text, what="the log line")
        dovecot.append(user, "Aanmeldingen", *signups(2, "m"))
        wait_until(filed(dovecot, user, 2))
    assert dovecot.folder_counts(user, "Aanmeldingen")["Aanmeldingen"] == 0
    assert len(outbox_messages(app.settings.outbound.maildir)) == 2


def test_new_mail_while_idling_is_picked_up_without_polling(app: App, dovecot: Dovecot, user: str) -> None:
    source: ImapSource = make_source(app, imap_settings(dovecot, user, poll_seconds=600))
    with Running(source):
        for i in range(3):
            wait_until(source.idling.is_set, what="IDLE")
            dovecot.append(user, "INBOX", *signups(1, f"n{i}"))
            wait_until(filed(dovecot, user, i + 1), timeout=5, what="IDLE to announce the message")
    assert source.logins == 1


def test_a_server_without_idle_is_polled(app: App, dovecot: Dovecot, user: str, proxy: FaultProxy) -> None:
    """The polling path: no IDLE offered (hidden by the proxy, as on a server without it), so the source polls
    every poll_seconds; mail that arrives while it runs is still processed exactly once."""
    proxy.hide_capability(b"IDLE")
    dovecot.append(user, "INBOX", *signups(2, "p"))
    source = make_source(app, imap_settings(dovecot, user, port=proxy.port, poll_seconds=0.3))
    with Running(source):
        wait_until(filed(dovecot, user, 2), what="the first two filed")
        dovecot.append(user, "INBOX", *signups(3, "q"))
        wait_until(filed(dovecot, user, 5), what="the later three filed by polling")
    assert b"IDLE" not in bytes(proxy.client_sent).upper().replace(b"CAPABILITY", b"")
    assert_exactly_once(app, dovecot, user, 5)
