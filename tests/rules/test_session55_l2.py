"""Session 55 (l2): names kept whole that L002 read as copies, an English name X001 read
as split German nouns, and a stranded preposition before a colon (S012).

* the lower-case words of a name led by an organisation's acronym, kept as the source
  writes them, maybe in their base form where the source declines them (L002); not after
  an acronym the target language uses as a word (GPS), where the lower-case word is a copy;
* the lower-case words of a name opening the sentence after a word the source writes
  with a capital throughout, mid-sentence elsewhere (L002); not where the source writes
  that word in lower case too;
* a place's name in its base form, two towns joined by a hyphen, where the source writes
  their adjective capitalised as the opening of a name (L002); not the adjective copied;
* a word of English words joined by a hyphen inside an English name in a German sentence
  (X001); a real chain of German nouns still scores;
* a colon or semicolon after a stranded preposition where the source has as many of that
  mark (S012); a mark the source lacks still reported.
"""
from __future__ import annotations


def found(article, case, code):
    src, tgt, sl, tl = case
    return [f for f in article(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# -- a name led by an acronym ----------------------------------------------------------
ACRONYM_HR = ("Iz KTD gradnje najavljuju nove radove na cesti.",
              "KTD gradnja is announcing new works on the road.", "hr", "en")
ACRONYM_HR_SAME = ("Ugovor su potpisali direktor tvrtke KTD gradnja Marko Horvat i gradonačelnik.",
                   "The contract was signed by Marko Horvat, the director of the company KTD gradnja, and the mayor.",
                   "hr", "en")
ACRONYM_CS = ("Podle mluvčího KVS vodárny se cena vody zvýší.",
              "According to a spokesman for KVS vodárna, the price of water will rise.", "cs", "en")
COMMON_ACRONYM_HR = ("Policija je u vozilu pronašla GPS uređaj i dva mobitela.",
                     "The police found a GPS uređaj and two mobile phones in the vehicle.", "hr", "en")
COMMON_ACRONYM_CS = ("Policie ve voze našla GPS zařízení a dva mobily.",
                     "The police found a GPS zařízení and two mobile phones in the car.", "cs", "en")
NO_NAME_HR = ("Ugovor su potpisali direktor tvrtke KTD i gradonačelnik, a gradnja počinje u svibnju.",
              "The contract was signed by the director of KTD gradnja and the mayor; work begins in May.",
              "hr", "en")


def test_acronym_led_name_declined_in_source_hr(article):
    assert found(article, ACRONYM_HR, "L002") == []


def test_acronym_led_name_as_written_hr(article):
    assert found(article, ACRONYM_HR_SAME, "L002") == []


def test_acronym_led_name_cs(article):
    assert found(article, ACRONYM_CS, "L002") == []


def test_word_after_common_acronym_still_copied(article):
    assert [f.text for f in found(article, COMMON_ACRONYM_HR, "L002")] == ["uređaj"]
    assert [f.text for f in found(article, COMMON_ACRONYM_CS, "L002")] == ["zařízení"]


def test_acronym_and_word_apart_in_source_still_copied(article):
    assert [f.text for f in found(article, NO_NAME_HR, "L002")] == ["gradnja"]


# -- a name opening the sentence ---------------------------------------------------------
INITIAL_HR = (["Radove financiraju država i Hrvatske šume, a trajat će dvije godine.",
               "Hrvatske šume procjenjuju da će novi put smanjiti troškove prijevoza drva."],
              ["The works are funded by the state and Hrvatske šume and will last two years.",
               "Hrvatske šume estimates that the new road will reduce the cost of transporting timber."], "hr", "en")
INITIAL_CS = (["Opravu trati zaplatí kraj a Správa železnic, práce potrvají dva roky.",
               "Správa železnic odhaduje, že nová trať zkrátí cestu o deset minut."],
              ["The repair of the line will be paid for by the region and Správa železnic, and the work will take two years.",
               "Správa železnic estimates that the new line will shorten the journey by ten minutes."], "cs", "en")
INITIAL_LOWER_HR = (["Šume u Hrvatskoj pokrivaju gotovo polovicu zemlje, a hrvatske šume su stare.",
                     "Hrvatske šume procjenjuju da će novi put smanjiti troškove."],
                    ["Forests cover almost half of Croatia, and Croatian forests are old.",
                     "Hrvatske šume estimates that the new road will reduce costs."], "hr", "en")


def test_name_opening_sentence_hr(article):
    assert found(article, INITIAL_HR, "L002") == []


def test_name_opening_sentence_cs(article):
    assert found(article, INITIAL_CS, "L002") == []


def test_opening_word_source_writes_in_lower_case_still_copied(article):
    assert [f.text for f in found(article, INITIAL_LOWER_HR, "L002")] == ["šume"]


# -- two towns' names where the source has their adjective opening a name ---------------
TOWNS_CS_EN = ("Nejvíce turistů míří do Písecko-táborského regionu a na Šumavu.",
               "Most tourists head for the Písek-Tábor region and the Šumava.", "cs", "en")
TOWNS_CS_DE = ("Nejvíce turistů míří do Písecko-táborského regionu a na Šumavu.",
               "Die meisten Touristen fahren in die Region Písek-Tábor und in den Böhmerwald.", "cs", "de")
TOWNS_SK_EN = ("Najviac turistov smeruje do Piešťansko-trnavského regiónu.",
               "Most tourists head for the Piešťany-Trnava region.", "sk", "en")
ADJECTIVE_COPIED = ("Nejvíce turistů míří do písecko-táborského regionu a na Šumavu.",
                    "Most tourists head for the písecko-táborského region and the Šumava.", "cs", "en")


def test_towns_base_form_cs_en(article):
    assert found(article, TOWNS_CS_EN, "L002") == []


def test_towns_base_form_cs_de(article):
    assert found(article, TOWNS_CS_DE, "L002") == []


def test_towns_base_form_sk_en(article):
    assert found(article, TOWNS_SK_EN, "L002") == []


def test_adjective_copied_still_reported(article):
    assert [f.text for f in found(article, ADJECTIVE_COPIED, "L002")] == ["písecko-táborského"]


# -- an English name with a hyphenated word in a German sentence (X001) ------------------
HYPHEN_NAME_ZH = ("该公司计划与上海科技大学合作开设人工智能课程。",
                  "Das Unternehmen will gemeinsam mit der Shanghai Sci-Tech University Kurse zur künstlichen "
                  "Intelligenz anbieten.", "zh", "de")
HYPHEN_NAME_FR = ("L'entreprise va proposer des cours avec l'université Hanoi Sci-Tech.",
                  "Das Unternehmen will gemeinsam mit der Hanoi Sci-Tech University Kurse für Studenten anbieten.",
                  "fr", "de")
NOUN_CHAIN_FR = ("La commission du logement du conseil municipal soutient la proposition de plafonnement des loyers.",
                 "Stadtrat Wohnungsbau Ausschuss unterstützt Miete Obergrenze Vorschlag.", "fr", "de")


def test_english_name_with_hyphenated_word_zh_de(article):
    assert found(article, HYPHEN_NAME_ZH, "X001") == []


def test_english_name_with_hyphenated_word_fr_de(article):
    assert found(article, HYPHEN_NAME_FR, "X001") == []


def test_german_noun_chain_still_reported(article):
    assert len(found(article, NOUN_CHAIN_FR, "X001")) == 1


# -- a stranded preposition before the source's colon (S012) -----------------------------
STRANDED_IT = ("Più rifiuti significa anche più lavoro da sbrigare: secondo le stime del comune, quest'anno "
               "saranno oltre 3.000 tonnellate.",
               "More waste also means more work to take care of: according to the council's estimates, there "
               "will be more than 3,000 tonnes this year.", "it", "en")
STRANDED_DE = ("Mehr Müll bedeutet auch mehr, was man loswerden muss: Nach Schätzungen der Stadt werden es "
               "dieses Jahr über 3.000 Tonnen sein.",
               "More waste also means more to get rid of: according to the city's estimates, there will be over "
               "3,000 tonnes this year.", "de", "en")
STRAY_DE = ("Die Geschichte der Stadt beginnt im Mittelalter.",
            "The history of: the city begins in the Middle Ages.", "de", "en")
STRAY_IT = ("La storia della città comincia nel Medioevo.",
            "The history of; the city begins in the Middle Ages.", "it", "en")


def test_stranded_preposition_before_source_colon_it_en(article):
    assert found(article, STRANDED_IT, "S012") == []


def test_stranded_preposition_before_source_colon_de_en(article):
    assert found(article, STRANDED_DE, "S012") == []


def test_mark_source_lacks_after_preposition_still_stray(article):
    assert [f.text for f in found(article, STRAY_DE, "S012")] == [":"]
    assert [f.text for f in found(article, STRAY_IT, "S012")] == [";"]
