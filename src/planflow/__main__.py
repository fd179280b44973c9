"""``python -m planflow``: the same as the ``planflow`` command."""

from ._script import main

main()
