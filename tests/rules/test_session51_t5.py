"""Session 51 (t5): length and terminology classes.

* C001/C002/C003: a 1-1 pair far too long beside a 1-1 pair of the same paragraph as far too
  short (or the other way), the two fitting their sources together, is a sentence boundary
  placed elsewhere (a quotation's attribution moved from before it to after its first
  sentence), not an addition and an omission.
* C002: an added sentence the aligner paired with the source sentence beside it (by length
  alone), leaving that sentence's translation unaligned: the figures say which is which, and
  the finding is on the added sentence.
* C002: a short sentence absorbed into a one-to-two bead, sharing nothing with the source,
  while the rest holds every figure of the source: an addition, though the rest is shortish.
* T003: a multi-word rendering one of whose words spells a source word next to the term
  (450 tonn af tómötum → 450 tonnes of tomatoes) renders both, not the term alone; a source
  word only inside a hyphened compound (after-hours) is another term; a short word's case
  forms (Lithuanian anglį / anglies) are one rendering; a compound on the usual rendering's
  modifier that renders another word of the sentence (Produktionshalle for a production
  hall) is no second rendering.
"""
from __future__ import annotations

import mtcheck  # noqa: F401


def forced(tmp_path, src: list[str], tgt: list[str], sl: str, tl: str, beads=None):
    """Findings on the target with the beads given (default: sentence i of the source with
    sentence i of the target), one paragraph a side: a rule tested on the beads an aligner
    working by length alone gives such a passage."""
    from mtcheck.config import Config
    from mtcheck.load import load_document
    from mtcheck.model import Alignment, Bead
    from mtcheck.pipeline import check_documents, prepare
    s, t = tmp_path / f"source.{sl}.txt", tmp_path / f"target.{tl}.txt"
    s.write_text(" ".join(src), encoding="utf-8")
    t.write_text(" ".join(tgt), encoding="utf-8")
    S = prepare(load_document(str(s), lang=sl, role="source"))
    T = prepare(load_document(str(t), lang=tl, role="target"))
    assert len(S.segments) == len(src) and len(T.segments) == len(tgt), (
        [x.text for x in S.segments], [x.text for x in T.segments])
    if beads is None:
        beads = [([i], [i]) for i in range(len(src))]
    al = Alignment(S.path, T.path, [Bead(a, b) for a, b in beads], method="test")
    return [f for f in check_documents(T, S, [], {T.path: al}, Config()) if not f.suppressed], T


def codes(fs, *cs):
    return [(f.code, f.text[:40]) for f in fs if f.code in cs]


# -- a boundary placed elsewhere -----------------------------------------------------------
RU = ["Власти города в понедельник начали строительство нового пешеходного моста через реку.",
      "Мост соединит старый город с новым жилым районом на восточном берегу.",
      "По данным мэрии, работы продлятся около восемнадцати месяцев.",
      "Глава городской администрации на торжественной церемонии у реки сказал: \"Мы долго ждали этого дня.",
      "Теперь дорога до школы займёт десять минут.\"",
      "Стоимость работ оценивается примерно в двенадцать миллионов рублей.",
      "Жители годами жаловались на долгий объезд до центра."]
EN = ["The town authorities began building a new footbridge across the river on Monday.",
      "The bridge will link the old town with the new residential district on the east bank.",
      "According to the town hall, the work will take about eighteen months.",
      "\"We have waited a long time for this day.",
      "Now the way to school will take ten minutes,\" the head of the town administration said at "
      "the formal ceremony by the river.",
      "The cost of the work is estimated at around twelve million roubles.",
      "Residents had complained for years about the long detour to the centre."]
DE = ["Die Stadtverwaltung hat am Montag mit dem Bau einer neuen Fußgängerbrücke über den Fluss begonnen.",
      "Die Brücke soll die Altstadt mit dem neuen Wohnviertel am Ostufer verbinden.",
      "Nach Angaben des Rathauses dauern die Arbeiten etwa achtzehn Monate.",
      "„Wir haben lange auf diesen Tag gewartet.",
      "Jetzt dauert der Weg zur Schule zehn Minuten“, sagte der Leiter der Stadtverwaltung bei der "
      "feierlichen Zeremonie am Fluss.",
      "Die Kosten werden auf rund zwölf Millionen Rubel geschätzt.",
      "Die Anwohner hatten sich jahrelang über den langen Umweg ins Zentrum beklagt."]


def test_attribution_moved_ru_en(tmp_path):
    fs, _ = forced(tmp_path, RU, EN, "ru", "en")
    assert codes(fs, "C001", "C002", "C003") == []


def test_attribution_moved_ru_de(tmp_path):
    fs, _ = forced(tmp_path, RU, DE, "ru", "de")
    assert codes(fs, "C001", "C002", "C003") == []


def test_addition_beside_a_pair_that_fits_is_still_one(tmp_path):
    # the neighbour is as long as its source: the long pair has nothing to share with it
    en = EN[:3] + ["\"We have waited a long time for this day, because the old way round took an hour.",
                   "Now the way to school will take ten minutes, and the district will finally get the "
                   "bus line and the new clinic it has asked for since the factory closed.\""] + EN[5:]
    fs, _ = forced(tmp_path, RU, en, "ru", "en")
    assert ("C002", en[4][:40]) in codes(fs, "C002")


# -- an added sentence paired with its neighbour's source ----------------------------------
def _swap_case(src, real, added, tail):
    """Sources s0..s5; the translation of s3 (real) then an added sentence, the aligner
    pairing s3 with the added one and leaving the real one unaligned."""
    tgt = tail[:3] + [real, added] + tail[3:]
    beads = [([0], [0]), ([1], [1]), ([2], [2]), ([], [3]), ([3], [4]), ([4], [5]), ([5], [6])]
    return src, tgt, beads


RU2 = ["Фермер выращивает финиковые пальмы на сорока гектарах в долине реки.",
       "Для полива он использует очищенные сточные воды из соседнего города.",
       "Хозяйство потребляет около полутора миллионов кубометров воды в год.",
       "По его оценке, за последний сезон ферма сэкономила около 180 тысяч рублей.",
       "Учёные регулярно проверяют почву и плоды на содержание тяжёлых металлов.",
       "До сих пор никаких превышений норм не обнаружено."]
EN2 = ["The farmer grows date palms on forty hectares in the river valley.",
       "For irrigation he uses treated wastewater from the neighbouring town.",
       "The farm consumes about one and a half million cubic metres of water a year.",
       "Scientists regularly test the soil and the fruit for heavy metals.",
       "So far no limits have been exceeded."]
DE2 = ["Der Landwirt baut auf vierzig Hektar im Flusstal Dattelpalmen an.",
       "Zur Bewässerung nutzt er gereinigtes Abwasser aus der Nachbarstadt.",
       "Der Betrieb verbraucht rund anderthalb Millionen Kubikmeter Wasser im Jahr.",
       "Wissenschaftler untersuchen Boden und Früchte regelmäßig auf Schwermetalle.",
       "Bisher wurden keine Grenzwerte überschritten."]


def test_added_sentence_paired_with_neighbour_source_ru_en(tmp_path):
    real = "He estimates that the farm saved about 180,000 roubles last season."
    added = "The farm also plans to install solar panels next year to cut its costs further."
    src, tgt, beads = _swap_case(RU2, real, added, EN2)
    fs, _ = forced(tmp_path, src, tgt, "ru", "en", beads)
    got = codes(fs, "C002")
    assert ("C002", added[:40]) in got and ("C002", real[:40]) not in got


def test_added_sentence_paired_with_neighbour_source_ru_de(tmp_path):
    real = "Nach seiner Schätzung hat der Hof in der letzten Saison rund 180.000 Rubel gespart."
    added = "Im nächsten Jahr will der Betrieb außerdem Solarmodule installieren."
    src, tgt, beads = _swap_case(RU2, real, added, DE2)
    fs, _ = forced(tmp_path, src, tgt, "ru", "de", beads)
    got = codes(fs, "C002")
    assert ("C002", added[:40]) in got and ("C002", real[:40]) not in got


def test_unaligned_sentence_with_other_figures_stays_the_addition(tmp_path):
    # the unaligned sentence's figure is not the neighbour source's: it is the addition
    real = "He estimates that the farm saved about 180,000 roubles last season."
    added = "The farm now employs 46 people, over 100 at harvest time."
    tgt = EN2[:3] + [added, real] + EN2[3:]
    beads = [([0], [0]), ([1], [1]), ([2], [2]), ([], [3]), ([3], [4]), ([4], [5]), ([5], [6])]
    fs, _ = forced(tmp_path, RU2, tgt, "ru", "en", beads)
    got = codes(fs, "C002")
    assert ("C002", added[:40]) in got and ("C002", real[:40]) not in got


# -- a short sentence absorbed into a one-to-two bead ---------------------------------------
RU3 = ["Старый маяк на мысе впервые за сорок лет открывается для посетителей.",
       "Экскурсии будут проходить со вторника по субботу в группах до пятнадцати человек.",
       "Вход стоит 350 рублей для взрослых и 200 рублей для детей и пенсионеров.",
       "Записаться нужно заранее на сайте городской администрации.",
       "По пятницам также пройдут особые экскурсии на закате с вершины башни."]


def _absorbed(tgt4, added):
    tgt = tgt4[:3] + [added] + tgt4[3:]
    return tgt, [([0], [0]), ([1], [1]), ([2], [2, 3]), ([3], [4]), ([4], [5])]


def test_short_addition_in_a_split_bead_ru_en(tmp_path):
    en = ["The old lighthouse on the cape is opening to visitors for the first time in forty years.",
          "Tours will run from Tuesday to Saturday in groups of up to fifteen people.",
          "Entry: 350 roubles, or 200 for children and pensioners.",
          "Visitors must register in advance on the town administration's website.",
          "On Fridays there will also be special sunset tours from the top of the tower."]
    added = "Tickets can also be bought at the door."
    tgt, beads = _absorbed(en, added)
    fs, _ = forced(tmp_path, RU3, tgt, "ru", "en", beads)
    assert ("C002", added[:40]) in codes(fs, "C002")


def test_short_addition_in_a_split_bead_ru_de(tmp_path):
    de = ["Der alte Leuchtturm auf dem Kap öffnet zum ersten Mal seit vierzig Jahren für Besucher.",
          "Die Führungen finden von Dienstag bis Samstag in Gruppen von bis zu fünfzehn Personen statt.",
          "Eintritt: 350 Rubel für Erwachsene, 200 für Kinder und Rentner.",
          "Eine Anmeldung im Voraus auf der Website der Stadtverwaltung ist nötig.",
          "Freitags gibt es außerdem besondere Führungen bei Sonnenuntergang von der Turmspitze."]
    added = "Karten gibt es auch an der Kasse am Turm."
    tgt, beads = _absorbed(de, added)
    fs, _ = forced(tmp_path, RU3, tgt, "ru", "de", beads)
    assert ("C002", added[:40]) in codes(fs, "C002")


def test_split_whose_second_part_holds_a_figure_is_no_addition(tmp_path):
    # a legitimate split: the second part carries one of the source's figures
    en = ["The old lighthouse on the cape is opening to visitors for the first time in forty years.",
          "Tours will run from Tuesday to Saturday in groups of up to fifteen people.",
          "Entry costs 350 roubles for adults.",
          "Visitors must register in advance on the town administration's website.",
          "On Fridays there will also be special sunset tours from the top of the tower."]
    tgt, beads = _absorbed(en, "Children and pensioners pay 200 roubles.")
    fs, _ = forced(tmp_path, RU3, tgt, "ru", "en", beads)
    assert codes(fs, "C002") == []


# -- T003 -----------------------------------------------------------------------------------
MATE = {
    ("is", "en"): (["Nýja gróðurhúsið á að framleiða 450 tonn af tómötum á ári.",
                    "Fyrirtækið hefur ráðið 25 nýja starfsmenn í vetur.",
                    "Landsmenn keyptu 600 tonn af tómötum í fyrra.",
                    "Verðið verður sambærilegt við verð á innfluttum tómötum.",
                    "Framkvæmdir við annað hús hefjast í vor."],
                   ["The new greenhouse is to produce 450 tonnes of tomatoes a year.",
                    "The company has hired 25 new staff this winter.",
                    "Icelanders bought 600 tonnes of tomatoes last year.",
                    "The price will be comparable to that of imported tomatoes.",
                    "Work on a second house will begin in the spring."]),
    ("nb", "en"): (["Det nye drivhuset skal produsere 450 tonn tomater i året.",
                    "Selskapet har ansatt 25 nye medarbeidere i vinter.",
                    "Nordmenn kjøpte 600 tonn tomater i fjor.",
                    "Prisen blir omtrent som for importerte tomater.",
                    "Arbeidet med et nytt hus starter til våren."],
                   ["The new greenhouse is to produce 450 tonnes of tomatoes a year.",
                    "The company has hired 25 new staff this winter.",
                    "Norwegians bought 600 tonnes of tomatoes last year.",
                    "The price will be about the same as for imported tomatoes.",
                    "Work on a new house will begin in the spring."]),
}


def test_rendering_that_spells_a_word_beside_the_term_is_icelandic(tmp_path):
    s, t = MATE[("is", "en")]
    fs, _ = forced(tmp_path, s, t, "is", "en")
    assert codes(fs, "T003") == []


def test_rendering_that_spells_a_word_beside_the_term_norwegian(tmp_path):
    s, t = MATE[("nb", "en")]
    fs, _ = forced(tmp_path, s, t, "nb", "en")
    assert codes(fs, "T003") == []


HOURS = ["The pharmacy chain will cut opening hours at 23 stores.",
         "The stores will close at six instead of nine, and the shorter hours start in October.",
         "Nurses warned that shorter hours would push patients to emergency rooms.",
         "The nearest after-hours clinic is 55 kilometres away, said a retired teacher.",
         "The chain says the hours will be reviewed next year."]


def test_word_inside_a_hyphened_compound_is_another_term_et(tmp_path):
    et = ["Apteegikett lühendab 23 kaupluse lahtiolekuaegu.",
          "Kauplused suletakse kell kuus, mitte üheksa, ja lühemad lahtiolekuajad algavad oktoobris.",
          "Õed hoiatasid, et lühemad lahtiolekuajad suunavad patsiendid erakorralise meditsiini osakondadesse.",
          "Lähim väljaspool tavalist tööaega avatud kliinik asub 55 kilomeetri kaugusel, ütles pensionil õpetaja.",
          "Keti sõnul vaadatakse lahtiolekuajad järgmisel aastal üle."]
    fs, _ = forced(tmp_path, HOURS, et, "en", "et")
    assert codes(fs, "T003") == []


def test_word_inside_a_hyphened_compound_is_another_term_de(tmp_path):
    de = ["Die Apothekenkette verkürzt die Öffnungszeiten in 23 Filialen.",
          "Die Filialen schließen um sechs statt um neun, und die kürzeren Öffnungszeiten beginnen im Oktober.",
          "Pflegekräfte warnten, kürzere Öffnungszeiten würden Patienten in die Notaufnahmen treiben.",
          "Die nächste Klinik mit Sprechstunden außerhalb der Arbeitszeit ist 55 Kilometer entfernt, "
          "sagte ein pensionierter Lehrer.",
          "Die Kette will die Öffnungszeiten im nächsten Jahr überprüfen."]
    fs, _ = forced(tmp_path, HOURS, de, "en", "de")
    assert codes(fs, "T003") == []


def test_term_rendered_otherwise_without_a_hyphen_is_still_flagged(tmp_path):
    # the same passage with the bare word rendered another way: still T003
    src = HOURS[:3] + ["The nearest clinic changed its hours too, said a retired teacher."] + HOURS[4:]
    de = ["Die Apothekenkette verkürzt die Öffnungszeiten in 23 Filialen.",
          "Die Filialen schließen um sechs statt um neun, und die kürzeren Öffnungszeiten beginnen im Oktober.",
          "Pflegekräfte warnten, kürzere Öffnungszeiten würden Patienten in die Notaufnahmen treiben.",
          "Auch die nächste Klinik hat ihre Geschäftszeiten geändert, sagte ein pensionierter Lehrer.",
          "Die Kette will die Öffnungszeiten im nächsten Jahr überprüfen."]
    fs, _ = forced(tmp_path, src, de, "en", "de")
    assert [c for c, _ in codes(fs, "T003")] == ["T003"]
