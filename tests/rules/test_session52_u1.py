"""Session 52 (u1): numbers and units.

* Croatian (and Serbian) case forms of "mile" (milja, milju, miljama; миља) are a mile for D002;
* a unit of length followed by "per hour" in words the unit table does not list whole
  (kilometri pe oră, miles an hour, km por hora, километров в час, kilomètres à l'heure) is a
  speed: no "another unit" against the source's km/h, and still one against its mph;
* Bengali units of measure (হেক্টর, একর, কিলোমিটার, সেন্টিমিটার, টন ...) are read after a figure;
* a Bengali figure with a glued classifier (৩১৫টি, ১২জন, ১১টির) is a count, not a code: D001
  reports it when the translation drops it;
* Chinese and Japanese units of time (天, 周/週, 星期, 个月, 小时, 週間, 日間) are units for D002, and
  a number in Han characters with a unit right after it (十周, 三个月, 两个小时) counts that unit;
  十周年 (tenth anniversary) and 十周岁 (ten years of age) are no weeks.
"""
from __future__ import annotations

import mtcheck


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


# --- Croatian miles ---------------------------------------------------------------------

def test_croatian_miles_against_km():
    assert codes("The new cycle path is 7.5 km long.", "Nova biciklistička staza duga je 7,5 milja.",
                 "en", "hr", "D002")
    assert codes("La piste cyclable mesure 7,5 km.", "Nova biciklistička staza duga je 7,5 milja.",
                 "fr", "hr", "D002")
    assert codes("Die Strecke ist 20 Kilometer lang.", "Ruta je dugačka 20 milja.", "de", "hr", "D002")


def test_croatian_miles_kept_or_km_kept():
    assert not codes("The new cycle path is 7.5 miles long.", "Nova biciklistička staza duga je 7,5 milja.",
                     "en", "hr", "D002")
    assert not codes("The new cycle path is 7.5 km long.", "Nova biciklistička staza duga je 7,5 kilometara.",
                     "en", "hr", "D002")


# --- speeds written with "per hour" ------------------------------------------------------

def test_speed_per_hour_in_words_is_a_speed():
    assert not codes("Trucks may not exceed 80 kilometres per hour on the bridge.",
                     "Camioanele nu pot depăși 80 de kilometri pe oră pe pod.", "en", "ro", "D002")
    assert not codes("Il vento ha superato i 95 chilometri orari.",
                     "The wind topped 95 kilometres an hour.", "it", "en", "D002")
    assert not codes("Die Böen erreichten 95 Stundenkilometer.",
                     "As rajadas chegaram aos 95 km por hora.", "de", "pt", "D002")
    assert not codes("Die Böen erreichten 95 Stundenkilometer.",
                     "Порывы ветра достигали 95 км в час.", "de", "ru", "D002")


def test_speed_per_hour_still_catches_miles():
    assert codes("Trucks may not exceed 80 kilometres per hour on the bridge.",
                 "Camioanele nu pot depăși 80 de mile pe oră pe pod.", "en", "ro", "D002")
    assert codes("Il vento ha superato i 95 chilometri orari.",
                 "The wind topped 95 miles an hour.", "it", "en", "D002")
    assert codes("The gusts reached 70 miles an hour.",
                 "Les rafales ont atteint 70 kilomètres à l'heure.", "en", "fr", "D002")


def test_an_hours_drive_is_no_speed():
    assert not codes("Das Dorf liegt 40 Kilometer entfernt, eine Stunde Fahrt.",
                     "The village lies 40 kilometres away, an hour's drive.", "de", "en", "D002")


# --- Bengali units and counts ------------------------------------------------------------

def test_bengali_hectares_to_acres():
    assert codes("উপজেলার প্রায় ৩ হাজার ৬০০ হেক্টর জমির বোরো ধান নষ্ট হয়েছে।",
                 "Boro rice on about 3,600 acres of land in the upazila was damaged.", "bn", "en", "D002")
    assert codes("নদীর পানি ২৪ ঘণ্টায় ৪৫ সেন্টিমিটার বেড়েছে।",
                 "The river rose by 45 inches in 24 hours.", "bn", "en", "D002")
    assert codes("Floodwater covered about 3,600 hectares of farmland.",
                 "বন্যার পানিতে প্রায় ৩ হাজার ৬০০ একর কৃষিজমি তলিয়ে গেছে।", "en", "bn", "D002")
    assert codes("La nouvelle route mesure 12 kilomètres.", "নতুন সড়কটি ১২ মাইল দীর্ঘ।", "fr", "bn", "D002")


def test_bengali_hectares_kept():
    assert not codes("উপজেলার প্রায় ৩ হাজার ৬০০ হেক্টর জমির বোরো ধান নষ্ট হয়েছে।",
                     "Boro rice on about 3,600 hectares of land in the upazila was damaged.", "bn", "en", "D002")
    assert not codes("নদীর পানি ২৪ ঘণ্টায় ৪৫ সেন্টিমিটার বেড়েছে।",
                     "The river rose by 45 centimetres in 24 hours.", "bn", "en", "D002")
    assert not codes("Floodwater covered about 3,600 hectares of farmland.",
                     "বন্যার পানিতে প্রায় ৩ হাজার ৬০০ হেক্টর কৃষিজমি তলিয়ে গেছে।", "en", "bn", "D002")


def test_bengali_counted_figure_dropped():
    src = "শহরের ৪৮টি বিদ্যালয় বন্ধ রাখা হয়েছে। সড়কে পানি জমেছে।"
    assert codes(src, "Water has collected on the roads.", "bn", "en", "D001")
    src = "হাসপাতালে ১৭জন রোগী ভর্তি হয়েছেন। চিকিৎসকেরা সতর্ক রয়েছেন।"
    assert codes(src, "Doctors remain on alert.", "bn", "en", "D001")
    assert codes(src, "Les médecins restent en alerte.", "bn", "fr", "D001")


def test_bengali_counted_figure_kept():
    src = "শহরের ৪৮টি বিদ্যালয় বন্ধ রাখা হয়েছে। সড়কে পানি জমেছে।"
    assert not codes(src, "48 schools in the city have been closed. Water has collected on the roads.",
                     "bn", "en", "D001")


# --- Chinese and Japanese units of time ----------------------------------------------------

def test_han_time_unit_changed():
    assert codes("Repairs to the pier will take about eight weeks.", "码头维修预计需要大约八天。",
                 "en", "zh", "D002")
    assert codes("Repairs to the pier will take about 8 weeks.", "桟橋の修理には約8日間かかる見込みだ。",
                 "en", "ja", "D002")
    assert codes("码头维修需要三个月。", "Repairs to the pier will take three weeks.", "zh", "en", "D002")
    assert codes("乘客在机场等了两个小时。", "Passengers waited at the airport for two days.", "zh", "en", "D002")


def test_han_time_unit_kept():
    assert not codes("Repairs to the pier will take about eight weeks.", "码头维修预计需要大约八周。",
                     "en", "zh", "D002")
    assert not codes("Repairs to the pier will take about 8 weeks.", "桟橋の修理には約8週間かかる見込みだ。",
                     "en", "ja", "D002")
    assert not codes("码头维修需要三个月。", "Repairs to the pier will take three months.", "zh", "en", "D002")


def test_han_anniversary_and_age_are_no_weeks():
    assert not codes("The museum marks its tenth anniversary in ten days.", "博物馆将在十天后迎来建馆十周年。",
                     "en", "zh", "D002")
    assert not codes("The girl is twelve years old.", "女孩今年十二周岁。", "en", "zh", "D002")


def test_per_hour_said_before_the_figure():
    # Marathi ताशी and Bengali ঘণ্টায় ("per hour") before the figure make it a speed
    assert not codes("नवी गाडी ताशी ४० किलोमीटर वेगाने धावली.", "The new train ran at 40 km per hour.",
                     "mr", "en", "D002")
    assert not codes("ঝড়ের গতিবেগ ছিল ঘণ্টায় ৭৫ কিলোমিটার।", "The storm blew at 75 kilometres per hour.",
                     "bn", "en", "D002")
    assert codes("ঝড়ের গতিবেগ ছিল ঘণ্টায় ৭৫ কিলোমিটার।", "The storm blew at 75 miles per hour.",
                 "bn", "en", "D002")
    # "in three hours" is no rate
    assert not codes("গাড়িটি ৩ ঘণ্টায় ১৫০ কিলোমিটার পথ পাড়ি দেয়।", "The car covered 150 kilometres in 3 hours.",
                     "bn", "en", "D002")


def test_an_hour_is_no_rounded_figure_of_minutes():
    # with 分钟 read as minutes, "an hour" must not take 38 minutes as its rounded conversion
    src = "她说：“过去开车要一个小时，现在坐地铁只需要42分钟。”"
    tgt = 'She said: "It used to take an hour by car; now the metro takes only 24 minutes."'
    assert codes(src, tgt, "zh", "en", "D001") == ["source has 42, translation has 24"]
