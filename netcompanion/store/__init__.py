"""The local database: models, engine, migrations."""

from netcompanion.store.engine import DatabaseBusy, DatabaseDamaged, Store, StoreError, open_store

__all__ = ["DatabaseBusy", "DatabaseDamaged", "Store", "StoreError", "open_store"]
