"""Session 44 (g3): language, furniture, form; misses and false alarms found by the
held-out articles of batch s44 (bench/articles), fixed as classes (written for mtcheck).

1. F003: a read-aloud button ("Listen to the article") glued to a paragraph's start with
   the player's duration after it ("· 3 min"), and the button's wording in more languages
   (data/furniture/ui.*.txt);
2. L002: French words German and English dictionaries list as their own (foie gras, a
   French département) are no text copied from the source (data/loans);
3. S003: a closing guillemet glued to the text before it (»…,« siger han. »…«) opens no
   «…» quote with the next quote's opener: a document quoting »…« throughout mixes no styles;
4. P002: a Japanese, Chinese or Korean question asked with a sentence-final particle and
   no question mark (どうすればいいのか, 吗, 할까요) may be rendered with one;
5. L002: a run of Latin-script words, most in lower case, in a language the word lists
   know, inside a text in another script (a Polish clause in Ukrainian);
6. L002: a word of a script written without spaces (4+ characters) standing between the
   words of a spaced target, outside brackets (a Japanese word in English);
7. L002: a run of English whose words French shares but for one of English's commonest
   words ("… childcare and local public transport") is asked of the language identifier;
8. C001: a cookie banner's sentence F003 reports stands in no bead's length, so the
   sentence dropped where it was inserted is seen;
9. segmentation: after a Chinese or Japanese full stop, “ opens the next sentence.
"""

from __future__ import annotations

import mtcheck


def codes(src, tgt, sl, tl, code):
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


def doc(article, src, tgt, sl, tl, code):
    return [f.message for f in article(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# 1. a read-aloud button glued to a paragraph's start, with its duration

SRC1 = "Donald Trump said on Monday that he would run again. He spoke in Ohio."


def test_read_aloud_button_with_duration():
    assert codes(SRC1, "Listen to the article · 3 min Donald Trump said on Monday that he would run again. "
                 "He spoke in Ohio.", "de", "en", "F003") == ["Listen to the article · 3 min"]
    assert codes(SRC1, "Poslechněte si článek · 4 min Donald Trump v pondělí řekl, že bude znovu kandidovat. "
                 "Mluvil v Ohiu.", "en", "cs", "F003") == ["Poslechněte si článek · 4 min"]
    assert codes(SRC1, "Слушать статью 2 мин Дональд Трамп заявил в понедельник, что снова будет "
                 "баллотироваться. Он выступал в Огайо.", "en", "ru", "F003") == ["Слушать статью 2 мин"]
    # no button: nothing
    assert codes(SRC1, "Donald Trump v pondělí řekl, že bude znovu kandidovat. Mluvil v Ohiu.",
                 "en", "cs", "F003") == []
    # a sentence that starts like one reads on
    assert codes("Hören Sie sich den Artikel in drei Minuten an.", "Listen to the article in three minutes.",
                 "de", "en", "F003") == []


# 2. French loanwords of German and English

FR = "Le foie gras du département des Landes est célèbre dans toute la France."


def test_french_loans_are_not_copied():
    assert codes(FR, "Die Foie gras aus dem Département Landes ist in ganz Frankreich berühmt.",
                 "fr", "de", "L002") == []
    assert codes(FR, "The foie gras of the Landes département is famous throughout France.",
                 "fr", "en", "L002") == []
    # text really left in French still is
    assert codes(FR, "Die Foie gras aus dem Département Landes ist célèbre dans toute la France.",
                 "fr", "de", "L002")


# 3. guillemets pointing inwards: no «…» quote between two »…« quotes

SQ = ['"We lost almost all chicks," says Ann Berg. "This season we followed 52 of them."',
      'The farm lies north of the town.', 'Ole Dam has doubts. "It will not last."']


def test_inward_guillemets_make_no_mixed_styles(article):
    assert doc(article, SQ, ['»Vi mistede næsten alle unger,« siger Ann Berg. »I denne sæson fulgte vi 52 af dem.«',
                             'Gården ligger nord for byen.', 'Ole Dam tvivler. »Det holder ikke.«'],
               "en", "da", "S003") == []
    assert doc(article, SQ, ['»Wir verloren fast alle Küken,« sagt Ann Berg. »In dieser Saison verfolgten wir 52 davon.«',
                             'Der Hof liegt nördlich der Stadt.', 'Ole Dam zweifelt. »Das hält nicht.«'],
               "en", "de", "S003") == []
    # a quote in another style is still the odd one out
    assert doc(article, SQ, ['»Vi mistede næsten alle unger,« siger Ann Berg. »I denne sæson fulgte vi 52 af dem.«',
                             'Gården ligger nord for byen.', 'Ole Dam tvivler. „Det holder ikke.“'],
               "en", "da", "S003") == ['„…“ quotation marks in a document that otherwise uses »…« (2×)']


# 4. a question asked with a particle

def test_particle_question_rendered_with_question_mark():
    en = "“If the car goes, how am I supposed to go shopping?” a resident said."
    assert codes("「車がなくなったら、どうやって買い物に行けばいいのか」と住民は話した。", en, "ja", "en", "P002") == []
    assert codes("「버스가 없어지면 병원에는 어떻게 가야 합니까.」 주민이 말했다.",
                 "“If the bus goes, how am I supposed to get to the hospital?” a resident said.",
                 "ko", "en", "P002") == []
    assert codes("「公交车停了，我们怎么去医院呢」，一位居民说。",
                 "“If the bus stops, how are we supposed to get to the hospital?” a resident said.",
                 "zh", "en", "P002") == []
    # a statement turned into a question is still flagged
    assert codes("「車がなくなっても、買い物には歩いて行ける」と住民は話した。", en, "ja", "en", "P002")
    # Korean -니까 "because" asks nothing
    assert codes("「버스가 없어지니까 병원에 걸어서 갑니다.」 주민이 말했다.",
                 "“If the bus goes, how am I supposed to get to the hospital?” a resident said.",
                 "ko", "en", "P002")


# 5./6. a clause of another language in another script: Latin words in a Cyrillic or Greek
# text, a Japanese or Chinese word standing between English words

def test_latin_clause_in_cyrillic_text():
    src = "The plant uses a process that works at low temperatures and saves energy."
    assert codes(src, "Завод використовує процес, który działa w niskich temperaturach, і заощаджує енергію.",
                 "en", "uk", "L002") == ["który działa w niskich temperaturach"]
    assert codes(src, "Завод использует процесс, der bei niedrigen Temperaturen funktioniert, и экономит энергию.",
                 "en", "ru", "L002")
    # a name, a brand or a title in Latin letters is none
    assert codes("The plant of Northvolt Ett uses a process from New York.",
                 "Завод Northvolt Ett використовує процес із New York.", "en", "uk", "L002") == []
    assert codes(src, "Завод використовує процес, що працює за низьких температур, і заощаджує енергію.",
                 "en", "uk", "L002") == []


def test_unspaced_word_between_english_words():
    assert codes("시는 2027년까지 국공립 어린이집 12곳을 추가로 짓는다.",
                 "The city will build 12 additional 公立保育所 by 2027.", "ko", "en", "L002") == ["公立保育所"]
    assert codes("Die Stadt baut bis 2027 zwölf weitere öffentliche Kitas.",
                 "The city will build twelve more 公立托儿所 by 2027.", "de", "en", "L002")
    # a gloss in brackets is none
    assert codes("시는 2027년까지 국공립 어린이집 12곳을 추가로 짓는다.",
                 "The city will build 12 additional public daycare centres (公立保育所) by 2027.",
                 "ko", "en", "L002") == []


# 7. a run of English at a sentence's end, its words shared with French or German but for
# one of English's commonest words

def test_english_tail_sharing_words():
    src = "Das Geld soll vor allem in die Kinderbetreuung und den öffentlichen Nahverkehr fließen."
    assert codes(src, "Cet argent doit servir en priorité à financer childcare and local public transport.",
                 "de", "fr", "L002")
    assert codes(src, "Cet argent doit servir en priorité à financer la garde d'enfants et les transports publics.",
                 "de", "fr", "L002") == []
    assert codes(src, "El dinero debe financiar sobre todo childcare and local public transport.", "de", "es", "L002")
    assert codes(src, "El dinero debe financiar sobre todo el cuidado infantil y el transporte público local.",
                 "de", "es", "L002") == []


# 8. a cookie banner's sentence stands in no bead's length: no omission hides behind it
# (C001)

FR_SRC = ["La préfecture des Landes a confirmé jeudi quatorze foyers de grippe aviaire dans des élevages de canards.",
          "Le ministère rappelle que la France vaccine ses canards depuis octobre 2023. Les vétérinaires soupçonnent "
          "toutefois que le variant de cette année échappe en partie à la protection vaccinale. Des analyses "
          "complémentaires ont été confiées au laboratoire de Ploufragan.",
          "Les résultats sont attendus dans dix jours."]
DE_BANNER = "Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. Alle akzeptieren | Einstellungen"


def test_banner_hides_no_omission(article):
    first = "Die Präfektur der Landes bestätigte am Donnerstag vierzehn Ausbrüche der Vogelgrippe in Entenbetrieben."
    last = "Die Ergebnisse werden in zehn Tagen erwartet."
    assert doc(article, FR_SRC, [first, "Das Ministerium erinnert daran, dass Frankreich seine Enten seit Oktober "
                                 "2023 impft. Ergänzende Untersuchungen wurden dem Labor in Ploufragan übertragen.",
                                 DE_BANNER, last], "fr", "de", "C001")
    full = [first, "Das Ministerium erinnert daran, dass Frankreich seine Enten seit Oktober 2023 impft. Die Tierärzte "
            "vermuten jedoch, dass die diesjährige Variante dem Impfschutz teilweise entgeht. Ergänzende "
            "Untersuchungen wurden dem Labor in Ploufragan übertragen.", DE_BANNER, last]
    assert doc(article, FR_SRC, full, "fr", "de", "C001") == []


# 9. after a Chinese or Japanese full stop an opening “ starts the next sentence (Chinese
# closes a quote with ” only; German „…“ is no Chinese)

def test_cjk_opening_quote_after_full_stop():
    from mtcheck.segment import split_sentences
    assert split_sentences("他说道路已经修好。“我们明天就开通。”她点点头。", "zh") == \
        ["他说道路已经修好。", "“我们明天就开通。”", "她点点头。"]
    assert split_sentences("市長は会見で説明した。“来年から運行する。”と述べた。", "ja")[0] == "市長は会見で説明した。"
    # a closing ” stays with its sentence
    assert split_sentences("“我们明天就开通。”她点点头。", "zh") == ["“我们明天就开通。”", "她点点头。"]
