"""Session 44 (g5): direction and negation (P003, P001), found by the held-out articles of
batch s44 (bench/articles), fixed as classes of the languages (written for mtcheck).

1. P003: a weak word of change or more/less with a figure right after it states its pole
   (`figure_next:` "up 30%", "down 5 points"; Chinese 不足2小时 "less than two hours");
2. P003: a vote for or against (voted in favour | voted against, stimmten dafür | dagegen,
   voté pour | contre, äänesti puolesta | vastaan …) in the accept | reject pair;
3. P003: a welcome (English "welcome") and Finnish "myönteisesti | kielteisesti" (favourably |
   unfavourably) as accept | reject;
4. P003: more often | more rarely (συχνότερες | σπανιότερες, чаще | реже, częściej | rzadziej);
5. P003: raised | lowered: French "relevé à", "relèvement", "abaisser"; German "angehoben";
6. P003: Korean "높지만 / 낮지만" (higher, but / lower, but);
7. P003: English phrasal verbs of change: push / drive … up, bring / push / drive … down;
8. P003: a negator only counts against a flip in the clause (between colons, semicolons,
   sentence ends) of the flipped word, when the sentence-wide count says otherwise;
9. P001: the answer "No" of a vote after an English article ("a No", "the No camp");
10. P001: "advised / recommended / warned / decided against" says "did not recommend";
11. P001: a double negation ("not unprecedented", "nem példa nélküli") rendered by its
    negative word alone ("unprecedented") drops the negation.
"""

from __future__ import annotations

import mtcheck


def codes(src, tgt, sl, tl, code):
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# 1. a figure right after a weak word

def test_up_before_a_figure_states_a_rise():
    src = "Die Zahl der Mitglieder ging im vergangenen Jahr um 12 Prozent zurück."
    assert codes(src, "Membership was up 12 percent last year.", "de", "en", "P003")
    assert codes(src, "Membership was down 12 percent last year.", "de", "en", "P003") == []
    src = "Les ventes ont reculé de 8 % sur un an."
    assert codes(src, "Sales were up 8% on the year.", "fr", "en", "P003")
    assert codes(src, "Sales were down 8% on the year.", "fr", "en", "P003") == []


def test_buzu_before_a_figure_is_less_than():
    src = "这些充电站每天的平均使用时间不足2小时。"
    assert codes(src, "These charging stations are used for more than 2 hours a day on average.", "zh", "en", "P003")
    assert codes(src, "These charging stations are used for less than 2 hours a day on average.", "zh", "en",
                 "P003") == []


# 2. votes for and against

def test_voted_against_rendered_in_favour():
    src = "Im Stadtrat stimmten 40 Mitglieder dagegen."
    assert codes(src, "In the city council, 40 members voted in favour.", "de", "en", "P003")
    assert codes(src, "In the city council, 40 members voted against.", "de", "en", "P003") == []
    src = "Douze députés ont voté contre le texte."
    assert codes(src, "Twelve deputies voted in favour of the text.", "fr", "en", "P003")
    assert codes(src, "Twelve deputies voted against the text.", "fr", "en", "P003") == []
    src = "Twelve councillors voted against the budget."
    assert codes(src, "Kaksitoista valtuutettua äänesti budjetin puolesta.", "en", "fi", "P003")
    assert codes(src, "Kaksitoista valtuutettua äänesti budjettia vastaan.", "en", "fi", "P003") == []


# 3. a welcome

def test_welcome_rendered_as_rejection():
    src = "The unions welcomed the plan."
    assert codes(src, "Ammattiliitot suhtautuivat suunnitelmaan kielteisesti.", "en", "fi", "P003")
    assert codes(src, "Ammattiliitot suhtautuivat suunnitelmaan myönteisesti.", "en", "fi", "P003") == []
    assert codes(src, "Die Gewerkschaften lehnten den Plan ab.", "en", "de", "P003")
    assert codes(src, "Die Gewerkschaften begrüßten den Plan.", "en", "de", "P003") == []


# 4. more often | more rarely

def test_more_frequent_rendered_rarer():
    src = "Such floods have become more frequent."
    assert codes(src, "Τέτοιες πλημμύρες έχουν γίνει σπανιότερες.", "en", "el", "P003")
    assert codes(src, "Τέτοιες πλημμύρες έχουν γίνει συχνότερες.", "en", "el", "P003") == []
    src = "Such floods now happen more often."
    assert codes(src, "Такие наводнения теперь случаются реже.", "en", "ru", "P003")
    assert codes(src, "Такие наводнения теперь случаются чаще.", "en", "ru", "P003") == []
    assert codes(src, "Takie powodzie zdarzają się teraz rzadziej.", "en", "pl", "P003")
    assert codes(src, "Takie powodzie zdarzają się teraz częściej.", "en", "pl", "P003") == []


# 5. raised | lowered

def test_raised_rendered_lowered():
    src = "Le seuil d'alerte a été relevé à 5 % le mois dernier."
    assert codes(src, "Die Alarmschwelle wurde im vergangenen Monat auf 5 % gesenkt.", "fr", "de", "P003")
    assert codes(src, "Die Alarmschwelle wurde im vergangenen Monat auf 5 % angehoben.", "fr", "de",
                 "P003") == []
    src = "Le seuil a été abaissé à 5 % le mois dernier."
    assert codes(src, "The threshold was increased to 5% last month.", "fr", "en", "P003")
    src = "Die Regierung hat die Tabaksteuer angehoben."
    assert codes(src, "The government reduced the tobacco tax.", "de", "en", "P003")
    assert codes(src, "The government increased the tobacco tax.", "de", "en", "P003") == []


# 6. Korean "higher, but"

def test_korean_higher_but():
    src = "이 지역의 실업률은 5%로 전국 평균 3%보다 높지만, 작년보다는 개선됐다."
    assert codes(src, "The region's unemployment rate was 5%, lower than the national average of 3%, "
                 "but it improved on last year.", "ko", "en", "P003")
    assert codes(src, "The region's unemployment rate was 5%, higher than the national average of 3%, "
                 "but it improved on last year.", "ko", "en", "P003") == []
    assert codes(src, "この地域の失業率は5%で、全国平均の3%より低いが、昨年よりは改善した。", "ko", "ja", "P003")


# 7. push up | bring down

def test_push_up_rendered_for_a_fall():
    src = "Die neue Anlage wird die Kosten pro Tonne auf etwa 3 Euro senken."
    assert codes(src, "The new plant will push the cost per tonne up to about 3 euros.", "de", "en", "P003")
    assert codes(src, "The new plant will bring the cost per tonne down to about 3 euros.", "de", "en",
                 "P003") == []
    src = "La réforme fera augmenter les loyers."
    assert codes(src, "The reform will drive rents down.", "fr", "en", "P003")
    assert codes(src, "The reform will drive rents up.", "fr", "en", "P003") == []


# 8. a negator in another clause

def test_negator_in_another_clause_does_not_silence_a_flip():
    src = "Les ventes n'ont pas été bonnes : elles ont chuté de 10 %."
    assert codes(src, "Sales were poor: they rose by 10%.", "fr", "en", "P003")
    assert codes(src, "Sales were poor: they fell by 10%.", "fr", "en", "P003") == []
    src = "Im Süden fand der Plan keine Mehrheit: Dort stimmten 60 Prozent dagegen."
    assert codes(src, "In the south the plan failed to win a majority: 60 per cent voted in favour there.",
                 "de", "en", "P003")
    assert codes(src, "In the south the plan failed to win a majority: 60 per cent voted against it there.",
                 "de", "en", "P003") == []


# 9. the "No" of a vote

def test_no_of_a_vote_after_an_article_is_no_negation():
    assert codes("Das Nein-Komitee kündigte eine Beschwerde an.",
                 "The No committee announced an appeal.", "de", "en", "P001") == []
    assert codes("Knapp 12 000 Stimmende legten ein Nein ein.",
                 "Almost 12,000 voters cast a No.", "de", "en", "P001") == []
    assert codes("Nej-sidan vann med 52 procent.", "The No side won with 52 percent.", "sv", "en", "P001") == []
    # a real "no" is still one
    assert codes("Es gab Einwände.", "There were no objections.", "de", "en", "P001")


# 10. advised against

def test_advised_against_is_a_negation():
    assert codes("A hatóság nem javasolta a fürdést a tóban.",
                 "The authority advised against bathing in the lake.", "hu", "en", "P001") == []
    assert codes("A hatóság nem javasolta a fürdést a tóban.",
                 "The authority recommended bathing in the lake.", "hu", "en", "P001")
    assert codes("Die Behörde empfahl nicht, im See zu baden.",
                 "The authority warned against bathing in the lake.", "de", "en", "P001") == []


# 11. a double negation dropped

def test_double_negation_rendered_by_its_negative_word():
    src = "A szakértő szerint a mostani aszály nem példa nélküli."
    assert codes(src, "According to the expert, the current drought is unprecedented.", "hu", "en", "P001")
    assert codes(src, "According to the expert, the current drought is not unprecedented.", "hu", "en",
                 "P001") == []
    src = "Selon l'experte, cette situation n'est pas inhabituelle."
    assert codes(src, "According to the expert, this situation is unusual.", "fr", "en", "P001")
    assert codes(src, "According to the expert, this situation is not unusual.", "fr", "en", "P001") == []
    # a negated verb before a negative word elsewhere ("not yet" is no double negation)
    assert codes("Die Technik ist noch nicht erprobt.", "The technology is yet to be proven.", "de", "en",
                 "P001") == []

