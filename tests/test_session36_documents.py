"""Session 36: a Markdown export's front matter, a teaser line the source has too, and the
length of news prose translated from Chinese, Japanese and Korean."""
from __future__ import annotations

import mtcheck
from mtcheck.load import load_document

FRONT = """---
title: "Bibliotheken öffnen sonntags"
date: 2025-03-04
author: Anna Keller
tags: [kultur, bibliotheken]
---

# Bibliotheken öffnen sonntags

Die Stadtbibliothek öffnet ab März auch am Sonntag.
"""


def test_front_matter_is_no_article_text(tmp_path):
    p = tmp_path / "a.de.md"
    p.write_text(FRONT, encoding="utf-8")
    doc = load_document(str(p))
    paras = [(x.kind, doc.text[x.start:x.end]) for x in doc.paragraphs]
    assert paras[0] == ("headline", "Bibliotheken öffnen sonntags")
    assert not any("Anna Keller" in t or "kultur" in t or "2025-03-04" in t for _, t in paras)
    # a document that only opens with a rule keeps its text
    q = tmp_path / "b.de.md"
    q.write_text("--- Eilmeldung ---\n\nDer Zug fällt aus.\n", encoding="utf-8")
    d2 = load_document(str(q))
    assert d2.text[d2.paragraphs[-1].start:d2.paragraphs[-1].end] == "Der Zug fällt aus."


def test_front_matter_keys_are_not_reported_as_untranslated(tmp_path):
    src, tgt = tmp_path / "s.en.md", tmp_path / "t.de.md"
    src.write_text("---\ntitle: Water ban\nauthor: Rachel Denby\n---\n\n# Water ban\n\n"
                   "A hosepipe ban starts on Friday in the south of England.\n", encoding="utf-8")
    tgt.write_text("---\ntitle: Wasserverbot\nauthor: Rachel Denby\n---\n\n# Wasserverbot\n\n"
                   "Im Süden Englands gilt ab Freitag ein Gartenschlauchverbot.\n", encoding="utf-8")
    rep = mtcheck.compare(str(tgt), source=str(src))
    assert [f.code for f in rep.findings if f.code in ("X001", "L002", "S005")] == []


def test_a_teaser_line_the_source_has_too_is_translated_not_leaked(tmp_path):
    src, tgt = tmp_path / "s.de.txt", tmp_path / "t.en.txt"
    src.write_text("Die Stadtbibliothek öffnet ab März auch am Sonntag.\n\nDie Gebühr sinkt auf 1,50 Euro.\n\n"
                   "Mehr zum Thema: Bibliotheken im Vergleich\n", encoding="utf-8")
    tgt.write_text("From March the city library will also open on Sundays.\n\nThe fee falls to €1.50.\n\n"
                   "Related: Libraries compared\n", encoding="utf-8")
    assert "F003" not in [f.code for f in mtcheck.compare(str(tgt), source=str(src)).findings]
    tgt.write_text("From March the city library will also open on Sundays.\n\nRelated: Libraries compared\n\n"
                   "The fee falls to €1.50.\n\nRead also: Opening hours\n", encoding="utf-8")
    assert "F003" in [f.code for f in mtcheck.compare(str(tgt), source=str(src)).findings]


ZH = ["湖南省应急管理厅副厅长王立新表示，事发前该路段并未收到任何地质灾害预警。",
      "事故造成七人受伤，其中两人伤势严重。", "铁路部门已派出专家组前往现场调查事故原因。",
      "受事故影响，途经该路段的十二趟列车晚点。", "当地政府表示，线路预计将于明天上午恢复通车。"]
EN = ["Wang Lixin, deputy head of the provincial emergency management department, said no "
      "hazard warning had been received for that section before the accident.",
      "Seven people were injured in the accident, two of them seriously.",
      "The railway authorities have sent a team of experts to the site to investigate the cause of the accident.",
      "Twelve trains running on that section were delayed as a result of the accident.",
      "The local government said the line was expected to reopen tomorrow morning."]


def test_a_long_official_title_from_chinese_is_no_addition(tmp_path):
    src, tgt = tmp_path / "s.zh.txt", tmp_path / "t.en.txt"
    src.write_text("\n\n".join(ZH) + "\n", encoding="utf-8")
    tgt.write_text("\n\n".join(EN) + "\n", encoding="utf-8")
    assert [f.severity.label for f in mtcheck.compare(str(tgt), source=str(src)).findings
            if f.code == "C002"] in ([], ["minor"])


def test_a_quotation_over_two_sentences_of_a_paragraph_is_balanced(tmp_path):
    src, tgt = tmp_path / "s.nb.txt", tmp_path / "t.en.txt"
    src.write_text("Datatilsynet ila boten på mandag.\n\n– Dette er ikke en formalitet. Helseopplysninger er "
                   "blant de mest sensitive opplysningene vi har, sier direktør Ingrid Haugland.\n",
                   encoding="utf-8")
    tgt.write_text("The Data Protection Authority imposed the fine on Monday.\n\n\"This is not a formality. "
                   "Health information is among the most sensitive data we have,\" said director Ingrid "
                   "Haugland.\n", encoding="utf-8")
    codes = [f.code for f in mtcheck.compare(str(tgt), source=str(src)).findings]
    assert "S002" not in codes and "S012" not in codes
    tgt.write_text("The Data Protection Authority imposed the fine on Monday.\n\n\"This is not a formality. "
                   "Health information is among the most sensitive data we have, said director Ingrid "
                   "Haugland.\n", encoding="utf-8")
    codes = [f.code for f in mtcheck.compare(str(tgt), source=str(src)).findings]
    assert "S002" in codes or "S012" in codes
