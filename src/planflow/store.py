"""The tracking store: progress records, report submissions and the notification outbox.

SQLAlchemy Core over a dialect-neutral schema (SQLite by default, PostgreSQL next). Every
write is one transaction, so a process killed at any moment leaves the store as it was
before or after that write. The schema carries its version (table ``schema_version``)
and its Alembic revision: :meth:`Store.upgrade` (``planflow db upgrade``) migrates an
older store through the revisions in src/planflow/migrations, which are part of this
module's schema.

This is the only module that names a table or writes SQL. The outbox protocol
(docs/engine.md) is its methods: in one :meth:`Store.begin` transaction, read the
snapshot and the last tick day, :meth:`~StoreTransaction.enqueue` notifications under
their unique idempotency keys, :meth:`~StoreTransaction.withdraw` pending rows of
closed subjects and record the tick; then, row by row, :meth:`Store.claim` (which also
reclaims a row whose claimant died), and :meth:`Store.mark_delivered` or
:meth:`Store.mark_failed` (the error, and the next attempt after :func:`backoff`).

Where the store lives: a SQLAlchemy URL (``sqlite:///plans.db``,
``postgresql+psycopg://...``) or a plain file path, given to :meth:`Store.open`; the CLI
takes it from ``--db``, else ``PLANFLOW_DB``, else ``planflow.db`` in the per-user data
folder (platformdirs).
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .cadence import obligations
from .errors import StoreConflict, StoreError
from .notification import OUTBOX_FIELDS, Notification, OutboxRow, row_values
from .records import (
    RECORD_KINDS,
    PlanAdded,
    PlanIdentity,
    PlanLink,
    PlanRevision,
    ProgressRecord,
    Snapshot,
    Submission,
    link_plans,
    plan_identity,
    plan_key,
    symbol_key,
)
from .text import Worded

if TYPE_CHECKING:
    from .plan import Plan

__all__ = [
    "BACKOFF_FIRST",
    "BACKOFF_MAX",
    "SCHEMA_VERSION",
    "OutboxRow",
    "PlanAdded",
    "PlanRevision",
    "ProgressRecord",
    "Snapshot",
    "Store",
    "StoreConflict",
    "StoreError",
    "StoreTransaction",
    "Submission",
    "backoff",
    "claimant_alive",
    "claimant_token",
    "default_store_url",
    "plan_key",
]

#: the schema this release writes; :meth:`Store.open` refuses an older store until
#: :meth:`Store.upgrade` (``planflow db upgrade``) has migrated it, and a newer one
SCHEMA_VERSION = 3

#: the Alembic revision (src/planflow/migrations/versions) of each schema version
REVISIONS: dict[int, str] = {1: "0001", 2: "0002", 3: "0003"}

MIGRATIONS = Path(__file__).with_name("migrations")

#: outbox row states: waiting (maybe after a failure), claimed by a delivering process,
#: delivered, withdrawn because its subject was closed before it could go out, or failed
#: for good (a permanent failure: the receiver refused it; ``last_error`` says why)
OUTBOX_STATES = ("pending", "sending", "delivered", "withdrawn", "failed")


#: first retry after 5 minutes, doubling, at most every 12 hours
BACKOFF_FIRST = timedelta(minutes=5)
BACKOFF_MAX = timedelta(hours=12)


def backoff(attempts: int) -> timedelta:
    """How long to wait before attempt ``attempts + 1`` after ``attempts`` failures."""
    wait: timedelta = BACKOFF_FIRST * (2 ** max(0, attempts - 1))
    return min(wait, BACKOFF_MAX)


def default_store_url(env: dict[str, str] | None = None) -> str:
    """``PLANFLOW_DB`` if set, else the SQLite file ``planflow.db`` in the user data folder."""
    e = os.environ if env is None else env
    if e.get("PLANFLOW_DB"):
        return e["PLANFLOW_DB"]
    import platformdirs

    return str(Path(platformdirs.user_data_dir("planflow", appauthor=False)) / "planflow.db")


def _url(spec: str) -> sa.URL:
    if "://" in spec:
        try:
            return sa.make_url(spec)
        except sa.exc.ArgumentError as e:
            raise StoreError(f"--db: {spec!r} is not a database URL: {e}") from None
    return sa.URL.create("sqlite+pysqlite", database=str(Path(spec).expanduser()))


# -- the schema ---------------------------------------------------------------

metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version", metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
)

progress = sa.Table(
    "progress", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("plan", sa.String(200), nullable=False),
    sa.Column("task", sa.String(200), nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("day", sa.Date, nullable=False),
    sa.Column("note", sa.Text, nullable=True),
    sa.Column("by_agency", sa.String(200), nullable=True),
    sa.Index("ix_progress_plan", "plan", "task"),
)

submissions = sa.Table(
    "submissions", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("plan", sa.String(200), nullable=False),
    sa.Column("agency", sa.String(200), nullable=False),
    sa.Column("period", sa.String(300), nullable=False),
    sa.Column("received", sa.Date, nullable=False),
    sa.Column("reference", sa.String(200), nullable=True),
    sa.UniqueConstraint("plan", "agency", "period", name="uq_submission"),
)

ticks = sa.Table(
    "ticks", metadata,
    sa.Column("plan", sa.String(200), primary_key=True),
    sa.Column("last_day", sa.Date, nullable=False),
)

outbox = sa.Table(
    "outbox", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("key", sa.String(700), nullable=False, unique=True),
    sa.Column("plan", sa.String(200), nullable=False),
    sa.Column("subject_type", sa.String(20), nullable=False),
    sa.Column("subject", sa.String(500), nullable=False),
    sa.Column("event", sa.String(40), nullable=False),
    sa.Column("tier", sa.Integer, nullable=False),
    sa.Column("recipient", sa.String(200), nullable=False),
    sa.Column("channel", sa.String(100), nullable=False),
    sa.Column("address", sa.Text, nullable=False),
    sa.Column("payload", sa.Text, nullable=False),
    sa.Column("created_on", sa.Date, nullable=False),
    sa.Column("state", sa.String(20), nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("last_error", sa.Text, nullable=True),
    sa.Column("next_attempt", sa.DateTime, nullable=True),
    sa.Column("claimed_by", sa.String(300), nullable=True),
    sa.Column("delivered_at", sa.DateTime, nullable=True),
    sa.Index("ix_outbox_plan_state", "plan", "state"),
)

plans = sa.Table(
    "plans", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("key", sa.String(200), nullable=False),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("format", sa.String(10), nullable=False),
    sa.Column("content", sa.Text, nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
    sa.Column("source", sa.String(1000), nullable=True),
    sa.Column("added_by", sa.String(200), nullable=True),
    sa.Column("added_at", sa.DateTime, nullable=False),
    sa.Column("removed_at", sa.DateTime, nullable=True),
    sa.Column("removed_by", sa.String(200), nullable=True),
    sa.UniqueConstraint("key", "revision", name="uq_plan_revision"),
)

# What links the plans the store runs (schema version 3), kept by add_plan and
# remove_plan for the current revision of each plan (not removed): its symbol and issue
# date, its references with a linking role, and the links they make (records.link_plans).
plan_index = sa.Table(
    "plan_index", metadata,
    sa.Column("plan", sa.String(200), primary_key=True),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("symbol", sa.String(500), nullable=True),
    sa.Column("symbol_key", sa.String(500), nullable=True),
    sa.Column("issued", sa.Date, nullable=True),
    sa.Index("ix_plan_index_symbol", "symbol_key"),
)

plan_references = sa.Table(
    "plan_references", metadata,
    sa.Column("plan", sa.String(200), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("symbol", sa.String(500), nullable=False),
    sa.Column("symbol_key", sa.String(500), nullable=False),
    sa.Column("day", sa.Date, nullable=True),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Index("ix_plan_references_symbol", "symbol_key"),
)

plan_links = sa.Table(
    "plan_links", metadata,
    sa.Column("child", sa.String(200), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("parent", sa.String(200), nullable=False),
    sa.Column("symbol", sa.String(500), nullable=False),
    sa.Column("day", sa.Date, nullable=True),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Index("ix_plan_links_parent", "parent"),
)

# Alembic's own table (the revision a store is at); a new store is stamped with the head.
alembic_version = sa.Table(
    "alembic_version", metadata,
    sa.Column("version_num", sa.String(32), primary_key=True),
)


assert tuple(outbox.c.keys()) == OUTBOX_FIELDS, "the outbox table and OutboxRow disagree"

# The statements every tick runs, built once (a plan's key is their one parameter): a
# year's daily ticks ran each some 300 times, and SQLAlchemy spent more time building
# and keying a statement than SQLite spent running it.
_PLAN: sa.BindParameter[str] = sa.bindparam("plan_key")
_RECORDS = sa.select(progress).where(progress.c.plan == _PLAN).order_by(progress.c.id)
_SUBMISSIONS = (sa.select(submissions).where(submissions.c.plan == _PLAN)
                .order_by(submissions.c.id))
_LAST_TICK = sa.select(ticks.c.last_day).where(ticks.c.plan == _PLAN)
#: which of some keys the outbox holds: one statement, compiled once (a new ``in_`` list
#: per call was built and compiled on every tick of every plan)
_EXISTING = sa.select(outbox.c.key).where(outbox.c.key.in_(sa.bindparam("keys", expanding=True)))
_LATER_TICK = (ticks.update().where(ticks.c.plan == _PLAN, ticks.c.last_day < sa.bindparam("day"))
               .values(last_day=sa.bindparam("day")))
_PENDING = (sa.select(outbox).where(outbox.c.plan == _PLAN, outbox.c.state == "pending")
            .order_by(outbox.c.id))
#: (two comparisons, not ``in_``: a literal list is an "expanding" parameter, rendered
#: anew into the SQL on every execution)
_DELIVERABLE = (sa.select(outbox).where(outbox.c.plan == _PLAN,
                                        sa.or_(outbox.c.state == "pending",
                                               outbox.c.state == "sending"))
                .order_by(outbox.c.id))


# -- the claimant: which process holds a 'sending' row ---------------------------

def _start_time(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read().decode("ascii", "replace")
        return stat.rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return "?"


#: (pid, its start time): this process's own, read once (a forked child reads its own)
_own_start: tuple[int, str] | None = None


def claimant_token() -> str:
    """Who this process is: ``host:pid:start-time`` (start time guards against pid reuse)."""
    global _own_start
    pid = os.getpid()
    if _own_start is None or _own_start[0] != pid:
        _own_start = (pid, _start_time(pid))
    return f"{socket.gethostname()}:{pid}:{_own_start[1]}"


def claimant_alive(token: str) -> bool:
    """False when the process named by ``token`` (from :func:`claimant_token`) is gone.

    A token of another host is taken to be alive: its rows wait until that host's
    process releases them (see docs/engine.md for PostgreSQL deployments).
    """
    host, _, rest = token.partition(":")
    pid_s, _, start = rest.partition(":")
    if host != socket.gethostname():
        return True
    try:
        pid = int(pid_s)
        os.kill(pid, 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return start == "?" or _start_time(pid) == start


# -- the store ------------------------------------------------------------------

def _conflict(e: sa.exc.DBAPIError) -> bool:
    """PostgreSQL: a deadlock or serialization failure (SQLSTATE class 40)."""
    return str(getattr(e.orig, "sqlstate", "") or "").startswith("40")


class Store:
    """A tracking store. Open it with :meth:`open`; close it with :meth:`close` (or ``with``)."""

    def __init__(self, engine: sa.Engine):
        self.engine = engine
        #: where the store is, without its password
        self.url: str = engine.url.render_as_string(hide_password=True)
        #: the database's dialect name: ``"sqlite"`` or ``"postgresql"``
        self.dialect: str = engine.dialect.name

    # -- opening ------------------------------------------------------------
    @classmethod
    def open(cls, spec: str | None = None, *, check: bool = True) -> Store:
        """The store at ``spec`` (a URL or a SQLite file path; None: :func:`default_store_url`),
        created on first use. A store of an older schema version is refused until
        :meth:`upgrade` migrates it; a newer one is refused. SQLite files run in WAL mode, and each write
        transaction takes the write lock when it begins (``BEGIN IMMEDIATE``), so
        concurrent processes queue instead of failing half-way."""
        url = _url(spec or default_store_url())
        if url.get_backend_name() == "sqlite":
            db = url.database
            if db and db != ":memory:" and not db.startswith("file:"):
                try:
                    Path(db).parent.mkdir(parents=True, exist_ok=True)
                except OSError as e:
                    raise StoreError(f"cannot create the folder of the store {db}: {e.strerror}") from None
            engine = sa.create_engine(url, connect_args={"timeout": 60})
            _sqlite_setup(engine)
        else:
            try:
                args = {"connect_timeout": 30} if url.get_backend_name() == "postgresql" else {}
                engine = sa.create_engine(url, pool_pre_ping=True, connect_args=args)
            except (sa.exc.NoSuchModuleError, sa.exc.ArgumentError, ImportError) as e:
                raise StoreError(f"cannot open the store {url.render_as_string(hide_password=True)}: "
                                 f"{e}") from None
        store = cls(engine)
        shown = url.render_as_string(hide_password=True)
        if url.get_backend_name() == "sqlite" and url.database:
            shown = url.database
        try:
            if check:
                store._check_version()
        except sa.exc.DBAPIError as e:  # OperationalError, DatabaseError ("not a database")
            engine.dispose()
            raise StoreError(f"cannot open the store {shown}: {e.orig}") from None
        except StoreError:
            engine.dispose()
            raise
        return store

    def close(self) -> None:
        """Close every connection."""
        self.engine.dispose()

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """A connection that only reads, for the block. On SQLite its transaction begins
        deferred (a plain ``BEGIN``, not the writers' ``BEGIN IMMEDIATE``): in WAL mode it
        reads the last commit without taking the write lock, so a reader (``status``, the
        web pages, a tick's snapshot) neither waits for a writer's transaction to end nor
        holds writers back while it reads. Anything that writes goes through
        :meth:`begin` or :meth:`transaction`."""
        with self.engine.connect() as conn:
            info = conn.connection.info  # the pooled connection's: see _sqlite_begin
            info[_READING] = True
            try:
                yield conn
            finally:
                info.pop(_READING, None)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction: committed when the block ends, rolled back if it raises.

        A store that cannot be written (disk full, a read-only or immutable file or
        folder, a page damaged after opening) raises :class:`~planflow.StoreError` in one
        line; the transaction is rolled back whole, so nothing is half-written.
        """
        try:
            with self.engine.begin() as conn:
                yield conn
        except (sa.exc.OperationalError, sa.exc.DatabaseError) as e:
            if isinstance(e, sa.exc.IntegrityError) or _conflict(e):
                raise
            raise self._fault(e) from None

    def _fault(self, e: sa.exc.DBAPIError) -> StoreError:
        """One line for a store that failed under a command (the database's own words,
        and what to do where it says)."""
        why = " ".join(str(e.orig).split()) or type(e.orig).__name__
        low = why.lower()
        if "full" in low:
            hint = ": the disk is full; free space and run the command again (nothing was written)"
        elif "readonly" in low or "read-only" in low:
            hint = ": the file or its folder is read-only (nothing was written)"
        elif "malformed" in low or "not a database" in low:
            hint = ": the file is damaged; restore it from a backup"
        elif "unable to open" in low:
            hint = ": its folder must be writable (SQLite keeps its journal beside the file)"
        else:
            hint = ""
        url = self.engine.url
        shown = url.database if url.get_backend_name() == "sqlite" and url.database else self.url
        return StoreError(f"the store {shown}: {why}{hint}")

    def _check_version(self) -> None:
        # SQLite: an existing store (the usual case) is checked by reading, so opening it
        # never waits for another process's write transaction (a running tick) to end.
        # (PostgreSQL's readers never wait for writers; its check keeps the schema lock,
        # so a store being migrated is opened once the migration has committed.)
        if self.dialect == "sqlite":
            try:
                with self._reading() as conn:
                    if sa.inspect(conn).has_table("schema_version"):
                        self._check_schema(conn, _version(conn))
                        return
            except (sa.exc.OperationalError, sa.exc.DatabaseError) as e:
                raise self._fault(e) from None
        with self.transaction() as conn:  # first use: created under the write lock
            _schema_lock(conn)
            if not sa.inspect(conn).has_table("schema_version"):
                metadata.create_all(conn)
                conn.execute(schema_version.insert().values(version=SCHEMA_VERSION))
                conn.execute(alembic_version.insert().values(version_num=REVISIONS[SCHEMA_VERSION]))
                return
            self._check_schema(conn, _version(conn))  # another process created it first

    def _check_schema(self, conn: Connection, version: int) -> None:
        if version < 1:
            raise StoreError(f"the store {self.url}: its schema_version table holds no "
                             "version: not a planflow store, or a damaged one")
        _refuse_newer(version, self.url)
        if version == SCHEMA_VERSION:
            missing = sorted(set(metadata.tables) - set(sa.inspect(conn).get_table_names()))
            if missing:
                raise StoreError(f"the store {self.url}: table{'s' * (len(missing) > 1)} "
                                 f"missing: {', '.join(missing)}: a damaged store (restore "
                                 "it from a backup)")
        if version < SCHEMA_VERSION:
            raise StoreError(Worded.of(
                "the store {url} has schema version {version}, older than this planflow's "
                "({writes}): back it up, then run `planflow db upgrade`", "store_older",
                url=str(self.url), version=version, writes=SCHEMA_VERSION))

    def version(self) -> int:
        """The schema version of the store (0: an empty database)."""
        with self._reading() as conn:
            if not sa.inspect(conn).has_table("schema_version"):
                return 0
            return _version(conn)

    def revision(self) -> str | None:
        """The Alembic revision the store is at (None: not stamped yet, or empty)."""
        with self._reading() as conn:
            if not sa.inspect(conn).has_table("alembic_version"):
                return None
            rev: str | None = conn.execute(sa.select(alembic_version.c.version_num)).scalar()
            return rev

    @classmethod
    def upgrade(cls, spec: str | None = None, to: int = SCHEMA_VERSION) -> tuple[int, int]:
        """Migrate the store at ``spec`` to schema version ``to`` through the Alembic
        revisions in src/planflow/migrations, in one transaction (an empty database is
        created from scratch); returns the versions before and after. A store created
        before Alembic is stamped with the revision of its version first."""
        from alembic import command
        from alembic.config import Config

        if to not in REVISIONS:
            raise StoreError(f"no schema version {to} (versions: "
                             f"{', '.join(map(str, REVISIONS))})")
        store = cls.open(spec, check=False)
        try:
            with store.transaction() as conn:
                _schema_lock(conn)
                has = sa.inspect(conn).has_table
                before = _version(conn) if has("schema_version") else 0
                _refuse_newer(before, store.url)
                if before > to:
                    raise StoreError(f"the store {store.url} has schema version {before}, "
                                     f"later than {to}: planflow does not downgrade")
                if before and not has("alembic_version"):
                    alembic_version.create(conn)
                    conn.execute(alembic_version.insert().values(version_num=REVISIONS[before]))
                cfg = Config()
                cfg.set_main_option("script_location", str(MIGRATIONS))
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, REVISIONS[to])
                after = _version(conn)
        except sa.exc.DBAPIError as e:
            raise StoreError(f"cannot upgrade the store {store.url}: {e.orig}") from None
        finally:
            store.close()
        return before, after

    # -- progress and submissions ---------------------------------------------
    def record(self, plan: Plan, task: str, kind: str, on: date, note: str | None = None,
               by: str | None = None) -> ProgressRecord:
        """Record what happened to ``task`` of ``plan`` on ``on``.

        Raises :class:`StoreError` (and writes nothing) for a task or agency the plan
        does not have, or an unknown kind.
        """
        if kind not in RECORD_KINDS:
            raise StoreError.worded("record_kind", {"kinds": ", ".join(RECORD_KINDS),
                                                    "kind": kind})
        if task not in plan.task_by_id:
            raise StoreError.worded("no_task", {"plan": plan_key(plan), "task": task})
        if by is not None and by not in plan.agency_by_id:
            raise StoreError.worded("no_agency", {"plan": plan_key(plan), "agency": by})
        if kind == "progress" and not (note or "").strip():
            raise StoreError.worded("progress_note", {})
        key = plan_key(plan)
        with self.transaction() as conn:
            res = conn.execute(progress.insert().values(
                plan=key, task=task, kind=kind, day=on, note=note, by_agency=by))
            seq = res.inserted_primary_key[0] if res.inserted_primary_key else 0
        return ProgressRecord(task, kind, on, note, by, int(seq))

    def submit(self, plan: Plan, agency: str, period: str, received_on: date,
               reference: str | None = None) -> Submission:
        """Record that ``agency`` sent its report for ``period`` on ``received_on``.

        ``period`` is a period's name or key. Raises :class:`StoreError` (and writes
        nothing) for an agency or period the plan does not know, an agency that owes no
        report for that period, or a report already recorded.
        """
        key = plan_key(plan)
        if agency not in plan.agency_by_id:
            raise StoreError.worded("no_agency", {"plan": key, "agency": agency})
        obs = obligations(plan)
        names = {o.period for o in obs} | {getattr(o, "period_key", None) or o.period for o in obs}
        if period not in names:
            known = "; ".join(dict.fromkeys(o.period for o in obs)) or "none"
            raise StoreError.worded("no_period", {"plan": key, "period": period, "known": known})
        match = [o for o in obs if o.agency == agency
                 and period in (o.period, getattr(o, "period_key", None))]
        if not match:
            raise StoreError.worded("owes_no_report", {"plan": key, "agency": agency,
                                                       "period": period})
        name = match[0].period
        try:
            with self.transaction() as conn:
                conn.execute(submissions.insert().values(
                    plan=key, agency=agency, period=name, received=received_on,
                    reference=reference))
        except sa.exc.IntegrityError:
            with self._reading() as conn:
                day = conn.execute(sa.select(submissions.c.received).where(
                    submissions.c.plan == key, submissions.c.agency == agency,
                    submissions.c.period == name)).scalar()
            raise StoreError.worded("already_submitted", {
                "plan": key, "agency": agency, "period": name,
                "received": day if isinstance(day, date) else str(day)}) from None
        return Submission(agency, name, received_on, reference)

    def snapshot(self, plan: Plan | str, conn: Connection | None = None) -> Snapshot:
        """Everything recorded for ``plan`` (a plan or its key)."""
        key = plan if isinstance(plan, str) else plan_key(plan)
        if conn is None:
            with self._reading() as c:
                return self._snapshot(key, c)
        return self._snapshot(key, conn)

    def snapshots(self, keys: Iterable[str]) -> dict[str, Snapshot]:
        """Everything recorded for each plan of ``keys``, in two queries (per 500 keys)
        instead of two per plan: what ``status --all`` and ``plans tree`` read."""
        wanted = list(dict.fromkeys(keys))
        recs: dict[str, list[ProgressRecord]] = {}
        subs: dict[str, list[Submission]] = {}
        with self._reading() as conn:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                for r in conn.execute(sa.select(progress).where(progress.c.plan.in_(chunk))
                                      .order_by(progress.c.id)):
                    recs.setdefault(r.plan, []).append(
                        ProgressRecord(r.task, r.kind, r.day, r.note, r.by_agency, r.id))
                for r in conn.execute(sa.select(submissions).where(submissions.c.plan.in_(chunk))
                                      .order_by(submissions.c.id)):
                    subs.setdefault(r.plan, []).append(
                        Submission(r.agency, r.period, r.received, r.reference))
        return {k: Snapshot(tuple(recs.get(k, ())), tuple(subs.get(k, ()))) for k in wanted}

    @staticmethod
    def _snapshot(key: str, conn: Connection) -> Snapshot:
        recs = tuple(
            ProgressRecord(r.task, r.kind, r.day, r.note, r.by_agency, r.id)
            for r in conn.execute(_RECORDS, {"plan_key": key})
        )
        subs = tuple(
            Submission(r.agency, r.period, r.received, r.reference)
            for r in conn.execute(_SUBMISSIONS, {"plan_key": key})
        )
        return Snapshot(recs, subs)

    # -- the plans the store runs -------------------------------------------------
    def add_plan(self, plan: Plan, content: str, fmt: str, at: datetime, *,
                 source: str | None = None, by: str | None = None) -> PlanAdded:
        """Register ``plan`` (its plan file text ``content`` in format ``fmt``, read from
        ``source``) under its key, added by ``by`` at ``at``, in one transaction. The same
        text as the current revision changes nothing; other text makes the next revision
        (an "điều chỉnh kế hoạch"), and the pending notifications of tasks the revision
        no longer has are withdrawn. Records stay tied to task ids. Raises
        :class:`~planflow.StoreConflict` when a concurrent writer added the same revision
        first."""
        if fmt not in ("toml", "json"):
            raise StoreError(f"a registered plan is TOML or JSON text, not {fmt!r}")
        key = plan_key(plan)
        digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
        with self.begin() as tx:
            _plans_lock(tx.conn)
            last = _latest(tx.conn, key)
            if last is not None and last.hash == digest and last.removed_at is None:
                return PlanAdded(last, False)
            rev = PlanRevision(key, (last.revision if last else 0) + 1, fmt, content, digest,
                               at, source, by)
            tx.conn.execute(plans.insert().values(
                key=key, revision=rev.revision, format=fmt, content=content, hash=digest,
                source=source, added_by=by, added_at=at))
            index_plan(tx.conn, key, rev.revision, plan_identity(plan))
            tasks = set(plan.task_by_id)
            withdrawn = tx.withdraw(key, lambda r: r.subject_type == "task" and r.subject not in tasks)
        return PlanAdded(rev, True, tuple(withdrawn))

    def remove_plan(self, key: str, at: datetime, by: str | None = None) -> list[str]:
        """Stop running the plan ``key`` (its revisions stay, as history): its pending
        notifications are withdrawn; returns their keys. Raises :class:`StoreError` for a
        plan the store does not run."""
        with self.begin() as tx:
            _plans_lock(tx.conn)
            last = _latest(tx.conn, key)
            if last is None or last.removed_at is not None:
                raise StoreError(Worded.of("no plan {key!r} in the store {url}", "store_no_plan",
                                        key=key, url=str(self.url)))
            tx.conn.execute(plans.update().where(plans.c.key == key,
                                                 plans.c.revision == last.revision)
                            .values(removed_at=at, removed_by=by))
            index_plan(tx.conn, key, last.revision, None)
            return tx.withdraw(key, lambda r: True)

    def plans(self, keys: Iterable[str] | None = None) -> list[PlanRevision]:
        """The current revision of every plan the store runs (not removed), by key; of
        the plans ``keys`` only, when given (those it runs)."""
        latest = sa.select(plans.c.key, sa.func.max(plans.c.revision).label("revision"))
        wanted = None if keys is None else sorted(set(keys))
        if wanted is not None:
            if not wanted:
                return []
            latest = latest.where(plans.c.key.in_(wanted))
        sub = latest.group_by(plans.c.key).subquery()
        q = (sa.select(plans).join(sub, sa.and_(plans.c.key == sub.c.key,
                                                plans.c.revision == sub.c.revision))
             .where(plans.c.removed_at.is_(None)).order_by(plans.c.key))
        with self._reading() as conn:
            return [_revision(r) for r in conn.execute(q)]

    def plan_links(self, key: str | None = None) -> list[PlanLink]:
        """The links among the plans the store runs (of the plan ``key`` only, as child or
        parent, when given): kept when plans are added, revised and removed, so nothing
        is loaded or matched here. The same as :func:`planflow.find_links` over the
        current revisions, in its order (by child key, then reference)."""
        q = sa.select(plan_links).order_by(plan_links.c.child, plan_links.c.position)
        if key is not None:
            q = q.where(sa.or_(plan_links.c.child == key, plan_links.c.parent == key))
        with self._reading() as conn:
            return [PlanLink(r.child, r.parent, r.symbol, r.day, r.role) for r in conn.execute(q)]

    def links_of(self, key: str, identity: PlanIdentity) -> list[PlanLink]:
        """The links the plan ``key`` would have (as child and as parent) if its current
        revision had ``identity`` (a plan being validated against the store before it is
        registered, or changed): reads only the plans its symbols concern. The same as
        :func:`planflow.find_links` over the registered plans with it in its place."""
        with self._reading() as conn:
            _, links = _links_around(conn, key, identity)
        return [x for x in links if key in (x.child, x.parent)]

    def plan_history(self, key: str) -> list[PlanRevision]:
        """Every revision of the plan ``key``, first to last. Raises :class:`StoreError`
        for a key the store never ran."""
        with self._reading() as conn:
            revs = [_revision(r) for r in conn.execute(
                sa.select(plans).where(plans.c.key == key).order_by(plans.c.revision))]
        if not revs:
            raise StoreError(Worded.of("no plan {key!r} in the store {url}", "store_no_plan",
                                        key=key, url=str(self.url)))
        return revs

    # -- the outbox protocol ----------------------------------------------------
    @contextmanager
    def begin(self, *, durable: bool = True) -> Iterator[StoreTransaction]:
        """One write transaction of the outbox protocol: committed when the block ends,
        rolled back if it raises. Raises :class:`~planflow.StoreConflict` (after the
        rollback) when a concurrent writer committed the same outbox keys first: the
        caller runs the block again.

        ``durable=False`` commits without waiting for the disk (SQLite: ``synchronous=
        NORMAL`` for this transaction, no fsync; PostgreSQL: ``synchronous_commit`` off).
        A crash of the process loses nothing; a power loss may lose such transactions
        if no durable commit followed them, never half of one, and never one a later
        durable commit depends on (the log is written in order: the next durable commit
        makes every earlier one durable with it). The engine's decide step uses it: its
        rows are only sent after a durable claim, and a lost decide is decided again by
        the next tick (docs/engine.md).
        """
        try:
            with self.engine.connect() as conn:
                relax_sqlite = not durable and self.dialect == "sqlite"
                raw = conn.connection.dbapi_connection if relax_sqlite else None
                if raw is not None:
                    raw.execute("PRAGMA synchronous=NORMAL")  # outside the transaction
                try:
                    with conn.begin():
                        if not durable and self.dialect == "postgresql":
                            conn.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")
                        yield StoreTransaction(conn)
                finally:
                    if raw is not None:
                        try:
                            raw.execute("PRAGMA synchronous=FULL")
                        except Exception:  # never hand a relaxed connection back to the pool
                            conn.invalidate()
                            raise
        except sa.exc.IntegrityError as e:
            raise StoreConflict(f"a concurrent writer wrote the same outbox rows: {e.orig}") from None
        except sa.exc.OperationalError as e:
            # PostgreSQL: a deadlock or serialization failure (SQLSTATE class 40) between
            # concurrent decide transactions is rolled back whole; running again is safe.
            if _conflict(e):
                raise StoreConflict(f"a concurrent writer got in the way: {e.orig}") from None
            raise self._fault(e) from None
        except sa.exc.DatabaseError as e:  # "database disk image is malformed"
            raise self._fault(e) from None

    def enqueue(self, notifications: Iterable[Notification], created_on: date) -> list[Notification]:
        """:meth:`StoreTransaction.enqueue` in a transaction of its own."""
        with self.begin() as tx:
            return tx.enqueue(notifications, created_on)

    @staticmethod
    def claimant() -> str:
        """Who this process is, as the claims it makes name it (:func:`claimant_token`)."""
        return claimant_token()

    def deliverable(self, plan: Plan | str, now: datetime, claimant: str | None = None,
                    is_alive: Callable[[str], bool] | None = None) -> list[OutboxRow]:
        """The rows of ``plan`` a delivering process may claim at ``now``, in the order
        they were written: pending rows whose next attempt has come, and rows being sent
        by a process that is gone (``is_alive(claimed_by)`` false; default
        :func:`claimant_alive`) to be reclaimed. Rows ``claimant`` (default: this process)
        holds are left out."""
        key = plan if isinstance(plan, str) else plan_key(plan)
        me = claimant or claimant_token()
        alive = is_alive or claimant_alive
        with self._reading() as conn:
            rows = [_row(r) for r in conn.execute(_DELIVERABLE, {"plan_key": key})]
            conn.rollback()
        out = []
        for r in rows:
            if r.state == "pending" and r.next_attempt is not None and r.next_attempt > now:
                continue
            if r.state == "sending" and (r.claimed_by == me or alive(r.claimed_by or "")):
                continue  # another live process is delivering it
            out.append(r)
        return out

    def claim(self, row: OutboxRow, claimant: str | None = None) -> OutboxRow | None:
        """Claim ``row`` (as :meth:`deliverable` gave it) for ``claimant`` (default: this
        process), in its own transaction: it becomes ``sending`` and counts one more
        attempt. This also reclaims a ``sending`` row whose claimant died. None when
        another process changed the row first (it won the claim), or, on PostgreSQL,
        holds it locked right now (``FOR UPDATE SKIP LOCKED``: skipped, not waited for)."""
        me = claimant or claimant_token()
        unchanged = (outbox.c.id == row.id, outbox.c.state == row.state,
                     outbox.c.attempts == row.attempts)
        with self.transaction() as conn:
            if self.dialect == "postgresql":
                # A row another worker is claiming right now is skipped, not waited for:
                # its lock holder wins, and this worker moves on to the next row.
                held = conn.execute(sa.select(outbox.c.id).where(*unchanged)
                                    .with_for_update(skip_locked=True)).scalar()
                if held is None:
                    return None
            won = conn.execute(
                outbox.update().where(*unchanged)
                .values(state="sending", claimed_by=me, attempts=row.attempts + 1)).rowcount
        if won != 1:
            return None
        return attrs.evolve(row, state="sending", claimed_by=me, attempts=row.attempts + 1)

    reclaim = claim

    def mark_delivered(self, row: OutboxRow, at: datetime) -> bool:
        """Record that the claimed ``row`` (from :meth:`claim`) was delivered at ``at``;
        False when its claim was lost meanwhile (nothing written)."""
        with self.transaction() as conn:
            n = conn.execute(outbox.update().where(*_held(row))
                             .values(state="delivered", delivered_at=at, last_error=None,
                                     next_attempt=None)).rowcount
        return n == 1

    def mark_failed(self, row: OutboxRow, error: str, at: datetime, *,
                    permanent: bool = False) -> bool:
        """Record that delivering the claimed ``row`` failed at ``at`` with ``error``: it
        is pending again, with its next attempt after :func:`backoff` of its attempts; or,
        when the failure is ``permanent``, ``failed`` for good (never retried).
        False when its claim was lost meanwhile (nothing written)."""
        values: dict[str, Any] = (
            {"state": "failed", "next_attempt": None} if permanent
            else {"state": "pending", "next_attempt": at + backoff(row.attempts)})
        with self.transaction() as conn:
            n = conn.execute(outbox.update().where(*_held(row))
                             .values(claimed_by=None, last_error=error[:2000], **values)).rowcount
        return n == 1

    def claim_many(self, rows: Iterable[OutboxRow], claimant: str | None = None) -> list[OutboxRow]:
        """Claim ``rows`` (as :meth:`deliverable` gave them) for ``claimant`` (default: this
        process) in one durable transaction, as :meth:`claim` does each: the claimed rows,
        in the order given; a row another process changed first (or, on PostgreSQL, holds
        locked right now) is left out. Three statements whatever the number of rows."""
        me = claimant or claimant_token()
        wanted = {r.id: r for r in rows}
        if not wanted:
            return []
        with self.transaction() as conn:
            q = sa.select(outbox.c.id, outbox.c.state, outbox.c.attempts).where(
                outbox.c.id.in_(list(wanted)))
            if self.dialect == "postgresql":
                q = q.with_for_update(skip_locked=True)
            ids = [i for i, state, attempts in conn.execute(q)
                   if (state, attempts) == (wanted[i].state, wanted[i].attempts)]
            if ids:
                # SQLite: the write lock (BEGIN IMMEDIATE) keeps the rows as read;
                # PostgreSQL: the row locks do
                conn.execute(outbox.update().where(outbox.c.id.in_(ids))
                             .values(state="sending", claimed_by=me,
                                     attempts=outbox.c.attempts + 1))
        won = set(ids)
        return [attrs.evolve(r, state="sending", claimed_by=me, attempts=r.attempts + 1)
                for r in wanted.values() if r.id in won]

    def settle(self, delivered: Iterable[OutboxRow] = (),
               failed: Iterable[tuple[OutboxRow, str, bool]] = (),
               released: Iterable[OutboxRow] = (), *, at: datetime) -> set[int]:
        """Record, in one durable transaction, what became of rows this process claimed
        (:meth:`claim_many`): ``delivered`` at ``at`` (as :meth:`mark_delivered`),
        ``failed`` as (row, error, permanent) (as :meth:`mark_failed`), and ``released``:
        claimed but not tried (their channel failed meanwhile), pending again as before
        the claim. Returns the ids whose claim still held (the others were left as
        another process made them)."""
        held: set[int] = set()
        done = list(delivered)
        back = list(released)
        bad = list(failed)
        if not (done or back or bad):
            return held
        with self.transaction() as conn:
            for group, values in ((done, {"state": "delivered", "delivered_at": at,
                                          "last_error": None, "next_attempt": None}),
                                  (back, {"state": "pending", "claimed_by": None,
                                          "attempts": outbox.c.attempts - 1})):
                by_claimant: dict[str | None, list[int]] = {}
                for r in group:
                    by_claimant.setdefault(r.claimed_by, []).append(r.id)
                for who, ids in by_claimant.items():
                    held.update(conn.execute(
                        outbox.update().where(outbox.c.id.in_(ids), outbox.c.state == "sending",
                                              outbox.c.claimed_by == who)
                        .values(**values).returning(outbox.c.id)).scalars())
            for r, error, permanent in bad:
                values2: dict[str, Any] = (
                    {"state": "failed", "next_attempt": None} if permanent
                    else {"state": "pending", "next_attempt": at + backoff(r.attempts)})
                if conn.execute(outbox.update().where(*_held(r))
                                .values(claimed_by=None, last_error=error[:2000],
                                        **values2)).rowcount == 1:
                    held.add(r.id)
        return held

    def outbox(self, plan: Plan | str | None = None, state: str | None = None) -> list[OutboxRow]:
        """Outbox rows (of one plan, in one state), in the order they were written."""
        q = sa.select(outbox).order_by(outbox.c.id)
        if plan is not None:
            q = q.where(outbox.c.plan == (plan if isinstance(plan, str) else plan_key(plan)))
        if state is not None:
            q = q.where(outbox.c.state == state)
        with self._reading() as conn:
            return [_row(r) for r in conn.execute(q)]


class StoreTransaction:
    """The outbox protocol's steps inside one :meth:`Store.begin` transaction."""

    def __init__(self, conn: Connection):
        self.conn = conn

    def snapshot(self, plan: Plan | str) -> Snapshot:
        """Everything recorded for ``plan``, as this transaction sees it."""
        return Store._snapshot(plan if isinstance(plan, str) else plan_key(plan), self.conn)

    def last_tick(self, plan_key: str) -> date | None:
        """The last day a tick of the plan decided, None before the first."""
        day: date | None = self.conn.execute(_LAST_TICK, {"plan_key": plan_key}).scalar()
        return day

    def ticked(self, plan_key: str, day: date) -> None:
        """Record that a tick decided the plan's events up to ``day`` (kept if later)."""
        if self.conn.execute(_LATER_TICK, {"plan_key": plan_key, "day": day}).rowcount:
            return  # one statement on every tick but the plan's first
        if self.last_tick(plan_key) is None:
            self.conn.execute(ticks.insert().values(plan=plan_key, last_day=day))

    def new(self, notifications: Iterable[Notification]) -> list[Notification]:
        """The notifications whose key the outbox does not hold yet (the first of any
        with the same key), in order; writes nothing."""
        notes = list(notifications)
        keys = [n.key for n in notes]
        existing: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            existing.update(self.conn.execute(_EXISTING, {"keys": chunk}).scalars())
        out = []
        for n in notes:
            if n.key not in existing:
                existing.add(n.key)
                out.append(n)
        return out

    def enqueue(self, notifications: Iterable[Notification], created_on: date) -> list[Notification]:
        """Write a pending outbox row for each notification whose key is new (the unique
        key makes a concurrent writer's duplicate fail: :class:`~planflow.StoreConflict`
        from :meth:`Store.begin`); returns those written."""
        fresh = self.new(notifications)
        rows = [{**row_values(n), "payload": json.dumps(n.payload, ensure_ascii=False),
                 "created_on": created_on, "state": "pending", "attempts": 0} for n in fresh]
        # one multi-row INSERT per 500 rows, not executemany: one round trip each, and on
        # PostgreSQL no psycopg pipeline (a concurrent writer's duplicate key aborting a
        # pipeline made psycopg log "error ignored terminating <Pipeline>: pipeline
        # aborted" on stderr while the StoreConflict was retried as it should be)
        for i in range(0, len(rows), 500):
            self.conn.execute(outbox.insert().values(rows[i:i + 500]))
        return fresh

    def withdraw(self, plan_key: str, closed: Callable[[OutboxRow], bool]) -> list[str]:
        """Withdraw the plan's pending rows for which ``closed(row)`` is true (their
        subject was done or cancelled before they went out); returns their keys."""
        rows = [_row(r) for r in self.conn.execute(_PENDING, {"plan_key": plan_key})]
        gone = [r for r in rows if closed(r)]
        if gone:
            self.conn.execute(outbox.update().where(outbox.c.id.in_([r.id for r in gone]))
                              .values(state="withdrawn"))
        return [r.key for r in gone]


def _revision(r: Any) -> PlanRevision:
    return PlanRevision(r.key, r.revision, r.format, r.content, r.hash, r.added_at, r.source,
                        r.added_by, r.removed_at, r.removed_by)


def _latest(conn: Connection, key: str) -> PlanRevision | None:
    r = conn.execute(sa.select(plans).where(plans.c.key == key)
                     .order_by(plans.c.revision.desc()).limit(1)).first()
    return None if r is None else _revision(r)


def _plans_lock(conn: Connection) -> None:
    """On PostgreSQL, one plan registration at a time (a lock held to the end of the
    transaction): the links of two plans added at once are each computed seeing the
    other. SQLite's BEGIN IMMEDIATE already serializes them."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_PLANS_LOCK)))


#: the advisory lock key of plan registration ("planplan" in ASCII)
_PLANS_LOCK = 0x706C616E706C616E


def _identities(conn: Connection, where: Any) -> dict[str, PlanIdentity]:
    """The identities of the indexed plans ``where`` selects (by key)."""
    rows = conn.execute(sa.select(plan_index).where(where).order_by(plan_index.c.plan)).all()
    if not rows:
        return {}
    refs: dict[str, list[tuple[str, date | None, str]]] = {}
    keys = [r.plan for r in rows]
    for i in range(0, len(keys), 500):
        for r in conn.execute(sa.select(plan_references)
                              .where(plan_references.c.plan.in_(keys[i:i + 500]))
                              .order_by(plan_references.c.plan, plan_references.c.position)):
            refs.setdefault(r.plan, []).append((r.symbol, r.day, r.role))
    return {r.plan: PlanIdentity(r.symbol, r.issued, tuple(refs.get(r.plan, ()))) for r in rows}


def _links_around(conn: Connection, key: str, identity: PlanIdentity | None,
                  old_symbol: str | None = None) -> tuple[set[str], list[PlanLink]]:
    """The plans whose links may change when the plan ``key`` takes ``identity`` (None:
    is removed): ``key`` and the plans whose references name its symbol, new or
    ``old_symbol``; and their links, computed from the index with ``key``'s identity
    replaced."""
    symbols = {symbol_key(s) for s in (identity.symbol if identity else None, old_symbol) if s}
    citing = set(conn.execute(sa.select(plan_references.c.plan).where(
        plan_references.c.symbol_key.in_(symbols))).scalars()) if symbols else set()
    children = (citing | {key}) - ({key} if identity is None else set())
    known = _identities(conn, plan_index.c.plan.in_(children - {key})) if children - {key} else {}
    if identity is not None:
        known[key] = identity
    named = {symbol_key(s) for k in children for s, _, _ in known[k].references if k in known}
    plans = _identities(conn, plan_index.c.symbol_key.in_(named)) if named else {}
    plans.pop(key, None)
    if identity is not None:
        plans[key] = identity
    plans.update(known)
    ordered = {k: plans[k] for k in sorted(plans)}
    return children | {key}, link_plans(ordered, sorted(k for k in children if k in ordered))


def index_plan(conn: Connection, key: str, revision: int, identity: PlanIdentity | None) -> None:
    """Keep the index, references and links (schema version 3) right after the plan
    ``key`` became revision ``revision`` with ``identity``, or was removed (None): the
    links of the plans it concerns are computed again from the index (never by loading
    plans), so a parent added after its children links them at once."""
    old = conn.execute(sa.select(plan_index.c.symbol).where(plan_index.c.plan == key)).scalar()
    children, links = _links_around(conn, key, identity, old)
    conn.execute(plan_index.delete().where(plan_index.c.plan == key))
    conn.execute(plan_references.delete().where(plan_references.c.plan == key))
    if identity is not None:
        conn.execute(plan_index.insert().values(
            plan=key, revision=revision, symbol=identity.symbol,
            symbol_key=symbol_key(identity.symbol) if identity.symbol else None,
            issued=identity.issued))
        if identity.references:
            conn.execute(plan_references.insert(), [
                {"plan": key, "position": i, "symbol": sym, "symbol_key": symbol_key(sym),
                 "day": day, "role": role}
                for i, (sym, day, role) in enumerate(identity.references)])
    conn.execute(plan_links.delete().where(plan_links.c.child.in_(children)))
    if identity is None:
        conn.execute(plan_links.delete().where(plan_links.c.parent == key))
    if links:
        conn.execute(plan_links.insert(), [
            {"child": x.child, "position": i, "parent": x.parent, "symbol": x.symbol,
             "day": x.date, "role": x.role} for i, x in enumerate(links)])


def _schema_lock(conn: Connection) -> None:
    """On PostgreSQL, one process at a time creates or migrates the schema (a lock held to
    the end of the transaction): workers opening a new database at once do not race to
    create the same tables. SQLite's BEGIN IMMEDIATE already serializes them."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_SCHEMA_LOCK)))


#: the advisory lock key of schema creation and migration ("planflow" in ASCII)
_SCHEMA_LOCK = 0x706C616E666C6F77


def _version(conn: Connection) -> int:
    return int(conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0)


def _refuse_newer(version: int, url: str) -> None:
    if version > SCHEMA_VERSION:
        raise StoreError(Worded.of(
            "the store {url} has schema version {version}, newer than this planflow knows "
            "({writes}): upgrade planflow", "store_newer", url=url, version=version,
            writes=SCHEMA_VERSION))


def _row(r: Any) -> OutboxRow:
    m = dict(r._mapping)
    m["payload"] = json.loads(m["payload"])
    return OutboxRow(**m)


def _held(row: OutboxRow) -> tuple[sa.ColumnElement[bool], ...]:
    """The claim ``row`` (from :meth:`Store.claim`) stands for, still held."""
    return (outbox.c.id == row.id, outbox.c.state == "sending",
            outbox.c.claimed_by == row.claimed_by, outbox.c.attempts == row.attempts)


#: marks a pooled connection checked out by :meth:`Store._reading` (in its ``info``)
_READING = "planflow_read"


def _sqlite_setup(engine: sa.Engine) -> None:
    """WAL, a busy timeout, and BEGIN IMMEDIATE (after SQLAlchemy's documented pysqlite
    recipe: sqlite3 leaves transactions alone, SQLAlchemy's begin emits ``BEGIN``)."""

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, record: Any) -> None:
        dbapi_conn.isolation_level = None  # let _sqlite_begin emit BEGIN
        cur = dbapi_conn.cursor()
        # the busy timeout first: switching a new file to WAL takes its lock too, and
        # several processes opening a new store at once wait for each other there
        cur.execute("PRAGMA busy_timeout=60000")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    # The recipe emits BEGIN from a "begin" event listener, but any listener of the
    # connection events makes SQLAlchemy dispatch its execution events (before and after
    # each statement and cursor) on every statement: about 40 % of the time of a tick's
    # small queries. This engine's dialect (its own instance) begins instead.
    engine.dialect.do_begin = _sqlite_begin  # type: ignore[method-assign,assignment]


def _sqlite_begin(dbapi_conn: Any) -> None:
    """Begin a transaction on a pooled SQLite connection: deferred for a reading
    connection (:meth:`Store._reading`; WAL readers see the last commit and never wait
    for the writer), else with the write lock taken at once."""
    read = dbapi_conn.info.get(_READING, False)
    dbapi_conn.driver_connection.execute("BEGIN" if read else "BEGIN IMMEDIATE")
