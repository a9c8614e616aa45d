"""Session 62 (helper pn): negation (P001) and direction (P003) misses and false alarms of
batches 36 and 37 (s71, s72), each on examples of its own.

1. P001, Slovak and Czech: "zákazka" / "zakázka" (an order, a public contract) and
   "zákazník" (a customer) are no words of "ban": the lexicon lists "zákaz" and "zakázat"
   by their forms, so a dropped negator next to such a noun is read.
2. P001, Korean: more endings of 않다 / 없다 after "-지" (않게, 않기, 않거나, 않더라도 …) negate.
3. P003: a concept of luck (lucky, fortunately | unlucky, unfortunately) in en, de, fr, es,
   it, pt, ja, ko, zh.
4. P003, Hebrew: "גידול" is growth and the growing of a crop: a weak word of change.
5. P003, Italian: an article between a bound and its figure ("sotto i 7 milioni").
6. P003, Swahili: a direction lexicon (change, more).
7. P003, Korean: 늘다 / 줄다 before "-지만" (but), "-면서" (while), "-지 않다" are words of
   change (늘지만, 줄면서).
8. P003, German and Latvian: before or after the start or the end of something ("vor Beginn",
   "pirms … sākuma") is strong though "vor", "pirms" alone are weak.
"""
from __future__ import annotations

import mtcheck
from mtcheck import check_pair
from mtcheck.rules.sentence import negative_words


def pair(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f"{f.severity.label}:{f.text}:{f.message}" for f in check_pair(src, tgt, sl, tl)
            if f.code == code and not f.suppressed]


def doc(tmp_path, src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [f"{f.severity.label}:{f.text}:{f.message}" for f in rep.findings
            if f.code == code and not f.suppressed]


# 1. Slovak / Czech "zákazka", "zakázka", "zákazník"

def test_sk_contract_noun_is_no_ban():
    assert "zákazky" not in negative_words("Mesto nebude vypisovať nové zákazky.", "sk")
    assert "zákazníkov" not in negative_words("Obchod nemá veľa zákazníkov.", "sk")
    assert "zákaz" in negative_words("Platí zákaz vstupu do lesa.", "sk")


def test_cs_contract_noun_is_no_ban():
    assert "zakázky" not in negative_words("Radnice nebude vypisovat nové zakázky.", "cs")
    assert "zákazníků" not in negative_words("Obchod nemá mnoho zákazníků.", "cs")
    assert "zakázal" in negative_words("Soud zakázal stavbu.", "cs")
    assert "zákazu" in negative_words("Podle zákazu se nesmí kouřit.", "cs")


def test_sk_dropped_negator_next_to_contract_noun():
    assert pair("Mesto sa dva roky nebude môcť uchádzať o štátne zákazky.",
                "The town will be able to bid for state contracts for two years.", "sk", "en", "P001")
    assert not pair("Mesto sa dva roky nebude môcť uchádzať o štátne zákazky.",
                    "The town will not be able to bid for state contracts for two years.", "sk", "en", "P001")


def test_cs_dropped_negator_next_to_contract_noun():
    assert pair("Firma se tři roky nebude moci ucházet o veřejné zakázky.",
                "Die Firma darf sich drei Jahre lang um öffentliche Aufträge bewerben.", "cs", "de", "P001")


# 2. Korean endings of 않다

def test_ko_negated_adverbial_ending_added():
    assert pair("The samples will be checked every month.",
                "시료는 매달 점검을 받지 않게 된다.", "en", "ko", "P001")
    assert not pair("The samples will be checked every month.",
                    "시료는 매달 점검을 받게 된다.", "en", "ko", "P001")


def test_ko_negated_adverbial_ending_dropped():
    assert pair("학생들이 늦게까지 남지 않게 하겠다고 밝혔다.",
                "He said they would make the students stay late.", "ko", "en", "P001")
    assert not pair("학생들이 늦게까지 남지 않게 하겠다고 밝혔다.",
                    "He said they would make sure the students do not stay late.", "ko", "en", "P001")


# 3. luck

def test_luck_flipped_en_ja():
    assert pair("\"We were lucky,\" she said.", "「私たちは運が悪かった」と彼女は言った。", "en", "ja", "P003")
    assert not pair("\"We were lucky,\" she said.", "「私たちは運が良かった」と彼女は言った。", "en", "ja", "P003")


def test_luck_flipped_de_en_fr_es():
    assert pair("Leider wurde niemand rechtzeitig informiert.",
                "Fortunately, nobody was informed in time.", "de", "en", "P003")
    assert not pair("Leider wurde niemand rechtzeitig informiert.",
                    "Unfortunately, nobody was informed in time.", "de", "en", "P003")
    assert pair("Heureusement, le pont était fermé ce jour-là.",
                "Desafortunadamente, el puente estaba cerrado ese día.", "fr", "es", "P003")
    assert not pair("Heureusement, le pont était fermé ce jour-là.",
                    "Afortunadamente, el puente estaba cerrado ese día.", "fr", "es", "P003")


# 4. Hebrew "גידול" (growing a crop)

def test_he_crop_growing_is_weak_change():
    assert not pair("החקלאים מצמצמים את גידול העגבניות בשנה הבאה.",
                    "Les agriculteurs réduisent la culture des tomates l'an prochain.", "he", "fr", "P003")
    assert not pair("החקלאים מצמצמים את גידול העגבניות בשנה הבאה.",
                    "The farmers are cutting back tomato growing next year.", "he", "en", "P003")
    # a strong word of rise still flips
    assert pair("המחירים עלו ב-5% בשנה שעברה.", "Les prix ont baissé de 5 % l'an dernier.", "he", "fr", "P003")


# 5. Italian article between a bound and its figure

def test_it_bound_with_article():
    assert pair("Sales exceeded 40,000 units last year.",
                "L'anno scorso le vendite sono rimaste sotto le 40.000 unità.", "en", "it", "P003")
    assert not pair("Sales stayed below 40,000 units last year.",
                    "L'anno scorso le vendite sono rimaste sotto le 40.000 unità.", "en", "it", "P003")
    assert not pair("Sales exceeded 40,000 units last year.",
                    "L'anno scorso le vendite hanno superato le 40.000 unità.", "en", "it", "P003")


# 6. Swahili

def test_sw_change():
    assert pair("Bei ya mahindi imeongezeka kwa asilimia 12 mwaka huu.",
                "Maize prices fell by 12 per cent this year.", "sw", "en", "P003")
    assert not pair("Bei ya mahindi imeongezeka kwa asilimia 12 mwaka huu.",
                    "Maize prices rose by 12 per cent this year.", "sw", "en", "P003")
    assert pair("Idadi ya watalii ilipungua mwaka jana.", "Le nombre de touristes a augmenté l'an dernier.",
                "sw", "fr", "P003")
    # "aliongeza kuwa" is "he added that": no rise
    assert not pair("Waziri aliongeza kuwa bei zitashuka.", "The minister added that prices would fall.",
                    "sw", "en", "P003")


def test_sw_less_by_figure():
    src = "Wakulima walipata bonasi ya Sh20, ambayo ni pungufu kwa asilimia 15 ikilinganishwa na mwaka jana."
    assert pair(src, "Farmers received a bonus of Sh20, 15 per cent more than last year.", "sw", "en", "P003")
    assert not pair(src, "Farmers received a bonus of Sh20, 15 per cent less than last year.", "sw", "en", "P003")


# 7. Korean 늘다 / 줄다 before "-지만", "-면서"

def test_ko_change_before_but_ko_en():
    src = "그는 \"요금은 조금 늘지만 대기 시간은 줄어든다\"고 말했다."
    assert pair(src, "\"Fares will fall slightly, but waiting times will fall,\" he said.", "ko", "en", "P003")
    assert not pair(src, "\"Fares will rise slightly, but waiting times will fall,\" he said.", "ko", "en", "P003")


def test_ko_change_before_while_ko_de():
    src = "수출이 크게 줄면서 무역 적자가 커졌다."
    assert pair(src, "Da die Exporte stark stiegen, wuchs das Handelsdefizit.", "ko", "de", "P003")
    assert not pair(src, "Da die Exporte stark sanken, wuchs das Handelsdefizit.", "ko", "de", "P003")


# 8. before / after the start or the end of something (German, Latvian)

def test_before_start_flipped_lv_de():
    src = "Remontu plāno pabeigt līdz 15. maijam, pirms tūrisma sezonas sākuma."
    assert pair(src, "Die Sanierung soll bis zum 15. Mai, nach Beginn der Tourismussaison, fertig sein.",
                "lv", "de", "P003")
    assert not pair(src, "Die Sanierung soll bis zum 15. Mai, vor Beginn der Tourismussaison, fertig sein.",
                    "lv", "de", "P003")


def test_before_start_flipped_en_de_lv_en():
    assert pair("The road will be closed before the start of the school year.",
                "Die Straße wird nach Beginn des Schuljahres gesperrt.", "en", "de", "P003")
    assert not pair("The road will be closed before the start of the school year.",
                    "Die Straße wird vor Beginn des Schuljahres gesperrt.", "en", "de", "P003")
    assert pair("Ceļu slēgs pēc mācību gada sākuma.", "The road will be closed before the school year starts.",
                "lv", "en", "P003")
    # "vor" alone stays weak: "vor drei Jahren" (three years ago)
    assert not pair("Der Bau begann vor drei Jahren.", "Construction began three years later.", "de", "en", "P003")

