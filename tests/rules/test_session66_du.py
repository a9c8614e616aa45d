"""Session 66 (helper du): number, unit and date classes.

* Arabic and Hebrew words for units of time (days, weeks, months, years) after a figure
  are units (D002: 14 شهراً → 14 weeks is another unit).
* Japanese says a price's measure before the figure with 当たり after it (1キロ当たり300円):
  the price counted per another measure is a changed rate (D002).
* a range said with the "from" of the languages of India (20 से 30 हज़ार) shares its
  scale word, as "20 to 30 thousand" does (D001: 20,000 is no changed 20).
* a month the source names twice, one mention of it changed while the other is kept
  (D003: 3 March … 20 March → 3 April … 20 March).
* a score beside a Hebrew or Arabic text may stand the other way round (ריצה של 3:11 ~
  an 11-3 run, D001).
* Hebrew ordinals (החמישי, השביעית) are soft ordinals; after יום they are weekdays.
* Italian ages in one word (ventenne, trentaduenne) are soft readings of their figure.
* sayings whose number word counts nothing (bajo siete llaves, im siebten Himmel) drop or
  add no figure.
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.numbers import _read, units_of


def _found(tmp_path, src, tgt, sl, tl, codes):
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(t, source=s, semantic=False, source_lang=sl, target_lang=tl)
    return [(f.code, f.text) for f in rep.findings if f.code in codes]


# -- Arabic and Hebrew units of time --------------------------------------------------------

def test_arabic_months_are_a_unit():
    text = "دامت التجربة 14 شهراً، وشملت 30 مزرعة."
    n = next(x for x in _read(text, "ar") if x.text == "14")
    assert units_of(text, n)[0] == frozenset({"month"})


def test_arabic_months_as_weeks_flagged(tmp_path):
    src = "دامت التجربة 14 شهراً، وشملت 30 مزرعة في الجنوب.\n"
    tgt = "El ensayo duró 14 semanas e incluyó 30 granjas del sur.\n"
    assert [c for c, _ in _found(tmp_path, src, tgt, "ar", "es", {"D002"})] == ["D002"]


def test_arabic_months_kept_silent(tmp_path):
    src = "دامت التجربة 14 شهراً، وشملت 30 مزرعة في الجنوب، وبعد 5 أيام بدأت النتائج.\n"
    tgt = "El ensayo duró 14 meses e incluyó 30 granjas del sur, y 5 días después llegaron los resultados.\n"
    assert _found(tmp_path, src, tgt, "ar", "es", {"D001", "D002"}) == []


def test_arabic_years_as_months_flagged(tmp_path):
    src = "عمل المهندس في الشركة 12 عاماً قبل أن يؤسس مكتبه.\n"
    tgt = "The engineer worked at the company for 12 months before founding his own office.\n"
    assert [c for c, _ in _found(tmp_path, src, tgt, "ar", "en", {"D002"})] == ["D002"]


def test_hebrew_years_as_months_flagged_and_kept_silent(tmp_path):
    src = "הוא עבד בחברה 12 שנים לפני שהקים משרד משלו.\n"
    bad = "Er arbeitete 12 Monate bei der Firma, bevor er ein eigenes Büro gründete.\n"
    good = "Er arbeitete 12 Jahre bei der Firma, bevor er ein eigenes Büro gründete.\n"
    assert [c for c, _ in _found(tmp_path, src, bad, "he", "de", {"D002"})] == ["D002"]
    assert _found(tmp_path, src, good, "he", "de", {"D001", "D002"}) == []


# -- Japanese 当たり ---------------------------------------------------------------------------

def test_japanese_per_measure_before_the_price_changed(tmp_path):
    src = "組合は現在、牛乳を1キロ当たり95円で出荷している。\n"
    tgt = "The cooperative currently ships milk at 95 yen per litre.\n"
    assert [c for c, _ in _found(tmp_path, src, tgt, "ja", "en", {"D002"})] == ["D002"]


def test_japanese_per_measure_without_one_changed(tmp_path):
    src = "小麦はトンあたり4万2000円で取引された。\n"
    tgt = "Le blé s'est négocié à 42 000 yens le litre.\n"
    assert [c for c, _ in _found(tmp_path, src, tgt, "ja", "fr", {"D002"})] == ["D002"]


def test_japanese_per_measure_kept_silent(tmp_path):
    src = "組合は現在、牛乳を1キロ当たり95円で出荷している。\n"
    for tgt, tl in (("The cooperative currently ships milk at 95 yen per kilogram.\n", "en"),
                    ("La coopérative expédie actuellement le lait à 95 yens le kilo.\n", "fr")):
        assert _found(tmp_path, src, tgt, "ja", tl, {"D001", "D002"}) == [], tl


# -- a range with the "from" of the languages of India -----------------------------------------

def test_hindi_range_shares_its_scale(tmp_path):
    src = "बाज़ार में एक अच्छी गाय की कीमत 60 से 80 हज़ार रुपये तक है।\n"
    tgt = "Auf dem Markt kostet eine gute Kuh zwischen 60.000 und 80.000 Rupien.\n"
    assert _found(tmp_path, src, tgt, "hi", "de", {"D001", "S007"}) == []


def test_bengali_range_shares_its_scale():
    text = "একটি ভালো গরুর দাম 60 থেকে 80 হাজার টাকা।"
    n = next(x for x in _read(text, "bn") if x.text == "60")
    assert 60000.0 in n.values


def test_hindi_range_with_changed_lower_end_still_flagged(tmp_path):
    src = "बाज़ार में एक अच्छी गाय की कीमत 60 से 80 हज़ार रुपये तक है।\n"
    tgt = "Auf dem Markt kostet eine gute Kuh zwischen 70.000 und 80.000 Rupien.\n"
    assert [c for c, _ in _found(tmp_path, src, tgt, "hi", "de", {"D001"})] == ["D001"]


# -- a month named twice, one mention changed ------------------------------------------------

def test_one_of_two_mentions_of_a_month_changed(tmp_path):
    src = "The exhibition opened on 3 March and closes on 20 March.\n"
    tgt = "Die Ausstellung wurde am 3. April eröffnet und schließt am 20. März.\n"
    assert _found(tmp_path, src, tgt, "en", "de", {"D003"}) == [("D003", "April")]


def test_one_of_two_mentions_of_a_month_changed_hindi(tmp_path):
    src = "प्रदर्शनी 3 मार्च को खुली थी और 20 मार्च तक चलेगी।\n"
    tgt = "The exhibition opened on 3 April and runs until 20 March.\n"
    assert _found(tmp_path, src, tgt, "hi", "en", {"D003"}) == [("D003", "April")]


def test_month_named_once_for_two_dates_silent(tmp_path):
    src = "The exhibition opened on 3 March and closes on 20 March.\n"
    for tgt in ("Die Ausstellung läuft vom 3. bis zum 20. März.\n",
                "Die Ausstellung wurde am 3. März eröffnet und schließt am 20. März.\n",
                "Die Ausstellung wurde am 3. März eröffnet und schließt am 20. des Monats.\n"):
        assert _found(tmp_path, src, tgt, "en", "de", {"D003"}) == [], tgt


# -- a score the other way round beside Hebrew or Arabic -------------------------------------

def test_hebrew_score_reversed_is_the_same_score(tmp_path):
    src = "הקבוצה פתחה את המחצית השנייה בריצה של 3:11 ועלתה ליתרון.\n"
    for tgt, tl in (("Die Mannschaft startete mit einem 11:3-Lauf in die zweite Halbzeit und ging in Führung.\n", "de"),
                    ("The team opened the second half on an 11-3 run and took the lead.\n", "en")):
        assert _found(tmp_path, src, tgt, "he", tl, {"D001"}) == [], tl


def test_hebrew_score_with_a_changed_figure_flagged(tmp_path):
    src = "הקבוצה פתחה את המחצית השנייה בריצה של 3:11 ועלתה ליתרון.\n"
    tgt = "The team opened the second half on an 11-5 run and took the lead.\n"
    assert "D001" in [c for c, _ in _found(tmp_path, src, tgt, "he", "en", {"D001"})]


def test_score_reversed_between_latin_scripts_still_flagged(tmp_path):
    src = "Die Mannschaft gewann das Spiel mit 3:11.\n"
    tgt = "The team won the match 11:3.\n"
    assert _found(tmp_path, src, tgt, "de", "en", {"D001"}) != []


# -- Hebrew ordinals ----------------------------------------------------------------------------

def test_hebrew_ordinals_match_the_translations_ordinals(tmp_path):
    src = "הרוכבת ניצחה בשלב השביעי, ובשלב החמישי תזנק ראשונה.\n"
    tgt = "Die Fahrerin gewann die siebte Etappe und startet in der fünften Etappe als Erste.\n"
    assert _found(tmp_path, src, tgt, "he", "de", {"D001"}) == []


def test_hebrew_ordinal_changed_flagged(tmp_path):
    src = "הרוכבת ניצחה בשלב השביעי.\n"
    tgt = "Die Fahrerin gewann die achte Etappe.\n"
    assert [c for c, _ in _found(tmp_path, src, tgt, "he", "de", {"D001"})] == ["D001"]


def test_hebrew_weekday_is_no_ordinal():
    text = "המשחק ייערך ביום חמישי, והקבוצה במקום השישי."
    got = [(n.text, n.values) for n in _read(text, "he")]
    assert ("חמישי", frozenset({5.0})) not in got
    assert ("השישי", frozenset({6.0})) in got


# -- Italian ages in one word -------------------------------------------------------------------

def test_italian_age_word_matches_the_figure(tmp_path):
    src = "L'attaccante trentaduenne ha segnato 2 gol nella ripresa.\n"
    for tgt, tl in (("El delantero de treinta y dos años marcó 2 goles en la segunda parte.\n", "es"),
                    ("The 32-year-old striker scored 2 goals in the second half.\n", "en")):
        assert _found(tmp_path, src, tgt, "it", tl, {"D001"}) == [], tl


def test_italian_age_words_read():
    text = "una diciottenne, due quarantenni e un ventunenne; ottenne il posto e venne eletto, perenne e solenne."
    got = {n.text: n.values for n in _read(text, "it") if n.kind == "word" and "enn" in n.text}
    assert got == {"diciottenne": frozenset({18.0}), "quarantenni": frozenset({40.0}),
                   "ventunenne": frozenset({21.0})}


# -- sayings with a number word -----------------------------------------------------------------

def test_saying_rendered_without_its_number_is_no_dropped_figure(tmp_path):
    cases = (("La familia guarda la receta bajo siete llaves desde hace décadas.\n",
              "The family has kept the recipe under lock and key for decades.\n", "es", "en"),
             ("Nach dem Titelgewinn war die Trainerin im siebten Himmel.\n",
              "After the title win the coach was over the moon.\n", "de", "en"),
             ("Il sindaco ha voluto parlare con lui a quattr'occhi, poi si è fatto in quattro per aiutarlo.\n",
              "El alcalde quiso hablar con él en privado y luego se desvivió por ayudarle.\n", "it", "es"))
    for src, tgt, sl, tl in cases:
        assert _found(tmp_path, src, tgt, sl, tl, {"D001"}) == [], src


def test_saying_added_by_the_translation_adds_no_figure(tmp_path):
    src = "After the title win the coach was over the moon.\n"
    tgt = "Nach dem Titelgewinn war die Trainerin im siebten Himmel.\n"
    assert _found(tmp_path, src, tgt, "en", "de", {"D001"}) == []


def test_number_outside_a_saying_still_counts(tmp_path):
    src = "La familia guarda siete recetas antiguas.\n"
    tgt = "The family keeps old recipes.\n"
    assert [c for c, _ in _found(tmp_path, src, tgt, "es", "en", {"D001"})] == ["D001"]
