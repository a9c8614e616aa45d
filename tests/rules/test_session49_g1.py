"""Session 49 (g1): numbers, units and dates the held-out articles of batch s49
(bench/articles) read wrong, fixed as classes (written for mtcheck).

1. a South Asian fraction word before a figure changes its value (Urdu ساڑھے 4 = 4.5,
   Hindi सवा 2 लाख = 225,000, Bengali পৌনে ৩ = 2.75): no false D001 on the translation's
   figure, and the plain figure kept is a changed number;
2. scale words of Tagalog (milyon, milyong with its linker, bilyon) and Macedonian
   (милиони, милијарди, илјади) after a figure;
3. unit words of more languages and their inflected forms (Slovak metrov, Macedonian
   милиграми, Romanian kilometri, Vietnamese milimét / mi-li-mét) and the Romanian "de"
   between a count of 20 and over and its unit (250 de kilometri): a unit changed with the
   figure kept is D002;
4. English and German abbreviated months next to a figure (Dec. 10, 10. Dez. 2024): a
   month changed in the translation is D003.
"""

from __future__ import annotations

import mtcheck


def codes(src, tgt, sl, tl, prefix="D"):
    return [(f.code, f.severity.name) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code.startswith(prefix) and not f.suppressed]


def has(src, tgt, sl, tl, code):
    return any(c == code for c, _ in codes(src, tgt, sl, tl))


# 1. fraction words before a figure (Hindi, Urdu, Bengali)

def test_urdu_sarhe_before_a_figure_with_lakh_ur_en():
    src = "اس منصوبے پر ساڑھے 4 لاکھ روپے خرچ ہوں گے۔"
    assert codes(src, "The project will cost Rs450,000.", "ur", "en") == []


def test_urdu_sarhe_plain_figure_kept_is_a_change_ur_en():
    src = "اس منصوبے پر ساڑھے 4 لاکھ روپے خرچ ہوں گے۔"
    assert has(src, "The project will cost Rs400,000.", "ur", "en", "D001")


def test_urdu_sarhe_before_a_bare_figure_ur_en():
    src = "گاؤں کا تالاب ساڑھے 8 فٹ گہرا ہے۔"
    assert codes(src, "The village pond is 8.5 feet deep.", "ur", "en") == []


def test_hindi_sawa_and_paune_hi_en():
    src = "नई सड़क पर सवा 2 करोड़ रुपये खर्च हुए और काम पौने 6 महीने में पूरा हुआ।"
    tgt = "The new road cost Rs 22.5 million and the work was finished in 5.75 months."
    assert codes(src, tgt, "hi", "en") == []


def test_hindi_sarhe_with_a_number_word_hi_en():
    src = "इस योजना से साढ़े तीन लाख किसानों को लाभ मिलेगा।"
    assert codes(src, "The scheme will benefit 350,000 farmers.", "hi", "en") == []
    assert has(src, "The scheme will benefit 300,000 farmers.", "hi", "en", "D001")


def test_bengali_sare_with_bengali_digits_bn_en():
    src = "প্রকল্পে সাড়ে ৩ লাখ টাকা খরচ হবে।"
    assert codes(src, "The project will cost Tk 350,000.", "bn", "en") == []


def test_a_plain_figure_without_a_fraction_word_hi_en():
    # precision: no fraction word, the figure is read as it stands
    src = "नई सड़क पर 2 करोड़ रुपये खर्च हुए।"
    assert codes(src, "The new road cost Rs 20 million.", "hi", "en") == []
    assert has(src, "The new road cost Rs 22.5 million.", "hi", "en", "D001")


# 2. scale words (Tagalog, Macedonian)

def test_tagalog_milyong_with_linker_tl_en():
    src = "Umabot sa 4.5 milyong piso ang nalikom ng kooperatiba ngayong taon."
    assert codes(src, "The cooperative raised 4.5 million pesos this year.", "tl", "en") == []
    assert has(src, "The cooperative raised 4.5 billion pesos this year.", "tl", "en", "D001")


def test_tagalog_bilyon_tl_en():
    src = "Naglaan ang lungsod ng 1.2 bilyon para sa mga kalsada."
    assert codes(src, "The city set aside 1.2 billion for roads.", "tl", "en") == []


def test_macedonian_milioni_and_iljadi_mk_en():
    src = "Општината потроши 2,4 милиони евра за 12 илјади нови садници."
    tgt = "The municipality spent 2.4 million euros on 12,000 new saplings."
    assert codes(src, tgt, "mk", "en") == []


def test_macedonian_milijardi_changed_mk_en():
    src = "Буџетот изнесува 3,1 милијарди денари."
    assert has(src, "The budget amounts to 3.1 million denars.", "mk", "en", "D001")


# 3. unit words and their inflected forms

def test_slovak_metrov_to_feet_sk_de():
    src = "Nová vyhliadková veža má výšku 42 metrov."
    assert has(src, "Der neue Aussichtsturm ist 42 Fuß hoch.", "sk", "de", "D002")
    assert codes(src, "Der neue Aussichtsturm ist 42 Meter hoch.", "sk", "de") == []


def test_macedonian_milligrams_to_micrograms_mk_en():
    src = "Концентрацијата на нитрати достигна 4,7 милиграми на литар."
    assert has(src, "The nitrate concentration reached 4.7 micrograms per litre.", "mk", "en", "D002")
    assert codes(src, "The nitrate concentration reached 4.7 milligrams per litre.", "mk", "en") == []


def test_romanian_kilometri_en_ro():
    src = "The new cycle lane runs for three miles along the river."
    assert has(src, "Noua pistă de biciclete se întinde pe trei kilometri de-a lungul râului.",
               "en", "ro", "D002")


def test_romanian_de_between_count_and_unit_en_ro():
    src = "The pipeline is 240 miles long."
    assert has(src, "Conducta are o lungime de 240 de kilometri.", "en", "ro", "D002")
    assert codes(src, "Conducta are o lungime de 240 de mile.", "en", "ro") == []


def test_vietnamese_units_joined_and_by_syllables_en_vi():
    src = "The storm dropped 210 millimetres of rain and the river rose by 3 metres."
    assert has(src, "Cơn bão gây mưa 210 centimét và nước sông dâng 3 mét.", "en", "vi", "D002")
    assert has(src, "Cơn bão gây mưa 210 xen-ti-mét và nước sông dâng 3 mét.", "en", "vi", "D002")
    assert codes(src, "Cơn bão gây mưa 210 mi-li-mét và nước sông dâng 3 mét.", "en", "vi") == []


def test_spanish_date_with_de_is_no_unit_es_en():
    # precision: "de" after a figure reads a unit only when a unit word follows
    assert codes("La feria abre el 5 de mayo.", "The fair opens on 5 May.", "es", "en") == []


# 4. abbreviated months

def test_english_abbreviated_month_changed_en_da():
    src = "The board will vote on the budget on Nov. 14."
    assert has(src, "Bestyrelsen stemmer om budgettet den 14. oktober.", "en", "da", "D003")
    assert codes(src, "Bestyrelsen stemmer om budgettet den 14. november.", "en", "da") == []


def test_english_abbreviated_month_changed_en_fr():
    src = "The museum reopens on Sept. 3 after the works."
    assert has(src, "Le musée rouvre le 3 août après les travaux.", "en", "fr", "D003")
    assert codes(src, "Le musée rouvre le 3 septembre après les travaux.", "en", "fr") == []


def test_german_abbreviated_month_changed_de_en():
    src = "Die Frist endet am 15. Okt. 2025."
    assert has(src, "The deadline ends on 15 November 2025.", "de", "en", "D003")
    assert codes(src, "The deadline ends on 15 October 2025.", "de", "en") == []


def test_a_name_jan_is_no_month_en_de():
    # precision: "Jan." without a figure next to it is no month
    src = "The prize went to Jan. She thanked her team on 3 March."
    assert codes(src, "Der Preis ging an Jan. Sie dankte ihrem Team am 3. März.", "en", "de") == []
