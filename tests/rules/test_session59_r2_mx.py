"""Session 59 round 2 (helper mx): misses of batch 31 (s66), by class.

1. (F003) A network's share button ("Share on Facebook", "Partager sur X", "Condividi su
   WhatsApp") glued between two sentences of a paragraph, before a capital, is page chrome,
   as the strong markers are (it was flagged only on a line of its own or at a paragraph's end).
2. (P001) "little", "few" on the side without a negator may render a small-quantity word
   of the negated side ("servono a poco" ~ "of little use"), not its negator: the negator
   the other side lost is still a dropped negation ("se non c'è" ~ "if there is").
3. (N001) A Russian name spelled in the English system but for one sibilant written as
   another system writes it (ц as tz, ч as cz, ш as sz: Кузнецова ~ "Kuznetzova"): minor.
"""
from __future__ import annotations

import mtcheck


def run(tmp_path, src: str, tgt: str, sl: str, tl: str, code: str) -> list:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [f for f in mtcheck.compare(t, source=s).findings if f.code == code]


# 1. share buttons between two sentences ---------------------------------------------------
DE_SRC = ("Der Gemeinderat hat am Montag den neuen Haushalt beschlossen.\n\n"
          "Die Schwimmhalle wird im Frühjahr saniert. Die Arbeiten sollen acht Monate dauern. "
          "Nach Angaben der Verwaltung kostet die Sanierung rund zwei Millionen Euro.\n\n"
          "Der Bürgermeister zeigte sich zufrieden mit dem Ergebnis.\n")
EN_SHARE = ("The municipal council adopted the new budget on Monday.\n\n"
            "The swimming pool will be renovated in the spring. The work is due to take eight months. "
            "Share on WhatsApp According to the administration, the renovation will cost around two million euros.\n\n"
            "The mayor said he was satisfied with the result.\n")
EN_SRC = ("The municipal council adopted the new budget on Monday.\n\n"
          "The swimming pool will be renovated in the spring. The work is due to take eight months. "
          "According to the administration, the renovation will cost around two million euros.\n\n"
          "The mayor said he was satisfied with the result.\n")
FR_SHARE = ("Le conseil municipal a adopté lundi le nouveau budget.\n\n"
            "La piscine sera rénovée au printemps. Les travaux doivent durer huit mois. "
            "Partager sur Facebook Selon l'administration, la rénovation coûtera environ deux millions d'euros.\n\n"
            "Le maire s'est dit satisfait du résultat.\n")


def test_share_button_between_sentences_de_en(tmp_path):
    got = run(tmp_path, DE_SRC, EN_SHARE, "de", "en", "F003")
    assert any("Share on WhatsApp" in f.message and f.severity.name.lower() == "major" for f in got), got


def test_share_button_between_sentences_en_fr(tmp_path):
    got = run(tmp_path, EN_SRC, FR_SHARE, "en", "fr", "F003")
    assert any("Partager sur Facebook" in f.message for f in got), got


def test_share_as_a_sentence_of_the_text_stays_silent(tmp_path):
    # the imperative opening a sentence, a small word after it: no button
    tgt = EN_SHARE.replace("Share on WhatsApp According", "Share on WhatsApp or by e-mail, according")
    assert run(tmp_path, DE_SRC, tgt, "de", "en", "F003") == []


# 2. a small-quantity word renders the other side's -----------------------------------------
def p001(tmp_path, src, tgt, sl, tl):
    return run(tmp_path, src, tgt, sl, tl, "P001")


def test_little_for_poco_does_not_hide_a_dropped_negator_it_en(tmp_path):
    src = "«I nuovi autobus servono a poco se non ci sono autisti per guidarli», ha detto il sindaco.\n"
    tgt = "\"The new buses are of little use if there are drivers to drive them,\" the mayor said.\n"
    assert p001(tmp_path, src, tgt, "it", "en")


def test_little_for_wenig_does_not_hide_a_dropped_negator_de_en(tmp_path):
    src = "Neue Geräte nützen wenig, wenn es keine Techniker gibt, die sie bedienen.\n"
    tgt = "New equipment is of little use if there are technicians to operate it.\n"
    assert p001(tmp_path, src, tgt, "de", "en")


def test_little_for_poco_with_the_negation_kept_is_silent(tmp_path):
    src = "«I nuovi autobus servono a poco se non ci sono autisti per guidarli», ha detto il sindaco.\n"
    tgt = "\"The new buses are of little use if there are no drivers to drive them,\" the mayor said.\n"
    assert p001(tmp_path, src, tgt, "it", "en") == []


def test_few_for_a_negated_much_stays_silent(tmp_path):
    # "few" renders the negator itself (not much): no small-quantity word on the other side
    src = "Non ci sono molti autisti disponibili in estate.\n"
    tgt = "There are few drivers available in summer.\n"
    assert p001(tmp_path, src, tgt, "it", "en") == []


# 3. one sibilant of a Russian name in another system ---------------------------------------
def n001(tmp_path, src, tgt):
    return run(tmp_path, src, tgt, "ru", "en", "N001")


RU = ("Директором больницы назначена Марина Кузнецова, которая десять лет руководила поликлиникой.\n\n"
      "В новом корпусе будет двести коек.\n")


def test_ts_as_tz_in_english(tmp_path):
    got = n001(tmp_path, RU, "Marina Kuznetzova, who ran the polyclinic for ten years, has been appointed "
                             "head of the hospital.\n\nThe new building will have two hundred beds.\n")
    assert any("Kuznetsova" in f.message and f.severity.name.lower() == "minor" for f in got), got


def test_sh_as_sz_in_english(tmp_path):
    src = RU.replace("Марина Кузнецова", "Марина Машкова")
    got = n001(tmp_path, src, "Marina Maszkova, who ran the polyclinic for ten years, has been appointed "
                              "head of the hospital.\n\nThe new building will have two hundred beds.\n")
    assert any("Mashkova" in f.message for f in got), got


def test_english_system_spelling_is_silent(tmp_path):
    assert n001(tmp_path, RU, "Marina Kuznetsova, who ran the polyclinic for ten years, has been appointed "
                              "head of the hospital.\n\nThe new building will have two hundred beds.\n") == []


def test_other_system_kept_at_every_mention_is_silent(tmp_path):
    src = RU + "\nКузнецова обещала открыть корпус в мае.\n"
    tgt = ("Marina Kuznetzova, who ran the polyclinic for ten years, has been appointed head of the "
           "hospital.\n\nThe new building will have two hundred beds.\n\n"
           "Kuznetzova promised to open the building in May.\n")
    assert n001(tmp_path, src, tgt) == []
