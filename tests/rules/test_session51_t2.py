"""Session 51 (t2): names in Latin-script languages.  False N003/N004/N005/N001 on the
common words of a body's name, a case form or a currency's country, and two classes of
misspelt names that escaped N001 (consonants swapped in a name transliterated from
another script; a double consonant written once where the slip is a word of the source
language).  Sentences written for these tests."""
from __future__ import annotations

import pytest

import mtcheck


def _findings(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f"{f.severity.label} {f.message}" for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and not f.suppressed]


# ----------------------------------------------------------------------------------
# N001: two neighbouring consonants swapped in a name transliterated from Devanagari,
# Cyrillic or Greek (कमला ~ "Kalma"): no transliteration system reorders consonants
# ----------------------------------------------------------------------------------
@pytest.mark.parametrize("sl,tl,src,tgt,slip", [
    ("hi", "de", "कमला देवी ने बताया कि समिति में अब चालीस महिलाएँ हैं।",
     "Kalma Devi erzählte, dass der Genossenschaft jetzt vierzig Frauen angehören.", "Kalma"),
    ("ru", "en", "Иван Петров рассказал, что мост откроют весной.",
     "Ivan Pertov said that the bridge would open in spring.", "Pertov"),
    ("el", "en", "Ο Γιάννης Καρτάλης δήλωσε ότι η γέφυρα θα ανοίξει την άνοιξη.",
     "Giannis Katralis said that the bridge would open in spring.", "Katralis"),
])
def test_swapped_consonants_of_transliterated_name(sl, tl, src, tgt, slip):
    assert any(slip in m for m in _findings(src, tgt, sl, tl, "N001"))


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("hi", "de", "कमला देवी ने बताया कि समिति में अब चालीस महिलाएँ हैं।",
     "Kamla Devi erzählte, dass der Genossenschaft jetzt vierzig Frauen angehören."),
    ("ru", "en", "Иван Петров рассказал, что мост откроют весной.",
     "Ivan Petrov said that the bridge would open in spring."),
])
def test_transliterated_name_spelled_right(sl, tl, src, tgt):
    assert not _findings(src, tgt, sl, tl, "N001")


# ----------------------------------------------------------------------------------
# N001: a double consonant written once, the slip a word of the source language only
# (Finnish aneli), beside a name word both keep
# ----------------------------------------------------------------------------------
@pytest.mark.parametrize("tl,tgt", [
    ("sv", "Aneli Korhonen berättade att bron öppnas i maj."),
    ("en", "Aneli Korhonen said that the bridge will open in May."),
])
def test_undoubled_name_that_is_a_source_word(tl, tgt):
    src = "Anneli Korhonen kertoi, että silta avataan toukokuussa."
    assert any("Aneli" in m for m in _findings(src, tgt, "fi", tl, "N001"))


def test_undoubled_name_spelled_right():
    src = "Anneli Korhonen kertoi, että silta avataan toukokuussa."
    assert not _findings(src, "Anneli Korhonen berättade att bron öppnas i maj.", "fi", "sv", "N001")


# ----------------------------------------------------------------------------------
# N005: a body's name translated, its short form written as a word in brackets after it
# in both (Kansaneläkelaitoksen (Kela) ~ Folkpensionsanstaltens (Kela))
# ----------------------------------------------------------------------------------
@pytest.mark.parametrize("tl,tgt", [
    ("sv", "Enligt Folkpensionsanstaltens (Kela) statistik har antalet sökande ökat."),
    ("da", "Ifølge Folkepensionsanstaltens (Kela) statistik er antallet af ansøgere steget."),
    ("nb", "Ifølge Folkepensjonsanstaltens (Kela) statistikk har antallet søkere økt."),
])
def test_bracketed_short_form_kept(tl, tgt):
    src = "Kansaneläkelaitoksen (Kela) tilastojen mukaan hakijoiden määrä on kasvanut."
    assert not _findings(src, tgt, "fi", tl, "N005")


def test_bracketed_mixed_case_short_form_is_no_licence():
    # (a mixed-case short form is read as an acronym, which must be all capitals: another
    # place before it is still a name put in)
    src = "Laut der Kanadischen Parkbehörde (ParksCan) ist die Zahl der Besucher gestiegen."
    tgt = "According to Port Elizabeth (ParksCan), the number of visitors has risen."
    assert [f for f in mtcheck.check_pair(src, tgt, "de", "en") if f.code in ("N004", "N005")]


def test_bracketed_short_form_not_in_source():
    src = "Tilastojen mukaan hakijoiden määrä on kasvanut."
    tgt = "Enligt Folkpensionsanstaltens (Kela) statistik har antalet sökande ökat."
    assert _findings(src, tgt, "fi", "sv", "N005")


# ----------------------------------------------------------------------------------
# N001: a Finnish nominative in -s kept in the translation for the source's case form in
# -ksen (Metsästysseura ... yhdistyksen ~ Yhdistys)
# ----------------------------------------------------------------------------------
@pytest.mark.parametrize("tl,tgt", [
    ("sv", "Enligt Kalastusyhdistys har sjön fått fler besökare i år."),
    ("en", "According to Kalastusyhdistys, the lake has had more visitors this year."),
])
def test_finnish_s_nominative_kept(tl, tgt):
    src = "Kalastusyhdistyksen mukaan järvellä on ollut tänä vuonna enemmän kävijöitä."
    assert not _findings(src, tgt, "fi", tl, "N001")


# ----------------------------------------------------------------------------------
# N005: the country of a currency named after the currency word (14 juta dolar
# Australia ~ $14 million)
# ----------------------------------------------------------------------------------
@pytest.mark.parametrize("tl,tgt", [
    ("id", "Jembatan baru itu akan menelan biaya 14 juta dolar Australia."),
    ("ms", "Jambatan baharu itu akan menelan kos 14 juta dolar Australia."),
])
def test_currency_country_after_currency_word(tl, tgt):
    src = "The new bridge will cost $14 million."
    assert not _findings(src, tgt, "en", tl, "N005")


def test_country_not_after_currency_word():
    src = "The new bridge will cost $14 million."
    tgt = "Jembatan baru di Australia itu akan menelan biaya 14 juta dolar."
    assert _findings(src, tgt, "en", "id", "N005")


# ----------------------------------------------------------------------------------
# N003: an English prefixed participle opening a sentence or headline (Rewetted,
# Unstocked) is a verb form, no name
# ----------------------------------------------------------------------------------
@pytest.mark.parametrize("tl,tgt", [
    ("lt", "Vėl užtvindytas karjeras tapo paukščių namais, rodo nauji duomenys."),
    ("de", "Der wieder geflutete Steinbruch ist zur Heimat für Vögel geworden, zeigen neue Daten."),
])
def test_prefixed_participle_opening_headline(tl, tgt):
    src = "Reflooded quarry has become a home for birds, new figures show"
    assert not any("Reflooded" in m for m in _findings(src, tgt, "en", tl, "N003"))


def test_prefixed_name_not_taken_for_verb():
    # (a name that does not end like a participle stays a name)
    src = "Redwater has cut journey times, new figures show."
    tgt = "Neue Daten zeigen, dass sich die Fahrzeiten verkürzt haben."
    assert _findings(src, tgt, "en", "de", "N003")


# ----------------------------------------------------------------------------------
# N004/N003: the European Union's acronym in Lithuanian, Latvian, Estonian and Cyrillic
# languages (ES, EL, ЕС)
# ----------------------------------------------------------------------------------
@pytest.mark.parametrize("tl,tgt", [
    ("lt", "Programą finansuoja ES, pranešė ministerija."),
    ("et", "Programmi rahastab EL, teatas ministeerium."),
    ("ru", "Программу финансирует ЕС, сообщило министерство."),
])
def test_eu_acronym_in_target_language(tl, tgt):
    src = "The programme is funded by the EU, the ministry said."
    assert not _findings(src, tgt, "en", tl, "N004")
    assert not _findings(src, tgt, "en", tl, "N003")


def test_eu_replaced_still_found():
    src = "The programme is funded by the EU, the ministry said."
    assert _findings(src, "Programmi rahastab Soome, teatas ministeerium.", "en", "et", "N004")


# ----------------------------------------------------------------------------------
# N003: Vietnamese bodies' names capitalise the first syllable of each word only (Hợp
# tác xã, Chi cục, Sở Nông nghiệp): their head is translated, no name is lost
# ----------------------------------------------------------------------------------
@pytest.mark.parametrize("tl,src,tgt", [
    ("fr", "Bà Lan, giám đốc Hợp tác xã Rau Xanh, cho biết giá rau tăng.",
     "Mme Lan, directrice de la coopérative Rau Xanh, a indiqué que les prix des légumes avaient augmenté."),
    ("en", "Bà Lan, giám đốc Hợp tác xã Rau Xanh, cho biết giá rau tăng.",
     "Ms Lan, director of the Rau Xanh cooperative, said vegetable prices had risen."),
    ("fr", "Theo Sở Tài chính Hà Nội, ngân sách năm nay tăng 5%.",
     "Selon le Service des finances de Hanoï, le budget de cette année a augmenté de 5 %."),
    ("en", "Ông Nam làm việc tại Chi cục Thuế quận Ba Đình.",
     "Mr Nam works at the tax sub-department of Ba Dinh district."),
])
def test_vietnamese_body_head(tl, src, tgt):
    assert not any(w in m for m in _findings(src, tgt, "vi", tl, "N003")
                   for w in ("Hợp", "Sở", "Chi"))


def test_vietnamese_person_still_missing():
    src = "Ông Nguyễn Văn Hợp cho biết hợp tác xã đã bán 20 tấn rau."
    tgt = "Mr said the cooperative had sold 20 tonnes of vegetables."
    assert _findings(src, tgt, "vi", "en", "N003")


# ----------------------------------------------------------------------------------
# N003: a common word in the capitalised run of a body's name after its head noun
# (Department of Health and Wellness ~ tervise- ja heaoluministeerium)
# ----------------------------------------------------------------------------------
@pytest.mark.parametrize("tl,tgt", [
    ("et", "Haridus- ja heaoluministeerium teatas, et uus kool avatakse sügisel."),
    ("fi", "Opetus- ja hyvinvointiministeriö kertoi, että uusi koulu avataan syksyllä."),
    ("lv", "Izglītības un labklājības ministrija paziņoja, ka jaunā skola tiks atvērta rudenī."),
])
def test_portfolio_word_of_body(tl, tgt):
    src = "The Department of Education and Wellness said the new school would open in the autumn."
    assert not any("Wellness" in m for m in _findings(src, tgt, "en", tl, "N003"))


def test_portfolio_word_of_short_translation():
    # (a translation markedly shorter than its source may have dropped the name's words)
    src = ("The Department of Education and Wellness said the new school in the north of "
           "the town would open in the autumn with twelve classrooms and a library.")
    tgt = "Ministeerium teatas, et kool avatakse."
    assert any("Wellness" in m for m in _findings(src, tgt, "en", "et", "N003"))


# ----------------------------------------------------------------------------------
# N003: a body's name in a language with no word list (Albanian), its head first
# (Fondi Kombëtar ~ National Fund), translated with the target's head noun
# ----------------------------------------------------------------------------------
@pytest.mark.parametrize("tl,tgt", [
    ("en", "The school was built with money from the National Fund for Education."),
    ("it", "La scuola è stata costruita con i soldi della Fondazione Nazionale per l'Istruzione."),
])
def test_albanian_body_name_translated(tl, tgt):
    src = "Shkolla u ndërtua me para nga Fondi Kombëtar për Arsimin."
    assert not any("Fondi" in m for m in _findings(src, tgt, "sq", tl, "N003"))
