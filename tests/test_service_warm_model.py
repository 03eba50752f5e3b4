"""Issue 17: the service trains the learned model when it starts, not when the first message arrives."""

from __future__ import annotations

import threading
from pathlib import Path

from mailservice.app import build
from mailservice.classify.learned import Model
from mailservice.service import Service
from tests.support import make_settings


def test_the_learned_model_is_trained_at_start_without_any_mail(tmp_path: Path) -> None:
    settings = make_settings(
        tmp_path, receiver={"enabled": False}, web={"enabled": False}, scheduler={"enabled": False}
    )
    app = build(settings)
    asked = threading.Event()

    def reader() -> Model | None:
        asked.set()
        return None

    app.ingest.reader = reader
    service = Service(app)
    service.start()
    try:
        assert asked.wait(10), "the model was not asked for at start"
    finally:
        service.shutdown()
