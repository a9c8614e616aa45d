"""Sentence-form rules: P001 negation, P002 question, S010 end punctuation, S011 capitals,
S012 stray punctuation."""

from __future__ import annotations

import re

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.model import Severity
from mtcheck.rules.sentence import lexicon, negative_words, negators


def flagged(code: str, src: str, tgt: str, sl: str, tl: str) -> list:
    cfg = Config(select=[code])
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=cfg) if f.code == code]


# (code, source, target, source lang, target lang, expected flagged text, or True for
# "flagged anywhere", or None for "not flagged")
CASES = [
    # P001 negation-flipped: dropped and added, in several pairs
    ("P001", "Die Polizei hat den Verdächtigen nicht festgenommen.", "The police arrested the suspect.",
     "de", "en", True),
    ("P001", "La police a arrêté le suspect.", "The police did not arrest the suspect.", "fr", "en", "not"),
    ("P001", "The minister did not resign.", "Der Minister trat zurück.", "en", "de", True),
    ("P001", "The minister resigned.", "El ministro no dimitió.", "en", "es", "no"),
    ("P001", "Il n'a jamais vu la mer.", "He saw the sea.", "fr", "en", True),
    ("P001", "He didn't pay the bill.", "Il a payé la facture.", "en", "fr", True),
    ("P001", "Die Polizei hat den Verdächtigen nicht festgenommen.", "The police did not arrest the suspect.",
     "de", "en", None),
    ("P001", "Il n'a jamais vu la mer.", "He has never seen the sea.", "fr", "en", None),
    # South Slavic, Bulgarian, Ukrainian, Estonian (session 31): ne/не, and the one-word
    # negated forms of "to be" and "to have" (nije, nema, ni, няма, немає)
    ("P001", "At the moment we see no room for a cut.", "U ovom trenutku vidimo prostor za smanjenje.",
     "en", "sr", True),
    ("P001", "At the moment we see no room for a cut.", "U ovom trenutku ne vidimo prostor za smanjenje.",
     "en", "sr", None),
    ("P001", "The minister did not resign.", "Ministar nije podnio ostavku.", "en", "hr", None),
    ("P001", "The minister did not resign.", "Ministar je podnio ostavku.", "en", "hr", True),
    ("P001", "There is no money for the project.", "Za projekt ni denarja.", "en", "sl", None),
    ("P001", "The government will not raise taxes.", "Правителството няма да вдига данъците.", "en", "bg", None),
    ("P001", "The government will not raise taxes.", "Правителството ще вдигне данъците.", "en", "bg", True),
    ("P001", "The bank did not rule out a cut.", "Банк не виключив зниження.", "en", "uk", None),
    ("P001", "The bank did not rule out a cut.", "Банк виключив зниження.", "en", "uk", True),
    ("P001", "They asked the president not to proclaim the law.",
     "Nad palusid presidendil seadus välja kuulutamata jätta.", "en", "et", None),
    ("P001", "The court did not accept the appeal.", "Kohus ei võtnud kaebust vastu.", "en", "et", None),
    ("P001", "The court did not accept the appeal.", "Kohus võttis kaebuse vastu.", "en", "et", True),
    # "ne … que" is "only"; "not only … but also" adds
    ("P001", "Il ne reste que deux semaines.", "Only two weeks remain.", "fr", "en", None),
    ("P001", "Wegen der Trockenheit verkehren nur noch zwei Schiffe.",
     "En raison de la sécheresse, il ne circule plus que deux bateaux.", "de", "fr", None),
    ("P001", "Die Schiffe verkehren wieder.", "Les bateaux ne circulent plus.", "de", "fr", "plus"),
    ("P001", "Er ist nicht nur Arzt, sondern auch Autor.", "He is a doctor and also an author.", "de", "en", None),
    # the affirmative side says it with a negative word, or bounds a quantity
    ("P001", "Argentinien hat die Zinsen nicht bezahlt.", "Argentina failed to pay the interest.", "de", "en", None),
    ("P001", "Das ist nicht möglich.", "That is impossible.", "de", "en", None),
    ("P001", "Er war arbeitslos.", "He was not working.", "de", "en", None),
    ("P001", "Prices rose by no more than 2 percent.", "Die Preise stiegen um höchstens 2 Prozent.", "en", "de", None),
    # (session 32) Russian "не более 15" bounds without "чем"; Polish "nie żyją" is "are
    # dead"; the answer as a noun after an article ("un non", a vote)
    ("P001", "74% of flights departed within 15 minutes of schedule.",
     "74% рейсов вылетели с задержкой не более 15 минут.", "en", "ru", None),
    ("P001", "The flights did not depart on time.", "Рейсы вылетели вовремя.", "en", "ru", True),
    ("P001", "Powódź: co najmniej cztery osoby nie żyją.", "Flooding: at least four people have died.",
     "pl", "en", None),
    ("P001", "Powódź: cztery osoby nie zostały uratowane.", "Flooding: four people have been rescued.",
     "pl", "en", True),
    ("P001", "Insgesamt legten 154 978 Personen ein Nein in die Urne.",
     "Au total, 154 978 votants ont glissé un non dans l'urne.", "de", "fr", None),
    ("P001", "The commune accepted the project.", "La commune n'a pas accepté le projet.", "en", "fr", True),
    # Romanian and Greek lexicons (session 32), with Romanian "n-" elided before the verb
    ("P001", "We have no time to lose.", "„Avem timp de pierdut.", "en", "ro", True),
    ("P001", "We have no time to lose.", "„Nu avem timp de pierdut.", "en", "ro", None),
    ("P001", "He did not come.", "El n-a venit.", "en", "ro", None),
    ("P001", "He came.", "El n-a venit.", "en", "ro", True),
    ("P001", "Prices rose by no more than 2 percent.", "Prețurile au crescut cu nu mai mult de 2 la sută.",
     "en", "ro", None),
    ("P001", "Ο υπουργός είπε ότι δεν θα υπάρξει επιπλέον επιβάρυνση.",
     "The minister said there would be an additional burden.", "el", "en", True),
    ("P001", "Ο υπουργός είπε ότι δεν θα υπάρξει επιπλέον επιβάρυνση.",
     "The minister said there would be no additional burden.", "el", "en", None),
    # Finnish: the negation verb inflects (ei, eikä, eivät)
    ("P001", "Kuljettaja ei loukkaantunut.", "The driver was injured.", "fi", "en", True),
    ("P001", "Kuljettaja ei loukkaantunut.", "The driver was not injured.", "fi", "en", None),
    ("P001", "Hirvi juoksi tielle eikä kuljettajalla ollut mahdollisuutta väistää.",
     "The elk ran onto the road and the driver had no chance to swerve.", "fi", "en", None),
    # nouns and prefixes are no negation: "des pas" (footsteps), non-croyants
    ("P001", "Wir sahen drei Fussspuren.", "Nous vîmes trois pas dans la neige.", "de", "fr", None),
    ("P001", "Many non-believers came.", "Beaucoup de non-croyants sont venus.", "en", "fr", None),
    # a language without a lexicon is not judged
    # (Hausa: Swahili has a lexicon since session 48, where this pair is a flip)
    ("P001", "Die Polizei hat ihn nicht festgenommen.", "'Yan sanda sun kama shi.", "de", "ha", None),
    ("P001", "Die Polizei hat ihn nicht festgenommen.", "Polisi ilimkamata.", "de", "sw", True),
    # P002 question-mismatch
    ("P002", "Er hatte das Turnier bereits gewonnen.", "Had he already won the tournament?", "de", "en", True),
    ("P002", "¿Ganó el torneo?", "He won the tournament.", "es", "en", True),
    ("P002", "Hat er das Turnier gewonnen?", "A-t-il gagné le tournoi ?", "de", "fr", None),
    ("P002", "Die Frage ist, ob er kommt.", "The question is: will he come?", "de", "en", None),
    ("P002", "Er war gut ausgerüstet.", "N'était-il pas bien équipé ?", "de", "fr", None),
    ("P002", "Er hat gewonnen.", "Κέρδισε τον αγώνα χθες;", "de", "el", True),
    # S010 end-punctuation-dropped
    ("S010", "Die Sitzung wurde vertagt.", "The meeting was adjourned", "de", "en", "d"),
    ("S010", "La séance a été levée !", "Die Sitzung wurde geschlossen", "fr", "de", "n"),
    ("S010", "Die Sitzung wurde vertagt.", "The meeting was adjourned.", "de", "en", None),
    ("S010", "会议已经休会。", "The meeting was adjourned.", "zh", "en", None),
    ("S010", "Sie sagte: «Wir kommen.»", "She said: \"We are coming.\"", "de", "en", None),
    ("S010", "Mehr auf www.example.com.", "More at www.example.com", "de", "en", None),
    ("S010", "Die Sitzung wurde vertagt", "The meeting was adjourned", "de", "en", None),
    # S011 capitalisation-lost
    ("S011", "Der Präsident reiste nach Paris.", "the president travelled to Paris.", "de", "en", "the"),
    ("S011", "Le président est parti à Berlin.", "der Präsident reiste nach Berlin.", "fr", "de", "der"),
    ("S011", "Der Präsident reiste nach Paris.", "the president travelled to paris.", "de", "en", True),
    ("S011", "Der Präsident reiste nach Paris.", "The president travelled to Paris.", "de", "en", None),
    ("S011", "Apple stellte das neue Telefon vor.", "iPhone sales rose.", "de", "en", None),
    ("S011", "Die Berichte aus dem Mai.", "a) Les articles de mai.", "de", "fr", None),
    ("S011", "Der Präsident reiste nach Paris.", "პრეზიდენტი პარიზში გაემგზავრა.", "de", "ka", None),
    # S012 stray-punctuation: a symbol glued on, a full stop or "!" inside, marks run together
    ("S012", "Der Rat traf sich am Montag.", "The council~ met on Monday.", "de", "en", "~"),
    ("S012", "The council met on Monday.", "Le conseil s'est réuni_ lundi.", "en", "fr", "_"),
    ("S012", "Der Laden blieb trotz des Streiks bis zum Abend offen.",
     "The shop stayed open until the evening. despite the strike.", "de", "en", "."),
    ("S012", "La boutique est restée ouverte jusqu'au soir malgré la grève.",
     "Der Laden blieb bis zum Abend. trotz des Streiks offen.", "fr", "de", "."),
    ("S012", "Der Ausschuss genehmigte das Budget.", "The committee approved! the budget.",
     "de", "en", "!"),
    ("S012", "Er war, sagte sie, müde.", "He was,? she said, tired.", "de", "en", ",?"),
    # a question mark, a loose hyphen or a stray apostrophe inside the sentence
    ("S012", "Er wurde positiv auf das Virus getestet.", "He tested positive for? the virus.",
     "de", "en", "?"),
    ("S012", "He tested positive for the virus.", "Er wurde positiv auf? das Virus getestet.",
     "en", "de", "?"),
    ("S012", "Der Unfall geschah gegen 3.40 Uhr.", "The accident happened at- around 3:40 am.",
     "de", "en", "-"),
    ("S012", "The accident happened around midnight.", "L'accident a eu lieu vers- minuit.",
     "en", "fr", "-"),
    ("S012", "Er feierte kleine Solo-Erfolge.", "He celebrated small solo' successes.", "de", "en", "'"),
    ("S012", "He celebrated a solo triumph.", "Il a fêté un triomphe’ en solo.",
     "en", "fr", "’"),
    ("S012", "Er wurde positiv getestet.", "He tested positive? Really?", "de", "en", None),
    ("S012", "Wurde er positiv getestet? ja, sagte sie.", "Did he test positive? yes, she said.",
     "de", "en", None),
    ("S012", "Vor- und Nachkriegszeit.", "The pre- and post-war era.", "de", "en", None),
    ("S012", "Ein zwei- bis dreitägiger Besuch.", "A two- to three-day visit.", "de", "en", None),
    ("S012", "Road, rail, power and fibre networks.", "Straßen-, Eisenbahn- Strom- und Glasfasernetze.",
     "en", "de", None),
    ("S012", "Die Gewerkschaft der Spieler tagte.", "The players' union met.", "de", "en", None),
    # the apostrophe closes a single quote opened by a comma typed for ‚ (S003 says so)
    ("S012", "It means scared enough.", "Das heisst ,verängstigt genug' hier.", "en", "de", None),
    ("S012", "It means scared enough.", "Het betekent ,bang genoeg' hier.", "en", "nl", None),
    ("S012", "„Persönliches Engagement“ zählte.", "'Personal engagement' counted.", "de", "en", None),
    ("S012", "Ein bisschen Geduld.", "Un po' di pazienza.", "de", "it", None),
    ("S012", "Noch 335 m bis zum Gipfel.", "Encore 335 m jusqu' au sommet .", "de", "fr", None),
    # a unit's or percent's abbreviation after a figure (Polish, Czech, German) neither
    ("S012", "Poland spends more than 4 percent of its GDP on defence.",
     "Polska wydaje na obronność ponad 4 proc. produktu krajowego brutto.", "en", "pl", None),
    ("S012", "The shop is open 10 hours a day.", "Sklep jest otwarty 10 godz. dziennie.", "en", "pl", None),
    # a full word after a figure still is (20 feet. high)
    ("S012", "The ward was flooded up to 20 feet high.", "The ward was flooded up to 20 feet. high.",
     "en", "en", "."),
    # a scale word's abbreviation after a figure is no full stop inside the sentence
    ("S012", "The storm left 250,000 homes without power.", "Burza zostawiła 250 tys. domów bez prądu.",
     "en", "pl", None),
    ("S012", "The storm left 250,000 homes without power.", "Шторм оставил 250 тыс. домов без света.",
     "en", "ru", None),
    ("S012", "Er kam in jenem Jahr.", "Venne in quell' anno.", "de", "it", None),
    ("S012", "Hören Sie auf!", "„Stör' mich nicht!“", "de", "de", None),
    # correct text, and marks the source has too or that are abbreviations, links, handles
    ("S012", "Der Laden blieb trotz des Streiks bis zum Abend offen.",
     "The shop stayed open until the evening, despite the strike.", "de", "en", None),
    ("S012", "Er zitierte Smith u. a. mit diesen Worten.", "He quoted Smith et al. with these words.",
     "de", "en", None),
    # an abbreviation no list has: no word of the language before the full stop
    ("S012", "object repr", "rappr. dell'oggetto", "en", "it", None),
    ("S012", "Er kaufte Brot, Milch und so weiter und ging.",
     "Il acheta du pain, du lait, etc. et partit.", "de", "fr", None),
    ("S012", "Das Video: https://t.co/abc (zwei Minuten).",
     "The video: https://t.co/abc_ (two minutes).", "de", "en", None),
    ("S012", "Die Variable heisst max_value_.", "The variable is called max_value_.", "de", "en", None),
    ("S012", "„Halt!“, rief er.", "\"Stop!\" he shouted.", "de", "en", None),
    ("S012", "Er kam, sah und siegte.", "He came,, saw and conquered.", "de", "en", None),  # S005's
    # a double quote that opens or closes nothing, the source quoting nothing
    ("S012", "Die Wünsche der Mieter blieben offen.", 'The tenants\' wishes" remained open.',
     "de", "en", '"'),
    ("S012", "Les souhaits des locataires sont restés ouverts.", 'Die Wünsche" der Mieter blieben offen.',
     "fr", "de", '"'),
    # a mark glued to an article or a conjunction, the sentence going on after it
    ("S012", "Er fütterte die Katze am Mittag.", "He fed the: cat at noon.", "de", "en", ":"),
    ("S012", "He fed the cat at noon.", "Il a nourri le; chat à midi.", "en", "fr", ";"),
    ("S012", "Sie planten eine zweitägige Wanderung.", "They planned a. two-day hike.", "de", "en", "."),
    ("S012", "Il est venu et il est resté dîner.", "He came and, stayed for dinner.", "fr", "en", ","),
    # a loose hyphen before a capitalised word, or with its conjunction too far on
    ("S012", "Der Minister sagte, Merkel komme.", "The minister said- Merkel would come.", "de", "en", "-"),
    ("S012", "Elle a vendu avant que les loyers et les prix montent.",
     "She sold before- rents and prices climbed.", "fr", "en", "-"),
    # an apostrophe after a common short word, a closing quote after a comma nothing opened
    ("S012", "Dann werde ich müde.", "Then I begin to' tire.", "de", "en", "'"),
    ("S012", "In Finnland, mit seinen Seen, gibt es viele Boote.",
     "In Finland,' with its lakes, boats abound.", "de", "en", "'"),
    # a symbol after a closing mark, an exclamation mark before a new sentence the source lacks
    ("S012", "Die Brücke (sie ist neu) hält.", "The bridge (it is new),~ holds.",
     "de", "en", "~"),
    ("S012", "Er spielte neben Anna Berg.", "He played alongside! Anna Berg.", "de", "en", "!"),
    # ... and what stays: a quote the source leaves open too, an inch sign, an aside the
    # comma opens and closes, a sentence opened with "And,", initials, suspended compounds,
    # a single quote opened before
    ("S012", "Er sagte: „Wir kommen.", 'He said: "We are coming.', "de", "en", None),
    ("S012", "Ein 5-Zoll-Bildschirm.", 'A 5" screen.', "de", "en", None),
    ("S012", "Er kam und blieb am Ende.", "He came and, in the end, stayed.", "de", "en", None),
    ("S012", "Und er blieb zum Essen.", "And, he stayed for dinner.", "de", "en", None),
    ("S012", "Er kam um 10 Uhr vormittags.", "He came at 10 a. m. today.", "de", "en", None),
    ("S012", "Ein zwei- oder sogar dreitägiger Besuch.", "A two- or even three-day visit.", "de", "en", None),
    ("S012", "Prä- und postoperative Pflege.", "Pre- and postoperative care.", "de", "en", None),
    ("S012", "Hallo, sagte sie.", "'Hello,' she said.", "de", "en", None),
    ("S012", "„Halt!“ Dann ging er.", '"Stop!" Then he left.', "de", "en", None),
    # a semicolon or colon after a preposition no clause ends in, or before a word no
    # clause or list opens with; not a stranded particle, nor where the source has one
    ("S012", "Er sprach über die Geschichte der Stadt.", "He spoke about the history of; the city.",
     "de", "en", ";"),
    ("S012", "He spoke about the history of the city.", "Il a parlé de l'histoire de; la ville.",
     "en", "fr", ";"),
    ("S012", "Die Bank von England erhöhte die Zinsen.", "The Bank; of England raised rates.",
     "de", "en", ";"),
    ("S012", "Les joueurs pourraient venir demain.", "The players: could come tomorrow.",
     "fr", "en", ":"),
    ("S012", "Der Euro hat sich nicht durchgesetzt, er ist aber nützlich.",
     "The euro has not caught on; it is useful.", "de", "en", None),
    ("S012", "Sie waren müde; konnten sie bleiben?", "They were tired; could they stay?",
     "de", "en", None),
    ("S012", "L'objectif : réduire la pauvreté de moitié.", "The goal: to halve poverty.",
     "fr", "en", None),
    # an apostrophe after an English word in -s that takes no possessive
    ("S012", "Die Stadt ist für ihren Wein bekannt.", "The town is' known for its wine.", "de", "en", "'"),
    ("S012", "Il est venu, lui aussi.", "He came as' well.",
     "fr", "en", "'"),
    ("S012", "Das Auto von James ist rot.", "James' car is red.", "de", "en", None),
    # a comma run into a hyphen after a word; not a price's ",-"
    ("S012", "Er kam nach Berlin, wo er blieb.", "He came to Berlin,- where he stayed.",
     "de", "en", ",-"),
    ("S012", "He came to Paris, where he stayed.", "Il est venu à Paris,- où il est resté.",
     "en", "fr", ",-"),
    ("S012", "It costs 5 euros.", "Das kostet 5,- Euro.", "en", "de", None),
    # a hyphen before a conjunction that hangs no compound: common words follow
    ("S012", "Sie hatte wenig und gab trotzdem.", "She had little- and still she gave.",
     "de", "en", "-"),
    ("S012", "Il avait de l'argent et pourtant il était triste.", "He had money- and yet he was sad.",
     "fr", "en", "-"),
]


@pytest.mark.parametrize("code,src,tgt,sl,tl,expected", CASES)
def test_case(code, src, tgt, sl, tl, expected):
    found = flagged(code, src, tgt, sl, tl)
    if expected is None:
        assert not found, [f.message for f in found]
    elif expected is True:
        assert found
    else:
        assert [f.text for f in found] == [expected], [(f.text, f.message) for f in found]


def test_findings_quote_the_target_and_show_the_source():
    f = flagged("P001", "Le ministre a démissionné.", "The minister did not resign.", "fr", "en")[0]
    assert f.text == "not" and "translation is negated" in f.message
    assert f.evidence and "démissionné" in f.evidence[0].text


def test_default_severities():
    """P001 is minor (good translations differ in negation words about 2% of the time);
    a statement turned into a question is major."""
    f = flagged("P001", "Er kam nicht.", "He came.", "de", "en")[0]
    p = flagged("P002", "Er kam gestern.", "Did he come yesterday?", "de", "en")[0]
    assert f.severity == Severity.MINOR and p.severity == Severity.MAJOR


def test_negators_and_negative_words():
    assert [w for _, _, w in negators("Il n'a pas vu personne, ni rien.", "fr")] == ["pas", "ni", "rien"]
    assert [w for _, _, w in negators("Il n' a pas dépassé 7200 m .", "fr")] == ["pas"]
    assert [w for _, _, w in negators("We can't and won't.", "en")] == ["can't", "won't"]
    assert negators("No. 5 won.", "en") == []
    assert negators("anything", "xx") is None and lexicon("xx") is None
    assert lexicon("nb-NO") is not None and lexicon("no") is not None
    assert "unable" in negative_words("They were unable to come.", "en")
    assert negative_words("They went under the bridge to the information desk.", "en") == []
    assert "hoffnungslos" in negative_words("Die Lage ist hoffnungslos.", "de")


def test_article_level_headlines_and_captions_are_skipped(tmp_path):
    """A headline without its full stop is no S010 finding in an article."""
    src = tmp_path / "source.de.md"
    tgt = tmp_path / "article.en.md"
    src.write_text("# Die Sitzung wurde vertagt.\n\nDer Rat tagt am Montag wieder.\n", encoding="utf-8")
    tgt.write_text("# The meeting was adjourned\n\nThe council meets again on Monday.\n", encoding="utf-8")
    rep = mtcheck.compare(str(tgt), str(src), semantic=False)
    assert not [f for f in rep.findings if f.code == "S010"]
    tgt.write_text("# The meeting was adjourned\n\nThe council meets again on Monday\n", encoding="utf-8")
    rep = mtcheck.compare(str(tgt), str(src), semantic=False)
    assert [f.text for f in rep.findings if f.code == "S010"] == ["y"]


@pytest.mark.parametrize("src,tgt,sl,tl,codes", [
    ("Die Regierung kündigte am Montag neue Massnahmen gegen die Inflation an.",
     "The government announced on Monday new measures against the", "de", "en", ["S004"]),
    ("The minister resigned on Friday and left the country.", "Der Minister trat am Freitag zurück und",
     "en", "de", ["S004"]),
    ("Der Bericht wurde am Dienstag veröffentlicht.", "Le rapport a été publié mardi par le", "de", "fr",
     ["S004"]),
    # a complete sentence without its mark stays S010's
    ("Der Bericht wurde am Dienstag veröffentlicht.", "Le rapport a été publié mardi", "de", "fr", ["S010"]),
    ("He will arrive tomorrow morning.", "Er kommt morgen früh an", "en", "de", ["S010"]),
])
def test_s010_leaves_a_cut_off_sentence_to_s004(src, tgt, sl, tl, codes):
    """One finding for one missing end: S004 (major) for a cut-off, not S010 beside it."""
    found = mtcheck.check_pair(src, tgt, sl, tl, config=Config(select=["S004", "S010"]))
    assert [f.code for f in found] == codes


def test_s010_reports_a_cut_off_when_s004_does_not_run():
    """With S004 deselected, the missing end mark is still reported, by S010."""
    src, tgt = ("Die Regierung kündigte am Montag neue Massnahmen gegen die Inflation an.",
                "The government announced on Monday new measures against the")
    only = mtcheck.check_pair(src, tgt, "de", "en", config=Config(select=["S010"]))
    assert [f.code for f in only] == ["S010"]
    both = mtcheck.check_pair(src, tgt, "de", "en", config=Config(select=["S004", "S010"]))
    assert [f.code for f in both] == ["S004"]


def test_a_glued_date_header_is_no_lower_case_start():
    """'date 2024-11-06 The council …' is F006's metadata, not a sentence starting in lower case."""
    cfg = Config(select=["S011", "F006"])
    found = mtcheck.check_pair("Der Rat hat am Mittwoch neue Regeln beschlossen.",
                               "date 2024-11-06 The council adopted new rules on Wednesday.", "de", "en",
                               config=cfg)
    assert [f.code for f in found] == ["F006"]


def test_html_article_findings_quote_the_raw_text(tmp_path):
    src = tmp_path / "source.de.html"
    tgt = tmp_path / "article.en.html"
    src.write_text("<html><body><p>Die Polizei hat den Mann festgenommen.</p></body></html>", encoding="utf-8")
    tgt.write_text("<html><body><p>The police did <b>not</b> arrest the man.</p></body></html>",
                   encoding="utf-8")
    rep = mtcheck.compare(str(tgt), str(src), semantic=False, source_lang="de", target_lang="en")
    f = [f for f in rep.findings if f.code == "P001"]
    assert [x.text for x in f] == ["not"]
    assert tgt.read_text(encoding="utf-8")[f[0].span[0]:f[0].span[1]] == "not"


def test_html_article_stray_mark_is_found_at_its_raw_offset(tmp_path):
    src = tmp_path / "source.de.html"
    tgt = tmp_path / "article.en.html"
    src.write_text("<html><body><p>Die Gruppe traf sich am Montag in Bern.</p></body></html>",
                   encoding="utf-8")
    tgt.write_text("<html><body><p>The <i>group</i> met on Monday. in Bern.</p></body></html>",
                   encoding="utf-8")
    rep = mtcheck.compare(str(tgt), str(src), semantic=False, source_lang="de", target_lang="en")
    f = [f for f in rep.findings if f.code == "S012"]
    assert [x.text for x in f] == ["."]
    raw = tgt.read_text(encoding="utf-8")
    assert raw[f[0].span[0] - 6:f[0].span[1]] == "Monday."


# French negative pronouns before their "ne" (Personne n'est venu) negate the clause; a
# noun after a determiner (une personne ne … que) does not
@pytest.mark.parametrize("src,tgt,sl,tl,expected", [
    ("Nobody came.", "Personne n'est venu.", "en", "fr", None),
    ("Nobody expected that.", "Personne ne s'y attendait.", "en", "fr", None),
    ("Personne ne l'a vu.", "Nobody saw him.", "fr", "en", None),
    ("Personne ne l'a vu.", "Everybody saw him.", "fr", "en", True),
    ("Everybody came.", "Personne n'est venu.", "en", "fr", "Personne"),
])
def test_french_negative_pronoun_before_ne(src, tgt, sl, tl, expected):
    found = flagged("P001", src, tgt, sl, tl)
    if expected is None:
        assert not found
    elif expected is True:
        assert found
    else:
        assert [f.text for f in found] == [expected]


def test_a_noun_personne_before_ne_que_is_no_negation():
    assert not negators("Une personne ne peut que gagner.", "fr")
    assert negators("Plus personne n'y croit.", "fr")


# a negated "-able" adjective says the negation of its source (not found = introuvable,
# unauffindbar) even when its positive form ("trouvable") is rare
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("Page not found", "Page introuvable", "en", "fr"),
    ("File not found", "Fichier introuvable", "en", "fr"),
    ("Die Datei ist unauffindbar.", "The file cannot be found.", "de", "en"),
    ("Le document est introuvable.", "The document could not be found.", "fr", "en"),
])
def test_negative_able_adjective_is_a_negative_word(src, tgt, sl, tl):
    assert not flagged("P001", src, tgt, sl, tl)


# negation said without a negator, or a negator that is no flip: "not until" is "erst",
# "pas" (nl), "solo" (it); a quotation kept in its original language keeps its negation; a
# German noun "Nichts" after its article is a negative word ("aus dem Nichts" = from
# scratch); "not only" without a "but" against "nicht nur … sondern"; "declined",
# "ongoing", "unprecedented", "zero", "blocked" say a negation. The same sentences with the
# negation really lost still count.
@pytest.mark.parametrize("src,tgt,sl,tl,flag", [
    ("She didn't tell her family until Wednesday.", "Sie erzählte es ihrer Familie erst am Mittwoch.",
     "en", "de", False),
    ("She didn't tell her family.", "Sie erzählte es ihrer Familie erst am Mittwoch.", "en", "de", True),
    ("Der Vertrag tritt erst 2027 in Kraft.", "The treaty will not take effect until 2027.", "de", "en", False),
    ("The treaty will not take effect until 2027.", "Het verdrag treedt pas in 2027 in werking.", "en", "nl", False),
    ("The treaty will not take effect until 2027.", "Il trattato entrerà in vigore solo nel 2027.", "en", "it", False),
    ("The treaty will not take effect until 2027.", "Il trattato entrerà in vigore nel 2027.", "en", "it", True),
    ('Protesters carried signs reading "Don\'t look away".',
     'Die Demonstranten trugen Schilder mit der Aufschrift „Don\'t look away“.', "en", "de", False),
    ('Les manifestants criaient « Ne touchez pas à nos retraites ».',
     'The protesters shouted "Ne touchez pas à nos retraites".', "fr", "en", False),
    ('Protesters carried signs reading "Don\'t look away".',
     'Die Demonstranten trugen Schilder mit der Aufschrift „Schaut hin“.', "en", "de", True),
    ("They built an industry from scratch.", "Sie bauten aus dem Nichts eine Industrie auf.", "en", "de", False),
    ("The talks went nowhere.", "Die Gespräche liefen ins Nichts.", "en", "de", False),
    ("They built an industry.", "Sie bauten nichts auf.", "en", "de", True),
    ("A spokesman declined to comment.", "Ein Sprecher wollte keinen Kommentar abgeben.", "en", "de", False),
    ("The investigation is ongoing.", "L'enquête n'est pas terminée.", "en", "fr", False),
    ("He isn't just a British hero, he's a global icon.",
     "Er ist nicht nur ein britischer Held, sondern eine weltweite Legende.", "en", "de", False),
    ("Not only has growth slowed; it has also exposed deep flaws.",
     "Le ralentissement n'a pas seulement freiné la croissance, mais aussi révélé des failles.", "en", "fr", False),
    ("He isn't just a British hero.", "Er ist ein britischer Held.", "en", "de", True),
    ("The rain was unprecedented.", "Der Regen war noch nie dagewesen.", "en", "de", False),
    ("The plan aims at zero deaths by 2030.", "Le plan ne vise aucun décès d'ici 2030.", "en", "fr", False),
    ("Users will be blocked from viewing posts.", "Nutzer werden keine Beiträge mehr sehen können.", "en", "de", False),
    ("They have been prisoners of the blockade.", "Sie waren keine Gefangenen der Blockade.", "en", "de", True),
])
def test_negation_said_another_way(src, tgt, sl, tl, flag):
    assert bool(flagged("P001", src, tgt, sl, tl)) == flag


# list items may start in lower case ("- apples" for "- Äpfel"); a dialogue dash may not
@pytest.mark.parametrize("src,tgt,sl,tl,expected", [
    ("- Äpfel\n- Birnen\n- Zwetschgen", "- apples\n- pears\n- plums", "de", "en", None),
    ("• Neue Funktionen\n• Fehlerbehebungen", "• new features\n• bug fixes", "de", "en", None),
    ("• Nouvelles fonctions\n• Corrections de bugs", "• new features\n• bug fixes", "fr", "en", None),
    ("– Kommst du mit?", "– do you come along?", "de", "en", True),
])
def test_list_items_in_lower_case(src, tgt, sl, tl, expected):
    found = flagged("S011", src, tgt, sl, tl)
    assert bool(found) == bool(expected)


@pytest.mark.parametrize("tgt, tl, code", [
    ("The police arrested the man. Comments (12)", "en", "F003"),
    ("The police arrested the man. Read more", "en", "F003"),
    ("Die Polizei nahm den Mann fest. vor 3 Stunden", "de", "F006"),
    ("La police a arrêté l'homme. il y a 3 heures", "fr", "F006"),
])
def test_glued_furniture_is_no_missing_or_stray_mark(tgt, tl, code):
    """A UI label or widget glued after the last sentence is the F rules' finding: the
    sentence before it has its full stop (no S010) and that stop is no stray mark (S012)."""
    found = mtcheck.check_pair("Die Polizei nahm den Mann fest.", tgt, "de", tl)
    codes = [f.code for f in found]
    assert code in codes
    assert "S010" not in codes and "S012" not in codes


# -- _pairs: built once a context, the same beads and texts on every call -------------------
@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("de", "en", "Er kam nicht. Sie blieb zu Hause.", "He did not come. She stayed at home."),
    ("en", "fr", "It is not late. We stay.", "Il n'est pas tard. Nous restons."),
])
def test_pairs_cached_per_context(sl, tl, src, tgt):
    from mtcheck.rules import single_pair_context
    from mtcheck.rules.sentence import _build_pairs, _pairs
    ctx = single_pair_context(src, tgt, sl, tl)
    first = list(_pairs(ctx))
    assert first and first == list(_pairs(ctx)) == list(_build_pairs(ctx))
    assert " ".join(t for _, _, t in first) == tgt
    assert ctx.cache["sentence.pairs"] == first


@pytest.mark.parametrize("sl,tl,src,tgt,found", [
    # question marks the sentence goes on after in lower case are stray marks, no question
    ("en", "de", "One key test will be the actions on nonproliferation in general.",
     "Eine Nagelprobe werden die Aktivitäten zur Nichtverbreitung?? im allgemeinen darstellen.", False),
    ("de", "fr", "Der Bericht nennt die Kosten der Reform im Detail.",
     "Le rapport détaille le coût? de la réforme.", False),
    # a question at the end of the sentence is still one
    ("de", "en", "Er hatte das Turnier bereits gewonnen.", "Had he already won the tournament?", True),
    ("en", "fr", "The report details the cost of the reform.", "Le rapport détaille-t-il le coût de la réforme ?", True),
])
def test_p002_a_question_mark_mid_sentence_is_no_question(sl, tl, src, tgt, found):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "P002"]
    assert bool(fs) == found


def _plain_word_pattern(words: list[str], nt: bool = False) -> re.Pattern:
    alts = "|".join(map(re.escape, words))
    return re.compile(rf"(?<![^\W\d_])(?:{alts})(?![^\W\d_])" + (r"|n['’]t(?![^\W\d_])" if nt else ""),
                      re.I)


_WORD_PATTERN_TEXTS = [
    "He did not go, NOT ever; he cannot. Nothing-nobody never_none no1 2no Nor nor.",
    "I don't know, they DON’T care, n't alone, nT, ain'T, xn't, dont.",
    "Keine keineswegs KEINE, Kein (Kelvin K) ſie SIE Sie, İhr ihr IHR ıhr, Du du DU dich.",
    "Er kommt nicht. Nichts! Niemand, NIEMALS, ohne Ohne; weder noch, nie-mals, nie9, _nie",
    "Avez-vous vu dein Dein DEINEN deinem deine? Eure eurer euch Euch, EUCH; sie: Sie.",
    "keinerlei-keine knie Nichtraucher unnicht nicht’s",
]


@pytest.mark.parametrize("words,nt", [
    (["nothing", "without", "cannot", "nobody", "never", "none", "n't", "not", "nor", "no"], True),
    (["keineswegs", "keinerlei", "niemals", "niemand", "nichts", "keine", "weder", "nicht", "kein",
      "ohne", "nie"], False),
    (["deinen", "deinem", "deine", "euch", "dich", "dein", "eure", "ihre", "sie", "ihr", "du"], False),
])
def test_word_pattern_matches_the_plain_alternation(words, nt) -> None:
    from mtcheck.rules.sentence import word_pattern
    plain, fast = _plain_word_pattern(words, nt), word_pattern(words, nt)
    assert fast.pattern != plain.pattern  # the fast form was built
    for text in _WORD_PATTERN_TEXTS:
        assert [(m.span(), m.group()) for m in fast.finditer(text)] == \
            [(m.span(), m.group()) for m in plain.finditer(text)], text
        for pos in range(len(text)):
            a, b = fast.search(text, pos), plain.search(text, pos)
            assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), (text, pos)


def test_word_pattern_falls_back_where_first_letters_share_case_mates() -> None:
    from mtcheck.rules.sentence import word_pattern
    # "k" and the Kelvin sign are case mates: the grouped form could try the wrong group
    words = ["kalt", "\u212aelvin"]
    assert word_pattern(words).pattern == _plain_word_pattern(words).pattern
    assert [m.group() for m in word_pattern(words).finditer("KALT \u212aELVIN kelvin")] == \
        ["KALT", "\u212aELVIN", "kelvin"]


# P005 contrast-without-negation (session 19)
@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The opposition wants not only reforms but also a new constitution.",
     "Die Opposition will Reformen, sondern auch eine neue Verfassung.", "en", "de"),
    ("Today foreign firms rely mainly on farmworkers from Haiti.",
     "Heute arbeiten in Honduras ausländische Konzerne, sondern es sind dort Arbeitskräfte aus Haiti.", "en", "de"),
    ("The opposition wants not only reforms but also a new constitution.",
     "La oposición quiere reformas, sino también una nueva constitución.", "en", "es"),
    ("L'opposition ne veut pas des réformes, mais une nouvelle constitution.",
     "La oposición quiere reformas, sino una nueva constitución.", "fr", "es"),
])
def test_p005_contrast_without_negation(src, tgt, sl, tl):
    found = flagged("P005", src, tgt, sl, tl)
    assert [tgt[f.span[0]:f.span[1]].casefold() for f in found] in (["sondern"], ["sino"]), found
    assert found[0].severity is Severity.MAJOR


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The opposition wants not only reforms but also a new constitution.",
     "Die Opposition will nicht nur Reformen, sondern auch eine neue Verfassung.", "en", "de"),
    ("It is less a crisis than a turning point.",
     "Es ist weniger eine Krise, sondern eher ein Wendepunkt.", "en", "de"),
    ("He has no money, only debts.", "Er hat kein Geld, sondern nur Schulden.", "en", "de"),
    ("The glands secrete a fluid.", "Die Drüsen sondern eine Flüssigkeit ab.", "en", "de"),  # the verb
    ("Not this. But that.", "Nicht dies. Sondern das.", "en", "de"),  # a sentence that opens with it
    ("The opposition wants not only reforms but also a new constitution.",
     "La oposición no solo quiere reformas, sino también una nueva constitución.", "en", "es"),
    ("Who but you could do it?", "¿Quién, sino tú, podría hacerlo?", "en", "es"),  # a question
    ("Ce n'était pas lui, mais son frère.", "Ce n'était pas lui, mais son frère.", "fr", "fr"),  # no such word
])
def test_p005_answered_or_other_words(src, tgt, sl, tl):
    assert flagged("P005", src, tgt, sl, tl) == []


@pytest.mark.parametrize("src,tgt,sl,tl,neg", [
    # "without cost" is "free (of charge)": no negation dropped or added
    ("Les voyageurs peuvent se faire rembourser sans frais.",
     "Travellers can get a refund free of charge.", "fr", "en", False),
    ("Die Rückerstattung ist ohne Kosten möglich.", "The refund is possible free of charge.", "de", "en", False),
    ("The conflict is, fortunately, free of physical violence.",
     "Der Konflikt läuft glücklicherweise ohne körperliche Gewalt ab.", "en", "de", False),
    ("Refunds are available at no cost.", "Les remboursements sont gratuits.", "en", "fr", False),
    ("El reembolso se hace sin coste.", "The refund is free.", "es", "en", False),
    # "lost" holds a negation: "lost power" is "sin electricidad", "lost their homes" "ohne ein Zuhause"
    ("More than 3 million homes lost power.", "Más de 3 millones de hogares se quedaron sin electricidad.",
     "en", "es", False),
    ("Having lost their homes, they sleep in alleys.", "Ohne ein Zuhause schlafen sie in Gassen.", "en", "de", False),
    # "anonymous" holds one: "did not want to be named" is "voleva restare anonimo"
    ("The buyer, a collector from Asia, did not want to be named.",
     "L'acquirente, un collezionista asiatico, ha voluto restare anonimo.", "en", "it", False),
    ("Der Käufer wollte nicht genannt werden.", "The buyer wished to remain anonymous.", "de", "en", False),
    ("The buyer did not want to be named.", "Der Käufer wollte genannt werden.", "en", "de", True),
    # "inédit" (unprecedented) is one too: "un niveau inédit" ~ "nicht mehr erreicht"
    ("La participation a atteint 66,7 %, un niveau inédit depuis 1997.",
     "Die Wahlbeteiligung erreichte 66,7 Prozent, ein Wert, der seit 1997 nicht mehr erreicht wurde.", "fr", "de", False),
    # a real negation still counts beside such a word
    ("Les voyageurs ne peuvent pas se faire rembourser.", "Travellers can get a refund.", "fr", "en", True),
    # a negator in a fixed connective or adverb: sin embargo (however), sans doute (probably)
    ("Los expertos advierten, sin embargo, que la política podría frenar los envíos.",
     "However, experts warn that the policy could slow remittances.", "es", "en", False),
    ("No obstante, el gobierno mantiene su plan.", "Nevertheless, the government is sticking to its plan.",
     "es", "en", False),
    ("Il viendra sans doute demain.", "He will probably come tomorrow.", "fr", "en", False),
    ("Il viendra sans doute demain.", "Er wird wahrscheinlich morgen kommen.", "fr", "de", False),
    # the same words as a negation still count
    ("El gobierno lo hizo sin consultar al parlamento.", "The government did it after consulting parliament.",
     "es", "en", True),
    ("Il est parti sans dire au revoir.", "He left and said goodbye.", "fr", "en", True),
])
def test_negative_words_and_fixed_phrases(src, tgt, sl, tl, neg):
    assert bool(flagged("P001", src, tgt, sl, tl)) == neg
