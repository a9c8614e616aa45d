"""Session 38: C002 leaves a sentence left in another language to L001 (its length is the
source language's, not a translation's), and its message says what length the language
pair leads to expect."""
from __future__ import annotations

import pytest

import mtcheck


def doc(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str, str]]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    r = mtcheck.compare(t, source=s)
    return [(f.code, f.severity.label, f.message) for f in r.findings if not f.suppressed]


_DE = ("Die Hannover Messe öffnet am Montag ihre Tore für rund 4000 Aussteller.\n\n"
       "Der Roboterhersteller Fanuc zeigt in Halle 17 einen Industrieroboter, der Lasten von bis zu "
       "2,3 Tonnen heben kann.\n\n"
       "Die Veranstalter erwarten in diesem Jahr rund 130.000 Besucher, etwas mehr als im Vorjahr.\n\n"
       "Partnerland ist Kanada, das eine Delegation von 300 Unternehmen schickt.\n\n"
       "Die Messe dauert bis Freitag.\n")
_EN = ("Hannover Messe opens its doors on Monday to around 4,000 exhibitors.\n\n"
       "The robot maker Fanuc is showing an industrial robot in Hall 17 that can lift loads of up to "
       "2.3 tonnes.\n\n"
       "Organisers expect around 130,000 visitors this year, slightly more than last year.\n\n"
       "The partner country is Canada, which is sending a delegation of 300 companies.\n\n"
       "The fair runs until Friday.\n")


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("de", "ja", _DE,
     "ハノーバーメッセは月曜日、約4000の出展者を迎えて開幕する。\n\n"
     "Der Roboterhersteller Fanuc zeigt in Halle 17 einen Industrieroboter, der Lasten von bis zu "
     "2,3 Tonnen heben kann.\n\n"
     "主催者は今年、昨年をやや上回る約13万人の来場者を見込んでいる。\n\n"
     "パートナー国はカナダで、300社の代表団を派遣する。\n\n"
     "見本市は金曜日まで開かれる。\n"),
    ("en", "zh", _EN,
     "汉诺威工业博览会周一开幕，约有4000家参展商。\n\n"
     "The robot maker Fanuc is showing an industrial robot in Hall 17 that can lift loads of up to "
     "2.3 tonnes.\n\n"
     "主办方预计今年将有约13万名观众，略多于去年。\n\n"
     "伙伴国是加拿大，该国派出了由300家企业组成的代表团。\n\n"
     "博览会将持续到周五。\n"),
])
def test_a_sentence_left_untranslated_is_l001s_not_c002s(tmp_path, sl, tl, src, tgt):
    got = doc(tmp_path, src, tgt, sl, tl)
    assert any(c == "L001" for c, _, _ in got), got
    assert not any(c == "C002" for c, _, _ in got), got
    # (the article's language is the one of most of its text, also when an alphabet's
    # sentence is longer in characters than the ideographs around it)
    assert not any(c in ("C001", "D001") for c, _, _ in got), got


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("de", "en", "Die Messe dauert bis Freitag.\n\nSie öffnet um neun Uhr.\n",
     "The fair runs until Friday, and visitors who arrive early can also book guided tours of all "
     "the halls, the outdoor grounds and the new robotics pavilion at a reduced price.\n\n"
     "It opens at nine o'clock.\n"),
    ("en", "fr", "The fair runs until Friday.\n\nIt opens at nine.\n",
     "Le salon dure jusqu'à vendredi, et les visiteurs qui arrivent tôt peuvent aussi réserver des "
     "visites guidées de tous les halls, du terrain extérieur et du nouveau pavillon de robotique.\n\n"
     "Il ouvre à neuf heures.\n"),
])
def test_c002_says_the_expected_length(tmp_path, sl, tl, src, tgt):
    got = [m for c, _, m in doc(tmp_path, src, tgt, sl, tl) if c == "C002"]
    assert got and all("characters for" in m and "expected about" in m for m in got), got
