"""Article-set manifests: parsing, roles, and refusing paths that leave the folder."""

import os

import pytest

import mtcheck
from mtcheck.errors import InputError
from mtcheck.load.manifest import read_manifest


def write_set(tmp_path, manifest, files=("a.txt", "b.txt")):
    for f in files:
        (tmp_path / f).write_text("Ein Satz.\n", encoding="utf-8")
    (tmp_path / "mtcheck.toml").write_text(manifest, encoding="utf-8")
    return tmp_path


GOOD = """id = "x"
title = "T"
[[version]]
path = "a.txt"
lang = "de"
role = "source"
[[version]]
path = "b.txt"
lang = "EN"
role = "target"
origin = "mt"
"""


def test_reads_versions(tmp_path):
    m = read_manifest(write_set(tmp_path, GOOD))
    assert m.id == "x" and m.title == "T"
    assert [(v.role, v.lang, v.origin) for v in m.versions] == [("source", "de", ""), ("target", "en", "mt")]


def test_cecot_manifest(cecot):
    m = read_manifest(cecot)
    roles = sorted(v.role for v in m.versions)
    assert roles.count("source") == 1 and roles.count("target") == 1 and "reference" in roles
    assert all(v.path.is_file() for v in m.versions)


@pytest.mark.parametrize("manifest,problem", [
    ("id='x'", "no \\[\\[version\\]\\]"),
    ("[[version]]\npath='a.txt'\nrole='source'", "no target"),
    ("[[version]]\npath='a.txt'\nrole='boss'", "role 'boss'"),
    ("[[version]]\npath='../a.txt'\nrole='target'", "leaves the article set"),
    ("[[version]]\npath='/etc/passwd'\nrole='target'", "leaves the article set"),
    ("[[version]]\npath='a.txt'\nrole='target'\n[[version]]\npath='a.txt'\nrole='source'", "listed twice"),
    ("this is = not toml [", "invalid TOML"),
])
def test_bad_manifests(tmp_path, manifest, problem):
    with pytest.raises(InputError, match=problem):
        read_manifest(write_set(tmp_path, manifest))


def test_symlink_out_of_set_refused(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("secret", encoding="utf-8")
    s = tmp_path / "set"
    s.mkdir()
    os.symlink(outside, s / "b.txt")
    (s / "mtcheck.toml").write_text("[[version]]\npath='b.txt'\nrole='target'\n", encoding="utf-8")
    with pytest.raises(InputError, match="points outside"):
        read_manifest(s)


def test_folder_without_manifest(tmp_path):
    with pytest.raises(InputError, match="without an mtcheck.toml"):
        read_manifest(tmp_path)


def test_a_folder_of_role_named_files_is_an_article_set(tmp_path):
    (tmp_path / "source.de.txt").write_text("Der Rat tagte am Montag.\n", encoding="utf-8")
    (tmp_path / "article.en.txt").write_text("The council met on Monday.\n", encoding="utf-8")
    (tmp_path / "reference.en.txt").write_text("The council sat on Monday.\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a version\n", encoding="utf-8")
    m = read_manifest(tmp_path)
    assert [(v.path.name, v.role, v.lang) for v in m.versions] == [
        ("source.de.txt", "source", "de"), ("article.en.txt", "target", "en"),
        ("reference.en.txt", "reference", "en")]
    r = mtcheck.compare_set(tmp_path, semantic=False)
    assert [d.role for d in r.documents] == ["source", "target", "reference"]


def test_role_named_files_must_name_one_target(tmp_path):
    (tmp_path / "target.en.txt").write_text("One.\n", encoding="utf-8")
    (tmp_path / "article.fr.txt").write_text("Un.\n", encoding="utf-8")
    with pytest.raises(InputError, match="ROLE.LANG.EXT"):
        read_manifest(tmp_path)


def test_a_config_only_mtcheck_toml_beside_role_named_files(tmp_path):
    (tmp_path / "source.de.txt").write_text("Der Rat tagte 2024 in Bern.\n", encoding="utf-8")
    (tmp_path / "target.en.txt").write_text("The council met in Bern in 2023.\n", encoding="utf-8")
    (tmp_path / "mtcheck.toml").write_text('title = "Council"\n[check]\nselect = ["D"]\n', encoding="utf-8")
    m = read_manifest(tmp_path)
    assert [v.role for v in m.versions] == ["source", "target"] and m.title == "Council"
    assert m.config_path == tmp_path / "mtcheck.toml"
    r = mtcheck.compare_set(tmp_path, semantic=False)
    assert r.findings and {f.code[0] for f in r.findings} == {"D"}  # the config's selection applies
