"""A throwaway PostgreSQL cluster for the tests, and one database per test.

``PLANFLOW_TEST_PG_URL`` (set by .ci/run, which starts a cluster for the whole run) names
a server whose user may create databases. Without it, :func:`server_url` starts a
cluster itself when PostgreSQL's binaries are installed (``pg_ctl`` on PATH or under
/usr/lib/postgresql/*/bin), as the ``postgres`` user when running as root (PostgreSQL
refuses to run as root), on 127.0.0.1 with a free port and its socket in a temporary
folder; it is stopped when the test session ends. Where neither is possible the
PostgreSQL tests skip, saying why.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa

ENV = "PLANFLOW_TEST_PG_URL"


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, None when PostgreSQL is not installed."""
    found = shutil.which("pg_ctl")
    candidates = [Path(found).resolve().parent] if found else []
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for c in candidates:
        if (c / "initdb").exists() and (c / "pg_ctl").exists():
            return c
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_cluster(*, fsync: bool = False) -> tuple[str, Callable[[], None]]:
    """Start a cluster; returns its URL and a function that stops it and removes it.
    ``fsync=False`` (the tests'): commits never wait for the disk (a crash of the
    machine could lose the cluster, which is thrown away anyway); benchmarks measuring
    durable commits start it with ``fsync=True``."""
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (no pg_ctl on PATH or under "
                           "/usr/lib/postgresql/*/bin); .ci/run installs it")
    as_root = os.geteuid() == 0
    base = Path(tempfile.mkdtemp(prefix="planflow-pg-"))
    data = base / "data"
    prefix: list[str] = []
    if as_root:
        os.chmod(base, 0o755)
        shutil.chown(base, "postgres", "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    run = lambda *a: subprocess.run(prefix + list(a), check=True, capture_output=True,  # noqa: E731
                                    text=True, timeout=120)
    run(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
        "-E", "UTF8", "--locale=C.UTF-8")
    run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(base / "log"), "-w", "-o",
        f"-c listen_addresses=127.0.0.1 -p {port} -k {base} -c fsync={'on' if fsync else 'off'} "
        f"-c max_connections=200", "start")

    def stop() -> None:
        subprocess.run(prefix + [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w",
                                 "stop"], capture_output=True, timeout=120)
        shutil.rmtree(base, ignore_errors=True)

    return f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", stop


def create_database(server: str) -> tuple[str, Callable[[], None]]:
    """A new empty database on ``server``; returns its URL and a function that drops it."""
    name = "planflow_t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    with admin.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.make_url(server).set(database=name).render_as_string(hide_password=False)

    def drop() -> None:
        with admin.connect() as c:
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()

    return url, drop
