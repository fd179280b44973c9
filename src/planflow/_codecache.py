"""A cache of the code attrs and cattrs generate for classes, and of the regular
expressions a command compiles, kept beside the bytecode (private).

attrs writes the ``__init__``, ``__eq__``, ``__hash__``, ``__repr__`` … of every class it
makes as Python source and compiles it when the class is defined; cattrs does the same for
each plan-file converter function. A ``planflow validate`` defines about seventy such
classes and compiled their methods anew in every process: about 15 ms of a 105 ms command,
more than reading the plan. Python keeps the bytecode of modules in ``__pycache__``; this
module keeps the bytecode of that generated source the same way, for the ``planflow``
script only (:mod:`planflow._script` installs it; importing planflow as a library changes
nothing).

While installed, ``compile`` of a source whose file name is one attrs or cattrs gives its
generated code (``<attrs generated …>``, ``<cattrs generated …>``) is looked up by that
source and name in ``__pycache__/_generated.<cache tag>.opt<level>.<command>.marshal``
next to this file; any other call is the builtin's. The generated source is the whole key,
so a changed class, attrs or cattrs compiles anew and stale entries are simply not found;
the one part of the source that differs between processes (attrs salts each class's
``__hash__`` with the hash of a string, which Python randomises per process) is left out
of the key, and the salt is then the one of the process that wrote the entry: still a
constant of that class, which is all ``__hash__`` needs. New entries are written when the
command ends (:func:`save`), atomically (a temporary file renamed), never when bytecode is
not written (``PYTHONDONTWRITEBYTECODE``, ``-B``) and silently not where the folder is
read-only; an unreadable or corrupt file is ignored. ``sys.pycache_prefix`` is honoured as
for ``.pyc``.

Regular expressions are the other code a command compiled anew in every process: the
Vietnamese timeframe reader meets about seventy of its patterns on the first words it
reads, and ``tomllib``, ``json`` and ``platform`` compile theirs on import, about 14 ms
of a 70 ms ``planflow validate`` in all (an import of a plan document meets hundreds).
CPython compiles a pattern in Python (``re._compiler``: parse the source, then emit the
engine's program) and hands the result to ``_sre.compile``. While installed, the cache
keeps the arguments of that last call for each pattern source and flags (the program as
the engine's code units, in bytes), keyed also by the interpreter's exact version and the
engine's ``MAGIC``, and later processes make the pattern with ``_sre.compile`` from them:
the same program, so the same pattern (compiled patterns compare equal only when their
programs are the same: tests/test_codecache.py checks every pattern a command compiled).
The engine checks the program it is given, so a damaged entry raises and the pattern is
compiled anew. ``re``'s own per-process cache sits above this one, unchanged.

The expressions :mod:`typing` compiles for forward references (annotations written as
strings, as every planflow module writes them: attrs resolves the field types of each class
the plan-file reader structures, about seventy in a ``validate``, 0.7 ms) are kept too,
keyed by their source: ``compile(source, "<string>", "eval")`` called from :mod:`typing`
alone (another caller's flags may differ).

Each command (the first word after ``planflow``) keeps its own file, so that a ``validate``
does not read the hundreds of patterns and classes an ``import`` compiles.
"""

from __future__ import annotations
import __future__

import _sre
import _thread
import builtins
import marshal
import os
import re
import sys
from types import CodeType
from typing import Any

#: file names attrs and cattrs give their generated source
_GENERATED = ("<attrs generated ", "<cattrs generated ")

#: the compiler flags of the ``__future__`` features: ``compile`` inherits its caller's (called
#: through :func:`_compile`, the caller is the one that called it, not this module)
_FUTURE_FLAGS = 0
for _feature in __future__.all_feature_names:
    _FUTURE_FLAGS |= getattr(__future__, _feature).compiler_flag

#: the ``__future__`` feature attrs's and cattrs's modules (and this one) compile with, left
#: out of the keys: the entries written before the features were keyed were compiled with
#: it (inherited from this module) and stay valid
_POSTPONED = __future__.annotations.compiler_flag

#: the start of the entry of a forward reference :mod:`typing` compiles (an annotation
#: written as a string, ``"tuple[str, ...]"``: attrs resolves the field types of each class
#: the plan-file reader structures, about seventy of them in a ``validate``)
_FORWARD = "<typing forward reference>\0"

#: attrs's per-process hash salt: a line of only a (large) integer and a comma, the first
#: of the tuple its ``__hash__`` hashes (found by that literal start: a pattern starting
#: at each line took a millisecond of a small command)
_SALT = re.compile(r"hash\(\(\n([ \t]*)-?\d{6,},\n")

#: at most this many entries are kept (older ones dropped when a save passes it)
LIMIT = 4000

#: CPython's pattern compiler (``re._compiler``), whose results are cached
_re_compiler: Any = getattr(re, "_compiler", None)

#: the start of a compiled pattern's key: what its program belongs to
_RE_KEY = f"<re {sys.version} {getattr(_sre, 'MAGIC', '')}>\0"

#: modules whose patterns are not kept: tokenize builds its token pattern from a set of
#: string prefixes, in the set's per-process order (a new source in every process; attrs
#: meets it reading a builtin converter's signature)
_UNSTABLE = ("tokenize",)

#: the memoryview format of the engine's code unit (None: patterns are not cached)
_UNIT: Any = next((c for c in ("I", "H", "L", "Q") if memoryview(bytes(8)).cast(c).itemsize
                   == getattr(_sre, "CODESIZE", 0)), None)

#: what ``_sre.compile`` is given for a pattern, as kept: its source, flags, program (code
#: units as bytes), the number of groups, the group names' numbers and the numbers' names
_Program = tuple[str | bytes, int, bytes, int, dict[str, int], tuple[str | None, ...]]

#: held while a pattern is compiled anew: ``re._compiler`` then sees the capturing
#: ``_sre``, which must see no other thread's pattern
_capturing = _thread.RLock()

_builtin_compile = builtins.compile
_builtin_re_compile = _re_compiler.compile if _re_compiler is not None else None
_command = ""
_cache: dict[str, CodeType | _Program] | None = None
_used: dict[str, CodeType | _Program] = {}
_new = False


def path() -> str:
    """The cache file of this interpreter (its cache tag and optimisation level) and
    command."""
    here = os.path.dirname(os.path.abspath(__file__))
    tag = sys.implementation.cache_tag or "python"
    name = f"_generated.{tag}.opt{sys.flags.optimize}{'.' if _command else ''}{_command}.marshal"
    if sys.pycache_prefix:
        return os.path.join(sys.pycache_prefix, here.lstrip(os.sep), name)
    return os.path.join(here, "__pycache__", name)


def _load() -> dict[str, CodeType | _Program]:
    try:
        with open(path(), "rb") as f:
            data = marshal.loads(f.read())  # (marshal.load reads a file in small pieces: 4x slower)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items()
            if isinstance(k, str) and isinstance(v, CodeType | tuple)}


def _entries() -> dict[str, CodeType | _Program]:
    """The entries of this process: the file's, read on first use (once, whichever thread
    asks first)."""
    global _cache
    cache = _cache
    if cache is None:
        with _capturing:
            cache = _cache
            if cache is None:
                cache = _cache = _load()
    return cache


def cache_key(source: str, filename: str) -> str:
    """The entry of a generated source: its file name and the source, attrs's per-process
    hash salt left out."""
    return filename + "\0" + _SALT.sub(r"hash((\n\1#,\n", source)


def _compile(source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: bool = False,
             optimize: int = -1, **kw: Any) -> Any:
    """``compile``, looked up in the cache for attrs's and cattrs's generated source and
    for :mod:`typing`'s forward references."""
    caller = sys._getframe(1)
    if not dont_inherit:  # the caller's __future__ features, as compile() itself inherits them
        flags |= caller.f_code.co_flags & _FUTURE_FLAGS
    if (optimize != -1 or kw or type(source) is not str or type(filename) is not str
            or flags & ~_FUTURE_FLAGS):
        return _builtin_compile(source, filename, mode, flags, True, optimize, **kw)
    if mode == "exec" and filename.startswith(_GENERATED):
        key = cache_key(source, filename)
    elif (mode == "eval" and filename == "<string>"
          and caller.f_globals.get("__name__") == "typing"):
        key = _FORWARD + source
    else:
        return _builtin_compile(source, filename, mode, flags, True)
    if flags != _POSTPONED:
        key = f"{key}\0{flags}"
    global _new
    cache = _entries()
    code = cache.get(key)
    if type(code) is not CodeType:
        code = _builtin_compile(source, filename, mode, flags, True)
        cache[key] = code
        _new = True
    _used[key] = code
    return code


def pattern_key(pattern: str | bytes, flags: int) -> str:
    """The entry of the pattern ``pattern`` compiled with ``flags``."""
    if isinstance(pattern, bytes):
        return f"{_RE_KEY}{int(flags)}b\0{pattern.decode('latin-1')}"
    return f"{_RE_KEY}{int(flags)}\0{pattern}"


class _Capture:
    """``_sre`` as ``re._compiler`` sees it while a pattern is compiled for the cache: the
    arguments of its ``compile`` are kept, the program as bytes."""

    def __init__(self) -> None:
        self.program: _Program | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)

    def compile(self, pattern: Any, flags: int, code: Any, groups: int, groupindex: Any,
                indexgroup: Any) -> Any:
        compiled = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
        if (type(pattern) in (str, bytes) and type(code) is list and type(groups) is int
                and isinstance(groupindex, dict) and isinstance(indexgroup, tuple)):
            from array import array

            try:
                units = array(_UNIT or "I", code).tobytes()
            except (OverflowError, TypeError):
                return compiled
            self.program = (pattern, int(flags), units, groups, dict(groupindex), indexgroup)
        return compiled


def program(entry: _Program) -> Any:
    """The pattern an entry of the cache keeps (raises what ``_sre.compile`` raises for a
    program it refuses)."""
    pattern, flags, units, groups, groupindex, indexgroup = entry
    code = memoryview(units).cast(_UNIT or "I").tolist()
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


def _caller() -> str:
    """The module that asked ``re`` for the pattern being compiled."""
    f = sys._getframe(2)
    while f.f_back is not None and f.f_globals.get("__name__") == "re":
        f = f.f_back
    return str(f.f_globals.get("__name__"))


def _re_compile(p: Any, flags: int = 0) -> Any:
    """``re._compiler.compile``, its result made from the cache for a pattern's source."""
    compile_ = _builtin_re_compile
    assert compile_ is not None
    if type(p) not in (str, bytes) or flags & re.DEBUG:  # not a source: re.Scanner's
        with _capturing:  # (never while another thread's pattern is captured)
            return compile_(p, flags)
    global _new
    cache = _entries()
    key = pattern_key(p, flags)
    entry = cache.get(key)
    if type(entry) is tuple:
        try:
            compiled = program(entry)
        except (TypeError, ValueError, RuntimeError, OverflowError):
            pass  # not a program this engine takes: compiled anew below
        else:
            if compiled.pattern == p:
                _used[key] = entry
                return compiled
    with _capturing:
        if _caller() in _UNSTABLE:
            return compile_(p, flags)
        capture = _Capture()
        _re_compiler._sre = capture
        try:
            compiled = compile_(p, flags)
        finally:
            _re_compiler._sre = _sre
    if capture.program is not None and capture.program[0] is p:
        cache[key] = _used[key] = capture.program
        _new = True
    return compiled


def install(command: str = "") -> None:
    """Look generated source and patterns up in the cache of ``command`` (a name: the
    command's first word) from now on (this process)."""
    global _command
    _command = command if command.isascii() and command.isalnum() else ""
    builtins.compile = _compile
    if _re_compiler is not None and _builtin_re_compile is not None and _UNIT is not None:
        _re_compiler.compile = _re_compile


def save() -> None:
    """Write the entries this process added (nothing when none were, or bytecode is not
    written); errors writing are ignored: the cache only saves time."""
    global _new
    if not _new or _cache is None or sys.dont_write_bytecode:
        return
    _new = False
    entries = _cache if len(_cache) <= LIMIT else _used
    target = path()
    tmp = f"{target}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(tmp, "wb") as f:
            marshal.dump(entries, f)
        os.replace(tmp, target)
    except (OSError, ValueError):  # ValueError: an entry marshal cannot write
        try:
            os.unlink(tmp)
        except OSError:
            pass
