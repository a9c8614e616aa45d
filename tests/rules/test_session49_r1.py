"""Session 49 (r1): names written in another script, read back as classes (written for
mtcheck).

1. Arabic-script waw read as the consonant w/v too (Persian and Urdu read it v), and Urdu's
   heh goal (ہ) read as h: an English name with w in an Arabic, Persian or Urdu translation
   is no longer "missing" (N003), and a name's Urdu parts written apart (X آباد, X پور)
   are read as one Latin word (N005 from an Urdu source);
2. Hebrew geresh (צ' ג' ז' = ch, j, zh) kept inside the word it belongs to: a name with
   ch in a Hebrew translation reads back (N003);
3. Tamil ச read as s (besides ch), ட்ச as ksh, and a noun's oblique -த்- as its -ம்: a
   name transcribed from a Tamil source is no added name (N005);
4. a one-consonant name in Greek or Cyrillic letters read back with its opening h against
   a capitalised source word with h (Χόουβ ~ Hove);
5. N002 in a translation into an Indic script (no capitals): one name spelled two ways,
   one vowel sign apart inside the word, both read back as one source name.
Names really replaced by others are still reported.
"""

from __future__ import annotations

import mtcheck


def codes(src, tgt, sl, tl, prefix="N"):
    return [f.code for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code.startswith(prefix) and not f.suppressed]


# 1. Arabic-script waw, Urdu heh goal, Urdu compounds written apart

def test_arabic_waw_as_w_en_ar():
    src = "The train to Wetherby was cancelled on Monday."
    assert "N003" not in codes(src, "أُلغي القطار المتجه إلى ويذربي يوم الاثنين.", "en", "ar")


def test_arabic_name_replaced_still_reported_en_ar():
    src = "The train to Wetherby was cancelled on Monday."
    assert "N003" in codes(src, "أُلغي القطار المتجه إلى ليدز يوم الاثنين.", "en", "ar")


def test_urdu_compound_written_apart_ur_en():
    src = "درخواستیں فیصل آباد اور بہاول پور سے آئیں۔"
    assert "N005" not in codes(src, "Applications came from Faisalabad and Bahawalpur.", "ur", "en")


def test_persian_compound_written_apart_fa_en():
    src = "درخواست‌ها از خرم آباد رسید."
    assert "N005" not in codes(src, "Applications arrived from Khorramabad.", "fa", "en")


def test_urdu_other_place_still_added_ur_en():
    src = "درخواستیں فیصل آباد اور بہاول پور سے آئیں۔"
    assert "N005" in codes(src, "Applications came from Faisalabad and Sargodha.", "ur", "en")


# 2. Hebrew geresh

def test_hebrew_geresh_ch_en_he():
    src = "The festival returns to Manchester in June."
    assert "N003" not in codes(src, "הפסטיבל חוזר למנצ'סטר ביוני.", "en", "he")


def test_hebrew_geresh_ch_de_he():
    src = "Der Zug nach Manchester fiel am Montag aus."
    assert "N003" not in codes(src, "הרכבת למנצ'סטר בוטלה ביום שני.", "de", "he")


def test_hebrew_name_replaced_still_reported_en_he():
    src = "The festival returns to Manchester in June."
    assert "N003" in codes(src, "הפסטיבל חוזר לליברפול ביוני.", "en", "he")


# 3. Tamil

def test_tamil_ca_as_s_ta_en():
    src = "சிவகாசியில் பட்டாசு விற்பனை அதிகரித்தது."
    assert "N005" not in codes(src, "Firecracker sales rose in Sivakasi.", "ta", "en")


def test_tamil_ksh_ta_en():
    assert "N005" not in codes("விவசாயி லட்சுமணன் கூறினார்.", "Farmer Lakshmanan said.", "ta", "en")


def test_tamil_oblique_noun_ta_en():
    src = "பொங்கல் பண்டிகைக்கு முன்பாக கோலத்தைப் போட்டனர்."
    assert "N005" not in codes(src, "They drew the Kolam ahead of the Pongal festival.", "ta", "en")


def test_tamil_other_place_still_added_ta_en():
    src = "சிவகாசியில் பட்டாசு விற்பனை அதிகரித்தது."
    assert "N005" in codes(src, "Firecracker sales rose in Virudhunagar.", "ta", "en")


# 4. one-consonant names with an opening h

def test_greek_h_name_en_el():
    src = "The council of Brighton and Hove met on Monday."
    assert "N005" not in codes(src, "Το συμβούλιο του Μπράιτον και Χόουβ συνεδρίασε τη Δευτέρα.", "en", "el")


def test_russian_h_name_en_ru():
    src = "The council of Brighton and Hove met on Monday."
    assert "N005" not in codes(src, "Совет Брайтона и Хоува собрался в понедельник.", "en", "ru")


def test_ukrainian_h_name_en_uk():
    src = "The council of Brighton and Hove met on Monday."
    assert "N005" not in codes(src, "Рада Брайтона і Гоува зібралася в понеділок.", "en", "uk")


def test_greek_other_h_name_still_added_en_el():
    src = "The council of Brighton met on Monday with Hull."
    assert "N005" in codes(src, "Το συμβούλιο του Μπράιτον συνεδρίασε τη Δευτέρα με τη Χάιβ.", "en", "el")


# 5. N002 in Indic scripts

def test_hindi_vowel_sign_dropped_en_hi():
    src = "Dr. Patel met Mr. Srivastava in Delhi. Later, Srivastava said the talks went well."
    tgt = "डॉ. पटेल ने दिल्ली में श्री श्रीवास्तव से मुलाकात की। बाद में श्रीवस्तव ने कहा कि बातचीत अच्छी रही।"
    assert "N002" in codes(src, tgt, "en", "hi")


def test_bengali_vowel_sign_added_en_bn():
    src = "Minister Chakraborty visited Kolkata. Chakraborty praised the farmers."
    tgt = "মন্ত্রী চক্রবর্তী কলকাতা সফর করেন। চাক্রবর্তী কৃষকদের প্রশংসা করেন।"
    assert "N002" in codes(src, tgt, "en", "bn")


def test_hindi_consistent_spelling_en_hi():
    src = "Dr. Patel met Mr. Srivastava in Delhi. Later, Srivastava said the talks went well."
    tgt = "डॉ. पटेल ने दिल्ली में श्री श्रीवास्तव से मुलाकात की। बाद में श्रीवास्तव ने कहा कि बातचीत अच्छी रही।"
    assert "N002" not in codes(src, tgt, "en", "hi")


def test_bengali_final_vowel_not_judged_en_bn():
    # (a word's last sign is where an ending goes: not judged)
    src = "Minister Chakraborty visited Kolkata. Chakraborty praised the farmers."
    tgt = "মন্ত্রী চক্রবর্তী কলকাতা সফর করেন। চক্রবর্তি কৃষকদের প্রশংসা করেন।"
    assert "N002" not in codes(src, tgt, "en", "bn")


# the read-back itself, whatever the other language of the pair

def test_read_back_waw_persian_and_urdu():
    from mtcheck.rules._text import present_in_other_script
    assert present_in_other_script("Hollywood", "این استودیو به هالیوود نقل مکان کرد.")
    assert present_in_other_script("Kenwood", "وہ کین ووڈ میں رہتے ہیں۔")
    assert not present_in_other_script("Hollywood", "این استودیو به نیویورک نقل مکان کرد.")


def test_read_back_tamil_names():
    from mtcheck.rules._text import present_in_other_script
    assert present_in_other_script("Sivakasi", "சிவகாசியில் பட்டாசு விற்பனை அதிகரித்தது.")
    assert present_in_other_script("Selvam", "செல்வம் கூறினார்.")
    assert not present_in_other_script("Madurai", "சிவகாசியில் பட்டாசு விற்பனை அதிகரித்தது.")


def test_read_back_hebrew_geresh_j():
    from mtcheck.rules._text import present_in_other_script
    assert present_in_other_script("Jones", "ג'ונס אמר.")
    assert not present_in_other_script("Jones", "סמית אמר.")


# 6. N001: a consonant doubled before the source's own ending is no case form

def test_doubled_consonant_is_a_slip_hr_en():
    src = "„Potražnja je stabilna”, kazala je Snježana Radola, vlasnica tvrtke iz Buzeta."
    tgt = "“Demand is stable,” said Snježana Radolla, owner of a company from Buzet."
    assert "N001" in codes(src, tgt, "hr", "en")


def test_doubled_consonant_is_a_slip_pl_en():
    src = "Jak powiedziała Agnieszka Kowala, właścicielka firmy z Krakowa."
    assert "N001" in codes(src, "As Agnieszka Kowalla, the owner of a company from Kraków, said.", "pl", "en")


def test_name_copied_no_slip_hr_en():
    src = "„Potražnja je stabilna”, kazala je Snježana Radola, vlasnica tvrtke iz Buzeta."
    tgt = "“Demand is stable,” said Snježana Radola, owner of a company from Buzet."
    assert "N001" not in codes(src, tgt, "hr", "en")


def test_case_form_still_no_slip_hr_en():
    src = "Most u Karlovcu otvoren je u petak."
    assert "N001" not in codes(src, "The bridge in Karlovac opened on Friday.", "hr", "en")
