"""names.py helpers that replace a per-call regex: same answers as the regex."""
import random
import re

from mtcheck.rules.names import _stands_alone


def _by_regex(text: str, s: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text) is not None


def test_stands_alone_examples():
    assert _stands_alone("in casa grande today", "casa grande")
    assert not _stands_alone("in casa grandes today", "casa grande")
    assert not _stands_alone("xcasa grande", "casa grande")
    assert _stands_alone("(NRA) and", "NRA")
    assert not _stands_alone("NRA_x", "NRA")
    assert _stands_alone("NRAs NRA", "NRA")  # a later occurrence stands alone
    assert not _stands_alone("Grand Café", "Caf")  # é is a word character
    assert not _stands_alone("a.b", ".")  # letters on both sides
    assert _stands_alone("a . b", ".")


def test_stands_alone_matches_the_regex():
    rng = random.Random(7)
    alphabet = list("ab _-.é1") + ["\u0301", "ß", "٣", "Σ", "\u00a0", "(", "²"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4)))
        assert _stands_alone(text, s) == _by_regex(text, s), (text, s)
