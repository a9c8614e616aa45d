"""Session 56 (c1): coverage (C002) on a quotation of several sentences that the source
holds as one sentence.

A Japanese sentence quoting speech of two sentences (…は「A。B」と話した) is one sentence
for the segmenter and two or three in the translation (frame, A, B).  The quotation's
second sentence often has no figure or name of its own ("I hope …," he said.), so C002
took it for a sentence added beside the one that translates the source.  Each target
sentence of a quotation the source holds as one is now needed while the bead's target
would otherwise quote fewer sentences than its source; a sentence outside the quotation
(an added one) is still measured, and, the quotation's sentences no longer being
candidates, found where it fits the rest of the bead alone.
"""
from __future__ import annotations

from mtcheck.rules.coverage import _quoted_sentences


def found(article, case, code_prefix):
    src, tgt, sl, tl = case
    return [f for f in article(src, tgt, sl, tl) if f.code.startswith(code_prefix) and not f.suppressed]


JA_EN_SPLIT = [["北海道の町で新しい図書館が開館", "北海道東部の別海町で1日、新しい町立図書館が開館した。建設費は約12億円で、国の補助金が半分を占める。", "館内には約8万冊の本が並び、子ども向けのコーナーや学習室も設けられた。", "町教育委員会の佐藤健一教育長（61）は「冬の長い町で、子どもも高齢者も誰もが気軽に集まれる場所ができた。町の未来を担う子どもたちが育ってほしい」と話した。", "町は来年度、移動図書館車も導入する予定だ。"], ["New library opens in Hokkaido town", "A new municipal library opened on the 1st in Betsukai, a town in eastern Hokkaido. It cost about 1.2 billion yen to build, half of which was covered by a national subsidy.", "The library holds about 80,000 books and has a children's corner and study rooms.", "Kenichi Sato (61), the town's superintendent of education, has high hopes. \"In a town with long winters, we now have a place where everyone, children and the elderly alike, can easily gather. I hope the children who will carry the town's future grow up here,\" he said.", "The town also plans to introduce a mobile library van next financial year."], "ja", "en"]
JA_DE_SPLIT = [["北海道の町で新しい図書館が開館", "北海道東部の別海町で1日、新しい町立図書館が開館した。建設費は約12億円で、国の補助金が半分を占める。", "館内には約8万冊の本が並び、子ども向けのコーナーや学習室も設けられた。", "町教育委員会の佐藤健一教育長（61）は「冬の長い町で、子どもも高齢者も誰もが気軽に集まれる場所ができた。町の未来を担う子どもたちが育ってほしい」と話した。", "町は来年度、移動図書館車も導入する予定だ。"], ["Neue Bibliothek in Kleinstadt auf Hokkaido eröffnet", "In Betsukai im Osten Hokkaidos ist am 1. eine neue städtische Bibliothek eröffnet worden. Der Bau kostete rund 1,2 Milliarden Yen, die Hälfte davon trug ein staatlicher Zuschuss.", "Die Bibliothek verfügt über rund 80.000 Bücher sowie eine Kinderecke und Lernräume.", "Der Schulrat der Stadt, Kenichi Sato (61), ist voller Hoffnung. „In einer Stadt mit langen Wintern haben wir jetzt einen Ort, an dem sich alle, Kinder wie ältere Menschen, ungezwungen treffen können. Ich hoffe, dass die Kinder, die die Zukunft der Stadt tragen, hier aufwachsen“, sagte er.", "Die Stadt will im nächsten Haushaltsjahr auch einen Bücherbus anschaffen."], "ja", "de"]
JA_EN_ADDED = [["北海道の町で新しい図書館が開館", "北海道東部の別海町で1日、新しい町立図書館が開館した。建設費は約12億円で、国の補助金が半分を占める。", "館内には約8万冊の本が並び、子ども向けのコーナーや学習室も設けられた。", "町教育委員会の佐藤健一教育長は「冬の長い町で、子どもも高齢者も誰もが気軽に集まれる場所ができた。町の子どもたちに毎日のように使ってほしい」と話した。", "町は来年度、移動図書館車も導入する予定だ。"], ["New library opens in Hokkaido town", "A new municipal library opened on the 1st in Betsukai, a town in eastern Hokkaido. It cost about 1.2 billion yen to build, half of which was covered by a national subsidy.", "The library holds about 80,000 books and has a children's corner and study rooms.", "Kenichi Sato, the town's superintendent of education, said: \"In a town with long winters, we now have a place where everyone can gather. I would like the town's children to use it almost every day.\" The library will also host concerts by local musicians.", "The town also plans to introduce a mobile library van next financial year."], "ja", "en"]
JA_DE_ADDED = [["北海道の町で新しい図書館が開館", "北海道東部の別海町で1日、新しい町立図書館が開館した。建設費は約12億円で、国の補助金が半分を占める。", "館内には約8万冊の本が並び、子ども向けのコーナーや学習室も設けられた。", "町教育委員会の佐藤健一教育長は「冬の長い町で、子どもも高齢者も誰もが気軽に集まれる場所ができた。町の子どもたちに毎日のように使ってほしい」と話した。", "町は来年度、移動図書館車も導入する予定だ。"], ["Neue Bibliothek in Kleinstadt auf Hokkaido eröffnet", "In Betsukai im Osten Hokkaidos ist am 1. eine neue städtische Bibliothek eröffnet worden. Der Bau kostete rund 1,2 Milliarden Yen, die Hälfte davon trug ein staatlicher Zuschuss.", "Die Bibliothek verfügt über rund 80.000 Bücher sowie eine Kinderecke und Lernräume.", "Der Schulrat der Stadt, Kenichi Sato, sagte: „In einer Stadt mit langen Wintern haben wir jetzt einen Ort, an dem sich alle treffen können. Die Kinder der Stadt sollen ihn möglichst jeden Tag nutzen.“ Die Bibliothek wird außerdem jeden Monat Konzerte örtlicher Musikerinnen und Musiker veranstalten.", "Die Stadt will im nächsten Haushaltsjahr auch einen Bücherbus anschaffen."], "ja", "de"]


# -- the quotation's sentences render the source's quotation -------------------------
def test_split_quotation_is_no_addition_ja_en(article):
    assert found(article, JA_EN_SPLIT, "C00") == []


def test_split_quotation_is_no_addition_ja_de(article):
    assert found(article, JA_DE_SPLIT, "C00") == []


# -- a sentence added after the quotation is still an addition ------------------------
def test_sentence_added_after_quotation_ja_en(article):
    f = found(article, JA_EN_ADDED, "C002")
    assert len(f) == 1 and "concerts" in _target_text(JA_EN_ADDED)[f[0].span[0]:f[0].span[1]]


def test_sentence_added_after_quotation_ja_de(article):
    f = found(article, JA_DE_ADDED, "C002")
    assert len(f) == 1 and "Konzerte" in _target_text(JA_DE_ADDED)[f[0].span[0]:f[0].span[1]]


def _target_text(case):
    return "\n\n".join(case[1])


# -- counting the quotation's sentences ------------------------------------------------
def test_quoted_sentences():
    assert _quoted_sentences("部長は「値上げはしない。来年も同じだ」と話した。") == 2
    assert _quoted_sentences("Er sagte: „Das reicht nicht. Wir brauchen mehr.“") == 2
    assert _quoted_sentences("«Oui», dit-il, «nous le ferons.»") == 2
    assert _quoted_sentences("The plan, he said, was sound.") == 0
