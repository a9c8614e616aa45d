"""Names family (N001-N004): table-driven tests in several language pairs, the registry
examples, and document-level behaviour with parallel versions (written for mtcheck)."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.model import Alignment, Bead, Document, Severity
from mtcheck.rules import CheckContext, get_rule, run_rules
from mtcheck.rules._text import NameIndex, find_names, fold, misspelt_word, skeleton, status

from conftest_report import one_to_one, sentence_doc as doc

CFG = {code: Config(select=[code]) for code in ("N001", "N002", "N003", "N004", "N005", "N006")}


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f.code for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG[code])]


# (code, source lang, target lang, source, target, flagged?)
CASES = [
    # N003 name-missing
    ("N003", "de", "en", "Schon beim ersten Turnier hatte Werth alle vier Prüfungen gewonnen.",
     "Had already won all four tests at the first tournament.", True),
    ("N003", "de", "en", "Schon beim ersten Turnier hatte Werth alle vier Prüfungen gewonnen.",
     "At the first tournament, Werth had already won all four tests.", False),
    ("N003", "fr", "en", "Après sept jours de défaites électorales, Bush a fait part de son projet.",
     "After seven days of electoral defeats, announced his plan.", True),
    ("N003", "fr", "en", "Après sept jours de défaites électorales, Bush a fait part de son projet.",
     "After seven days of electoral defeats, Bush announced his plan.", False),
    ("N003", "en", "de", "The minister met Angela Merkel in Brussels on Monday.",
     "Der Minister traf am Montag Angela Merkel.", True),            # Brussels dropped
    ("N003", "en", "de", "The minister met Angela Merkel in Brussels on Monday.",
     "Der Minister traf am Montag Angela Merkel in Brüssel.", False),  # exonym
    # a common word that meets a lexicon name only with its accents folded away is no
    # name: French "Seul(s)" (alone) is not Spanish "Seúl" (Seoul); Seúl itself still is
    ("N003", "fr", "en", "Seul le président a parlé.", "Only the president spoke.", False),
    ("N003", "fr", "de", "Seuls les enfants sont restés.", "Nur die Kinder blieben.", False),
    ("N003", "es", "en", "El presidente viajó ayer a Seúl con su equipo.",
     "The president travelled yesterday with his team.", True),
    ("N003", "es", "en", "El presidente viajó ayer a Seúl con su equipo.",
     "The president travelled to Seoul yesterday with his team.", False),
    # a country of three words, as one hyphenated exonym; an abbreviation in spaced parts
    ("N003", "en", "fr", "Papua New Guinea held elections.",
     "La Papouasie-Nouvelle-Guinée a organisé des élections.", False),
    ("N003", "de", "it", "Papua-Neuguinea hat gewählt.", "La Papua Nuova Guinea ha votato.", False),
    ("N003", "en", "es", "The US imposed tariffs.", "EE. UU. impuso aranceles.", False),
    ("N003", "en", "es", "The US imposed tariffs on steel.", "Impuso aranceles al acero.", True),
    # a quarter or half year is a period, spelled out by translations, not a name
    ("N003", "en", "fr", "Profits rose in Q3.", "Les bénéfices ont augmenté au troisième trimestre.", False),
    ("N003", "en", "de", "Sales fell in H1.", "Der Umsatz fiel im ersten Halbjahr.", False),
    # exonyms, inflection and compounds are not missing names
    ("N003", "de", "en", "Die Krise in Spanien traf auch Deutschlands Banken.",
     "The crisis in Spain also hit Germany's banks.", False),
    ("N003", "fr", "en", "La France est le septième pays de l'UE touché, après l'Autriche.",
     "France is the seventh EU country affected, after Austria.", False),
    ("N003", "de", "en", "Der Bub wurde in Graz operiert.", "The boy had surgery in Graz.", False),
    # a unit or currency after a figure is no name (Franken is also a region)
    ("N003", "de", "en", "Es kostet 1,5 Mio. Franken.", "It costs CHF 1.5 million.", False),
    ("N003", "en", "fr", "It warmed by 2 degrees Celsius.", "Il a fait 2 degrés de plus.", False),
    # ... and a currency's abbreviation, also after a Swiss amount's dash (session 24)
    ("N003", "de", "fr", "Die Abgabe beträgt bis 2700.- SFr. im Jahr.",
     "La taxe atteint 2700 francs suisses par an.", False),
    ("N003", "de", "en", "Der Offizier erhält monatlich 180.-SFr. von der Expedition.",
     "The officer receives 180 francs a month from the expedition.", False),
    ("N003", "de", "en", "Bisher wurden mehr als 28.000 Tote registriert.",
     "So far, more than 28,000 deaths have been registered.", False),  # nouns are not names
    ("N003", "en", "de", "Even before the eurozone crisis, many British economists were worried.",
     "Noch vor der Eurokrise waren viele britische Ökonomen besorgt.", False),  # adjective
    ("N003", "en", "de", "Hamas and Hezbollah threatened Israel.",
     "Die Hamas und die Hisbollah bedrohten Israel.", False),  # transliteration
    # N004 name-replaced
    ("N004", "de", "en", "US-Präsident Donald Trump schrieb auf Twitter, er beobachte die Stürme.",
     "US President Erwin Huber wrote on Twitter that he was watching the storms.", True),
    ("N004", "de", "en", "US-Präsident Donald Trump schrieb auf Twitter, er beobachte die Stürme.",
     "US President Donald Trump wrote on Twitter that he was watching the storms.", False),
    ("N004", "fr", "en", "Il a travaillé sur des spectacles tels que Taxi, Cheers et The Tracy Ullman Show.",
     "He worked on shows such as Taxi, Cheers and The Oprah Winfrey Show.", True),
    ("N004", "fr", "en", "Il a travaillé sur des spectacles tels que Taxi, Cheers et The Tracy Ullman Show.",
     "He worked on shows such as Taxi, Cheers and The Tracy Ullman Show.", False),
    ("N004", "en", "de", "The United States has scaled back its relations with Egypt.",
     "Die Vereinigten Staaten haben ihre Beziehungen zu Kuwait eingeschränkt.", True),
    ("N004", "en", "de", "The United States has scaled back its relations with Egypt.",
     "Die Vereinigten Staaten haben ihre Beziehungen zu Ägypten eingeschränkt.", False),
    # N001 name-near-miss
    ("N001", "de", "en", "Bundeskanzlerin Angela Merkel reiste nach Paris.",
     "Chancellor Angela Merkle travelled to Paris.", True),
    ("N001", "de", "en", "Bundeskanzlerin Angela Merkel reiste nach Paris.",
     "Chancellor Angela Merkel travelled to Paris.", False),
    # across languages a one-letter difference may be transliteration: see
    # test_near_miss_across_languages_is_graded for what is flagged how
    ("N001", "fr", "en", "Le président Kowalczyk a rencontré Kowalczyk junior.",
     "President Kowalcyzk met Kowalczyk junior.", True),  # the target spells it so too
    ("N001", "en", "en", "President Kowalczyk met the unions.",
     "President Kowalcyzk met the unions.", True),  # same language: no transliteration
    ("N001", "en", "de", "The summit took place in Sochi.",
     "Der Gipfel fand in Sotschi statt.", False),
    ("N001", "fr", "en", "Le président Kowalczyk a rencontré les syndicats.",
     "President Kowalczyk met the unions.", False),
    ("N001", "de", "en", "Die Polizei zeigte keine Präsenz auf den Straßen Bischkeks.",
     "The police were absent from the streets of Bishkek.", False),  # transliteration
    ("N001", "en", "de", "The army issued an ultimatum to Morsi.",
     "Die Armee stellte Mursi ein Ultimatum.", False),  # a transliteration in use
    # N002 name-inconsistent (no source needed)
    ("N002", "de", "en", "Er traf den Minister und später dessen Berater.",
     "Kowalczyk met the minister; later Kowalcyzk met Kowalczyk's adviser.", True),
    ("N002", "de", "en", "Er traf den Minister und später dessen Berater.",
     "Kowalczyk met the minister; later Kowalczyk met his adviser.", False),
    ("N002", "fr", "en", "Il a rencontré le ministre puis son conseiller.",
     "Nowakowski met the minister, then Nowakowsky's and Nowakowski's advisers.", True),
    ("N002", "fr", "en", "Il a rencontré le ministre puis son conseiller.",
     "Austria and Australia met the minister.", False),  # two real names
]


@pytest.mark.parametrize("code,sl,tl,src,tgt,flagged", CASES)
def test_cases(code, sl, tl, src, tgt, flagged):
    got = codes(src, tgt, sl, tl, code)
    assert (code in got) == flagged, got


def missing_names(src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str]]:
    """N003's findings as (source name, severity)."""
    out = []
    for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG["N003"]):
        if f.code == "N003":
            out.append((f.message.split("”")[0].lstrip("“"), f.severity.name.lower()))
    return out


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    # a name that keeps half its words, where the word it keeps stands in another source
    # name that the translation has whole, and fewer times than the source
    ("de", "en", "Anna Kowalczyk und ihr Mann Tom Kowalczyk gründeten die Firma.",
     "Tom Kowalczyk and his wife founded the company.", [("Anna Kowalczyk", "minor")]),
    ("de", "en", "Anna Kowalczyk und ihr Mann Tom Kowalczyk gründeten die Firma.",
     "Anna and Tom Kowalczyk founded the company.", []),
    ("fr", "en", "Les gagnants sont Marc Dufresnoy et Paul Dufresnoy.",
     "The winners are Paul Dufresnoy.", [("Marc Dufresnoy", "minor")]),
    ("fr", "en", "Les gagnants sont Marc Dufresnoy et Paul Dufresnoy.",
     "The winners are Marc Dufresnoy and Paul Dufresnoy.", []),
    # a place the source names by name and by adjective, where the translation keeps the
    # adjective only: the name went (not: one mention either way, or a pronoun for a
    # repeated name)
    ("de", "en", "Touristen lieben die griechische Küche und das Wetter in Griechenland.",
     "Tourists love Greek cuisine and the weather.", [("Griechenland", "minor")]),
    ("de", "en", "Touristen lieben die griechische Küche und das Wetter in Griechenland.",
     "Tourists love Greek cuisine and the weather in Greece.", []),
    ("fr", "en", "Le drapeau de l'Albanie flottait devant la foule albanaise.",
     "The flag flew in front of the Albanian crowd.", [("Albanie", "minor")]),
    ("fr", "en", "Le drapeau de l'Albanie flottait devant la foule albanaise.",
     "The flag of Albania flew in front of the Albanian crowd.", []),
    ("en", "de", "Spain's economy depends on Spanish tourism.",
     "Die Wirtschaft hängt vom spanischen Tourismus ab.", [("Spain", "minor")]),
    ("en", "de", "Spain's economy depends on Spanish tourism.",
     "Spaniens Wirtschaft hängt vom spanischen Tourismus ab.", []),
    ("en", "de", "Greece's economy is growing again.", "Die griechische Wirtschaft wächst wieder.", []),
    ("en", "de", "Yemen's security and Yemen's geography are at stake.",
     "Die Sicherheit des Jemen und die Geographie des Landes stehen auf dem Spiel.", []),
    ("en", "de", "The crisis in Greece hurt Greek banks.",
     "Die Griechenlandkrise schadete griechischen Banken.", []),  # the name in a compound
    # a place hyphenated to a common word, gone while the common word is there
    ("de", "en", "Die Parolen gegen die US-Imperialisten wurden lauter.",
     "The slogans against the imperialists grew louder.", [("US-Imperialisten", "minor")]),
    ("de", "en", "Die Parolen gegen die US-Imperialisten wurden lauter.",
     "The slogans against the American imperialists grew louder.", []),
    ("de", "en", "Sie erhielten 70 Millionen US-Dollar.", "They received $70 million.", []),  # currency
    ("de", "fr", "Die Himalaya-Expedition brach im Mai auf.", "L'expédition partit en mai.",
     [("Himalaya-Expedition", "critical")]),  # the name in no form: a sure one, and lost text
    ("de", "fr", "Die Himalaya-Expedition brach im Mai auf.",
     "L'expédition himalayenne partit en mai.", []),  # an adjective of the place
    # a person's affiliation in brackets, dropped with no stand-in
    ("de", "en", "Die Abgeordnete Petra Lindqvist (SPD) eröffnete die Schule.",
     "Deputy Petra Lindqvist opened the school.", [("SPD", "minor")]),
    ("de", "en", "Die Abgeordnete Petra Lindqvist (SPD) eröffnete die Schule.",
     "Deputy Petra Lindqvist (SPD) opened the school.", []),
    ("de", "en", "Die Abgeordnete Petra Lindqvist (SPD) eröffnete die Schule.",
     "Deputy Petra Lindqvist (Social Democrats) opened the school.", []),
    ("fr", "en", "Le sénateur Bernard Dupuis (PS) a voté contre.",
     "Senator Bernard Dupuis voted against.", [("PS", "minor")]),
    ("fr", "en", "Le sénateur Bernard Dupuis (PS) a voté contre.",
     "Senator Bernard Dupuis (PS) voted against.", []),
    # the abbreviation of the body named right before it may go; elsewhere an acronym
    # may be spelled out or localised
    ("en", "de", "The Liberal Party of Canada (LPC) won the vote.",
     "Die Liberale Partei Kanadas gewann die Abstimmung.", []),
    ("en", "de", "Gross domestic product (GDP) fell.", "Das Bruttoinlandsprodukt sank.", []),
    # the target language's acronym for the body (EMU ~ EWU, EZB ~ ECB); not another body
    # the source language knows by that acronym (WTO ~ WHO), nor a slip (TTIP ~ THIP)
    ("en", "de", "The plans for EMU were drawn up in Maastricht.",
     "Die Pläne für die EWU wurden in Maastricht entworfen.", []),
    ("de", "en", "Die EZB senkte am Donnerstag die Zinsen.", "The ECB cut rates on Thursday.", []),
    ("en", "de", "The WTO ruled against the tariffs.", "Die WHO entschied gegen die Zölle.", [("WTO", "minor")]),
    ("en", "de", "The TTIP talks stalled in Brussels.", "Die THIP-Gespräche stockten in Brüssel.",
     [("TTIP", "minor")]),
])
def test_missing_by_count(sl, tl, src, tgt, expected):
    assert missing_names(src, tgt, sl, tl) == expected


def test_misspelt_common_word_is_no_name():
    # a long unknown word one letter from a frequent German noun is that noun misspelt
    src = "Die Kirche stammt aus dem Ende des Jahrunderts und wurde renoviert."
    assert missing_names(src, "The church dates from the end of the century and was renovated.",
                         "de", "en") == []
    assert misspelt_word("bundesregirung", "de") and misspelt_word("jahrunderts", "de")
    # a long rare name is not, nor a short one a letter from a word (Steijn ~ Stein)
    assert not misspelt_word("kangchendzönga", "de") and not misspelt_word("steijn", "de")
    src = "Die Expedition unter Tomasz Kowalczykowski erreichte im Mai das Lager."
    assert missing_names(src, "In May the expedition reached the camp.", "de", "en") != []


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    # one consonant dropped, doubled or swapped in a Latin-script name whose right
    # spelling the target language's texts know: a slip, whatever the language pair
    ("fr", "en", "Le président Kowalczyk a rencontré les syndicats.",
     "President Kowalcyzk met the unions.", [("Kowalcyzk", "major")]),
    ("de", "en", "Das sagte Gemeinderätin Anna Keller am Dienstag.",
     "This was said by councillor Anna Keler on Tuesday.", [("Keler", "major")]),
    ("en", "de", "Fed chairman Ben Bernanke warned of a recession.",
     "Fed-Chef Ben Bernake warnte vor einer Rezession.", [("Bernake", "major")]),
    # one consonant typed as another in a form no text uses, beside a spelling the target
    # language's texts know: a slip too, unconfirmed (s ~ z varies in transliterations)
    ("de", "en", "Die Lage ist ernst, sagte Gemeindepräsidentin Romy Hauser.",
     "The situation is serious, said municipal president Romy Hauzer.", [("Hauzer", "minor")]),
    ("en", "fr", "Council leader Anna Hauser resigned on Monday.",
     "La présidente du conseil Anna Hauzer a démissionné lundi.", [("Hauzer", "minor")]),
    ("de", "en", "Präsident Wolodymyr Selenskyj sprach.", "President Volodymyr Zelensky spoke.", []),
    # the last consonant doubled is no inflection (Merkel/Merkels is, Merkel/Merkell is not)
    ("de", "en", "Angela Merkel reiste nach Paris.", "Angela Merkell travelled to Paris.",
     [("Merkell", "major")]),
    ("fr", "de", "Pierre Dupont a parlé hier.", "Pierre Dupontt sprach gestern.", [("Dupontt", "major")]),
    ("de", "en", "Angela Merkels Rede", "Angela Merkel's speech", []),
    # sh for sch is a transliteration only where some text writes it so: Sholz is in no
    # text of either language, Scholz is in English ones
    ("de", "en", "Olaf Scholz sprach im Bundestag.", "Olaf Sholz spoke in the Bundestag.",
     [("Sholz", "major")]),
    ("en", "de", "Prime minister Nawaz Sharif resigned.", "Premierminister Nawaz Scharif trat zurück.", []),
    # a vowel or a glide (j, y, w, h) is what transliterations vary: unconfirmed, minor
    ("de", "fr", "Der höchste Gipfel ist der Pik Pobeda im Tienschan.",
     "Le plus haut sommet est le Pik Pobjeda dans le Tian Chan.", [("Pobjeda", "minor")]),
    # a spelling in use in the target language is its own: nothing
    ("de", "en", "Präsident Hassan Rohani sprach vor dem Parlament.",
     "President Hassan Rouhani spoke to parliament.", []),
    ("de", "en", "Präsident Mohammed Mursi sprach.", "President Mohamed Morsi spoke.", []),
    # ... unless it writes a doubled consonant of a name at home in a Latin-script language
    # once, beside a name word both keep (Atal is another man's name): unconfirmed, minor;
    # a transliterated name (Fattah ~ Fatah) has no home and varies
    ("fr", "en", "Selon le ministre de l'Éducation, Gabriel Attal, les travaux commenceront.",
     "According to the education minister, Gabriel Atal, the work will begin.", [("Atal", "minor")]),
    ("fr", "de", "Selon le ministre de l'Éducation, Gabriel Attal, les travaux commenceront.",
     "Laut Bildungsminister Gabriel Atal beginnen die Arbeiten.", [("Atal", "minor")]),
    ("de", "en", "Der Militärchef Abdul Fattah Younis wurde ermordet.",
     "The military leader Abdul Fatah Younis was assassinated.", []),
    # the same name, spelled right
    ("de", "en", "Das sagte Gemeinderätin Anna Keller am Dienstag.",
     "This was said by councillor Anna Keller on Tuesday.", []),
])
def test_near_miss_across_languages_is_graded(sl, tl, src, tgt, expected):
    got = [(f.text, f.severity.label) for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N001"]
    assert got == expected


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    # a slip that makes another real name, next to a name word both keep: a name at home
    # in a Latin-script language (its own texts use it most) is not respelled abroad
    ("de", "en", "Bundeskanzler Olaf Scholz traf am Montag Emmanuel Macron.",
     "Chancellor Olaf Schulz met Emmanuel Macron on Monday.", [("Schulz", "major")]),
    ("fr", "de", "Emmanuel Macron a rencontré Olaf Scholz à Berlin.",
     "Emmanuel Macron traf Olaf Schulz in Berlin.", [("Schulz", "major")]),
    ("de", "fr", "Der SPD-Politiker Martin Schulz sprach in Brüssel.",
     "Le socialiste Martin Scholz a parlé à Bruxelles.", [("Scholz", "major")]),
    # two people, each spelled right
    ("de", "en", "Olaf Scholz traf Martin Schulz in Berlin.",
     "Olaf Scholz met Martin Schulz in Berlin.", []),
    # the target language's own spelling: preferred there, not in the source language
    ("de", "en", "Die Armee stellte Mohammed Mursi ein Ultimatum.",
     "The army issued an ultimatum to Mohammed Morsi.", []),
    ("de", "en", "Königin Elisabeth II. besuchte Berlin.", "Queen Elizabeth II visited Berlin.", []),
    ("de", "en", "Außenminister Sergej Lawrow sagte das am Montag.",
     "Foreign minister Sergei Lawrow said so on Monday.", []),
    # transliterated names have no home spelling and vary (Hossein/Hussein, Mohamed/Mohammed)
    ("de", "en", "Der Philosoph Hossein Nasr lehrt in Washington.",
     "The philosopher Hussein Nasr teaches in Washington.", []),
    ("en", "fr", "Mohamed Salah scored twice for Liverpool.",
     "Mohammed Salah a marqué deux fois pour Liverpool.", []),
])
def test_slip_to_another_real_name(sl, tl, src, tgt, expected):
    got = [(f.text, f.severity.label) for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N001"]
    assert got == expected


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    # a surname alone, slipped into another real name in the source name's slot: no
    # first name anchors it, the slot does (the source has the name, the target lacks it)
    ("de", "en", "Scholz sagte am Montag, die Regierung werde handeln.",
     "Schulz said on Monday that the government would act.", [("Schulz", "major")]),
    ("de", "en", "Laut Scholz soll das Gesetz im Juni kommen.",
     "According to Schulz, the law is to come in June.", [("Schulz", "major")]),
    ("fr", "en", "Selon Faure, la réforme sera votée en juin.",
     "According to Fabre, the reform will be passed in June.", [("Fabre", "major")]),
    ("fr", "en", "Après la réunion, Faure a dit que les discussions s'étaient bien passées.",
     "After the meeting, Fabre said the talks had gone well.", [("Fabre", "major")]),
    # the same sentences rendered right
    ("de", "en", "Scholz sagte am Montag, die Regierung werde handeln.",
     "Scholz said on Monday that the government would act.", []),
    ("fr", "en", "Après la réunion, Faure a dit que les discussions s'étaient bien passées.",
     "After the meeting, Faure said the talks had gone well.", []),
    # transliterations and the target language's spellings of a name
    ("de", "en", "Nach dem Treffen in Wien sagte Selenskyj, die Gespräche seien gut verlaufen.",
     "After the meeting in Vienna, Zelensky said the talks had gone well.", []),
    ("de", "en", "Gorbatschow sagte am Montag, die Reformen gingen weiter.",
     "Gorbachev said on Monday that the reforms would continue.", []),
    ("fr", "en", "Poutine a déclaré lundi que la guerre continuerait.",
     "Putin said on Monday that the war would continue.", []),
    # inflected forms (German genitive) on either side
    ("de", "en", "Scholz' Regierung will am Montag handeln.", "Scholz's government wants to act on Monday.", []),
    ("de", "en", "Die Regierung Merkels will am Montag handeln.", "Merkel's government wants to act on Monday.", []),
    # a common word of the target language in the slot is a translation, not a name
    ("en", "de", "Hunter said the plan was good.", "Hunger sagte, der Plan sei gut.", []),
    # the other name is in the source too: two people, each spelled right
    ("en", "de", "Schulz and Scholz met on Monday.", "Schulz und Scholz trafen sich am Montag.", []),
    # a name no language's texts favour (English names are written everywhere) has no
    # home to tell a slip from a variant spelling: left alone
    ("en", "fr", "According to Walker, the plan is good.", "Selon Walter, le plan est bon.", []),
])
def test_lone_surname_slipped_into_another_real_name(sl, tl, src, tgt, expected):
    got = [(f.text, f.severity.label) for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N001"]
    assert got == expected


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    # the translation spells the name right elsewhere, and the slot has it fewer times
    # than the source: that spelling is the translation's own, whatever the name's home
    ("en", "de", "Paul Walker met the mayor on Monday. Walker said the plan was good.",
     "Paul Walker traf am Montag den Bürgermeister. Walter sagte, der Plan sei gut.", [("Walter", "major")]),
    ("en", "fr", "Paul Walker met the mayor on Monday. Walker said the plan was good.",
     "Paul Walker a rencontré le maire lundi. Walter a dit que le plan était bon.", [("Walter", "major")]),
    ("en", "de", "Lisa Hansen met the mayor. Hansen said the plan was good.",
     "Lisa Hansen traf den Bürgermeister. Hanson sagte, der Plan sei gut.", [("Hanson", "major")]),
    ("de", "en", "Anna Walter und ihr Bruder Tom Walter eröffneten den Laden.",
     "Anna Walter and her brother Tom Walker opened the shop.", [("Walker", "major")]),
    # spelled right everywhere
    ("en", "de", "Paul Walker met the mayor on Monday. Walker said the plan was good.",
     "Paul Walker traf am Montag den Bürgermeister. Walker sagte, der Plan sei gut.", []),
    # the slot has the name as often as the source: the other word is something else
    ("en", "de", "Jim Porter put up a sign on Monday. Porter smiled.",
     "Jim Porter hängte am Montag ein Poster auf. Porter lächelte.", []),
    # the target language's own transliteration beside the source's: no slip
    ("en", "de", "Mikhail Gorbachev met Reagan. Later Mikhail said the talks went well.",
     "Michail Gorbatschow traf Reagan. Später sagte Mikhail, die Gespräche seien gut verlaufen.", []),
])
def test_slip_beside_the_name_spelled_right(sl, tl, src, tgt, expected):
    got = [(f.text, f.severity.label) for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N001"]
    assert got == expected


def test_doc_lone_slip_where_the_translation_spells_the_name_right_elsewhere():
    src = doc("s.de.txt", "de", "source",
              ["Bundeskanzler Olaf Scholz reiste am Montag nach Paris.",
               "Dort sagte Scholz, Europa müsse zusammenhalten.",
               "Die Opposition kritisierte Scholz scharf."])
    tgt = doc("a.en.txt", "en", "target",
              ["Chancellor Olaf Scholz travelled to Paris on Monday.",
               "There, Schulz said that Europe must stick together.",
               "The opposition sharply criticised Scholz."])
    fs = run("N001", tgt, src)
    assert [(f.text, f.suggestion) for f in fs] == [("Schulz", "Scholz")]
    ok = doc("a.en.txt", "en", "target",
             ["Chancellor Olaf Scholz travelled to Paris on Monday.",
              "There, Scholz said that Europe must stick together.",
              "The opposition sharply criticised Scholz."])
    assert run("N001", ok, src) == []


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    # a name clipped by a last letter no inflection of the source language adds
    ("en", "de", "Joe Biden met Xi Jinping in Lima.", "Joe Biden traf Xi Jinpin in Lima.",
     [("Jinpin", "major")]),
    ("fr", "en", "Joe Biden a rencontré Xi Jinping à Lima.", "Joe Biden met Xi Jinpin in Lima.",
     [("Jinpin", "major")]),
    # a vowel cut off: unconfirmed, as for other vowel slips across languages
    ("en", "fr", "Fed chairman Ben Bernanke warned of a recession.",
     "Le président de la Fed, Ben Bernank, a mis en garde contre une récession.",
     [("Bernank", "minor")]),
    # the source's form is the inflected one: genitive, plural, case, gender endings
    ("de", "en", "Angela Merkels Rede war kurz.", "Angela Merkel's speech was short.", []),
    ("pl", "en", "Spotkanie Joe Bidena z premierem odbyło się w Warszawie.",
     "Joe Biden met the prime minister in Warsaw.", []),
    ("en", "de", "The Acropolis in Athens is old.", "Die Akropolis in Athen ist alt.", []),
    ("en", "fr", "The Kennedys met in Boston.", "Les Kennedy se sont réunis à Boston.", []),
    ("it", "en", "La settimana della moda a Milano è finita.", "Fashion week in Milan is over.", []),
    ("en", "de", "Joe Biden met Xi Jinping in Lima.", "Joe Biden traf Xi Jinping in Lima.", []),
])
def test_clipped_name(sl, tl, src, tgt, expected):
    got = [(f.text, f.severity.label) for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N001"]
    assert got == expected


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    # half a person's name kept, another name in the other half's slot: somebody else
    ("de", "en", "Das sagte Gemeinderätin Anna Keller am Dienstag.",
     "This was said by councillor Anna Müller on Tuesday.", [("Anna Keller", "Anna Müller")]),
    ("en", "fr", "Finance minister Rachel Reeves presented the budget.",
     "La ministre des Finances Rachel Dupont a présenté le budget.", [("Rachel Reeves", "Rachel Dupont")]),
    ("fr", "de", "Le maire Grégory Doucet a inauguré le pont.",
     "Bürgermeister Grégory Dubois hat die Brücke eingeweiht.", [("Grégory Doucet", "Grégory Dubois")]),
    # the surname alone, a title in the first name's slot, a misspelling, a compound
    ("en", "fr", "Finance minister Rachel Reeves presented the budget.",
     "La ministre des Finances Reeves a présenté le budget.", []),
    ("de", "en", "Das sagte Gemeinderätin Anna Keller am Dienstag.",
     "This was said by Councillor Keller on Tuesday.", []),
    ("en", "de", "Aung San Suu Kyi was released.", "Aung San Suu Kye wurde freigelassen.", []),
    ("en", "de", "The army entered the Swat Valley.", "Die Armee rückte ins Swat-Tal ein.", []),
])
def test_part_of_a_name_swapped(sl, tl, src, tgt, expected):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N004"]
    got = [(f.message.split("“")[1].split("”")[0], f.text) for f in fs]
    assert got == expected
    assert all(f.severity.label == "major" for f in fs)


@pytest.mark.parametrize("sl,tl,src,tgt,swapped", [
    # a clipped form that drops a letter of the opening (Kangch- ~ Kantch) is the name
    # shortened, not another name: at most the full name is reported missing, at minor
    ("de", "fr", "Flüsse wie der Arun (zwischen Makalu- und Kangchendzönga-Gruppe) oder "
     "die Tista fliessen nach Süden.", "Des fleuves comme l'Arun, entre les massifs du "
     "Makalu et du Kantch, ou la Tista coulent vers le sud.", False),
    ("en", "de", "The climbers returned from Kangchenjunga and Makalu on Monday.",
     "Die Bergsteiger kehrten am Montag vom Kantsch und vom Makalu zurück.", False),
    # same opening, letters the long name lacks: another name
    ("en", "fr", "The climbers returned from Kangchenjunga and Makalu on Monday.",
     "Les alpinistes sont revenus du Kantor et du Makalu lundi.", True),
    ("de", "fr", "Gestern sprach Hollande mit den Journalisten über Makalu.",
     "Hier, Holmes a parlé aux journalistes du Makalu.", True),
])
def test_clipped_form_is_no_swap(sl, tl, src, tgt, swapped):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code in ("N003", "N004")]
    assert any(f.code == "N004" for f in fs) == swapped
    if not swapped:
        assert all(f.severity == Severity.MINOR for f in fs)


@pytest.mark.parametrize("code", ["N001", "N002", "N003", "N004"])
def test_registry_examples(code):
    r = get_rule(code)
    assert r is not None
    assert code in codes(*r.fail, "de", "en", code)
    assert code not in codes(*r.ok, "de", "en", code)


def test_replaced_message_and_severity():
    fs = mtcheck.check_pair("US-Präsident Donald Trump schrieb auf Twitter.",
                            "US President Erwin Huber wrote on Twitter.", "de", "en",
                            config=CFG["N004"])
    assert len(fs) == 1
    f = fs[0]
    assert f.severity == Severity.CRITICAL
    assert "Donald Trump" in f.message and "Erwin Huber" in f.message
    assert f.text == "Erwin Huber"
    assert f.suggestion == "Donald Trump"


def test_near_miss_suggests_expected_form():
    fs = mtcheck.check_pair("Angela Merkel reiste nach Paris.", "Angela Merkle travelled to Paris.",
                            "de", "en", config=CFG["N001"])
    assert [f.suggestion for f in fs] == ["Merkel"]
    assert fs[0].text == "Merkle"
    assert any("source spells it Merkel" in e.note for e in fs[0].evidence)


# -- helpers -----------------------------------------------------------------------
def test_find_names_groups_and_filters():
    names = [n.text for n in find_names(
        "US-Präsident Donald Trump schrieb per Twitter, dass seine Regierung die Stürme beobachte.",
        "de", "en")]
    assert "Donald Trump" in names and "Twitter" in names
    assert not any("Regierung" in n or "Stürme" in n for n in names)
    fr = [n.text for n in find_names("Newt Gingrich, Rick Perry, le gouverneur du Texas, et "
                                     "Michele Bachmann ont terminé.", "fr", "en")]
    assert fr == ["Newt Gingrich", "Rick Perry", "Texas", "Michele Bachmann"]


def test_name_index_inflection_exonym_transliteration():
    idx = NameIndex("Trumps Regierung und die Schweiz verhandeln mit Selenskyj.", "de")
    for word, lang in (("Trump", "en"), ("Switzerland", "en"), ("Zelenskyy", "en")):
        part = find_names(word, lang, "de", all_capitalised=True)[0].parts[0]
        assert status(part, idx)[0] in ("exact", "inflected"), word
    assert fold("Genève") == "geneve" and skeleton("nawalny") == skeleton("navalny")



@pytest.mark.parametrize("text,lang,places,acronyms", [
    # a spaced abbreviation (EE. UU.) and a multiword name
    ("Los EE. UU. y Costa Rica firmaron.", "es", ["Costa Rica", "United States"], ["EE", "UU"]),
    # a title-case German acronym (Nato), an all-caps one, a two-word name
    ("Die Nato und die UNO tagten in Hong Kong.", "de", ["Hong Kong", "NATO", "United Nations"], ["UNO"]),
    # a dotted acronym before a hyphen, a mixed-case acronym, a hyphenated three-word name
    ("The U.S.-led coalition met in New York.", "en", ["New York", "United States"], ["US"]),
    ("Er traf die AfD in Papua-Neuguinea.", "de", ["Papua New Guinea"], ["AfD"]),
])
def test_name_index_entities_and_acronyms(text, lang, places, acronyms):
    # the per-word facts are cached (_index_word, _word_classes); what spans words
    # (spaced abbreviations, multiword names) still comes from the text
    from mtcheck.rules._text import exonym_name
    idx = NameIndex(text, lang)
    assert sorted(exonym_name(c) for c in idx.classes) == places
    assert sorted(idx.acronyms) == acronyms
    # the same words out of order name none of the multiword places
    assert not {exonym_name(c) for c in NameIndex("Rica Costa, Kong Hong, York New.", lang).classes} \
        & {"Costa Rica", "Hong Kong", "New York"}

def test_french_spells_sh_and_ch_sounds_its_own_way():
    # fr ch = de sch = en sh; fr tch = de tsch = en ch
    assert skeleton("schostakowitsch", "de") == skeleton("chostakovitch", "fr")
    assert skeleton("tschechow", "de") == skeleton("tchekhov", "fr") == skeleton("chekhov", "en")
    assert skeleton("chostakovitch") != skeleton("chostakovitch", "fr")  # only French reads it so


@pytest.mark.parametrize("src,sl", [
    ("Die Expedition durchquerte im Juni den Tien-Schan.", "de"),
    ("The expedition crossed the Tien Shan in June.", "en"),
])
def test_french_transliteration_is_no_missing_name(src, sl):
    tgt = "L'expédition a traversé le Tian Chan en juin."
    assert codes(src, tgt, sl, "fr", "N003") == []
    assert codes(src, tgt.replace("Tian Chan", "Pamir"), sl, "fr", "N004") == ["N004"]


# -- document level ----------------------------------------------------------------
def run(code: str, target: Document, source: Document | None, others=()) -> list:
    als = {}
    if source is not None:
        for d in [target, *others]:
            als[d.path] = one_to_one(source, d)
    ctx = CheckContext(target, source, others, als)
    return run_rules(ctx, [get_rule(code)])


SRC = ["Präsident Marek Kowalczyk hat die Mordrate gesenkt.",
       "Kowalczyk bestätigte dies auf X.",
       "Die Opposition kritisiert Kowalczyk scharf."]
PAR = ["Le président Marek Kowalczyk a fait baisser le taux d'homicides.",
       "Kowalczyk l'a confirmé sur X.",
       "L'opposition critique vivement Kowalczyk."]


def test_doc_near_miss_with_parallel_evidence():
    tgt = doc("a.en.txt", "en", "target",
              ["President Marek Kowalcyzk has reduced the murder rate.",
               "Kowalczyk confirmed this on X.",
               "The opposition sharply criticizes Kowalczyk."])
    src = doc("s.de.txt", "de", "source", SRC)
    par = doc("p.fr.txt", "fr", "parallel", PAR)
    fs = run("N001", tgt, src, [par])
    assert [(f.text, f.suggestion) for f in fs] == [("Kowalcyzk", "Kowalczyk")]
    notes = " | ".join(e.note for e in fs[0].evidence)
    assert "source spells it Kowalczyk (3×)" in notes
    assert "p.fr.txt spells it Kowalczyk (3×)" in notes
    assert "the translation spells it Kowalczyk elsewhere (2×)" in notes
    # N002 leaves it to N001 when the versions back the other spelling
    assert run("N002", tgt, src, [par]) == []
    # without any other version N002 flags the minority spelling
    alone = run("N002", tgt, None)
    assert [f.text for f in alone] == ["Kowalcyzk"]


def test_doc_missing_name_tolerates_neighbouring_bead_and_parallel():
    src = doc("s.de.txt", "de", "source", SRC)
    par = doc("p.fr.txt", "fr", "parallel", PAR)
    # the name sits one sentence later (alignment slack): not flagged
    tgt = doc("a.en.txt", "en", "target",
              ["President Marek Kowalczyk has reduced the murder rate.",
               "He confirmed this on X, said Kowalczyk.",
               "The opposition sharply criticizes Kowalczyk."])
    assert run("N003", tgt, src, [par]) == []
    # dropped everywhere in a bead while source and parallel have it: flagged
    tgt2 = doc("a.en.txt", "en", "target",
               ["The president has reduced the murder rate.",
                "He confirmed this on X.",
                "The opposition sharply criticizes him."])
    fs = run("N003", tgt2, src, [par])
    assert fs and all(f.code == "N003" for f in fs)
    assert any("p.fr.txt has" in e.note for f in fs for e in f.evidence)


@pytest.mark.parametrize("src,tgt,beads,flagged", [
    # the name two sentences on, past an insertion bead (a caption split off): alignment slack
    (["Präsident Marek Kowalczyk hat die Mordrate gesenkt.", "Das bestätigte er auf X."],
     ["The president has reduced the murder rate.", "(Photo: AP)", "Marek Kowalczyk confirmed this on X."],
     [([0], [0]), ([], [1]), ([1], [2])], False),
    # past a sentence pair, it is two sentences away: the name is missing here
    (["Präsident Marek Kowalczyk hat die Mordrate gesenkt.", "Es regnete.", "Das bestätigte er auf X."],
     ["The president has reduced the murder rate.", "It rained.", "Marek Kowalczyk confirmed this on X."],
     [([0], [0]), ([1], [1]), ([2], [2])], True),
])
def test_doc_missing_name_slack_past_null_beads(src, tgt, beads, flagged):
    s = doc("s.de.txt", "de", "source", src)
    t = doc("a.en.txt", "en", "target", tgt)
    al = {t.path: Alignment(s.path, t.path, [Bead(a, b) for a, b in beads])}
    fs = run_rules(CheckContext(t, s, (), al), [get_rule("N003")])
    assert bool(fs) == flagged, fs


# -- evidence strength: classes of false positives on human translations and real MT ---
def worst(src: str, tgt: str, sl: str, tl: str, code: str) -> Severity | None:
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG[code]) if f.code == code]
    return max((f.severity for f in fs), default=None)


def worst_of(src: str, tgt: str, sl: str, tl: str, codes: tuple[str, ...]) -> Severity:
    """The highest severity any of ``codes`` reports (NEUTRAL when none fires)."""
    return max((worst(src, tgt, sl, tl, c) or Severity.NEUTRAL for c in codes))


# (code, source lang, target lang, source, target) that must stay below major
WEAK = [
    # German capitalises every noun: common nouns are not names
    ("N003", "de", "fr", "Im Tal lag noch viel Schnee.", "Il restait beaucoup de neige dans la vallée."),
    ("N003", "de", "fr", "Der Eispickel brach am Grat.", "Le piolet se brisa sur l'arête."),
    ("N003", "de", "en", "Die Neuberechnung ergab andere Werte.", "The new calculation gave other values."),
    # names turned into adjectives or demonyms
    ("N003", "de", "fr", "Die Himalaya-Expedition brach im Mai auf.", "L'expédition himalayenne partit en mai."),
    ("N003", "de", "fr", "Die Regierung von Nepal erteilte die Bewilligung.",
     "Le gouvernement népalais accorda l'autorisation."),
    ("N003", "en", "de", "A Corsican shepherd told the story.", "Ein korsischer Hirte erzählte die Geschichte."),
    # title words of a translated name
    ("N003", "en", "de", "Physicists still study the Big Bang.", "Physiker erforschen noch immer den Urknall."),
    ("N003", "en", "de", "The Test-Ban Treaty was signed in Moscow.",
     "Der Teststoppvertrag wurde in Moskau unterzeichnet."),
    ("N003", "en", "de", "Delegates met at the Climate Summit last week.",
     "Die Delegierten trafen sich letzte Woche beim Klimagipfel."),
    # a name said by a pronoun in one sentence: weak evidence in pair mode
    ("N003", "en", "de", "China said on Monday that it would respond to the tariffs.",
     "Das Land kündigte am Montag an, auf die Zölle zu reagieren."),
    # an acronym spelled out
    ("N004", "en", "de", "The GDP of the region grew by a third.",
     "Das Bruttoinlandsprodukt der Region wuchs um ein Drittel."),
    ("N003", "en", "de", "Economists expect more QE from the central bank.",
     "Ökonomen erwarten mehr quantitative Lockerung von der Zentralbank."),
    ("N004", "en", "de", "Analysts praised the GCC states.", "Analysten lobten die Golfstaaten."),
    ("N004", "en", "de", "The IAEA board met in Vienna.", "Der IAEO-Rat tagte in Wien."),
    # a transliteration is not a replacement
    ("N004", "en", "de", "Mujahideen fighters entered the town.", "Mudschaheddin-Kämpfer rückten in die Stadt ein."),
    ("N004", "en", "de", "Prosecutors charged Tsvangirai on Friday.", "Die Staatsanwälte klagten Zwangirai am Freitag an."),
    ("N004", "de", "fr", "Der höchste Gipfel des Tien-Schan wurde vermessen.",
     "Le plus haut sommet du Tian Chan fut mesuré."),
]


@pytest.mark.parametrize("code,sl,tl,src,tgt", WEAK)
def test_weak_evidence_stays_below_major(code, sl, tl, src, tgt):
    sev = worst(src, tgt, sl, tl, code)
    assert sev is None or sev < Severity.MAJOR, sev


def test_mixed_case_acronym_is_found():
    assert worst("The AfD gained votes in Saxony.", "Die AfD gewann Stimmen in Sachsen.",
                 "en", "de", "N003") is None


def test_missing_sure_name_in_shortened_translation_is_critical():
    sev = worst("On Monday the minister met Angela Merkel in Brussels to discuss trade and tariffs.",
                "Am Montag traf der Minister jemanden.", "en", "de", "N003")
    assert sev == Severity.CRITICAL


def test_unrelated_replacement_is_not_critical():
    # the only unexplained target name is a person far from the place's slot
    fs = [f for f in mtcheck.check_pair(
        "Crowds gathered at the Berlin Wall on a cold night in November.",
        "An einem kalten Novemberabend versammelte sich die Menge, erzählt Dupont.",
        "en", "de", config=CFG["N004"]) if f.code == "N004"]
    assert all(f.severity < Severity.CRITICAL for f in fs)


def test_same_slot_replacement_is_critical():
    fs = [f for f in mtcheck.check_pair(
        "Unemployment fell sharply in Portugal last year.",
        "Die Arbeitslosigkeit sank im vergangenen Jahr in Norwegen deutlich.",
        "en", "de", config=CFG["N004"]) if f.code == "N004"]
    assert [f.severity for f in fs] == [Severity.CRITICAL]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # the place's name in the target language ends like an English demonym (-ch, -an, -ei)
    ("en", "de", "Unemployment fell sharply in Belgium last year.",
     "Die Arbeitslosigkeit sank im vergangenen Jahr in Österreich deutlich."),
    ("de", "en", "Die Regierung der Türkei kündigte am Montag Neuwahlen an.",
     "The government of Greece announced new elections on Monday."),
    ("fr", "de", "Le Liban a rejeté la proposition lundi.",
     "Syrien lehnte den Vorschlag am Montag ab."),
])
def test_a_country_named_in_the_other_language_is_a_name_not_a_demonym(sl, tl, src, tgt):
    assert worst(src, tgt, sl, tl, "N004") == Severity.CRITICAL


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # a short name close in spelling to a source word is no echo of it (Paris ~ Prince)
    ("en", "de", "Thousands of people returned to Port-au-Prince after the storm.",
     "Tausende Menschen kehrten nach dem Sturm nach Paris zurück."),
    # a place one letter from another place of the lexicon is that other place
    ("de", "en", "Der Minister reiste am Montag in den Iran.",
     "The minister travelled to Iraq on Monday."),
    ("de", "fr", "Der Minister reiste am Montag in den Iran.",
     "Le ministre s'est rendu en Irak lundi."),
])
def test_a_near_spelling_is_no_rendering_of_another_name(sl, tl, src, tgt):
    assert worst(src, tgt, sl, tl, "N004") == Severity.CRITICAL


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "de", "The choir sang odes to the leader.", "Der Chor sang Oden an den Anführer."),
    ("en", "de", "President Yeltsin resigned.", "Präsident Jelzin trat zurück."),
    ("de", "en", "Der Minister reiste am Montag in den Iran.", "The minister travelled to Iran on Monday."),
])
def test_a_one_letter_cognate_or_transliteration_still_echoes(sl, tl, src, tgt):
    assert codes(src, tgt, sl, tl, "N004") == [] and codes(src, tgt, sl, tl, "N005") == []


def test_english_demonyms_stay_adjectives_and_foreign_place_names_do_not():
    from mtcheck.rules._text import is_exonym_adjective
    assert [is_exonym_adjective(f) for f in ("haitian", "french", "iraqi", "afghan")] == [True] * 4
    assert [is_exonym_adjective(f) for f in ("frankreich", "osterreich", "turkei", "teheran",
                                             "kasachstan", "liban")] == [False] * 6


def test_acronym_replaced_by_acronym_is_flagged():
    fs = [f for f in mtcheck.check_pair("NATO troops arrived in the capital on Sunday.",
                                        "UN-Truppen trafen am Sonntag in der Hauptstadt ein.",
                                        "en", "de", config=CFG["N004"]) if f.code == "N004"]
    assert fs and max(f.severity for f in fs) >= Severity.MAJOR


def test_citation_spans_find_references_not_running_text():
    from mtcheck.rules._text import citation_spans
    text = "Sie berichtete davon (« Der Bund » 2003, S. 14) und in Bd. IV, S. 210-215."
    got = [text[a:b] for a, b in citation_spans(text)]
    assert got == ["(« Der Bund » 2003, S. 14)", "S. 210-215"]
    assert citation_spans("There were no 5 cats (and 3 dogs).") == ()
    assert citation_spans("Il l'a dit (voir Le Monde, 3 mai).") == ((11, 33),)


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("de", "fr", "Keller schrieb einen Aufsatz (,The Glacier Problem' in ,Geographical Review', "
     "Nr. 48, S. 33-41) gegen die These.",
     "Keller a publié un article (voir La Revue, mars 2001) contre la thèse."),
    ("fr", "en", "Il cite une étude (voir Revue Sismologique, no. 12, p. 45) sur le séisme.",
     "He cites a study (see Annals of Geophysics, vol. 4) on the earthquake."),
])
def test_names_of_a_reference_the_translation_recites_are_minor(sl, tl, src, tgt):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code in ("N003", "N004")]
    assert fs and all(f.severity == Severity.MINOR for f in fs)


def test_second_half_of_a_hyphenated_name_joins_the_name():
    from mtcheck.rules._text import find_names
    assert [g.text for g in find_names("Sie reisten in den Tien-Schan und zurück.", "de", "fr")] \
        == ["Tien-Schan"]
    # a common noun after the hyphen stays out (die Makalu-Gruppe)
    assert [g.text for g in find_names("Sie erreichten die Makalu-Gruppe im Mai.", "de", "fr")] \
        == ["Makalu"]


def test_a_middle_initial_keeps_the_name_together():
    from mtcheck.rules._text import find_names
    got = [g.text for g in find_names("Politicians like George W. Bush enacted it.", "en", "de")]
    assert got == ["George W. Bush"]
    got = [g.text for g in find_names("Des hommes comme John F. Kennedy l'ont dit.", "fr", "en")]
    assert "John F. Kennedy" in got or "F. Kennedy" in got or "Kennedy" in got


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "de", "AI can revolutionise the way services are delivered.",
     "KI kann die Art revolutionieren, wie Dienstleistungen erbracht werden."),
    ("en", "fr", "The GDP of the region grew by two percent.",
     "Le PIB de la région a augmenté de deux pour cent."),
])
def test_a_localised_acronym_is_not_a_swapped_name(sl, tl, src, tgt):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N004"]
    assert all(f.severity == Severity.MINOR for f in fs)


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "de", "The FBI opened an investigation into the senator.",
     "Die CIA leitete eine Untersuchung gegen den Senator ein."),
    ("en", "de", "The FBI arrested the suspect in Chicago on Monday.",
     "Die CIA verhaftete den Verdächtigen am Montag in Chicago."),
])
def test_an_acronym_swapped_for_a_known_entity_still_counts(sl, tl, src, tgt):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code in ("N003", "N004")]
    assert any(f.severity >= Severity.MAJOR for f in fs), fs


@pytest.mark.parametrize("sl,tl,src,tgt,name", [
    ("de", "en", "Eine Nachbarin hörte um Mitternacht Lärm in der Gartenstraße.",
     "A neighbour heard noise in Montreal at midnight.", "Montreal"),
    ("fr", "en", "Le ministre a visité l'usine lundi avec le directeur.",
     "The minister visited the Microsoft factory on Monday with the director.", "Microsoft"),
    ("de", "fr", "Der Bürgermeister eröffnete am Montag die neue Brücke.",
     "Le maire de Marseille a inauguré lundi le nouveau pont.", "Marseille"),
])
def test_n005_a_name_that_renders_nothing_in_the_source(sl, tl, src, tgt, name):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N005"]
    assert [f.text for f in fs] == [name] and fs[0].severity == Severity.MINOR


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("de", "en", "Eine Nachbarin hörte um Mitternacht Lärm in der Gartenstraße.",
     "A neighbour heard noise in Gartenstrasse at midnight."),
    ("fr", "en", "Le ministre a visité Genève lundi avec le directeur de l'OMS.",
     "The minister visited Geneva on Monday with the director of the WHO."),
    ("de", "fr", "Der Bürgermeister von Basel eröffnete am Montag die neue Brücke.",
     "Le maire de Bâle a inauguré lundi le nouveau pont."),
    # German capitalises every noun: in German targets N005 judges only places of the
    # lexicon, so added nouns are no names
    ("en", "de", "The mayor opened the new bridge on Monday.",
     "Der Bürgermeister eröffnete am Montag feierlich die neue Brücke."),
])
def test_n005_names_the_source_explains_are_fine(sl, tl, src, tgt):
    assert [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N005"] == []


def test_n005_in_a_document_a_name_elsewhere_in_the_source_is_fine():
    src = doc("s", "de", "source", ["Der Bürgermeister eröffnete die Brücke.", "Er kam aus Marseille."])
    tgt = doc("t", "fr", "target", ["Le maire de Marseille a inauguré le pont.", "Il venait de là."])
    assert run("N005", tgt, src) == []
    # ... but not one that no version has
    tgt = doc("t", "fr", "target", ["Le maire de Toulouse a inauguré le pont.", "Il venait de Marseille."])
    assert [f.text for f in run("N005", tgt, src)] == ["Toulouse"]


def test_a_name_as_frequent_abroad_as_at_home_is_a_name_at_the_boundary():
    # Zipf values are tenths: "Paris" (de 4.9; en/fr/es/it 4.1 or more) sits exactly on the
    # "as frequent abroad" boundary, which floating point once put just outside
    from mtcheck.rules._text import find_names
    from mtcheck.rules.names import strong
    g = find_names("Sie fuhren mit dem Zug nach Paris und zurück.", "de", "en")[0]
    assert g.text == "Paris" and strong(g, "de", "en")
    fs = [f for f in mtcheck.check_pair("Sie fuhren mit dem Zug nach Paris und zurück.",
                                        "They went by train to and back.", "de", "en") if f.code == "N003"]
    assert len(fs) == 1 and "Paris" in fs[0].message


@pytest.mark.parametrize("tl,tgt_ok,tgt_dropped", [
    ("en", "Foreign Minister Lavrov met Blinken in Geneva on Monday.",
     "The foreign minister met Blinken in Geneva on Monday."),
    ("fr", "Le ministre des Affaires étrangères Lavrov a rencontré Blinken lundi à Genève.",
     "Le ministre des Affaires étrangères a rencontré Blinken lundi à Genève."),
])
def test_a_name_german_transliterates_its_own_way_is_still_a_name(tl, tgt_ok, tgt_dropped):
    # Lawrow is frequent in German and rare abroad as written: abroad it is Lavrov
    src = "Außenminister Lawrow traf Blinken am Montag in Genf."
    assert codes(src, tgt_ok, "de", tl, "N003") == []
    assert codes(src, tgt_dropped, "de", tl, "N003") == ["N003"]


def test_respellings_do_not_make_german_nouns_names():
    from mtcheck.rules._text import namelike
    for w in ("gorbatschow", "nawalny", "tschernobyl"):
        assert namelike(w, "de", "en") and namelike(w, "de", "fr"), w
    for w in ("schock", "tisch", "schwester"):  # shock is a common English word, not a name
        assert not namelike(w, "de", "en") and not namelike(w, "de", "fr"), w


def test_a_name_written_abroad_without_its_accent_is_still_a_name():
    # "jésus" is rare in English text, "jesus" is not: the name is kept abroad
    src = "Le pape a parlé de Jésus devant la foule."
    assert codes(src, "The pope spoke of Jesus to the crowd.", "fr", "en", "N003") == []
    assert codes(src, "The pope spoke to the crowd.", "fr", "en", "N003") == ["N003"]


@pytest.mark.parametrize("sl,src,kept,dropped", [
    ("fr", "Hier, le président a reçu Bayrou à l'Élysée.",
     "Yesterday the president received Bayrou at the Élysée.", "Yesterday the president received him at the Élysée."),
    ("es", "Ayer habló el expresidente José Mujica en Montevideo.",
     "Yesterday former president José Mujica spoke in Montevideo.", "Yesterday the former president spoke in Montevideo."),
])
def test_a_name_mostly_used_at_home_is_a_name_in_romance_sources(sl, src, kept, dropped):
    assert codes(src, kept, sl, "en", "N003") == []
    assert codes(src, dropped, sl, "en", "N003") == ["N003"]


def test_capitalised_institutions_of_romance_sources_are_not_names():
    assert [g.text for g in find_names("Le texte passe devant la Chambre et le Conseil.", "fr", "en")] == []


def test_the_cheap_dotted_abbreviation_test_agrees_with_the_regex():
    import random
    from mtcheck.rules._text import _DOTTED_RE, _dotted
    rnd = random.Random(5)
    texts = ["the U.S. army", "Ph.D.", "e.g. this", "3.5.2020", ".ß.ß.", "x._.y.", "end."]
    texts += ["".join(rnd.choice("aZé.1_ .-'ß²") for _ in range(rnd.randint(0, 12))) for _ in range(20000)]
    for t in texts:
        assert _dotted(t) == bool(_DOTTED_RE.search(t)), t


# -- N006 place-swapped ------------------------------------------------------------
@pytest.mark.parametrize("sl,tl,src,tgt,placed", [
    # an adjective for an adjective, which no name check sees
    ("de", "en", "Heute dominieren Frauen die afrikanische Landwirtschaft.",
     "Today, women dominate Chinese agriculture.", "Chinese"),
    ("en", "de", "Today, women dominate African agriculture.",
     "Heute dominieren Frauen die chinesische Landwirtschaft.", "chinesische"),
    # a second mention of a place the sentence already has, put for another
    ("en", "de", "Aid will help Kenya, but fraud must not stop aid to Kenya.",
     "Hilfe wird Portugal helfen, aber Betrug darf die Hilfe für Kenia nicht stoppen.", "Portugal"),
    ("fr", "de", "Le gouvernement marocain a signé l'accord.",
     "Die tunesische Regierung hat das Abkommen unterzeichnet.", "tunesische"),
])
def test_n006_a_place_put_for_another(sl, tl, src, tgt, placed):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG["N006"]) if f.code == "N006"]
    assert [tgt[f.span[0]:f.span[1]] for f in fs] == [placed]
    assert fs[0].severity == Severity.MAJOR


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "de", "Today, women dominate African agriculture.",
     "Heute dominieren Frauen die afrikanische Landwirtschaft."),
    # a region for its part, a union for its continent: related, no swap
    ("en", "de", "Poverty fell in Sub-Saharan Africa.", "Die Armut sank in Afrika."),
    ("de", "en", "Die EU verhängte Zölle.", "Europe imposed tariffs."),
    # a people or faith is no place
    ("en", "de", "Many Jews left Poland.", "Viele Muslime verließen Polen."),
    # a compound or an adjective the lexicon lacks still echoes the place
    ("de", "fr", "Die Expedition erreichte Innerasien.", "L'expédition atteignit l'Asie centrale."),
    # a country in a currency's name names no place
    ("en", "de", "Greece spent $400 billion.", "Griechenland gab 400 Milliarden US-Dollar aus."),
    # an acronym the translation spells out may hold a place's adjective
    ("de", "fr", "Die SSAF leitete die Expedition in den Himalaya.",
     "La Fondation suisse pour explorations alpines dirigea l'expédition."),
])
def test_n006_rewordings_are_no_swap(sl, tl, src, tgt):
    assert codes(src, tgt, sl, tl, "N006") == []


def test_n006_leaves_swaps_n004_reports_to_it():
    src, tgt = "Unemployment fell sharply in Belgium last year.", \
        "Die Arbeitslosigkeit sank im vergangenen Jahr in Österreich deutlich."
    assert codes(src, tgt, "en", "de", "N004") == ["N004"]
    both = [f.code for f in mtcheck.check_pair(src, tgt, "en", "de",
                                               config=Config(select=["N004", "N006"]))]
    assert both == ["N004"]


def test_n006_in_a_document_needs_the_new_place_absent_from_the_whole_source():
    src_s = ["Die Dürre trifft das Land hart.", "Die kenianische Regierung bittet um Hilfe.",
             "Auch Äthiopien leidet unter der Dürre."]
    tgt_s = ["The drought hits the country hard.", "The Portuguese government asks for help.",
             "Ethiopia too suffers from the drought."]
    src = doc("s.de.txt", "de", "source", src_s)
    tgt = doc("t.en.txt", "en", "target", tgt_s)
    assert run("N004", tgt, src) == []  # no name check sees an adjective swapped
    assert [f.text for f in run("N006", tgt, src)] == ["Portuguese"]
    # the source names Portugal elsewhere: the mention may have moved, no swap
    src2 = doc("s.de.txt", "de", "source", src_s[:2] + ["Auch Portugal leidet unter der Dürre."])
    tgt2 = doc("t.en.txt", "en", "target", tgt_s[:2] + ["Portugal too suffers from the drought."])
    assert run("N006", tgt2, src2) == []


def test_n006_grades_a_swap_n004_can_only_call_minor():
    # N004 sees a weak name (a demonym) go; both sides are places of the lexicon
    src = "The talks were held with Egyptian officials on Monday."
    tgt = "Die Gespräche wurden am Montag mit Beamten aus Australien geführt."
    fs = mtcheck.check_pair(src, tgt, "en", "de", config=Config(select=["N004", "N006"]))
    assert [(f.code, f.severity) for f in fs] == [("N004", Severity.MINOR), ("N006", Severity.MAJOR)]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # a capital standing for its government, rendered by the country (data/names/metonyms.txt)
    ("en", "de", "The treaty was signed with Tokyo's approval.",
     "Der Vertrag wurde mit japanischer Zustimmung unterzeichnet."),
    ("de", "fr", "Die Diplomatin wurde von ihren Vorgesetzten in Kopenhagen zurückgerufen.",
     "La diplomate a été rappelée par ses supérieurs au Danemark."),
    # a state for its predecessor, an alliance for its bloc
    ("en", "de", "The Soviets feared betrayal.", "Die Russen fürchteten Verrat."),
    ("en", "de", "Dissidents were jailed across the Soviet bloc.",
     "Dissidenten wurden im ganzen Warschauer Pakt inhaftiert."),
    # a people named for a region, the eurozone for Europe
    ("en", "de", "A third of the voters are Hispanic.",
     "Ein Drittel der Wähler ist lateinamerikanischer Herkunft."),
    ("en", "de", "Farmers across the eurozone (Spain, Italy, Portugal) want help.",
     "Bauern in ganz Europa (Spanien, Italien) wollen Hilfe."),
])
def test_n006_metonyms_and_group_names_are_no_swap(sl, tl, src, tgt):
    assert codes(src, tgt, sl, tl, "N006") == []


@pytest.mark.parametrize("sl,tl,src,tgt,placed", [
    # a capital for another country is still a swap
    ("en", "de", "The treaty was signed with Tokyo's approval.",
     "Der Vertrag wurde mit koreanischer Zustimmung unterzeichnet.", "koreanischer"),
    ("en", "fr", "The treaty was signed with Copenhagen's approval.",
     "Le traité a été signé avec l'accord norvégien.", "norvégien"),
    # a capital in a dateline names the place of writing, not a government
    ("en", "de", "ROME – Watching the election results in Italy, I felt relief.",
     "Italien – Als ich die Wahlergebnisse in Italien sah, war ich erleichtert.", "Italien"),
    ("en", "de", "A third of the voters are Hispanic.",
     "Ein Drittel der Wähler ist afrikanischer Herkunft.", "afrikanischer"),
])
def test_n006_metonym_limits(sl, tl, src, tgt, placed):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG["N006"]) if f.code == "N006"]
    assert [tgt[f.span[0]:f.span[1]] for f in fs] == [placed]


@pytest.mark.parametrize("sl,tl,src,tgt,sev", [
    # the capital gone, its country there: the government is still named
    ("en", "fr", "The treaty was signed with Copenhagen's approval.",
     "Le traité a été signé avec l'accord danois.", Severity.MINOR),
    ("de", "en", "Der Vertrag wurde mit Moskaus Zustimmung unterzeichnet.",
     "The treaty was signed with Russian approval.", Severity.MINOR),
    # the capital gone, nothing in its place
    ("en", "fr", "The treaty was signed with Copenhagen's approval in the end.",
     "Le traité a été signé.", Severity.CRITICAL),
])
def test_n003_a_capital_rendered_by_its_country(sl, tl, src, tgt, sev):
    assert worst(src, tgt, sl, tl, "N003") == sev


def test_metonym_entities_both_ways():
    from mtcheck.rules._text import exonym_classes, metonym_entities
    moscow, russia = next(iter(exonym_classes("moscow"))), next(iter(exonym_classes("russia")))
    poland = next(iter(exonym_classes("poland")))
    assert metonym_entities(moscow, russia) and metonym_entities(russia, moscow)
    assert not metonym_entities(moscow, poland)


LONG_EN = ("The festival in Lugano, Switzerland, will show films about rivers and glaciers "
           "and will invite schools from the whole region to join the programme.")
LONG_DE = ("Das Festival in Lugano (Schweiz) zeigt Filme über Flüsse und Gletscher und lädt "
           "Schulen aus der ganzen Region ein, am Programm teilzunehmen.")


@pytest.mark.parametrize("sl,tl,src,tgt,sev", [
    # the country qualifying a city the translation keeps: no referent is lost
    ("en", "de", LONG_EN, "Das Festival in Lugano zeigt Filme über Flüsse.", Severity.MINOR),
    ("de", "en", LONG_DE, "The festival in Lugano shows films about rivers.", Severity.MINOR),
    # the city gone too: the place is missing
    ("en", "de", LONG_EN, "Das Festival zeigt Filme über Flüsse.", Severity.CRITICAL),
    ("de", "en", LONG_DE, "The festival shows films about rivers.", Severity.CRITICAL),
])
def test_n003_a_dropped_qualifier_of_a_kept_place_is_minor(sl, tl, src, tgt, sev):
    assert worst(src, tgt, sl, tl, "N003") == sev


@pytest.mark.parametrize("sl,tl,src,tgt,sev", [
    # one entity for a related one: a rewording, not a swap
    ("en", "de", "Europe must act now on migration.",
     "Die EU muss jetzt in der Migrationsfrage handeln.", Severity.MINOR),
    ("de", "fr", "Die EU muss jetzt handeln.", "L'Europe doit agir maintenant.", Severity.MINOR),
    # a shared word does not make two entities related
    ("en", "de", "The United Nations condemned the attack.",
     "Die Vereinigten Staaten verurteilten den Angriff.", Severity.CRITICAL),
])
def test_n004_related_places_are_a_rewording_not_a_swap(sl, tl, src, tgt, sev):
    assert worst(src, tgt, sl, tl, "N004") == sev


def test_related_and_kindred_entities():
    from mtcheck.rules._text import kindred_entities, related_entities, exonym_classes
    eu, europe = next(iter(exonym_classes("eu", "EU"))), next(iter(exonym_classes("europe")))
    un, us = next(iter(exonym_classes("un", "UN"))), next(iter(exonym_classes("usa", "USA")))
    assert related_entities(eu, europe) and not related_entities(un, us)
    assert kindred_entities(un, us)  # they share "united": N006 leaves such pairs alone


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # a title word the target borrows (Navy, Framework) but most languages use much less
    # than English: a translated word, not a swapped name
    ("en", "de", "On the Day of the Army and Navy, veterans marched.",
     "Am Tag der Armee und Marine marschierten Veteranen."),
    ("en", "es", "On the Day of the Army and Navy, veterans marched.",
     "En el Día del Ejército y Armada, los veteranos desfilaron."),
    ("en", "fr", "The report of the Framework was read aloud.", "Le rapport de Genève fut lu à voix haute."),
])
def test_n004_a_translated_title_word_is_no_swapped_name(sl, tl, src, tgt):
    sev = worst(src, tgt, sl, tl, "N004")
    assert sev is None or sev < Severity.MAJOR, sev


@pytest.mark.parametrize("tl,tgt", [
    ("de", "Die Delegation reiste nach Weißrussland."),
    ("fr", "La délégation s'est rendue en Biélorussie."),
])
def test_an_older_english_name_of_a_country_is_no_swap(tl, tgt):
    src = "The delegation travelled to Byelorussia."
    assert codes(src, tgt, "en", tl, "N004") == [] and codes(src, tgt, "en", tl, "N003") == []


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # historical states, regions, seas and renamed cities: each language's own name
    ("en", "de", "After the war, Yugoslavia and Czechoslovakia traded with Prussia's heirs.",
     "Nach dem Krieg handelten Jugoslawien und die Tschechoslowakei mit den Erben Preußens."),
    ("de", "fr", "Die Flüchtlinge kamen über den Kaukasus und die Ägäis.",
     "Les réfugiés sont arrivés par le Caucase et la mer Égée."),
    ("en", "de", "Bridges in Milford Haven, Wales, failed.", "Brücken im walisischen Milford Haven versagten."),
    ("en", "de", "BENGALURU – Resources are limited.", "BANGALORE – Die Ressourcen sind begrenzt."),
    ("en", "de", "Growth in Malaysia slowed.", "Das Wachstum in Malaysien verlangsamte sich."),
    ("en", "de", "Troops are in the former Soviet republics of Georgia and Uzbekistan; Tajiks fled.",
     "Truppen stehen in den ehemaligen Sowjetrepubliken Georgien und Usbekistan; Tadschiken flohen."),
    ("fr", "de", "Les Tadjiks et les Ouzbeks ont fui vers Sébastopol.",
     "Die Tadschiken und Usbeken flohen nach Sewastopol."),
    ("en", "de", "Armenia, Azerbaijan and the entire Maghreb are partners.",
     "Armenien, Aserbeidschan und ganz Nordafrika sind Partner."),
    # the Prophet's name as each language writes it
    ("en", "de", "Muhammad’s son-in-law Ali was the rightful heir.", "Mohammeds Schwiegersohn Ali war der rechtmäßige Erbe."),
    ("fr", "de", "Le prophète Mahomet est né à La Mecque.", "Der Prophet Mohammed wurde in Mekka geboren."),
])
def test_more_exonyms_are_the_same_place(sl, tl, src, tgt):
    for code in ("N003", "N004", "N006"):
        assert codes(src, tgt, sl, tl, code) == [], code


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "de", "In battles for survival, whether in Yugoslavia or Israel, everyone sticks with his tribe.",
     "Im Kampf ums Überleben, ob in Afghanistan oder Israel, bleibt jeder seinem Stamm treu."),
    ("fr", "de", "Les réfugiés sont arrivés par le Caucase, puis ils ont gagné Vienne.",
     "Die Flüchtlinge kamen über den Balkan und gelangten dann nach Wien."),
])
def test_a_historical_state_or_region_swapped_for_another_place_is_flagged(sl, tl, src, tgt):
    sev = worst_of(src, tgt, sl, tl, ("N004", "N006"))
    assert sev >= Severity.MAJOR, sev


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "de", "Before he resigned, he presented his Russia 2020 program.",
     "Bevor er zurücktrat, stellte er sein Programm Rusland 2020 vor."),
    ("fr", "de", "Le président a visité la Géorgie hier.", "Der Präsident besuchte gestern Georgen."),
])
def test_a_misspelt_name_of_the_same_place_is_no_swap(sl, tl, src, tgt):
    # one slip from the place's own name (six letters or more): S006's case, not N003/N004
    for code in ("N003", "N004", "N006"):
        assert codes(src, tgt, sl, tl, code) == [], code


def test_a_one_letter_neighbour_that_is_another_place_is_still_a_swap():
    assert codes("The minister flew to Iran.", "Der Minister flog in den Irak.", "en", "de", "N004")


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "de", "The minister flew to Russia on Monday.", "Der Minister flog am Montag nach Weißrussland."),
    ("fr", "de", "Le ministre s'est rendu en Russie lundi.", "Der Minister reiste am Montag nach Weißrussland."),
])
def test_a_place_whose_name_contains_another_is_not_that_place(sl, tl, src, tgt):
    # Weißrussland (Belarus) contains Russland: a compound that is itself a place of the
    # lexicon names that place only
    sev = worst_of(src, tgt, sl, tl, ("N004", "N006"))
    assert sev >= Severity.MAJOR, sev


@pytest.mark.parametrize("src,tgt", [
    ("The crisis in Greece deepened.", "Die Griechenlandkrise verschärfte sich."),
    ("The minister flew to Belarus on Monday.", "Der Minister flog am Montag nach Weißrussland."),
    ("The minister flew to Korea on Monday.", "Der Minister flog am Montag nach Nordkorea."),
])
def test_a_place_inside_a_compound_or_a_related_place_still_counts(src, tgt):
    for code in ("N003", "N004", "N006"):
        assert codes(src, tgt, "en", "de", code) == [], code


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # a name the world writes one way, opening the sentence: as frequent in every other
    # big language as at home, so no common word (dropped, it is missing)
    ("en", "de", "Obama said the economy was weak.", "Er sagte, die Wirtschaft sei schwach."),
    ("fr", "en", "Charlie vient de démontrer qu'il est au sommet.", "He has just shown that he is at the top."),
])
def test_a_world_name_opening_the_sentence_is_a_name(sl, tl, src, tgt):
    assert codes(src, tgt, sl, tl, "N003")


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "de", "Obama said the economy was weak.", "Obama sagte, die Wirtschaft sei schwach."),
    # common words opening a sentence that one other language uses far less, and a
    # prefix before a hyphen: no names
    ("en", "de", "Central banks cut their rates.", "Die Zentralbanken senkten ihre Zinsen."),
    ("en", "de", "Social media are loud.", "Soziale Medien sind laut."),
    ("en", "de", "Neo-medievalism is rooted in nostalgia.", "Die Neomediävalistik wurzelt in Nostalgie."),
    ("fr", "en", "Pourtant, il est toujours en lice.", "Yet he is still in the running."),
])
def test_common_words_opening_a_sentence_are_no_names(sl, tl, src, tgt):
    for code in ("N003", "N004"):
        assert codes(src, tgt, sl, tl, code) == [], code


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # a compass point fused with a short place name (Nordirak) is that place, and peoples
    # (Kurds, Catalans) count as mentions of their region on both sides
    ("en", "de", "Turkey acts against the Kurds in northern Iraq.", "Die Türkei geht gegen die Kurden im Nordirak vor."),
    ("fr", "de", "La Turquie agit contre les Kurdes du nord de l'Irak.", "Die Türkei geht gegen die Kurden im Nordirak vor."),
    ("en", "de", "Like the Catalans or the Scots, the Kurds favour EU membership.",
     "Wie die Katalanen oder die Schotten sind die Kurden für die EU-Mitgliedschaft."),
])
def test_n006_peoples_and_compass_compounds_are_no_swap(sl, tl, src, tgt):
    assert codes(src, tgt, sl, tl, "N006") == []


@pytest.mark.parametrize("sl,tl,src,tgt,swap", [
    # German writes pronounceable acronyms in title case: Uno is the UN, Nato is NATO
    ("en", "de", "The United Nations met on Monday.", "Die Uno tagte am Montag.", False),
    ("en", "de", "The United Nations met on Monday.", "Die Nato tagte am Montag.", True),
    ("de", "en", "Die Uno tagte am Montag.", "The UN met on Monday.", False),
    ("de", "fr", "Die Uno tagte am Montag.", "L'OTAN s'est réunie lundi.", True),
    # Spanish "Uno" opening a sentence is the word "one"
    ("es", "en", "Uno de los ministros dimitió.", "One of the ministers resigned.", False),
])
def test_title_case_acronyms_in_german(sl, tl, src, tgt, swap):
    sev = worst_of(src, tgt, sl, tl, ("N003", "N004", "N006"))
    assert (sev >= Severity.MAJOR) is swap, sev


# Latin-script names in a translation written in another script: transcribed, inflected
# (Олафом Шольцем), with German sch/ch/z heard as ш/х/ц, they are the source's names
SCRIPTS = [
    ("en", "ru", "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Tuesday.",
     "Президент Эммануэль Макрон встретился с канцлером Олафом Шольцем в Берлине во вторник."),
    ("en", "uk", "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Tuesday.",
     "Президент Емманюель Макрон зустрівся з канцлером Олафом Шольцом у Берліні у вівторок."),
    ("de", "ru", "Das Treffen findet am 4. Februar in Zürich statt.", "Встреча состоится 4 февраля в Цюрихе."),
    ("de", "el", "Das Treffen findet am 4. Februar in Zürich statt.",
     "Η συνάντηση θα πραγματοποιηθεί στις 4 Φεβρουαρίου στη Ζυρίχη."),
    ("es", "ru", "El presidente Gabriel Boric habló el lunes.", "Президент Габриэль Борич выступил в понедельник."),
]


@pytest.mark.parametrize("sl,tl,src,tgt", SCRIPTS)
def test_names_transcribed_into_another_script(sl, tl, src, tgt):
    found = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith("N")]
    assert not found, [(f.code, f.message) for f in found]


def test_a_name_dropped_in_another_script_is_still_missing():
    fs = codes("President Emmanuel Macron met Chancellor Olaf Scholz.",
               "Президент Эммануэль Макрон встретился с канцлером.", "en", "ru", "N003")
    assert fs == ["N003"]


def test_source_names_are_found_whatever_the_script_of_the_target():
    # Russian spells Macron its own way, so its word list cannot vouch for the name: the
    # big Latin-script languages do, and common words stay words (Fund, Platform)
    s = "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin."
    assert [g.text for g in find_names(s, "en", "ru")] == [g.text for g in find_names(s, "en", "de")]
    assert [g.text for g in find_names("The Fund and the Platform met in Paris.", "en", "ru")] == ["Paris"]


def test_a_place_renamed_in_another_script_is_at_most_minor():
    fs = [f for f in mtcheck.check_pair("El presidente habló con Estados Unidos.",
                                        "Президент поговорил с Соединёнными Штатами.", "es", "ru")
          if f.code.startswith("N")]
    assert all(f.severity <= Severity.MINOR for f in fs), [(f.code, f.severity) for f in fs]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "el", "President Gabriel Boric spoke on Monday.", "Ο πρόεδρος Κυριάκος Μητσοτάκης μίλησε τη Δευτέρα."),
    ("en", "ru", "President Gabriel Boric spoke on Monday.", "Президент Владимир Путин выступил в понедельник."),
    ("ru", "en", "Президент Владимир Путин выступил в понедельник в Москве.",
     "President Boris Yeltsin spoke in Moscow on Monday."),
])
def test_a_name_swapped_across_scripts_is_critical(sl, tl, src, tgt):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N004"]
    assert [f.severity for f in fs] == [Severity.CRITICAL], [(f.message, f.severity) for f in fs]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("ru", "en", "Президент Владимир Путин выступил в понедельник в Москве.",
     "President Vladimir Putin spoke in Moscow on Monday."),
    ("en", "el", "The meeting is on 4 February.", "Η συνάντηση είναι στις 4 Φεβρουαρίου."),
])
def test_transcribed_names_and_capitalised_months_are_no_finding(sl, tl, src, tgt):
    found = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith("N")]
    assert not found, [(f.code, f.message) for f in found]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # Slavic c heard as ts (Boric ~ Μπόριτς), and places the lexicon cannot spell in the
    # source's language or script (Німеччини, Γερμανίας, ABD ~ Germany, United States)
    ("el", "en", "Ο πρόεδρος Γκαμπριέλ Μπόριτς μίλησε.", "President Gabriel Boric spoke."),
    ("uk", "en", "Економіка Німеччини скоротилася.", "Germany's economy shrank."),
    ("tr", "en", "Başkan, ABD'den 1.000 mahkum alacağını söyledi.", "The president said he would take 1,000 prisoners from the United States."),
    ("pl", "en", "Prezydent przyjmie więźniów ze Stanów Zjednoczonych.", "The president will take prisoners from the United States."),
    # a source in a script mtcheck cannot read back: no name can be shown to be added
    ("zh", "en", "加夫列尔·博里奇总统表示，智利将接收囚犯。", "President Gabriel Boric said Chile would take in prisoners."),
    ("ja", "en", "ガブリエル・ボリッチ大統領は、チリが囚人を受け入れると述べた。", "President Gabriel Boric said Chile would take in prisoners."),
])
def test_names_out_of_other_languages_and_scripts_are_no_major_finding(sl, tl, src, tgt):
    found = [f for f in mtcheck.check_pair(src, tgt, sl, tl)
             if f.code.startswith("N") and (f.severity >= Severity.MAJOR or f.code == "N005")]
    assert not found, [(f.code, f.severity, f.message) for f in found]


def test_lexicon_inflection_takes_name_endings_only():
    from mtcheck.rules._text import exonym_classes
    # plural, case, gender and demonym endings after a lexicon form
    for w in ("deutschlands", "europaer", "allemande", "tedeschi", "canadienne", "milanesi", "russes"):
        assert exonym_classes(w), w
    # other words that merely start like one (Inde, Ande, Gent, Artico, Roman)
    for w in ("indeed", "index", "andere", "gently", "articolo", "romanzo", "levantar", "viennent"):
        assert not exonym_classes(w), w


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # between two scripts other than Latin, and into one mtcheck cannot read back
    ("el", "ru", "Ο πρόεδρος Γκαμπριέλ Μπόριτς μίλησε.", "Президент Габриэль Борич выступил."),
    ("uk", "el", "Президент Габріель Борич виступив у Вісбадені.", "Ο πρόεδρος Γκαμπριέλ Μπόριτς μίλησε στο Βισμπάντεν."),
    ("el", "ja", "Ο πρόεδρος μίλησε στη Μανίλα.", "大統領はマニラで演説した。"),
    # Turkish İ lower-cases to i and a combining dot: İşsizlik is a word, not a name
    ("tr", "fr", "İşsizlik mart ayında düştü.", "Le chômage a baissé en mars."),
])
def test_names_between_other_scripts_are_at_most_minor(sl, tl, src, tgt):
    found = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith("N") and f.severity >= Severity.MAJOR]
    assert not found, [(f.code, f.severity, f.message) for f in found]


def test_doc_place_in_a_language_the_lexicon_does_not_spell():
    src = doc("s.en.txt", "en", "source",
              ["Coffee now costs more than 12 euros in Vienna, officials said.",
               "Prices rose by 38 percent last year."])
    par = doc("p.pt.txt", "pt", "parallel",
              ["O café custa agora mais de 12 euros em Viena, disseram as autoridades.",
               "Os preços subiram 38 por cento no ano passado."])
    # Dutch Wenen: no lexicon form, but a capitalised word the source lacks stands there
    kept = doc("a.nl.txt", "nl", "target",
               ["Koffie kost in Wenen nu meer dan 12 euro, zeiden functionarissen.",
                "De prijzen stegen vorig jaar met 38 procent."])
    assert all(f.severity <= Severity.MINOR for f in run("N003", kept, src, [par]))
    # the place dropped: still reported above minor
    dropped = doc("a.nl.txt", "nl", "target",
                  ["Koffie kost nu meer dan 12 euro, zeiden functionarissen.",
                   "De prijzen stegen vorig jaar met 38 procent."])
    fs = run("N003", dropped, src, [par])
    assert fs and max(f.severity for f in fs) >= Severity.MAJOR


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("ko", "el", "키어 스타머 총리는 금요일 런던에서 연설했다.", "Ο πρωθυπουργός Κιρ Στάρμερ μίλησε την Παρασκευή στο Λονδίνο."),
    ("ar", "ru", "التقى رئيس الوزراء كير ستارمر في لندن.", "Премьер-министр Кир Стармер встретился в Лондоне."),
])
def test_no_added_name_between_two_scripts_mtcheck_cannot_relate(sl, tl, src, tgt):
    assert codes(src, tgt, sl, tl, "N005") == []


# -- a multiword exonym inside a longer name group is one mention (hN1) ------------------

@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "es", "The Pope visited Mexico City and Havana.", "El papa visitó Ciudad de México y La Habana."),
    ("de", "es", "Der Papst besuchte Mexiko-Stadt und Havanna.", "El papa visitó Ciudad de México y La Habana."),
    ("fr", "es", "Le pape a visité Mexico et La Havane.", "El papa visitó Ciudad de México y La Habana."),
])
def test_n006_multiword_exonym_joined_to_another_name_is_no_swap(sl, tl, src, tgt):
    assert codes(src, tgt, sl, tl, "N006") == []


@pytest.mark.parametrize("text,lang,other", [
    ("El papa visitó México y La Habana.", "es", "en"),
    ("Il papa visitò il Messico e La Habana.", "it", "en"),
])
def test_place_mentions_counts_a_multiword_exonym_once(text, lang, other):
    from collections import Counter
    from mtcheck.rules._text import place_mentions, entity_name
    counts = Counter(entity_name(k) for k, _s, _e in place_mentions(text, lang, other))
    assert counts["Havana"] == 1, counts


# -- Dutch capitalises names, not nouns: a city known mostly at home is a name (hN1) -----

@pytest.mark.parametrize("sl,tl,src,tgt,flagged", [
    ("nl", "en", "De fabriek in Eindhoven sluit volgend jaar de deuren.",
     "The factory in Rotterdam will close its doors next year.", True),
    ("nl", "fr", "De fabriek in Eindhoven sluit volgend jaar de deuren.",
     "L'usine de Rotterdam fermera ses portes l'an prochain.", True),
    ("nl", "en", "De fabriek in Eindhoven sluit volgend jaar de deuren.",
     "The factory in Eindhoven will close its doors next year.", False),
    ("nl", "fr", "De fabriek in Eindhoven sluit volgend jaar de deuren.",
     "L'usine d'Eindhoven fermera ses portes l'an prochain.", False),
    # common nouns capitalised in a title stay no names
    ("nl", "en", "De Tweede Kamer stemde in met het voorstel van de Koning.",
     "The House of Representatives agreed to the King's proposal.", False),
])
def test_n004_dutch_home_place_replaced(sl, tl, src, tgt, flagged):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code in ("N003", "N004", "N006")
          and f.severity >= Severity.MAJOR]
    assert bool(fs) == flagged, [(f.code, f.severity, f.message) for f in fs]


@pytest.mark.parametrize("sl,tl,src,tgt,place", [
    # a place of the lexicon the source does not name, added in a German or French target
    ("en", "de", "The mayor opened the new bridge on Monday.",
     "Der Bürgermeister von Singapur eröffnete am Montag die neue Brücke.", "Singapur"),
    ("en", "fr", "The minister met the unions in Lyon.", "Le ministre a rencontré les syndicats à Lyon et à Paris.",
     "Paris"),
])
def test_n005_an_added_place(sl, tl, src, tgt, place):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N005"]
    assert [f.text for f in fs] == [place] and fs[0].severity == Severity.MINOR


@pytest.mark.parametrize("sl,tl,src,tgt,code,sev", [
    # Portuguese and Dutch forms of the lexicon: a swapped or dropped place is seen
    ("pt", "en", "O presidente viajou ontem para Pequim.", "The president travelled to Tokyo yesterday.", "N006", "major"),
    ("nl", "en", "De minister reisde gisteren naar Duitsland.", "The minister travelled to France yesterday.", "N006", "major"),
    ("en", "pt", "The president flew to Beijing on Monday.", "O presidente voou para Tóquio na segunda-feira.", "N004", None),
    ("en", "nl", "The minister flew to London on Monday.", "De minister vloog maandag naar Parijs.", "N004", None),
    # home places frequent in their own language are still names (Valencia, Utrecht)
    ("es", "en", "El alcalde de Valencia inauguró el puente.", "The mayor of Barcelona opened the bridge.", "N004", None),
    ("nl", "en", "De burgemeester van Utrecht opende de brug.", "The mayor of Rotterdam opened the bridge.", "N004", None),
])
def test_pt_nl_and_home_places_swapped(sl, tl, src, tgt, code, sev):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]
    assert fs, [(f.code, f.severity.label) for f in mtcheck.check_pair(src, tgt, sl, tl)]
    assert fs[0].severity >= Severity.MAJOR
    if sev:
        assert fs[0].severity.label == sev


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # correct Portuguese and Dutch renderings of places, and historical names in the target's form
    ("en", "pt", "The president flew to Beijing and Berlin.", "O presidente voou para Pequim e Berlim."),
    ("en", "nl", "The minister visited Cologne, Paris and London.", "De minister bezocht Keulen, Parijs en Londen."),
    ("pt", "en", "A Alemanha e os Estados Unidos assinaram o acordo em Nova Iorque.",
     "Germany and the United States signed the agreement in New York."),
    ("es", "en", "Cristóbal Colón llegó a América en 1492.", "Christopher Columbus reached America in 1492."),
    ("it", "en", "Il re Carlo ha parlato al Parlamento.", "King Charles spoke to Parliament."),
])
def test_pt_nl_and_historical_names_rendered(sl, tl, src, tgt):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith("N")]
    assert fs == [], [(f.code, f.severity.label, f.message) for f in fs]


@pytest.mark.parametrize("sl,tl,src,tgt,flag", [
    # an agency dateline opening the text is page furniture a translation may drop
    ("en", "de", "BERLIN – Twenty-five years after the disaster at Chernobyl, the crisis goes on.",
     "Fünfundzwanzig Jahre nach der Katastrophe von Tschernobyl geht die Krise weiter.", False),
    ("en", "fr", "PARIS (AFP) - The minister resigned on Monday after weeks of pressure.",
     "Le ministre a démissionné lundi après des semaines de pression.", False),
    # the same place inside the sentence is the text's own
    ("en", "de", "In Berlin, twenty-five years after the disaster at Chernobyl, the crisis goes on.",
     "Fünfundzwanzig Jahre nach der Katastrophe von Tschernobyl geht die Krise weiter.", True),
])
def test_n003_dateline_is_furniture(sl, tl, src, tgt, flag):
    assert bool([f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N003"]) == flag


@pytest.mark.parametrize("src, tgt, sl, tl", [
    ("Es war minus zehn Grad.", "It was 14 degrees Fahrenheit.", "de", "en"),
    ("Es war 30 Grad Celsius.", "It was 86 degrees Fahrenheit.", "de", "en"),
    ("Il faisait moins dix degrés.", "It was 14 degrees Fahrenheit.", "fr", "en"),
    ("It was 86 degrees Fahrenheit.", "Es war 30 Grad Celsius.", "en", "de"),
])
def test_temperature_scales_are_units_not_names(src, tgt, sl, tl):
    """'zehn Grad', 'degrees Fahrenheit': a unit after a figure or a number word, no name
    missing, replaced or added (the value is D001's business)."""
    found = mtcheck.check_pair(src, tgt, sl, tl)
    assert [f.code for f in found if f.code.startswith("N")] == []


def test_a_place_beside_a_temperature_is_still_an_added_name():
    found = mtcheck.check_pair("Hacía diez grados.", "It was 50 degrees Fahrenheit in Madrid.", "es", "en")
    assert [(f.code, f.text) for f in found if f.code.startswith("N")] == [("N005", "Madrid")]


@pytest.mark.parametrize("tgt, tl", [
    ("The police arrested the man. Photo: Reuters/John Smith", "en"),
    ("La policía detuvo al hombre. Foto: EFE/Juan Pérez", "es"),
])
def test_agency_in_a_glued_credit_is_no_added_name(tgt, tl):
    found = mtcheck.check_pair("Die Polizei nahm den Mann fest.", tgt, "de", tl)
    assert "F002" in [f.code for f in found]
    assert "N005" not in [f.code for f in found]


# ----------------------------------------------------------------------------------
# N004 precision: a source word translated, or a name written another way, is no swap
# ----------------------------------------------------------------------------------
def _n(src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity.label, f.message) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code.startswith("N")]


def _n004_worst(src: str, tgt: str, sl: str, tl: str) -> Severity | None:
    sevs = [f.severity for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N004"]
    return max(sevs) if sevs else None


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # a capitalised common word of a title (League, Union) for a frequent capitalised word
    # of the translation: the word translated, not a name swapped
    ("en", "de", "The regime fears the National League for Justice, which won the vote.",
     "Das Regime fürchtet die Nationale Liga für Gerechtigkeit, die die Wahl gewann."),
    # a people, faith or term of the lexicon reworded, against a common noun of the target
    ("en", "de", "Christian charities say the drug is harmful.", "Kirchliche Hilfswerke sagen, die Droge sei Gift."),
    # a source acronym spelled out in the source, the translation's own acronym for it
    ("en", "de", "The Regional Aviation Board (RAB) criticised the budget.",
     "Der Regionale Luftfahrtausschuss (BAG) kritisierte den Haushalt."),
])
def test_n004_a_rendered_title_word_term_or_acronym_is_at_most_minor(sl, tl, src, tgt):
    assert _n004_worst(src, tgt, sl, tl) == Severity.MINOR, _n(src, tgt, sl, tl)


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # names the world writes one way are no title words (Trump, Cameron)
    ("en", "de", "Trump met the president of the Red Cross.", "Merkel traf den Präsidenten des Roten Kreuzes."),
    ("en", "de", "Obama met Cameron in London.", "Obama traf Merkel in London."),
    # a people for another people of the lexicon stays a swap
    ("en", "de", "The Central Office found that most Muslims trust the courts.",
     "Das Statistikamt fand, dass die meisten Juden den Gerichten vertrauen."),
    # acronyms: not spelled out in the source; or the translation spells out (in the
    # source's language) another one or the source's own around another acronym
    ("en", "de", "The RAB criticised the budget.", "Der BAG kritisierte den Haushalt."),
    ("en", "de", "The Federal Bureau of Investigation (FBI) criticised the budget.",
     "Die Central Intelligence Agency (CIA) kritisierte den Haushalt."),
    ("en", "de", "The Federal Bureau of Investigation (FBI) criticised the budget.",
     "Das Federal Bureau of Investigation (CIA) kritisierte den Haushalt."),
    # a name of the same kind replacing a misspelt or derived one is still another name
    ("en", "de", "The prisoners came from many places (Tuaerg, Berber, Fulani).",
     "Die Gefangenen kamen von vielen Orten (Kurden, Berber, Fulani)."),
    ("en", "de", "A submarine based in Murmansk was rescued.", "Ein U-Boot aus Archangelsk wurde gerettet."),
])
def test_n004_real_swaps_stay_critical(sl, tl, src, tgt):
    assert _n004_worst(src, tgt, sl, tl) == Severity.CRITICAL, _n(src, tgt, sl, tl)


def test_n004_a_person_of_the_lexicon_for_another_person_stays_major():
    # the persons section is no term section: Mohammed for another man is a swap
    src, tgt = "Das Buch erzählt von Mohammeds Reise nach Medina.", "The book tells of Paul Gogol's journey to Medina."
    assert _n004_worst(src, tgt, "de", "en") == Severity.MAJOR, _n(src, tgt, "de", "en")


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # a derivation of a name (German -isierung, Dutch -isering, Swedish -iseringen)
    ("en", "de", "Critics warned against the Putinization of the media.",
     "Kritiker warnten vor der Putinisierung der Medien."),
    ("en", "nl", "Critics warned against the Putinization of the media.",
     "Critici waarschuwden voor de Putinisering van de media."),
    ("en", "sv", "Critics warned against the Putinization of the media.",
     "Kritiker varnade för Putiniseringen av medierna."),
    # the head of a compound name, a misspelt name with its letters in another order, and
    # a name glued to the next word as in the source
    ("en", "de", "He was paid in Reichsmark until the end of the war.", "Er wurde bis Kriegsende in Mark bezahlt."),
    ("en", "de", "The prisoners came from many places (Tuaerg, Berber, Fulani).",
     "Die Gefangenen kamen von vielen Orten (Tuaregs, Berber, Fulani)."),
    ("en", "de", "The agency APreported that the talks failed.",
     "Die Agentur APmeldete, dass die Gespräche scheiterten."),
    # an acronym the translation writes out (also with stops: L.A.)
    ("en", "de", "The NRA opposed the law.", "Die National Rifle Association lehnte das Gesetz ab."),
    ("en", "fr", "The NRA opposed the law.", "La National Rifle Association s'est opposée à la loi."),
    ("en", "de", "Prosecutors in L.A. said the baby was found dead.",
     "Die Staatsanwaltschaft in Los Angeles sagte, das Baby sei tot aufgefunden worden."),
    ("en", "fr", "Prosecutors in L.A. said the baby was found dead.",
     "Le parquet de Los Angeles a déclaré que le bébé avait été retrouvé mort."),
    # lexicon renderings: Mittlerer Osten, Nordpol, Spitzbergen, Juden ~ Jews; a compass
    # adjective is no inflection of Easter
    ("en", "de", "Oil from the Middle East reached Rotterdam.", "Öl aus dem Mittleren Osten erreichte Rotterdam."),
    ("en", "de", "The expedition reached the North Pole in April.", "Die Expedition erreichte im April den Nordpol."),
    ("en", "fr", "The expedition reached the North Pole in April.", "L'expédition a atteint le pôle Nord en avril."),
    ("en", "de", "Fishing boats sail from Svalbard every spring.", "Fischerboote fahren jeden Frühling von Spitzbergen aus."),
    ("en", "de", "The Central Office found that most Jews trust the courts.",
     "Das Statistikamt fand, dass die meisten Juden den Gerichten vertrauen."),
    ("en", "de", "Wages in Eastern and Western Europe differ.", "Die Löhne in Ost- und Westeuropa unterscheiden sich."),
    ("en", "de", "Eastern philosophy values harmony.", "Östliche Philosophie schätzt die Harmonie."),
])
def test_a_name_written_another_way_is_no_finding(sl, tl, src, tgt):
    assert _n(src, tgt, sl, tl) == []


def test_a_derived_name_for_another_is_still_missing():
    src, tgt = "Critics warned against the Putinization of the media.", "Kritiker warnten vor der Berlusconisierung der Medien."
    assert [c for c, _, _ in _n(src, tgt, "en", "de")] == ["N003"]


def test_an_acronym_given_in_brackets_stays_in_the_translation():
    # the source writes the words and the acronym: words alone in the translation lose it
    src = "Er leitete die nationale Sicherheitsbehörde (NSA) zwei Jahre lang."
    tgt = "He headed the National Security Agency for two years."
    assert [(c, s) for c, s, _ in _n(src, tgt, "de", "en")] == [("N003", "minor")]


def test_the_noun_of_a_one_letter_compound_is_no_name():
    # U-Boots is a submarine's, not a name in the slot of the dropped Murmansk
    src, tgt = "The crew of a submarine based in Murmansk was rescued.", "Die Besatzung eines U-Boots wurde gerettet."
    found = _n(src, tgt, "en", "de")
    assert [c for c, _, _ in found] == ["N003"] and "Murmansk" in found[0][2]


def test_a_name_chooses_its_counterpart_before_a_title_word():
    # Plan (a title word) and Hezbollah are both missing: the name takes the slot
    src, tgt = "The Peace Plan was rejected by Hezbollah last week.", "Der Friedensplan wurde letzte Woche von Hamas abgelehnt."
    assert _n(src, tgt, "en", "de") == [("N004", "critical", "source “Hezbollah” rendered as “Hamas”")]


def test_lexicon_jews_middle_east_and_compass_adjectives():
    from mtcheck.rules._text import exonym_classes, exonym_name
    assert [exonym_name(c) for c in exonym_classes("jews")] == ["Jew"]
    assert [exonym_name(c) for c in exonym_classes("mittlerenosten")] == ["Middle East"]
    assert [exonym_name(c) for c in exonym_classes("easter")] == ["Easter"]
    assert exonym_classes("eastern") == frozenset() and exonym_classes("southwestern") == frozenset()


def test_exonym_lookups_of_words_and_compounds() -> None:
    # a form, its inflections and its other languages' forms name one entity; a word no
    # lexicon form opens names none (the look-up skips it at its first four letters)
    from mtcheck.rules._text import exonym_classes, exonym_in_compound
    germany = exonym_classes("deutschland")
    assert germany and exonym_classes("deutschlands") == germany
    assert exonym_classes("germany") == exonym_classes("germans") == germany
    assert exonym_classes("allemagne") == exonym_classes("allemande") == germany
    assert exonym_classes("haustuer") == frozenset() and exonym_classes("zaun") == frozenset()
    # inside a German compound: at its start (Deutschlandreise) or its end (Nordirak)
    assert exonym_in_compound("deutschlandreise") == germany
    assert exonym_in_compound("griechenlandkrise") == exonym_classes("griechenland") != frozenset()
    assert exonym_in_compound("nordirak") == exonym_classes("irak") != frozenset()
    assert exonym_in_compound("haustuerschloss") == frozenset()


def test_skeleton_steps() -> None:
    # sch, w, z, h and doubled letters (Schwarzenegger); tsch ~ ch, kh ~ ch (Tschaikowsky)
    assert skeleton("schwarzenegger") == "svarseneger"
    assert skeleton("mohammed") == skeleton("mohamed") == "moamed"
    assert skeleton("tschaikowsky") == "kaikovski"
    assert skeleton("philippe") == skeleton("filipe")


# -- session 16: precision of the name rules (written for mtcheck, not from eval data) --

def _n_findings(src: str, tgt: str, sl: str, tl: str, *codes_: str) -> list[tuple[str, str]]:
    return [(f.code, f.severity.label) for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code in codes_]


@pytest.mark.parametrize("sl,tl,src,tgt,flagged", [
    # a place put in the slot of another: a swap
    ("en", "de", "Spain's exports grew faster than those of France last year.",
     "Frankreichs Exporte wuchsen im letzten Jahr schneller als die Frankreichs.", True),
    ("fr", "en", "Le Japon exporte désormais plus de voitures que la Chine.",
     "China now exports more cars than China.", True),
    # a place the source names, named again for a pronoun far from where the dropped
    # place stood: a repeat and an omission, no swap
    ("en", "de", "Talks with Iran over its nuclear programme will be debated for months "
     "before the vote in the US Congress.",
     "Die Gespräche mit dem Iran über das iranische Atomprogramm werden monatelang vor der "
     "Abstimmung im Kongress debattiert.", False),
    ("fr", "en", "Les négociations avec l'Iran sur son programme nucléaire seront débattues "
     "pendant des mois avant le vote du Congrès américain.",
     "The talks with Iran on the Iranian nuclear programme will be debated for months "
     "before the vote in Congress.", False),
])
def test_place_swap_needs_the_missing_place_slot(sl, tl, src, tgt, flagged):
    assert bool(codes(src, tgt, sl, tl, "N006")) == flagged


@pytest.mark.parametrize("sl,tl,src,tgt,flagged", [
    # a German federal title names the state: no swap with the added "US"
    ("en", "de", "German Chancellor Olaf Scholz met President Biden in Berlin.",
     "Bundeskanzler Olaf Scholz traf US-Präsident Biden in Berlin.", False),
    ("fr", "de", "Le chancelier autrichien a rencontré le président Biden à Vienne.",
     "Der Bundeskanzler traf US-Präsident Biden in Wien.", False),
    # another country's adjective for it is still a swap
    ("en", "de", "German Chancellor Olaf Scholz met the French president in Paris.",
     "Der chinesische Kanzler Olaf Scholz traf den französischen Präsidenten in Paris.", True),
    ("fr", "de", "Le chancelier autrichien a rencontré le président polonais à Varsovie.",
     "Der ungarische Kanzler traf den polnischen Präsidenten in Warschau.", True),
])
def test_federal_title_echoes_its_state(sl, tl, src, tgt, flagged):
    assert bool(codes(src, tgt, sl, tl, "N006")) == flagged


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    # "Non" of Non-Proliferation is no name, whatever the translation adds
    ("en", "de", "The Nuclear Non-Proliferation Treaty review conference opens today.",
     "Die UNO-Überprüfungskonferenz zum Atomwaffensperrvertrag beginnt heute.", []),
    ("en", "fr", "The Nuclear Non-Proliferation Treaty review conference opens today.",
     "La conférence d'examen du TNP de l'ONU s'ouvre aujourd'hui.", [("N005", "minor")]),
    # a real name beside it is still checked
    ("en", "de", "The Non-Proliferation Treaty review opens in Vienna.",
     "Die Überprüfung des Atomwaffensperrvertrags beginnt in Genf.", [("N004", "critical")]),
])
def test_hyphenated_prefix_is_no_name(sl, tl, src, tgt, expected):
    assert _n_findings(src, tgt, sl, tl, "N003", "N004", "N005") == expected


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    # a name quoted in its own language: no misspelling of the English word
    ("en", "de", "Fini led the National Alliance.", "Fini führte die Alleanza Nazionale.", []),
    ("en", "es", "Gianfranco Fini led the National Alliance with Gianfranco Rossi.",
     "Gianfranco Fini dirigió la Alleanza Nazionale con Gianfranco Rossi.", []),
    # a slip in a name is still one
    ("en", "de", "US Federal Reserve chairman Ben Bernanke spoke to the Banca d'Italia.",
     "US-Notenbankchef Ben Bernake sprach mit der Banca d'Italia.", [("N001", "major")]),
])
def test_quoted_foreign_name_is_no_near_miss(sl, tl, src, tgt, expected):
    assert _n_findings(src, tgt, sl, tl, "N001") == expected


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    # People of Freedom quoted as Popolo della Libertà: at most a minor swap
    ("en", "de", "Bossi's Northern League joined the People of Freedom.",
     "Bossis Lega Nord trat dem Popolo della Libertà bei.", [("N004", "minor")]),
    ("en", "fr", "Bossi's Northern League joined the People of Freedom.",
     "La Lega Nord de Bossi a rejoint le Popolo della Libertà.", [("N004", "minor")]),
    # a name that is no quotation of the source's stays major
    ("en", "fr", "Bossi's Northern League joined the People of Freedom.",
     "La Lega Nord de Bossi a rejoint le Forza Cortina.", [("N004", "major")]),
])
def test_quoted_foreign_name_is_no_swap(sl, tl, src, tgt, expected):
    assert _n_findings(src, tgt, sl, tl, "N004") == expected


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    # a carer named by role, the translation gives her name: nothing to keep
    ("en", "de", "Nanny would wait for my storm to blow over.",
     "Gruscha wartete, bis der Sturm sich gelegt hatte.", []),
    ("en", "fr", "Nanny would wait until my anger had passed.",
     "Macha attendait que ma colère soit passée.", []),
    # a name for a name is a swap
    ("en", "de", "Anna would wait for my storm to blow over.",
     "Gruscha wartete, bis der Sturm sich gelegt hatte.", [("N004", "critical")]),
    ("en", "fr", "Marie would wait until my anger had passed.",
     "Macha attendait que ma colère soit passée.", [("N004", "critical")]),
])
def test_address_word_is_no_name(sl, tl, src, tgt, expected):
    assert _n_findings(src, tgt, sl, tl, "N003", "N004") == expected


def test_short_place_after_a_multiword_place_is_its_own():
    from mtcheck.rules._text import entity_name, place_mentions
    s = "South Korea signed the South Korea-US agreement with the US."
    got = [entity_name(m[0]) for m in place_mentions(s, "en", "de")]
    assert got.count("United States") == 2 and got.count("South Korea") == 2
    # a multiword place with an inflection is still one mention (Vereinigten Staaten)
    got = [entity_name(m[0]) for m in place_mentions("Die Vereinigten Staaten zögern.", "de", "en")]
    assert got == ["United States"]


@pytest.mark.parametrize("sl,tl,src,tgt,flagged", [
    ("en", "de", "South Korea signed the South Korea-US agreement and sent troops to fight "
     "alongside the US.", "Südkorea schloss das Abkommen mit den USA und schickte Truppen, "
     "die an der Seite der USA kämpften.", False),
    ("en", "fr", "South Korea signed the South Korea-US agreement and sent troops to fight "
     "alongside the US.", "La Corée du Sud a signé l'accord avec les États-Unis et envoyé des "
     "troupes combattre aux côtés des États-Unis.", False),
    ("en", "de", "South Korea signed the South Korea-US agreement and sent troops to fight "
     "alongside the US.", "Japan schloss das Abkommen mit den USA und schickte Truppen, "
     "die an der Seite der USA kämpften.", True),
])
def test_two_places_joined_by_a_hyphen(sl, tl, src, tgt, flagged):
    got = _n_findings(src, tgt, sl, tl, "N004", "N006")
    assert any(sev in ("major", "critical") for _, sev in got) == flagged


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    # a capitalised noun misspelt (Erflog for Erfolg) is weak evidence of another name
    ("en", "de", "If the initiative, agreed late last year by the city congress, is "
     "successful, China may impose a similar ban.",
     "Sollte die Initiative, auf die sich der Stadtkongress Ende letzten Jahres geeinigt hat, "
     "Erflog haben, könnte das Land ein ähnliches Verbot einführen.", [("N004", "minor")]),
    ("fr", "de", "Si l'initiative, adoptée l'an dernier par le conseil municipal, réussit, la "
     "France pourrait imposer une interdiction semblable.",
     "Sollte die Initiative, auf die sich der Stadtrat letztes Jahr geeinigt hat, Erflog haben, "
     "könnte das Land ein ähnliches Verbot einführen.", [("N004", "minor")]),
    # another country in that slot is a swap
    ("en", "de", "If the initiative, agreed late last year by the city congress, is "
     "successful, China may impose a similar ban.",
     "Sollte die Initiative, auf die sich der Stadtkongress Ende letzten Jahres geeinigt hat, "
     "Erfolg haben, könnte Japan ein ähnliches Verbot einführen.", [("N004", "critical")]),
])
def test_misspelt_noun_is_weak_evidence_of_a_swap(sl, tl, src, tgt, expected):
    assert _n_findings(src, tgt, sl, tl, "N004") == expected


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    # the given name kept, the surname gone: the person is no longer identified
    ("en", "de", "Yesterday Angela Merkel met the press in Berlin.",
     "Gestern traf Angela die Presse in Berlin.", [("N003", "major")]),
    ("fr", "en", "Hier, Emmanuel Macron a rencontré la presse à Paris.",
     "Yesterday Emmanuel met the press in Paris.", [("N003", "major")]),
    ("en", "de", "The talks ended a freeze, with President George W. Bush asking both sides "
     "to reach an agreement by 2008.",
     "Die Gespräche beendeten eine Pause, und Präsident George W. bis 2008 eine Einigung "
     "zu erreichen.", [("N003", "major")]),
    # the surname alone is how translators shorten a name
    ("en", "de", "Yesterday Angela Merkel met the press in Berlin.",
     "Gestern traf Merkel die Presse in Berlin.", []),
    ("fr", "en", "Hier, Emmanuel Macron a rencontré la presse à Paris.",
     "Yesterday Macron met the press in Paris.", []),
    # the source itself calls her by the given name elsewhere
    ("en", "de", "Angela Merkel laughed. Angela, her friends say, always laughs.",
     "Angela lachte. Angela, sagen ihre Freunde, lacht immer.", []),
    # another surname after the given name: a swap (N004), not a surname dropped
    ("en", "de", "Yesterday Angela Merkel met the press in Berlin.",
     "Gestern traf Angela Schmidt die Presse in Berlin.", []),
])
def test_surname_dropped(sl, tl, src, tgt, expected):
    assert _n_findings(src, tgt, sl, tl, "N003") == expected


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    # America inside North America is not the United States: they do not explain the
    # United States of the translation, which took Europe's place
    ("en", "de", "Pension funds from North America and Europe announced plans.",
     "Pensionsfonds aus Nordamerika und den Vereinigten Staaten kündigten Pläne an.",
     [("N004", "critical")]),
    ("en", "fr", "Pension funds from North America and Europe announced plans.",
     "Des fonds de pension d'Amérique du Nord et des États-Unis ont annoncé des plans.",
     [("N004", "critical")]),
    ("en", "de", "Pension funds from North America and Europe announced plans.",
     "Pensionsfonds aus Nordamerika und Europa kündigten Pläne an.", []),
    ("en", "fr", "Pension funds from North America and Europe announced plans.",
     "Des fonds de pension d'Amérique du Nord et d'Europe ont annoncé des plans.", []),
    # America alone is the United States
    ("en", "de", "Pension funds from America and Europe announced plans.",
     "Pensionsfonds aus den Vereinigten Staaten und Europa kündigten Pläne an.", []),
])
def test_word_of_a_two_word_place_names_that_place_only(sl, tl, src, tgt, expected):
    assert _n_findings(src, tgt, sl, tl, "N003", "N004") == expected


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    # an accent where the source's spelling has none: folded, both are one name, so only
    # the marks tell the slip
    ("es", "en", "Pedro Sánchez anunció un plan.", "Pedro Sanchéz announced a plan.",
     [("N001", "minor")]),
    ("fr", "de", "Le Premier ministre du Québec a parlé.", "Der Premierminister von Quebéc sprach.",
     [("N001", "minor")]),
    # accents dropped (English press practice varies) or kept: no slip
    ("es", "en", "Pedro Sánchez anunció un plan.", "Pedro Sanchez announced a plan.", []),
    ("es", "en", "Pedro Sánchez anunció un plan.", "Pedro Sánchez announced a plan.", []),
    # accents added to a plain source name: the target language's own form (an exonym)
    ("en", "de", "The summit took place in Zurich.", "Der Gipfel fand in Zürich statt.", []),
    ("en", "fr", "The talks took place in Quebec.", "Les pourparlers ont eu lieu à Québec.", []),
])
def test_accent_slip(sl, tl, src, tgt, expected):
    assert _n_findings(src, tgt, sl, tl, "N001") == expected


def test_accent_slip_suggests_the_source_spelling():
    f = [f for f in mtcheck.check_pair("Pedro Sánchez anunció un plan.", "Pedro Sanchéz announced a plan.",
                                       "es", "en") if f.code == "N001"]
    assert f[0].suggestion == "Sánchez" and "accent" in f[0].message


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    # a short name two edits from another name of the text is another name (Tian Chan
    # beside Tilman), not a slip of it
    ("de", "fr", "Tilman und Shipton stiegen 1947 im Tien-Schan auf.",
     "Tilman et Shipton sont montés en 1947 dans le Tian Chan.", []),
    ("en", "de", "Tilman and Shipton climbed in the Tien Shan in 1947.",
     "Tilman und Shipton stiegen 1947 im Tian Schan auf.", []),
    # one edit still is
    ("de", "en", "Die Bukele-Regierung lobte Bukele.", "The Bukule government praised Bukele.",
     [("N001", "major")]),
    ("en", "de", "Tilman and Shipton climbed in the Tien Shan in 1947.",
     "Tilmen und Shipton stiegen 1947 im Tien Schan auf.", [("N001", "major")]),
])
def test_short_name_two_edits_away_is_another_name(sl, tl, src, tgt, expected):
    assert _n_findings(src, tgt, sl, tl, "N001", "N002") == expected


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    # Turkish and Polish capitalise names and little else: a name used mostly at home
    # (Erdoğan, Tusk) is a name, and its swap is found
    ("tr", "en", "Dün Erdoğan meclisde konuştu.", "Yesterday Macron spoke in parliament.",
     [("N004", "critical")]),
    ("tr", "en", "Dün Erdoğan meclisde konuştu.", "Yesterday Erdogan spoke in parliament.", []),
    ("pl", "en", "Premier Donald Tusk spotkał się wczoraj z prezydentem.",
     "Prime Minister Donald Trump met the president yesterday.", [("N004", "major")]),
    ("pl", "en", "Premier Donald Tusk spotkał się wczoraj z prezydentem.",
     "Prime Minister Donald Tusk met the president yesterday.", []),
    # an institution Turkish capitalises is a common word, translated
    ("tr", "en", "Dışişleri Bakanlığı dün bir açıklama yaptı.",
     "The Foreign Ministry made a statement yesterday.", []),
])
def test_names_in_languages_that_capitalise_names_only(sl, tl, src, tgt, expected):
    assert _n_findings(src, tgt, sl, tl, "N003", "N004") == expected


@pytest.mark.parametrize("sl,tl,src,tgt,expected", [
    # a name frequent at home (Fiala in Czech, Rutte in Dutch) is no common word: Czech
    # and Dutch capitalise names, not nouns or titles, inside a sentence
    ("cs", "en", "Dohodu podepsal 12. března 2025 premiér Fiala.",
     "The agreement was signed on 12 March 2025 by Prime Minister Babiš.", [("N004", "critical")]),
    ("cs", "en", "Dohodu podepsal 12. března 2025 premiér Fiala.",
     "The agreement was signed on 12 March 2025 by Prime Minister Fiala.", []),
    ("nl", "en", "Het akkoord werd op 12 maart 2025 door Rutte getekend.",
     "The agreement was signed on 12 March 2025 by Schoof.", [("N004", "critical")]),
    ("nl", "en", "Het akkoord werd op 12 maart 2025 door Rutte getekend.",
     "The agreement was signed on 12 March 2025 by Rutte.", []),
])
def test_name_frequent_at_home_is_no_common_word(sl, tl, src, tgt, expected):
    assert _n_findings(src, tgt, sl, tl, "N003", "N004") == expected


def test_doc_surname_dropped_unless_a_neighbour_has_the_name():
    src = doc("s.en.txt", "en", "source", ["Yesterday Angela Merkel met the press in Berlin.",
                                           "The talks lasted two hours."])
    lost = doc("a.de.txt", "de", "target", ["Gestern traf Angela die Presse in Berlin.",
                                            "Die Gespräche dauerten zwei Stunden."])
    fs = run("N003", lost, src)
    assert [(f.severity.label, "given name" in f.message) for f in fs] == [("major", True)]
    # the alignment cut the sentence where the translator did not: the whole name is there
    slack = doc("b.de.txt", "de", "target", ["Gestern traf Angela die Presse in Berlin.",
                                             "Angela Merkel sprach zwei Stunden mit ihnen."])
    assert run("N003", slack, src) == []


@pytest.mark.parametrize("sl,tl,src,tgt,code", [
    # an initial is no name word: the surname alone renders the whole name, either way
    ("de", "en", "In einem Kommentar stellt Nye fest, dass China mehr Soft Power erzeugen könnte.",
     "In a commentary, Joseph S. Nye observes that China could generate more soft power.", "N005"),
    ("en", "de", "Schröder needs Blair to plead his case with President George W. Bush, who feels betrayed.",
     "Schröder braucht Blair, um bei Präsident Bush für ihn zu werben, der sich verraten fühlt.", "N003"),
])
def test_initials_are_no_name_words(sl, tl, src, tgt, code):
    assert code not in [f.code for f in mtcheck.check_pair(src, tgt, sl, tl)]


# a variant spelling glossed with the other in brackets is shown on purpose, not a slip
@pytest.mark.parametrize("src,tgt,sl,tl,code,flagged", [
    ("Der Kangchendzönga ist 8586 m hoch.", "Le Kangchenjunga (Kangchendzönga) mesure 8586 m.",
     "de", "fr", "N001", False),
    ("Der Kangchendzönga ist 8586 m hoch.", "Le Kangchenjunga, ou Kangchendzönga, mesure 8586 m.",
     "de", "fr", "N001", True),
    ("Die Stadt Mykolajiw wurde beschossen.", "The city of Mykolaiv (Mykolajiw) was shelled.",
     "de", "en", "N002", False),
    ("Die Stadt Mykolajiw wurde beschossen.", "The city of Mykolajiw was shelled near Mykolaiv.",
     "de", "en", "N002", True),
    # a bracket after the slip that holds something else changes nothing
    ("Bundeskanzlerin Angela Merkel reiste nach Paris.", "Chancellor Angela Merkle (CDU) travelled to Paris.",
     "de", "en", "N001", True),
])
def test_glossed_spelling_is_no_slip(src, tgt, sl, tl, code, flagged):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]
    assert bool(fs) == flagged, fs


# the path of a link names no one: a translation that drops a link loses no name
# (pic.twitter.com/HTNwtp35Aq read as a name was a critical N003; session 24)
@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "de", "The fee would be low for us. pic.twitter.com/XkQ2pLm9Rt",
     "Die Gebühr wäre für uns gering."),
    ("fr", "en", "Tout est expliqué sur https://www.Exemple.org/Dossiers/ZtRwQ8 depuis lundi.",
     "Everything has been explained on the website since Monday."),
])
def test_a_link_is_no_name(sl, tl, src, tgt):
    assert not [n for n in find_names(src, sl, tl) if "/" in src[max(0, n.start - 1):n.start]]
    assert codes(src, tgt, sl, tl, "N003") == []


# a rare English gerund opening a sentence is no name (Kickstarting: a critical N003 in
# every translation of one MQM document); a rare name there still is one (session 24)
@pytest.mark.parametrize("tl,tgt", [
    ("de", "Die Ankurbelung des Tourismus ist ein Kernstück des Reformprogramms."),
    ("fr", "Relancer le tourisme est un élément central du programme de réformes."),
])
def test_a_rare_gerund_opening_a_sentence_is_no_name(tl, tgt):
    src = "Kickstarting tourism is a centrepiece of the reform programme."
    assert find_names(src, "en", tl) == []
    assert codes(src, tgt, "en", tl, "N003") == []
    named = "Kissling said tourism is a centrepiece of the reform programme."
    assert [n.text for n in find_names(named, "en", tl)] == ["Kissling"]


# in a German translation a noun's other form or another compound of it is no second
# spelling of a name (Teleskops ~ Teleskopen, Inspektoren ~ Inspector); a name slip still
# is one (session 24)
@pytest.mark.parametrize("sl,src,tgt,flagged", [
    ("en", "The Subaru telescope's map showed what the Keck and Gemini telescopes found.",
     "Die Karte des Subaru-Teleskops zeigte, was die Keck- und Gemini-Teleskopen und das Subaru-Teleskops fanden.",
     False),
    ("fr", "Les inspecteurs du HMICFRS ont rencontré l'inspecteur en chef.",
     "Die HMICFRS-Inspektoren trafen den Chief Inspector und den Inspector.", False),
    ("en", "Zelenskyy spoke.", "Selenskyj sprach. Selenskyj lachte. Selenksyj ging.", True),
])
def test_german_noun_forms_are_no_second_spelling(sl, src, tgt, flagged):
    assert bool(codes(src, tgt, sl, "de", "N002")) is flagged


def doc_findings(tmp_path, src: list[str], tgt: list[str], tl: str, code: str) -> list:
    """Findings of rule ``code`` on an English source and its translation, one paragraph a
    sentence, checked as documents."""
    (tmp_path / "s.en.txt").write_text("\n\n".join(src) + "\n", encoding="utf-8")
    (tmp_path / f"t.{tl}.txt").write_text("\n\n".join(tgt) + "\n", encoding="utf-8")
    return mtcheck.compare(str(tmp_path / f"t.{tl}.txt"), str(tmp_path / "s.en.txt"), semantic=False,
                           config=CFG[code]).findings


def test_a_name_misspelt_as_a_german_noun_is_still_a_slip(tmp_path):
    src = ["Justin Boccio pleaded guilty on Thursday to kidnapping.",
           "Boccio's attorney said his client was convinced to take part.",
           "Boccio will be sentenced in May."]
    tgt = ["Justin Boccia hat sich am Donnerstag der Entführung schuldig bekannt.",
           "Der Anwalt von Boccio sagte, sein Mandant sei zur Mitwirkung überredet worden.",
           "Boccio wird im Mai verurteilt."]
    assert [f.message for f in doc_findings(tmp_path, src, tgt, "de", "N002")] == [
        "“Boccia” is spelled “Boccio” elsewhere in the translation"]


# a house of parliament under its own name in the other language (the Commons ~ das
# Unterhaus, the House of Lords ~ la Chambre des lords) is no missing name, and "Oberhaus"
# for another country's upper house is no name added (session 24)
@pytest.mark.parametrize("code,sl,tl,src,tgt", [
    ("N003", "en", "de", "Johnson was criticised for the tone he has used in the Commons chamber.",
     "Johnson wird für den Ton kritisiert, den er im Unterhaus anschlägt."),
    ("N003", "en", "fr", "The bill passed the House of Lords on Monday.",
     "Le projet de loi a été adopté par la Chambre des lords lundi."),
    ("N003", "en", "de", "Rouhani spoke on the sidelines of the UNGA in New York.",
     "Rohani sprach am Rande der UN-Generalversammlung in New York."),
    ("N005", "en", "de", "The party suffered a defeat in the election to Japan's Upper House.",
     "Die Partei erlitt bei der Wahl zum japanischen Oberhaus eine Niederlage."),
])
def test_houses_of_parliament(code, sl, tl, src, tgt):
    assert codes(src, tgt, sl, tl, code) == []


# the target language's own, more common spelling of a name is no misspelling of the
# source's (Rohani for Rouhani in German and French); a slip still is (session 24)
@pytest.mark.parametrize("sl,tl,src,tgt,flagged", [
    ("en", "de", "Iran is ready for talks, President Hassan Rouhani said.",
     "Der Iran sei zu Gesprächen bereit, sagte Präsident Hassan Rohani.", False),
    ("en", "fr", "Iran is ready for talks, President Hassan Rouhani said.",
     "L'Iran est prêt à discuter, a déclaré le président Hassan Rohani.", False),
    ("en", "de", "Chancellor Angela Merkel travelled to Paris.",
     "Bundeskanzlerin Angela Merkle reiste nach Paris.", True),
])
def test_the_target_languages_own_spelling_is_no_slip(sl, tl, src, tgt, flagged):
    assert bool(codes(src, tgt, sl, tl, "N001")) is flagged


@pytest.mark.parametrize("tl,tgt", [
    ("de", ["Der Iran sei zu Gesprächen bereit, sagte Präsident Hassan Rouhani.",
            "Laut Rohani drängten ihn die Europäer zu einem Treffen.",
            "Rohani sagte, er habe das abgelehnt."]),
    ("fr", ["L'Iran est prêt à discuter, a déclaré le président Hassan Rouhani.",
            "Selon Rohani, les Européens l'ont pressé de rencontrer Trump.",
            "Rohani a dit avoir refusé."]),
])
def test_the_target_languages_own_spelling_beside_the_sources_is_no_slip(tmp_path, tl, tgt):
    # the translation copies the source's spelling once: N001 does not call the target
    # language's own spelling a misspelling of it
    src = ["Iran is ready for talks, President Hassan Rouhani said.",
           "According to Rouhani, the Europeans urged him to meet Trump.",
           "Rouhani said he had refused."]
    assert doc_findings(tmp_path, src, tgt, tl, "N001") == []


# initials spaced out by the translation (C. I. A., L. A.) still spell the acronym
@pytest.mark.parametrize("tl,tgt", [
    ("de", "Der Artikel berichtete, der Whistleblower sei ein C. I. A. -Offizier aus South L. A."),
    ("fr", "L'article indiquait que le lanceur d'alerte était un agent de la C. I. A. de South L. A."),
])
def test_spaced_initials_are_the_acronym(tl, tgt):
    src = "The article reported that the whistle-blower is a C.I.A. officer from South L.A."
    assert codes(src, tgt, "en", tl, "N003") == []


# in a document, a name made of common title words (New Year's Eve, the Mouse for Disney,
# Visual Arts) that the translation renders in its own words is weak evidence: minor, as
# a weak name is; a rare name missing from the whole translation stays critical (session 24)
@pytest.mark.parametrize("tl,tgt,sev", [
    ("de", ["Die beiden nahmen an Silvester in einem Motel Drogen.", "Cornford gewann einen Preis für bildende Kunst."],
     {"Eve": "minor", "Visual Arts": "minor"}),
    ("fr", ["Les deux ont pris de la drogue dans un motel le soir du réveillon.", "Il a gagné un prix en arts plastiques."],
     {"Eve": "minor", "Cornford": "critical"}),
])
def test_common_title_words_missing_in_a_document_are_minor(tmp_path, tl, tgt, sev):
    src = ["The two had been doing drugs in a motel on New Year's Eve.",
           "Cornford won a prize for Visual Arts."]
    got = {f.message.split("”")[0].lstrip("“"): f.severity.label
           for f in doc_findings(tmp_path, src, tgt, tl, "N003")}
    assert got == sev


# the letters of a dollar sign (US$, HK$) name no country that must come back (session 24)
@pytest.mark.parametrize("tl,src,tgt", [
    ("de", "The US$31-billion project is led by Shell.", "Das 31-Milliarden-Dollar-Projekt wird von Shell geleitet."),
    ("fr", "The HK$5 billion deal was signed on Monday.", "Le contrat de 5 milliards de dollars a été signé lundi."),
])
def test_a_dollar_signs_letters_are_no_name(tl, src, tgt):
    assert codes(src, tgt, "en", tl, "N003") == []
    # the country itself dropped still is a missing name
    assert codes("The US project is led by Shell.", "Das Projekt wird von Shell geleitet.", "en", "de",
                 "N003") == ["N003"]


# a word stretched for emphasis (Crushhh, Yesss) is no name: a fan's "Crushhh leon"
# rendered as "Mein Schwarm, Leon" swapped no one (session 24)
@pytest.mark.parametrize("tl,tgt", [
    ("de", "„Mein Schwarm, Leon“, fügte ein anderer hinzu."),
    ("fr", "« Mon crush, Leon », a ajouté un autre."),
])
def test_a_stretched_word_is_no_name(tl, tgt):
    src = "\"Crushhh Leon,\" another added."
    assert [n.text for n in find_names(src, "en", tl)] == ["Leon"]
    # a name with a tripled letter collapses to no common word: it stays whole
    assert [n.text for n in find_names("The ASUS Eee PC was a hit.", "en", tl)] == ["ASUS Eee PC"]
    assert codes(src, tgt, "en", tl, "N004") == [] and codes(src, tgt, "en", tl, "N003") == []


# emphasis stretches a vowel or the last letter; a consonant tripled inside a name is a
# typing slip, not a stretched common word (Petttit would collapse to "petit") (session 25)
@pytest.mark.parametrize("tl,tgt", [
    ("de", "Herr Petttit verließ den Verein."),
    ("fr", "M. Petttit a quitté le club."),
])
def test_a_consonant_tripled_inside_a_name_is_a_slip(tl, tgt):
    fs = mtcheck.check_pair("Mr Pettit left the club.", tgt, "en", tl, config=Config(select=["N001"]))
    assert [(f.code, f.text, f.suggestion) for f in fs] == [("N001", "Petttit", "Pettit")]
    # still stretched for emphasis: a vowel, or the last letter
    assert [n.text for n in find_names("\"Sooo Leon,\" another added.", "en", tl)] == ["Leon"]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("fr", "en", ["Emmanuel Macron n'a pas réagi publiquement.",
                  "La Première ministre Élisabeth Borne défendra le texte au Sénat la semaine prochaine."],
     ["Emmanuel Macron has not reacted publicly.",
      "Prime Minister Élisabeth Borne will defend the text in the Senate next week. Lire la suite"]),
    ("es", "fr", ["El Gobierno aprobó el plan el lunes.", "El Rey Felipe VI firmó la ley la semana siguiente."],
     ["Le gouvernement a approuvé le plan lundi.", "Le roi Felipe VI a signé la loi la semaine suivante. Leer más"]),
])
def test_a_glued_ui_label_is_no_name_that_replaced_one(article, sl, tl, src, tgt):
    """A web UI label glued to a paragraph (F003's finding) is page furniture, not a name
    put for a source word ("Première" rendered as "Lire")."""
    assert [f.code for f in article(src, tgt, sl, tl)] == ["F003"]


def test_a_swap_beside_a_glued_ui_label_is_still_reported():
    fs = mtcheck.check_pair("Die Kanzlerin sprach in Berlin.", "The Chancellor spoke in Paris. Mehr anzeigen", "de", "en")
    assert {(f.code, f.text) for f in fs} >= {("N004", "Paris"), ("F003", "Mehr anzeigen")}


@pytest.mark.parametrize("src,tgt,sl,tl,pair", [
    # two places of the lexicon that look alike are two places: a classic MT swap
    ("If you want to travel to Austria, you need an additional ticket.",
     "Wenn Sie nach Australien reisen möchten, benötigen Sie ein zusätzliches Ticket.", "en", "de",
     ("Austria", "Australien")),
    ("Österreich hat gewählt.", "Australia has voted.", "de", "en", ("Österreich", "Australia")),
    ("La Slovaquie a voté contre.", "Slovenia voted against.", "fr", "en", ("Slovaquie", "Slovenia")),
])
def test_lookalike_places_are_swapped(src, tgt, sl, tl, pair):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=Config(select=["N004"]))]
    assert fs and all(w in fs[0].message for w in pair), [f.message for f in fs]


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # related entities may stand for each other (Europe's parliament ~ Europaparlament)
    ("We need to tie Europe's own parliament into national politics.",
     "Wir müssen das Europaparlament in die nationale Politik einbinden.", "en", "de"),
    ("Austria's chancellor travelled to Vienna.", "Österreichs Kanzler reiste nach Wien.", "en", "de"),
])
def test_lookalike_rule_keeps_related_entities(src, tgt, sl, tl):
    assert [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith("N")] == []


@pytest.mark.parametrize("src,tgt,sl,flagged", [
    # an institution's English title-case name of ordinary words renders the source's name
    ("Das Institut für Schnee- und Lawinenforschung (SLF) warnt vor erheblicher Lawinengefahr.",
     "The Institute for Snow and Avalanche Research (SLF) warns of considerable avalanche danger.",
     "de", None),
    ("Selon l'Office fédéral de la santé publique, les cas augmentent.",
     "According to the Federal Office of Public Health, cases are rising.", "fr", None),
    # a name added beside no such phrase, or two capitals side by side, still counts
    ("Der Bürgermeister eröffnete am Montag die neue Brücke über den Fluss.",
     "The mayor of Lyon opened the new bridge over the river on Monday.", "de", "Lyon"),
    ("Der Kongress begann im August 2005 mit der Finanzierung der Initiative.",
     "The White Lion began funding the initiative in August 2005.", "de", "Lion"),
])
def test_added_name_in_a_title_phrase(src, tgt, sl, flagged):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, "en") if f.code in ("N004", "N005")]
    if flagged is None:
        assert fs == [], [f.message for f in fs]
    else:
        assert any(flagged in f.text for f in fs), [f.message for f in fs]


# -- country names in the languages the hand lexicon lacks (exonyms.cldr.txt) -------------
@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "pl", "Poland lies between Germany and Russia.", "Polska leży między Niemcami a Rosją."),
    ("en", "pl", "Poland borders Ukraine and Belarus.", "Polska graniczy z Ukrainą i Białorusią."),
    ("de", "cs", "Polen grenzt an die Ukraine und Belarus.", "Polsko sousedí s Ukrajinou a Běloruskem."),
    ("en", "ru", "They flew to Russia and Germany.", "Они полетели в Россию и Германию."),
    ("en", "sv", "Sweden and Finland joined the alliance.", "Sverige och Finland gick med i alliansen."),
    ("en", "hu", "Hungary borders Austria.", "Magyarország határos Ausztriával."),
    ("en", "tr", "Turkey and Greece disagree.", "Türkiye ve Yunanistan anlaşamıyor."),
    # a Polish locative that changes the stem's last consonant
    ("en", "pl", "He lives in Poland.", "Mieszka w Polsce."),
    ("en", "pl", "He lives in Germany and Italy.", "Mieszka w Niemczech i we Włoszech."),
    # a genitive plural with a vowel put in
    ("en", "pl", "He came from Germany and Hungary.", "Przyjechał z Niemiec i z Węgier."),
    # a case suffix of Hungarian, Finnish or Turkish after the name
    ("en", "hu", "He lives in Germany and travels to Russia.", "Németországban él, és Oroszországba utazik."),
    ("en", "fi", "He lives in Sweden and travels to Russia.", "Hän asuu Ruotsissa ja matkustaa Venäjälle."),
    ("en", "tr", "He lives in Germany.", "Almanyada yaşıyor."),
    # Ukrainian case endings after a CLDR stem
    ("en", "uk", "The minister flew to Poland and France.", "Міністр полетів до Польщі та Франції."),
    # a name of several words declined word by word
    ("en", "pl", "The army will buy tanks from the United States.", "Armia kupi czołgi od Stanów Zjednoczonych."),
    ("en", "cs", "The army will buy tanks from the United States.", "Armáda koupí tanky od Spojených států."),
    ("en", "ru", "The army will buy tanks from the United States.", "Армия купит танки у Соединённых Штатов."),
])
def test_country_names_of_more_languages_are_no_missing_name(sl, tl, src, tgt):
    assert missing_names(src, tgt, sl, tl) == []


# -- city names in those languages (CLDR time-zone exemplar cities) -----------------------
@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "da", "Copenhagen opens a new harbour bath.", "København åbner et nyt havnebad."),
    ("en", "el", "The minister flew to Athens.", "Ο υπουργός πέταξε στην Αθήνα."),
    ("en", "tr", "The minister flew to Athens.", "Bakan Atina'ya uçtu."),
    ("en", "hu", "The minister flew to Vienna.", "A miniszter Bécsbe repült."),
    ("de", "cs", "Touristen strömen jeden Sommer nach Prag.", "Turisté se každé léto hrnou do Prahy."),
    # a Finnish illative after the name
    ("en", "fi", "The minister flew to Copenhagen.", "Ministeri lensi Kööpenhaminaan."),
    # a name spelled as in English, declined (Slovak Bratislava ~ Bratislavy)
    ("en", "sk", "The river flooded parts of Bratislava.", "Rieka zaplavila časti Bratislavy."),
])
def test_city_names_of_more_languages_are_no_missing_name(sl, tl, src, tgt):
    assert [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith("N")] == []


@pytest.mark.parametrize("tl,tgt", [
    # Dunaj is the Danube in Polish and Slovak, Vienna in Slovene: read as what the source names
    ("pl", "Dunaj zalał w poniedziałek część Bratysławy."),
    ("sk", "Dunaj zaplavil v pondelok časť Bratislavy."),
])
def test_a_name_of_two_places_is_read_as_the_one_the_source_names(tl, tgt):
    fs = mtcheck.check_pair("The Danube flooded part of Bratislava on Monday.", tgt, "en", tl)
    assert [f.message for f in fs if f.code in ("N004", "N005")] == []


def test_a_swapped_city_is_found_in_more_languages():
    fs = mtcheck.check_pair("The minister flew to Athens on Monday.", "Ο υπουργός πέταξε στη Βιέννη τη Δευτέρα.", "en", "el")
    assert [f.code for f in fs if f.code in ("N004", "N006")] and any("Βιέννη" in f.message for f in fs)


# -- a people or adjective in a language whose demonyms the lexicon lacks ------------------
@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "sv", "Online shopping has changed how Swedes buy clothes.",
     "Näthandeln har förändrat hur svenskarna köper kläder."),
    ("en", "da", "Many Danes buy clothes online.", "Mange danskere køber tøj på nettet."),
    ("en", "fi", "Many Finns buy clothes online.", "Monet suomalaiset ostavat vaatteita verkosta."),
    ("en", "el", "Many Greeks buy clothes online.", "Πολλοί Έλληνες αγοράζουν ρούχα στο διαδίκτυο."),
    ("en", "pl", "It is the fifth title of the 23-year-old Pole.", "To piąty tytuł 23-letniej Polki."),
    ("de", "pl", "Das Konzert der Wiener Philharmoniker war ausverkauft.",
     "Koncert Filharmoników Wiedeńskich był wyprzedany."),
])
def test_a_people_of_a_language_the_lexicon_lacks_is_no_missing_name(sl, tl, src, tgt):
    assert [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith("N")] == []


def test_another_people_is_still_missing():
    fs = mtcheck.check_pair("Many Swedes buy clothes online.", "Många norrmän köper kläder på nätet.", "en", "sv")
    assert [f.code for f in fs if f.code == "N003"] == ["N003"]


# -- Swiss federal bodies and parties: another acronym in each national language ----------
@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("de", "fr", "Der Nationalrat hat einen Antrag der SVP abgelehnt.", "Le Conseil national a rejeté une proposition de l'UDC."),
    ("de", "fr", "SP und GLP stimmten dagegen, die FDP war gespalten.",
     "Le PS et les Vert'libéraux ont voté contre, le PLR était divisé."),
    ("fr", "de", "Les CFF ont commandé 116 trains, a indiqué la BNS.", "Die SBB haben 116 Züge bestellt, teilte die SNB mit."),
    ("it", "de", "Il Consiglio federale ha consultato le FFS.", "Der Bundesrat hat die SBB konsultiert."),
])
def test_swiss_bodies_are_named_in_each_national_language(sl, tl, src, tgt):
    assert [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith("N")] == []


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # a canton's parliament by its name in each language; Swiss towns and cantons
    ("fr-CH", "de-CH", "Le Grand Conseil genevois a accepté un crédit.", "Der Genfer Grosse Rat hat einen Kredit bewilligt."),
    ("de", "it", "Der Grosse Rat des Kantons Aargau tagte in Biel.", "Il Gran Consiglio del Canton Argovia si è riunito a Bienne."),
    ("fr", "de", "Les trains entre Coire et Soleure ont été supprimés.", "Die Züge zwischen Chur und Solothurn fielen aus."),
    # a term's acronym by its expansion in a language the first lexicon line lacked
    ("en", "nb", "The result is driven by the development of AI.", "Resultatet er drevet av utviklingen innen kunstig intelligens."),
    ("en", "hr", "GDP grew by 3 percent.", "BDP je porastao za 3 posto."),
])
def test_swiss_places_and_terms_in_more_languages(sl, tl, src, tgt):
    assert [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith("N")] == []


def test_a_swapped_swiss_party_is_found():
    fs = mtcheck.check_pair("Der Nationalrat hat einen Antrag der SVP abgelehnt.",
                            "Le Conseil national a rejeté une proposition du PS.", "de", "fr")
    assert [f.code for f in fs if f.code in ("N004", "N006")]


def test_a_country_put_for_another_in_a_polish_genitive_is_a_swap():
    fs = mtcheck.check_pair("Poland buys helicopters from the United States.",
                            "Polska kupuje śmigłowce od Niemiec.", "en", "pl")
    assert [f.code for f in fs if f.code in ("N004", "N006")]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "de", "The parade took place on Red Square.", "Die Parade fand auf dem Roten Platz statt."),
    ("en", "fr", "Tourists queued at the Eiffel Tower.", "Les touristes faisaient la queue à la tour Eiffel."),
    ("de", "en", "Tausende feierten am Brandenburger Tor.", "Thousands celebrated at the Brandenburg Gate."),
])
def test_landmarks_are_named_in_each_language(sl, tl, src, tgt):
    assert [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith("N")] == []


def test_a_saints_name_keeps_its_title_in_romance_languages():
    from mtcheck.rules._text import find_names
    assert [g.text for g in find_names("Vive en San Sebastián desde 2010.", "es", "en")] == ["San Sebastián"]
    assert [g.text for g in find_names("Pregavano in piazza San Pietro.", "it", "de")] == ["San Pietro"]
    fs = mtcheck.check_pair("Migliaia di fedeli hanno pregato in piazza San Pietro.",
                            "Tausende Gläubige beteten auf dem Petersplatz.", "it", "de")
    assert [f.message for f in fs if f.code in ("N004", "N005")] == []


def test_a_landmark_swapped_for_another_is_found():
    fs = mtcheck.check_pair("Tourists queued at the Eiffel Tower.", "Touristen standen am Brandenburger Tor Schlange.",
                            "en", "de")
    assert [f.code for f in fs if f.code in ("N004", "N006")]


def test_a_swapped_country_is_still_found_in_more_languages():
    fs = [f for f in mtcheck.check_pair("Poland lies between Germany and Russia.",
                                        "Polska leży między Niemcami a Ukrainą.", "en", "pl")
          if f.code in ("N003", "N004")]
    assert [(f.code, f.message) for f in fs] == [("N004", "source “Russia” rendered as “Ukrainą”")]


def test_a_swapped_country_of_several_words_is_found_in_more_languages():
    fs = [f for f in mtcheck.check_pair("The army will buy tanks from the United Kingdom.",
                                        "Armia kupi czołgi od Stanów Zjednoczonych.", "en", "pl")
          if f.code in ("N003", "N004")]
    assert [f.code for f in fs] == ["N004"] and "Stanów Zjednoczonych" in fs[0].message


def test_cldr_forms_are_not_looked_for_inside_compounds():
    # Turkish Şili (Chile) is no part of German Brasilien
    from mtcheck.rules._text import exonym_in_compound, exonym_classes, exonym_name
    assert exonym_name(next(iter(exonym_classes("sili")))) == "Chile"
    assert {exonym_name(c) for c in exonym_in_compound("brasilien")} <= {"Brazil"}


def test_cldr_lines_add_forms_to_hand_lexicon_entities_only():
    from pathlib import Path
    data = Path(mtcheck.__file__).parent / "data" / "names"
    hand = {line.split("|")[0].strip() for line in (data / "exonyms.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}
    cldr = [line for line in (data / "exonyms.cldr.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert len(cldr) > 150
    assert all(line.split("|")[0].strip() in hand for line in cldr)


# -- N005 in German, where every noun is capitalised: a word known only as a name -----------
@pytest.mark.parametrize("sl,tl,src,tgt,added", [
    ("en", "de", "Following the election, there was hope that he would abandon the extremism.",
     "Nach der Wahl herrschte die Hoffnung, dass Bernhard den Extremismus aufgeben würde.", ["Bernhard"]),
    ("fr", "de", "Le CIO a attribué les Jeux d'hiver à la station balnéaire de Sotchi.",
     "Das IOC vergab die Winterspiele an den Badeort Sotschi und Krasnodar.", ["Krasnodar"]),
    # a noun that is also a mountain's name, a place the source names, a plain noun
    ("en", "de", "Minassian said he was a virgin.", "Minassian sagte, er sei Jungfrau.", []),
    ("en", "de", "The Committee awarded the Games to Sochi.", "Das Komitee vergab die Spiele an Sotschi.", []),
    ("en", "de", "The prime minister visited the new hospital.",
     "Der Ministerpräsident besuchte das neue Krankenhaus.", []),
])
def test_german_added_name_known_only_as_a_name(sl, tl, src, tgt, added):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N005"]
    assert [f.text for f in fs] == added


@pytest.mark.parametrize("sl,tl,src,tgt,codes", [
    # organisations whose acronym each language writes its own way
    ("fr", "de", "Berne (ATS) – Le Conseil fédéral a présenté vendredi un programme.",
     "Bern (SDA) – Der Bundesrat hat am Freitag ein Programm vorgestellt.", []),
    ("fr", "en", "Le CIO a attribué les Jeux à Milan.", "The IOC awarded the Games to Milan.", []),
    ("en", "de", "The IAEA sent inspectors to Iran.", "Die IAEO schickte Inspektoren in den Iran.", []),
    # ... and another organisation in its place
    ("fr", "en", "Le CIO a attribué les Jeux à Milan.", "The ICC awarded the Games to Milan.", ["N004"]),
    # an acronym another language uses for something else is no organisation's (CPI: the
    # consumer price index in English, the ICC in French)
    ("en", "de", "Fluctuations in the CPI are a small price to pay.",
     "Schwankungen des Verbraucherpreisindex sind ein geringer Preis.", []),
])
def test_organisation_acronyms_across_languages(sl, tl, src, tgt, codes):
    assert [f.code for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code in ("N003", "N004")] == codes


@pytest.mark.parametrize("sl,tl,src,tgt,flagged", [
    # a four-letter name one letter off beside a given name both keep, the slip used in no
    # text of the target language (the ratio search cannot see a quarter of a word change)
    ("en", "it", "Elon Musk has repeatedly said that Tesla cars are safer.",
     "Elon Mosk ha ripetutamente affermato che le auto Tesla sono più sicure.", True),
    ("en", "de", "Elon Musk has repeatedly said that Tesla cars are safer.",
     "Elon Mosk hat wiederholt gesagt, dass Teslas sicherer sind.", True),
    # the name right, or a four-letter form in use (a transliteration, another name)
    ("en", "it", "Elon Musk has repeatedly said that Tesla cars are safer.",
     "Elon Musk ha ripetutamente affermato che le auto Tesla sono più sicure.", False),
    ("de", "en", "Präsident Hassan Rohani sprach.", "President Hassan Rouhani spoke.", False),
])
def test_four_letter_name_slip_beside_a_kept_given_name(sl, tl, src, tgt, flagged):
    assert bool([f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N001"]) == flagged


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("de", "en", "Der Minister Jürgen Müller sprach mit Wolfgang Schäuble.",
     "The minister Jürgen MÃ¼ller spoke with Wolfgang SchÃ¤uble."),
    ("de", "en", "Im Regionalverkehr lag die Pünktlichkeit bei 90,6 Prozent.",
     "In regional traffic, PÃ¼nktlichkeit was 90.6 percent."),
])
def test_a_name_with_mojibake_is_s013s_finding_alone(sl, tl, src, tgt):
    """UTF-8 read as Latin-1 breaks names and words; S013 says so once, and the names and
    spelling rules do not read the pieces as a misspelt, replaced or missing name or a
    typo ("uble")."""
    codes = [f.code for f in mtcheck.check_pair(src, tgt, sl, tl)]
    assert "S013" in codes and not {"N001", "N003", "N004", "S006"} & set(codes), codes


# -- documents: a word the word list lacks that opens a sentence, nowhere else ---------------
def test_a_lone_sentence_opening_word_missing_is_minor(article):
    src = ("Novo Nordisk skærer stillinger\n\nAdministrerende direktør Mike Doustdar sagde, at virksomheden skal "
           "blive hurtigere.\n\nBesparelserne skal give omkring 8 milliarder kroner om året fra 2026.")
    tgt = ("Novo Nordisk cuts jobs\n\nChief executive Mike Doustdar said the company had to become faster.\n\n"
           "The savings are expected to amount to around 8 billion kroner a year from 2026.")
    fs = [f for f in article(src, tgt, "da", "en") if f.code == "N003"]
    # (minor at most; since session 73 none: Besparelserne, a Danish noun in its definite
    # plural, is no name at all)
    assert all(f.severity <= Severity.MINOR for f in fs), [(f.message, f.severity) for f in fs]


def test_a_name_the_article_repeats_missing_at_a_sentence_start_still_weighs(article):
    src = ("Novo Nordisk skærer stillinger\n\nAdministrerende direktør Mike Doustdar sagde, at virksomheden skal "
           "blive hurtigere.\n\nBesparelserne skal give omkring 8 milliarder kroner om året fra 2026.\n\n"
           "Selskabet er kendt for fedmemedicinen Wegovy.\n\nAktien faldt med 3 procent onsdag.\n\n"
           "Doustdar overtog posten i august efter en lang strid i bestyrelsen.")
    tgt = ("Novo Nordisk cuts jobs\n\nChief executive Mike Doustdar said the company had to become faster.\n\n"
           "The savings are expected to amount to around 8 billion kroner a year from 2026.\n\n"
           "The company is known for the obesity drug Wegovy.\n\nThe shares fell 3 percent on Wednesday.\n\n"
           "The post was taken over in August after a long dispute on the board.")
    fs = [f for f in article(src, tgt, "da", "en") if f.code == "N003" and "Doustdar" in f.message]
    assert fs and fs[0].severity >= Severity.MAJOR, [(f.message, f.severity) for f in fs]


def test_a_word_the_article_also_writes_in_lower_case_is_no_missing_name(article):
    src = ("New malaria vaccine approved for children\n\nThe vaccine costs between 2 and 4 dollars per dose.\n\n"
           "Malaria kills more than 600,000 people a year, most of them children under five.")
    tgt = ("Un nouveau vaccin contre le paludisme approuvé pour les enfants\n\nLe vaccin coûte entre 2 et 4 "
           "dollars la dose.\n\nLe paludisme tue plus de 600 000 personnes par an, pour la plupart des enfants.")
    assert [f.message for f in article(src, tgt, "en", "fr") if f.code == "N003"] == []


# -- names declined by their ending (Baltic and Slavic cases) ------------------------------
@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "lt", "\"It is a question of survival,\" Paluckas told the Seimas.",
     "„Tai išlikimo klausimas“, – Seime sakė G. Paluckas."),
    ("en", "sk", "They lost their way near the Chata pod Rysmi hut.", "Zablúdili neďaleko Chaty pod Rysmi."),
    ("en", "cs", "They laid flowers at the Lidice memorial.", "Položili květiny u památníku v Lidicích."),
    ("en", "hr", "The festival in Motovun drew large crowds.", "Festival u Motovunu privukao je mnoštvo."),
])
def test_a_name_declined_by_its_ending_is_present(sl, tl, src, tgt):
    assert [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code in ("N003", "N004")] == []


def test_a_name_put_for_another_in_a_declining_language_is_still_missing():
    fs = mtcheck.check_pair("\"It is a question of survival,\" Paluckas told the Seimas.",
                            "„Tai išlikimo klausimas“, – Kauno taryboje sakė G. Paluckas.", "en", "lt")
    assert [f.code for f in fs if f.code == "N003"] == ["N003"]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "pt", "Brazilian carrier Azul posted revenue of 4.9 billion reais ($870 million).",
     "A companhia aérea Azul registrou receita de R$ 4,9 bilhões (US$ 870 milhões)."),
    ("en", "es", "Chinese exports rose to $400 billion.", "Las exportaciones chinas subieron a US$ 400.000 millones."),
])
def test_a_dollar_signs_prefix_is_no_place(sl, tl, src, tgt):
    assert [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith("N")] == []


@pytest.mark.parametrize("sl,tl,src,tgt,swap", [
    # cities in Cyrillic that CLDR's time-zone cities lack, with their case endings
    ("en", "ru", "The summit will be held in St Petersburg next week.",
     "Саммит пройдёт в Санкт-Петербурге на следующей неделе.", False),
    ("en", "ru", "The summit will be held in Moscow next week.",
     "Саммит пройдёт в Санкт-Петербурге на следующей неделе.", True),
    ("en", "uk", "Shelling hit Odesa overnight.", "Вночі обстріли влучили в Одесу.", False),
    ("en", "uk", "Shelling hit Kharkiv overnight.", "Вночі обстріли влучили в Одесу.", True),
])
def test_cities_in_cyrillic(sl, tl, src, tgt, swap):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith("N")]
    if swap:
        assert any(f.code in ("N004", "N006") and f.severity.label in ("major", "critical") for f in fs), fs
    else:
        assert [f.message for f in fs] == []


def test_a_four_letter_name_slip_beside_its_right_spelling(article):
    # the translation writes Díaz right twice, the third time with one letter changed into a
    # form English does not have; a four-letter word of the language (Sola in German) is not
    # enough evidence
    src = ["La vicepresidenta Yolanda Díaz presentó el plan el lunes.",
           "Díaz dijo que la reforma beneficiará a dos millones de trabajadores.",
           "Los sindicatos apoyan la propuesta.",
           "Díaz comparecerá ante el Congreso el jueves."]
    tgt = ["Deputy Prime Minister Yolanda Díaz presented the plan on Monday.",
           "Díaz said the reform would benefit two million workers.",
           "The unions support the proposal.",
           "Díez will appear before Congress on Thursday."]
    assert [f.text for f in article(src, tgt, "es", "en") if f.code == "N001"] == ["Díez"]
    assert [f.text for f in article(src, tgt[:3] + ["Díaz will appear before Congress on Thursday."], "es", "en")
            if f.code == "N001"] == []


# -- a name of ordinary words, translated (Hangversenyteremben ~ Concert Hall) -----------------
_ORDINARY_NAMES = [
    ("hu", ["A díjátadót csütörtökön tartották a Nemzeti Hangversenyteremben.",
            "Kovács Péter igazgató szerint az est jól sikerült."],
     ["The award ceremony was held on Thursday in the National Concert Hall.",
      "According to director Péter Kovács, the evening went well."]),
    ("el", ["Η χρηματοδότηση προέρχεται από την Τράπεζα Επενδύσεων.",
            "Ο δήμαρχος Νίκος Παπαδάκης χαιρέτισε την απόφαση."],
     ["The funding comes from the Investment Bank.", "Mayor Nikos Papadakis welcomed the decision."]),
    ("da", ["Sagen er nu sendt videre til Fiskeristyrelsen, oplyser politiet.",
            "Direktør Jens Holm ønsker ikke at kommentere sagen."],
     ["The case has now been passed on to the Danish Fisheries Agency, the police said.",
      "Director Jens Holm does not wish to comment on the case."]),
]


@pytest.mark.parametrize("sl,src,tgt", _ORDINARY_NAMES)
def test_a_name_of_ordinary_words_translated_is_at_most_minor(article, sl, src, tgt):
    """An inflected common noun (Hangversenyteremben: concert hall + in), a Greek name of
    common words, a compound of two (Fiskeri|styrelsen), where the translation has title
    words no source word explains in its slot: the name translated, not dropped."""
    fs = [f for f in article(src, tgt, sl, "en") if f.code == "N003"]
    assert all(f.severity == Severity.MINOR for f in fs), [(f.message, f.severity) for f in fs]


@pytest.mark.parametrize("sl,src,tgt,name", [
    # the person dropped beside the translated name
    ("hu", _ORDINARY_NAMES[0][1], [_ORDINARY_NAMES[0][2][0], "According to the director, the evening went well."],
     "Péter"),
    ("da", _ORDINARY_NAMES[2][1], [_ORDINARY_NAMES[2][2][0], "The director does not wish to comment on the case."],
     "Jens Holm"),
    # the city dropped where a translated title word (Line) stands near: it takes one name only
    ("el", ["Το νέο τμήμα της Γραμμής 2 του μετρό της Θεσσαλονίκης θα ανοίξει το 2026.",
            "Ο δήμαρχος Νίκος Παπαδάκης χαιρέτισε την απόφαση."],
     ["The new section of Line 2 of the metro will open in 2026.", "Mayor Nikos Papadakis welcomed the decision."],
     "Θεσσαλονίκης"),
])
def test_a_name_dropped_beside_a_translated_one_still_weighs(article, sl, src, tgt, name):
    fs = [f for f in article(src, tgt, sl, "en") if f.code == "N003" and name in f.message]
    assert fs and fs[0].severity >= Severity.MAJOR, [(f.message, f.severity) for f in fs]


@pytest.mark.parametrize("src,tgt,missing", [
    ("Обстріли знову зачепили околиці Харкова.", "Shelling again hit the outskirts of Kharkiv.", False),
    ("Обстріли знову зачепили околиці Харкова.", "Shelling again hit the outskirts of the city.", True),
])
def test_english_kh_transcribes_a_cyrillic_h(src, tgt, missing):
    """Kharkiv is Харків (Харкова) in English: kh is х."""
    assert bool([f for f in mtcheck.check_pair(src, tgt, "uk", "en") if f.code == "N003"]) == missing


@pytest.mark.parametrize("tgt,weak", [
    ("A spokeswoman for the Valencian regional government announced new aid for farmers yesterday.", True),
    ("A spokeswoman for the regional government announced new aid for farmers yesterday.", False),
])
def test_a_romance_title_word_reworded_around_its_place_is_minor(article, tgt, weak):
    """Generalitat Valenciana ~ Valencian regional government: the place word beside the
    institution's title word is rendered, the name reworded; with the place gone too, the
    name is missing."""
    src = ["La portavoz de la Generalitat Valenciana anunció ayer nuevas ayudas para los agricultores.",
           "El ministro Luis Planas visitó la zona."]
    fs = [f for f in article(src, [tgt, "Minister Luis Planas visited the area."], "es", "en")
          if f.code == "N003" and "Generalitat" in f.message]
    assert fs and (fs[0].severity == Severity.MINOR) == weak, [(f.message, f.severity) for f in fs]


@pytest.mark.parametrize("tgt,tl,said", [
    # a name the translation may have written in a script mtcheck does not read back is
    # said so, not "missing" (session 32)
    ("路透社报道了这笔交易。", "zh", "is not found in the translation, which writes names in a script mtcheck "
                           "does not read back (check by eye)"),
    ("ロイター通信がこの取引を報じた。", "ja", "does not read back"),
    # Cyrillic is read back: a name it lacks is missing
    ("Агентство сообщило о сделке.", "ru", "is missing from the translation"),
])
def test_a_name_in_a_script_not_read_back(tgt, tl, said):
    fs = [f for f in mtcheck.check_pair("Reuters reported the deal.", tgt, "en", tl) if f.code == "N003"]
    assert len(fs) == 1 and said in fs[0].message, [f.message for f in fs]


@pytest.mark.parametrize("src,tgt,sl,added", [
    # a source acronym spelled out, the acronym in brackets after it, is no added name (session 32)
    ("A mérések a Szegedi Tudományegyetem és az ELTE kutatóitól származnak.",
     "The measurements come from researchers at the University of Szeged and Eötvös Loránd University (ELTE).",
     "hu", []),
    ("Die Messungen stammen von Forschern der ETH.",
     "The measurements come from researchers at the Swiss Federal Institute of Technology (ETH).", "de", []),
    ("Die Messungen stammen von Forschern der ETH.", "The measurements come from researchers in Basel and at the ETH.",
     "de", ["Basel"]),
])
def test_an_acronym_spelled_out_is_no_added_name(src, tgt, sl, added):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, "en") if f.code == "N005"]
    assert [tgt[f.span[0]:f.span[1]] for f in fs] == added


@pytest.mark.parametrize("tgt,swapped", [
    # South Tyrol's towns have an official Italian and German name (session 32)
    ("Der Radweg nach Leifers soll bis 2027 fertiggestellt sein.", False),
    ("Der Radweg nach Brixen soll bis 2027 fertiggestellt sein.", True),
])
def test_south_tyrol_town_names(tgt, swapped):
    fs = mtcheck.check_pair("Il collegamento ciclabile con Laives sarà completato entro il 2027.", tgt, "it", "de")
    assert any(f.code == "N004" for f in fs) is swapped, [f.message for f in fs]


@pytest.mark.parametrize("tgt,missing", [
    # a three-letter name before a German street word (session 32): via Roma ~ Romstraße
    ("Die Arbeiten betreffen auch die Freiheitsstraße und die Romstraße.", False),
    ("Die Arbeiten betreffen auch die Freiheitsstraße und die Bahnhofstraße.", True),
])
def test_a_short_name_in_a_street_compound(tgt, missing):
    fs = mtcheck.check_pair("I lavori riguardano anche corso Libertà e via Roma.", tgt, "it", "de")
    assert any(f.code == "N003" for f in fs) is missing, [f.message for f in fs]


def _n001(src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str]]:
    return [(f.text, f.severity.label) for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N001"]


def test_a_kept_latin_name_with_one_letter_changed():
    # a German or Swiss surname is written as the source writes it in an English or French
    # text: one letter changed into a form the target language never uses is a slip,
    # major, even where no version in the target's language confirms the spelling
    src = "Trainerin Sabine Kretz lobte nach dem Spiel die Abwehr."
    assert _n001(src, "Coach Sabine Krets praised the defence after the match.", "de", "en") == [("Krets", "major")]
    assert _n001(src, "Coach Sabine Kretz praised the defence after the match.", "de", "en") == []
    src = "Landrat Jörg Kuhnke eröffnete am Montag die neue Brücke."
    assert _n001(src, "District administrator Jörg Kuhnka opened the new bridge on Monday.", "de", "en") \
        == [("Kuhnka", "major")]
    src = "Gemeinderätin Ursula Zbinden kritisierte den Entscheid scharf."
    assert _n001(src, "La conseillère municipale Ursula Zbindan a vivement critiqué la décision.", "de", "fr") \
        == [("Zbindan", "major")]
    assert _n001(src, "La conseillère municipale Ursula Zbinden a vivement critiqué la décision.", "de", "fr") == []
    # a letter a transliteration convention changes is no slip: German w is others' v,
    # English z German s (Zelensky ~ Selenskyj)
    assert _n001("Gouverneur Pawel Malkow eröffnete am Montag die neue Brücke.",
                 "Governor Pavel Malkov opened the new bridge on Monday.", "de", "en") == []
    assert _n001("Coach Sabine Kretz praised the defence after the match.",
                 "Trainerin Sabine Krets lobte nach dem Spiel die Abwehr.", "en", "de") == []


def test_a_name_slip_beside_its_right_spelling_in_a_german_translation(article):
    # German capitalises nouns (and -ik ends many: Politik), so the rare-word search does
    # not take "Jankovik" for a name; the translation writes Jankovic right twice, so no
    # transliteration convention explains the third spelling
    src = ["Goalkeeper Marko Jankovic saved two penalties on Saturday.",
           "Jankovic, 29, joined the club in May.",
           "The club thanked Jankovic after the match."]
    tgt = ["Torhüter Marko Jankovic hielt am Samstag zwei Elfmeter.",
           "Der 29-jährige Jankovik war im Mai zum Verein gekommen.",
           "Der Verein dankte Jankovic nach dem Spiel."]
    assert [(f.text, f.severity.label) for f in article(src, tgt, "en", "de") if f.code == "N001"] \
        == [("Jankovik", "major")]
    tgt[1] = "Der 29-jährige Jankovic war im Mai zum Verein gekommen."
    assert [f.text for f in article(src, tgt, "en", "de") if f.code == "N001"] == []


def test_a_name_one_letter_off_its_transliteration():
    # Greek, Cyrillic and Devanagari write their vowels: a rendering one letter off what
    # every transliteration system gives is a slip; the systems' own variants are not
    src = "Ο δήμαρχος Θανάσης Κολοκοτρώνης εγκαινίασε τη νέα γέφυρα."
    assert _n001(src, "Mayor Thanasis Kolokotrenis inaugurated the new bridge.", "el", "en") \
        == [("Kolokotrenis", "major")]
    assert _n001(src, "Mayor Thanasis Kolokotronis inaugurated the new bridge.", "el", "en") == []
    src = "Губернатор Андрей Воробьёв открыл новый мост."
    assert _n001(src, "Governor Andrei Verobyov opened the new bridge.", "ru", "en") == [("Verobyov", "major")]
    assert _n001(src, "Governor Andrei Vorobyov opened the new bridge.", "ru", "en") == []
    assert _n001(src, "Governor Andrey Vorobiev opened the new bridge.", "ru", "en") == []
    src = "मुख्यमंत्री योगी आदित्यनाथ ने लखनऊ में कहा।"
    assert _n001(src, "Chief Minister Yogi Adityanoth said in Lucknow.", "hi", "en") == [("Adityanoth", "major")]
    assert _n001(src, "Chief Minister Yogi Adityanath said in Lucknow.", "hi", "en") == []
    # a name the target language knows in its own spelling (Трамп is Trump)
    assert _n001("По словам Трампа, переговоры продолжатся.",
                 "According to Trump, the talks will continue.", "ru", "en") == []


def test_a_case_form_of_a_name_is_no_slip():
    # Polish declines names by their endings: the translation's nominative (Bystrzyca) is
    # not a misspelling of the source's genitive (Bystrzycy)
    assert _n001("Burmistrz Bystrzycy spotkał się z mieszkańcami.",
                 "The mayor of Bystrzyca met residents.", "pl", "en") == []


@pytest.mark.parametrize("src,tgt,sl,sev", [
    # a consonant off every transliteration is not judged (a third language's own spelling
    # of the name, Клаудиньо ~ Claudinho, Μπόριτς ~ Boric); a vowel off is major (session 32)
    ("Гол забил бразилец Клаудиньо на 67-й минуте.", "The goal was scored by the Brazilian Claudinho in the 67th minute.",
     "ru", None),
    ("Ο Γκαμπριέλ Μπόριτς κέρδισε τις εκλογές στη Χιλή.", "Gabriel Boric won the election in Chile.", "el", None),
    ("Ο υπουργός Χρίστος Δήμας δήλωσε ότι το έργο θα ολοκληρωθεί.",
     "Minister Christos Dimos said the project would be completed.", "el", "major"),
])
def test_a_transliteration_slip_by_letter(src, tgt, sl, sev):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, "en") if f.code == "N001"]
    assert [f.severity.label for f in fs] == ([sev] if sev else []), [f.message for f in fs]


@pytest.mark.parametrize("src,tgt,missing", [
    # an honour is a title, no name (session 32): Dame ~ in den Adelsstand erhoben
    ("She was appointed a Dame in 2005 and received the Darwin Medal in 2011.",
     "2005 wurde sie in den Adelsstand erhoben, 2011 erhielt sie die Darwin-Medaille.", []),
    ("Dame Jane Goodall received the Darwin Medal in 2011.", "2011 erhielt Jane Goodall die Darwin-Medaille.", []),
    ("Dame Jane Goodall received the Darwin Medal in 2011.", "2011 erhielt die Forscherin die Darwin-Medaille.",
     ["Jane Goodall"]),
])
def test_an_honour_is_no_name(src, tgt, missing):
    fs = [f for f in mtcheck.check_pair(src, tgt, "en", "de") if f.code == "N003"]
    assert [f.message.split("”")[0].lstrip("“") for f in fs] == missing


@pytest.mark.parametrize("src,sl", [
    # a common word opening a Dutch or Scandinavian sentence is no name (session 32): these
    # languages compound like German but capitalise a sentence's first word only
    ("De totala utsläppen uppgick till 47,2 miljoner ton koldioxidekvivalenter.", "sv"),
    ("De totale udledninger udgjorde 47,2 millioner ton CO2-ækvivalenter.", "da"),
])
def test_a_sentence_opening_article_is_no_name(src, sl):
    fs = mtcheck.check_pair(src, "Insgesamt beliefen sich die Emissionen auf 47,2 Millionen Tonnen "
                                 "CO₂-Äquivalente.", sl, "de")
    assert [f.message for f in fs if f.code in ("N004", "N005")] == []


@pytest.mark.parametrize("text,lang,names", [
    # (session 33) an amount with its currency sign glued on is no name
    ("Pembangunan menelan biaya sekitar Rp450 miliar.", "id", []),
    ("The fine was Rs500 and SEK100 a day.", "en", []),
    ("Airbus A380 dan G7 bertemu di Jakarta.", "id", ["A380", "G7", "Jakarta"]),
])
def test_a_glued_currency_amount_is_no_name(text, lang, names):
    assert [n.text for n in find_names(text, lang)] == names


def test_a_glued_currency_amount_is_read_as_money():
    src = "Pembangunan menelan biaya sekitar Rp450 miliar."
    assert mtcheck.check_pair(src, "The construction cost about 450 billion rupiah.", "id", "en") == []
    fs = mtcheck.check_pair(src, "The construction cost about 540 billion rupiah.", "id", "en")
    assert [f.code for f in fs] == ["D001"]


@pytest.mark.parametrize("sl,src,tgt", [
    # (session 33) country names of more languages (CLDR via Babel: Swahili, Indonesian, ...)
    # and the months and weekdays Swahili and Indonesian capitalise
    ("sw", "Kwa mujibu wa takwimu za serikali, watalii wengi walitoka Marekani na Ujerumani kati ya "
           "Julai na Oktoba mwaka huu.",
     "According to government figures, most tourists came from the United States and Germany "
     "between July and October this year."),
    ("id", "Sebagian besar wisatawan datang dari Jerman dan Belanda pada bulan Oktober.",
     "Most tourists came from Germany and the Netherlands in October."),
])
def test_country_names_and_months_of_more_languages(sl, src, tgt):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, "en") if f.code.startswith("N")]
    assert fs == [], [(f.code, f.message) for f in fs]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # (session 33) a stem's consonant softened before a Slavic case ending (Rijeka ~ u Rijeci),
    # a Czech woman's surname with -ová (Fręchovou ~ Fręch), an acronym with the target
    # language's accents (EU ~ Slovak EÚ)
    ("en", "hr", "The universities of Split and Rijeka will join a year later.",
     "Sveučilišta u Splitu i Rijeci pridružit će se godinu dana kasnije."),
    ("cs", "en", "Ve čtvrtfinále se utká s Magdalenou Fręchovou.", "In the quarter-finals she will face Magdalena Fręch."),
    ("en", "sk", "The project will be partly financed from EU funds.", "Projekt budú čiastočne financovať z fondov EÚ."),
])
def test_declined_feminine_and_accented_forms_are_present(sl, tl, src, tgt):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code in ("N003", "N004")]
    assert fs == [], [(f.code, f.message) for f in fs]


def test_a_missing_name_of_a_language_with_no_word_list_is_at_most_major(article):
    # (session 33) Swahili: no word list, so an ordinary word of a translated name
    # (Hifadhi ya Taifa ~ National Park) cannot be told from a name
    src = ["Watalii 12,000 walitembelea Hifadhi ya Taifa ya Serengeti mwezi uliopita.",
           "Idadi hiyo ni kubwa kuliko mwaka jana.", "Wengi walitoka Ulaya."]
    tgt = ["Some 12,000 tourists visited Serengeti National Park last month.",
           "The number is higher than last year.", "Most came from Europe."]
    fs = [f for f in article(src, tgt, "sw", "en") if f.code == "N003"]
    assert fs and all(f.severity <= Severity.MAJOR for f in fs), [(f.severity.label, f.message) for f in fs]


@pytest.mark.parametrize("tgt,want", [
    # (session 33) the Czech locative with its softened consonant (Praha ~ v Praze)
    ("The WTA tournament in Prague starts on Monday.", []),
    ("The WTA tournament in Brno starts on Monday.", ["N004"]),
])
def test_a_czech_locative_with_a_softened_consonant_is_the_place(tgt, want):
    fs = mtcheck.check_pair("Turnaj WTA v Praze začne v pondělí.", tgt, "cs", "en")
    assert [f.code for f in fs if f.code.startswith("N")] == want


@pytest.mark.parametrize("text,names", [
    # (session 33) Vietnamese capitalises every syllable of a name, each syllable alone a
    # common word; titles and weekdays are capitalised too (Tổng thống, Chủ nhật)
    ("Ông Hùng phát biểu tại Hà Nội hôm Chủ nhật.", ["Hùng", "Hà Nội"]),
    ("Ngày 4 tháng 2, Tổng thống Gabriel Boric cho biết Việt Nam sẽ đầu tư vào Hà Nội.",
     ["Gabriel Boric", "Việt Nam", "Hà Nội"]),
])
def test_vietnamese_names_are_runs_of_capitalised_syllables(text, names):
    assert [n.text for n in find_names(text, "vi", "en")] == names


@pytest.mark.parametrize("tgt,want", [
    ('"We want Vietnam to lead," Hung said in Hanoi.', []),
    # (session 46: Hà Nội is Hanoi in the lexicon, so N006 sees the swap too)
    ('"We want Vietnam to lead," Hung said in Ho Chi Minh City.', ["N003", "N006"]),
])
def test_a_vietnamese_place_written_as_one_word(tgt, want):
    fs = mtcheck.check_pair('"Chúng tôi muốn Việt Nam dẫn đầu", ông Hùng phát biểu tại Hà Nội.', tgt, "vi", "en")
    assert [f.code for f in fs if f.code.startswith("N")] == want


@pytest.mark.parametrize("tgt,want", [
    # (session 33) a feast inside a German compound by its combining form (Weihnachts-, Oster-)
    ("Die Schulen schliessen wenige Tage vor Beginn der Weihnachtsferien.", []),
    ("Die Schulen schliessen wenige Tage vor Beginn der Osterferien.", ["N003"]),
])
def test_a_feast_inside_a_german_compound(tgt, want):
    fs = mtcheck.check_pair("Les écoles ferment à quelques jours du début des vacances de Noël.", tgt, "fr", "de")
    assert [f.code for f in fs if f.code.startswith("N")] == want


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # (session 33) Czech names of Polish cities (Wrocław ~ Vratislav, Szczecin ~ Štětín; not
    # German Posen for Poznań, the plural of Pose in German text)
    ("en", "cs", "The ferry to Szczecin leaves at noon.", "Trajekt do Štětína odplouvá v poledne."),
    ("en", "cs", "The flood waves will reach Ostrava and Wrocław by midweek.",
     "Povodňové vlny dorazí do Ostravy a Vratislavi do poloviny týdne."),
])
def test_exonyms_of_polish_cities(sl, tl, src, tgt):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith("N")]
    assert fs == [], [(f.code, f.message) for f in fs]
