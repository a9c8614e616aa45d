"""Session 66 (helper ng): negation (P001) classes from batches s79 and s80, each on
examples of its own.

1. A concessive connective that ends as a "-less" word does (nevertheless, nonetheless) is
   no negative word: a dropped "not" beside it is still found.
2. A negator that is also an ordinary word of the other language (Spanish "no", Portuguese
   "no" = in the) is no quotation kept as written unless the word beside it is kept too.
3. Korean negative words of two syllables (못한: could not) count as negative words.
4. An n-word after a "without" ("sem perda nenhuma") is that "without"'s own when both sides
   have a "without".
5. A litotes "not little" (ce n'est pas peu, nicht wenig) against a plain "little" is a flip.
6. Japanese written negative -ず after an e-row stem (賄えず, 払えず) is a negative word.
7. Verbs of disliking (嫌がる, 싫어하다, 讨厌) are negative words.
8. A negated verb of exceeding in Chinese or Japanese (不会超过, 超えない) bounds a figure.
9. French "ne … plus X que" (only … now) is no negation.
10. French "n'avoir pas d'autre choix que" (had to) is no negation.
11. Verbs of stopping (přestat, aufhören) render "no longer".
12. "As if nothing (had happened)" (como si nada) negates nothing.
13. Korean "disappear" words (사라지다) render "no longer be seen"; a negator after its verb
    ("사라지지 않는다", "verschwindet nicht") governs it.
14. Korean 안 as the noun "inside" after a noun is no negator.
15. A prison term "ohne Bewährung" / "sans sursis" (not suspended) is a negative word, no
    negator of its clause.
"""
from __future__ import annotations

from mtcheck import check_pair


def p001(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f"{f.severity.label}:{f.message}" for f in check_pair(src, tgt, sl, tl)
            if f.code == "P001" and not f.suppressed]


# 1 ---------------------------------------------------------------------------------------
def test_nevertheless_is_no_negative_word():
    assert p001("Der Minister sagte dennoch, das sei kein Problem.",
                "The minister nevertheless said that this was a problem.", "de", "en")
    assert not p001("Der Minister sagte dennoch, das sei kein Problem.",
                    "The minister nonetheless said that this was not a problem.", "de", "en")
    # a real negative word beside it still answers the negation
    assert not p001("Der Minister sagte dennoch, das Projekt sei nicht gelungen.",
                    "The minister nevertheless said that the project had failed.", "de", "en")


# 2 ---------------------------------------------------------------------------------------
def test_negator_alone_in_other_language_is_no_quotation():
    assert p001("Los técnicos dicen, sin embargo, que las presas no bastan para el riego.",
                "Os técnicos dizem, no entanto, que as barragens bastam para a rega.", "es", "pt")
    assert not p001("Los técnicos dicen, sin embargo, que las presas no bastan para el riego.",
                    "Os técnicos dizem, no entanto, que as barragens não bastam para a rega.", "es", "pt")


def test_quotation_kept_as_written_still_keeps_its_negation():
    assert not p001('Auf dem Transparent stand: "Don\'t give up the fight".',
                    'The banner said: "Don\'t give up the fight".', "de", "en")
    assert not p001('The banner said: "Don\'t give up the fight".',
                    'Auf dem Transparent stand: "Don\'t give up the fight".', "en", "de")


# 3 ---------------------------------------------------------------------------------------
def test_korean_two_syllable_negative_word():
    assert not p001("大雪のため列車は出発できなかった。", "폭설 때문에 열차가 출발하지 못한 채 멈춰 있었다.", "ja", "ko")
    assert p001("大雪のため列車は出発できなかった。", "폭설 때문에 열차가 출발했다.", "ja", "ko")


# 4 ---------------------------------------------------------------------------------------
def test_n_word_under_without_goes_with_it():
    assert not p001("O pomar passou o inverno sem dano nenhum, disse o agricultor.",
                    "The orchard came through the winter without any damage at all, the farmer said.",
                    "pt", "en")
    assert not p001("El huerto pasó el invierno sin ningún daño, dijo el agricultor.",
                    "The orchard came through the winter without any damage, the farmer said.", "es", "en")
    # a clause negator besides stays compared
    assert p001("O pomar não passou o inverno sem dano nenhum, disse o agricultor.",
                "The orchard came through the winter without any damage at all, the farmer said.",
                "pt", "en")


# 5 ---------------------------------------------------------------------------------------
def test_litotes_against_plain_little():
    assert p001("Ein Tramticket kostet zwei Franken. Das ist wenig.",
                "Un billet de tram coûte deux francs. Ce n'est pas peu.", "de", "fr")
    assert p001("Die Reparatur hat nicht wenig gekostet.", "The repair cost little.", "de", "en")
    # the litotes said "much" on the other side, or "little" on both, is no flip
    assert not p001("Die Reparatur hat nicht wenig gekostet.", "The repair cost a lot.", "de", "en")
    assert not p001("Ein Tramticket kostet zwei Franken. Das ist wenig.",
                    "Un billet de tram coûte deux francs. C'est peu.", "de", "fr")
    # "of little use if there is no power": the "little" renders the other side's
    assert not p001("Die Pumpe bringt wenig, wenn kein Strom da ist.",
                    "The pump is of little use if there is no power.", "de", "en")


# 6 ---------------------------------------------------------------------------------------
def test_japanese_written_negative_after_e_row_stem():
    assert not p001("利用料だけでは修繕費を払えず、町が毎年補っている。",
                    "Fees alone cannot pay for repairs, and the town makes up the difference every year.",
                    "ja", "en")
    # a negative word, no negator: "grounded" for 飛べず (could not fly) is no flip either
    assert not p001("Storms grounded the rescue helicopters.", "嵐でヘリコプターが飛べず、救助が遅れた。", "en", "ja")
    # a negator besides still counts
    assert p001("利用料では修繕費を払えないので、町が補っている。",
                "Fees pay for repairs, so the town makes up the difference.", "ja", "en")


# 7 ---------------------------------------------------------------------------------------
def test_verbs_of_disliking_are_negative_words():
    assert not p001("The older cats won't like the new food.", "年上の猫たちは新しい餌を嫌がるだろう。", "en", "ja")
    assert not p001("The older cats won't like the new food.", "나이 든 고양이들은 새 사료를 싫어할 것이다.", "en", "ko")
    assert p001("The older cats won't like the new food.", "年上の猫たちは新しい餌を喜ぶだろう。", "en", "ja")
    # "ご機嫌" (a good mood) holds the character but says no dislike
    assert p001("The cats were not in a good mood.", "猫たちはご機嫌だった。", "en", "ja")


# 8 ---------------------------------------------------------------------------------------
def test_negated_exceeding_in_unspaced_text_bounds_a_figure():
    assert not p001("The delay will be no more than 15 minutes.", "延误不会超过15分钟。", "en", "zh")
    assert not p001("The delay will be no more than 15 minutes.", "遅れは15分を超えない見込みだ。", "en", "ja")
    assert p001("The delay will be 15 minutes.", "延误不会是15分钟。", "en", "zh")
    assert p001("The delay will be more than 15 minutes.", "延误不会超过15分钟。", "en", "zh")


# 9 ---------------------------------------------------------------------------------------
def test_french_ne_plus_x_que_is_only():
    assert not p001("O coro ficou com apenas 30 cantores.",
                    "La chorale n'a plus gardé que 30 chanteurs.", "pt", "fr")
    assert not p001("Restam hoje apenas duas casas.", "Il n'en reste plus aujourd'hui que deux maisons.", "pt", "fr")
    # after an infinitive the "que" is another's: "no longer bear the crowds that …"
    assert not p001("A ilha já não aguenta as multidões que vimos no verão.",
                    "L'île ne peut plus supporter les foules que nous avons vues l'été.", "pt", "fr")
    assert p001("A ilha aguenta as multidões que vimos no verão.",
                "L'île ne peut plus supporter les foules que nous avons vues l'été.", "pt", "fr")
    # an equative between keeps the negation ("no longer as many as")
    assert p001("As aves são tão numerosas como antes.",
                "Les oiseaux ne sont plus aussi nombreux qu'avant.", "pt", "fr")
    assert p001("A escola tem 40 alunos.", "L'école ne compte plus 40 élèves.", "pt", "fr")


# 10 --------------------------------------------------------------------------------------
def test_french_no_other_choice_but():
    assert not p001("Wir mussten die Preise erhöhen.",
                    "Nous n'avions pas d'autre choix que d'augmenter les prix.", "de", "fr")
    assert not p001("Wir mussten warten.", "Nous n'avions pas d'autre solution qu'attendre.", "de", "fr")
    assert p001("Wir hatten die Wahl.", "Nous n'avions pas le choix.", "de", "fr")


# 11 --------------------------------------------------------------------------------------
def test_verbs_of_stopping_render_no_longer():
    assert not p001("Obec přestane vypouštět odpadní vodu do řeky.",
                    "Die Gemeinde wird kein Abwasser mehr in den Fluss leiten.", "cs", "de")
    assert not p001("Die Fabrik wird aufhören, Wasser aus dem Fluss zu entnehmen.",
                    "The factory will no longer take water from the river.", "de", "en")
    assert p001("Obec bude vypouštět odpadní vodu do řeky.",
                "Die Gemeinde wird kein Abwasser mehr in den Fluss leiten.", "cs", "de")
    # "přestavba" (rebuilding) is no verb of stopping
    assert p001("Přestavba mostu bude pokračovat.", "Der Umbau der Brücke wird nicht fortgesetzt.", "cs", "de")


# 12 --------------------------------------------------------------------------------------
def test_as_if_nothing_negates_nothing():
    assert not p001("De directeur ging gewoon door met zijn toespraak.",
                    "El director siguió con su discurso como si nada.", "nl", "es")
    assert not p001("De directeur ging gewoon door met zijn toespraak.",
                    "Il direttore continuò il discorso come se niente fosse.", "nl", "it")
    # "if nothing changes" negates
    assert p001("Als er iets verandert, sluit de fabriek.", "Si nada cambia, la fábrica cerrará.", "nl", "es")


# 13 --------------------------------------------------------------------------------------
def test_disappear_renders_no_longer_seen():
    assert not p001("The kite climbs until it disappears.",
                    "연은 보이지 않을 때까지 높이 올라간다.", "en", "ko")
    # a negated "disappear" against a plain one stays a flip
    assert p001("The buoy disappears from view.", "부표가 사라지지 않는다.", "en", "ko")
    assert p001("The buoy disappears from view.", "Die Boje verschwindet nicht.", "en", "de")
    assert p001("The buoy does not disappear from view.", "부표가 사라진다.", "en", "ko")


# 14 --------------------------------------------------------------------------------------
def test_korean_an_inside_a_place_is_no_negator():
    assert not p001("공원 안 산책로 3곳이 새로 정비된다.", "Three walking paths in the park will be renovated.",
                    "ko", "en")
    # before a predicate it negates
    assert p001("그는 어제 학교 안 갔다.", "He went to school yesterday.", "ko", "en")
    assert p001("주민들은 밥을 안 먹었다.", "The residents ate.", "ko", "en")
    assert p001("요즘은 그 길로 안 가.", "These days I go that way.", "ko", "en")


# 15 --------------------------------------------------------------------------------------
def test_prison_without_suspension_is_a_kind_of_sentence():
    assert not p001("Instanța l-a condamnat la doi ani de închisoare cu executare.",
                    "Das Gericht verurteilte ihn zu zwei Jahren Haft ohne Bewährung.", "ro", "de")
    assert not p001("Il a été condamné à deux ans de prison sans sursis.",
                    "Das Gericht verurteilte ihn zu zwei Jahren Haft ohne Bewährung.", "fr", "de")
    # another "ohne" still negates
    assert p001("Er wurde ohne Anwalt verurteilt.", "He was sentenced with a lawyer.", "de", "en")


def test_clause_negator_after_without_stays():
    # "nicht" a few words after "ohne" is the clause's own negator, no n-word of the "ohne"
    assert not p001("Such a process simply cannot happen without China.",
                    "Ein solcher Prozess ist ohne China einfach nicht durchführbar.", "en", "de")
    assert p001("Such a process simply cannot happen without China.",
                "Ein solcher Prozess ist ohne China einfach durchführbar.", "en", "de")


def test_portuguese_otherwise_is_a_negative_word():
    assert not p001("«É preciso agir já, senão no inverno será tarde», disse.",
                    "«Hay que actuar ya; si no, en invierno será tarde», dijo.", "pt", "es")
