"""``mailservice classify --learn MAP`` (issue 17): the secretariat's labels, exported from the console's choices,
become examples of the learned reading; the command prints the figures before and after, and the service reads
them when it starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mailservice import audit
from mailservice.app import App, build
from mailservice.classify import learned
from mailservice.inbox import treat_as
from mailservice.settings import SettingsError
from mailservice.store.db import transaction
from tests.support import deliver, learned_model_on_disk, mail

# Messages no rule recognises, which the secretariat then treats by hand in the console ("Behandel als").
WRITTEN = [
    ("Wij zouden het zeer op prijs stellen als ons hoofd bedrijfsvoering ook de stukken krijgt.", "aanmelding"),
    ("Onze directie schuift graag aan bij de eerstvolgende bijeenkomst in Zwolle.", "komt"),
    ("Het thema sturen op maatschappelijke opgaven in een ambtelijke fusie verdient een middag.", "suggestie"),
]


def _cli(app: App, *args: str) -> subprocess.CompletedProcess[str]:
    # The timeout only catches a hang: --learn cross-validates on every example (minutes). Its "before" is the
    # service's own model, kept on disk (trained here once per session), and the figure shipped with the examples.
    learned_model_on_disk()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILSERVICE_")}
    env["MAILSERVICE_DATABASE__URL"] = app.settings.database.url
    env["MAILSERVICE_INGEST__LEARNED_EXAMPLES"] = str(app.settings.ingest.learned_examples)
    return subprocess.run(
        [sys.executable, "-m", "mailservice", *args], env=env, capture_output=True, text=True, timeout=900
    )


@pytest.fixture
def learned_app(app: App, tmp_path: Path) -> App:
    app.settings.ingest.learned_examples = tmp_path / "geleerd.jsonl"
    return app


def _label_by_hand(app: App) -> None:
    for number, (text, choice) in enumerate(WRITTEN):
        inbound_id = deliver(
            app, mail(sender=f"D{number} <d{number}@gemeente-{number}.nl>", subject="Netwerk", body=text)
        )
        with transaction(app.factory) as session:
            fields = {"strategie": "on", "organisatie": "on"} if choice == "suggestie" else {}  # the ticked boxes
            treat_as(session, app.ingest.env, inbound_id, choice, fields, audit.CLI)


def test_learning_from_exported_labels_prints_before_and_after(learned_app: App, tmp_path: Path) -> None:
    _label_by_hand(learned_app)
    exported = _cli(learned_app, "inbox", "export-labels", str(tmp_path / "labels"))
    assert exported.returncode == 0, exported.stderr

    done = _cli(learned_app, "classify", "--learn", str(tmp_path / "labels"))
    assert done.returncode == 0, done.stderr
    out = " ".join(done.stdout.split())
    assert "3 nieuwe voorbeelden toegevoegd" in out
    assert "Vooraf las het model" in out and "van de 3 nieuwe voorbeelden goed" in out
    assert "Kruisvalidatie (5 delen): vooraf" in out and "nu" in out and "%" in out
    assert "Traceback" not in done.stderr

    examples = learned.local_examples(learned_app.settings.ingest.learned_examples)
    assert sorted(e.label for e in examples) == ["rsvp-ja", "subscribe", "suggestion"]
    assert any("hoofd bedrijfsvoering" in e.text for e in examples)
    # The themes the secretariat ticked teach the theme reading too.
    assert [e.themes for e in examples if e.label == "suggestion"] == [("strategie", "organisatie")]

    again = _cli(learned_app, "classify", "--learn", str(tmp_path / "labels"))
    assert "Geen nieuwe voorbeelden" in again.stdout
    assert len(learned.local_examples(learned_app.settings.ingest.learned_examples)) == 3

    # The service's model is the shipped examples and these.
    model = learned.model(learned_app.settings.ingest.learned_examples)
    assert model is not None and model.size == len(learned.shipped_examples()) + 3


def test_a_folder_without_labels_is_one_sentence(learned_app: App, tmp_path: Path) -> None:
    done = _cli(learned_app, "classify", "--learn", str(tmp_path))
    assert done.returncode != 0
    assert "labels.json bestaat niet" in done.stderr and "export-labels" in done.stderr
    assert "Traceback" not in done.stderr


def test_classify_without_paths_or_learn_says_what_to_give(learned_app: App) -> None:
    done = _cli(learned_app, "classify")
    assert done.returncode != 0 and "--learn" in done.stderr and "Traceback" not in done.stderr


def test_a_damaged_examples_file_stops_the_start_with_one_sentence(learned_app: App, tmp_path: Path) -> None:
    path = learned_app.settings.ingest.learned_examples
    path.write_text('{"text": "x", "label": "subscribe"}\nniet json\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="regel 2: geen voorbeeld"):
        build(learned_app.settings, clock=learned_app.clock)


def test_classify_reads_with_the_learned_examples_and_names_a_damaged_file(learned_app: App, tmp_path: Path) -> None:
    sample = tmp_path / "bericht.eml"
    sample.write_bytes(mail(body="Graag meld ik mij aan voor het netwerk."))
    done = _cli(learned_app, "classify", "--json", str(sample))
    assert done.returncode == 0 and '"kind": "subscribe"' in done.stdout, done.stderr
    learned_app.settings.ingest.learned_examples.write_text("geen json\n", encoding="utf-8")
    damaged = _cli(learned_app, "classify", "--json", str(sample))
    assert damaged.returncode != 0 and "regel 1: geen voorbeeld" in damaged.stderr
    assert "Traceback" not in damaged.stderr
