"""Session 61 (helper ta): term-inconsistency (T003) misses of batches 34 and 35.

* a variant rendering written in lower case where it stands is no name, whatever word of a
  name elsewhere shares its stem (cigüeña europea beside the Unión Europea);
* German strong adjective endings (aufbereitetem, neuer) are one word with the other forms;
* a Romance rendering whose nouns a preposition of kind joins (barca a vela, olla a presión)
  is one rendering, so a swapped second noun is found;
* in a Japanese translation a term written in characters elsewhere and transcribed word for
  word in katakana once (風力発電所 / ウィンド・ファーム) is another rendering.
All examples are invented for these tests.
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.terminology import _de_strong_map, _kana_transcription


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str]]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [(f.text, f.severity.label) for f in rep.findings if f.code == "T003" and not f.suppressed]

# -- 2. a lower-case variant is no name ------------------------------------------------------
STORK_EN = 'Storks return to the wetlands of the south\n\nThe white stork was once rare in the region, the biologist said.\n\nVolunteers counted 300 nests of the white stork this spring, twice as many as in 2015.\n\nThe European Union funds the monitoring of the reserve until 2027.\n\nFarmers say the white stork helps to control pests in their fields.\n'
STORK_ES = 'Las cigüeñas vuelven a los humedales del sur\n\nLa cigüeña blanca era antes rara en la región, dijo la bióloga.\n\nLos voluntarios contaron 300 nidos de cigüeña europea esta primavera, el doble que en 2015.\n\nLa Unión Europea financia el seguimiento de la reserva hasta 2027.\n\nLos agricultores dicen que la cigüeña blanca ayuda a controlar las plagas en sus campos.\n'
STORK_IT = "Le cicogne tornano nelle zone umide del sud\n\nLa cicogna bianca un tempo era rara nella regione, ha detto la biologa.\n\nI volontari hanno contato 300 nidi di cicogna europea questa primavera, il doppio rispetto al 2015.\n\nL'Unione Europea finanzia il monitoraggio della riserva fino al 2027.\n\nGli agricoltori dicono che la cicogna bianca aiuta a controllare i parassiti nei campi.\n"


def test_lower_case_variant_beside_a_name_es(tmp_path):
    assert ("cigüeña europea", "minor") in t003(tmp_path, STORK_EN, STORK_ES, "en", "es")
    same = STORK_ES.replace("nidos de cigüeña europea", "nidos de cigüeña blanca")
    assert t003(tmp_path, STORK_EN, same, "en", "es") == []


def test_lower_case_variant_beside_a_name_it(tmp_path):
    assert ("cicogna europea", "minor") in t003(tmp_path, STORK_EN, STORK_IT, "en", "it")


def test_capitalised_variant_stays_a_name(tmp_path):
    # written as a name where it stands (a society's name): no rendering of the term
    tgt = STORK_ES.replace("nidos de cigüeña europea", "nidos de la Cigüeña Europea")
    assert not any("Europea" in x[0] and "Cigüeña" in x[0] for x in t003(tmp_path, STORK_EN, tgt, "en", "es"))


# -- 3. German strong adjective endings --------------------------------------------------------
WATER_EN = 'City to water its parks with treated water\n\nThe new plant will supply treated water to 40 parks from next summer.\n\nTreated water costs a third as much as drinking water, the utility said.\n\nCritics say the treated water may smell on hot days.\n\nThe city council approved the project by 31 votes to 6.\n'
WATER_FR = "La ville arrosera ses parcs avec de l'eau traitée\n\nLa nouvelle installation fournira de l'eau traitée à 40 parcs dès l'été prochain.\n\nL'eau traitée coûte trois fois moins cher que l'eau potable, a indiqué la régie.\n\nLes critiques affirment que l'eau traitée pourrait sentir mauvais les jours de chaleur.\n\nLe conseil municipal a approuvé le projet par 31 voix contre 6.\n"
WATER_DE = 'Stadt bewässert ihre Parks mit aufbereitetem Wasser\n\nDie neue Anlage wird ab dem kommenden Sommer 40 Parks mit aufbereitetem Wasser versorgen.\n\nDas aufbereitete Wasser kostet ein Drittel so viel wie Trinkwasser, teilten die Stadtwerke mit.\n\nKritiker sagen, das gereinigte Abwasser könne an heißen Tagen riechen.\n\nDer Stadtrat billigte das Projekt mit 31 zu 6 Stimmen.\n'


def test_strong_adjective_forms_are_one_word_en_de(tmp_path):
    assert ("gereinigte Abwasser", "minor") in t003(tmp_path, WATER_EN, WATER_DE, "en", "de")
    same = WATER_DE.replace("das gereinigte Abwasser", "das aufbereitete Wasser")
    assert t003(tmp_path, WATER_EN, same, "en", "de") == []


def test_strong_adjective_forms_are_one_word_fr_de(tmp_path):
    assert ("gereinigte Abwasser", "minor") in t003(tmp_path, WATER_FR, WATER_DE, "fr", "de")


def test_strong_map_lower_case_only():
    m = _de_strong_map(["kontaminierter", "kontaminierte", "neuem", "neuen", "Besucher", "Besuche", "immer"])
    assert m.get("kontaminierter") == "kontaminiert"
    assert "besucher" not in m and "immer" not in m  # a noun in -er; no other form
    assert "neuem" not in m  # too short a stem to join safely


# -- 4. a Romance rendering joined by a preposition of kind ---------------------------------------
COOKER_EN = 'Pressure cookers recalled after lid faults\n\nThe company is recalling 40,000 pressure cookers sold since March.\n\nA faulty valve can let the lid of the pressure cooker open too early.\n\nOwners should stop using the pressure cooker and contact the shop.\n\nNo injuries have been reported so far.\n'
COOKER_ES = 'Retiran ollas a presión por fallos en la tapa\n\nLa empresa retira 40.000 ollas a presión vendidas desde marzo.\n\nUna válvula defectuosa puede hacer que la tapa de la olla exprés se abra antes de tiempo.\n\nLos propietarios deben dejar de usar la olla a presión y ponerse en contacto con la tienda.\n\nHasta ahora no se han registrado heridos.\n'
BOAT_DE = 'Segelboote kehren in den alten Hafen zurück\n\nIm alten Hafen liegen nun wieder 40 Segelboote.\n\nEin Liegeplatz für ein Segelboot kostet dort 900 Euro im Jahr.\n\nDie Besitzer der Segelboote begrüßen die Entscheidung der Gemeinde.\n\nDer Umbau hatte zwei Jahre gedauert.\n'
BOAT_IT = "Le barche a vela tornano nel vecchio porto\n\nNel vecchio porto ci sono di nuovo 40 barche a vela.\n\nL'ormeggio di una barca da diporto costa 900 euro l'anno.\n\nI proprietari delle barche a vela accolgono la decisione del comune.\n\nI lavori erano durati due anni.\n"


def test_kind_preposition_joins_a_rendering_es(tmp_path):
    assert ("olla exprés", "minor") in t003(tmp_path, COOKER_EN, COOKER_ES, "en", "es")
    same = COOKER_ES.replace("la olla exprés", "la olla a presión")
    assert t003(tmp_path, COOKER_EN, same, "en", "es") == []


def test_kind_preposition_joins_a_rendering_it(tmp_path):
    assert ("barca da diporto", "minor") in t003(tmp_path, BOAT_DE, BOAT_IT, "de", "it")
    same = BOAT_IT.replace("una barca da diporto", "una barca a vela a noleggio")
    assert t003(tmp_path, BOAT_DE, same, "de", "it") == []


# -- 5. a katakana transcription beside a rendering in characters ---------------------------------
WIND_EN = 'Offshore wind farm approved off Akita\n\nThe government on Tuesday approved a 700-megawatt wind farm off the coast of Akita.\n\nConstruction of the wind farm will begin in 2026, the ministry said.\n\n"The wind farm will power 500,000 homes," the minister told reporters.\n\nLocal fishermen have asked for compensation.\n'
WIND_JA = '秋田沖の洋上風力発電所を承認\n\n政府は火曜日、秋田沖に出力70万キロワットの風力発電所を建設する計画を承認した。\n\n同省によると、風力発電所の建設は2026年に始まる。\n\n「ウィンド・ファームは50万世帯に電力を供給する」と大臣は記者団に語った。\n\n地元の漁業者は補償を求めている。\n'


def test_katakana_transcription_once(tmp_path):
    assert ("ウィンド・ファーム", "major") in t003(tmp_path, WIND_EN, WIND_JA, "en", "ja")


def test_katakana_everywhere_or_nowhere_is_silent(tmp_path):
    kanji = WIND_JA.replace("ウィンド・ファーム", "風力発電所")
    assert t003(tmp_path, WIND_EN, kanji, "en", "ja") == []
    kana = WIND_JA.replace("風力発電所", "ウィンドファーム")  # (the odd one dotted: one rendering)
    assert t003(tmp_path, WIND_EN, kana, "en", "ja") == []


def test_kana_transcription_helper():
    assert _kana_transcription(("sea", "wall"), "「シー・ウォール」", 0, 9) is not None
    assert _kana_transcription(("sea", "wall"), "防潮堤", 0, 3) is None
    assert _kana_transcription(("sea", "wall"), "シー", 0, 2) is None  # one word of two
