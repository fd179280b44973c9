"""The layering contract, checked on the source (AST), not by importing it.

(a) The core (src/planflow) imports no plugin package (a directory under plugins/).
(b) A plugin uses planflow only through its public API: ``import planflow`` or
    ``from planflow import NAME`` with NAME in ``planflow.__all__``; no ``planflow.x``
    submodule, no private name, no ``planflow.<name>`` attribute outside ``__all__``.
(c) The built-in plugins are independent of each other: none imports another; they
    reach each other's work (Vietnamese wording, reading reporting sentences) through
    planflow's hooks.

``lint-imports`` (the [tool.importlinter] contracts in pyproject.toml) checks the same
boundaries from the import graph; this test also catches what import-linter cannot
express (which names a plugin takes from the package).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import planflow

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "src" / "planflow"
PLUGINS = ROOT / "plugins"

PUBLIC = frozenset(planflow.__all__)


def _plugin_packages() -> list[str]:
    return sorted(p.name for p in PLUGINS.iterdir()
                  if p.is_dir() and not p.name.startswith((".", "_")) and p.name.isidentifier())


def _modules(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _imported_modules(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """(line, absolute module name) of every import, including importlib.import_module("x")."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                yield node.lineno, node.module
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
            if name in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                yield node.lineno, node.args[0].value


def test_there_are_modules_to_check():
    assert _modules(CORE)
    assert "planflow_vn" in _plugin_packages()
    assert _modules(PLUGINS)


@pytest.mark.parametrize("path", _modules(CORE), ids=_rel)
def test_core_imports_no_plugin(path):
    plugins = set(_plugin_packages())
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    bad = [f"{_rel(path)}:{line}: imports {mod}" for line, mod in _imported_modules(tree)
           if mod.split(".")[0] in plugins]
    assert not bad, "the core must not import plugins:\n" + "\n".join(bad)


@pytest.mark.parametrize("path", _modules(PLUGINS), ids=_rel)
def test_plugin_imports_no_other_plugin(path):
    plugins = set(_plugin_packages())
    own = path.relative_to(PLUGINS).parts[0]
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    bad = [f"{_rel(path)}:{line}: imports {mod}" for line, mod in _imported_modules(tree)
           if mod.split(".")[0] in plugins - {own}]
    assert not bad, "built-in plugins must not import each other (use hooks):\n" + "\n".join(bad)


def _violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    where = _rel(path)
    out: list[str] = []
    aliases: set[str] = set()  # local names bound to the planflow package
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "planflow":
                    aliases.add(alias.asname or "planflow")
                elif alias.name.startswith("planflow."):
                    out.append(f"{where}:{node.lineno}: import {alias.name} (a planflow submodule)")
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.startswith("planflow."):
                out.append(f"{where}:{node.lineno}: from {node.module} import ... "
                           "(a planflow submodule)")
            elif node.module == "planflow":
                for alias in node.names:
                    if alias.name not in PUBLIC:
                        out.append(f"{where}:{node.lineno}: from planflow import {alias.name} "
                                   "(not in planflow.__all__)")
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
            target = node.args[0].value
            if (name in ("import_module", "__import__") and isinstance(target, str)
                    and target.startswith("planflow.")):
                out.append(f"{where}:{node.lineno}: imports {target} dynamically (a planflow submodule)")
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and node.value.id in aliases and node.attr not in PUBLIC):
            out.append(f"{where}:{node.lineno}: {node.value.id}.{node.attr} "
                       "(not in planflow.__all__)")
    return out


@pytest.mark.parametrize("path", _modules(PLUGINS), ids=_rel)
def test_plugin_uses_only_the_public_api(path):
    bad = _violations(path)
    assert not bad, "plugins may use only planflow.__all__:\n" + "\n".join(bad)


@pytest.mark.parametrize(("source", "expected"), [
    ("import planflow\nplanflow.Plan\n", 0),
    ("from planflow import Plan, hookimpl\n", 0),
    ("import planflow as pf\npf.Timeframe\n", 0),
    ("from planflow.timeframe import parse_iso\n", 1),
    ("import planflow.plugins\n", 1),
    ("from planflow import _convert\n", 1),
    ("import planflow\nplanflow.plugins.pm\n", 1),
    ("import planflow as pf\npf._convert\n", 1),
    ("import importlib\nimportlib.import_module('planflow.cli')\n", 1),
    ("from . import rules\nimport planflow_vn.calendar\n", 0),
])
def test_the_checker_itself(tmp_path, source, expected):
    p = tmp_path / "mod.py"
    p.write_text(source, encoding="utf-8")
    assert len(_violations(p)) == expected, _violations(p)


def test_public_api_is_importable():
    for name in planflow.__all__:
        assert hasattr(planflow, name), name


# -- (c) no import cycle among the core's modules ------------------------------------------
def _core_cycles(exclude_type_checking: bool) -> list[list[str]]:
    import grimp
    import networkx as nx

    graph = grimp.build_graph("planflow", exclude_type_checking_imports=exclude_type_checking,
                              cache_dir=None)
    g = nx.DiGraph()
    for m in graph.modules:
        for dep in graph.find_modules_directly_imported_by(m):
            # the package __init__ re-exports everything: it sits above every module
            if m != "planflow" and dep != "planflow":
                g.add_edge(m, dep)
    return [sorted(c) for c in nx.simple_cycles(g)]


def test_no_import_cycle_among_core_modules():
    """Modules import each other in one direction only, lazy imports inside functions included.

    Imports under ``if TYPE_CHECKING:`` are left out: they exist only for annotations (a
    registry's methods name the Cadence and Wording protocols whose modules use the
    registry), never run, and cannot make an import order matter.
    """
    assert _core_cycles(exclude_type_checking=True) == []


def test_the_cycle_check_sees_cycles(tmp_path, monkeypatch):
    pkg = tmp_path / "cyc"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("def f():\n    from . import b\n")
    (pkg / "b.py").write_text("from . import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import grimp

    graph = grimp.build_graph("cyc", cache_dir=None)
    assert "cyc.b" in graph.find_modules_directly_imported_by("cyc.a")
    assert "cyc.a" in graph.find_modules_directly_imported_by("cyc.b")


def test_every_public_name_loads_lazily_and_only_public_names_do():
    """``planflow/__init__`` names each export twice (for type checkers and in the table
    names load from on first use): the two must be the public API, no more, no less."""
    assert set(planflow._LAZY) == set(planflow.__all__) - {"__version__"}
