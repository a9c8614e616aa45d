"""Session 55 (t1): batch 22's spelling false alarms and terminology misses.

- S006: an English -ing or -ed form on a base ending in two different consonants after a
  vowel keeps the base whole (no silent e dropped, no consonant doubled), so a listed rare
  form of a common base is a real word, not a slip of a common neighbour (lisping ~
  listing, yelping ~ helping).
- S006: the Czech ě, ů and the Baltic and Hungarian long vowels count as vowels when a
  capitalised word is a case form of a name another version writes with another last vowel
  (Barna → v Barně, not a slip of Brně).
- T003: a multi-word term's usual rendering that the units split into parts found in just
  the same beads (tariffa d'andata e ritorno → tariffa, andat, ritorn) is chosen by its
  longest, nearest part instead of being a tie; a rendering right beside the number the
  term is beside in the source counts a little further from the term's place; of two runs
  of new words near the term's place, one right at it and the other clearly further, the
  nearer is the rendering.
"""
from __future__ import annotations

import pytest

import mtcheck


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


# --- S006: -ing / -ed on a base kept whole ---------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Er sprach leise und lispelte dabei.", "He spoke softly, lisping as he went.", "de", "en"),
    ("Le chien a glapi toute la nuit.", "The dog kept yelping all night.", "fr", "en"),
    ("El perro estuvo aullando toda la noche.", "The dog was yelping all night long.", "es", "en"),
])
def test_regular_form_on_whole_base_is_no_slip(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "S006") == []


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Er zog lange am Seil.", "He was pullling the rope for a long time.", "de", "en"),
    ("Il tirait la corde.", "He was pullling the rope.", "fr", "en"),
])
def test_slip_still_flagged(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "S006") == ["pullling"]


# --- S006: a name's case form with a Czech last vowel -----------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Families in Barna deserve a straight answer.", "Rodiny v Barně si zaslouží jasnou odpověď.", "en", "cs"),
    ("Die Familien in Barna verdienen eine klare Antwort.", "Rodiny v Barně si zaslouží jasnou odpověď.",
     "de", "cs"),
])
def test_case_form_of_source_name(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "S006") == []


def test_slip_without_the_name_in_the_source_still_flagged():
    assert codes("Die Familien in Galway verdienen eine klare Antwort.",
                 "Rodiny v Galway a Barně si zaslouží jasnou odpověď.", "de", "cs", "S006") == ["Barně"]


# --- T003: renderings the units split, beside a number, nearest run -------------------------

@pytest.mark.parametrize("src,tgt,sl,tl,want", [
    ('The operator wants to raise the return fare on the island line by ten percent. Passengers who buy the return fare online would get a small discount, the company said. Islanders say the return fare is already too high for families.',
     "L'operatore vuole aumentare la tariffa d'andata e ritorno sulla linea dell'isola del dieci per cento. I passeggeri che acquistano online il biglietto doppia tratta avranno un piccolo sconto, ha detto la società. Gli isolani dicono che la tariffa d'andata e ritorno è già troppo alta per le famiglie.", "en", "it", "biglietto"),
    ('El operador quiere subir la tarifa de ida y vuelta en la línea de la isla un diez por ciento. Los pasajeros que compren la tarifa de ida y vuelta en línea tendrán un pequeño descuento, dijo la empresa. Los isleños dicen que la tarifa de ida y vuelta ya es demasiado alta para las familias.',
     "L'operatore vuole aumentare la tariffa d'andata e ritorno sulla linea dell'isola del dieci per cento. I passeggeri che acquistano online il biglietto doppia tratta avranno un piccolo sconto, ha detto la società. Gli isolani dicono che la tariffa d'andata e ritorno è già troppo alta per le famiglie.", "es", "it", "biglietto"),
    ('Die Stadt baut 300 Fertighäuser im Norden. Laut Plan sollen die ersten 120 Fertighäuser im Mai 2026 bezugsfertig sein. Jede Wohnung hat zwei Zimmer. Kritiker sagen, die Fertighäuser könnten als Studentenwohnungen dienen. Der Bau der Fertighäuser beginnt im März.',
     'The city is building 300 modular homes in the north. According to the plan, the first 120 prebuilt flats are to be ready in May 2026 at the latest. Each flat has two rooms. Critics say the modular homes could serve as student flats. Construction of the modular homes starts in March.', "de", "en", "prebuilt"),
    ('Under the proposal, the adult round-trip fare to the island would rise by four dollars. She said the higher round-trip fare would bring in more revenue every year. The department had considered a discount on the round-trip fare for year-round residents, but the change would need approval.',
     "Σύμφωνα με την πρόταση, ο ναύλος μετ' επιστροφής των ενηλίκων προς το νησί θα αυξηθεί κατά τέσσερα δολάρια. Είπε ότι ο υψηλότερος ναύλος μετ' επιστροφής θα αποφέρει περισσότερα έσοδα κάθε χρόνο. Το υπουργείο είχε εξετάσει έκπτωση στο εισιτήριο διπλής διαδρομής για τους μόνιμους κατοίκους, αλλά η αλλαγή θα χρειαζόταν έγκριση.", "en", "el", "διπλής διαδρομής"),
    ("Selon la proposition, le tarif aller-retour adulte vers l'île augmenterait de quatre dollars. Elle a dit que le tarif aller-retour plus élevé rapporterait plus de recettes chaque année. Le ministère avait envisagé une remise sur le tarif aller-retour pour les résidents permanents, mais le changement nécessiterait une approbation.",
     "Σύμφωνα με την πρόταση, ο ναύλος μετ' επιστροφής των ενηλίκων προς το νησί θα αυξηθεί κατά τέσσερα δολάρια. Είπε ότι ο υψηλότερος ναύλος μετ' επιστροφής θα αποφέρει περισσότερα έσοδα κάθε χρόνο. Το υπουργείο είχε εξετάσει έκπτωση στο εισιτήριο διπλής διαδρομής για τους μόνιμους κατοίκους, αλλά η αλλαγή θα χρειαζόταν έγκριση.", "fr", "el", "διπλής διαδρομής"),
])
def test_term_rendered_otherwise_once(src, tgt, sl, tl, want):
    found = codes(src, tgt, sl, tl, "T003")
    assert any(want in f for f in found), found


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ('The operator wants to raise the return fare on the island line by ten percent. Passengers who buy the return fare online would get a small discount, the company said. Islanders say the return fare is already too high for families.',
     "L'operatore vuole aumentare la tariffa d'andata e ritorno sulla linea dell'isola del dieci per cento. I passeggeri che acquistano online la tariffa d'andata e ritorno avranno un piccolo sconto, ha detto la società. Gli isolani dicono che la tariffa d'andata e ritorno è già troppo alta per le famiglie.", "en", "it"),
    ('Die Stadt baut 300 Fertighäuser im Norden. Laut Plan sollen die ersten 120 Fertighäuser im Mai 2026 bezugsfertig sein. Jede Wohnung hat zwei Zimmer. Kritiker sagen, die Fertighäuser könnten als Studentenwohnungen dienen. Der Bau der Fertighäuser beginnt im März.',
     'The city is building 300 modular homes in the north. According to the plan, the first 120 modular homes are to be ready in May 2026 at the latest. Each flat has two rooms. Critics say the modular homes could serve as student flats. Construction of the modular homes starts in March.', "de", "en"),
    ('Under the proposal, the adult round-trip fare to the island would rise by four dollars. She said the higher round-trip fare would bring in more revenue every year. The department had considered a discount on the round-trip fare for year-round residents, but the change would need approval.',
     "Σύμφωνα με την πρόταση, ο ναύλος μετ' επιστροφής των ενηλίκων προς το νησί θα αυξηθεί κατά τέσσερα δολάρια. Είπε ότι ο υψηλότερος ναύλος μετ' επιστροφής θα αποφέρει περισσότερα έσοδα κάθε χρόνο. Το υπουργείο είχε εξετάσει έκπτωση στον ναύλο μετ' επιστροφής για τους μόνιμους κατοίκους, αλλά η αλλαγή θα χρειαζόταν έγκριση.", "en", "el"),
])
def test_term_rendered_alike_no_finding(src, tgt, sl, tl):
    assert codes(src, tgt, sl, tl, "T003") == []
