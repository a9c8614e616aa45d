"""Session 66 (cx): coverage and form classes, misses and false alarms.

Misses:

* S001: a Chinese one-character function word written twice (已已, 由由; the closed
  class of data/form/doubled_single.zh.txt), unless the two are where two words meet
  (即将|将, 对|对方, 委员会|会: a word of Zipf 3 or more either side);
* D001 (articles): a figure of an added clause that the source has elsewhere, where each
  of the source's instances is paired in its own bead and counts something else there
  (18 months ~ 18 Monate; the added 18 counts computer places): no figure the aligner moved;
* C002 (articles): the aligner paired the source sentence that closes a paragraph with an
  added sentence after its translation, the two of the same length and without figures;
  the unpaired translation renders a name of that source (札幌 ~ Sapporo) and the paired
  one none: the finding points at the added sentence.

False alarms:

* C002: the attribution of a quotation ("…?" | Smith said in court.) that the segmenter
  split off the sentence before it, where the source frames the quotation in its own
  sentence, left unpaired by the aligner;
* C003: a pair long only by the frame of a quotation the translation moved into it from
  the pair before (X said, "A. B." → "A. B", said X.), the neighbour not short enough to
  tell;
* C003: a unit the source repeats after both figures of a range that the translation
  writes once (von 12 Litern auf 8 Liter ~ from 12 to 8 litres).
"""
from __future__ import annotations

import mtcheck
import mtcheck.pipeline as pipeline
from mtcheck.model import Alignment, Bead
from mtcheck.rules.coverage import _unit_spelling
from mtcheck.rules.form import _doubled_unspaced


def s001(tgt: str, src: str = "The meeting is over.") -> list[str]:
    return [tgt[f.span[0]:f.span[1]] for f in mtcheck.check_pair(src, tgt, "en", "zh") if f.code == "S001"]


# -- S001: a Chinese function character written twice ----------------------------------------
def test_doubled_function_character_is_reported():
    assert s001("会议已已结束。") == ["已已"]
    assert s001("该项目由由市政府负责。", "The project is run by the city.") == ["由由"]
    assert s001("学生们也也参加了比赛。", "The pupils also took part.") == ["也也"]


def test_two_words_meeting_stay_clean():
    for text in ("他即将将其出售。", "他对对方说了实话。", "他被被告起诉了。",
                 "他现在在北京工作。", "研究所所长出席了会议。", "委员会会审议此事。",
                 "为了了解情况，他打了电话。", "这种现象比比皆是。", "大家等等再说。"):
        assert [m.group(0) for m in _doubled_unspaced(text, "zh")] == [], text


def test_doubled_in_source_too_is_meant():
    assert s001("他说：“也也好。”", "He said: “也也好.”") == []


# -- D001 (articles): an added clause's figure that the source has elsewhere --------------------
_LIB_EN = [
    "Library in Lindholm to close for renovation",
    "The town library in Lindholm will close in May for a renovation that is expected to take 18 "
    "months. The council approved a budget of 4.2 million euros for the work on Tuesday.",
    "The building, which opened in 1974, needs a new roof and new heating. During the work, a "
    "smaller branch will open in the former post office on Market Street.",
    "Head librarian Petra Olsen said the reading room would be twice as large after the renovation. "
    "\"We have waited a long time for this,\" she said.",
]
_LIB_DE = [
    "Bibliothek in Lindholm schließt für Renovierung",
    "Die Stadtbibliothek in Lindholm schließt im Mai für eine Renovierung, die voraussichtlich 18 "
    "Monate dauern wird. Der Gemeinderat genehmigte am Dienstag ein Budget von 4,2 Millionen Euro "
    "für die Arbeiten.",
    "Das Gebäude, das 1974 eröffnet wurde, braucht ein neues Dach und eine neue Heizung. Während "
    "der Arbeiten wird im ehemaligen Postamt in der Market Street eine kleinere Zweigstelle öffnen.",
    "Die leitende Bibliothekarin Petra Olsen sagte, der Lesesaal werde nach der Renovierung doppelt "
    "so groß sein. „Wir haben lange darauf gewartet“, sagte sie.",
]


def _d001(found) -> list[str]:
    return [f.text for f in found if f.code == "D001"]


def test_added_figure_spent_elsewhere_is_reported(article):
    tgt = list(_LIB_DE)
    tgt[2] = tgt[2].replace("eine kleinere Zweigstelle öffnen",
                            "eine kleinere Zweigstelle mit 18 Computerplätzen öffnen")
    assert _d001(article(_LIB_EN, tgt, "en", "de")) == ["18"]


def test_figure_said_again_for_the_same_thing_stays_clean(article):
    assert _d001(article(_LIB_EN, _LIB_DE, "en", "de")) == []
    tgt = list(_LIB_DE)
    tgt[2] = tgt[2].replace("Während der Arbeiten wird", "Während der 18 Monate dauernden Arbeiten wird")
    assert _d001(article(_LIB_EN, tgt, "en", "de")) == []


# -- alignments as the aligner makes them on longer articles ----------------------------------
def _realign(monkeypatch, fix):
    """Make the aligner return its beads passed through ``fix`` (beads → beads): the
    alignments these classes come from, which a short invented article does not
    reproduce by itself."""
    orig = pipeline.align_documents

    def align(src, doc, semantic):
        al = orig(src, doc, semantic)
        return Alignment(al.source, al.other, fix(al.beads), al.method)
    monkeypatch.setattr(pipeline, "align_documents", align)


# -- C002: a quotation's attribution split off by the segmenter ---------------------------------
_BRIDGE_TR = [
    "Köprü onarımında gecikme tepkisi",
    "Bursa'nın Nilüfer ilçesindeki eski köprünün onarımı 14 ay gecikti. Belediye, yükleniciye 3 "
    "milyon lira ceza kesti.",
    "Mahalle sakinlerinden Zeynep Karaağaç da toplantıya katıldı. Karaağaç toplantıda, \"Her sabah "
    "çocuklarımı karşı kıyıdaki okula götürmek için bir saat yürüyorum. Bu daha ne kadar "
    "sürecek?\" diye sordu.",
    "Belediye başkanı köprünün yaz sonunda açılacağını söyledi.",
]
_BRIDGE_EN = [
    "Anger over delayed bridge repair",
    "The repair of the old bridge in Bursa's Nilüfer district is 14 months behind schedule. The "
    "municipality has fined the contractor 3 million lira.",
    "Zeynep Karaağaç, a local resident, also attended the meeting. \"Every morning I walk for an "
    "hour to take my children to the school on the other bank. How much longer will this go "
    "on?\" Karaağaç told the meeting.",
    "The mayor said the bridge would open at the end of the summer.",
]


def _split_two_three(beads):
    """The attribution left unpaired after the quotation's two pairs (the sentences of
    each text in order: title, two, three and one a paragraph)."""
    pairs = [([0], [0]), ([1], [1]), ([2], [2]), ([3], [3]), ([4], [4]), ([5], [5]), ([], [6]), ([6], [7])]
    assert sum(len(b.target) for b in beads) == 8, beads
    return [Bead(s, t) for s, t in pairs]


def _c002(found) -> list[str]:
    return [f.text for f in found if f.code == "C002"]


def test_split_attribution_is_no_addition(article, monkeypatch):
    _realign(monkeypatch, _split_two_three)
    assert _c002(article(_BRIDGE_TR, _BRIDGE_EN, "tr", "en")) == []


def test_short_sentence_after_a_quotation_without_speech_is_still_added(article, monkeypatch):
    _realign(monkeypatch, _split_two_three)
    tgt = list(_BRIDGE_EN)
    tgt[2] = tgt[2].replace("Karaağaç told the meeting.", "Karaağaç later moved to Izmir.")
    assert _c002(article(_BRIDGE_TR, tgt, "tr", "en")) == ["Karaağaç later moved to Izmir."]


def test_attribution_naming_someone_the_source_does_not_is_still_added(article, monkeypatch):
    _realign(monkeypatch, _split_two_three)
    tgt = list(_BRIDGE_EN)
    tgt[2] = tgt[2].replace("Karaağaç told the meeting.", "Brandt told the meeting.")
    assert _c002(article(_BRIDGE_TR, tgt, "tr", "en")) == ["Brandt told the meeting."]


# -- C002: the added sentence found by a name its neighbour renders ---------------------------
_LIB_JA = [
    "新中央図書館、来年4月に開館へ",
    "市は5日、新しい中央図書館を来年4月に開館すると発表した。蔵書は約50万冊になる。",
    "建設費約24億円の半分は国が負担する。設計は札幌市内の建築事務所が担当した。",
    "市長は「子どもから高齢者まで、誰もが集まれる場所にしたい」と話した。",
]
_ADDED = "Local pupils will help to choose the furniture."
_LIB_EN_JA = [
    "New central library to open next April",
    "The city announced on the 5th that its new central library will open next April. It will "
    "hold about 500,000 books.",
    "Half of the construction cost of about 2.4 billion yen will be covered by the state. "
    "The design was handled by an architecture office in Sapporo. " + _ADDED,
    "\"I want it to be a place where everyone, from children to the elderly, can gather,\" the "
    "mayor said.",
]


def _pair_with_next(beads):
    """The aligner's slip: the paragraph's last source sentence paired with the sentence
    after its translation, which is left unpaired."""
    assert sum(len(b.target) for b in beads) == 7, beads
    return [Bead(s, t) for s, t in (([0], [0]), ([1], [1]), ([2], [2]), ([3], [3]), ([], [4]),
                                     ([4], [5]), ([5], [6]))]


def test_added_sentence_found_by_the_name_its_neighbour_renders(article, monkeypatch):
    _realign(monkeypatch, _pair_with_next)
    assert _c002(article(_LIB_JA, _LIB_EN_JA, "ja", "en")) == [_ADDED]


def test_no_name_no_swap(article, monkeypatch):
    # the source sentence names nothing the unpaired translation renders: the finding
    # stays where the aligner left the unpaired sentence
    _realign(monkeypatch, _pair_with_next)
    src = list(_LIB_JA)
    src[2] = src[2].replace("札幌市内の", "市内の")
    tgt = list(_LIB_EN_JA)
    tgt[2] = tgt[2].replace("an architecture office in Sapporo", "a local architecture office")
    assert _c002(article(src, tgt, "ja", "en")) == ["The design was handled by a local architecture office."]


# -- C003: a quotation's frame moved into the pair ---------------------------------------------
_MARKET_ES = [
    "El mercado de San Telmo reabrirá en otoño",
    "El mercado cubierto de San Telmo reabrirá en octubre tras dos años de obras. El ayuntamiento "
    "ha invertido en la reforma 6,5 millones de euros.",
    "La concejala de Comercio, Lucía Varela, explicó los cambios. Ella dijo: «Los puestos tendrán "
    "más luz y mejor ventilación. Los vecinos lo notarán».",
    "Los comerciantes podrán volver a sus puestos a partir de septiembre.",
]
_MARKET_DE = [
    "Markt San Telmo öffnet im Herbst wieder",
    "Die Markthalle San Telmo öffnet nach zwei Jahren Bauzeit im Oktober wieder. Die Stadt hat "
    "6,5 Millionen Euro in den Umbau investiert.",
    "Die Handelsstadträtin Lucía Varela erläuterte die Änderungen. „Die Stände bekommen mehr Licht "
    "und bessere Lüftung. Die Anwohner werden es merken“, sagte die Stadträtin.",
    "Die Händler können ab September in ihre Stände zurückkehren.",
]


def _c003(found) -> list[str]:
    return [f.text for f in found if f.code == "C003"]


def test_moved_frame_is_no_addition(article):
    assert _c003(article(_MARKET_ES, _MARKET_DE, "es", "de")) == []


def test_moved_frame_with_an_added_clause_is_still_long(article):
    tgt = list(_MARKET_DE)
    tgt[2] = tgt[2].replace("Die Anwohner werden es merken“",
                            "Die Anwohner werden es merken, und die Mieten für die Stände steigen "
                            "im nächsten Jahr deutlich an“")
    assert [f for f in article(_MARKET_ES, tgt, "es", "de") if f.code in ("C002", "C003")]


# -- C003: a unit written once for a range -------------------------------------------------------
def test_unit_repeated_in_a_range_is_no_content():
    ds, dt = _unit_spelling("Der Verbrauch sank von 12 Litern auf 8 Liter.",
                            "Consumption fell from 12 to 8 litres.", "de", "en")
    assert ds >= len("Litern") and dt <= len("litres")
    # the figure itself gone: the unit is no repeat (the omission keeps its length)
    ds, dt = _unit_spelling("Der Verbrauch sank von 12 Litern auf 8 Liter.",
                            "Consumption fell to 8 litres.", "de", "en")
    assert ds < len("Litern")


# -- C002: a part of the sentence beside it, split off (a name its pair leaves out) ------------
_HALL_ZH = [
    "江北新图书馆正式开放",
    "3月2日上午，江北新图书馆正式向市民开放。",
    "新馆位于江北区东部，建筑面积1.2万平方米，可容纳读者800人。",
    "馆长表示，新馆每天开放12小时。",
]
_HALL_DE = [
    "Neue Bibliothek in Jiangbei eröffnet",
    "Am Vormittag des 2. März wurde die neue Bibliothek für die Öffentlichkeit geöffnet.",
    "Das neue Gebäude liegt im Osten des Bezirks Jiangbei. Es hat eine Nutzfläche von 12.000 "
    "Quadratmetern und bietet Platz für 800 Leser.",
    "Die Leiterin sagte, die Bibliothek werde täglich 12 Stunden geöffnet sein.",
]


def _first_part_unpaired(beads):
    """The aligner pairs the long source sentence with the second part of its translation
    only, the first part left unpaired."""
    assert sum(len(b.target) for b in beads) == 5, beads
    return [Bead(s, t) for s, t in (([0], [0]), ([1], [1]), ([], [2]), ([2], [3]), ([3], [4]))]


def test_split_part_naming_the_source_is_no_addition(article, monkeypatch):
    _realign(monkeypatch, _first_part_unpaired)
    assert _c002(article(_HALL_ZH, _HALL_DE, "zh", "de")) == []


def test_added_sentence_with_a_name_the_pair_renders_is_still_added(article, monkeypatch):
    _realign(monkeypatch, _first_part_unpaired)
    tgt = list(_HALL_DE)
    tgt[2] = ("Der Bezirk Jiangbei plant außerdem ein neues Museum. Das Gebäude in Jiangbei hat eine "
              "Nutzfläche von 12.000 Quadratmetern und bietet Platz für 800 Leser.")
    assert _c002(article(_HALL_ZH, tgt, "zh", "de")) == ["Der Bezirk Jiangbei plant außerdem ein neues Museum."]
