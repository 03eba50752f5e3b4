"""``mailservice classify --learn MAP``: the classifier learns from the secretariat's labels (issue 17).

MAP is what ``mailservice inbox export-labels`` writes (each message as .eml and labels.json with the choice made
in the console's "Behandel als"). Each labelled message becomes an example of what the learned model reads
(rules.model_text), added to ``ingest.learned_examples``; the figures before and after say what it changed:

- how many of the new examples the model read rightly before it learned them (they were unseen);
- 5-fold cross-validated accuracy over all examples, before and after.

The service reads the examples when it starts, so it uses them after a restart.
"""

from __future__ import annotations

import json
import pathlib
from typing import Any

from mailservice.classify import learned
from mailservice.classify.rules import model_text
from mailservice.classify.themes import THEMES
from mailservice.cli.common import CommandError, load_settings, make_console


def _read_labels(folder: pathlib.Path) -> list[dict[str, Any]]:
    index = folder / "labels.json"
    if not index.is_file():
        raise CommandError(f"{index} bestaat niet: maak de map met 'mailservice inbox export-labels MAP'")
    try:
        rows = json.loads(index.read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:
        raise CommandError(f"{index} is geen leesbare lijst met labels ({type(exc).__name__})") from None
    if not isinstance(rows, list):
        raise CommandError(f"{index} is geen lijst met labels")
    return [r for r in rows if isinstance(r, dict)]


def examples_from(folder: pathlib.Path) -> tuple[list[learned.Example], list[str]]:
    """The examples in an exported folder, and a Dutch line for each label that could not be used."""
    found: list[learned.Example] = []
    skipped: list[str] = []
    for row in _read_labels(folder):
        name = str(row.get("file", ""))
        fields = row.get("fields")
        fields = fields if isinstance(fields, dict) else {}
        label = learned.label_of(str(row.get("kind", "")), fields.get("attending"))
        if label not in learned.LABELS:
            skipped.append(f"{name}: soort {row.get('kind')!r} leert het model niet")
            continue
        path = folder / pathlib.Path(name).name  # only files inside the folder
        try:
            raw = path.read_bytes()
        except OSError:
            skipped.append(f"{name}: bericht ontbreekt in de map")
            continue
        chosen = fields.get("themes") if label == "suggestion" else None  # the themes the person ticked
        themes = tuple(t for t in THEMES if isinstance(chosen, list | tuple) and t in chosen)
        found.append(learned.Example(model_text(raw), label, themes))
    return found, skipped


def _percent(value: float | None) -> str:
    return "niet te meten (te weinig voorbeelden)" if value is None else f"{value * 100:.1f} %".replace(".", ",")


def run_learn(folder: pathlib.Path) -> int:
    console = make_console()
    ingest = load_settings().ingest
    target = ingest.learned_examples
    try:
        known = learned.local_examples(target)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    new, skipped = examples_from(folder)
    seen = {(e.text, e.label) for e in learned.shipped_examples() + known}
    fresh = list(dict.fromkeys(e for e in new if (e.text, e.label) not in seen))
    for line in skipped:
        console.print(f"Overgeslagen: {line}.")
    if not fresh:
        console.print("Geen nieuwe voorbeelden: het model blijft zoals het was.")
        return 0
    before_examples = learned.shipped_examples() + known
    before = learned.model(target, ingest.model_cache)  # the service's own model: read back when it is kept
    if before is None:
        raise CommandError("het geleerde model is niet beschikbaar (scikit-learn ontbreekt)")
    guessed = before.read_many([e.text for e in fresh])
    right = sum(g.label == e.label for g, e in zip(guessed, fresh, strict=True))
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("a", encoding="utf-8") as out:
        out.write(learned.dump_examples(fresh))
    after_examples = before_examples + fresh
    console.print(
        f"{len(fresh)} nieuwe {'voorbeeld' if len(fresh) == 1 else 'voorbeelden'} toegevoegd aan {target} "
        f"({len(new) - len(fresh)} al bekend)."
    )
    console.print(f"Vooraf las het model {right} van de {len(fresh)} nieuwe voorbeelden goed.")
    # The "before" is usually kept from the last --learn; the "after" takes a minute or two on two cores.
    was = learned.cross_validated(before_examples, cache=ingest.model_cache)
    now = learned.cross_validated(after_examples, cache=ingest.model_cache)
    console.print(
        f"Kruisvalidatie (5 delen): vooraf {_percent(was)} van {len(before_examples)} voorbeelden, "
        f"nu {_percent(now)} van {len(after_examples)}."
    )
    console.print("De dienst gebruikt de nieuwe voorbeelden na een herstart.")
    return 0
