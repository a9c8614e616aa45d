"""Session 54 (s55 batch), group l1: text left in another language, and source words
kept as names.

- A sentence left in Japanese in a translation into a language of the Latin script is
  untranslated (L001): its kanji and kana count as one script, and a sentence of a script
  written without spaces need not have four "words".  A Japanese clause inside such a
  sentence is a run of one language, kanji and kana together (L002).
- A run of Han characters in a Korean sentence that language ID reads as Chinese (eight
  characters or more, in no brackets) is a clause left in Chinese, not Hanja (L002).
- A run of three lower-case words rare in the target, one with a letter its alphabet
  lacks, that language ID reads as a third language with two of its common words, is a
  clause in that language (Polish in Czech: ę, ł) (L002).
- A source word kept as part of an acronym's expansion in parentheses, where a hyphenated
  word gives a letter per part (LMBV ~ Lausitzer und Mitteldeutsche Bergbau-
  Verwaltungsgesellschaft), and two source words written in lower case that the
  translation capitalises as a name (du pays trégorrois ~ des Pays Trégorrois) are no copies
  (L002).
"""
import mtcheck


def _codes(src, tgt, sl, tl, code, min_sev=0):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and int(f.severity) >= min_sev and not f.suppressed]


def _doc(article, src, tgt, sl, tl, codes):
    return [f for f in article(src, tgt, sl, tl) if f.code in codes.split(",") and not f.suppressed]


# -- a sentence left in Japanese in a Latin-script translation ------------------------
_JA_SRC = ["駅前の図書館は来年三月に閉館する。",
           "町内では二〇一八年以降、既に公民館三館と図書館分室二館が統合された。町は跡地の活用を検討している。",
           "住民説明会は来月開かれる。"]


def test_japanese_sentence_in_english_is_untranslated(article):
    tgt = ["The library by the station will close next March.",
           "町内では二〇一八年以降、既に公民館三館と図書館分室二館が統合された。 The town is considering how to use the site.",
           "A meeting for residents will be held next month."]
    found = _doc(article, _JA_SRC, tgt, "ja", "en", "L001")
    assert any("統合" in f.text for f in found)


def test_japanese_sentence_in_french_is_untranslated(article):
    tgt = ["La bibliothèque de la gare fermera en mars prochain.",
           "町内では二〇一八年以降、既に公民館三館と図書館分室二館が統合された。 La commune étudie l'utilisation du terrain.",
           "Une réunion publique aura lieu le mois prochain."]
    found = _doc(article, _JA_SRC, tgt, "ja", "fr", "L001")
    assert any("統合" in f.text for f in found)


def test_translated_japanese_article_has_no_l001(article):
    tgt = ["The library by the station will close next March.",
           "Three community halls in the town have already been merged. The town is "
           "considering how to use the site.",
           "A meeting for residents will be held next month."]
    assert not _doc(article, _JA_SRC, tgt, "ja", "en", "L001")


def test_japanese_clause_of_kanji_and_kana_in_french():
    found = _codes("The mayor said the halls had been merged yesterday evening.",
                   "Le maire a déclaré que 町内では既に公民館が統合された hier soir.", "en", "fr", "L002")
    assert any("統合" in f.text for f in found)


def test_japanese_clause_of_kanji_and_kana_in_german():
    found = _codes("The mayor said the halls had been merged yesterday evening.",
                   "Der Bürgermeister sagte, 町内では既に公民館が統合された gestern Abend.", "en", "de", "L002")
    assert any("統合" in f.text for f in found)


def test_short_japanese_word_in_english_is_no_run():
    assert not _codes("Das Wort für Schule ist häufig.", "The word for school, 学校, is common.",
                      "de", "en", "L002")


# -- a clause left in Chinese in a Korean translation ---------------------------------
_ZH_IN_KO = "장관은 \"우리는 相同的河流、相同的农民、相同的方法를 쓸 것\"이라고 말했다."


def test_chinese_clause_in_korean_from_english():
    found = _codes("The minister said: 'We will use the same rivers, the same farmers and the same methods.'",
                   _ZH_IN_KO, "en", "ko", "L002")
    assert any("农民" in f.text for f in found)


def test_chinese_clause_in_korean_from_japanese():
    found = _codes("大臣は「同じ川、同じ農家、同じ方法を使う」と述べた。", _ZH_IN_KO, "ja", "ko", "L002")
    assert any("农民" in f.text for f in found)


def test_hanja_gloss_in_brackets_is_no_chinese():
    assert not _codes("North Korea announced a new policy on Monday.",
                      "조선민주주의인민공화국(朝鮮民主主義人民共和國)은 월요일 새 정책을 발표했다.", "en", "ko", "L002")


# -- a clause in a third language told by letters the target's alphabet lacks ---------
def test_polish_clause_in_czech():
    found = _codes("The ministry called on the regions to take similar steps.",
                   "Ministerstvo vyzvalo kraje, aby podjęły podobne kroki co nejdříve.", "en", "cs", "L002")
    assert any("podjęły" in f.text for f in found)


def test_polish_clause_in_hungarian():
    found = _codes("The ministry asked the regions to take similar steps quickly.",
                   "A minisztérium arra kérte a régiókat, hogy podjęły podobne kroki mielőbb.", "en", "hu", "L002")
    assert any("podjęły" in f.text for f in found)


def test_polish_names_in_czech_are_no_clause():
    assert not _codes("Lech Wałęsa visited Łódź on Monday.",
                      "Lech Wałęsa v pondělí navštívil Łódź a setkal se se studenty.", "en", "cs", "L002")


# -- an acronym's expansion with a hyphenated word --------------------------------------
_ACR_SRC = "Vertreter der Märkischen und Oderländer Wasser-Verwaltungsgesellschaft (MOWV) waren anwesend."


def test_acronym_expansion_with_hyphenated_word_in_spanish():
    assert not _codes(_ACR_SRC, "Estaban presentes representantes de la sociedad MOWV (Märkische und "
                                "Oderländer Wasser-Verwaltungsgesellschaft).", "de", "es", "L002")


def test_acronym_expansion_with_hyphenated_word_in_english():
    assert not _codes(_ACR_SRC, "Representatives of the company MOWV (Märkische und Oderländer "
                                "Wasser-Verwaltungsgesellschaft) attended.", "de", "en", "L002")


def test_word_of_acronym_expansion_in_english():
    assert not _codes("Vertreter der Märkischen und Oderländer Wasserverwaltung (MOW) waren anwesend.",
                      "Representatives of the company MOW (Märkische und Oderländer Wasserverwaltung) "
                      "attended.", "de", "en", "L002")


def test_acronym_split_letters():
    from mtcheck.rules.language import in_acronym_expansion
    text = "la autoridad SLW (Sächsische Landes-Wasserbehörde) y otros"
    s = text.index("Sächsische")
    assert in_acronym_expansion(text, s, s + len("Sächsische"))
    text = "la autoridad SLW (Sächsische Wasserbehörde) y otros"
    s = text.index("Sächsische")
    assert not in_acronym_expansion(text, s, s + len("Sächsische"))


# -- source words in lower case that the translation capitalises as a name ---------------
_CAP_SRC = "Les pêcheurs du pays trégorrois ont manifesté lundi devant la mairie."


def test_recapitalised_name_in_german():
    assert not _codes(_CAP_SRC, "Die Fischer des Pays Trégorrois demonstrierten am Montag vor dem Rathaus.",
                      "fr", "de", "L002")


def test_recapitalised_name_in_spanish():
    assert not _codes(_CAP_SRC, "Los pescadores del Pays Trégorrois se manifestaron el lunes ante el "
                                "ayuntamiento.", "fr", "es", "L002")


def test_copied_lower_case_words_still_flagged():
    assert _codes(_CAP_SRC, "Los pescadores del pays trégorrois se manifestaron el lunes ante el "
                            "ayuntamiento.", "fr", "es", "L002")


def test_common_words_capitalised_as_german_nouns_still_flagged():
    # German capitalises its nouns: two common English words capitalised are no name
    assert _codes("She won a prize at the national undergraduate awards last year.",
                  "Sie gewann letztes Jahr einen Preis bei den nationalen Undergraduate Awards.",
                  "en", "de", "L002")
