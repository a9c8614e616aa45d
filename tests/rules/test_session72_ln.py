"""Session 72 (leaks and language): names a translation keeps are no copies (L002), found as
classes (written for mtcheck; every example is invented):

1. a short Finnish name whose last consonant grades in the oblique cases (Ranta ~ Rannasta,
   Lampi ~ Lammesta), kept in its base form where the source writes it only opening its
   headline;
2. a German town whose name is also a common word (an adjective's or a verb's form), listed
   with two towns no German noun is spelled like; and a town named with its river after a
   place-name link (X an der Y, X am Y), kept whole;
3. a compass point the source writes in lower case after a name it capitalises, capitalised
   by the translation as part of that name (a region's or a body's name);
4. a rare source word kept beside another kept word, a loan the target knows a little, as
   the source has them together (two names of a culture's dishes): minor, as that one is;
5. F003: UI lines the per-language lists lacked (read on below the advertisement, share
   this article, a newsletter prompt), now major on a line of their own or glued to a
   paragraph's end.
"""
from __future__ import annotations

import pytest

import mtcheck


def l002(src, tgt, sl, tl):
    return [f"{f.severity.label}:{f.text}" for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == "L002" and not f.suppressed]


# -- 1. a Finnish name in its base form where the source declines it with a graded stem --------

FI = ("{w} avaa uuden kirjaston ensi keväänä\n\n"
      "Kaupunki arvioi, että kirjasto houkuttelee kävijöitä muualta kuin {wf}.")
TGT_FI = {"en": ("{w} to open new library next spring\n\n"
                 "The city expects the library to draw visitors from outside {w}."),
          "fr": ("{w} ouvrira une nouvelle bibliothèque au printemps prochain\n\n"
                 "La ville s'attend à ce que la bibliothèque attire des visiteurs venus d'ailleurs que {w}.")}


@pytest.mark.parametrize("w,wf", [("Ranta", "Rannasta"), ("Lampi", "Lammesta")])
@pytest.mark.parametrize("tl", ["en", "fr"])
def test_finnish_graded_name_kept_in_base_form(w, wf, tl):
    assert l002(FI.format(w=w, wf=wf), TGT_FI[tl].format(w=w), "fi", tl) == []


@pytest.mark.parametrize("w,tl", [("Ranta", "en"), ("Lampi", "fr")])
def test_finnish_word_copied_without_a_declined_name_stays(w, tl):
    # no declined form of the word anywhere in the source: nothing says it is a name
    src = FI.split("\n\n")[0].format(w=w)
    tgt = TGT_FI[tl].split("\n\n")[0].format(w=w)
    assert any(f.startswith("major:") for f in l002(src, tgt, "fi", tl))


# -- 2. German towns: listed with towns, or named with their river -----------------------------

DE_LIST = "Das Sperrgebiet umfasst Teile von Gaildorf, Laufen und Bopfingen."


@pytest.mark.parametrize("tgt,tl", [
    ("Het gebied omvat delen van Gaildorf, Laufen en Bopfingen.", "nl"),
    ("The zone covers parts of Gaildorf, Laufen and Bopfingen.", "en"),
])
def test_german_town_listed_with_towns_is_a_name(tgt, tl):
    assert l002(DE_LIST, tgt, "de", tl) == []


def test_german_town_listed_once_is_a_name_at_every_mention():
    src = "Imker Paul Maier aus Laufen bangt um seine Völker.\n\n" + DE_LIST
    tgt = ("Beekeeper Paul Maier from Laufen fears for his colonies.\n\n"
           "The zone covers parts of Gaildorf, Laufen and Bopfingen.")
    assert l002(src, tgt, "de", "en") == []


@pytest.mark.parametrize("src,tgt,tl,word", [
    # a noun listed with nouns: no names in the list
    ("Die Bauern ernten Äpfel, Birnen und Pflaumen.", "De boeren oogsten appels, Birnen en pruimen.",
     "nl", "Birnen"),
    ("Die Bauern ernten Äpfel, Birnen und Pflaumen.", "The farmers harvest apples, Birnen and plums.",
     "en", "Birnen"),
    # a place the target has its own name for, listed with names: still left untranslated
    ("Die Regierung schickt Hilfe nach Bayern, Sachsen und Thüringen.",
     "De regering stuurt hulp naar Beieren, Sachsen en Thüringen.", "nl", "Sachsen"),
])
def test_german_word_listed_without_names_stays(src, tgt, tl, word):
    assert f"major:{word}" in l002(src, tgt, "de", tl)


@pytest.mark.parametrize("src,tgt,tl", [
    ("Die Seuche trat zuletzt bei Murrhardt an der Murr auf.",
     "De ziekte dook voor het laatst op bij Murrhardt an der Murr.", "nl"),
    ("Die Seuche trat zuletzt bei Gaildorf an der Kocher auf.",
     "De ziekte dook voor het laatst op bij Gaildorf an der Kocher.", "nl"),
    ("Die Seuche trat zuletzt bei Murrhardt an der Murr auf.",
     "The disease last appeared near Murrhardt an der Murr.", "en"),
])
def test_german_town_named_with_its_river_is_kept_whole(src, tgt, tl):
    assert l002(src, tgt, "de", tl) == []


@pytest.mark.parametrize("tgt,tl", [
    ("Ze sprak over het Leben in der Stadt.", "nl"),
    ("She spoke about Leben in der Stadt.", "en"),
])
def test_german_nouns_around_a_particle_stay_copies(tgt, tl):
    # (Leben is a noun, no town's name: no place-name link)
    found = l002("Sie sprach über das Leben in der Stadt.", tgt, "de", tl)
    assert "major:Leben" in found


# -- 3. a compass point capitalised as part of a name ------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("La criée est gérée par la chambre de commerce Provence ouest.",
     "Die Auktion wird von der Handelskammer Provence Ouest betrieben.", "fr", "de"),
    ("L'asta è gestita dalla camera di commercio Liguria ovest.",
     "Die Auktion wird von der Handelskammer Liguria Ovest betrieben.", "it", "de"),
])
def test_compass_point_capitalised_in_a_name(src, tgt, sl, tl):
    assert l002(src, tgt, sl, tl) == []


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # kept in lower case: the source's word, copied
    ("La criée est gérée par la chambre de commerce Provence ouest.",
     "Die Auktion wird von der Handelskammer Provence ouest betrieben.", "fr", "de"),
    ("Le vent soufflait de l'ouest toute la nuit.",
     "Der Wind wehte die ganze Nacht aus dem ouest.", "fr", "de"),
])
def test_compass_point_copied_stays(src, tgt, sl, tl):
    assert "major:ouest" in l002(src, tgt, sl, tl)


# -- 4. a rare source word kept beside a loan the target knows ---------------------------------

@pytest.mark.parametrize("src,tgt,tl,word", [
    ("La casa elabora ratafia i carquinyolis des del 1920.",
     "La maison élabore de la ratafia et des carquinyolis depuis 1920.", "fr", "carquinyolis"),
    ("El restaurant serveix romesco i escalivada cada dia.",
     "The restaurant serves romesco and escalivada every day.", "en", "escalivada"),
])
def test_rare_word_kept_beside_a_loan_is_minor(src, tgt, tl, word):
    found = l002(src, tgt, "ca", tl)
    assert f"minor:{word}" in found and not any(f.startswith("major:") for f in found)


@pytest.mark.parametrize("src,tgt,tl,word", [
    ("La casa elabora carquinyolis des del 1920.",
     "La maison élabore des carquinyolis depuis 1920.", "fr", "carquinyolis"),
    ("El restaurant serveix escalivada cada dia.",
     "The restaurant serves escalivada every day.", "en", "escalivada"),
])
def test_rare_word_kept_alone_stays_major(src, tgt, tl, word):
    assert f"major:{word}" in l002(src, tgt, "ca", tl)


# -- 5. F003: listed UI lines that were missing (read on below the ad, share this article,
#    a newsletter prompt), major on a line of their own or glued to a paragraph's end ------

EN_SRC = ("The city will replace 4,000 water meters this year.\n\n"
          "The new meters send readings every hour, the utility said.\n\n"
          "Customers will not pay for the new equipment, the council said.\n")
TGT = {
    "nl": ("De stad vervangt dit jaar 4.000 watermeters.\n\n"
           "De nieuwe meters sturen elk uur een meting door, zei het waterbedrijf.{glued}\n\n"
           "{line}"
           "Klanten betalen niet voor de nieuwe apparatuur, zei de gemeente.\n"),
    "nb": ("Byen skal bytte ut 4000 vannmålere i år.\n\n"
           "De nye målerne sender avlesninger hver time, sa vannverket.{glued}\n\n"
           "{line}"
           "Kundene skal ikke betale for det nye utstyret, sa kommunen.\n"),
    "hi": ("शहर इस साल 4,000 पानी के मीटर बदलेगा।\n\n"
           "नए मीटर हर घंटे रीडिंग भेजते हैं, जल विभाग ने कहा।{glued}\n\n"
           "{line}"
           "ग्राहकों को नए उपकरण के लिए भुगतान नहीं करना होगा, परिषद ने कहा।\n"),
    "ru": ("Город в этом году заменит 4000 счётчиков воды.\n\n"
           "Новые счётчики передают показания каждый час, сообщили в водоканале.{glued}\n\n"
           "{line}"
           "Клиенты не будут платить за новое оборудование, заявили в мэрии.\n"),
}


def _sev(tmp_path, src, tgt, sl, tl):
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [(f.severity.label, f.text) for f in mtcheck.compare(t, source=s).findings
            if f.code == "F003" and not f.suppressed]


@pytest.mark.parametrize("tl,line", [
    ("nl", "Lees verder onder de advertentie"),
    ("hi", "इस लेख को शेयर करें"),
    ("nb", "Del denne artikkelen"),
])
def test_ui_line_of_its_own_is_major(tmp_path, tl, line):
    tgt = TGT[tl].format(glued="", line=line + "\n\n")
    assert _sev(tmp_path, EN_SRC, tgt, "en", tl) == [("major", line)]


@pytest.mark.parametrize("tl,line", [
    ("nb", "Del denne artikkelen"),
    ("ru", "Подпишитесь на нашу рассылку"),
])
def test_ui_line_glued_to_a_paragraph_end_is_major(tmp_path, tl, line):
    tgt = TGT[tl].format(glued=" " + line, line="")
    assert _sev(tmp_path, EN_SRC, tgt, "en", tl) == [("major", line)]


@pytest.mark.parametrize("tl,sentence", [
    ("nb", "Hun ba leserne dele denne artikkelen med naboene sine."),
    ("ru", "Мэрия предложила жителям подписаться на рассылку о ремонте."),
    ("nl", "Wie verder leest onder de advertentie, vindt de tarieven."),
])
def test_ui_words_inside_a_sentence_are_no_ui(tmp_path, tl, sentence):
    tgt = TGT[tl].format(glued=" " + sentence, line="")
    assert _sev(tmp_path, EN_SRC, tgt, "en", tl) == []
