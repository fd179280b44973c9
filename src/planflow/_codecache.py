"""A cache of the code attrs and cattrs generate for classes, kept beside the bytecode (private).

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
source and name in ``__pycache__/_generated.<cache tag>.opt<level>.marshal`` next to this
file; any other call is the builtin's. The generated source is the whole key, so a changed
class, attrs or cattrs compiles anew and stale entries are simply not found; the one part
of the source that differs between processes (attrs salts each class's ``__hash__`` with
the hash of a string, which Python randomises per process) is left out of the key, and the
salt is then the one of the process that wrote the entry: still a constant of that class,
which is all ``__hash__`` needs. New entries are written when the command ends
(:func:`save`), atomically (a temporary file renamed), never when bytecode is not written
(``PYTHONDONTWRITEBYTECODE``, ``-B``) and silently not where the folder is read-only; an
unreadable or corrupt file is ignored. ``sys.pycache_prefix`` is honoured as for ``.pyc``.
"""

from __future__ import annotations

import builtins
import marshal
import os
import re
import sys
from types import CodeType
from typing import Any

#: file names attrs and cattrs give their generated source
_GENERATED = ("<attrs generated ", "<cattrs generated ")

#: attrs's per-process hash salt: a line of only a (large) integer and a comma
_SALT = re.compile(r"(?m)^([ \t]*)-?\d{6,},$")

#: at most this many entries are kept (older ones dropped when a save passes it)
LIMIT = 4000

_builtin_compile = builtins.compile
_cache: dict[str, CodeType] | None = None
_used: dict[str, CodeType] = {}
_new = False


def path() -> str:
    """The cache file of this interpreter (its cache tag and optimisation level)."""
    here = os.path.dirname(os.path.abspath(__file__))
    tag = sys.implementation.cache_tag or "python"
    name = f"_generated.{tag}.opt{sys.flags.optimize}.marshal"
    if sys.pycache_prefix:
        return os.path.join(sys.pycache_prefix, here.lstrip(os.sep), name)
    return os.path.join(here, "__pycache__", name)


def _load() -> dict[str, CodeType]:
    try:
        with open(path(), "rb") as f:
            data = marshal.loads(f.read())  # (marshal.load reads a file in small pieces: 4x slower)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, CodeType)}


def cache_key(source: str, filename: str) -> str:
    """The entry of a generated source: its file name and the source, attrs's per-process
    hash salt left out."""
    return filename + "\0" + _SALT.sub(r"\1#,", source)


def _compile(source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: bool = False,
             optimize: int = -1, **kw: Any) -> Any:
    """``compile``, looked up in the cache for attrs's and cattrs's generated source."""
    if (flags or dont_inherit or optimize != -1 or kw or mode != "exec"
            or type(source) is not str or type(filename) is not str
            or not filename.startswith(_GENERATED)):
        return _builtin_compile(source, filename, mode, flags, dont_inherit, optimize, **kw)
    global _cache, _new
    if _cache is None:
        _cache = _load()
    key = cache_key(source, filename)
    code = _cache.get(key)
    if code is None:
        code = _builtin_compile(source, filename, mode)
        _cache[key] = code
        _new = True
    _used[key] = code
    return code


def install() -> None:
    """Look generated source up in the cache from now on (this process)."""
    builtins.compile = _compile


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
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
