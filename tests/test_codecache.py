"""The cache of attrs's and cattrs's generated code and of compiled regular expressions
(planflow._codecache), as the script uses it: real ``planflow`` processes with their own
cache folder (``PYTHONPYCACHEPREFIX``)."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from planflow import _codecache

from .conftest import ROOT
from .test_cli import GOOD

SCRIPT = [sys.executable, "-m", "planflow"]

#: values made by a process whose classes came from the cache (or not): their repr, the
#: plan file written again, equality and hashing of equal values made apart
PROBE = """
import sys
from planflow import _codecache
if sys.argv[1] == "cache":
    _codecache.install("probe")
import planflow
plan = planflow.load(sys.argv[2])
again = planflow.load(sys.argv[2])
print(repr(plan.tasks[0]))
print(planflow.dumps_plan(plan))
print(plan == again, hash(plan.tasks[0]) == hash(again.tasks[0]), plan.tasks[0] != plan.tasks[-1])
print(planflow.validate(plan))
if sys.argv[1] == "cache":
    _codecache.save()
"""


def run(args: list[str], prefix: Path, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    e = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    e.update(PYTHONPYCACHEPREFIX=str(prefix), **env)
    return subprocess.run(args, capture_output=True, text=True, cwd=cwd, env=e, timeout=120)


def cache_file(prefix: Path, command: str = "validate") -> Path:
    found = list(prefix.rglob(f"_generated.*.{command}.marshal"))
    assert len(found) <= 1, found
    return found[0] if found else prefix / "absent"


@pytest.fixture()
def plan(tmp_path: Path) -> Path:
    p = tmp_path / "plan.toml"
    # engine settings: read by a cattrs converter (a plan of the usual shape needs none)
    p.write_text(GOOD + "[settings.engine]\nreminders = [5, 1]\n", encoding="utf-8")
    return p


def test_written_once_then_read(plan: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "pycache"
    first = run([*SCRIPT, "validate", str(plan)], prefix, tmp_path)
    assert first.returncode == 0, first.stderr
    f = cache_file(prefix)
    assert f.is_file(), "the first command writes the cache"
    entries = marshal.loads(f.read_bytes())
    assert any(k.startswith("<attrs generated methods planflow.plan.Plan>") for k in entries)
    assert any(k.startswith("<cattrs generated structure") for k in entries)
    before = (f.stat().st_mtime_ns, f.read_bytes())
    second = run([*SCRIPT, "validate", str(plan)], prefix, tmp_path)
    assert (second.returncode, second.stdout, second.stderr) == (0, first.stdout, first.stderr)
    assert (f.stat().st_mtime_ns, f.read_bytes()) == before, \
        "a command whose classes were all cached writes nothing (the hash salt is not keyed)"
    # another command keeps its own file: a validate does not read what it compiled
    third = run([*SCRIPT, "schedule", str(plan), "--json"], prefix, tmp_path)
    assert third.returncode == 0, third.stderr
    assert cache_file(prefix, "schedule").is_file()
    assert (f.stat().st_mtime_ns, f.read_bytes()) == before


def test_classes_from_the_cache_behave_as_compiled(plan: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "pycache"
    plain = run([sys.executable, "-c", PROBE, "plain", str(plan)], prefix, tmp_path,
                PYTHONDONTWRITEBYTECODE="1")
    cold = run([sys.executable, "-c", PROBE, "cache", str(plan)], prefix, tmp_path)
    assert cache_file(prefix, "probe").is_file()
    warm = run([sys.executable, "-c", PROBE, "cache", str(plan)], prefix, tmp_path)
    for r in (plain, cold, warm):
        assert r.returncode == 0, r.stderr
    assert plain.stdout == cold.stdout == warm.stdout
    assert "True True True" in warm.stdout


def test_corrupt_file_is_ignored_and_replaced(plan: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "pycache"
    run([*SCRIPT, "validate", str(plan)], prefix, tmp_path)
    f = cache_file(prefix)
    good = run([*SCRIPT, "validate", str(plan)], prefix, tmp_path)
    for junk in (b"", b"\x00garbage", marshal.dumps([1, 2, 3]), marshal.dumps({"k": 1})):
        f.write_bytes(junk)
        r = run([*SCRIPT, "validate", str(plan)], prefix, tmp_path)
        assert (r.returncode, r.stdout, r.stderr) == (0, good.stdout, good.stderr)
        assert isinstance(marshal.loads(f.read_bytes()), dict)
        assert len(marshal.loads(f.read_bytes())) > 1


def test_not_written_without_bytecode_or_where_it_cannot_be(plan: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "pycache"
    r = run([*SCRIPT, "validate", str(plan)], prefix, tmp_path, PYTHONDONTWRITEBYTECODE="1")
    assert r.returncode == 0, r.stderr
    assert not cache_file(prefix).exists()
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    r = run([*SCRIPT, "validate", str(plan)], blocked / "pycache", tmp_path)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    assert not list(tmp_path.rglob("*.tmp"))


def test_a_library_import_leaves_compile_alone() -> None:
    code = ("import builtins; c = builtins.compile; import planflow, planflow.cli; "
            "planflow.load; print(builtins.compile is c)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                       timeout=120)
    assert r.stdout.strip() == "True", r.stderr


def test_forward_references_are_kept_as_typing_compiles_them(plan: Path, tmp_path: Path) -> None:
    """typing's forward references (annotations written as strings) come from the cache,
    the same code as typing compiles: no ``__future__`` feature of this module's."""
    prefix = tmp_path / "pycache"
    assert run([*SCRIPT, "validate", str(plan)], prefix, tmp_path).returncode == 0
    entries = marshal.loads(cache_file(prefix).read_bytes())
    # (the key: the reference, then the future features typing compiles it with: none)
    kept = {k.split("\0")[1]: v for k, v in entries.items()
            if k.startswith("<typing forward reference>") and k.endswith("\x000")}
    assert len(kept) > 3 and "str" in kept, sorted(kept)
    for source, code in kept.items():
        assert code == compile(source, "<string>", "eval", dont_inherit=True), source
        assert code.co_flags == compile(source, "<string>", "eval", dont_inherit=True).co_flags


#: compile() called with the cache installed, from code with and without a __future__ feature
INHERITED = """
from planflow import _codecache
_codecache.install("probe")
plain = {}
exec(compile("def f(x: int) -> None: pass", "<probe>", "exec"), plain)
print(plain["f"].__annotations__)
exec(compile("from __future__ import annotations\\n"
             "g = compile('def f(x: int) -> None: pass', '<probe>', 'exec')", "<outer>", "exec"),
     plain)
exec(plain["g"], plain)
print(plain["f"].__annotations__)
"""


def test_compile_inherits_its_callers_future_features_not_the_caches() -> None:
    """compile() inherits the ``__future__`` features of the code calling it: through the
    cache's wrapper too (whose module postpones annotations)."""
    r = subprocess.run([sys.executable, "-c", INHERITED], capture_output=True, text=True,
                       cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["{'x': <class 'int'>, 'return': None}",
                                     "{'x': 'int', 'return': 'None'}"]


def test_the_key_leaves_out_only_the_hash_salt() -> None:
    def src(salt: int, field: str = "a") -> str:
        return (f"def __hash__(self):\n        return hash((\n                {salt},\n"
                f"                self.{field},\n            ))\n")

    name = "<attrs generated methods m.C>"
    assert _codecache.cache_key(src(-4411), name) != _codecache.cache_key(src(-4412), name)
    assert _codecache.cache_key(src(-3996627855119064750), name) == \
        _codecache.cache_key(src(6323607760980799992), name)
    assert _codecache.cache_key(src(123456789, "a"), name) != \
        _codecache.cache_key(src(123456789, "b"), name)
    assert _codecache.cache_key(src(123456789), name) != \
        _codecache.cache_key(src(123456789), "<attrs generated methods m.D>")


#: the full command line alone: no script, so no cache (what the cached script must match)
FULL = [sys.executable, "-c", "import sys; sys.argv[0] = 'planflow'; "
        "from planflow.cli import main; main()"]

#: a plan document whose import meets hundreds of the readers' patterns
EXAMPLE = ROOT / "examples" / "65-KH-UBND-2023.txt"


def patterns(f: Path) -> dict[str, tuple[object, ...]]:
    """The compiled patterns a cache file keeps, by key."""
    return {k: v for k, v in marshal.loads(f.read_bytes()).items() if isinstance(v, tuple)}


def test_patterns_from_the_cache_read_as_compiled_ones(tmp_path: Path) -> None:
    prefix = tmp_path / "pycache"
    args = ["import", str(EXAMPLE)]
    plain = run([*FULL, *args], prefix, tmp_path)
    cold = run([*SCRIPT, *args], prefix, tmp_path)
    f = cache_file(prefix, "import")
    kept = patterns(f)
    assert len(kept) > 300, "the readers' patterns are kept"
    before = (f.stat().st_mtime_ns, f.read_bytes())
    warm = run([*SCRIPT, *args], prefix, tmp_path)
    assert (f.stat().st_mtime_ns, f.read_bytes()) == before, "every pattern came from the cache"
    assert plain.returncode == 0, plain.stderr
    assert (plain.returncode, plain.stdout, plain.stderr) == \
        (cold.returncode, cold.stdout, cold.stderr) == (warm.returncode, warm.stdout, warm.stderr)
    # each kept program is the one this interpreter compiles from the same source and flags
    # (patterns compare equal only when their programs are the same)
    compile_ = re._compiler.compile  # type: ignore[attr-defined]
    for key, entry in kept.items():
        assert key.startswith(_codecache._RE_KEY)
        flags = int(key[len(_codecache._RE_KEY):].partition("\0")[0].rstrip("b"))
        source = entry[0]
        assert isinstance(source, str | bytes)
        assert key == _codecache.pattern_key(source, flags)
        made, fresh = _codecache.program(entry), compile_(source, flags)  # type: ignore[arg-type]
        assert made == fresh, source
        assert (made.flags, made.groups, made.groupindex) == \
            (fresh.flags, fresh.groups, fresh.groupindex)
    assert made != compile_(source, flags ^ re.IGNORECASE)  # the comparison can fail


def test_a_damaged_program_is_compiled_anew(tmp_path: Path) -> None:
    prefix = tmp_path / "pycache"
    args = ["timeframe", "cuối quý II năm 2024", "--year", "2024"]
    good = run([*SCRIPT, *args], prefix, tmp_path)
    assert good.returncode == 0, good.stderr
    f = cache_file(prefix, "timeframe")
    entries = marshal.loads(f.read_bytes())
    damaged = {k: (*v[:2], b"\x11\x00\x00\x00" * 3, *v[3:]) if isinstance(v, tuple) else v
               for k, v in entries.items()}
    assert damaged != entries
    f.write_bytes(marshal.dumps(damaged))
    r = run([*SCRIPT, *args], prefix, tmp_path)
    assert (r.returncode, r.stdout, r.stderr) == (0, good.stdout, good.stderr)
    assert patterns(f) == {k: v for k, v in entries.items() if isinstance(v, tuple)}, \
        "the patterns were compiled anew and kept again"


#: patterns compiled by eight threads at once while the cache is installed, then each kept
#: program compared with a fresh compile in another process
THREADS = """
import re, sys, threading
from planflow import _codecache
_codecache.install("threads")
sys.setswitchinterval(1e-6)  # threads taking turns inside each other's compiles
def work(k):
    for i in range(60):
        re.compile(f"(?P<w{k}>[a-z]{{{i % 7 + 1}}})x{k}y{i}|z{i}(\\\\d+)", re.I if i % 2 else 0)
threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
_codecache.save()
"""


def test_patterns_compiled_by_threads_at_once_are_kept_as_their_own(tmp_path: Path) -> None:
    prefix = tmp_path / "pycache"
    r = run([sys.executable, "-c", THREADS], prefix, tmp_path)
    assert r.returncode == 0, r.stderr
    kept = {k: v for k, v in patterns(cache_file(prefix, "threads")).items() if "x" in str(v[0])}
    assert len(kept) == 8 * 60
    compile_ = re._compiler.compile  # type: ignore[attr-defined]
    for key, entry in kept.items():
        flags = int(key[len(_codecache._RE_KEY):].partition("\0")[0])
        assert _codecache.program(entry) == compile_(entry[0], flags), entry[0]
