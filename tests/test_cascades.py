"""Cascades across an office's portfolio: a province plan, the Lý Sơn district plan and
two commune plans (tests/data/cascade), each written with its own ids and names, linked
by their references, their agencies matched by name, checked across the tree and rolled
up into the district's report; through the API and the CLI (subprocesses), on both
dialects."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

import planflow
from planflow import Agency, DocumentInfo, Plan, Portfolio, Store

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "cascade"
PROVINCE = DATA / "province_30-KH-LDTD.toml"
AN_VINH = DATA / "commune_an-vinh.toml"
AN_HAI = DATA / "commune_an-hai.toml"
LYSON = f"{ROOT / 'examples' / 'lyson_2023.py'}:plan"

K_PROVINCE = "30/KH-LĐTĐ@2023-03-15"
K_DISTRICT = "65/KH-UBND@2023-03-23"
K_AN_VINH = "20/KH-UBND@2023-04-03"
K_AN_HAI = "18/KH-UBND@2023-04-05"
AT = datetime(2023, 7, 15, 9)


def register(store: Store, spec: str) -> None:
    from planflow.loader import plan_text

    plan = planflow.load(spec)
    text, fmt = plan_text(spec, plan)
    store.add_plan(plan, text, fmt, AT, source=spec, by="chuyên viên")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "planflow", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=300)


@pytest.fixture
def store(store_url):
    with Store.open(store_url) as s:
        # children first: the links appear when the parents are added later
        for spec in (str(AN_HAI), str(AN_VINH), LYSON, str(PROVINCE)):
            register(s, spec)
        yield s


def codes(problems):
    return sorted({p.code for p in problems})


# -- API ------------------------------------------------------------------------------------

def test_links_and_tree_from_the_store(store):
    pf = Portfolio.from_store(store)
    assert pf.problems == []
    assert pf.parents(K_DISTRICT) == [K_PROVINCE]
    assert sorted(pf.children(K_DISTRICT)) == [K_AN_HAI, K_AN_VINH]
    [root] = pf.tree()
    assert root.key == K_PROVINCE
    [district] = root.children
    assert district.key == K_DISTRICT
    assert [c.key for c in district.children] == [K_AN_HAI, K_AN_VINH]


def test_a_parent_added_later_is_linked_and_a_removed_one_unlinked(store_url):
    with Store.open(store_url) as s:
        register(s, str(AN_VINH))
        assert Portfolio.from_store(s).parents(K_AN_VINH) == []
        register(s, LYSON)
        assert Portfolio.from_store(s).parents(K_AN_VINH) == [K_DISTRICT]
        s.remove_plan(K_DISTRICT, AT)
        assert Portfolio.from_store(s).parents(K_AN_VINH) == []


def test_agencies_matched_by_name_with_a_warning_for_each_guess():
    district, an_vinh = planflow.load(LYSON), planflow.load(str(AN_VINH))
    m = planflow.match_agencies(an_vinh, district)
    assert m.to_parent == {"huyen": "ubnd-huyen", "phong-ld": "phong-ldtbxh-yt"}
    guesses = [p for p in m.problems if p.code == "cascade-agency-guess"]
    assert sorted(p.subjects for p in guesses) == [("huyen", "ubnd-huyen"),
                                                   ("phong-ld", "phong-ldtbxh-yt")]
    assert all(K_AN_VINH in p.message and K_DISTRICT in p.message for p in guesses)
    # the explicit mapping where names cannot decide: no warning for it
    m2 = planflow.match_agencies(planflow.load(str(AN_HAI)), district)
    assert ("phong-xh", "phong-ldtbxh-yt", "settings") in [(p.child, p.parent, p.how) for p in m2.pairs]
    assert not [p for p in m2.problems if "phong-xh" in p.subjects]


@pytest.mark.parametrize(("a", "b"), [
    ("Ủy ban nhân dân huyện Lý Sơn", "UBND huyện Lý Sơn"),
    ("Uỷ ban nhân dân huyện Lý Sơn", "UBND huyện"),
    ("Phòng Lao động, Thương binh và Xã hội", "Phòng LĐ-TB&XH huyện"),
    ("Phòng Lao động - Thương binh và Xã hội", "Phòng LĐTB&XH"),
    ("Phòng Văn hoá - Thông tin", "Phòng VH-TT huyện Lý Sơn"),
    ("Công an huyện", "Công an huyện Lý Sơn"),
    # bodies written by their initials alone
    ("Bảo hiểm xã hội huyện", "BHXH huyện"),
    ("Ban Chỉ huy Quân sự huyện Lý Sơn", "BCHQS huyện"),
    ("Công an huyện Lý Sơn", "CA huyện"),
    ("Liên đoàn Lao động huyện", "LĐLĐ huyện Lý Sơn"),
    ("Ngân hàng Chính sách xã hội huyện", "NHCSXH huyện"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "UBMTTQ huyện"),
])
def test_vietnamese_names_of_one_body_match(a, b):
    def plan(name: str, issuer: str) -> Plan:
        return planflow.bind(Plan(document=DocumentInfo(issuer=issuer, symbol="1/KH-UBND"),
                                  agencies=[Agency("x", name)], period=2023, calendar="vn"))

    child = plan(b, "Ủy ban nhân dân xã An Hải")
    child = planflow.bind(Plan(document=DocumentInfo(issuer="Ủy ban nhân dân xã An Hải",
                                                     parent_body="UBND huyện Lý Sơn"),
                               agencies=[Agency("x", b)], period=2023, calendar="vn"))
    parent = plan(a, "Ủy ban nhân dân huyện Lý Sơn")
    assert planflow.match_agencies(child, parent).to_parent == {"x": "x"}


def test_commune_bodies_of_two_communes_do_not_match():
    def plan(issuer: str) -> Plan:
        return planflow.bind(Plan(document=DocumentInfo(issuer=issuer),
                                  agencies=[Agency("ca", "Công an xã"), Agency("vp", "Văn phòng")],
                                  period=2023, calendar="vn"))

    m = planflow.match_agencies(plan("Ủy ban nhân dân xã An Hải"), plan("Ủy ban nhân dân xã An Vĩnh"))
    assert m.to_parent == {"vp": "vp"}  # "Công an xã" of An Hải is not An Vĩnh's


def test_checks_find_the_planted_contradictions_and_the_gap(store):
    pf = Portfolio.from_store(store)
    an_hai = pf.check(K_AN_HAI)
    assert codes([p for p in an_hai if p.severity is planflow.Severity.ERROR]) == [
        "cascade-lead-time", "cascade-task-deadline"]
    [late] = [p for p in an_hai if p.code == "cascade-task-deadline"]
    for needle in (K_AN_HAI, K_DISTRICT, "tham-muu-xa", "'tham-muu'", "2023-04-27", "2023-03-31"):
        assert needle in late.message
    lead = [p for p in an_hai if p.code == "cascade-lead-time"]
    assert any("2023-06-09" in p.message and "2023-06-07" in p.message and K_DISTRICT in p.message
               for p in lead)
    # An Vĩnh keeps both its deadlines and its reporting days
    assert not [p for p in pf.check(K_AN_VINH) if p.severity is planflow.Severity.ERROR]
    province = pf.check(K_PROVINCE)
    [gap] = [p for p in province if p.code == "cascade-uncovered"]
    for needle in (K_PROVINCE, K_DISTRICT, "kiem-tra", "2023-09-29", "2023-03-23", "UBND huyện Lý Sơn"):
        assert needle in gap.message
    # the tasks the district does carry out are covered
    assert not [p for p in province if p.code == "cascade-uncovered" and "tuyen-truyen" in p.subjects]


def test_mapping_settings_are_validated(tmp_path):
    text = AN_HAI.read_text(encoding="utf-8").replace(
        'agencies = { phong-xh = "phong-ldtbxh-yt" }', 'agencies = { phong-khac = "x", vh-xh = 3 }')
    bad = tmp_path / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    problems = planflow.validate(planflow.load(str(bad)))
    wheres = {p.where for p in problems if p.code == "invalid-settings"}
    assert wheres == {"settings.cascade.agencies.phong-khac", "settings.cascade.agencies.vh-xh"}
    # a mapping to an agency the parent does not have is an error across the link
    text = AN_HAI.read_text(encoding="utf-8").replace('"phong-ldtbxh-yt"', '"phong-khong-co"')
    bad.write_text(text, encoding="utf-8")
    problems = planflow.check_link(planflow.load(str(bad)), planflow.load(LYSON))
    [wrong] = [p for p in problems if p.code == "cascade-mapping"]
    assert "phong-khong-co" in wrong.message and K_DISTRICT in wrong.message


def test_rollup_in_the_district_report(store):
    an_vinh = planflow.load(str(AN_VINH))
    store.record(an_vinh, "ra-soat", "done", date(2023, 6, 20))
    pf = Portfolio.from_store(store)
    rollup = pf.rollup(K_DISTRICT, store, date(2023, 7, 15))
    by_key = {s.key: s for s in rollup}
    assert set(by_key) == {K_AN_HAI, K_AN_VINH}
    assert by_key[K_AN_VINH].tasks == {"in_progress": 1, "done_on_time": 1}
    assert [o.id for o in by_key[K_AN_HAI].overdue if o.kind == "task"] == ["tham-muu-xa"]
    district = pf.plans[K_DISTRICT]
    state = planflow.evaluate(district, store.snapshot(district), date(2023, 7, 15))
    md = planflow.default_registry().renderer("md", "report").render(
        district, planflow.RenderContext(what="report", at=date(2023, 7, 15), state=state,
                                         rollup=tuple(rollup))).decode("utf-8")
    assert "Tình hình thực hiện của cấp dưới" in md
    assert "18/KH-UBND ngày 05/4/2023" in md and "Uỷ ban nhân dân xã An Vĩnh" in md
    assert "Tham mưu triển khai Kế hoạch của huyện trên địa bàn xã (hạn 27/4/2023)" in md
    plain = planflow.default_registry().renderer("md", "report").render(
        district, planflow.RenderContext(what="report", at=date(2023, 7, 15), state=state))
    assert "cấp dưới" not in plain.decode("utf-8")


# -- CLI -----------------------------------------------------------------------------------

def test_cli_tree_validate_and_rolled_up_report(tmp_path, store_url):
    db = store_url
    for spec in (str(AN_HAI), str(AN_VINH), LYSON, str(PROVINCE)):
        r = run("plans", "add", spec, "--db", db)
        assert r.returncode == 0, r.stderr
    # the province's plan is Vietnamese: so are the lines
    assert f"liên kết: {K_DISTRICT} thực hiện {K_PROVINCE}" in r.stdout
    r = run("plans", "tree", "--db", db, "--at", "15/7/2023", "--lang", "vi")
    assert "nhiệm vụ: 2 đang thực hiện trong hạn, 1 quá hạn; báo cáo: " in r.stdout
    r = run("plans", "tree", "--db", db, "--at", "2023-07-15")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith(K_PROVINCE)
    assert any(line.startswith(f"└── {K_DISTRICT}") for line in lines)
    assert any(f"├── {K_AN_HAI}" in line for line in lines)
    assert any(f"└── {K_AN_VINH}" in line for line in lines)
    r = run("plans", "tree", "--db", db, "--at", "2023-07-15", "--json")
    tree = json.loads(r.stdout)
    [root] = tree["plans"]
    assert root["key"] == K_PROVINCE
    [district] = root["children"]
    assert [c["key"] for c in district["children"]] == [K_AN_HAI, K_AN_VINH]
    assert district["children"][0]["tasks"] == {"in_progress": 1, "overdue": 1}

    r = run("validate", str(AN_HAI), "--db", db, "--lang", "en")
    assert r.returncode == 2
    assert "cascade" not in r.stdout
    assert "is due 2023-04-27, after 65/KH-UBND@2023-03-23's task 'tham-muu'" in r.stderr
    r = run("validate", K_PROVINCE, "--db", db, "--json")
    assert r.returncode == 0, r.stderr
    assert "cascade-uncovered" in {p["code"] for p in json.loads(r.stdout)}
    r = run("validate", str(AN_VINH))  # no store: the plan alone
    assert r.returncode == 0 and "cảnh báo:" not in r.stdout

    out = tmp_path / "report.md"
    r = run("render", LYSON, "--format", "md", "--what", "report", "--at", "2023-07-15",
            "--db", db, "--rollup", "-o", str(out))
    assert r.returncode == 0, r.stderr
    md = out.read_text(encoding="utf-8")
    assert "Tình hình thực hiện của cấp dưới" in md and "Ủy ban nhân dân xã An Hải" in md


def test_validate_parent_matches_agencies_by_name():
    """--parent with two plan files written by different offices (their own ids)."""
    r = run("validate", str(AN_HAI), "--parent", LYSON, "--lang", "en")
    assert r.returncode == 2
    assert "is due 2023-04-27, after 65/KH-UBND@2023-03-23's task 'tham-muu'" in r.stderr
    assert "Công chức VH-XH needs 2 working days" in r.stderr
    assert "cascade-unmatched" not in r.stdout and "does not ask for" not in r.stdout
    r = run("validate", str(AN_VINH), "--parent", LYSON, "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert "taken for 65/KH-UBND@2023-03-23's 'phong-ldtbxh-yt'" in r.stdout
    # in the plans' language (Vietnamese), dates dd/mm/yyyy
    r = run("validate", str(AN_HAI), "--parent", LYSON)
    assert ("lỗi: tasks.tham-muu-xa: nhiệm vụ 'tham-muu-xa' (Tham mưu triển khai Kế hoạch của "
            "huyện trên địa bàn xã) của 18/KH-UBND@2023-04-05 có thời hạn 27/04/2023, sau thời "
            "hạn 31/03/2023 của nhiệm vụ 'tham-muu'") in r.stderr
    assert "Công chức VH-XH cần 2 ngày làm việc" in r.stderr
    r = run("validate", str(AN_VINH), "--parent", LYSON)
    assert ("cảnh báo: settings.cascade.agencies: cơ quan 'phong-ld' (Phòng LĐTB&XH - YT huyện) "
            "của 20/KH-UBND@2023-04-03 được ghép với cơ quan 'phong-ldtbxh-yt'") in r.stdout


# -- the links a store keeps (schema version 3) -----------------------------------------

def test_the_store_keeps_the_links_right_through_adds_revisions_and_removals(store):
    """After every change the links the store keeps equal find_links over the plans it
    runs (a parent added later links at once; a revision that drops a reference or
    changes a symbol drops its links; a removal drops them; adding it back restores
    them), and links_of gives a changed plan's links before it is registered."""
    from planflow.loader import plan_text
    from planflow.records import plan_identity

    def expected() -> list:
        plans = {r.key: planflow.load(r) for r in store.plans()}
        return planflow.find_links(plans)

    def check() -> None:
        assert store.plan_links() == expected()
        for key in (K_PROVINCE, K_DISTRICT, K_AN_VINH):
            assert store.plan_links(key) == [x for x in expected() if key in (x.child, x.parent)]

    check()
    assert {(x.child, x.parent) for x in store.plan_links()} == {
        (K_DISTRICT, K_PROVINCE), (K_AN_VINH, K_DISTRICT), (K_AN_HAI, K_DISTRICT)}
    district = planflow.load(LYSON)
    # a revision of the district without its references: no longer the province's child
    import attrs

    alone = attrs.evolve(district, references=())
    assert store.links_of(K_DISTRICT, plan_identity(alone)) == [
        x for x in store.plan_links(K_DISTRICT) if x.parent == K_DISTRICT]
    text, fmt = plan_text(LYSON, alone)
    store.add_plan(alone, text, fmt, AT)
    check()
    assert not [x for x in store.plan_links() if x.child == K_DISTRICT]
    text, fmt = plan_text(LYSON, district)
    store.add_plan(district, text, fmt, AT)  # back: linked again at once
    check()
    store.remove_plan(K_PROVINCE, AT)
    check()
    assert not store.plan_links(K_PROVINCE)
    register(store, str(PROVINCE))
    check()
    assert (K_DISTRICT, K_PROVINCE) in {(x.child, x.parent) for x in store.plan_links()}
    # a registered plan validated against the store: only it and its neighbours loaded
    pf = Portfolio.around(store, K_DISTRICT)
    assert sorted(pf.plans) == sorted([K_PROVINCE, K_DISTRICT, K_AN_VINH, K_AN_HAI])
    full = Portfolio.from_store(store)
    assert pf.check(K_DISTRICT) == full.check(K_DISTRICT)
    assert Portfolio.around(store, K_AN_HAI).plans.keys() == {K_AN_HAI, K_DISTRICT}
