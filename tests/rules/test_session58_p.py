"""Session 58, helper p: direction flips the lexicons did not see, and one negation read.

* Slavic and Baltic languages front the side of a vote before the verb ("Za návrh hlasovalo
  19 poslancov", "Pro návrh hlasovalo", "За проект проголосовали"): the accept concept now
  has those orders, so "voted against" in the translation is a flip.
* Lithuanian "viršija" (exceeds) is above a level and more than it: "below 30%" or "less
  than 30%" in the translation is the opposite.
* Malay had no direction lexicon: it reads Indonesian's (ms.txt is a copy of id.txt).
* English "greater" after a verb of being or a degree word ("is greater", "much greater") is
  a strong word of size; alone it stays weak.
* Hebrew "קיבלו את פניה" (greeted her) is masked, no acceptance.
* English "overwhelmed" (could not cope) is a negative word for P001: a translation that says
  "did not manage" is no added negation.
"""

from __future__ import annotations

from mtcheck.rules import run_rules, select_rules, single_pair_context


def codes(src: str, sl: str, tgt: str, tl: str, code: str) -> list[str]:
    ctx = single_pair_context(src, tgt, sl, tl)
    return [tgt[f.span[0]:f.span[1]] for f in run_rules(ctx, select_rules([code])) if f.code == code]


def p003(src, sl, tgt, tl):
    return codes(src, sl, tgt, tl, "P003")


# --- fronted side of a vote -------------------------------------------------------------

def test_fronted_vote_sk_en():
    assert p003("Za zmenu hlasovalo 31 poslancov.", "sk",
                "Thirty-one deputies voted against the change.", "en")


def test_fronted_vote_cs_en():
    assert p003("Pro rozpočet hlasovalo 22 zastupitelů.", "cs",
                "Twenty-two councillors voted against the budget.", "en")


def test_fronted_vote_pl_en():
    assert p003("Za uchwałą głosowało 15 radnych.", "pl",
                "Fifteen councillors voted against the resolution.", "en")


def test_fronted_vote_ru_en():
    assert p003("За законопроект проголосовали 280 депутатов.", "ru",
                "280 deputies voted against the bill.", "en")


def test_fronted_vote_hr_en():
    assert p003("Za odluku je glasalo 12 vijećnika.", "hr",
                "Twelve councillors voted against the decision.", "en")


def test_fronted_vote_against_sk_en():
    assert p003("Proti zmene hlasovali iba štyria poslanci.", "sk",
                "Only four deputies voted in favour of the change.", "en")


def test_fronted_vote_rendered_right_is_silent():
    assert p003("Za zmenu hlasovalo 31 poslancov.", "sk",
                "Thirty-one deputies voted in favour of the change.", "en") == []
    assert p003("За законопроект проголосовали 280 депутатов.", "ru",
                "280 deputies voted for the bill.", "en") == []


def test_fronted_vote_both_sides_is_silent():
    # the source names both sides: no flip can be told
    assert p003("Za návrh hlasovalo 19 poslancov, proti hlasovali štyria.", "sk",
                "Nineteen deputies voted against and four in favour.", "en") == []


# --- Lithuanian "exceeds" ---------------------------------------------------------------

LT = "Pašalpą gaus šeimos, kurių pajamos viršija 900 eurų per mėnesį."


def test_lt_exceeds_below():
    assert p003(LT, "lt", "Families whose income is below 900 euros a month will get the benefit.", "en")


def test_lt_exceeds_less_than():
    assert p003(LT, "lt", "Families whose income is less than 900 euros a month will get the benefit.", "en")


def test_lt_exceeds_rendered_right_is_silent():
    assert p003(LT, "lt", "Families whose income exceeds 900 euros a month will get the benefit.", "en") == []
    assert p003(LT, "lt", "Families whose income is above 900 euros a month will get the benefit.", "en") == []


# --- Malay ---------------------------------------------------------------------------------

def test_ms_higher_lower():
    assert p003("Harga beras di pasaran meningkat minggu ini.", "ms",
                "Rice prices in the market fell this week.", "en")
    assert p003("Kadar pengangguran di negeri itu lebih tinggi tahun ini.", "ms",
                "The unemployment rate in the state is lower this year.", "en")


def test_ms_rendered_right_is_silent():
    assert p003("Harga beras di pasaran meningkat minggu ini.", "ms",
                "Rice prices in the market rose this week.", "en") == []
    assert p003("Duta Besar Malaysia tiba di Jakarta pada hari Isnin.", "ms",
                "The Malaysian ambassador arrived in Jakarta on Monday.", "en") == []


# --- "is greater" ---------------------------------------------------------------------------

def test_is_greater_de_en():
    assert p003("In den Bergen ist die Gefahr kleiner.", "de",
                "In the mountains the danger is greater.", "en")


def test_much_greater_hu_en():
    assert p003("A városokban kisebb a kockázat.", "hu",
                "In the cities the risk is much greater.", "en")


def test_greater_alone_stays_weak():
    assert p003("In den Bergen ist die Gefahr kleiner.", "de",
                "In the mountains the danger is smaller, for the greater good.", "en") == []
    assert p003("Die kleinen Gemeinden im Großraum London klagen.", "de",
                "Small municipalities in Greater London are complaining.", "en") == []


def test_is_greater_rendered_right_is_silent():
    assert p003("In den Bergen ist die Gefahr größer.", "de",
                "In the mountains the danger is greater.", "en") == []


# --- "overwhelmed" (P001) -------------------------------------------------------------------

def p001(src, sl, tgt, tl):
    return codes(src, sl, tgt, tl, "P001")


def test_overwhelmed_not_cope_en_de():
    assert p001("The nurses were overwhelmed by the number of patients.", "en",
                "Die Pflegekräfte kamen mit der Zahl der Patienten nicht zurecht.", "de") == []


def test_overwhelmed_not_cope_en_lv():
    assert p001("The small school was overwhelmed after the floods.", "en",
                "Mazā skola pēc plūdiem netika galā.", "lv") == []


def test_added_negation_still_flagged():
    assert p001("The nurses were tired after the long shift.", "en",
                "Die Pflegekräfte waren nach der langen Schicht nicht müde.", "de")


def test_same_as_data_file_reads_the_other_language():
    # ms.txt holds one line, "@same-as id": the Malay lexicon is the Indonesian one, not a copy
    from mtcheck.rules._data import lang_file
    ms, id_ = lang_file("direction", "ms"), lang_file("direction", "id")
    assert ms is not None and ms == id_ and "@same-as" not in ms
    assert lang_file("direction", "xx") is None
