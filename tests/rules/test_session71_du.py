"""Session 71 (helper du): decades, durations, speeds, units and fractions (D001, D002).

* a figure of tens after the word for years (anos 70, années 70, anni '70) names a decade,
  as the tens said in words there do, and a decade's year there (années 1970) is that
  decade, so anos 70 ~ années 1970 ~ the 1970s;
* hours, minutes and seconds said with the words of Hindi, Urdu and Bengali (8 मिनट 12
  सेकंड, ৭ মিনিট ৩৫ সেকেন্ডে) are one duration, in any script's digits;
* a length in a sentence whose other figure of that unit is a speed (시속 42㎞로 ...
  10㎞ 이상 낮았다) is a difference of speeds: the translation's km/h is no other unit;
* Swahili pauni (pound: a weight or the currency) is read before its figure;
* square feet, metres, kilometres and miles said in Urdu, Hindi, Bengali and Persian
  (مربع فٹ, वर्ग फुट, বর্গফুট, فوت مربع) are units of area;
* a Turkish fraction (üçte biri, dörtte üçü, 5'te 1'i) is one figure, the share.

Examples invented.
"""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.rules.numbers import _read, units_of


def _codes(src, tgt, sl, tl, codes=("D001", "D002", "D003")):
    return [(f.code, f.severity.label) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code in codes and not f.suppressed]


def _units(text, lang, figure):
    n = next(x for x in _read(text, lang) if x.text == figure)
    return units_of(text, n, lang)[0]


CORRECT = [
    # decades after the word for years
    ("pt", "fr", "Muitas das pontes foram construídas nos anos 70.",
     "Beaucoup de ponts ont été construits dans les années 1970."),
    ("es", "it", "La fábrica abrió en los años 1960 y cerró en 2001.",
     "La fabbrica aprì negli anni '60 e chiuse nel 2001."),
    ("it", "pt", "Il quartiere nacque negli anni 50.", "O bairro nasceu nos anos 1950."),
    # durations said in the words of Hindi, Urdu and Bengali
    ("bn", "en", "সাঁতারু ৬ মিনিট ৪৫ সেকেন্ডে সাঁতার শেষ করেন।",
     "The swimmer finished the swim in 6 minutes 45 seconds."),
    ("hi", "en", "साइकिल सवार ने दौड़ 2 घंटे 5 मिनट 30 सेकंड में पूरी की।",
     "The cyclist finished the race in 2 hours 5 minutes 30 seconds."),
    ("ur", "de", "گھوڑے نے دوڑ 3 منٹ 15 سیکنڈ میں مکمل کی۔", "Das Pferd beendete das Rennen in 3 Minuten 15 Sekunden."),
    # a difference of speeds whose "per hour" is left out
    ("ko", "en", "버스의 평균 속도는 시속 42.5㎞로 작년보다 6㎞ 빨랐다.",
     "The buses' average speed was 42.5 km/h, 6 km/h faster than last year."),
    ("zh", "en", "列车平均时速为120公里，比去年快15公里。",
     "The trains averaged 120 km/h, 15 km/h faster than last year."),
    # Swahili pauni
    ("sw", "en", "Kila gunia lina uzito wa pauni 55.", "Each sack weighs 55 pounds."),
    ("sw", "en", "Tiketi moja inauzwa pauni 30.", "One ticket sells for £30."),
    # square measures in Urdu, Hindi, Bengali
    ("ur", "en", "کلینک 1,800 مربع فٹ کے رقبے پر بنا ہے۔", "The clinic stands on an area of 1,800 square feet."),
    ("hi", "en", "गोदाम 3,500 वर्ग फुट में फैला है।", "The warehouse covers 3,500 square feet."),
    ("bn", "en", "বাজারটি ৯০০ বর্গমিটার জায়গা জুড়ে।", "The market covers 900 square metres."),
    # Turkish fractions
    ("tr", "en", "Köy şubatta yaz aylarındaki suyun ancak üçte birini alabildi.",
     "In February the village received only a third of its summer water."),
    ("tr", "fr", "Oyların dörtte üçü geçerli sayıldı.", "Les trois quarts des votes ont été jugés valables."),
    ("tr", "en", "Gelirin beşte biri kiraya gidiyor.", "A fifth of the income goes on rent."),
]


@pytest.mark.parametrize("sl,tl,src,tgt", CORRECT)
def test_correct_translation_is_clean(sl, tl, src, tgt):
    assert _codes(src, tgt, sl, tl) == []


WRONG = [
    # another decade
    ("pt", "fr", "Muitas das pontes foram construídas nos anos 70.",
     "Beaucoup de ponts ont été construits dans les années 1980.", "D001"),
    ("es", "it", "La fábrica abrió en los años 1960.", "La fabbrica aprì negli anni '70.", "D001"),
    # another duration
    ("bn", "en", "সাঁতারু ৬ মিনিট ৪৫ সেকেন্ডে সাঁতার শেষ করেন।",
     "The swimmer finished the swim in 6 minutes 54 seconds.", "D001"),
    ("hi", "en", "साइकिल सवार ने दौड़ 2 घंटे 5 मिनट 30 सेकंड में पूरी की।",
     "The cyclist finished the race in 2 hours 15 minutes 30 seconds.", "D001"),
    # another unit of speed, and a length with no speed beside it
    ("ko", "en", "버스의 평균 속도는 시속 42.5㎞로 작년보다 6㎞ 빨랐다.",
     "The buses' average speed was 42.5 km/h, 6 mph faster than last year.", "D002"),
    ("ko", "en", "새 노선의 길이는 6㎞이다.", "The new route is 6 km/h long.", "D002"),
    # pounds as kilograms or as another currency
    ("sw", "en", "Kila gunia lina uzito wa pauni 55.", "Each sack weighs 55 kilograms.", "D002"),
    ("sw", "de", "Tiketi moja inauzwa pauni 30.", "Eine Karte kostet 30 Dollar.", "D002"),
    # square feet as square metres
    ("ur", "en", "کلینک 1,800 مربع فٹ کے رقبے پر بنا ہے۔",
     "The clinic stands on an area of 1,800 square metres.", "D002"),
    ("hi", "fr", "गोदाम 3,500 वर्ग फुट में फैला है।", "L'entrepôt couvre 3 500 mètres carrés.", "D002"),
    ("bn", "en", "বাজারটি ৯০০ বর্গমিটার জায়গা জুড়ে।", "The market covers 900 square feet.", "D002"),
    # another fraction
    ("tr", "en", "Köy şubatta yaz aylarındaki suyun ancak üçte birini alabildi.",
     "In February the village received only a quarter of its summer water.", "D001"),
    ("tr", "de", "Oyların dörtte üçü geçerli sayıldı.", "Die Hälfte der Stimmen galt als gültig.", "D001"),
]


@pytest.mark.parametrize("sl,tl,src,tgt,code", WRONG)
def test_real_error_still_caught(sl, tl, src, tgt, code):
    assert code in [c for c, sev in _codes(src, tgt, sl, tl) if sev in ("critical", "major")]


def test_decade_readings():
    pt = _read("As fábricas fecharam nos anos 80.", "pt")
    assert [n.values for n in pt] == [frozenset({80.0, 1980.0})]
    fr = _read("Les usines ont fermé dans les années 1980.", "fr")
    assert [n.values for n in fr] == [frozenset({80.0, 1980.0})]
    # a figure after the word for years that names no decade stays as it is
    assert [n.values for n in _read("Dans les années 2000, la ville a grandi.", "fr")] == [frozenset({2000.0})]
    assert [n.values for n in _read("Há 25 anos 70 famílias viviam aqui.", "pt")][0] == frozenset({25.0})


def test_duration_read_as_one():
    for text, lang in (("দৌড় শেষ হয় ৭ মিনিট ৩৫ সেকেন্ডে।", "bn"), ("दौड़ 7 मिनट 35 सेकंड में पूरी हुई।", "hi")):
        assert [n.values for n in _read(text, lang)] == [frozenset({("d", 455)})]
    # seconds past 59 are no duration
    assert len(_read("दौड़ 7 मिनट 75 सेकंड में पूरी हुई।", "hi")) == 2


def test_area_and_pound_units_read():
    assert _units("کلینک 1,800 مربع فٹ کے رقبے پر بنا ہے۔", "ur", "1,800") == {"sqft"}
    assert _units("پارک 12 مربع کلومیٹر پر پھیلا ہے۔", "ur", "12") == {"km2"}
    assert _units("গুদামটি ৩,০০০ বর্গফুট।", "bn", "৩,০০০") == {"sqft"}
    assert _units("Kila gunia lina uzito wa pauni 55.", "sw", "55") == {"lb", "gbp"}


def test_turkish_fraction_not_an_idiom_or_clock():
    # ikide bir "every so often"; saat üçte: at three o'clock
    assert not any(n.tag == "frac" for n in _read("Ikide bir telefon çalıyor.", "tr"))
    assert not any(n.tag == "frac" for n in _read("Saat üçte iki otobüs geldi.", "tr"))
    assert [n.tag for n in _read("Gelirin 5'te 1'i kiraya gidiyor.", "tr")] == ["frac"]
    # a year or an hour in the locative before "bir" (the indefinite article, "bir önceki":
    # the previous) or a count: no fraction
    assert not any(n.tag == "frac" for n in _read("Satışlar 2023'te bir önceki yıla göre arttı.", "tr"))
    assert not any(n.tag == "frac" for n in _read("Beşte bir toplantı var, 4'te 2 otobüs kalkıyor.", "tr"))
