"""Store faults under real commands: a disk that fills up (a small tmpfs), a store file or
folder made immutable (``chattr +i``, which binds root too). Each command ends with one
line naming the store and what to do, exit code 2, never a traceback, and the store stays
whole (``PRAGMA integrity_check``) with nothing half-written.

Mounting a tmpfs and ``chattr`` need root (CI runs as root); elsewhere the tests skip,
saying why.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_engine_cli import PLAN

pytestmark = pytest.mark.heavy


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "planflow", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def one_line_error(r: subprocess.CompletedProcess[str]) -> str:
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    return lines[0]


def integrity(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def rows(db: Path, table: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()  # noqa: S608
    finally:
        con.close()


@pytest.fixture
def small_disk(tmp_path):
    """A 512 KiB tmpfs, unmounted after the test."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root and mount(8)")
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mnt)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def fill(mnt: Path, leave: int) -> Path:
    """Fill the tmpfs until about ``leave`` bytes are free."""
    free = shutil.disk_usage(mnt).free
    filler = mnt / "filler"
    with open(filler, "wb") as f:
        f.write(b"\0" * max(free - leave, 0))
    return filler


def setup_plan(tmp_path: Path, db: Path) -> tuple[Path, dict[str, str]]:
    plan = tmp_path / "plan.json"
    data = dict(PLAN, tasks=[{"id": f"t{i}", "title": f"Việc số {i}", "lead": ["a"],
                              "timeframe": "2023-03-31"} for i in range(1, 41)])
    plan.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    env = dict(os.environ, PLANFLOW_DB=str(db), PLANFLOW_OUTBOX=str(tmp_path / "ob"),
               PLANFLOW_LOAD_PLUGINS="vn,channels")
    return plan, env


def test_disk_full_during_record_is_one_line_and_nothing_is_half_written(tmp_path, small_disk):
    db = small_disk / "t.db"
    plan, env = setup_plan(tmp_path, db)
    r = run("record", str(plan), "t1", "--progress", "bắt đầu", "--on", "2023-02-01", env=env)
    assert r.returncode == 0, r.stderr
    before = rows(db, "progress")
    filler = fill(small_disk, 40_000)
    r = run("record", str(plan), "t1", "--progress", "x" * 100_000, "--on", "2023-02-02", env=env)
    line = one_line_error(r)
    assert str(db) in line and "disk is full" in line
    filler.unlink()
    assert integrity(db) == "ok"
    assert rows(db, "progress") == before  # the failed note is not there, not even in part
    r = run("record", str(plan), "t1", "--progress", "tiếp tục", "--on", "2023-02-03", env=env)
    assert r.returncode == 0, r.stderr  # space freed: the store works again
    assert len(rows(db, "progress")) == len(before) + 1


def test_disk_full_during_tick_loses_nothing_once_space_is_back(tmp_path, small_disk):
    db = small_disk / "t.db"
    plan, env = setup_plan(tmp_path, db)
    assert run("record", str(plan), "t1", "--progress", "bắt đầu", "--on", "2023-02-01",
               env=env).returncode == 0
    filler = fill(small_disk, 8_000)
    r = run("tick", str(plan), "--at", "2023-03-31", env=env)
    line = one_line_error(r)
    assert str(db) in line
    filler.unlink()
    assert integrity(db) == "ok"
    r = run("tick", str(plan), "--at", "2023-03-31", "--json", env=env)
    assert r.returncode == 0, r.stderr
    con = sqlite3.connect(db)
    keys = [k for (k,) in con.execute("SELECT key FROM outbox")]
    con.close()
    assert keys and len(keys) == len(set(keys))  # each notice decided once
    sent = list((tmp_path / "ob").rglob("*"))
    assert [p for p in sent if p.is_file()]  # and delivered


@pytest.fixture
def chattr():
    if os.geteuid() != 0 or shutil.which("chattr") is None:
        pytest.skip("chattr +i needs root and chattr(1) (e2fsprogs)")
    made: list[Path] = []

    def immutable(path: Path) -> None:
        r = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
        if r.returncode != 0:
            pytest.skip(f"this file system does not take chattr +i: {r.stderr.strip()}")
        made.append(path)

    yield immutable
    for p in reversed(made):
        subprocess.run(["chattr", "-i", str(p)], check=False)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_immutable_store_file_refuses_writes_in_one_line(tmp_path, chattr):
    db = tmp_path / "s" / "t.db"
    plan, env = setup_plan(tmp_path, db)
    assert run("record", str(plan), "t1", "--progress", "bắt đầu", "--on", "2023-02-01",
               env=env).returncode == 0
    before = digest(db)
    chattr(db)
    for args in (("record", str(plan), "t2", "--done", "2023-02-02"),
                 ("submit", str(plan), "a", "Q1", "--on", "2023-04-01"),
                 ("tick", str(plan), "--at", "2023-03-31")):
        line = one_line_error(run(*args, env=env))
        assert str(db) in line, line
    assert digest(db) == before


def test_immutable_store_folder_is_one_line(tmp_path, chattr):
    db = tmp_path / "s" / "t.db"
    plan, env = setup_plan(tmp_path, db)
    assert run("record", str(plan), "t1", "--progress", "bắt đầu", "--on", "2023-02-01",
               env=env).returncode == 0
    before = digest(db)
    chattr(db)
    chattr(db.parent)
    r = run("status", str(plan), "--at", "2023-02-03", env=env)
    if r.returncode != 0:  # SQLite may need its folder to open the file: one clear line
        line = one_line_error(r)
        assert str(db) in line
    line = one_line_error(run("record", str(plan), "t2", "--done", "2023-02-02", env=env))
    assert str(db) in line
    assert digest(db) == before
