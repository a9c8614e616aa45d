"""Session 58, helper th: Thai articles (one segment a paragraph: Thai marks no sentence
end) and the classes behind their false alarms and misses.

* P001: a comparative of size or level bounds a figure as "more" and "less" do ("no lower
  than 32%" is "at least 32%", "no higher than 5" "at most 5"): no negation; a negated verb
  of exceeding ("ne doit pas dépasser") against such a bound is none either. Thai ไม่เกิน
  (not exceeding: at most, up to) is a bound as ไม่ต่ำกว่า (at least) is.
* P003: Thai มากขึ้น after an adjective or verb is its comparative (เข้มงวดมากขึ้น,
  stricter): a weak word of increase, no longer set against a translation's "lower".
* L001: a quotation in the source's own language kept as written is the source's words
  left untranslated, not original wording every edition keeps (a quotation in a third
  language still is).
* L002: a Latin-script run inside a Thai sentence (Thai spaces its phrases, so the runs
  are found as in other scripts), and a run the source has word for word that is a clause
  (five lower-case words or more, three quarters of the run) rather than a kept name or
  title.
"""

from __future__ import annotations

import mtcheck


def codes(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.code for f in mtcheck.check_pair(src, tgt, source_lang=sl, target_lang=tl)]


# -- P001: comparatives of size and level bound a figure ------------------------------------
def test_no_lower_than_is_a_bound_de_en():
    assert "P001" not in codes("Der Wert beträgt mindestens 40 Punkte.",
                               "The score must be no lower than 40 points.", "de", "en")


def test_no_greater_than_is_a_bound_against_not_exceed_de_en():
    assert "P001" not in codes("Der Anteil darf 10 Prozent nicht überschreiten.",
                               "The share may be no greater than 10 percent.", "de", "en")


def test_negated_exceed_against_no_more_than_fr_en():
    assert "P001" not in codes("Le taux ne doit pas dépasser 5 %.",
                               "The rate must be no more than 5%.", "fr", "en")
    assert "P001" not in codes("Le taux ne doit pas dépasser 5 %.",
                               "The rate must be no higher than 5%.", "fr", "en")


def test_bound_negation_dropped_still_flagged():
    # precision guards: the bound's negation dropped, the exceeding verb's negation dropped
    assert "P001" in codes("La temperatura no será inferior a 20 grados.",
                           "The temperature will be lower than 20 degrees.", "es", "en")
    assert "P001" in codes("Le taux ne doit pas dépasser 5 %.",
                           "The rate must exceed 5%.", "fr", "en")
    assert "P001" in codes("Der Anteil darf 10 Prozent nicht überschreiten.",
                           "The share may be greater than 10 percent.", "de", "en")


def test_no_higher_without_figure_stays_a_negation():
    # no "than" and no figure after the comparative: a negated clause
    assert "P001" in codes("Die Preise sind dieses Jahr gestiegen.",
                           "Prices are no higher this year.", "de", "en")


def test_thai_not_exceeding_is_a_bound():
    assert "P001" not in codes("ผู้กระทำผิดมีโทษจำคุกไม่เกิน 5 ปี",
                               "Offenders face up to five years in prison.", "th", "en")
    assert "P001" not in codes("ผู้กระทำผิดมีโทษจำคุกไม่เกิน 5 ปี",
                               "Tätern drohen bis zu fünf Jahre Haft.", "th", "de")


def test_thai_negation_dropped_still_flagged():
    assert "P001" in codes("เขาไม่ได้ไปประชุมเมื่อวานนี้", "He went to the meeting yesterday.", "th", "en")


# -- P003: Thai มากขึ้น is a comparative ------------------------------------------------------
def test_thai_comparative_more_is_no_increase():
    assert "P003" not in codes("ราคาส่งออกต่ำกว่าปีก่อนราว 10% เพราะผู้ซื้อระมัดระวังมากขึ้น",
                               "Export prices were about 10% lower than a year earlier because "
                               "buyers have become more cautious.", "th", "en")
    assert "P003" not in codes("ราคาส่งออกต่ำกว่าปีก่อนราว 10% เพราะผู้ซื้อระมัดระวังมากขึ้น",
                               "Die Exportpreise waren rund 10 % niedriger als ein Jahr zuvor, "
                               "weil die Käufer vorsichtiger geworden sind.", "th", "de")


def test_thai_increase_reversed_still_flagged():
    assert "P003" in codes("ราคาข้าวเพิ่มขึ้น 5% ในเดือนนี้", "Rice prices fell 5% this month.", "th", "en")


# -- L001: a quotation left in the source's language -----------------------------------------
def test_quote_left_in_source_language_th_en():
    # (a sentence with words of both languages: the run inside it, L002)
    assert {"L001", "L002"} & set(codes("นายกรัฐมนตรีกล่าวว่า “เราจะไม่ยอมแพ้ไม่ว่าจะเกิดอะไรขึ้น”",
                                   "The prime minister said: “เราจะไม่ยอมแพ้ไม่ว่าจะเกิดอะไรขึ้น”", "th", "en"))
    # (a sentence that is the quotation alone, the source's sentence naming the speaker)
    assert "L001" in codes("นายกรัฐมนตรีกล่าวว่า “เราจะไม่ยอมแพ้ไม่ว่าจะเกิดอะไรขึ้น”",
                           "“เราจะไม่ยอมแพ้ไม่ว่าจะเกิดอะไรขึ้น”", "th", "en")


def test_quote_left_in_source_language_hi_en():
    assert "L001" in codes('उन्होंने कहा, "हम किसी भी हालत में पीछे नहीं हटेंगे"।',
                           'He said, "हम किसी भी हालत में पीछे नहीं हटेंगे".', "hi", "en")


def test_quote_in_third_language_kept():
    # the German source quotes in Russian: the English edition keeps the original wording
    assert "L001" not in codes("Der Minister sagte: «Мы будем продолжать переговоры до конца года».",
                               "The minister said: “Мы будем продолжать переговоры до конца года.”", "de", "en")


# -- L002: a source clause copied into a Thai sentence -----------------------------------------
def test_copied_clause_in_thai_en_th():
    assert "L002" in codes("The council said the new bridge would be closed to traffic for three weeks next month.",
                           "สภาเมืองระบุว่า the new bridge would be closed to traffic for three weeks เดือนหน้า",
                           "en", "th")


def test_copied_clause_in_thai_fr_th():
    assert "L002" in codes("Le maire a dit que le vieux marché serait démoli et reconstruit avant la fin de l'année.",
                           "นายกเทศมนตรีกล่าวว่า le vieux marché serait démoli et reconstruit avant la fin de l'année",
                           "fr", "th")


def test_third_language_clause_in_thai():
    assert "L002" in codes("Not everyone agreed with the plan, the mayor said.",
                           "Tout le monde n'était pas d'accord avec le projet นายกเทศมนตรีกล่าว", "en", "th")


def test_kept_title_and_name_in_thai_stay_silent():
    assert "L002" not in codes("She read The Old Man and the Sea as a child.",
                               "เธออ่าน The Old Man and the Sea ตอนเด็ก", "en", "th")
    assert "L002" not in codes("The Ministry of Foreign Affairs of the Kingdom said it would respond.",
                               "กระทรวงการต่างประเทศ (Ministry of Foreign Affairs of the Kingdom) ระบุว่าจะตอบโต้",
                               "en", "th")


# -- N003: Thai transcriptions read back ---------------------------------------------------------
def n003(src: str, tgt: str) -> bool:
    return "N003" in codes(src, tgt, "en", "th")


def test_thai_sh_ending_and_silent_c_read_back():
    # -tia / -cia said "sh" (Nova Scotia, Patricia), a French -nc with a silent c (Leblanc)
    assert not n003("Patricia Moreno arrived in Nova Scotia on Monday.",
                    "แพทริเชีย โมเรโน เดินทางถึงโนวาสโกเชียเมื่อวันจันทร์")
    assert not n003("Inspector Pierre Leblanc said the ship was safe.",
                    "ผู้ตรวจการปีแยร์ เลอบลอง กล่าวว่าเรือปลอดภัย")


def test_thai_place_by_its_thai_name_inside_a_run():
    assert not n003("Buyers in Europe and Africa placed orders.", "ผู้ซื้อในยุโรปและแอฟริกาสั่งซื้อสินค้าแล้ว")


def test_thai_names_missing_still_said():
    assert n003("Buyers in Europe and Africa placed orders.", "ผู้ซื้อในเอเชียสั่งซื้อสินค้าแล้ว")
    assert n003("Patricia Moreno arrived in Nova Scotia on Monday.",
                "แพทริเชีย โมเรโน เดินทางถึงเมืองแฮลิแฟกซ์เมื่อวันจันทร์")



def test_no_bigger_than_a_thing_stays_a_negation():
    # a comparative bounds only a figure: "not bigger than a grain" is negated on both sides
    assert "P001" not in codes("um inseto não maior que um grão de arroz.",
                               "an insect no bigger than a grain of rice.", "pt", "en")
    assert "P001" not in codes("ein Insekt nicht größer als ein Reiskorn.",
                               "an insect no bigger than a grain of rice.", "de", "en")
