"""The main window: first run, views by name, search from anywhere, remembered state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QMenu

from netcompanion import operations
from netcompanion.gui.main_window import VIEW_NAMES


def test_empty_database_offers_import_or_demo_and_the_demo_fills_the_views(make_window, store, qtbot):
    window = make_window(store)
    welcome = window.form.pages.currentWidget()
    assert welcome.objectName() == "welcomePage"
    assert "LinkedIn" in welcome.form.steps.text()
    assert "vCard" in welcome.form.otherSources.text()  # address books are welcome too
    assert not window.form.viewList.isEnabled()
    assert window.form.viewList.selectedItems() == []  # no view is showing
    assert not window.status_label.isVisible()  # "0 of 10 calls done" before anyone is here

    with qtbot.waitSignal(window.data_changed, timeout=30000):
        qtbot.mouseClick(welcome.form.demoButton, Qt.MouseButton.LeftButton)

    assert operations.count_contacts(store) > 0
    assert window.current_view() == "today"
    assert window.form.pages.currentWidget().objectName() == "todayView"
    assert window.form.viewList.isEnabled()
    assert window.status_label.isVisible()


def test_every_view_opens_by_name_and_by_keyboard(window, qtbot):
    for name in VIEW_NAMES:
        view = window.show_view(name)
        assert window.form.pages.currentWidget() is view
        assert window.current_view() == name
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "contacts"
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "insights"


def test_unknown_view_name_is_refused(window):
    import pytest

    with pytest.raises(ValueError, match="no view called 'calendar'"):
        window.show_view("calendar")


def test_ctrl_k_finds_a_contact_from_anywhere_and_enter_opens_the_story(window, demo_store, qtbot):
    target = operations.add_contact(demo_store, name="Zebulon Quist", company="Northwind")
    window.data_changed.emit()
    window._on_changed()
    window.show_view("insights")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    box = window.form.searchBox
    assert box.hasFocus()
    qtbot.keyClicks(box, "zebul")
    assert [r.id for r in window.search.suggestions("zebul")] == [target.id]
    qtbot.keyClick(box.completer().popup(), Qt.Key.Key_Down)
    qtbot.keyClick(box.completer().popup(), Qt.Key.Key_Return)
    story = window.form.pages.currentWidget()
    assert story.objectName() == "contactStory"
    assert story.form.storyName.text() == "Zebulon Quist"
    qtbot.keyClick(story, Qt.Key.Key_Escape)
    assert window.current_view() == "insights"


def test_window_geometry_and_last_view_are_remembered(make_window, demo_store, qsettings):
    first = make_window(demo_store, qsettings)
    height = first.minimumSizeHint().height() + 17  # the offscreen screen is small: vary the height a little
    first.resize(first.width(), height)
    first.show_view("opportunities")
    first.close()
    second = make_window(demo_store, qsettings)
    assert second.current_view() == "opportunities"
    assert second.height() == height


def test_status_line_counts_calls_done_today(window, demo_store, qtbot):
    before = window.status_label.text()
    assert before.endswith("calls done today")
    contact = operations.add_contact(demo_store, name="Stat Line")
    window.show_contact(contact.id)
    window.ctx.run(operations.log_touch, contact.id, channel="call", outcome="no-answer")
    done = int(before.split()[0])
    assert window.status_label.text() == f"{done + 1} of 10 calls done today"


def test_data_changed_is_emitted_after_an_operation(window, demo_store, qtbot):
    contact = operations.add_contact(demo_store, name="Signal Person")
    with qtbot.waitSignal(window.data_changed, timeout=1000):
        window.ctx.run(operations.rate_contact, contact.id, closeness=4)


def test_dropping_a_file_on_the_window_opens_the_import_wizard_with_it(window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    path = tmp_path / "contacts.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Drop Test\nEND:VCARD\n", encoding="utf-8")
    opened = []
    window.open_import = lambda p=None: opened.append(p)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert opened == [str(path)]


def test_insights_reads_its_figures_off_the_gui_thread_and_follows_a_logged_call(
    window, demo_store, qtbot, gui_thread_calls
):
    weekly_progress = operations.weekly_progress
    on_gui_thread = gui_thread_calls("weekly_progress")
    view = window.show_view("insights")
    qtbot.waitUntil(lambda: view.loaded, timeout=20_000)
    weeks = weekly_progress(demo_store, weeks=12).weeks
    talks = sum(w.conversations for w in weeks[-4:])
    assert f"Last four weeks: {talks} conversations" in view.form.headline.text()
    assert view.weekly.series["conversations"] == [w.conversations for w in weeks]

    someone = operations.contact_ids(demo_store)[0]
    operations.log_touch(demo_store, someone, channel="call", outcome="reached")
    with qtbot.waitSignal(view.refreshed, timeout=20_000):
        window._on_changed()
    assert f"Last four weeks: {talks + 1} conversations" in view.form.headline.text()
    assert on_gui_thread == [False, False]


def test_what_starting_made_is_kept_out_of_full_garbage_collections(window):
    """Full collections scanned every object the start made, tens of milliseconds each time."""
    import gc

    assert window.started
    assert gc.get_freeze_count() > 10_000


def test_every_view_fits_half_a_full_hd_screen(make_window, demo_store, qtbot):
    """Side by side with a browser on a 1920-pixel screen the window gets 960 pixels. The contacts
    filters and the campaign's cards used to hold it at over 1,000."""
    operations.create_campaign(demo_store, "Re-warming", quota=10, best=120)
    window = make_window(demo_store)
    for name in VIEW_NAMES:
        view = window.show_view(name)
        qtbot.waitUntil(lambda view=view: not window.ctx.busy)
        assert window.minimumSizeHint().width() <= 960, name
    window.resize(960, 720)
    qtbot.wait(50)  # the resize's layout
    assert window.width() == 960
    campaign = window.show_view("campaign")
    assert campaign.form.membersValue.text() == "120"
    for card in ("membersCard", "reachedCard", "attemptedCard", "remainingCard", "forecastCard"):
        frame = getattr(campaign.form, card)
        assert frame.width() >= frame.minimumSizeHint().width(), card


def test_someone_met_at_an_event_is_added_by_hand_and_their_story_opens(window, demo_store, qtbot):
    before = operations.count_contacts(demo_store)
    contacts = window.show_view("contacts")
    qtbot.mouseClick(contacts.form.newButton, Qt.MouseButton.LeftButton)
    added = [d for d in window.findChildren(QDialog) if d.objectName() == "NewContactDialog" and d.isVisible()]
    assert len(added) == 1
    form_dialog = added[0]
    name = form_dialog.findChild(QLineEdit, "nameEdit")
    email = form_dialog.findChild(QLineEdit, "emailEdit")
    add = form_dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok)
    assert not add.isEnabled()  # nobody without a name
    qtbot.keyClicks(name, "Nadia Okonkwo")
    qtbot.keyClicks(form_dialog.findChild(QLineEdit, "companyEdit"), "Coho Winery")
    qtbot.keyClicks(email, "nadia.at.coho")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    error = form_dialog.findChild(QLabel, "errorLabel")
    assert form_dialog.isVisible() and error.isVisible() and "nadia.at.coho" in error.text()
    assert operations.count_contacts(demo_store) == before  # nothing half-added
    email.clear()
    qtbot.keyClicks(email, "nadia@coho.example")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert not form_dialog.isVisible()
    assert operations.count_contacts(demo_store) == before + 1
    story = window.form.pages.currentWidget()
    assert story.objectName() == "contactStory"
    assert story.form.storyName.text() == "Nadia Okonkwo"
    [nadia] = operations.find_contacts(demo_store, "nadia okonkwo")
    assert (nadia.company, nadia.emails) == ("Coho Winery", ("nadia@coho.example",))


def test_ctrl_n_opens_the_new_contact_dialog_from_anywhere(window, qtbot):
    window.show_view("insights")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert [d for d in window.findChildren(QDialog) if d.objectName() == "NewContactDialog" and d.isVisible()]


def test_menus_show_the_keys_that_work(window, qtbot):
    """Settings' Ctrl+, sat on a hidden copy of the item, and Find a contact showed no key at all."""
    actions = {a.text(): a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()}
    assert "Ctrl+," in [k.toString() for k in actions["&Settings…"].shortcuts()]
    assert [k.toString() for k in actions["&Find a contact"].shortcuts()] == ["Ctrl+K", "Ctrl+F"]
    assert [a for a in actions.values() if not a.isVisible() and not a.isSeparator()] == []
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.form.searchBox.hasFocus()


def test_the_selected_sidebar_icon_is_white_also_when_the_tray_opened_the_window(app, qtbot, qsettings, demo_store):
    """Started in the tray (start at login), the window's first page comes from the tray menu before
    any paint; the selected row's icon used to stay blue on the blue row, hard to see."""
    from netcompanion.gui.main_window import MainWindow

    window = MainWindow(demo_store, qsettings)
    qtbot.addWidget(window)
    try:
        window.show_view("campaign")  # what the tray does, with the window still hidden
        window.show()
        qtbot.waitExposed(window)
        sidebar = window.form.viewList
        row = sidebar.visualItemRect(sidebar.item(sidebar.currentRow()))
        image = sidebar.viewport().grab(row).toImage()
        icon_part = [image.pixelColor(x, y) for x in range(40) for y in range(image.height())]  # left of the name
        assert any(c.red() > 250 and c.green() > 250 and c.blue() > 250 for c in icon_part)  # the sidebar is greyer
    finally:
        window.shutdown()


def test_the_trays_log_a_touch_opens_the_log_for_todays_highlighted_person(window, demo_store, qtbot):
    """It showed Today, exactly like "Today's calls": the main window had no log to open."""
    today = window.show_view("today")
    qtbot.waitUntil(lambda: today.current() is not None)
    window.open_log_touch()  # what the tray's companion calls (it looks for this name)

    dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert [d.windowTitle() for d in dialogs] == [f"Log a touch — {today.current().name}"]


def test_the_trays_log_a_touch_on_an_empty_database_keeps_the_welcome_page(make_window, store):
    """Before anyone is there, Today is the welcome page: asking it for its highlighted person crashed."""
    window = make_window(store)

    assert window.open_log_touch() is None
    assert window.form.pages.currentWidget().objectName() == "welcomePage"


def test_a_contacts_page_lights_no_view_names_the_person_once_and_back_says_where_it_goes(window, demo_store, qtbot):
    """Opened from Contacts, Today or Ctrl+K, a contact's page kept the view's row lit under the heading
    "Contact": it read as that view, and clicking the lit row to get back did nothing. Then the window's
    heading said "Contacts › Zebulon Quist" right above the page's own "Zebulon Quist"."""
    target = operations.add_contact(demo_store, name="Zebulon Quist")
    sidebar, title = window.form.viewList, window.form.viewTitle
    window.show_view("contacts")
    story = window.show_contact(target.id)
    back = story.form.backButton
    assert sidebar.selectedItems() == [] and not title.isVisibleTo(window)
    assert story.form.storyName.text() == "Zebulon Quist" and back.text() == "Contacts"
    assert back.accessibleName() == "Back to Contacts"
    qtbot.keyClick(story, Qt.Key.Key_Escape)  # back where it was opened from, lit again
    assert window.current_view() == "contacts" and window.form.pages.currentWidget() is window.views["contacts"]
    assert [i.text() for i in sidebar.selectedItems()] == ["Contacts"]
    assert title.isVisibleTo(window) and title.text() == "Contacts"

    window.show_view("today")
    story = window.show_contact(target.id)
    story.form.firstEdit.setText("Zeb")
    story.save()
    assert story.form.storyName.text() == "Zeb Quist" and back.text() == "Today"  # the name as saved
    row = sidebar.visualItemRect(sidebar.item(VIEW_NAMES.index("today"))).center()
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert window.form.pages.currentWidget() is window.views["today"] and title.text() == "Today"


def test_the_sidebar_taking_the_focus_on_a_contacts_page_stays_on_the_page(window, demo_store, qtbot):
    """With no row current, the sidebar took Today's row when it got the focus (an undo moved it there),
    and the contact's page gave way to Today."""
    target = operations.add_contact(demo_store, name="Zebulon Quist")
    window.show_view("contacts")
    story = window.show_contact(target.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.form.viewList.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.form.viewList.hasFocus)
    assert window.form.pages.currentWidget() is story
    assert window.form.viewList.selectedItems() == []


def test_the_sidebar_keeps_its_width_whichever_view_is_shown(window, qtbot):
    """Going from Today to Insights in a 1100-pixel window narrowed the sidebar by 20 pixels, so the
    view names and the page's left edge jumped sideways."""
    window.resize(1100, 720)
    widths = {}
    for name in VIEW_NAMES:
        window.show_view(name)
        qtbot.waitUntil(lambda: window.form.pages.currentWidget().isVisible())
        window.layout().activate()
        widths[name] = window.form.viewList.width()
    assert len(set(widths.values())) == 1, widths
