"""Pausing the cyclic garbage collector during bulk allocation (private).

Loading a large plan allocates hundreds of thousands of containers, none of them
garbage; each automatic collection would traverse all of them again. Reference counting
still frees everything as usual while the collector is paused.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run the block with automatic cyclic collection off (restored afterwards)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
