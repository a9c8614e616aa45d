"""Writing reports safely: a temporary file beside the destination, then a rename, so
an existing report is replaced only once the new one is complete."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import MtcheckError


def _umask() -> int:
    m = os.umask(0o022)
    os.umask(m)
    return m


def write_atomic(path: str | os.PathLike[str], data: str | bytes, *, protect: tuple[Path, ...] = ()) -> Path:
    p = Path(path)
    target = p.resolve()
    for q in protect:
        try:
            if q.resolve() == target:
                raise MtcheckError(f"{p}: refusing to overwrite an input file with a report")
        except OSError:
            pass
    if p.is_dir():
        raise MtcheckError(f"{p}: is a directory; give a file name for the report")
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    except OSError as e:
        raise MtcheckError(f"{p}: cannot write report ({e.strerror or e})") from None
    try:
        if hasattr(os, "fchmod"):
            # mkstemp makes the file private (0600); a report gets the mode the file it
            # replaces had, else what the user's umask gives any new file
            try:
                mode = p.stat().st_mode & 0o7777
            except OSError:
                mode = 0o666 & ~_umask()
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return p
