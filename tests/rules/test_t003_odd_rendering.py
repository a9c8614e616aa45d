"""T003 inconsistent-rendering: one mention of a repeated, consistently translated term
rendered by another word.  Each test pairs a translation with the odd rendering (flagged on
the right words) with the consistent one (nothing flagged)."""

from __future__ import annotations

from mtcheck.model import Alignment, Bead, Document, Paragraph, Segment
from mtcheck.rules import CheckContext, run_rules, select_rules


def _ctx(src_sents: list[str], tgt_sents: list[str], sl: str, tl: str) -> CheckContext:
    """One bead per sentence."""
    def doc(sents: list[str], lang: str, role: str, path: str) -> Document:
        paras, segs, pos = [], [], 0
        for i, s in enumerate(sents):
            paras.append(Paragraph(i, "body", pos, pos + len(s)))
            segs.append(Segment(i, i, "body", pos, pos + len(s), s))
            pos += len(s) + 2
        d = Document(path=path, lang=lang, role=role, text="\n\n".join(sents))
        d.paragraphs, d.segments = paras, segs
        return d

    src = doc(src_sents, sl, "source", "src.txt")
    tgt = doc(tgt_sents, tl, "target", "tgt.txt")
    al = Alignment(src.path, tgt.path, [Bead([i], [i]) for i in range(len(src_sents))])
    return CheckContext(tgt, src, [], {tgt.path: al})


def _t003(src, tgt, sl, tl) -> list[str]:
    return [f.text for f in run_rules(_ctx(src, tgt, sl, tl), select_rules(["T003"]))]


def _check(src, bad, good, sl, tl, want):
    assert _t003(src, bad, sl, tl) == [want]
    assert _t003(src, good, sl, tl) == []


# -- a source term inflected differently in each mention (no lemmatiser for the language):
# its forms share a stem
def test_inflected_source_term_pl_en():
    src = ["Ciężarówka przewróciła się pod Radomiem",
           "Kierowca ciężarówki został lekko ranny.",
           "Policja zamknęła drogę na dwie godziny.",
           "Strażacy podnieśli ciężarówkę."]
    bad = ["Lorry overturns near Radom",
           "The lorry driver was slightly injured.",
           "Police closed the road for two hours.",
           "Firefighters lifted the truck."]
    good = bad[:3] + ["Firefighters lifted the lorry."]
    _check(src, bad, good, "pl", "en", "truck")


def test_inflected_source_term_cs_en_two_words():
    # Czech adjective and noun both inflected: státní rozpočet / státního rozpočtu / státním rozpočtem
    src = ["Vláda schválila státní rozpočet na příští rok.",
           "Schodek státního rozpočtu má klesnout pod tři procenta.",
           "Opozice návrh kritizuje.",
           "Sněmovna bude hlasovat o státním rozpočtu v prosinci."]
    bad = ["The government approved the state budget for next year.",
           "The state budget deficit is to fall below three per cent.",
           "The opposition criticises the proposal.",
           "The chamber will vote on the national budget in December."]
    good = bad[:3] + ["The chamber will vote on the state budget in December."]
    _check(src, bad, good, "cs", "en", "national budget")


# -- a rendering of several words with one word swapped, the other kept in every sentence
def test_swapped_word_of_rendering_de_en():
    src = ["Die Stadtwerke erhöhen den Preis für Fernwärme.",
           "Fernwärme kostet ab Januar zwölf Prozent mehr.",
           "Der Bürgermeister verteidigte die Entscheidung.",
           "Viele Mieter heizen ihre Wohnungen mit Fernwärme."]
    bad = ["The municipal utility is raising the price of district heating.",
           "District heating will cost twelve per cent more from January.",
           "The mayor defended the decision.",
           "Many tenants warm their flats with remote heating."]
    good = bad[:3] + ["Many tenants warm their flats with district heating."]
    _check(src, bad, good, "de", "en", "remote heating")


def test_swapped_word_of_rendering_en_es():
    src = ["The waiting list for knee operations has grown again.",
           "More than 4,000 patients are on the waiting list.",
           "The minister promised to hire new surgeons.",
           "Nobody should stay on a waiting list for a year."]
    bad = ["La lista de espera para operaciones de rodilla ha vuelto a crecer.",
           "Más de 4.000 pacientes están en la lista de espera.",
           "El ministro prometió contratar nuevos cirujanos.",
           "Nadie debería permanecer en una cola de espera durante un año."]
    good = bad[:3] + ["Nadie debería permanecer en una lista de espera durante un año."]
    _check(src, bad, good, "en", "es", "cola de espera")


# -- two renderings found in equally many sentences: the one of another source word (a name
# kept as it is, Lisbon → Lisboa) is not the term's
def test_tie_with_a_kept_name_en_pt():
    src = ["The speed camera on the A1 near Lisbon caught 12,000 drivers.",
           "Another speed camera will be installed in Lisbon next month.",
           "The police welcomed the results.",
           "The speed camera cost 80,000 euros."]
    bad = ["O radar de velocidade da A1 perto de Lisboa apanhou 12 mil condutores.",
           "Outro radar de velocidade será instalado em Lisboa no próximo mês.",
           "A polícia saudou os resultados.",
           "O radar de trânsito custou 80 mil euros."]
    good = bad[:3] + ["O radar de velocidade custou 80 mil euros."]
    _check(src, bad, good, "en", "pt", "radar de trânsito")


def test_tie_with_another_words_rendering_en_de():
    # Landwirt is found in just the sentences of "farmer", Weinberge in those of "vineyards";
    # and the term is all the first two sentences share, though German puts Weinberge
    # elsewhere in the first
    src = ["A farmer in Kent has been fined for damaging the vineyards on his land.",
           "He had sprayed the vineyards with a banned pesticide.",
           "The council welcomed the decision.",
           "A vineyard may not be cleared by a farmer without permission."]
    bad = ["Ein Landwirt aus Kent ist wegen Beschädigung der Weinberge auf seinem Land zu einer "
           "Geldstrafe verurteilt worden.",
           "Er hatte die Weinberge mit einem verbotenen Pestizid gespritzt.",
           "Der Gemeinderat begrüßte die Entscheidung.",
           "Eine Rebfläche darf von einem Landwirt nicht ohne Genehmigung gerodet werden."]
    good = bad[:3] + ["Ein Weinberg darf von einem Landwirt nicht ohne Genehmigung gerodet werden."]
    _check(src, bad, good, "en", "de", "Rebfläche")


# -- a translation language without a list of function words (Greek): an article found in
# every sentence of the term is no rendering of it; and its words are inflected too
# (ενεργειακή φτώχεια / της ενεργειακής φτώχειας)
def test_target_without_function_word_list_en_el():
    src = ["The government announced new measures against energy poverty.",
           "Energy poverty in the country affects one in five households.",
           "The opposition called the plan inadequate.",
           "The minister said energy poverty in the country would be halved by 2030."]
    bad = ["Η κυβέρνηση ανακοίνωσε νέα μέτρα κατά της ενεργειακής φτώχειας.",
           "Η ενεργειακή φτώχεια της χώρας πλήττει ένα στα πέντε νοικοκυριά.",
           "Η αντιπολίτευση χαρακτήρισε το σχέδιο ανεπαρκές.",
           "Ο υπουργός δήλωσε ότι η ενεργειακή ανέχεια της χώρας θα μειωθεί στο μισό έως το 2030."]
    good = bad[:3] + ["Ο υπουργός δήλωσε ότι η ενεργειακή φτώχεια της χώρας θα μειωθεί στο μισό "
                      "έως το 2030."]
    _check(src, bad, good, "en", "el", "ενεργειακή ανέχεια")


# -- a term moved with its number (212 000 X → 212.000 Y) is where the number is, however
# the rest of the sentence is ordered
def test_term_placed_by_its_number_sv_de():
    src = ["Antalet elbilar i Sverige ökade kraftigt i fjol.",
           "Enligt Trafikverket registrerades 84 000 elbilar mellan januari och juni, fler än någonsin.",
           "Regeringen vill bygga fler laddstationer.",
           "Bland nyregistreringarna var 31 000 elbilar av kinesiskt märke."]
    bad = ["Die Zahl der Elektroautos in Schweden ist im vergangenen Jahr stark gestiegen.",
           "Nach Angaben des Trafikverket wurden zwischen Januar und Juni 84.000 Elektroautos "
           "zugelassen, mehr als je zuvor.",
           "Die Regierung will mehr Ladestationen bauen.",
           "Unter den Neuzulassungen waren 31.000 Stromer chinesischer Marken."]
    good = bad[:3] + ["Unter den Neuzulassungen waren 31.000 Elektroautos chinesischer Marken."]
    _check(src, bad, good, "sv", "de", "Stromer")


# -- the majority rendering put elsewhere in a sentence (word order) still renders the term
# when the term is the only source word its sentences share
def test_majority_elsewhere_but_sole_link_nl_fr():
    src = ["Het rookverbod geldt vanaf juni voor alle cafés in de stad.",
           "Wie het rookverbod negeert, riskeert een boete van 100 euro.",
           "De horecabranche is verdeeld.",
           "Volgens de burgemeester wordt het rookverbod streng gecontroleerd."]
    bad = ["À partir de juin, tous les cafés de la ville seront soumis à l'interdiction de fumer.",
           "Quiconque ignore l'interdiction de fumer risque une amende de 100 euros.",
           "Le secteur de la restauration est divisé.",
           "Selon le maire, la prohibition de fumer sera strictement contrôlée."]
    good = bad[:3] + ["Selon le maire, l'interdiction de fumer sera strictement contrôlée."]
    _check(src, bad, good, "nl", "fr", "prohibition de fumer")


# -- Korean: a word of four syllables is a long word, and its particles are not part of it
def test_korean_source_term_ko_en():
    src = ["전기요금이 내년에 오른다.",
           "전기요금 인상은 4월에 시작된다.",
           "야당은 결정을 비판했다.",
           "전기요금 부담을 호소하는 가구가 많다."]
    bad = ["Electricity rates will rise next year.",
           "The electricity rate increase begins in April.",
           "The opposition criticised the decision.",
           "Electricity charges weigh on many households."]
    good = bad[:3] + ["Electricity rates weigh on many households."]
    _check(src, bad, good, "ko", "en", "Electricity charges")
