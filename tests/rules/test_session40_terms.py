"""Session 40: a two-word rendering with one word swapped once (district heating ...
remote heating), T003's third path."""
from __future__ import annotations

import mtcheck


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [f.message for f in mtcheck.compare(t, source=s).findings if f.code == "T003"]


# the source word in a compound once (Fernwärmepriser) and the usual rendering opening the
# headline: the one-word and multi-word paths find no majority; the shared neighbour does
DE = ("Fernwärme in Kassel wird im Januar um zwölf Prozent teurer\n\n"
      "Rund 9000 Haushalte in Kassel zahlen ab Januar deutlich mehr für ihre Fernwärme, nachdem "
      "der Aufsichtsrat der Stadtwerke eine Erhöhung beschlossen hat.\n\n"
      "Die Stadtwerke wollen die Fernwärme bis 2030 ohne Kohle erzeugen, sagte ein Sprecher.\n\n"
      "Die Aufsicht über die Fernwärmepreise hat sich noch nicht geäußert.\n")
EN = ("District heating in Kassel to cost twelve percent more from January\n\n"
      "Around 9,000 households in Kassel will pay significantly more for their {} heating from "
      "January after the supervisory board of the municipal utility approved an increase.\n\n"
      "The utility wants to produce district heating without coal by 2030, a spokesman said.\n\n"
      "The regulator of district heating prices has not yet commented.\n")

CS = ("Nová tramvajová trať povede do Bohunic\n\n"
      "Stavba tramvajové trati začne podle radnice v březnu příštího roku.\n\n"
      "Tramvajová trať bude stát zhruba 1,2 miliardy korun a měří 3,4 kilometru.\n\n"
      "Kritici tramvajové trati upozorňují na kácení stromů v ulici.\n")
EN_CS = ("New tram line to run to Bohunice\n\n"
         "Construction of the tram line will begin next March, according to the town hall.\n\n"
         "The {} line will cost around 1.2 billion crowns and is 3.4 kilometres long.\n\n"
         "Critics of the tram line point to the felling of trees in the street.\n")


def test_one_word_of_a_two_word_rendering_swapped_once(tmp_path):
    msgs = t003(tmp_path, DE, EN.format("remote"), "de", "en")
    assert msgs == ["“Fernwärme” is rendered with “district” in 2 other places but “remote heating” here"], msgs
    assert t003(tmp_path, DE, EN.format("district"), "de", "en") == []


def test_a_swapped_modifier_in_another_pair(tmp_path):
    msgs = t003(tmp_path, CS, EN_CS.format("streetcar"), "cs", "en")
    assert any("streetcar line" in m for m in msgs), msgs
    assert t003(tmp_path, CS, EN_CS.format("tram"), "cs", "en") == []


def test_a_shared_neighbour_that_renders_the_source_word_is_no_evidence(tmp_path):
    # "new" is rendered "neue" everywhere; Gebäude renders "building", which the last
    # sentence does not have: a new specialist is another thing, not another rendering
    src = ("The new building has four floors and 120 beds.\n\n"
           "The new building cost 20 million euros.\n\n"
           "Every month a new specialist will join the team.\n")
    tgt = ("Das neue Gebäude hat vier Stockwerke und 120 Betten.\n\n"
           "Das neue Gebäude kostete 20 Millionen Euro.\n\n"
           "Jeden Monat wird eine neue Fachkraft zum Team stoßen.\n")
    assert t003(tmp_path, src, tgt, "en", "de") == []
