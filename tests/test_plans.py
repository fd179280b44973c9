"""Many plans in one store: registering plans and their revisions, removing them, and
ticking every registered plan (``planflow tick --all``), on both dialects."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

import planflow
from planflow import PlanRevision, Store, StoreError

ROOT = Path(__file__).resolve().parents[1]
AT = datetime(2023, 3, 1, 9)


def plan_dict(symbol: str, tasks: list[str], deadline: str = "2023-03-31",
              own_leads: bool = False) -> dict:
    """A plan whose tasks are led by "a", or each by its own unit (``own_leads``: one
    notice per task rather than one digest per unit)."""
    leads = {t: (f"u-{t}" if own_leads else "a") for t in tasks}
    units = [{"id": u, "name": f"Đơn vị {u}"} for u in sorted(set(leads.values()) - {"a"})]
    return {
        "document": {"symbol": symbol, "title": f"Kế hoạch {symbol}", "date": "2023-01-05"},
        "period": 2023,
        "calendar": "vn",
        "agencies": [{"id": "a", "name": "Phòng Tư pháp"}, {"id": "top", "name": "UBND huyện"},
                     *units],
        "tasks": [{"id": t, "title": f"Nhiệm vụ {t}", "lead": [leads[t]], "timeframe": deadline}
                  for t in tasks],
    }


def write(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def add(store: Store, path: Path, by: str = "chuyên viên", at: datetime = AT):
    from planflow.loader import plan_text

    plan = planflow.load(str(path))
    text, fmt = plan_text(str(path), plan)
    return store.add_plan(plan, text, fmt, at, source=str(path), by=by)


def test_add_list_history_and_remove(tmp_path, store_url):
    p1 = write(tmp_path / "p1.json", plan_dict("1/KH-UBND", ["t1", "t2"]))
    p2 = write(tmp_path / "p2.json", plan_dict("2/KH-UBND", ["u1"]))
    with Store.open(store_url) as store:
        first = add(store, p1)
        assert first.new and first.withdrawn == ()
        r = first.revision
        assert (r.key, r.revision, r.format, r.source, r.added_by, r.added_at) == (
            "1/KH-UBND@2023-01-05", 1, "json", str(p1), "chuyên viên", AT)
        assert r.content == p1.read_text(encoding="utf-8") and len(r.hash) == 64
        assert not add(store, p1).new  # the same text: nothing new
        add(store, p2)
        assert [x.key for x in store.plans()] == ["1/KH-UBND@2023-01-05", "2/KH-UBND@2023-01-05"]
        # the registered revision gives the plan back
        plan = planflow.load(store.plans()[0])
        assert list(plan.task_by_id) == ["t1", "t2"]
        # a changed file makes revision 2
        write(p1, plan_dict("1/KH-UBND", ["t1", "t2", "t3"]))
        second = add(store, p1, by="trưởng phòng", at=datetime(2023, 3, 2))
        assert second.new and second.revision.revision == 2
        hist = store.plan_history("1/KH-UBND@2023-01-05")
        assert [(h.revision, h.added_by) for h in hist] == [(1, "chuyên viên"), (2, "trưởng phòng")]
        assert hist[0].hash != hist[1].hash
        assert [x.revision for x in store.plans()] == [2, 1]
        # removing keeps the history; the plan is no longer run
        store.remove_plan("2/KH-UBND@2023-01-05", datetime(2023, 3, 3), "chánh văn phòng")
        assert [x.key for x in store.plans()] == ["1/KH-UBND@2023-01-05"]
        assert store.plan_history("2/KH-UBND@2023-01-05")[-1].removed_by == "chánh văn phòng"
        with pytest.raises(StoreError, match="no plan '2/KH-UBND@2023-01-05'"):
            store.remove_plan("2/KH-UBND@2023-01-05", AT)
        with pytest.raises(StoreError, match="no plan 'nope'"):
            store.plan_history("nope")
        # adding it again runs it again, as a new revision
        again = add(store, p2)
        assert again.new and again.revision.revision == 2 and len(store.plans()) == 2


def test_a_revision_withdraws_the_pending_notices_of_removed_tasks(tmp_path, store_url):
    # each task its own unit: one notice per task (a unit's items would share a digest,
    # which is withdrawn only once all its items are closed)
    path = write(tmp_path / "p.json", plan_dict("5/KH-UBND", ["t1", "t2", "t3"], own_leads=True))
    blocked = tmp_path / "blocked"
    blocked.write_text("not a folder")  # the outbox channel fails: notices stay pending
    chans = {"outbox": planflow.default_registry().channels()["outbox"]}
    os.environ["PLANFLOW_OUTBOX"] = str(blocked / "outbox")
    try:
        with Store.open(store_url) as store:
            add(store, path)
            store.record(planflow.load(str(path)), "t1", "progress", date(2023, 3, 1), "đang làm",
                         "u-t1")
            res = planflow.Engine().tick(planflow.load(store.plans()[0]), store, date(2023, 3, 24),
                                         chans)
            assert len(res.enqueued) == 3 and res.failed
            write(path, plan_dict("5/KH-UBND", ["t1", "t3"], own_leads=True))
            added = add(store, path)
            assert [k.split("|")[1] for k in added.withdrawn] == ["task:t2"]
            states = {r.subject: r.state for r in store.outbox("5/KH-UBND@2023-01-05")}
            assert states == {"t1": "pending", "t2": "withdrawn", "t3": "pending"}
            # records stay tied to the task ids
            assert [r.task for r in store.snapshot("5/KH-UBND@2023-01-05").records] == ["t1"]
            # removing the plan withdraws the rest
            assert len(store.remove_plan("5/KH-UBND@2023-01-05", AT)) == 2
            assert {r.state for r in store.outbox("5/KH-UBND@2023-01-05")} == {"withdrawn"}
    finally:
        del os.environ["PLANFLOW_OUTBOX"]


def test_plan_revision_is_public_api():
    assert planflow.PlanRevision is PlanRevision and "PlanAdded" in planflow.__all__


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planflow", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=180)


def test_cli_plans_and_tick_all(tmp_path, store_url):
    env = dict(os.environ, PLANFLOW_DB=store_url, PLANFLOW_LOAD_PLUGINS="vn,channels",
               PLANFLOW_OUTBOX=str(tmp_path / "ob"))
    paths = [write(tmp_path / f"p{i}.json", plan_dict(f"{i}/KH-UBND", [f"t{j}" for j in range(i)],
                                                        own_leads=True))
             for i in (1, 2, 3)]
    for p in paths:
        r = run("plans", "add", str(p), "--by", "văn thư", env=env)
        assert r.returncode == 0 and r.stdout.startswith("đã thêm: "), r.stderr  # a Vietnamese plan
    assert run("plans", "add", str(paths[0]), env=env).stdout.startswith("không thay đổi: ")
    assert run("plans", "add", str(paths[0]), "--lang", "en",
               env=env).stdout.startswith("unchanged: ")
    listed = json.loads(run("plans", "list", "--json", env=env).stdout)
    assert [(x["key"], x["revision"], x["added_by"]) for x in listed] == [
        (f"{i}/KH-UBND@2023-01-05", 1, "văn thư") for i in (1, 2, 3)]
    first = json.loads(run("tick", "--all", "--at", "2023-03-24", "--json", env=env).stdout)
    assert [(x["plan"], len(x["enqueued"]), len(x["delivered"])) for x in first["plans"]] == [
        (f"{i}/KH-UBND@2023-01-05", i, i) for i in (1, 2, 3)]
    again = run("tick", "--all", "--at", "2023-03-24", env=env)
    assert again.returncode == 0
    assert again.stdout.splitlines()[0] == ("1/KH-UBND@2023-01-05: 0 đã xếp hàng, 0 đã gửi, 0 lỗi, "
                                            "0 đã rút")
    again_en = run("tick", "--all", "--at", "2023-03-24", "--lang", "en", env=env)
    assert again_en.stdout.splitlines()[0] == ("1/KH-UBND@2023-01-05: 0 queued, 0 delivered, "
                                               "0 failed, 0 withdrawn")
    assert len(os.listdir(tmp_path / "ob" / "new")) == 6
    # a revision, its history, and removal
    write(paths[1], plan_dict("2/KH-UBND", ["t0"], own_leads=True))
    rev = run("plans", "add", str(paths[1]), env=env)
    assert rev.stdout.startswith("đã điều chỉnh: 2/KH-UBND@2023-01-05 lần 2"), rev.stdout
    hist = run("plans", "history", "2/KH-UBND@2023-01-05", env=env).stdout.splitlines()
    assert [h.split("\t")[0] for h in hist] == ["revision 1", "revision 2"]
    assert run("plans", "remove", "3/KH-UBND@2023-01-05", env=env).returncode == 0
    assert [x["key"] for x in json.loads(run("plans", "list", "--json", env=env).stdout)] == [
        "1/KH-UBND@2023-01-05", "2/KH-UBND@2023-01-05"]
    # user mistakes: one line, exit 2
    for args, message in [(("plans", "remove", "nope"), "no plan 'nope'"),
                          (("plans", "history", "nope"), "no plan 'nope'"),
                          (("plans", "add", "missing.json"), "no such file"),
                          (("tick",), "give PLAN or --all"),
                          # the plan named is Vietnamese: its error speaks Vietnamese
                          (("tick", str(paths[0]), "--all"), "cho PLAN hoặc --all")]:
        r = run(*args, env=env)
        assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr, (args, r.stderr)


def test_tick_all_from_several_processes_at_once(tmp_path, store_url):
    """Three `tick --all` processes over the same five plans: each notification is
    written and delivered once."""
    env = dict(os.environ, PLANFLOW_DB=store_url, PLANFLOW_LOAD_PLUGINS="vn,channels",
               PLANFLOW_OUTBOX=str(tmp_path / "ob"))
    for i in range(1, 6):
        p = write(tmp_path / f"p{i}.json", plan_dict(f"{i}/KH-UBND", [f"t{j}" for j in range(8)],
                                                          own_leads=True))
        assert run("plans", "add", str(p), env=env).returncode == 0
    procs = [subprocess.Popen([sys.executable, "-m", "planflow", "tick", "--all", "--at",
                               "2023-03-24", "--json"], env=env, cwd=ROOT, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(3)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [e for _, e in outs]
    delivered = [k for o, _ in outs for x in json.loads(o)["plans"] for k in x["delivered"]]
    assert len(delivered) == len(set(delivered)) == 40
    assert len(os.listdir(tmp_path / "ob" / "new")) == 40
    with Store.open(store_url) as store:
        rows = store.outbox()
    assert len(rows) == 40 and {r.state for r in rows} == {"delivered"}
