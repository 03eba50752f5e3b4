"""Where the mail templates are: the top-level ``templates/`` of a checkout, which the wheel ships as
``mailservice/templates`` (pyproject.toml maps the one onto the other), so both an installed package and a checkout
find them. Rendering reads them (outbound.render), and so does the classifier, to know our own words in a quote."""

from __future__ import annotations

from pathlib import Path


def _templates_dir() -> Path:
    package = Path(__file__).resolve().parent
    shipped = package / "templates"
    return shipped if shipped.is_dir() else package.parent / "templates"


TEMPLATES = _templates_dir()
