"""Writing reports safely: a temporary file beside the destination, then a rename, so
an existing report is replaced only once the new one is complete.  And mtcheck's own
cache (tables derived from installed packages, rebuilt whenever missing or stale)."""

from __future__ import annotations

import os
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
    import tempfile  # not at module level: the rules import this module for the cache

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


def cache_dir() -> Path:
    """Where mtcheck keeps derived tables: $MTCHECK_CACHE, else $XDG_CACHE_HOME/mtcheck,
    else ~/.cache/mtcheck."""
    base = os.environ.get("MTCHECK_CACHE")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "mtcheck"


def write_cache(path: Path, data: bytes) -> None:
    """Best effort: a cache that cannot be written is rebuilt next time, never an error.
    The rename makes a concurrent reader see the old file or the whole new one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        pass
