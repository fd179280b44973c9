"""The one plugin manager, and the registries the hooks fill.

Entry points of the ``planflow`` group are loaded first (the built-in plugins are among
them), then the core's defaults. ``PLANFLOW_LOAD_PLUGINS`` narrows what loads: a
comma-separated list of entry-point names, or empty for none (reproducible runs,
debugging). Tests register what they need with ``pm.register``.
"""

from __future__ import annotations

import importlib.metadata
import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pluggy

from . import hookspecs
from .errors import PluginError
from .text import nfc

if TYPE_CHECKING:
    from .regime import Regime
    from .timeframe import TimeframeContext

__all__ = ["pm", "load_plugins", "timeframe_parsers", "get_calendar", "calendars",
           "get_cadence", "cadences", "read_regime", "channels", "wordings", "renderers", "importers",
           "get_renderer", "importer_for",
           "plugin_info"]

class _PluginManager(pluggy.PluginManager):
    """pluggy's manager, counting registrations so the registries below can be cached."""

    generation = 0

    def register(self, plugin: Any, name: str | None = None) -> str | None:
        try:
            return super().register(plugin, name)
        finally:
            self.generation += 1

    def unregister(self, plugin: Any = None, name: str | None = None) -> Any:
        try:
            return super().unregister(plugin, name)
        finally:
            self.generation += 1


pm = _PluginManager("planflow")
pm.add_hookspecs(hookspecs)

DEFAULT_PLUGINS = ("planflow.default_plugins",)

_loaded = False
_lock = threading.RLock()
#: hook name -> (the manager's generation, what the hook registered)
_cache: dict[str, tuple[int, list[Any]]] = {}


def load_plugins() -> None:
    """Load the entry-point plugins and the defaults (once; later calls do nothing).

    Thread-safe: a thread that arrives while another loads waits for it.
    """
    global _loaded
    if _loaded:
        return
    with _lock:
        if _loaded:
            return
        wanted = os.environ.get("PLANFLOW_LOAD_PLUGINS")
        if wanted is None:
            pm.load_setuptools_entrypoints("planflow")
        else:
            names = {n.strip() for n in wanted.split(",") if n.strip()}
            for ep in importlib.metadata.entry_points(group="planflow"):
                if ep.name in names and pm.get_plugin(ep.name) is None:
                    pm.register(ep.load(), name=ep.name)
        for modname in DEFAULT_PLUGINS:
            if pm.get_plugin(modname) is None:
                pm.register(importlib.import_module(modname), name=modname)
        _loaded = True


def _collect(hook: str) -> list[Any]:
    """What the plugins register through ``hook``, cached until a plugin (un)registers."""
    load_plugins()
    hit = _cache.get(hook)
    if hit is not None and hit[0] == pm.generation:
        return list(hit[1])
    with _lock:
        generation = pm.generation
        items: list[Any] = []
        getattr(pm.hook, hook)(register=items.append)
        _cache[hook] = (generation, items)
    return list(items)


def _by_name(hook: str, what: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in _collect(hook):
        if item.name in out:
            raise PluginError(f"two plugins register a {what} named {item.name!r}")
        out[item.name] = item
    return out


def timeframe_parsers() -> list[Callable[..., Any]]:
    """Timeframe parsers in the order they are tried."""
    return _collect("register_timeframe_parsers")


def read_regime(text: str, context: TimeframeContext | None = None) -> Regime | None:
    """The regime a reporting sentence sets, as the first plugin that reads it says; None
    when no plugin reads it.

    The sentence goes to the ``read_regime`` hooks in NFC with whitespace folded, with the
    plan's ``context`` (None: no plan yet). Agency names the reader found are in
    ``params`` (``recipient_name``, ``via_name``, ``upward_name``). Example:
    ``planflow.read_regime("Báo cáo trước ngày 15 hằng tháng.", plan.timeframe_context())``.
    """
    load_plugins()
    result: Regime | None = pm.hook.read_regime(text=" ".join(nfc(text).split()), context=context)
    return result


def calendars() -> dict[str, Any]:
    """Registered work calendars by name."""
    return _by_name("register_calendars", "calendar")


def get_calendar(name: str) -> Any:
    """The work calendar registered as ``name``; :class:`PluginError` when there is none."""
    cals = calendars()
    try:
        return cals[name]
    except KeyError:
        raise PluginError(f"no work calendar named {name!r} (registered: {', '.join(sorted(cals))})") from None


def cadences() -> dict[str, Any]:
    """Registered reporting cadences by name."""
    return _by_name("register_cadences", "cadence")


def get_cadence(name: str) -> Any:
    """The cadence registered as ``name``; :class:`PluginError` when there is none."""
    cads = cadences()
    try:
        return cads[name]
    except KeyError:
        raise PluginError(f"no reporting cadence named {name!r} (registered: {', '.join(sorted(cads))})") from None


def channels() -> dict[str, Any]:
    """Registered notification channels by name."""
    return _by_name("register_channels", "channel")


def wordings() -> list[Any]:
    """Registered wordings (status labels, notification texts), in hook order."""
    return _collect("register_wordings")


def _formats() -> list[Any]:
    return _collect("register_formats")


def renderers() -> dict[str, Any]:
    """Registered renderers by name."""
    from .formats import Renderer

    out = {}
    for f in _formats():
        if isinstance(f, Renderer):
            if f.name in out:
                raise PluginError(f"two plugins register a renderer named {f.name!r}")
            out[f.name] = f
    return out


def get_renderer(name: str, what: str = "plan") -> Any:
    """The renderer named ``name`` that renders ``what``; :class:`PluginError` otherwise."""
    rs = renderers()
    r = rs.get(name)
    if r is None:
        known = ", ".join(sorted(rs)) or "none"
        raise PluginError(f"no document format named {name!r} (registered: {known})")
    if what not in r.renders:
        raise PluginError(f"format {name!r} does not render a {what} (it renders: {', '.join(r.renders)})")
    return r


def importers() -> dict[str, Any]:
    """Registered importers by name."""
    from .formats import Importer

    return {f.name: f for f in _formats() if isinstance(f, Importer)}


def importer_for(path: str) -> Any:
    """The first registered importer that reads files with ``path``'s suffix."""
    suffix = os.path.splitext(path)[1].lower()
    ims = importers()
    for im in ims.values():
        if suffix in im.suffixes:
            return im
    known = sorted({s for im in ims.values() for s in im.suffixes})
    raise PluginError(f"{path}: no importer reads {suffix or 'files without a suffix'} "
                      f"files (readable: {', '.join(known) or 'none installed'})")


def plugin_info() -> list[dict[str, Any]]:
    """What ``planflow plugins`` shows: each plugin, its hooks and its distribution."""
    load_plugins()
    dists = {id(p): d for p, d in pm.list_plugin_distinfo()}
    out = []
    for name, plugin in sorted(pm.list_name_plugin(), key=lambda x: x[0]):
        dist = dists.get(id(plugin))
        hooks = sorted(h.name for h in pm.get_hookcallers(plugin) or ())
        out.append({"name": name,
                    "module": getattr(plugin, "__name__", type(plugin).__name__),
                    "distribution": f"{dist.project_name} {dist.version}" if dist else None,
                    "hooks": hooks})
    return out
