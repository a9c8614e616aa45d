"""Session 69 (ln): P001 (negation-flipped) and F003 (leaked-ui), misses and false alarms.

Misses:

* a Korean "needless to say" phrase ("말할 것도 없다", let alone) read as the clause's
  negation, so a translation that dropped the real negator still looked negated;
* a double negation in one clause (an n-word naming what is negated, then the clause's own
  negator: "Saying nothing was never a choice") rendered in a language of negative concord
  with the n-word and its negator only (one negation), and the reverse;
* Chinese 并非 (is not) added where a 非 idiom elsewhere in the sentence was already read as
  a negator;
* a share button printed as its label, a separator and a network's name on a line of its
  own.

Precision: French "ne … que" before "plus" (just over), Chinese 非 as a derivational
prefix, Japanese -なければ (if not) against "without", Japanese -ず after an i-row stem
(not enough), Thai verbs of preventing with ไม่ให้, and a "without" against a Japanese
compound opened by 無 stay clean.
"""
from __future__ import annotations

import os
import tempfile

import mtcheck
from mtcheck.rules.sentence import negators, negative_words


def p001(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "P001"]


# -- Korean "needless to say" is no negation ------------------------------------------------
_KO_SRC = "The storm closed the pass and, needless to say, the buses did not run."
_KO_OK = "폭풍으로 고갯길이 막혔고, 말할 나위도 없이 버스는 운행하지 않았다."


def test_korean_needless_to_say_is_no_negator():
    assert negators("그 결과는 말할 것도 없었다.", "ko") == []
    assert negative_words("그 결과는 말할 것도 없었다.", "ko") == []
    assert negators("말할 나위도 없이 좋았다.", "ko") == []
    assert negators("버스는 올 수 없었다.", "ko") != []


def test_korean_dropped_negation_beside_needless_to_say():
    bad = _KO_OK.replace("운행하지 않았다", "운행했다")
    assert p001(_KO_SRC, bad, "en", "ko")


def test_korean_negation_kept_beside_needless_to_say_is_clean():
    assert p001(_KO_SRC, _KO_OK, "en", "ko") == []


# -- a double negation said once ---------------------------------------------------------------
_SMITH_EN = "There is nothing the old smith in Tornby cannot mend."
_SMITH_ES = "No hay nada que el viejo herrero de Tornby no pueda arreglar."


def test_double_negation_said_once_in_spanish():
    bad = _SMITH_ES.replace(" no pueda", " pueda")
    assert p001(_SMITH_EN, bad, "en", "es")


def test_double_negation_said_once_german_to_italian():
    assert p001("Niemand im Ruderclub kann nicht schwimmen.",
                "Nel circolo di canottaggio non c'è nessuno che sappia nuotare.", "de", "it")


def test_double_negation_dropped_from_concord_source():
    assert p001("Non c'è niente che il vecchio fabbro non possa riparare.",
                "There is nothing the old smith can mend.", "it", "en")


def test_double_negation_kept_is_clean():
    assert p001(_SMITH_EN, _SMITH_ES, "en", "es") == []
    assert p001("Niemand im Ruderclub kann nicht schwimmen.",
                "Nel circolo di canottaggio non c'è nessuno che non sappia nuotare.", "de", "it") == []
    assert p001("Non c'è niente che il vecchio fabbro non possa riparare.",
                "There is nothing the old smith cannot mend.", "it", "en") == []
    # a third negator that may agree with the n-word: the side is not read as one negation
    assert p001("Nobody in the village ever mentions the flood.",
                "Nadie en el pueblo nunca menciona la riada.", "en", "es") == []


def test_single_negation_with_n_word_is_clean():
    assert p001("The inspectors found nothing in the warehouse.",
                "Gli ispettori non hanno trovato nulla nel magazzino.", "en", "it") == []
    assert p001("Nobody answered the phone at the depot.",
                "Nessuno ha risposto al telefono del deposito.", "en", "it") == []


# -- Chinese 非 ---------------------------------------------------------------------------------
def test_chinese_fei_prefix_is_no_negator():
    assert negators("这笔非法收入将被追缴。", "zh") == []
    assert negators("这座古桥的历史意义非同小可。", "zh") == []
    assert negators("这次会议是非正式的。", "zh") == []
    assert [w for _, _, w in negators("修桥并非上策。", "zh")] == ["非"]


def test_chinese_fei_idiom_and_added_bingfei():
    src = "The curator says the value of the collection is considerable, and a touring show is the best plan."
    ok = "馆长说这批藏品的价值非同小可，举办巡回展是最好的方案。"
    assert p001(src, ok, "en", "zh") == []
    assert p001(src, ok.replace("是最好的方案", "并非最好的方案"), "en", "zh")


def test_chinese_illegal_against_plain_word_is_clean():
    src = "The regulator will publish the firm's gains next week."
    assert p001(src, "监管机构下周将公布该公司的非法收益。", "en", "zh") == []


# -- French "ne … que … plus" -----------------------------------------------------------------
def test_french_ne_que_before_plus_is_no_negation():
    assert negators("Le hameau ne compte qu'un peu plus de 40 habitants.", "fr") == []
    assert negators("Ce n'est que bien plus tard qu'il a compris.", "fr") == []
    assert [w for _, _, w in negators("Le hameau ne compte plus d'habitants.", "fr")] == ["plus"]
    src = "이 마을의 주민은 40여 명에 불과하다."
    assert p001(src, "Le hameau ne compte qu'un peu plus de 40 habitants.", "ko", "fr") == []


# -- Japanese -なければ and -ず ---------------------------------------------------------------
def test_japanese_negative_conditional_negates():
    assert [w for _, _, w in negators("薬を飲まなければ熱は下がらない。", "ja")][0] == "なければ"
    assert [w for _, _, w in negators("数が少なければ問題にならない。", "ja")] == ["ない"]
    assert negators("毎日練習しなければならない。", "ja") == []
    src = "Without a permit, anglers are fined 50 euros."
    assert p001(src, "許可証を持っていなければ、釣り人は50ユーロの罰金を払う。", "en", "ja") == []


def test_japanese_i_row_zu_is_a_negative_word():
    assert "りず" in negative_words("テノールが足りず、演奏会は延期された。", "ja")
    src = "The choir did not have enough tenors and postponed the concert."
    assert p001(src, "合唱団はテノールが足りず、演奏会を延期した。", "en", "ja") == []


# -- Thai verbs of preventing ---------------------------------------------------------------
def test_thai_prevent_from_is_no_negation():
    assert negators("ช่างจึงป้องกันไม่ให้ฝุ่นเข้าเครื่อง", "th") == []
    assert negators("เขาไม่ได้มา", "th") != []
    src = "The crew sealed every vent with tape and so kept dust from getting into the engine."
    tgt = "ลูกเรือปิดช่องระบายอากาศทุกช่องด้วยเทป จึงป้องกันไม่ให้ฝุ่นเข้าไปในเครื่องยนต์"
    assert p001(src, tgt, "en", "th") == []


# -- "without" against a compound opened by 無 ----------------------------------------------
def test_without_against_privative_compound_is_clean():
    src = "農家は無農薬の茶葉を海外に出荷している。"
    assert p001(src, "Los agricultores envían al extranjero té sin pesticidas.", "ja", "es") == []
    # a clause negator besides stays a flip
    assert p001("農家は茶葉を海外に出荷している。",
                "Los agricultores no envían al extranjero té.", "ja", "es")


# -- F003: "Share - <network>" ------------------------------------------------------------------
def _f003(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    d = tempfile.mkdtemp()
    a, b = os.path.join(d, f"s.{sl}.txt"), os.path.join(d, f"t.{tl}.txt")
    with open(a, "w", encoding="utf-8") as f:
        f.write(src)
    with open(b, "w", encoding="utf-8") as f:
        f.write(tgt)
    rep = mtcheck.compare(b, source=a, source_lang=sl, target_lang=tl, semantic=False)
    return [tgt[f.span[0]:f.span[1]] for f in rep.findings if f.code == "F003" and not f.suppressed]


_F_SRC = "新的渡轮码头于周三启用。\n\n船公司表示，首月票价打八折。\n"


def test_share_label_dash_network_on_its_own_line():
    for line in ("Share - Telegram", "Share | Facebook", "Share: Weibo"):
        tgt = ("The new ferry terminal opened on Wednesday.\n\n" + line
               + "\n\nThe operator said fares would be 20% lower in the first month.\n")
        assert _f003(_F_SRC, tgt, "zh", "en") == [line], line


def test_share_word_in_a_sentence_is_clean():
    tgt = ("The new ferry terminal opened on Wednesday.\n\n"
           "The operator said fares would be 20% lower in the first month.\n")
    assert _f003(_F_SRC, tgt, "zh", "en") == []


def test_two_languages_without_concord_are_not_compared_so():
    # a colloquial double negation between two languages that count negators alike
    assert p001("Nothing of the cargo cannot be saved.", "Nichts von der Ladung kann gerettet werden.",
                "en", "de") == []
