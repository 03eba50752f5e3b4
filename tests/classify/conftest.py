"""Shared fixtures for the classifier tests: our own sample set and the shared corpus (issue 3)."""

from __future__ import annotations

import json
import os
import pathlib

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
INBOUND = REPO / "tests" / "data" / "inbound"


def corpus_dir() -> pathlib.Path:
    """The shared corpus: $MAILSERVICE_CORPUS, else ../shared/corpus beside the repository."""
    return pathlib.Path(os.environ.get("MAILSERVICE_CORPUS", REPO.parent / "shared" / "corpus"))


def load_labels(path: pathlib.Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def bounce_corpus() -> pathlib.Path:
    d = corpus_dir() / "bounces"
    if not (d / "labels.jsonl").is_file():
        pytest.skip(f"gedeeld corpus ontbreekt: {d} (zet MAILSERVICE_CORPUS)")
    return d
