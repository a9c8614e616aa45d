"""Session 66 (po): polarity flips P003 missed or raised on a correct translation, fixed as
classes (written for mtcheck; every example is invented).

1. a weak phrase of a pole whose later word is a strong word of the same pole (Arabic
   "الحد الأدنى", the minimum, and "الأدنى") says the pole once, not twice: "went past the
   minimum" rendered "superior al mínimo" is no "fewer words of the pole than the source";
2. Arabic "حد أقصى" | "حد أدنى" (a maximum | a minimum, "بحد أقصى" too) are strong words of
   high | low, as French "maximale" | "minimale" are;
3. a "que" right after a conjunction's first word ("tandis que", "mientras que", "ya que") is
   no comparison's "than" (`than_conj`): the pole word before it has no arguments to swap;
4. an Arabic comparative with its difference after "ب" ("أقل بنسبة 8% من", 8 per cent less
   than) states the difference as "8 % more than" does;
5. Korean 상회 / 하회 (exceed, fall short of) only in their verb's forms (상회했다, 하회하는): a
   word that merely begins with them (a village's or a shop's name) is no pole word;
6. the Latvian comparative of size in every case ("lielākiem", "mazākām"): "to smaller
   schools" rendered "larger" is caught;
7. a new concept `lead`, a lead in a contest or a ranking (ahead | behind: "nine points
   ahead", "in Führung", "devance", "por delante", "à frente de", "in vantaggio",
   "voorsprong", "ביתרון" | "trailing by", "im Rückstand", "derrière", "puntos abajo",
   "atrás de", "sotto di", "achterstand", "פיגרה") in en, de, fr, es, pt, it, nl, he.
"""

from __future__ import annotations

import mtcheck


def p003(src, tgt, sl, tl):
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == "P003" and not f.suppressed]


# 1. a weak phrase and the strong word inside it say the pole once
def test_ar_minimum_phrase_counts_once():
    src = "وتخطت نتيجة المدرسة الحد الأدنى اللازم للاعتماد."
    assert not p003(src, "La escuela obtuvo un resultado superior al mínimo necesario para la acreditación.",
                    "ar", "es")
    assert not p003(src, "L'école a obtenu un résultat supérieur au minimum requis pour l'accréditation.",
                    "ar", "fr")


# 2. Arabic maximum | minimum
def test_ar_maximum_minimum_are_strong():
    src = "ويحق للمستأجر تمديد العقد لمدة حد أقصى 30 يوما."
    assert p003(src, "Le locataire peut prolonger le bail pour une période minimale de 30 jours.", "ar", "fr")
    assert not p003(src, "Le locataire peut prolonger le bail pour une période maximale de 30 jours.", "ar", "fr")
    src = "ويجب أن يقضي المتدرب بحد أدنى ستة أسابيع في المصنع."
    assert p003(src, "Le stagiaire doit passer une période maximale de six semaines à l'usine.", "ar", "fr")
    assert not p003(src, "Le stagiaire doit passer une période minimale de six semaines à l'usine.", "ar", "fr")


# 3. a conjunction's "que" is no "than"
def test_conjunction_que_is_no_than():
    src = "ويمكن تمديد التأشيرة لمدة بحد أقصى 90 يوما، في حين تبقى مدة تأشيرة العبور ثابتة."
    assert p003(src, "Le visa peut être prolongé pour une période minimale de 90 jours, tandis que la durée du visa "
                     "de transit reste fixe.", "ar", "fr")
    assert not p003(src, "Le visa peut être prolongé pour une période maximale de 90 jours, tandis que la durée du "
                         "visa de transit reste fixe.", "ar", "fr")
    src = "La beca tiene una duración máxima de nueve meses. El alojamiento corre por cuenta de la universidad."
    assert p003(src, "La bourse a une période minimale de neuf mois, tandis que le logement est pris en charge par "
                     "l'université.", "es", "fr")
    assert not p003(src, "La bourse a une période maximale de neuf mois, tandis que le logement est pris en charge "
                         "par l'université.", "es", "fr")
    # a comparison's own "que" still may swap the arguments ("moins la durée que le prix")
    assert not p003("Importa más el precio que la duración.", "Ce qui compte, c'est moins la durée que le prix.",
                    "es", "fr")


# 4. an Arabic comparative with its difference
def test_ar_comparative_by_figure():
    src = "وأوضح أن تكلفة الحافلة الكهربائية أقل بنسبة 15 في المائة من سعر الحافلة التقليدية."
    assert p003(src, "Explicó que el autobús eléctrico cuesta aproximadamente un 15 % más que el autobús "
                     "convencional.", "ar", "es")
    assert not p003(src, "Explicó que el autobús eléctrico cuesta aproximadamente un 15 % menos que el autobús "
                         "convencional.", "ar", "es")
    src = "وقال إن الإنتاج هذا الموسم أكثر بنسبة 20 في المائة من الموسم الماضي."
    assert p003(src, "He said output this season was 20 per cent lower than last season.", "ar", "en") or \
        p003(src, "He said output this season was 20 per cent less than last season.", "ar", "en")
    assert not p003(src, "He said output this season was 20 per cent more than last season.", "ar", "en")


# 5. Korean 상회 / 하회 as verbs only
def test_ko_exceed_fall_short_verbs_only():
    src = "하회탈 공방에는 지난해 3만 명 넘게 다녀갔다."
    assert not p003(src, "More than 30,000 people visited the mask workshop last year.", "ko", "en")
    src = "상회빌딩 앞 도로의 차량은 하루 5천 대 미만이다."
    assert not p003(src, "Fewer than 5,000 cars a day use the road outside the office building.", "ko", "en")
    src = "3분기 수출은 시장 예상치를 하회했다."
    assert p003(src, "Third-quarter exports exceeded market forecasts.", "ko", "en")
    assert not p003(src, "Third-quarter exports fell short of market forecasts.", "ko", "en")


# 6. Latvian comparatives of size in every case
def test_lv_comparative_size_cases():
    src = "Jaunais tilts ļaus pilsētai uzņemt lielākiem kuģiem paredzētas kravas."
    assert p003(src, "Die neue Brücke erlaubt der Stadt, Ladungen für kleinere Schiffe aufzunehmen.", "lv", "de")
    assert not p003(src, "Die neue Brücke erlaubt der Stadt, Ladungen für größere Schiffe aufzunehmen.",
                    "lv", "de")
    src = "Pilsēta piešķirs naudu mazākām skolām laukos."
    assert p003(src, "The city will give money to larger rural schools.", "lv", "en")
    assert not p003(src, "The city will give money to smaller rural schools.", "lv", "en")


# 7. a lead in a contest or a ranking
def test_lead_he_de():
    src = "הקבוצה פיגרה ב־7 נקודות ברבע השלישי."
    assert p003(src, "Die Mannschaft lag im dritten Viertel mit 7 Punkten vorn.", "he", "de")
    assert not p003(src, "Die Mannschaft lag im dritten Viertel mit 7 Punkten zurück.", "he", "de")


def test_lead_it_es():
    src = "Dopo il primo tempo la squadra ospite era sotto di quattro punti, poi ha recuperato."
    assert p003(src, "Tras la primera parte el equipo visitante estaba cuatro puntos arriba y luego se recuperó.",
                "it", "es")
    assert not p003(src, "Tras la primera parte el equipo visitante estaba cuatro puntos abajo y luego se "
                         "recuperó.", "it", "es")
    src = "A dieci minuti dalla fine la squadra era in vantaggio di un gol."
    assert p003(src, "With ten minutes left the team was trailing by a goal.", "it", "en")
    assert not p003(src, "With ten minutes left the team was a goal ahead.", "it", "en")


def test_lead_pt_fr_and_others():
    src = "A Espanha é o segundo mercado da empresa, à frente da Itália e da Bélgica."
    assert p003(src, "L'Espagne est le deuxième marché de l'entreprise, derrière l'Italie et la Belgique.",
                "pt", "fr")
    assert not p003(src, "L'Espagne est le deuxième marché de l'entreprise, devant l'Italie et la Belgique.",
                    "pt", "fr")
    src = "Na pausa, o clube estava atrás do rival por dois golos."
    assert p003(src, "À la pause, le club devançait son rival de deux buts.", "pt", "fr")
    src = "Nach der ersten Runde liegt die Läuferin mit drei Sekunden in Führung."
    assert p003(src, "Na eerste ronde heeft de loopster een achterstand van drie seconden.", "de", "nl")
    assert not p003(src, "Na eerste ronde heeft de loopster een voorsprong van drie seconden.", "de", "nl")


def test_lead_precision():
    # "liegt … zurück" (was … ago), "devant" (before a court), "ahead of" (before a vote), "al di
    # sotto di" (below), "avere in testa" (have in mind) and "atrás" (ago) state no lead
    assert not p003("Der letzte Titel des Vereins liegt zwanzig Jahre zurück.",
                    "Le dernier titre du club remonte à vingt ans.", "de", "fr")
    assert not p003("Le maire a comparu devant le tribunal jeudi.",
                    "The mayor appeared in court on Thursday.", "fr", "en")
    assert not p003("Die Gespräche finden vor der Abstimmung statt.",
                    "The talks take place ahead of the vote.", "de", "en")
    assert not p003("Le temperature sono rimaste al di sotto di zero per tre giorni.",
                    "Las temperaturas se mantuvieron por debajo de cero durante tres días.", "it", "es")
    assert not p003("L'allenatore ha in testa una formazione diversa per la finale.",
                    "El entrenador tiene en mente una alineación distinta para la final.", "it", "es")
    assert not p003("A fábrica fechou há dez anos atrás.",
                    "L'usine a fermé il y a dix ans.", "pt", "fr")
    assert not p003("Elle a laissé derrière elle une équipe en tête du classement.",
                    "She left behind her a team at the top of the table.", "fr", "en")
    assert not p003("Le parti devance ses rivaux de cinq points dans le dernier sondage.",
                    "The party is five points ahead of its rivals in the latest poll.", "fr", "en")
