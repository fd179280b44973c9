"""``python -m planflow``: the same as the ``planflow`` command."""

from .cli import main

main()
