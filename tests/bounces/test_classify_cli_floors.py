"""Issue 4's floors as the issue states them: measured on what ``mailservice classify --json`` reports for the
shared corpus (the classifier's bounce decision and its recipients), not only on the detector alone."""

from __future__ import annotations

import io
import json

from mailservice.cli.classify import run_classify
from tests.bounces.corpus import NEEDS_CORPUS, PSEUDO, bounce_dir, load_labels

pytestmark = NEEDS_CORPUS


def test_floors_through_the_classify_command() -> None:
    out = io.StringIO()
    run_classify([bounce_dir()], as_json=True, out=out)
    by_file = {}
    for line in out.getvalue().splitlines():
        row = json.loads(line)
        by_file[row["file"].rsplit("/", 1)[-1]] = row
    labels = load_labels(bounce_dir())
    assert len(by_file) == len(labels)
    bounces = [lab for lab in labels if lab["kind"] == "bounce"]
    found = [lab for lab in bounces if by_file[lab["file"]]["kind"] == "bounce"]
    false_pos = [lab for lab in labels if lab["kind"] != "bounce" and by_file[lab["file"]]["kind"] == "bounce"]
    tp = pred = want = status_n = status_ok = 0
    for lab in found:
        got = {r["address"] for r in by_file[lab["file"]]["recipients"]}
        expected = {a.lower() for a in lab.get("recipients") or []}
        if expected:
            tp, pred, want = tp + len(got & expected), pred + len(got), want + len(expected)
        status = lab.get("status")
        if status and not PSEUDO.match(status):  # only bounces whose message carries a real RFC 3463 code
            first = ((lab.get("per_recipient") or [{}])[0].get("recipient") or lab.get("recipient") or "").lower()
            recipients = by_file[lab["file"]]["recipients"]
            # The labelled recipient's status; for a label without a recipient, the first reported one.
            mine = next((r for r in recipients if r["address"] == first), recipients[0] if recipients else None)
            status_n += 1
            status_ok += bool(mine and mine["status"] == status)
    recall = len(found) / len(bounces)
    precision = len(found) / (len(found) + len(false_pos))
    print(
        f"classify --json: recall {recall:.4f} precision {precision:.4f} recipient P {tp / pred:.4f} "
        f"R {tp / want:.4f} status {status_ok / status_n:.4f} ({status_ok}/{status_n})"
    )
    assert recall >= 0.99 and precision >= 0.99
    assert tp / pred >= 0.99 and tp / want >= 0.97
    assert status_ok / status_n >= 0.97
