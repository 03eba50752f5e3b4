"""The package's shape, checked from its imports: no cycles, arrows that only point down, a pure core.

Read with ``ast`` from the source (nothing is imported or run), so every import counts: at module level, inside
functions, and under ``if TYPE_CHECKING:``. The layers are the README's pipeline, top (entry points) to bottom
(settings and the clock); a module may import its own package and any lower layer, never a higher one.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mailservice"

# Top to bottom. A name stands for that module or package and everything in it (the longest name wins).
LAYERS: tuple[tuple[str, ...], ...] = (
    ("mailservice.__main__",),  # `python -m mailservice`
    ("mailservice.cli",),  # the command line, for the secretariat and for cron
    ("mailservice.service",),  # `mailservice run`: the long-running service
    ("mailservice.web",),  # the pages members reach from their mail (issue 13), run by the service
    ("mailservice.app",),  # explicit wiring: settings in, the parts out
    ("mailservice.sources", "mailservice.jobs"),  # where mail comes in; timed work
    ("mailservice.inbox",),  # what a person does with a message the service left to them (issue 14)
    ("mailservice.ingest",),  # store raw -> classify -> act, one transaction per message
    ("mailservice.actions",),  # a Decision's consequences
    # The secretariat's casework (issue 16): the CLI, the console and the mail routes in actions call it.
    ("mailservice.imports",),  # the existing member list, read in with its provenance (issue 16)
    ("mailservice.casework",),
    # Planning, changing and cancelling an atelier with previews; announcements (issue 15).
    ("mailservice.ateliers.catalogue", "mailservice.announcements"),
    (  # the domain's database layer
        "mailservice.ateliers.steps",
        "mailservice.ateliers.seats",
        "mailservice.ateliers.substitutes",
        "mailservice.ateliers.audience",
        "mailservice.ateliers.suggestions",
        "mailservice.ateliers.facts",
        "mailservice.bouncelog",
        "mailservice.organisations",  # organisations, CBS's municipalities and the network's figures (issue 16)
    ),
    ("mailservice.accounts",),  # the console's accounts and sessions (issue 14), which write the audit log
    (  # what actions, jobs and pages share
        "mailservice.env",
        "mailservice.members",
        "mailservice.member_data",
        "mailservice.exports",
    ),
    ("mailservice.outbound",),  # outbox, rendering, composing, sending
    ("mailservice.audit",),  # the audit log's rows (issue 14): written by the domain, the sender and the console
    ("mailservice.store",),  # models, engine, migrations
    # The pure core: no database, network or sending code.
    ("mailservice.ateliers",),  # its package face and planning, ics, tally, waitlist (the tally reads themes)
    ("mailservice.classify",),  # raw bytes in, a Decision out
    ("mailservice.bounces", "mailservice.tokens"),  # bounce detection; confirmation references
    ("mailservice.organisations.cbs",),  # reading CBS's municipality files (issue 16)
    ("mailservice.organisations.names",),  # names as they are compared
    (
        "mailservice.settings",
        "mailservice.clock",
        "mailservice.backoff",
        "mailservice.addresses",
        "mailservice.text",
        "mailservice.mail_templates",
        "mailservice.labels",
        "mailservice.progress",
    ),
)

PURE = (
    "mailservice.classify",
    "mailservice.organisations.cbs",
    "mailservice.organisations.names",
    "mailservice.bounces",
    "mailservice.tokens",
    "mailservice.clock",
    "mailservice.backoff",
    "mailservice.addresses",
    "mailservice.text",
    "mailservice.mail_templates",
    "mailservice.progress",
)
PURE_ATELIERS = ("planning", "ics", "tally", "waitlist")
# What the pure core may never import: the database, the network, sending.
IO = (
    "sqlalchemy",
    "alembic",
    "psycopg",
    "imapclient",
    "aiosmtpd",
    "smtplib",
    "socket",
    "ssl",
    "http",
    "urllib.request",
    "asyncio",
    "subprocess",
    "mailservice.store",
    "mailservice.outbound",
    "mailservice.sources",
    "mailservice.ingest",
    "mailservice.actions",
)
# A source hands bytes to ingest and nothing else.
SOURCES_MAY_IMPORT = (
    "mailservice.sources",
    "mailservice.ingest",
    "mailservice.store",
    "mailservice.settings",
    "mailservice.clock",
    "mailservice.backoff",
)


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the imported name, resolved to a module of ours where it is one
    line: int
    type_checking: bool

    def __str__(self) -> str:
        where = f"{MODULES[self.source].relative_to(ROOT)}:{self.line}"
        return f"{where} imports {self.target}" + (" (under TYPE_CHECKING)" if self.type_checking else "")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


# The root package's face is empty (checked below): every module is reached by its own name.
MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if p != PACKAGE / "__init__.py"}


def _resolve(name: str) -> str:
    """``mailservice.a.b.c`` -> the longest prefix that is a module of ours (a name imported from a module)."""
    parts = name.split(".")
    while parts and ".".join(parts) not in MODULES:
        parts.pop()
    return ".".join(parts) if parts else name


def _under_type_checking(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return True
    return False


def imports_of(module: str) -> Iterator[Import]:
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        guarded = _under_type_checking(node, parents)
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, _resolve(alias.name), node.lineno, guarded)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from the current package upwards
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                stem = ".".join(base + ([node.module] if node.module else []))
            else:
                stem = node.module or ""
            for alias in node.names:
                full = f"{stem}.{alias.name}"
                yield Import(module, _resolve(full) if stem.startswith("mailservice") else stem, node.lineno, guarded)


ALL_IMPORTS = [imp for module in MODULES for imp in imports_of(module)]
OURS = [imp for imp in ALL_IMPORTS if imp.target in MODULES and imp.target != imp.source]


def layer_of(module: str) -> int:
    best, rank = -1, -1
    for i, names in enumerate(LAYERS):
        for name in names:
            if (module == name or module.startswith(name + ".")) and len(name) > best:
                best, rank = len(name), i
    return rank


def group_of(module: str) -> str:
    """The package a module belongs to (``mailservice.outbound``), or the module itself at the top level."""
    parts = module.split(".")
    return ".".join(parts[:2])


def test_every_module_has_a_layer() -> None:
    assert [m for m in MODULES if layer_of(m) < 0] == []
    assert ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8")).body == []


def test_no_import_cycles() -> None:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for imp in OURS:
        graph[imp.source].add(imp.target)
    cycles = _cycles(graph)
    assert cycles == [], "import cycles:\n" + "\n".join(" -> ".join([*c, c[0]]) for c in cycles)


def test_arrows_point_down() -> None:
    """An import goes to a lower layer, or to a module of its own package in its own layer (the cycle test
    above covers those). Nothing imports an entry point; the pure core imports nothing above it."""
    wrong = [
        str(imp)
        for imp in OURS
        if layer_of(imp.target) < layer_of(imp.source)
        or (layer_of(imp.target) == layer_of(imp.source) and group_of(imp.source) != group_of(imp.target))
    ]
    assert wrong == [], "imports that do not point down:\n" + "\n".join(sorted(set(wrong)))


def test_no_type_checking_imports_of_our_own_modules() -> None:
    """When two modules need each other's types, the shared thing belongs in a third, lower module."""
    assert [str(imp) for imp in OURS if imp.type_checking] == []


@pytest.mark.parametrize(
    "module",
    [m for m in MODULES if m.startswith(PURE) or m in {f"mailservice.ateliers.{n}" for n in PURE_ATELIERS}],
)
def test_the_pure_core_imports_no_database_network_or_sending_code(module: str) -> None:
    bad = [
        str(imp) for imp in imports_of(module) if any(imp.target == io or imp.target.startswith(f"{io}.") for io in IO)
    ]
    assert bad == []


def test_a_source_hands_bytes_to_ingest_and_nothing_else() -> None:
    bad = [
        str(imp)
        for imp in OURS
        if imp.source.startswith("mailservice.sources")
        and not any(imp.target == ok or imp.target.startswith(ok + ".") for ok in SOURCES_MAY_IMPORT)
    ]
    assert bad == []


def test_the_checks_see_a_cycle_and_an_upward_arrow() -> None:
    """The checks can fail: a planted cycle is found, and the layers order the pipeline as the README draws it."""
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []
    order = ["mailservice.cli.members", "mailservice.sources.imap", "mailservice.ingest", "mailservice.actions",
             "mailservice.outbound.sender", "mailservice.store.models", "mailservice.classify.rules",
             "mailservice.bounces.detect", "mailservice.settings"]  # fmt: skip
    assert [layer_of(m) for m in order] == sorted(layer_of(m) for m in order)
    assert len({layer_of(m) for m in order}) == len(order)


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), each as a sorted list."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1 or node in graph.get(node, ()):
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)
