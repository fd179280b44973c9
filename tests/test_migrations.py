"""Schema migrations (Alembic, src/planflow/migrations): an older store is upgraded only
on request, a newer one refused; upgrading gives the schema a new store gets."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

import planflow
from planflow import Store, StoreError
from planflow.store import REVISIONS, SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]
#: a store written by the release before migrations (schema version 1, no alembic_version):
#: a progress record and two pending reminders of plan 3/KH-UBND@2023-01-05
V1 = Path(__file__).with_name("data") / "store_v1.db"


def _schema(store: Store) -> dict:
    insp = sa.inspect(store.engine)
    out = {}
    for t in sorted(insp.get_table_names()):
        cols = sorted((c["name"], type(c["type"]).__name__, c["nullable"]) for c in insp.get_columns(t))
        idx = sorted((i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in insp.get_indexes(t))
        uq = sorted(tuple(u["column_names"]) for u in insp.get_unique_constraints(t))
        out[t] = (cols, idx, uq)
    return out


def _digest(path: Path) -> str:
    """The database's content (opening a file in WAL mode rewrites its header alone)."""
    con = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()


def test_the_alembic_head_is_this_releases_schema_version():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(planflow.store.MIGRATIONS))
    script = ScriptDirectory.from_config(cfg)
    assert script.get_current_head() == REVISIONS[SCHEMA_VERSION]
    assert [r.revision for r in reversed(list(script.walk_revisions()))] == list(REVISIONS.values())


def test_a_store_of_the_previous_release_is_upgraded_only_on_request(tmp_path):
    db = tmp_path / "old.db"
    shutil.copy(V1, db)
    before = _digest(db)
    with pytest.raises(StoreError, match=r"schema version 1, older than this planflow's \(3\).*"
                                         r"planflow db upgrade"):
        Store.open(str(db))
    assert _digest(db) == before  # refusing wrote nothing
    assert Store.upgrade(str(db)) == (1, 3)
    assert Store.upgrade(str(db)) == (3, 3)
    with Store.open(str(db)) as store:
        assert (store.version(), store.revision()) == (3, "0003")
        key = "3/KH-UBND@2023-01-05"
        assert [(r.task, r.kind, r.note) for r in store.snapshot(key).records] == [
            ("t1", "progress", "bắt đầu")]
        assert [(r.subject, r.state) for r in store.outbox(key)] == [
            ("t1", "pending"), ("t2", "pending")]
        assert store.plans() == []
        upgraded = _schema(store)
    with Store.open(str(tmp_path / "new.db")) as fresh:
        assert _schema(fresh) == upgraded


def test_upgrade_and_creation_agree_on_both_dialects(store_urls):
    """A v1 store (as the first release left it: no alembic_version) upgrades to the
    schema a new store is created with; an empty database is migrated from nothing."""
    old, empty, new = store_urls("old"), store_urls("empty"), store_urls("new")
    assert Store.upgrade(old, to=1) == (0, 1)
    with Store.open(old, check=False) as s:
        with s.transaction() as conn:
            conn.execute(sa.text("drop table alembic_version"))
        assert (s.version(), s.revision()) == (1, None)
    with pytest.raises(StoreError, match="older"):
        Store.open(old)
    assert Store.upgrade(old) == (1, SCHEMA_VERSION)
    assert Store.upgrade(empty) == (0, SCHEMA_VERSION)
    with Store.open(old) as a, Store.open(empty) as b, Store.open(new) as c:
        assert a.revision() == b.revision() == c.revision() == REVISIONS[SCHEMA_VERSION]
        assert _schema(a) == _schema(b) == _schema(c)
        assert "plans" in _schema(c)


def test_a_newer_store_is_refused_by_upgrade_too(tmp_path):
    db = str(tmp_path / "t.db")
    with Store.open(db) as s, s.transaction() as conn:
        conn.execute(sa.text("update schema_version set version = 99"))
    with pytest.raises(StoreError, match="newer than this planflow knows"):
        Store.upgrade(db)


def run(*args: str, db: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PLANFLOW_DB=str(db), PLANFLOW_LOAD_PLUGINS="vn,channels")
    return subprocess.run([sys.executable, "-m", "planflow", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


def test_cli_db_current_and_upgrade(tmp_path):
    db = tmp_path / "old.db"
    shutil.copy(V1, db)
    r = run("db", "current", db=db)
    assert r.returncode == 0 and "schema version 1 (revision none)" in r.stdout
    assert "run `planflow db upgrade`" in r.stdout
    refused = run("status", "examples/lyson_2023.py:plan", "--at", "2023-06-01", db=db)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert refused.stderr.count("\n") == 1 and "planflow db upgrade" in refused.stderr
    up = run("db", "upgrade", db=db)
    assert up.returncode == 0 and up.stdout == "upgraded the store from schema version 1 to 3\n"
    assert "nothing to do" in run("db", "upgrade", db=db).stdout
    assert "schema version 3 (revision 0003)" in run("db", "current", db=db).stdout
    assert run("status", "examples/lyson_2023.py:plan", "--at", "2023-06-01", db=db).returncode == 0


def test_records_written_after_the_upgrade(tmp_path):
    db = tmp_path / "old.db"
    shutil.copy(V1, db)
    Store.upgrade(str(db))
    with Store.open(str(db)) as s:
        with s.begin() as tx:
            tx.ticked("3/KH-UBND@2023-01-05", date(2023, 3, 25))
            assert tx.last_tick("3/KH-UBND@2023-01-05") == date(2023, 3, 25)


def test_workers_opening_a_new_store_at_once_create_it_once(store_url):
    """Several processes opening the same new store at once: one creates the schema, the
    others find it (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock)."""
    code = ("import sys, planflow; s = planflow.Store.open(sys.argv[1]); "
            "print(s.version()); s.close()")
    procs = [subprocess.Popen([sys.executable, "-c", code, store_url], text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(4)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [(p.returncode, o) for p, (o, _) in zip(procs, outs, strict=True)] == [
        (0, f"{SCHEMA_VERSION}\n")] * 4, [e for _, e in outs]


CASCADE = Path(__file__).with_name("data") / "cascade"


def test_a_store_of_schema_2_with_plans_is_linked_by_the_upgrade(store_urls):
    """A store of the previous release (schema version 2) running plans is refused until
    upgraded on request; the upgrade indexes each plan's symbol, date and references and
    links them as find_links does (a revision that cannot be read is left unlinked); a
    newer store is refused."""
    from datetime import datetime

    from planflow.loader import plan_text

    url = store_urls("v2")
    assert Store.upgrade(url, to=2) == (0, 2)
    specs = [*map(str, sorted(CASCADE.glob("*.toml"))), f"{ROOT / 'examples' / 'lyson_2023.py'}:plan"]
    loaded = {}
    with Store.open(url, check=False) as s, s.transaction() as conn:
        for i, spec in enumerate(specs):
            plan = planflow.load(spec)
            text, fmt = plan_text(spec, plan)
            key = planflow.plan_key(plan)
            loaded[key] = plan
            conn.execute(sa.text(
                "insert into plans (key, revision, format, content, hash, added_at) values "
                "(:k, 1, :f, :c, :h, :a)"), {"k": key, "f": fmt, "c": text, "h": str(i),
                                             "a": datetime(2024, 1, 2)})
        conn.execute(sa.text(
            "insert into plans (key, revision, format, content, hash, added_at) values "
            "('broken', 1, 'toml', 'not = [toml', 'x', :a)"), {"a": datetime(2024, 1, 2)})
    with pytest.raises(StoreError, match=r"schema version 2, older than this planflow's \(3\)"):
        Store.open(url)
    assert Store.upgrade(url) == (2, 3)
    expected = planflow.find_links(loaded)
    assert len(expected) >= 2
    with Store.open(url) as s:
        assert s.plan_links() == sorted(expected, key=lambda x: x.child)
        assert [p.key for p in s.plans()] == sorted([*loaded, "broken"])
        with s.transaction() as conn:
            conn.execute(sa.text("update schema_version set version = 4"))
    with pytest.raises(StoreError, match="newer than this planflow knows"):
        Store.open(url)
    with pytest.raises(StoreError, match="newer than this planflow knows"):
        Store.upgrade(url)
