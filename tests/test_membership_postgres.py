"""The membership flow again, on PostgreSQL: sign-up, confirmation, welcome, unsubscribe and the rest of
test_membership.py, with the same assertions, each test on a fresh database of a private cluster on loopback
(tests/servers/postgres.py). SQLite is the embedded default; PostgreSQL is the server the service also runs on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mailservice.app import App, build
from tests.servers.postgres import cluster, fresh_database  # noqa: F401  (the session's cluster)
from tests.support import FakeClock, make_settings
from tests.test_membership import (  # noqa: F401  (collected here, on PostgreSQL)
    test_already_a_member_gets_a_kind_note_not_a_second_membership,
    test_machines_are_never_answered,
    test_plain_reply_in_any_client_confirms,
    test_secretary_signs_up_a_director_and_the_director_confirms,
    test_signup_confirm_welcome_unsubscribe,
    test_the_same_message_delivered_twice_is_processed_once,
    test_token_expires_and_is_single_use,
    test_unclear_mail_goes_to_the_secretariat_with_a_reason,
    test_unknown_token_gets_an_explanation,
    test_unsubscribe_of_a_non_member_is_answered_kindly,
)

# Not test_tokens_are_stored_hashed: it reads the SQLite file itself to show the token is not in it.


@pytest.fixture
def app(tmp_path: Path, clock: FakeClock, cluster: str) -> Iterator[App]:
    application = build(make_settings(tmp_path, database={"url": fresh_database(cluster, "members")}), clock=clock)
    assert application.engine.dialect.name == "postgresql"
    yield application
    application.close()
