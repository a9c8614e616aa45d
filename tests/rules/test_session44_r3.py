"""Session 44 (r3): T003 inconsistent-rendering, a term that is an item of a list.

A list keeps the order of its items in translation: the k-th item of a source list of n
("mice, hedgehogs and ferrets") is rendered by the k-th item of the translation's list of n.
So where a recurring term's usual rendering is missing from a sentence in which the term is
an item of a list, the word at the term's place in the translation's list is its rendering
there, though another item sits as near the term's place in the sentence or nearer (which
either made the choice too close to call, or chose the wrong item, a hedgehog for a
ferret).  The conjunctions that close a list are data (data/terminology/conjunctions.tsv).
"""

from __future__ import annotations

from mtcheck.rules.terminology import _list_place


def t003(article, src, tgt, sl, tl):
    return [f.message for f in article(src, tgt, sl, tl) if f.code == "T003" and not f.suppressed]


EN = ["Volunteers on the island have set traps for ferrets along the coastal track since March.",
      "The ferrets arrived on the island by boat in the 1990s, the ranger said.",
      "Each trap is checked twice a week, and the ferrets caught are recorded in a national database.",
      "The programme aims to free the island of mice, hedgehogs and ferrets within ten years, "
      "with money from the regional council."]

DA = ["Frivillige på øen har siden marts sat fælder op for fritter langs kyststien.",
      "Fritterne kom til øen med båd i 1990'erne, sagde skovfogeden.",
      "Hver fælde tjekkes to gange om ugen, og de fangede fritter registreres i en national database.",
      "Programmet skal befri øen for mus, pindsvin og {} inden for ti år, med penge fra regionsrådet."]

DE = ["Freiwillige auf der Insel stellen seit März entlang des Küstenwegs Fallen für Wiesel auf.",
      "Die Wiesel kamen in den 1990er-Jahren mit Booten auf die Insel, sagte der Ranger.",
      "Jede Falle wird zweimal pro Woche kontrolliert, und die gefangenen Wiesel werden in einer "
      "nationalen Datenbank erfasst.",
      "Das Programm soll die Insel innerhalb von zehn Jahren von Mäusen, Igeln und {} befreien, "
      "mit Geld des Regionalrats."]


def test_list_item_rendered_another_way_en_da(article):
    out = t003(article, EN, DA[:3] + [DA[3].format("ildere")], "en", "da")
    assert any("“ildere” here" in m for m in out), out


def test_list_item_rendered_as_elsewhere_en_da(article):
    assert t003(article, EN, DA[:3] + [DA[3].format("fritter")], "en", "da") == []


def test_list_item_rendered_another_way_en_de(article):
    # the third item is flagged, not the second (Igeln renders hedgehogs)
    out = t003(article, EN, DE[:3] + [DE[3].format("Hermelinen")], "en", "de")
    assert any("“Hermelinen” here" in m for m in out), out
    assert not any("Igeln" in m for m in out), out


def test_list_item_rendered_as_elsewhere_en_de(article):
    assert t003(article, EN, DE[:3] + [DE[3].format("Wieseln")], "en", "de") == []


def test_list_place():
    t = "The trap lines catch rats, possums and stoats near the lake."
    assert _list_place(t, t.find("stoats"), "en") == (3, 3)
    assert _list_place(t, t.find("possums"), "en") == (2, 3)
    assert _list_place(t, t.find("lake"), "en") is None
    t = "Wir haben Äpfel, Birnen, reife Pflaumen und Kirschen gekauft."
    assert _list_place(t, t.find("Kirschen"), "de") == (4, 4)
    assert _list_place(t, t.find("Pflaumen"), "de") == (3, 4)
    assert _list_place(t, t.find("gekauft"), "de") is None
    t = "Compramos manzanas, peras y ciruelas."
    assert _list_place(t, t.find("ciruelas"), "es") == (3, 3)
    assert _list_place("Er kam gestern.", 3, "xx") is None
