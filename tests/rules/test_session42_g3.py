"""Session 42 (g3): direction and negation; misses and false alarms found by the held-out
articles of batch s42 (bench/articles), fixed as classes (written for mtcheck).

1. P003: a word of more/less or higher/lower after a figure states a change by that much
   ("4,000 fewer visitors", "5 Prozent mehr Passagiere als", "0.5 percentage points
   higher"), so it is read as a word of rise or fall too; the figure's "than" is its own
   reference, no argument swap; not in a sentence with a negator (a counterfactual);
2. P003: a word of more/less that bounds a figure ("more than 15 percent", "plus de 8 %")
   is no evidence of a rise: "fell by more than 15 %" rendered "rose by more than 15 %"
   is a flip;
3. P001: more verbs of stopping (Italian fermare, interrompere; English halt), and French
   "s'arrêter" read without its elided pronoun: "non si fermerà" rendered "will stop"
   dropped its negation;
4. P001: German "Fehler" (error) is no negative word under the stem "fehl*" (`plain`);
   English "rather (than)" is one ("rather than the hospitals" ~ "und nicht an die
   Krankenhäuser");
5. P001: a Vietnamese negation lexicon (không, chưa, chẳng, đừng), with the compounds
   whose "không" negates nothing (không khí air, hàng không aviation, chẳng hạn for
   example) and "không chỉ … mà còn" (not only … but also);
6. P001: Russian, Ukrainian and Bulgarian write "не" onto adjectives and adverbs
   (непростой: not simple), a negative word; less the `plain` words so derived that
   negate nothing (недавно recently);
7. P003: a capitalised pole word the other side writes without its accents is a name
   (Vietnamese "ông Thắng", a word of winning, is "Thang" in English).
"""

from __future__ import annotations

import mtcheck


def codes(src, tgt, sl, tl, code):
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


# 1. a comparison with a figure states a change

def test_figure_more_less_is_a_change():
    src = "Die Zahl der Besucher stieg im Mai deutlich."
    assert codes(src, "In May there were 4,000 fewer visitors.", "de", "en", "P003") == ["fewer"]
    assert codes(src, "In May there were 4,000 more visitors.", "de", "en", "P003") == []
    src = "El número de pasajeros cayó en marzo."
    assert codes(src, "Im März gab es 5 Prozent mehr Passagiere als im Vorjahr.", "es", "de", "P003")
    assert codes(src, "Im März gab es 5 Prozent weniger Passagiere als im Vorjahr.", "es", "de", "P003") == []


def test_figure_higher_lower_is_a_change():
    src = "Nezaměstnanost v kraji klesla."
    assert codes(src, "Unemployment in the region was 0.5 percentage points higher.", "cs", "en", "P003")
    assert codes(src, "Unemployment in the region was 0.5 percentage points lower.", "cs", "en", "P003") == []
    src = "Prodaja je bila 12 posto manje nego lani."
    assert codes(src, "Sales were 12 percent higher than last year.", "hr", "en", "P003")
    assert codes(src, "Sales were 12 percent lower than last year.", "hr", "en", "P003") == []


def test_figure_comparison_in_a_negated_sentence_is_no_change():
    src = "The subsidies increased sales by 10 percent."
    assert codes(src, "Die Subventionen brachten 10 Prozent weniger Umsatz.", "en", "de", "P003")
    # the counterfactual: "had there been no subsidies, sales would be 10 percent lower"
    assert codes(src, "Hätte es die Subventionen nicht gegeben, wäre der Umsatz um 10 Prozent niedriger.",
                 "en", "de", "P003") == []
    assert codes("Les subventions ont augmenté les ventes de 10 %.",
                 "Without the subsidies, sales would not have been 10 percent lower.", "fr", "en", "P003") == []


# 2. a bound on a figure is no rise

def test_bound_on_a_figure_is_no_rise():
    src = "Die Preise fielen im Jahresvergleich um mehr als 15 Prozent."
    assert codes(src, "Prices rose by more than 15 percent year on year.", "de", "en", "P003") == ["rose"]
    assert codes(src, "Prices fell by more than 15 percent year on year.", "de", "en", "P003") == []
    src = "Les ventes ont reculé de plus de 8 % en un an."
    assert codes(src, "Sales grew by more than 8% in a year.", "fr", "en", "P003") == ["grew"]
    assert codes(src, "Sales dropped by more than 8% in a year.", "fr", "en", "P003") == []


# 3. verbs of stopping

def test_not_stop_rendered_stop():
    src = "La produzione nello stabilimento non si fermerà."
    assert codes(src, "Production at the plant will stop.", "it", "en", "P001")
    assert codes(src, "Production at the plant will not stop.", "it", "en", "P001") == []
    src = "Le trafic sur la ligne ne s'arrêtera pas."
    assert codes(src, "Traffic on the line will halt.", "fr", "en", "P001")
    assert codes(src, "Traffic on the line will not halt.", "fr", "en", "P001") == []


# 4. "Fehler" is no negative word, "rather (than)" is one

def test_error_noun_is_no_negative_word():
    src = "We must not repeat the errors of the last decade."
    assert codes(src, "Wir müssen die Fehler des letzten Jahrzehnts wiederholen.", "en", "de", "P001")
    assert codes(src, "Wir müssen die Fehler des letzten Jahrzehnts nicht wiederholen.",
                 "en", "de", "P001") == []
    assert codes("Não podemos repetir os erros do passado.",
                 "Wir können die Fehler der Vergangenheit wiederholen.", "pt", "de", "P001")
    # "fehlen" (lack) still is one
    assert codes("Es fehlt an Wasser.", "There is no water.", "de", "en", "P001") == []


def test_rather_than_is_a_negation():
    src = "The money went to the schools rather than the hospitals."
    assert codes(src, "Das Geld ging an die Schulen und nicht an die Krankenhäuser.", "en", "de", "P001") == []
    assert codes(src, "L'argent est allé aux écoles et non aux hôpitaux.", "en", "fr", "P001") == []
    assert codes("The money went to the schools and the hospitals.",
                 "Das Geld ging an die Schulen und nicht an die Krankenhäuser.", "en", "de", "P001")


# 5. Vietnamese

def test_vietnamese_negation_dropped():
    src = "Chính phủ không tăng thuế trong năm nay."
    assert codes(src, "The government raised taxes this year.", "vi", "en", "P001")
    assert codes(src, "The government did not raise taxes this year.", "vi", "en", "P001") == []
    src = "Nhà máy chưa hoạt động trở lại."
    assert codes(src, "Das Werk hat den Betrieb wieder aufgenommen.", "vi", "de", "P001")
    assert codes(src, "Das Werk hat den Betrieb noch nicht wieder aufgenommen.", "vi", "de", "P001") == []


def test_vietnamese_compounds_negate_nothing():
    assert codes("Chất lượng không khí ở Hà Nội đã được cải thiện.", "Air quality in Hanoi has improved.",
                 "vi", "en", "P001") == []
    # the compound beside a negator of its own
    assert codes("Chất lượng không khí ở Hà Nội chưa được cải thiện.", "Air quality in Hanoi has improved.",
                 "vi", "en", "P001")
    assert codes("Ngành hàng không đã phục hồi.", "Die Luftfahrt hat sich erholt.", "vi", "de", "P001") == []
    assert codes("Giá gạo tăng, chẳng hạn ở Cần Thơ.", "Rice prices rose, for example in Can Tho.",
                 "vi", "en", "P001") == []
    assert codes("Họ không chỉ trồng lúa mà còn nuôi cá.", "They grow rice and also farm fish.",
                 "vi", "en", "P001") == []


# 6. не- adjectives

def test_ne_prefixed_adjective_is_a_negative_word():
    src = "Ситуация на рынке была непростой."
    assert codes(src, "Die Lage auf dem Markt war nicht einfach.", "ru", "de", "P001") == []
    assert codes(src, "The market situation was not easy.", "ru", "en", "P001") == []
    assert codes("Ситуація на ринку була непростою.", "The market situation was not easy.",
                 "uk", "en", "P001") == []
    # the plain word: "недавно" (recently) negates nothing
    assert codes("Недавно компания открыла офис в Казани.",
                 "The company did not open an office in Kazan recently.", "ru", "en", "P001")
    assert codes("Ситуация на рынке была простой.", "The market situation was not easy.", "ru", "en", "P001")


# 7. a name written without its accents

def test_unaccented_name_is_no_pole_word():
    src = "“Năm nay vườn cà phê bị hỏng nặng,” ông Thắng nói."
    assert codes(src, "“This year we lost the coffee garden,” Thang said.", "vi", "en", "P003") == []
    assert codes("Đội tuyển đã thắng trận chung kết.", "The team lost the final.", "vi", "en", "P003")


# 8. Vietnamese words of losing or lacking hold a negation (lex): "mất điện" (lost power) is
#    how Vietnamese says "without power", so the other side's "without" is no dropped negation;
#    found by bench/languages.py's held-out sentences once Vietnamese had a lexicon

def test_vietnamese_loss_words_balance_without():
    vi = "Cơn bão khiến 3.000 hộ gia đình mất điện vào thứ Hai."
    assert codes("The storm left 3,000 households without power on Monday.", vi, "en", "vi", "P001") == []
    assert codes(vi, "Der Sturm ließ am Montag 3.000 Haushalte ohne Strom.", "vi", "de", "P001") == []
    # a plain sentence still draws the finding when the other side negates
    vi2 = "Cơn bão khiến 3.000 hộ gia đình có điện vào thứ Hai."
    assert codes(vi2, "Der Sturm ließ am Montag 3.000 Haushalte ohne Strom.", "vi", "de", "P001")
