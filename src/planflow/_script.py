"""The ``planflow`` script's entry point (private).

A command builds its modules, classes and plan once and keeps them until it exits; with
the collector's default first threshold (700 new containers) a small ``planflow
validate`` ran about 40 collections re-walking those same objects, 5 % of its time. The
script raises the first threshold before anything is imported; reference counting frees
everything as usual, and cycles are still collected (every 10,000 new containers).
Importing :mod:`planflow` as a library leaves the collector as the caller set it.

The plainest commands (``schedule PLAN --json``, ``validate PLAN``) are done without
building the click command line when they succeed (:mod:`planflow._quick`), with the
collector off from start to end. The code
attrs and cattrs generate for the classes a command defines, and the regular expressions
it compiles, are cached beside the bytecode (:mod:`planflow._codecache`, a file per
command) and written when the command ends.

A command whose output is written may end the process at once (:func:`end`): a large
plan's objects are then given back to the system with the process instead of being
freed one by one (about a tenth of a 100,000-task ``schedule --json``).
"""

from __future__ import annotations

import gc
import os
import sys

#: new containers between automatic collections of the youngest generation in a command
THRESHOLD = 10_000

#: whether this process is running the script (a command may then end it at once)
_running = False


def main() -> None:
    """Run the ``planflow`` command line (:func:`planflow.cli.main`)."""
    global _running
    _running = True
    _, second, third = gc.get_threshold()
    gc.set_threshold(THRESHOLD, second, third)
    from . import _codecache

    _codecache.install(sys.argv[1] if len(sys.argv) > 1 else "")
    from ._quick import run as quick

    # a quick command runs with the collector off: what it builds lives until the
    # process ends at once (end), and it makes no garbage cycles worth a collection (its
    # collections were about 4 ms of a 10,000-task schedule --json: imports, then the
    # schedule's lists once its passes ended)
    gc.disable()
    try:
        done = quick(sys.argv[1:])
    finally:
        gc.enable()
    if done:
        end()
        return
    from .cli import main as run

    try:
        run()
    finally:
        _codecache.save()


def end() -> None:
    """When this process is the script's: flush the standard streams and end it with
    status 0, skipping the interpreter's teardown (the command's work is done and
    written; nothing is left to close). Otherwise (the CLI called as a library, tests):
    nothing."""
    if not _running:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    from . import _codecache

    _codecache.save()
    os._exit(0)
