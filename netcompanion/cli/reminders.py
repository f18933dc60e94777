"""`netcompanion reminders …`: what is planned, the notification history, one round, start at login."""

from __future__ import annotations

import argparse
import shlex

from netcompanion import clock
from netcompanion.cli.common import positive_int, print_json, print_table, store_for
from netcompanion.reminders import autostart
from netcompanion.reminders import log as reminder_log
from netcompanion.reminders.engine import ReminderEngine
from netcompanion.reminders.facts import load_facts
from netcompanion.reminders.notifier import NotifierChain, default_backends
from netcompanion.reminders.planner import local_zone, plan
from netcompanion.settings import load_settings, save_settings, with_changes


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("reminders", help="planned reminders, notification history, start at login")
    sub = parser.add_subparsers(
        dest="reminders_command", metavar="{planned,history,run,autostart}", required=True
    )
    planned = sub.add_parser("planned", help="reminders not shown yet, and when they will be")
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
    zone = local_zone(settings.timezone)
    facts, settings = load_facts(store, now.astimezone(zone).date(), settings)
    rows = plan(facts, now, settings)
    if args.json:
        print_json([{"key": r.key, "kind": r.kind, "title": r.title, "body": r.body,
                     "contact_id": r.contact_id, "at": r.at, "due_now": r.at <= now} for r in rows])  # fmt: skip
    elif not rows:
        print("Nothing planned: reminders come from follow-ups, the end of a cooldown and campaign days; "
              "add a follow-up with `netcompanion followups add CONTACT_ID --due YYYY-MM-DD`.")  # fmt: skip
    else:
        print_table(["when", "kind", "reminder"],
                    [[f"{r.at.astimezone(zone):%a %d %b %H:%M}", r.kind, r.title] for r in rows])  # fmt: skip
    return 0


def show_history(args: argparse.Namespace) -> int:
    entries = reminder_log.history(store_for(args), args.limit)
    if args.json:
        print_json([e.to_json() for e in entries])
    elif not entries:
        print("No notifications shown yet; `netcompanion reminders planned` says what is coming.")
    else:
        print_table(["shown", "notification", "by"],
                    [[f"{e.shown_at.astimezone():%a %d %b %H:%M}", e.title, e.delivered_by] for e in entries])  # fmt: skip
    return 0


def run_round(args: argparse.Namespace) -> int:
    chain = NotifierChain(default_backends())
    result = ReminderEngine(store_for(args), lambda notification, _id: chain.deliver(notification)).tick()
    for notification in result.shown:
        print(notification.title)
    if not result.shown:  # say why nothing appeared: at night that is quiet hours, not a fault
        if result.paused:
            print("Nothing shown: reminders are paused.")
        elif result.next_at is not None:
            print(f"Nothing is due right now; the next reminder shows {result.next_at.astimezone():%a %d %b %H:%M} "
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
