"""declension._grouped_alt: a grouped alternation finds what the plain one finds."""
import re

from mtcheck.rules.declension import _grouped_alt


def _spans(pat: str, text: str, flags: int = 0) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in re.finditer(pat, text, flags)]


def test_groups_by_first_letter_keeping_order():
    assert _grouped_alt(["dies", "den", "ein", "d"]) == "d(?:ies|en|)|e(?:in)"


def test_same_matches_as_plain_alternation():
    words = ["dieser", "diese", "die", "der", "Der", "ein", "eine", "x.y", "ü"]
    text = "Der Mann, dieser eine, die Frau; einer x.y ü über xzy der"
    for flags in (0, re.I):
        plain = "(?<!\\w)(?:" + "|".join(map(re.escape, words)) + ")(?= )"
        grouped = "(?<!\\w)(?:" + _grouped_alt(words, ignorecase=bool(flags)) + ")(?= )"
        assert _spans(grouped, text, flags) == _spans(plain, text, flags)


def test_case_blind_pattern_with_two_cases_of_a_letter_stays_plain():
    assert _grouped_alt(["Die", "dies"], ignorecase=True) == "Die|dies"
    assert _grouped_alt(["Die", "dies"]) == "D(?:ie)|d(?:ies)"
