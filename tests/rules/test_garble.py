"""Garble rule: X001 not-a-translation (word salad, split noun chains, source words left in)."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.model import Alignment, Bead, Document, Paragraph, Segment, Severity
from mtcheck.rules import CheckContext, get_rule, run_rules
from mtcheck.rules.garble import assess

CONFIG = Config(select=["X"])  # this family only


def x001(src, tgt, sl, tl):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=CONFIG) if f.code == "X001"]


# -- failing: not a translation --------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl,snippet", [
    # en -> de: a headline rendered word by word, nouns strung in English order
    ("City council housing committee backs rent cap proposal",
     "Stadtrat Wohnungsbau Ausschuss unterstützt Miete Obergrenze Vorschlag", "en", "de",
     "Wohnungsbau Ausschuss"),
    ("Hospital nurses union pay dispute ends",
     "Krankenhaus Krankenschwestern Gewerkschaft Lohn Streit endet", "en", "de", "Gewerkschaft Lohn"),
    # a name from the source glued to a German noun, then a second noun
    ("Berlin police investigate school fire", "Berlin Polizei Schule Feuer Untersuchung", "en", "de",
     "Berlin Polizei"),
    # en -> fr: English words left in a French sentence
    ("The minister said the talks were difficult but constructive",
     "Le ministre a said que les talks étaient difficult mais constructives", "en", "fr", "'said'"),
    # de -> fr: German words left in a French sentence
    ("Die Regierung hat die Steuerreform gestern überraschend verschoben.",
     "Le gouvernement hat die Steuerreform gestern reporté.", "de", "fr", "'gestern'"),
])
def test_flags_word_salad(src, tgt, sl, tl, snippet):
    fs = x001(src, tgt, sl, tl)
    assert len(fs) == 1, fs
    f = fs[0]
    assert f.severity == Severity.MAJOR
    assert f.category == "Accuracy/Non-translation"
    assert f.text == tgt  # the whole target sentence
    assert snippet in f.message
    assert f.evidence and f.evidence[0].text == src


# -- passing: real translations -----------------------------------------------------------

@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("City council housing committee backs rent cap proposal",
     "Der Wohnungsausschuss des Stadtrats unterstützt den Vorschlag einer Mietobergrenze", "en", "de"),
    ("Hospital nurses union pay dispute ends",
     "Lohnstreit der Pflegegewerkschaft im Krankenhaus beigelegt", "en", "de"),
    # names (as written and transliterated), titles, adjective and genitive forms
    ("Prime Minister Benjamin Netanyahu met Chancellor Angela Merkel at the European Central Bank.",
     "Ministerpräsident Benjamin Netanjahu traf Bundeskanzlerin Angela Merkel bei der Europäischen "
     "Zentralbank.", "en", "de"),
    ("Soft power is not always better than hard power, said the president of France.",
     "Soft Power ist nicht immer besser als Hard Power, sagte der Präsident Frankreichs.", "en", "de"),
    ("The minister said the talks were difficult but constructive",
     "Le ministre a déclaré que les discussions étaient difficiles mais constructives", "en", "fr"),
    # a term kept in English on purpose (capitalised as a term) is not word salad
    ("The bank insisted on thorough due diligence before the merger.",
     "La banque a exigé une Due Diligence approfondie avant la fusion.", "en", "fr"),
    ("Die Regierung hat die Steuerreform gestern überraschend verschoben.",
     "Le gouvernement a reporté hier, à la surprise générale, la réforme fiscale.", "de", "fr"),
    ("Bundesrat Alain Berset sprach in Bern über die Reform der Altersvorsorge.",
     "Le conseiller fédéral Alain Berset a parlé à Berne de la réforme de la prévoyance vieillesse.",
     "de", "fr"),
    # a title before a name ("Ministerpräsident Ilona Varga") and a noun repeated across a
    # preposition ("Jahr für Jahr") are no split noun chain
    # (a name the source lacks is N005's business, not word salad)
    ("The prime minister spoke in parliament on Tuesday.",
     "Am Dienstag sprach Ministerpräsident Viktor Orbán im Parlament.", "en", "de"),
    ("Le Premier ministre a parlé mardi au Parlement.",
     "Am Dienstag sprach Ministerpräsident Viktor Orbán im Parlament.", "fr", "de"),
    ("La corruption coûte chaque année 10 % du PIB à l'Amérique latine.",
     "Die Bank meint, dass Korruption Lateinamerika Jahr für Jahr zehn Prozent kostet.", "fr", "de"),
    ("The bank says poverty costs Africa billions year after year.",
     "Die Bank sagt, dass Armut Afrika Jahr für Jahr Milliarden kostet.", "en", "de"),
    # French capitalises no nouns: a headline's capitals are no noun chain there
    ("Paris Metro Workers Strike Again", "Les Agents Du Métro Parisien En Grève", "en", "fr"),
])
def test_leaves_translations_alone(src, tgt, sl, tl):
    assert x001(src, tgt, sl, tl) == []


def test_one_copied_word_is_not_enough():
    # a single source word left in is code-mix (L002), not a non-translation
    src = "The authorities could not meet the new demands today."
    tgt = "Les autorités ne pouvaient pas meet les nouvelles exigences aujourd'hui."
    assert x001(src, tgt, "en", "fr") == []
    assert assess(src, tgt, "en", "fr")[0] < 2
    src = "The spokesperson said the authorities could not meet the new demands."
    tgt = "Der spokesperson sagte, die Behörden könnten die neuen Forderungen nicht erfüllen."
    assert x001(src, tgt, "en", "de") == []
    score, signals = assess(src, tgt, "en", "de")
    assert score == 1 and [(k, tgt[a:b]) for k, a, b in signals] == [("copied from the source", "spokesperson")]


def test_names_and_acronyms_are_not_copied_words():
    # names keep their form; an acronym alone is no English left in
    assert x001("Yesterday Barack Obama visited the NATO summit in Brussels with Emmanuel Macron.",
                "Hier, Barack Obama a visité le sommet de l'OTAN à Bruxelles avec Emmanuel Macron.",
                "en", "fr") == []


def test_copy_of_the_source_is_left_to_l001():
    assert x001("Minister says talks difficult", "Minister says talks difficult", "en", "fr") == []


def test_same_language_or_language_without_word_list_is_skipped():
    salad = "Stadtrat Wohnungsbau Ausschuss unterstützt Miete Obergrenze Vorschlag"
    assert x001(salad, salad + " heute", "de", "de") == []
    # a language without a word list gives no evidence
    assert x001("City council housing committee backs rent cap proposal", salad, "xx", "de") == []


def test_needs_a_source():
    assert get_rule("X001").needs_source
    tgt = "Stadtrat Wohnungsbau Ausschuss unterstützt Miete Obergrenze Vorschlag"
    d = Document(path="t.de", lang="de", role="target", text=tgt)
    d.paragraphs = [Paragraph(0, "body", 0, len(tgt))]
    d.segments = [Segment(0, 0, "body", 0, len(tgt), tgt)]
    assert run_rules(CheckContext(d), [get_rule("X001")]) == []


def test_article_mode_flags_the_bead_not_its_neighbours():
    src_sents = ["City council housing committee backs rent cap proposal.",
                 "The vote is expected next week."]
    tgt_sents = ["Stadtrat Wohnungsbau Ausschuss unterstützt Miete Obergrenze Vorschlag.",
                 "Die Abstimmung wird nächste Woche erwartet."]

    def doc(sents, lang, role, path):
        text = " ".join(sents)
        d = Document(path=path, lang=lang, role=role, text=text)
        d.paragraphs = [Paragraph(0, "body", 0, len(text))]
        pos = 0
        for i, s in enumerate(sents):
            d.segments.append(Segment(i, 0, "body", pos, pos + len(s), s))
            pos += len(s) + 1
        return d

    src, tgt = doc(src_sents, "en", "source", "s.en"), doc(tgt_sents, "de", "target", "t.de")
    al = Alignment(src.path, tgt.path, [Bead([0], [0]), Bead([1], [1])])
    fs = run_rules(CheckContext(tgt, src, (), {tgt.path: al}), [get_rule("X001")])
    assert [f.segment for f in fs] == [0]
    assert fs[0].text == tgt_sents[0]


def test_min_score_option_and_regrading():
    salad = ("Hospital nurses union pay dispute ends",
             "Krankenhaus Krankenschwestern Gewerkschaft Lohn Streit endet", "en", "de")
    strict = Config(select=["X"], options={"X001": {"min_score": 3}})
    assert mtcheck.check_pair(*salad, config=strict) == []
    minor = Config(select=["X"], severities={"X001": Severity.MINOR})
    fs = mtcheck.check_pair(*salad, config=minor)
    assert [f.severity for f in fs] == [Severity.MINOR]


def test_documented_examples_behave_as_documented():
    r = get_rule("X001")
    assert r.category == "Accuracy/Non-translation" and r.family == "garble"
    assert x001(*r.fail, "en", "de")
    assert not x001(*r.ok, "en", "de")
    doc = r.doc()
    assert "X001 not-a-translation" in doc and "Example that fails" in doc
