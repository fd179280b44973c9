"""Plan files: TOML and JSON, one schema; every problem named with file, path and what."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import planflow
from planflow import Kind, Plan, PlanFileError, dumps_plan, load_plan, plan_from_dict

TOML = """\
period = 2023
calendar = "weekdays"
objectives = ["Keep children safe."]
recipients = ["Sở LĐTB&XH tỉnh", "Lưu: VT"]

[document]
kind = "KH"
number = "65"
symbol = "65/KH-UBND"
issuer = "Ủy ban nhân dân huyện Lý Sơn"
place = "Lý Sơn"
date = 2023-03-23
title = "Phòng, chống tội phạm xâm hại trẻ em - năm 2023"

[[references]]
symbol = "30/KH-LĐTĐ"
kind = "KH"
date = "2023-03-15"
role = "implements"

[[agencies]]
id = "ldtbxh"
name = "Phòng Lao động, Thương binh và Xã hội - Y tế"
short_name = "Phòng LĐTB&XH - YT"
contacts = { email = "ldtbxh@example.org" }

[[agencies]]
id = "phong-ban"
name = "Các phòng, ban, đơn vị liên quan"

[[tasks]]
id = "tham-muu"
title = "Công tác tham mưu, chỉ đạo, điều hành"
lead = ["ldtbxh"]
partners = ["phong-ban"]
timeframe = "2023-01-01/2023-03-31"
content = ["Tiếp tục tham mưu triển khai thực hiện có hiệu quả."]

[[tasks]]
id = "tuyen-truyen"
title = "Công tác tuyên truyền, giáo dục pháp luật"
lead = ["ldtbxh"]
timeframe = { text = "Đợt 1", start = "2023-04-01", end = "2023-06-30" }
depends_on = ["tham-muu"]
duration_days = 30

[regime]
cadence = "explicit"
recipient = "ldtbxh"
periods = [{ name = "Báo cáo 6 tháng", covers_start = "2023-01-01", covers_end = "2023-06-09", due = "2023-06-09" }]

[signature]
authority = "KT."
on_behalf_of = "CHỦ TỊCH"
title = "PHÓ CHỦ TỊCH"
name = "Lê Văn Ninh"
"""


@pytest.fixture
def toml_plan(tmp_path: Path) -> Path:
    p = tmp_path / "plan.toml"
    p.write_text(TOML, encoding="utf-8")
    return p


def test_toml_loads_into_values(toml_plan: Path) -> None:
    plan = load_plan(toml_plan)
    assert plan.document.symbol == "65/KH-UBND" and plan.document.date == date(2023, 3, 23)
    assert plan.period is not None and plan.period.end == date(2023, 12, 31)
    assert plan.agencies[0].contacts == {"email": "ldtbxh@example.org"}
    t0, t1 = plan.tasks
    assert t0.timeframe.kind is Kind.WINDOW and t0.timeframe.due == date(2023, 3, 31)
    assert t1.timeframe.text == "Đợt 1" and t1.timeframe.start == date(2023, 4, 1)
    assert t1.depends_on == ("tham-muu",) and t1.duration_days == 30
    assert plan.regime is not None and plan.regime.periods[0].due == date(2023, 6, 9)
    assert plan.signature is not None and plan.signature.authority == "KT."
    assert plan.references[0].role == "implements"


def test_json_and_toml_are_one_schema(toml_plan: Path, tmp_path: Path) -> None:
    plan = load_plan(toml_plan)
    j = tmp_path / "plan.json"
    j.write_text(dumps_plan(plan, "json"), encoding="utf-8")
    again = load_plan(j)
    assert again == plan
    t = tmp_path / "again.toml"
    t.write_text(dumps_plan(plan, "toml"), encoding="utf-8")
    assert load_plan(t) == plan
    assert planflow.load(t) == plan


def test_round_trip_keeps_words(tmp_path: Path) -> None:
    data = json.loads(dumps_plan(load_plan_from_text(TOML, tmp_path), "json"))
    assert data["tasks"][0]["timeframe"] == "2023-01-01/2023-03-31"
    assert data["tasks"][1]["timeframe"] == {"text": "Đợt 1", "kind": "window", "start": "2023-04-01",
                                             "end": "2023-06-30", "due": "2023-06-30"}


def load_plan_from_text(text: str, tmp_path: Path, suffix: str = ".toml") -> Plan:
    p = tmp_path / f"x{suffix}"
    p.write_text(text, encoding="utf-8")
    return load_plan(p)


def problems_of(text: str, tmp_path: Path, suffix: str = ".toml") -> list[str]:
    with pytest.raises(PlanFileError) as e:
        load_plan_from_text(text, tmp_path, suffix)
    return e.value.lines()


def test_every_problem_names_file_path_and_what(tmp_path: Path) -> None:
    bad = TOML.replace('id = "tham-muu"', 'id = "tham-muu"\nlead_agency = ["x"]') \
              .replace("duration_days = 30", 'duration_days = "30"') \
              .replace('name = "Lê Văn Ninh"', "") \
              .replace("period = 2023", 'period = 2023\ncolour = "red"') \
              .replace('kind = "KH"\nnumber', 'kind = "KH"\ntitel = "x"\nnumber')
    lines = problems_of(bad, tmp_path)
    f = str(tmp_path / "x.toml")
    assert f"{f}: colour: unknown field (allowed: agencies, calendar, document, implementation, " \
        "objectives, period, preamble, recipients, references, regime, requirements, settings, " \
        "signature, tasks)" in lines
    assert f"{f}: document: unknown field(s): titel" in lines
    assert f"{f}: tasks[0]: unknown field(s): lead_agency" in lines
    assert f"{f}: tasks[1].duration_days: expected a whole number, got '30'" in lines
    assert f"{f}: signature.name: required field missing" in lines
    assert len(lines) == 5


@pytest.mark.parametrize("change, expected", [
    (('timeframe = "2023-01-01/2023-03-31"', 'timeframe = "2023-02-30"'),
     "tasks[0].timeframe: '2023-02-30': no such date"),
    (('date = 2023-03-23', 'date = "23/3/2023"'), "document.date: '23/3/2023' is not a date (YYYY-MM-DD)"),
    (("period = 2023", 'period = "last year"'), "period: "),
    (('lead = ["ldtbxh"]\npartners', 'lead = [1]\npartners'), "tasks[0].lead: expected text in the list, got 1"),
    (('contacts = { email = "ldtbxh@example.org" }', "contacts = { email = 5 }"),
     "agencies[0].contacts: email: expected text, got 5"),
    (('timeframe = { text = "Đợt 1"', 'timeframe = { txt = "Đợt 1"'), "tasks[1].timeframe: unknown key(s) txt"),
    (('role = "implements"', 'role = "parent"'), "references[0]"),
])
def test_field_errors(tmp_path: Path, change: tuple[str, str], expected: str) -> None:
    assert change[0] in TOML
    lines = problems_of(TOML.replace(*change), tmp_path)
    assert any(expected in line for line in lines), lines
    assert all(line.startswith(str(tmp_path / "x.toml") + ": ") for line in lines)


@pytest.mark.parametrize("content, suffix, expected", [
    (b"period = 2023\n[document\n", ".toml", "not valid TOML"),
    (b'{"period": 2023,', ".json", "not valid JSON"),
    (b"\xff\xfe\x00", ".toml", "not UTF-8 text"),
    (b"[1, 2]", ".json", "holds a table (object) at the top level"),
    (b"tasks = []", ".toml", "needs a period or a document date"),
    (b"{}", ".yaml", "ends in .toml or .json"),
])
def test_file_level_errors(tmp_path: Path, content: bytes, suffix: str, expected: str) -> None:
    p = tmp_path / f"plan{suffix}"
    p.write_bytes(content)
    with pytest.raises(PlanFileError) as e:
        load_plan(p)
    (line,) = e.value.lines()
    assert line.startswith(f"{p}: ") and expected in line


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="no such file"):
        load_plan(tmp_path / "nope.toml")


def test_fast_path_equals_cattrs_path(tmp_path: Path) -> None:
    """The hand-written loop for big task lists gives what cattrs gives."""
    from planflow import planfile

    raw = [{"id": f"t{i}", "title": f"Nhiệm vụ {i}", "lead": ["a"], "timeframe": "2023-06-30",
            "depends_on": [f"t{i-1}"] if i else [], "duration_days": i % 4} for i in range(50)]
    fast = planfile._fast_tasks(raw)
    slow = tuple(planfile.converter.structure(raw, list[planflow.Task]))
    assert fast == slow
    # NFD text and a bad value still come through the same converters
    raw[3]["title"] = "Nhie\u0302\u0323m vu\u0323"
    assert plan_from_dict({"period": 2023, "tasks": raw}).tasks[3].title == "Nhiệm vụ"
    raw[4]["duration_days"] = -1
    with pytest.raises(PlanFileError, match=r"tasks\[4\].duration_days"):
        plan_from_dict({"period": 2023, "tasks": raw}, "mem")
