"""Reading a file the way a spreadsheet may have saved it.

Encoding (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252), delimiter (comma,
semicolon, tab), line ends, and where the header is: found by its column names, never by
counting lines, because LinkedIn adds a `Notes:` preamble in some years and not in others.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netcompanion.importers.base import ImportFileError

MAX_BYTES = 200 * 1024 * 1024  # a 100,000-row export is about 12 MB
HEADER_SEARCH_ROWS = 30
DELIMITERS = (",", ";", "\t")
_FORMULA_GUARD = tuple("'" + c for c in "=+-@\t\r")

csv.field_size_limit(16 * 1024 * 1024)


def _size_text(size: int) -> str:
    if size >= 1024**3:
        return f"{size / 1024**3:.1f} GB"
    return f"{size / 1024**2:.1f} MB"


def read_bytes(path: Path, expected: str = "a contacts export") -> bytes:
    """The file's bytes, refusing what no export looks like (missing, empty, huge); `expected`
    names the kind of file asked for ("a LinkedIn messages.csv")."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        # The whole path: a file that cannot be found is often a typo in its folder.
        raise ImportFileError(f"{path}: cannot open the file ({exc.strerror or exc}).") from None
    if path.is_dir():
        raise ImportFileError(f"{name}: expected a file; found a folder.")
    if size > MAX_BYTES:
        raise ImportFileError(
            f"{name}: expected {expected} of at most {_size_text(MAX_BYTES)}; found {_size_text(size)}."
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot read the file ({exc.strerror or exc}).") from None
    if not data.strip():
        raise ImportFileError(f"{name}: expected {expected}; found an empty file.")
    return data


def decode(data: bytes, name: str) -> str:
    """Text from bytes: BOMs first, then UTF-8, then Windows-1252; binary files are refused."""
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        if b"\x00" in data[:8192]:
            raise ImportFileError(f"{name}: expected a text (CSV or vCard) file; found binary data.")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t")
    if "\x00" in sample or controls > max(8, len(sample) // 100):
        raise ImportFileError(f"{name}: expected a text (CSV or vCard) file; found binary data.")
    return text


def read_text(path: Path, expected: str = "a contacts export") -> str:
    return decode(read_bytes(path, expected), path.name)


def column_key(cell: str) -> str:
    return " ".join(cell.replace("\ufeff", "").strip().strip('"').split()).casefold()


def clean_cell(value: str) -> str:
    """Undo the apostrophe our own CSV export puts before cells a spreadsheet would run as formulas."""
    if value.startswith(_FORMULA_GUARD):
        return value[1:]
    return value


@dataclass
class Table:
    """A CSV file from its header on: column positions by name, rows with their line numbers."""

    name: str
    delimiter: str
    header: list[str]
    header_line: int
    columns: dict[str, int]
    _reader: Any  # a csv.reader: its line_num says where the next row starts
    _text: str = ""  # the whole file, to look again at the last row

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line number where the row starts, cells padded to the header's width); blank rows dropped."""
        width = len(self.header)
        reader = self._reader
        start = reader.line_num + 1
        line, ends_on_a_row = 0, False
        try:
            for cells in reader:
                line = start
                start = reader.line_num + 1
                if not "".join(cells).strip():
                    ends_on_a_row = False
                    continue
                ends_on_a_row = True
                if start - line > 1 and len(cells) != width:
                    # A cell may hold line breaks, but a row over several lines that is not as wide
                    # as the header is a quote left open: it swallowed the lines after it.
                    raise ImportFileError(
                        f"{self.name}: row {line}: a quote opened in this row is never closed, so the "
                        f"lines after it (to line {start - 1}) were read as one cell."
                    )
                if len(cells) < width:
                    cells += [""] * (width - len(cells))
                yield line, cells
        except csv.Error as exc:
            raise ImportFileError(f"{self.name}: row {start}: the CSV is broken here ({exc}).") from None
        if ends_on_a_row and _ends_in_open_quote(_last_lines(self._text, start - line), self.delimiter):
            # The reader takes a quote still open at the end of the file as closed there: a last
            # row `"Gina,Hall,…` would become one long first name.
            raise ImportFileError(
                f"{self.name}: row {line}: a quote opened in this row is never closed, so the rest of "
                f"the file was read as one cell."
            )

    def index(self, *names: str) -> int | None:
        """Position of the first of these column names that the header has."""
        for name in names:
            found = self.columns.get(name)
            if found is not None:
                return found
        return None


def find_header(text: str, name: str, matches: Callable[[set[str]], bool]) -> Table | None:
    """The first row (of the first few) whose column names satisfy `matches`, in any delimiter."""
    for delimiter in _delimiter_order(text):
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
        try:
            for _ in range(HEADER_SEARCH_ROWS):
                cells = next(reader, None)
                if cells is None:
                    break
                keys = [column_key(c) for c in cells]
                present = {k for k in keys if k}
                if present and matches(present):
                    columns: dict[str, int] = {}
                    for i, key in enumerate(keys):
                        columns.setdefault(key, i)
                    return Table(name, delimiter, cells, reader.line_num, columns, reader, text)
        except csv.Error:
            continue
    return None


def _last_lines(text: str, count: int) -> str:
    """The last `count` lines of `text`, as the CSV reader counts lines (CRLF, LF or CR ends one)."""
    begin = len(text)
    for _ in range(count):
        end = begin
        if end >= 2 and text.startswith("\r\n", end - 2):
            end -= 2
        elif end and text[end - 1] in "\r\n":
            end -= 1
        begin = max(text.rfind("\n", 0, end), text.rfind("\r", 0, end)) + 1
    return text[begin:]


def _ends_in_open_quote(row: str, delimiter: str) -> bool:
    """Whether the raw text of a row (perhaps over several lines) ends inside a quoted cell.

    As the reader sees it: a quote opens a cell only at the cell's start, `""` inside is a quote,
    and after the closing quote the cell runs on to the next delimiter or line end.
    """
    quoted = _QUOTED_REST
    unquoted = _UNQUOTED_REST[delimiter]
    pos, size = 0, len(row)
    while pos < size:
        if row[pos] == '"':
            pos = quoted.match(row, pos + 1).end()
            if pos >= size:
                return True
            pos += 1  # the closing quote
        pos = unquoted.match(row, pos).end() + 1  # past the delimiter or line end
    return False


_QUOTED_REST = re.compile(r'[^"]*(?:""[^"]*)*')
_UNQUOTED_REST = {d: re.compile(f"[^{re.escape(d)}\r\n]*") for d in DELIMITERS}


def first_rows(text: str, limit: int = HEADER_SEARCH_ROWS) -> list[list[str]]:
    """The first few rows in every delimiter, for telling what a file is."""
    found: list[list[str]] = []
    for delimiter in _delimiter_order(text):
        reader = csv.reader(io.StringIO(text[:65536], newline=""), delimiter=delimiter, strict=False)
        try:
            for _ in range(limit):
                cells = next(reader, None)
                if cells is None:
                    break
                if any(c.strip() for c in cells):
                    found.append(cells)
        except csv.Error:
            continue
    return found


def _delimiter_order(text: str) -> list[str]:
    head = text[:4096]
    return sorted(DELIMITERS, key=lambda d: -head.count(d))
