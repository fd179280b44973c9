"""Loading a plan from what a user names: a plan file or ``path/to/script.py:attribute``."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from .errors import PlanFileError
from .plan import Plan
from .registry import Registry, bind
from .text import Worded

# the plan file converter (cattrs) loads when a plan file is read or written: a plan
# from a Python script needs neither it nor the store's records
if TYPE_CHECKING:
    from pathlib import Path

    from .records import PlanRevision

__all__ = ["load", "plan_text"]


def plan_text(spec: str | Path, plan: Plan | None = None) -> tuple[str, str]:
    """The plan file text of ``spec`` and its format (``"toml"`` or ``"json"``), as a
    store registers it: a plan file's own text; a script's plan (``plan``, else loaded)
    written as TOML."""
    from pathlib import Path

    s = str(spec)
    suffix = Path(s).suffix.lower()
    if suffix in (".toml", ".json"):
        try:
            return Path(s).read_bytes().decode("utf-8"), suffix[1:]
        except (OSError, UnicodeDecodeError) as e:
            raise PlanFileError(s, [("", f"cannot be read: {e}")]) from None
    from .planfile import dumps_plan

    return dumps_plan(plan if plan is not None else load(s), "toml"), "toml"


def load(spec: str | Path | PlanRevision, registry: Registry | None = None) -> Plan:
    """The plan named by ``spec``: ``plan.toml``, ``plan.json``, ``script.py:attribute``
    or a :class:`~planflow.PlanRevision` from a store, read in ``registry`` (the default
    one when None): its words resolved, ready to use.

    A script is run as a module (its ``if __name__ == "__main__"`` block is not), and the
    attribute must hold a :class:`Plan`.
    """
    records = sys.modules.get("planflow.records")  # no revision exists before it loads
    if records is not None and isinstance(spec, records.PlanRevision):
        from .planfile import loads_plan

        return loads_plan(spec.content, spec.format, f"{spec.key} (revision {spec.revision})",
                          registry)
    s = str(spec)
    path, sep, attr = s.rpartition(":")
    if sep and path.endswith(".py") and attr.isidentifier():
        return bind(_from_script(path, attr), registry)
    if s.endswith(".py"):
        return bind(_from_script(s, "plan"), registry)
    from .planfile import load_plan

    return load_plan(s, registry)


def _from_script(path: str, attr: str) -> Plan:
    import importlib.util  # (and os.path, not pathlib: a few milliseconds of the command)

    if not os.path.isfile(path):
        raise PlanFileError(path, [("", Worded.of("no such file", "no_file"))])
    name = f"_planflow_script_{abs(hash(os.path.realpath(path)))}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise PlanFileError(path, [("", "cannot be imported as a Python module")])
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except SyntaxError as e:
        raise PlanFileError(path, [(f"line {e.lineno}", f"syntax error: {e.msg}")]) from None
    except SystemExit as e:
        raise PlanFileError(path, [("", f"the script called sys.exit({e.code!r}) while "
                                        "loading")]) from None
    except Exception as e:  # noqa: BLE001 - the script's own failure, reported as its
        raise PlanFileError(path, [("", f"running the script raised {type(e).__name__}: "
                                        f"{' '.join(str(e).split())[:200]}")]) from None
    value = getattr(module, attr, None)
    if value is None:
        raise PlanFileError(path, [(attr, "the script defines no such attribute")])
    if not isinstance(value, Plan):
        raise PlanFileError(path, [(attr, f"is a {type(value).__name__}, not a planflow Plan")])
    return value
