"""Session 58, helper nA: a common surname at home in the source's language, respelt as
another surname of that language.

* N001: a surname at home in a Latin-script source language is written so abroad, so
  another real surname one letter off beside a kept name word is a slip (Domingues ~
  Dominguez). The test of "no common word" (Zipf under 4) left out the commonest
  Portuguese surnames (Cardoso, Sousa, Barbosa: Zipf 4.2 to 4.4); they count now where
  the slip is itself a surname at home in the same language (Cardozo, Souza), which a
  common word's neighbour seldom is.
"""

from __future__ import annotations

from mtcheck.rules import run_rules, select_rules, single_pair_context


def codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list[tuple[str, str]]:
    ctx = single_pair_context(src, tgt, sl, tl)
    return [(tgt[f.span[0]:f.span[1]], f.severity.label)
            for f in run_rules(ctx, select_rules([code])) if f.code == code]


SRC_PT = "Disse a diretora Ana Sousa, que assinou o contrato na terça-feira."


def test_common_home_surname_respelt_pt_en():
    assert codes(SRC_PT, "Director Ana Souza, who signed the contract on Tuesday, said.",
                 "pt", "en", "N001") == [("Souza", "major")]


def test_common_home_surname_respelt_pt_de():
    assert codes(SRC_PT, "Die Direktorin Ana Souza, die am Dienstag den Vertrag "
                 "unterschrieb, sagte.", "pt", "de", "N001") == [("Souza", "major")]


def test_common_home_surname_respelt_cardoso():
    assert codes("O engenheiro Rui Cardoso apresentou o projeto ontem.",
                 "Engineer Rui Cardozo presented the project yesterday.",
                 "pt", "en", "N001") == [("Cardozo", "major")]


def test_common_home_surname_kept_is_silent():
    assert not codes(SRC_PT, "Director Ana Sousa, who signed the contract on Tuesday, said.",
                     "pt", "en", "N001")
    assert not codes("O engenheiro Rui Cardoso apresentou o projeto ontem.",
                     "Der Ingenieur Rui Cardoso stellte das Projekt gestern vor.",
                     "pt", "de", "N001")


def test_common_surname_with_foreign_slip_stays_silent():
    # the slip a surname at home in another language (Spanish Lopez, Mendez for
    # Portuguese Lopes, Mendes): the widened test needs both at home in the source's
    assert not codes("O vereador João Lopes votou contra.",
                     "Councillor João Lopez voted against.", "pt", "en", "N001")
    assert not codes("O vereador João Mendes votou contra.",
                     "Councillor João Mendez voted against.", "pt", "en", "N001")


# -- N004: a Korean given name replaced ----------------------------------------------------
def test_korean_given_name_replaced_en():
    assert codes("김민수 시장은 \"기대가 크다\"고 밝혔다.",
                 "\"Expectations are high,\" said Mayor Kim Ji-hoon.", "ko", "en", "N004") \
        == [("Kim Ji-hoon", "major")]


def test_korean_given_name_replaced_de():
    assert codes("박서연 교수는 \"결과가 놀랍다\"고 말했다.",
                 "\"Die Ergebnisse sind erstaunlich\", sagte Professorin Park Ji-hye.",
                 "ko", "de", "N004") == [("Park Ji-hye", "major")]


def test_korean_given_name_rendered_or_slipped_is_silent():
    src = "김민수 시장은 \"기대가 크다\"고 밝혔다."
    for tgt in ("\"Expectations are high,\" said Mayor Kim Min-su.",
                "\"Expectations are high,\" said Mayor Kim Min-soo.",
                "\"Expectations are high,\" said Mayor Kim Min-ho."):  # a slip: N001's
        assert not codes(src, tgt, "ko", "en", "N004")


def test_korean_given_name_named_elsewhere_is_silent():
    # the translation names a person the source names in another sentence
    src = "김민수 시장은 \"기대가 크다\"고 밝혔다. 이지훈 의원도 참석했다."
    assert not codes(src, "\"Expectations are high,\" said Mayor Kim Ji-hoon.", "ko", "en", "N004")
