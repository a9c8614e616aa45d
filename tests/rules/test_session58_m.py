"""Session 58, helper m: numbers glued to compounds, round-the-clock compounds, Greek
length units, and names hyphenated to a target head word.

* D001: Norwegian, Danish and Swedish glue a cardinal to the first part of a compound
  (toetasjes, treårig, tvåvåningshus) and Greek a combining form to an adjective
  (τριώροφο, πενταμελής): compounds.tsv now lists their heads, so the figure is read
  (soft) and matches the source's number word instead of leaving it lost.
* D001: a compound on the word for a day of 24 hours (døgnåben, dygnsöppen) says "around
  the clock", as does "24-hour" with a hyphen: a 24 on the other side is no added figure.
* D002: Greek feet, miles, centimetres and millimetres are units (πόδια, μίλια, εκατοστά).
* L002: a name with lower-case particles kept from the source, its last word joined by a
  hyphen to a head word of the target (Tour of the Alps-loppet), is no copied "of the".
"""

from __future__ import annotations

from mtcheck.rules import run_rules, select_rules, single_pair_context


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list[tuple[str, str]]:
    ctx = single_pair_context(src, tgt, sl, tl)
    return [(tgt[f.span[0]:f.span[1]], f.severity.label)
            for f in run_rules(ctx, select_rules([code])) if f.code == code]


# -- D001: numbers glued to a compound ------------------------------------------------------
def test_scandinavian_glued_number_matches():
    assert not codes("The three-year deal was signed on Friday.",
                     "Treårsavtalen ble signert fredag.", "en", "nb", "D001")
    assert not codes("The four-storey hotel opened in May.",
                     "Det fireetasjes hotellet åpnet i mai.", "en", "nb", "D001")
    assert not codes("They rented a two-storey house near the harbour.",
                     "De lejede et toetagers hus ved havnen.", "en", "da", "D001")
    assert not codes("The plan covers a five-day festival.",
                     "Planen omfattar en femdagarsfestival.", "en", "sv", "D001")
    assert not codes("They built a four-lane road.",
                     "De byggde en fyrfilig väg.", "en", "sv", "D001")


def test_greek_glued_number_matches():
    assert not codes("The hotel is a five-storey building by the sea.",
                     "Το ξενοδοχείο είναι ένα πενταώροφο κτίριο δίπλα στη θάλασσα.", "en", "el", "D001")
    assert not codes("A three-member committee will review the bids.",
                     "Μια τριμελής επιτροπή θα εξετάσει τις προσφορές.", "en", "el", "D001")


def test_glued_number_still_catches_a_changed_figure():
    # a glued figure is soft: it absorbs only its own value
    assert codes("The three-year deal was signed on Friday.",
                 "Femårsavtalen ble signert fredag.", "en", "nb", "D001")
    assert codes("The hotel is a five-storey building by the sea.",
                 "Το ξενοδοχείο είναι ένα τριώροφο κτίριο δίπλα στη θάλασσα.", "en", "el", "D001")


def test_greek_prefix_words_no_number():
    # δι- opens verbs as well (διετέλεσε "served"): no number read there
    from mtcheck.rules._text import find_numbers
    assert not find_numbers("Διετέλεσε δήμαρχος της πόλης.", "el")
    assert not find_numbers("Η διάθεση του κοινού ήταν καλή.", "el")


# -- D001: round the clock --------------------------------------------------------------------
def test_round_the_clock_compound():
    assert not codes("Apoteket er nu døgnåbent.",
                     "The pharmacy is now open on a 24-hour basis.", "da", "en", "D001")
    assert not codes("Butiken är dygnsöppen sedan i våras.",
                     "The shop has been open 24 hours a day since the spring.", "sv", "en", "D001")
    assert not codes("Die Leitstelle ist im Rund-um-die-Uhr-Betrieb.",
                     "The control room operates on a 24-hour basis.", "de", "en", "D001")


def test_round_the_clock_needs_both_sides():
    # a 24 the source has no round-the-clock word for is still an added figure
    assert codes("Apoteket har åbent om morgenen.",
                 "The pharmacy is open on a 24-hour basis.", "da", "en", "D001")


# -- D002: Greek length units -----------------------------------------------------------------
def test_greek_feet_and_miles():
    assert codes("The tower is 40 metres tall.",
                 "Ο πύργος έχει ύψος 40 ποδιών.", "en", "el", "D002")
    assert codes("The lake is 12 kilometres long.",
                 "Η λίμνη έχει μήκος 12 μίλια.", "en", "el", "D002")
    assert not codes("The tower is 40 feet tall.",
                     "Ο πύργος έχει ύψος 40 πόδια.", "en", "el", "D002")
    assert codes("The pipe is 30 millimetres wide.",
                 "Ο σωλήνας έχει πλάτος 30 εκατοστά.", "en", "el", "D002")


# -- L002: a name hyphenated to a target head word -------------------------------------------
def test_name_hyphenated_to_head_word():
    assert not codes("She won the Tour of the Alps race last year.",
                     "Hon vann Tour of the Alps-loppet i fjol.", "en", "sv", "L002")
    assert not codes("The club will host the Top of the Lake regatta in March.",
                     "Klubben skal arrangere Top of the Lake-regattaen i mars.", "en", "nb", "L002")


def test_hyphen_name_guard():
    # copied function words before a hyphenated word that the source does not name so
    assert codes("He said that the rest of the plan was good.",
                 "Han sagde, at of the Plan-arbejdet var godt.", "en", "da", "L002")
    assert codes("He said that the rest of the plan was good.",
                 "Han sagde, at the rest of the plan var god.", "en", "da", "L002")


# -- S006: a Serbian Cyrillic name in Latin letters ------------------------------------------
def test_serbian_cyrillic_name_in_latin_is_no_slip():
    assert not codes("Власник хладњаче „Златна фрукт” каже да је цена пала.",
                     "The owner of the cold store \"Zlatna frukt\" says the price has fallen.",
                     "sr", "en", "S006")
    assert not codes("Власник хладњаче „Златна фрукт” каже да је цена пала.",
                     "Der Besitzer des Kühlhauses \"Zlatna frukt\" sagt, der Preis sei gefallen.",
                     "sr", "de", "S006")


def test_serbian_source_real_slip_still_flagged():
    assert codes("Власник хладњаче „Златна фрукт” каже да је цена пала.",
                 "The owner of the cold store \"Zlatna frukt\" says the prise has falen.",
                 "sr", "en", "S006")


# -- L002: words English took whole from the source's language -------------------------------
def test_english_loans_from_source_language():
    assert not codes("A termelők szerint idén kevesebb paprika terem a földeken.",
                     "According to the growers, less paprika grows in the fields this year.",
                     "hu", "en", "L002")
    assert not codes("Uimahallissa on nyt myös uusi sauna ja kahvila.",
                     "The swimming hall now also has a new sauna and a café.", "fi", "en", "L002")


def test_english_loans_guard():
    assert codes("A termelők szerint idén súlyos a virágelrúgás a földeken.",
                 "According to the growers, the virágelrúgás in the fields is severe this year.",
                 "hu", "en", "L002")


# -- F003: Hindi newsletter prompts -----------------------------------------------------------
HI_SRC = "The city council met on Monday.\n\nIt approved the new budget for the lake.\n\nThe work will begin in June."


def test_hindi_newsletter_prompt_is_ui():
    tgt = ("नगर परिषद की बैठक सोमवार को हुई।\n\nइसने झील के लिए नए बजट को मंज़ूरी दी।\n\n"
           "हमारे न्यूज़लेटर की सदस्यता लें\n\nकाम जून में शुरू होगा।")
    assert codes(HI_SRC, tgt, "en", "hi", "F003")


def test_hindi_newsletter_in_a_sentence_is_no_ui():
    src = "Readers can subscribe to our newsletter on the website."
    tgt = "पाठक वेबसाइट पर हमारे न्यूज़लेटर की सदस्यता ले सकते हैं।"
    assert not codes(src, tgt, "en", "hi", "F003")


# -- D003: Hindi weekdays and months -----------------------------------------------------------
def test_hindi_weekday_and_month_changed():
    assert codes("The committee will discuss the plan at its meeting on Thursday.",
                 "समिति मंगलवार को अपनी बैठक में योजना पर चर्चा करेगी।", "en", "hi", "D003")
    assert codes("The lake was cleaned in September.",
                 "झील की सफ़ाई अक्टूबर में की गई।", "en", "hi", "D003")
    assert codes("समिति गुरुवार को अपनी बैठक में योजना पर चर्चा करेगी।",
                 "The committee will discuss the plan at its meeting on Tuesday.", "hi", "en", "D003")


def test_hindi_weekday_and_month_kept():
    assert not codes("The committee will discuss the plan at its meeting on Thursday.",
                     "समिति बृहस्पतिवार को अपनी बैठक में योजना पर चर्चा करेगी।", "en", "hi", "D003")
    assert not codes("The lake was cleaned in September and February.",
                     "झील की सफ़ाई सितम्बर और फ़रवरी में की गई।", "en", "hi", "D003")
