"""G004 false-friend: a target word that looks like the source word but means something
else (written for mtcheck)."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.model import Severity
from mtcheck.rules.falsefriends import load_pairs

CFG = Config(select=["G004"])


def found(src: str, tgt: str, sl: str, tl: str) -> list:
    return mtcheck.check_pair(src, tgt, sl, tl, config=CFG)


@pytest.mark.parametrize("sl,tl,src,tgt,word", [
    ("de", "en", "Die aktuellen Zahlen zeigen einen Rückgang.", "The actual figures show a decline.", "actual"),
    ("en", "de", "The actual cost was much higher than planned.",
     "Die aktuellen Kosten waren viel höher als geplant.", "aktuellen"),
    ("fr", "en", "Elle travaille dans une librairie du centre.", "She works in a library in the centre.", "library"),
    ("en", "fr", "He will eventually sign the treaty.", "Il signera éventuellement le traité.", "éventuellement"),
    ("es", "en", "Mi hermana está embarazada de seis meses.", "My sister is six months embarrassed.", "embarrassed"),
    ("it", "en", "I miei parenti vivono a Napoli.", "My parents live in Naples.", "parents"),
    ("de", "fr", "Die Firma musste im Mai Konkurs anmelden.", "L'entreprise a dû s'inscrire au concours en mai.", "concours"),
    ("fr", "de", "Il a réussi le concours d'entrée.", "Er hat den Konkurs bestanden.", "Konkurs"),
    ("de", "en", "Sie bekommt im Mai ein Kind.", "She becomes a child in May.", "becomes"),
    ("de", "en", "Der Rat der Stadt tagte am Montag.", "The city rat met on Monday.", "rat"),
    ("de", "en", "Wer hat das gesagt?", "Where did he say that?", "Where"),
    ("en", "de", "Where did he go after the meeting?", "Wer ging er nach der Sitzung?", "Wer"),
])
def test_false_friend_is_flagged_with_the_usual_meaning(sl, tl, src, tgt, word):
    fs = found(src, tgt, sl, tl)
    assert len(fs) == 1 and fs[0].text == word
    assert fs[0].suggestion and fs[0].suggestion.lower() not in word.lower()


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("de", "en", "Die aktuellen Zahlen zeigen einen Rückgang.", "The current figures show a decline."),
    ("en", "de", "The actual cost was much higher than planned.",
     "Die tatsächlichen Kosten waren viel höher als geplant."),
    ("fr", "en", "Elle travaille dans une librairie du centre.", "She works in a bookshop in the centre."),
    ("en", "fr", "He will eventually sign the treaty.", "Il finira par signer le traité."),
    ("es", "en", "Mi hermana está embarazada de seis meses.", "My sister is six months pregnant."),
    ("it", "en", "I miei parenti vivono a Napoli.", "My relatives live in Naples."),
    ("de", "fr", "Die Firma musste im Mai Konkurs anmelden.", "L'entreprise a dû déposer le bilan en mai."),
    ("fr", "de", "Il a réussi le concours d'entrée.", "Er hat die Aufnahmeprüfung bestanden."),
    ("de", "en", "Sie bekommt im Mai ein Kind.", "She is having a baby in May."),
    # "Angst bekommen" is to become afraid; "werden" beside it gives "become"
    ("de", "en", "Sie bekam Angst vor der Zukunft.", "She became afraid of the future."),
    ("de", "en", "Er wird Vater und bekommt ein Kind.", "He will become a father and have a child."),
    ("de", "en", "Der Rat der Stadt tagte am Montag.", "The city council met on Monday."),
])
def test_the_right_rendering_passes(sl, tl, src, tgt):
    assert found(src, tgt, sl, tl) == []


def test_a_source_word_that_legitimately_gives_the_target_word_explains_it():
    # "current" in the source is what "aktuell" renders; "actually" then is not its trigger
    src = "The company actually reported its current results a week late."
    tgt = "Das Unternehmen hat seine aktuellen Ergebnisse tatsächlich eine Woche zu spät gemeldet."
    assert found(src, tgt, "en", "de") == []


def test_severity_comes_from_the_data():
    fs = found("He will eventually sign the treaty.", "Il signera éventuellement le traité.", "en", "fr")
    assert fs[0].severity == Severity.MAJOR
    fs = found("Elle travaille dans une librairie du centre.", "She works in a library in the centre.", "fr", "en")
    assert fs[0].severity == Severity.MINOR


def test_directions_without_data_have_no_findings():
    assert load_pairs("de", "fi") == ()
    assert found("Die aktuellen Zahlen zeigen einen Rückgang.", "Nykyiset luvut actual laskua.", "de", "fi") == []


def test_every_data_line_parses():
    for sl, tl in (("de", "en"), ("en", "de"), ("fr", "en"), ("en", "fr"), ("de", "fr"), ("fr", "de"),
                   ("es", "en"), ("it", "en")):
        pairs = load_pairs(sl, tl)
        assert len(pairs) >= 10
        assert all(p.meaning for p in pairs)


def test_a_team_adds_its_own_pairs_beside_the_config(tmp_path, cli):
    proj, other = tmp_path / "proj", tmp_path / "other"
    (proj / "ff").mkdir(parents=True)
    other.mkdir()
    (proj / "ff" / "de-en.tsv").write_text(
        "# house list\nstaat\tstate|states\tcountry\tmajor\tbundesstaat|gliedstaat\n", encoding="utf-8")
    (proj / "mtcheck.toml").write_text('[check]\n[check.rules.G004]\ndata = "ff"\n', encoding="utf-8")
    src, tgt = "Der Staat hat das Gesetz beschlossen.", "The state passed the law."
    args = ("check", src, tgt, "--source-lang", "de", "--target-lang", "en", "--select", "G004")
    # the config is found from the current folder, its data folder is beside it
    code, out, err = cli(*args, cwd=proj)
    assert code == 1 and "G004:major" in out and "state" in out, (out, err)
    code, out, err = cli(*args, "--config", str(proj / "mtcheck.toml"), cwd=other)
    assert code == 1 and "G004:major" in out, (out, err)
    # without the house list the built-in data has no such pair
    code, out, _ = cli(*args, cwd=other)
    assert code == 0 and "G004" not in out


def test_a_broken_line_in_a_house_list_is_one_clear_error(tmp_path, cli):
    (tmp_path / "ff").mkdir()
    (tmp_path / "ff" / "de-en.tsv").write_text("staat(\tstate\tcountry\n", encoding="utf-8")
    (tmp_path / "mtcheck.toml").write_text('[check]\n[check.rules.G004]\ndata = "ff"\n', encoding="utf-8")
    code, out, err = cli("check", "Der Staat hat entschieden.", "The state decided.", "--source-lang", "de",
                          "--target-lang", "en", "--config", "mtcheck.toml", cwd=tmp_path)
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert code == 2 and len(lines) == 1 and "de-en.tsv" in lines[0] and "Traceback" not in err, err


# -- G005 modal false friends ------------------------------------------------------
G005 = Config(select=["G005"])


def modal(src: str, tgt: str, sl: str, tl: str) -> list:
    return mtcheck.check_pair(src, tgt, sl, tl, config=G005)


@pytest.mark.parametrize("sl,tl,src,bad,good,word,sev", [
    ("de", "en", "Laut dem Plan soll der Tunnel 2031 eröffnet werden.",
     "According to the plan, the tunnel should be opened in 2031.",
     "According to the plan, the tunnel is to be opened in 2031.", "should", Severity.MINOR),
    ("de", "en", "Der Minister soll Geld angenommen haben.", "The minister should have accepted money.",
     "The minister is said to have accepted money.", "should have", Severity.MAJOR),  # a report
    ("de", "en", "Die Regierung will die Steuern senken.", "The government will cut taxes.",
     "The government wants to cut taxes.", "will", Severity.MAJOR),
    ("de", "en", "Mieter müssen den Keller nicht räumen.", "Tenants must not clear the cellar.",
     "Tenants do not have to clear the cellar.", "must not", Severity.MAJOR),
    # (not a body's plan: "Der Rat will am Freitag abstimmen" says the council's plan as
    # German papers do, see test_session59_r2_fa.py)
    ("en", "de", "The storm will reach the coast on Friday.", "Der Sturm will am Freitag die Küste erreichen.",
     "Der Sturm wird am Freitag die Küste erreichen.", "will", Severity.MAJOR),
    ("en", "de", "Drivers must not park here.", "Autofahrer müssen hier nicht parken.",
     "Autofahrer dürfen hier nicht parken.", "müssen hier nicht", Severity.MAJOR),
    ("de", "fr", "Mieter müssen den Keller nicht räumen.", "Les locataires ne doivent pas vider la cave.",
     "Les locataires ne sont pas obligés de vider la cave.", "ne doivent pas", Severity.MAJOR),
    ("fr", "de", "Les visiteurs ne doivent pas nourrir les animaux.", "Besucher müssen die Tiere nicht füttern.",
     "Besucher dürfen die Tiere nicht füttern.", "müssen die Tiere nicht", Severity.MAJOR),
])
def test_a_modal_look_alike_is_flagged_and_the_right_modal_passes(sl, tl, src, bad, good, word, sev):
    fs = modal(src, bad, sl, tl)
    assert [(f.code, f.text, f.severity) for f in fs] == [("G005", word, sev)]
    assert modal(src, good, sl, tl) == []


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("de", "en", "Was soll ich jetzt tun?", "What should I do now?"),           # a deontic question
    ("de", "en", "Er sollte früher gehen.", "He should leave earlier."),          # sollte is should
    ("de", "en", "Sie will, dass das Werk nächstes Jahr fertig wird.",
     "She wants the plant to be finished next year, and it will be."),          # want rendered
    ("en", "de", "They want to leave because the storm will come.",
     "Sie wollen gehen, weil der Sturm kommen wird; er will es so."),           # want in source
])
def test_a_modal_whose_sense_is_carried_is_not_flagged(sl, tl, src, tgt):
    assert modal(src, tgt, sl, tl) == []


def test_modal_lists_parse_and_other_directions_have_none():
    assert len(load_pairs("de", "en", kind="modals")) >= 3
    assert len(load_pairs("en", "de", kind="modals")) >= 2
    assert len(load_pairs("de", "fr", kind="modals")) >= 1 and len(load_pairs("fr", "de", kind="modals")) >= 1
    assert load_pairs("fr", "en", kind="modals") == ()
    assert modal("Il veut partir.", "He will leave.", "fr", "en") == []


@pytest.mark.parametrize("code,sl,tl,src,tgt", [
    ("G005", "en", "de", 'Placards read "You will die of old age".', "Auf Plakaten stand „You will die of old age“."),
    ("G004", "de", "en", "Die Band „The Actual Truth“ spielt aktuelle Lieder.",
     "The band “The Actual Truth” plays current songs."),
])
def test_a_look_alike_inside_text_kept_from_the_source_is_no_rendering(code, sl, tl, src, tgt):
    cfg = Config(select=[code])
    assert mtcheck.check_pair(src, tgt, sl, tl, config=cfg) == []


def test_a_team_adds_modal_pairs_with_a_sense_column(tmp_path):
    (tmp_path / "fr-en.tsv").write_text(
        "# house modals\naurai(?:t|ent)(?![^\\W\\d_])\twould have\treportedly has, had\tmajor\tsi\treportedly|allegedly\n",
        encoding="utf-8")
    cfg = Config(select=["G005"], options={"G005": {"data": str(tmp_path)}})
    src = "Le suspect aurait quitté le pays dimanche."
    fs = mtcheck.check_pair(src, "The suspect would have left the country on Sunday.", "fr", "en", config=cfg)
    assert [(f.text, f.severity) for f in fs] == [("would have", Severity.MAJOR)]
    # the sense carried elsewhere in the sentence: no finding
    assert mtcheck.check_pair(src, "The suspect reportedly would have left on Sunday.", "fr", "en", config=cfg) == []
    # without the house folder there are no French modal pairs
    assert modal(src, "The suspect would have left the country on Sunday.", "fr", "en") == []


@pytest.mark.parametrize("sl,tl,src,bad,good,word", [
    ("de", "en", "Der Chef von Siemens trat zurück.", "The chef of Siemens resigned.",
     "The head of Siemens resigned.", "chef"),
    ("de", "en", "Sie spendete 5000 Euro für das Spital.", "She spent 5000 euros on the hospital.",
     "She donated 5000 euros to the hospital.", "spent"),
    ("de", "en", "Das Projekt ist noch in einem frühen Stadium.", "The project is still at an early stadium.",
     "The project is still at an early stage.", "stadium"),
    ("en", "de", "The company spent 5 million on advertising.", "Das Unternehmen spendete 5 Millionen für Werbung.",
     "Das Unternehmen gab 5 Millionen für Werbung aus.", "spendete"),
    ("en", "de", "The stadium was full on Sunday.", "Das Stadium war am Sonntag voll.",
     "Das Stadion war am Sonntag voll.", "Stadium"),
    ("fr", "en", "La lecture du rapport prend une heure.", "The lecture of the report takes an hour.",
     "Reading the report takes an hour.", "lecture"),
    ("fr", "en", "Il a assisté au match dimanche.", "He assisted the match on Sunday.",
     "He attended the match on Sunday.", "assisted"),
    ("fr", "en", "La monnaie locale a perdu dix pour cent.", "The local money lost ten percent.",
     "The local currency lost ten percent.", "money"),
])
def test_more_false_friends_in_both_directions(sl, tl, src, bad, good, word):
    assert [f.text for f in found(src, bad, sl, tl)] == [word]
    assert found(src, good, sl, tl) == []


def test_a_look_alike_inside_a_name_kept_from_the_source_is_no_rendering():
    src = "The athletes competed in the Khalifa International Stadium in Doha."
    assert found(src, "Die Athleten traten im Khalifa International Stadium in Doha an.", "en", "de") == []
    assert [f.text for f in found(src, "Die Athleten traten im Stadium in Doha an.", "en", "de")] == ["Stadium"]


# English into Spanish and Italian: the same classic false friends (actual, eventually,
# library, sensible, parents), with the legitimate senses left alone
@pytest.mark.parametrize("sl,tl,src,tgt,word", [
    ("en", "es", "The actual figures are higher.", "Las cifras actuales son más altas.", "actuales"),
    ("en", "it", "The actual figures are higher.", "Le cifre attuali sono più alte.", "attuali"),
    ("en", "es", "He eventually resigned.", "Eventualmente dimitió.", "Eventualmente"),
    ("en", "it", "He will eventually sign the treaty.", "Firmerà eventualmente il trattato.", "eventualmente"),
    ("en", "es", "We visited the library.", "Visitamos la librería.", "librería"),
    ("en", "it", "We visited the library.", "Abbiamo visitato la libreria.", "libreria"),
    ("en", "es", "She was embarrassed by the question.", "Estaba embarazada por la pregunta.", "embarazada"),
    ("en", "it", "His parents live in Rome.", "I suoi parenti vivono a Roma.", "parenti"),
    ("en", "es", "A sensible decision.", "Una decisión sensible.", "sensible"),
])
def test_english_into_spanish_and_italian(sl, tl, src, tgt, word):
    assert [f.text for f in found(src, tgt, sl, tl)] == [word]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "es", "The current figures are higher.", "Las cifras actuales son más altas."),
    ("en", "it", "The current figures are higher.", "Le cifre attuali sono più alte."),
    ("en", "es", "The company carried out the study.", "La empresa realizó el estudio."),
    ("en", "es", "The staff will attend to your request.", "El personal atenderá su solicitud."),
    ("en", "es", "A sensitive issue.", "Un tema sensible."),
    ("en", "it", "His parents live in Rome.", "I suoi genitori vivono a Roma."),
    ("en", "it", "Any possible changes will be announced.", "Eventuali modifiche saranno annunciate."),
])
def test_english_into_spanish_and_italian_right_senses_pass(sl, tl, src, tgt):
    assert not found(src, tgt, sl, tl)


# G005: German's verb-first conditional "Will man X, …" (if one wants X) is the "want" of
# "will"; a question "Will er …?" and "er will" for "he will" stay modal false friends
@pytest.mark.parametrize("src,tgt,want", [
    ("To succeed, the coach will need patience.", "Will er Erfolg haben, braucht der Trainer Geduld.", []),
    ("To win, one will need luck.", "Will man gewinnen, braucht man Glück.", []),
    ("Will he come tomorrow?", "Will er morgen kommen?", ["Will"]),
    ("He will come tomorrow, she said.", "Er will morgen kommen, sagte sie.", ["will"]),
])
def test_g005_verb_first_conditional_will(src, tgt, want):
    assert [f.text for f in modal(src, tgt, "en", "de")] == want


@pytest.mark.parametrize("sl,tl,src,tgt,word", [
    ("de", "en", "Er hat 100 Euro für das Tierheim gespendet.", "He spent 100 euros on the animal shelter.", "spent"),
    ("de", "en", "Das Rezept stammt von meiner Großmutter.", "The receipt comes from my grandmother.", "receipt"),
    ("fr", "en", "Le délai est fixé au 10 mai.", "The delay is set for 10 May.", "delay"),
    ("fr", "en", "Je ne supporte plus ce bruit.", "I no longer support this noise.", "support"),
    ("es", "en", "Fue un viaje muy largo.", "It was a very large journey.", "large"),
    ("es", "en", "El gobierno advirtió del riesgo de inundaciones.", "The government advertised the risk of floods.",
     "advertised"),
    ("it", "en", "È stata una grande delusione per i tifosi.", "It was a great delusion for the fans.", "delusion"),
    ("it", "en", "C'era molto rumore nella strada.", "There was a lot of rumour in the street.", "rumour"),
])
def test_more_false_friends(sl, tl, src, tgt, word):
    fs = found(src, tgt, sl, tl)
    assert fs and word in fs[0].message, [f.message for f in fs]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # the source also has the word that legitimately gives the target word
    ("de", "en", "Er hat 100 Euro ausgegeben und den Rest gespendet.", "He spent 100 euros and donated the rest."),
    ("fr", "en", "Le projet sera lancé sans délai.", "The project will be launched without delay."),
    ("fr", "en", "Nous soutenons ce projet.", "We support this project."),
    ("es", "en", "Una gran parte del largo informe.", "A large part of the long report."),
    ("it", "en", "Giravano voci e dicerie sul rumore.", "There were rumours about the noise."),
])
def test_more_false_friends_legitimate(sl, tl, src, tgt):
    assert found(src, tgt, sl, tl) == []
