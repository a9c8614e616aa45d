"""Session 47 (r2): T003 inconsistent rendering; classes of misses left by batches s41–s47
of the held-out articles (bench/articles), fixed as classes (written for mtcheck).

1. the Indic scripts (Devanagari, Bengali, Tamil …) write vowel signs, nasal marks and
   virama as combining marks inside a word: a source term in them (टीकाकरण अभियान) is found
   as whole words, not split at each mark, and the danda (।) ends a sentence;
2. a Chinese or Japanese translation (no spaces) of a recurring source term: a run of
   characters in all of its sentences but one (入場料, 防波堤) and there a run as long that
   differs in one character (入館料, 防浪堤): the term rendered otherwise.
"""

from __future__ import annotations

import mtcheck


def t003(src, tgt, sl, tl):
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == "T003" and not f.suppressed]


# 1. Indic source words whole

HI = ("नगर निगम ने सोमवार को टीकाकरण अभियान शुरू किया। अधिकारियों के अनुसार टीकाकरण अभियान तीन "
      "सप्ताह चलेगा। स्कूलों में भी शिविर लगाए जाएंगे। स्वास्थ्य विभाग ने कहा कि टीकाकरण अभियान में दो "
      "सौ कर्मचारी लगे हैं। माता-पिता से सहयोग की अपील की गई है।")
HI_EN = ("The municipal corporation launched a vaccination drive on Monday. According to officials, "
         "the vaccination drive will run for three weeks. Camps will also be set up in schools. The "
         "health department said that two hundred workers are engaged in the vaccination drive. "
         "Parents have been asked to cooperate.")


def test_devanagari_term_rendered_two_ways_hi_en():
    assert t003(HI, HI_EN, "hi", "en") == []
    bad = HI_EN.replace("the vaccination drive will run", "the immunisation campaign will run")
    assert t003(HI, bad, "hi", "en") == ["immunisation campaign"]


def test_devanagari_words_keep_their_marks():
    from mtcheck.rules.terminology import _WORD
    assert _WORD.findall("टीकाकरण अभियान शुरू") == ["टीकाकरण", "अभियान", "शुरू"]
    assert _WORD.findall("মশা নিধন অভিযান") == ["মশা", "নিধন", "অভিযান"]
    assert _WORD.findall("தமிழ் மொழி") == ["தமிழ்", "மொழி"]
    assert _WORD.findall("l'hôpital don't") == ["l'", "hôpital", "don't"]


BN = ("পৌরসভা সোমবার মশা নিধন অভিযান শুরু করেছে। কর্মকর্তারা বলেছেন মশা নিধন অভিযান তিন সপ্তাহ "
      "চলবে। স্কুলেও শিবির হবে। স্বাস্থ্য বিভাগ জানিয়েছে মশা নিধন অভিযানে দুশো কর্মী কাজ করছেন। "
      "অভিভাবকদের সহযোগিতা চাওয়া হয়েছে।")
BN_EN = ("The municipality launched a mosquito eradication drive on Monday. Officials said the "
         "mosquito eradication drive will run for three weeks. There will also be camps in schools. "
         "The health department said two hundred workers are working in the mosquito eradication "
         "drive. Parents have been asked to cooperate.")


def test_bengali_term_rendered_two_ways_bn_en():
    assert t003(BN, BN_EN, "bn", "en") == []
    bad = BN_EN.replace("said the mosquito eradication drive", "said the insect control campaign")
    got = t003(BN, bad, "bn", "en")
    assert len(got) == 1 and got[0] in bad[bad.index("insect"):bad.index("campaign") + 8]


# 2. Chinese / Japanese translation: one character of the usual rendering swapped

EN_JA = ("The museum will raise its entrance fee in April. The entrance fee has not changed since "
         "2015. Students will be able to visit for free on Sundays. The director said the entrance "
         "fee pays for the new exhibitions. Visitors can buy tickets online.")
JA = ("博物館は4月に入場料を値上げする。入場料は2015年から変わっていない。学生は日曜日に無料で見学"
      "できるようになる。館長によると、入場料は新しい展示の費用に充てられる。来館者はオンラインで"
      "チケットを購入できる。")


def test_cjk_target_rendering_one_character_off_en_ja():
    assert t003(EN_JA, JA, "en", "ja") == []
    bad = JA.replace("館長によると、入場料", "館長によると、入館料")
    assert t003(EN_JA, bad, "en", "ja") == ["入館料"]


EN_ZH = ("The city will build a new sea wall along the coast. The sea wall will be four metres "
         "high. Residents were consulted last year. Engineers say the sea wall will last fifty "
         "years. Work starts in May.")
ZH = "该市将沿海岸修建一道新的防波堤。防波堤高四米。去年曾征询居民意见。工程师表示，防波堤可使用五十年。工程将于五月开工。"


def test_cjk_target_rendering_one_character_off_en_zh():
    assert t003(EN_ZH, ZH, "en", "zh") == []
    bad = ZH.replace("工程师表示，防波堤", "工程师表示，防浪堤")
    assert t003(EN_ZH, bad, "en", "zh") == ["防浪堤"]

