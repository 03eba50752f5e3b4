"""The trained learned model kept on disk between starts (model_store): read back, never trusted blindly."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from mailservice.classify import learned, model_store
from mailservice.classify.learned import Example, Model
from mailservice.settings import Settings

SMALL = [Example(f"Graag meld ik mij aan, groet {n}", "subscribe") for n in range(12)] + [
    Example(f"Wilt u mij afmelden, groet {n}", "unsubscribe") for n in range(12)
]


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> list[Example]:
    """A process that has made no model yet, on a small set of examples (training it takes a moment)."""
    examples = list(SMALL)
    monkeypatch.setattr(learned, "_asked", {})
    monkeypatch.setattr(learned, "_made", {})
    monkeypatch.setattr(learned, "shipped_examples", lambda: list(examples))
    return examples


def _restart(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new process: nothing in memory, and training is not allowed."""
    monkeypatch.setattr(learned, "_asked", {})
    monkeypatch.setattr(learned, "_made", {})

    def no_training(examples: object) -> None:
        raise AssertionError("trained again")

    monkeypatch.setattr(learned, "train", no_training)


def _stored(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{model_store.PREFIX}*{model_store.SUFFIX}"))


def test_a_second_process_reads_the_trained_model_instead_of_training(
    tmp_path: Path, fresh: list[Example], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = learned.model(None, tmp_path)
    assert isinstance(first, Model) and len(_stored(tmp_path)) == 1
    _restart(monkeypatch)
    second = learned.model(None, tmp_path)
    assert isinstance(second, Model)
    assert second.read("graag aanmelden").label == first.read("graag aanmelden").label


def test_other_examples_train_a_model_of_their_own(
    tmp_path: Path, fresh: list[Example], monkeypatch: pytest.MonkeyPatch
) -> None:
    learned.model(None, tmp_path)
    own = tmp_path / "geleerd.jsonl"
    own.write_text(learned.dump_examples([Example("Ik kom graag naar het atelier", "rsvp-ja")]), encoding="utf-8")
    _restart(monkeypatch)
    with pytest.raises(AssertionError, match="trained again"):
        learned.model(own, tmp_path)  # the secretariat's labels are part of what the model is made of


def test_the_key_names_every_part_and_their_order() -> None:
    assert model_store.key([b"a", b"b"]) != model_store.key([b"ab"])
    assert model_store.key([b"a", b"b"]) != model_store.key([b"b", b"a"])
    assert model_store.key([b"a"]) == model_store.key([b"a"])


def test_a_model_others_may_write_is_not_read(
    tmp_path: Path, fresh: list[Example], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    learned.model(None, tmp_path)
    [path] = _stored(tmp_path)
    path.chmod(0o666)
    name = path.name.removeprefix(model_store.PREFIX).removesuffix(model_store.SUFFIX)
    with caplog.at_level(logging.WARNING):
        assert model_store.load(tmp_path, name) is None
    assert "ook anderen mogen erin schrijven" in caplog.text


def test_a_symbolic_link_is_not_followed(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    elsewhere = tmp_path / "elders.pickle"
    model_store.save(tmp_path / "echt", "x", {"a": 1})
    (model_store.path_for(tmp_path / "echt", "x")).rename(elsewhere)
    model_store.path_for(tmp_path / "echt", "x").symlink_to(elsewhere)
    with caplog.at_level(logging.WARNING):
        assert model_store.load(tmp_path / "echt", "x") is None
    assert "niet te openen" in caplog.text


def test_a_damaged_file_is_trained_over(
    tmp_path: Path, fresh: list[Example], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    learned.model(None, tmp_path)
    [path] = _stored(tmp_path)
    path.write_bytes(path.read_bytes()[:100])  # cut off, as by a full disk
    monkeypatch.setattr(learned, "_asked", {})
    monkeypatch.setattr(learned, "_made", {})
    with caplog.at_level(logging.WARNING):
        assert isinstance(learned.model(None, tmp_path), Model)
    assert "onleesbaar" in caplog.text
    _restart(monkeypatch)
    assert isinstance(learned.model(None, tmp_path), Model)  # and written whole again


def test_a_folder_that_cannot_be_written_costs_only_the_training(
    tmp_path: Path, fresh: list[Example], caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "een-bestand"
    blocked.write_text("geen map")
    with caplog.at_level(logging.WARNING):
        assert isinstance(learned.model(None, blocked / "cache"), Model)
    assert "niet opgeslagen" in caplog.text


def test_a_stored_model_is_private_and_older_ones_are_pruned(tmp_path: Path) -> None:
    for n in range(model_store.KEEP + 3):
        assert model_store.save(tmp_path, f"m{n}", n)
        os.utime(model_store.path_for(tmp_path, f"m{n}"), (1_000_000 + n, 1_000_000 + n))
    kept = _stored(tmp_path)
    assert len(kept) == model_store.KEEP
    assert model_store.path_for(tmp_path, f"m{model_store.KEEP + 2}") in kept
    assert model_store.path_for(tmp_path, "m0") not in kept
    assert all(p.stat().st_mode & 0o077 == 0 for p in kept)
    assert not list(tmp_path.glob(".leermodel-*"))  # no half-written file left behind


def test_the_setting_defaults_to_the_users_cache_folder_and_can_be_turned_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert Settings().ingest.model_cache == tmp_path / "xdg" / "mailservice"
    assert Settings(ingest={"model_cache": ""}).ingest.model_cache is None
    assert Settings(ingest={"model_cache": "/var/cache/ms"}).ingest.model_cache == Path("/var/cache/ms")


def test_a_cross_validated_figure_is_kept_by_what_it_measured(
    tmp_path: Path, fresh: list[Example], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = learned.cross_validated(SMALL, cache=tmp_path)
    assert first is not None

    def no_measuring(examples: object, folds: int) -> None:
        raise AssertionError("measured again")

    monkeypatch.setattr(learned, "_cross_validated", no_measuring)
    assert learned.cross_validated(SMALL, cache=tmp_path) == first  # the next --learn's "before"
    with pytest.raises(AssertionError, match="measured again"):
        learned.cross_validated(SMALL[1:], cache=tmp_path)
    (tmp_path / model_store.FIGURES).write_text("{kapot")
    with pytest.raises(AssertionError, match="measured again"):
        learned.cross_validated(SMALL, cache=tmp_path)  # a damaged file only costs measuring again


def test_the_shipped_examples_carry_their_cross_validated_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    """The "before" of a first --learn is measured when the examples are written, not on the secretariat's machine."""

    def no_measuring(examples: object, folds: int) -> None:
        raise AssertionError("measured again")

    monkeypatch.setattr(learned, "_cross_validated", no_measuring)
    figure = learned.cross_validated(learned.shipped_examples())
    assert figure is not None and 0.5 < figure < 1.0
    with pytest.raises(AssertionError, match="measured again"):
        learned.cross_validated(learned.shipped_examples()[1:])  # other examples: measured anew
