"""Session 57 (n3): person names swapped in a translation that the name finder or the
transliteration look-up let through (N004)."""
import pytest

import mtcheck


def _codes(src, tgt, sl, tl, code):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# a person "of" a body named by an acronym: the particle (van, de, of) before an acronym
# opens no surname, so the person and the club are two names and a swapped surname shows
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Trainer Joost Verhagen van FC Zwolle is tevreden.",
     "Coach Joost Timmermans of FC Zwolle is satisfied.", "nl", "en"),
    ("L'entraîneur Julien Moreau du PSG est satisfait.",
     "Der Trainer Julien Lefebvre des PSG ist zufrieden.", "fr", "de"),
    ("Coach Mark Ellison of the RFU said the team was ready.",
     "Trener Mark Whitfield z RFU powiedział, że drużyna jest gotowa.", "en", "pl"),
])
def test_surname_swapped_beside_a_body_acronym(src, tgt, sl, tl):
    assert _codes(src, tgt, sl, tl, "N004")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Trainer Joost Verhagen van FC Zwolle is tevreden.",
     "Coach Joost Verhagen of FC Zwolle is satisfied.", "nl", "en"),
    ("Coach Mark Ellison of the RFU said the team was ready.",
     "Trener Mark Ellison z RFU powiedział, że drużyna jest gotowa.", "en", "pl"),
])
def test_person_of_body_kept_is_no_finding(src, tgt, sl, tl):
    assert not _codes(src, tgt, sl, tl, "N004")


# a surname that is also a frequent word of a language that writes only names with a
# capital, right after a given name: still the person's surname
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Johtaja Sanna Koski sanoo, että hanke etenee.",
     "Director Sanna Korpela says the project is progressing.", "fi", "en"),
    ("Dyrektor Tomasz Krawiec powiedział, że projekt idzie dobrze.",
     "Director Tomasz Nowicki said the project is going well.", "pl", "en"),
    ("Ředitelka Eva Kočí uvedla, že projekt pokračuje.",
     "Director Eva Novotná said the project is continuing.", "cs", "en"),
])
def test_common_word_surname_after_given_name_swapped(src, tgt, sl, tl):
    assert _codes(src, tgt, sl, tl, "N004")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Johtaja Sanna Koski sanoo, että hanke etenee.",
     "Director Sanna Koski says the project is progressing.", "fi", "en"),
    ("Dyrektor Tomasz Krawiec powiedział, że projekt idzie dobrze.",
     "Director Tomasz Krawiec said the project is going well.", "pl", "en"),
    ("Ředitelka Eva Kočí uvedla, že projekt pokračuje.",
     "Director Eva Kočí said the project is continuing.", "cs", "en"),
])
def test_common_word_surname_kept_is_no_finding(src, tgt, sl, tl):
    assert not _codes(src, tgt, sl, tl, "N004")


# two consonants changed in a short name make another name, not a transliteration of it
# (a vowel or an ending changed stays a transliteration: Abchasien ~ Abkhazia)
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Rehtori Anna Saarinen kertoo, että koulu avataan.",
     "Principal Anna Salminen says the school will open.", "fi", "en"),
    ("La directora Ana Molina dijo que el proyecto avanza.",
     "Director Ana Moya said the project is progressing.", "es", "en"),
])
def test_short_name_two_edits_away_is_swapped(src, tgt, sl, tl):
    assert _codes(src, tgt, sl, tl, "N004")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Präsident Wolodymyr Selenskyj sagte, die Lage sei ernst.",
     "President Volodymyr Zelensky said the situation was serious.", "de", "en"),
    ("Der Kritiker Alexej Nawalny wurde verurteilt.",
     "The critic Alexei Navalny was sentenced.", "de", "en"),
    ("Der Dichter Theokrit lebte auf Sizilien.", "The poet Theocritus lived in Sicily.", "de", "en"),
])
def test_transliterated_name_is_no_swap(src, tgt, sl, tl):
    assert not _codes(src, tgt, sl, tl, "N004")


# a surname with a capital after a short prefix (McKenzie, DiMarco, LeBlanc) is a name in
# any language pair, however rare the word is in the target language's word list
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Coach Duncan McAllister said the players were tired.",
     "Antrenör Duncan Robertson oyuncuların yorgun olduğunu söyledi.", "en", "tr"),
    ("Mayor Heather LeBlanc opened the new bridge on Monday.",
     "Primátor Heather Castellano v pondelok otvoril nový most.", "en", "sk"),
    ("Mayor Heather LeBlanc opened the new bridge on Monday.",
     "Thị trưởng Heather Castellano đã khánh thành cây cầu mới vào thứ Hai.", "en", "vi"),
])
def test_prefixed_surname_swapped(src, tgt, sl, tl):
    assert _codes(src, tgt, sl, tl, "N004")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Coach Duncan McAllister said the players were tired.",
     "Antrenör Duncan McAllister oyuncuların yorgun olduğunu söyledi.", "en", "tr"),
    ("Mayor Heather LeBlanc opened the new bridge on Monday.",
     "Primátor Heather LeBlanc v pondelok otvoril nový most.", "en", "sk"),
])
def test_prefixed_surname_kept_is_no_finding(src, tgt, sl, tl):
    assert not _codes(src, tgt, sl, tl, "N004")


# the full name given with another surname, the source's surname said alone in the next
# clause of the same sentence pair: still somebody else at the full mention
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Spokeswoman Laura Whitfield confirmed the closure. \"We had no choice,\" she said.",
     "Sprecherin Laura Hastings bestätigte die Schließung. Whitfield sagte: „Wir hatten keine Wahl.“",
     "en", "de"),
    ("La portavoz Laura Ferrante confirmó el cierre. «No teníamos opción», dijo.",
     "Spokeswoman Laura Bellucci confirmed the closure. \"We had no choice,\" Ferrante said.",
     "es", "en"),
])
def test_full_name_swapped_surname_said_elsewhere(src, tgt, sl, tl):
    assert _codes(src, tgt, sl, tl, "N004")


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # the surname inflected after the first name (Turkish suffix), and a kept name
    ("Spokeswoman Laura Whitfield confirmed the closure. Whitfield said there was no choice.",
     "Sözcü Laura Whitfield'ın açıklamasına göre kapanış doğrulandı. Whitfield başka seçenek olmadığını söyledi.",
     "en", "tr"),
    ("La portavoz Laura Ferrante confirmó el cierre. «No teníamos opción», dijo.",
     "Spokeswoman Laura Ferrante confirmed the closure. \"We had no choice,\" Ferrante said.",
     "es", "en"),
    # the first name before another person's full name of the source
    ("Laura Ferrante and her brother Marco Bellucci confirmed the closure.",
     "Laura Ferrante und ihr Bruder Marco Bellucci bestätigten die Schließung.", "en", "de"),
])
def test_full_name_kept_is_no_finding(src, tgt, sl, tl):
    assert not _codes(src, tgt, sl, tl, "N004")
