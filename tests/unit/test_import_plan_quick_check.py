"""The merge tells an unchanged person from the stored row, without building the contact:
it must decide exactly what it decides when every contact is built and compared in full."""

from __future__ import annotations

import csv
import datetime as dt
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netcompanion import operations
from netcompanion.importers import parse_text
from netcompanion.importers.existing import load_existing
from netcompanion.importers.merge import make_plan
from netcompanion.importers.plan import Plan

HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
# Small pools, so the two files keep meeting the same people in different ways.
people = st.tuples(
    st.sampled_from([("Ana", "Silva"), ("Bo", "Lee"), ("Chen", "Wu"), ("", "")]),
    st.sampled_from(["", "https://www.linkedin.com/in/ana-silva", "linkedin.com/in/bo-lee/", "https://www.linkedin.com/in/chen-wu"]),
    st.sampled_from(["", "ana@example.org", "BO@example.org", "chen@example.org"]),
    st.sampled_from(["", "Contoso", "Fabrikam", "Contoso Ltd."]),
    st.sampled_from(["", "Engineer", "Staff Engineer"]),
    st.sampled_from(["", "1 Feb 2019", "14 Nov 2024"]),
)  # fmt: skip


@st.composite
def connections(draw) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for (first, last), *rest in draw(st.lists(people, min_size=1, max_size=6)):
        writer.writerow([first, last, *rest])
    return out.getvalue()


def _plan(store, text: str, *, build_every_contact: bool) -> Plan:
    parsed = parse_text("linkedin", text, "Connections.csv")
    with store.read() as session:
        existing = load_existing(
            session.connection(), with_phones=False, with_interactions=False, with_tags=False
        )
    if build_every_contact:
        list(existing.contacts.values())  # the full comparison for everyone
    return make_plan(parsed, existing, dt.date(2026, 11, 23))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=connections(), second=connections(), trash=st.booleans(), edit=st.booleans())
def test_the_quick_check_decides_as_the_full_comparison(store, tmp_path, first, second, trash, edit):
    path = tmp_path / "Connections.csv"
    path.write_text(first, encoding="utf-8")
    operations.run_import(store, "linkedin", path)
    contacts = operations.find_contacts(store)
    if contacts and edit:
        operations.edit_contact(store, contacts[-1].id, title="Told me at lunch")
    if contacts and trash:
        operations.delete_contacts(store, [contacts[0].id])

    quick = _plan(store, second, build_every_contact=False)
    full = _plan(store, second, build_every_contact=True)

    assert quick == full
