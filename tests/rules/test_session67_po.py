"""Session 67 (po): polarity flips P003 missed or raised on a correct translation, fixed as
classes (written for mtcheck; every example is invented).

1. to survive or withstand a test, a storm or a crisis is its success: English "survived",
   "withstood" against a word of failure ("gagal", "a échoué") is a flip; the other languages'
   verbs of surviving are weak evidence of success ("überstand"), "is survived by" is none;
2. Korean 높아지다 / 낮아지다 and Japanese 高くなる / 低くなる (become higher, lower) are a rise
   and a fall, not only a height;
3. Chinese 少了 and Korean 적어지다 (became fewer) are "less" ("不少了", quite a lot, is none);
4. doubled | halved in Swedish, Danish, Norwegian, Afrikaans, Czech, Polish, Russian, Romanian;
5. a weak adverb of time right after a span of time and its figure compares two times by that
   span ("o tri hodiny neskôr", "sześć tygodni wcześniej", Korean "평년보다 5일 이른" with its
   보다); the same span said in reverse is a flip though other words of time stand
   in the sentence ("už v dubnu" ~ "bereits im April");
6. a "without" after every pole word negates its own phrase, not the clause before it;
7. "more than ever" (a record) is no word of change;
8. "with more", "use more" (the amount of a means or a resource) are strong words of more;
9. precision: Spanish "comiencen" is a beginning and English "complete" a weak end, Dutch
   "onder meer" (among other things) is no amount, English "drop out" (quit) no fall.
"""

from __future__ import annotations

import mtcheck


def p003(src, tgt, sl, tl):
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == "P003" and not f.suppressed]


# 1. survived / withstood ~ failed
def test_survived_rendered_failed():
    src = "According to the engineers, the prototype bridge survived the load tests at the depot."
    assert p003(src, "Menurut jurutera, jambatan prototaip tersebut gagal menempuh ujian beban di depoh.", "en", "ms")
    assert not p003(src, "Menurut jurutera, jambatan prototaip tersebut lulus ujian beban di depoh.",
                    "en", "ms")
    src = "The new ferry's hull withstood the ice trials in the northern fjord."
    assert p003(src, "La coque du nouveau ferry a échoué aux essais sur glace dans le fjord du nord.", "en", "fr")
    assert not p003(src, "La coque du nouveau ferry a résisté aux essais sur glace dans le fjord du nord.",
                     "en", "fr")


def test_survived_guards():
    # the other side's verb of surviving is evidence of success: the failure is the rivals'
    assert not p003("Die kleine Druckerei überstand die Krise, an der zwei größere Konkurrenten scheiterten.",
                    "The small print shop survived the crisis that sank two larger competitors.", "de", "en")
    # "is survived by" names the bereaved
    assert not p003("The sculptor, who died on Sunday, is survived by his two sons and a failed gallery.",
                    "Der Bildhauer, der am Sonntag starb, hinterlässt zwei Söhne und eine gescheiterte Galerie.",
                    "en", "de")


# 2. become higher / lower
def test_become_higher_lower_is_a_change():
    src = "올해 우유 가격이 크게 높아졌다."
    assert p003(src, "This year milk prices fell sharply.", "ko", "en")
    assert not p003(src, "This year milk prices rose sharply.", "ko", "en")
    assert p003("겨울에 호수의 수위가 많이 낮아졌다.", "In winter the level of the pond rose considerably.", "ko", "en")
    src = "駅の利用者の平均年齢は10年で4歳高くなった。"
    assert p003(src, "Over ten years the average age of station users fell by four years.", "ja", "en")
    assert not p003(src, "Over ten years the average age of station users rose by four years.", "ja", "en")
    # 高くない (not high) is no change
    assert not p003("この町の家賃は高くないが、駐車料金は下がった。",
                    "Rents in this town are not high, but parking fees have come down.", "ja", "en")


# 3. became fewer
def test_became_fewer():
    src = "今年冬天来图书馆借书的读者少了三成。"
    assert p003(src, "This winter many more readers came to the library to borrow books.", "zh", "en")
    assert not p003(src, "This winter 30% fewer readers came to the library to borrow books.", "zh", "en")
    assert not p003("图书馆的座位不少了，读者也很多。", "The library now has quite a few seats, and many readers.",
                    "zh", "en")
    src = "야간 이용객이 적어졌다."
    assert p003(src, "Many more people now use it at night.", "ko", "en")
    assert not p003(src, "Fewer people now use it at night.", "ko", "en")


# 4. doubled | halved
def test_doubled_halved_more_languages():
    src = "Antalet cykelturister i regionen har halverats sedan 2019."
    assert p003(src, "The number of cycling tourists in the region has doubled since 2019.", "sv", "en")
    assert not p003(src, "The number of cycling tourists in the region has halved since 2019.", "sv", "en")
    src = "Prisen på rugbrød er fordoblet på to år."
    assert p003(src, "Der Preis für Roggenbrot hat sich in zwei Jahren halbiert.", "da", "de")
    assert not p003(src, "Der Preis für Roggenbrot hat sich in zwei Jahren verdoppelt.", "da", "de")
    assert p003("Ventetiden på legetimer er halvert siden i fjor.",
                "Waiting times for doctor's appointments have doubled since last year.", "nb", "en")
    assert p003("Die Zahl der Lehrlinge hat sich verdoppelt.", "Die aantal vakleerlinge het gehalveer.", "de", "af")
    src = "Число абонентов библиотеки удвоилось за пять лет."
    assert p003(src, "The number of library members has halved in five years.", "ru", "en")
    assert not p003(src, "The number of library members has doubled in five years.", "ru", "en")
    assert p003("Exporturile de miere s-au înjumătățit anul trecut.", "Honey exports doubled last year.", "ro", "en")
    assert p003("Liczba kursów podwoiła się w tym roku.", "The number of courses halved this year.", "pl", "en")


# 5. a time compared by a span
def test_time_compared_by_span():
    src = "Vlak do Popradu prišiel o tri hodiny neskôr, než uvádzal cestovný poriadok."
    assert p003(src, "The train to Poprad arrived three hours earlier than the timetable said.", "sk", "en")
    assert not p003(src, "The train to Poprad arrived three hours later than the timetable said.", "sk", "en")
    src = "Most przez rzekę oddano do użytku sześć tygodni wcześniej."
    assert p003(src, "The bridge over the river was opened to traffic six weeks later.", "pl", "en")
    assert not p003(src, "The bridge over the river was opened to traffic six weeks earlier.", "pl", "en")
    src = "Skörden av äpplen började tre veckor tidigare i år."
    assert p003(src, "Die Apfelernte begann dieses Jahr drei Wochen später.", "sv", "de")
    assert not p003(src, "Die Apfelernte begann dieses Jahr drei Wochen früher.", "sv", "de")
    src = "올해 벚꽃은 평년보다 5일 이른 날짜에 피었다."
    assert p003(src, "This year the cherry trees blossomed 5 days later than the average.", "ko", "en")
    assert not p003(src, "This year the cherry trees blossomed 5 days earlier than the average.", "ko", "en")


def test_time_span_with_other_time_words():
    src = "Práce na střeše začaly už v dubnu a skončily o tři týdny dříve."
    assert p003(src, "Die Arbeiten am Dach begannen bereits im April und endeten drei Wochen später.", "cs", "de")
    assert not p003(src, "Die Arbeiten am Dach begannen bereits im April und endeten drei Wochen früher.",
                    "cs", "de")


def test_korean_date_is_no_span():
    # "9일 이른 새벽": early in the morning of the 9th, no time compared
    assert not p003("지난 9일 이른 새벽 창고에서 불이 났고 소방관들이 곧 도착했다.",
                    "A fire broke out at the warehouse early on the 9th, and firefighters arrived soon after.",
                    "ko", "en")


# 6. a "without" after the pole word
def test_without_after_pole_word():
    src = "Ticket sales at the theatre rose sharply without the usual posters."
    assert p003(src, "Les ventes de billets du théâtre ont fortement baissé en l'absence des affiches habituelles.",
                "en", "fr")
    assert not p003(src, "Les ventes de billets du théâtre ont fortement augmenté en l'absence des affiches "
                         "habituelles.", "en", "fr")
    # a "not" still keeps the rule quiet
    assert not p003("Visitor numbers at the museum did not fall after the renovation.",
                    "Le nombre de visiteurs du musée a augmenté après la rénovation.", "en", "fr")


# 7. more than ever
def test_more_than_ever_is_no_change():
    src = "Die Mieten in der Altstadt steigen weiter; Wohnungen dort sind gefragt wie nie."
    assert p003(src, "Rents in the old town keep falling; flats there are wanted more than ever.", "de", "en")
    assert not p003(src, "Rents in the old town keep rising; flats there are wanted more than ever.", "de", "en")
    src = "Los precios del café bajaron, pero se bebe más que nunca."
    assert p003(src, "Coffee prices rose, but people drink more than ever.", "es", "en")
    assert not p003(src, "Coffee prices fell, but people drink more than ever.", "es", "en")


# 8. with more / use more
def test_more_of_a_means():
    src = "Die neuen Öfen backen das Brot mit weniger Gas."
    assert p003(src, "The new ovens bake the bread with more gas.", "de", "en")
    assert not p003(src, "The new ovens bake the bread with less gas.", "de", "en")
    assert p003("De nieuwe bussen verbruiken minder diesel.", "The new buses use more diesel.", "nl", "en")
    # "more" before an adjective is still weak
    assert not p003("Das neue Modell ist weniger laut und sparsamer.", "The new model is quieter and more economical.",
                    "de", "en")


# 9. precision guards
def test_begin_and_complete():
    assert not p003("Rehearsals are expected to begin in May and be completed in July.",
                    "Se prevé que los ensayos comiencen en mayo y concluyan en julio.", "en", "es")
    assert p003("Se espera que las clases comiencen en septiembre.", "Classes are expected to finish in September.",
                "es", "en")


def test_among_other_things_and_drop_out():
    assert not p003("De omzet van de bakkerij zakte, onder meer door de hoge energieprijzen.",
                    "The bakery's turnover dropped, partly because of the high energy prices.", "nl", "en")
    assert not p003("Meer dan twaalf deelnemers haakten halverwege de cursus af.",
                    "More than twelve participants dropped out halfway through the course.", "nl", "en")
