"""Files the user keeps: written whole or not at all, read only when they are plain text files.

Every file the app writes goes through :func:`atomic_write_text`: a temporary file in the same
folder is written, flushed to the disk, then renamed over the old one, so a full disk or a crash
leaves either the old file or the new one, never a cut-off mix. Every file the app reads on the
user's request goes through :func:`read_user_file`: only regular files (no folder, pipe or
device), size checked before reading, reading bounded, strict UTF-8.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import secrets
import stat
from datetime import datetime
from pathlib import Path

from .i18n import QT_TRANSLATE_NOOP, ltr, translate

_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("FileErrors", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("FileErrors", "the disk quota is used up"),
    errno.EFBIG: QT_TRANSLATE_NOOP(
        "FileErrors", "the file would be larger than this disk or this computer allows"),
    errno.EROFS: QT_TRANSLATE_NOOP("FileErrors", "the disk is read-only"),
    errno.EACCES: QT_TRANSLATE_NOOP(
        "FileErrors", "the folder or the file is read-only (no permission to write there)"),
    errno.EPERM: QT_TRANSLATE_NOOP(
        "FileErrors", "the folder or the file is read-only (no permission to write there)"),
    errno.EISDIR: QT_TRANSLATE_NOOP("FileErrors", "this name belongs to a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("FileErrors", "part of the path is a file, not a folder"),
    errno.ENOENT: QT_TRANSLATE_NOOP("FileErrors", "the folder does not exist"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("FileErrors", "the name is too long"),
    errno.EIO: QT_TRANSLATE_NOOP("FileErrors", "the disk reported an error"),
    errno.ELOOP: QT_TRANSLATE_NOOP("FileErrors", "the path loops through links"),
    errno.ETXTBSY: QT_TRANSLATE_NOOP("FileErrors", "the file is in use"),
    errno.EBUSY: QT_TRANSLATE_NOOP("FileErrors", "the file is in use"),
}


def reason_for(exc: OSError) -> str:
    """Plain words for why a file operation failed."""
    if exc.errno in _REASONS:
        return translate("FileErrors", _REASONS[exc.errno])
    return (exc.strerror or str(exc) or type(exc).__name__).rstrip(".").lower()


class FileWriteError(OSError):
    """A file could not be written; the old file (if any) is unchanged.

    ``reason`` is plain words ("the disk is full"); ``str(exc)`` names the file too;
    ``strerror`` is ``reason`` as well, so code that shows ``exc.strerror`` says the same."""

    def __init__(self, path: str | os.PathLike[str], reason: str, code: int = 0) -> None:
        super().__init__(code, reason, os.fspath(path))
        self.reason = reason
        self.path = Path(path)

    def __str__(self) -> str:
        return translate("FileErrors", "Could not write “{path}”: {reason}.").format(
            path=ltr(self.path), reason=self.reason)

    @classmethod
    def from_os(cls, path: str | os.PathLike[str], exc: OSError) -> FileWriteError:
        return exc if isinstance(exc, FileWriteError) else cls(path, reason_for(exc),
                                                                exc.errno or 0)


class FileReadError(OSError):
    """A file could not be read as UTF-8 text; ``reason`` is plain words, nothing was changed."""

    def __init__(self, path: str | os.PathLike[str], reason: str, code: int = 0) -> None:
        super().__init__(code, reason, os.fspath(path))
        self.reason = reason
        self.path = Path(path)

    def __str__(self) -> str:
        return translate("FileErrors", "Could not read “{path}”: {reason}.").format(
            path=ltr(self.path), reason=self.reason)


# -- writing -------------------------------------------------------------------------------

def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8) in one step; raises :class:`FileWriteError`."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step: a temporary file in the same folder is
    written, flushed and fsynced, then renamed over ``path``; the folder is fsynced where the
    platform allows. On any failure ``path`` is untouched and the temporary file removed.

    A read-only existing file is refused (the rename would otherwise replace it). A symlink
    is followed: its target is replaced, the link stays. Raises :class:`FileWriteError`."""
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    _check_target(target)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
                     | getattr(os, "O_BINARY", 0), _mode_of(target))
    except OSError as exc:
        raise FileWriteError.from_os(target, exc) from exc
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
    except OSError as exc:
        _remove_quietly(temp)
        raise FileWriteError.from_os(target, exc) from exc
    except BaseException:
        _remove_quietly(temp)
        raise
    fsync_folder(target.parent)


def _check_target(target: Path) -> None:
    try:
        info = os.stat(target)
    except FileNotFoundError:
        if not target.parent.is_dir():
            raise FileWriteError(target, translate(
                "FileErrors", "the folder does not exist"), errno.ENOENT) from None
        return
    except OSError as exc:
        raise FileWriteError.from_os(target, exc) from exc
    if stat.S_ISDIR(info.st_mode):
        raise FileWriteError(target, translate(
            "FileErrors", "this name belongs to a folder, not a file"), errno.EISDIR)
    if not stat.S_ISREG(info.st_mode):
        raise FileWriteError(target, translate(
            "FileErrors", "this name belongs to a device or a pipe, not a file"))
    if not os.access(target, os.W_OK):
        raise FileWriteError(target, translate("FileErrors", "the file is read-only"), errno.EACCES)


def _mode_of(target: Path) -> int:
    """The existing file's permissions, else the usual 0o666 (the umask applies)."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return 0o666


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def set_aside(path: Path, now: datetime | None = None, *, copy: bool = False) -> Path:
    """Keep ``path`` as ``<name>.broken-<YYYYmmdd-HHMMSS>`` beside it (renamed, or copied when
    ``copy``); returns the new name. Raises :class:`FileWriteError`."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    for n in range(100):
        aside = path.with_name(f"{path.name}.broken-{stamp}" + (f"-{n}" if n else ""))
        if not os.path.lexists(aside):
            break
    else:
        raise FileWriteError(path, translate(
            "FileErrors", "too many broken copies are kept beside it already"))
    try:
        if copy:
            atomic_write_bytes(aside, read_bounded(path, 64 * 1024 * 1024))
        else:
            os.rename(path, aside)
            fsync_folder(path.parent)
    except FileReadError as exc:
        raise FileWriteError(path, translate(
            "FileErrors", "it could not be copied ({reason})").format(
            reason=exc.reason)) from exc
    except OSError as exc:
        raise FileWriteError.from_os(aside, exc) from exc
    return aside


# -- reading -------------------------------------------------------------------------------

def read_user_file(path: str | os.PathLike[str], max_bytes: int) -> str:
    """The text of a regular UTF-8 file of at most ``max_bytes`` (a UTF-8 byte-order mark is
    dropped). Never blocks on a pipe and never reads a device. Raises :class:`FileReadError`."""
    return decode_utf8(path, read_bounded(path, max_bytes))


def open_regular(path: str | os.PathLike[str]) -> int:
    """A read-only descriptor of a regular file: a pipe is never waited on and a device never
    opened for reading. Raises :class:`FileReadError` (``FileNotFoundError`` stays visible as
    ``exc.errno == errno.ENOENT``)."""
    try:
        info = os.stat(path)  # follows links: a link to a regular file is fine
    except OSError as exc:
        raise FileReadError(path, _read_reason(exc), exc.errno or 0) from exc
    _require_regular(path, info.st_mode)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise FileReadError(path, _read_reason(exc), exc.errno or 0) from exc
    try:
        _require_regular(path, os.fstat(fd).st_mode)  # what was opened, if the name changed
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_bounded(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; raises :class:`FileReadError`."""
    fd = open_regular(path)
    try:
        _require_size(path, os.fstat(fd).st_size, max_bytes)
        chunks: list[bytes] = []
        left = max_bytes + 1
        while left > 0 and (chunk := os.read(fd, min(left, 1024 * 1024))):
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        if isinstance(exc, FileReadError):
            raise
        raise FileReadError(path, _read_reason(exc), exc.errno or 0) from exc
    finally:
        os.close(fd)
    data = b"".join(chunks)
    _require_size(path, len(data), max_bytes)
    return data


def _read_reason(exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        return translate("FileErrors", "the file does not exist")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return translate("FileErrors", "you do not have permission to read it")
    return reason_for(exc)


def _require_regular(path: str | os.PathLike[str], mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        what = translate("FileErrors", "it is a folder, not a file")
    elif stat.S_ISFIFO(mode):
        what = translate("FileErrors", "it is a named pipe (FIFO), not a file")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = translate("FileErrors", "it is a device, not a file")
    elif stat.S_ISSOCK(mode):
        what = translate("FileErrors", "it is a socket, not a file")
    else:
        what = translate("FileErrors", "it is not a regular file")
    raise FileReadError(path, what)


def _require_size(path: str | os.PathLike[str], size: int, max_bytes: int) -> None:
    if size > max_bytes:
        if size > max_bytes + 1:
            raise FileReadError(path, translate(
                "FileErrors", "the file is larger than {limit} ({size})"
                                                ).format(limit=_size(max_bytes), size=_size(size)))
        raise FileReadError(path, translate("FileErrors", "the file is larger than {limit}").format(
            limit=_size(max_bytes)))


def _size(n: int) -> str:
    if n >= 1_000_000:
        return translate("FileErrors", "{size} MB").format(size=f"{n / 1_000_000:.1f}")
    if n >= 1000:
        return translate("FileErrors", "{size} kB").format(size=n // 1000)
    return translate("FileErrors", "%n byte(s)", None, n)


def looks_utf16(data: bytes) -> bool:
    """True for UTF-16 or UTF-32 text: a byte-order mark, or a NUL in every other byte."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # also UTF-32 LE
        return True
    if data.startswith(codecs.BOM_UTF32_BE):
        return True
    head = data[:4096]
    if len(head) < 4:
        return False
    half = len(head) // 2
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return (odd > half * 0.6 and even < half * 0.1) or (even > half * 0.6 and odd < half * 0.1)


def decode_utf8(path: str | os.PathLike[str], data: bytes) -> str:
    """``data`` as text, or :class:`FileReadError` saying which encoding it seems to be in."""
    if looks_utf16(data):
        raise FileReadError(path, translate(
            "FileErrors", "the file is saved as UTF-16; save it as UTF-8 and try again"))
    if b"\0" in data:
        raise FileReadError(path, translate(
            "FileErrors", "the file is not a text file (it holds binary data)"))
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise FileReadError(path, translate(
            "FileErrors", "the file is not UTF-8 text (line {line} holds a character in another "
            "encoding, such as Latin-1 or Windows-1252); save it as UTF-8 and try again"
        ).format(line=line)) from None
