"""Session 57 (s61 batch), helper f1: page furniture.

F003: a UI label composed of a button's words (ui-words.txt) in more languages (Dutch,
Portuguese, Slovak, Czech, Polish, Bulgarian, Russian, Ukrainian, Lithuanian, Latvian,
Estonian, Slovenian, Croatian/Serbian, Romanian, Indonesian/Malay): "Subscribe to our
newsletter", "Share on <network>" lines leaked between paragraphs.  F002/F001: a bracketed
agency-like acronym closing a paragraph ("… (EPA).") that the source writes in brackets
inside a sentence is the name's abbreviation, moved by the word order, not a credit."""
from mtcheck.model import Severity

MAJOR = Severity.MAJOR
_ART = None


def _codes(src, tgt, sl, tl, code, min_sev=Severity.MINOR):
    return [f for f in _ART(src, tgt, sl, tl) if f.code == code and not f.suppressed and f.severity >= min_sev]


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _use_article(article):
    global _ART
    _ART = article
    yield

_SRC_EN = ("The city council approved a new budget for the harbour district on Tuesday evening.\n\n"
           "Work on the new quay walls is expected to begin next spring and to last two years.")


def _between(p1, line, p2):
    return f"{p1}\n\n{line}\n\n{p2}"


# F003: composed UI labels in more languages
def test_cs_newsletter_line():
    tgt = _between("Městská rada v úterý večer schválila nový rozpočet pro přístavní čtvrť.",
                   "Přihlaste se k odběru našeho newsletteru",
                   "Práce na nových nábřežních zdech by měly začít příští jaro a trvat dva roky.")
    assert _codes(_SRC_EN, tgt, "en", "cs", "F003", MAJOR)


def test_pl_newsletter_line():
    tgt = _between("Rada miasta zatwierdziła we wtorek wieczorem nowy budżet dla dzielnicy portowej.",
                   "Zapisz się do naszego newslettera",
                   "Prace przy nowych nabrzeżach mają ruszyć wiosną i potrwać dwa lata.")
    assert _codes(_SRC_EN, tgt, "en", "pl", "F003", MAJOR)


def test_ru_newsletter_line():
    tgt = _between("Городской совет во вторник вечером утвердил новый бюджет портового района.",
                   "Подпишитесь на нашу рассылку",
                   "Работы над новыми причальными стенками начнутся следующей весной и продлятся два года.")
    assert _codes(_SRC_EN, tgt, "en", "ru", "F003", MAJOR)


def test_ro_newsletter_line():
    tgt = _between("Consiliul local a aprobat marți seara un nou buget pentru cartierul portuar.",
                   "Abonați-vă la newsletterul nostru",
                   "Lucrările la noile ziduri de cheu ar urma să înceapă la primăvară și să dureze doi ani.")
    assert _codes(_SRC_EN, tgt, "en", "ro", "F003", MAJOR)


def test_pt_share_on_network_line():
    tgt = _between("A câmara municipal aprovou na terça-feira à noite um novo orçamento para o bairro do porto.",
                   "Partilhe este artigo no Facebook",
                   "As obras nos novos muros do cais devem começar na primavera e durar dois anos.")
    assert _codes(_SRC_EN, tgt, "en", "pt", "F003", MAJOR)


def test_uk_share_on_network_line():
    tgt = _between("Міська рада у вівторок увечері затвердила новий бюджет портового району.",
                   "Поділіться у Telegram",
                   "Роботи над новими причальними стінками мають розпочатися навесні й тривати два роки.")
    assert _codes(_SRC_EN, tgt, "en", "uk", "F003", MAJOR)


def test_lv_et_newsletter_lines():
    lv = _between("Pilsētas dome otrdienas vakarā apstiprināja jaunu budžetu ostas rajonam.",
                  "Abonējiet mūsu jaunumus",
                  "Darbi pie jaunajām krastmalas sienām sāksies nākamajā pavasarī un ilgs divus gadus.")
    et = _between("Linnavolikogu kinnitas teisipäeva õhtul sadamalinnaosa uue eelarve.",
                  "Liitu meie uudiskirjaga",
                  "Uute kaimüüride ehitus peaks algama järgmisel kevadel ja kestma kaks aastat.")
    assert _codes(_SRC_EN, lv, "en", "lv", "F003", MAJOR)
    assert _codes(_SRC_EN, et, "en", "et", "F003", MAJOR)


# precision guards: a verb without an object, a subheading, a sentence
def test_cs_verb_without_object_silent():
    tgt = _between("Městská rada v úterý večer schválila nový rozpočet pro přístavní čtvrť.",
                   "Podívejte se",
                   "Práce na nových nábřežních zdech by měly začít příští jaro a trvat dva roky.")
    assert not _codes(_SRC_EN, tgt, "en", "cs", "F003")


def test_pt_subheading_silent():
    src = ("The city council approved a new budget for the harbour district on Tuesday evening.\n\n"
           "What changes for residents\n\n"
           "Work on the new quay walls is expected to begin next spring and to last two years.")
    tgt = _between("A câmara municipal aprovou na terça-feira à noite um novo orçamento para o bairro do porto.",
                   "Veja o que muda para os moradores",
                   "As obras nos novos muros do cais devem começar na primavera e durar dois anos.")
    assert not _codes(src, tgt, "en", "pt", "F003")


def test_ru_sentence_with_stop_silent():
    src = "Subscribers will receive the newsletter every Monday."
    tgt = "Подписчики будут получать рассылку каждый понедельник."
    assert not _codes(src, tgt, "en", "ru", "F003")


# F002/F001: an abbreviation in brackets, not a credit
def test_de_abbreviation_at_paragraph_end_no_credit():
    src = ("The probe was built in Bremen over six years.\n\n"
           "The European Space Agency (ESA) will launch the probe next spring from Kourou.")
    tgt = ("Die Sonde wurde in sechs Jahren in Bremen gebaut.\n\n"
           "Im nächsten Frühjahr startet von Kourou aus die Sonde der Europäischen Weltraumorganisation (ESA).")
    assert not _codes(src, tgt, "en", "de", "F002")
    assert not _codes(src, tgt, "en", "de", "F001")


def test_es_abbreviation_at_paragraph_end_no_credit():
    src = ("Residents have complained about the smell for years.\n\n"
           "The Environmental Protection Agency (EPA) said on Monday it would review the permits.")
    tgt = ("Los vecinos llevan años quejándose del olor.\n\n"
           "El lunes anunció que revisará los permisos la Agencia de Protección Ambiental (EPA).")
    assert not _codes(src, tgt, "en", "es", "F002")


def test_fr_credit_source_lacks_still_flagged():
    src = ("Residents have complained about the smell for years.\n\n"
           "The minister visited the flooded town on Monday and met the mayor.")
    tgt = ("Les habitants se plaignent de l'odeur depuis des années.\n\n"
           "Le ministre a visité lundi la ville inondée et a rencontré le maire (EPA).")
    assert _codes(src, tgt, "en", "fr", "F002")


def test_fr_credit_source_at_paragraph_end_still_flagged():
    src = ("Residents have complained about the smell for years.\n\n"
           "The minister visited the flooded town on Monday and met the mayor (EPA)")
    tgt = ("Les habitants se plaignent de l'odeur depuis des années.\n\n"
           "Le ministre a visité lundi la ville inondée et a rencontré le maire (EPA).")
    assert _codes(src, tgt, "en", "fr", "F002")
