"""Session 67 (helper lx): words kept from the source on purpose that L002 took for copies,
and web UI lines F003 missed, each class on invented examples.

1. L002: a Catalan word with the geminate l (col·legi, instal·lació) is one word; the
   tokenizer split it at the middle dot and took its second half for a word copied.
2. L002: the lower-case words of a body's name of two or three capitalised words and
   lower-case ones, kept whole after an article with the target's head noun for a body
   right after it, as English writes it (the X Y des z association ~ l'association X Y
   des z), or after the target's head noun before it.
3. L002: a place's name that the whole source writes only opening a sentence (its
   headline's first word), capitalised by the translation inside a sentence: no copy.
4. F003: a line of its own that a link slot's arrow opens before nothing but listed UI
   strings, also two short ones.
5. F003: the consent notice an embed blocked by a cookie banner leaves in the text,
   addressed to the reader ("To view this content, please accept cookies").
"""
from __future__ import annotations

import mtcheck


def doc(tmp_path, src: str, tgt: str, sl: str, tl: str, codes: tuple[str, ...]) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [f"{f.code}:{f.severity.label}:{f.text}" for f in rep.findings
            if f.code in codes and not f.suppressed and f.document == str(t)]


COPY = ("L001", "L002", "X001")


# 1. the Catalan geminate l

def test_l002_catalan_geminate_l_inside_a_kept_firm_name(tmp_path):
    src = ("L'empresa Col·lectiu Fusters de l'Empordà ha obert un taller nou a Figueres.\n\n"
           "El taller donarà feina a dotze persones.\n")
    tgt = ("L'entreprise Col·lectiu Fusters de l'Empordà a ouvert un nouvel atelier à Figueres.\n\n"
           "L'atelier emploiera douze personnes.\n")
    assert doc(tmp_path, src, tgt, "ca", "fr", COPY) == []


def test_l002_catalan_geminate_l_word_copied_is_reported_whole(tmp_path):
    src = ("Els alumnes del col·legi van visitar el museu dimarts.\n\n"
           "La visita va durar tres hores.\n")
    tgt = ("Les élèves du col·legi ont visité le musée mardi.\n\n"
           "La visite a duré trois heures.\n")
    assert doc(tmp_path, src, tgt, "ca", "fr", COPY) == ["L002:major:col·legi"]


# 2. a body's name of several capitalised words kept whole

FR_BEES = ("Paul Girard, qui anime l'association Vallée Verte des apiculteurs, a salué la "
           "décision du conseil municipal.\n\nLes ruches seront installées au printemps.\n")


def test_l002_name_of_two_capitalised_words_kept_before_the_english_head_noun(tmp_path):
    tgt = ("Paul Girard, chairman of the Vallée Verte des apiculteurs association, welcomed the "
           "town council's decision.\n\nThe hives will be set up in the spring.\n")
    assert doc(tmp_path, FR_BEES, tgt, "fr", "en", COPY) == []


def test_l002_name_of_two_capitalised_words_kept_after_the_target_head_noun(tmp_path):
    tgt = ("Paul Girard, presidente de la asociación Vallée Verte des apiculteurs, celebró la "
           "decisión del ayuntamiento.\n\nLas colmenas se instalarán en primavera.\n")
    assert doc(tmp_path, FR_BEES, tgt, "fr", "es", COPY) == []


def test_l002_source_words_after_a_name_without_a_head_noun_stay_copies(tmp_path):
    src = ("Les apiculteurs de la Vallée Verte ont salué la décision du conseil municipal.\n\n"
           "Les ruches seront installées au printemps.\n")
    tgt = ("The Vallée Verte ont salué the town council's decision.\n\n"
           "The hives will be set up in the spring.\n")
    got = doc(tmp_path, src, tgt, "fr", "en", COPY)
    assert any("ont salué" in g for g in got), got


# 3. a name that opens the source's headline only

EN_BAKERS = ("Geelong bakers switch to wood-fired ovens\n\n"
             "Bakers in the city say the change has cut their gas bills by a third.\n")


def test_l002_name_opening_the_source_headline_kept_inside_the_translated_one(tmp_path):
    tgt = ("Tukang roti di Geelong beralih kepada ketuhar kayu\n\n"
           "Tukang roti di bandar itu berkata perubahan tersebut mengurangkan bil gas mereka "
           "sebanyak satu pertiga.\n")
    assert doc(tmp_path, EN_BAKERS, tgt, "en", "ms", COPY) == []


def test_l002_headline_opener_the_source_writes_in_lower_case_elsewhere_stays_a_copy(tmp_path):
    src = ("Orchard thieves strike twice in one week\n\n"
           "Thieves stripped an orchard near the river of its apples on Monday night.\n")
    tgt = ("Pencuri Orchard menyerang dua kali dalam seminggu\n\n"
           "Pencuri melucutkan buah epal di sebuah kebun berhampiran sungai pada malam Isnin.\n")
    assert doc(tmp_path, src, tgt, "en", "ms", COPY) == ["L002:major:Orchard"]


# 4 and 5. F003

DE_PATH = ("Der Stadtrat hat den neuen Radweg am Dienstag eröffnet.\n\n"
           "Die Strecke ist vier Kilometer lang.\n\nIm Herbst folgt ein zweiter Abschnitt.\n")
LINES = {"en": ("The city council opened the new cycle path on Tuesday.",
                "The route is four kilometres long.", "A second section will follow in the autumn."),
         "fr": ("Le conseil municipal a inauguré mardi la nouvelle piste cyclable.",
                "Le tracé mesure quatre kilomètres.", "Un second tronçon suivra à l'automne."),
         "es": ("El ayuntamiento inauguró el martes el nuevo carril bici.",
                "El trayecto tiene cuatro kilómetros.", "Un segundo tramo seguirá en otoño."),
         "it": ("Il consiglio comunale ha inaugurato martedì la nuova pista ciclabile.",
                "Il percorso è lungo quattro chilometri.", "Un secondo tratto seguirà in autunno."),
         "ko": ("시의회는 화요일 새 자전거 도로를 개통했다.", "구간 길이는 4킬로미터다.",
                "가을에는 두 번째 구간이 이어진다.")}


def f003(tmp_path, line: str, tl: str) -> list[str]:
    a, b, c = LINES[tl]
    return doc(tmp_path, DE_PATH, f"{a}\n\n{b}\n\n{line}\n\n{c}\n", "de", tl, ("F003",))


def test_f003_arrow_line_of_korean_labels(tmp_path):
    assert f003(tmp_path, "▶ 많이 본 기사", "ko") == ["F003:major:▶ 많이 본 기사"]
    assert f003(tmp_path, "☞ 인쇄 댓글", "ko") == ["F003:major:☞ 인쇄 댓글"]


def test_f003_arrow_line_of_listed_english_labels(tmp_path):
    assert f003(tmp_path, "➤ Comments Share", "en") == ["F003:major:➤ Comments Share"]
    assert f003(tmp_path, "► Show more", "en") == ["F003:major:► Show more"]


def test_f003_arrow_before_a_sentence_or_a_bullet_before_a_label_is_no_ui_line(tmp_path):
    assert f003(tmp_path, "▶ The council meets again in May.", "en") == []
    assert f003(tmp_path, "• Search", "en") == []
    assert f003(tmp_path, "▶ Cycling", "en") == []


def test_f003_blocked_embed_consent_notice_on_its_own_line(tmp_path):
    assert f003(tmp_path, "To view this content, please accept marketing cookies. Manage settings", "en") \
        == ["F003:major:To view this content, please accept marketing cookies."]
    assert f003(tmp_path, "Allow social media cookies to view this post.", "en") \
        == ["F003:major:Allow social media cookies to view this post."]
    assert f003(tmp_path, "Pour afficher ce contenu, vous devez accepter les cookies.", "fr") \
        == ["F003:major:Pour afficher ce contenu, vous devez accepter les cookies."]
    assert f003(tmp_path, "Para ver este contenido, acepta las cookies de terceros.", "es") \
        == ["F003:major:Para ver este contenido, acepta las cookies de terceros."]
    assert f003(tmp_path, "Per vedere questo video accetta i cookie. Modifica consenso", "it") \
        == ["F003:major:Per vedere questo video accetta i cookie."]


def test_f003_sentence_reporting_on_cookie_consent_is_no_notice(tmp_path):
    src = "Um diesen Inhalt zu sehen, mussten Nutzer früher Cookies akzeptieren, sagte die Behörde.\n"
    tgt = "To see this content, users previously had to accept cookies, the authority said.\n"
    assert doc(tmp_path, src, tgt, "de", "en", ("F003",)) == []
    src = "Die Aufsichtsbehörde verbietet Websites, Leser zur Annahme von Cookies zu zwingen.\n"
    tgt = "The regulator forbids websites to force readers to accept cookies before they can view content.\n"
    assert doc(tmp_path, src, tgt, "de", "en", ("F003",)) == []
