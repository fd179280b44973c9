"""The store: a real SQLite file; schema version, records, submissions, bad input."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

import planflow
from planflow import Agency, Regime, ReportPeriod, Store, StoreError, Task

from .conftest import make_plan


@pytest.fixture
def plan():
    return make_plan(
        [Task("t1", "one", lead=["a"], timeframe="2023-03-31"),
         Task("t2", "two", lead=["b"], timeframe="2023-06-30")],
        [Agency("a", "A"), Agency("b", "B"), Agency("top", "Top")],
        regime=Regime(periods=[ReportPeriod("Q1", "2023-01-01", "2023-03-31", "2023-04-10",
                                            reporters=["a"])], recipient="top"))


@pytest.fixture
def store(store_url):
    """An empty store on each dialect (a SQLite file; a PostgreSQL database)."""
    s = Store.open(store_url)
    yield s
    s.close()


def _dump(store):
    with store.engine.connect() as con:
        return [list(con.execute(sa.text(f"select * from {t} order by 1")))
                for t in ("progress", "submissions", "outbox", "ticks", "schema_version")]


def test_created_on_first_use_in_wal_with_its_version(tmp_path):
    store = Store.open(str(tmp_path / "sub" / "t.db"))
    path = tmp_path / "sub" / "t.db"
    assert path.is_file()
    from planflow.store import SCHEMA_VERSION

    assert store.version() == SCHEMA_VERSION == 3
    con = sqlite3.connect(path)
    assert con.execute("pragma journal_mode").fetchone()[0] == "wal"
    con.close()
    store.close()


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "t.db"
    Store.open(str(path)).close()
    con = sqlite3.connect(path)
    con.execute("update schema_version set version = 99")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Store.open(str(path))


def test_records_and_submissions_round_trip(store, plan):
    store.record(plan, "t1", "progress", date(2023, 2, 1), "started", "a")
    store.record(plan, "t1", "done", date(2023, 3, 30), None, "a")
    store.submit(plan, "a", "Q1", date(2023, 4, 9), "5/BC-A")
    snap = store.snapshot(plan)
    assert [(r.task, r.kind, r.on, r.note) for r in snap.records] == [
        ("t1", "progress", date(2023, 2, 1), "started"), ("t1", "done", date(2023, 3, 30), None)]
    assert [(s.agency, s.period, s.received_on, s.reference) for s in snap.submissions] == [
        ("a", "Q1", date(2023, 4, 9), "5/BC-A")]
    ev = planflow.evaluate(plan, snap, date(2023, 4, 20))
    assert ev.task("t1").status is planflow.Status.DONE_ON_TIME
    assert ev.obligation("a", "Q1").status is planflow.Status.DONE_ON_TIME


@pytest.mark.parametrize(("call", "message"), [
    (lambda s, p: s.record(p, "nope", "done", date(2023, 1, 1)), "no task 'nope'"),
    (lambda s, p: s.record(p, "t1", "done", date(2023, 1, 1), by="nobody"), "no agency 'nobody'"),
    (lambda s, p: s.record(p, "t1", "progress", date(2023, 1, 1), "  "), "needs a note"),
    (lambda s, p: s.submit(p, "nobody", "Q1", date(2023, 1, 1)), "no agency 'nobody'"),
    (lambda s, p: s.submit(p, "a", "Q9", date(2023, 1, 1)), "no report period 'Q9'"),
    (lambda s, p: s.submit(p, "b", "Q1", date(2023, 1, 1)), "b owes no report"),
])
def test_bad_input_is_refused_and_writes_nothing(store, plan, call, message):
    store.submit(plan, "a", "Q1", date(2023, 4, 1))
    before = _dump(store)
    with pytest.raises(StoreError, match=message):
        call(store, plan)
    assert _dump(store) == before


def test_a_second_submission_is_refused(store, plan):
    store.submit(plan, "a", "Q1", date(2023, 4, 1))
    before = _dump(store)
    with pytest.raises(StoreError, match="already recorded"):
        store.submit(plan, "a", "Q1", date(2023, 4, 2))
    assert _dump(store) == before


def test_url_and_env_default(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'u.db'}"
    Store.open(url).close()
    assert (tmp_path / "u.db").is_file()
    monkeypatch.setenv("PLANFLOW_DB", str(tmp_path / "env.db"))
    Store.open().close()
    assert (tmp_path / "env.db").is_file()
    with pytest.raises(StoreError):
        Store.open("nosuchdialect://x")


def test_schema_is_dialect_neutral():
    """The DDL compiles for PostgreSQL as it stands (no SQLite-only types or SQL)."""
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateTable

    from planflow.store import metadata

    for table in metadata.sorted_tables:
        ddl = str(CreateTable(table).compile(dialect=postgresql.dialect()))
        assert "CREATE TABLE" in ddl
    assert isinstance(metadata.tables["outbox"].c.key.type, sa.String)


def test_a_file_that_is_not_a_store_is_a_user_error(tmp_path):  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage, not SQLite\n" * 10)
    with pytest.raises(planflow.StoreError, match="file is not a database"):
        planflow.Store.open(str(bad))
    r = subprocess.run([sys.executable, "-m", "planflow", "status", "examples/lyson_2023.py:plan",
                        "--at", "2023-06-01", "--db", str(bad)], capture_output=True, text=True,
                       cwd=Path(__file__).resolve().parents[1], timeout=120)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "file is not a database" in r.stderr
    assert bad.read_bytes() == b"garbage, not SQLite\n" * 10


# -- the outbox protocol ------------------------------------------------------------

def _notes(plan, day=date(2023, 3, 24)):
    eng = planflow.Engine()
    ev = eng.evaluate(plan, planflow.Snapshot.empty(), day)
    notes = eng.notifications(plan, ev, ev.events, ["outbox"])
    assert notes
    return notes


def test_enqueue_claim_and_mark(store, plan):
    from datetime import datetime, timedelta

    from planflow.store import backoff

    notes = _notes(plan)
    with store.begin() as tx:
        assert tx.last_tick("k") is None
        assert tx.enqueue(notes + notes, date(2023, 3, 24)) == notes  # each key once
        tx.ticked("k", date(2023, 3, 24))
        tx.ticked("k", date(2023, 3, 20))  # an earlier day does not move it back
        assert tx.last_tick("k") == date(2023, 3, 24)
    assert store.enqueue(notes, date(2023, 3, 25)) == []
    now = datetime(2023, 3, 24, 8)
    rows = store.deliverable(plan, now, "me")
    assert [r.key for r in rows] == [n.key for n in notes]
    claimed = store.claim(rows[0], "me")
    assert claimed is not None and (claimed.state, claimed.attempts, claimed.claimed_by) == (
        "sending", 1, "me")
    assert store.claim(rows[0], "other") is None  # the row changed: the claim is lost
    assert rows[0].key not in [r.key for r in store.deliverable(plan, now, "me")]
    # a row being sent by a live process is left alone; a dead one's is reclaimed
    assert rows[0].key not in [r.key for r in store.deliverable(plan, now, "x", lambda t: True)]
    again = [r for r in store.deliverable(plan, now, "x", lambda t: False) if r.key == rows[0].key]
    assert again and again[0].state == "sending"
    assert store.mark_failed(claimed, "boom", now)
    failed = store.outbox(plan)[0]
    assert (failed.state, failed.last_error, failed.claimed_by) == ("pending", "boom", None)
    assert failed.next_attempt == now + backoff(1) == now + timedelta(minutes=5)
    assert rows[0].key not in [r.key for r in store.deliverable(plan, now, "me")]
    later = now + timedelta(minutes=5)
    retry = next(r for r in store.deliverable(plan, later, "me") if r.key == rows[0].key)
    second = store.reclaim(retry, "me")
    assert second is not None and second.attempts == 2
    assert not store.mark_delivered(claimed, later)  # an old claim: nothing written
    assert store.mark_delivered(second, later)
    done = store.outbox(plan, state="delivered")
    assert [(r.key, r.delivered_at, r.last_error) for r in done] == [(rows[0].key, later, None)]


def test_withdraw_and_a_concurrent_duplicate(store, plan):
    notes = _notes(plan)
    store.enqueue(notes, date(2023, 3, 24))
    key = notes[0].plan
    with store.begin() as tx:
        assert tx.withdraw(key, lambda r: r.subject == notes[0].subject) == [
            n.key for n in notes if n.subject == notes[0].subject]
    assert {r.key for r in store.outbox(plan, state="withdrawn")} == {
        n.key for n in notes if n.subject == notes[0].subject}
    # writing a key a concurrent writer committed first is a StoreConflict, rolled back
    with pytest.raises(planflow.StoreConflict), store.begin() as tx:
        tx.ticked("k2", date(2023, 3, 24))
        tx.conn.execute(sa.text("insert into outbox (key, plan, subject_type, subject, event, "
                                "tier, recipient, channel, address, payload, created_on, state, "
                                "attempts) select key, plan, subject_type, subject, event, tier, "
                                "recipient, channel, address, payload, created_on, state, "
                                "attempts from outbox limit 1"))
    with store.begin() as tx:
        assert tx.last_tick("k2") is None



def test_a_decide_commits_without_fsync_and_hands_back_a_durable_connection(store):
    """begin(durable=False) (the engine's decide step) relaxes only its own transaction:
    SQLite's synchronous=NORMAL inside, FULL again for whatever uses the connection next
    (claims and deliveries must reach the disk before anything is sent)."""
    if store.dialect != "sqlite":
        with store.begin(durable=False) as tx:
            assert tx.conn.exec_driver_sql("show synchronous_commit").scalar() == "off"
            tx.ticked("k", date(2023, 3, 24))
        with store.begin() as tx:
            assert tx.conn.exec_driver_sql("show synchronous_commit").scalar() == "on"
            assert tx.last_tick("k") == date(2023, 3, 24)
        return
    for _ in range(3):
        with store.begin(durable=False) as tx:
            assert tx.conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
            tx.ticked("k", date(2023, 3, 24))
        with store.begin() as tx:
            assert tx.conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert tx.last_tick("k") == date(2023, 3, 24)
    # a relaxed transaction that fails is rolled back and leaves the connection durable
    with pytest.raises(RuntimeError), store.begin(durable=False) as tx:
        tx.ticked("k2", date(2023, 3, 24))
        raise RuntimeError("boom")
    with store.begin() as tx:
        assert tx.conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert tx.last_tick("k2") is None


# -- several workers on one store -----------------------------------------------------

def _many_tasks_plan(n=60):
    """``n`` tasks, each led by its own unit: one notification per task (a unit's items
    on one day share a digest)."""
    return make_plan([Task(f"t{i}", f"task {i}", lead=[f"u{i}"], timeframe="2023-03-31")
                      for i in range(n)],
                     agencies=[Agency(f"u{i}", f"Unit {i}") for i in range(n)])


def test_each_row_is_claimed_by_exactly_one_worker(store_url):
    """Four workers, each with its own connections, race for every row: each row is
    claimed once (conditional update on SQLite; FOR UPDATE SKIP LOCKED on PostgreSQL)."""
    import threading
    from datetime import datetime

    plan = _many_tasks_plan()
    notes = _notes(plan)
    Store.open(store_url).enqueue(notes, date(2023, 3, 24))
    claims: dict[str, list[str]] = {}
    lock = threading.Lock()
    start = threading.Barrier(4)

    def worker(name):
        with Store.open(store_url) as s:
            start.wait()
            for r in s.deliverable(plan, datetime(2023, 3, 24, 8), name, lambda t: True):
                if s.claim(r, name) is not None:
                    with lock:
                        claims.setdefault(r.key, []).append(name)

    threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(notes) == 60
    assert sorted(claims) == sorted(n.key for n in notes)
    assert all(len(v) == 1 for v in claims.values()), {k: v for k, v in claims.items() if len(v) > 1}
    with Store.open(store_url) as s:
        rows = s.outbox(plan)
    assert {r.state for r in rows} == {"sending"} and all(r.attempts == 1 for r in rows)
    assert {r.key: [r.claimed_by] for r in rows} == claims


def test_postgresql_skips_a_row_another_worker_holds(pg_server):
    """A row locked by another worker's claim is skipped at once, not waited for."""
    from datetime import datetime

    from . import pgcluster

    url, drop = pgcluster.create_database(pg_server)
    try:
        with Store.open(url) as s:
            assert s.dialect == "postgresql"
            plan = _many_tasks_plan(2)
            s.enqueue(_notes(plan), date(2023, 3, 24))
            first, second = s.deliverable(plan, datetime(2023, 3, 24, 8), "me")[:2]
            with s.engine.connect() as other:
                other.execute(sa.text("select id from outbox where id = :i for update"),
                              {"i": first.id})
                assert s.claim(first, "me") is None  # held by the other transaction
                assert s.claim(second, "me") is not None
                other.rollback()
            assert s.claim(first, "me") is not None  # released: claimable again
    finally:
        drop()


# -- claims and outcomes in batches (settings.engine.delivery_batch) -------------------

def test_a_batch_is_claimed_and_settled_in_one_transaction_each(store):
    """claim_many claims what nobody changed first; settle records delivered, failed
    (temporary: pending with backoff; permanent: failed) and released rows (pending as
    before the claim) and ignores claims lost meanwhile."""
    from datetime import datetime

    from planflow.store import backoff

    plan = _many_tasks_plan(6)
    store.enqueue(_notes(plan), date(2023, 3, 24))
    now = datetime(2023, 3, 24, 8)
    rows = store.deliverable(plan, now, "me")
    assert len(rows) == 6
    taken = store.claim(rows[1], "other")  # another worker wins one row first
    claimed = store.claim_many(rows, "me")
    assert [c.key for c in claimed] == [r.key for r in rows if r is not rows[1]]
    assert all((c.state, c.attempts, c.claimed_by) == ("sending", 1, "me") for c in claimed)
    assert store.claim_many(rows, "third") == []  # every row changed since it was read
    import attrs

    assert taken is not None
    lost = attrs.evolve(taken, claimed_by="me")  # a claim "me" believes it holds, lost
    ok, temp, perm, back = claimed[:4]
    held = store.settle([ok, lost], [(temp, "busy", False), (perm, "refused", True)], [back],
                        at=now)
    assert held == {ok.id, temp.id, perm.id, back.id}  # "other" still holds its own row
    by_key = {r.key: r for r in store.outbox(plan)}
    assert (by_key[ok.key].state, by_key[ok.key].delivered_at) == ("delivered", now)
    assert (by_key[temp.key].state, by_key[temp.key].next_attempt,
            by_key[temp.key].last_error) == ("pending", now + backoff(1), "busy")
    assert (by_key[perm.key].state, by_key[perm.key].last_error) == ("failed", "refused")
    assert (by_key[back.key].state, by_key[back.key].attempts,
            by_key[back.key].claimed_by) == ("pending", 0, None)
    assert (by_key[lost.key].state, by_key[lost.key].claimed_by) == ("sending", "other")
    assert store.claim_many([by_key[back.key]], "me")[0].attempts == 1  # claimable again


def test_a_dead_workers_batch_is_reclaimed_whole(store):
    """Rows a worker claimed in a batch and never settled (it died) are reclaimable by
    another worker once the claimant is gone, and only then."""
    from datetime import datetime

    plan = _many_tasks_plan(4)
    store.enqueue(_notes(plan), date(2023, 3, 24))
    now = datetime(2023, 3, 24, 8)
    assert len(store.claim_many(store.deliverable(plan, now, "dead"), "dead")) == 4
    assert store.deliverable(plan, now, "me", lambda t: True) == []
    again = store.deliverable(plan, now, "me", lambda t: t != "dead")
    mine = store.claim_many(again, "me")
    assert len(mine) == 4 and all(c.attempts == 2 for c in mine)
    assert store.settle(mine, at=now) == {c.id for c in mine}
    assert {r.state for r in store.outbox(plan)} == {"delivered"}


def test_snapshots_of_many_plans_equal_each_snapshot(store, plan):
    """Store.snapshots (status --all, plans tree): each plan's records and submissions,
    as snapshot() gives them one plan at a time; a plan with none gets an empty one."""
    store.record(plan, "t1", "progress", date(2023, 3, 20), "half", None)
    store.record(plan, "t1", "done", date(2023, 3, 22))
    key = planflow.plan_key(plan)
    got = store.snapshots([key, "nothing@2023-01-01", key])
    assert list(got) == [key, "nothing@2023-01-01"]
    assert got[key] == store.snapshot(plan) and len(got[key].records) == 2
    assert got["nothing@2023-01-01"] == planflow.Snapshot((), ())


def test_sqlite_reads_begin_deferred_and_writes_immediate_without_execution_events(tmp_path, plan):
    """SQLite: what each kind of transaction sends to the database (SQLite's own trace),
    with the BEGIN emitted by the engine's dialect, not by a connection event listener
    (which would make SQLAlchemy dispatch its execution events on every statement)."""
    from datetime import datetime

    s = Store.open(str(tmp_path / "t.db"))
    sent: list[str] = []
    sa.event.listen(s.engine.pool, "connect", lambda dbapi, _: dbapi.set_trace_callback(sent.append))
    s.engine.dispose()  # reconnect, traced
    try:
        s.snapshot(plan)
        assert sent[0] == "BEGIN" and sent[-1] == "ROLLBACK" and len(sent) == 4, sent
        sent.clear()
        s.record(plan, "t1", "done", date(2023, 3, 1))
        assert sent[0] == "BEGIN IMMEDIATE" and sent[-1] == "COMMIT", sent
        sent.clear()
        with s.begin(durable=False) as tx:
            tx.last_tick(planflow.plan_key(plan))
        assert sent[:2] == ["PRAGMA synchronous=NORMAL", "BEGIN IMMEDIATE"], sent
        assert sent[-2:] == ["COMMIT", "PRAGMA synchronous=FULL"], sent
        sent.clear()
        assert s.deliverable(plan, datetime(2023, 3, 2)) == []
        assert sent[0] == "BEGIN" and sent[-1] == "ROLLBACK", sent
        sent.clear()
        s.snapshot(plan)  # the pooled connection a writer used reads deferred again
        assert sent[0] == "BEGIN", sent
        assert not s.engine._has_events
    finally:
        s.close()


def test_a_reader_neither_waits_for_a_writer_nor_sees_its_uncommitted_rows(tmp_path, plan):
    """SQLite: reads (a snapshot, the outbox, the plans) begin deferred, so while another
    process holds a write transaction they return the last commit at once instead of
    queueing behind it for the write lock (they waited for the writer to finish, up to
    the 60 s busy timeout, when every transaction began IMMEDIATE); writes still queue."""
    import subprocess
    import sys

    from planflow.store import plan_key

    db = tmp_path / "t.db"
    with Store.open(str(db)) as s:
        s.record(plan, "t1", "done", date(2023, 3, 1))
    key = plan_key(plan)
    child = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, sqlalchemy as sa\n"
         "from planflow import Store\n"
         "s = Store.open(sys.argv[1])\n"
         "with s.begin() as tx:\n"
         "    tx.conn.execute(sa.text(\"insert into progress (plan, task, kind, day) values \"\n"
         "                            \"(:p, 't2', 'done', '2023-03-02')\"), {'p': sys.argv[2]})\n"
         "    print('holding', flush=True)\n"
         "    sys.stdin.readline()\n"
         "print('committed', flush=True)\n",
         str(db), key],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "holding"
        with Store.open(str(db)) as s:
            # the writer holds the lock: these return, with what was committed before it
            assert [r.task for r in s.snapshot(plan).records] == ["t1"]
            assert s.outbox(plan) == []
            assert s.plans() == []
            child.stdin.write("\n")
            child.stdin.flush()
            assert child.stdout.readline().strip() == "committed"
            assert [r.task for r in s.snapshot(plan).records] == ["t1", "t2"]
    finally:
        child.stdin.close() if child.stdin else None
        assert child.wait(timeout=60) == 0
