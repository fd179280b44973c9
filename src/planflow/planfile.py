"""Plan files: TOML and JSON with one schema, structured with cattrs.

Errors name the file, the path inside it (``tasks[3].lead``) and the problem, one line
each; nothing is half-read. The schema is documented in ``docs/plan-file.md``.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Mapping
from datetime import date
from itertools import chain
from typing import TYPE_CHECKING, Any

import attrs

from ._convert import str_tuple, to_date
from ._gc import paused_gc
from ._structure import Slow, Structurer
from .agency import Agency
from .document import DocumentInfo, DocumentRef, Section, Signature
from .errors import PlanFileError, PlanflowError, PluginError, TimeframeError
from .plan import Period, Plan
from .regime import Hop, Regime, ReportPeriod
from .registry import Registry, bind, registry_of
from .task import Task, TaskColumns
from .text import Worded
from .text import nfc as _nfc
from .timeframe import Kind, Timeframe, resolve_timeframe

if TYPE_CHECKING:
    from pathlib import Path

    import cattrs

    converter: cattrs.Converter  # made on first use (module __getattr__)

__all__ = ["converter", "load_plan", "plan_from_dict", "unstructure_plan", "dumps_plan"]

# The cattrs converter (``planfile.converter``) is made on first use: a plan of the usual
# shape is read without it (:func:`_structure`), and importing cattrs is about a tenth of
# a small command's time.
_converter: cattrs.Converter | None = None
_converter_lock = threading.Lock()
#: the structure hooks, by type, in the order they are registered with the converter
_HOOKS: dict[Any, Callable[[Any, Any], Any]] = {}


def _date(value: Any, _: Any) -> date:
    try:
        return to_date(value)
    except TimeframeError:
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)") from None
    except TypeError:
        raise ValueError(f"expected a date (YYYY-MM-DD), got {value!r}") from None


def _opt_date(value: Any, _: Any) -> date | None:
    return None if value is None else _date(value, None)


def _str(value: Any, _: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected text, got {value!r}")
    return value


def _str_tuple(value: Any, _: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list | tuple):
        raise ValueError(f"expected a list of text, got {value!r}")
    for v in value:
        if not isinstance(v, str):
            raise ValueError(f"expected text in the list, got {v!r}")
    return tuple(value)


def _warnings(value: Any) -> tuple[str, ...]:
    """A timeframe's warnings: text, or tables that keep a warning's words (Worded.to_data)."""
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list | tuple):
        raise ValueError(f"expected a list of warnings, got {value!r}")
    return tuple(Worded.from_data(v) for v in value)


_TF_KEYS = {"text", "kind", "start", "end", "due", "recurrence", "condition", "occurrences",
            "open_ended", "invalid", "warnings", "duty"}


def _timeframe(value: Any, _: Any) -> Timeframe:
    if value is None:
        return Timeframe.coerce(None)
    if isinstance(value, date):
        return Timeframe.deadline(value)
    if isinstance(value, str):
        return Timeframe.coerce(value)
    if isinstance(value, Mapping):
        extra = set(value) - _TF_KEYS
        if extra:
            raise ValueError(f"unknown key(s) {', '.join(sorted(extra))} in a timeframe "
                             f"(allowed: {', '.join(sorted(_TF_KEYS))})")
        start = _opt_date(value.get("start"), None)
        end = _opt_date(value.get("end"), None)
        due = _opt_date(value.get("due"), None)
        text = value.get("text") or ""
        kind = value.get("kind")
        if kind is None:
            if start is None and end is None and due is None:
                return Timeframe.coerce(text)
            kind = Kind.WINDOW if start is not None and end is not None else Kind.DEADLINE
        try:
            kind = Kind(kind)
        except ValueError:
            raise ValueError(f"timeframe kind {kind!r} is not one of "
                             f"{', '.join(k.value for k in Kind)}") from None
        if kind is Kind.DEADLINE and due is None:
            due = end
        if kind is Kind.WINDOW and due is None:
            due = end
        return Timeframe(text=text, kind=kind, start=start, end=end, due=due,
                         recurrence=value.get("recurrence"), condition=value.get("condition"),
                         occurrences=_occurrences(value.get("occurrences", ())),
                         open_ended=_flag(value.get("open_ended", False), "open_ended"),
                         invalid=_flag(value.get("invalid", False), "invalid"),
                         duty=_flag(value.get("duty", False), "duty"),
                         warnings=_warnings(value.get("warnings", ())))
    raise ValueError(f"a timeframe is words, an ISO date or window, or a table, not {value!r}")


def _occurrences(value: Any) -> tuple[tuple[date, date], ...]:
    if not isinstance(value, list | tuple):
        raise ValueError(f"occurrences are a list of [start, end] dates, not {value!r}")
    out = []
    for pair in value:
        if not isinstance(pair, list | tuple) or len(pair) != 2:
            raise ValueError(f"an occurrence is [start, end], not {pair!r}")
        out.append((_date(pair[0], None), _date(pair[1], None)))
    return tuple(out)


def _flag(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{name} is true or false, not {value!r}")
    return value


def _period(value: Any, _: Any) -> Period | None:
    try:
        return Period.coerce(value)
    except OverflowError:
        raise ValueError(f"a year from 1 to 9999, not {_short(value)}") from None
    except (TypeError, KeyError) as e:
        raise ValueError(f"a period is a year, 'YYYY-MM-DD/YYYY-MM-DD' or {{start, end}}: {e}") from None


def _table(value: Any, _: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise ValueError(f"expected a table, got {value!r}")
    return dict(value)


def _int(value: Any, _: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"expected a whole number, got {value!r}")
    return value


def _opt_count(value: Any, _: Any) -> int | None:
    if value is None:
        return None
    n = _int(value, None)
    if n < 0:
        raise ValueError(f"must not be negative, got {n}")
    return n


def _str_table(value: Any, _: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise ValueError(f"expected a table, got {value!r}")
    for k, v in value.items():
        if not isinstance(v, str):
            raise ValueError(f"{k}: expected text, got {v!r}")
    return dict(value)


def _hook(typ: Any, fn: Any) -> None:
    """Register ``fn`` for ``typ`` (every call is at import, before the converter is made:
    :func:`_conv` registers them all with it, in this order)."""
    _HOOKS[typ] = fn


def _register(c: cattrs.Converter, typ: Any, fn: Any) -> None:
    if isinstance(typ, type):
        c.register_structure_hook(typ, fn)
    else:
        c.register_structure_hook_func(lambda t: t == typ, fn)


def _conv() -> cattrs.Converter:
    """The plan-file converter with its hooks (made on first use)."""
    global _converter
    if _converter is None:
        with _converter_lock:
            if _converter is None:
                import cattrs

                c = cattrs.Converter(forbid_extra_keys=True)
                for typ, fn in _HOOKS.items():
                    _register(c, typ, fn)
                _converter = c
    return _converter


def __getattr__(name: str) -> Any:
    if name == "converter":
        return _conv()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_hook(date, _date)
_hook(str, _str)
_hook(int, _int)
_hook(int | None, _opt_count)  # duration_days
_hook(tuple[str, ...], _str_tuple)
_hook(Timeframe, _timeframe)
_hook(Period, _period)
_hook(Period | None, _period)
_hook(date | None, _opt_date)
_hook(dict[str, Any], _table)
_hook(dict[str, str], _str_table)

_TASK_FIELDS = frozenset(a.name for a in attrs.fields(Task))


#: the bulk path met something it leaves to cattrs (for its detailed error paths): the
#: same signal as the plain values' fast path (:mod:`planflow._structure`)
_Slow = Slow


def _fast_tasks(raw: Any) -> tuple[Task, ...]:
    """Tasks from plain dicts without cattrs' per-field dispatch (plans reach 100k tasks).

    The attrs converters still check and normalise every field; anything unusual (not a
    table, an unknown key, a value a converter rejects) raises :class:`_Slow` and cattrs
    structures the list instead, for its detailed error paths.
    """
    if type(raw) is not list:
        raise _Slow
    memo: dict[str, Timeframe] = {}
    out: list[Task] = []
    append = out.append
    keys = _TASK_FIELDS
    for r in raw:
        if type(r) is not dict or not r.keys() <= keys:
            raise _Slow
        g = r.get
        if type(g("lead")) is dict or type(g("partners")) is dict or type(g("depends_on")) is dict:
            raise _Slow  # the attrs converters would take a table's keys
        tf = g("timeframe")
        if type(tf) is str:
            t = memo.get(tf)
            if t is None:
                t = memo[tf] = Timeframe.coerce(tf)
            tf = t
        try:
            if type(tf) is not Timeframe:
                tf = _timeframe(tf, None)
            tid, title = r["id"], r["title"]
            lead, partners, deps = g("lead"), g("partners"), g("depends_on")
            content, output, dur = g("content"), g("output"), g("duration_days")
            # the usual shapes, converted here as Task's converters would (the same values;
            # tests/test_planfile.py checks it); anything else goes through Task itself
            wdur = g("duration_working_days")
            if (type(tid) is str and type(title) is str and tid.isascii() and tid.strip()
                    and (output is None or type(output) is str)
                    and (dur is None or (type(dur) is int and dur >= 0))
                    and (wdur is None or (type(wdur) is int and wdur >= 0))):
                if not title.isascii():
                    title = _nfc(title)
                if output is not None and not output.isascii():
                    output = _nfc(output)
                task = _new_task(Task)
                _set_id(task, tid)
                _set_title(task, title)
                _set_lead(task, tuple(lead) if type(lead) is list and _join(lead).isascii()
                          else str_tuple(lead))
                _set_partners(task, tuple(partners) if type(partners) is list
                              and _join(partners).isascii() else str_tuple(partners))
                _set_timeframe(task, tf)
                _set_deps(task, tuple(deps) if type(deps) is list and _join(deps).isascii()
                          else str_tuple(deps))
                _set_duration(task, dur)
                _set_content(task, () if content is None else str_tuple(content))
                _set_output(task, output)
                _set_working(task, wdur)
                append(task)
            else:
                append(Task(tid, title, lead, partners, tf, deps, dur, content, output, wdur))
        except (KeyError, TypeError, ValueError):
            raise _Slow from None
    return tuple(out)


# _fast_tasks writes a Task's slots directly when its fields already have the shapes the
# converters would give them (one Python call per field instead of a converter, a setter
# and a validator each)
_new_task: Callable[[type[Task]], Task] = object.__new__
_join = "".join
(_set_id, _set_title, _set_lead, _set_partners, _set_timeframe, _set_deps, _set_duration,
 _set_content, _set_output, _set_working) = (
    Task.__dict__[a.name].__set__ for a in attrs.fields(Task))

_NONE = type(None)


def _text_column(values: list[Any]) -> list[str]:
    """Text values as Task's ``nfc`` converter leaves them (str.join checks they are text)."""
    joined = "\n".join(values)  # a newline never composes: each piece normalises alone
    if joined.isascii() or unicodedata.is_normalized("NFC", joined):
        return values
    return list(map(_nfc, values))


def _count_column(values: list[Any]) -> list[Any]:
    """Whole numbers of days (or nothing), never negative."""
    if not set(map(type, values)) <= {int, _NONE}:
        raise _Slow  # bool is no count (and True == 1 in a set): cattrs says so
    distinct = set(values)
    distinct.discard(None)
    if distinct and min(distinct) < 0:
        raise _Slow
    return values


def _column_tasks(raw: Any) -> TaskColumns:
    """The tasks of a plan file as columns (the bulk path: no Task object is built until
    a caller asks for one): one pass over the rows gathers each field's values, then each
    column is checked at C speed.

    Only the usual shapes come this way (tables with known keys; ids, titles and outputs
    as text; lists of text; timeframes as words, dates or tables; counts as whole
    numbers); anything else raises :class:`_Slow` and :func:`_fast_tasks` or cattrs build
    the tasks instead, with the same values or the same messages.
    """
    if type(raw) is not list:
        raise _Slow
    cols: tuple[list[Any], ...] = ([], [], [], [], [], [], [], [], [], [])
    (ids, titles, leads, partners, tfs, deps, durs, contents, outputs, working) = cols
    (a_id, a_title, a_lead, a_partners, a_tf, a_deps, a_dur, a_content, a_output,
     a_working) = (c.append for c in cols)
    memo: dict[Any, Timeframe] = {}
    memo_get = memo.get
    keys = _TASK_FIELDS
    empty: list[str] = []
    join = _join
    ascii_lists = True
    named: set[str] = set()  # gathered while each row is at hand: no second pass
    name = named.update
    counts: list[int] = []
    a_count = counts.append
    flat: list[str] = []
    a_flat = flat.extend
    try:
        for r in raw:
            if type(r) is not dict or not r.keys() <= keys:
                raise _Slow
            g = r.get
            lead, partners_, deps_ = g("lead", empty), g("partners", empty), g("depends_on", empty)
            content = g("content", empty)
            if (type(lead) is not list or type(partners_) is not list
                    or type(deps_) is not list or type(content) is not list):
                raise _Slow  # a table, a bare word, null...: Task's converters, or cattrs
            if content and not join(content).isascii():  # (TypeError: not text)
                ascii_lists = False
            a_id(r["id"])
            a_title(r["title"])
            a_lead(lead)
            a_partners(partners_)
            a_deps(deps_)
            name(lead, partners_)
            a_count(len(deps_))
            a_flat(deps_)
            a_content(content)
            a_output(g("output"))
            a_dur(g("duration_days"))
            a_working(g("duration_working_days"))
            tf = g("timeframe")
            if type(tf) is dict:
                a_tf(_timeframe(tf, None))
                continue
            t = memo_get(tf)
            if t is None:
                t = memo[tf] = _timeframe(tf, None)
            a_tf(t)
        ids = _text_column(ids)
        if not all(map(str.strip, ids)):
            raise _Slow  # an empty id: the validator's message
        titles = _text_column(titles)
        # every lead, partner and dependency is text (str.join: a TypeError else), and
        # ASCII needs no normalising
        if not set(map(type, named)) <= {str}:
            raise _Slow
        if not (join(named).isascii() and join(flat).isascii()):
            ascii_lists = False
        if not ascii_lists:
            leads, partners, deps, contents = (
                [tuple(map(_nfc, v)) for v in c] for c in (leads, partners, deps, contents))
            named = set(chain.from_iterable(leads)) | set(chain.from_iterable(partners))
            flat = list(chain.from_iterable(deps))
        types = set(map(type, outputs))
        if not types <= {str, _NONE}:
            raise _Slow
        if str in types:
            outputs = [None if v is None else _nfc(v) for v in outputs]
        durs = _count_column(durs)
        working = _count_column(working)
    except (KeyError, TypeError, ValueError, TimeframeError):
        raise _Slow from None
    return TaskColumns(ids, titles, leads, partners, tfs, deps, durs, contents, outputs,
                       working, named, (counts, flat))


def _structure_tasks(value: Any, _: Any) -> tuple[Task, ...]:
    try:
        return _column_tasks(value)  # type: ignore[return-value]  # Plan keeps the columns
    except _Slow:
        pass
    try:
        return _fast_tasks(value)
    except (_Slow, TimeframeError):
        return tuple(_conv().structure(value, list[Task]))


_hook(tuple[Task, ...], _structure_tasks)

_PLAN_KEYS = {a.name for a in attrs.fields(Plan) if a.init}


def _fmt_path(p: str) -> str:
    p = p.removeprefix("$").removeprefix(".")
    return p


def _messages(exc: BaseException) -> list[tuple[str, str]]:
    out = []
    import cattrs

    for line in cattrs.transform_error(exc, path="$", format_exception=_format_exc):
        msg, _, where = line.rpartition(" @ ")
        out.append((_fmt_path(where), msg))
    return out


def _format_exc(exc: BaseException, type_: Any) -> str:
    if isinstance(exc, KeyError):
        return "required field missing"
    if type(exc).__name__ == "ForbiddenExtraKeysError":  # cattrs's (imported only if used)
        extra = getattr(exc, "extra_fields", ())
        return f"unknown field(s): {', '.join(sorted(extra))}" if extra else "unknown field"
    if isinstance(exc, TimeframeError):
        return str(exc)
    if isinstance(exc, ValueError | TypeError):
        return str(exc)
    import cattrs

    return cattrs.v.format_exception(exc, type_)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def plan_from_dict(data: Any, source: str = "<plan>", registry: Registry | None = None) -> Plan:
    """A plan from the plan-file schema, read in ``registry`` (the default one if None).

    :class:`PlanFileError` lists every problem found, each with its path.
    """
    if not isinstance(data, Mapping):
        raise PlanFileError(source, [("", "a plan file holds a table (object) at the top level")])
    problems: list[tuple[str, str]] = []
    values: dict[str, Any] = {}
    for key in data:  # in the file's order, so messages follow the file
        if key not in _PLAN_KEYS:
            problems.append((key, f"unknown field (allowed: {', '.join(sorted(_PLAN_KEYS))})"))
            continue
        typ = _FIELD_TYPES[key]
        if attrs.has(typ) and not isinstance(data[key], Mapping):
            problems.append((key, f"expected a table, got {_short(data[key])}"))
            continue
        try:
            values[key] = _structure(data[key], typ)
        except ExceptionGroup as e:  # cattrs's detailed validation errors
            problems.extend((f"{key}{'.' if not w.startswith('[') and w else ''}{w}", m)
                            for w, m in _messages(e))
        except (ValueError, TypeError, KeyError, OverflowError, AttributeError) as e:
            problems.append((key, _format_exc(e, typ)))
    if problems:
        raise PlanFileError(source, problems)
    try:
        plan = Plan(**values)
    except PlanflowError as e:
        raise PlanFileError(source, [("", str(e))]) from None
    except (ValueError, TypeError) as e:
        raise PlanFileError(source, [("", str(e))]) from None
    try:
        return bind(plan, registry)
    except PluginError as e:
        raise PlanFileError(source, [("calendar", str(e))]) from None
    except PlanflowError as e:
        raise PlanFileError(source, [("", str(e))]) from None
    except (ValueError, TypeError) as e:
        raise PlanFileError(source, [("", str(e))]) from None


def _structure(value: Any, typ: Any) -> Any:
    """``value`` structured as ``typ``: without cattrs when it has the usual shape."""
    try:
        return _FAST.structure(value, typ)
    except Slow:
        return _conv().structure(value, typ)


_FAST = Structurer(_HOOKS)


_FIELD_TYPES: dict[str, Any] = {
    "document": DocumentInfo,
    "agencies": list[Agency],
    "tasks": tuple[Task, ...],
    "period": Period | None,
    "references": list[DocumentRef],
    "preamble": tuple[str, ...],
    "objectives": tuple[str, ...],
    "requirements": tuple[str, ...],
    "implementation": tuple[str, ...],
    "sections": tuple[Section, ...],
    "regime": Regime,
    "recipients": tuple[str, ...],
    "signature": Signature,
    "calendar": str,
    "settings": dict[str, Any],
}

_hook(tuple[ReportPeriod, ...], lambda v, _: tuple(_conv().structure(v, list[ReportPeriod])))


def load_plan(path: str | Path, registry: Registry | None = None) -> Plan:
    """Read a ``.toml`` or ``.json`` plan file, in ``registry`` (the default one if None)."""
    name = str(path)
    file, suffix = _plan_file(name)
    if suffix not in (".toml", ".json"):
        raise PlanFileError(name, [("", Worded.of("a plan file ends in .toml or .json",
                                                  "plan_suffix"))])
    try:
        with open(file, "rb") as f:
            raw = f.read()
    except FileNotFoundError:
        raise PlanFileError(name, [("", Worded.of("no such file", "no_file"))]) from None
    except OSError as e:
        raise PlanFileError(name, [("", Worded.of("cannot be read: {detail}", "unreadable_file",
                                                  detail=e.strerror or str(e)))]) from None
    size = len(raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise PlanFileError(name, [("", Worded.of("not UTF-8 text (byte {n})", "not_utf8",
                                                  n=e.start))]) from None
    # the file's bytes and then its text are let go as soon as they are read: with
    # Vietnamese letters the text takes two bytes a character, and both would otherwise
    # live on while the tasks are built, at the peak of loading.
    # json.loads, not orjson: orjson builds a parse document of its own first (the traced
    # peak of bench_core.py went from 1.34x to 2.48x json.loads) for about 0.1 s saved.
    del raw
    with paused_gc(size // 20):  # about one object per 20 bytes of plan file
        data = _parse(text, suffix[1:], name)
        del text
        return plan_from_dict(data, name, registry)


def _plan_file(name: str) -> tuple[str, str]:
    """The file to open for the path ``name`` and its suffix in lower case, as
    :class:`pathlib.Path` gives them (``Path(name)``, ``.suffix``), without importing
    pathlib (a few milliseconds of every plan command) for the usual names: only a name
    ending in ``/`` or ``/.``, which the system would read as a folder where pathlib
    drops that ending, goes through it."""
    if name.endswith(("/", "/.")) or name in ("", "."):
        from pathlib import Path

        p = Path(name)
        return str(p), p.suffix.lower()
    base = name.rpartition("/")[2]
    dot = base.rfind(".")
    return name, base[dot:].lower() if 0 < dot < len(base) - 1 else ""


def loads_plan(text: str, fmt: str, source: str = "<plan>", registry: Registry | None = None) -> Plan:
    """The plan in ``text``, a ``"toml"`` or ``"json"`` plan file read from ``source``."""
    with paused_gc(len(text) // 20):  # about one object per 20 bytes of plan file
        return plan_from_dict(_parse(text, fmt, source), source, registry)


def _parse(text: str, fmt: str, source: str) -> Any:
    try:
        return _parse_toml(text, source) if fmt == "toml" else _parse_json(text, source)
    except RecursionError:
        raise PlanFileError(source, [("", "nested too deeply to read")]) from None
    except ValueError as e:  # a number of more than 4300 digits
        raise PlanFileError(source, [("", f"cannot be read: {e}".split(";")[0])]) from None


def _parse_json(text: str, source: str) -> Any:
    import json  # on first use: a TOML plan never needs it

    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise PlanFileError(source, [("", Worded.of(
            "not valid JSON: {detail} at line {line} column {column}", "bad_json", detail=e.msg,
            line=e.lineno, column=e.colno))]) from None


def _parse_toml(text: str, source: str) -> Any:
    import tomllib  # on first use: a JSON plan never needs the TOML reader's patterns

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        where = _TOML_AT.search(str(e))
        raise PlanFileError(source, [("", Worded.of(
            "not valid TOML: {detail}", "bad_toml", detail=str(e),
            line=where["line"] if where else "?", column=where["column"] if where else "?"))
        ]) from None


#: where tomllib says the error is: "(at line 1, column 10)"
_TOML_AT = re.compile(r"\(at line (?P<line>\d+), column (?P<column>\d+)\)")


# -- writing -------------------------------------------------------------------
#
# The same converter writes what it reads: every attrs class is unstructured field by
# field (fields at their default left out), dates as ISO text, tuples as lists. Only a
# task's timeframe needs the plan: it is written as its words when reading them again
# gives the same timeframe, else as a table with the dates.

def _iso_out(d: date) -> str:
    return d.isoformat()


def _timeframe_table(tf: Timeframe) -> dict[str, Any]:
    """Every key that differs from a Timeframe's default (an empty condition is kept)."""
    table = {"text": tf.text or None, "kind": tf.kind.value, "start": _iso(tf.start),
             "end": _iso(tf.end), "due": _iso(tf.due), "recurrence": tf.recurrence,
             "condition": tf.condition,
             "occurrences": [[a.isoformat(), b.isoformat()] for a, b in tf.occurrences] or None,
             "open_ended": tf.open_ended or None, "invalid": tf.invalid or None,
             "duty": tf.duty or None,
             "warnings": [Worded.to_data(w) for w in tf.warnings] or None}
    return {k: v for k, v in table.items() if v is not None}


def _period_out(p: Period) -> str:
    return f"{p.start.isoformat()}/{p.end.isoformat()}"


_writers_made = False
_writers_lock = threading.Lock()


def _register_writers() -> None:
    """The unstructure hooks, made when a plan is first written (cattrs compiles a
    function per class: reading a plan never needs them)."""
    global _writers_made
    if _writers_made:
        return
    with _writers_lock:
        if not _writers_made:
            _make_writers()
            _writers_made = True


def _make_writers() -> None:
    from cattrs.gen import make_dict_unstructure_fn, override

    converter = _conv()
    converter.register_unstructure_hook(date, _iso_out)
    converter.register_unstructure_hook(Timeframe, _timeframe_table)
    converter.register_unstructure_hook(Period, _period_out)
    for cls in (DocumentInfo, DocumentRef, Section, Signature, Agency, Task, Hop, ReportPeriod, Regime):
        converter.register_unstructure_hook(
            cls, make_dict_unstructure_fn(cls, converter, _cattrs_omit_if_default=True))
    converter.register_unstructure_hook(
        Plan, make_dict_unstructure_fn(Plan, converter, _cattrs_omit_if_default=True,
                                       period=override(omit_if_default=False),
                                       calendar=override(omit_if_default=False)))



def _words_or_table(tf: Timeframe, again: Timeframe | None) -> Any:
    if tf.kind is Kind.PENDING or again == tf:
        return tf.text
    return _timeframe_table(tf)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def unstructure_plan(plan: Plan, registry: Registry | None = None) -> dict[str, Any]:
    """The plan in the plan-file schema (what :func:`plan_from_dict` reads back equal).

    Timeframes are written as their words when reading the words again (in ``registry``,
    else the plan's own) gives the same timeframe; otherwise as a table with the dates.
    """
    plan = bind(plan, registry)
    _register_writers()
    out: dict[str, Any] = _conv().unstructure(plan)
    reg = registry_of(plan)
    ctx = reg.context(plan)
    parsers = reg.timeframe_parsers()
    memo: dict[int, Any] = {}
    for t, row in zip(plan.tasks, out.get("tasks", ()), strict=True):
        tf = t.timeframe
        written = memo.get(id(tf))
        if written is None:
            try:
                again: Timeframe | None = resolve_timeframe(tf.text, ctx, parsers)
            except TimeframeError:
                again = tf if tf.invalid else None  # the words are re-read as invalid again
            written = memo[id(tf)] = _words_or_table(tf, again)
        if written == "":
            row.pop("timeframe", None)
        else:
            row["timeframe"] = written
    return out


def dumps_plan(plan: Plan, fmt: str = "toml", registry: Registry | None = None) -> str:
    """The plan file text, TOML or JSON."""
    data = unstructure_plan(plan, registry)
    if fmt == "json":
        import json

        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    import tomli_w

    return tomli_w.dumps(data)
