"""The contacts table model: smooth at 100,000 rows.

It holds only the ids in display order (and their search text, so typing narrows the
list without a query); the visible rows are fetched in blocks when the view asks for
them and forgotten again when many blocks have been read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from netcompanion import clock, operations
from netcompanion.gui import context
from netcompanion.gui.worker import LatestRead
from netcompanion.operations import ContactFilter, ContactRow
from netcompanion.store import Store

BLOCK = 64
MAX_BLOCKS = 120
MAX_KNOWN = 20_000
COLUMNS = (
    ("Name", "name"),
    ("Company", "company"),
    ("Title", "title"),
    ("Stage", "stage"),
    ("Closeness", "closeness"),
    ("Value", "value"),
    ("Last touch", "last_interaction"),
    ("Flags", "flags"),
)
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
CENTER = int(Qt.AlignmentFlag.AlignCenter)
RATING_COLUMNS = (4, 5)
FLAGS_COLUMN = 7


def _ago(day: dt.date | None, today: dt.date) -> str:
    if day is None:
        return "never"
    days = (today - day).days
    if days <= 0:
        return "today"
    if days < 60:
        return f"{days} days ago"
    if days < 730:
        return f"{days // 30} months ago"
    return f"{days // 365} years ago"


def _texts(row: ContactRow, today: dt.date) -> tuple[str, ...]:
    """What each column shows for a row, worked out once per row read; `today` is the user's."""
    return (
        row.name,
        row.company,
        row.title,
        row.stage,
        # Plain digits: a symbol outside the UI font makes every repaint look up a fallback font.
        str(row.closeness) if row.closeness else "",
        str(row.value) if row.value else "",
        _ago(row.last_interaction, today),
        _flags(row),
    )


def _flags(row: ContactRow) -> str:
    return " · ".join(
        text
        for on, text in (
            (row.parked, "parked"),
            (row.do_not_introduce, "do not introduce"),
            (row.archived, "archived"),
        )
        if on
    )


class ContactsModel(QAbstractTableModel):
    """With a worker, large networks are re-read off the GUI thread: the old list stays on
    screen (and searchable) until the new one is there, so the window never freezes."""

    loading_changed = Signal(bool)

    def __init__(self, store: Store, parent=None, worker=None) -> None:
        super().__init__(parent)
        self._store = store
        self._reads = LatestRead(worker) if worker is not None else None
        self.loading = False
        self._filter = ContactFilter()
        self._sort = ("name", False)
        self._index = operations.ContactIndex((), ())
        self._ids: list[int] = []
        self._texts: list[str] = []  # search text of each shown id (for narrowing as the user types)
        self._blocks: dict[int, list] = {}
        self._known: dict[int, tuple[ContactRow, tuple[str, ...]]] = {}  # rows read since the last reload
        self._loaded = False
        self._zone: dt.tzinfo | None = None  # the user's, read with each reload: "today" and "3 days ago" are theirs

    # ---- what is shown --------------------------------------------------------------------------
    def set_filter(self, flt: ContactFilter) -> None:
        """Change the filters; only the search words changed → no query at all."""
        old = self._filter
        self._filter = flt
        if not (self._loaded and replace(old, search="") == replace(flt, search="")):
            self.reload()
        elif old.search.strip() and flt.search.startswith(old.search):
            self._show(
                *operations.narrow(self._ids, self._texts, flt.search)
            )  # typed on: narrow what is shown
        else:
            self._show(*operations.narrow(self._index.ids, self._index.texts, flt.search))

    def reload(self) -> None:
        """Read the ids again (after data changed or the filters or the sort order changed)."""
        store, flt, (sort, descending) = self._store, self._filter, self._sort
        if self._reads is None or not context.reads_in_background(store):
            if self._reads is not None:
                self._reads.forget()  # this read is newer than any on its way
            self._apply(operations.contact_index(store, flt, sort, descending))
            return
        self._set_loading(True)
        self._reads.submit(
            lambda _progress: operations.contact_index(store, flt, sort, descending),
            self._apply,
            lambda _message: self._set_loading(False),
        )

    def _apply(self, index: operations.ContactIndex) -> None:
        self._index = index
        self._zone = operations.get_settings(self._store).zone
        self._loaded = True
        self._known.clear()
        self._show(*operations.narrow(index.ids, index.texts, self._filter.search), reread=True)
        self._set_loading(False)

    def _set_loading(self, on: bool) -> None:
        if on != self.loading:
            self.loading = on
            self.loading_changed.emit(on)

    def _show(self, ids: list[int], texts: list[str], reread: bool = False) -> None:
        if not reread and ids == self._ids:
            # Typing on often keeps the same people ("fabr" → "fabri"): nothing to repaint.
            self._texts = texts
            return
        self.beginResetModel()
        self._ids = ids
        self._texts = texts
        self._blocks.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def contact_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, contact_id: int) -> int:
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return -1

    def cell_text(self, row: int, column: int) -> str:
        """What a cell shows (for painting: one call instead of seven data() calls)."""
        found = self._cached(row)
        return found[1][column] if found else ""

    def row(self, row: int) -> ContactRow | None:
        found = self._cached(row)
        return found[0] if found else None

    def _cached(self, row: int) -> tuple[ContactRow, tuple[str, ...]] | None:
        """The row and its column texts, read with its block of neighbours when first needed."""
        if not 0 <= row < len(self._ids):
            return None
        block_no = row // BLOCK
        block = self._blocks.get(block_no)
        if block is None:
            if len(self._blocks) >= MAX_BLOCKS:
                self._blocks.clear()
            wanted = self._ids[block_no * BLOCK : (block_no + 1) * BLOCK]
            known = self._known
            missing = [i for i in wanted if i not in known]
            if missing:
                if len(known) > MAX_KNOWN:
                    known.clear()
                today = clock.today(self._zone)
                for r in operations.contact_rows(self._store, missing, self._zone):
                    known[r.id] = (r, _texts(r, today))
            block = [known.get(i) for i in wanted]
            self._blocks[block_no] = block
        offset = row - block_no * BLOCK
        return block[offset] if offset < len(block) else None

    # ---- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY):
        # Called for seven roles of every visible cell on each paint (font, colours, check state,
        # icon … have no data here): test the role first and touch the index only when needed.
        if role == DISPLAY:
            found = self._cached(index.row())  # None outside the rows (an invalid index's row is -1)
            return found[1][index.column()] if found else None
        if role == ALIGNMENT:
            return CENTER if index.column() in RATING_COLUMNS else None
        if role == ID_ROLE:
            row = index.row()
            return self._ids[row] if 0 <= row < len(self._ids) else None
        if role == TOOLTIP:
            found = self._cached(index.row())
            if found is None:
                return None
            r, shown = found
            if index.column() == FLAGS_COLUMN and shown[FLAGS_COLUMN]:
                return f"{r.name}: {shown[FLAGS_COLUMN]}"  # a narrow column cuts the flags short
            where = ", ".join(filter(None, (r.title, r.company)))
            return f"{r.name} — {where}" if where else r.name
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section][0]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][1] is None:
            return
        key = (COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder)
        # The view calls this when its sort indicator is first set, before any filter: reading
        # then would be thrown away by the read the filter starts (30,000 contacts: ~0.3 s twice).
        if key != self._sort:
            self._sort = key
            self.reload()
