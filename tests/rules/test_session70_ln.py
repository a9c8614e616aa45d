"""Session 70 (ln): negation (P001) and language and page leaks (L001, L002, F002).

* a verb of denial under a negator ("does not deny") against the plain verb, the sides
  sharing another negative word besides, is a flip (P001);
* a "nor" (ni, nem, né, nor) inside a clause with no negator before it, where the other side
  has its clause negator, lost that negator (P001);
* a clause negated on one side only is found where one side cuts a clause more with a comma
  (the cuts both sides share bound the clauses); Polish "ani" before "one" is no "neither";
* between Japanese and Korean, the closing predicate negated on one side only (P001);
* lexicon gaps on the side without a negator (no P001): the Finnish caritive adjective
  (-maton, -mattomia), Hebrew "prevent", Croatian bez-/bes- words, Latvian ne- before a
  verbal prefix, French "rien qu'" and "ne … plus qu'" with the elided "que", a bound said
  with words between the negator and "more than" (Romanian), English "caution against",
  "-proof", "keep … away";
* a Japanese sentence copied from the source into a Korean translation is L001;
* a spaced dash, a picture label and names in capitals closing a paragraph is a credit (F002);
* a German institution's generic word kept before its place, and a body's one-word name
  kept with the target's own noun for a body beside it, are names, not copies (L002).

Examples invented."""

from __future__ import annotations

import pytest

import mtcheck


def p001(src: str, tgt: str, sl: str, tl: str) -> list:
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "P001" and not f.suppressed]


def doc(tmp_path, src: str, tgt: str, sl: str, tl: str, codes: set[str]) -> list:
    s = tmp_path / f"source.{sl}.txt"
    t = tmp_path / f"article.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [(f.code, f.severity.label, tgt[f.span[0]:f.span[1]]) for f in rep.findings
            if f.code in codes and not f.suppressed]


# -- P001: negations lost or added -------------------------------------------------------

ES_FIRE = "Por suerte el incendio no llegó a las casas, y el bosque del norte no sufrió daños."
PL_TICKETS = "W sobotę nie sprzedano ani jednego biletu, więc koncert nie odbędzie się."
SV_DENIES = "Borgmästaren förnekar att fabriken släppte ut något förbjudet i ån."

FLIPS = [
    # a verb of denial under a negator, another negative word shared ("banned" ~ "förbjudet")
    (SV_DENIES, "The mayor does not deny that the factory released anything banned into the stream.", "sv", "en"),
    # the "ni" kept, the "no" before it lost
    ("Sans ce pont, les habitants ne pourraient pas rejoindre l'hôpital ni aller au marché.",
     "Sin este puente, los vecinos podrían llegar al hospital ni ir al mercado.", "fr", "es"),
    # one comma more on the English side, after a short opening ("By chance,")
    (ES_FIRE, "By chance, the fire did not reach the houses, and the northern forest suffered damage.", "es", "en"),
    # Polish "ani jednego" (not a single) is no "neither … nor": the clauses are compared
    (PL_TICKETS, "Not a single ticket was sold on Saturday, so the concert will take place.", "pl", "en"),
    # the closing predicate negated in Korean only
    ("屋根のない観覧席だが、雨の日でも試合を見られる。",
     "지붕이 없는 관람석이지만 비 오는 날에도 경기를 볼 수 없다.", "ja", "ko"),
]

SAME = [
    (SV_DENIES, "The mayor denies that the factory released anything banned into the stream.", "sv", "en"),
    ("Sans ce pont, les habitants ne pourraient pas rejoindre l'hôpital ni aller au marché.",
     "Sin este puente, los vecinos no podrían llegar al hospital ni ir al mercado.", "fr", "es"),
    ("Les habitants sont arrivés tard et n'ont même pas vu le marché.",
     "Los vecinos llegaron tarde y ni siquiera vieron el mercado.", "fr", "es"),
    (ES_FIRE, "By chance, the fire did not reach the houses, and the northern forest suffered no damage.", "es", "en"),
    (PL_TICKETS, "Not a single ticket was sold on Saturday, so the concert will not take place.", "pl", "en"),
    ("屋根のない観覧席だが、雨の日でも試合を見られる。",
     "지붕이 없는 관람석이지만 비 오는 날에도 경기를 볼 수 있다.", "ja", "ko"),
    ("彼は会議に出席しなかった。", "그는 회의에 참석하지 않았다.", "ja", "ko"),
]

# the side without a negator says the negation with a word of its own
LEXICON = [
    ("Kokeessa verrattiin lannoitettuja ja lannoittamattomia peltoja.",
     "Im Versuch wurden gedüngte und nicht gedüngte Felder verglichen.", "fi", "de"),
    ("העירייה הציבה מחסומים כדי למנוע מרכבים להיכנס לכיכר.",
     "Die Stadt stellte Sperren auf, damit keine Autos auf den Platz fahren.", "he", "de"),
    ("Općina je dobila bespovratnu potporu za obnovu knjižnice.",
     "Die Gemeinde erhielt einen nicht rückzahlbaren Zuschuss für die Renovierung der Bibliothek.", "hr", "de"),
    ("Ledus uz ezera neielūst pat martā.", "Das Eis auf dem See bricht selbst im März nicht ein.", "lv", "de"),
    ("Alleen met haar spaargeld kocht ze een bestelbus.",
     "Rien qu'avec ses économies, elle a acheté une camionnette.", "nl", "fr"),
    ("De veerboot vertrekt nog maar één keer per week.", "Le ferry ne part plus qu'une fois par semaine.", "nl", "fr"),
    ("În sală nu au voie să stea mai mult de 80 de spectatori.",
     "No more than 80 spectators are allowed in the hall.", "ro", "en"),
    ("Engineers cautioned against opening the dam before the inspection.",
     "Οι μηχανικοί προειδοποίησαν να μη ανοίξει το φράγμα πριν από την επιθεώρηση.", "en", "el"),
    ("The museum installed flood-proof doors in the basement.",
     "Das Museum baute im Keller Türen ein, durch die kein Wasser dringen kann.", "en", "de"),
    ("町は駅前にカラスを寄せ付けない工夫を続けている。",
     "The town keeps looking for ways to keep crows away from the station square.", "ja", "en"),
]


@pytest.mark.parametrize("src,tgt,sl,tl", FLIPS)
def test_negation_flipped(src, tgt, sl, tl):
    assert p001(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", SAME + LEXICON)
def test_negation_kept(src, tgt, sl, tl):
    assert not p001(src, tgt, sl, tl)


def test_nor_message_names_the_orphan():
    fs = p001(*FLIPS[1])
    assert "“ni”" in fs[0].message


# -- L001: Japanese copied into a Korean translation ---------------------------------------

JA = ("市営プールが改修へ\n\n市は老朽化した市営プールを来年度に改修する。工事は七月に始まる。"
      "費用は約2億円で、国の交付金も活用する。\n\n利用者からは歓迎の声が上がっている。\n")
KO_HEAD = "시영 수영장 개보수\n\n시는 노후한 시영 수영장을 내년도에 개보수한다. "
KO_TAIL = " 비용은 약 2억 엔이며 국가 교부금도 활용한다.\n\n이용자들은 환영하고 있다.\n"


def test_japanese_sentence_copied_into_korean(tmp_path):
    got = doc(tmp_path, JA, KO_HEAD + "工事は七月に始まる。" + KO_TAIL, "ja", "ko", {"L001"})
    assert [(c, s) for c, s, _ in got] == [("L001", "major")]


def test_korean_translation_clean(tmp_path):
    assert not doc(tmp_path, JA, KO_HEAD + "공사는 7월에 시작된다." + KO_TAIL, "ja", "ko", {"L001", "L002"})


# -- F002: "- Foto NAMES" ------------------------------------------------------------------

EN_RACE = ("Runners race along the coast\n\nMore than 900 runners took part in the coastal race on Sunday. "
           "The route ran for 21 kilometres.\n\nThe organisers plan a longer route next year.\n")
MS_HEAD = ("Pelari berlumba di sepanjang pantai\n\nLebih 900 pelari menyertai perlumbaan pantai pada hari Ahad. "
           "Laluan itu sejauh 21 kilometer")
MS_TAIL = "\n\nPenganjur merancang laluan yang lebih panjang tahun depan.\n"


def test_dash_label_credit_in_capitals(tmp_path):
    tgt = MS_HEAD + ".\n\nPara peserta berlari di tepi laut pada waktu pagi. - Foto PERSATUAN OLAHRAGA NEGERI" + MS_TAIL
    got = doc(tmp_path, EN_RACE, tgt, "en", "ms", {"F002"})
    assert got and got[0][2] == "- Foto PERSATUAN OLAHRAGA NEGERI"


def test_dash_before_lower_case_photo_word_is_prose(tmp_path):
    tgt = MS_HEAD + " - foto boleh dilihat di laman web penganjur." + MS_TAIL
    assert not doc(tmp_path, EN_RACE, tgt, "en", "ms", {"F001", "F002", "F003"})


# -- L002: institutions' names kept --------------------------------------------------------

DE_BEES = ("Neue Studie zu Bienen\n\nDie Untersuchung wurde von der Universität Passau geleitet. Sie dauerte drei "
           "Jahre.\n\nDer Imkerverband begrüßt die Ergebnisse. Er fordert mehr Blühflächen.\n")


def test_institution_names_kept(tmp_path):
    tgt = ("New study on bees\n\nThe research was led by the Universität Passau. It took three years.\n\n"
           "The Imkerverband beekeepers' association welcomes the results. It is calling for more flowering strips.\n")
    assert not doc(tmp_path, DE_BEES, tgt, "de", "en", {"L002"})


def test_generic_words_left_untranslated(tmp_path):
    tgt = ("New study on bees\n\nThe research was led by a Universität in Bavaria. It took three years.\n\n"
           "The Imkerverband welcomes the results. It is calling for more flowering strips.\n")
    got = {w for _, _, w in doc(tmp_path, DE_BEES, tgt, "de", "en", {"L002"})}
    assert got == {"Universität", "Imkerverband"}
