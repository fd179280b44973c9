"""Pausing the cyclic garbage collector during bulk allocation (private).

Loading a large plan allocates hundreds of thousands of containers, none of them
garbage; each automatic collection would traverse all of them again. Reference counting
still frees everything as usual while the collector is paused.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: below this many objects to allocate, pausing costs more than it saves: the collection
#: that the allocations would have triggered runs anyway once the collector is back on
BULK = 20_000


@contextmanager
def paused_gc(size: int = BULK) -> Iterator[None]:
    """Run the block with automatic cyclic collection off (restored afterwards).

    ``size`` is roughly how many objects the block allocates; small blocks run as usual.
    """
    if size < BULK:
        yield
        return
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
