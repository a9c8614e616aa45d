"""Session 66 (helper nm): misspelt and replaced names from batches s79 and s80, each class
on invented examples of its own.

1. N002: a name the translation keeps letter for letter beside another name word (a given
   name and surname, as the source writes them), one letter off at a lone mention whose
   source sentence has it: a real name or another language's respelling (v ~ w, -ero ~
   -eiro, a final consonant added) is still a slip there.
2. N003/N004: an article's person the translation names in full as the source does
   (two capitalised words kept in another language) is a name at every lone mention of
   the surname, however common a word it is in the source's language (Dutch, Turkish),
   opening a sentence too; a patronymic surname built on a lexicon given name (-s) is no
   lexicon person; a Turkish name with its case ending after an apostrophe is a mention.
3. N002: out of Japanese into Korean, two Hangul spellings of a name one vowel apart: the
   one whose vowels are not the kanji's reading is the slip.
4. N004: out of Hebrew, a geresh typed as an apostrophe (ג'…) is inside the word, so the
   surname after a kept given name is judged.
5. N004: into Chinese, a source name before a generic word (… Police ~ …警察局) whose
   slot holds a transcription of another name; a compass word translated and run on into
   the transcription (East … ~ 东…) is the place's reading.
6. N001: into Korean from English, a wh written with no ㅎ (위… for 휘…).
"""
from __future__ import annotations

import mtcheck

NAME_CODES = ("N001", "N002", "N003", "N004")


def doc(tmp_path, src: str, tgt: str, sl: str, tl: str, codes=NAME_CODES) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    rep = mtcheck.compare(str(t), source=str(s), source_lang=sl, target_lang=tl, semantic=False)
    return [f"{f.code}:{f.severity.label}:{f.text}" for f in rep.findings
            if f.code in codes and not f.suppressed and f.document == str(t)]


# 1. N002: a kept name one letter off at a lone mention

DE_SRC = ("Das Amtsgericht Fulda hat am Montag einen Lieferdienst zu einer Geldstrafe verurteilt.\n\n"
          "Die Vorsitzende Richterin Sabine Reinhard sprach von einem dreisten Betrug. \"Die Kunden "
          "haben monatelang gezahlt, ohne je beliefert zu werden\", sagte Reinhard.\n\n"
          "Der Inhaber kündigte an, in Berufung zu gehen.\n")
EN_T = ("The district court in Fulda on Monday fined a delivery service.\n\n"
        "Presiding judge Sabine Reinhard spoke of a brazen fraud. \"The customers paid for months "
        "without ever receiving a delivery,\" Reinhard said.\n\n"
        "The owner announced that he would appeal.\n")


def test_n002_kept_name_final_consonant_added(tmp_path):
    got = doc(tmp_path, DE_SRC, EN_T.replace('" Reinhard said', '" Reinhardt said'), "de", "en")
    assert any(g.startswith("N002:major:Reinhardt") for g in got), got


def test_n002_kept_name_clean_and_genitive(tmp_path):
    assert doc(tmp_path, DE_SRC, EN_T, "de", "en") == []
    # a genitive s is an ending, no slip
    de = EN_T.replace("The owner announced", "Reinhard's court heard that the owner announced")
    assert not any(g.startswith(("N001", "N002")) for g in doc(tmp_path, DE_SRC, de, "de", "en"))


HR_SRC = ("Tvrtka iz Varaždina otvorila je novu tvornicu obuće.\n\n"
          "Direktor proizvodnje Goran Novotny kaže da je najteže pronaći radnike. \"Zato smo "
          "pokrenuli vlastitu školu\", rekao je Novotny.\n\n"
          "U tvornici radi 140 ljudi.\n")
DE_T = ("Ein Unternehmen aus Varaždin hat eine neue Schuhfabrik eröffnet.\n\n"
        "Produktionsleiter Goran Novotny sagt, am schwierigsten sei es, Arbeiter zu finden. "
        "„Deshalb haben wir eine eigene Schule gegründet“, sagte Novotny.\n\n"
        "In der Fabrik arbeiten 140 Menschen.\n")


def test_n002_kept_name_respelt_at_one_mention(tmp_path):
    # v written w: another language's spelling, and a real name, at one mention only
    got = doc(tmp_path, HR_SRC, DE_T.replace("sagte Novotny", "sagte Nowotny"), "hr", "de")
    assert any(g.startswith("N002:major:Nowotny") for g in got), got
    src, tgt = HR_SRC.replace("Novotny", "Kralj"), DE_T.replace("Novotny", "Kralj")
    got = doc(tmp_path, src, tgt.replace("sagte Kralj", "sagte Krall"), "hr", "de")
    assert any(g.startswith("N002:major:Krall") for g in got), got


def test_n002_kept_name_precision(tmp_path):
    assert doc(tmp_path, HR_SRC, DE_T, "hr", "de") == []
    # the translation's own spelling at every mention: no kept name to slip from
    assert doc(tmp_path, HR_SRC, DE_T.replace("Novotny", "Nowotny"), "hr", "de") == []


ES_SRC = ("Un proyecto de la Universidad de Valladolid instala cajas para murciélagos en los viñedos.\n\n"
          "\"Los murciélagos comen miles de insectos cada noche\", explica la bióloga Carmen Cordero "
          "Ruiz, directora del estudio.\n\n"
          "\"No sustituyen a todos los tratamientos\", señala Cordero, que recomienda colocar las "
          "cajas en primavera.\n")
PT_T = ("Um projeto da Universidade de Valladolid instala caixas para morcegos nas vinhas.\n\n"
        "\"Os morcegos comem milhares de insetos todas as noites\", explica a bióloga Carmen Cordero "
        "Ruiz, diretora do estudo.\n\n"
        "\"Não substituem todos os tratamentos\", assinala Cordero, que recomenda colocar as caixas "
        "na primavera.\n")


def test_n002_kept_name_target_languages_form(tmp_path):
    got = doc(tmp_path, ES_SRC, PT_T.replace("assinala Cordero", "assinala Cordeiro"), "es", "pt")
    assert any(g.startswith("N002:major:Cordeiro") for g in got), got
    assert doc(tmp_path, ES_SRC, PT_T, "es", "pt") == []


# 2. N003/N004: a surname the translation keeps as a person's, however common a word

NL_SRC = ("Een aannemer uit Zwolle is dinsdag veroordeeld tot een jaar cel.\n\n"
          "De rechtbank veroordeelde de 48-jarige Joost Molenaar voor oplichting van 90 klanten.\n\n"
          "Volgens de rechter wist Molenaar al in 2022 dat zijn bedrijf failliet zou gaan.\n\n"
          "De klanten betaalden samen ruim 400.000 euro.\n\n"
          "Daarnaast mag Molenaar vijf jaar lang geen bedrijf besturen.\n")
ES_T = ("Un contratista de Zwolle fue condenado el martes a un año de cárcel.\n\n"
        "El tribunal condenó a Joost Molenaar, de 48 años, por estafar a 90 clientes.\n\n"
        "Según el juez, Molenaar ya sabía en 2022 que su empresa iba a quebrar.\n\n"
        "Los clientes pagaron en total más de 400.000 euros.\n\n"
        "Además, Molenaar no podrá dirigir ninguna empresa durante cinco años.\n")


def test_n004_common_word_surname_replaced_by_patronymic(tmp_path):
    got = doc(tmp_path, NL_SRC, ES_T.replace("Además, Molenaar", "Además, Willems"), "nl", "es")
    assert any(g.startswith("N004:") and g.endswith(":Willems") for g in got), got
    assert doc(tmp_path, NL_SRC, ES_T, "nl", "es") == []


TR_SRC = ("Manisa'de sahte diş hekimine 3 yıl hapis cezası verildi.\n\n"
          "Olay, emekli öğretmen Ayşe Yüce'nin şikâyetiyle ortaya çıktı. Yüce'ye takılan iki implant "
          "çene kemiğinin dışına taştı.\n\n"
          "Yüce duruşmada, \"Beni beyaz önlükle karşıladı. Nasıl şüphelenebilirdim ki?\" dedi.\n\n"
          "Mahkeme sanığa ayrıca para cezası verdi.\n")
EN_TR = ("A fake dentist in Manisa was sentenced to three years in prison.\n\n"
         "The case came to light after a complaint by Ayşe Yüce, a retired teacher. Two implants "
         "fitted in Yüce's mouth protruded outside the jawbone.\n\n"
         "\"He greeted me in a white coat. How could I have suspected anything?\" Yüce said at the "
         "hearing.\n\n"
         "The court also fined the defendant.\n")


def test_n004_turkish_speaker_replaced_after_quotation(tmp_path):
    got = doc(tmp_path, TR_SRC, EN_TR.replace('" Yüce said', '" Yalçın said'), "tr", "en")
    assert any(g.startswith("N004:major:Yalçın") for g in got), got
    assert doc(tmp_path, TR_SRC, EN_TR, "tr", "en") == []


# 3. N002: Japanese into Korean, a vowel off the kanji's reading

JA_SRC = ("金沢市は来年度、新しい防災センターを開設する。\n\n"
          "センターでは北川直子所長を中心に、職員12人が24時間体制で勤務する。北川所長は「最初の数分が"
          "大切だ」と話した。\n\n"
          "建設費は約8億円と見込まれる。\n")
KO_T = ("가나자와시는 내년도에 새로운 방재센터를 개설한다.\n\n"
        "센터에서는 기타가와 나오코 소장을 중심으로 직원 12명이 24시간 체제로 근무한다. 기타가와 소장은 "
        "\"처음 몇 분이 중요하다\"고 말했다.\n\n"
        "건설비는 약 8억 엔으로 예상된다.\n")


def test_n002_hangul_vowel_off_the_kanji_reading(tmp_path):
    later = doc(tmp_path, JA_SRC, KO_T.replace("기타가와 소장은", "기토가와 소장은"), "ja", "ko")
    first = doc(tmp_path, JA_SRC, KO_T.replace("기타가와 나오코", "기토가와 나오코"), "ja", "ko")
    for got in (later, first):
        assert any(g.startswith("N002:major:기토가") for g in got), got
    assert doc(tmp_path, JA_SRC, KO_T, "ja", "ko") == []


# 4. N004: Hebrew geresh typed as an apostrophe

HE_SRC = ("הפועל חולון ניצחה אמש את מכבי חיפה 81:77.\n\n"
          "הזרה של הקבוצה, הבריטית קיילה צ'פמן, קלעה 20 נקודות ו-9 ריבאונדים.\n\n"
          "המשחק הבא ייערך ביום ראשון.\n")
EN_HE = ("Hapoel Holon beat Maccabi Haifa 81-77 last night.\n\n"
         "The team's foreign player, Briton Kayla Chapman, scored 20 points and 9 rebounds.\n\n"
         "The next game will be played on Sunday.\n")


def test_n004_hebrew_geresh_apostrophe_surname_swapped(tmp_path):
    got = doc(tmp_path, HE_SRC, EN_HE.replace("Kayla Chapman", "Kayla Fowler"), "he", "en")
    assert any(g.startswith("N004:major:Fowler") for g in got), got
    assert doc(tmp_path, HE_SRC, EN_HE, "he", "en") == []


# 5. N004 into Chinese: another name before the generic word

ZH_SRC = ("The council approved the new speed limit on Tuesday.\n\n"
          "Councillor Simon Marsh voted against the plan. East Sussex Police said it would focus on "
          "education during the first six months.\n\n"
          "The limit takes effect in March.\n")
ZH_T = ("议会周二批准了新的限速规定。\n\n"
        "议员西蒙·马什投票反对该计划。东萨塞克斯警察局表示，头六个月将以宣传教育为主。\n\n"
        "该限速将于三月生效。\n")


def test_n004_zh_other_name_before_generic_word(tmp_path):
    got = doc(tmp_path, ZH_SRC, ZH_T.replace("东萨塞克斯警察局", "东萨福克警察局"), "en", "zh")
    assert any(g.startswith("N004:major:") for g in got), got
    src = ZH_SRC.replace("East Sussex Police said", "A spokesman for Durham Police said")
    got = doc(tmp_path, src, ZH_T.replace("东萨塞克斯警察局表示", "萨福克警察局发言人表示"), "en", "zh")
    assert any(g.startswith("N004:major:萨福克") for g in got), got


def test_zh_compass_word_run_on_is_read(tmp_path):
    # 东 "east" read as a sound would hide the place: the run after it reads as Sussex
    assert doc(tmp_path, ZH_SRC, ZH_T, "en", "zh") == []
    src = ZH_SRC.replace("East Sussex Police said", "A spokesman for Durham Police said")
    assert doc(tmp_path, src, ZH_T.replace("东萨塞克斯警察局表示", "达勒姆警察局发言人表示"), "en", "zh") == []


# 6. N001 into Korean: wh without its ㅎ

KO_SRC = ("The lake is clearer than it has been for decades.\n\n"
          "\"We are cautiously optimistic,\" said Tom Wheaton, the centre's chief scientist.\n\n"
          "The survey will continue next year.\n")
KO_W = ("호수는 수십 년 만에 가장 맑아졌다.\n\n"
        "센터의 수석 과학자 톰 휘턴은 \"조심스럽게 낙관하고 있다\"고 말했다.\n\n"
        "조사는 내년에도 계속된다.\n")


def test_n001_korean_wh_without_h(tmp_path):
    got = doc(tmp_path, KO_SRC, KO_W.replace("휘턴", "위턴"), "en", "ko")
    assert any(g.startswith("N001:minor:위턴") for g in got), got
    assert doc(tmp_path, KO_SRC, KO_W, "en", "ko") == []
