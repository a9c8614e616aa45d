"""Session 54 (f2): page furniture missed or caught only at minor, and sentences cut off
and run into the next one.

* F002: a labelled credit between two sentences whose body names listed agencies in Latin
  letters, before a sentence in a script without capitals ("… הסרט. צילום: AP "אנחנו …",
  "… تصوير: AFP وقال …"): the change of script says where the credit stops, as a capital
  does elsewhere;
* F003: the one-word ad label of more languages (Mainos, Реклама, Hirdetés, Reklaam,
  Reklāma, Iklan, Διαφήμιση) glued to a paragraph's start, where the aligned source says
  no advertising (data/furniture/ui-senses.txt); such a label glued to a paragraph's end
  after its last sentence's full stop is major there too; "read more" buttons
  (Skaitykite daugiau, Read more, Lue lisää …; "~" in data/furniture/ui.*.txt) glued to
  a paragraph's start before a word that is no name; a portal's footer ("返回搜狐，查看更多")
  as a strong marker;
* S004: a distributive or quantifying determiner written with its capital (Each, Every,
  Chaque, Cada, Ogni, Elke) after a word no sentence ends in opens the next sentence run
  into a cut one ("… is due to be Each will hold …").
"""
from __future__ import annotations

from mtcheck.model import Severity

MAJOR = Severity.MAJOR


def found(article, src, tgt, sl, tl, code):
    return [f for f in article(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# -- F002: a credit before a sentence in a script without capitals ----------------------
def test_credit_before_caseless_sentence_he(article):
    src = ["The new water plant opened on Monday after three years of work.",
           "The mayor cut the ribbon. \"We are no longer waiting for rain,\" he told the "
           "small crowd gathered by the gate."]
    tgt = ["מתקן המים החדש נפתח ביום שני לאחר שלוש שנות עבודה.",
           "ראש העיר גזר את הסרט. צילום: Reuters \"איננו מחכים עוד לגשם\", אמר לקהל הקטן "
           "שהתאסף ליד השער."]
    hits = found(article, src, tgt, "en", "he", "F002")
    assert hits and hits[0].severity == MAJOR and "Reuters" in hits[0].text


def test_credit_before_caseless_sentence_ar(article):
    src = ["Die neue Schule wurde am Dienstag eröffnet.",
           "Der Minister sprach bei der Feier. Er lobte die Lehrer und die Eltern für ihre "
           "Geduld während der langen Bauzeit."]
    tgt = ["افتتحت المدرسة الجديدة يوم الثلاثاء.",
           "تحدث الوزير خلال الحفل. تصوير: AFP وأشاد بالمعلمين وأولياء الأمور على صبرهم "
           "خلال فترة البناء الطويلة."]
    hits = found(article, src, tgt, "de", "ar", "F002")
    assert hits and hits[0].severity == MAJOR and "AFP" in hits[0].text


def test_agency_named_in_a_caseless_sentence_no_credit(article):
    src = ["The news agency AP reported the figures first, on Monday evening."]
    tgt = ["סוכנות הידיעות AP דיווחה ראשונה על הנתונים, ביום שני בערב."]
    assert found(article, src, tgt, "en", "he", "F002") == []


# -- F003: a one-word ad label glued to a paragraph's start -----------------------------
def test_ad_label_glued_to_start_fi(article):
    src = ["The council approved the new budget on Tuesday.",
           "The vote was close. Several members said the road repairs could not wait "
           "another winter."]
    tgt = ["Valtuusto hyväksyi uuden talousarvion tiistaina.",
           "Mainos Äänestys oli tiukka. Useat valtuutetut sanoivat, ettei tiekorjauksia voi "
           "lykätä enää yhtä talvea."]
    hits = found(article, src, tgt, "en", "fi", "F003")
    assert hits and hits[0].severity == MAJOR and hits[0].text == "Mainos"


def test_ad_label_glued_to_start_ru(article):
    src = ["Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen.",
           "Die Abstimmung war knapp. Mehrere Mitglieder sagten, die Strassensanierung könne "
           "nicht noch einen Winter warten."]
    tgt = ["Городской совет во вторник утвердил новый бюджет.",
           "Реклама Голосование было напряжённым. Несколько депутатов заявили, что ремонт "
           "дорог не может ждать ещё одну зиму."]
    hits = found(article, src, tgt, "de", "ru", "F003")
    assert hits and hits[0].severity == MAJOR and hits[0].text == "Реклама"


def test_ad_word_opening_a_sentence_about_advertising_no_finding(article):
    # the source speaks of the advertisement: the word is the sentence's own
    src = ["The city ran a new campaign this spring.",
           "The advertisement Helsinki commissioned was shown on buses for three months."]
    tgt = ["Kaupunki käynnisti tänä keväänä uuden kampanjan.",
           "Mainos Helsingin tilaama näkyi busseissa kolmen kuukauden ajan."]
    assert found(article, src, tgt, "en", "fi", "F003") == []


# -- F003: a one-word ad label glued to a paragraph's end --------------------------------
def test_ad_label_glued_to_end_major_uk(article):
    src = ["Work on the line will start in March.",
           "The first passenger trains are expected by Easter. The volunteers have already "
           "cleared most of the track."]
    tgt = ["Роботи на лінії розпочнуться в березні.",
           "Перші пасажирські потяги очікують до Великодня. Волонтери вже розчистили більшу "
           "частину колії. Реклама"]
    hits = found(article, src, tgt, "en", "uk", "F003")
    assert hits and hits[0].severity == MAJOR and hits[0].text == "Реклама"


def test_ad_label_glued_to_end_major_hu(article):
    src = ["Die Arbeiten an der Strecke beginnen im März.",
           "Die ersten Züge werden bis Ostern erwartet. Die Freiwilligen haben den grössten "
           "Teil der Gleise bereits freigeräumt."]
    tgt = ["A vonalon márciusban kezdődnek a munkálatok.",
           "Az első vonatokat húsvétra várják. Az önkéntesek már megtisztították a sínek "
           "nagy részét. Hirdetés"]
    hits = found(article, src, tgt, "de", "hu", "F003")
    assert hits and hits[0].severity == MAJOR and hits[0].text == "Hirdetés"


def test_ad_label_at_end_where_source_speaks_of_ads_stays_minor(article):
    src = ["Work on the line will start in March.",
           "The railway will pay for it with a new advertising deal. The volunteers have "
           "already cleared most of the track."]
    tgt = ["Роботи на лінії розпочнуться в березні.",
           "Залізниця заплатить за це завдяки новій угоді. Волонтери вже розчистили більшу "
           "частину колії. Реклама"]
    assert all(f.severity != MAJOR for f in found(article, src, tgt, "en", "uk", "F003"))


# -- F003: a "read more" button glued to a paragraph's start ----------------------------
def test_read_more_glued_to_start_lt(article):
    src = ["The bypass will cost more than expected.",
           "Supporters of the plan say the road will take lorries out of the town centre "
           "within two years."]
    tgt = ["Aplinkkelis kainuos daugiau, nei tikėtasi.",
           "Skaitykite daugiau Plano šalininkai teigia, kad kelias per dvejus metus "
           "išves sunkvežimius iš miesto centro."]
    hits = found(article, src, tgt, "en", "lt", "F003")
    assert hits and hits[0].severity == MAJOR and hits[0].text == "Skaitykite daugiau"


def test_read_more_glued_to_start_en(article):
    src = ["Die Umfahrung wird teurer als erwartet.",
           "Befürworter des Plans sagen, die Strasse werde die Lastwagen innert zwei Jahren "
           "aus dem Stadtzentrum holen."]
    tgt = ["The bypass will cost more than expected.",
           "Read more Supporters of the plan say the road will take lorries out of the town "
           "centre within two years."]
    hits = found(article, src, tgt, "de", "en", "F003")
    assert hits and hits[0].severity == MAJOR and hits[0].text == "Read more"


def test_read_more_before_a_name_no_finding(article):
    # an imperative sentence whose object is a name the source writes
    src = ["Der Lehrer gab den Schülern einen Rat.",
           "Lest mehr Shakespeare, sagte er, und weniger Zusammenfassungen aus dem Internet."]
    tgt = ["The teacher gave the pupils some advice.",
           "Read more Shakespeare, he said, and fewer summaries from the internet."]
    assert found(article, src, tgt, "de", "en", "F003") == []


# -- F003: a portal's footer glued after the last sentence ------------------------------
def test_portal_footer_glued_to_end_zh(article):
    src = ["The engineers also redesigned the flood wall near the bridge.",
           "The river overflowed there last year and shut the treatment plant for weeks."]
    tgt = ["工程师们还重新设计了大桥附近的防洪墙。",
           "去年河水在那里漫过堤岸，导致污水处理厂停运数周。返回搜狐，查看更多"]
    hits = found(article, src, tgt, "en", "zh", "F003")
    assert hits and hits[0].severity == MAJOR


def test_portal_footer_glued_to_end_ja_zh(article):
    src = ["技術者たちは橋の近くの防潮堤も設計し直した。",
           "昨年、川はそこで氾濫し、処理場が数週間止まった。"]
    tgt = ["工程师们还重新设计了大桥附近的防洪墙。",
           "去年河水在那里漫过堤岸，导致处理厂停运数周。返回搜狐，查看更多"]
    hits = found(article, src, tgt, "ja", "zh", "F003")
    assert hits and hits[0].severity == MAJOR


def test_return_to_a_portal_in_a_sentence_no_finding(article):
    src = ["He went back to Sohu last year and now leads its video team."]
    tgt = ["他去年返回搜狐工作，现在领导其视频团队。"]
    assert found(article, src, tgt, "en", "zh", "F003") == []


# -- S004: a capitalised distributive determiner after a word no sentence ends in -------
def test_cut_before_each_en(article):
    src = ["Dva nova zadrževalnika bosta zgrajena nad vasjo.",
           "Prvi naj bi bil dokončan do oktobra, drugi pa do poletja. Vsak bo lahko zadržal "
           "do 10.000 ton materiala ob visoki vodi."]
    tgt = ["Two new retention basins will be built above the village.",
           "The first is due to be Each will be able to hold up to 10,000 tonnes of "
           "material during high water."]
    hits = found(article, src, tgt, "sl", "en", "S004")
    assert hits and hits[0].severity == MAJOR and hits[0].text == "be"


def test_cut_before_chaque_fr(article):
    src = ["Zwei neue Rückhaltebecken werden oberhalb des Dorfes gebaut.",
           "Das erste soll bis Oktober fertig sein, das zweite bis zum Sommer. Jedes wird "
           "bei Hochwasser bis zu 10 000 Tonnen Material aufnehmen können."]
    tgt = ["Deux nouveaux bassins de rétention seront construits au-dessus du village.",
           "Le premier doit être achevé avant la fin du mois de Chaque bassin pourra retenir jusqu'à 10 000 "
           "tonnes de matériaux en cas de crue."]
    hits = found(article, src, tgt, "de", "fr", "S004")
    assert hits and hits[0].severity == MAJOR and hits[0].text == "de"


def test_each_opening_its_own_sentence_no_finding(article):
    src = ["Dva nova zadrževalnika bosta zgrajena nad vasjo.",
           "Prvi naj bi bil dokončan do oktobra. Vsak bo lahko zadržal do 10.000 ton "
           "materiala ob visoki vodi."]
    tgt = ["Two new retention basins will be built above the village.",
           "The first is due to be finished by October. Each will be able to hold up to "
           "10,000 tonnes of material during high water."]
    assert found(article, src, tgt, "sl", "en", "S004") == []


# -- S004: Slovak and Polish sentences cut off on a preposition or conjunction ----------
def test_cut_on_preposition_sk(article):
    src = ["The new maternity unit opens in March.",
           "Women who need a caesarean section will still be taken to the hospital in the "
           "city.",
           "The mining company contributed two million dollars to the project."]
    tgt = ["Nové pôrodnícke oddelenie sa otvorí v marci.",
           "Ženy, ktoré potrebujú cisársky rez, budú aj naďalej prevážať do",
           "Banská spoločnosť prispela na projekt dvoma miliónmi dolárov."]
    hits = found(article, src, tgt, "en", "sk", "S004")
    assert hits and hits[0].severity == MAJOR and hits[0].text == "do"


def test_cut_on_preposition_pl(article):
    src = ["The new maternity unit opens in March.",
           "Women who need a caesarean section will still be taken to the hospital in the "
           "city.",
           "The mining company contributed two million dollars to the project."]
    tgt = ["Nowy oddział położniczy zostanie otwarty w marcu.",
           "Kobiety, które potrzebują cesarskiego cięcia, nadal będą przewożone do szpitala w",
           "Firma górnicza przekazała na projekt dwa miliony dolarów."]
    hits = found(article, src, tgt, "en", "pl", "S004")
    assert hits and hits[0].severity == MAJOR and hits[0].text == "w"


def test_reflexive_end_no_cut_sk(article):
    src = ["The mayor was asked about the delay.", "He just smiled."]
    tgt = ["Starostu sa pýtali na meškanie.", "Len sa usmial a otočil sa"]
    assert found(article, src, tgt, "en", "sk", "S004") == []
