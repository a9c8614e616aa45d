"""Session 49 (s50 batch), group s2: Albanian scale words (D001), Albanian body head nouns
with their definite and case endings and Albanian function words (N003), English weekday
plurals (N003), a Nordic place's genitive before a compound of common words (N003)."""
import mtcheck


def _codes(src, tgt, sl, tl, code, min_sev=0):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and int(f.severity) >= min_sev]


# D001: Albanian scale words (milionë, miliardë, mijë) after a decimal comma
def test_sq_scale_million_read_en():
    assert not _codes("Ndërtimi i urës kushtoi 4,7 milionë euro.",
                      "Building the bridge cost 4.7 million euros.", "sq", "en", "D001")


def test_sq_scale_billion_read_de():
    assert not _codes("Eksportet arritën në 2,3 miliardë dollarë.",
                      "Die Exporte erreichten 2,3 Milliarden Dollar.", "sq", "de", "D001")


def test_sq_scale_thousand_read_fr():
    assert not _codes("Festivali pati 15 mijë spektatorë.",
                      "Le festival a compté 15 000 spectateurs.", "sq", "fr", "D001")


def test_sq_scale_dropped_still_caught():
    assert _codes("Ndërtimi i urës kushtoi 4,7 milionë euro.",
                  "Building the bridge cost 4.7 euros.", "sq", "en", "D001", 2)


# N003: an Albanian body's head noun with a definite or case ending is a common noun
def test_sq_inflected_body_head_en():
    assert not _codes("Sipas Bashkisë së Korçës, rruga u hap dje.",
                      "According to Korçë Municipality, the road opened yesterday.", "sq", "en", "N003")


def test_sq_inflected_body_head_fr():
    assert not _codes("Projekti u financua nga Ministria e Kulturës, tha zyrtari i Bashkisë.",
                      "Le projet a été financé par le ministère de la Culture, a déclaré le "
                      "fonctionnaire de la municipalité.", "sq", "fr", "N003")


def test_sq_inflected_body_head_de():
    found = _codes("Zyrtari i Agjencisë tha se puna vazhdon.",
                   "Der Beamte der Agentur sagte, die Arbeit gehe weiter.", "sq", "de", "N003")
    assert not any("Agjencis" in f.message for f in found)


def test_sq_function_word_opening_sentence():
    assert not _codes("Sipas raportit, çmimet u rritën.", "According to the report, prices rose.",
                      "sq", "en", "N003")
    assert not _codes("Në fillim të vitit, çmimet u rritën.", "Au début de l'année, les prix ont augmenté.",
                      "sq", "fr", "N003")


def test_sq_real_name_still_missing():
    assert _codes("Sipas Arben Hoxhës, çmimet u rritën.", "According to the report, prices rose.",
                  "sq", "en", "N003")


# N003: English weekday plurals are no names (Estonian: no word list to tell them apart)
def test_en_weekday_plural_et():
    assert not _codes("The library will be closed on Sundays from next month.",
                      "Raamatukogu on järgmisest kuust pühapäeviti suletud.", "en", "et", "N003")
    assert not _codes("Pharmacies in the region will close on Sundays from March.",
                      "Alates märtsist on piirkonna apteegid pühapäeviti suletud.", "en", "et", "N003")


def test_en_weekday_plural_fr():
    assert not _codes("The market opens on Saturdays and Wednesdays.",
                      "Le marché ouvre le samedi et le mercredi.", "en", "fr", "N003")


# N003: a Nordic place's genitive before a compound of common words (Dyre|park)
def test_da_genitive_compound_fr():
    assert not _codes("Fyns Dyrepark har fået to nye elefanter.",
                      "Le parc animalier de Fyn a accueilli deux nouveaux éléphants.", "da", "fr", "N003")


def test_da_genitive_compound_en():
    assert not _codes("Lollands Dyrehave er åben hele året.",
                      "The deer park of Lolland is open all year.", "da", "en", "N003")


def test_da_genitive_compound_place_dropped_still_flagged():
    # the place is not in the translation: the name is not rendered
    assert _codes("Fyns Dyrepark har fået to nye elefanter.",
                  "Le zoo a accueilli deux nouveaux éléphants.", "da", "fr", "N003")
