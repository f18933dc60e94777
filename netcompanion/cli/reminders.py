"""`netcompanion reminders …`: what is planned, the notification history, one round, start at login."""

from __future__ import annotations

import argparse
import datetime as dt
import shlex
import sys

from netcompanion import clock, operations
from netcompanion.cli.common import positive_int, print_json, print_table, store_for
from netcompanion.reminders import autostart
from netcompanion.reminders import log as reminder_log
from netcompanion.reminders.engine import ReminderEngine
from netcompanion.reminders.facts import load_facts
from netcompanion.reminders.model import DueReminder
from netcompanion.reminders.notifier import NotifierChain, default_backends
from netcompanion.reminders.planner import plan
from netcompanion.rules.common import say_count, say_day
from netcompanion.settings import load_settings, save_settings, user_zone, with_changes
from netcompanion.store.engine import Store

PLANNED_DAYS = 14  # `reminders planned` looks this far ahead unless told otherwise
MOST_DAYS = 366


NOTIFICATIONS_OFF = "desktop notifications are off (Settings → Reminders, or the tray's Pause notifications)"


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("reminders", help="planned reminders, notification history, start at login")
    sub = parser.add_subparsers(
        dest="reminders_command", metavar="{planned,history,run,autostart}", required=True
    )
    planned = sub.add_parser("planned", help="reminders not shown yet, and when they will be")
    planned.add_argument("--days", type=lambda text: positive_int(text, most=MOST_DAYS), default=PLANNED_DAYS,
                         help=f"how many days ahead to look (default {PLANNED_DAYS})")  # fmt: skip
    planned.add_argument("--json", action="store_true")
    planned.set_defaults(handler=show_planned)
    history = sub.add_parser("history", help="notifications shown so far, newest first")
    history.add_argument("--limit", type=positive_int, default=50, help="at most this many (default 50)")
    history.add_argument("--json", action="store_true")
    history.set_defaults(handler=show_history)
    run = sub.add_parser(
        "run", help="one reminder round now, shown as desktop notifications (no tray needed)"
    )
    run.set_defaults(handler=run_round)
    start = sub.add_parser("autostart", help="start the app at login, minimised to the tray")
    start.add_argument("state", choices=("on", "off"))
    start.set_defaults(handler=set_autostart)


def show_planned(args: argparse.Namespace) -> int:
    store = store_for(args)
    now = clock.now_utc()
    with store.read() as session:
        settings = load_settings(session)
    zone = settings.zone
    today = clock.day_of(now, zone)  # the user's today, as `today` and the app's Today page have it
    last = today + dt.timedelta(days=args.days)
    facts, settings = load_facts(store, today, settings, days=args.days)
    rows = plan(facts, now, settings)
    if args.json:
        print_json([{"key": r.key, "kind": r.kind, "title": r.title, "body": r.body, "contact_id": r.contact_id,
                     "due": r.nominal, "at": r.at, "held": r.held, "due_now": r.at <= now} for r in rows])  # fmt: skip
    elif not rows:
        print(_nothing_planned(store, args.days, last))
    else:
        print(f"Planned for {_next_days(args.days)} (to {say_day(last)}):")
        if any(r.held and r.at > now for r in rows):  # the "held" column only when something is held
            print_table(["when", "held", "kind", "reminder"],
                        [[_when(r, now, zone), r.held if r.at > now else "", r.kind, r.title] for r in rows])  # fmt: skip
        else:
            print_table(["when", "kind", "reminder"], [[_when(r, now, zone), r.kind, r.title] for r in rows])
    if not args.json and not settings.notifications_enabled:
        print(f"{NOTIFICATIONS_OFF[0].upper()}{NOTIFICATIONS_OFF[1:]}: none of these pops up until they are turned "
              "on again; Today lists what is due all the same.")
    return 0


def _next_days(days: int) -> str:
    return "today and tomorrow" if days == 1 else f"the next {days} days"


def _when(reminder: DueReminder, now: dt.datetime, zone: dt.tzinfo) -> str:
    """When it shows, on the user's clock. An overdue one says so (it shows at the next round); one
    held back says when it was due and when it will show instead."""
    due, at = reminder.nominal.astimezone(zone), reminder.at.astimezone(zone)
    if reminder.at <= now:
        return f"overdue since {due:%a %d %b %H:%M}"
    if reminder.held and at != due:
        if at.date() == due.date():
            later = f"{at:%H:%M}"
        elif (at.date() - due.date()).days < 7:
            later = f"{at:%a %H:%M}"
        else:
            later = f"{at:%a %d %b %H:%M}"
        return f"{due:%a %d %b %H:%M} → {later}"
    return f"{at:%a %d %b %H:%M}"


def _nothing_planned(store: Store, days: int, last: dt.date) -> str:
    """Why the list is empty: the next follow-up is further ahead, the open ones were already
    reminded of (or added when already due), or there are none."""
    head = f"Nothing planned for {_next_days(days)}"
    followups = operations.list_followups(store)
    later = [f.effective_due() for f in followups if f.effective_due() > last]
    if later:
        ahead = (later[0] - last).days + days
        return f"{head}; the next follow-up comes up {say_day(later[0])} {later[0].year} (`--days {ahead}` shows it)."
    if followups:
        return f"{head}: your open follow-ups are due already or were reminded of; `netcompanion followups` lists them."
    return (f"{head}: reminders come from follow-ups, the end of a cooldown and campaign days; "
            "add a follow-up with `netcompanion followups add CONTACT_ID --due YYYY-MM-DD`.")  # fmt: skip


def _user_zone(store: Store) -> dt.tzinfo:
    """The zone reminders keep to (the `timezone` setting, else the system's): every time shown is in it."""
    with store.read() as session:
        return user_zone(session)


def show_history(args: argparse.Namespace) -> int:
    store = store_for(args)
    entries = reminder_log.history(store, args.limit)
    zone = _user_zone(store)
    if args.json:
        print_json([e.to_json() for e in entries])
    elif not entries:
        print("No notifications shown yet; `netcompanion reminders planned` says what is coming.")
    else:
        print_table(["shown", "notification", "by"],
                    [[f"{e.shown_at.astimezone(zone):%a %d %b %H:%M}", e.title, e.delivered_by] for e in entries])  # fmt: skip
    return 0


def run_round(args: argparse.Namespace) -> int:
    chain = NotifierChain(default_backends())
    store = store_for(args)
    result = ReminderEngine(store, lambda notification, _id: chain.deliver(notification)).tick()
    for notification in result.shown:
        print(notification.title)
    if result.undelivered:
        count = say_count(sum(len(n.keys) for n in result.undelivered), "reminder")
        print(f"netcompanion: error: could not show {count}: no desktop notification server answered, so "
              "nothing was marked shown and the next `netcompanion reminders run` tries again.", file=sys.stderr)  # fmt: skip
        return 1
    if not result.shown:  # say why nothing appeared: at night that is quiet hours, not a fault
        if result.paused:
            print(f"Nothing shown: {NOTIFICATIONS_OFF}.")
        elif result.next_at is not None:
            next_at = result.next_at.astimezone(_user_zone(store))
            print(f"Nothing is due right now; the next reminder shows {next_at:%a %d %b %H:%M} "
                  "(after quiet hours and days off, see `reminders planned`).")  # fmt: skip
        else:
            print("Nothing is due, and nothing is planned.")
    return 0


def set_autostart(args: argparse.Namespace) -> int:
    """One entry starts one database: on takes it over (and says from which), off leaves another's alone."""
    store = store_for(args)
    enabled = args.state == "on"
    with store.write() as session:
        save_settings(session, with_changes(load_settings(session), start_at_login=enabled))
    here = store.path.resolve() if store.path is not None else None
    before = autostart.entry_database()
    autostart.follow_setting(enabled, store.path, chosen=True)
    now = autostart.entry_database() if autostart.starts_at_login() else None
    if enabled and autostart.starts_at_login():
        instead = f" (instead of {before})" if before is not None and before != here else ""
        print(f"NetCompanion will start at login{instead}: {autostart.autostart_dir() / autostart.ENTRY_NAME}")
    elif now is not None and now != here:
        print(f"This database will not start at login; NetCompanion still starts at login with {now} "
              f"(`netcompanion --db {shlex.quote(str(now))} reminders autostart off` turns that off).")  # fmt: skip
    else:
        print("NetCompanion will not start at login.")
    return 0
