"""Writing reports safely: a temporary file beside the destination, then a rename, so
an existing report is replaced only once the new one is complete.  And mtcheck's own
cache (tables derived from installed packages, rebuilt whenever missing or stale)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import MtcheckError


def _umask() -> int:
    m = os.umask(0o022)
    os.umask(m)
    return m


STDOUT = "-"  # an output path that means the standard output, as for the inputs


def under_cwd(path: str | None) -> str | None:
    """An absolute path inside the current folder, relative to it (as given otherwise):
    reports name files as a checkout does, so that a CI job's report (its paths, SARIF
    URIs, fingerprints' files) does not depend on where the workspace was cloned."""
    if not path or path == STDOUT or not os.path.isabs(path):
        return path
    try:
        rel = os.path.relpath(os.path.abspath(path), os.getcwd())
    except (OSError, ValueError):  # another drive (Windows), a deleted cwd
        return path
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return path
    return rel


def is_stream(path: str | os.PathLike[str]) -> bool:
    """Is ``path`` an existing destination that is no regular file: a terminal or other
    device (``-o /dev/stdout``, ``/dev/null``), a named pipe, a socket?  Such a file is
    written into as it is: renaming a temporary file over it would put a regular file in
    the device's place."""
    try:
        mode = os.stat(path).st_mode  # follows symbolic links (/dev/stdout -> /proc/self/fd/1)
    except (OSError, ValueError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def is_own_stdout(path: str | os.PathLike[str]) -> bool:
    """Is ``path`` this process's standard output or error (``-o /dev/stdout``)?  Its
    reader going away is the closed pipe of ``mtcheck … | head``, which the CLI ends
    quietly; another pipe's (a FIFO given with -o) is an output that could not be written."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    for fd in (1, 2):
        try:
            if os.path.samestat(st, os.fstat(fd)):
                return True
        except OSError:
            pass
    return False


def destination(path: str | os.PathLike[str]) -> Path:
    """The file a write to ``path`` should replace: the file a symbolic link points to
    (the link stays, as with ``cp``), else the path itself."""
    p = Path(path)
    return Path(os.path.realpath(p)) if p.is_symlink() else p


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
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if is_stream(p):
        try:
            with open(p, "wb") as fh:
                fh.write(raw)
        except BrokenPipeError as e:
            if is_own_stdout(p):
                raise  # -o /dev/stdout | head: as for the standard output, a quiet end
            raise MtcheckError(f"{p}: cannot write report ({e.strerror or e})") from None
        except OSError as e:
            raise MtcheckError(f"{p}: cannot write report ({e.strerror or e})") from None
        return p
    dest = destination(p)
    import tempfile  # not at module level: the rules import this module for the cache

    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    except OSError as e:
        raise MtcheckError(f"{p}: cannot write report ({e.strerror or e})") from None
    try:
        if hasattr(os, "fchmod"):
            # mkstemp makes the file private (0600); a report gets the mode the file it
            # replaces had, else what the user's umask gives any new file
            try:
                mode = dest.stat().st_mode & 0o7777
            except OSError:
                mode = 0o666 & ~_umask()
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            # a full disk, a quota, a read-only mount: the user's problem to fix, told in
            # one line; the old report is still there
            raise MtcheckError(f"{p}: cannot write report ({e.strerror or e}); "
                               "any earlier report there is unchanged") from None
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
