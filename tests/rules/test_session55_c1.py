"""Session 55 (c1): coverage (C001-C003) on sentences a translation reorders or adds.

* a quotation's frame (its attribution) said after the closing mark in the source and
  before the opening one in the translation ("…" değerlendirmesinde bulundu → X said: "…")
  makes the pair before long and the quotation's last sentence short: a boundary placed
  elsewhere, not an omission, even where the long pair is long by less than SHIFT_Z,
  when the frame is seen to move (C003/C001);
* a short sentence added at the edge of a one-to-two bead that is only 1.0-1.5 standard
  deviations long (C002, without the encoder): reported when it shares no anchor and no
  figure with the source, the rest of the bead holds every figure and fits, and the 1-1
  pair beside it in its paragraph fits its own source; a translator's split of one
  sentence (the rest far too short without either part) is not.
"""
from __future__ import annotations


def found(article, case, code_prefix):
    src, tgt, sl, tl = case
    return [f for f in article(src, tgt, sl, tl) if f.code.startswith(code_prefix) and not f.suppressed]

# -- a quotation's frame moved to the sentence before ---------------------------------
SHIFT_DE_EN = [["Die Stadt will bis 2027 zwei neue Buslinien einrichten.", "Bürgermeisterin Anna Keller: „Ohne neue Busse wird der Verkehr in der Innenstadt jedes Jahr weiter zunehmen. Deshalb brauchen wir dringend eine zweite Linie zum Hauptbahnhof“, erklärte sie nach der Sitzung des Gemeinderats am Dienstagabend.", "Die Kosten werden auf rund 4,2 Millionen Euro geschätzt."], ["The city wants to set up two new bus lines by 2027.", "Mayor Anna Keller said after the council meeting: \"Without new buses, traffic in the city centre will keep growing every year. That is why we urgently need a second line to the main station.\"", "The costs are estimated at around 4.2 million euros."], "de", "en"]
SHIFT_TR_EN = [["Belediye, 2027 yılına kadar iki yeni otobüs hattı açmayı planlıyor. Yeni hatlar şehrin kuzeyindeki mahalleleri merkeze bağlayacak. Projeye göre otobüsler her on beş dakikada bir sefer yapacak.", "Belediye Başkanı Ayşe Demir, \"Yeni otobüsler olmadan şehir merkezindeki trafik her yıl artmaya devam edecek. Bu yüzden tren istasyonuna giden ikinci bir hatta acilen ihtiyacımız var\" şeklinde değerlendirmesinde bulundu.", "Maliyetin yaklaşık 4,2 milyon lira olacağı tahmin ediliyor."], ["The municipality plans to open two new bus lines by 2027. The new lines will connect the neighbourhoods in the north of the city to the centre. According to the project, the buses will run every fifteen minutes.", "Mayor Ayşe Demir gave the following assessment of the situation: \"Without new buses, traffic in the city centre will keep growing every year. That is why we urgently need a second line to the railway station.\"", "The cost is estimated at around 4.2 million lira."], "tr", "en"]
SHIFT_TR_EN_OMITTED = [["Belediye, 2027 yılına kadar iki yeni otobüs hattı açmayı planlıyor. Yeni hatlar şehrin kuzeyindeki mahalleleri merkeze bağlayacak. Projeye göre otobüsler her on beş dakikada bir sefer yapacak.", "Belediye Başkanı Ayşe Demir, \"Yeni otobüsler olmadan şehir merkezindeki trafik her yıl artmaya devam edecek. Bu yüzden tren istasyonuna giden ikinci bir hatta acilen ihtiyacımız var\" şeklinde değerlendirmesinde bulundu.", "Maliyetin yaklaşık 4,2 milyon lira olacağı tahmin ediliyor."], ["The municipality plans to open two new bus lines by 2027. The new lines will connect the neighbourhoods in the north of the city to the centre. According to the project, the buses will run every fifteen minutes.", "Mayor Ayşe Demir: \"Without new buses, traffic in the city centre will keep growing every year. That is why we need a second line.\"", "The cost is estimated at around 4.2 million lira."], "tr", "en"]


def test_moved_attribution_is_no_omission_de_en(article):
    assert found(article, SHIFT_DE_EN, "C00") == []


def test_moved_attribution_is_no_omission_tr_en(article):
    assert found(article, SHIFT_TR_EN, "C00") == []


def test_quotation_cut_short_still_an_omission(article):
    # the frame is gone from the pair before as well: nothing moved, part was dropped
    assert [f.code for f in found(article, SHIFT_TR_EN_OMITTED, "C00")] == ["C001"]


# -- a short sentence added beside one that translates the source ---------------------
ADD_EN_CS = [["The town council approved the new budget on Monday after a long debate. Spending on roads will rise to €12.6 million next year, an increase of about 18 per cent on this year's figure, according to the finance committee. The opposition voted against the plan, saying that the money would be better spent on schools."], ["Městská rada v pondělí po dlouhé debatě schválila nový rozpočet. Součástí rozpočtu má být i nové koupaliště. Výdaje na silnice příští rok vzrostou na 12,6 milionu eur, tedy zhruba o 18 procent oproti letošní částce, uvedl finanční výbor města. Opozice hlasovala proti plánu s tím, že peníze by bylo lepší vynaložit na školy."], "en", "cs"]
ADD_EN_FR = [["The town council approved the new budget on Monday after a long debate. Spending on roads will rise to €12.6 million next year, an increase of about 18 per cent on this year's figure, according to the finance committee. The opposition voted against the plan, saying that the money would be better spent on schools."], ["Le conseil municipal a approuvé lundi le nouveau budget après un long débat. Les dépenses routières passeront l'an prochain à 12,6 millions d'euros, soit une hausse d'environ 18 % par rapport à cette année, selon la commission des finances. Une piscine couverte est aussi prévue. L'opposition a voté contre le projet, estimant que cet argent serait mieux investi dans les écoles."], "en", "fr"]
SPLIT_EN_CS = [["The town council approved the new budget on Monday after a long debate. Spending on roads will rise to €12.6 million next year, an increase of about 18 per cent on this year's figure, which the finance committee said was needed because many bridges are in poor repair. The opposition voted against the plan, saying that the money would be better spent on schools."], ["Městská rada v pondělí po dlouhé debatě schválila nový rozpočet. Výdaje na silnice příští rok vzrostou na 12,6 milionu eur, tedy zhruba o 18 procent oproti letošku. Podle finančního výboru je to nutné, protože mnoho mostů je ve špatném stavu. Opozice hlasovala proti plánu s tím, že peníze by bylo lepší vynaložit na školy."], "en", "cs"]
SPLIT_EN_FR = [["The town council approved the new budget on Monday after a long debate. Spending on roads will rise to €12.6 million next year, an increase of about 18 per cent on this year's figure, which the finance committee said was needed because many bridges are in poor repair. The opposition voted against the plan, saying that the money would be better spent on schools."], ["Le conseil municipal a approuvé lundi le nouveau budget après un long débat. Les dépenses routières passeront l'an prochain à 12,6 millions d'euros, soit une hausse d'environ 18 % par rapport à cette année. Selon la commission des finances, c'est nécessaire car beaucoup de ponts sont en mauvais état. L'opposition a voté contre le projet, estimant que cet argent serait mieux investi dans les écoles."], "en", "fr"]


def test_short_added_sentence_en_cs(article):
    f = found(article, ADD_EN_CS, "C002")
    assert len(f) == 1 and "koupaliště" in ADD_EN_CS[1][0][f[0].span[0]:f[0].span[1]]


def test_short_added_sentence_en_fr(article):
    f = found(article, ADD_EN_FR, "C002")
    assert len(f) == 1 and "piscine" in ADD_EN_FR[1][0][f[0].span[0]:f[0].span[1]]


def test_split_sentence_is_no_addition(article):
    assert found(article, SPLIT_EN_CS, "C00") == []
    assert found(article, SPLIT_EN_FR, "C00") == []
