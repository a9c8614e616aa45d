"""Session 52 (r1): one figure for one figure; sentences run into the next after a
dangling word; Scandinavian compounds in the definite form opening a sentence.

* D001: a fraction word (a tenth, ein Zehntel) no longer stands for two source figures,
  the fraction and a count its denominator equals (10 ... a tenth): the matching pairs a
  fraction with a fraction first (a tenth reads 10 percent too), and in a document a
  fraction word elsewhere excuses a lost share, not a lost count;
* S004: a sentence cut after a preposition or an article and run into the next one, which
  opens with a capitalised pronoun or demonstrative (… is estimated at That is …), where
  the source ends a sentence there;
* N003: a Swedish compound common noun in its definite form opening a sentence
  (Elförbrukningen, Nybyggnaden) is no name; a name opening a sentence still is.
"""
from __future__ import annotations

import mtcheck


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


# --- D001: a fraction word counts for one source figure ---------------------------------

def test_count_lost_beside_a_fraction_de_en():
    assert codes("Die Anlage produziert jährlich 10 Tonnen Stahl. Das ist etwa ein Zehntel der "
                 "Produktion des Landes.",
                 "The plant produces every year That is about a tenth of the country's output.",
                 "de", "en", "D001")


def test_count_lost_beside_a_fraction_sv_en():
    assert codes("Fabriken tillverkar 10 ton stål om året. Det är ungefär en tiondel av landets "
                 "produktion.",
                 "The factory makes steel a year. That is about a tenth of the country's output.",
                 "sv", "en", "D001")


def test_count_lost_beside_a_half_sv_en():
    # hälften reads 50 percent too: it is the half's partner, the 50 is lost
    assert codes("Gården har 50 hästar. Det är ungefär hälften av den tidigare hjorden.",
                 "The farm has horses. That is about half of the herd it used to have.",
                 "sv", "en", "D001")


def test_count_lost_beside_a_fraction_es_en():
    # the lost figure is the count, not the fraction
    found = codes("La granja tiene 10 caballos. Es aproximadamente una décima parte del rebaño de antes.",
                  "The farm has horses. That is about a tenth of the herd it used to have.",
                  "es", "en", "D001")
    assert found and all("décima" not in m for m in found) and any("10" in m for m in found)


def test_count_and_fraction_both_kept():
    assert not codes("Die Anlage produziert jährlich 10 Tonnen Stahl. Das ist etwa ein Zehntel der "
                     "Produktion des Landes.",
                     "The plant produces 10 tonnes of steel every year. That is about a tenth of the "
                     "country's output.", "de", "en", "D001")
    assert not codes("Fabriken tillverkar 10 ton stål om året. Det är ungefär en tiondel av landets "
                     "produktion.",
                     "The factory makes 10 tonnes of steel a year. That is about a tenth of the "
                     "country's output.", "sv", "en", "D001")
    # a tenth said as a percentage still matches
    assert not codes("Etwa ein Zehntel der Haushalte hat kein Auto.",
                     "About 10 percent of households have no car.", "de", "en", "D001")


def test_percentage_keeps_its_fraction():
    # 50 % is the half; the other half renders "the others": no figure added
    assert not codes("Half of the patients received the new drug at once. The others were given "
                     "a placebo for six weeks.",
                     "50 % der Patienten erhielten sofort das neue Medikament. Die andere Hälfte "
                     "bekam sechs Wochen lang ein Placebo.", "en", "de", "D001")


def test_document_count_not_excused_by_a_fraction_elsewhere(article):
    src = ["Die Gemeinde liegt im Norden des Landes und hat eine lange Geschichte.",
           "Das neue Werk soll mit Strom aus Wasserkraft betrieben werden, und der Verbrauch wird "
           "auf etwa 10 Gigawattstunden im Jahr geschätzt. Das entspricht ungefähr einem Zehntel "
           "des Verbrauchs der ganzen Region.",
           "Der Bau beginnt im kommenden Frühjahr."]
    tgt = ["The municipality lies in the north of the country and has a long history.",
           "The new plant is to run on electricity from hydropower, and its consumption is "
           "estimated at That is roughly a tenth of the consumption of the whole region.",
           "Construction starts next spring."]
    found = article(src, tgt, "de", "en")
    assert any(f.code == "D001" and "10" in f.message for f in found)
    tgt_ok = list(tgt)
    tgt_ok[1] = ("The new plant is to run on electricity from hydropower, and its consumption is "
                 "estimated at around 10 gigawatt hours a year. That is roughly a tenth of the "
                 "consumption of the whole region.")
    assert not [f for f in article(src, tgt_ok, "de", "en") if f.code in ("D001", "S004")]


# --- S004: cut after a dangling word, run into a capitalised pronoun ---------------------

def _s004(found):
    return [f for f in found if f.code == "S004"]


def test_cut_run_into_pronoun_de_en(article):
    src = ["Die Stadt hat ein neues Schwimmbad gebaut.",
           "Der Bürgermeister sagte bei der Eröffnung am Freitag, die Kosten hätten sich auf rund "
           "zwölf Millionen Euro belaufen. Er nannte das Bad eine Investition in die Gesundheit der "
           "Bevölkerung.",
           "Das Bad öffnet täglich um sieben Uhr."]
    tgt = ["The town has built a new swimming pool.",
           "At the opening on Friday the mayor said the costs had come to He called the pool an "
           "investment in the health of the population.",
           "The pool opens daily at seven o'clock."]
    assert _s004(article(src, tgt, "de", "en"))


def test_cut_run_into_demonstrative_es_en(article):
    src = ["El ayuntamiento presentó ayer su nuevo plan de movilidad urbana.",
           "Los autobuses eléctricos circularán por el centro de la ciudad a partir del próximo "
           "otoño. Esto reducirá el ruido en las calles más concurridas del casco antiguo.",
           "El plan se votará en el pleno de marzo."]
    tgt = ["The city council yesterday presented its new urban mobility plan.",
           "Electric buses will run through the city centre from This will reduce noise in the "
           "busiest streets of the old town.",
           "The plan will be voted on at the March plenary."]
    assert _s004(article(src, tgt, "es", "en"))


def test_cut_run_into_pronoun_en_fr(article):
    src = ["The museum reopened its doors after two years of work.",
           "Visitors can now see the collection of paintings in the restored west wing of the "
           "building. It was closed to the public since the roof collapsed in the storm.",
           "Tickets are sold online."]
    tgt = ["Le musée a rouvert ses portes après deux ans de travaux.",
           "Les visiteurs peuvent désormais voir la collection de tableaux dans Elle était fermée "
           "au public depuis que le toit s'est effondré pendant la tempête.",
           "Les billets sont vendus en ligne."]
    assert _s004(article(src, tgt, "en", "fr"))


def test_pronoun_title_or_name_after_dangling_word_is_no_cut(article):
    src = ["Der Abend war ein Erfolg.",
           "Die Band spielte am Samstag vor vollem Haus ihr neues Album von Anfang bis Ende. "
           "Danach gab es drei Zugaben.",
           "Die Tour geht im Mai weiter."]
    # a capitalised pronoun before a capital word is a title or a name (It Follows, The Hague)
    tgt = ["The evening was a success.",
           "On Saturday the band played their new album It Takes Two from start to finish to a "
           "full house. Then came three encores.",
           "The tour continues in May."]
    assert not _s004(article(src, tgt, "de", "en"))
    # a complete translation, the next sentence opening with a pronoun
    tgt2 = ["The evening was a success.",
            "On Saturday the band played their new album from start to finish to a full house. "
            "They then gave three encores.",
            "The tour continues in May."]
    assert not _s004(article(src, tgt2, "de", "en"))


# --- N003: Scandinavian definite compounds opening a sentence ----------------------------

def test_definite_compound_opening_sentence_is_no_name_sv():
    assert not codes("Elförbrukningen beräknas öka kraftigt under de kommande åren.",
                     "Electricity consumption is expected to rise sharply in the coming years.",
                     "sv", "en", "N003")
    assert not codes("Nybyggnaden ska stå klar om två år.",
                     "The new building is to be completed in two years.", "sv", "en", "N003")
    assert not codes("Elförbrukningen beräknas öka kraftigt under de kommande åren.",
                     "Der Stromverbrauch dürfte in den kommenden Jahren stark steigen.",
                     "sv", "de", "N003")


def test_definite_compound_opening_sentence_is_no_name_da():
    assert not codes("Elforbruget ventes at stige kraftigt i de kommende år.",
                     "Electricity consumption is expected to rise sharply in the coming years.",
                     "da", "en", "N003")


def test_name_opening_sentence_still_checked():
    from mtcheck.rules._text import namelike
    assert namelike("nordenskiöld", "sv", "en", initial=True)
    assert namelike("kristiansen", "da", "en", initial=True)
    assert codes("Anna Sundqvist säger att arbetet går enligt plan.",
                 "The official says the work is going to plan.", "sv", "en", "N003")
