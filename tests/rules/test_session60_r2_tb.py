"""Session 60 round 2 (tb): T003 (inconsistent-rendering) severity of a wholly other rendering.

A term of two source words or more (flood barrier) rendered the same way in most places and
here by words that share none with that rendering (Hochwasserschutzwand / Damm, barrière
anti-crues / digue) is no variant of the same words but another term to the reader: major.
A rendering that keeps one of the usual words (mur anti-crues beside barrière anti-crues) and
a single source word rendered two ways stay minor.
"""
from __future__ import annotations

import mtcheck
from mtcheck.model import Severity


def t003(src: str, tgt: str, sl: str, tl: str) -> list[tuple[Severity, str]]:
    return [(f.severity, f.message) for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "T003"]


_SRC = ("The city council approved a new flood barrier on Monday. Engineers say the flood barrier "
        "will protect about 4,000 homes in the lower town. Work on the flood barrier will begin in "
        "March and last two years. Residents asked whether the flood barrier would block the view of "
        "the river. The mayor said the project would cost 12 million euros.")


def test_en_de_other_rendering_is_major():
    tgt = ("Der Stadtrat hat am Montag eine neue Hochwasserschutzwand genehmigt. Ingenieuren zufolge "
           "wird die Hochwasserschutzwand rund 4.000 Häuser in der Unterstadt schützen. Die Arbeiten "
           "am Damm beginnen im März und dauern zwei Jahre. Anwohner fragten, ob die "
           "Hochwasserschutzwand den Blick auf den Fluss versperren werde. Der Bürgermeister sagte, "
           "das Projekt koste 12 Millionen Euro.")
    got = t003(_SRC, tgt, "en", "de")
    assert len(got) == 1 and "Damm" in got[0][1] and got[0][0] == Severity.MAJOR


def test_en_fr_other_rendering_is_major():
    tgt = ("Le conseil municipal a approuvé lundi une nouvelle barrière anti-crues. Selon les "
           "ingénieurs, la barrière anti-crues protégera environ 4 000 logements de la ville basse. "
           "Les travaux de la digue commenceront en mars et dureront deux ans. Des habitants ont "
           "demandé si la barrière anti-crues masquerait la vue sur le fleuve. Le maire a indiqué "
           "que le projet coûterait 12 millions d'euros.")
    got = t003(_SRC, tgt, "en", "fr")
    assert len(got) == 1 and "digue" in got[0][1] and got[0][0] == Severity.MAJOR


def test_en_it_other_rendering_is_major():
    tgt = ("Il consiglio comunale ha approvato lunedì una nuova barriera antialluvione. Secondo gli "
           "ingegneri, la barriera antialluvione proteggerà circa 4.000 abitazioni della città bassa. "
           "I lavori dell'argine inizieranno a marzo e dureranno due anni. I residenti hanno chiesto "
           "se la barriera antialluvione avrebbe bloccato la vista sul fiume. Il sindaco ha detto "
           "che il progetto costerà 12 milioni di euro.")
    got = t003(_SRC, tgt, "en", "it")
    assert len(got) == 1 and "argine" in got[0][1] and got[0][0] == Severity.MAJOR


def test_en_fr_shared_word_stays_minor():
    # (mur anti-crues keeps a word of barrière anti-crues: a variant, minor)
    tgt = ("Le conseil municipal a approuvé lundi une nouvelle barrière anti-crues. Selon les "
           "ingénieurs, la barrière anti-crues protégera environ 4 000 logements de la ville basse. "
           "Les travaux du mur anti-crues commenceront en mars et dureront deux ans. Des habitants "
           "ont demandé si la barrière anti-crues masquerait la vue sur le fleuve. Le maire a "
           "indiqué que le projet coûterait 12 millions d'euros.")
    got = t003(_SRC, tgt, "en", "fr")
    assert got and all(sev == Severity.MINOR for sev, _ in got)


def test_single_source_word_stays_minor():
    got = t003("Die Fahrräder sind schwer. Keine Fahrräder im Gefängnis. Fahrräder sind verboten.",
               "The bicycles are heavy. No bicycles in prison. Bikes are banned.", "de", "en")
    assert len(got) == 1 and got[0][0] == Severity.MINOR


def test_consistent_rendering_is_silent():
    tgt = ("Der Stadtrat hat am Montag eine neue Hochwasserschutzwand genehmigt. Ingenieuren zufolge "
           "wird die Hochwasserschutzwand rund 4.000 Häuser in der Unterstadt schützen. Die Arbeiten "
           "an der Hochwasserschutzwand beginnen im März und dauern zwei Jahre. Anwohner fragten, ob "
           "die Hochwasserschutzwand den Blick auf den Fluss versperren werde. Der Bürgermeister "
           "sagte, das Projekt koste 12 Millionen Euro.")
    assert t003(_SRC, tgt, "en", "de") == []
