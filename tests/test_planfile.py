"""Plan files: TOML and JSON, one schema; every problem named with file, path and what."""

from __future__ import annotations

import json
import tomllib
import unicodedata
from datetime import date
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planflow
from planflow import (
    Agency,
    DocumentInfo,
    DocumentRef,
    Hop,
    Kind,
    Plan,
    PlanFileError,
    Regime,
    ReportPeriod,
    Section,
    Signature,
    Task,
    Timeframe,
    dumps_plan,
    load_plan,
    plan_from_dict,
)

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
        "objectives, period, preamble, recipients, references, regime, requirements, sections, settings, " \
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


# -- one converter both ways: load(dump(p)) == p ------------------------------------------
_ALPHABET = "abcxyzĐđƯươôăâêíòýạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉọỏốồổỗộớờởỡợụủứừửữựỳỷỹ ABC0123456789-/&.,"
_text = st.text(_ALPHABET, max_size=24).map(lambda s: unicodedata.normalize("NFC", s))
_word = st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=10)
_ident = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=8).filter(
    lambda s: s.strip())
_day = st.dates(date(2022, 1, 1), date(2027, 12, 31))
_opt = lambda s: st.none() | s  # noqa: E731


@st.composite
def _timeframes(draw: st.DrawFn) -> Timeframe:
    """Every shape a task's timeframe takes: words (read or not), ISO, explicit dates."""
    choice = draw(st.integers(0, 5))
    if choice == 0:  # words the Vietnamese reader knows, or nobody reads, or impossible
        return Timeframe.coerce(draw(st.sampled_from([
            "Quý I năm 2023", "Cả năm", "Trước ngày 30/6", "Hằng quý", "Thường xuyên",
            "Khi có phát sinh", "Tháng 9/2023", "6 tháng đầu năm", "Quý V năm 2023",
            "when the moon is blue", "", "trước ngày 10 hằng tháng"])))
    if choice == 1:
        return Timeframe.deadline(draw(_day))
    a, b = sorted((draw(_day), draw(_day)))
    if choice == 2:
        return Timeframe.window(a, b, draw(_text))
    if choice == 3:  # a recurrence with its occurrences, dates given by hand
        occ = tuple(sorted({tuple(sorted((draw(_day), draw(_day))))
                            for _ in range(draw(st.integers(0, 3)))}))
        return Timeframe(text=draw(_text), kind=Kind.RECURRING, start=a, end=b, due=b,
                         recurrence=draw(st.sampled_from(["monthly", "quarterly", "yearly"])),
                         occurrences=occ, warnings=tuple(draw(st.lists(_text, max_size=2))))
    if choice == 4:
        return Timeframe(text=draw(_text), kind=Kind.EVENT, condition=draw(_text))
    return Timeframe(text=draw(_text), kind=Kind.CONTINUOUS, start=a, end=b,
                     open_ended=draw(st.booleans()))


_settings_values = st.recursive(
    st.booleans() | st.integers(-1000, 1000) | _text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_word, inner, max_size=3),
    max_leaves=6)


@st.composite
def _plans(draw: st.DrawFn) -> Plan:
    agency_ids = draw(st.lists(_ident, min_size=1, max_size=4, unique=True))
    agencies = [Agency(i, draw(_text.filter(lambda s: s.strip())) or i,
                       short_name=draw(_opt(_text)), parent=draw(_opt(st.sampled_from(agency_ids))),
                       contacts=draw(st.dictionaries(st.sampled_from(["email", "webhook", "outbox"]),
                                                     _word, max_size=2)))
                for i in agency_ids]
    task_ids = draw(st.lists(_ident, max_size=6, unique=True))
    tasks = [Task(t, draw(_text), lead=draw(st.lists(st.sampled_from(agency_ids), max_size=2)),
                  partners=draw(st.lists(st.sampled_from(agency_ids), max_size=2)),
                  timeframe=draw(_timeframes()),
                  depends_on=draw(st.lists(st.sampled_from(task_ids), max_size=2)),
                  duration_days=draw(_opt(st.integers(0, 90))),
                  duration_working_days=draw(_opt(st.integers(0, 60))),
                  content=draw(st.lists(_text, max_size=2)), output=draw(_opt(_text)))
             for t in task_ids]
    periods = []
    for n in range(draw(st.integers(0, 3))):
        a, b = sorted((draw(_day), draw(_day)))
        periods.append(ReportPeriod(f"Kỳ {n}", a, b, draw(_day),
                                    reporters=draw(st.lists(st.sampled_from(agency_ids), max_size=2)),
                                    recipient=draw(_opt(st.sampled_from(agency_ids))),
                                    key=draw(_opt(st.sampled_from(["2023-Q1", "2023-H1", "2023-Y"])))))
    regime = draw(st.none() | st.builds(
        Regime, cadence=st.just("explicit"), text=_text, periods=st.just(tuple(periods)),
        params=st.dictionaries(_word, st.integers(1, 28) | _word, max_size=2),
        recipient=_opt(st.sampled_from(agency_ids)), via=_opt(st.sampled_from(agency_ids)),
        reporters=st.lists(st.sampled_from(agency_ids), max_size=2).map(tuple),
        warnings=st.lists(_text, max_size=2).map(tuple),
        chain=st.lists(st.builds(Hop, st.sampled_from(agency_ids), st.sampled_from(agency_ids),
                                 st.integers(0, 10)), max_size=3).map(tuple),
        reporters_scope=st.sampled_from(planflow.REPORTERS_SCOPES)))
    refs = draw(st.lists(st.builds(DocumentRef, symbol=_text, kind=_opt(_text), date=_opt(_day),
                                   issuer=_opt(_text), title=_opt(_text),
                                   role=st.sampled_from(["basis", "implements", "cited"])),
                         max_size=2))
    year = draw(st.integers(2022, 2026))
    section = st.builds(Section, heading=_text, number=st.sampled_from(["", "I", "IV", "1", "a"]),
                        role=st.sampled_from(planflow.SECTION_ROLES),
                        paragraphs=st.lists(_text, max_size=2),
                        tasks=st.lists(st.sampled_from(task_ids), max_size=2) if task_ids
                        else st.just([]))
    sections = draw(st.lists(st.builds(
        Section, heading=_text, number=st.sampled_from(["", "I", "V"]),
        role=st.sampled_from(planflow.SECTION_ROLES), paragraphs=st.lists(_text, max_size=2),
        subsections=st.lists(section, max_size=2)), max_size=3))
    return planflow.bind(Plan(
        document=DocumentInfo(number=draw(_opt(_word)), symbol=draw(_opt(_text)), issuer=draw(_text),
                              place=draw(_opt(_text)), date=draw(_opt(_day)), title=draw(_text),
                              agency_names=draw(st.sampled_from(planflow.AGENCY_NAMES))),
        agencies=agencies, tasks=tasks, period=draw(st.sampled_from([year, f"{year}-03-01/{year + 1}-02-28"])),
        references=refs, preamble=draw(st.lists(_text, max_size=2)),
        objectives=draw(st.lists(_text, max_size=2)), requirements=draw(st.lists(_text, max_size=2)),
        implementation=draw(st.lists(_text, max_size=2)), sections=sections, regime=regime,
        recipients=draw(st.lists(_text, max_size=2)),
        signature=draw(st.none() | st.builds(Signature, name=_text, title=_text,
                                             authority=_opt(st.sampled_from(
                                                 ["KT.", "TM.", "TL.", "TUQ.", "Q."])),
                                             on_behalf_of=_opt(_text),
                                             outer_authority=_opt(st.sampled_from(["TM.", "TL."])),
                                             outer_on_behalf_of=_opt(_text))),
        calendar=draw(st.sampled_from(["weekdays", "vn"])),
        settings=draw(st.dictionaries(_word, st.dictionaries(_word, _settings_values, max_size=3),
                                      max_size=2))))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_plans())
def test_load_of_dump_is_the_same_plan(plan: Plan) -> None:
    """One converter both ways: TOML and JSON written then read give an equal plan."""
    assert plan_from_dict(planflow.unstructure_plan(plan)) == plan
    assert plan_from_dict(tomllib.loads(dumps_plan(plan, "toml"))) == plan
    assert plan_from_dict(json.loads(dumps_plan(plan, "json"))) == plan


def test_dump_keeps_chain_period_keys_and_recurrence() -> None:
    """What the hand-written writer dropped: the reporting chain, period keys, occurrences."""
    tf = Timeframe(text="Hằng quý (tự ghi)", kind=Kind.RECURRING, start=date(2023, 1, 1),
                   end=date(2023, 12, 31), due=date(2023, 12, 31), recurrence="quarterly",
                   occurrences=((date(2023, 1, 1), date(2023, 3, 31)),))
    plan = planflow.bind(Plan(
        document=DocumentInfo(symbol="1/KH", date=date(2023, 1, 2)), agencies=[Agency("a", "A")],
        tasks=[Task("t", "T", lead=["a"], timeframe=tf)],
        regime=Regime(periods=[ReportPeriod("Quý I", "2023-01-01", "2023-03-31", "2023-04-05",
                                            key="2023-Q1")],
                      chain=[Hop("a", "tinh", 3)])))
    data = tomllib.loads(dumps_plan(plan))
    assert data["regime"]["chain"] == [{"agency": "a", "to": "tinh", "lead_days": 3}]
    assert data["regime"]["periods"][0]["key"] == "2023-Q1"
    assert data["tasks"][0]["timeframe"]["occurrences"] == [["2023-01-01", "2023-03-31"]]
    assert plan_from_dict(data) == plan
    assert attrs.evolve(plan) == plan


def test_imported_plans_round_trip(shared_dir: Path) -> None:
    """An imported plan written to a plan file reads back equal (the seed and plans 01-14)."""
    files = sorted((shared_dir / "seeds").glob("*.txt"))
    files += sorted(p for p in (shared_dir / "corpus" / "plans").glob("*.md") if p.name[:2] < "15")
    assert files
    reg = planflow.default_registry()
    read = 0
    for path in files:
        try:
            plan = reg.importer_for(path).read(path).plan
        except PlanFileError:
            continue  # the importer's own tests say which files are plans it reads
        read += 1
        for fmt, parse in (("toml", tomllib.loads), ("json", json.loads)):
            again = plan_from_dict(parse(dumps_plan(plan, fmt)), f"{path.name} as {fmt}")
            assert again == plan, path.name
    assert read >= 10


_words = st.sampled_from(["", "a", "Quý I", "Quy\u0301 I", "Sở Y tế", "T1", " "])
_lists = st.one_of(st.none(), _words, st.lists(_words, max_size=3))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.fixed_dictionaries(
    {"id": st.sampled_from(["T1", "Nhiệm vụ 1", "Nhie\u0302\u0323m vụ 2", "x y"]),
     "title": _words},
    optional={"lead": _lists, "partners": _lists, "depends_on": _lists, "content": _lists,
              "output": st.one_of(st.none(), _words),
              "duration_days": st.one_of(st.none(), st.integers(0, 9)),
              "timeframe": st.sampled_from(["2023-03-31", "Quý I năm 2023", None])}),
    max_size=5))
def test_fast_task_path_builds_what_task_builds(raw: list[dict]) -> None:  # type: ignore[type-arg]
    """The loader's fast path writes Task slots directly: the same values, the same types."""
    from planflow.planfile import _fast_tasks

    fast = _fast_tasks(raw)
    slow = tuple(Task(**r) for r in raw)
    assert fast == slow
    for f, s in zip(fast, slow, strict=True):
        for a in attrs.fields(Task):
            assert type(getattr(f, a.name)) is type(getattr(s, a.name))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="/._aJ", max_size=12))
def test_the_plan_file_and_its_suffix_are_pathlibs(name):
    """load_plan finds a path's suffix and the file to open without importing pathlib:
    the same suffix as ``Path(name).suffix`` (lower case), and a path naming the same
    file as ``Path(name)``."""
    from planflow.planfile import _plan_file

    file, suffix = _plan_file(name)
    assert suffix == Path(name).suffix.lower()
    assert Path(file) == Path(name)
    if not name.endswith(("/", "/.")) and name not in ("", "."):
        assert file == name  # opened as the user wrote it


def test_a_plan_file_named_with_a_trailing_slash_is_read_as_pathlib_reads_it(tmp_path):
    """``plan.json/`` names the file plan.json for pathlib (and so for planflow, as
    before it read paths without pathlib); the system alone would refuse it."""
    f = tmp_path / "plan.json"
    f.write_text(json.dumps({"tasks": [{"id": "a", "title": "A", "timeframe": "2023-03-31"}],
                             "period": 2023}), encoding="utf-8")
    assert planflow.load(f"{f}/").tasks[0].id == "a"
    with pytest.raises(PlanFileError, match="ends in .toml or .json"):
        planflow.load(str(tmp_path / "plan.txt"))
