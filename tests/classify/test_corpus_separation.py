"""Shared corpus (../shared/corpus/bounces): bounce / auto-reply / human separation of at least 99 % (issue 3).

The corpus is read in place, never copied into the repository (see its LICENSES.md).
"""

from __future__ import annotations

import pathlib

from mailservice.classify import Kind, classify
from tests.classify.conftest import load_labels


def _separation(corpus: pathlib.Path) -> tuple[int, list[str]]:
    misses: list[str] = []
    rows = load_labels(corpus / "labels.jsonl")
    for row in rows:
        decision = classify((corpus / row["file"]).read_bytes())
        if row["kind"] in ("bounce", "autoreply"):
            ok = decision.kind == Kind(row["kind"])
        else:
            ok = decision.kind not in (Kind.BOUNCE, Kind.AUTOREPLY)
        assert decision.reason
        if not ok:
            misses.append(f"{row['file']}: {row['kind']} -> {decision.kind} ({decision.reason})")
    return len(rows), misses


def test_bounce_autoreply_human_separation(bounce_corpus: pathlib.Path) -> None:
    total, misses = _separation(bounce_corpus)
    right = total - len(misses)
    print(f"\nscheiding: {right}/{total} = {right / total:.2%}\n" + "\n".join(misses))
    assert right / total >= 0.99, "\n".join(misses)


def test_no_machine_message_in_corpus_gets_an_answer(bounce_corpus: pathlib.Path) -> None:
    for row in load_labels(bounce_corpus / "labels.jsonl"):
        if row["kind"] in ("bounce", "autoreply"):
            decision = classify((bounce_corpus / row["file"]).read_bytes())
            if decision.kind in (Kind.BOUNCE, Kind.AUTOREPLY):
                assert decision.no_reply, row["file"]
