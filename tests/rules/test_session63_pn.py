"""Session 63 (helper pn): negation (P001) and direction (P003) misses and false alarms of
batches 38 and 39 (s73, s74), each on examples of its own.

1. P003: a negative verb right before a bound word and its "than" ("lost more than half",
   "ha perdut més de la meitat") governs the amount and does not negate the "more".
2. P003: a superlative in the source has no "than": the "que"/"che" after the translation's
   "el més petit", "il più piccolo" opens a relative clause, not an inverted comparison;
   Catalan, Spanish, Italian and Portuguese "més/más/più/mais gran(de)" | "petit/pequeño/
   piccolo/pequeno" are strong words of size.
3. P003, Thai: สูงสุด | ต่ำสุด (highest | lowest).
4. P003, German: "über | unter dem Durchschnitt", "überdurchschnittlich"; a cross flip of
   height and position reads a comparison said with a preposition ("inférieure à la
   moyenne"), and the translation's other, weak words of its pole do not stop it.
5. P003: a vote tally ("med 17 stemmer mod 14", by 17 votes to 14) casts no vote against.
6. P003, English: "having earlier pleaded" tells the order "after pleading" tells.
7. P003 lexicons: French "accroître", "rehausser", Icelandic "minnki", Chinese 缩短 | 延长.
8. P001: a side whose only negative words are "without" or "unless" words renders the other
   side's "without" or "if not", not the negator of its clause.
"""
from __future__ import annotations

from mtcheck import check_pair


def pair(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f"{f.severity.label}:{f.text}:{f.message}" for f in check_pair(src, tgt, sl, tl)
            if f.code == code and not f.suppressed]


# 1. a negative verb before a bound and its "than"

def test_lost_more_than_half_ca_es():
    assert pair("El club ha perdut més de la meitat dels socis en deu anys.",
                "El club ha perdido menos de la mitad de los socios en diez años.", "ca", "es", "P003")
    assert not pair("El club ha perdut més de la meitat dels socis en deu anys.",
                    "El club ha perdido más de la mitad de los socios en diez años.", "ca", "es", "P003")


def test_lost_more_than_half_ca_fr():
    assert pair("El club ha perdut més de la meitat dels socis en deu anys.",
                "Le club a perdu moins de la moitié de ses membres en dix ans.", "ca", "fr", "P003")
    assert not pair("El club ha perdut més de la meitat dels socis en deu anys.",
                    "Le club a perdu plus de la moitié de ses membres en dix ans.", "ca", "fr", "P003")
    # a negator before the bound still negates it
    assert not pair("El club no ha perdut més de la meitat dels socis.",
                    "Le club a perdu moins de la moitié de ses membres.", "ca", "fr", "P003")


# 2. a superlative against "el més petit … que"

def test_superlative_against_relative_que_en_ca():
    assert pair("It is the biggest bridge the region has ever built.",
                "És el pont més petit que la regió ha construït mai.", "en", "ca", "P003")
    assert not pair("It is the biggest bridge the region has ever built.",
                    "És el pont més gran que la regió ha construït mai.", "en", "ca", "P003")


def test_superlative_against_relative_que_en_es():
    assert pair("It is the largest park the city has ever opened.",
                "Es el parque más pequeño que la ciudad ha abierto nunca.", "en", "es", "P003")
    assert not pair("It is the largest park the city has ever opened.",
                    "Es el parque más grande que la ciudad ha abierto nunca.", "en", "es", "P003")


def test_comparison_swapped_stays_silent():
    # a comparative, not a superlative: "A bigger than B" may be "B smaller than A"
    assert not pair("The new hall is bigger than the old gym.",
                    "El gimnàs vell és més petit que la sala nova.", "en", "ca", "P003")


# 3. Thai highest | lowest

def test_th_highest_lowest():
    assert pair("ราคาข้าวเปลือกเดือนนี้เป็นราคาสูงสุดในรอบ 5 ปี",
                "The paddy price this month was the lowest in five years.", "th", "en", "P003")
    assert not pair("ราคาข้าวเปลือกเดือนนี้เป็นราคาสูงสุดในรอบ 5 ปี",
                    "The paddy price this month was the highest in five years.", "th", "en", "P003")


# 4. German above | below average, and a cross flip with a preposition

def test_de_above_below_average():
    assert pair("Wages in the region remain below the national average.",
                "Die Löhne in der Region liegen weiterhin über dem Durchschnitt des Landes.", "en", "de", "P003")
    assert not pair("Wages in the region remain below the national average.",
                    "Die Löhne in der Region liegen weiterhin unter dem Durchschnitt des Landes.", "en", "de", "P003")


def test_fr_de_lower_than_average_cross():
    assert pair("Les éleveurs s'inquiètent d'une production de lait nettement inférieure à la moyenne.",
                "Die Bauern sorgen sich über eine Milchproduktion, die deutlich über dem Durchschnitt liegt.",
                "fr", "de", "P003")
    assert not pair("Les éleveurs s'inquiètent d'une production de lait nettement inférieure à la moyenne.",
                    "Die Bauern sorgen sich über eine Milchproduktion, die deutlich unter dem Durchschnitt liegt.",
                    "fr", "de", "P003")


def test_es_de_above_average_cross():
    assert pair("La cosecha de uva ha sido claramente superior a la media.",
                "Die Traubenernte lag deutlich unter dem Durchschnitt.", "es", "de", "P003")
    assert not pair("La cosecha de uva ha sido claramente superior a la media.",
                    "Die Traubenernte lag deutlich über dem Durchschnitt.", "es", "de", "P003")


# 5. a vote tally

def test_vote_tally_da_nb():
    assert not pair("Budgettet blev vedtaget med 21 stemmer mod 10.",
                    "The budget was adopted by 21 votes to 10.", "da", "en", "P003")
    assert not pair("Budsjettet ble vedtatt med 21 stemmer mot 10.",
                    "The budget was adopted by 21 votes to 10.", "nb", "en", "P003")
    # the verb still casts a vote
    assert pair("Partiet stemmer mod budgettet.",
                "The party voted in favour of the budget.", "da", "en", "P003")


# 6. "having earlier pleaded"

def test_having_earlier_against_after():
    assert not pair("The driver was fined on Monday, having earlier admitted the offence.",
                    "O condutor foi multado na segunda-feira, depois de ter admitido a infração.", "en", "pt", "P003")
    assert not pair("The driver was fined on Monday, having earlier admitted the offence.",
                    "El conductor fue multado el lunes, después de haber admitido la infracción.", "en", "es", "P003")
    assert pair("The driver admitted the offence earlier.",
                "O condutor admitiu a infração depois.", "en", "pt", "P003")


# 7. lexicon entries

def test_fr_accroitre():
    assert pair("The new barrier should greatly reduce leaks under the dam.",
                "La nouvelle barrière devrait accroître fortement les fuites sous le barrage.", "en", "fr", "P003")
    assert not pair("The new barrier should greatly increase the flow under the dam.",
                    "La nouvelle barrière devrait accroître fortement le débit sous le barrage.", "en", "fr", "P003")


def test_fr_rehausser_with_a_fall_in_the_source():
    # a rise and a fall in the source: as many words of change, all of the rise, is a flip
    assert pair("Die Stadt erhöhte den Deich um einen Meter, was die Überschwemmungen deutlich verringern soll.",
                "La ville a rehaussé la digue d'un mètre, ce qui devrait accroître nettement les inondations.",
                "de", "fr", "P003")
    assert not pair("Die Stadt erhöhte den Deich um einen Meter, was die Überschwemmungen deutlich verringern soll.",
                    "La ville a rehaussé la digue d'un mètre, ce qui devrait réduire nettement les inondations.",
                    "de", "fr", "P003")


def test_is_minnki():
    assert pair("Gert er ráð fyrir að kostnaður minnki um 20 prósent.",
                "Costs are expected to rise by 20 per cent.", "is", "en", "P003")
    assert not pair("Gert er ráð fyrir að kostnaður minnki um 20 prósent.",
                    "Costs are expected to fall by 20 per cent.", "is", "en", "P003")


def test_zh_shorten():
    assert pair("新线路开通后，通勤时间比原来缩短20分钟。",
                "After the new line opens, the commute will be 20 minutes longer than before.", "zh", "en", "P003")
    assert not pair("新线路开通后，通勤时间比原来缩短20分钟。",
                    "After the new line opens, the commute will be 20 minutes shorter than before.", "zh", "en", "P003")


# 8. "without" / "unless" against a clause negator as well

def test_unless_renders_if_not_tl_en():
    assert pair("Hindi makapagbubukas ang paaralan sa Hunyo kung hindi maaayos ang bubong.",
                "The school will be able to open in June unless the roof is repaired.", "tl", "en", "P001")
    assert not pair("Hindi makapagbubukas ang paaralan sa Hunyo kung hindi maaayos ang bubong.",
                    "The school will not be able to open in June unless the roof is repaired.", "tl", "en", "P001")


def test_unless_renders_if_not_de_en():
    assert pair("Die Brücke kann nicht öffnen, wenn die Prüfung nicht abgeschlossen ist.",
                "The bridge can open unless the inspection is finished.", "de", "en", "P001")
    # the "if not" alone is the "unless"
    assert not pair("Wenn die Prüfung nicht abgeschlossen ist, bleibt die Brücke zu.",
                    "Unless the inspection is finished, the bridge stays shut.", "de", "en", "P001")


def test_without_glued_ta_en():
    assert pair("மின்சாரம் தடையின்றி வழங்க முடியும் என்று அதிகாரிகள் தெரிவித்தனர்.",
                "Officials said electricity cannot be supplied without interruption.", "ta", "en", "P001")
    assert not pair("மின்சாரம் தடையின்றி வழங்க முடியும் என்று அதிகாரிகள் தெரிவித்தனர்.",
                    "Officials said electricity can be supplied without interruption.", "ta", "en", "P001")
