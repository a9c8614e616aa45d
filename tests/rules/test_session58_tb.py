"""Session 58 (helper tb): two false T003 single-word findings, by class.

1. A source word with two renderings of its own (niños: "paediatric" in a phrase,
   "children" on its own): a sentence that holds the second rendering, found in two or
   more of the term's sentences without the majority one, renders the term by it; the
   minority path must not pick another word there.
2. A sentence whose word order moves the term (Ostatnią dużą modernizację przeszedł
   dworzec → The station last underwent a major renovation): a word spelled much more like
   the usual rendering stands a little farther off, so the word at the term's place (the
   verb) is no rendering of it.
"""
from __future__ import annotations

import mtcheck


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [f.message for f in mtcheck.compare(t, source=s).findings if f.code == "T003"]


ES = ("El hospital abrió una nueva unidad de urgencias de niños en Valencia.\n\n"
      "Los médicos de niños del hospital llevaban años pidiéndola.\n\n"
      "La jefa de cirugía de niños, Ana Ruiz, dijo que faltan enfermeras.\n\n"
      "La planta de niños tendrá 40 camas a partir de mayo.\n\n"
      "El año pasado se atendieron 30.000 niños, muchos con gripe.\n\n"
      "Según la consejería, muchos niños llegan en helicóptero desde los pueblos.\n")
EN_ES = ("The hospital opened a new paediatric emergency unit in Valencia.\n\n"
         "The hospital's paediatric doctors had been asking for it for years.\n\n"
         "The head of paediatric surgery, Ana Ruiz, said nurses were lacking.\n\n"
         "The paediatric ward will have 40 beds from May.\n\n"
         "Last year 30,000 {} were treated, many with flu.\n\n"
         "According to the regional ministry, many children arrive by helicopter from the villages.\n")

IT = ("L'ospedale di Bari ha aperto un nuovo pronto soccorso per bambini.\n\n"
      "I medici per bambini dell'ospedale lo chiedevano da anni.\n\n"
      "La primaria di chirurgia per bambini, Laura Conti, ha detto che mancano infermieri.\n\n"
      "Il reparto per bambini avrà 30 letti da giugno.\n\n"
      "L'anno scorso sono stati curati 25.000 bambini, molti con l'influenza.\n\n"
      "Secondo la regione, molti bambini arrivano in elicottero dai paesi vicini.\n")
EN_IT = ("The hospital in Bari has opened a new paediatric emergency room.\n\n"
         "The hospital's paediatric doctors had been asking for it for years.\n\n"
         "The head of paediatric surgery, Laura Conti, said nurses were lacking.\n\n"
         "The paediatric ward will have 30 beds from June.\n\n"
         "Last year 25,000 children were treated, many with influenza.\n\n"
         "According to the region, many children arrive by helicopter from nearby towns.\n")


def test_second_rendering_of_the_term_is_no_minority_es(tmp_path):
    assert t003(tmp_path, ES, EN_ES.format("children"), "es", "en") == []


def test_second_rendering_of_the_term_is_no_minority_it(tmp_path):
    assert t003(tmp_path, IT, EN_IT, "it", "en") == []


CS = ("Radnice schválila rozšíření letiště za dvě miliardy korun.\n\n"
      "Rozšíření potrvá tři roky a zaplatí ho kraj.\n\n"
      "Během rozšíření zůstane hala otevřená pro cestující.\n\n"
      "Poslední velké rozšíření zažilo letiště v roce 2004, kdy dostalo novou dráhu.\n")
EN_CS = ("The town hall approved the expansion of the airport for two billion crowns.\n\n"
         "The expansion will take three years and the region will pay for it.\n\n"
         "During the expansion the hall will remain open to passengers.\n\n"
         "The airport last experienced a major extension in 2004, when it got a new runway.\n")

PL = ("Rada miasta zatwierdziła modernizację dworca za 20 milionów złotych.\n\n"
      "Modernizacja potrwa dwa lata i obejmie perony.\n\n"
      "Podczas modernizacji hala będzie zamknięta dla podróżnych.\n\n"
      "{}\n")
EN_PL = ("The city council approved the modernisation of the station for 20 million zlotys.\n\n"
         "The modernisation will take two years and will include the platforms.\n\n"
         "During the modernisation the hall will be closed to travellers.\n\n"
         "{}\n")


def test_word_order_moved_term_verb_not_flagged_cs(tmp_path):
    assert t003(tmp_path, CS, EN_CS, "cs", "en") == []


def test_word_order_moved_term_verb_not_flagged_pl(tmp_path):
    src = PL.format("Ostatnią dużą modernizację przeszedł dworzec w 1998 roku, gdy otrzymał nowy dach.")
    tgt = EN_PL.format("The station last underwent a major renovation in 1998, when it got a new roof.")
    assert t003(tmp_path, src, tgt, "pl", "en") == []


def test_no_like_spelled_word_keeps_the_finding_pl(tmp_path):
    # no word spelled like the usual rendering in the sentence: the finding stays
    src = PL.format("Ostatnia duża modernizacja odbyła się w 1998 roku, gdy budynek otrzymał nowy dach.")
    tgt = EN_PL.format("The last major refit took place in 1998, when the building got a new roof.")
    msgs = t003(tmp_path, src, tgt, "pl", "en")
    assert any("“modernizację” is rendered “modernisation”" in m for m in msgs), msgs
