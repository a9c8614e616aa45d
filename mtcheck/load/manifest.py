"""Article sets: a folder with an ``mtcheck.toml`` manifest naming each version.

    id = "flood-2025-06-01"
    title = "…"
    date = "2025-02-04"

    [[version]]
    path = "source.de.html"
    lang = "de"
    role = "source"       # source | target | parallel | reference
    origin = "…"
    scope = "full"        # or "embed": the version covers only part of the article
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..langs import canonical, lenient
from ..model import ROLES

MANIFEST = "mtcheck.toml"


@dataclass
class VersionEntry:
    path: Path
    shown: str  # the path as the user will see it in reports
    lang: str | None
    role: str
    origin: str = ""
    scope: str = "full"


@dataclass
class Manifest:
    folder: Path
    id: str
    title: str
    meta: dict[str, Any]
    versions: list[VersionEntry] = field(default_factory=list)
    config_path: Path | None = None

    def article(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, **{k: v for k, v in self.meta.items()
                                                        if isinstance(v, (str, int, float))}}


def read_manifest(folder: str | Path) -> Manifest:
    folder = Path(folder)
    mpath = folder / MANIFEST
    if not folder.is_dir():
        raise InputError(folder, "not a folder")
    if not mpath.is_file():
        inferred = infer_manifest(folder)
        if inferred is not None:
            return inferred
        raise InputError(folder, f"is a directory without an {MANIFEST} manifest and without "
                                 "files named ROLE.LANG.EXT (target.en.txt, source.de.html; give "
                                 "files directly: mtcheck compare TARGET --source FILE)")
    try:
        data = tomllib.loads(mpath.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise InputError(mpath, f"invalid TOML: {e}") from None
    except UnicodeDecodeError:
        raise InputError(mpath, "manifest is not UTF-8") from None
    versions = data.get("version")
    if versions is None:
        # a configuration beside the copy ([check] only): the file names say the versions
        inferred = infer_manifest(folder)
        if inferred is not None:
            inferred.config_path = mpath if isinstance(data.get("check"), dict) else None
            inferred.meta = {k: v for k, v in data.items() if k != "check"}
            inferred.id = str(data.get("id", folder.name))
            inferred.title = str(data.get("title", ""))
            return inferred
    if not isinstance(versions, list) or not versions:
        raise InputError(mpath, "manifest lists no [[version]] entries (and the folder has no "
                                "files named ROLE.LANG.EXT)")
    root = folder.resolve()
    out: list[VersionEntry] = []
    seen: set[Path] = set()
    for i, v in enumerate(versions, 1):
        if not isinstance(v, dict) or not isinstance(v.get("path"), str):
            raise InputError(mpath, f"version {i} has no 'path'")
        role = v.get("role", "parallel")
        if role not in ROLES:
            raise InputError(mpath, f"version {i} ({v['path']}): role {role!r} is not one of "
                                    + ", ".join(ROLES))
        rel = Path(v["path"])
        if rel.is_absolute() or ".." in rel.parts:
            raise InputError(mpath, f"version {i}: path {v['path']!r} leaves the article set folder")
        full = folder / rel
        # A symlink may point anywhere: what counts is where it lands.
        if not full.resolve().is_relative_to(root):
            raise InputError(mpath, f"version {i}: {v['path']!r} points outside the article set folder")
        if full.resolve() in seen:
            raise InputError(mpath, f"version {i}: {v['path']!r} is listed twice")
        seen.add(full.resolve())
        lang = v.get("lang")
        if lang is not None:
            try:
                lang = canonical(str(lang))
            except ValueError as e:
                raise InputError(mpath, f"version {i}: {e}") from None
        out.append(VersionEntry(full, str(folder / rel), lang,
                                role, str(v.get("origin", "")), str(v.get("scope", "full"))))
    roles = [e.role for e in out]
    if roles.count("source") > 1:
        raise InputError(mpath, "manifest names more than one source version")
    if "target" not in roles:
        raise InputError(mpath, "manifest names no target version (role = \"target\")")
    meta = {k: v for k, v in data.items() if k not in ("version", "check")}
    return Manifest(folder, str(data.get("id", folder.name)), str(data.get("title", "")), meta, out,
                    mpath if isinstance(data.get("check"), dict) else None)


# file-name roles of a folder without a manifest: article.en.txt is the target too
_NAME_ROLES = {"source": "source", "target": "target", "article": "target",
               "parallel": "parallel", "reference": "reference"}


def infer_manifest(folder: Path) -> Manifest | None:
    """The manifest a folder implies by its file names, ``ROLE.LANG.EXT`` (``source.de.html``,
    ``target.en.txt`` or ``article.en.txt``, ``parallel.fr.txt``, ``reference.en.txt``):
    None unless exactly one file names the target and at most one the source. Other
    files are ignored; each inferred version is listed in reading order of its name."""
    found: list[VersionEntry] = []
    root = folder.resolve()
    for f in sorted(folder.iterdir()):
        parts = f.name.split(".")
        if len(parts) != 3 or not f.is_file() or f.name.startswith("."):
            continue
        role = _NAME_ROLES.get(parts[0].lower())
        lang = parts[1].lower()
        if role is None or not (2 <= len(lang) <= 3 and lang.isalpha()):
            continue
        lang = lenient(lang)  # target.deu.txt: de
        if not f.resolve().is_relative_to(root):
            continue  # a symlink out of the folder is not part of the set
        found.append(VersionEntry(f, str(folder / f.name), lang, role, "inferred from the file name"))
    roles = [v.role for v in found]
    if roles.count("target") != 1 or roles.count("source") > 1:
        return None
    order = {"source": 0, "target": 1, "parallel": 2, "reference": 3}
    found.sort(key=lambda v: (order[v.role], v.path.name))
    return Manifest(folder, folder.name, "", {}, found, None)
