"""Session 64 (helper pn): direction (P003) and negation (P001) misses and false alarms of
batches 40 and 41 (s75, s76), each on examples of its own.

P003 lexicons, whole closed classes:
1. a pace made faster or slower: the verbs of speeding up and slowing down (English
   "accelerated", "picked up" without an object | "slowed", "slowdown"; Hebrew האיץ | האט;
   French accélérer | ralentir; German beschleunigen | verlangsamen; Spanish, Portuguese,
   Italian acelerar | desacelerar, ralentizar, abrandar, rallentare).
2. easy | difficult in Hindi, Hebrew, Japanese and Lithuanian.
3. big | small: Portuguese "pequeno", Spanish "pequeño", Italian "piccolo" are strong words of
   size ("grande" stays weak); Lithuanian has the concept with its comparatives.
4. cheap | expensive: French "plus cher"; Spanish, Portuguese, Italian and Lithuanian have the
   concept with its comparatives.
5. knowing | not knowing ("desconocía", "ignorait", "unaware" | "knew").
6. a quantity brought up or down to a level ("brought the temperature up to 5 degrees"); the
   span reaches the particle.
7. Korean "넘지 않다" (did not exceed) is a negated word of more; a cross flip of more and
   change stands when both sides are negated ("never fell below"), and the translation's
   words of the source's pole may render as many of the source's own.
8. a change by a figure rendered the other way round while the translation has the source's
   pole elsewhere ("cresciuti del 35 % … aumenti" ~ "baissé de 35 % … hausses").
9. Italian, Spanish, Portuguese "neg*" (denies) is no "negli" (in the), "negozio", "negocio"
   (business), "negra": a pole word after one is not negated.

P001:
10. negative words: Estonian "napib" (is lacking), Hebrew "אי אפשר" (impossible, also with a
    glued ש), Korean 모르다 (not know).
11. Japanese "Vないうちに" (before V) negates nothing.
12. an n-word after a comparative and its "than" says "any" (Spanish "que en ningún otro
    momento", French "plus qu'aucun autre", Italian, Portuguese).
13. a sentence an F rule reports as page furniture (a related-article teaser merged into the
    bead) does not render the source's negation with its negative words.
"""
from __future__ import annotations

from mtcheck import check_pair, compare


def pair(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f"{f.severity.label}:{f.text}:{f.message}" for f in check_pair(src, tgt, sl, tl)
            if f.code == code and not f.suppressed]


# 1. speeding up | slowing down

def test_speed_verbs_he_en():
    src = "הצמיחה במשק הואטה במחצית השנייה של השנה."
    assert pair(src, "Growth in the economy picked up in the second half of the year.", "he", "en", "P003")
    assert not pair(src, "Growth in the economy slowed in the second half of the year.", "he", "en", "P003")


def test_speed_verbs_en_fr_de_es():
    src = "Growth in the region slowed sharply in the second quarter."
    assert pair(src, "La croissance de la région a fortement accéléré au deuxième trimestre.",
                "en", "fr", "P003")
    assert not pair(src, "La croissance de la région a fortement ralenti au deuxième trimestre.",
                    "en", "fr", "P003")
    assert pair(src, "Das Wachstum in der Region beschleunigte sich im zweiten Quartal stark.",
                "en", "de", "P003")
    assert not pair(src, "Das Wachstum in der Region verlangsamte sich im zweiten Quartal stark.",
                    "en", "de", "P003")
    assert pair(src, "El crecimiento de la región se aceleró con fuerza en el segundo trimestre.",
                "en", "es", "P003")
    assert not pair(src, "El crecimiento de la región se desaceleró con fuerza en el segundo trimestre.",
                    "en", "es", "P003")


def test_picked_up_with_an_object_is_no_pace():
    # "picked up the parcels": an object, no change of pace
    assert not pair("El repartidor, que conducía lento, recogió los paquetes en la oficina.",
                    "The courier, who was driving slowly, picked up the parcels at the office.",
                    "es", "en", "P003")
    assert not pair("El ritmo de las obras se ralentizó y el sospechoso fue detenido.",
                    "Work slowed down and the suspect was picked up by the police.", "es", "en", "P003")


# 2. easy | difficult

def test_difficulty_hi_en():
    src = "बारिश के कारण पहाड़ी रास्ते पर चलना मुश्किल हो गया है।"
    assert pair(src, "Because of the rain, walking on the mountain path has become easy.", "hi", "en", "P003")
    assert not pair(src, "Because of the rain, walking on the mountain path has become difficult.",
                    "hi", "en", "P003")


def test_difficulty_ja_he_en():
    assert pair("この地域で医師を確保するのは難しい。", "Recruiting doctors in this region is easy.",
                "ja", "en", "P003")
    assert not pair("この地域で医師を確保するのは難しい。", "Recruiting doctors in this region is difficult.",
                    "ja", "en", "P003")
    assert pair("המשימה הזאת קשה מאוד לצוות הקטן.", "This task is very easy for the small team.",
                "he", "en", "P003")
    assert not pair("המשימה הזאת קשה מאוד לצוות הקטן.", "This task is very difficult for the small team.",
                    "he", "en", "P003")


# 3. big | small

def test_size_en_lt():
    src = "Apples smaller than 6 centimetres are sold for juice."
    assert pair(src, "Didesni nei 6 centimetrų obuoliai parduodami sultims.", "en", "lt", "P003")
    assert not pair(src, "Mažesni nei 6 centimetrų obuoliai parduodami sultims.", "en", "lt", "P003")


def test_size_pt_es_it_en():
    assert pair("O projeto nasceu numa aldeia pequena do interior.",
                "The project was born in a large village in the interior.", "pt", "en", "P003")
    assert not pair("O projeto nasceu numa aldeia pequena do interior.",
                    "The project was born in a small village in the interior.", "pt", "en", "P003")
    assert pair("La empresa abrió una pequeña tienda en el centro.",
                "The company opened a huge shop in the centre.", "es", "en", "P003")
    assert pair("Hanno comprato una piccola casa in montagna.",
                "They bought a big house in the mountains.", "it", "en", "P003")
    # both poles on each side: no flip ("grande" stays weak)
    assert not pair("O pequeno comércio perdeu clientes, mas as grandes superfícies ganharam.",
                    "Small shops lost customers, but large stores gained them.", "pt", "en", "P003")


# 4. cheap | expensive

def test_cost_fr_de():
    src = "Le loyer d'un studio est 25 % plus cher qu'il y a cinq ans."
    assert pair(src, "Die Miete für eine Einzimmerwohnung ist 25 % billiger als vor fünf Jahren.",
                "fr", "de", "P003")
    assert not pair(src, "Die Miete für eine Einzimmerwohnung ist 25 % teurer als vor fünf Jahren.",
                    "fr", "de", "P003")


def test_cost_es_pt_it_lt():
    assert pair("El alquiler en el centro es más caro que en las afueras.",
                "Rent in the centre is cheaper than in the suburbs.", "es", "en", "P003")
    assert not pair("El alquiler en el centro es más caro que en las afueras.",
                    "Rent in the centre is more expensive than in the suburbs.", "es", "en", "P003")
    assert pair("Os medicamentos genéricos são mais baratos.", "Generic medicines are more expensive.",
                "pt", "en", "P003")
    assert pair("I biglietti del treno sono più cari in estate.", "Train tickets are cheaper in summer.",
                "it", "en", "P003")
    assert pair("Electricity became cheaper in March.", "Kovą elektra tapo brangesnė.", "en", "lt", "P003")
    assert not pair("Electricity became cheaper in March.", "Kovą elektra tapo pigesnė.", "en", "lt", "P003")


# 5. knowing | not knowing

def test_knowledge_es_fr_en():
    src = "Los vecinos desconocían los planes de la empresa."
    assert pair(src, "The residents knew about the company's plans.", "es", "en", "P003")
    assert not pair(src, "The residents did not know about the company's plans.", "es", "en", "P003")
    assert not pair(src, "The residents were unaware of the company's plans.", "es", "en", "P003")
    assert pair("Le maire ignorait que le pont était fermé.", "The mayor knew that the bridge was closed.",
                "fr", "en", "P003")


# 6. brought up | down to a level

def test_brought_up_to_a_level_ja_en():
    src = "新しい税で財政赤字は2%まで下がった。"
    got = pair(src, "The new tax brought the budget deficit up to 2%.", "ja", "en", "P003")
    assert got and "up" in got[0].split(":")[1]  # the span reaches the particle
    assert not pair(src, "The new tax brought the budget deficit down to 2%.", "ja", "en", "P003")


def test_brought_up_a_topic_is_no_rise():
    assert not pair("Los precios bajaron y la concejala sacó el tema en el pleno.",
                    "Prices fell and the councillor brought up the issue at the plenary.", "es", "en", "P003")


# 7. Korean "넘지 않다", negated on both sides

def test_never_exceeded_against_never_fell_below_ko_en():
    src = "올여름 이 지역의 기온은 한 번도 35도를 넘지 않았다."
    assert pair(src, "This summer the temperature in the region never fell below 35 degrees.",
                "ko", "en", "P003")
    assert not pair(src, "This summer the temperature in the region never exceeded 35 degrees.",
                    "ko", "en", "P003")


# 8. a change by a figure, the translation's other words of the source's pole elsewhere

def test_anchored_change_with_other_pole_words_it_fr():
    src = "Gli ordini dall'Asia sono cresciuti del 35 per cento e anche il mercato interno ha segnato aumenti."
    assert pair(src, "Les commandes d'Asie ont baissé de 35 % et le marché intérieur a aussi connu des hausses "
                     "et des progressions.", "it", "fr", "P003")
    assert not pair(src, "Les commandes d'Asie ont progressé de 35 % et le marché intérieur a aussi connu des "
                         "hausses et des baisses.", "it", "fr", "P003")


# 9. "negli", "negocio" hold no negation

def test_negli_is_no_negation_it_fr():
    src = "Negli ultimi mesi le esportazioni sono aumentate del 14 per cento."
    assert pair(src, "Au cours des derniers mois, les exportations ont diminué de 14 %.", "it", "fr", "P003")
    assert not pair(src, "Au cours des derniers mois, les exportations ont augmenté de 14 %.", "it", "fr", "P003")


def test_negocio_is_no_negation_es_en():
    src = "El negocio creció un 12 por ciento el año pasado."
    assert pair(src, "The business shrank by 12 per cent last year.", "es", "en", "P003")
    assert not pair(src, "The business grew by 12 per cent last year.", "es", "en", "P003")


# 10. negative words

def test_napib_et_en():
    assert not pair("Koolis napib õpetajaid.", "The school does not have enough teachers.", "et", "en", "P001")
    # a plain affirmative source against a negated translation is still flagged
    assert pair("Vallal on plaan laiendada ja raha on olemas.",
                "The municipality does not plan to expand it and there is money.", "et", "en", "P001")


def test_impossible_he_en():
    assert not pair("זו בעיה שאי אפשר לפתור בשבוע אחד.", "This is a problem that cannot be solved in one week.",
                    "he", "en", "P001")
    assert pair("זו בעיה שאפשר לפתור בשבוע אחד.", "This is a problem that cannot be solved in one week.",
                "he", "en", "P001")


def test_did_not_know_ko_en():
    assert not pair("He said he did not know about the plan.", "그는 그 계획에 대해 몰랐다고 말했다.", "en", "ko", "P001")


# 11. Japanese -ないうちに

def test_before_said_with_nai_uchi_ni_en_ja():
    assert not pair("She took in the laundry before it rained.", "雨が降らないうちに洗濯物を取り込んだ。",
                    "en", "ja", "P001")


# 12. an n-word after a comparative and its "than"

def test_than_any_es_pt_it_fr():
    assert not pair("More electric cars were sold this year than in any previous year.",
                    "Este año se vendieron más coches eléctricos que en ningún año anterior.", "en", "es", "P001")
    assert not pair("The bakery sells more bread than any other shop in town.",
                    "A padaria vende mais pão do que nenhuma outra loja da cidade.", "en", "pt", "P001")
    assert not pair("She knows the valley better than anyone.",
                    "Elle connaît la vallée mieux que personne.", "en", "fr", "P001")
    assert not pair("This year the river rose more than any other year.",
                    "Cette année, la rivière a monté plus qu'aucune autre année.", "en", "fr", "P001")
    # an n-word that negates its own clause stays a negator
    assert pair("Everyone came to the meeting.", "Nadie vino a la reunión.", "en", "es", "P001")


# 13. page furniture in the bead

def test_teaser_in_bead_does_not_render_negation(tmp_path):
    src = tmp_path / "source.en.txt"
    tgt = tmp_path / "target.de.txt"
    src.write_text("The council met on Monday to discuss the budget for next year.\n\n"
                   "The new rule does not apply to small farms, the mayor said after the meeting on Monday "
                   "evening.\n\nThe budget will be voted on in May.\n", encoding="utf-8")
    tgt.write_text("Der Rat tagte am Montag, um über den Haushalt für das nächste Jahr zu beraten.\n\n"
                   "Lesen Sie auch: Kleine Höfe verschwinden aus den Dörfern\n\n"
                   "Die neue Regel gilt für kleine Höfe, sagte der Bürgermeister nach der Sitzung am "
                   "Montagabend.\n\nÜber den Haushalt wird im Mai abgestimmt.\n", encoding="utf-8")
    rep = compare(str(tgt), source=str(src), source_lang="en", target_lang="de", semantic=False)
    # the aligner merges the teaser line into the bead of the next sentence: its "verschwinden"
    # (vanish) does not render the source's "not", and the dropped negation is flagged
    assert any(f.code == "P001" and not f.suppressed for f in rep.findings)
