"""Session 52, polarity and negation (P003 direction-flipped, P001 negation-flipped).

P003:
- a weak "over"/"under", "über"/"unter" right after a figure and its unit places it above or
  below a reference ("12 Prozent unter ihrem Budget" for "12 per cent above its budget"):
  direction `figure_before`;
- "in favour", "a favor" / "en contra" without a verb of voting (accept);
- ahead of / behind schedule as early / late (timing), Korean 일찍 / 늦게.
P001:
- a negated phrasal verb of exclusion ("did not rule out") rendered by the negative verb
  alone ("ha escluso", "a exclu") drops the negation: polarity `phrasal`;
- French "faute de" (for lack of) says the source's "if it does not rain" (lex), not after
  an article ("la faute du maire" is the mayor's fault);
- Japanese "に満たない" (fewer than) is a bound, no negation;
- "not … until" said with Chinese 才 or Japanese ようやく (only then);
- Chinese V不过来 (cannot cope) negates though 不过 (however) does not.

Each change has cases that fail before it, in two language pairs or more, and silent cases
that guard precision. The sentences are written for these tests."""

from __future__ import annotations

import pytest

import mtcheck

FLAG, OK = True, False


def _codes(src: str, tgt: str, sl: str, tl: str, code: str) -> list:
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code and not f.suppressed]


P003_CASES = [
    # figure + over/under: above/below a reference
    ("The new sports hall cost 12 per cent above its budget.",
     "Die neue Sporthalle kostete 12 Prozent unter ihrem Budget.", "en", "de", FLAG),
    ("Die neue Sporthalle kostete 12 Prozent unter ihrem Budget.",
     "The new sports hall cost 12 per cent over its budget.", "de", "en", FLAG),
    ("The tunnel was finished $4 million under budget.",
     "Le tunnel a été achevé 4 millions de dollars au-dessus du budget.", "en", "fr", FLAG),
    ("Die neue Sporthalle kostete 12 Prozent unter ihrem Budget.",
     "The new sports hall cost 12 per cent below its budget.", "de", "en", OK),
    ("The new sports hall cost 12 per cent above its budget.",
     "Die neue Sporthalle kostete 12 Prozent über ihrem Budget.", "en", "de", OK),
    # (not right after a figure: "unter" is among)
    ("Below the bridge, the survey counted 12 nests.",
     "Unterhalb der Brücke zählte die Erhebung 12 Nester, unter anderem von Schwalben.", "en", "de", OK),
    # for / against
    ("Thirty residents spoke at the hearing, most of them in favour of the new cycle lane.",
     "Treinta vecinos hablaron en la audiencia, la mayoría en contra del nuevo carril bici.",
     "en", "es", FLAG),
    ("Treinta vecinos hablaron en la audiencia, la mayoría en contra del nuevo carril bici.",
     "Thirty residents spoke at the hearing, most of them in favor of the new cycle lane.",
     "es", "en", FLAG),
    ("Thirty residents spoke at the hearing, most of them in favour of the new cycle lane.",
     "Treinta vecinos hablaron en la audiencia, la mayoría a favor del nuevo carril bici.",
     "en", "es", OK),
    ("Treinta vecinos hablaron en la audiencia, la mayoría en contra del nuevo carril bici.",
     "Thirty residents spoke at the hearing, most of them against the new cycle lane.",
     "es", "en", OK),
    # ahead of / behind schedule
    ("The school reopened three months behind schedule.",
     "학교는 예정보다 3개월 일찍 다시 문을 열었다.", "en", "ko", FLAG),
    ("The school reopened three months ahead of schedule.",
     "Die Schule wurde drei Monate verspätet wiedereröffnet.", "en", "de", FLAG),
    ("The school reopened three months behind schedule.",
     "학교는 예정보다 3개월 늦게 다시 문을 열었다.", "en", "ko", OK),
    ("The school reopened three months ahead of schedule.",
     "Die Schule wurde drei Monate früher als geplant wiedereröffnet.", "en", "de", OK),
]


@pytest.mark.parametrize("src,tgt,sl,tl,flag", P003_CASES)
def test_p003_session52(src, tgt, sl, tl, flag):
    assert bool(_codes(src, tgt, sl, tl, "P003")) == flag


P001_CASES = [
    # a negated phrasal verb of exclusion rendered by the negative verb alone
    ("Police did not rule out further arrests.", "La polizia ha escluso altri arresti.", "en", "it", FLAG),
    ("The minister did not rule it out.", "La ministre l'a exclu.", "en", "fr", FLAG),
    ("La polizia non ha escluso altri arresti.", "Police ruled out further arrests.", "it", "en", FLAG),
    ("The council did not turn down the request.", "El ayuntamiento rechazó la solicitud.", "en", "es", FLAG),
    ("Police did not rule out further arrests.", "La polizia non ha escluso altri arresti.", "en", "it", OK),
    ("Police did not rule out further arrests.", "La police n'a pas exclu d'autres arrestations.", "en", "fr", OK),
    # French "faute de" says a negated condition
    ("Si no hay agua, los agricultores no podrán sembrar.",
     "Faute d'eau, les agriculteurs ne pourront pas semer. ", "es", "fr", OK),
    ("The harvest will be lost if it does not rain in May.",
     "La récolte sera perdue faute de pluie en mai.", "en", "fr", OK),
    ("The harvest will be lost if it does not rain in May.",
     "La récolte sera perdue, c'est la faute du maire.", "en", "fr", FLAG),
    # Japanese "に満たない": fewer than
    ("Fewer than 300 people attended the festival on Sunday.",
     "日曜日の祭りの来場者は300人に満たなかった。", "en", "ja", OK),
    ("Weniger als 300 Menschen besuchten am Sonntag das Fest.",
     "日曜日の祭りの来場者は300人に満たない。", "de", "ja", OK),
    ("Nobody attended the festival on Sunday.",
     "日曜日の祭りには来場者がいた。", "en", "ja", FLAG),
    # "not … until" said "only then"
    ("The new bridge will not open until spring 2028.",
     "新桥要到2028年春季才能通车。", "en", "zh", OK),
    ("The new bridge will not open until spring 2028.",
     "新しい橋は2028年春になってようやく開通する。", "en", "ja", OK),
    ("The new bridge will not open until spring 2028, the city said.",
     "市政府表示，新桥将于2028年春季通车，以吸引人才。", "en", "zh", FLAG),
    # Chinese V不过来: cannot cope
    ("旺季时工人根本忙不过来。", "In the high season the workers simply could not cope.", "zh", "en", OK),
    ("旺季時工人根本忙不過來。", "In the high season the workers simply can't keep up.", "zh", "en", OK),
    ("不过来自外地的游客越来越多。", "However, more and more visitors come from elsewhere.", "zh", "en", OK),
    ("不过来自外地的游客越来越多。", "However, visitors do not come from elsewhere any more.", "zh", "en", FLAG),
]


@pytest.mark.parametrize("src,tgt,sl,tl,flag", P001_CASES)
def test_p001_session52(src, tgt, sl, tl, flag):
    assert bool(_codes(src, tgt, sl, tl, "P001")) == flag
