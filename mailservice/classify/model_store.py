"""The trained learned model kept on disk between starts, so a process does not train it again (issue 17).

Training on the shipped examples takes half a minute on two cores and grows with every labelled set; reading the
trained model back takes a tenth of a second. The file is named for a key over everything the model is made of (the
examples, the code that trains it, the versions of Python and the libraries), so a changed input never meets an old
model: it simply trains anew and replaces the file.

The file is a pickle, which runs code when read. It is read only when this user owns it, nobody else may write it
and it is no symbolic link (the checks ``ssh`` makes of its keys); anything else, and any file that does not read
back, is passed over with a warning and the model is trained as before. A cache that cannot be written costs only
the time of training again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import platform
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

PREFIX = "leermodel-"
SUFFIX = ".pickle"
KEEP = 8


def key(parts: Iterable[bytes]) -> str:
    """The name of what the model is made of: ``parts`` and the versions of Python and the libraries that train it."""
    digest = hashlib.sha256()
    for part in (*_versions(), *parts):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()[:32]


def _versions() -> list[bytes]:
    from importlib.metadata import PackageNotFoundError, version

    found = [platform.python_implementation(), platform.python_version()]
    for name in ("scikit-learn", "scipy", "numpy"):
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            found.append(f"{name} -")
    return [v.encode() for v in found]


def path_for(directory: Path, name: str) -> Path:
    return directory / f"{PREFIX}{name}{SUFFIX}"


def load(directory: Path, name: str) -> object | None:
    """The object stored under ``name``; None when there is none, or it may not or cannot be read."""
    path = path_for(directory, name)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("opgeslagen leermodel %s niet te openen (%s); het model wordt opnieuw getraind", path, exc)
        return None
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o022:
            log.warning(
                "opgeslagen leermodel %s niet gelezen: het is niet van deze gebruiker of ook anderen mogen erin "
                "schrijven; het model wordt opnieuw getraind",
                path,
            )
            return None
        try:
            value: object = pickle.load(file)  # our own file, checked above
            return value
        except Exception as exc:  # a damaged or truncated file: train again
            log.warning("opgeslagen leermodel %s is onleesbaar (%s); het model wordt opnieuw getraind", path, exc)
            return None


def save(directory: Path, name: str, value: object) -> bool:
    """Store ``value`` under ``name``, written whole or not at all; False when it cannot."""
    try:
        _write_whole(path_for(directory, name), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError as exc:
        log.warning("leermodel niet opgeslagen in %s (%s); de volgende start traint het opnieuw", directory, exc)
        return False
    _prune(directory)
    return True


def _write_whole(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all, readable by this user only (0600 in a 0700 folder); raises OSError."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _prune(directory: Path) -> None:
    """Keep the newest KEEP models: instances and checkouts of one user share the folder, each with its own key."""
    try:
        models = sorted(directory.glob(f"{PREFIX}*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in models[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:  # another process pruned at the same moment
        pass


FIGURES = "kruisvalidatie.json"  # plain numbers, safe to read: a measurement by name (the newest KEEP_FIGURES)
KEEP_FIGURES = 20


def figure(directory: Path, name: str) -> float | None:
    """A measurement kept under ``name`` (None when there is none or the file does not read)."""
    try:
        found = json.loads((directory / FIGURES).read_text(encoding="utf-8")).get(name)
    except (OSError, ValueError, AttributeError):
        return None
    return float(found) if isinstance(found, int | float) else None


def keep_figure(directory: Path, name: str, value: float) -> None:
    """Keep a measurement under ``name``; a folder that cannot be written costs only measuring again."""
    path = directory / FIGURES
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
        known = known if isinstance(known, dict) else {}
    except (OSError, ValueError):
        known = {}
    known.pop(name, None)
    known[name] = value
    try:
        _write_whole(path, json.dumps(dict(list(known.items())[-KEEP_FIGURES:])).encode())
    except OSError as exc:
        log.warning("meting niet opgeslagen in %s (%s)", directory, exc)
