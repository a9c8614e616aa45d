"""Session 56 (c2): coverage and page furniture.

* F003: a "share the article" button (Danish "Del artiklen", Norwegian "Del artikkelen",
  Portuguese "Compartilhar este artigo", and the like in other lists that had it as a plain
  entry) is a strong marker, found glued between two sentences as the English "Share this
  article" is; a sentence that opens with the same words and goes on in lower case is none.
* C001: two source sentences of a many-to-one bead that say the same figure ("… will take
  35 minutes … | A single ticket will cost 35 euros."), the target saying it once: the one
  whose absence makes the bead's length fit was dropped (_unnumbered saw the figure said).
* C002: a translation in another script than the source's (English → Chinese, Russian)
  shares figures with its source, no word: one shared figure anchors the rest of a bead; a
  sentence of 25 × the length ratio characters is measured (Chinese); and a sentence that
  closes its paragraph where the source's paragraph closes too needs no fitting neighbour.
  A source sentence split in two by the translator is still no addition.
"""
from __future__ import annotations

C001_DE_DROP = [["New ferry link to cut travel time to the islands", "The regional transport authority will open a direct ferry route between Harbourtown and the island of Westholm on 1 May, the authority said on Thursday.", "The crossing from the harbour to the new island pier will take 35 minutes, and passengers travelling on to the mainland will no longer have to change boats at Eastvik. A single ticket will cost 35 euros.", "The new vessel can carry up to 240 passengers and 30 cars, and it runs on batteries charged at both ends of the route.", "Local businesses welcomed the plan, saying the old connection had kept tourists away for years."], ["Neue Fährverbindung verkürzt die Reisezeit zu den Inseln", "Die regionale Verkehrsbehörde wird am 1. Mai eine direkte Fährlinie zwischen Harbourtown und der Insel Westholm eröffnen, wie die Behörde am Donnerstag mitteilte.", "Die Überfahrt vom Hafen bis zum neuen Anleger auf der Insel wird 35 Minuten dauern, und Fahrgäste, die weiter aufs Festland reisen wollen, müssen dann nicht mehr in Eastvik auf ein anderes Boot umsteigen.", "Das neue Schiff kann bis zu 240 Passagiere und 30 Autos befördern und fährt mit Batterien, die an beiden Enden der Strecke geladen werden.", "Die örtlichen Unternehmen begrüßten den Plan und sagten, die alte Verbindung habe die Touristen jahrelang ferngehalten."], "en", "de"]
C001_DE_MERGED = [["New ferry link to cut travel time to the islands", "The regional transport authority will open a direct ferry route between Harbourtown and the island of Westholm on 1 May, the authority said on Thursday.", "The crossing from the harbour to the new island pier will take 35 minutes, and passengers travelling on to the mainland will no longer have to change boats at Eastvik. A single ticket will cost 35 euros.", "The new vessel can carry up to 240 passengers and 30 cars, and it runs on batteries charged at both ends of the route.", "Local businesses welcomed the plan, saying the old connection had kept tourists away for years."], ["Neue Fährverbindung verkürzt die Reisezeit zu den Inseln", "Die regionale Verkehrsbehörde wird am 1. Mai eine direkte Fährlinie zwischen Harbourtown und der Insel Westholm eröffnen, wie die Behörde am Donnerstag mitteilte.", "Die Überfahrt vom Hafen zum Inselanleger wird 35 Minuten dauern, die Fahrgäste müssen nicht mehr in Eastvik umsteigen, und eine einfache Fahrt für Erwachsene kostet 35 Euro.", "Das neue Schiff kann bis zu 240 Passagiere und 30 Autos befördern und fährt mit Batterien, die an beiden Enden der Strecke geladen werden.", "Die örtlichen Unternehmen begrüßten den Plan und sagten, die alte Verbindung habe die Touristen jahrelang ferngehalten."], "en", "de"]
C001_DA_DROP = [["New ferry link to cut travel time to the islands", "The regional transport authority will open a direct ferry route between Harbourtown and the island of Westholm on 1 May, the authority said on Thursday.", "The crossing from the harbour to the new island pier will take 35 minutes, and passengers travelling on to the mainland will no longer have to change boats at Eastvik. A single ticket will cost 35 euros.", "The new vessel can carry up to 240 passengers and 30 cars, and it runs on batteries charged at both ends of the route.", "Local businesses welcomed the plan, saying the old connection had kept tourists away for years."], ["Ny færgeforbindelse skal forkorte rejsetiden til øerne", "Den regionale trafikmyndighed åbner den 1. maj en direkte færgerute mellem Harbourtown og øen Westholm, oplyste myndigheden torsdag.", "Overfarten fra havnen til den nye ømole kommer til at tage 35 minutter, og passagerer, der skal videre til fastlandet, skal ikke længere skifte båd i Eastvik.", "Det nye skib kan tage op til 240 passagerer og 30 biler, og det sejler på batterier, der lades op i begge ender af ruten.", "De lokale virksomheder hilste planen velkommen og sagde, at den gamle forbindelse i årevis havde holdt turisterne væk."], "en", "da"]
F003_DA = [["Council approves new budget", "The city council approved next year's budget on Monday after a debate that lasted more than four hours. The mayor said local taxes would not rise.", "Most of the new spending will go to schools and to repairs of the harbour wall."], ["Byrådet vedtager nyt budget", "Byrådet vedtog mandag næste års budget efter en debat, der varede mere end fire timer. Del artiklen Borgmesteren sagde, at de lokale skatter ikke vil stige.", "Størstedelen af de nye udgifter går til skolerne og til reparationer af havnemolen."], "en", "da"]
F003_NB = [["Council approves new budget", "The city council approved next year's budget on Monday after a debate that lasted more than four hours. The mayor said local taxes would not rise.", "Most of the new spending will go to schools and to repairs of the harbour wall."], ["Bystyret vedtar nytt budsjett", "Bystyret vedtok mandag neste års budsjett etter en debatt som varte i mer enn fire timer. Del artikkelen Ordføreren sa at de lokale skattene ikke vil øke.", "Mesteparten av de nye utgiftene går til skolene og til reparasjoner av havnemuren."], "en", "nb"]
F003_PT = [["Council approves new budget", "The city council approved next year's budget on Monday after a debate that lasted more than four hours. The mayor said local taxes would not rise.", "Most of the new spending will go to schools and to repairs of the harbour wall."], ["Câmara aprova novo orçamento", "A câmara municipal aprovou na segunda-feira o orçamento do próximo ano, depois de um debate que durou mais de quatro horas. Compartilhar este artigo O prefeito disse que os impostos locais não vão subir.", "A maior parte dos novos gastos irá para as escolas e para reparos no muro do porto."], "en", "pt"]
F003_DA_OK = [["Council approves new budget", "The city council approved next year's budget on Monday. Share the article with your neighbours, the mayor urged residents at the end of the meeting.", "Most of the new spending will go to schools and to repairs of the harbour wall."], ["Byrådet vedtager nyt budget", "Byrådet vedtog mandag næste års budget. Del artiklen med jeres naboer, opfordrede borgmesteren borgerne ved mødets afslutning.", "Størstedelen af de nye udgifter går til skolerne og til reparationer af havnemolen."], "en", "da"]
C002_EN_ZH_ADDED = [["New bridge to open in river town", "A new road bridge across the Mell River will open to traffic on 15 September, the regional government said on Tuesday.", "The bridge, which cost $48 million, will replace a narrow crossing built in 1952 that has been closed to heavy trucks since last year.", "The bypass will also take about 6,500 trucks a month off Station Street, where shop owners have long complained about noise and dust.", "Mayor Linda Harcourt said the town had waited more than twenty years for the project.", "Work on a cycle path along the river will begin next spring."], ["河边小镇新桥即将通车", "地区政府周二表示，横跨梅尔河的一座新公路桥将于9月15日通车。", "这座耗资4800万美元的大桥将取代一座建于1952年的狭窄桥梁，旧桥自去年起已禁止重型卡车通行。", "绕行道路每月还将使车站街减少约6500辆卡车通行，当地店主长期抱怨那里噪音大、尘土多。镇上还计划明年修建一座新停车场。", "镇长琳达·哈考特说，小镇为这个项目等了二十多年。", "沿河自行车道的工程将于明年春天开工。"], "en", "zh"]
C002_EN_ZH_SPLIT = [["New bridge to open in river town", "A new road bridge across the Mell River will open to traffic on 15 September, the regional government said on Tuesday.", "The bridge, which cost $48 million, will replace a narrow crossing built in 1952 that has been closed to heavy trucks since last year.", "The bypass will also take about 6,500 trucks a month off Station Street, where shop owners have long complained about noise and dust.", "Mayor Linda Harcourt said the town had waited more than twenty years for the project.", "Work on a cycle path along the river will begin next spring."], ["河边小镇新桥即将通车", "地区政府周二表示，横跨梅尔河的一座新公路桥将于9月15日通车。", "这座耗资4800万美元的大桥将取代一座建于1952年的狭窄桥梁，旧桥自去年起已禁止重型卡车通行。", "绕行道路每月还将使车站街减少约6500辆卡车通行。当地店主长期以来一直抱怨那里噪音大、尘土多。", "镇长琳达·哈考特说，小镇为这个项目等了二十多年。", "沿河自行车道的工程将于明年春天开工。"], "en", "zh"]
C002_EN_RU_ADDED = [["New bridge to open in river town", "A new road bridge across the Mell River will open to traffic on 15 September, the regional government said on Tuesday.", "The bridge, which cost $48 million, will replace a narrow crossing built in 1952 that has been closed to heavy trucks since last year.", "The bypass will also take about 6,500 trucks a month off Station Street, where shop owners have long complained about noise and dust.", "Mayor Linda Harcourt said the town had waited more than twenty years for the project.", "Work on a cycle path along the river will begin next spring."], ["В речном городке откроется новый мост", "Новый автомобильный мост через реку Мелл откроется для движения 15 сентября, сообщило во вторник региональное правительство.", "Мост стоимостью 48 миллионов долларов заменит узкую переправу 1952 года, закрытую для тяжелых грузовиков с прошлого года.", "Объезд также уберет с Вокзальной улицы около 6500 грузовиков в месяц, а владельцы магазинов давно жалуются там на шум и пыль. Город также планирует построить новую парковку.", "Мэр Линда Харкорт сказала, что город ждал этого проекта более двадцати лет.", "Работы над велодорожкой вдоль реки начнутся следующей весной."], "en", "ru"]
C002_EN_RU_SPLIT = [["New bridge to open in river town", "A new road bridge across the Mell River will open to traffic on 15 September, the regional government said on Tuesday.", "The bridge, which cost $48 million, will replace a narrow crossing built in 1952 that has been closed to heavy trucks since last year.", "The bypass will also take about 6,500 trucks a month off Station Street, where shop owners have long complained about noise and dust.", "Mayor Linda Harcourt said the town had waited more than twenty years for the project.", "Work on a cycle path along the river will begin next spring."], ["В речном городке откроется новый мост", "Новый автомобильный мост через реку Мелл откроется для движения 15 сентября, сообщило во вторник региональное правительство.", "Мост стоимостью 48 миллионов долларов заменит узкую переправу 1952 года, закрытую для тяжелых грузовиков с прошлого года.", "Объезд также уберет с Вокзальной улицы около 6500 грузовиков в месяц. Владельцы магазинов на этой улице давно жалуются на шум и пыль.", "Мэр Линда Харкорт сказала, что город ждал этого проекта более двадцати лет.", "Работы над велодорожкой вдоль реки начнутся следующей весной."], "en", "ru"]
C002_EN_ZH_EDGE = [["New bridge to open in river town", "A new road bridge across the Mell River will open to traffic on 15 September, the regional government said on Tuesday.", "The bridge, which cost $48 million, will replace a narrow crossing built in 1952 that has been closed to heavy trucks since last year.", "The bypass will also take about 6,500 trucks a month off Station Street, where shop owners have long complained about noise and dust.", "Mayor Linda Harcourt said the town had waited more than twenty years for the project.", "Work on a cycle path along the river will begin next spring."], ["河边小镇新桥即将通车", "地区政府周二表示，横跨梅尔河的一座新公路桥将于9月15日通车。", "这座耗资4800万美元的大桥将取代一座建于1952年的狭窄桥梁，旧桥自去年起已禁止重型卡车通行。", "绕行道路每月还将使车站街减少约6500辆卡车通行，当地店主长期抱怨那里噪音大、尘土多。镇上还将修建停车场。", "镇长琳达·哈考特说，小镇为这个项目等了二十多年。", "沿河自行车道的工程将于明年春天开工。"], "en", "zh"]
C002_EN_RU_EDGE = [["New bridge to open in river town", "A new road bridge across the Mell River will open to traffic on 15 September, the regional government said on Tuesday.", "The bridge, which cost $48 million, will replace a narrow crossing built in 1952 that has been closed to heavy trucks since last year.", "The bypass will also take about 6,500 trucks a month off Station Street, where shop owners have long complained about noise and dust.", "Mayor Linda Harcourt said the town had waited more than twenty years for the project.", "Work on a cycle path along the river will begin next spring."], ["В речном городке откроется новый мост", "Новый автомобильный мост через реку Мелл откроется для движения 15 сентября, сообщило во вторник региональное правительство.", "Мост стоимостью 48 миллионов долларов заменит узкую переправу 1952 года, закрытую для тяжелых грузовиков с прошлого года.", "Объезд также уберет с Вокзальной улицы около 6500 грузовиков в месяц, а владельцы магазинов давно жалуются там на шум и пыль. Город также построит здесь парковку.", "Мэр Линда Харкорт сказала, что город ждал этого проекта более двадцати лет.", "Работы над велодорожкой вдоль реки начнутся следующей весной."], "en", "ru"]


def found(article, case, code):
    src, tgt, sl, tl = case
    return [f for f in article(src, tgt, sl, tl) if f.code == code and not f.suppressed]


def _span(case, f):
    return "\n\n".join(case[1])[f.span[0]:f.span[1]]


# -- F003: share-the-article buttons between two sentences ----------------------------
def test_f003_share_button_between_sentences_en_da(article):
    f = found(article, F003_DA, "F003")
    assert len(f) == 1 and "Del artiklen" in _span(F003_DA, f[0])


def test_f003_share_button_between_sentences_en_nb(article):
    f = found(article, F003_NB, "F003")
    assert len(f) == 1 and "Del artikkelen" in _span(F003_NB, f[0])


def test_f003_share_button_between_sentences_en_pt(article):
    f = found(article, F003_PT, "F003")
    assert len(f) == 1 and "Compartilhar este artigo" in _span(F003_PT, f[0])


def test_f003_sentence_opening_with_share_words_is_none_en_da(article):
    assert found(article, F003_DA_OK, "F003") == []


# -- C001: a figure two sentences say, the translation once ---------------------------
def test_c001_sentence_with_repeated_figure_dropped_en_de(article):
    f = found(article, C001_DE_DROP, "C001")
    assert len(f) == 1 and "35 euros" in f[0].message


def test_c001_sentence_with_repeated_figure_dropped_en_da(article):
    f = found(article, C001_DA_DROP, "C001")
    assert len(f) == 1 and "35 euros" in f[0].message


def test_c001_both_sentences_merged_is_no_omission_en_de(article):
    assert found(article, C001_DE_MERGED, "C001") == []


# -- C002: an added sentence in a translation written in another script -----------------
def test_c002_added_sentence_other_script_en_zh(article):
    f = found(article, C002_EN_ZH_ADDED, "C002")
    assert len(f) == 1 and "停车场" in _span(C002_EN_ZH_ADDED, f[0])


def test_c002_added_sentence_other_script_en_ru(article):
    f = found(article, C002_EN_RU_ADDED, "C002")
    assert len(f) == 1 and "парковку" in _span(C002_EN_RU_ADDED, f[0])


def test_c002_short_added_sentence_closing_paragraph_en_zh(article):
    f = found(article, C002_EN_ZH_EDGE, "C002")
    assert len(f) == 1 and "停车场" in _span(C002_EN_ZH_EDGE, f[0])


def test_c002_short_added_sentence_closing_paragraph_en_ru(article):
    f = found(article, C002_EN_RU_EDGE, "C002")
    assert len(f) == 1 and "парковку" in _span(C002_EN_RU_EDGE, f[0])


def test_c002_source_sentence_split_in_two_is_no_addition_en_zh(article):
    assert found(article, C002_EN_ZH_SPLIT, "C002") == []


def test_c002_source_sentence_split_in_two_is_no_addition_en_ru(article):
    assert found(article, C002_EN_RU_SPLIT, "C002") == []
