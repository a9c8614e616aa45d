"""Session 49 (g3): negation and direction, found by the held-out articles of batch s49
(bench/articles), fixed as classes (written for mtcheck).

1. negation lexicons for Malay, Tagalog, Tamil and Urdu (P001): a negation dropped from a
   source in one of them is reported; Malay "tanpa" is a `without` word, so "tidak … tanpa"
   against "… without" is compared on its other negators;
2. a direction lexicon for Urdu (P003): "بڑھ گئی" (rose) rendered "fell";
3. Croatian, Bosnian and Serbian cheap | expensive (jeftiniji ~ more expensive);
4. English "up from 13.6", "down from 40%": a `figure_next` word with "from" and a figure
   after it states its pole, as "up 30%" does;
5. Spanish, Portuguese, Catalan "destin-" is no des- derivation (no negative word);
6. Danish "uden for", Norwegian "uten for" (outside) negate nothing;
7. Latvian, Lithuanian, Estonian "ne agrāk kā", "ne vēlāk kā" (no earlier / later than)
   bound a date: no negation;
8. German "so viele" ("halb so viele", "doppelt so viel") is an equative: no "more";
9. French "relève que", "relève toutefois" (notes) is no rise: a rise rendered "a diminué"
   beside a fall negated on both sides is reported;
10. English "left off", "left out", "ruled out", "shut out" say "not included": no added
   negation against "not included";
11. Tamil habitual negative (-வதில்லை, -ப்பதில்லை) is a negator, its stem ending in a
   vowel sign or virama; English "skip" (not do) is a negative word.
"""

from __future__ import annotations

import mtcheck


def codes(src, tgt, sl, tl, code):
    return [f.code for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and not f.suppressed]


# 1. negation lexicons: Malay, Tagalog, Tamil, Urdu

def test_malay_negation_dropped_ms_en():
    assert codes("Kerajaan tidak akan menaikkan cukai jualan tahun ini.",
                 "The government will raise the sales tax this year.", "ms", "en", "P001") == ["P001"]


def test_malay_negation_dropped_beside_without_ms_en():
    assert codes("Jambatan itu tidak boleh dibuka tanpa pemeriksaan keselamatan.",
                 "The bridge can be opened without a safety inspection.", "ms", "en", "P001") == ["P001"]


def test_malay_negation_kept_beside_without_ms_en():
    assert codes("Jambatan itu tidak boleh dibuka tanpa pemeriksaan keselamatan.",
                 "The bridge cannot be opened without a safety inspection.", "ms", "en", "P001") == []


def test_malay_negation_added_en_ms():
    assert codes("The minister attended the meeting on Monday.",
                 "Menteri itu tidak menghadiri mesyuarat pada hari Isnin.", "en", "ms", "P001") == ["P001"]


def test_tagalog_negation_dropped_tl_en():
    assert codes("Hindi tataas ang pasahe sa tren ngayong buwan.",
                 "Train fares will rise this month.", "tl", "en", "P001") == ["P001"]


def test_tagalog_negation_kept_tl_en():
    assert codes("Hindi tataas ang pasahe sa tren ngayong buwan.",
                 "Train fares will not rise this month.", "tl", "en", "P001") == []


def test_tamil_negation_dropped_ta_en():
    assert codes("அந்தப் பாலம் இந்த ஆண்டு திறக்கப்படவில்லை.",
                 "The bridge was opened this year.", "ta", "en", "P001") == ["P001"]


def test_tamil_negation_kept_ta_en():
    assert codes("விவசாயிகளுக்கு போதுமான தண்ணீர் இல்லை.",
                 "The farmers do not have enough water.", "ta", "en", "P001") == []


def test_urdu_negation_dropped_ur_en():
    assert codes("حکومت اس سال ٹیکس میں اضافہ نہیں کرے گی۔",
                 "The government will raise taxes this year.", "ur", "en", "P001") == ["P001"]


def test_urdu_negation_kept_ur_en():
    assert codes("حکومت اس سال ٹیکس میں اضافہ نہیں کرے گی۔",
                 "The government will not raise taxes this year.", "ur", "en", "P001") == []


# 2. an Urdu direction lexicon

def test_urdu_rise_rendered_fall_ur_en():
    assert codes("گزشتہ سال گندم کی قیمت میں اضافہ ہوا۔",
                 "Last year the price of wheat fell.", "ur", "en", "P003") == ["P003"]


def test_urdu_level_gone_down_rendered_rose_ur_de():
    assert codes("دریا میں پانی کی سطح دو میٹر نیچے جا چکی ہے۔",
                 "Der Wasserstand des Flusses ist um zwei Meter gestiegen.", "ur", "de", "P003") == ["P003"]


def test_urdu_rise_kept_ur_en():
    assert codes("گزشتہ سال گندم کی قیمت میں اضافہ ہوا۔",
                 "Last year the price of wheat rose.", "ur", "en", "P003") == []


# 3. Croatian, Bosnian, Serbian cheap | expensive

def test_croatian_cheaper_rendered_more_expensive_hr_en():
    assert codes("Lanjske su karte bile oko 15 posto jeftinije.",
                 "Last year's tickets were about 15 per cent more expensive.", "hr", "en", "P003") == ["P003"]


def test_serbian_more_expensive_rendered_cheaper_en_sr():
    assert codes("Rents in the capital are now more expensive than in the suburbs.",
                 "Stanarine u glavnom gradu sada su jeftinije nego u predgrađima.", "en", "sr", "P003") == ["P003"]


def test_croatian_cheaper_kept_hr_en():
    assert codes("Lanjske su karte bile oko 15 posto jeftinije.",
                 "Last year's tickets were about 15 per cent cheaper.", "hr", "en", "P003") == []


def test_croatian_gathering_is_no_price_hr_en():
    assert codes("Na skupu u Splitu govorili su o jeftinim letovima.",
                 "At the rally in Split they spoke about cheap flights.", "hr", "en", "P003") == []


# 4. "up from", "down from" with a figure

def test_up_from_a_figure_rendered_fall_en_vi():
    assert codes("Average yields reached 7.1 tonnes, up from 6.4 a year earlier.",
                 "Năng suất bình quân đạt 7,1 tấn, giảm so với mức 6,4 một năm trước.", "en", "vi", "P003") == ["P003"]


def test_down_from_a_figure_rendered_rise_en_fr():
    assert codes("Unemployment stood at 5.2 percent in March, down from 5.9 percent.",
                 "Le chômage s'établissait à 5,2 % en mars, en hausse par rapport à 5,9 %.", "en", "fr", "P003") == ["P003"]


def test_up_from_a_figure_kept_en_vi():
    assert codes("Average yields reached 7.1 tonnes, up from 6.4 a year earlier.",
                 "Năng suất bình quân đạt 7,1 tấn, tăng so với mức 6,4 một năm trước.", "en", "vi", "P003") == []


def test_up_from_a_place_states_nothing_en_fr():
    assert codes("The divers came up from the wreck and the tide fell.",
                 "Les plongeurs sont remontés de l'épave et la marée a baissé.", "en", "fr", "P003") == []


# 5. Spanish, Portuguese, Catalan "destin-"

def test_negation_dropped_beside_destina_es_pt():
    assert codes("La leche que no cumple la norma se destina a la fabricación de queso.",
                 "O leite que cumpre a norma é destinado ao fabrico de queijo.", "es", "pt", "P001") == ["P001"]


def test_negation_dropped_beside_destina_ca_es():
    assert codes("El gra que no arriba al pes mínim es destina a pinso.",
                 "El grano que llega al peso mínimo se destina a pienso.", "ca", "es", "P001") == ["P001"]


def test_negation_kept_beside_destina_es_pt():
    assert codes("La leche que no cumple la norma se destina a la fabricación de queso.",
                 "O leite que não cumpre a norma é destinado ao fabrico de queijo.", "es", "pt", "P001") == []


# 6. Danish "uden for", Norwegian "uten for"

def test_danish_outside_is_no_negation_en_da():
    assert codes("Many of the owners live outside the country.",
                 "Mange af ejerne bor uden for landet.", "en", "da", "P001") == []


def test_norwegian_outside_is_no_negation_de_nb():
    assert codes("Viele Pendler wohnen außerhalb der Stadt.",
                 "Mange pendlere bor uten for byen.", "de", "nb", "P001") == []


def test_danish_without_still_negates_en_da():
    from mtcheck.rules.sentence import negators
    assert negators("Han gik uden for at hente posten.", "da") == []
    assert [w for _, _, w in negators("Han gik uden at sige farvel.", "da")] == ["uden"]


# 7. Baltic "no earlier / no later than"

def test_latvian_no_earlier_than_lv_de():
    assert codes("Tilts tiks atvērts ne agrāk kā 2026. gada rudenī.",
                 "Die Brücke wird frühestens im Herbst 2026 eröffnet.", "lv", "de", "P001") == []


def test_latvian_no_later_than_lv_en():
    assert codes("Pieteikumi jāiesniedz ne vēlāk kā 15. martā.",
                 "Applications must be submitted by 15 March at the latest.", "lv", "en", "P001") == []


def test_lithuanian_no_later_than_lt_en():
    assert codes("Paraiškas reikia pateikti ne vėliau kaip kovo 15 d.",
                 "Applications must be submitted by 15 March at the latest.", "lt", "en", "P001") == []


def test_estonian_no_later_than_et_en():
    assert codes("Taotlused tuleb esitada mitte hiljem kui 15. märtsil.",
                 "Applications must be submitted by 15 March at the latest.", "et", "en", "P001") == []


def test_latvian_negation_still_dropped_lv_en():
    assert codes("Tilts netiks atvērts šogad.",
                 "The bridge will be opened this year.", "lv", "en", "P001") == ["P001"]


# 8. German "so viele"

def test_half_as_many_is_no_more_lv_de():
    assert codes("Tirgū šogad ir uz pusi mazāk pārdevēju.",
                 "Auf dem Markt gibt es dieses Jahr nur halb so viele Verkäufer.", "lv", "de", "P003") == []


def test_half_as_many_is_no_more_en_de():
    assert codes("This winter the hostel had fewer guests, about half the usual number.",
                 "In diesem Winter hatte die Herberge nur etwa halb so viele Gäste wie sonst.", "en", "de", "P003") == []


def test_many_rendered_few_still_flips_lv_de():
    assert codes("Tirgū šogad ir mazāk pārdevēju.",
                 "Auf dem Markt gibt es dieses Jahr mehr Verkäufer.", "lv", "de", "P003") == ["P003"]


# 9. French "relever" (to note)

def test_study_notes_is_no_rise_ca_fr():
    assert codes("L'informe, però, detecta un problema: el preu ha augmentat un 12 % i les vendes no s'han reduït.",
                 "Le rapport relève toutefois un problème : le prix a diminué de 12 % et les ventes n'ont pas diminué.",
                 "ca", "fr", "P003") == ["P003"]


def test_study_notes_is_no_rise_en_fr():
    assert codes("The report, however, finds a problem: rents rose 6% and wages did not fall.",
                 "Le rapport relève toutefois un problème : les loyers ont baissé de 6 % et les salaires n'ont pas baissé.",
                 "en", "fr", "P003") == ["P003"]


def test_study_notes_rise_kept_ca_fr():
    assert codes("L'informe, però, detecta un problema: el preu ha augmentat un 12 % i les vendes no s'han reduït.",
                 "Le rapport relève toutefois un problème : le prix a augmenté de 12 % et les ventes n'ont pas diminué.",
                 "ca", "fr", "P003") == []


# 10. English phrasal verbs of exclusion

def test_left_off_against_not_included_en_he():
    assert codes("Two small clinics were left off the funding list.",
                 "שתי מרפאות קטנות לא נכללו ברשימת המימון.", "en", "he", "P001") == []


def test_left_out_against_not_included_en_cs():
    assert codes("Two villages were left out of the plan.",
                 "Dvě vesnice nebyly do plánu zahrnuty.", "en", "cs", "P001") == []


def test_included_against_not_included_still_flags_en_de():
    assert codes("Two villages were included in the plan.",
                 "Zwei Dörfer wurden nicht in den Plan aufgenommen.", "en", "de", "P001") == ["P001"]


# 11. Tamil habitual negative; English "skip"

def test_tamil_habitual_negative_kept_ta_en():
    assert codes("இந்த கிராமத்தில் குடிநீர் கிடைப்பதில்லை.",
                 "Drinking water is not available in this village.", "ta", "en", "P001") == []


def test_tamil_habitual_negative_dropped_ta_en():
    from mtcheck.rules.sentence import negators
    assert [w for _, _, w in negators("இந்த கிராமத்தில் குடிநீர் கிடைப்பதில்லை.", "ta")] == ["கிடைப்பதில்லை"]
    assert [w for _, _, w in negators("அவர் கூட்டத்திற்கு வருவதில்லை.", "ta")] == ["வருவதில்லை"]


def test_turkish_negative_ending_still_read():
    from mtcheck.rules.sentence import negators
    assert [w for _, _, w in negators("Tren bu sabah gelmedi.", "tr")] == ["gelmedi"]


def test_skip_against_not_tl_en():
    assert codes("Minsan hindi ako pumapasok sa trabaho kapag umuulan.",
                 "Sometimes I skip work when it rains.", "tl", "en", "P001") == []


def test_skip_against_not_de_en():
    assert codes("Manche Schüler gehen am Freitag nicht zum Unterricht.",
                 "Some pupils skip classes on Friday.", "de", "en", "P001") == []
