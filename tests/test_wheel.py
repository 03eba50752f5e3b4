"""The built wheel is complete: an installed (non-editable) mailservice renders every mail, migrates a new
database and starts its command line, with nothing borrowed from the checkout.

Every other test imports the package from the checkout (editable install, ``pythonpath = ["."]``), where the
templates are the top-level ``templates/`` folder. The wheel must ship them itself, as ``mailservice/templates``
(pyproject.toml maps the one onto the other), together with the Alembic migrations, which are data files to
setuptools. Only a real wheel in a separate environment shows whether they are there.

How the wheel is kept apart from the checkout:

* The source is copied to a temporary directory and built there (``python -m build --wheel``, isolated, so the
  build uses the ``[build-system]`` requirements): building in place would write ``build/`` and
  ``mailservice.egg-info`` into a working tree that others use at the same time.
* A fresh virtualenv (same interpreter, no pip) gets the wheel with ``pip --python <venv> install --no-deps``
  while that venv is still empty, so pip sees no other mailservice to upgrade or uninstall.
* Only then do the dependencies become visible: a ``.pth`` file in the fresh venv names the site-packages of the
  interpreter running the tests. A directory named in a ``.pth`` file is appended to ``sys.path`` but its own
  ``.pth`` files are NOT executed (only site directories get that), so ``__editable__.mailservice-*.pth`` there,
  which would install the finder that maps ``mailservice`` onto the checkout, never runs; and being appended,
  that directory comes after the venv's own site-packages. This costs seconds instead of a download of every
  dependency through a slow index.
* The children run with the checkout's variables removed (PYTHONPATH and the like), from a working directory
  outside the checkout, and Python with ``-I``; they report ``mailservice.__file__``, the template and migration
  directories and ``sys.path``, and the test checks that all of them point into the fresh venv.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.test_templates import COMMON, CONTEXTS, TRANSLATIONS

pytestmark = pytest.mark.slow

CHECKOUT = Path(__file__).resolve().parents[1]

# Top-level entries of the checkout that are not source: environments, build output, caches, runtime data.
_NOT_SOURCE = {
    ".git",
    ".venv",
    "venv",
    "build",
    "dist",
    "var",
    ".pytest_cache",
    ".hypothesis",
    ".mypy_cache",
    ".ruff_cache",
}

# Runs inside the fresh venv: renders every purpose found in the installed templates folder, migrates a new
# SQLite file, and prints what it found as JSON. Assertions stay in the test, where pytest can show them.
_CHILD = r"""
import json
import pickle
import sys
from pathlib import Path

import mailservice
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from mailservice import mail_templates
from mailservice.outbound import render
from mailservice.settings import DatabaseSettings
from mailservice.store import db

contexts_file, db_file = sys.argv[1:3]
common, contexts = pickle.loads(Path(contexts_file).read_bytes())

renderer = render.Renderer()
found = renderer.purposes()  # the Dutch pair of each purpose; translations ("welkom.en.txt.j2") apart
translations = renderer.translations()
rendered = {}
for purpose, language in [(p, "nl") for p in found] + translations:
    if purpose not in contexts:
        continue  # reported by the test, which compares the purposes found with the sample contexts
    mail = renderer.render(purpose, language=language, **common, **contexts[purpose])
    rendered[f"{purpose}.{language}"] = {"subject": mail.subject, "text": mail.text, "html": mail.html}

engine = db.make_engine(DatabaseSettings(url=f"sqlite:///{db_file}"))
db.migrate(engine)
with engine.connect() as conn:
    tables = sorted(inspect(conn).get_table_names())
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
engine.dispose()

print(json.dumps({
    "package": mailservice.__file__,
    "templates": str(mail_templates.TEMPLATES),
    "migrations": str(db.MIGRATIONS),
    "sys_path": sys.path,
    "meta_path": [repr(finder) for finder in sys.meta_path],  # the editable finder is a class: its repr names it
    "purposes": found,
    "translations": translations,
    "rendered": rendered,
    "tables": tables,
    "revision": revision,
    "head": ScriptDirectory(str(db.MIGRATIONS)).get_current_head(),
}))
"""


@dataclass(frozen=True)
class Installed:
    wheel: Path
    source: Path  # the copy the wheel was built from
    venv: Path
    python: Path
    work: Path  # working directory for the children, outside the checkout
    env: dict[str, str]


def _run(args: list[str | Path], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run a child; on failure the assertion shows its output, which is where the reason is."""
    proc = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=120, **kwargs)
    assert proc.returncode == 0, f"{args} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return proc


def _copy_source(dest: Path) -> None:
    def ignore(directory: str, names: list[str]) -> set[str]:
        skip = {n for n in names if n == "__pycache__" or n.endswith((".pyc", ".egg-info"))}
        if Path(directory) == CHECKOUT:
            skip |= _NOT_SOURCE & set(names)
        return skip

    shutil.copytree(CHECKOUT, dest, ignore=ignore, symlinks=True)


def _clean_env() -> dict[str, str]:
    """The test process's environment without what could point a child at the checkout or the test venv."""
    drop = {"PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONUSERBASE", "VIRTUAL_ENV", "PYTHONSAFEPATH"}
    return {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("MAILSERVICE_")}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("wheel")
    assert not root.resolve().is_relative_to(CHECKOUT), "the temporary directory must lie outside the checkout"
    source, dist, env_dir, work = root / "src", root / "dist", root / "venv", root / "work"
    work.mkdir()
    _copy_source(source)
    _run([sys.executable, "-m", "build", "--wheel", "--outdir", dist, source], cwd=root)
    (wheel,) = dist.glob("mailservice-*.whl")

    venv.EnvBuilder(with_pip=False, clear=True).create(env_dir)
    python = env_dir / "bin" / "python"
    env = _clean_env()
    # Installed while the venv has nothing else, so pip finds no mailservice to upgrade (see the module docstring).
    _run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "--quiet", wheel],
        cwd=work,
        env=env,
    )
    site_packages = Path(
        _run(
            [python, "-I", "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=work, env=env
        ).stdout.strip()
    )
    # The test interpreter's dependencies, appended after the venv's own site-packages. Its .pth files (the
    # editable install of mailservice among them) are not executed: only site directories get that.
    ours = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    (site_packages / "_test_dependencies.pth").write_text("".join(f"{path}\n" for path in ours))
    return Installed(wheel=wheel, source=source, venv=env_dir, python=python, work=work, env=env)


def test_the_wheel_holds_every_file_of_the_package_and_the_templates(installed: Installed) -> None:
    """Compared with the source it was built from, so a subpackage missing from the explicit list in
    pyproject.toml fails here as well as a template or a migration."""
    with zipfile.ZipFile(installed.wheel) as whl:
        shipped = {name for name in whl.namelist() if name.startswith("mailservice/")}
    package = installed.source / "mailservice"
    expected = {
        f"mailservice/{p.relative_to(package).as_posix()}"
        for p in package.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }
    templates = sorted((installed.source / "templates").glob("*.j2"))
    assert templates
    expected |= {f"mailservice/templates/{p.name}" for p in templates}
    assert sorted(expected - shipped) == []
    assert "mailservice/store/migrations/script.py.mako" in shipped
    assert any(name.startswith("mailservice/store/migrations/versions/") for name in shipped)


def test_the_installed_package_renders_every_mail_and_migrates(installed: Installed, tmp_path: Path) -> None:
    contexts = tmp_path / "contexts.pickle"
    contexts.write_bytes(pickle.dumps((COMMON, CONTEXTS)))
    script = installed.work / "child.py"
    script.write_text(_CHILD)
    proc = _run([installed.python, "-I", script, contexts, tmp_path / "m.db"], cwd=installed.work, env=installed.env)
    report = json.loads(proc.stdout)

    # Imported from the wheel in the fresh venv, never from the checkout.
    venv_dir = installed.venv.resolve()
    for key in ("package", "templates", "migrations"):
        path = Path(report[key]).resolve()
        assert path.is_relative_to(venv_dir), f"{key} comes from {path}, not from the fresh venv"
        assert not path.is_relative_to(CHECKOUT)
    assert Path(report["templates"]).resolve().parent == Path(report["package"]).resolve().parent
    assert str(CHECKOUT) not in report["sys_path"] and "" not in report["sys_path"]
    assert not any("__editable__" in finder for finder in report["meta_path"]), report["meta_path"]

    # Every purpose the wheel ships, and exactly those the checkout has (an empty folder must not pass).
    assert report["purposes"] == sorted(CONTEXTS)
    assert [tuple(t) for t in report["translations"]] == TRANSLATIONS  # issue 17: the English membership mails
    assert len(report["rendered"]) == len(CONTEXTS) + len(TRANSLATIONS)
    closing = {"nl": "Met vriendelijke groet", "en": "Kind regards"}
    for name, mail in report["rendered"].items():
        language = name.rpartition(".")[2]
        assert mail["subject"] and "\n" not in mail["subject"], name
        assert closing[language] in mail["text"], name
        assert f'<html lang="{language}">' in mail["html"], name
        assert "{{" not in mail["text"] + mail["html"], name

    assert report["head"] and report["revision"] == report["head"]
    assert {"members", "member_events", "confirmations", "inbound_messages", "outbound_messages"} <= set(
        report["tables"]
    )


def test_the_installed_command_line_starts(installed: Installed) -> None:
    command = installed.venv / "bin" / "mailservice"
    # pip wrote the launcher for the fresh venv's interpreter, which is what keeps the checkout out of it too.
    shebang = command.read_text().splitlines()[0].removeprefix("#!")
    assert Path(shebang).parent.resolve() == (installed.venv / "bin").resolve(), shebang
    proc = _run([command, "--help"], cwd=installed.work, env=installed.env)
    assert proc.stdout.startswith("Gebruik: mailservice")
