"""The local database: models, engine, migrations."""

from netcompanion.store.engine import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_store"]
