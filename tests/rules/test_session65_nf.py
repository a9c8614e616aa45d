"""Session 65 (helper nf): false alarms of the name rules (N003-N005) on correct translations
out of Latin-, Greek- and Cyrillic-script sources.

1. (find_names) Afrikaans capitalises the word after a sentence's opening 'n: no name.
2. (exonyms) Europe, Antarctica and Oceania in the Cyrillic and Greek scripts and the Slavic,
   Baltic and Finnic languages.
3. (N003) a league's or division's code of Greek or Cyrillic capitals and a figure (Α1, В2)
   written with Latin look-alikes or transliterated letters.
4. (exonyms, N003/N004) Greek towns that French, Italian, Spanish or German call by an old
   exonym of their own; a Greek body's head and a lexicon place in the genitive rendered by
   the place's exonym.
5. (find_names) feminine title abbreviations (Dre, Dra, Profa) before a name.
6. (namelike) a Spanish or Italian verb with its object pronouns joined on, opening a sentence.
7. (find_names) a Vietnamese syllable opening a sentence that meets a lexicon form only with
   another tone mark.
8. (N003) a town hall called by its generic name (Paços do Concelho, Casa Consistorial)
   rendered by the translation's word for a town hall.
9. (find_names) a German noun after a quantifying adjective (weitere, andere, zahlreiche).
10. (N005, doc mode) a person's whole name out of another script where the sentence has the
    surname and the article the given name.
"""
from __future__ import annotations

import mtcheck


NAME_CODES = ("N003", "N004", "N005")


def run(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str, str]]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [(f.code, f.severity.label, f.message) for f in rep.findings
            if not f.suppressed and f.document == str(t)]


def names(found) -> list[tuple[str, str, str]]:
    return [x for x in found if x[0] in NAME_CODES]


# -- 1. Afrikaans 'n --------------------------------------------------------------------------

AF_SRC = ("Die dorp se boere sukkel met die droogte.\n\n"
          "'n Kudde beeste het verlede week by die dam gestaan. \"'n Goeie reën sal help,\" sê Jan Botha.\n")


def test_af_word_after_opening_article_is_no_name(tmp_path):
    tgt = ("The town's farmers are struggling with the drought.\n\n"
           "A herd of cattle stood at the dam last week. \"A good rain will help,\" says Jan Botha.\n")
    assert names(run(tmp_path, AF_SRC, tgt, "af", "en")) == []


def test_af_name_still_missing(tmp_path):
    tgt = ("The town's farmers are struggling with the drought.\n\n"
           "A herd of cattle stood at the dam last week. \"A good rain will help,\" says a farmer.\n")
    assert any("Botha" in m for _, _, m in names(run(tmp_path, AF_SRC, tgt, "af", "en")))


# -- 2. continents in other scripts ----------------------------------------------------------

BG_SRC = ("Кметът каза, че фестивалът е най-големият в Европа.\n\n"
          "Туристите дойдоха от цялата страна.\n")


def test_bg_europe_rendered(tmp_path):
    tgt = ("Der Bürgermeister sagte, das Festival sei das größte in Europa.\n\n"
           "Die Touristen kamen aus dem ganzen Land.\n")
    assert names(run(tmp_path, BG_SRC, tgt, "bg", "de")) == []


def test_bg_europe_swapped_for_another_continent(tmp_path):
    tgt = ("Der Bürgermeister sagte, das Festival sei das größte in Asien.\n\n"
           "Die Touristen kamen aus dem ganzen Land.\n")
    found = run(tmp_path, BG_SRC, tgt, "bg", "de")
    assert any(c in ("N003", "N004", "N006") for c, _, _ in found)


# -- 3. league codes ---------------------------------------------------------------------------

EL_CODE_SRC = ("Η ομάδα βόλεϊ θα αγωνιστεί του χρόνου στην Α2 κατηγορία.\n\n"
               "Φέτος πέτυχε 15 νίκες στο πρωτάθλημα της Β1.\n")


def test_el_league_code_in_latin_letters(tmp_path):
    tgt = ("L'équipe de volley jouera l'an prochain en championnat d'A2.\n\n"
           "Cette saison, elle a remporté 15 victoires dans le championnat de B1.\n")
    assert names(run(tmp_path, EL_CODE_SRC, tgt, "el", "fr")) == []


def test_ru_league_code_in_latin_letters(tmp_path):
    src = "Клуб сыграет в дивизионе В3. Новый сезон начнётся в сентябре.\n"
    tgt = "Le club jouera en division B3. La nouvelle saison commencera en septembre.\n"
    assert names(run(tmp_path, src, tgt, "ru", "fr")) == []


def test_el_league_code_with_another_figure(tmp_path):
    tgt = ("L'équipe de volley jouera l'an prochain en championnat d'A1.\n\n"
           "Cette saison, elle a remporté 15 victoires dans le championnat de B1.\n")
    found = names(run(tmp_path, EL_CODE_SRC, tgt, "el", "fr"))
    assert any("Α2" in m for _, _, m in found)


# -- 4. Greek towns by their exonyms ------------------------------------------------------------

EL_TOWN_SRC = ("Ο Δήμος Ζακύνθου ανακοίνωσε νέο πρόγραμμα για τους πεζούς.\n\n"
               "Τα έργα θα ξεκινήσουν τον Μάιο στο Ναύπλιο.\n")


def test_el_towns_by_french_exonym(tmp_path):
    tgt = ("La municipalité de Zante a annoncé un nouveau programme pour les piétons.\n\n"
           "Les travaux commenceront en mai à Nauplie.\n")
    assert names(run(tmp_path, EL_TOWN_SRC, tgt, "el", "fr")) == []


def test_el_towns_swapped(tmp_path):
    tgt = ("La municipalité de Patras a annoncé un nouveau programme pour les piétons.\n\n"
           "Les travaux commenceront en mai à Cythère.\n")
    found = run(tmp_path, EL_TOWN_SRC, tgt, "el", "fr")
    assert len([x for x in found if x[0] in ("N003", "N004", "N006")]) >= 2


def test_el_body_and_town_dropped(tmp_path):
    tgt = ("La municipalité a annoncé un nouveau programme pour les piétons.\n\n"
           "Les travaux commenceront en mai.\n")
    found = names(run(tmp_path, EL_TOWN_SRC, tgt, "el", "fr"))
    assert any("Ζακύνθου" in m for _, _, m in found)


# -- 5. feminine title abbreviations ----------------------------------------------------------------

def test_he_fr_dre_before_name(tmp_path):
    src = "\"המים חמים מדי\", אמרה ד\"ר מיכל שרון מהמכון לחקר הים. היא הובילה את המחקר.\n"
    tgt = ("« L'eau est trop chaude », a déclaré la Dre Michal Sharon, de l'institut de recherche "
           "marine. Elle a dirigé l'étude.\n")
    assert names(run(tmp_path, src, tgt, "he", "fr")) == []


def test_he_fr_dre_before_another_name(tmp_path):
    src = "\"המים חמים מדי\", אמרה ד\"ר מיכל שרון מהמכון לחקר הים. היא הובילה את המחקר.\n"
    tgt = ("« L'eau est trop chaude », a déclaré la Dre Michal Cohen, de l'institut de recherche "
           "marine. Elle a dirigé l'étude.\n")
    assert names(run(tmp_path, src, tgt, "he", "fr"))


# -- 6. Spanish and Italian enclitic verbs opening a sentence --------------------------------

def test_es_enclitic_verb_opening_a_quote(tmp_path):
    src = ("«La grieta avanza unos centímetros al año», explicó la geóloga Marta Ruiz. "
           "«Vigilarla exige paciencia y un equipo muy preciso».\n")
    tgt = ("\"The crack advances a few centimetres a year,\" explained geologist Marta Ruiz. "
           "\"Monitoring it takes patience and very precise equipment.\"\n")
    assert names(run(tmp_path, src, tgt, "es", "en")) == []


def test_enclitic_verb_reader():
    from mtcheck.rules._text import _enclitic_verb
    for w, lang in (("medirla", "es"), ("enviándoselo", "es"), ("ripararlo", "it"), ("facendolo", "it")):
        assert _enclitic_verb(w, lang), w
    for w, lang in (("estela", "es"), ("carmela", "es"), ("charles", "es"), ("gabriele", "it"), ("orlando", "es")):
        assert not _enclitic_verb(w, lang), w


# -- 7. Vietnamese tone marks ----------------------------------------------------------------------

def test_vi_opening_syllable_with_another_tone(tmp_path):
    src = ("Nhiều cây thông ở Đà Lạt đang chết khô. "
           "Bị hại nặng nhất là những cây già.\n")
    tgt = ("De nombreux pins de Dalat se dessèchent. "
           "Les vieux arbres souffrent le plus.\n")
    assert not any("Bị" in m for _, _, m in names(run(tmp_path, src, tgt, "vi", "fr")))


def test_vi_country_still_a_name(tmp_path):
    src = "Đoàn khách đến từ Bỉ và Pháp. Họ ở lại ba ngày.\n"
    tgt = "Le groupe venait de France. Ils sont restés trois jours.\n"
    found = run(tmp_path, src, tgt, "vi", "fr")
    assert any(c in ("N003", "N004", "N006") for c, _, _ in found)


# -- 8. town halls by their generic names -------------------------------------------------------

PT_HALL_SRC = "O presidente da câmara recebeu os atletas nos Paços do Concelho de Viseu na sexta-feira.\n"


def test_pt_town_hall_rendered(tmp_path):
    tgt = "The mayor welcomed the athletes at Viseu town hall on Friday.\n"
    assert names(run(tmp_path, PT_HALL_SRC, tgt, "pt", "en")) == []


def test_es_town_hall_rendered_in_french(tmp_path):
    src = "El alcalde recibió a los ciclistas en la Casa Consistorial de Lugo el viernes por la tarde.\n"
    tgt = "Le maire a reçu les cyclistes à l'hôtel de ville de Lugo vendredi après-midi.\n"
    assert names(run(tmp_path, src, tgt, "es", "fr")) == []


def test_it_town_hall_rendered(tmp_path):
    src = "Il sindaco ha ricevuto la squadra a Palazzo Comunale venerdì pomeriggio.\n"
    tgt = "The mayor received the team at the town hall on Friday afternoon.\n"
    assert names(run(tmp_path, src, tgt, "it", "en")) == []


def test_pt_town_hall_dropped(tmp_path):
    tgt = "The mayor welcomed the athletes in Viseu on Friday.\n"
    assert any("Paços" in m for _, _, m in names(run(tmp_path, PT_HALL_SRC, tgt, "pt", "en")))


# -- 9. German nouns after a quantifying adjective ------------------------------------------------

def test_de_noun_after_weitere(tmp_path):
    src = ("Im Naturpark leben viele Vögel. Gezählt wurden auch zwei weitere Wiesenbrüter, "
           "deren Zahl stark gesunken ist.\n")
    tgt = ("In het natuurpark leven veel vogels. Ook werden twee andere weidebroeders geteld, "
           "waarvan het aantal sterk is gedaald.\n")
    assert names(run(tmp_path, src, tgt, "de", "nl")) == []


def test_de_place_after_weitere_noun_still_missing(tmp_path):
    src = ("Im Naturpark leben viele Vögel. Gezählt wurden auch zwei weitere Wiesenbrüter in "
           "Thüringen, deren Zahl stark gesunken ist.\n")
    tgt = ("In het natuurpark leven veel vogels. Ook werden twee andere weidebroeders geteld, "
           "waarvan het aantal sterk is gedaald.\n")
    assert any("Thüringen" in m for _, _, m in names(run(tmp_path, src, tgt, "de", "nl")))


# -- 10. a whole name read back from the article out of another script ---------------------------

RU_SRC = ("Суд оштрафовал директора компании Николая Петрова на 50 тысяч рублей.\n\n"
          "Петров с решением не согласился и подаст апелляцию, заявил юрист Олег Смирнов.\n")


def test_ru_fr_given_name_from_the_article(tmp_path):
    tgt = ("Le tribunal a condamné le directeur de la société, Nikolaï Petrov, à une amende de "
           "50 000 roubles.\n\nNikolaï Petrov conteste la décision et fera appel, a déclaré le juriste "
           "Oleg Smirnov.\n")
    assert names(run(tmp_path, RU_SRC, tgt, "ru", "fr")) == []


def test_ru_fr_name_nowhere_in_the_article(tmp_path):
    tgt = ("Le tribunal a condamné le directeur de la société, Nikolaï Petrov, à une amende de "
           "50 000 roubles.\n\nNikolaï Petrov conteste la décision et fera appel, a déclaré le juriste "
           "Oleg Smirnov avec Igor Volkov.\n")
    assert any("Volkov" in m for _, _, m in names(run(tmp_path, RU_SRC, tgt, "ru", "fr")))


def test_es_town_hall_rendered_place_dropped(tmp_path):
    src = "El alcalde recibió a los ciclistas en la Casa Consistorial de Lugo el viernes por la tarde.\n"
    tgt = "Le maire a reçu les cyclistes à l'hôtel de ville vendredi après-midi.\n"
    assert names(run(tmp_path, src, tgt, "es", "fr"))
