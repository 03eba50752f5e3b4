"""Reading an existing member list in (issue 16): `mailservice members import` of 2,000 rows with bad ones, as a
real command (start-up included), against a baseline in the same run: the same file read with the csv module and
every address checked with email-validator, which no import can skip.

    .venv/bin/python bench/imports.py

Aim: under 10 s for 2,000 rows. The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mailservice.addresses import normalise
from tests.test_import import members_file


def main() -> None:
    argparse.ArgumentParser(description=__doc__).parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        members_file(scratch / "leden.csv")
        started = time.perf_counter()
        with open(scratch / "leden.csv", encoding="utf-8-sig", newline="") as handle:
            valid = sum(1 for row in csv.reader(handle, delimiter=";") if normalise(row[0]))
        baseline = time.perf_counter() - started
        env = {k: v for k, v in os.environ.items() if not k.startswith("MAILSERVICE_")}
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "mailservice", "members", "import", "leden.csv", "--bron", "bench"],
            cwd=scratch, env=env, capture_output=True, text=True, timeout=600, check=True,
        )  # fmt: skip
        ours = time.perf_counter() - started
        imported = int(done.stdout.strip().splitlines()[-1].split()[0])
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    result = {
        "bench": "imports",
        "rows": 2000,
        "imported": imported,
        "valid_addresses": valid - 1,
        "import_s": round(ours, 2),
        "baseline_parse_and_validate_s": round(baseline, 3),
        "aim_s": 10,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
