"""The registry: a plugin manager and the typed registries its hooks fill.

A :class:`Registry` owns one pluggy manager. It loads the ``planflow`` entry points (the
built-in plugins are among them, exactly like a third party's), then the core's
defaults, on first use. Two registries in one process are independent: a tool can read
one plan with the Vietnamese plugins and another with only its own.

:func:`default_registry` is the process's registry, the one every function uses when it
is given none. ``PLANFLOW_LOAD_PLUGINS`` narrows what the default registry loads: a
comma-separated list of entry-point names, or empty for none (reproducible runs,
debugging).

A plan is read *in* a registry: :meth:`Registry.bind` resolves its timeframe words in
the plan's context (its period, issue date, work calendar and settings) and remembers the
registry on the plan, so the functions that later need a cadence, a calendar or a wording
for that plan (:func:`registry_of`) use the same plugins. Plan values themselves never
call a plugin.
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import PluginError, TimeframeError
from .text import Worded, nfc

# attrs, the formats and the timeframes load on first use: `planflow --help` and the
# commands that only register plugins start without them
if TYPE_CHECKING:
    from ._manager import PluginManager
    from .cadence import Cadence
    from .calendar import WorkCalendar
    from .formats import Importer, Renderer
    from .notification import Channel
    from .plan import Plan
    from .regime import Regime
    from .timeframe import Timeframe, TimeframeContext, TimeframeParser
    from .wording import Wording

__all__ = ["Deferred", "Registry", "bind", "default_registry", "read_regime", "registry_of", "timeframe_context",
           "work_calendar"]

DEFAULT_PLUGINS = ("planflow.default_plugins",)

_T = TypeVar("_T")

#: what a registry holds, as its refusals name it, each with its words
_WHAT = {"work calendar": Worded.of("work calendar", "what_calendar"),
         "reporting cadence": Worded.of("reporting cadence", "what_cadence"),
         "document format": Worded.of("document format", "what_format"),
         "plan": Worded.of("plan", "what_plan"), "report": Worded.of("report", "what_report"),
         "reminder": Worded.of("reminder", "what_reminder")}


class EntryPoint:
    """A ``planflow`` entry point found by :func:`entry_points`: its name, its
    ``module:attr`` value and the ``.dist-info`` (or ``.egg-info``) folder declaring it."""

    __slots__ = ("name", "value", "dist_path")

    def __init__(self, name: str, value: str, dist_path: str | None) -> None:
        self.name, self.value, self.dist_path = name, value, dist_path

    def load(self) -> Any:
        """The object the entry point names (``module`` or ``module:attr.attr``)."""
        module, _, attr = self.value.partition(":")
        obj: Any = importlib.import_module(module.strip())
        for part in attr.split("[")[0].strip().split(".") if attr.strip() else ():
            obj = getattr(obj, part)
        return obj

    def distribution(self) -> tuple[str, str] | None:
        """(name, version) from the distribution's metadata, read when asked."""
        if self.dist_path is None:
            return None
        for meta in ("METADATA", "PKG-INFO"):
            try:
                with open(os.path.join(self.dist_path, meta), encoding="utf-8") as f:
                    head: dict[str, str] = {}
                    for line in f:
                        if not line.strip():
                            break
                        key, sep, value = line.partition(":")
                        if sep and key in ("Name", "Version") and key not in head:
                            head[key] = value.strip()
            except OSError:
                continue
            return head.get("Name", "?"), head.get("Version", "?")
        return None


class Deferred:
    """A named plugin object registered by where it is, imported when its name is first
    asked for: ``register(planflow.Deferred("monthly", "my_plugin.cadences:MONTHLY"))`` in
    a hook of a registry by name (cadences, calendars, channels). A plugin with
    many of them then loads only the one a plan names (``registry.cadence("monthly")``);
    the registry's listing (``registry.cadences()``) loads them all. ``target`` is
    ``module:attribute``; the object found must have the same ``name``."""

    __slots__ = ("name", "target")

    def __init__(self, name: str, target: str) -> None:
        self.name, self.target = name, target

    def __repr__(self) -> str:
        return f"Deferred({self.name!r}, {self.target!r})"

    def load(self, what: str = "object") -> Any:
        """The object at :attr:`target`; :class:`PluginError` when its name is not
        :attr:`name`."""
        module, _, attr = self.target.partition(":")
        obj: Any = importlib.import_module(module)
        for part in attr.split(".") if attr else ():
            obj = getattr(obj, part)
        if getattr(obj, "name", None) != self.name:
            raise PluginError(f"{self.target} is not the {what} named {self.name!r} it was "
                              f"registered as (its name: {getattr(obj, 'name', None)!r})")
        return obj


def _read_group(path: str, group: str) -> list[tuple[str, str]]:
    """The ``group`` section of an ``entry_points.txt`` (an INI file) as (name, value)."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError:
        return []
    out: list[tuple[str, str]] = []
    inside = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line[0] == "[" and line[-1] == "]":
            inside = line[1:-1].strip() == group
            continue
        if inside:
            name, sep, value = line.partition("=")
            if sep:
                out.append((name.strip(), value.strip()))
    return out


def entry_points(group: str = "planflow") -> list[EntryPoint]:
    """The ``group`` entry points of the distributions on ``sys.path``, in the order
    :mod:`importlib.metadata` finds them, read straight from each ``*.dist-info`` /
    ``*.egg-info`` folder's ``entry_points.txt``.

    This is the start-up fast path: importing :mod:`importlib.metadata` (email, zipfile,
    csv...) and parsing every distribution's metadata took about a third of
    ``planflow --help``. Paths it cannot read as plain folders (zip files, eggs) go
    through :mod:`importlib.metadata` as before.
    """
    found: list[EntryPoint] = []
    for entry in _search_path():
        if not os.path.isdir(entry):
            if os.path.exists(entry):  # a zip file on sys.path: the standard machinery
                return _entry_points_slow(group)
            continue
        try:
            names = os.listdir(entry)
        except OSError:
            continue
        for name in names:
            if not name.endswith((".dist-info", ".egg-info")):
                continue
            dist = os.path.join(entry, name)
            for ep_name, value in _read_group(os.path.join(dist, "entry_points.txt"), group):
                found.append(EntryPoint(ep_name, value, dist))
    return found


def _search_path() -> Iterator[str]:
    for entry in sys.path:
        yield entry or "."


def _entry_points_slow(group: str) -> list[EntryPoint]:
    import importlib.metadata

    out = []
    for dist in importlib.metadata.distributions():
        path = getattr(dist, "_path", None)
        for ep in dist.entry_points:
            if ep.group == group:
                out.append(EntryPoint(ep.name, ep.value, str(path) if path else None))
    return out


class Registry:
    """Plugins and what they register: parsers, calendars, cadences, channels, formats...

    ``entry_points``: ``True`` loads every ``planflow`` entry point, ``False`` none, a
    collection of names only those; ``None`` (the default) follows
    ``PLANFLOW_LOAD_PLUGINS`` (all when it is unset). ``plugins`` are registered after
    them (modules or objects with ``@planflow.hookimpl`` functions). ``defaults`` adds the
    core's country-neutral defaults (the ``weekdays`` calendar, English wording...).
    Loading happens on first use and is thread-safe.
    """

    def __init__(self, plugins: Iterable[object] = (), *,
                 entry_points: bool | Iterable[str] | None = None, defaults: bool = True) -> None:
        self._pm: PluginManager | None = None
        self._entry_points = entry_points if isinstance(entry_points, bool | None) \
            else frozenset(entry_points)
        self._defaults = defaults
        self._extra = tuple(plugins)
        self._loaded = False
        self._lock = threading.RLock()
        #: hook name -> (the manager's generation, what the hook registered)
        self._cache: dict[str, tuple[int, list[Any]]] = {}
        self._named_cache: dict[str, tuple[int, dict[str, Any]]] = {}
        #: id of a plugin loaded from an entry point -> that entry point
        self._from_entry_point: dict[int, EntryPoint] = {}

    @property
    def pm(self) -> PluginManager:
        """The pluggy manager (made on first use: see :mod:`planflow._manager`)."""
        pm = self._pm
        if pm is None:
            from ._manager import new_manager

            pm = self._pm = new_manager()
        return pm

    def __repr__(self) -> str:
        names = sorted(n for n, _ in self.pm.list_name_plugin()) if self._loaded else "not loaded"
        return f"<planflow.Registry {names}>"

    # -- loading ------------------------------------------------------------------
    def load(self) -> Registry:
        """Load the entry points and defaults (once; later calls do nothing)."""
        if self._loaded:
            return self
        with self._lock:
            if self._loaded:
                return self
            wanted = self._entry_points
            if wanted is None:
                env = os.environ.get("PLANFLOW_LOAD_PLUGINS")
                wanted = True if env is None else frozenset(
                    n.strip() for n in env.split(",") if n.strip())
            if wanted:
                # what pluggy's load_setuptools_entrypoints does, without importlib.metadata
                for ep in entry_points("planflow"):
                    if wanted is not True and ep.name not in wanted:
                        continue
                    if self.pm.get_plugin(ep.name) or self.pm.is_blocked(ep.name):
                        continue
                    plugin = ep.load()
                    self.pm.register(plugin, name=ep.name)
                    self._from_entry_point[id(plugin)] = ep
            for plugin in self._extra:
                if not self.pm.is_registered(plugin):
                    self.pm.register(plugin)
            if self._defaults:
                for modname in DEFAULT_PLUGINS:
                    if self.pm.get_plugin(modname) is None:
                        self.pm.register(importlib.import_module(modname), name=modname)
            self._loaded = True
        return self

    def register(self, plugin: object, name: str | None = None) -> str | None:
        """Register a plugin (a module or an object with hook implementations)."""
        self.load()
        return self.pm.register(plugin, name=name)

    def unregister(self, plugin: object | None = None, name: str | None = None) -> Any:
        """Unregister a plugin, by object or by name."""
        return self.pm.unregister(plugin, name=name)

    @property
    def generation(self) -> int:
        """A number that changes whenever a plugin is registered or unregistered (the
        plugins are loaded first): what is derived from the plugins' registrations and
        kept (a plan's report periods) is made again when it differs."""
        self.load()
        return self.pm.generation

    @property
    def hook(self) -> Any:
        """The manager's hook caller (``registry.hook.validate_plan(plan=...)``)."""
        self.load()
        return self.pm.hook

    def _collect(self, hook: str) -> list[Any]:
        """What the plugins register through ``hook``, cached until a plugin (un)registers."""
        self.load()
        hit = self._cache.get(hook)
        if hit is not None and hit[0] == self.pm.generation:
            return list(hit[1])
        with self._lock:
            generation = self.pm.generation
            items: list[Any] = []
            getattr(self.pm.hook, hook)(register=items.append)
            self._cache[hook] = (generation, items)
        return list(items)

    def _by_name(self, hook: str, what: str, kind: type[_T] | None = None) -> dict[str, _T]:
        """What ``hook`` registers by name, every :class:`Deferred` one loaded: a new dict
        (the callers' to change)."""
        found = self._named(hook, what, kind)
        return {name: self._loaded_item(found, name, what) for name in list(found)}

    def _named(self, hook: str, what: str, kind: type[_T] | None = None) -> dict[str, _T]:
        """What ``hook`` registers by name, built once per generation of the manager (the
        look-ups of one name are asked thousands of times: a calendar per plan, per
        evaluation...); a :class:`Deferred` item stays one until its name is asked for
        (:meth:`_one`), unless ``kind`` must be checked. Shared: not to be changed."""
        self.load()
        key = f"{hook} {what}"
        hit = self._named_cache.get(key)
        if hit is not None and hit[0] == self.pm.generation:
            return hit[1]
        generation = self.pm.generation
        out: dict[str, Any] = {}
        for item in self._collect(hook):
            if kind is not None:
                if isinstance(item, Deferred):
                    item = item.load(what)
                if not isinstance(item, kind):
                    continue
            if item.name in out:
                raise PluginError(f"two plugins register a {what} named {item.name!r}")
            out[item.name] = item
        self._named_cache[key] = (generation, out)
        return out

    def _loaded_item(self, found: dict[str, Any], name: str, what: str) -> Any:
        """``found[name]``, loaded (and kept loaded in ``found``) when it is
        :class:`Deferred`."""
        item = found[name]
        if isinstance(item, Deferred):
            with self._lock:
                item = found[name]
                if isinstance(item, Deferred):
                    item = found[name] = item.load(what)
        return item

    def _one(self, found: dict[str, _T], name: str, what: str) -> _T:
        if name in found:
            loaded: _T = self._loaded_item(found, name, what)
            return loaded
        known = ", ".join(sorted(found)) or "none"
        raise PluginError(Worded.of("no {what} named {name!r} (registered: {known})",
                                    "no_named", what=_WHAT.get(what, what), name=name,
                                    known=known))

    # -- the registries -------------------------------------------------------------
    def timeframe_parsers(self) -> list[TimeframeParser]:
        """Timeframe parsers in the order they are tried."""
        return self._collect("register_timeframe_parsers")

    def read_regime(self, text: str, context: TimeframeContext | None = None) -> Regime | None:
        """The regime a reporting sentence sets, as the first plugin that reads it says;
        None when no plugin reads it.

        The sentence goes to the ``read_regime`` hooks in NFC with whitespace folded, with
        the plan's ``context`` (None: no plan yet). Agency names the reader found are in
        ``params`` (``recipient_name``, ``via_name``, ``upward_name``). Example:
        ``registry.read_regime("Báo cáo trước ngày 15 hằng tháng.", registry.context(plan))``.
        """
        result: Regime | None = self.hook.read_regime(text=" ".join(nfc(text).split()),
                                                      context=context)
        return result

    def calendars(self) -> dict[str, WorkCalendar]:
        """Registered work calendars by name."""
        return self._by_name("register_calendars", "calendar")

    def calendar(self, name: str) -> WorkCalendar:
        """The work calendar registered as ``name``; :class:`PluginError` when there is none."""
        return self._one(self._named("register_calendars", "calendar"), name, "work calendar")

    def cadences(self) -> dict[str, Cadence]:
        """Registered reporting cadences by name."""
        return self._by_name("register_cadences", "cadence")

    def cadence(self, name: str) -> Cadence:
        """The cadence registered as ``name``; :class:`PluginError` when there is none."""
        return self._one(self._named("register_cadences", "cadence"), name, "reporting cadence")

    def channels(self) -> dict[str, Channel]:
        """Registered notification channels by name."""
        return self._by_name("register_channels", "channel")

    def wordings(self) -> list[Wording]:
        """Registered wordings (status labels, notification texts), in hook order."""
        return self._collect("register_wordings")

    def wording(self, plan: Plan, language: str | None = None) -> Wording:
        """The wording for ``plan``: ``language`` if given, else the plan's
        ``settings.engine.language``, else the first registered wording that applies,
        else English (the core's defaults register it).

        Raises :class:`~planflow.PluginError` when a language is asked for that no plugin
        registered.
        """
        registered = self.wordings()
        engine_settings = plan.settings.get("engine", {})
        wanted = language or (engine_settings.get("language")
                              if isinstance(engine_settings, dict) else None)
        if wanted:
            for w in registered:
                if w.language == wanted:
                    return w
            known = ", ".join(sorted({w.language for w in registered}))
            raise PluginError(Worded.of("no wording for language {wanted!r} (registered: "
                                        "{known})", "no_wording", wanted=wanted, known=known))
        for w in registered:
            if w.applies(plan):
                return w
        for w in registered:
            if w.language == "en":
                return w
        raise PluginError("no wording registered (a registry made with defaults=False "
                          "needs a plugin that registers one)")

    def renderers(self) -> dict[str, Renderer]:
        """Registered renderers by name."""
        from .formats import Renderer

        return self._by_name("register_formats", "renderer", Renderer)

    def renderer(self, name: str, what: str = "plan") -> Renderer:
        """The renderer named ``name`` that renders ``what``; :class:`PluginError` otherwise."""
        from .formats import Renderer

        r = self._one(self._named("register_formats", "renderer", Renderer), name,
                      "document format")
        if what not in r.renders:
            raise PluginError(Worded.of("format {name!r} does not render a {what} (it renders: "
                                        "{renders})", "format_renders", name=name,
                                        what=_WHAT.get(what, what), renders=Worded.joined(
                                            ", ", [_WHAT.get(x, x) for x in r.renders])))
        return r

    def importers(self) -> dict[str, Importer]:
        """Registered importers by name."""
        from .formats import Importer

        return {f.name: f for f in self._collect("register_formats") if isinstance(f, Importer)}

    def importer_for(self, path: str | os.PathLike[str]) -> Importer:
        """The first registered importer that reads files with ``path``'s suffix."""
        suffix = os.path.splitext(str(path))[1].lower()
        ims = self.importers()
        for im in ims.values():
            if suffix in im.suffixes:
                return im
        known = sorted({s for im in ims.values() for s in im.suffixes})
        if suffix:
            raise PluginError(Worded.of("{path}: no importer reads {suffix} files (readable: "
                                        "{known})", "no_importer", path=str(path), suffix=suffix,
                                        known=", ".join(known) or "none installed"))
        raise PluginError(Worded.of("{path}: no importer reads files without a suffix files "
                                    "(readable: {known})", "no_importer_suffix", path=str(path),
                                    known=", ".join(known) or "none installed"))

    def plugin_info(self) -> list[dict[str, Any]]:
        """What ``planflow plugins`` shows: each plugin, its hooks and its distribution."""
        self.load()
        dists = {id(p): (d.project_name, d.version) for p, d in self.pm.list_plugin_distinfo()}
        out = []
        for name, plugin in sorted(self.pm.list_name_plugin(), key=lambda x: x[0]):
            ep = self._from_entry_point.get(id(plugin))
            dist = dists.get(id(plugin)) or (ep.distribution() if ep is not None else None)
            hooks = sorted(h.name for h in self.pm.get_hookcallers(plugin) or ())
            out.append({"name": name,
                        "module": getattr(plugin, "__name__", type(plugin).__name__),
                        "distribution": f"{dist[0]} {dist[1]}" if dist else None,
                        "hooks": hooks})
        return out

    # -- plans ----------------------------------------------------------------------
    def context(self, plan: Plan) -> TimeframeContext:
        """The context ``plan``'s timeframe words are read in: its period, issue date,
        work calendar (from this registry) and settings."""
        from .timeframe import TimeframeContext

        assert plan.period is not None
        return TimeframeContext(plan.period.start, plan.period.end, plan.document.date,
                                self.calendar(plan.calendar), plan.settings)

    def resolve_timeframe(self, value: Timeframe | str, plan: Plan) -> Timeframe:
        """Words read as ``plan`` reads them (an impossible time raises TimeframeError)."""
        from .timeframe import resolve_timeframe

        return resolve_timeframe(value, self.context(plan), self.timeframe_parsers())

    def bind(self, plan: Plan) -> Plan:
        """``plan`` read in this registry: pending timeframe words resolved in its context,
        and the registry remembered for :func:`registry_of`.

        Returns ``plan`` itself when it is already bound to this registry. Words naming an
        impossible time become unresolved timeframes marked ``invalid`` (validation
        reports them as errors); unreadable words stay verbatim as unresolved.
        """
        if plan._registry is self:
            return plan
        cached = plan._bound
        if cached is not None and cached[0] is self:
            return cached[1]  # type: ignore[no-any-return]
        import attrs

        from .timeframe import Kind

        original = plan
        cols = plan._lazy_columns()
        if cols is not None:  # a plan loaded from a file: its distinct timeframes read once
            distinct = cols.distinct_timeframes()
            if any(tf.kind is Kind.PENDING for tf in distinct.values()):
                words = self._words_reader(plan)
                read = {key: words(old) for key, old in distinct.items()
                        if old.kind is Kind.PENDING}
                tfs = [read.get(id(tf), tf) for tf in cols.timeframes]
                plan = attrs.evolve(plan, tasks=cols.with_timeframes(tfs))
                object.__setattr__(original, "_bound", (self, plan))
            elif plan._registry is not None:
                plan = attrs.evolve(plan, tasks=cols)
            object.__setattr__(plan, "_registry", self)
            return plan
        pending = [i for i, t in enumerate(plan.tasks) if t.timeframe.kind is Kind.PENDING]
        if pending:
            words = self._words_reader(plan)
            tasks = list(plan.tasks)
            for i in pending:
                tasks[i] = attrs.evolve(tasks[i], timeframe=words(tasks[i].timeframe))
            plan = attrs.evolve(plan, tasks=tuple(tasks))
            object.__setattr__(original, "_bound", (self, plan))
        elif plan._registry is not None:
            plan = attrs.evolve(plan)
        object.__setattr__(plan, "_registry", self)
        return plan

    def _words_reader(self, plan: Plan) -> Callable[[Timeframe], Timeframe]:
        """Pending timeframes read in ``plan``'s context, each distinct text once; words
        naming an impossible time become an unresolved timeframe marked ``invalid``."""
        from .timeframe import Kind, Timeframe, resolve_timeframe

        ctx = self.context(plan)
        parsers = self.timeframe_parsers()
        memo: dict[str, Timeframe] = {}

        def read(old: Timeframe) -> Timeframe:
            tf = memo.get(old.text)
            if tf is None:
                try:
                    tf = resolve_timeframe(old, ctx, parsers)
                except TimeframeError as e:
                    tf = Timeframe(text=old.text, kind=Kind.UNRESOLVED, warnings=(e.what,),
                                   invalid=True)
                memo[old.text] = tf
            return tf

        return read


_default: Registry | None = None
_default_lock = threading.Lock()


def default_registry() -> Registry:
    """The process's registry: entry points (narrowed by ``PLANFLOW_LOAD_PLUGINS``) and
    the core's defaults, loaded on first use."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Registry()
    return _default


def registry_of(plan: Plan, registry: Registry | None = None) -> Registry:
    """The registry to use for ``plan``: ``registry`` if given, else the one the plan was
    bound to, else the default one."""
    if registry is not None:
        return registry
    bound = plan._registry
    return bound if isinstance(bound, Registry) else default_registry()


def bind(plan: Plan, registry: Registry | None = None) -> Plan:
    """``plan`` with its words resolved in ``registry`` (see :meth:`Registry.bind`).

    With no registry: the plan's own when it is bound already, else the default one.
    """
    return registry_of(plan, registry).bind(plan)


def read_regime(text: str, context: TimeframeContext | None = None,
                registry: Registry | None = None) -> Regime | None:
    """The regime a reporting sentence sets (see :meth:`Registry.read_regime`), read by
    ``registry``'s plugins (the default registry's when None)."""
    return (registry or default_registry()).read_regime(text, context)


def timeframe_context(plan: Plan, registry: Registry | None = None) -> TimeframeContext:
    """The context ``plan``'s timeframe words are read in (see :meth:`Registry.context`)."""
    return registry_of(plan, registry).context(plan)


def work_calendar(plan: Plan, registry: Registry | None = None) -> WorkCalendar:
    """The work calendar ``plan`` counts its deadlines on."""
    return registry_of(plan, registry).calendar(plan.calendar)
