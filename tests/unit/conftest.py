"""People and a clock the pursuit tests (favours, opportunities) share."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from netcompanion import operations


@pytest.fixture
def monday_morning():
    """Mon 23 Nov 2026, 09:00 local time, standing still."""
    with time_machine.travel(dt.datetime(2026, 11, 23, 9, 0).astimezone(), tick=False):
        yield


@pytest.fixture
def dana(store):
    return operations.add_contact(store, name="Dana Whitfield", company="Contoso", title="VP Engineering")


@pytest.fixture
def omar(store):
    return operations.add_contact(store, name="Omar Okafor", company="Litware")
