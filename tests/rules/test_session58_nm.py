"""Session 58 (helper nm): two kinds of name slip N001/N002 did not see.

* Out of Cyrillic or Greek, which write their vowels, a name rendered with a written
  vowel swapped with a neighbouring consonant inside the word (Кузнецов ~ Kuzentsov): no
  transliteration system reorders letters (N001, as for two consonants swapped).
* Inside a translation, a name spelled one way at most mentions and once with two
  consonants swapped across the letter between them (Zamora ... Zaroma): the fuzzy ratio
  counts that as far apart, so N002 never compared the two spellings."""
import pytest

import mtcheck


def _codes(src, tgt, sl, tl, code):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# -- N001: a written vowel swapped with a neighbouring consonant ------------------------

@pytest.mark.parametrize("src,tgt,sl,tl,slip", [
    ("Министр Алексей Кузнецов посетил завод в среду.",
     "Minister Aleksei Kuzentsov visited the plant on Wednesday.", "ru", "en", "Kuzentsov"),
    ("Ο πρώην πρωθυπουργός Κώστας Καραμανλής μίλησε στη Βουλή.",
     "Former prime minister Kostas Karamnalis spoke in parliament.", "el", "en", "Karamnalis"),
    ("Кметът Стефан Митрофанов откри новия мост.",
     "Der Bürgermeister Stefan Mitrofnaov eröffnete die neue Brücke.", "bg", "de", "Mitrofnaov"),
    ("Министр Анна Тимофеева посетила завод в среду.",
     "Minister Anna Timfoeeva visited the plant on Wednesday.", "ru", "en", "Timfoeeva"),
])
def test_vowel_swapped_with_consonant_in_transliteration(src, tgt, sl, tl, slip):
    found = _codes(src, tgt, sl, tl, "N001")
    assert any(slip in f.text and f.severity.label == "major" for f in found), found


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # the rendering as every system gives it
    ("Министр Алексей Кузнецов посетил завод в среду.",
     "Minister Aleksei Kuznetsov visited the plant on Wednesday.", "ru", "en"),
    ("Министр Анна Тимофеева посетила завод в среду.",
     "Minister Anna Timofeeva visited the plant on Wednesday.", "ru", "en"),
    ("Ο πρώην πρωθυπουργός Κώστας Καραμανλής μίλησε στη Βουλή.",
     "Former prime minister Kostas Karamanlis spoke in parliament.", "el", "en"),
    # German transliteration of the same name: a system, no slip
    ("Министр Алексей Кузнецов посетил завод в среду.",
     "Minister Alexej Kusnezow besuchte das Werk am Mittwoch.", "ru", "de"),
])
def test_correct_renderings_stay_silent(src, tgt, sl, tl):
    assert not _codes(src, tgt, sl, tl, "N001")


def test_consonants_swapped_still_flagged():
    found = _codes("Министр Алексей Кузнецов посетил завод в среду.",
                   "Minister Aleksei Kuzntesov visited the plant on Wednesday.", "ru", "en", "N001")
    assert any("Kuzntesov" in f.text for f in found), found


# -- N002: two consonants swapped across a letter, the name spelled right elsewhere ------

@pytest.mark.parametrize("src,tgt,sl,tl,slip", [
    ("Der Trainer Luis Zamora lobte die Mannschaft. Zamora sagte, das Team sei bereit. "
     "Nach dem Spiel dankte Zamora den Fans.",
     "Coach Luis Zamora praised the team. Zamora said the team was ready. "
     "After the match Zaroma thanked the fans.", "de", "en", "Zaroma"),
    ("Coach Piotr Kowalik praised the team. Kowalik said the team was ready. "
     "After the match, Kowalik thanked the fans.",
     "L'entraîneur Piotr Kowalik a félicité l'équipe. Selon Kowalik, l'équipe est prête. "
     "Après le match, Kolawik a remercié les supporters.", "en", "fr", "Kolawik"),
])
def test_consonants_swapped_across_a_letter_inside_translation(src, tgt, sl, tl, slip):
    found = _codes(src, tgt, sl, tl, "N002")
    assert any(slip in f.text for f in found), found


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # each spelling once: no majority to tell the slip
    ("Der Trainer Luis Zamora lobte die Mannschaft. Nach dem Spiel dankte Zaroma den Fans.",
     "Coach Luis Zamora praised the team. After the match Zaroma thanked the fans.", "de", "en"),
    # vowels swapped across a consonant: not this slip
    ("Die Sängerin Marina Petrova trat auf. Marina sang zwei Lieder. Danach sprach Mirana.",
     "The singer Marina Petrova performed. Marina sang two songs. Then Mirana spoke.", "de", "en"),
])
def test_no_majority_or_vowels_stay_silent(src, tgt, sl, tl):
    assert not _codes(src, tgt, sl, tl, "N002")
