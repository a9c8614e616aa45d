"""Session 57 (t1): terminology consistency (T003) on batch 26 (s61).

- The word a T003 finding would name as the term's other rendering is spelled like another
  source word of the same sentence, in any script (директор ~ director, koordinátorky ~
  coordinator, laboratorium ~ laboratory): it renders that word, and the sentence merely
  leaves the term unsaid or says it otherwise ("said its director"): no finding on it.
  A real other rendering beside such a word (the clinic's coordinator) is still flagged.
"""
from __future__ import annotations

import os

import mtcheck


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[str]:
    sp = os.path.join(tmp_path, f"source.{sl}.txt")
    tp = os.path.join(tmp_path, f"target.{tl}.txt")
    with open(sp, "w", encoding="utf-8") as f:
        f.write(src)
    with open(tp, "w", encoding="utf-8") as f:
        f.write(tgt)
    rep = mtcheck.compare(tp, source=sp, source_lang=sl, target_lang=tl, semantic=False)
    return [tgt[slice(*(f.text_span or f.span))] for f in rep.findings
            if f.code == "T003" and not f.suppressed]


RU_SRC = """Новый завод открылся в Твери во вторник.

Завод будет перерабатывать 50 тонн зерна в сутки. Производственный цех занимает 3000 квадратных метров.

«Мы хотим, чтобы зерно не возили за сотни километров», — сказал директор завода Иван Петров. По его словам, первая партия муки будет готова через неделю.

Завод закупает зерно у 20 фермерских хозяйств. Продукцию уже заказали три сети магазинов.

Вторую очередь завода планируют построить в 2027 году."""
RU_EN = """A new plant opened in Tver on Tuesday.

The plant will process 50 tonnes of grain a day. The production hall covers 3,000 square metres.

"We want grain not to be carried hundreds of kilometres," said the company's director, Ivan Petrov. He said the first batch of flour would be ready in a week.

The plant buys grain from 20 farms. Three store chains have already ordered its products.

The second phase of the plant is planned to be built in 2027."""

CS_SRC = """Nová nemocnice v Kolíně byla otevřena v pondělí.

Nemocnice má 200 lůžek a moderní operační sály.

Podle koordinátorky nemocnice Jany Novákové bude provoz zahájen v lednu.

Nemocnice zaměstná 300 lidí.

Stavba nemocnice stála 2 miliardy korun."""
CS_EN = """A new hospital opened in Kolín on Monday.

The hospital has 200 beds and modern operating theatres.

According to its coordinator, Jana Nováková, operations will start in January.

The hospital will employ 300 people.

The construction of the hospital cost 2 billion crowns."""

PL_SRC = """V Gdańsku otwarto we wtorek nową oczyszczalnię ścieków.

Oczyszczalnia będzie przetwarzać 40 tysięcy metrów sześciennych ścieków na dobę.

Na terenie oczyszczalni działa też nowe laboratorium.

Oczyszczalnia kosztowała 300 milionów złotych.

Druga część oczyszczalni powstanie w 2027 roku."""
PL_EN = """A new sewage treatment plant opened in Gdańsk on Tuesday.

The plant will process 40,000 cubic metres of sewage a day.

A new laboratory also operates on the site.

The plant cost 300 million zlotys.

The second part of the plant will be built in 2027."""


def test_ru_en_cognate_of_other_source_word_silent(tmp_path):
    assert "director" not in t003(tmp_path, RU_SRC, RU_EN, "ru", "en")


def test_cs_en_cognate_of_other_source_word_silent(tmp_path):
    assert t003(tmp_path, CS_SRC, CS_EN, "cs", "en") == []


def test_pl_en_cognate_of_other_source_word_silent(tmp_path):
    assert t003(tmp_path, PL_SRC, PL_EN, "pl", "en") == []


def test_cs_en_other_rendering_beside_cognate_still_flagged(tmp_path):
    # the clinic's coordinator: coordinator renders koordinátorky, clinic is nemocnice
    # rendered another way than hospital
    got = t003(tmp_path, CS_SRC, CS_EN.replace("its coordinator", "the clinic's coordinator"), "cs", "en")
    assert got and all("coordinator" not in g for g in got) and any("clinic" in g for g in got)


def _bw(src_words, L_positions):
    from mtcheck.rules.terminology import _BeadWords
    return _BeadWords(0, {"term": L_positions}, len(src_words), {}, 0, {}, {},
                      list(range(len(src_words))), src_words)


def test_spelled_like_other_source_word_unit():
    from mtcheck.rules.terminology import _spells_other_source_word as f
    assert f(_bw(["сказал", "директор", "завода"], [2]), "term", "director")
    assert f(_bw(["prostor", "za", "dekontaminacijo"], [0]), "term", "decontamination")
    assert f(_bw(["координаторка", "болнице"], [1]), "term", "coordinator")
    # the term's own mention is no other word (L kept as it is: handled elsewhere)
    assert not f(_bw(["директор", "завода"], [0]), "term", "director")
    # words that only share an opening of four or five letters, or short words: no cognates
    assert not f(_bw(["international", "meeting"], [1]), "term", "interest")
    assert not f(_bw(["construction", "site"], [1]), "term", "consultant")
    assert not f(_bw(["tram", "line"], [1]), "term", "trams")


def test_word_hyphened_to_the_term_is_part_of_it():
    # drought-tolerant: tolerant is part of the term's compound, so a target word spelled
    # like it (tolérante au stress hydrique) may still be the term's other rendering
    from mtcheck.rules.terminology import _spells_other_source_word as f
    text = "the drought-tolerant variety"
    bw = _bw(["the", "drought", "tolerant", "variety"], [1])
    bw.src_starts = [0, 4, 12, 21]
    assert not f(bw, "term", "tolérante", text)
    assert f(bw, "term", "tolérante")  # (without the text: no hyphen seen)
    text2 = "Der dürre-tolerante Weizen"
    bw2 = _bw(["Der", "dürre", "tolerante", "Weizen"], [1])
    bw2.src_starts = [0, 4, 10, 20]
    assert not f(bw2, "term", "tolerant", text2)
    spaced = "Der Direktor Betriebs"
    bw3 = _bw(["Der", "Direktor", "Betriebs"], [2])
    bw3.src_starts = [0, 4, 13]
    assert f(bw3, "term", "director", spaced)
