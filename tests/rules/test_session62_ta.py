"""Session 62 helper ta: T003 (inconsistent-rendering) misses of batches 36/37.

* A term of two short words of an abjad source (Persian, Arabic, Hebrew, Urdu: no short
  vowels, so words of three letters) counts as a term, as one of short words does in a
  source with a list of function words; the document's own function words (short words
  in many sentences) are never its content words.
* A short German adjective's strong form (grüner, warmem: six letters) is one word with
  its other forms (grüne, grünen), as the longer ones were already.
* A candidate that is the first word of its sentence that is no function word, where the
  term is the first of the source's (Fjøset mitt → Mein Kuhhaus), sits at the term's place:
  a word another source word explains does not outrank it there.
"""
from __future__ import annotations

import mtcheck
from mtcheck.rules.terminology import _de_strong_map


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [f.message for f in mtcheck.compare(t, source=s).findings if f.code == "T003"]

FA = "باد گرم در استان خوزستان\n\nبه گزارش هواشناسی، از صبح امروز باد گرم در شهرهای جنوبی استان می‌وزد و دمای هوا به ۴۸ درجه رسیده است. این بالاترین دمای ثبت‌شده در ده سال اخیر است. ادارات دولتی در اهواز تعطیل شدند.\n\nکشاورزان می‌گویند باد گرم به نخلستان‌ها آسیب زده و بخشی از محصول خرما از دست رفته است. یک کشاورز در شادگان گفت نیمی از درختانش خشک شده‌اند. قیمت خرما در بازار محلی افزایش یافته است.\n\nمدیر کل هواشناسی استان گفت وزش باد گرم تا پایان هفته ادامه دارد و مردم باید از رفت‌وآمد غیرضروری پرهیز کنند. به گفته او، احتمال بارندگی در روزهای آینده بسیار کم است.\n\nبیمارستان‌ها نیز اعلام کردند که از آغاز باد گرم شمار مراجعه‌کنندگان به دلیل گرمازدگی دو برابر شده است. بیشتر بیماران سالمندان و کودکان هستند. وزارت بهداشت توصیه کرده است که مردم آب فراوان بنوشند.\n\nاستاندار خوزستان برای بررسی وضعیت به شادگان سفر کرد. او وعده داد که به کشاورزان خسارت‌دیده کمک شود. مسئولان آب‌وبرق نیز از مردم خواستند در مصرف برق صرفه‌جویی کنند.\n"
EN_FA = "Hot wind in Khuzestan province\n\nAccording to the weather service, a hot wind has been blowing through the province's southern towns since this morning and the temperature has reached 48 degrees. This is the highest temperature recorded in the last ten years. Government offices in Ahvaz were closed.\n\nFarmers say the hot wind has damaged the palm groves and part of the date harvest has been lost. A farmer in Shadegan said half of his trees had dried out. The price of dates has risen in the local market.\n\nThe province's director general of meteorology said the {} wind would continue until the end of the week and people should avoid unnecessary travel. According to him, the chance of rain in the coming days is very low.\n\nHospitals also said that since the hot wind began the number of people treated for heatstroke has doubled. Most of the patients are elderly people and children. The health ministry has advised people to drink plenty of water.\n\nThe governor of Khuzestan travelled to Shadegan to assess the situation. He promised that farmers who had suffered losses would be helped. Water and power officials also asked people to save electricity.\n"
HE = "גשם חזק בצפון\n\nלפי השירות המטאורולוגי, גשם חזק ירד הלילה בגליל ובגולן. כבישים רבים הוצפו. המשטרה סגרה את כביש 90 לתנועה.\n\nתושבי קריית שמונה סיפרו כי גשם חזק כזה לא ירד באזור שנים רבות. בתים אחדים נפגעו. כוחות כיבוי הגיעו למקום.\n\nלדברי החזאי, גשם חזק צפוי להימשך עד מחר בערב. הוא המליץ לציבור להימנע מנסיעות מיותרות. בתי הספר באזור יהיו סגורים.\n\nהחקלאים מקווים כי גשם חזק ימלא את הכנרת. מפלס האגם עלה בעשרה סנטימטרים. רשות המים מסרה כי זו בשורה טובה.\n\nראש המועצה ביקר בשכונות שנפגעו. הוא הבטיח לתושבים פיצוי מהיר. העירייה פתחה מוקד חירום לפניות הציבור.\n"
EN_HE = "Heavy rain in the north\n\nAccording to the meteorological service, heavy rain fell overnight in the Galilee and the Golan. Many roads were flooded. Police closed Route 90 to traffic.\n\nResidents of Kiryat Shmona said such heavy rain had not fallen in the area for many years. Several houses were damaged. Firefighters arrived at the scene.\n\nAccording to the forecaster, the {} rain is expected to continue until tomorrow evening. He advised the public to avoid unnecessary journeys. Schools in the area will be closed.\n\nFarmers hope that heavy rain will fill the Sea of Galilee. The lake's level has risen by ten centimetres. The water authority said this was good news.\n\nThe council head visited the neighbourhoods that were hit. He promised residents quick compensation. The municipality opened an emergency hotline for the public.\n"
EN = "A new plant for green hydrogen\n\nThe energy company plans to build a plant for green hydrogen near the port. The plant is to cost 300 million euros. Construction is due to start next year.\n\nAccording to the company, green hydrogen will be used mainly by the steel industry. Two steelworks in the region have already signed contracts. The first deliveries are planned for 2028.\n\nEnvironmental groups welcome the project. Yet green hydrogen is still expensive, the chief executive said. The state is to cover part of the costs.\n\nCritics point out that green hydrogen needs a great deal of electricity from wind farms. The region has only a few of them. The company wants to build new wind farms at sea.\n"
DE_EN = "Eine neue Anlage für grünen Wasserstoff\n\nDer Energiekonzern will in der Nähe des Hafens eine Anlage für grünen Wasserstoff bauen. Die Anlage soll 300 Millionen Euro kosten. Der Bau soll im nächsten Jahr beginnen.\n\nNach Angaben des Unternehmens wird {} Wasserstoff vor allem von der Stahlindustrie genutzt werden. Zwei Stahlwerke in der Region haben bereits Verträge unterzeichnet. Die ersten Lieferungen sind für 2028 geplant.\n\nUmweltverbände begrüßen das Projekt. Doch grüner Wasserstoff sei noch teuer, sagte der Vorstandschef. Der Staat soll einen Teil der Kosten übernehmen.\n\nKritiker weisen darauf hin, dass grüner Wasserstoff sehr viel Strom aus Windparks braucht. Die Region hat nur wenige davon. Das Unternehmen will neue Windparks auf See bauen.\n"
FR = "Les piscines municipales rouvrent\n\nLa ville rouvrira lundi ses trois piscines municipales, fermées depuis deux mois. Les bassins seront à nouveau remplis avec de l'eau chaude. Les travaux ont coûté 1,2 million d'euros.\n\nSelon l'adjoint aux sports, l'eau chaude provient désormais d'une chaudière à granulés. L'ancienne chaudière au fioul a été démontée. La ville espère ainsi réduire ses factures.\n\nLes clubs de natation se disent soulagés. Les douches seront alimentées en eau chaude toute la journée, a précisé le directeur. Les horaires restent inchangés.\n\nLes associations de quartier avaient demandé que l'eau chaude soit aussi disponible dans les vestiaires. La ville a accepté. Un nouveau système de ventilation a également été installé.\n"
DE_FR = "Städtische Schwimmbäder öffnen wieder\n\nDie Stadt öffnet am Montag ihre drei städtischen Schwimmbäder wieder, die seit zwei Monaten geschlossen waren. Die Becken werden wieder mit warmem Wasser gefüllt. Die Arbeiten haben 1,2 Millionen Euro gekostet.\n\nNach Angaben des Sportdezernenten kommt das warme Wasser nun aus einem Pelletkessel. Der alte Ölkessel wurde abgebaut. Die Stadt hofft, so ihre Rechnungen zu senken.\n\nDie Schwimmvereine zeigen sich erleichtert. Die Duschen würden den ganzen Tag mit {} Wasser versorgt, sagte der Leiter. Die Öffnungszeiten bleiben unverändert.\n\nDie Nachbarschaftsvereine hatten gefordert, dass es auch in den Umkleiden warmes Wasser gibt. Die Stadt hat zugestimmt. Außerdem wurde eine neue Lüftungsanlage eingebaut.\n"
NB = "Bonde bygger opp igjen etter brannen\n\nBrannen i mars ødela fjøset til Ola Haugen i Melhus. Over førti kyr måtte flyttes til naboene. Politiet mener brannen startet i et elektrisk anlegg.\n\nNå har Haugen fått byggetillatelse fra kommunen. Det nye fjøset skal stå ferdig til jul og får plass til seksti kyr. Prosjektet koster rundt tolv millioner kroner.\n\n– Fjøset mitt brukte så mye strøm om vinteren at vi vurderte solceller på taket, sier Haugen.\n\nForsikringsselskapet dekker bare en del av kostnadene. Resten må familien låne i banken. Naboene har samlet inn penger til dem.\n"
DE_NB = "Landwirt baut nach dem Brand wieder auf\n\nDer Brand im März zerstörte den Stall von Ola Haugen in Melhus. Über vierzig Kühe mussten zu den Nachbarn gebracht werden. Die Polizei geht davon aus, dass das Feuer in einer elektrischen Anlage ausbrach.\n\nNun hat Haugen von der Gemeinde eine Baugenehmigung erhalten. Der neue Stall soll bis Weihnachten fertig sein und Platz für sechzig Kühe bieten. Das Projekt kostet rund zwölf Millionen Kronen.\n\n„Mein {} hat im Winter so viel Strom verbraucht, dass wir über Solarzellen auf dem Dach nachgedacht haben“, sagt Haugen.\n\nDie Versicherung übernimmt nur einen Teil der Kosten. Den Rest muss die Familie bei der Bank leihen. Die Nachbarn haben Geld für sie gesammelt.\n"


# -- a term of two short words of an abjad source ---------------------------------------------
def test_abjad_short_term_fa_en(tmp_path):
    msgs = t003(tmp_path, FA, EN_FA.format("warm"), "fa", "en")
    assert any("warm wind" in m for m in msgs), msgs


def test_abjad_short_term_he_en(tmp_path):
    msgs = t003(tmp_path, HE, EN_HE.format("strong"), "he", "en")
    assert any("strong rain" in m for m in msgs), msgs


def test_abjad_short_term_consistent_silent(tmp_path):
    assert not any("wind" in m for m in t003(tmp_path, FA, EN_FA.format("hot"), "fa", "en"))
    assert t003(tmp_path, HE, EN_HE.format("heavy"), "he", "en") == []


def test_abjad_short_words_in_many_sentences_no_term(tmp_path):
    # the same two short words in most sentences are the document's function words
    src = "\n\n".join(FA.split("\n\n")[:5]) + "\n"
    tgt = "\n\n".join(EN_FA.format("warm").split("\n\n")[:5]) + "\n"
    src = src.replace("این بالاترین", "باد گرم این بالاترین").replace("یک کشاورز", "باد گرم یک کشاورز")
    assert not any("warm wind" in m for m in t003(tmp_path, src, tgt, "fa", "en"))


# -- a short German adjective's strong form ----------------------------------------------------
def test_de_strong_short_en_de(tmp_path):
    msgs = t003(tmp_path, EN, DE_EN.format("sauberer"), "en", "de")
    assert any("sauberer Wasserstoff" in m for m in msgs), msgs


def test_de_strong_short_fr_de(tmp_path):
    msgs = t003(tmp_path, FR, DE_FR.format("heißem"), "fr", "de")
    assert any("heißem Wasser" in m for m in msgs), msgs


def test_de_strong_short_consistent_silent(tmp_path):
    assert t003(tmp_path, EN, DE_EN.format("grüner"), "en", "de") == []
    assert t003(tmp_path, FR, DE_FR.format("warmem"), "fr", "de") == []


def test_de_strong_map_short_forms():
    m = _de_strong_map(["grüner", "grüne", "warmem", "warmes", "Meter", "Mete", "neuer", "neue"])
    assert m.get("gruner") == "grun" and m.get("warmem") == "warm"
    assert "meter" not in m  # a capitalised noun in -er is no adjective's form
    assert "neuer" not in m  # five letters: too short a stem to tell


# -- the first word of both sentences ----------------------------------------------------------
def test_opener_at_term_place_nb_de(tmp_path):
    msgs = t003(tmp_path, NB, DE_NB.format("Kuhhaus"), "nb", "de")
    assert any("Kuhhaus" in m for m in msgs), msgs


def test_opener_consistent_silent(tmp_path):
    assert t003(tmp_path, NB, DE_NB.format("Stall"), "nb", "de") == []
