"""Session 63 helper nq: false alarms of N003/N004/L002 on the held-out articles of
batches 38 and 39, fixed as classes (written for mtcheck; none of these sentences is an
article's).

1. A Greek or Cyrillic name of one or two consonants (Ίος, Ока) is read back by its whole
   letter-by-letter romanisation, vowels too (Ios, Oka): the consonant skeleton is too
   short to say anything.  A given name alone is not (the surname decides a person).
2. A Greek common noun in an oblique case the word list lacks as written but knows in its
   nominative is a common word of an institution's title (… και Αειφορίας).
3. A Russian or Ukrainian adjective opening a descriptive name reaches its body's head
   through more lower-case adjectives (Девятом арбитражном апелляционном суде); a court
   (суд) is a body's head.
4. Macedonian and Bulgarian municipality (Општината, Общината) is a body's head.
5. N004: a body's generic name whose head noun the name in its slot translates by a head
   of the same kind (Agjencia Kombëtare ~ National Agency) is no name replaced.
6. A sentence-opening compound of a Dutch/Swedish article whose two words the article
   writes in lower case (Fruittelers … fruit … telers) is a common noun.
7. A currency's name in the source language's plural of a form the target language uses
   (grosz ~ groszy) is no copied word.
8. Albanian links a place's two words by an article (Afrika e Jugut, Afrikës së Jugut):
   read whole, the lexicon place is there.
9. A short Cyrillic place adjective's stem romanised letter by letter (Тульской ~ Tula).
10. N004 (doc mode): a venue's compound name whose modifier each article writes in lower
    case is a descriptive name translated (Kalastajatalolla ~ Fiskarhuset).
11. Finnish towns' official Swedish names (data/names/exonyms.txt: Turku | Åbo).
"""
from __future__ import annotations

import pytest

import mtcheck


def found(tmp_path, src: str, tgt: str, sl: str, tl: str, codes: str) -> list[tuple[str, str, str]]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    want = codes.split(",")
    return [(f.code, f.severity.name, f.message) for f in mtcheck.compare(t, source=s).findings
            if f.code in want and not f.suppressed]


def about(got, word: str) -> list:
    return [x for x in got if word in x[2]]


# 1. short names read back whole
@pytest.mark.parametrize("src,tgt,sl,tl,word", [
    ("Η Ίος δέχεται χιλιάδες επισκέπτες κάθε καλοκαίρι.\n",
     "Ios empfängt jeden Sommer Tausende Besucher.\n", "el", "de", "Ίος"),
    ("Οι ανασκαφές στην Αιανή συνεχίζονται φέτος.\n",
     "Excavations at Aiani continue this year.\n", "el", "en", "Αιανή"),
    ("Вчера Ока вышла из берегов у деревни.\n",
     "Yesterday the Oka burst its banks near the village.\n", "ru", "en", "Ока"),
    ("Вчера Ока вышла из берегов у деревни.\n",
     "Gestern trat die Oka beim Dorf über die Ufer.\n", "ru", "de", "Ока"),
])
def test_short_name_romanised_silent(tmp_path, src, tgt, sl, tl, word):
    assert not about(found(tmp_path, src, tgt, sl, tl, "N003,N004"), word)


def test_short_name_romanised_guard_missing(tmp_path):
    got = found(tmp_path, "Вчера Ока вышла из берегов у деревни.\n",
                "Yesterday the river burst its banks near the village.\n", "ru", "en", "N003")
    assert about(got, "Ока"), got


def test_short_name_romanised_guard_given_name(tmp_path):
    # a given name read back says nothing of the person: the surname is another
    got = found(tmp_path, "«Мы ждали долго», — рассказала главный врач Ольга Смирнова.\n",
                "« Nous avons attendu longtemps », a raconté la médecin-chef Olga Petrova.\n",
                "ru", "fr", "N004")
    assert got, got


# 2. Greek oblique common noun in an institution's title
@pytest.mark.parametrize("tl,tgt", [
    ("de", "Das Programm wird aus dem Fonds für Unternehmertum und Außenorientierung finanziert.\n"),
    ("fr", "Le programme est financé par le Fonds pour l'entrepreneuriat et l'ouverture internationale.\n"),
])
def test_el_oblique_title_word_silent(tmp_path, tl, tgt):
    src = "Το πρόγραμμα χρηματοδοτείται από το Ταμείο Επιχειρηματικότητας και Εξωστρέφειας.\n"
    assert not about(found(tmp_path, src, tgt, "el", tl, "N003,N004"), "Εξωστρέφειας")


def test_el_oblique_common_needs_known_nominative():
    from mtcheck.rules.names import Part, _el_oblique_common
    from mtcheck.rules.names import find_names
    g = find_names("Μίλησε ο Παπαδημητρόπουλος.", "el", "en")[-1]
    assert not any(_el_oblique_common(p) for p in g.parts)
    assert Part  # (imported for the type only)


# 3. adjective chain to a court
@pytest.mark.parametrize("src,tgt,sl,tl,word", [
    ("Компания обжалует решение в Девятом арбитражном апелляционном суде.\n",
     "The company will appeal the decision at the Ninth Arbitration Court of Appeal.\n",
     "ru", "en", "Девятом"),
    ("Компания обжалует решение в Девятом арбитражном апелляционном суде.\n",
     "Das Unternehmen wird die Entscheidung beim Neunten Berufungsschiedsgericht anfechten.\n",
     "ru", "de", "Девятом"),
    ("Справу розглянуть у Восьмому апеляційному адміністративному суді.\n",
     "The case will be heard by the Eighth Administrative Court of Appeal.\n",
     "uk", "en", "Восьмому"),
])
def test_adjective_chain_to_court_silent(tmp_path, src, tgt, sl, tl, word):
    assert not about(found(tmp_path, src, tgt, sl, tl, "N003"), word)


def test_adjective_chain_guard():
    from mtcheck.rules.names import _adjective_opening_a_name, find_names
    text = "Он работал в Верхнекамском городском зелёном парке."
    g = [x for x in find_names(text, "ru", "en") if x.text == "Верхнекамском"][0]
    assert not _adjective_opening_a_name(g, text, "ru")  # (a park is no body's head)
    text = "Дело в Девятом арбитражном апелляционном суде."
    g = [x for x in find_names(text, "ru", "en") if x.text == "Девятом"][0]
    assert _adjective_opening_a_name(g, text, "ru")


# 4. the municipality, with its article
@pytest.mark.parametrize("src,tgt,sl,tl,word", [
    ("Според Општината, новиот мост ќе биде готов во мај.\n",
     "According to the municipality, the new bridge will be finished in May.\n", "mk", "en", "Општината"),
    ("Според Общината, новият мост ще бъде готов през май.\n",
     "Laut der Gemeinde wird die neue Brücke im Mai fertig.\n", "bg", "de", "Общината"),
])
def test_articled_municipality_silent(tmp_path, src, tgt, sl, tl, word):
    assert not about(found(tmp_path, src, tgt, sl, tl, "N003"), word)


def test_articled_municipality_guard(tmp_path):
    got = found(tmp_path, "Според Општината, градоначалникот Петар Стојановски ќе присуствува.\n",
                "According to the municipality, the mayor will attend.\n", "mk", "en", "N003")
    assert about(got, "Стојановски"), got


# 5. N004: a body's generic name, its head translated
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Sipas Agjencisë Kombëtare të Mjedisit (AKM), cilësia e ajrit u përmirësua.\n",
     "According to the National Environment Agency (AKM), air quality improved.\n", "sq", "en"),
    ("Sipas Drejtorisë Qendrore të Statistikave (DQS), çmimet u rritën.\n",
     "According to the Central Directorate of Statistics (DQS), prices rose.\n", "sq", "en"),
])
def test_body_head_translated_not_replaced(tmp_path, src, tgt, sl, tl):
    assert not [x for x in found(tmp_path, src, tgt, sl, tl, "N004") if x[1] in ("CRITICAL", "MAJOR")]


def test_body_head_translated_guard():
    from mtcheck.rules.names import _headed_body_translated, find_names
    g = find_names("Sipas Agjencisë Kombëtare të Mjedisit, cilësia u përmirësua.", "sq", "en")[0]
    assert _headed_body_translated(g, "National Environment Agency", "sq", "en")
    assert not _headed_body_translated(g, "Greenpeace Albania", "sq", "en")


# 6. sentence-opening compound of the article's own words
SRC_NL = ("Bloementelers in het Westland oogsten minder door droogte\n\n"
          "Bloementelers in het Westland hebben dit seizoen gemiddeld een vijfde minder geoogst.\n\n"
          "Volgens de telers zijn de bloemen door de droogte kleiner gebleven.\n")


@pytest.mark.parametrize("tl,tgt", [
    ("en", "Drought cuts Westland flower harvest\n\n"
           "Flower growers in the Westland have harvested on average a fifth less this season.\n\n"
           "According to the growers, the flowers have stayed smaller because of the drought.\n"),
    ("de", "Trockenheit: Westländer Blumenzüchter ernten weniger\n\n"
           "Die Blumenzüchter im Westland haben in dieser Saison im Schnitt ein Fünftel weniger geerntet.\n\n"
           "Nach Angaben der Züchter sind die Blumen wegen der Trockenheit kleiner geblieben.\n"),
])
def test_opening_compound_silent(tmp_path, tl, tgt):
    assert not about(found(tmp_path, SRC_NL, tgt, "nl", tl, "N003"), "Bloementelers")


def test_opening_compound_guard():
    from mtcheck.rules.names import _compound_of_article_words, find_names
    doc = "Fruittelers verwachten minder. De telers zeggen dat de oogst klein is."
    g = find_names(doc, "nl", "en")[0]
    assert g.text == "Fruittelers" and not _compound_of_article_words(g, doc, "nl")  # (no "fruit")
    doc = "Fruittelers verwachten minder. De telers zeggen dat het fruit klein is."
    g = find_names(doc, "nl", "en")[0]
    assert _compound_of_article_words(g, doc, "nl")
    assert not _compound_of_article_words(g, doc, "de")  # (German capitalises nouns)


# 7. a currency's plural in the source language
@pytest.mark.parametrize("tl,tgt", [
    ("fr", "Le prix du pain pourrait augmenter de quelques groszy par kilo.\n"),
    ("en", "The price of bread could rise by a few groszy per kilo.\n"),
])
def test_currency_plural_silent(tmp_path, tl, tgt):
    src = "Cena chleba może wzrosnąć o kilka groszy na kilogramie.\n"
    assert not about(found(tmp_path, src, tgt, "pl", tl, "L002"), "groszy")


def test_currency_plural_guard():
    from mtcheck.rules.language import _known_currency
    table = {"grosz": 1.96, "dollar": 5.0}
    assert _known_currency("groszy", table, set())
    assert not _known_currency("dolar", table, set())  # (no form of the target's own)
    assert not _known_currency("groszy", {"grosz": 0.5}, set())


# 8. Albanian place of two linked words
@pytest.mark.parametrize("tl,tgt", [
    ("en", "Exports to South Africa grew by a fifth last year.\n"),
    ("de", "Die Ausfuhren nach Südafrika wuchsen im vergangenen Jahr um ein Fünftel.\n"),
])
def test_sq_linked_place_silent(tmp_path, tl, tgt):
    src = "Eksportet drejt Afrikës së Jugut u rritën me një të pestën vitin e kaluar.\n"
    got = found(tmp_path, src, tgt, "sq", tl, "N003")
    assert not about(got, "Afrikës") and not about(got, "Jugut"), got


def test_sq_linked_place_guard(tmp_path):
    src = "Eksportet drejt Afrikës së Jugut u rritën me një të pestën vitin e kaluar.\n"
    got = found(tmp_path, src, "Exports to Kenya grew by a fifth last year.\n", "sq", "en", "N003,N004")
    assert got, got


# 9. a short place adjective's stem
@pytest.mark.parametrize("tl,tgt,word", [
    ("en", "The stations will be installed in the Tula and Kursk districts.\n", "Тульском"),
    ("en", "The stations will be installed in the Sumy and Kharkiv districts.\n", "Сумском"),
    ("de", "Die Stationen werden in den Kreisen Tula und Kursk aufgestellt.\n", "Тульском"),
])
def test_short_place_adjective_silent(tmp_path, tl, tgt, word):
    src = ("Пункты установят в Тульском и Курском районах.\n" if word == "Тульском"
           else "Пункты установят в Сумском и Харьковском районах.\n")
    assert not about(found(tmp_path, src, tgt, "ru", tl, "N003,N004"), word)


def test_short_place_adjective_guard():
    from mtcheck.rules.names import NameIndex, _stem_romanised
    assert _stem_romanised("тул", NameIndex("in the Tula region", "en"))
    assert not _stem_romanised("тул", NameIndex("in the Kursk region", "en"))
    assert not _stem_romanised("тул", NameIndex("in the Tulamo region", "en"))


# 10. a venue's descriptive compound, translated
SRC_FI = ("Konsertti pidettiin lauantaina Kalastajatalolla satamassa.\n\n"
          "Paikallinen kalastaja Matti Lehtonen avasi illan.\n")
TGT_SV = ("Konserten hölls på lördagen i Fiskarhuset vid hamnen.\n\n"
          "Den lokala fiskaren Matti Lehtonen öppnade kvällen.\n")


def test_descriptive_compound_fi_sv_silent(tmp_path):
    got = found(tmp_path, SRC_FI, TGT_SV, "fi", "sv", "N004")
    assert not about(got, "Kalastajatalolla"), got


def test_descriptive_compound_sv_fi_silent(tmp_path):
    got = found(tmp_path, TGT_SV, SRC_FI, "sv", "fi", "N004")
    assert not about(got, "Fiskarhuset"), got


def test_descriptive_compound_guard(tmp_path):
    tgt = TGT_SV.replace("fiskaren", "musikern")
    got = found(tmp_path, SRC_FI, tgt, "fi", "sv", "N004")
    assert about(got, "Kalastajatalolla"), got


# 11. Finnish towns' Swedish names
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Det var köer från Åbo till Nådendal i går.\n", "Eilen ruuhkaa oli Turusta Naantaliin.\n", "sv", "fi"),
    ("Ruuhkaa oli Turusta Naantaliin.\n", "There were queues from Åbo to Nådendal.\n", "fi", "en"),
])
def test_finnish_swedish_names_silent(tmp_path, src, tgt, sl, tl):
    assert not found(tmp_path, src, tgt, sl, tl, "N003,N004,N005")
