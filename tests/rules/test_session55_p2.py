"""Session 55 (p2): batch 23's negation and polarity misses and false alarms.

- P003: English "decline" also says "refuse" (a weak word of the reject pole: "if the
  ministry declines" against "si le ministère refuse"); "granted" (consent, permission was
  granted) is a word of the accept pole.
- P003: Korean 넓어지다 / 넓히다 (widen) and 좁아지다 / 좁히다 (narrow) are verbs of rise and fall.
- P003: the Hebrew future of the verbs of growing and shrinking (יגדל, יקטן, יצטמצם).
- P001: Bulgarian "ни" is also the clitic pronoun "us, our" ("екипажът ни"): a negator only
  before a word of "not a single" or with a second "ни" a few words on.
- P001: English "lost" right after an article ("the lost income") names a thing and says no
  negation of its clause.
- P001: a negative word of the affirmative side that stands only in a name (capitalised
  inside the sentence next to another capitalised word: "the Free Wifi scheme") says no
  negation.
- P001: a negated equative ("nicht so stark", "tidak separah": not as bad) against a side
  that says "less" is no flip.
"""
from __future__ import annotations

import pytest

import mtcheck


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


# --- P003: "decline" (refuse) and "granted" (approve) ------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("If the ministry declines, the club will ask its members for approval of a loan.",
     "Si le ministère refuse, le club demandera à ses membres l'autorisation d'un emprunt.", "en", "fr"),
    ("If the ministry declines, the club will ask its members for approval of a loan.",
     "Se il ministero rifiuta, il club chiederà ai soci l'autorizzazione per un prestito.", "en", "it"),
    ("Should the insurer decline, the family will seek approval for a public appeal.",
     "Om försäkringsbolaget avvisar det, kommer familjen att begära tillstånd för en insamling.", "en", "sv"),
])
def test_decline_as_refusal_is_no_flip(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P003") == []


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The planning officers recommended that the permit be granted.",
     "Planlama uzmanları iznin reddedilmesini tavsiye etti.", "en", "tr"),
    ("Officials said the licence was granted last week.",
     "Beamte sagten, die Lizenz sei letzte Woche abgelehnt worden.", "en", "de"),
])
def test_granted_rendered_refused_is_flipped(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P003")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The planning officers recommended that the permit be granted.",
     "Planlama uzmanları iznin verilmesini tavsiye etti.", "en", "tr"),
    ("Many residents take clean water for granted, but the council rejected the plan.",
     "Viele Einwohner halten sauberes Wasser für selbstverständlich, doch der Rat lehnte den Plan ab.",
     "en", "de"),
    ("The council approved the plan.", "Le conseil a rejeté le plan.", "en", "fr"),
])
def test_granted_precision(src, tgt, sl, tl):
    got = codes(src, tgt, sl, tl, "P003")
    # a real flip of another accept word still fires; a kept "granted" does not
    assert bool(got) == ("rejeté" in tgt)


# --- P003: Korean widen / narrow ---------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("새 장비 덕분에 관측 범위가 80%까지 넓어졌다.", "Dank der neuen Geräte sank der Beobachtungsbereich auf 80 %.",
     "ko", "de"),
    ("시는 지원 대상을 3만 가구로 넓힌다고 밝혔다.", "The city said it would reduce the number of eligible households to 30,000.",
     "ko", "en"),
    ("두 후보의 격차가 5%포인트로 좁아졌다.", "The gap between the two candidates grew to 5 percentage points.",
     "ko", "en"),
])
def test_korean_widen_narrow_flipped(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P003")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("새 장비 덕분에 관측 범위가 80%까지 넓어졌다.", "Dank der neuen Geräte stieg der Beobachtungsbereich auf 80 %.",
     "ko", "de"),
    ("시는 지원 대상을 3만 가구로 넓힌다고 밝혔다.", "The city said it would expand eligibility to 30,000 households.",
     "ko", "en"),
    ("공원이 넓어서 산책하기 좋다.", "The park is small, so it is nice for a walk.", "ko", "en"),
])
def test_korean_widen_precision(src, tgt, sl, tl):
    # the adjective 넓다 (wide; "넓어서", wide so …) states no change
    assert codes(src, tgt, sl, tl, "P003") == []


# --- P003: Hebrew future of grow / shrink -------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("לפי התוכנית, מספר התלמידים בבית הספר יגדל ל־600 עד 2030.",
     "Under the plan, the number of pupils at the school will shrink to 600 by 2030.", "he", "en"),
    ("לפי התחזית, מספר החנויות במרכז יקטן ל־40 בשנה הבאה.",
     "Selon les prévisions, le nombre de magasins du centre augmentera à 40 l'an prochain.", "he", "fr"),
])
def test_hebrew_future_flipped(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P003")


def test_hebrew_future_precision():
    assert codes("לפי התוכנית, מספר התלמידים בבית הספר יגדל ל־600 עד 2030.",
                 "Under the plan, the number of pupils at the school will grow to 600 by 2030.",
                 "he", "en", "P003") == []


# --- P001: Bulgarian clitic "ни" --------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The new hall means our team can train in winter.",
     "Новата зала означава, че отборът ни може да тренира през зимата.", "en", "bg"),
    ("Die Nachbarn haben uns gestern sehr geholfen.", "Съседите ни помогнаха много вчера.", "de", "bg"),
])
def test_bulgarian_clitic_pronoun_is_no_negator(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P001") == []


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Both the mayor and his deputy came to the meeting.", "Ни кметът, ни заместникът му дойдоха на срещата.",
     "en", "bg"),
    ("A single lorry arrived at the depot.", "Ни един камион пристигна в депото.", "en", "bg"),
])
def test_bulgarian_ni_still_negates(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P001")


# --- P001: "the lost X" ------------------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Korvaus ei kata tehtyä työtä eikä menetettyä tuloa.",
     "The compensation covers the work done and the lost income.", "fi", "en"),
    ("Die Entschädigung deckt den entgangenen Gewinn nicht.",
     "The compensation covers the lost profit.", "de", "en"),
])
def test_lost_after_article_does_not_say_the_negation(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P001")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Die Mannschaft hat das Spiel nicht gewonnen.", "The team lost the match.", "de", "en"),
    ("Korvaus ei kata tehtyä työtä eikä menetettyä tuloa.",
     "The compensation does not cover the work done or the lost income.", "fi", "en"),
])
def test_lost_precision(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P001") == []


# --- P001: a negative word inside a name -------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Dans le cadre du programme Wifi Gratuit, les usagers ne paient pas de frais.",
     "Under the Free Wifi scheme, users pay fees.", "fr", "en"),
    ("Under the Free Bus Pass scheme, pensioners pay no fares.",
     "Theo chương trình Xe buýt Miễn phí, người cao tuổi phải trả tiền vé.", "en", "vi"),
])
def test_negative_word_in_a_name_says_no_negation(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P001")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Die Nutzer zahlen keine Gebühren.", "Users can use the service free of charge.", "de", "en"),
    # a name with a negative word against a negator outside any name: the name is translated
    ("Die Länder, die nicht unterzeichnet haben, treffen sich.",
     "The Non-Signatory Countries meet.", "de", "en"),
    ("At the Non-Aligned Summit, leaders met.",
     "Beim Gipfel der nicht paktgebundenen Staaten trafen sich die Staatschefs.", "en", "de"),
    ("Under the Free Bus Pass scheme, pensioners pay no fares.",
     "Theo chương trình Xe buýt Miễn phí, người cao tuổi không phải trả tiền vé.", "en", "vi"),
])
def test_negative_word_name_precision(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P001") == []


# --- P001: a negated equative says "less" -------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Some boats will use the harbour in the next village, which was less seriously affected.",
     "Einige Boote werden den Hafen im Nachbardorf nutzen, der nicht so stark beschädigt wurde.", "en", "de"),
    ("Some boats will use the harbour in the next village, which was less seriously affected.",
     "Sebagian kapal akan menggunakan pelabuhan di desa sebelah, yang kerusakannya tidak separah itu.",
     "en", "id"),
])
def test_negated_equative_against_less_is_no_flip(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "P001") == []


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The harbour in the next village was badly damaged.",
     "Der Hafen im Nachbardorf wurde nicht so stark beschädigt.", "en", "de"),
    ("The harbour in the next village was badly damaged.",
     "Pelabuhan di desa sebelah tidak rusak parah.", "en", "id"),
])
def test_negated_equative_precision(src, tgt, sl, tl):
    # without a "less" on the other side the negation stays one
    assert codes(src, tgt, sl, tl, "P001")
