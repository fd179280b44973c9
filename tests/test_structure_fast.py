"""Plan files and cadence parameters of the usual shape are read without cattrs
(planflow._structure): whatever the fast path makes must be what the converter makes,
and whatever it is unsure of it leaves to the converter (``Slow``), whose messages name
the path. A fresh ``planflow validate`` of the Lý Sơn plan never imports cattrs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import planflow
from planflow import cadence, planfile
from planflow._structure import Slow
from planflow.agency import Agency
from planflow.document import DocumentInfo, Signature
from planflow.regime import Regime

ROOT = Path(__file__).resolve().parent.parent

PLAN_TYPES: list[Any] = [DocumentInfo, list[Agency], Regime, Signature, tuple[str, ...],
                         planflow.Period | None]


def _outcome(make: Any) -> tuple[str, Any]:
    try:
        return "ok", make()
    except Slow:
        return "slow", None
    except Exception as e:  # noqa: BLE001 - compared with the converter's
        return "error", (type(e), str(e))


def _same_as_converter(fast: Any, slow: Any, value: Any, typ: Any) -> None:
    got = _outcome(lambda: fast(value, typ))
    if got[0] == "slow":
        return  # left to the converter: nothing to compare
    want = _outcome(lambda: slow(value, typ))
    assert got == want, (value, typ)


CASES: list[tuple[Any, Any]] = [
    ({"kind": "KH", "number": "65", "date": "2023-03-01", "title": "Kế hoạch"}, DocumentInfo),
    ({"kind": "KH", "date": "01/03/2023"}, DocumentInfo),          # a date the hook refuses
    ({"kind": "KH", "numbr": "65"}, DocumentInfo),                 # an unknown key
    ({"kind": 5}, DocumentInfo),                                    # not text
    ([{"id": "a", "name": "Sở A"}, {"id": "b", "name": "Sở B", "parent": "a"}], list[Agency]),
    ([{"id": "a"}], list[Agency]),                                  # a required key missing
    ([{"id": "a", "name": "Sở A", "contacts": {"email": "a@x.vn"}}], list[Agency]),
    ([{"id": "a", "name": "Sở A", "contacts": {"email": 3}}], list[Agency]),
    ({"id": "a", "name": "Sở A"}, list[Agency]),                    # a table, not a list
    ({"cadence": "quarterly", "recipient": "x", "params": {"day": 10}}, Regime),
    ({"cadence": "quarterly", "reporters": "x"}, Regime),           # text where a list goes
    (["a", "b"], tuple[str, ...]),
    ("ab", tuple[str, ...]),
    (2023, planflow.Period | None),
    ("2023", planflow.Period | None),
    (None, planflow.Period | None),
]


@pytest.mark.parametrize("value,typ", CASES)
def test_the_fast_path_makes_what_the_converter_makes(value, typ):
    _same_as_converter(planfile._FAST.structure, planfile.converter.structure, value, typ)


def test_the_usual_values_do_take_the_fast_path():
    """Not a path that is never taken: the usual document, agencies and regime are made
    without the converter."""
    for value, typ in (CASES[0], CASES[4], CASES[9]):
        assert _outcome(lambda v=value, t=typ: planfile._FAST.structure(v, t))[0] == "ok"
    params = {"reports": [{"months": 3, "day": "10/3"}], "before": True}
    ptype = _cumulative_params()
    assert cadence._FAST.structure(params, ptype) == cadence._converters()[0].structure(params, ptype)


def _cumulative_params() -> Any:
    return planflow.default_registry().cadence("cumulative").params_type


_leaf = st.one_of(st.none(), st.booleans(), st.integers(-3, 40), st.text(max_size=6),
                  st.sampled_from(["2023-03-01", "10/3", "KH", "monthly", "annual"]))
_values = st.recursive(_leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=3),
    st.dictionaries(st.sampled_from(["id", "name", "kind", "date", "day", "months",
                                     "before", "kinds", "reports", "parent", "x"]),
                    inner, max_size=4)), max_leaves=8)


@settings(max_examples=300, deadline=None)
@given(value=_values, typ=st.sampled_from(PLAN_TYPES))
def test_plan_values_fast_or_left_to_the_converter(value, typ):
    _same_as_converter(planfile._FAST.structure, planfile.converter.structure, value, typ)


@settings(max_examples=300, deadline=None)
@given(value=st.dictionaries(st.sampled_from(["reports", "before", "months", "day", "x"]),
                             _values, max_size=3))
def test_cadence_params_fast_or_left_to_the_converter(value):
    ptype = _cumulative_params()
    _same_as_converter(cadence._FAST.structure, cadence._converters()[0].structure, value, ptype)


def test_a_bad_plan_file_still_names_the_path(tmp_path):
    """The converter's messages are unchanged: the fast path leaves a bad table to it."""
    f = tmp_path / "p.json"
    f.write_text('{"document": {"kind": "KH", "date": "1/3/2023"}, '
                 '"agencies": [{"id": "a"}], "tasks": []}', encoding="utf-8")
    with pytest.raises(planflow.PlanFileError) as e:
        planflow.load(str(f))
    text = str(e.value)
    assert "document.date" in text and "agencies[0].name" in text, text


def test_validate_of_the_lyson_plan_never_imports_cattrs(tmp_path):
    toml = tmp_path / "lyson.toml"
    dump = subprocess.run([sys.executable, "-c",
                           "import sys; sys.path.insert(0, 'examples');"
                           "import planflow; from lyson_2023 import plan;"
                           "sys.stdout.write(planflow.dumps_plan(plan, 'toml'))"],
                          cwd=ROOT, capture_output=True, check=True)
    toml.write_bytes(dump.stdout)
    code = ("import sys, planflow\n"
            f"p = planflow.load({str(toml)!r})\n"
            "problems = planflow.validate(p)\n"
            "print(len(p.tasks), 'cattrs' in sys.modules, 'planflow.settings' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    # nor the typed engine settings: the plan sets none and names no contacts
    assert out.stdout.split() == ["3", "False", "False"], out
