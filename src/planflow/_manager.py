"""The pluggy manager of a :class:`~planflow.Registry` (private).

Kept apart from :mod:`planflow.registry` so that pluggy and the hook specifications load
when a registry first needs its manager (a plan command on a plan without plugin words,
calendars or cadences never does), not with every ``import planflow.registry``.
"""

from __future__ import annotations

from typing import Any

import pluggy

from . import hookspecs


class PluginManager(pluggy.PluginManager):
    """pluggy's manager, counting registrations so the registries can be cached."""

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


def new_manager() -> PluginManager:
    """A manager of planflow's hooks, with nothing registered."""
    pm = PluginManager("planflow")
    pm.add_hookspecs(hookspecs)
    return pm
