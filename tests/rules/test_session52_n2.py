"""Session 52 (n2): name artefacts missed in Latin-script translations.

* N001: a consonant dropped from a name a Latin-script source writes, the name's only
  mention in its sentence and no name word beside it, where the translation spells the
  name right elsewhere and the source's sentence has it (Mrs Hathwick ~ "nannte
  Hathwik"); an English name's respelling in the target language (w ~ v) excuses only a
  letter it touches;
* N001: a rarer surname at home in the source's language written as its commoner relative
  (one consonant added or dropped), beside a name word both keep: the commoner form is
  another family's name, not the target's spelling;
* N001 (minor): a doubled consonant written once beside a name word both keep, where the
  texts of both languages write the name double more (Sarah Hollis ~ "Sarah Holis"); not
  a transliteration the target language prefers single (Mohamed), nor a single consonant
  doubled (Fatah ~ Fattah);
* N003/N004: a Greek (or Cyrillic) name whose skeleton is two consonants or fewer is read
  back from the translation's capitalised words only, not from a common word that happens
  to share them (Σάμο ~ "some", Πάρο ~ "pour");
* N002: two spellings of one name in a translation from Bengali or Hindi, written once each,
  one a rendering of the source word (case ending aside) and the other one letter off it:
  the other is the slip, major (Bengali is read as Devanagari, letter for letter, with the
  spellings Bengali romanisations add).
"""
from __future__ import annotations

import mtcheck


def doc(tmp_path, src: str, tgt: str, sl: str, tl: str, code: str) -> list[tuple[str, str]]:
    """(finding text, severity) of ``code`` in document mode (as bench/articles.py runs)."""
    s, t = tmp_path / f"source.{sl}.txt", tmp_path / f"target.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [(f.text, f.severity.name) for f in rep.findings if not f.suppressed and f.code == code]


def pair(src: str, tgt: str, sl: str, tl: str, code: str) -> list[tuple[str, str]]:
    return [(f.text, f.severity.name) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if not f.suppressed and f.code == code]


# --- a consonant dropped at a lone mention, the name right elsewhere ------------------
# (German reads the slip, -ik, as a noun: the rare-word search does not see it)

DE_LONE = ("Ingenieurfirma eröffnet neues Werk\n\n"
           "Das neue Werk wurde am Montag von Geschäftsführerin {given} Hathwick eröffnet. "
           "„Dies ist ein stolzer Tag für die ganze Stadt“, sagte {given} Hathwick.\n\n"
           "Als nächsten Schritt nannte {name} ein zweites Werk in der Nähe des Hafens.\n")


def test_lone_dropped_consonant_en_de(tmp_path):
    src = ("Engineering firm opens new plant\n\n"
           "The new plant was opened on Monday by managing director Emma Hathwick. "
           "\"This is a proud day for the whole town,\" said Emma Hathwick.\n\n"
           "Mrs Hathwick said the next step would be a second plant near the harbour.\n")
    tgt = DE_LONE.format(given="Emma", name="Hathwik")
    assert doc(tmp_path, src, tgt, "en", "de", "N001") == [("Hathwik", "MAJOR")]


def test_lone_dropped_consonant_fr_de(tmp_path):
    src = ("Une entreprise d'ingénierie ouvre une nouvelle usine\n\n"
           "La nouvelle usine a été inaugurée lundi par la directrice générale Claire Hathwick. "
           "« C'est un jour de fierté pour toute la ville », a déclaré Claire Hathwick.\n\n"
           "Mme Hathwick a indiqué que la prochaine étape serait une deuxième usine près du port.\n")
    tgt = DE_LONE.format(given="Claire", name="Hathwik")
    assert doc(tmp_path, src, tgt, "fr", "de", "N001") == [("Hathwik", "MAJOR")]


def test_lone_dropped_consonant_nl_de(tmp_path):
    src = ("Ingenieursbedrijf opent nieuwe fabriek\n\n"
           "De nieuwe fabriek werd maandag geopend door directeur Anke Hathwick. "
           "\"Dit is een trotse dag voor de hele stad\", zei Anke Hathwick.\n\n"
           "Volgens Hathwick wordt de volgende stap een tweede fabriek bij de haven.\n")
    tgt = DE_LONE.format(given="Anke", name="Hathwik")
    assert doc(tmp_path, src, tgt, "nl", "de", "N001") == [("Hathwik", "MAJOR")]


def test_lone_mention_spelled_right_is_clean(tmp_path):
    src = ("Engineering firm opens new plant\n\n"
           "The new plant was opened on Monday by managing director Emma Hathwick. "
           "\"This is a proud day for the whole town,\" said Emma Hathwick.\n\n"
           "Mrs Hathwick said the next step would be a second plant near the harbour.\n")
    tgt = DE_LONE.format(given="Emma", name="Hathwick")
    assert doc(tmp_path, src, tgt, "en", "de", "N001") == []


def test_english_transliteration_respelt_is_clean():
    # (the German respelling of an English transliteration: not a slip)
    assert pair("Mikhail Gorbachev met the delegation in Moscow.",
                "Michail Gorbatschow traf die Delegation in Moskau.", "en", "de", "N001") == []


# --- a rarer home surname written as its commoner relative ------------------------

def test_rare_home_surname_commoner_relative_fr_de():
    src = "« Nous n'avions aucun doute », a assuré Pierre Langon, directeur du chantier."
    tgt = "„Wir hatten keinerlei Zweifel“, versicherte Pierre Langdon, Leiter der Baustelle."
    assert pair(src, tgt, "fr", "de", "N001") == [("Langdon", "MAJOR")]


def test_rare_home_surname_commoner_relative_es_fr():
    src = "«No teníamos ninguna duda», aseguró Ana Collao, directora de la obra."
    tgt = "« Nous n'avions aucun doute », a assuré Ana Collazo, directrice du chantier."
    assert pair(src, tgt, "es", "fr", "N001") == [("Collazo", "MAJOR")]


def test_rare_home_surname_kept_is_clean():
    src = "« Nous n'avions aucun doute », a assuré Pierre Langon, directeur du chantier."
    tgt = "„Wir hatten keinerlei Zweifel“, versicherte Pierre Langon, Leiter der Baustelle."
    assert pair(src, tgt, "fr", "de", "N001") == []


# --- a doubled consonant written once, both languages writing it double ------------

def test_undoubled_name_both_languages_double_en_es():
    src = "The two council members who voted against it, Paul Keane and Sarah Hollis, said the plan was unfair."
    tgt = ("Los dos concejales que votaron en contra, Paul Keane y Sarah Holis, dijeron que el plan "
           "era injusto.")
    assert pair(src, tgt, "en", "es", "N001") == [("Holis", "MINOR")]


def test_undoubled_name_both_languages_double_en_de():
    src = "The two council members who voted against it, Paul Keane and Lucy Burnett, said the plan was unfair."
    tgt = ("Die beiden Ratsmitglieder, die dagegen stimmten, Paul Keane und Lucy Burnet, nannten den Plan "
           "ungerecht.")
    assert pair(src, tgt, "en", "de", "N001") == [("Burnet", "MINOR")]


def test_single_consonant_doubled_is_clean():
    # (a transliteration's single consonant written double: Fatah ~ Fattah)
    src = "The two council members who voted against it, Paul Keane and Ali Fatah, said the plan was unfair."
    tgt = ("Die beiden Ratsmitglieder, die dagegen stimmten, Paul Keane und Ali Fattah, nannten den Plan "
           "ungerecht.")
    assert pair(src, tgt, "en", "de", "N001") == []


def test_transliteration_single_in_target_is_clean():
    # (Spanish texts write Mohamed more than Mohammed: the target's own spelling)
    src = "The two council members who voted against it, Paul Keane and Ali Mohammed, said the plan was unfair."
    tgt = ("Los dos concejales que votaron en contra, Paul Keane y Ali Mohamed, dijeron que el plan "
           "era injusto.")
    assert pair(src, tgt, "en", "es", "N001") == []


# --- a Greek name of two consonants read back from a common word -------------------

def test_short_greek_name_not_read_from_common_word_el_en():
    src = "«Αν κλείσει το λιμάνι, τα καταστήματα στη Σάμο θα χάσουν το 40% του τζίρου τους», είπε."
    tgt = "\"If the port closes, shops on Chios will lose some 40% of their turnover,\" she said."
    assert [c for c, _ in pair(src, tgt, "el", "en", "N003") + pair(src, tgt, "el", "en", "N004")] != []


def test_short_greek_name_not_read_from_common_word_el_fr():
    src = "«Αν κλείσει το λιμάνι, τα καταστήματα στην Πάρο θα χάσουν το 40% του τζίρου τους», είπε."
    tgt = ("« Si le port ferme, les commerces de Naxos perdront pour leur part 40 % de leur chiffre "
           "d'affaires », a-t-elle dit.")
    assert [c for c, _ in pair(src, tgt, "el", "fr", "N003") + pair(src, tgt, "el", "fr", "N004")] != []


def test_short_greek_name_transcribed_is_clean():
    src = "«Αν κλείσει το λιμάνι, τα καταστήματα στην Πάρο θα χάσουν το 40% του τζίρου τους», είπε."
    tgt = ("« Si le port ferme, les commerces de Paros perdront pour leur part 40 % de leur chiffre "
           "d'affaires », a-t-elle dit.")
    assert pair(src, tgt, "el", "fr", "N003") + pair(src, tgt, "el", "fr", "N004") == []


# --- one name of an Indic source spelled two ways -------------------------------

BN_SRC = ("নারায়ণগঞ্জে বন্যা\n\n"
          "নারায়ণগঞ্জ জেলায় বহু মানুষ আশ্রয়কেন্দ্রে উঠেছেন।\n\n"
          "নারায়ণগঞ্জের এক কৃষক বলেন, তিন দিন ধরে ঘরে পানি।\n")


def test_bengali_name_spelled_two_ways_bn_en(tmp_path):
    tgt = ("Floods in the district\n\n"
           "Many people in Narayanganj district have moved to shelters.\n\n"
           "A farmer from Narayangaj said there had been water in the house for three days.\n")
    assert doc(tmp_path, BN_SRC, tgt, "bn", "en", "N002") == [("Narayangaj", "MAJOR")]


def test_bengali_name_spelled_alike_is_clean(tmp_path):
    tgt = ("Floods in the district\n\n"
           "Many people in Narayanganj district have moved to shelters.\n\n"
           "A farmer from Narayanganj said there had been water in the house for three days.\n")
    assert doc(tmp_path, BN_SRC, tgt, "bn", "en", "N002") == []


HI_SRC = ("सिद्धार्थनगर में बाढ़\n\n"
          "सिद्धार्थनगर जिले में कई लोग राहत शिविरों में पहुँचे हैं।\n\n"
          "सिद्धार्थनगर के एक किसान ने कहा कि तीन दिन से घर में पानी है।\n")


def test_hindi_name_spelled_two_ways_hi_en(tmp_path):
    tgt = ("Floods in the district\n\n"
           "Many people in Siddharthnagar district have reached relief camps.\n\n"
           "A farmer from Siddharthagar said there had been water in the house for three days.\n")
    assert doc(tmp_path, HI_SRC, tgt, "hi", "en", "N002") == [("Siddharthagar", "MAJOR")]
