"""Read a file as text: size limits, binary detection, encoding detection."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from ..errors import InputError

# Articles are small; a larger file is almost surely the wrong input. Bilingual corpora
# (TMX, XLIFF, TSV) are streamed by their own readers and never come through here.
MAX_BYTES = 20 * 1024 * 1024


STDIN = "-"  # the path that stands for standard input
STDIN_NAME = "<stdin>"  # and how documents and messages name it


def too_large(path: str | os.PathLike[str], size: int, max_bytes: int) -> InputError:
    return InputError(path, f"file is {size / 1e6:.0f} MB; articles are limited to "
                            f"{max_bytes // (1024 * 1024)} MB (use 'mtcheck batch' for corpora)")


def read_bytes(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, read once: a pipe (``<(cmd)``, ``/dev/stdin``, ``-``) cannot be
    read twice, so callers sniff formats on these bytes, never by reopening the file."""
    if str(path) == STDIN:
        import sys
        try:
            data = sys.stdin.buffer.read(max_bytes + 1)
        except (OSError, ValueError, AttributeError) as e:
            raise InputError(STDIN_NAME, f"cannot read ({getattr(e, 'strerror', None) or e})") from None
        if len(data) > max_bytes:
            raise InputError(STDIN_NAME, f"more than {max_bytes // (1024 * 1024)} MB")
        return data
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as e:
        raise InputError(path, f"cannot read ({e.strerror or e})") from None
    if p.is_dir():
        raise InputError(path, "is a directory (an article set needs an mtcheck.toml manifest)")
    if st.st_size > max_bytes:
        raise too_large(path, st.st_size, max_bytes)
    try:
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as e:
        raise InputError(path, f"cannot read ({e.strerror or e})") from None
    if len(data) > max_bytes:
        raise InputError(path, f"file is larger than {max_bytes // (1024 * 1024)} MB")
    return data


def decode(data: bytes, path: str | os.PathLike[str], encoding: str | None = None) -> str:
    """Decode bytes: a BOM wins, then UTF-8, then Windows-1252/Latin-1; NUL means binary."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(path, f"unknown encoding {encoding!r}") from None
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as e:
            raise InputError(path, f"cannot decode as {encoding}: bad byte 0x{data[e.start]:02x} "
                                   f"at offset {e.start}") from None
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc).lstrip("\ufeff")
            except UnicodeDecodeError as e:
                raise InputError(path, f"cannot decode as {enc}: bad bytes at offset {e.start}") from None
    nul = data.find(b"\x00")
    if nul != -1:
        raise InputError(path, f"binary data (NUL byte at offset {nul}), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    # Not UTF-8: Windows-1252 is what legacy newsroom systems write; Latin-1 where 1252 has holes.
    text = data.decode("cp1252", errors="replace")
    if "\ufffd" in text:
        text = data.decode("latin-1")
    # A file of mostly control characters is binary, whatever its bytes decode to.
    ctrl = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\t\n\r\x0c")
    if ctrl > 0.1 * max(1, min(len(text), 4096)):
        raise InputError(path, f"binary data (not UTF-8: bad byte 0x{data[utf8_error.start]:02x} "
                               f"at offset {utf8_error.start}), not text")
    return text


def read_text(path: str | os.PathLike[str], encoding: str | None = None,
              max_bytes: int = MAX_BYTES) -> str:
    return text_of(read_bytes(path, max_bytes), path, encoding)


def text_of(data: bytes, path: str | os.PathLike[str], encoding: str | None = None) -> str:
    """The bytes of a file as text (see :func:`decode`); empty input is an error."""
    if not data.strip():
        raise InputError(path, "empty file" if not data else "file holds only white space")
    text = decode(data, path, encoding)
    if not text.strip():
        raise InputError(path, "file holds only white space")
    return text
