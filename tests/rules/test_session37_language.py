"""Session 37: L002 on names kept as they are (a hyphenated name, a dateline's place in
capitals, a place in its base form where the source inflects it, a name with the English
possessive, the lower-case words of a company's name), on a loanword the parallel edition
in a third language keeps too and a dish's name after its loanword head; and where a
capital is sentence-initial (after an opening quote, at a Markdown block's start)."""
from __future__ import annotations

import re

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.rules import language

CONFIG = Config(select=["L", "X"])  # L002 and X001, which leaves copied words to L002


def l002(src: str, tgt: str, sl: str, tl: str, *, minor: bool = True) -> list[str]:
    """The L002 findings (and X001's) of the pair: "code severity text"."""
    return [f"{f.code} {f.severity.label} {f.message}" for f in mtcheck.check_pair(src, tgt, sl, tl, config=CONFIG)
            if f.code in ("L002", "X001") and not f.suppressed and (minor or f.severity.label != "minor")]


# -- names kept as they are ------------------------------------------------------------------
@pytest.mark.parametrize("sl,tl,src,tgt", [
    # a hyphenated name of capitalised parts, even opening the sentence
    ("fr", "es", "Météo-France avait placé le Finistère, les Côtes-d'Armor et la Manche en vigilance rouge dès mercredi à 16 heures.",
     "Météo-France había activado la alerta roja en Finisterre, Costas de Armor y La Mancha desde el miércoles a las 16.00."),
    ("fr", "en", "Météo-France a placé la Bretagne en vigilance rouge dès mercredi.",
     "Météo-France put Brittany on red alert from Wednesday."),
    ("fr", "it", "Météo-France a placé la Bretagne en vigilance rouge dès mercredi.",
     "Météo-France ha messo la Bretagna in allerta rossa da mercoledì."),
    # a dateline's place in capitals, before a date or an agency
    ("sk", "de", "SPIŠSKÁ NOVÁ VES, 18. augusta. Lesný požiar v Národnom parku Slovenský raj sa od piatka rozšíril na plochu približne 320 hektárov.",
     "SPIŠSKÁ NOVÁ VES, 18. August. Der Waldbrand im Nationalpark Slowakisches Paradies hat sich seit Freitag auf eine Fläche von rund 320 Hektar ausgebreitet."),
    ("cs", "en", "ČESKÉ BUDĚJOVICE, 3. května. Hasiči zasahovali u požáru skladu.",
     "ČESKÉ BUDĚJOVICE, 3 May. Firefighters tackled a warehouse fire."),
    ("sk", "de", "BANSKÁ BYSTRICA (TASR) – Polícia obvinila troch mužov z krádeže.",
     "BANSKÁ BYSTRICA (TASR) – Die Polizei hat drei Männer wegen Diebstahls angeklagt."),
    # a place in its base form, the source's inflected with a stem that changes (a vowel
    # dropped, a consonant graded)
    ("sr", "en", "Zemljotres se osetio i u Kragujevcu, Čačku i Kruševcu, pa čak i u Beogradu, udaljenom 140 kilometara.",
     "The quake was also felt in Kragujevac, Čačak and Kruševac, and even in Belgrade, 140 kilometres away."),
    ("hr", "en", "Potres se osjetio i u Leskovcu i Nišu.", "The quake was also felt in Leskovac and Niš."),
    ("fi", "en", "Toimitusjohtaja Mikko Leinonen kertoo, että erityisesti Hervannan ja keskustan välinen osuus on ruuhka-aikoina täynnä.",
     "Managing director Mikko Leinonen says the section between Hervanta and the city centre is packed at rush hour in particular."),
    ("fi", "en", "Uusi koulu avataan syksyllä Hervannassa.", "The new school opens in Hervanta in the autumn."),
    # a company's name of ordinary words, its first capitalised, after a descriptor
    ("lt", "de", "Nuo gegužės 1 d. Vilniaus gatvėmis pradės važinėti 41 naujas „Škoda“ troleibusas, pranešė bendrovė „Vilniaus viešasis transportas“.",
     "Ab dem 1. Mai sind in Vilnius 41 neue Oberleitungsbusse von Škoda unterwegs, wie das städtische Verkehrsunternehmen Vilniaus viešasis transportas mitteilte."),
    ("lt", "en", "Informaciją paskelbė bendrovė „Vilniaus viešasis transportas“.",
     "The information was published by the company Vilniaus viešasis transportas."),
    ("cs", "de", "Oznámila to společnost Dopravní podnik hlavního města Prahy.",
     "Dies teilte das Unternehmen Dopravní podnik hlavního města Prahy mit."),
    # a name with the English possessive, the source's in another case
    ("cs", "en", "„Lidé jasně řekli, že les je pro ně důležitější než další parkoviště,“ uvedl primátor Jihlavy Martin Dvořák.",
     "\"People have said clearly that the forest matters more to them than yet another car park,\" said Jihlava's mayor, Martin Dvořák."),
])
def test_a_name_kept_as_it_is_is_not_copied_text(sl, tl, src, tgt):
    assert l002(src, tgt, sl, tl) == []


@pytest.mark.parametrize("sl,tl,src,tgt,word", [
    # a sentence left in German inside an English one
    ("de", "en", "Die Regierung sagte, die Entlastung komme bei vielen Haushalten nicht an.",
     "The government said die Entlastung komme bei vielen Haushalten nicht an.", None),
    ("de", "en", "Die Behörden konnten die neuen Forderungen nicht erfüllen.",
     "The authorities could nicht meet the new demands.", "nicht"),
    # a common noun copied in lower case (hyphenated, or beside a name in its base form)
    ("fr", "es", "Le vice-président avait placé le Finistère en vigilance rouge.",
     "El vice-président había activado la alerta roja en Finisterre.", "vice-président"),
    ("sr", "en", "Zemljotres se osetio i u Kragujevcu, a štete je bilo u Kruševcu.",
     "The quake was felt in Kragujevac, and there was štete in Kruševac.", "štete"),
    ("fi", "en", "Toimitusjohtaja kertoo, että erityisesti Hervannan ja keskustan välinen osuus on täynnä.",
     "The director says the section between Hervanta and keskustan is packed.", "keskustan"),
    # German writes its nouns with a capital: a hyphenated compound is no name
    ("de", "en", "Die Klima-Aktivisten blockierten am Montag die Straße.",
     "The Klima-Aktivisten blocked the road on Monday.", "Klima-Aktivisten"),
    # a run in capitals past the dateline, the words of a name without its capitalised head
    ("sk", "de", "Hasiči uviedli: LESNÝ POŽIAR SA ROZŠÍRIL na 320 hektárov.",
     "Die Feuerwehr teilte mit: LESNÝ POŽIAR SA ROZŠÍRIL auf 320 Hektar.", "LESNÝ POŽIAR SA ROZŠÍRIL"),
    ("lt", "de", "Bendrovė teigė, kad viešasis transportas veiks įprastai.",
     "Das Unternehmen teilte mit, dass viešasis transportas normal fahren werde.", "viešasis transportas"),
    # an ordinary word with the English possessive
    ("cs", "en", "Vláda schválila rozpočet na příští rok.", "The vláda's budget for next year was approved.", "vláda's"),
])
def test_source_text_left_in_is_still_copied_text(sl, tl, src, tgt, word):
    found = l002(src, tgt, sl, tl, minor=False)
    if word is None:  # (a whole sentence: L001's)
        assert any(f.code == "L001" for f in mtcheck.check_pair(src, tgt, sl, tl, config=Config(select=["L"])))
    else:
        assert any(f.startswith("L002 major") and f"“{word}”" in f for f in found), found


def test_only_a_dateline_place_in_capitals_is_a_name():
    assert language._dateline_place_end("SPIŠSKÁ NOVÁ VES, 18. augusta.") == len("SPIŠSKÁ NOVÁ VES")
    assert language._dateline_place_end("BANSKÁ BYSTRICA (TASR) – Polícia") == len("BANSKÁ BYSTRICA")
    assert language._dateline_place_end("POZOR, na ceste je ľad.") == -1  # no date after it
    assert language._dateline_place_end("Heute, 18. August, regnet es.") == -1  # not in capitals, no dash


@pytest.mark.parametrize("name,key,same", [
    ("kruševcu", "kruševac", True), ("hervannan", "hervanta", True), ("hervannassa", "hervanta", True),
    ("leskovcu", "leskovac", True),
    ("kragujevcu", "kruševac", False),  # another name
    ("hervannan", "herttua", False),   # more than the stem's end differs
])
def test_a_stem_that_changes_before_the_case_ending(name, key, same):
    assert language._name_form(name, key) is same


# -- loanwords -------------------------------------------------------------------------------
def _articles(tmp_path, files: dict[str, str]) -> dict[str, str]:
    out = {}
    for name, text in files.items():
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        out[name] = str(p)
    return out


def _l002_words(report) -> list[str]:
    return [re.sub(r"^“(.*?)”.*", r"\1", f.message) for f in report.findings if f.code == "L002" and not f.suppressed]


SMORREBROD = {
    "src.da.txt": "Frokostmenuen består af fem stykker smørrebrød og koster 745 kroner.\n\n"
                  "Restauranten åbnede i 2019 ved havnen i Aarhus.\n",
    "mt.en.txt": "The lunch menu consists of five pieces of smørrebrød and costs 745 kroner.\n\n"
                 "The restaurant opened in 2019 by the harbour in Aarhus.\n",
    "par.sv.txt": "Lunchmenyn består av fem smørrebrød och kostar 745 danska kronor.\n\n"
                  "Restaurangen öppnade 2019 vid hamnen i Aarhus.\n",
}
PAELLA = {
    "src.es.txt": "En su comedor, la paella valenciana cuesta 19,50 euros por persona.\n\n"
                  "El restaurante abrió en 1982 en Alzira.\n",
    "mt.de.txt": "Im Speisesaal kostet das Gericht valenciana 19,50 Euro pro Person.\n\n"
                 "Das Restaurant wurde 1982 in Alzira eröffnet.\n",
    "par.en.txt": "In its dining room, the dish valenciana costs €19.50 per person.\n\n"
                  "The restaurant opened in 1982 in Alzira.\n",
}


def test_a_word_the_third_language_edition_keeps_too_is_a_loanword(tmp_path):
    p = _articles(tmp_path, SMORREBROD)
    alone = mtcheck.compare(p["mt.en.txt"], source=p["src.da.txt"], config=Config(select=["L"]))
    assert "smørrebrød" in _l002_words(alone)  # (without the Swedish edition: a kept word)
    both = mtcheck.compare(p["mt.en.txt"], source=p["src.da.txt"], parallels=[p["par.sv.txt"]],
                           config=Config(select=["L"]))
    assert _l002_words(both) == []
    # the same with a Spanish source, German target and English edition
    p = _articles(tmp_path, PAELLA)
    alone = mtcheck.compare(p["mt.de.txt"], source=p["src.es.txt"], config=Config(select=["L"]))
    assert "valenciana" in _l002_words(alone)
    both = mtcheck.compare(p["mt.de.txt"], source=p["src.es.txt"], parallels=[p["par.en.txt"]],
                           config=Config(select=["L"]))
    assert _l002_words(both) == []


def test_a_word_of_the_third_language_itself_is_no_sign(tmp_path):
    # Danish og left in English: the Norwegian edition writes og as its own word
    p = _articles(tmp_path, {
        "src.da.txt": "Frokostmenuen består af fem stykker brød og koster 745 kroner.\n",
        "mt.en.txt": "The lunch menu consists of five pieces of bread og costs 745 kroner.\n",
        "par.nb.txt": "Lunsjmenyen består av fem stykker brød og koster 745 kroner.\n",
    })
    rep = mtcheck.compare(p["mt.en.txt"], source=p["src.da.txt"], parallels=[p["par.nb.txt"]],
                          config=Config(select=["L"]))
    assert "og" in _l002_words(rep)
    # and a word the third edition does not have stays copied
    p = _articles(tmp_path, {**SMORREBROD, "par.sv.txt": SMORREBROD["par.sv.txt"].replace("smørrebrød", "smörgåsar")})
    rep = mtcheck.compare(p["mt.en.txt"], source=p["src.da.txt"], parallels=[p["par.sv.txt"]],
                          config=Config(select=["L"]))
    assert "smørrebrød" in _l002_words(rep)


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("es", "de", "En su comedor, la paella valenciana cuesta 19,50 euros.", "Im Speisesaal kostet die Paella valenciana 19,50 Euro."),
    ("it", "de", "La pizza margherita costa otto euro.", "Die Pizza margherita kostet acht Euro."),
    ("it", "de", "Il risotto milanese costa dodici euro.", "Das Risotto milanese kostet zwölf Euro."),
])
def test_a_dish_name_after_its_loanword_head_is_kept(sl, tl, src, tgt):
    assert l002(src, tgt, sl, tl) == []


@pytest.mark.parametrize("sl,tl,src,tgt,word", [
    # after a translated word, or an ordinary word of the target's own
    ("es", "de", "En su comedor, la comida valenciana cuesta 19,50 euros.", "Im Speisesaal kostet das Essen valenciana 19,50 Euro.", "valenciana"),
    ("es", "en", "El precio de la comida valenciana sube.", "The price of the food valenciana rises.", "valenciana"),
])
def test_a_kept_word_after_no_loanword_is_still_copied(sl, tl, src, tgt, word):
    assert any(f"“{word}”" in f for f in l002(src, tgt, sl, tl)), l002(src, tgt, sl, tl)


# -- sentence-initial capitals ----------------------------------------------------------------
def _initial(text: str, word: str) -> bool:
    ms = language._words(text)
    i = next(k for k, m in enumerate(ms) if m.group() == word)
    return language._sentence_initial(text, ms, i)


@pytest.mark.parametrize("text,word,initial", [
    # a quoted sentence opens a sentence
    ("Pētnieki sacīja „Griķi ir viena no nedaudzajām kultūrām,” skaidroja projekta vadītājs.", "Griķi", True),
    ("Kerem Aydoğdu açıklamasında “Yolcularımızın güvenliği her şeyin önünde gelir” dedi.", "Yolcularımızın", True),
    ("il a dit « Nous sommes prêts à négocier » hier", "Nous", True),
    # a short quoted name keeps its capital as a name's
    ("pranešė bendrovė „Vilniaus viešasis transportas“.", "Vilniaus", False),
    ("41 naujas „Škoda“ troleibusas", "Škoda", False),
    ("der “Big” Apple", "Apple", False),
    # a Markdown block opens a sentence: a caption in emphasis, a list item, an image's alt text
    ("Foto: ANP\n\n*Tuinmannen controleren boomvarens*", "Tuinmannen", True),
    ("Wat je nodig hebt\n- Prairie gras", "Prairie", True),
    ("Lees verder\n![Hortelãos a trabalhar](images/a.jpg)", "Hortelãos", True),
    # a hard-wrapped line of a paragraph goes on with its sentence
    ("de gemeente en\nGroningen tekenden", "Groningen", False),
    ("the firm Nokia said", "Nokia", False),
])
def test_where_a_capital_is_sentence_initial(text, word, initial):
    assert _initial(text, word) is initial


def test_a_word_opening_a_list_item_or_a_quotation_is_no_source_name():
    src = ("Wat je nodig hebt\n- Prairie gras voor de tuin\n\n"
           "De tuinman zei „Tuinmannen werken hier al sinds 1920 elke dag,” en lachte. De stad Groningen betaalt.")
    names = language._source_names([src])
    assert "prairie" not in names and "tuinmannen" not in names
    assert "groningen" in names
