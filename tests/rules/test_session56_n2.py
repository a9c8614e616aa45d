"""Session 56 (n2): batch 24's false alarms on acronyms, Korean names and words, and
names or terms a translation keeps in the source's language.

- N003/N004: a source acronym spelled out in brackets in one sentence (liquefied natural
  gas (LNG)) whose translation has one other acronym in brackets there (… (СПГ)): the
  translation's own acronym renders the source's at every mention of the article.
- N005: Дирекція / Дирекция (a directorate, a port authority) is the head noun of a
  body's name in Ukrainian, Russian and Bulgarian (data/names/body_heads.txt).
- N003 into Korean: a t closing a syllable before s (Watson ~ 왓슨, Clatsop ~ 클랫솝) is
  read back as t and s, not as the one sound ts.
- N003: manager, administrator, director … are titles before a person's name
  (data/names/title_words.txt): City Manager Mark Ellison ~ 마크 엘리슨 시 행정관.
- N002 into Korean: two common words (지난 … 재난) or one noun with two particles
  (명이 … 명을) are no name's two spellings.
- L002/X001: a word the source writes in lower case and the translation keeps at every
  mention, capitalised inside a sentence (für Comté) or in its base form where the source
  inflects it (terana ~ teran), is a term kept; the lower-case words of a name kept whole
  before the acronym in brackets the source has after the same words are a name kept,
  whatever word of the translation's own comes before it.
"""
from __future__ import annotations

import pytest


def found(article, src, tgt, sl, tl, code):
    return [f for f in article(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# -- a translation's own acronym, spelled out in brackets once -------------------------

LNG_EN = ["Gdańsk opens new LNG terminal",
          "The port of Gdańsk on Monday opened a terminal for liquefied natural gas (LNG), the first on the Polish coast.",
          "The terminal can store 20,000 cubic metres of LNG and serve four ships a week."]


@pytest.mark.parametrize("tgt,tl", [
    (["Гданськ відкрив новий термінал СПГ",
      "У понеділок у порту Гданська відкрили термінал для зрідженого природного газу (СПГ), перший на польському узбережжі.",
      "Термінал може зберігати 20 000 кубічних метрів СПГ і обслуговувати чотири судна на тиждень."], "uk"),
    (["Гданьск открыл новый терминал СПГ",
      "В понедельник в порту Гданьска открыли терминал для сжиженного природного газа (СПГ), первый на польском побережье.",
      "Терминал может хранить 20 000 кубометров СПГ и обслуживать четыре судна в неделю."], "ru"),
])
def test_own_acronym_renders_the_source_acronym(article, tgt, tl):
    assert found(article, LNG_EN, tgt, "en", tl, "N003") == []


def test_acronym_dropped_where_the_own_acronym_is_missing_too(article):
    tgt = ["Гданськ відкрив новий термінал СПГ",
           "У понеділок у порту Гданська відкрили термінал для зрідженого природного газу (СПГ), перший на польському узбережжі.",
           "Термінал може зберігати 20 000 кубічних метрів і обслуговувати чотири судна на тиждень."]
    hits = found(article, LNG_EN, tgt, "en", "uk", "N003")
    assert [f.line for f in hits] == [5] and "LNG" in hits[0].message


# -- Дирекція, a body's head noun ------------------------------------------------------

def test_directorate_with_own_acronym_en_uk(article):
    src = ["Gdańsk opens new LNG terminal",
           "The port of Gdańsk on Monday opened a terminal for liquefied natural gas (LNG), the first on the Polish coast.",
           "According to the Gdańsk Port Authority, 46 ships that call at the port can already run on LNG."]
    tgt = ["Гданськ відкрив новий термінал СПГ",
           "У понеділок у порту Гданська відкрили термінал для зрідженого природного газу (СПГ), перший на польському узбережжі.",
           "За даними Дирекції порту Гданськ, 46 суден, які заходять до порту, вже можуть працювати на СПГ."]
    assert [f for f in article(src, tgt, "en", "uk") if f.code in ("N003", "N004", "N005")] == []


@pytest.mark.parametrize("src,tgt,tl", [
    (["Ships return to Novorossiysk",
      "According to the Novorossiysk Sea Port Authority, 46 ships called at the port in May, up from 19 a year earlier."],
     ["Суда возвращаются в Новороссийск",
      "По данным Дирекции морского порта Новороссийска, в мае в порт зашли 46 судов, тогда как годом ранее их было 19."], "ru"),
    (["Ships return to Varna",
      "According to the Varna Port Authority, 46 ships called at the port in May, up from 19 a year earlier."],
     ["Корабите се връщат във Варна",
      "Според данни на Дирекцията на пристанище Варна през май в пристанището са влезли 46 кораба при 19 година по-рано."], "bg"),
])
def test_directorate_is_a_body_head(article, src, tgt, tl):
    assert found(article, src, tgt, "en", tl, "N005") == []


# -- Korean read-back: t before s ------------------------------------------------------

@pytest.mark.parametrize("src,sl", [
    ("Mayor Karen Watson opened the new library in Clatsop on Monday.", "en"),
    ("Bürgermeisterin Karen Watson eröffnete am Montag die neue Bibliothek in Clatsop.", "de"),
])
def test_t_before_s_read_back_in_hangul(article, src, sl):
    assert found(article, [src], ["캐런 왓슨 시장은 월요일 클랫솝에서 새 도서관을 열었다."], sl, "ko", "N003") == []


def test_names_dropped_in_hangul_still_found(article):
    hits = found(article, ["Mayor Karen Watson opened the new library in Clatsop on Monday."],
                 ["캐런 시장은 월요일 새 도서관을 열었다."], "en", "ko", "N003")
    assert len(hits) == 1 and "Clatsop" in hits[0].message


# -- a title before a person's name ----------------------------------------------------

@pytest.mark.parametrize("tgt,tl", [
    ("마크 엘리슨 시 행정관은 두 계획이 경쟁 관계가 아니라고 말했다.", "ko"),
    ("マーク・エリソン市政担当官は、二つの計画は競合関係にないと述べた。", "ja"),
    ("市政经理马克·埃利森表示，这两个计划并不存在竞争关系。", "zh"),
])
def test_manager_is_a_title(article, tgt, tl):
    src = "City Manager Mark Ellison said the two plans were not rivals."
    assert found(article, [src], [tgt], "en", tl, "N003") == []


def test_titled_person_dropped_still_found(article):
    hits = found(article, ["City Manager Mark Ellison said the two plans were not rivals."],
                 ["시 행정관은 두 계획이 경쟁 관계가 아니라고 말했다."], "en", "ko", "N003")
    assert len(hits) == 1 and "Ellison" in hits[0].message


# -- Korean N002: common words and particles -------------------------------------------

@pytest.mark.parametrize("src,tgt,sl", [
    (["Engineers say the tower can withstand an earthquake on the Cascadia Subduction Zone.",
      "Last March the council approved the plan, and it will also serve as a disaster shelter."],
     ["엔지니어들은 이 타워가 캐스케이디아 섭입대 지진을 견딜 수 있다고 말한다.",
      "지난 3월 시의회가 이 계획을 승인했으며, 타워는 재난 대피소로도 쓰인다."], "en"),
    (["Ingenieure sagen, der Turm halte einem Erdbeben in der Cascadia-Zone stand.",
      "Im vergangenen März billigte der Rat den Plan, und er soll auch als Schutzraum bei einer Katastrophe dienen."],
     ["엔지니어들은 이 타워가 캐스케이디아 지역 지진을 견딜 수 있다고 말한다.",
      "지난 3월 시의회가 이 계획을 승인했으며, 타워는 재난 대피소로도 쓰인다."], "de"),
    (["City Manager Tom Reyes said 300 people came.", "The tower will hold 1,100 people."],
     ["톰 레예스 시 행정관은 300명이 왔다고 말했다.", "타워는 1,100명을 수용한다."], "en"),
    (["Der Manager Tom Reyes sagte, 300 Menschen seien gekommen.", "Der Turm fasst 1.100 Menschen."],
     ["톰 레예스 매니저는 300명이 왔다고 말했다.", "타워는 1,100명을 수용한다."], "de"),
])
def test_korean_words_are_no_name_spellings(article, src, tgt, sl):
    assert found(article, src, tgt, sl, "ko", "N002") == []


def test_korean_name_slip_still_found(article):
    src = ["Anna Marsh opened the exhibition on Monday.", "Marsh said the museum would stay open until May.",
           "Marsh thanked the donors."]
    tgt = ["안나 마시는 월요일 전시회를 열었다.", "마시는 박물관이 5월까지 문을 연다고 말했다.", "마쉬는 기부자들에게 감사를 표했다."]
    assert [f.text for f in found(article, src, tgt, "en", "ko", "N002")] == ["마쉬"]


# -- L002: a term kept at every mention ------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    (["La coopérative produit du comté depuis 1920.", "Les ventes de comté ont progressé de 4 % l'an dernier.",
      "Le prix du comté reste stable."],
     ["Die Genossenschaft stellt seit 1920 Comté her.", "Der Absatz von Comté stieg im vergangenen Jahr um 4 %.",
      "Der Preis für Comté bleibt stabil."], "fr", "de"),
    (["Vinarji so letos pridelali manj terana.", "Obiskovalci lahko teran pokusijo v kleti.",
      "Cena terana ostaja enaka."],
     ["Winemakers produced less teran this year.", "Visitors can taste teran in the cellar.",
      "The price of teran stays the same."], "sl", "en"),
])
def test_term_kept_at_every_mention(article, src, tgt, sl, tl):
    assert found(article, src, tgt, sl, tl, "L002") == []


def test_word_copied_once_still_found(article):
    src = ["La coopérative a signé un accord avec la fromagerie voisine.", "Le prix du lait reste stable."]
    tgt = ["Die Genossenschaft hat ein Abkommen mit der fromagerie im Nachbardorf unterzeichnet.",
           "Der Milchpreis bleibt stabil."]
    assert [f.text for f in found(article, src, tgt, "fr", "de", "L002")] == ["fromagerie"]


# -- L002/X001: a name kept whole before its acronym -----------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Le Comité interprofessionnel de gestion du comté (CIGC) a rappelé les règles.",
     "Der Branchenverband Comité interprofessionnel de gestion du comté (CIGC) erinnerte an die Regeln.", "fr", "de"),
    ("Le Comité interprofessionnel de gestion du comté (CIGC) a rappelé les règles.",
     "The trade body Comité interprofessionnel de gestion du comté (CIGC) pointed to the rules.", "fr", "en"),
    ("La Asociación interprofesional de productores de cerdo ibérico (ASICI) ha pedido más controles.",
     "The trade body Asociación interprofesional de productores de cerdo ibérico (ASICI) has called for more checks.",
     "es", "en"),
])
def test_name_kept_whole_before_its_acronym(article, src, tgt, sl, tl):
    assert [f for f in article([src], [tgt], sl, tl) if f.code in ("L002", "X001")] == []


def test_words_copied_without_the_acronym_still_found(article):
    hits = found(article, ["Le comité de gestion a rappelé les règles."],
                 ["Der Ausschuss de gestion erinnerte an die Regeln."], "fr", "de", "L002")
    assert [f.text for f in hits] == ["de gestion"]
