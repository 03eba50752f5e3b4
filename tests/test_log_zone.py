"""Issue 19, item 10: a log line says its zone: Amsterdam time with the offset of that moment."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from mailservice.cli.common import _PrintableFormatter
from mailservice.clock import log_timestamp


def test_log_time_is_amsterdam_with_its_offset() -> None:
    winter = datetime(2026, 12, 4, 22, 0, 1, 123000, tzinfo=UTC).timestamp()
    summer = datetime(2027, 6, 1, 8, 0, tzinfo=UTC).timestamp()
    assert log_timestamp(winter) == "2026-12-04 23:00:01.123+01:00"
    assert log_timestamp(summer) == "2027-06-01 10:00:00.000+02:00"


def test_the_cli_log_lines_carry_it() -> None:
    record = logging.LogRecord("mailservice.sender", logging.WARNING, __file__, 1, "hallo", None, None)
    record.created = datetime(2026, 12, 4, 22, 0, tzinfo=UTC).timestamp()
    line = _PrintableFormatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s").format(record)
    assert line == "2026-12-04 23:00:00.000+01:00 WARNING mailservice.sender: hallo"
