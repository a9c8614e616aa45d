"""Session 69 (du): D002 (unit-mismatch) and D003 (calendar-mismatch), misses and a false alarm.

Misses (D002):

* Icelandic units were unread (fermetrar, kílómetrar, lítrar, klukkustundir, mínútur ...):
  square metres rendered as square feet beside a kept figure went unseen;
* the Russian and Ukrainian units of time (часов, минут, дней, лет; годин, хвилин, років)
  were missing from the unit table: hours rendered as minutes went unseen;
* Marathi glues its case endings and postpositions to the unit (डॉलरने, किलोमीटरपर्यंत):
  the unit is read under its ending, so dollars rendered as euros are seen;
* the are (100 m²: French "ares", German "Ar", Polish "arów", Czech "arů") was no unit:
  ares rendered as hectares went unseen.

A false alarm (D002): a source unit of length against the translation's square or cube of
it (metres → cubic metres) differs by a dimension word alone, which the source may say in
words the reader does not know (Albanian "metra kub", now read as cubic metres) or once for
several figures: no evidence of another unit.

Misses (D003):

* the months and weekdays of Icelandic (lower case: í febrúar), Marathi (with endings glued
  on: एप्रिलपर्यंत) and Thai (inside a run of letters, and abbreviated next to a figure:
  14 ก.พ.) were unknown;
* a lower-case language's month capitalised as the first word of a sentence with a day
  figure right after it (Lithuanian "Kovo 3 d.") was skipped as a name;
* the seasons of Chinese, Japanese and Korean (明年春季, 来春, 내년 봄) were unknown.
"""
from __future__ import annotations

import mtcheck


def found(src: str, tgt: str, sl: str, tl: str, code: str) -> list[tuple[str, str]]:
    return [(tgt[f.span[0]:f.span[1]], f.message) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code]


# -- D002: Icelandic units --------------------------------------------------------------------
IS_HALL = "Nýja íþróttahöllin á Selfossi verður um 5.200 fermetrar og kostar 2,1 milljarð króna."
EN_HALL_OK = "The new sports hall in Selfoss will be about 5,200 square metres and cost ISK 2.1 billion."


def test_icelandic_square_metres_as_square_feet():
    bad = EN_HALL_OK.replace("square metres", "square feet")
    assert [h for h, _ in found(IS_HALL, bad, "is", "en", "D002")] == ["5,200 square feet"]


def test_icelandic_square_metres_kept_is_clean():
    assert found(IS_HALL, EN_HALL_OK, "is", "en", "D002") == []


def test_icelandic_litres_as_gallons():
    src = "Tankurinn tekur 900 lítra af heitu vatni."
    assert found(src, "The tank holds 900 litres of hot water.", "is", "en", "D002") == []
    assert [h for h, _ in found(src, "The tank holds 900 gallons of hot water.", "is", "en", "D002")] \
        == ["900 gallons"]


# -- D002: Russian and Ukrainian units of time ---------------------------------------------------
RU_FERRY = "Паром в Калининград ходит раз в 9 часов, а билет стоит 40 евро."
EN_FERRY_OK = "The ferry to Kaliningrad runs once every 9 hours, and a ticket costs 40 euros."


def test_russian_hours_as_minutes():
    bad = EN_FERRY_OK.replace("9 hours", "9 minutes")
    assert [h for h, _ in found(RU_FERRY, bad, "ru", "en", "D002")] == ["9 minutes"]


def test_russian_hours_kept_is_clean():
    assert found(RU_FERRY, EN_FERRY_OK, "ru", "en", "D002") == []


def test_russian_years_as_months():
    src = "Мост через залив строили 7 лет."
    assert found(src, "The bridge across the bay took 7 years to build.", "ru", "en", "D002") == []
    assert [h for h, _ in found(src, "The bridge across the bay took 7 months to build.", "ru", "en", "D002")] \
        == ["7 months"]


def test_ukrainian_minutes_as_seconds():
    src = "Зарядка батареї триває 25 хвилин."
    assert found(src, "Charging the battery takes 25 minutes.", "uk", "en", "D002") == []
    assert [h for h, _ in found(src, "Charging the battery takes 25 seconds.", "uk", "en", "D002")] \
        == ["25 seconds"]


def test_russian_clock_hour_is_clean():
    src = "Музей открывается в 10 часов утра."
    assert found(src, "The museum opens at 10 a.m.", "ru", "en", "D002") == []


# -- D002: Marathi endings glued to the unit -----------------------------------------------------
MR_SEEDS = "बियाण्यांच्या किमती प्रति पोते सुमारे ६५ डॉलरने वाढल्या."
EN_SEEDS_OK = "Seed prices rose by about $65 a sack."


def test_marathi_dollars_with_ending_as_euros():
    bad = "Seed prices rose by about €65 a sack."
    assert [h for h, _ in found(MR_SEEDS, bad, "mr", "en", "D002")] == ["€65"]


def test_marathi_dollars_with_ending_kept_is_clean():
    assert found(MR_SEEDS, EN_SEEDS_OK, "mr", "en", "D002") == []


# -- D002: the are ---------------------------------------------------------------------------------
FR_ORCHARD = "Le verger municipal de Dole couvre 45 ares depuis sa replantation."


def test_ares_as_hectares():
    bad = "Der städtische Obstgarten von Dole umfasst seit der Neupflanzung 45 Hektar."
    assert [h for h, _ in found(FR_ORCHARD, bad, "fr", "de", "D002")] == ["45 Hektar"]


def test_ares_kept_is_clean():
    ok = "Der städtische Obstgarten von Dole umfasst seit der Neupflanzung 45 Ar."
    assert found(FR_ORCHARD, ok, "fr", "de", "D002") == []


# -- D002: a dimension word alone ------------------------------------------------------------------
def test_length_against_its_cube_is_clean():
    src = "Bagger haben im Hafen von Husum 12.000 Meter Schlick entfernt."
    tgt = "Dredgers removed 12,000 cubic metres of mud from the harbour at Husum."
    assert found(src, tgt, "de", "en", "D002") == []


def test_albanian_cubic_metres_are_read():
    src = "Rezervuari i ri në Korçë mban 8.500 metra kub ujë."
    assert found(src, "The new reservoir in Korçë holds 8,500 cubic metres of water.", "sq", "en", "D002") == []
    assert [h for h, _ in found(src, "The new reservoir in Korçë holds 8,500 cubic feet of water.",
                                "sq", "en", "D002")] == ["8,500 cubic feet"]


def test_length_against_another_length_still_flagged():
    src = "Bagger haben im Hafen von Husum einen 700 Meter langen Damm gebaut."
    tgt = "Dredgers built a 700-foot dam in the harbour at Husum."
    assert [h for h, _ in found(src, tgt, "de", "en", "D002")] == ["700-foot"]


# -- D003: Icelandic months --------------------------------------------------------------------------
IS_FESTIVAL = "Tónlistarhátíðin á Ísafirði verður haldin í júlí og miðasala hefst í apríl."


def test_icelandic_month_changed():
    bad = "The music festival in Ísafjörður will be held in July, and ticket sales open in June."
    assert [h for h, _ in found(IS_FESTIVAL, bad, "is", "en", "D003")] == ["June"]


def test_icelandic_months_kept_are_clean():
    ok = "The music festival in Ísafjörður will be held in July, and ticket sales open in April."
    assert found(IS_FESTIVAL, ok, "is", "en", "D003") == []


def test_icelandic_weekday_changed():
    src = "Fundurinn fer fram á fimmtudaginn í ráðhúsinu."
    assert found(src, "The meeting takes place on Thursday at the town hall.", "is", "en", "D003") == []
    assert [h for h, _ in found(src, "The meeting takes place on Tuesday at the town hall.", "is", "en", "D003")] \
        == ["Tuesday"]


# -- D003: Marathi months with endings glued on --------------------------------------------------------
MR_CANAL = "कालव्याचे काम ऑक्टोबरपासून सुरू होईल आणि डिसेंबरपर्यंत पूर्ण होईल."


def test_marathi_month_with_ending_changed():
    bad = "Work on the canal will start in October and be finished by November."
    assert [h for h, _ in found(MR_CANAL, bad, "mr", "en", "D003")] == ["November"]


def test_marathi_months_with_endings_kept_are_clean():
    ok = "Work on the canal will start in October and be finished by December."
    assert found(MR_CANAL, ok, "mr", "en", "D003") == []


def test_marathi_word_that_starts_like_may_is_no_month():
    # मेळावा (a fair) starts with the letters of मे (May): no month of the source
    src = "गावातील मेळावा रविवारी भरणार आहे."
    assert found(src, "The village fair will be held on Sunday.", "mr", "en", "D003") == []
    assert [h for h, _ in found(src, "The village fair will be held on Saturday.", "mr", "en", "D003")] \
        == ["Saturday"]


# -- D003: Thai months inside a run of letters -----------------------------------------------------------
TH_RACE = "การแข่งขันเรือยาวจะจัดขึ้นในเดือนตุลาคมที่จังหวัดน่าน"


def test_thai_month_changed():
    bad = "The longboat race will be held in September in Nan province."
    assert [h for h, _ in found(TH_RACE, bad, "th", "en", "D003")] == ["September"]


def test_thai_month_kept_is_clean():
    ok = "The longboat race will be held in October in Nan province."
    assert found(TH_RACE, ok, "th", "en", "D003") == []


def test_thai_abbreviated_month_next_to_a_day():
    src = "ร้านค้าปิดปรับปรุงถึงวันที่ 9 ส.ค. นี้"
    assert found(src, "The shop is closed for renovation until 9 August.", "th", "en", "D003") == []
    assert [h for h, _ in found(src, "The shop is closed for renovation until 9 July.", "th", "en", "D003")] \
        == ["July"]


# -- D003: a capitalised month opening a sentence, with its day ------------------------------------------
LT_BRIDGE = "Kovo 3 d. Kauno savivaldybė atidarė naują pėsčiųjų tiltą."


def test_capitalised_month_at_sentence_start_changed():
    bad = "On 3 May Kaunas municipality opened a new footbridge."
    assert [h for h, _ in found(LT_BRIDGE, bad, "lt", "en", "D003")] == ["May"]


def test_capitalised_month_at_sentence_start_kept_is_clean():
    ok = "On 3 March Kaunas municipality opened a new footbridge."
    assert found(LT_BRIDGE, ok, "lt", "en", "D003") == []


def test_capitalised_month_word_without_a_figure_is_no_date():
    # French "Mars" opening a sentence with no day after it: the planet, not March
    src = "Mars sera visible à l'œil nu toute la semaine."
    assert found(src, "Mars will be visible to the naked eye all week, until April.", "fr", "en", "D003") == []


# -- D003: Chinese, Japanese and Korean seasons -----------------------------------------------------------
ZH_RAIL = "这条城际铁路预计于今年秋季开通运营。"


def test_chinese_season_changed():
    bad = "The intercity railway is expected to open this winter."
    assert [h for h, _ in found(ZH_RAIL, bad, "zh", "en", "D003")] == ["winter"]


def test_chinese_season_kept_is_clean():
    ok = "The intercity railway is expected to open this autumn."
    assert found(ZH_RAIL, ok, "zh", "en", "D003") == []


def test_chinese_new_year_festival_is_no_season():
    src = "春节期间，这座博物馆每天延长开放两小时。"
    tgt = "During the Lunar New Year holiday the museum stays open two hours longer each day, as it does every summer."
    assert found(src, tgt, "zh", "en", "D003") == []


def test_japanese_season_changed():
    src = "新しい図書館は来春に開館する予定だ。"
    assert found(src, "The new library is due to open next spring.", "ja", "en", "D003") == []
    assert [h for h, _ in found(src, "The new library is due to open next summer.", "ja", "en", "D003")] \
        == ["summer"]


def test_korean_season_with_particle_changed():
    src = "새 수영장은 내년 여름에 문을 열 예정이다."
    assert found(src, "The new swimming pool is due to open next summer.", "ko", "en", "D003") == []
    assert [h for h, _ in found(src, "The new swimming pool is due to open next spring.", "ko", "en", "D003")] \
        == ["spring"]


def test_cyrillic_word_for_years_or_hours_is_clean():
    # Bulgarian "години" is years, Ukrainian "години" hours: either reading keeps the quantity
    src = "Реставрацията на манастира край Шипка отне девет години."
    assert found(src, "Restoring the monastery near Shipka took nine years.", "bg", "en", "D002") == []
    assert [h for h, _ in found(src, "Restoring the monastery near Shipka took nine minutes.", "bg", "en", "D002")] \
        == ["nine minutes"]
