"""Numbers family (D001): locale formats, scale and number words, dates, times, codes;
pair mode in several language pairs, the registry examples and document level with a
parallel version (written for mtcheck)."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.model import Alignment, Bead, Document, Severity
from mtcheck.rules import CheckContext, get_rule, run_rules
from mtcheck.rules._text import find_numbers, match_numbers

from conftest_report import sentence_doc as doc

CFG = Config(select=["D001"])


def flagged(src: str, tgt: str, sl: str, tl: str) -> bool:
    return any(f.code == "D001" for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG))


# (source lang, target lang, source, target, flagged?)
CASES = [
    # locale formats of one value are equal
    ("de", "en", "Im Gefängnis sassen 70'000 Menschen.", "70,000 people were in prison.", False),
    ("de", "en", "Im Gefängnis sassen 70'000 Menschen.", "7,000 people were in prison.", True),
    ("fr", "en", "Environ 70 000 personnes sont détenues.", "About 70,000 people are detained.", False),
    ("fr", "en", "Environ 70\u202f000 personnes sont détenues.", "About 70,000 people are detained.", False),
    ("fr", "en", "Environ 70 000 personnes sont détenues.", "About 17,000 people are detained.", True),
    ("de", "en", "Die Quote stieg auf 3,5 Prozent.", "The rate rose to 3.5 percent.", False),
    ("de", "en", "Die Quote stieg auf 3,5 Prozent.", "The rate rose to 5.3 percent.", True),
    ("en", "de", "The murder rate fell by 57 percent.", "Die Mordrate sank um 57 Prozent.", False),
    ("en", "de", "The murder rate fell by 57 percent.", "Die Mordrate sank um 75 Prozent.", True),
    ("en", "fr", "Prices rose 4.5% last year.", "Les prix ont augmenté de 4,5 % l'an dernier.", False),
    # scale words
    ("de", "en", "Der Bau kostet 1,5 Mio. Franken.", "Construction costs 1.5 million francs.", False),
    ("de", "en", "Der Bau kostet 1,5 Mio. Franken.", "Construction costs CHF 1,500,000.", False),
    ("de", "en", "Der Bau kostet 1,5 Mio. Franken.", "Construction costs 1.5 billion francs.", True),
    ("de", "en", "Der Staat schuldet 2 Milliarden Euro.", "The state owes 2 billion euros.", False),
    ("de", "en", "Der Staat schuldet 2 Billionen Euro.", "The state owes 2 billion euros.", True),
    ("fr", "en", "La dette atteint 3 milliards d'euros.", "The debt reaches 3 billion euros.", False),
    # number words
    ("de", "en", "Das Studio nahm sie für sieben Jahre unter Vertrag.", "The studio signed her for 7 years.", False),
    ("de", "en", "Das Studio nahm sie für sieben Jahre unter Vertrag.", "The studio signed her for nine years.", True),
    ("fr", "en", "Après sept jours de défaites, Bush a parlé.", "After seven days of defeats, Bush spoke.", False),
    ("fr", "en", "Après sept jours de défaites, Bush a parlé.", "After six days of defeats, Bush spoke.", True),
    ("fr", "en", "Ils ont fini quatrième, cinquième et sixième.", "They finished fourth, fifth and sixth.", False),
    ("es", "en", "Llegaron treinta y cinco personas.", "Thirty-five people arrived.", False),
    ("it", "en", "Sono arrivate ventitré persone.", "Twenty-three people arrived.", False),
    ("it", "en", "Sono arrivate ventitré persone.", "Thirty-three people arrived.", True),
    # elided and apocopated tens before a vowel or a noun (trent'anni, ventun anni)
    ("it", "en", "Le temperature sono salite negli ultimi trent'anni.",
     "Temperatures have risen over the last thirty years.", False),
    ("it", "en", "Le temperature sono salite negli ultimi trent'anni.",
     "Temperatures have risen over the last twenty years.", True),
    ("it", "en", "Aveva ventun anni.", "He was twenty-one.", False),
    ("en", "it", "She waited fifty years.", "Ha aspettato cinquant’anni.", False),
    ("en", "it", "She waited forty years.", "Ha aspettato cinquant’anni.", True),
    ("en", "de", "Solar panels cost ten times more.", "Solarmodule kosten zehnmal mehr.", False),
    # dates and times
    ("de", "en", "Das Abkommen wurde am 4. Februar 2025 unterzeichnet.",
     "The agreement was signed on February 4, 2025.", False),
    ("de", "en", "Das Abkommen wurde am 4. Februar 2025 unterzeichnet.",
     "The agreement was signed on February 14, 2025.", True),
    ("fr", "en", "L'accord a été signé le 4 février 2025.", "The agreement was signed on 4 February 2025.", False),
    ("de", "en", "Das Abkommen wurde am 04.02.2025 unterzeichnet.",
     "The agreement was signed on February 4, 2025.", False),
    ("de", "en", "Der Zeuge hörte um 14.30 Uhr Geräusche.", "The witness heard noises at 2:30 pm.", False),
    ("de", "en", "Der Zeuge hörte um 14.30 Uhr Geräusche.", "The witness heard noises at 3:30 pm.", True),
    ("fr", "en", "Le véhicule a été enlevé vers 12 h 00 GMT.", "The vehicle was removed around 1200 GMT.", False),
    ("fr", "en", "Le véhicule a été enlevé vers 12 h 00 GMT.", "The vehicle was removed around 2100 GMT.", True),
    ("fr", "en", "Dans les années 70 et 80, la télévision a changé.", "In the 1970s and 1980s, television changed.", False),
    ("fr", "en", "Le style a connu son apogée au XIVe siècle.", "The style peaked in the 14th century.", False),
    ("en", "de", "Mexico had crises in 1994-5 and Argentina in 2001-2.",
     "Mexiko hatte Krisen 1994-95 und Argentinien 2001-2002.", False),
    # codes, URLs, names
    ("de", "en", "Er wird täglich auf Covid-19 getestet.", "He is tested daily for Covid-19.", False),
    ("de", "en", "Er wird täglich auf Covid-19 getestet.", "He is tested daily for Covid-22.", True),
    ("en", "en", "See https://t.co/HTNwtp35Aq for the post.", "See the post.", False),
    ("en", "de", "The Ninth Ward was flooded.", "Der Ninth Ward wurde überflutet.", False),
]


@pytest.mark.parametrize("sl,tl,src,tgt,expected", CASES)
def test_cases(sl, tl, src, tgt, expected):
    assert flagged(src, tgt, sl, tl) == expected


def test_registry_example():
    r = get_rule("D001")
    assert flagged(*r.fail, "de", "en")
    assert not flagged(*r.ok, "de", "en")


def test_mismatch_message_severity_suggestion():
    fs = mtcheck.check_pair("Im Gefängnis sassen 70'000 Menschen.", "7,000 people were in prison.",
                            "de", "en", config=CFG)
    assert len(fs) == 1
    f = fs[0]
    assert f.message == "source has 70'000, translation has 7,000"
    assert f.severity == Severity.CRITICAL and f.text == "7,000"
    assert f.suggestion == "70,000"
    assert f.evidence and f.evidence[0].note == "source"


@pytest.mark.parametrize("src,tgt,sl,tl,suggestion", [
    # four bare digits (a year, a model number) are not grouped in the suggestion
    ("Er kam 2024 nach Bern.", "He came to Bern in 2023.", "de", "en", "2024"),
    ("Il est arrivé en 1998.", "He arrived in 1989.", "fr", "en", "1998"),
    # a grouped source keeps its grouping in English
    ("Es kamen 4'500 Leute.", "4,600 people came.", "de", "en", "4,500"),
    ("Es kamen 4500 Leute.", "Sono venute 4600 persone.", "de", "it", "4500"),
])
def test_suggestion_keeps_bare_four_digit_numbers_bare(src, tgt, sl, tl, suggestion):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG) if f.code == "D001"]
    assert [f.suggestion for f in fs] == [suggestion]


def test_one_sided_severities():
    # a digit number dropped: major; a number word dropped: minor
    fs = mtcheck.check_pair("Er zahlte 300 Franken für das Ticket.", "He paid for the ticket.",
                            "de", "en", config=CFG)
    assert [f.severity for f in fs] == [Severity.MAJOR]
    fs = mtcheck.check_pair("Zwei Reformen wurden 1996 beschlossen.", "Reforms were adopted in 1996.",
                            "de", "en", config=CFG)
    assert [f.severity for f in fs] == [Severity.MINOR]


def test_find_numbers_values():
    vals = {n.text: n.values for n in find_numbers("1.500 und 3,5 und 1,5 Mio. und 14.30 Uhr", "de")}
    assert vals["1.500"] == {1500.0}  # German writes decimals with a comma
    assert {n.text: n.values for n in find_numbers("1.500 or 2,500", None)}["1.500"] == {1500.0, 1.5}
    assert {n.text: n.values for n in find_numbers("It cost 2,500", "en")}["2,500"] == {2500.0}
    assert {n.text: n.values for n in find_numbers("Costó 2.500", "es")}["2.500"] == {2500.0, 2.5}
    assert vals["3,5"] == {3.5, 3.5e6}  # "3,5 und 1,5 Mio." may share the scale
    assert vals["1,5 Mio"] == {1_500_000.0}
    assert vals["14.30 Uhr"] == {("t", 150)}
    a = find_numbers("zwei und 28.000", "de")
    b = find_numbers("28,000 and two", "en")
    ma, mb = match_numbers(a, b)
    assert None not in ma and None not in mb


# -- document level ----------------------------------------------------------------
def run(target: Document, source: Document, others=()) -> list:
    als = {d.path: Alignment(source.path, d.path, [Bead([i], [i]) for i in range(len(source.segments))])
           for d in [target, *others]}
    ctx = CheckContext(target, source, others, als)
    return run_rules(ctx, [get_rule("D001")])


def test_doc_mismatch_with_parallel_evidence():
    src = doc("s.de.txt", "de", "source", ["Die Mordrate sank um 57 Prozent.", "2022 sassen 70'000 Menschen in Haft."])
    par = doc("p.fr.txt", "fr", "parallel", ["Le taux d'homicides a baissé de 57 %.", "En 2022, 70 000 personnes étaient détenues."])
    tgt = doc("a.en.txt", "en", "target", ["The murder rate fell by 75 percent.", "In 2022, 70,000 people were in custody."])
    fs = run(tgt, src, [par])
    assert [(f.text, f.message) for f in fs] == [("75", "source has 57, translation has 75")]
    notes = [e.note for e in fs[0].evidence]
    assert "source" in notes
    assert any(n.startswith("p.fr.txt has 57 like the source") for n in notes)


def test_doc_alignment_slack():
    # the number moved to the neighbouring sentence: not an error
    src = doc("s.de.txt", "de", "source", ["Es waren 2000 Häftlinge.", "Sie kamen an."])
    tgt = doc("a.en.txt", "en", "target", ["There were prisoners.", "All 2,000 arrived."])
    assert run(tgt, src) == []


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("es", "de", ["Sufren escasez de agua desde hace dos años.", "El plan incluye tres plantas."],
     ["Sie leiden seit drei Jahren unter Wassermangel.", "Der Plan umfasst drei Anlagen."]),
    ("en", "fr", ["The drought has lasted 12 years.", "The plan includes 15 plants."],
     ["La sécheresse dure depuis 15 ans.", "Le plan comprend 15 usines."]),
])
def test_doc_slack_does_not_excuse_a_figure_its_own_neighbour_matches(sl, tl, src, tgt):
    """A neighbour's figure that its own sentence translates (tres ~ drei) is no figure
    slipped over from there: dos ~ drei is a changed figure, reported as one."""
    fs = run(doc(f"a.{tl}.txt", tl, "target", tgt), doc(f"s.{sl}.txt", sl, "source", src))
    assert [(f.severity.label, f.message.split(",")[1].strip()) for f in fs] == \
        [("critical", "translation has " + ("drei" if tl == "de" else "15"))]


@pytest.mark.parametrize("src,tgt,beads,flagged", [
    # each figure in the other's bead, with a stray insertion bead ("C )." split off an
    # abbreviation) between: alignment slack, not two changed figures
    (["Vier Männer erreichten den Gipfel.", "Nr. 57 folgte."],
     ["Des hommes (n° 57) atteignirent le sommet.", "C ).", "Quatre suivirent."],
     [([0], [0]), ([], [1]), ([1], [2])], False),
    # a sentence pair between: the figures are two sentences apart, a changed figure
    (["Vier Männer erreichten den Gipfel.", "Es regnete.", "Nr. 57 folgte."],
     ["Des hommes (n° 57) atteignirent le sommet.", "Il pleuvait.", "Quatre suivirent."],
     [([0], [0]), ([1], [1]), ([2], [2])], True),
    # a long unaligned stretch between (four insertion beads): no window that wide
    (["Vier Männer erreichten den Gipfel.", "Nr. 57 folgte."],
     ["Des hommes (n° 57) atteignirent le sommet.", "A.", "B.", "C.", "D.", "Quatre suivirent."],
     [([0], [0]), ([], [1]), ([], [2]), ([], [3]), ([], [4]), ([1], [5])], True),
])
def test_doc_alignment_slack_past_null_beads(src, tgt, beads, flagged):
    s = doc("s.de.txt", "de", "source", src)
    t = doc("a.fr.txt", "fr", "target", tgt)
    al = {t.path: Alignment(s.path, t.path, [Bead(a, b) for a, b in beads])}
    fs = run_rules(CheckContext(t, s, (), al), [get_rule("D001")])
    assert bool(fs) == flagged, fs


# -- formats and words that human translations use (classes of false positives) --------
SAME = [
    ("de", "fr", "Das Wasser war hier etwa 1 ½ m tief.", "L'eau était ici profonde d'environ 1,50 m."),
    ("de", "en", "Sie brauchten ¾ Stunden bis zum Lager.", "They needed 0.75 hours to reach the camp."),
    ("de", "fr", "Der Grat ragte noch rund tausend Meter auf.", "L'arête s'élevait encore de 1000 m."),
    ("en", "de", "About a thousand people came.", "Etwa 1000 Menschen kamen."),
    ("de", "fr", "Um 21.45 Uhr erreichten sie das Lager.", "A 21 h. 45 ils atteignirent le camp."),
    ("de", "fr", "Um 21.45 Uhr erreichten sie das Lager.", "A 21 h 45 ils atteignirent le camp."),
    ("en", "de", "Three decades of growth came to an end.", "Dreißig Jahre Wachstum gingen zu Ende."),
    ("en", "de", "In the nineteenth century the town grew.", "Im 19. Jahrhundert wuchs die Stadt."),
    ("en", "de", "These are twenty-first-century problems.", "Das sind Probleme des 21. Jahrhunderts."),
    ("en", "de", "The dam is a $2.5-billion project.", "Der Damm ist ein Projekt für 2,5 Milliarden Dollar."),
    ("en", "de", "Jazz flourished in the 1940's.", "Der Jazz blühte in den 40er Jahren auf."),
    ("en", "de", "Growth has slowed over the last decade.", "Das Wachstum hat sich in den letzten zehn Jahren verlangsamt."),
    ("en", "de", "Two-thirds of the voters agreed.", "Zwei Drittel der Wähler stimmten zu."),
    # "a fifth" is a share, written as a fraction word or an ordinal after "one"
    ("en", "ro", "The harvest fell by a fifth.", "Recolta a scăzut cu o cincime."),
    ("en", "pl", "The harvest fell by a fifth.", "Zbiory spadły o jedną piątą."),
    ("en", "pl", "A tenth of the budget goes to defence.", "Jedna dziesiąta budżetu idzie na obronę."),
]


@pytest.mark.parametrize("sl,tl,src,tgt", SAME)
def test_same_value_other_form(sl, tl, src, tgt):
    assert not flagged(src, tgt, sl, tl)


def worst(src: str, tgt: str, sl: str, tl: str):
    return max((f.severity for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG)), default=None)


def test_changed_number_word_range_is_major():
    # two thirds -> "two to three thirds": a changed quantity, not a reworded word
    assert worst("Two-thirds of the voters agreed.", "Zwei bis drei Drittel der Wähler stimmten zu.",
                 "en", "de") >= Severity.MAJOR


def test_omissions_weigh_by_evidence():
    # a unit conversion in brackets dropped or added: the quantity is all there (since
    # session 28 no finding; it was a minor one)
    assert worst("The lake lies 200 kilometers (124 miles) north of the capital.",
                 "Der See liegt 200 Kilometer nördlich der Hauptstadt.", "en", "de") is None
    assert worst("Der Abstand betrug etwa drei Yards.", "La distance était d'environ 3 yards (2,75 m).",
                 "de", "fr") is None
    # a figure missing from a translation of normal length (said once, merged): minor
    assert worst("Er zahlte für das Ticket 300 Franken, sagte sein Bruder gestern am Telefon.",
                 "He paid for the ticket, his brother said yesterday on the phone.", "de", "en") == Severity.MINOR
    # a changed figure stays critical
    assert worst("Die Mordrate sank um 57 Prozent.", "The murder rate fell by 75 percent.",
                 "de", "en") == Severity.CRITICAL


# Bibliographic references: the translation may cite its own edition, so page and issue
# numbers that differ there are minor; the same change in running text stays major.
def _worst(src: str, tgt: str, sl: str, tl: str) -> Severity | None:
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG) if f.code == "D001"]
    return max((f.severity for f in fs), default=None)


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("de", "fr", "Darüber wurde bereits berichtet (« Der Bund » 2003, S. 14).",
     "On en a déjà parlé (voir Le Temps 2003, p. 12)."),
    ("en", "de", "The survey was published earlier (see Annals, vol. 3, pp. 112-130).",
     "Die Studie erschien früher (siehe Annals, Bd. 3, S. 98-115)."),
])
def test_reference_numbers_that_differ_are_minor(sl, tl, src, tgt):
    assert _worst(src, tgt, sl, tl) == Severity.MINOR


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("de", "fr", "Darüber berichteten 81 Zeitungen.", "80 journaux en ont parlé."),
    ("en", "de", "The survey covered 112 villages.", "Die Studie umfasste 98 Dörfer."),
])
def test_the_same_change_in_running_text_is_not_minor(sl, tl, src, tgt):
    assert _worst(src, tgt, sl, tl) is not None and _worst(src, tgt, sl, tl) >= Severity.MAJOR


def test_page_range_dropped_from_a_reference_is_minor():
    assert _worst("Jahrbuch der Geologie, Bd. 7 (2001/02), S. 210-215.",
                  "Jahrbuch der Geologie, vol. 7, 2001/02.", "de", "fr") == Severity.MINOR
    # a figure dropped from running text with its clause is not
    assert _worst("Die Expedition erreichte am 15. Mai mit 14 Trägern das Basislager und "
                  "richtete dort ein Depot für den Aufstieg ein.",
                  "L'expédition atteignit le camp.", "de", "fr") >= Severity.MAJOR


# -- D002 unit-mismatch ----------------------------------------------------------------------
D002 = Config(select=["D002"])


def d002(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl, config=D002) if f.code == "D002"]


@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    ("de", "en", "Er lief 10 Kilometer.", "He ran 10 miles.", ["10 miles"]),
    ("de", "en", "Das kostet 5 Millionen Franken.", "That costs 5 million dollars.", ["5 million dollars"]),
    ("en", "de", "It cost $5 million.", "Es kostete 5 Millionen Euro.", ["5 Millionen Euro"]),
    ("en", "de", "It cost £200m.", "Es kostete 200 Millionen Dollar.", ["200 Millionen Dollar"]),
    ("de", "en", "Er sass 5 Jahre in Haft.", "He spent 5 months in prison.", ["5 months"]),
    ("de", "en", "Der Umsatz stieg um 5 Prozent.", "Sales rose by 5 percentage points.", ["5 percentage points"]),
    ("fr", "en", "Il pèse 80 kilos.", "He weighs 80 pounds.", ["80 pounds"]),
    ("de", "en", "Es war 30 Grad Celsius warm.", "It was 30 degrees Fahrenheit.", ["30 degrees Fahrenheit"]),
    ("en", "fr", "The tower is 300 feet tall.", "La tour mesure 300 mètres.", ["300 mètres"]),
])
def test_unit_or_currency_swapped(sl, tl, src, tgt, want):
    assert d002(src, tgt, sl, tl) == want


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("de", "en", "Er lief 10 Kilometer.", "He ran a 10-km race."),  # symbol, hyphen
    ("de", "en", "Das kostet 1,5 Mio. Franken.", "That costs CHF 1.5 million."),  # code before the figure
    ("de", "fr", "Das kostet 5 Franken.", "Cela coûte 5 francs."),
    ("de", "en", "Er sass 5 Jahre in Haft.", "He served a five-year sentence."),
    ("en", "de", "It took three decades.", "Es dauerte dreißig Jahre."),  # converted: one quantity
    ("en", "de", "It took 30 years.", "Es dauerte 3 Jahrzehnte."),
    ("en", "de", "every few hundred yards", "alle paar hundert Meter"),  # near-equal units
    ("en", "de", "In ten years the tax of 10% raised $200 billion.",
     "In zehn Jahren brachte die Steuer von 10 % 200 Milliarden Dollar."),
    ("en", "de", "30-year bonds yield 30% more.", "30-jährige Anleihen bringen 30% mehr."),
    ("de", "en", "Er lief 10 Kilometer.", "He ran 11 miles."),  # another figure: D001's finding
])
def test_unit_kept_or_no_evidence(sl, tl, src, tgt):
    assert d002(src, tgt, sl, tl) == []


# currencies of Turkish, Polish, Czech, Swedish, Russian … (session 21), in their own and
# in other languages' spellings
@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    ("tr", "en", "Şirket 3 milyon lira kazandı.", "The company earned 3 million dollars.", ["3 million dollars"]),
    ("pl", "en", "Firma zarobiła 5 mln zł.", "The company earned 5 million euros.", ["5 million euros"]),
    ("cs", "de", "Firma vydělala 5 milionů korun.", "Die Firma verdiente 5 Millionen Euro.", ["5 Millionen Euro"]),
    ("ru", "en", "Компания заработала 5 млн рублей.", "The company earned 5 million dollars.", ["5 million dollars"]),
    ("sv", "en", "Bolaget tjänade 5 miljoner kronor.", "The company earned 5 million euros.", ["5 million euros"]),
    ("tr", "en", "Şirket 3 milyon lira kazandı.", "The company earned 3 million lira.", []),
    ("pl", "en", "Firma zarobiła 5 mln zł.", "The company earned 5 million zlotys.", []),
    ("cs", "en", "Firma vydělala 5 milionů korun.", "The company earned 5 million crowns.", []),
    ("ru", "en", "Компания заработала 5 млн рублей.", "The company earned 5 million rubles.", []),
])
def test_currency_of_more_languages(sl, tl, src, tgt, want):
    assert d002(src, tgt, sl, tl) == want


def test_kept_currency_name_is_no_major_code_mix():
    # a currency keeps its name in English (kronor), a Turkish spelling does not (dolar)
    def l002(src, tgt, sl):
        return [f.severity.label for f in mtcheck.check_pair(src, tgt, sl, "en") if f.code == "L002"]
    # (no finding at all: the kept-word test that used to give a minor one no longer sees it)
    assert l002("Bolaget tjänade 5 miljoner kronor.", "The company earned 5 million kronor.", "sv") == []
    assert l002("Şirket 3 milyon lira kazandı.", "The company earned 3 million lira.", "tr") == []
    assert l002("Şirket üç milyon dolar kazandı.", "The company earned three million dolar.", "tr") == ["major"]


def test_unit_table_forms_are_unique_per_line():
    from mtcheck.rules.numbers import unit_table
    t = unit_table()
    assert t.words["kilometres"] == {"km"} and t.symbols["$"] >= {"usd", "cad", "aud"}
    assert t.words["pfund"] == {"lb", "gbp"}  # one spelling, two units: they never clash
    assert set(t.dims.values()) >= {"length", "mass", "time", "currency", "share", "temperature"}


# -- D003 calendar-mismatch ------------------------------------------------------------------
D003 = Config(select=["D003"])


def d003(src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str]]:
    return [(f.text, f.suggestion) for f in mtcheck.check_pair(src, tgt, sl, tl, config=D003)]


@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    ("de", "en", "Die Abstimmung findet am Dienstag statt, die Ergebnisse folgen im März.",
     "The vote takes place on Thursday, the results follow in May.", [("Thursday", "Tuesday"), ("May", "March")]),
    ("de", "en", "Am Dienstagabend kam er.", "He came on Wednesday evening.", [("Wednesday", "Tuesday")]),
    ("en", "de", "He came on Tuesday evening.", "Er kam am Mittwochabend.", [("Mittwochabend", "Dienstag")]),
    ("fr", "en", "Il est venu mardi.", "He came on Friday.", [("Friday", "Tuesday")]),
    ("fr", "de", "Il est arrivé en mars.", "Er kam im Mai.", [("Mai", "März")]),
])
def test_weekday_or_month_changed(sl, tl, src, tgt, want):
    assert d003(src, tgt, sl, tl) == want


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("de", "en", "Er kam gestern.", "He came on Monday."),  # the source names no day
    ("en", "de", "You may come in March.", "Sie können im März kommen."),  # "may" is a verb
    ("de", "en", "Von Montag bis Freitag geöffnet.", "Open Monday to Friday."),
    ("de", "en", "Sie landeten auf dem Mars.", "They landed on Mars."),  # a planet
    ("de", "en", "Am Karfreitag ist geschlossen.", "Closed on Good Friday."),
    ("de", "fr", "Am Samstag, dem 4. Mai, kam er.", "Il est venu le samedi 4 mai."),
])
def test_calendar_kept_or_no_evidence(sl, tl, src, tgt):
    assert d003(src, tgt, sl, tl) == []


@pytest.mark.parametrize("sl,tl,src,tgt,sev", [
    # the source's number words are unread (Icelandic, Indonesian, Macedonian; Hungarian,
    # Finnish and Bulgarian are read since: test_numbers_more_words.py): a small count or
    # a scaled figure may stand there in words, so a figure only the translation has is minor
    ("is", "en", "Fyrirtækið græddi þrjár milljónir króna.", "The company earned 3 million kronur.", "minor"),
    ("id", "en", "Menteri itu bertemu dengan tiga menteri.", "The minister met 3 ministers.", "minor"),
    ("mk", "en", "Компанијата заработи три милиони денари.", "The company earned 30 million denars.", "minor"),
    # a figure no one writes in words stays major; so does any figure where the words are read
    ("pl", "en", "Firma zarobiła dużo.", "The company earned 28,000 zlotys.", "major"),
    ("de", "en", "Die Firma verdiente viel.", "The company earned 3 million euros.", "major"),
])
def test_figure_added_where_source_number_words_are_unread(sl, tl, src, tgt, sev):
    got = [f.severity.label for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "D001"]
    assert got == [sev]


# months and weekdays of more languages, in the case forms dates use (12 marca, 12.
# března, 12 марта, 12. maaliskuuta, március 12-én); Turkish capitalises them (12 Mart)
@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    ("pl", "en", "Umowę podpisano 12 marca 2025 r.", "The agreement was signed on 12 May 2025.", [("May", "March")]),
    ("tr", "en", "Anlaşma 12 Mart 2025'te imzalandı.", "The agreement was signed on 12 May 2025.", [("May", "March")]),
    ("cs", "en", "Dohoda byla podepsána 12. března 2025.", "The agreement was signed on 12 May 2025.", [("May", "March")]),
    ("fi", "en", "Sopimus allekirjoitettiin 12. maaliskuuta 2025.", "The agreement was signed on 12 May 2025.",
     [("May", "March")]),
    ("ru", "en", "Соглашение подписано 12 марта 2025 года.", "The agreement was signed on 12 May 2025.", [("May", "March")]),
    ("sv", "de", "Avtalet undertecknades den 12 mars 2025.", "Das Abkommen wurde am 12. Mai 2025 unterzeichnet.",
     [("Mai", "März")]),
    ("hu", "en", "A megállapodást március 12-én írták alá.", "The agreement was signed on 12 May.", [("May", "March")]),
    ("en", "pl", "The agreement was signed on Tuesday.", "Umowę podpisano w czwartek.", [("czwartek", "wtorek")]),
    ("en", "tr", "The agreement was signed on Tuesday.", "Anlaşma Perşembe günü imzalandı.",
     [("Perşembe", "Salı")]),
])
def test_weekday_or_month_changed_in_more_languages(sl, tl, src, tgt, want):
    assert d003(src, tgt, sl, tl) == want


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("pl", "en", "Umowę podpisano 12 marca 2025 r.", "The agreement was signed on 12 March 2025."),
    ("tr", "en", "Anlaşma 12 Mart 2025'te imzalandı.", "The agreement was signed on 12 March 2025."),
    ("ru", "en", "Соглашение подписано 12 марта 2025 года.", "The agreement was signed on 12 March 2025."),
    ("en", "pl", "The agreement was signed on Tuesday.", "Umowę podpisano we wtorek."),
    ("en", "tr", "The agreement was signed on Tuesday.", "Anlaşma Salı günü imzalandı."),
    # Russian среда is also "environment", Romanian mai also "more": not read as calendar words
    ("ru", "en", "Охрана окружающей среды важна.", "Protecting the environment on Monday is important."),
    ("ro", "en", "Este mai important acum.", "It is more important in March now."),
])
def test_calendar_kept_in_more_languages(sl, tl, src, tgt):
    assert d003(src, tgt, sl, tl) == []


@pytest.mark.parametrize("sl,tl,src,tgt,changed", [
    # a temperature written with its unit glued on (2°C, 2ºC with the ordinal sign typed
    # for the degree) is a figure, not a product code that may go unmatched
    ("en", "de", "To hold warming below the 2°C limit.", "Die Erwärmung unter der 1,5°C-Grenze halten.", True),
    ("en", "de", "To hold warming below the 2ºC limit.", "Die Erwärmung unter der 2°C-Grenze halten.", False),
    ("de", "fr", "Es wurde 3°C wärmer.", "Il a fait 5 °C de plus.", True),
    ("de", "fr", "Es wurde 3°C wärmer.", "Il a fait 3 °C de plus.", False),
])
def test_a_temperature_glued_to_its_unit_is_a_figure(sl, tl, src, tgt, changed):
    assert flagged(src, tgt, sl, tl) is changed


# scale words of many languages, and the signs Chinese, Japanese, Korean and Thai write
# straight after the digits: the same amount is no finding, another one is
SCALES = [
    ("en", "tr", "Revenue rose to $4.5 billion.", "Gelir 4,5 milyar dolara yükseldi.", False),
    ("en", "tr", "Revenue rose to $4.5 billion.", "Gelir 5,5 milyar dolara yükseldi.", True),
    ("en", "pl", "Revenue rose to $4.5 billion.", "Przychody wzrosły do 4,5 mld dolarów.", False),
    ("en", "pl", "Revenue rose to $4.5 billion.", "Przychody wzrosły do 4,5 mln dolarów.", True),
    ("en", "ru", "Revenue rose to $4.5 billion.", "Выручка выросла до 4,5 млрд долларов.", False),
    ("en", "el", "Revenue rose to $4.5 billion.", "Τα έσοδα αυξήθηκαν στα 4,5 δισεκατομμύρια δολάρια.", False),
    ("en", "hi", "Revenue rose to $4.5 billion.", "राजस्व 4.5 अरब डॉलर हो गया।", False),
    ("en", "hi", "The project costs Rs 5 crore.", "परियोजना की लागत 5 करोड़ रुपये है।", False),
    ("en", "zh", "Revenue rose to $4.5 billion.", "营收达到45亿美元。", False),
    ("en", "zh", "Revenue rose to $4.5 billion.", "营收达到4.5亿美元。", True),
    ("en", "zh", "More than 30,000 people attended.", "超过3万人参加。", False),
    ("en", "zh", "More than 30,000 people attended.", "超过4万人参加。", True),
    ("en", "ko", "Revenue rose to $4.5 billion.", "매출은 45억 달러로 늘었다.", False),
    ("en", "ja", "One million people live there.", "そこには100万人が住んでいる。", False),
    # a number in myriads goes on after its first sign (1万2500 = 12,500, 8만7천100 = 87,100)
    ("en", "ja", "The expo drew 12,500 visitors.", "万博には1万2500人が来場した。", False),
    ("en", "ja", "The expo drew 12,600 visitors.", "万博には1万2500人が来場した。", True),
    ("ja", "en", "日経平均の終値は4万3円だった。", "The Nikkei closed at 40,003.", False),
    ("en", "ja", "The budget is 120 million yen.", "予算は1億2000万円だ。", False),
    ("en", "zh", "More than 32,500 people attended.", "超过3万2500人参加。", False),
    ("en", "ko", "Operating profit was 10.4 trillion won.", "영업이익은 10조4천억 원이었다.", False),
    ("en", "ko", "Operating profit was 10.4 trillion won.", "영업이익은 10조5천억 원이었다.", True),
    ("en", "ko", "Shares closed at 87,100 won.", "주가는 8만7천100원에 마감했다.", False),
    ("en", "ko", "It costs 1.2 trillion won.", "비용은 1조 2000억 원이다.", False),
    ("en", "ko", "About 30,000 came, and 5 stayed.", "약 3만 명이 왔고 5명이 남았다.", False),
    # a quarter of an hour in words (tous les quarts d'heure ~ alle 15 Minuten)
    ("de", "fr", "Die Schiffe fahren alle 15 Minuten.", "Les bateaux partent tous les quarts d'heure.", False),
    ("it", "de", "I battelli partono ogni quarto d'ora.", "Die Schiffe fahren alle 15 Minuten.", False),
    ("it", "de", "I battelli partono ogni quarto d'ora.", "Die Schiffe fahren alle 45 Minuten.", True),
    ("en", "de", "The boats leave every 15 minutes.", "Die Schiffe fahren jede Viertelstunde.", False),
    # midnight and noon in words as clock times (bis 24 Uhr, mezzanotte e mezza ~ 0.30 Uhr)
    ("en", "de", "The service runs until midnight.", "Der Dienst läuft bis 24 Uhr.", False),
    ("en", "de", "The service runs until midnight.", "Der Dienst läuft bis 22 Uhr.", True),
    ("it", "de", "Il servizio è attivo dalle 5.30 fino a mezzanotte e mezza.",
     "Die Linie ist von 5.30 Uhr bis 0.30 Uhr in Betrieb.", False),
    ("it", "de", "Il servizio è attivo dalle 5.30 fino a mezzanotte e mezza.",
     "Die Linie ist von 5.30 Uhr bis 1.30 Uhr in Betrieb.", True),
    ("fr", "de", "Le service fonctionne jusqu'à midi.", "Der Dienst läuft bis 12 Uhr.", False),
    ("es", "en", "El servicio funciona hasta la medianoche.", "The service runs until 12 am.", False),
    # a multiple written as a word (fifteenfold ~ 15배, dreifach ~ threefold)
    ("en", "ko", "Profit rose fifteenfold.", "영업이익이 15배 늘었다.", False),
    ("en", "ja", "Profit rose tenfold.", "利益は12倍に増えた。", True),
    ("en", "de", "Profit rose threefold.", "Der Gewinn hat sich verdreifacht.", False),
    ("en", "de", "There was a six-fold increase.", "Es gab eine Versechsfachung.", False),
    ("en", "th", "The bill costs 5 million baht.", "ร่างกฎหมายมีค่าใช้จ่าย 5 ล้านบาท", False),
    ("en", "da", "The fund holds 3 trillion kroner.", "Fonden har 3 billioner kroner.", False),
    ("en", "da", "The fund holds 3 billion kroner.", "Fonden har 3 billioner kroner.", True),
    # the case forms a number takes in Baltic and South Slavic languages
    ("en", "lt", "The budget will reach 2.8 billion euros, 600 million more.",
     "Biudžetas sieks 2,8 milijardo eurų, 600 milijonų daugiau.", False),
    ("en", "lt", "About 12,000 people came.", "Atėjo apie 12 tūkst. žmonių.", False),
    ("en", "et", "The tax brings about 200 million euros.", "Maks toob umbes 200 miljonit eurot.", False),
    ("en", "et", "The tax brings about 300 million euros.", "Maks toob umbes 200 miljonit eurot.", True),
    ("en", "lv", "The project costs 1.5 billion euros.", "Projekts maksā 1,5 miljardus eiro.", False),
    ("en", "sr", "Investment reached 3.2 billion euros.", "Investicije su dostigle 3,2 milijarde evra.", False),
    ("en", "sl", "Sales rose to 1.4 billion euros.", "Prodaja je zrasla na 1,4 milijarde evrov.", False),
    ("en", "hr", "It costs 4 billion kuna.", "Košta 4 milijarde kuna.", False),
    ("en", "sk", "Sales were 3.9 billion euros.", "Tržby boli 3,9 miliardy eur.", False),
    ("en", "bg", "Debt is 2 trillion leva.", "Дългът е 2 трлн. лева.", False),
    # a form is a scale only in its own language (English bin bags, five miles)
    ("tr", "en", "5 çöp torbası aldı.", "He bought 5 bin bags.", False),
    # a CJK date: its month is no stray number
    ("en", "zh", "The meeting is on February 4, 2025.", "会议于2025年2月4日举行。", False),
    ("en", "ko", "The meeting is on February 4, 2025.", "회의는 2025년 2월 4일 열린다.", False),
    ("en", "zh", "The meeting is on February 4, 2025.", "会议于2025年2月5日举行。", True),
    ("en", "vi", "The meeting is on February 4, 2025.", "Cuộc họp diễn ra ngày 4 tháng 2 năm 2025.", False),
    ("en", "vi", "The meeting is on February 4, 2025.", "Cuộc họp diễn ra ngày 5 tháng 2 năm 2025.", True),
]


@pytest.mark.parametrize("sl,tl,src,tgt,expected", SCALES)
def test_scale_words_across_languages(sl, tl, src, tgt, expected):
    assert flagged(src, tgt, sl, tl) is expected


def test_number_words_of_a_language_mtcheck_cannot_read_are_no_evidence():
    # third ~ 第三 / trzecim: mtcheck reads no Chinese or Polish number words, so the
    # source's word has nothing to be matched against: no finding either way
    assert not flagged("Sales fell in the third quarter.", "第三季度销售额下降。", "en", "zh")
    assert not flagged("Sales fell in the third quarter.", "Sprzedaż spadła w trzecim kwartale.", "en", "pl")
    assert not flagged("Три человека погибли.", "Three people died.", "ru", "en")
    # where both sides are read, a changed number word is still found
    assert flagged("Drei Menschen starben.", "Four people died.", "de", "en")


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("pt", "ja", "Um quilo custa agora mais de 12 euros.", "現在1キロ12ユーロを超えている。"),
    ("ru", "ko", "Килограмм теперь стоит больше 12 евро.", "이제 1킬로그램에 12유로가 넘는다."),
])
def test_a_counted_one_for_an_article_is_at_most_minor(sl, tl, src, tgt):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG) if f.code == "D001"]
    assert all(f.severity <= Severity.MINOR for f in fs), [(f.message, f.severity) for f in fs]
    # a changed figure beside it is still found
    assert flagged(src, tgt.replace("12", "13"), sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl,expected", [
    ("The temperature fell to -5 °C.", "Die Temperatur fiel auf 5 °C.", "en", "de",
     [("5", "minor", "source has −5, translation has 5: the figure lost its minus sign")]),
    ("Der Index fiel auf −20 Punkte.", "L'indice est tombé à 20 points.", "de", "fr",
     [("20", "minor", "source has −20, translation has 20: the figure lost its minus sign")]),
    ("Inflation was 2%.", "L'inflation était de -2 %.", "en", "fr",
     [("2", "minor", "source has 2, translation has −2: the figure gained a minus sign")]),
    # the sign kept, or said in words
    ("The temperature fell to -5 °C.", "Die Temperatur fiel auf -5 °C.", "en", "de", []),
    ("The temperature fell to -5 °C.", "Die Temperatur fiel auf minus 5 Grad.", "en", "de", []),
    ("Il faisait -8 degrés.", "It was 8 degrees below zero.", "fr", "en", []),
    # hyphens that are no sign: a code, a loosely typed range
    ("Covid-19 ist zurück.", "Covid-19 is back.", "de", "en", []),
    ("Es waren 5 -10 Grad.", "It was 5-10 degrees.", "de", "en", []),
])
def test_a_lost_minus_sign(src, tgt, sl, tl, expected):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "D001"]
    assert [(f.text, f.severity.label, f.message) for f in fs] == expected


def test_year_before_scale_noun_and_dotted_clock_time():
    # a bare year before "millions"/"thousands" keeps its own reading
    for sl, s, t in [("de", "Seit 2015 haben Millionen Menschen das Land verlassen.",
                      "Since 2015 millions of people have left the country."),
                     ("es", "En 2015 miles de refugiados llegaron a Grecia.",
                      "In 2015 thousands of refugees arrived in Greece.")]:
        assert not [f for f in mtcheck.check_pair(s, t, sl, "en", config=CFG) if f.code == "D001"]
    # a clock time written with a point, with or without "uur"
    for sl, s, t in [("it", "Il treno parte alle 19.45.", "The train leaves at 19:45."),
                     ("nl", "De uitzending begint om 20.00 uur.", "The broadcast starts at 8 pm.")]:
        assert not [f for f in mtcheck.check_pair(s, t, sl, "en", config=CFG) if f.code == "D001"]
    # ...but a wrong time is still a wrong number
    assert [f for f in mtcheck.check_pair("Il treno parte alle 19.45.", "The train leaves at 18:45.",
                                          "it", "en", config=CFG) if f.code == "D001"]


def test_german_decade_compound_and_thousands_point():
    assert not [f for f in mtcheck.check_pair("In den Neunzigerjahren lebte er in Wien.",
                                              "In the 1990s he lived in Vienna.", "de", "en", config=CFG)
                if f.code == "D001"]
    assert {n.values for n in find_numbers("neunzigmal", "de")} == {frozenset({90.0})}
    # German 2.500 is 2500: "2.5" is a factor of 1000 off (and English 2,500 likewise)
    assert [f for f in mtcheck.check_pair("Das Ticket kostet 2.500 Euro.", "The ticket costs 2.5 euros.",
                                          "de", "en", config=CFG) if f.code == "D001"]
    assert [f for f in mtcheck.check_pair("It cost 2,500 euros.", "Es kostete 2,5 Euro.",
                                          "en", "de", config=CFG) if f.code == "D001"]
    assert not [f for f in mtcheck.check_pair("Das Ticket kostet 2.500 Euro.", "The ticket costs 2,500 euros.",
                                              "de", "en", config=CFG) if f.code == "D001"]


# -- unit conversions, date formats, nl/pt words, fractions, regnal numbers, am/pm, ordinals,
# -- currency phrases ------------------------------------------------------------------------
DUC = Config(select=["D001", "D002", "D003"])


def major(src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str]]:
    """(code, text) of the D001-D003 findings of major or critical severity."""
    return [(f.code, f.text) for f in mtcheck.check_pair(src, tgt, sl, tl, config=DUC)
            if f.severity >= Severity.MAJOR]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # a localised translation converts the unit: the same quantity within rounding
    ("de", "en", "Die Strecke ist 10 km lang.", "The route is 6.2 miles long."),
    ("fr", "en", "La course fait 42 kilomètres.", "The race is 26 miles long."),
    ("de", "en", "Es war −5 °C kalt.", "It was 23 °F cold."),
    ("fr", "en", "Il faisait moins 10 degrés Celsius.", "It was 14 degrees Fahrenheit."),
    ("en", "de", "It was 86 °F in the shade.", "Es war 30 °C im Schatten."),
    ("de", "en", "Der Film dauert anderthalb Stunden.", "The film lasts 90 minutes."),
    ("en", "de", "The film lasts 1.5 hours.", "Der Film dauert 90 Minuten."),
    ("fr", "en", "Le sac pèse 5 kg.", "The bag weighs 11 lb."),
    ("en", "fr", "The tower is 1,000 feet tall.", "La tour mesure 305 mètres."),
    ("en", "it", "The tower is 300 m tall.", "La torre è alta 984 piedi."),
])
def test_a_converted_unit_is_the_same_quantity(sl, tl, src, tgt):
    assert major(src, tgt, sl, tl) == []


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("de", "en", "Die Strecke ist 10 km lang.", "The route is 9 miles long."),
    ("de", "en", "Es war −5 °C kalt.", "It was 41 °F cold."),  # 5 °C, not −5 °C
    ("en", "de", "The film lasts 1.5 hours.", "Der Film dauert 60 Minuten."),
    ("fr", "en", "Le sac pèse 5 kg.", "The bag weighs 5 lb."),  # D002: same figure, other unit
])
def test_a_wrong_conversion_is_still_found(sl, tl, src, tgt):
    assert major(src, tgt, sl, tl)


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # one quantity in two units on one side, in one unit on the other
    ("de", "en", "Er ist 1,85 m groß.", "He is 6 ft 1 in tall."),
    ("de", "en", "Er ist 1,85 Meter groß.", "He is 6 feet 1 inch tall."),
    ("fr", "en", "Il mesure 1,85 m.", "He is 6'1\"."),
    ("fr", "en", "Il mesure 1,85 m.", "He is a 6-foot-1 guard."),
    ("es", "en", "Mide 160 centímetros.", "She is 5 feet 3 inches tall."),
    ("de", "en", "Das Baby wog 3,4 kg.", "The baby weighed 7 lb 8 oz."),
    ("it", "en", "Il bambino pesava 3 chili.", "The baby weighed 6 pounds 10 ounces."),
    ("de", "en", "Das Rennen dauerte 1 Stunde 30 Minuten.", "The race lasted 90 minutes."),
    ("fr", "en", "Le vol dure 90 minutes.", "The flight takes 1 hour and 30 minutes."),
    ("en", "de", "The flight takes 1 hour 30 minutes.", "Der Flug dauert 90 Minuten."),
    ("de", "en", "Die Wohnung hat 120 Quadratmeter.", "The flat has 1,290 square feet."),
])
def test_a_quantity_in_two_units_is_the_same_quantity(sl, tl, src, tgt):
    assert major(src, tgt, sl, tl) == []


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("de", "en", "Er ist 1,85 m groß.", "He is 5 ft 1 in tall."),
    ("fr", "en", "Il mesure 1,95 m.", "He is 6 ft 1 in tall."),
    ("de", "en", "Das Baby wog 3,4 kg.", "The baby weighed 9 lb 8 oz."),
    ("de", "en", "Der Flug dauert 2 Stunden.", "The flight takes 1 hour 30 minutes."),  # not rounding
    ("en", "de", "The flight takes 1 hour 30 minutes.", "Der Flug dauert 80 Minuten."),
    ("de", "en", "Die Wohnung hat 120 Quadratmeter.", "The flat has 1,920 square feet."),
])
def test_a_wrong_two_unit_quantity_is_found(sl, tl, src, tgt):
    assert major(src, tgt, sl, tl)


@pytest.mark.parametrize("sl,tl,src,tgt,ok", [
    # "dozen" after a number is a scale (zwei Dutzend = 24), "a dozen" a figure of its own
    ("de", "en", "Zwei Dutzend Menschen kamen.", "24 people came.", True),
    ("fr", "en", "Deux douzaines de personnes sont venues.", "Two dozen people came.", True),
    ("en", "de", "About 3 dozen people came.", "Etwa 36 Menschen kamen.", True),
    ("de", "en", "Ein Dutzend Menschen kam.", "12 people came.", True),
    ("de", "en", "Dutzende Menschen kamen.", "Dozens of people came.", True),
    ("de", "en", "Zwei Dutzend Menschen kamen.", "20 people came.", False),
    ("de", "en", "Ein Dutzend Menschen kam.", "Ten people came.", False),
    ("it", "en", "Sono arrivate due dozzine di persone.", "Two people came.", False),
])
def test_dozens_are_read_as_a_scale(sl, tl, src, tgt, ok):
    assert (major(src, tgt, sl, tl) == []) == ok


def test_in_is_an_inch_only_after_feet():
    # "3 in a row": no unit, so no conversion can excuse the changed figure
    assert major("Er gewann 4 Spiele in Folge.", "He won 3 in a row.", "de", "en")


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # a scraper's date line after a headline, all digits on one side, written on the other
    ("de", "en", "Neues Gesetz tritt in Kraft 04-02-2025", "New law takes effect February 4, 2025"),
    ("de", "fr", "Neues Gesetz tritt in Kraft 04. 02. 2025", "Une nouvelle loi entre en vigueur le 4 février 2025"),
    ("fr", "de", "Nouvelle loi 2025/02/04", "Neues Gesetz 4. Februar 2025"),
    ("en", "de", "New law takes effect February 4, 2025", "Neues Gesetz tritt in Kraft 04.02.2025"),
    ("en", "fr", "New law takes effect 2/4/2025", "Nouvelle loi en vigueur le 4 février 2025"),
    ("fr", "en", "Nouvelle loi 04/02/2025", "New law 4 February 2025"),
])
def test_all_digit_dates_equal_written_dates(sl, tl, src, tgt):
    assert major(src, tgt, sl, tl) == []


@pytest.mark.parametrize("sl,tl,src,tgt,text", [
    # the month of an all-digit date against a written month
    ("de", "en", "Neues Gesetz tritt in Kraft 04.02.2025", "New law takes effect March 4, 2025", "March"),
    ("fr", "de", "Nouvelle loi en vigueur le 4 février 2025", "Neues Gesetz ab 04.03.2025", "03"),
    ("de", "en", "Neues Gesetz tritt in Kraft 04.02.2025", "New law takes effect 2025-03-04", "03"),
])
def test_a_changed_month_in_an_all_digit_date(sl, tl, src, tgt, text):
    assert ("D003", text) in major(src, tgt, sl, tl)


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    ("nl", "en", "De inflatie steeg met drie procent.", "Inflation rose by 3%.", False),
    ("nl", "en", "De inflatie steeg met drie procent.", "Inflation rose by 5%.", True),
    ("nl", "en", "Er kwamen eenentwintig mensen.", "Twenty-one people came.", False),
    ("nl", "en", "Er kwamen tweeëntwintig mensen.", "Twenty-one people came.", True),
    ("pt", "en", "A inflação subiu três por cento.", "Inflation rose by 3%.", False),
    ("pt", "en", "A inflação subiu três por cento.", "Inflation rose by 5%.", True),
    ("pt", "en", "Chegaram vinte e cinco pessoas.", "Twenty-five people arrived.", False),
    ("en", "pt", "Seventeen people died.", "Morreram dezessete pessoas.", False),
    ("en", "pt", "Seventeen people died.", "Morreram dezoito pessoas.", True),
    ("es", "en", "Murieron dieciséis personas.", "Sixteen people died.", False),
    ("es", "en", "Murieron dieciséis personas.", "Seventeen people died.", True),
    ("it", "en", "Sono morte diciassette persone.", "Seventeen people died.", False),
    ("it", "en", "Sono morte diciassette persone.", "Eighteen people died.", True),
    # a weekday is not an ordinal (quinta-feira, Thursday)
    ("pt", "en", "A reunião é na quinta-feira às 15h.", "The meeting is on Thursday at 3 pm.", False),
])
def test_dutch_and_portuguese_number_words(sl, tl, src, tgt, expected):
    assert bool(major(src, tgt, sl, tl)) is expected


@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    ("pt", "en", "A reunião é na terça-feira, em março.", "The meeting is on Thursday, in May.",
     [("D003", "Thursday"), ("D003", "May")]),
    ("nl", "en", "De vergadering is op dinsdag, in maart.", "The meeting is on Thursday, in May.",
     [("D003", "Thursday"), ("D003", "May")]),
    ("en", "nl", "The meeting is on Tuesday, in March.", "De vergadering is op dinsdag, in maart.", []),
    ("en", "pt", "The meeting is on Tuesday, in March.", "A reunião é na terça-feira, em março.", []),
])
def test_dutch_and_portuguese_calendar(sl, tl, src, tgt, want):
    assert major(src, tgt, sl, tl) == want


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    ("de", "en", "Die Hälfte der Stimmen ging verloren.", "A quarter of the votes were lost.", True),
    ("fr", "en", "La moitié des votes a été perdue.", "A third of the votes were lost.", True),
    ("es", "en", "Se perdió la mitad de los votos.", "A quarter of the votes were lost.", True),
    ("it", "en", "Si è perso un terzo dei voti.", "Half of the votes were lost.", True),
    ("de", "en", "Die Hälfte der Stimmen ging verloren.", "Half of the votes were lost.", False),
    ("es", "en", "Se perdió un tercio de los votos.", "A third of the votes were lost.", False),
    ("fr", "en", "Il a attendu un quart d'heure.", "He waited a quarter of an hour.", False),
    ("it", "en", "Ha aspettato un quarto d'ora.", "He waited a quarter of an hour.", False),
    # a district and a fiscal quarter are no fractions
    ("fr", "en", "La moitié des habitants du Quartier latin sont partis.",
     "Half of the residents of the Latin Quarter left.", False),
    ("de", "en", "Im dritten Quartal sank der Umsatz um die Hälfte.",
     "In the third quarter, sales fell by half.", False),
    ("de", "en", "Die Hälfte der Bewohner lebt im Viertel.", "Half of the residents live in the quarter.", False),
])
def test_fraction_words(sl, tl, src, tgt, expected):
    assert bool(major(src, tgt, sl, tl)) is expected


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    ("de", "en", "Papst Benedikt XVI. trat zurück.", "Pope Benedict XV resigned.", True),
    ("en", "de", "Queen Elizabeth II opened it.", "Königin Elisabeth III. eröffnete es.", True),
    ("fr", "de", "Louis XIV a régné longtemps.", "Ludwig XIV. regierte lange.", False),
    ("en", "fr", "Louis XIV reigned for a long time.", "Louis XIV a régné longtemps.", False),
])
def test_regnal_numbers(sl, tl, src, tgt, expected):
    assert bool(major(src, tgt, sl, tl)) is expected


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    ("de", "en", "Das Treffen beginnt um 15 Uhr.", "The meeting starts at 3 am.", True),
    ("de", "en", "Das Treffen beginnt um 15 Uhr.", "The meeting starts at 3 pm.", False),
    ("fr", "en", "La réunion commence à 15 h.", "The meeting starts at 3 a.m.", True),
    ("fr", "en", "La réunion commence à 15 h 30.", "The meeting starts at 3:30 pm.", False),
    ("de", "en", "Der Zug fährt um 14:30 ab.", "The train leaves at 2:30 am.", True),
    ("en", "de", "The train leaves at 9 pm.", "Der Zug fährt um 9 Uhr ab.", False),  # 9 Uhr: loose
    ("en", "de", "The train leaves at 9 pm.", "Der Zug fährt um 21 Uhr ab.", False),
    # a whole hour made a time of day by the words around it, no clock sign
    ("fr", "en", "Marseille recevra Lyon samedi à 21 heures.", "Marseille will host Lyon on Saturday at 9 pm.", False),
    ("it", "en", "La partita inizia alle 21.", "The match starts at 9 pm.", False),
    ("it", "en", "La partita inizia alle 21.", "The match starts at 9 am.", True),
    ("es", "en", "El partido empieza a las 21 horas.", "The match starts at 9 p.m.", False),
    ("nl", "en", "De wedstrijd begint om 21 uur.", "The match starts at 9 pm.", False),
    ("sv", "en", "Matchen börjar kl. 21 i kväll.", "The match starts at 9 pm tonight.", False),
    ("en", "pt", "The match starts at 9 pm.", "A partida começa às 21 horas.", False),
    # the same words before a count: no time (à 21 ans, alle 21 squadre)
    ("fr", "en", "Elle a eu son premier enfant à 21 ans.", "She had her first child at 9.", True),
])
def test_am_pm(sl, tl, src, tgt, expected):
    assert bool(major(src, tgt, sl, tl)) is expected


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    ("en", "de", "He finished second.", "Er wurde Dritter.", True),
    ("en", "de", "He finished third.", "Er wurde Vierter.", True),
    ("en", "de", "He finished second.", "Er wurde Zweiter.", False),
    ("en", "fr", "It was the second time.", "C'était la troisième fois.", True),
    ("en", "fr", "It was the second time.", "C'était la deuxième fois.", False),
    ("de", "fr", "Er wurde 3.", "Il a terminé troisième.", False),
    # "second" the unit of time is no ordinal to compare
    ("en", "de", "A second later the third car came.", "Eine Sekunde später kam das dritte Auto.", False),
])
def test_ordinal_words(sl, tl, src, tgt, expected):
    assert bool(major(src, tgt, sl, tl)) is expected


@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    ("fr", "de", "La dette atteint 3 milliards d'euros.", "Die Schulden erreichen 3 Milliarden Franken.",
     [("D002", "3 Milliarden Franken")]),
    ("es", "en", "Costó 5 millones de dólares.", "It cost 5 million euros.", [("D002", "5 million euros")]),
    ("pt", "en", "O projeto custa R$ 5 milhões.", "The project costs 5 million dollars.",
     [("D002", "5 million dollars")]),
    ("it", "en", "Costa 3 miliardi di euro.", "It costs 3 billion pounds.", [("D002", "3 billion pounds")]),
    ("fr", "de", "La dette atteint 3 milliards d'euros.", "Die Schulden erreichen 3 Milliarden Euro.", []),
    ("pt", "en", "O projeto custa R$ 5 milhões.", "The project costs 5 million reais.", []),
    ("fr", "en", "Le projet coûte 5 M€.", "The project costs 5 million euros.", []),
    ("fr", "en", "Le projet coûte 2 Md€.", "The project costs 2 billion euros.", []),
    ("fr", "en", "Le projet coûte 2 Md€.", "The project costs 2 million euros.", [("D001", "2 million")]),
    ("fr", "en", "Le projet coûte 5 M€.", "The project costs 5 million dollars.", [("D002", "5 million dollars")]),
])
def test_currency_after_romance_scale_words(sl, tl, src, tgt, want):
    assert major(src, tgt, sl, tl) == want


@pytest.mark.parametrize("src,tgt,sl,tl,lost", [
    ("Das BIP sank um minus 0,4 Prozent.", "GDP fell by 0.4 percent.", "de", "en", True),
    ("Le PIB a évolué de moins 0,4 %.", "Il PIL è variato dello 0,4%.", "fr", "it", True),
    ("Das BIP sank um minus 0,4 Prozent.", "GDP changed by -0.4 percent.", "de", "en", False),
    ("Le PIB a évolué de moins 0,4 %.", "GDP changed by minus 0.4%.", "fr", "en", False),
    ("Das Ergebnis war 10 minus 3.", "The result was 10 minus 3.", "de", "en", False),
])
def test_a_minus_said_in_words(src, tgt, sl, tl, lost):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG) if f.code == "D001"]
    assert any("minus sign" in f.message for f in fs) is lost
    assert all(f.severity <= Severity.MINOR for f in fs)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Les entrées ont un diamètre d'au moins 100 mètres.", "The entrances are at least 100 meters wide.", "fr", "en"),
    ("Llegaron al menos 100 personas.", "At least 100 people came.", "es", "en"),
    ("Costa più o meno 100 euro.", "It costs about 100 euros.", "it", "en"),
])
def test_at_least_is_no_minus_sign(src, tgt, sl, tl):
    assert not [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG) if f.code == "D001"]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("de", "en", "Wir treffen uns um halb acht.", "We meet at 7:30."),  # halb acht = 7:30
    ("nl", "en", "We spreken af om half acht.", "We meet at 7:30."),
    ("nl", "en", "Twee derde van de kiezers stemde voor.", "Two thirds of the voters voted in favour."),
    ("it", "en", "Il PIL è cresciuto del tre per cento.", "GDP grew by three percent."),
    ("pt", "en", "Segundo o relatório, três pessoas morreram.", "According to the report, three people died."),
    ("pt", "en", "Ele chegou em segundo lugar.", "He came second."),
    ("de", "en", "Heinrich VIII. hatte sechs Frauen.", "Henry VIII had six wives."),
    ("de", "en", "Ein Viertel der Bevölkerung ist arm.", "25 percent of the population is poor."),
    ("en", "fr", "He came in second, a second behind.", "Il est arrivé deuxième, à une seconde."),
    ("de", "en", "Die Sitzung dauerte zweieinhalb Stunden.", "The meeting lasted two and a half hours."),
    ("de", "en", "Die Sitzung dauerte zweieinhalb Stunden.", "The meeting lasted 150 minutes."),
])
def test_number_word_idioms_are_no_finding(sl, tl, src, tgt):
    assert not [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=DUC)]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # "both" is a number word, not an ordinal ending in -th; a capitalised German ordinal
    # inside a sentence is a noun (Dritte: third parties; am Ersten: on the first)
    ("en", "de", "He addressed both subjects on the opening night.", "Am ersten Abend sprach er beide Themen an."),
    ("en", "de", "It could hardly be hidden from both sides.", "Es könnte kaum vor Dritten verborgen werden."),
    ("en", "fr", "Both teams played well in the first half.", "Les deux équipes ont bien joué en première mi-temps."),
])
def test_no_ordinal_conflict_from_both_or_german_nouns(sl, tl, src, tgt):
    assert not [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "D001"]


def test_ordinal_words_still_conflict():
    fs = [f for f in mtcheck.check_pair("It was his second visit.", "Es war sein dritter Besuch.", "en", "de")
          if f.code == "D001"]
    assert fs and fs[0].severity.label == "major"


@pytest.mark.parametrize("sl,tl,src,tgt,flag", [
    # clock times said in words: minutes past or to the hour, in the words of each language
    ("nl", "en", "De vergadering begint om half negen.", "The meeting starts at half past eight.", False),
    ("nl", "en", "De vergadering begint om half negen.", "The meeting starts at half past nine.", True),
    ("de", "en", "Wir treffen uns um Viertel vor neun.", "We meet at a quarter to nine.", False),
    ("de", "en", "Wir treffen uns um Viertel vor neun.", "We meet at 8:45.", False),
    ("de", "en", "Wir treffen uns um Viertel vor neun.", "We meet at quarter to ten.", True),
    ("es", "en", "Llegó a las ocho y media.", "She arrived at half past eight.", False),
    ("it", "en", "Arriva alle otto e mezza.", "He arrives at half past nine.", True),
    ("fr", "en", "Il est arrivé à huit heures et quart.", "He arrived at quarter past eight.", False),
    # "deux heures et demie" is a time or a duration
    ("fr", "en", "Il a couru le marathon en deux heures et demie.", "He ran the marathon in two and a half hours.", False),
])
def test_clock_times_in_words(sl, tl, src, tgt, flag):
    assert bool([f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "D001"]) == flag


def _codes(src: str, tgt: str, sl: str, tl: str, codes=("D001", "D002", "D003")) -> list:
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code in codes]


@pytest.mark.parametrize("sl,tl,src,tgt,flag", [
    # German compound number words are read whole (not as their first part, soft)
    ("de", "en", "Bei dem Unfall starben dreiundzwanzig Menschen.", "Twenty-three people died in the crash.", False),
    ("de", "en", "Bei dem Unfall starben dreiundzwanzig Menschen.", "23 people died in the crash.", False),
    ("de", "en", "Bei dem Unfall starben dreiundzwanzig Menschen.", "24 people died in the crash.", True),
    ("de", "fr", "Es kamen zweihundert Gäste.", "200 invités sont venus.", False),
    ("de", "fr", "Es kamen zweihundert Gäste.", "300 invités sont venus.", True),
    # hundreds in words, with their tens and units (es, pt), Dutch compounds
    ("en", "es", "Two hundred people were evacuated.", "Fueron evacuadas doscientas personas.", False),
    ("en", "es", "350 people were evacuated.", "Fueron evacuadas trescientas cincuenta personas.", False),
    ("en", "es", "352 people were evacuated.", "Fueron evacuadas trescientas cincuenta y dos personas.", False),
    ("en", "es", "452 people were evacuated.", "Fueron evacuadas trescientas cincuenta y dos personas.", True),
    ("en", "pt", "321 people were evacuated.", "Foram evacuadas trezentas e vinte e uma pessoas.", False),
    ("en", "pt", "200 people were evacuated.", "Foram evacuadas duzentas pessoas.", False),
    ("en", "pt", "200 people were evacuated.", "Foram evacuadas trezentas pessoas.", True),
    ("en", "it", "200 people were evacuated.", "Sono state evacuate duecento persone.", False),
    ("en", "nl", "200 people were evacuated.", "Er werden tweehonderd mensen geëvacueerd.", False),
    ("en", "nl", "3,000 people were evacuated.", "Er werden drieduizend mensen geëvacueerd.", False),
    ("es", "en", "El paro subió un 5 por ciento.", "Unemployment rose by 5 percent.", False),
    # centuries: Dutch ordinals above twelve, Italian centuries by their hundreds
    ("nl", "en", "in de negentiende eeuw", "in the 19th century", False),
    ("nl", "en", "in de negentiende eeuw", "in the 18th century", True),
    ("it", "en", "Le fabbriche dell'Ottocento erano enormi.", "The factories of the 19th century were huge.", False),
    ("it", "en", "Le fabbriche dell'Ottocento erano enormi.", "The factories of the 17th century were huge.", True),
])
def test_number_words_newsroom(sl, tl, src, tgt, flag):
    assert bool(_codes(src, tgt, sl, tl, ("D001",))) == flag


@pytest.mark.parametrize("sl,tl,src,tgt,flag", [
    # a group of three zeros is a thousands group in any locale: Spanish 500.000 is not 500
    ("es", "en", "Ganó 500.000 pesos en la lotería.", "He won 500,000 pesos in the lottery.", False),
    ("es", "en", "Ganó 500.000 pesos en la lotería.", "He won 500 pesos in the lottery.", True),
    ("en", "es", "He won 2,000 dollars.", "Ganó 2 dólares.", True),
    ("en", "es", "He won 2,000 dollars.", "Ganó 2.000 dólares.", False),
    # a telephone country code is not a figure of the source
    ("fr", "en", "Appelez le 01 23 45 67 89.", "Call +33 1 23 45 67 89.", False),
    ("de", "en", "Die Hotline: 030 1234567.", "The hotline: +49 30 1234567.", False),
])
def test_number_values_newsroom(sl, tl, src, tgt, flag):
    assert bool(_codes(src, tgt, sl, tl, ("D001",))) == flag


@pytest.mark.parametrize("sl,tl,src,tgt,flag", [
    # pesos are a currency; a peso amount in dollars is another currency ($ is also a peso sign)
    ("es", "en", "Ganó 500.000 pesos.", "He won 500,000 dollars.", True),
    ("es", "en", "Ganó 500.000 pesos.", "He won 500,000 pesos.", False),
    ("es", "en", "Ganó 500.000 pesos.", "He won $500,000.", False),
    ("en", "pt", "It cost 20,000 pesos.", "Custou 20 mil euros.", True),
    # percentage points in Portuguese and Dutch
    ("pt", "en", "A taxa subiu 3 pontos percentuais.", "The rate rose 3 percentage points.", False),
    ("pt", "en", "A taxa subiu 3 pontos percentuais.", "The rate rose 3 percent.", True),
    ("nl", "en", "Het tarief steeg met 3 procentpunt.", "The rate rose 3 percentage points.", False),
    ("nl", "en", "Het tarief steeg met 3 procentpunt.", "The rate rose 3 percent.", True),
    # Dutch and Portuguese units
    ("nl", "en", "De file was 5 mijl lang.", "The jam was 5 kilometres long.", True),
    ("pt", "en", "Percorreu 5 milhas.", "He walked 5 miles.", False),
    ("pt", "en", "Pesava 5 quilos.", "It weighed 5 pounds.", True),
])
def test_units_newsroom(sl, tl, src, tgt, flag):
    assert bool(_codes(src, tgt, sl, tl, ("D002",))) == flag


@pytest.mark.parametrize("sl,tl,src,tgt,flag", [
    # a vague count of hundreds or thousands: any few hundred is no changed figure
    ("en", "de", "Identities forged in the last couple of hundred years.",
     "Identitäten, die in den letzten zweihundert Jahren geschmiedet wurden.", False),
    ("en", "fr", "A few hundred people came.", "Trois cents personnes sont venues.", False),
    ("de", "en", "Einige tausend Menschen demonstrierten.", "Five thousand people demonstrated.", False),
    # an exact count still is one
    ("en", "de", "Two hundred people came.", "Dreihundert Menschen kamen.", True),
])
def test_vague_hundreds_and_thousands(sl, tl, src, tgt, flag):
    assert bool([f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "D001"]) == flag


@pytest.mark.parametrize("sl,tl,src,tgt,flag", [
    # minutes with the 24-hour "Uhr" name the hour of the day: 2:30 pm kept as "2:30 Uhr"
    # is half past two at night
    ("en", "de", "The meeting is at 2:30 pm.", "Das Treffen ist um 2:30 Uhr.", True),
    ("en", "nl", "The meeting is at 2:30 pm.", "De vergadering is om 2:30 uur.", True),
    ("en", "de", "The meeting is at 2:30 pm.", "Das Treffen ist um 14:30 Uhr.", False),
    ("en", "de", "The meeting is at 9:30.", "Das Treffen ist um 9:30 Uhr.", False),
    ("en", "de", "The meeting is at 9:30 am.", "Das Treffen ist um 9:30 Uhr.", False),
    # the part of the day said in words keeps the 12-hour clock
    ("en", "de", "The meeting is at 8:30 pm.", "Das Treffen ist um 8:30 Uhr abends.", False),
])
def test_minutes_with_uhr_are_24_hour_times(sl, tl, src, tgt, flag):
    assert bool([f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "D001"]) == flag


@pytest.mark.parametrize("sl,tl,src,tgt,flag", [
    # "degrees" without a scale is a temperature in Celsius or Fahrenheit, as the reader's
    # country reads it: the other side's figure converted is the same quantity
    ("de", "en", "Es war minus zehn Grad.", "It was 14 degrees Fahrenheit.", False),
    ("de", "en", "Es war minus 10 Grad.", "It was 14 degrees Fahrenheit.", False),
    ("de", "en", "Es war minus zehn Grad.", "It was 20 degrees Fahrenheit.", True),
    ("de", "en", "Die Temperatur erreichte 35 Grad.", "The temperature reached 95 degrees.", False),
    ("de", "en", "Die Temperatur erreichte 35 Grad.", "The temperature reached 90 degrees Fahrenheit.", True),
    ("es", "en", "Hacía cuarenta grados.", "It was 104 degrees.", False),
    ("it", "en", "C'erano trenta gradi.", "It was 86 degrees Fahrenheit.", False),
    ("en", "fr", "It was 95°.", "Il faisait 35°.", False),
    ("en", "fr", "It was 95°.", "Il faisait 30°.", True),
    # a scale named on both sides converts only between the two
    ("de", "en", "Es war minus zehn Grad Celsius.", "It was 14 degrees Fahrenheit.", False),
    # number words convert like digits
    ("de", "en", "Die Strecke ist zwanzig Kilometer lang.", "The route is 12 miles long.", False),
    ("de", "en", "Die Strecke ist zwanzig Kilometer lang.", "The route is 15 miles long.", True),
    ("en", "de", "The route is five miles long.", "Die Strecke ist 8 km lang.", False),
    ("en", "de", "The route is five miles long.", "Die Strecke ist 12 km lang.", True),
])
def test_bare_degrees_and_worded_figures_convert(sl, tl, src, tgt, flag):
    assert bool([f for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG) if f.code == "D001"]) == flag


@pytest.mark.parametrize("sl,tl,src,tgt,flag", [
    # the French hour mark between hours and minutes is the 24-hour clock: 2 h 30 is
    # half past two at night
    ("fr", "en", "Le train part à 2 h 30.", "The train leaves at 2:30 pm.", True),
    ("fr", "en", "Le train part à 2h30.", "The train leaves at 2:30 pm.", True),
    ("fr", "en", "Le train part à 2 h 30.", "The train leaves at 2:30 am.", False),
    ("fr", "en", "Le train part à 14 h 30.", "The train leaves at 2:30 pm.", False),
    ("fr", "en", "Le train part à 14h30.", "The train leaves at 2:30 am.", True),
    ("fr", "en", "Le train part à 14h30.", "The train leaves at 14:30.", False),
    ("fr", "en", "Le train part à 14 h.", "The train leaves at 2 pm.", False),
    ("en", "fr", "The train leaves at 2:30 pm.", "Le train part à 2 h 30.", True),
    ("en", "fr", "The train leaves at 2:30 pm.", "Le train part à 14 h 30.", False),
    ("de", "fr", "Der Zug fährt um 14.30 Uhr.", "Le train part à 2 h 30.", True),
    ("de", "fr", "Der Zug fährt um 14.30 Uhr.", "Le train part à 14 h 30.", False),
    # a time written with a point and no suffix (alle 14.30) says its half of the day too
    ("it", "en", "Il treno parte alle 14.30.", "The train leaves at 2:30 am.", True),
    ("it", "en", "Il treno parte alle 14.30.", "The train leaves at 2:30 pm.", False),
    ("it", "en", "Il treno parte alle 14.30.", "The train leaves at 14:30.", False),
    ("es", "en", "El tren sale a las 14:30.", "The train leaves at 2:30 am.", True),
    ("es", "en", "El tren sale a las 14:30.", "The train leaves at 2:30 pm.", False),
    ("de", "en", "Der Zug fährt um 14.30 Uhr.", "The train leaves at 2:30 pm.", False),
    # a bare 12-hour time stays loose
    ("it", "en", "Il treno parte alle 2.30.", "The train leaves at 2:30 pm.", False),
    ("es", "en", "El tren sale a las 2:30.", "The train leaves at 2:30 pm.", False),
    ("de", "en", "Der Zug fährt um 2 Uhr.", "The train leaves at 2 pm.", False),
])
def test_24_hour_clock_times(sl, tl, src, tgt, flag):
    assert bool([f for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG) if f.code == "D001"]) == flag


@pytest.mark.parametrize("sl,tl,src,tgt,flag", [
    # a part of the day said in words places a 12-hour time in its half of the day
    ("es", "en", "El tren sale a las 2:30 de la tarde.", "The train leaves at 2:30 am.", True),
    ("es", "en", "El tren sale a las 2:30 de la tarde.", "The train leaves at 2:30 pm.", False),
    ("es", "en", "El tren sale a las 2:30 de la tarde.", "The train leaves at 14:30.", False),
    ("it", "en", "Il treno parte alle 8.30 di sera.", "The train leaves at 8:30 am.", True),
    ("it", "en", "Il treno parte alle 8:30 di sera.", "The train leaves at 8:30 pm.", False),
    ("de", "en", "Der Zug fährt um 8 Uhr abends.", "The train leaves at 8 am.", True),
    ("de", "en", "Der Zug fährt um 8 Uhr abends.", "The train leaves at 8 pm.", False),
    # at night: late evening or small hours, by the hour
    ("de", "en", "Der Zug fährt um 2 Uhr nachts.", "The train leaves at 2 pm.", True),
    ("de", "en", "Der Zug fährt um 2 Uhr nachts.", "The train leaves at 2 am.", False),
    ("de", "en", "Der Zug fährt um 11 Uhr nachts.", "The train leaves at 11 pm.", False),
    ("en", "fr", "It was 8:30 in the evening.", "Il était 8 h 30.", True),
    ("en", "fr", "It was 8:30 in the evening.", "Il était 20 h 30.", False),
    ("fr", "en", "Il était 8 h 30 du soir.", "It was 8:30 pm.", False),
    # "morgen" is tomorrow, not the morning
    ("de", "en", "Der Zug fährt um 8 Uhr morgen.", "The train leaves at 8 pm tomorrow.", False),
])
def test_day_part_words_place_a_clock_time(sl, tl, src, tgt, flag):
    assert bool([f for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG) if f.code == "D001"]) == flag


@pytest.mark.parametrize("sl,tl,src,tgt,flag", [
    # a count of thirds or quarters is a share, written as a rounded percentage too
    ("de", "en", "Zwei Drittel stimmten zu.", "67 percent agreed.", False),
    ("de", "en", "Zwei Drittel stimmten zu.", "66 percent agreed.", False),
    ("de", "en", "Zwei Drittel stimmten zu.", "40 percent agreed.", True),
    ("en", "de", "Three quarters agreed.", "75 Prozent stimmten zu.", False),
    ("en", "de", "Two-thirds agreed.", "67 Prozent stimmten zu.", False),
    ("fr", "en", "Les trois quarts ont approuvé.", "75 percent approved.", False),
    ("es", "en", "Tres cuartas partes aprobaron.", "75 percent approved.", False),
    ("it", "en", "Tre quarti hanno approvato.", "75 percent approved.", False),
    ("it", "en", "Tre quarti hanno approvato.", "60 percent approved.", True),
    ("de", "en", "Ein Drittel stimmte zu.", "33 percent agreed.", False),
    ("en", "de", "A third agreed.", "33 Prozent stimmten zu.", False),
    ("de", "en", "Zwei Drittel stimmten zu.", "2/3 agreed.", False),
])
def test_fraction_counts_as_percent(sl, tl, src, tgt, flag):
    assert bool([f for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG) if f.code == "D001"]) == flag


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # formats of one figure in news copy (checked at session 14; none may flag)
    ("de", "en", "Mitte der 90er Jahre zog er nach Bern.", "In the mid-1990s he moved to Bern."),
    ("fr", "en", "Dans les années 1990, il a déménagé.", "In the 90s he moved."),
    ("it", "en", "Negli anni Novanta si è trasferito.", "In the 1990s he moved."),
    ("de", "en", "Das 21. Jahrhundert begann.", "The 21st century began."),
    ("fr", "en", "Le XXIe siècle a commencé.", "The 21st century began."),
    ("es", "en", "El siglo XXI comenzó.", "The 21st century began."),
    ("de", "en", "Ein Dutzend Menschen kam.", "A dozen people came."),
    ("es", "en", "Una docena de personas vino.", "A dozen people came."),
    ("de", "en", "Von 2020–2022 war er Präsident.", "From 2020 to 2022 he was president."),
    ("fr", "en", "De 2020 à 2022, il était président.", "He was president in 2020–22."),
    ("de", "en", "Er wohnt in der Hauptstrasse Nr. 5.", "He lives at No. 5 Hauptstrasse."),
    ("it", "en", "L'art. 3 della Costituzione lo prevede.", "Article 3 of the Constitution provides for it."),
    ("de", "en", "Bayern gewann 2:1 gegen Dortmund.", "Bayern won 2-1 against Dortmund."),
    ("it", "en", "La Juve ha vinto 2 a 1.", "Juve won 2-1."),
    ("es", "en", "Cuesta 3.500 millones de euros.", "It costs 3.5 billion euros."),
    ("fr", "en", "Cela coûte 3,5 Md€.", "That costs €3.5bn."),
    ("de", "en", "Das kostet 12'500.– Franken.", "That costs CHF 12,500."),
    ("es", "en", "Ganó por 3.ª vez.", "He won for the third time."),
])
def test_number_formats_in_news_copy_are_kept(sl, tl, src, tgt):
    assert not [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG) if f.code == "D001"]


@pytest.mark.parametrize("tgt, tl, flagged", [
    ("The police arrested the man. Comments (12)", "en", False),
    ("The police arrested the man. Facebook 34 Twitter 12", "en", False),
    ("La police a arrêté l'homme. 12 commentaires", "fr", False),
    ("The police arrested 12 men. Comments (12)", "en", True),
])
def test_counts_of_glued_ui_labels_are_no_figures(tgt, tl, flagged):
    found = mtcheck.check_pair("Die Polizei nahm den Mann fest.", tgt, "de", tl)
    assert any(f.code == "D001" for f in found) == flagged


# -- an amount as a currency figure and its hundredths (5 Franken 50) vs one figure (5.50) --

@pytest.mark.parametrize("sl, tl, src, tgt", [
    ("de", "en", "Das Ticket kostet 7,40 Fr.", "The ticket costs 7 francs 40 centimes."),
    ("de", "en", "Das Ticket kostet 7 Franken 40.", "The ticket costs 7.40 francs."),
    ("de", "fr", "Ein Kaffee kostet 2 Euro 80 Cent.", "Un café coûte 2,80 €."),
    ("en", "de", "A coffee costs $3 and 15 cents.", "Ein Kaffee kostet 3,15 $."),
    ("fr", "de", "Le pain coûte trois francs vingt.", "Das Brot kostet 3,20 Franken."),
    ("en", "fr", "The stamp costs 1 pound 10 pence.", "Le timbre coûte 1,10 £."),
])
def test_amount_in_major_and_minor_units_matches_one_figure(sl, tl, src, tgt):
    assert not _codes(src, tgt, sl, tl, ("D001",))


@pytest.mark.parametrize("sl, tl, src, tgt", [
    ("de", "en", "Das Ticket kostet 7,40 Fr.", "The ticket costs 7 francs 60 centimes."),
    ("de", "fr", "Ein Kaffee kostet 2 Euro 80 Cent.", "Un café coûte 2,50 €."),
    ("en", "de", "A coffee costs $3 and 15 cents.", "Ein Kaffee kostet 3,50 $."),
    # the parts add up, but the currency is another
    ("de", "en", "Das Ticket kostet 7,40 Fr.", "The ticket costs 7 dollars 40 cents."),
    # a figure after the amount that is no hundredths (7 Franken 40 Mal)
    ("de", "en", "Er zahlte 7 Franken 40 Mal.", "He paid 7.40 francs."),
])
def test_amount_whose_parts_do_not_add_up_is_flagged(sl, tl, src, tgt):
    assert [f.code for f in _codes(src, tgt, sl, tl, ("D001",))][:1] == ["D001"]


# -- a figure that names something (Linie 4) rendered as a count (four lines), or back --

@pytest.mark.parametrize("sl, tl, src, tgt, said", [
    ("de", "en", "Die Linie 7 ist heute gesperrt.", "Seven lines are closed today.", "(Linie 7)"),
    ("en", "de", "Read chapter 6 first.", "Lesen Sie zuerst die 6 Kapitel.", "(chapter 6)"),
    ("en", "fr", "Gate 9 is closed.", "Les 9 portes sont fermées.", "(Gate 9)"),
    ("fr", "de", "La voie 3 est fermée.", "3 Gleise sind gesperrt.", "(voie 3)"),
    ("en", "de", "Six bus lines were cut.", "Die Buslinie 6 wurde gestrichen.", "(Buslinie 6)"),
    ("de", "en", "Das Spiel endete nach 5 Runden.", "The game ended in round 5.", "(round 5)"),
])
def test_label_rendered_as_a_count_is_major(sl, tl, src, tgt, said):
    found = [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG) if f.code == "D001"]
    assert [f.severity for f in found] == [Severity.MAJOR]
    assert "label" in found[0].message and said in found[0].message


@pytest.mark.parametrize("sl, tl, src, tgt", [
    ("de", "en", "Die Linie 7 ist heute gesperrt.", "Line 7 is closed today."),
    ("de", "en", "Die Linie 7 ist heute gesperrt.", "The number 7 line is closed today."),
    ("en", "de", "Read chapter 6 first.", "Lesen Sie zuerst Kapitel 6."),
    ("en", "fr", "Gate 9 is closed.", "La porte 9 est fermée."),
    ("fr", "de", "Les 3 voies sont fermées.", "Die 3 Gleise sind gesperrt."),
    # the figure counts something else than the label names
    ("de", "en", "Die Linie 7 hat 7 Haltestellen.", "Line 7 has seven stops."),
    ("en", "de", "On page 4, 4 sections are shown.", "Auf Seite 4 werden 4 Abschnitte gezeigt."),
    # a label noun that counts something else in the translation (7 rooms, Room 7)
    ("en", "de", "Room 7 has 3 beds.", "Zimmer 7 hat 3 Betten."),
])
def test_label_kept_as_label_is_silent(sl, tl, src, tgt):
    assert not _codes(src, tgt, sl, tl, ("D001",))


@pytest.mark.parametrize("sl,tl,src,tgt,ok", [
    # an amount in hundredths on one side, in the currency on the other
    ("de", "en", "Das kostet 50 Rappen.", "That costs CHF 0.50.", True),
    ("en", "de", "It costs 99 cents.", "Es kostet 0,99 Dollar.", True),
    ("de", "en", "Es kostet 0,99 Euro.", "It costs 99 cents.", True),
    ("en", "de", "It costs 20p.", "Es kostet 0,20 Pfund.", True),
    ("fr", "en", "Il coûte 20 centimes.", "It costs 0.20 francs.", True),
    ("en", "de", "It costs 99 cents.", "Es kostet 9,90 Dollar.", False),
    ("de", "en", "Das kostet 50 Rappen.", "That costs CHF 5.00.", False),
    # the symbol after the figure (50 Rp.), and hundredths of other currencies (paise)
    ("de", "fr", "Das kostet 50 Rp.", "Cela coûte 0,50 franc.", True),
    ("en", "de", "The stamp cost 50 paise.", "Die Briefmarke kostete 0,50 Rupien.", True),
    ("en", "de", "The stamp cost 50 paise.", "Die Briefmarke kostete 5 Rupien.", False),
])
def test_hundredths_of_a_currency_are_the_same_amount(sl, tl, src, tgt, ok):
    assert (major(src, tgt, sl, tl) == []) == ok


@pytest.mark.parametrize("sl,tl,src,tgt,swapped", [
    # a currency's hundredths are a unit of their own: the same figure in francs or euros is
    # a swapped unit, the same figure in another language's hundredths is not
    ("de", "en", "Das kostet 50 Rappen.", "That costs 50 francs.", True),
    ("de", "en", "Es kostet 5 Euro.", "It costs 5 cents.", True),
    ("de", "fr", "Das kostet 50 Rappen.", "Cela coûte 50 centimes.", False),
    ("en", "de", "It costs 99 cents.", "Es kostet 99 Cent.", False),
    ("en", "de", "Prices rose 5 per cent.", "Die Preise stiegen um 5 Prozent.", False),
    # every form of units.tsv's hundredths, not a second list: paise, öre, Pfennig
    ("en", "de", "The stamp cost 50 paise.", "Die Briefmarke kostete 50 Rupien.", True),
    ("de", "en", "Das kostete 50 Pfennig.", "That cost 50 euros.", True),
    ("de", "en", "Das kostete 50 Pfennig.", "That cost 50 pennies.", False),
])
def test_hundredths_are_their_own_unit(sl, tl, src, tgt, swapped):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=DUC) if f.code == "D002"]
    assert bool(fs) == swapped


# a range or choice may write its scale once: "von 60 auf 80 Milliarden" is 60 billion to
# 80 billion; a changed figure in it, or a scale dropped from a lone figure, still counts
@pytest.mark.parametrize("sl,tl,src,tgt,ok", [
    ("en", "de", "Purchases rose from €60 billion to €80 billion.", "Die Käufe stiegen von 60 auf 80 Milliarden Euro.", True),
    ("fr", "en", "Cela coûte 20 milliards ou 30 milliards.", "It costs 20 or 30 billion.", True),
    ("de", "en", "Es kostet 60-80 Mio. Franken.", "It costs 60 million to 80 million francs.", True),
    ("en", "de", "Purchases rose from €60 billion to €80 billion.", "Die Käufe stiegen von 50 auf 80 Milliarden Euro.", False),
    ("en", "de", "It costs 20 billion euros.", "Es kostet 20 Euro.", False),
    ("en", "de", "There were 60 cars and 80 million people.", "Es gab 60 Autos und 80 Millionen Menschen.", True),
])
def test_a_range_shares_its_scale(sl, tl, src, tgt, ok):
    assert (major(src, tgt, sl, tl) == []) == ok


# a figure of the source said once more in the translation is an addition, minor; a figure
# the source does not have at all stays major
@pytest.mark.parametrize("sl,tl,src,tgt,sev", [
    ("en", "de", "A study of 21st century challenges.",
     "Eine Studie zu den 21st Century Challenges (den Herausforderungen des 21. Jahrhunderts).", "MINOR"),
    ("fr", "en", "Trois personnes sont venues.", "Three people came, three people left.", "MINOR"),
    ("en", "de", "Five people came.", "Fünf Personen kamen, 7 gingen.", "MAJOR"),
])
def test_a_source_figure_said_twice_is_minor(sl, tl, src, tgt, sev):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "D001"]
    assert [f.severity.name for f in fs] == [sev]


# a year added to a date the source gives as day and month is an explicitation (minor);
# a year with no date beside it, or a changed day, still counts
@pytest.mark.parametrize("sl,tl,src,tgt,sevs", [
    ("en", "de", "After the vote on December 19, the party came third.",
     "Nach der Wahl am 19.12.1999 wurde die Partei Dritte.", ["MINOR"]),
    ("de", "en", "Nach der Wahl am 19. Dezember wurde die Partei Dritte.",
     "After the vote on December 19, 1999, the party came third.", ["MINOR"]),
    ("en", "de", "After the vote, the party came third.", "Nach der Wahl 1999 wurde die Partei Dritte.", ["MAJOR"]),
    ("en", "de", "He has 19 seats.", "Er hat 19 Sitze 1999.", ["MAJOR"]),
])
def test_a_year_added_to_a_date_is_minor(sl, tl, src, tgt, sevs):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "D001"]
    assert [f.severity.name for f in fs] == sevs


# a figure with its time unit that is exactly one larger unit (12 months, 24 hours, ten
# years) said as that unit without a figure ("des Vorjahres", "a day", "une décennie") is
# no lost figure; another figure, or no such unit named, still counts
@pytest.mark.parametrize("sl,tl,src,tgt,codes", [
    ("en", "de", "Growth was strong despite the upheavals of the previous 12 months.",
     "Das Wachstum war trotz der Umbrüche des Vorjahres stark.", []),
    ("de", "en", "Die Arbeiten dauerten 24 Stunden.", "The work took a day.", []),
    ("en", "fr", "Prices rose over the last ten years.", "Les prix ont augmenté au cours de la dernière décennie.", []),
    ("en", "de", "In the past year, prices rose.", "In den vergangenen 12 Monaten stiegen die Preise.", []),
    ("en", "de", "The work took 24 hours on Monday.", "Die Arbeiten dauerten am Montag.", ["D001"]),
    ("en", "de", "The work took 20 hours.", "Die Arbeiten dauerten den ganzen Tag.", ["D001"]),
])
def test_a_duration_said_as_one_larger_unit(sl, tl, src, tgt, codes):
    assert [f.code for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith("D")] == codes


# a day-first date with its closing dot and no year (am 31.10.) reads as its day too; a
# price or a decimal without the closing dot, or a month past 12, stays a number
@pytest.mark.parametrize("sl,tl,src,tgt,codes", [
    ("en", "de", "The deadline ends on October 31 at midnight.", "Die Frist endet am 31.10. um Mitternacht.", []),
    ("de", "en", "Die Frist endet am 31.10. um Mitternacht.", "The deadline ends on October 31 at midnight.", []),
    ("en", "de", "The deadline ends on October 30 at midnight.", "Die Frist endet am 31.10. um Mitternacht.", ["D001"]),
    ("fr", "de", "La hausse a atteint 31 %.", "Der Anstieg erreichte 31.10 Prozent.", ["D001"]),
])
def test_a_short_day_first_date(sl, tl, src, tgt, codes):
    assert [f.code for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith("D")] == codes


# a share said as a ratio is the share in percent (session 18): nine out of ten ~ 90 %
@pytest.mark.parametrize("sl,tl,src,tgt,bad", [
    ("en", "de", "90 percent of the voters agreed.", "Neun von zehn Wählern stimmten zu.", False),
    ("en", "de", "Nine out of ten voters agreed.", "90 Prozent der Wähler stimmten zu.", False),
    ("fr", "en", "90 % des électeurs sont d'accord.", "Nine in ten voters agree.", False),
    ("fr", "en", "Neuf électeurs sur dix sont d'accord.", "90% of voters agree.", False),
    ("es", "en", "Nueve de cada diez votantes están de acuerdo.", "90 percent of voters agree.", False),
    ("en", "de", "One in three voters agreed.", "33 Prozent der Wähler stimmten zu.", False),
    ("en", "de", "At least 60 percent chose a gun.", "Mindestens sechs von zehn wählten eine Waffe.", False),
    # another share, another denominator, or an ordinal share against a denominator
    ("en", "de", "Nine out of ten voters agreed.", "80 Prozent der Wähler stimmten zu.", True),
    ("en", "de", "Nine out of ten voters agreed.", "Neun von zwölf Wählern stimmten zu.", True),
    ("fr", "en", "Neuf électeurs sur dix sont d'accord.", "Nine in twelve voters agree.", True),
    ("de", "en", "Jeder Sechste besitzt ein Boot.", "One in seven owns a boat.", True),
    # an ordinal after jede(r)/every is a share as well (jeder Dritte ~ 33 %)
    ("en", "de", "33 percent of Germans own a bike.", "Jeder dritte Deutsche besitzt ein Fahrrad.", False),
    ("de", "en", "Jeder Dritte besitzt ein Boot.", "33% own a boat.", False),
    ("de", "en", "Jeder Dritte besitzt ein Boot.", "25% own a boat.", True),
    ("en", "de", "Every third person owns a boat.", "Jeder vierte Mensch besitzt ein Boot.", True),
    # a figure after "a decade or" counts decades (session 18)
    ("en", "de", "It will overtake Japan in a decade or two.", "Es wird Japan in zehn oder zwanzig Jahren überholen.", False),
    ("en", "de", "It will overtake Japan in a decade or two.", "Es wird Japan in zehn oder dreißig Jahren überholen.", True),
    ("en", "fr", "It will overtake Japan in a decade or two.", "Il dépassera le Japon dans dix ou vingt ans.", False),
    # a change from one figure to another, or a span of time, is no ratio
    ("en", "de", "It rose by 3 from 10 to 13.", "Sie stieg um 3 von 10 auf 13.", False),
    ("en", "de", "Prices rose twice in 10 days.", "Die Preise stiegen zweimal innerhalb weniger Tage.", True),
    ("en", "fr", "Prices rose twice in 10 days.", "Les prix ont augmenté deux fois en quelques jours.", True),
    ("en", "de", "It rose by 3 from 10 to 13.", "Sie stieg um 3 von 10 auf 14.", True),
    # English may put the noun in between too (one train in three); a count in a span of
    # games or schools after it is no share
    ("fr", "en", "Seul un train sur trois circulera.", "Only one train in three will run.", False),
    ("en", "fr", "Only one train in three will run.", "Seul un train sur trois circulera.", False),
    ("en", "de", "One voter in three agreed.", "33 Prozent der Wähler stimmten zu.", False),
    ("en", "de", "One voter in three agreed.", "25 Prozent der Wähler stimmten zu.", True),
])
def test_share_said_as_a_ratio(sl, tl, src, tgt, bad):
    assert flagged(src, tgt, sl, tl) == bad


# two figures orders of magnitude apart with other digits are a figure lost and one added,
# each reported alone; a near figure or the same digits at another scale is a changed
# figure (session 24)
@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    ("de", "en", "Der Berg ist 8848 m hoch.", "The mountain is 2 m high.",
     ["source has 8848, the translation has no such number",
      "translation has 2, the source has no such number"]),
    ("de", "fr", "Der Gipfel ist 8848 m hoch.", "Le sommet est haut de 2 m.",
     ["source has 8848, the translation has no such number",
      "translation has 2, the source has no such number"]),
    ("de", "en", "Er verdiente 5 Millionen Euro.", "He earned 5,000 euros.",
     ["source has 5 Millionen, translation has 5,000"]),
    ("fr", "en", "Il a gagné 300 euros.", "He earned 500 euros.", ["source has 300, translation has 500"]),
    # the unrelated pair's figures pair with the related ones (3 ~ 2, 8848 ~ 4000)
    ("de", "en", "Die Firma hat 8848 Angestellte und 3 Werke.", "The company has 2 plants and 4000 staff.",
     ["source has 3, translation has 2", "source has 8848, translation has 4000"]),
    # a typo: a digit or two changed in a long figure
    ("en", "de", "Of the 500,000 people who died, 40 percent were children.",
     "Von den 550.00 Verstorbenen waren 40 % Kinder.", ["source has 500,000, translation has 550.00"]),
    ("fr", "en", "Le projet coûte 500 000 euros.", "The project costs 550.00 euros.",
     ["source has 500 000, translation has 550.00"]),
    # in one unit, quantities of one dimension compare (8848 m ~ 2 km: a changed figure)
    ("de", "en", "Der Gipfel ist 8848 m hoch.", "The summit is 2 km high.",
     ["source has 8848, translation has 2"]),
])
def test_unrelated_figures_are_two_events(sl, tl, src, tgt, want):
    got = [f.message for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG)]
    assert sorted(got) == sorted(want)


# an ordinal takes the ordinal of the other side before a cardinal of the same value
# (zweiten ~ 2e, with "deux" an addition), in words or in digits (session 24)
@pytest.mark.parametrize("sl,tl,src,tgt,left", [
    ("de", "fr", "Die zweiten und dritten Ersteigungen gelangen im Mai.",
     "Deux cordées réussirent les 2e et 3e ascensions en mai.", "Deux"),
    ("de", "en", "Die zweiten und dritten Ersteigungen gelangen im Mai.",
     "Two teams made the 2nd and 3rd ascents in May.", "Two"),
])
def test_ordinal_prefers_ordinal(sl, tl, src, tgt, left):
    sn, tn = find_numbers(src, sl), find_numbers(tgt, tl)
    ma, mb = match_numbers(sn, tn)
    assert [tn[j].text for j, i in enumerate(mb) if i is None] == [left]


# the fraction slash (U+2044): 2 1⁄2 = 2 ½; NFKC writes 5½ as "51⁄2", read both ways
# (session 24)
@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    ("en", "de", "The parents of a 5½-month-old boy were jailed.",
     "Die Eltern eines 51⁄2 Monate alten Jungen wurden verurteilt.", False),
    ("en", "de", "The parents of a 5½-month-old boy were jailed.",
     "Die Eltern eines 51,2 Monate alten Jungen wurden verurteilt.", True),
    ("en", "fr", "It will take about 2 ½ weeks.", "Cela prendra environ 2 1⁄2 semaines.", False),
    ("en", "fr", "It will take about 2 ½ weeks.", "Cela prendra environ 3 1⁄2 semaines.", True),
])
def test_fraction_slash(sl, tl, src, tgt, want):
    assert flagged(src, tgt, sl, tl) is want


# a film's rating put as the target country's age limit (R-rated ~ ab 16 Jahren) is
# localised, no figure added: minor; an age limit with no rating in the source stays an
# added figure (session 25; MQM's human references wrote "ab 16/17 Jahren" for "R-rated")
@pytest.mark.parametrize("src,tgt,tl", [
    ("Costumes are banned at screenings of the R-rated film.",
     "Kostüme sind bei Vorführungen des ab 16 Jahren freigegebenen Films verboten.", "de"),
    ("Costumes are banned at screenings of the R-rated film.",
     "Les costumes sont interdits aux projections du film, interdit aux moins de 16 ans.", "fr"),
    ("The game is rated M and sold out in a day.",
     "El juego, para mayores de 18 años, se agotó en un día.", "es"),
])
def test_an_age_limit_rendering_a_rating_is_no_added_figure(src, tgt, tl):
    fs = mtcheck.check_pair(src, tgt, "en", tl, config=Config(select=["D001"]))
    assert [(f.code, f.severity) for f in fs] == [("D001", Severity.MINOR)]
    plain = src.replace("R-rated ", "").replace("rated M and ", "")
    fs = mtcheck.check_pair(plain, tgt, "en", tl, config=Config(select=["D001"]))
    assert [(f.code, f.severity) for f in fs] == [("D001", Severity.MAJOR)]


@pytest.mark.parametrize("src,tgt,sl,tl,flagged", [
    # a duration written with the French hour mark is hours and minutes
    ("Il a battu l'Argentin après 2 h 17 de jeu.", "He beat the Argentine after 2 hours 17 minutes of play.",
     "fr", "en", False),
    ("Er siegte nach 2 Stunden 17 Minuten.", "Il s'est imposé après 2 h 17 de jeu.", "de", "fr", False),
    # another duration, and a clock time, are not
    ("Il a battu l'Argentin après 2 h 17 de jeu.", "He beat the Argentine after 2 hours 27 minutes of play.",
     "fr", "en", True),
    ("Le train part à 14 h 17.", "The train leaves after 2 hours 17 minutes.", "fr", "en", True),
])
def test_a_duration_with_the_hour_mark_is_hours_and_minutes(src, tgt, sl, tl, flagged):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "D001"]
    assert bool(fs) == flagged, fs


@pytest.mark.parametrize("src,tgt,sl,tl,want", [
    # a season rendered as another
    ("Der Bau beginnt im Frühling 2026.", "Construction will begin in autumn 2026.", "de", "en", ["autumn"]),
    ("Les travaux commenceront au printemps 2026.", "Construction will begin in autumn 2026.", "fr", "en", ["autumn"]),
    ("Las obras empezarán en primavera.", "The works will start in summer.", "es", "en", ["summer"]),
    ("The works will start in spring.", "Les travaux commenceront en été.", "en", "fr", ["été"]),
    ("Der Bau beginnt im Frühjahr.", "Construction will begin in the fall.", "de", "en", ["fall"]),
    ("Die Frühjahrssession beginnt am Montag.", "The autumn session starts on Monday.", "de", "en", ["autumn"]),
    ("Die Bilanz des Sommers fällt gut aus.", "The results of the winter are good.", "de", "en", ["winter"]),
    # kept, or words that are no seasons here
    ("Der Bau beginnt im Frühling 2026.", "Construction will begin in spring 2026.", "de", "en", []),
    ("Die Preise fallen im Sommer.", "Prices fall in summer.", "de", "en", []),
    ("The works have been delayed since winter.", "Les travaux ont été retardés depuis l'hiver.", "en", "fr", []),
    ("Europe's encouraging spring may turn into a hot political summer.",
     "Der ermutigende Frühling Europas könnte in einen heissen politischen Sommer münden.", "en", "de", []),
    ("Sie sang wie Donna Summer im Winter.", "She sang like Donna Summer in winter.", "de", "en", []),
])
def test_season_changed(src, tgt, sl, tl, want):
    assert [t for t, _ in d003(src, tgt, sl, tl)] == want


@pytest.mark.parametrize("src,tgt,sl,tl,want", [
    # a temperature symbol glued to its figure is its unit (95°F, 35°C)
    ("Temperatures reached 95°F.", "Die Temperaturen erreichten 95 °C.", "en", "de", ["D002"]),
    ("Les températures ont atteint 35°C.", "Temperatures reached 35°F.", "fr", "en", ["D002"]),
    ("Temperatures reached 95°F.", "Die Temperaturen erreichten 35 Grad Celsius.", "en", "de", []),
    # a quantity given in two units on one side, in one on the other: the conversion left
    # out or added is no changed figure ...
    ("Temperatures reached 95°F (35°C).", "Die Temperaturen erreichten 35 °C.", "en", "de", []),
    ("The spill spans over 1,500 kilometers (932 miles) of coast.",
     "La marée noire s'étend sur plus de 1 500 kilomètres de côte.", "en", "fr", []),
    ("Il faisait 35 °C.", "It was 35 °C (95 °F).", "fr", "en", []),
    # ... unless the other side has a figure of that dimension left over
    ("It was 35 °C and 20 °C.", "Es waren 35 °C und 95 °F.", "en", "de", ["D001"]),
])
def test_temperature_symbols_and_conversions_given_twice(src, tgt, sl, tl, want):
    assert sorted({f.code for f in _codes(src, tgt, sl, tl) if f.severity >= Severity.MINOR}) == want


@pytest.mark.parametrize("src,tgt,sl,tl,flagged", [
    # "one" before "only/single" is a count, not an article: un seul, ein einziger, a single
    ("Lyon n'a gagné qu'un seul de ses cinq derniers matches.",
     "Lyon have won only two of their last five matches.", "fr", "en", True),
    ("Er hat nur ein einziges Spiel gewonnen.", "He won only two games.", "de", "en", True),
    ("He won a single game.", "Il a gagné trois matches.", "en", "fr", True),
    ("Lyon n'a gagné qu'un seul de ses cinq derniers matches.",
     "Lyon have won only one of their last five matches.", "fr", "en", False),
    ("Er hat nur ein einziges Spiel gewonnen.", "He won only a single game.", "de", "en", False),
    # an article stays soft
    ("Lyon a gagné un match important.", "Lyon won an important match.", "fr", "en", False),
])
def test_one_before_single_is_a_count(src, tgt, sl, tl, flagged):
    assert bool([f for f in _codes(src, tgt, sl, tl) if f.code == "D001" and f.severity >= Severity.MAJOR]) == flagged


def test_ratio_with_a_noun_in_between_names_the_changed_figure():
    """'un train sur trois' -> 'one train in two': the denominator changed, and the finding
    says so instead of 'no such number' (both sides read as a share)."""
    fs = [f for f in mtcheck.check_pair("Seul un train sur trois circulera.", "Only one train in two will run.",
                                        "fr", "en", config=Config(select=["D001"])) if f.code == "D001"]
    assert [f.message for f in fs] == ["source has trois, translation has two"]


@pytest.mark.parametrize("text,lang", [
    ("Toyama scored 8 goals in 10 games.", "en"),
    ("Toyama a marqué 8 buts sur 10 matchs.", "fr"),
])
def test_a_count_over_a_span_is_no_ratio(text, lang):
    from mtcheck.rules._text import find_numbers
    assert [n.tag for n in find_numbers(text, lang)] == ["", ""]


@pytest.mark.parametrize("sl,tl,src,tgt,swapped", [
    # the two figures of a change swapped: the same values, another meaning
    ("en", "fr", "Services inflation rose to 5.6% from 5.2%.",
     "L'inflation dans les services est passée de 5,6 % à 5,2 %.", True),
    ("de", "en", "Die Inflation stieg von 5,2 auf 5,6 Prozent.", "Inflation rose to 5.2 percent, up from 5.6 percent.", True),
    ("es", "en", "El paro bajó del 12 % al 11 %.", "Unemployment fell from 11% to 12%.", True),
    # the same change in the other language's order
    ("en", "fr", "Services inflation rose to 5.6% from 5.2%.",
     "L'inflation dans les services est passée de 5,2 % à 5,6 %.", False),
    ("de", "en", "Die Inflation stieg von 5,2 auf 5,6 Prozent.", "Inflation rose to 5.6 percent from 5.2 percent.", False),
    ("es", "en", "El paro bajó del 12 % al 11 %.", "Unemployment fell to 11% from 12%.", False),
    # a range or two figures that are no change
    ("en", "de", "Between 10 and 20 people came.", "Es kamen zwischen 20 und 10 Personen.", False),
])
def test_swapped_figures_of_a_change(sl, tl, src, tgt, swapped):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG) if f.code == "D001"]
    assert bool([f for f in fs if "swapped" in f.message]) == swapped, [f.message for f in fs]
    assert all("swapped" in f.message for f in fs)


@pytest.mark.parametrize("sl,tl,src,tgt,flagged", [
    # "a/one/eine/un" + a scale word is soft (a million reasons), but two that differ are a
    # changed figure: Spanish billón is 10^12, German Milliarde 10^9
    ("es", "en", "La deuda pública supera un billón de euros.", "Public debt exceeds one billion euros.", True),
    ("de", "en", "Die Verluste erreichen eine Milliarde Euro.", "Losses reach one million euros.", True),
    ("fr", "de", "Les pertes atteignent un milliard d'euros.", "Die Verluste erreichen eine Million Euro.", True),
    ("es", "en", "La deuda pública supera un billón de euros.", "Public debt exceeds one trillion euros.", False),
    ("de", "en", "Die Verluste erreichen eine Milliarde Euro.", "Losses reach a billion euros.", False),
    ("fr", "de", "Les pertes atteignent un milliard d'euros.", "Die Verluste erreichen eine Milliarde Euro.", False),
])
def test_article_and_scale_words_that_differ(sl, tl, src, tgt, flagged):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG) if f.code == "D001"]
    assert bool(fs) == flagged, [f.message for f in fs]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "de", "Output fell by a fifth.", "Die Produktion sank um ein Viertel."),
    ("en", "ro", "Output fell by a fifth.", "Producția a scăzut cu o zecime."),
])
def test_a_changed_share_is_reported(sl, tl, src, tgt):
    assert [f.code for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "D001"] == ["D001"]


@pytest.mark.parametrize("sl,tl,src,tgt,swapped", [
    # currencies spelled out (session 31): a swap is D002's, the name no misspelling
    ("fr", "en", "Le budget atteint 30 milliards de riyals.", "The budget reached 30 billion dollars.", True),
    ("fr", "en", "Le budget atteint 30 milliards de riyals.", "The budget reached 30 billion riyals.", False),
    ("en", "de", "He paid 200 hryvnias.", "Er zahlte 200 Dollar.", True),
    ("en", "de", "He paid 200 hryvnias.", "Er zahlte 200 Griwna.", False),
    ("en", "fr", "It costs 5 million dirhams.", "Cela coûte 5 millions de dirhams.", False),
])
def test_more_currencies(sl, tl, src, tgt, swapped):
    fs = mtcheck.check_pair(src, tgt, sl, tl)
    assert any(f.code == "D002" for f in fs) is swapped
    assert [f.message for f in fs if f.code == "S006"] == []


def test_a_currency_name_is_no_misspelling():
    fs = mtcheck.check_pair("عجز الميزانية 30.2 مليار ريال", "Saudi Arabia posts 30.2 billion riyal budget deficit",
                            "ar", "en")
    assert [f.message for f in fs if f.code == "S006"] == []


@pytest.mark.parametrize("tl,tgt,lost", [
    # a minus said in words in more languages (Slovak mínus, Ukrainian мінус)
    ("sk", "Teploty klesli na mínus 8 stupňov.", False),
    ("sk", "Teploty klesli na 8 stupňov.", True),
    ("uk", "Температура впала до мінус 8 градусів.", False),
])
def test_a_minus_in_words_of_more_languages(tl, tgt, lost):
    fs = mtcheck.check_pair("Temperatures fell to -8 degrees.", tgt, "en", tl)
    assert any(f.code == "D001" and "minus" in f.message for f in fs) is lost


@pytest.mark.parametrize("src,tgt,sl,tl,sev", [
    # a weekday of the source given as its date (session 32): the translator dated it, minor
    ("Prime Minister Shigeru Ishiba attended the opening ceremony on Saturday.",
     "開会式は12日に行われ、石破茂首相が出席した。", "en", "ja", Severity.MINOR),
    ("The ceremony took place on Saturday.", "La cérémonie a eu lieu le samedi 12 avril.", "en", "fr",
     Severity.MINOR),
    ("Die Feier fand am Samstag statt.", "The ceremony took place on Saturday, April 12.", "de", "en",
     Severity.MINOR),
    # a figure that dates nothing, or a date where the source names no weekday, is added
    ("The ceremony took place on Saturday.", "La cérémonie a eu lieu samedi, avec 12 invités.", "en", "fr",
     Severity.MAJOR),
    ("The ceremony took place last week.", "La cérémonie a eu lieu le 12 avril.", "en", "fr", Severity.MAJOR),
])
def test_a_weekday_given_as_its_date(src, tgt, sl, tl, sev):
    fs = mtcheck.check_pair(src, tgt, sl, tl, config=Config(select=["D001"]))
    assert [(f.code, f.severity) for f in fs] == [("D001", sev)]


@pytest.mark.parametrize("src,tgt,sl,tl,ok", [
    # the first figure of a range converts with the unit said after the second (session 32)
    ("The storm surge could reach 10 to 15 feet.", "La marejada podría alcanzar entre 3 y 4,5 metros.", "en", "es", True),
    ("The storm surge could reach 10 to 15 feet.", "Die Sturmflut könnte 3 bis 4,5 Meter erreichen.", "en", "de", True),
    ("The storm surge could reach 10 to 15 feet.", "La marejada podría alcanzar entre 6 y 4,5 metros.", "en", "es", False),
    ("The storm surge could reach 10 to 15 feet.", "Die Sturmflut könnte 3 bis 9 Meter erreichen.", "en", "de", False),
])
def test_a_range_converts_with_its_unit(src, tgt, sl, tl, ok):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "D001"]
    assert (fs == []) is ok, [f.message for f in fs]


@pytest.mark.parametrize("tgt,tl,lost", [
    # a number word the translation keeps inside a name is no lost figure (session 32)
    ("L'allenatore Erik ten Hag ha elogiato l'attaccante.", "it", False),
    ("L'entraîneur Erik ten Hag a salué l'attaquant.", "fr", False),
    ("L'allenatore Erik Hag ha elogiato l'attaccante.", "it", True),
])
def test_a_number_word_kept_in_a_name(tgt, tl, lost):
    fs = [f for f in mtcheck.check_pair("Manager Erik ten Hag praised the forward.", tgt, "en", tl)
          if f.code == "D001"]
    assert bool(fs) is lost, [f.message for f in fs]
