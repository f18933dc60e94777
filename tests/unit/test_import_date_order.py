"""Slashed dates in the order the file writes them: a column that shows it is day-first (a UK or
European spreadsheet saved it again) is read day-first throughout, also where the day is 12 or less."""

from __future__ import annotations

import datetime as dt

import pytest

from netcompanion import operations
from netcompanion.importers import RowsInError
from netcompanion.store.models import Contact
from tests.conftest import FIXTURES

LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def connected(store) -> dict[str, str | None]:
    return {
        c.name: c.connected_on.isoformat() if c.connected_on else None for c in operations.find_contacts(store)
    }


def birthdays(store) -> dict[str, str | None]:
    with store.read() as session:
        return {c.full_name: c.birthday for c in session.query(Contact)}


def linkedin_file(tmp_path, *dates: str):
    path = tmp_path / "Connections.csv"
    rows = [f"P{n},Q,https://www.linkedin.com/in/p{n},,Acme,CTO,{day}\n" for n, day in enumerate(dates)]
    path.write_text(LINKEDIN_HEADER + "".join(rows), encoding="utf-8")
    return path


def test_a_linkedin_export_resaved_by_a_european_spreadsheet_keeps_its_days(store):
    report = operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_eu_resaved.csv")

    assert (report.created, report.errors) == (5, ())
    assert connected(store) == {
        "Anneliese Vogt": "2023-12-25",
        "Bertrand Lefèvre": "2024-04-03",  # 03/04/2024: 3 April, not 4 March
        "Carlota Ruiz": "2024-02-01",  # 01/02/2024: 1 February, not 2 January
        "Declan O'Shea": "2024-11-14",
        "Eeva Mäkinen": "2024-05-05",
    }


def test_a_uk_outlook_export_keeps_birthdays_on_their_day(store):
    report = operations.run_import(store, "outlook", FIXTURES / "outlook_contacts_uk.csv")

    assert report.errors == ()
    assert report.left_out == ()
    found = birthdays(store)
    assert found["Zoë Ångström-Lind"] == "1988-07-04"  # 04/07/1988: 4 July, not 7 April
    assert found["Aisha Bello"] == "1992-12-01"  # 01/12/1992: 1 December, not 12 January
    assert found["Tobias Brenner"] == "1981-12-25"


def test_a_us_outlook_export_stays_month_first(store):
    operations.run_import(store, "outlook", FIXTURES / "outlook_contacts.csv")

    found = birthdays(store)
    assert found["Zoë Ångström-Lind"] == "1988-07-04"  # 7/4/1988
    assert found["Aisha Bello"] == "1992-12-01"  # 12/1/1992
    assert found["Tobias Brenner"] == "1981-08-02"  # 8/2/1981


def test_dates_that_could_be_either_are_read_month_first_as_linkedin_writes_them(store, tmp_path):
    operations.run_import(store, "linkedin", linkedin_file(tmp_path, "03/04/2024", "3/14/18, 9:05 AM", "01/02/2024"))

    assert connected(store) == {"P0 Q": "2024-03-04", "P1 Q": "2018-03-14", "P2 Q": "2024-01-02"}


def test_a_column_written_both_ways_names_the_rows_it_cannot_read(store, tmp_path):
    path = linkedin_file(tmp_path, "25/12/2023", "12/25/2023", "03/04/2024", "05/05/2024", "14 Nov 2024")

    with pytest.raises(RowsInError) as caught:
        operations.run_import(store, "linkedin", path)
    assert str(caught.value) == (
        "Connections.csv: row 4: 'Connected On' '03/04/2024' could be 3 April or 4 March: dates in this "
        "column are written both day-first and month-first, as 25/12/2023 and 12/25/2023 show; nothing "
        "was imported."
    )
    assert operations.count_contacts(store) == 0

    report = operations.run_import(store, "linkedin", path, skip_bad_rows=True)
    assert [row for row, _ in report.errors] == [4]
    assert connected(store) == {
        "P0 Q": "2023-12-25",
        "P1 Q": "2023-12-25",
        "P3 Q": "2024-05-05",  # the same day either way
        "P4 Q": "2024-11-14",
    }


def test_birthdays_written_both_ways_leave_out_only_the_doubtful_one(store, tmp_path):
    path = tmp_path / "outlook.csv"
    path.write_text(
        "First Name,Last Name,E-mail Address,Job Title,Birthday\n"
        "Ada,Lovelace,ada@example.com,Analyst,25/12/1981\n"
        "Bo,Berg,bo@example.com,Engineer,12/25/1980\n"
        "Cy,Cole,cy@example.com,Editor,04/07/1988\n",
        encoding="utf-8",
    )
    report = operations.run_import(store, "outlook", path)

    assert report.created == 3
    assert report.left_out == (
        (
            4,
            "imported without the birthday '04/07/1988' (it could be 4 July or 7 April: dates in this column "
            "are written both day-first and month-first, as 25/12/1981 and 12/25/1980 show)",
        ),
    )
    assert birthdays(store) == {"Ada Lovelace": "1981-12-25", "Bo Berg": "1980-12-25", "Cy Cole": None}


def test_google_birthdays_typed_day_first(store, tmp_path):
    path = tmp_path / "google.csv"
    path.write_text(
        "First Name,Last Name,Birthday,E-mail 1 - Value\n"
        "Ada,Lovelace,25/12/1981,ada@example.com\n"
        "Cy,Cole,04/07/1988,cy@example.com\n",
        encoding="utf-8",
    )
    operations.run_import(store, "google", path)

    assert birthdays(store) == {"Ada Lovelace": "1981-12-25", "Cy Cole": "1988-07-04"}


def test_column_order_and_reading():
    from netcompanion.importers.dates import BOTH, DAY_FIRST, MONTH_FIRST, column_order, parse_date

    assert column_order(["03/04/2024", "25/12/2023"]).order == DAY_FIRST
    assert column_order(["03/04/2024", "12/25/2023", "3/14/18, 9:05 AM"]).order == MONTH_FIRST
    assert column_order(["03/04/2024", "01/02/2024", "14 Nov 2024", ""]).order == MONTH_FIRST
    both = column_order(["25/12/2023", "03/04/2024", "12/25/2023"])
    assert (both.order, both.day_first, both.month_first) == (BOTH, "25/12/2023", "12/25/2023")
    assert column_order(["14.11.2024", "03/04/2024"]).order == MONTH_FIRST  # dotted dates are always day-first
    assert parse_date("03/04/2024", DAY_FIRST) == dt.date(2024, 4, 3)
    assert parse_date("12/25/2023", DAY_FIRST) == dt.date(2023, 12, 25)  # reads only one way
    assert parse_date("03/04/2024", BOTH) is None
    assert parse_date("04/04/2024", BOTH) == dt.date(2024, 4, 4)
    assert parse_date("3/4/24, 9:05 PM", DAY_FIRST) == dt.date(2024, 4, 3)
    assert both.doubt("03/04/2024").startswith("could be 3 April or 4 March: ")
    assert both.doubt("25/12/2023") is None
    assert both.doubt("not a date") is None


INVITATIONS_HEADER = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
ME = "https://www.linkedin.com/in/avery-quinlan-7c2e19"


def invitations_file(tmp_path, *sent: tuple[str, str]):
    """Outgoing invitations to (profile slug, Sent At as a re-saving spreadsheet wrote it)."""
    path = tmp_path / "Invitations.csv"
    rows = [f'Avery Quinlan,X,"{when}",,OUTGOING,{ME},https://www.linkedin.com/in/{slug}\n' for slug, when in sent]
    path.write_text(INVITATIONS_HEADER + "".join(rows), encoding="utf-8")
    return path


def test_invitations_resaved_day_first_are_read_day_first(store, tmp_path):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    path = invitations_file(tmp_path, ("noahrichter", "03/11/2024 10:45"), ("tobiasbrenner", "25/10/2024 09:02"))

    report = operations.run_import(store, "linkedin-invitations", path)

    assert (report.created, report.errors) == (2, ())
    noah = operations.find_contacts(store, "noah")[0]
    assert operations.list_interactions(store, noah.id)[0].occurred_at.date() == dt.date(2024, 11, 3)


def test_invitations_written_both_ways_name_the_row_in_doubt(store, tmp_path):
    path = invitations_file(
        tmp_path, ("noahrichter", "25/10/2024 09:02"), ("tobiasbrenner", "10/30/2024 13:07"), ("p", "03/11/2024 10:45")
    )

    report = operations.preview_import(store, "linkedin-invitations", path)

    assert [row for row, _ in report.errors] == [4]
    assert "could be 3 November or 11 March" in report.errors[0][1]


def test_messages_resaved_day_first_are_read_day_first(store, tmp_path):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    text = (FIXTURES / "linkedin_messages.csv").read_text(encoding="utf-8")
    for iso, resaved in (("2024-11-21 17:30:12 UTC", "03/11/2024 17:30"), ("2024-11-21 16:02:45 UTC", "25/10/2024 16:02"),
                         ("2024-11-20 09:14:03 UTC", "01/10/2024 09:14")):  # fmt: skip
        text = text.replace(iso, resaved)
    path = tmp_path / "messages.csv"
    path.write_text(text, encoding="utf-8")

    report = operations.run_import(store, "linkedin-messages", path)

    assert report.errors == ()
    maren = operations.find_contacts(store, "maren")[0]
    assert maren.last_interaction == dt.datetime(2024, 11, 3, 17, 30, tzinfo=dt.UTC).astimezone().date()
