"""Session 61 (helper po): polarity classes from batches 34 and 35.

P001: a `bound` word that ends a phrase of "at least" / "at most" ("au moins 100", "al menos
100", "pelo menos 100", "al più 100") is that phrase's, no comparative bound of its own: it is
not the opposite of a negated bound ("не менее 100", "no less than 100").
P003: a figure bounded by a word of position on one side and by a word of more/less on the
other ("over 200" ~ "weniger als 200", Romanian "peste 200" ~ "less than 200"); Russian
"более", "менее", "свыше" with a figure right after them; Russian and Ukrainian "непросто",
"нелегко" (hard); Korean 내린다 / 내릴 after a figure (falls by it); free of charge | paid for;
a superlative of more in Chinese, Japanese and Korean (最多, 최다: a rank, no change).
"""
import pytest

import mtcheck


def _codes(src, tgt, sl, tl, code):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# --- P001: "at least" is no "less" ------------------------------------------------------
@pytest.mark.parametrize("src,sl,tgt,tl", [
    ("Срок службы моста составит не менее 100 лет.", "ru", "La vida útil del puente será de al menos 100 años.", "es"),
    ("Срок службы моста составит не менее 100 лет.", "ru", "A vida útil da ponte será de pelo menos 100 anos.", "pt"),
    ("Срок службы моста составит не менее 100 лет.", "ru", "La durée de vie du pont sera d’au moins 100 ans.", "fr"),
    ("The bridge will last no less than 100 years.", "en", "Le pont durera au moins 100 ans.", "fr"),
    ("Die Brücke hält nicht weniger als 100 Jahre.", "de", "El puente durará por lo menos 100 años.", "es"),
    ("Il tunnel costerà non più di 40 milioni.", "it", "Le tunnel coûtera au plus 40 millions.", "fr"),
])
def test_at_least_phrase_is_no_opposite_bound(src, sl, tgt, tl):
    assert not _codes(src, tgt, sl, tl, "P001")


@pytest.mark.parametrize("src,sl,tgt,tl", [
    # a plain comparative bound against the negated one is still the opposite bound
    ("Срок службы моста составит не более 100 лет.", "ru", "La durée de vie du pont sera de plus de 100 ans.", "fr"),
    ("Die Brücke hält nicht mehr als 100 Jahre.", "de", "El puente durará más de 100 años.", "es"),
])
def test_plain_bound_against_negated_bound_still_flagged(src, sl, tgt, tl):
    assert _codes(src, tgt, sl, tl, "P001")


def test_reduplicated_bound_still_read():
    # Hindi "कम से कम" (at least) ends a phrase of the lexicon too, but is read as a negated bound
    assert _codes("किसानों को कम से कम 2,500 रुपये प्रति क्विंटल मिलने चाहिए।",
                  "Farmers should get less than Rs 2,500 a quintal.", "hi", "en", "P001")


# --- P003: a bound on one figure, by position and by more/less ----------------------------
@pytest.mark.parametrize("src,sl,tgt,tl", [
    ("Acum pacienții trebuie să meargă peste 150 de kilometri.", "ro", "Jetzt müssen die Patienten weniger als 150 Kilometer fahren.", "de"),
    ("Acum pacienții trebuie să meargă peste 150 de kilometri.", "ro", "Patients now have to travel less than 150 kilometres.", "en"),
    ("The ferry carries over 300 passengers.", "en", "Die Fähre befördert weniger als 300 Passagiere.", "de"),
    ("Die Fähre befördert über 300 Passagiere.", "de", "The ferry carries fewer than 300 passengers.", "en"),
    ("The ferry carries more than 300 passengers.", "en", "Die Fähre befördert unter 300 Passagiere.", "de"),
    ("Паром перевозит более 300 пассажиров.", "ru", "The ferry carries fewer than 300 passengers.", "en"),
    ("Паром перевозит свыше 300 пассажиров.", "ru", "The ferry carries fewer than 300 passengers.", "en"),
])
def test_bound_by_position_against_bound_by_more_is_flagged(src, sl, tgt, tl):
    assert _codes(src, tgt, sl, tl, "P003")


@pytest.mark.parametrize("src,sl,tgt,tl", [
    ("Acum pacienții trebuie să meargă peste 150 de kilometri.", "ro", "Jetzt müssen die Patienten mehr als 150 Kilometer fahren.", "de"),
    ("The ferry carries over 300 passengers.", "en", "Die Fähre befördert mehr als 300 Passagiere.", "de"),
    ("Паром перевозит более 300 пассажиров.", "ru", "The ferry carries over 300 passengers.", "en"),
    # different figures: two bounds, no flip
    ("The ferry carries over 300 passengers in 12 cabins.", "en", "Die Fähre befördert 300 Passagiere in weniger als 12 Kabinen.", "de"),
    # "peste" with no figure (across, in a time) places nothing
    ("Peste drum se află o școală cu mai puțin de 200 de elevi.", "ro", "Across the road is a school with fewer than 200 pupils.", "en"),
    # a comparative of "более" with no figure
    ("Это решение более важно, чем 200 других.", "ru", "Diese Entscheidung ist weniger wichtig als 200 andere.", "de"),
])
def test_same_bound_or_other_figure_is_no_flip(src, sl, tgt, tl):
    assert not _codes(src, tgt, sl, tl, "P003")


# --- P003: "непросто", "нелегко" (hard) ----------------------------------------------------
@pytest.mark.parametrize("src,sl,tgt,tl", [
    ("Найти хороших механиков в городе непросто, поэтому завод учит их сам.", "ru",
     "Good mechanics are easy to find in the town, so the plant trains its own.", "en"),
    ("Знайти житло в місті нелегко.", "uk", "Finding housing in the city is easy.", "en"),
    ("Это было нелегкое решение.", "ru", "C'était une décision facile.", "fr"),
])
def test_not_simple_against_easy_is_flagged(src, sl, tgt, tl):
    assert _codes(src, tgt, sl, tl, "P003")


@pytest.mark.parametrize("src,sl,tgt,tl", [
    ("Найти хороших механиков в городе непросто.", "ru", "Good mechanics are hard to find in the town.", "en"),
    ("Найти хороших механиков в городе непросто.", "ru", "Finding good mechanics in the town is not easy.", "en"),
    ("Знайти житло в місті нелегко.", "uk", "Finding housing in the city is difficult.", "en"),
])
def test_not_simple_rendered_hard_is_no_flip(src, sl, tgt, tl):
    assert not _codes(src, tgt, sl, tl, "P003")


# --- P003: Korean 내린다 / 내릴 after a figure ---------------------------------------------------
@pytest.mark.parametrize("src,tgt", [
    ("The monthly fee will rise by about $12 next year.", "내년 월 이용료는 약 12달러 내린다."),
    ("The fare will rise by 200 won next month.", "다음 달 요금은 200원 내릴 예정이다."),
])
def test_korean_fall_after_figure_is_flagged(src, tgt):
    assert _codes(src, tgt, "en", "ko", "P003")


@pytest.mark.parametrize("src,tgt", [
    ("The fare will fall by 200 won next month.", "다음 달 요금은 200원 내릴 예정이다."),
    # 내린다 without a figure: rain falls, a decision is made
    ("Heavy rain will fall in the south tomorrow as temperatures rise.", "내일 기온이 오르며 남부에 많은 비가 내린다."),
    ("Prices will rise, and the board will decide on 20 March.", "가격이 오르고, 이사회는 3월 20일 결론을 내린다."),
])
def test_korean_fall_word_elsewhere_is_no_flip(src, tgt):
    assert not _codes(src, tgt, "en", "ko", "P003")


# --- P003: free of charge | paid for -----------------------------------------------------
@pytest.mark.parametrize("src,sl,tgt,tl", [
    ("नए केंद्र में मरीजों का इलाज निःशुल्क किया जाएगा।", "hi", "Im neuen Zentrum werden Patienten kostenpflichtig behandelt.", "de"),
    ("Der Eintritt ins Museum ist für Kinder kostenlos.", "de", "Entry to the museum is chargeable for children.", "en"),
    ("Parking at the station will be free of charge from Monday.", "en", "Le stationnement à la gare sera payant à partir de lundi.", "fr"),
    ("Проезд в автобусах для пенсионеров останется бесплатным.", "ru", "Bus travel for pensioners will remain fee-paying.", "en"),
    ("La entrada al museo será gratuita los domingos.", "es", "L'ingresso al museo sarà a pagamento la domenica.", "it"),
    ("入館料は無料です。", "ja", "Admission to the hall is charged for a fee.", "en"),
])
def test_free_rendered_paid_is_flagged(src, sl, tgt, tl):
    assert _codes(src, tgt, sl, tl, "P003")


@pytest.mark.parametrize("src,sl,tgt,tl", [
    ("नए केंद्र में मरीजों का इलाज निःशुल्क किया जाएगा।", "hi", "Im neuen Zentrum werden Patienten kostenlos behandelt.", "de"),
    ("Parking at the station will be free of charge from Monday.", "en", "Le stationnement à la gare sera gratuit à partir de lundi.", "fr"),
    # both in the source: no flip
    ("Le stationnement reste gratuit pour les résidents, payant pour les visiteurs.", "fr",
     "Parking remains free for residents and paid for visitors.", "en"),
    # "en payant" is "by paying", no paid service
    ("You can park for free by showing your ticket.", "en", "Vous pouvez stationner gratuitement en payant votre billet à l'entrée.", "fr"),
])
def test_free_rendered_free_is_no_flip(src, sl, tgt, tl):
    assert not _codes(src, tgt, sl, tl, "P003")


# --- P003: a superlative of more is a rank ---------------------------------------------------
@pytest.mark.parametrize("src,sl,tgt", [
    ("7月の降水量は480ミリに達し、観測史上最多を記録した。", "ja",
     "In July, 480 millimetres of rain fell, the highest total since records began."),
    ("今年7月降水量达到480毫米，为有记录以来最多。", "zh", "In July 480 millimetres of rain fell, the most since records began."),
    ("7월 강수량은 480mm로 관측 이래 최다를 기록했다.", "ko", "In July 480 mm of rain fell, the most on record."),
])
def test_superlative_of_more_against_fell_is_no_flip(src, sl, tgt):
    assert not _codes(src, tgt, sl, "en", "P003")


def test_comparative_of_more_against_fell_still_flagged():
    assert _codes("来場者数は前年より多かった。", "Visitor numbers fell from the previous year.", "ja", "en", "P003")
