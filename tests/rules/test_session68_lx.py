"""Session 68 (helper lx): a sentence left in a third language in a translation into a
language with no word list, and words kept on purpose that L002 took for copies, each
class on invented examples.

1. L001: a sentence in Finnish inside an Estonian translation.  Estonian has no word list,
   and L001 reported only the source language there (language ID mistakes a language with
   little written text for another); a language whose own word list bears language ID out
   (seven in ten of the sentence's lower-case words common there, confidence 0.95) is
   reported too.
2. L002: a culture's word for a thing (a sweet, a pastry) kept from the source at every
   one of its mentions: also where the translation names it once more than the source
   (the source leaves its noun out there), and also in lower case throughout, three
   mentions or more in two sentences or more, for a word the source language itself rarely
   uses.
3. L002: a place's name that the source writes only opening its sentences, once right
   before a capitalised common noun that makes a body's name of it (X Kommune): a name
   wherever it stands, no copy.
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.language import _opening_name_heads, _sure_listed_sentence


def doc(tmp_path, src: str, tgt: str, sl: str, tl: str, codes: tuple[str, ...]) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [f"{f.code}:{f.severity.label}:{f.text}" for f in rep.findings
            if f.code in codes and not f.suppressed and f.document == str(t)]


COPY = ("L001", "L002", "L003", "X001")


# 1. a sentence in Finnish in an Estonian translation

EN_LIBRARY = (
    "The city library will close for renovation in March. The work is expected to take eight "
    "months and will cost 2.3 million euros. The roof and the heating system will be replaced. "
    "During this time, readers can borrow books from a temporary branch near the railway station. "
    "The children's section will move to the culture centre. The library hopes to reopen in "
    "November. The building was last renovated in 1998. Last year the library had about 56,000 "
    "visitors. The city council approved the plan on Thursday.\n")
ET_LIBRARY = (
    "Linnaraamatukogu suletakse märtsis remondiks. Tööd peaksid kestma kaheksa kuud ja maksma "
    "2,3 miljonit eurot. Vahetatakse välja katus ja küttesüsteem. Sel ajal saavad lugejad "
    "laenutada raamatuid ajutisest harukontorist raudteejaama lähedal. Lasteosakond kolib "
    "kultuurikeskusesse. Raamatukogu loodab uuesti avada novembris. Hoonet renoveeriti viimati "
    "1998. aastal. Eelmisel aastal oli raamatukogul umbes 56 000 külastajat. Linnavolikogu "
    "kiitis plaani heaks neljapäeval.\n")
ET_SENTENCE = ("Sel ajal saavad lugejad laenutada raamatuid ajutisest harukontorist raudteejaama "
               "lähedal.")
FI_SENTENCE = ("Tänä aikana lukijat voivat lainata kirjoja väliaikaisesta toimipisteestä "
               "rautatieaseman lähellä.")


def test_l001_finnish_sentence_in_an_estonian_translation(tmp_path):
    tgt = ET_LIBRARY.replace(ET_SENTENCE, FI_SENTENCE)
    assert doc(tmp_path, EN_LIBRARY, tgt, "en", "et", COPY) == [f"L001:major:{FI_SENTENCE}"]


def test_l001_estonian_translation_is_clean(tmp_path):
    assert doc(tmp_path, EN_LIBRARY, ET_LIBRARY, "en", "et", COPY) == []


def test_sure_listed_sentence_needs_the_languages_own_common_words():
    assert _sure_listed_sentence(FI_SENTENCE, "fi")
    # an Estonian sentence has few common Finnish words, whatever language ID says
    assert not _sure_listed_sentence(ET_SENTENCE, "fi")
    # too few lower-case words to weigh
    assert not _sure_listed_sentence("Lukijat voivat odottaa.", "fi")
    # a language with no word list of its own is never "sure" this way
    assert not _sure_listed_sentence(ET_SENTENCE, "et")


# 2. a culture's word kept at every mention

ES_FRITTERS = (
    "En Villalón, los buñuelos se fríen en aceite de oliva desde hace un siglo. La cooperativa "
    "vendió 12.000 buñuelos durante la Cuaresma. Muchos vecinos compran los buñuelos el viernes "
    "por la mañana.\n")
EN_FRITTERS = (
    "In Villalón, buñuelos have been fried in olive oil for a century. The cooperative sold "
    "12,000 buñuelos during Lent. Many residents buy their buñuelos on Friday mornings.\n")


def test_l002_sweet_kept_in_lower_case_at_every_mention(tmp_path):
    assert doc(tmp_path, ES_FRITTERS, EN_FRITTERS, "es", "en", COPY) == []


def test_l002_sweet_translated_at_one_mention_is_still_a_copy_where_kept(tmp_path):
    tgt = EN_FRITTERS.replace("their buñuelos", "their fritters")
    assert doc(tmp_path, ES_FRITTERS, tgt, "es", "en", COPY) == ["L002:major:buñuelos"] * 2


def test_l002_common_source_word_kept_at_every_mention_is_still_a_copy(tmp_path):
    # flour is a common Spanish word with an English one: kept three times, it is untranslated
    src = ("En Villalón, la harina se muele en el molino desde hace un siglo. La cooperativa "
           "vendió 12.000 kilos de harina durante la Cuaresma. Muchos vecinos compran la harina "
           "el viernes por la mañana.\n")
    tgt = ("In Villalón, harina has been ground at the mill for a century. The cooperative sold "
           "12,000 kilos of harina during Lent. Many residents buy their harina on Friday mornings.\n")
    assert doc(tmp_path, src, tgt, "es", "en", COPY) == ["L002:major:harina"] * 3


def test_l002_sweet_named_once_more_than_the_source_and_capitalised_in_a_name(tmp_path):
    # the source leaves the noun out at one mention (unas 4.000 de anís): the translation
    # names the sweet there too, and capitalises it in the fair's name
    src = ("Una pastelería de Zamora vende rosquillas desde 1952. Sus hornos producen cada semana "
           "unas 4.000 de anís y otras 1.500 de limón. En abril, la feria local de las rosquillas "
           "ocupará la plaza durante tres días.\n")
    tgt = ("A Zamora bakery has sold rosquillas since 1952. Every week its ovens produce some 4,000 "
           "aniseed rosquillas and another 1,500 lemon ones. In April, the town's Rosquillas Fair "
           "will fill the square for three days.\n")
    assert doc(tmp_path, src, tgt, "es", "en", COPY) == []


# 3. a place's name that opens a body's name in the source

DA_LIBRARY = ("Læsø Kommune åbner et nyt bibliotek i august. Biblioteket får 9.000 bøger og en café. "
              "Læsø har i dag kun en bogbus, som kommer hver anden uge.\n")
EN_LIBRARY_DA = ("Læsø Municipality will open a new library in August. The library will have 9,000 "
                 "books and a café. Læsø currently has only a mobile library, which comes every "
                 "other week.\n")


def test_l002_island_opening_its_municipality_name_is_no_copy(tmp_path):
    assert doc(tmp_path, DA_LIBRARY, EN_LIBRARY_DA, "da", "en", COPY) == []


def test_opening_name_heads_leave_discourse_words_and_lower_case_words():
    assert _opening_name_heads(DA_LIBRARY, "da") == {"læsø"}
    # a common word of the language before a name (according to …) is no name
    assert _opening_name_heads("Ifølge Region Nordjylland stiger ventetiden. Det siger lægerne.",
                               "da") == set()
    # a word the source also writes in lower case is a word
    text = "Vestre Skole lukker i juni. Børnene flytter til en skole i den vestre bydel."
    assert _opening_name_heads(text, "da") == set()
    assert _opening_name_heads(text.replace("den vestre bydel", "centrum"), "da") == {"vestre"}
    # a language that capitalises every noun says nothing by the capital
    assert _opening_name_heads("Lindau Stadtwerke bauen neu. Die Arbeiten beginnen bald.", "de") == set()
