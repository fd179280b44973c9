"""The ``planflow`` script's entry point (private).

A command builds its modules, classes and plan once and keeps them until it exits; with
the collector's default first threshold (700 new containers) a small ``planflow
validate`` ran about 40 collections re-walking those same objects, 5 % of its time. The
script raises the first threshold before anything is imported; reference counting frees
everything as usual, and cycles are still collected (every 10,000 new containers).
Importing :mod:`planflow` as a library leaves the collector as the caller set it.
"""

from __future__ import annotations

import gc

#: new containers between automatic collections of the youngest generation in a command
THRESHOLD = 10_000


def main() -> None:
    """Run the ``planflow`` command line (:func:`planflow.cli.main`)."""
    _, second, third = gc.get_threshold()
    gc.set_threshold(THRESHOLD, second, third)
    from .cli import main as run

    run()
