"""Session 53 (u1): units for D002 (written for mtcheck).

- Rain in litres per square metre is read as millimetres *and* as litres, so the same
  figure in plain litres on the other side (the square metre said further on, or left
  out) is no other unit; the reading allows the same few words between the unit and "per
  square metre" in every language, and Romanian, Polish, Czech, Slovak, Croatian and
  Russian say "per square metre" too.
- Portuguese feet (pé, pés), the metric quintal (Vietnamese tạ, Russian центнер, Polish
  kwintal, French quintaux), the Vietnamese yến (10 kg), cân (kg) and mẫu Anh (acre).
- Turkish -lık/-lik/-luk/-lük on a unit word (140 dönümlük, 50 kilometrelik) is that unit.
"""

import mtcheck


def d002(src, tgt, sl, tl):
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "D002"]


# -- rain: litres per square metre ~ litres ~ millimetres -----------------------------------

def test_rain_litres_with_words_between_ro_en():
    # failed before: the English read as rain (mm), the Romanian as plain litres
    assert d002("Ieri au căzut 65 de litri de ploaie pe metru pătrat în Suceava.",
                "Yesterday 65 litres of rain per square metre fell in Suceava.", "ro", "en") == []


def test_rain_litres_square_metre_said_further_on_de_en():
    # failed before: the German read as rain (mm), the English (four words between) as litres
    assert d002("In der Nacht fielen 35 Liter pro Quadratmeter.",
                "During the night 35 litres of rain fell on each square metre.", "de", "en") == []


def test_rain_litres_per_square_metre_as_mm_pl_cs_en():
    # failed before: Polish "na metr kwadratowy" was not read, so litres against mm
    assert d002("W ciągu doby spadło 45 litrów wody na metr kwadratowy.",
                "Within a day 45 mm of rain fell.", "pl", "en") == []
    assert d002("Za den napršelo 42 litry vody na metr čtvereční.",
                "In one day 42 mm of rain fell.", "cs", "en") == []


def test_rain_unit_changed_still_caught_ro_en():
    assert d002("Au căzut 55 de litri de apă pe metru pătrat.",
                "55 gallons of water fell per square metre.", "ro", "en") != []
    assert d002("In der Nacht fielen 35 Liter pro Quadratmeter.",
                "During the night 35 millilitres fell per square metre.", "de", "en") != []


def test_rain_precision_ro_en():
    assert d002("Au căzut 30 de litri pe metru pătrat.", "30 mm of rain fell.", "ro", "en") == []


# -- Portuguese feet -------------------------------------------------------------------------

def test_portuguese_feet_en_pt():
    assert d002("The new bridge spans 320 metres across the river.",
                "A nova ponte atravessa o rio ao longo de 320 pés.", "en", "pt") != []
    assert d002("The new bridge spans 320 metres across the river.",
                "A nova ponte atravessa o rio ao longo de 320 metros.", "en", "pt") == []


def test_portuguese_feet_de_pt():
    assert d002("Der Turm ist 75 Meter hoch.", "A torre tem 75 pés de altura.", "de", "pt") != []
    assert d002("Der Turm ist 75 Fuß hoch.", "A torre tem 75 pés de altura.", "de", "pt") == []


def test_portuguese_on_foot_is_no_unit_en_pt():
    assert d002("They walked 12 kilometres on foot.", "Caminharam 12 quilómetros a pé.", "en", "pt") == []


# -- Vietnamese and the metric quintal -------------------------------------------------------

def test_quintal_vi_en_vi():
    assert d002("The cooperative harvested 2.5 million tonnes of rice.",
                "Hợp tác xã đã thu hoạch 2,5 triệu tạ lúa.", "en", "vi") != []
    assert d002("The cooperative harvested 2.5 million tonnes of rice.",
                "Hợp tác xã đã thu hoạch 2,5 triệu tấn lúa.", "en", "vi") == []


def test_quintal_fr_vi_and_ru():
    assert d002("La ferme a produit 300 quintaux de maïs.", "Trang trại sản xuất 300 tạ ngô.", "fr", "vi") == []
    assert d002("La ferme a produit 300 tonnes de maïs.", "Trang trại sản xuất 300 tạ ngô.", "fr", "vi") != []
    assert d002("The farm harvested 40 tonnes of wheat.", "Хозяйство собрало 40 центнеров пшеницы.", "en", "ru") != []


def test_yen_can_and_mau_anh_en_vi():
    assert d002("Each sack holds 5 kilograms of rice.", "Mỗi bao chứa 5 yến gạo.", "en", "vi") != []
    assert d002("Each sack holds 5 kilograms of rice.", "Mỗi bao chứa 5 cân gạo.", "en", "vi") == []
    assert d002("The estate covers 200 hectares.", "Điền trang rộng 200 mẫu Anh.", "en", "vi") != []
    assert d002("The estate covers 200 acres.", "Điền trang rộng 200 mẫu Anh.", "en", "vi") == []


# -- Turkish -lık on a unit word -------------------------------------------------------------

def test_turkish_lik_unit_en_tr():
    assert d002("The family sold its 85-hectare olive grove.",
                "Aile 85 dönümlük zeytinliğini sattı.", "en", "tr") != []
    assert d002("The family sold its 85-hectare olive grove.",
                "Aile 85 hektarlık zeytinliğini sattı.", "en", "tr") == []


def test_turkish_lik_unit_de_tr():
    assert d002("Die neue Straße ist 50 Kilometer lang.", "Yeni yol 50 metrelik bir güzergâh.", "de", "tr") != []
    assert d002("Die neue Straße ist 50 Meter lang.", "Yeni yol 50 metrelik bir güzergâh.", "de", "tr") == []
    assert d002("Die neue Straße ist 50 Kilometer lang.", "Yeni yol 50 kilometrelik bir güzergâh.", "de", "tr") == []
