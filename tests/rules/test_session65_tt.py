"""Session 65 (tt): T003 (inconsistent-rendering), false alarms and misses.

False alarms:

* a modal verb (devrait, should; data/terminology/modal_verbs.tsv) renders no term: a
  sentence that takes the term up by a pronoun has the modal where the term stood;
* a noun inside a phrase of time (no final do jogo, at the end of; Portuguese complex
  prepositions, data/terminology/complex_prepositions.tsv) is no mention of the term;
* an English noun before a noun (a church choir) said in a Romance translation as a
  relational adjective after its noun (un coro ecclesiastico) is the term rendered;
* Swahili ki-/vi- nouns take their plural by the prefix (kitalu / vitalu): one word.

Misses: a long compound the source says just twice, rendered by a compound with another
head on the same modifier at the later mention (wulpeneilanden / wulpenheuvels). (Two-word
renderings with one word swapped are not flagged on two mentions: too many false alarms.)
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.terminology import (_adjunct_as_adjective, _in_complex_preposition,
                                       _modal_verbs, lemma)


def t003(src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str]]:
    return [(tgt[f.span[0]:f.span[1]], f.message) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == "T003"]


# -- a modal verb where the term stood -------------------------------------------------------
_STUDY_EN = ("The pilot study began in March on six farms. Growers who joined the study saw fewer "
             "burnt fruits. The researchers measured the yield of the study every week. The team is "
             "now planning a follow-up study on melons. The study is expected to start next autumn "
             "and to last two years.")
_STUDY_FR = ("L'étude pilote a commencé en mars dans six exploitations. Les producteurs qui ont "
             "rejoint l'étude ont vu moins de fruits brûlés. Les chercheurs ont mesuré le rendement "
             "de l'étude chaque semaine. L'équipe prépare maintenant une nouvelle étude sur les "
             "melons. Elle devrait commencer l'automne prochain et durer deux ans.")


def test_modal_verb_is_no_rendering():
    assert t003(_STUDY_EN, _STUDY_FR, "en", "fr") == []


def test_modal_verbs_list():
    assert {"devrait", "pourrait", "should"} <= _modal_verbs("fr") | _modal_verbs("en")
    # the forms that are also nouns are left out
    assert not {"devoir", "pouvoir"} & _modal_verbs("fr")
    assert not {"will", "may", "can"} & _modal_verbs("en")


def test_modal_fix_keeps_a_real_swap():
    tgt = _STUDY_FR.replace("rendement de l'étude", "rendement de l'enquête")
    msgs = t003(_STUDY_EN, tgt, "en", "fr")
    assert any(here == "enquête" for here, _ in msgs), msgs


# -- a noun inside a phrase of time ----------------------------------------------------------
_CUP_PT = ("O clube venceu a final da taça no domingo. A final foi disputada em Lisboa perante dez "
           "mil adeptos. O treinador falou aos jornalistas no final do jogo e elogiou os jogadores. "
           "Na próxima época, o clube quer chegar de novo à final.")


def test_pt_time_phrase_is_no_mention():
    tgt = ("The club won the cup final on Sunday. The final was played in Lisbon in front of ten "
           "thousand fans. The coach spoke to reporters after the game and praised the players. "
           "Next season, the club wants to reach the final again.")
    assert t003(_CUP_PT, tgt, "pt", "en") == []


def test_time_phrases_helper():
    assert _in_complex_preposition("falou no final do jogo", 11, "pt")
    assert _in_complex_preposition("habló al final del partido", 9, "es")
    assert _in_complex_preposition("il a parlé à la fin du match", 16, "fr")
    # the cup final itself is a mention
    assert not _in_complex_preposition("chegar de novo à final da taça", 17, "pt")


# -- an English noun before a noun as a relational adjective ---------------------------------
def test_noun_adjunct_as_relational_adjective():
    src = ("The church in the village was built in 1420. The church needs a new roof. Volunteers "
           "raised money for the church all summer. A church choir from Verona will sing at the "
           "reopening. The bishop will visit the church in May.")
    tgt = ("La chiesa del paese fu costruita nel 1420. La chiesa ha bisogno di un tetto nuovo. I "
           "volontari hanno raccolto fondi per la chiesa tutta l'estate. Un coro ecclesiastico di "
           "Verona canterà alla riapertura. Il vescovo visiterà la chiesa a maggio.")
    assert t003(src, tgt, "en", "it") == []


def test_noun_adjunct_helper():
    src = "A church choir from Verona will sing."
    tgt = "Un coro ecclesiastico di Verona canterà."
    s = tgt.index("ecclesiastico")
    assert _adjunct_as_adjective(src, [(2, "church")], "en", tgt, s, s + len("ecclesiastico"), "it")
    c = tgt.index("coro")
    assert _adjunct_as_adjective(src, [(2, "church")], "en", tgt, c, c + 4, "it")
    # the term as a noun of its own (the church of the village): no adjunct
    src2 = "The church of Verona will sing."
    assert not _adjunct_as_adjective(src2, [(4, "church")], "en", tgt, s, s + len("ecclesiastico"), "it")
    # a noun where the term sits, no adjective after it: another word
    tgt2 = "Un coro della diocesi di Verona canterà."
    assert not _adjunct_as_adjective(src, [(2, "church")], "en", tgt2, 3, 7, "it")


# -- Swahili ki-/vi- plurals -----------------------------------------------------------------
def test_sw_ki_vi_plural_is_one_word():
    src = ("The project set up four tree nurseries last year. Women run the tree nurseries in each "
           "village. The tree nurseries grow mango and avocado seedlings. Buyers come to the tree "
           "nurseries every week. One farmer said the tree nursery near her home gave her a steady "
           "income.")
    tgt = ("Mradi ulianzisha vitalu miti vinne mwaka jana. Wanawake wanaendesha vitalu miti katika "
           "kila kijiji. Vitalu miti vinakuza miche ya maembe na parachichi. Wanunuzi huja kwenye "
           "vitalu miti kila wiki. Mkulima mmoja alisema kitalu miti karibu na nyumbani kwake "
           "kilimpa kipato cha kudumu.")
    assert t003(src, tgt, "en", "sw") == []
    assert lemma("vitalu", "sw") == lemma("kitalu", "sw")
    assert lemma("vyombo", "sw") == lemma("chombo", "sw")
    assert lemma("viatu", "sw") == "viatu"  # (vi before a vowel: no ki- noun's plural)


# -- a term said twice, rendered two ways ----------------------------------------------------
_BP_ES = ("Los ingenieros midieron la carga axial de los pilares durante un año. Los resultados "
          "se publicaron en marzo. El puente está en Sevilla. Un aumento de la carga axial no "
          "siempre causa grietas.")
_BP_EN = ("The engineers measured the axial load of the pillars over a year. The results were "
          "published in March. The bridge is in Seville. A rise in axial force does not always "
          "cause cracks.")


def test_two_mentions_two_words_not_flagged():
    # a rendering of two words with one swapped is left alone on two mentions: the pair found
    # is too often the term's word with the sentence's next word
    assert t003(_BP_ES, _BP_EN, "es", "en") == []


def test_two_mentions_rendered_alike():
    assert t003(_BP_ES, _BP_EN.replace("axial force", "axial load"), "es", "en") == []


_CURLEW_DE = ("Die Forscher legten auf zwanzig Feldern sogenannte Brachvogelinseln an. Die Vögel "
               "brüteten dort früher als sonst. Auch die Zahl der Küken stieg deutlich. Brachvogelinseln "
               "allein reichten aber nicht aus, sagte die Biologin.")
_CURLEW_NL = ("De onderzoekers legden op twintig akkers zogeheten wulpeneilanden aan. De vogels "
               "broedden daar eerder dan anders. Ook het aantal kuikens steeg duidelijk. Wulpenheuvels "
               "alleen waren echter niet genoeg, zei de biologe.")


def test_two_mentions_compound_with_another_head():
    msgs = t003(_CURLEW_DE, _CURLEW_NL, "de", "nl")
    assert [here for here, _ in msgs] == ["Wulpenheuvels"], msgs


def test_two_mentions_compound_alike():
    # (a word beside the compound, aan / alleen, is no part of its rendering)
    assert t003(_CURLEW_DE, _CURLEW_NL.replace("Wulpenheuvels", "Wulpeneilanden"), "de", "nl") == []


_SOLAR_DE = ("Die Gemeinde baut am Stadtrand ein Holzheizwerk für drei Millionen Euro. Der "
             "Gemeinderat stimmte am Montag zu. Die Bauarbeiten beginnen im Mai. Das Holzheizwerk "
             "soll tausend Haushalte versorgen.")
_SOLAR_EN = ("The municipality is building a woodchip plant on the edge of town for three million "
             "euros. The council approved it on Monday. Construction starts in May. The woodchip station "
             "is to supply a thousand households.")


def test_two_mentions_source_compound_rendered_by_two_words_not_flagged():
    assert t003(_SOLAR_DE, _SOLAR_EN, "de", "en") == []


def test_two_mentions_same_rendering_elsewhere_in_the_sentence():
    # the usual rendering in both sentences, another phrase beside it in one: no swap
    src = _SOLAR_DE.replace("Das Holzheizwerk", "Das neue Holzheizwerk")
    tgt = _SOLAR_EN.replace("The woodchip station is", "The new woodchip plant, with two large boilers, is")
    assert t003(src, tgt, "de", "en") == []
