"""Session 59, helper pol: P003 polarity changes of batch 30 (s65) that went unflagged, and
one false alarm, by class.

* A unit word of an Indic script (Hindi "रुपये", "प्रतिशत") is a measure between a figure and
  its word of more/less: its vowel signs are no letters to ``isalpha``, which left it out.
* Lithuanian "proc." (procentų) is a measure; Bengali has words of more/less (weak alone)
  and its measures (শতাংশ percent, টাকা taka).
* A difference by a figure said the other way round ("60 रुपये अधिक" ~ "₹60 less than") is a
  flip even when the translation has weak words of the source's pole elsewhere ("he added
  that", "paid up to"), when both sides share the figure.
* A weak phrase listed in `figure_next` states its pole before a figure (Vietnamese "nhiều
  nhất 100 mét", at most 100 m).
* Catalan plural temperature adjectives ("aigües més càlides").
* Chinese comparative with 比 ("比市场价低约20%"): higher / lower, and with its figure a
  rise or a fall by it.
* glad | sorry: Bulgarian, Russian, German verbs of regret on the sad pole of mood.
* English "as many … as", "as much … as" are equatives: "half as many as" is no "more".
"""

from __future__ import annotations

import mtcheck
from mtcheck.rules import direction as D


def codes(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.code for f in mtcheck.check_pair(src, tgt, source_lang=sl, target_lang=tl)]


def flipped(src: str, tgt: str, sl: str, tl: str) -> set[str]:
    return {name for name, _, _ in D.flips(src, sl, tgt, tl)}


# -- Indic unit words are measures; a figured difference the other way round ------------------
def test_hindi_rupee_measure():
    assert "रुपये" in D.lexicon("hi").measure
    assert "प्रतिशत" in D.lexicon("hi").measure


def test_hindi_figured_more_rendered_less_hi_en():
    src = "नई दुकान में चाय का दाम पुरानी दुकान से 15 रुपये अधिक है।"
    assert "P003" in codes(src, "Tea at the new shop costs ₹15 less than at the old one.", "hi", "en")
    assert "P003" not in codes(src, "Tea at the new shop costs ₹15 more than at the old one.", "hi", "en")


def test_hindi_figured_difference_despite_weak_up_to():
    # "up to" is a weak word of rise in English: it renders nothing of the source's "अधिक"
    src = "कर्मचारियों को 500 रुपये तक का बोनस मिलेगा, जो पिछले साल से 40 रुपये अधिक है।"
    assert "change" in flipped(src, "Staff will get a bonus of up to ₹500, ₹40 less than last year.", "hi", "en")
    assert "change" not in flipped(src, "Staff will get a bonus of up to ₹500, ₹40 more than last year.", "hi", "en")


def test_bengali_percent_more_bn_en():
    src = "এ বছর ধান উৎপাদন গত বছরের তুলনায় ৭.২ শতাংশ বেশি হয়েছে, তিনি যোগ করেন।"
    assert "P003" in codes(src, "He added that rice output this year was 7.2 percent lower than last year.", "bn", "en")
    assert "P003" not in codes(src, "He added that rice output this year was 7.2 percent higher than last year.", "bn", "en")


def test_bengali_less_alone_is_weak():
    # "কম" alone (little) states no pole: no flip against "more"
    src = "এখানে বৃষ্টি কম হয়।"
    assert "more" not in flipped(src, "It rains more here.", "bn", "en")


def test_lithuanian_proc_measure_en_lt():
    src = "Sales in March were 12% higher than a year earlier."
    assert "change" in flipped(src, "Kovo mėnesio pardavimų buvo 12 proc. mažiau nei prieš metus.", "en", "lt")
    assert "change" not in flipped(src, "Kovo mėnesio pardavimų buvo 12 proc. daugiau nei prieš metus.", "en", "lt")


def test_figured_difference_needs_shared_figure():
    # the translation's "less" is after another figure: no difference said the other way round
    src = "नई दुकान में चाय का दाम 15 रुपये अधिक है।"
    assert "change" not in flipped(src, "Tea at the new shop costs ₹25 less, he added.", "hi", "en")


# -- a weak phrase before its figure (figure_next phrases) -------------------------------------
def test_vietnamese_at_most_before_figure_en_vi():
    src = "Drones must fly at least 50 metres from people."
    assert "P003" in codes(src, "Máy bay không người lái phải bay cách người nhiều nhất 50 mét.", "en", "vi")
    assert "P003" not in codes(src, "Máy bay không người lái phải bay cách người ít nhất 50 mét.", "en", "vi")


def test_vietnamese_most_alone_stays_weak():
    # "nhiều nhất" without a figure is "the most": no bound
    src = "At least two teams will qualify."
    assert "bound" not in flipped(src, "Đội ghi bàn nhiều nhất sẽ đi tiếp.", "en", "vi")


def test_vietnamese_at_most_vi_en():
    src = "Mỗi hành khách được mang nhiều nhất 7 kg hành lý xách tay."
    assert "bound" in flipped(src, "Each passenger may carry at least 7 kg of hand luggage.", "vi", "en")
    assert "bound" not in flipped(src, "Each passenger may carry at most 7 kg of hand luggage.", "vi", "en")


# -- Catalan plural temperature adjectives --------------------------------------------------
def test_catalan_warm_plural_ca_en():
    src = "Els estius són cada cop més càlids a la costa."
    assert "P003" in codes(src, "Summers are getting colder and colder on the coast.", "ca", "en")
    assert "P003" not in codes(src, "Summers are getting hotter and hotter on the coast.", "ca", "en")


def test_catalan_warm_plural_es_ca():
    src = "Las noches fueron frías en toda la comarca."
    assert "temperature" in flipped(src, "Les nits van ser càlides a tota la comarca.", "es", "ca")


# -- Chinese comparative with 比 -----------------------------------------------------------
def test_chinese_comparative_lower_by_figure_zh_fr():
    src = "新车型的油耗比旧款低约15%。"
    assert "P003" in codes(src, "La consommation du nouveau modèle est environ 15 % de plus que celle de l'ancien.", "zh", "fr")
    assert "P003" not in codes(src, "La consommation du nouveau modèle est environ 15 % plus faible que celle de l'ancien.", "zh", "fr")


def test_chinese_comparative_higher_zh_en():
    src = "今年的票价比去年高20%。"
    assert "change" in flipped(src, "Ticket prices this year are 20% lower than last year.", "zh", "en")
    assert not flipped(src, "Ticket prices this year are 20% higher than last year.", "zh", "en")


def test_chinese_comparative_no_figure_is_height_only():
    src = "今年的票价比去年低。"
    assert "high" in flipped(src, "Ticket prices this year are higher than last year.", "zh", "en")
    assert "change" not in D.poles(src, "zh")


def test_chinese_bi_in_other_words_stays_silent():
    # 比赛 (a match) and 高兴 (glad) are no comparison
    src = "比赛结束后，球迷们非常高兴。"
    assert "high" not in D.poles(src, "zh")


def test_chinese_comparative_negated_no_change():
    src = "今年的票价不比去年高20%。"
    assert "change" not in D.poles(src, "zh")


# -- glad | sorry ----------------------------------------------------------------------------
def test_glad_rendered_sorry_en_bg():
    src = "The coach said he was glad the season was over."
    assert "P003" in codes(src, "Треньорът каза, че съжалява, че сезонът е приключил.", "en", "bg")
    assert "P003" not in codes(src, "Треньорът каза, че се радва, че сезонът е приключил.", "en", "bg")


def test_glad_rendered_sorry_en_ru():
    src = "The mayor said she was glad the strike was over."
    assert "mood" in flipped(src, "Мэр сказала, что сожалеет, что забастовка закончилась.", "en", "ru")
    assert "mood" not in flipped(src, "Мэр сказала, что рада, что забастовка закончилась.", "en", "ru")


def test_glad_rendered_sorry_en_de():
    src = "The mayor said she was glad the strike was over."
    assert "mood" in flipped(src, "Die Bürgermeisterin sagte, sie bedauere, dass der Streik vorbei sei.", "en", "de")
    assert "mood" not in flipped(src, "Die Bürgermeisterin sagte, sie sei froh, dass der Streik vorbei sei.", "en", "de")


def test_unfortunately_is_no_mood_bg_ru():
    # "за съжаление", "к сожалению" (unfortunately) regret nothing of a person's mood
    assert "mood" not in flipped("Happy fans filled the square.",
                                 "За съжаление, щастливите фенове напуснаха площада.", "en", "bg")
    assert "mood" not in (D.poles("К сожалению, матч отменили.", "ru") or {})


# -- English equatives ----------------------------------------------------------------------
def test_half_as_many_as_is_no_more_et_en():
    src = "Sel aastal püüti lõhet poole vähem kui mullu."
    assert "more" not in flipped(src, "This year half as many salmon were caught as last year.", "et", "en")


def test_half_as_many_as_is_no_more_de_en():
    assert "more" not in flipped("Es kamen weniger Besucher als erwartet.",
                                 "Only half as many visitors came as expected.", "de", "en")


def test_equative_mask_keeps_plain_many():
    # "many" outside an equative is still more
    assert "more" in flipped("Es kamen nur wenige Besucher.", "Many visitors came.", "de", "en")


# -- a weak "more" before an adjective is its comparative: the adjective's pole is the change --
def test_plus_faible_is_lower_en_fr():
    src = "Fuel consumption is about 15% lower than in the old model."
    assert "P003" not in codes(src, "La consommation est environ 15 % plus faible que celle de l'ancien modèle.", "en", "fr")
    assert "P003" in codes(src, "La consommation est environ 15 % plus élevée que celle de l'ancien modèle.", "en", "fr")


def test_mas_bajo_is_lower_en_es():
    src = "Rents are 12% lower than in the capital."
    assert "P003" not in codes(src, "Los alquileres son un 12 % más bajos que en la capital.", "en", "es")
    assert "change" in flipped(src, "Los alquileres son un 12 % más altos que en la capital.", "en", "es")


def test_more_before_a_noun_still_counts():
    assert "more" in flipped("There were 15% more visitors than last year.",
                             "Il y avait 15 % de visiteurs en moins.", "en", "fr")
