"""Page furniture in the languages added after the first seven: web UI strings (F003)
and picture credits (F002) in Polish, Czech, Swedish, Danish, Norwegian, Finnish,
Turkish, Romanian, Hungarian, Russian and Greek."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.rules.furniture import LANGS

NEW_LANGS = ("pl", "cs", "sv", "da", "nb", "fi", "tr", "ro", "hu", "ru", "el")

# a German source of two paragraphs; the targets add the leaked furniture between them
SRC_DE = "Die Regierung hat den Haushalt vorgestellt.\n\nDie Opposition kritisierte den Entwurf."
SRC_EN = "The government presented the budget.\n\nThe opposition criticised the draft."

# the two sentences of each target language that stand around the furniture
BODY = {
    "pl": ("Rząd przedstawił budżet.", "Opozycja skrytykowała projekt."),
    "cs": ("Vláda představila rozpočet.", "Opozice návrh kritizovala."),
    "sv": ("Regeringen presenterade budgeten.", "Oppositionen kritiserade förslaget."),
    "da": ("Regeringen fremlagde finansloven.", "Oppositionen kritiserede forslaget."),
    "nb": ("Regjeringen la fram budsjettet.", "Opposisjonen kritiserte forslaget."),
    "fi": ("Hallitus esitteli talousarvion.", "Oppositio arvosteli esitystä."),
    "tr": ("Hükümet bütçeyi açıkladı.", "Muhalefet taslağı eleştirdi."),
    "ro": ("Guvernul a prezentat bugetul.", "Opoziția a criticat proiectul."),
    "hu": ("A kormány bemutatta a költségvetést.", "Az ellenzék bírálta a tervezetet."),
    "ru": ("Правительство представило бюджет.", "Оппозиция раскритиковала проект."),
    "el": ("Η κυβέρνηση παρουσίασε τον προϋπολογισμό.", "Η αντιπολίτευση επέκρινε το σχέδιο."),
}


def findings(code: str, src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


def own_paragraph(tl: str, furniture: str) -> str:
    """The furniture as a paragraph of its own between two sentences of the language."""
    a, b = BODY[tl]
    return f"{a}\n\n{furniture}\n\n{b}"


def test_languages_are_loaded():
    assert set(NEW_LANGS) <= set(LANGS)


# -- F003: a UI string on a paragraph of its own -------------------------------------------
OWN = [
    ("pl", "Czytaj więcej"),
    ("pl", "Pokaż więcej"),
    ("pl", "Dalsza część artykułu pod materiałem wideo"),
    ("cs", "Zobrazit více"),
    ("cs", "Komerční sdělení"),
    ("sv", "Läs mer"),
    ("sv", "Dela på Facebook"),
    ("da", "Artiklen fortsætter efter annoncen"),
    ("da", "Læs mere"),
    ("nb", "Vis mer"),
    ("nb", "Les også"),
    ("fi", "Lue lisää"),
    ("fi", "Kaupallinen yhteistyö"),
    ("tr", "Devamını oku"),
    ("tr", "Facebook'ta paylaş"),
    ("ro", "Citește mai mult"),
    ("ro", "Articolul continuă după reclamă"),
    ("hu", "Hirdetés"),
    ("hu", "Tovább olvasom"),
    ("ru", "Показать еще"),
    ("ru", "Читайте также"),
    ("el", "Διαβάστε περισσότερα"),
    ("el", "Αποδοχή όλων"),
]


@pytest.mark.parametrize("tl,ui", OWN, ids=[f"{tl}-{i}" for i, (tl, _ui) in enumerate(OWN)])
def test_ui_string_on_a_paragraph_of_its_own(tl, ui):
    assert findings("F003", SRC_DE, own_paragraph(tl, ui), "de", tl) == [ui]


# -- F003: glued to a paragraph, teaser labels, strong markers, cookie banners ----------------
GLUED = [
    # glued to the end, after the paragraph's last sentence
    ("cs", "Vláda představila rozpočet. Zobrazit více", "Zobrazit více"),
    ("fi", "Hallitus esitteli talousarvion. Lue lisää", "Lue lisää"),
    ("tr", "Hükümet bütçeyi açıkladı. Devamı", "Devamı"),
    # a teaser label at the start of a paragraph
    ("pl", "Czytaj także: Rząd zmienia przepisy podatkowe", "Czytaj także: Rząd zmienia przepisy podatkowe"),
    ("cs", "Čtěte také: Sněmovna odmítla návrh", "Čtěte také: Sněmovna odmítla návrh"),
    ("sv", "Läs också: Statsministern avgår", "Läs också: Statsministern avgår"),
    ("da", "Læs også: Statsministeren går af", "Læs også: Statsministeren går af"),
    ("nb", "Les også: Statsministeren går av", "Les også: Statsministeren går av"),
    ("fi", "Lue myös: Pääministeri eroaa", "Lue myös: Pääministeri eroaa"),
    ("tr", "İlgili haber: Bakan istifa etti", "İlgili haber: Bakan istifa etti"),
    ("ro", "Citește și: Premierul demisionează", "Citește și: Premierul demisionează"),
    ("ro", "Citeşte şi: Premierul demisionează", "Citeşte şi: Premierul demisionează"),
    ("hu", "Kapcsolódó: Lemondott a miniszter", "Kapcsolódó: Lemondott a miniszter"),
    ("ru", "Читайте также: Премьер-министр ушёл в отставку", "Читайте также: Премьер-министр ушёл в отставку"),
    ("el", "Διαβάστε επίσης: Παραιτήθηκε ο πρωθυπουργός", "Διαβάστε επίσης: Παραιτήθηκε ο πρωθυπουργός"),
    # an advertisement marker in capitals between two sentences of a paragraph
    ("pl", "Rząd przedstawił budżet. REKLAMA Opozycja skrytykowała projekt.", "REKLAMA"),
    ("sv", "Regeringen presenterade budgeten. ANNONS Oppositionen kritiserade förslaget.", "ANNONS"),
    ("fi", "Hallitus esitteli talousarvion. MAINOS Oppositio arvosteli esitystä.", "MAINOS"),
    ("ro", "Guvernul a prezentat bugetul. PUBLICITATE Opoziția a criticat proiectul.", "PUBLICITATE"),
    ("ru", "Правительство представило бюджет. РЕКЛАМА Оппозиция раскритиковала проект.", "РЕКЛАМА"),
    ("el", "Η κυβέρνηση παρουσίασε τον προϋπολογισμό. ΔΙΑΦΗΜΙΣΗ Η αντιπολίτευση επέκρινε το σχέδιο.",
     "ΔΙΑΦΗΜΙΣΗ"),
    # cookie banners
    ("pl", "Używamy plików cookie, aby ułatwić korzystanie z serwisu.",
     "Używamy plików cookie, aby ułatwić korzystanie z serwisu."),
    ("tr", "Sitemizde çerezler kullanılmaktadır.", "Sitemizde çerezler kullanılmaktadır."),
    ("hu", "Ez a weboldal sütiket használ.", "Ez a weboldal sütiket használ."),
    ("ru", "Мы используем файлы cookie для улучшения работы сайта.",
     "Мы используем файлы cookie для улучшения работы сайта."),
]


@pytest.mark.parametrize("tl,tgt,ui", GLUED, ids=[f"{tl}-{i}" for i, (tl, _t, _u) in enumerate(GLUED)])
def test_ui_string_glued_labelled_or_marked(tl, tgt, ui):
    assert findings("F003", SRC_EN, f"{tgt}\n\n{BODY[tl][1]}", "en", tl) == [ui]


# -- F003: the same words in running text are no UI string -------------------------------------
RUNNING = [
    ("pl", "Czytaj więcej o tym w raporcie, który opublikowano w poniedziałek."),
    ("pl", "Reklama Coca-Coli wywołała oburzenie w sieci."),
    ("pl", "Minister nie chciał powiedzieć nic więcej."),
    ("cs", "Další článek zákona upravuje daně."),
    ("cs", "Reklama na alkohol bude od ledna zakázána."),
    ("sv", "Läs mer om budgeten på regeringens webbplats."),
    ("sv", "Hon vill dela med sig av sina erfarenheter."),
    ("da", "Del af pengene går til skolerne."),
    ("da", "Annoncen blev trukket tilbage efter kritik."),
    ("nb", "Les mer om saken i morgendagens avis."),
    ("nb", "Reklame for alkohol er forbudt i Norge."),
    ("fi", "Lue lisää aiheesta hallituksen tiedotteesta."),
    ("fi", "Mainos herätti kohua sosiaalisessa mediassa."),
    ("tr", "Bakan, devamını okumak isteyenlere raporu önerdi."),
    ("tr", "Reklam sektörü geçen yıl büyüdü."),
    ("ro", "Citește mai mult despre buget în raportul publicat luni."),
    ("ro", "Publicitate electorală este interzisă în ziua votului."),
    ("hu", "A hirdetés szerint a lakás eladó."),
    ("hu", "Tovább nőtt az infláció januárban."),
    ("ru", "Читайте также интервью министра в нашем журнале."),
    ("ru", "Реклама алкоголя будет запрещена."),
    ("el", "Η διαφήμιση του προϊόντος προκάλεσε αντιδράσεις."),
    ("el", "Περισσότερα από 200 άτομα συμμετείχαν στη διαδήλωση."),
]


@pytest.mark.parametrize("tl,sentence", RUNNING, ids=[f"{tl}-{i}" for i, (tl, _s) in enumerate(RUNNING)])
def test_ui_words_in_running_text(tl, sentence):
    a, b = BODY[tl]
    assert findings("F003", SRC_DE, f"{a} {sentence}\n\n{b}", "de", tl) == []
    assert findings("F003", SRC_DE, f"{sentence}\n\n{b}", "de", tl) == []


# -- F002: credit labels and agencies of the new languages -------------------------------------
CREDITS = [
    ("pl", "Zdjęcie: PAP"),
    ("pl", "Fot. PAP/Radek Pietruszka"),
    ("pl", "Źródło: Agencja Gazeta"),
    ("cs", "Zdroj: ČTK"),
    ("sv", "Källa: TT"),
    ("da", "Kilde: Ritzau Scanpix"),
    ("nb", "Kilde: NTB"),
    ("fi", "Kuva: Lehtikuva"),
    ("tr", "Fotoğraf: Anadolu Ajansı"),
    ("ro", "Sursa foto: Inquam Photos"),
    ("ro", "Sursă: Agerpres"),
    ("hu", "Fotó: MTI/Koszticsák Szilárd"),
    ("hu", "Forrás: MTI"),
    ("ru", "Фото: РИА Новости"),
    ("el", "Φωτογραφία: Eurokinissi"),
    ("el", "Πηγή: ΑΠΕ-ΜΠΕ"),
]


@pytest.mark.parametrize("tl,credit", CREDITS, ids=[f"{tl}-{i}" for i, (tl, _c) in enumerate(CREDITS)])
def test_credit_on_a_line_of_its_own(tl, credit):
    assert findings("F002", SRC_DE, own_paragraph(tl, credit), "de", tl) == [credit]


@pytest.mark.parametrize("tl,tgt,credit", [
    ("fi", "Ministeri erosi maanantaina. Lehtikuva", "Lehtikuva"),
    ("da", "Ministeren trådte tilbage mandag. Ritzau Scanpix", "Ritzau Scanpix"),
    ("tr", "Bakan pazartesi günü istifa etti. Fotoğraf: AA", "Fotoğraf: AA"),
])
def test_credit_at_the_end_of_a_paragraph(tl, tgt, credit):
    assert findings("F002", SRC_EN, f"{tgt}\n\n{BODY[tl][1]}", "en", tl) == [credit]


@pytest.mark.parametrize("tl,tgt", [
    # an agency named in prose, or the sign-off of agency copy, is no picture credit
    ("da", "Ministeren trådte tilbage mandag, skriver Ritzau."),
    ("ru", "Министр подал в отставку, сообщает Интерфакс."),
    ("fi", "Ministeri erosi maanantaina. (STT)"),
    ("hu", "A miniszter hétfőn lemondott. (MTI)"),
    ("tr", "Bakan pazartesi günü istifa etti. (Anadolu Ajansı)"),
    # written in capitals at the end of a sentence, these agencies are prose, not credits
    ("ro", "Ministrul a demisionat luni, transmite AGERPRES."),
    ("el", "Ο υπουργός παραιτήθηκε, σύμφωνα με το ΑΠΕ-ΜΠΕ."),
    # a credit label in running text
    ("pl", "Źródło w ministerstwie potwierdziło te informacje."),
    ("hu", "A kép szerint a tüntetők békések voltak."),
])
def test_agency_or_label_in_prose_is_no_credit(tl, tgt):
    assert findings("F002", SRC_EN, f"{tgt}\n\n{BODY[tl][1]}", "en", tl) == []
