"""Hypothesis fuzzing of every parser with a fixed budget (derandomized, so every run
tries the same inputs): plan files (bytes as TOML and JSON, and JSON-like values through
the plan-file schema), timeframe words, and the text importer. The only exception
allowed out is a :class:`planflow.PlanflowError` (a user error, one line per problem);
anything else is a crash."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planflow
from planflow import TimeframeContext

from .malformed import BASE

#: long: a fixed budget of examples per parser (CI runs it; -m "not heavy" skips it locally)
pytestmark = pytest.mark.heavy

FUZZ = settings(max_examples=150, derandomize=True, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                    st.text(max_size=30), st.sampled_from(["2023-02-30", "Quý V năm 2023",
                                                           "2023-03-31", "a", "", "\x1b[2J"]))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)),
    max_leaves=20)
KEYS = ["document", "period", "calendar", "tasks", "agencies", "settings", "regime",
        "references", "signature", "recipients"]


def _mutate(data: dict, path: list[str], value: object) -> dict:
    out = json.loads(json.dumps(data))
    cur = out
    for p in path[:-1]:
        nxt = cur.get(p) if isinstance(cur, dict) else None
        if isinstance(nxt, list) and nxt:
            nxt = nxt[0]
        if not isinstance(nxt, dict):
            break
        cur = nxt
    else:
        cur[path[-1]] = value
    return out


def _user_error_only(fn, *args):
    try:
        return fn(*args)
    except planflow.PlanflowError as e:
        assert e.lines()  # the CLI folds each to one clean line
        return None


@FUZZ
@given(st.sampled_from(KEYS), values)
def test_plan_from_dict_top_level(key, value):
    plan = _user_error_only(planflow.plan_from_dict, _mutate(BASE, [key], value), "fuzz.json")
    if plan is not None:
        _user_error_only(planflow.validate, plan)


@FUZZ
@given(st.sampled_from([["tasks", "timeframe"], ["tasks", "lead"], ["tasks", "duration_days"],
                        ["tasks", "depends_on"], ["tasks", "partners"], ["tasks", "id"],
                        ["agencies", "contacts"], ["agencies", "id"], ["document", "date"],
                        ["settings", "engine"]]), values)
def test_plan_from_dict_nested(path, value):
    plan = _user_error_only(planflow.plan_from_dict, _mutate(BASE, path, value), "fuzz.json")
    if plan is not None:
        _user_error_only(planflow.validate, plan)


@FUZZ
@given(st.binary(max_size=300), st.sampled_from([".toml", ".json"]))
def test_plan_file_bytes(data, suffix):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"plan{suffix}"
        p.write_bytes(data)
        _user_error_only(planflow.load, str(p))


@FUZZ
@given(st.text(max_size=60))
def test_timeframe_words(text):
    ctx = TimeframeContext.for_year(2023)
    _user_error_only(planflow.resolve_timeframe, text, ctx,
                     planflow.default_registry().timeframe_parsers())


@FUZZ
@given(st.lists(st.sampled_from(["KẾ HOẠCH", "I. NHIỆM VỤ", "1. Tuyên truyền", "Quý I năm 2023",
                                 "Cơ quan chủ trì: Phòng Tư pháp", "- ", "II.", "Thời gian:",
                                 "\x00", "31/02/2023", "năm 99999"]) | st.text(max_size=20),
                max_size=12))
def test_text_importer(lines):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "plan.txt"
        p.write_text("\n".join(lines), encoding="utf-8")
        importer = planflow.default_registry().importer_for(str(p))
        _user_error_only(importer.read, p)
