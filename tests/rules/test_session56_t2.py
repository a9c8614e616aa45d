"""Session 56 (t2): terminology consistency (T003) on batch 25.

- A sentence of direct speech opened by a dash (Polish, Russian, Bulgarian: – Sinice nie
  znają granic) starts with its first word: a term capitalised there is no name, and its
  other rendering there is flagged like anywhere else.
- A language written without spaces (Japanese): the usual rendering of a term found inside
  a longer run of characters (浄水施設 in 許容浄水施設負荷) is the term rendered as
  elsewhere, not a cue to pick some other run of the sentence as its rendering.
- A source word in a script without capitals (Hebrew, Arabic) that one capitalised target
  word renders in every one of its sentences is a name: no "rendered with ... but ... here"
  finding on the words beside it.
"""
from __future__ import annotations

import os

import pytest

import mtcheck


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[str]:
    sp = os.path.join(tmp_path, f"source.{sl}.txt")
    tp = os.path.join(tmp_path, f"target.{tl}.txt")
    with open(sp, "w", encoding="utf-8") as f:
        f.write(src)
    with open(tp, "w", encoding="utf-8") as f:
        f.write(tgt)
    rep = mtcheck.compare(tp, source=sp, source_lang=sl, target_lang=tl, semantic=False)
    return [tgt[slice(*(f.text_span or f.span))] for f in rep.findings
            if f.code == "T003" and not f.suppressed]


DASH_SPEECH = [
    ('Pustułki osiedliły się w tym roku na wieży ratusza.\n\nOrnitolodzy policzyli w kwietniu sześć par ptaków.\n\nWedług strażników pustułki chętnie korzystają z nowych budek lęgowych.\n\nWedług ornitologów budki przyciągnęły też jerzyki.\n\nMieszkańcy mogą obserwować gniazdo przez kamerę w internecie.\n\n– Pustułki wracają tu co roku od dwudziestu lat – powiedział przewodniczący koła ornitologów.\n\nKamera działa przez całą dobę.\n\nTransmisja będzie dostępna do końca sierpnia.\n',
     'Kestrels have settled on the town hall tower this year.\n\nIn April, ornithologists counted six pairs of birds.\n\nAccording to the wardens, kestrels readily use the new nest boxes.\n\nAccording to the ornithologists, the boxes have also attracted swifts.\n\nResidents can watch the nest through a webcam.\n\n"Falcons have come back here every year for twenty years," said the chairman of the ornithologists\' club.\n\nThe camera works around the clock.\n\nThe stream will be available until the end of August.\n',
     'pl', 'en'),
    ('Бобры построили плотину на ручье возле деревни.\n\nВода затопила часть луга и старую дорогу.\n\nЛесничий сказал, что бобры живут здесь уже несколько лет.\n\nЖители попросили администрацию принять меры.\n\n— Бобры охраняются законом, и трогать их нельзя, — пояснил лесничий.\n\nДорогу решено поднять на полметра.\n\nРаботы начнутся в июле.\n',
     'Beavers have built a dam on the stream near the village.\n\nThe water flooded part of the meadow and the old road.\n\nThe forester said that beavers had lived here for several years.\n\nResidents asked the administration to take action.\n\n"Otters are protected by law and must not be touched," the forester explained.\n\nThe road is to be raised by half a metre.\n\nWork will begin in July.\n',
     'ru', 'en'),
]


@pytest.mark.parametrize("src,tgt,sl,tl", DASH_SPEECH, ids=["pl-en", "ru-en"])
def test_term_opening_dash_speech_is_no_name_and_its_other_rendering_is_flagged(tmp_path, src, tgt, sl, tl):
    found = t003(tmp_path, src, tgt, sl, tl)
    assert len(found) == 1 and found[0] in ("Falcons", "Otters")


DASH_SPEECH_OK = [
    ('Pustułki osiedliły się w tym roku na wieży ratusza.\n\nOrnitolodzy policzyli w kwietniu sześć par ptaków.\n\nWedług strażników pustułki chętnie korzystają z nowych budek lęgowych.\n\nWedług ornitologów budki przyciągnęły też jerzyki.\n\nMieszkańcy mogą obserwować gniazdo przez kamerę w internecie.\n\n– Pustułki wracają tu co roku od dwudziestu lat – powiedział przewodniczący koła ornitologów.\n\nKamera działa przez całą dobę.\n\nTransmisja będzie dostępna do końca sierpnia.\n',
     'Kestrels have settled on the town hall tower this year.\n\nIn April, ornithologists counted six pairs of birds.\n\nAccording to the wardens, kestrels readily use the new nest boxes.\n\nAccording to the ornithologists, the boxes have also attracted swifts.\n\nResidents can watch the nest through a webcam.\n\n"Kestrels have come back here every year for twenty years," said the chairman of the ornithologists\' club.\n\nThe camera works around the clock.\n\nThe stream will be available until the end of August.\n',
     'pl', 'en'),
]


@pytest.mark.parametrize("src,tgt,sl,tl", DASH_SPEECH_OK, ids=["pl-en"])
def test_term_in_dash_speech_rendered_alike_is_no_finding(tmp_path, src, tgt, sl, tl):
    assert t003(tmp_path, src, tgt, sl, tl) == []


RUN_INSIDE = [
    ('Engineers have raised concerns about the treatment works.\n\nThe council met on Monday night to discuss the report.\n\nThe town has set aside two million dollars for the treatment works.\n\nWork is due to start in the autumn.\n\nAccording to the inspectors, the old building is now rated for a treatment works load of just 300 gallons per square metre, well below the state limit.\n\n"Nobody wants to pay twice for the treatment works," the mayor said.\n\nResidents will be able to visit the site in spring.\n',
     '浄水施設について技術者が懸念を示している。\n\n町議会は月曜日の夜に会合を開き、報告書について協議した。\n\n浄水施設のために町は200万ドルを確保した。\n\n工事は秋に始まる予定だ。\n\n検査官によると、古い建物の許容浄水施設負荷は現在1平方メートル当たりわずか300ガロンと、州の基準を大きく下回っている。\n\n町長は「浄水施設の費用を二度も払いたい人などいない」と述べた。\n\n住民は春に現場を見学できる。\n',
     'en', 'ja'),
    ("Les ingénieurs s'inquiètent de l'état de la station d'épuration.\n\nLe conseil municipal s'est réuni lundi soir pour examiner le rapport.\n\nLa commune a réservé deux millions de dollars pour la station d'épuration.\n\nLes travaux doivent commencer à l'automne.\n\nSelon les inspecteurs, l'ancien bâtiment n'admet plus qu'une charge de station d'épuration de 300 gallons par mètre carré, bien en dessous de la limite de l'État.\n\n« Personne ne veut payer deux fois la station d'épuration », a déclaré le maire.\n\nLes habitants pourront visiter le chantier au printemps.\n",
     '浄水施設について技術者が懸念を示している。\n\n町議会は月曜日の夜に会合を開き、報告書について協議した。\n\n浄水施設のために町は200万ドルを確保した。\n\n工事は秋に始まる予定だ。\n\n検査官によると、古い建物の許容浄水施設負荷は現在1平方メートル当たりわずか300ガロンと、州の基準を大きく下回っている。\n\n町長は「浄水施設の費用を二度も払いたい人などいない」と述べた。\n\n住民は春に現場を見学できる。\n',
     'fr', 'ja'),
]


@pytest.mark.parametrize("src,tgt,sl,tl", RUN_INSIDE, ids=["en-ja", "fr-ja"])
def test_usual_rendering_inside_a_longer_run_is_no_other_rendering(tmp_path, src, tgt, sl, tl):
    assert t003(tmp_path, src, tgt, sl, tl) == []


CASELESS_NAME = [
    ('מחלבת עיזים חדשה נפתחה בטמרה ביום ראשון.\n\nהמועצה המקומית מימנה חלק מהעלות.\n\nהמחלבה של טמרה תעסיק שלושים עובדים.\n\nהמבנה ניצב בכניסה המערבית לעיר.\n\nעד היום נאלצו רבים מחקלאי טמרה למכור את החלב למחלבה בעכו.\n\nהגבינות יימכרו בחנויות ברחבי הצפון.\n\n"טמרה מוקפת חוות עיזים, ואנחנו רוצים שמבקרים יעצרו כאן", אמר ראש המועצה.\n\nבטקס הפתיחה השתתפו מאתיים אורחים.\n\nמשרד החקלאות העניק מענק של מיליון שקלים.\n\nהייצור יתחיל בחודש הבא.\n\nהאגודה מקווה לייצא גבינות לאירופה.\n\nבשנה הבאה ייתכן שייבנה מרכז מבקרים.\n',
     'A new goat dairy opened in Tamra on Sunday.\n\nThe local council paid part of the cost.\n\nTamra\'s goat dairy will employ thirty workers.\n\nThe building stands at the western entrance to the town.\n\nUntil now, many Tamra farmers had to sell their milk to a goat dairy in Acre.\n\nThe cheese will be sold in shops across the north.\n\n"Tamra is surrounded by goat farms, and we want visitors to stop here," said the head of the council.\n\nThe opening ceremony was attended by two hundred guests.\n\nThe ministry of agriculture gave a grant of one million shekels.\n\nProduction will start next month.\n\nThe cooperative hopes to export cheese to Europe.\n\nA visitor centre may be built next year.\n',
     'he', 'en'),
    ('افتتحت يوم الأحد معصرة ألبان ماعز جديدة في طمرة.\n\nدفع المجلس المحلي جزءا من التكلفة.\n\nستشغل معصرة ألبان طمرة ثلاثين عاملا.\n\nيقع المبنى عند المدخل الغربي للمدينة.\n\nحتى الآن اضطر كثير من مزارعي طمرة إلى بيع حليبهم لمعمل ألبان في عكا.\n\nستباع الأجبان في المتاجر في أنحاء الشمال.\n\n"طمرة محاطة بمزارع الماعز، ونريد أن يتوقف الزوار هنا"، قال رئيس المجلس.\n\nحضر حفل الافتتاح مئتا ضيف.\n\nقدمت وزارة الزراعة منحة بقيمة مليون شيكل.\n\nسيبدأ الإنتاج الشهر المقبل.\n\nتأمل الجمعية التعاونية في تصدير الأجبان إلى أوروبا.\n\nقد يبنى مركز للزوار في العام المقبل.\n',
     'A new goat dairy opened in Tamra on Sunday.\n\nThe local council paid part of the cost.\n\nTamra\'s goat dairy will employ thirty workers.\n\nThe building stands at the western entrance to the town.\n\nUntil now, many Tamra farmers had to sell their milk to a goat dairy in Acre.\n\nThe cheese will be sold in shops across the north.\n\n"Tamra is surrounded by goat farms, and we want visitors to stop here," said the head of the council.\n\nThe opening ceremony was attended by two hundred guests.\n\nThe ministry of agriculture gave a grant of one million shekels.\n\nProduction will start next month.\n\nThe cooperative hopes to export cheese to Europe.\n\nA visitor centre may be built next year.\n',
     'ar', 'en'),
]


@pytest.mark.parametrize("src,tgt,sl,tl", CASELESS_NAME, ids=["he-en", "ar-en"])
def test_name_in_a_caseless_script_rendered_alike_is_no_finding(tmp_path, src, tgt, sl, tl):
    assert t003(tmp_path, src, tgt, sl, tl) == []
