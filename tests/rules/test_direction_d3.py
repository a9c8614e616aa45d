"""P003 in Japanese, Chinese, Korean, Arabic, Hebrew and Hindi (session 40): correct news
sentences both ways give no finding; a rise turned fall, more turned fewer, a win turned
defeat, imports turned exports does. Japanese and Chinese have no spaces (`tokens: chars`:
the lexicon's strings found anywhere, the longest first); Arabic and Hebrew glue
conjunctions, prepositions and the article before a word (`prefix:`); Hindi writes its
vowels as marks and its dotted letters two ways."""

from __future__ import annotations

import unicodedata

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.rules import direction


def flagged(src: str, tgt: str, sl: str, tl: str) -> list:
    cfg = Config(select=["P003"])
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=cfg) if f.code == "P003"]


# (source, target, source lang, target lang): correct translations, no P003
CORRECT = [
    # Japanese
    ("消費者物価は5月に前年比3%上昇した。", "Consumer prices rose 3% in May from a year earlier.", "ja", "en"),
    ("日本の輸出は2か月連続で減少した。", "Japan's exports fell for a second straight month.", "ja", "en"),
    ("少なくとも20人が死亡し、多くの住宅が損壊した。",
     "At least 20 people died and many houses were damaged.", "ja", "en"),
    ("The yen fell to its lowest level against the dollar since 1990.",
     "円は対ドルで1990年以来の安値に下落した。", "en", "ja"),
    ("The ruling party won a majority in the upper house.", "与党は参院で過半数を獲得し、勝利した。", "en", "ja"),
    ("Die Arbeitslosigkeit sank auf 2,4 Prozent.", "失業率は2.4%に低下した。", "de", "ja"),
    ("最高裁は被告に無罪を言い渡した。", "The Supreme Court acquitted the defendant.", "ja", "en"),
    ("多かれ少なかれ、影響は避けられない。", "The impact is more or less unavoidable.", "ja", "en"),
    # Chinese
    ("中国5月出口同比增长7.6%。", "China's exports rose 7.6% year on year in May.", "zh", "en"),
    ("房价连续第三个月下跌。", "House prices fell for the third month in a row.", "zh", "en"),
    ("至少有30人在事故中受伤。", "At least 30 people were injured in the accident.", "zh", "en"),
    ("Imports fell by 2 percent while exports grew.", "进口下降了2%，而出口有所增长。", "en", "zh"),
    ("The team won the final 2-1.", "该队以2比1赢得决赛。", "en", "zh"),
    ("他马上把东西收起来了。", "He put the things away at once.", "zh", "en"),
    ("最高人民法院驳回了上诉。", "The Supreme People's Court dismissed the appeal.", "zh", "en"),
    ("Die Preise stiegen im Mai um 3 Prozent.", "五月份价格上涨了3%。", "de", "zh"),
    # Korean
    ("소비자물가가 지난해보다 3.2% 상승했다.", "Consumer prices rose 3.2% from a year earlier.", "ko", "en"),
    ("수출이 두 달 연속 감소했다.", "Exports fell for the second consecutive month.", "ko", "en"),
    ("최소 15명이 다쳤다.", "At least 15 people were injured.", "ko", "en"),
    ("The central bank raised interest rates to the highest level in 15 years.",
     "중앙은행은 금리를 15년 만에 가장 높은 수준으로 인상했다.", "en", "ko"),
    ("한국은 일본과의 경기에서 2대 1로 이겼다.", "South Korea beat Japan 2-1.", "ko", "en"),
    ("정부는 오랜 논의 끝에 규제를 완화했다.", "After long discussions the government eased the rules.", "ko", "en"),
    ("Die Zahl der Touristen nahm um 10 Prozent zu.", "관광객 수가 10% 증가했다.", "de", "ko"),
    # Arabic
    ("ارتفعت أسعار النفط بنسبة 4% يوم الاثنين.", "Oil prices rose 4% on Monday.", "ar", "en"),
    ("وانخفضت الصادرات بنسبة 5% خلال العام الماضي.", "Exports fell by 5% over the past year.", "ar", "en"),
    ("قتل ما لا يقل عن 12 شخصا في الهجوم.", "At least 12 people were killed in the attack.", "ar", "en"),
    ("The ruling party won the elections in the north.", "فاز الحزب الحاكم بالانتخابات في الشمال.", "en", "ar"),
    ("Unemployment fell to its lowest level in a decade.", "وتراجعت البطالة إلى أدنى مستوى لها منذ عقد.", "en", "ar"),
    ("قال الرئيس السابق إن الحرب الباردة انتهت.", "The former president said the Cold War was over.", "ar", "en"),
    ("Die Inflation stieg auf 5 Prozent.", "وارتفع التضخم إلى 5%.", "de", "ar"),
    # Hebrew
    ("המחירים עלו ב-3% בחודש מאי.", "Prices rose by 3% in May.", "he", "en"),
    ("האבטלה ירדה ל-3.2 אחוזים.", "Unemployment fell to 3.2 percent.", "he", "en"),
    ("לפחות 20 בני אדם נפצעו בתאונה.", "At least 20 people were injured in the accident.", "he", "en"),
    ("Israel's exports grew sharply last year.", "היצוא של ישראל גדל בחדות בשנה שעברה.", "en", "he"),
    ("בעלה אמר שהמחירים ירדו.", "Her husband said prices fell.", "he", "en"),
    ("הקבוצה ניצחה במשחק הגמר.", "The team won the final.", "he", "en"),
    ("זה המצב הטוב ביותר שהיה לנו.", "This is the best situation we have had.", "he", "en"),
    ("Die Exporte gingen um 4 Prozent zurück.", "היצוא ירד ב-4%.", "de", "he"),
    # Hindi
    ("मार्च में बेरोजगारी घटकर 3.2 प्रतिशत रह गई।", "Unemployment fell to 3.2 percent in March.", "hi", "en"),
    ("पेट्रोल की कीमतें 2 रुपये बढ़ीं।", "Petrol prices rose by 2 rupees.", "hi", "en"),
    ("कम से कम 12 लोग घायल हुए।", "At least 12 people were injured.", "hi", "en"),
    ("India won the match by five wickets.", "भारत ने मैच पांच विकेट से जीता।", "en", "hi"),
    ("Exports to the United States rose sharply.", "अमेरिका को निर्यात में तेज़ी से वृद्धि हुई।", "en", "hi"),
    ("उत्तर प्रदेश में सर्वोच्च न्यायालय के फैसले का स्वागत हुआ।",
     "The Supreme Court's ruling was welcomed in Uttar Pradesh.", "hi", "en"),
    ("Die Preise fielen um 2 Prozent.", "कीमतों में 2 प्रतिशत की गिरावट आई।", "de", "hi"),
]


# (source, target, source lang, target lang, the flipped target word P003 points at)
FLIPPED = [
    # Japanese
    ("消費者物価は5月に3%上昇した。", "Consumer prices fell 3% in May.", "ja", "en", "fell"),
    ("Japan's exports fell for a second month.", "日本の輸出は2か月連続で増加した。", "en", "ja", "増加"),
    ("与党は選挙で勝利した。", "The ruling party lost the election.", "ja", "en", "lost"),
    ("Die Preise stiegen im Mai.", "5月に価格は下落した。", "de", "ja", "下落"),
    # Chinese
    ("中国5月出口增长7.6%。", "China's exports fell 7.6% in May.", "zh", "en", "fell"),
    ("House prices fell for the third month.", "房价连续第三个月上涨。", "en", "zh", "上涨"),
    ("该队赢得了决赛。", "The team lost the final.", "zh", "en", "lost"),
    ("Imports rose sharply.", "出口大幅上升。", "en", "zh", "出口"),
    # Korean
    ("소비자물가가 3.2% 상승했다.", "Consumer prices fell 3.2%.", "ko", "en", "fell"),
    ("Exports fell for the second month.", "수출이 두 달 연속 증가했다.", "en", "ko", "증가했다"),
    ("한국이 일본에 이겼다.", "South Korea lost to Japan.", "ko", "en", "lost"),
    ("Die Zinsen wurden gesenkt.", "금리가 인상됐다.", "de", "ko", "인상됐다"),
    # Arabic
    ("ارتفعت أسعار النفط بنسبة 4%.", "Oil prices fell 4%.", "ar", "en", "fell"),
    ("Exports fell by 5% last year.", "وارتفعت الصادرات بنسبة 5% العام الماضي.", "en", "ar", "ارتفعت"),
    ("فاز الحزب الحاكم بالانتخابات.", "The ruling party lost the elections.", "ar", "en", "lost"),
    ("Die Zahl der Opfer ist höher als erwartet.", "عدد الضحايا أدنى من المتوقع.", "de", "ar", "أدنى"),
    # Hebrew
    ("המחירים עלו ב-3%.", "Prices fell by 3%.", "he", "en", "fell"),
    ("Unemployment fell to 3.2 percent.", "האבטלה עלתה ל-3.2 אחוזים.", "en", "he", "עלתה"),
    ("הקבוצה ניצחה במשחק.", "The team lost the match.", "he", "en", "lost"),
    ("זה המצב הטוב ביותר.", "This is the worst situation.", "he", "en", "worst"),
    ("Die Exporte stiegen um 4 Prozent.", "היצוא ירד ב-4%.", "de", "he", "ירד"),
    # Hindi
    ("मार्च में बेरोजगारी घटकर 3.2 प्रतिशत रह गई।", "Unemployment rose to 3.2 percent in March.", "hi", "en", "rose"),
    ("Petrol prices rose by 2 rupees.", "पेट्रोल की कीमतें 2 रुपये घटीं।", "en", "hi", "घटीं"),
    ("भारत ने मैच जीता।", "India lost the match.", "hi", "en", "lost"),
    ("Die Preise fielen um 2 Prozent.", "कीमतों में 2 प्रतिशत की वृद्धि हुई।", "de", "hi", "वृद्धि"),
]


@pytest.mark.parametrize("src,tgt,sl,tl", CORRECT)
def test_correct_translation_not_flagged(src, tgt, sl, tl):
    assert flagged(src, tgt, sl, tl) == []


@pytest.mark.parametrize("src,tgt,sl,tl,word", FLIPPED)
def test_flipped_translation_flagged(src, tgt, sl, tl, word):
    got = flagged(src, tgt, sl, tl)
    assert got, f"no P003 for {tgt!r}"
    assert any(f"“{word}”".casefold() in f.message.casefold() for f in got), [f.message for f in got]


@pytest.mark.parametrize("lang", ["ja", "zh", "ko", "ar", "he", "hi"])
def test_each_language_has_cases(lang):
    assert direction.lexicon(lang) is not None
    assert sum(1 for c in CORRECT if lang in c[2:4]) >= 5
    assert sum(1 for c in FLIPPED if lang in c[2:4]) >= 3
    # the language as the target too
    assert any(c[3] == lang for c in CORRECT) and any(c[3] == lang for c in FLIPPED)


def test_unspaced_tokens_longest_first():
    # the lexicon's strings found anywhere, the longest at each place: a mask shields the
    # pole words inside it, the words between are _WORD's
    lx = direction.lexicon("ja")
    assert lx.chars is not None and direction.lexicon("ko").chars is None
    words = [w for _, _, w in direction._unspaced("多かれ少なかれ価格は上昇した", lx)]
    assert words == ["多かれ少なかれ", "価格は", "上昇", "した"]
    assert direction.poles("多かれ少なかれ影響はあった", "ja") == {}
    # 东西 is "things" in Chinese, not east and west; 马上 "at once" holds no 上升 rise
    assert direction.poles("他马上升起了旗子，买了很多东西。", "zh").keys() == {"more"}


def test_prefixes_stripped_only_where_the_rest_is_a_word():
    # و (and) before ارتفعت (rose), ب (with) before ارتفاع (rise); الأسعار (the prices)
    # has no entry either way
    sides = direction.poles("وارتفعت الأسعار بعد ارتفاع بارتفاع", "ar")
    assert sides["change"].count == (3, 0) and sides["change"].strong[0][2] == "ارتفعت"
    assert [w for _, _, w in sides["change"].strongs[0]] == ["ارتفعت", "ارتفاع", "ارتفاع"]
    # בעלה is "her husband": stripped, it is only the weak עלה (rose, cost, leaf); מסגרת
    # (frame) is no סגרת: מ is not a prefix
    assert "open" not in direction.poles("הוא פעל במסגרת ההסכם.", "he")
    assert flagged("בעלה אמר שהמחירים ירדו.", "Her husband said prices fell.", "he", "en") == []
    # a phrase's later word keeps its prefix: הטוב ביותר is "the best"
    assert direction.poles("זה המצב הטוב ביותר.", "he")["quality"].count == (1, 0)


def test_indic_words_whole_and_in_either_spelling():
    # the vowel signs do not split a word, and ढ़ matches written as one letter or two
    assert direction._WORD.findall("कीमतें बढ़ीं") == ["कीमतें", "बढ़ीं"]
    one = "कीमतें " + "ब\u095dीं"
    two = "कीमतें " + unicodedata.normalize("NFC", "ब\u095dीं")
    assert one != two
    for text in (one, two):
        assert direction.poles(text, "hi")["change"].count == (1, 0)
