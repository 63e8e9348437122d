"""The instance list as a CSV file: ``name,instance_id,access_token`` (the token optional).

Reading is bounded and never blocks: only a regular file is read (a FIFO or a device such as
``/dev/zero`` is refused at once), at most :data:`MAX_FILE_BYTES`, as strict UTF-8 (a
byte-order mark is allowed). Every row gets a result (added, updated, unchanged or refused
with its reason); a bad row never stops the good ones. Exports never hold a token.
"""

from __future__ import annotations

import csv
import io
import os
import stat
from dataclasses import dataclass, field
from enum import StrEnum

from ..i18n import QT_TRANSLATE_NOOP, ltr, translate
from ..profiles import Profile
from ..validation import check_instance_id, check_name, check_token
from ..webhook import NAME_MAX_LENGTH
from .csv_cells import safe_cell, unsafe_cell

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000
COLUMNS = ("name", "instance_id", "access_token")
REQUIRED_COLUMNS = ("name", "instance_id")
HEADER_HELP = QT_TRANSLATE_NOOP(
    "FleetRoster",
    "The first line must name the columns: name,instance_id,access_token (access_token may "
    "be left out).")
"""English source: shown through :func:`header_help`."""


def header_help() -> str:
    return translate("FleetRoster", HEADER_HELP)


class RosterFileError(Exception):
    """The file cannot be used at all; ``message`` says why in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RowAction(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class RowResult:
    """What happened to one line of the file (never holding its token)."""

    line: int
    instance_id: str
    name: str
    action: RowAction
    reason: str = ""

    @property
    def label(self) -> str:
        """The action in a word or two, in the user's language ("Added", "Already in the list")."""
        return translate("FleetRoster", ROW_LABELS[self.action])

    @property
    def text(self) -> str:
        who = (translate("FleetRoster", "{name} ({instance_id})").format(
            name=self.name, instance_id=ltr(self.instance_id)) if self.name
            else ltr(self.instance_id) if self.instance_id else "—")
        words = translate("FleetRoster", ROW_WORDS[self.action])
        if self.reason:
            return translate("FleetRoster", "Line {line}, {who}: {action}: {reason}").format(
                line=self.line, who=who, action=words, reason=self.reason)
        return translate("FleetRoster", "Line {line}, {who}: {action}").format(
            line=self.line, who=who, action=words)


ROW_WORDS = {
    RowAction.ADDED: QT_TRANSLATE_NOOP("FleetRoster", "added"),
    RowAction.UPDATED: QT_TRANSLATE_NOOP("FleetRoster", "updated"),
    RowAction.UNCHANGED: QT_TRANSLATE_NOOP("FleetRoster", "already in the list"),
    RowAction.REFUSED: QT_TRANSLATE_NOOP("FleetRoster", "refused"),
}
"""The action inside a sentence ("Line 3, Shop: added")."""
ROW_LABELS = {
    RowAction.ADDED: QT_TRANSLATE_NOOP("FleetRoster", "Added"),
    RowAction.UPDATED: QT_TRANSLATE_NOOP("FleetRoster", "Updated"),
    RowAction.UNCHANGED: QT_TRANSLATE_NOOP("FleetRoster", "Already in the list"),
    RowAction.REFUSED: QT_TRANSLATE_NOOP("FleetRoster", "Refused"),
}
"""The action as the results list's outcome word."""


@dataclass(slots=True)
class RosterImport:
    """The merged list, the tokens to keep in the keyring and one result per row."""

    profiles: list[Profile]
    tokens: dict[str, str] = field(default_factory=dict, repr=False)
    rows: list[RowResult] = field(default_factory=list)

    def count(self, action: RowAction) -> int:
        return sum(1 for row in self.rows if row.action is action)

    @property
    def summary(self) -> str:
        if not self.rows:
            return translate("FleetRoster", "No rows.")
        counted = {
            RowAction.ADDED: lambda n: translate("FleetRoster", "%n added", None, n),
            RowAction.UPDATED: lambda n: translate("FleetRoster", "%n updated", None, n),
            RowAction.UNCHANGED: lambda n: translate("FleetRoster", "%n unchanged", None, n),
            RowAction.REFUSED: lambda n: translate("FleetRoster", "%n refused", None, n),
        }
        parts = [counted[a](self.count(a)) for a in RowAction if self.count(a)]
        return translate("FleetRoster", "{rows}: {counts}").format(
            rows=translate("FleetRoster", "%n row(s)", None, len(self.rows)),
            counts=translate("FleetResults", ", ").join(parts))


# ---- reading the file --------------------------------------------------------------------------


def read_bytes(path: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes; :class:`RosterFileError` for anything but a regular file of at most
    ``limit`` bytes (blocking, but never waits on a FIFO or device: call it in a thread)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise RosterFileError(translate("FleetRoster", "The file does not exist (any more).")
                              ) from None
    except PermissionError:
        raise RosterFileError(translate("FleetRoster", "This app is not allowed to read the file.")
                              ) from None
    except OSError as exc:
        raise RosterFileError(translate("FleetRoster", "The file could not be opened ({reason}).")
                              .format(reason=ltr(exc.strerror or exc))) from None
    megabytes = limit // (1024 * 1024)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise RosterFileError(translate(
                "FleetRoster", "This is not an ordinary file (it may be a device or a pipe)."))
        if info.st_size > limit:
            raise RosterFileError(translate(
                "FleetRoster",
                "The file is larger than {megabytes} MB; a list of instances is far smaller.",
            ).format(megabytes=megabytes))
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, min(65536, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise RosterFileError(translate(
                    "FleetRoster", "The file is larger than {megabytes} MB.").format(
                    megabytes=megabytes))
        return b"".join(chunks)
    except BlockingIOError:
        raise RosterFileError(translate(
            "FleetRoster", "The file could not be read without waiting.")) from None
    finally:
        os.close(fd)


def decode(data: bytes) -> str:
    """Strict UTF-8 (a byte-order mark allowed); :class:`RosterFileError` otherwise."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RosterFileError(translate(
            "FleetRoster",
            "The file is not UTF-8 text (line {line} has the byte {byte}). In your "
            "spreadsheet app, save it as “CSV UTF-8” and import it again.",
        ).format(line=line, byte=ltr(f"0x{data[exc.start]:02X}"))) from None


def read_roster_file(path: str, current: list[Profile]) -> RosterImport:
    """Read, decode and parse the file at ``path`` against the current list (blocking)."""
    return parse_roster(decode(read_bytes(path)), current)


# ---- parsing -----------------------------------------------------------------------------------


def _header(row: list[str]) -> dict[str, int]:
    names = [cell.strip().lstrip("\ufeff").lower().replace(" ", "_") for cell in row]
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    if missing:
        first = ", ".join(c.strip() for c in row)[:200]
        raise RosterFileError(translate(
            "FleetRoster", "{help} This file's first line is: {line}."
        ).format(help=header_help(),
                 line=ltr(first) if first else translate("FleetRoster", "(empty)")))
    return {name: names.index(name) for name in COLUMNS if name in names}


def _cell(row: list[str], columns: dict[str, int], name: str) -> str | None:
    index = columns.get(name)
    if index is None or index >= len(row):
        return None
    return unsafe_cell(row[index].strip())


def parse_roster(text: str, current: list[Profile]) -> RosterImport:
    """Merge the CSV ``text`` into ``current``; every data row gets a :class:`RowResult`."""
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    try:
        header = next(reader, None)
        if header is None or not any(cell.strip() for cell in header):
            raise RosterFileError(translate("FleetRoster", "The file is empty. {help}").format(
                help=header_help()))
        columns = _header(header)
        profiles = list(current)
        index = {p.instance_id: i for i, p in enumerate(profiles)}
        result = RosterImport(profiles)
        first_line: dict[str, int] = {}
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(result.rows) >= MAX_ROWS:
                raise RosterFileError(translate(
                    "FleetRoster", "The file has more than {count} instances.").format(
                    count=MAX_ROWS))
            result.rows.append(_row(row, line, columns, result, index, first_line))
    except csv.Error as exc:
        raise RosterFileError(translate(
            "FleetRoster", "The file is not valid CSV (line {line}: {problem})."
        ).format(line=reader.line_num, problem=ltr(exc))) from None
    return result


def _row(row: list[str], line: int, columns: dict[str, int], result: RosterImport,
         index: dict[str, int], first_line: dict[str, int]) -> RowResult:
    instance_id = _cell(row, columns, "instance_id")
    name = _cell(row, columns, "name") or ""
    token = _cell(row, columns, "access_token") or ""
    shown_id = (instance_id or "")[:40]

    def refuse(reason: str) -> RowResult:
        return RowResult(line, shown_id, name[:NAME_MAX_LENGTH], RowAction.REFUSED, reason)

    if instance_id is None:
        return refuse(translate("FleetRoster", "the instance_id column is missing on this line"))
    if (problem := check_instance_id(instance_id)) is not None:
        return refuse(translate("FleetRoster", "bad instance ID: {problem}").format(
            problem=problem))
    if instance_id in first_line:
        return refuse(translate(
            "FleetRoster", "duplicate: instance {instance_id} is already on line {line}"
        ).format(instance_id=ltr(instance_id), line=first_line[instance_id]))
    first_line[instance_id] = line
    if (problem := check_name(name)) is not None:
        return refuse(translate("FleetRoster", "bad name: {problem}").format(problem=problem))
    if token and (problem := check_token(token)) is not None:
        return refuse(translate("FleetRoster", "bad access token: {problem}").format(
            problem=problem))
    name = name.strip()
    profile = Profile(name, instance_id)
    if token:
        result.tokens[instance_id] = token
    note = translate("FleetRoster", "token kept in the password store") if token else ""
    if instance_id not in index:
        index[instance_id] = len(result.profiles)
        result.profiles.append(profile)
        return RowResult(line, instance_id, name, RowAction.ADDED, note)
    old = result.profiles[index[instance_id]]
    if old.name == name and not token:
        return RowResult(line, instance_id, name, RowAction.UNCHANGED)
    result.profiles[index[instance_id]] = Profile(name or old.name, instance_id)
    reason = (translate("FleetRoster", "renamed from “{name}”").format(name=old.name)
              if name and old.name != name else "")
    return RowResult(line, instance_id, name, RowAction.UPDATED,
                     translate("FleetBulk", "; ").join(part for part in (reason, note) if part))


# ---- export ------------------------------------------------------------------------------------


def roster_csv(profiles: list[Profile]) -> str:
    """The list as CSV (``name,instance_id``): no token is ever written."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(REQUIRED_COLUMNS)
    for profile in profiles:
        writer.writerow([safe_cell(profile.name), profile.instance_id])
    return out.getvalue()
