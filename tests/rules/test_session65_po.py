"""Session 65 (po): polarity flips P003 missed, fixed as classes (written for mtcheck; every
example is invented).

1. Latvian "nepieciešams" (necessary) and its forms are no negative words (polarity lv.txt
   `plain`): a clause with "if need be" is not read as negated, so its rise or fall is compared;
2. Portuguese and Spanish "a menos de 200 metros" is "less than": only "a menos que" (unless)
   is masked;
3. Polish "powyżej" | "poniżej" (above | below) are words of position, and "ponad" with its
   figure is more ("ponad 40 proc."): a bound flipped across the two concepts is caught;
4. Spanish and Portuguese "interior" | "exterior" (inner | outer), the ministries, trade and
   policy named so masked;
5. a new concept `thickness` (thicker, thinning | thinner, thickening) in en, de, fi, fr, nl,
   sv, ru;
6. a new concept `encouragement` (encouraging | discouraging) in en, de, fr, es, pt, it, nl;
   and a "que" after a "but" word ("mas que", "pero que": but that) is no "than" that could
   swap a comparison's arguments;
7. a negator inside a quotation that holds no pole word ("「住民は納得していない」と語った") does
   not negate the clause of the pole word;
8. Chinese and Japanese bounds written after their figure ("60%以上") bound it, so a bound
   flipped across more/less and position is caught there too;
9. a change measured by a figure against a length compared by the same figure ("통근 시간이
   20분 줄었다" ~ "20 minutes longer") is a flip across the two concepts (`change~length`);
10. an age bounded by a figure ("старше 60 лет", "older than 60", "älter als 60") is a bound of
   more/less;
11. before | after an age: Arabic "قبل سن" | "بعد سن", German "vor dem sechsten Lebensjahr" |
   "nach dem sechsten Lebensjahr";
12. English "spreading", "to spread" and Malay/Indonesian "merebak" are a rise (in extent);
13. Chinese "价格比…低" | "价格比…高": a price compared is cheaper | dearer;
14. a Korean verb with a connective ending ("없어져", "-어서", "-지만") ends its clause: a
   negative word in it does not negate a pole word after it.
"""

from __future__ import annotations

import mtcheck


def p003(src, tgt, sl, tl):
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == "P003" and not f.suppressed]


# 1. Latvian "nepieciešams" negates nothing
def test_lv_necessary_is_no_negation():
    src = "Ja būs nepieciešams, pašvaldība palielinās autobusu skaitu maršrutā."
    assert p003(src, "If needed, the municipality will reduce the number of buses on the route.", "lv", "en")
    assert not p003(src, "If needed, the municipality will increase the number of buses on the route.",
                    "lv", "en")


# 2. "a menos de" is less than; "a menos que" is unless
def test_pt_es_a_menos_de_is_less_than():
    assert p003("A loja fica a menos de 200 metros da estação.",
                "The shop is more than 200 metres from the station.", "pt", "en")
    assert not p003("A loja fica a menos de 200 metros da estação.",
                    "The shop is less than 200 metres from the station.", "pt", "en")
    assert p003("El hotel está a menos de 300 metros de la playa.",
                "The hotel is more than 300 metres from the beach.", "es", "en")
    assert not p003("El hotel está a menos de 300 metros de la playa.",
                    "The hotel is less than 300 metres from the beach.", "es", "en")


def test_pt_a_menos_que_stays_unless():
    assert not p003("Não vamos sair a menos que o tempo melhore.",
                     "We will not go out unless the weather gets better.", "pt", "en")


# 3. Polish position and "ponad"
def test_pl_below_against_more_than():
    src = "Dziś ponad 40% energii pochodzi z wiatru."
    assert p003("Сьогодні понад 40% енергії надходить від вітру.",
                "Dziś poniżej 40 proc. energii pochodzi z wiatru.", "uk", "pl")
    assert not p003("Сьогодні понад 40% енергії надходить від вітру.",
                    "Dziś ponad 40 proc. energii pochodzi z wiatru.", "uk", "pl")
    assert not p003(src, "Today more than 40% of the energy comes from wind.", "pl", "en")
    assert p003(src, "Today less than 40% of the energy comes from wind.", "pl", "en")


def test_pl_position_words():
    assert p003("Temperatura utrzymuje się powyżej normy.", "The temperature stays below normal.", "pl", "en")
    assert not p003("Temperatura spadła poniżej zera.", "The temperature fell below zero.", "pl", "en")


# 4. Spanish and Portuguese inner | outer
def test_es_pt_inner_outer():
    assert p003("La pintura cubre la pared interior del edificio.",
                "The paint covers the outer wall of the building.", "es", "en")
    assert not p003("La pintura cubre la pared interior del edificio.",
                    "The paint covers the inner wall of the building.", "es", "en")
    assert p003("A tinta cobre a parede exterior do armazém.",
                "The paint covers the inner wall of the warehouse.", "pt", "en")
    assert not p003("A tinta cobre a parede exterior do armazém.",
                    "The paint covers the outer wall of the warehouse.", "pt", "en")


def test_es_interior_ministry_places_nothing():
    assert not p003("El ministro del Interior dio una rueda de prensa en la calle.",
                    "The interior minister gave a press conference outside.", "es", "en")
    assert not p003("La política exterior del gobierno cambió poco.",
                    "The government's policy inside the bloc changed little.", "es", "en")


# 5. thickness
def test_thickness_flips():
    assert p003("The ice on the lake is getting thinner every winter.",
                "Das Eis auf dem See wird jeden Winter dicker.", "en", "de")
    assert not p003("The ice on the lake is getting thinner every winter.",
                    "Das Eis auf dem See wird jeden Winter dünner.", "en", "de")
    assert p003("Jääpeite ohenee joka talvi.", "Die Eisdecke wird jeden Winter dicker.", "fi", "de")
    assert not p003("Jääpeite ohenee joka talvi.", "Die Eisdecke wird jeden Winter dünner.", "fi", "de")
    assert p003("The coating thickened after two weeks.", "Le revêtement s'est aminci après deux semaines.",
                "en", "fr")


def test_thickness_plain_adjectives_stay_weak():
    # a plain adjective is too ambiguous to fire on ("a thin majority", "dicke Luft")
    assert not p003("She won by a thin margin.", "Sie gewann mit dickem Vorsprung.", "en", "de")


# 6. encouraging | discouraging
def test_encouragement_flips():
    src = "She said the early figures were encouraging."
    assert p003(src, "Elle a déclaré que les premiers chiffres étaient décourageants.", "en", "fr")
    assert p003(src, "Sie sagte, die ersten Zahlen seien entmutigend.", "en", "de")
    assert p003(src, "Ela disse que os primeiros números eram desanimadores.", "en", "pt")
    assert p003(src, "Dijo que las primeras cifras eran desalentadoras.", "en", "es")
    assert not p003(src, "Elle a déclaré que les premiers chiffres étaient encourageants.", "en", "fr")
    assert not p003(src, "Sie sagte, die ersten Zahlen seien ermutigend.", "en", "de")
    assert not p003(src, "Ela disse que os primeiros números eram encorajadores.", "en", "pt")


def test_but_that_is_no_comparison():
    src = "The coach said the trial runs were encouraging but that the team needed more time."
    assert p003(src, "O treinador disse que os ensaios foram desanimadores, mas que a equipa precisava "
                "de mais tempo.", "en", "pt")
    assert not p003(src, "O treinador disse que os ensaios foram encorajadores, mas que a equipa precisava "
                    "de mais tempo.", "en", "pt")


# 7. a negation inside a quotation of its own
def test_negator_in_own_quotation():
    src = ("Councillor Ana Ruiz, who voted against the budget, said families had waited long enough. "
           "“Residents are unconvinced,” she said.")
    tgt = "予算に賛成票を投じたアナ・ルイス議員は、家族は十分に待ったと述べ、「住民は納得していない」と語った。"
    assert p003(src, tgt, "en", "ja")
    ok = "予算に反対票を投じたアナ・ルイス議員は、家族は十分に待ったと述べ、「住民は納得していない」と語った。"
    assert not p003(src, ok, "en", "ja")


def test_negator_in_quotation_with_pole_word_counts():
    # the quotation holds the pole word: its negator is the pole's ("did not vote for")
    src = "Ana Ruiz said: “I voted against the budget.”"
    assert not p003(src, "アナ・ルイス氏は「予算に賛成票を投じなかった」と述べた。", "en", "ja")


# 8. a bound written after its figure
def test_zh_bound_after_figure():
    src = "全省森林覆盖率常年保持在60%以上。"
    assert p003(src, "Forest cover in the province stays below 60% all year.", "zh", "en")
    assert not p003(src, "Forest cover in the province stays above 60% all year.", "zh", "en")
    # another figure: a number changed, not a bound flipped
    assert not p003(src, "Forest cover in the province stays below 45% all year.", "zh", "en")


# 9. a change by a figure against a length compared by it
def test_change_against_length_by_figure():
    src = "새 노선이 생기면서 통근 시간이 20분 정도 줄었다."
    assert p003(src, "With the new line, the commute became about 20 minutes longer.", "ko", "en")
    assert not p003(src, "With the new line, the commute became about 20 minutes shorter.", "ko", "en")


def test_change_against_length_needs_shared_figure():
    # no figure measures the change: "longer" may say something else
    assert not p003("새 노선이 생기면서 요금이 줄었다.", "With the new line, the trains are now 20 metres longer.",
                    "ko", "en")


# 10. an age bounded by a figure
def test_age_bound_is_more_or_less():
    assert p003("Инспекция проверила 140 мостов старше 60 лет.",
                "L'inspection a contrôlé 140 ponts de moins de 60 ans.", "ru", "fr")
    assert not p003("Инспекция проверила 140 мостов старше 60 лет.",
                    "L'inspection a contrôlé 140 ponts de plus de 60 ans.", "ru", "fr")
    assert p003("The survey covered 140 bridges older than 60 years.",
                "Die Erhebung umfasste 140 Brücken, die weniger als 60 Jahre alt sind.", "en", "de")
    assert not p003("Die Erhebung umfasste 140 Brücken, die älter als 60 Jahre sind.",
                    "The survey covered 140 bridges more than 60 years old.", "de", "en")


# 11. before | after an age
def test_before_after_an_age():
    assert p003("يوصي الأطباء بالتطعيم قبل سن السادسة.",
                "Die Ärzte empfehlen die Impfung nach dem sechsten Lebensjahr.", "ar", "de")
    assert not p003("يوصي الأطباء بالتطعيم قبل سن السادسة.",
                    "Die Ärzte empfehlen die Impfung vor dem sechsten Lebensjahr.", "ar", "de")
    assert p003("Doctors recommend the vaccine before the age of six.",
                "Die Ärzte empfehlen die Impfung nach dem sechsten Lebensjahr.", "en", "de")
    # "nach dem" alone is also "according to"
    assert not p003("Doctors recommend the vaccine before the age of six, the report says.",
                    "Nach dem Bericht empfehlen die Ärzte die Impfung vor dem sechsten Lebensjahr.", "en", "de")


# 12. spreading
def test_spreading_is_a_rise():
    assert p003("Officials expect the outbreak to spread further this month.",
                "Pegawai menjangkakan wabak itu akan berkurang lagi bulan ini.", "en", "ms")
    assert not p003("Officials expect the outbreak to spread further this month.",
                    "Pegawai menjangkakan wabak itu akan merebak lagi bulan ini.", "en", "ms")
    assert p003("Wabak itu merebak ke kampung lain.", "The outbreak kept shrinking in other villages.",
                "ms", "en")
    # sharing out a cost is no spreading in extent
    assert not p003("The company will spread the cost over five years.",
                    "Das Unternehmen verteilt die Kosten auf fünf Jahre.", "en", "de")


# 13. a price compared in Chinese
def test_zh_price_compared():
    src = "Electric buses are about 25 per cent more expensive than diesel buses."
    assert p003(src, "电动公交车的价格比柴油公交车低约25%。", "en", "zh")
    assert not p003(src, "电动公交车的价格比柴油公交车高约25%。", "en", "zh")
    assert p003("电动公交车的价格比柴油公交车高约25%。",
                "Electric buses are about 25 per cent cheaper than diesel buses.", "zh", "en")


# 14. a Korean verb with a connective ending ends its clause: a negative word in it negates
# no pole word after it
def test_ko_connective_ends_negation():
    assert p003("재고가 없어져 판매량이 30% 줄었다.", "With the stock gone, sales rose 30%.", "ko", "en")
    assert not p003("재고가 없어져 판매량이 30% 줄었다.", "With the stock gone, sales fell 30%.", "ko", "en")
    # a negator on the pole word's own verb still counts
    assert not p003("판매량이 30% 줄지 않았다.", "Sales rose 30%.", "ko", "en")
