"""The store's Alembic migration environment (``planflow db upgrade`` runs it).

One revision per schema version (``versions/NNNN_*.py``; revision ``"0001"`` is schema
version 1, the first release's). Each revision also writes its version to the
``schema_version`` table, which :meth:`planflow.Store.open` reads. Add a revision with
``alembic -c /dev/null revision`` pointed at this folder, or copy the last one; then raise
``planflow.store.SCHEMA_VERSION`` and the schema in :mod:`planflow.store` to match.
"""
