"""Session 55 (f1): photo credits, web UI strings and wrong-language sentences (batch 22).

- F003: an ad slot's "the article continues after the advertisement" line of several
  words (data/furniture/ui.*.txt, now marked ``^!``) is flagged glued to a paragraph's
  start before a capitalised word too, as the one-word ad labels were; new entries:
  "Continue reading below the advertisement", "Weiterlesen nach der Anzeige".
- F002: a labelled credit between two sentences or at a paragraph's start whose names run
  into the next sentence with no common word to stop them: the names stop at the
  capitalised word before the first lower-case one (only a body naming a listed agency:
  "Foto: PA Wire/Name Surname Finanziert wurde …"); Anadolu's "AA" is a listed agency.
- F002: an agency's credit all in capitals without a slash, agency + picture label +
  names ("BELGA PHOTO NAME SURNAME The …"), at a paragraph's start or between sentences.
- F002: a news agency's sign-off in brackets glued to a paragraph's start ("(Petra) …",
  "(WAM) …"), where no source paragraph opens with a bracket; more national agencies in
  the [wires] list (Petra, WAM, SPA, QNA, KUNA, MENA, Bernama, Antara …).
- F002: a credit on a line of its own between two body paragraphs is major when the source
  has no credit and none of its names, as a glued one was.
- L001: Chinese in a Japanese translation, a short sentence without kana (4 Han characters
  or more, one of them simplified Chinese's own form) that language ID reads as Chinese.
- L001: a sentence of four words in a close neighbour of the target (Spanish in
  Portuguese) goes through the short-neighbour test that took two or three words.
"""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.model import Severity


def found(src: str, tgt: str, sl: str, tl: str, code: str):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# --- F003: an ad slot's continuation line glued to a paragraph's start --------------------

@pytest.mark.parametrize("src,tgt,sl,tl,label", [
    ("The harbour was dredged last year.\n\nThe ferry company plans a second route to the island.",
     "O porto foi dragado no ano passado.\n\nContinua após a publicidade A empresa de ferries "
     "planeia uma segunda rota para a ilha.", "en", "pt", "Continua após a publicidade"),
    ("Port został pogłębiony w zeszłym roku.\n\nArmator planuje drugą trasę na wyspę.",
     "The harbour was dredged last year.\n\nContinue reading below the advertisement The ferry "
     "company plans a second route to the island.", "pl", "en", "Continue reading below the advertisement"),
    ("Il porto è stato dragato l'anno scorso.\n\nLa compagnia prevede una seconda rotta.",
     "Der Hafen wurde letztes Jahr ausgebaggert.\n\nWeiterlesen nach der Anzeige Die Reederei "
     "plant eine zweite Route zur Insel.", "it", "de", "Weiterlesen nach der Anzeige"),
])
def test_ad_continuation_glued_to_paragraph_start(src, tgt, sl, tl, label):
    fs = found(src, tgt, sl, tl, "F003")
    assert any(f.text == label for f in fs), fs


def test_ad_continuation_words_inside_a_sentence_pass():
    src = "Der Moderator sagte, sie würden nach der Werbepause weiterlesen."
    tgt = "Continue reading after the advertisement break, the host told listeners."
    assert found(src, tgt, "de", "en", "F003") == []


# --- F002: names stop at the capitalised word before the first lower-case one ------------

@pytest.mark.parametrize("src,tgt,sl,tl,credit", [
    ("The new library on the square.\n\nThe project was funded by the council and a grant. It "
     "opened on Monday.",
     "Die neue Bibliothek am Platz.\n\nFoto: PA Wire/Jane Holloway Finanziert wurde das Projekt "
     "vom Rat und einem Zuschuss. Sie öffnete am Montag.", "en", "de", "Foto: PA Wire/Jane Holloway"),
    ("Çiftçiler ise kotanın kaliteyi koruduğunu söylüyor. Oda başkanı da aynı görüşte.",
     "Photo: AA / Emre Yildiz Local growers, however, say the quota protects quality. The "
     "chamber's head agrees.", "tr", "en", "Photo: AA / Emre Yildiz"),
])
def test_labelled_agency_credit_names_stop_before_the_opener(src, tgt, sl, tl, credit):
    fs = found(src, tgt, sl, tl, "F002")
    assert [f.text for f in fs] == [credit], fs
    assert fs[0].severity >= Severity.MAJOR


def test_labelled_names_without_an_agency_pass():
    # a caption's own words after the label, no listed agency: not read as a credit
    src = "Anna Berg im Park. Besucher kamen am Sonntag in Scharen."
    tgt = "Photo: Anna Berg Park visitors came in crowds on Sunday."
    assert found(src, tgt, "de", "en", "F002") == []


# --- F002: an agency's credit in capitals, agency + label + names ------------------------

@pytest.mark.parametrize("src,tgt,sl,tl,credit", [
    ("Le syndicat est en colère. Il réclame un plan.\n\nLes travaux ont commencé lundi. Ils "
     "dureront un an.",
     "The union is angry. It wants a plan.\n\nBELGA PHOTO JAN PEETERS The works started on "
     "Monday. They will last a year.", "fr", "en", "BELGA PHOTO JAN PEETERS"),
    ("The works started on Monday, the mayor said. They will last a year.",
     "I lavori sono iniziati lunedì, ha detto il sindaco. ANSA FOTO MARIO BIANCHI Dureranno "
     "un anno intero.", "en", "it", "ANSA FOTO MARIO BIANCHI"),
])
def test_capitals_agency_label_credit(src, tgt, sl, tl, credit):
    fs = found(src, tgt, sl, tl, "F002")
    assert [f.text for f in fs] == [credit], fs


def test_capitals_without_a_listed_agency_pass():
    src = "Die Mission startet im Mai. Die Kosten steigen weiter."
    tgt = "The mission launches in May. CITY PHOTO CONTEST OPENS The costs keep rising."
    assert found(src, tgt, "de", "en", "F002") == []


# --- F002: a wire's sign-off in brackets at a paragraph's start --------------------------

@pytest.mark.parametrize("src,tgt,sl,tl,credit", [
    ("قال رئيس البلدية إن السكان عانوا لسنوات من انقطاع المياه.",
     "(Petra) Mayor Khaled Nasser said residents had suffered water cuts for years.",
     "ar", "en", "(Petra)"),
    ("The ministry announced new rules for the port on Tuesday.",
     "(WAM) Le ministère a annoncé mardi de nouvelles règles pour le port.", "en", "fr", "(WAM)"),
])
def test_wire_sign_off_at_paragraph_start(src, tgt, sl, tl, credit):
    fs = found(src, tgt, sl, tl, "F002")
    assert [f.text for f in fs] == [credit], fs
    assert fs[0].severity >= Severity.MAJOR


def test_wire_sign_off_mirrored_from_the_source_passes():
    # the source opens its paragraph with the same bracketed sign-off: mirrored, not added
    src = "(WAM) أعلنت الوزارة يوم الثلاثاء قواعد جديدة للميناء."
    tgt = "(WAM) The ministry announced new rules for the port on Tuesday."
    assert found(src, tgt, "ar", "en", "F002") == []


# --- F002: a credit on a line of its own between body paragraphs ------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The bridge was closed in May.\n\nRepairs will take two years, the city said.",
     "Most je zatvoren u svibnju.\n\nFoto: Kate Marsh/PA Images\n\nPopravci će trajati dvije "
     "godine, rekao je grad.", "en", "hr"),
    ("The bridge was closed in May.\n\nRepairs will take two years, the city said.",
     "Die Brücke wurde im Mai gesperrt.\n\nFoto: Kate Marsh/PA Images\n\nDie Reparatur wird "
     "zwei Jahre dauern, sagte die Stadt.", "en", "de"),
])
def test_standalone_credit_the_source_lacks_is_major(src, tgt, sl, tl):
    fs = found(src, tgt, sl, tl, "F002")
    assert len(fs) == 1 and fs[0].severity >= Severity.MAJOR, fs


def test_standalone_credit_the_source_has_stays_minor():
    src = ("The bridge was closed in May.\n\nPhoto: Kate Marsh/PA Images\n\nRepairs will take two "
           "years, the city said.")
    tgt = ("Die Brücke wurde im Mai gesperrt.\n\nFoto: Kate Marsh/PA Images\n\nDie Reparatur wird "
           "zwei Jahre dauern, sagte die Stadt.")
    fs = found(src, tgt, "en", "de", "F002")
    assert all(f.severity < Severity.MAJOR for f in fs), fs


# --- L001: short Chinese sentence in Japanese -----------------------------------------

@pytest.mark.parametrize("src,sl", [
    ("The plan is far too expensive, they said.", "en"),
    ("Der Plan sei viel zu teuer, sagten sie.", "de"),
])
def test_short_chinese_sentence_in_japanese(src, sl):
    fs = found(src, "他们说这个计划太贵。", sl, "ja", "L001")
    assert len(fs) == 1 and "Chinese" in fs[0].message, fs


def test_short_han_only_japanese_passes():
    assert found("The Tokyo governor election.", "東京都知事選挙。", "en", "ja", "L001") == []


# --- L001: four words in a close neighbour ---------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl,lang", [
    ("Not everyone is convinced.", "No todos están convencidos.", "en", "pt", "Spanish"),
    ("Not everyone was convinced.", "Nem todos estavam convencidos.", "en", "es", "Portuguese"),
    ("Not everyone was convinced.", "No todos estaban convencidos.", "en", "pt", "Spanish"),
])
def test_four_word_sentence_in_a_close_neighbour(src, tgt, sl, tl, lang):
    fs = found(src, tgt, sl, tl, "L001")
    assert len(fs) == 1 and lang in fs[0].message, fs


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Not everyone is convinced.", "Nem todos estão convencidos.", "en", "pt"),
    ("Not everyone was convinced.", "Ne všichni byli přesvědčeni.", "en", "cs"),
])
def test_four_words_of_the_target_pass(src, tgt, sl, tl):
    assert found(src, tgt, sl, tl, "L001") == []
