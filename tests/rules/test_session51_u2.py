"""Session 51 (s51 batch), group u2: Latvian phonetic transcriptions of English names
(N004/N005), a declined common word opening a sentence in a case language (N005),
a bare scale word in languages without an indefinite article (D001), the inherent vowel
of a Devanagari consonant spelled "e" (N001), half hours said in words in Hindi and
Marathi (D001), a name word spelled as a Devanagari word is transliterated (N005),
a figure in words a Thai translation says in words mtcheck cannot read (C001), and
English names read back from Thai script (N003)."""
import mtcheck


def _codes(src, tgt, sl, tl, code, min_sev=0):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl)
            if f.code == code and int(f.severity) >= min_sev and not f.suppressed]


def _doc(article, src, tgt, sl, tl, code):
    return [f for f in article(src, tgt, sl, tl) if f.code == code and not f.suppressed]


# -- Latvian writes English names as they sound, with its own endings ------------------
def test_lv_phonetic_short_name_not_swapped():
    assert not _codes("Councillor Dee said the bridge on the River Lee would open in May.",
                      "Deputāte Dī sacīja, ka tilts pār Lī upi tiks atvērts maijā.", "en", "lv", "N004")


def test_lv_phonetic_names_not_added():
    src, tgt = ("Mark Crowley and Sean Daly opened a bakery on Main Street.",
                "Marks Kroulijs un Šons Deilijs atvēra maizīcu Galvenajā ielā.")
    assert not _codes(src, tgt, "en", "lv", "N004")
    assert not _codes(src, tgt, "en", "lv", "N005")


def test_lv_phonetic_reads_both_ways():
    from mtcheck.rules.names import _sounds_alike
    assert _sounds_alike("Crowley", "Kroulijas", "lv")
    assert _sounds_alike("Johnson", "Džonsonam", "lv")
    assert not _sounds_alike("Lee", "Lā", "lv")  # one consonant: the vowel must agree too
    assert not _sounds_alike("Thompson", "Džonsone", "lv")


# -- a declined common word opening a sentence, in lower case in another case ----------
def test_lv_case_form_written_lower_not_a_name(article):
    assert not _doc(article,
                    ["The river floods every winter.",
                     "Upstream, the company will also change how it manages the Inniscarra dam.",
                     "Residents fear more water from upstream."],
                    ["Upe applūst katru ziemu.",
                     "Augštecē uzņēmums mainīs arī Iniskaras aizsprosta apsaimniekošanu.",
                     "Iedzīvotāji baidās no lielāka ūdens daudzuma no augšteces."], "en", "lv", "N005")


def test_case_form_helper_lt_pl():
    from mtcheck.rules.names import _case_form_written_lower, _word_part
    import re
    m = re.search("Žemupyje", "Žemupyje tiltas. Vanduo iš žemupio.")
    assert _case_form_written_lower("Žemupyje tiltas. Vanduo iš žemupio.", _word_part(m), "lt")
    m = re.search("Sprawozdaniu", "Sprawozdaniu towarzyszy list. Autorzy sprawozdania.")
    assert _case_form_written_lower("Sprawozdaniu towarzyszy list. Autorzy sprawozdania.", _word_part(m), "pl")
    # a name keeps its capital in every case: no lower-case form, no common word
    m = re.search("Kaunui", "Kaunui reikia tilto. Kauno meras sutiko.")
    assert not _case_form_written_lower("Kaunui reikia tilto. Kauno meras sutiko.", _word_part(m), "lt")
    # English declines nothing
    m = re.search("Upstreams", "Upstreams flow. The upstream river.")
    assert not _case_form_written_lower("Upstreams flow. The upstream river.", _word_part(m), "en")


# -- a scale word alone, where the language has no indefinite article -------------------
def test_bare_scale_lv():
    assert not _codes("The barrier would cost more than €1 billion.",
                      "Barjera izmaksātu vairāk nekā miljardu eiro.", "en", "lv", "D001")


def test_bare_scale_lt():
    assert not _codes("The project will cost more than €1 billion.",
                      "Projektas kainuos daugiau nei milijardą eurų.", "en", "lt", "D001")


def test_bare_scale_ru():
    assert not _codes("The programme cost more than 1 million roubles.",
                      "Программа стоила более миллиона рублей.", "en", "ru", "D001")


def test_bare_scale_other_count_still_caught():
    assert _codes("The barrier would cost more than €2 billion.",
                  "Barjera izmaksātu vairāk nekā miljardu eiro.", "en", "lv", "D001")


# -- the inherent vowel of a Devanagari consonant, spelled "e" --------------------------
def test_schwa_as_e_mr():
    assert not _codes("पुणे : हिंजवडी येथील कार्यालय सोमवारी सुरू झाले.",
                      "Pune: The office in Hinjewadi opened on Monday.", "mr", "en", "N001")


def test_schwa_as_e_hi():
    assert not _codes("उन्होंने कहा कि करमवीर ने मंगलवार को इस्तीफा दिया।",
                      "He said Karemvir resigned on Tuesday.", "hi", "en", "N001")


def test_written_vowel_changed_still_caught():
    # (the inherent a spelled o, no romanisation's)
    assert _codes("पुणे : हिंजवडी येथील कार्यालय सोमवारी सुरू झाले.",
                  "Pune: The office in Hinjowadi opened on Monday.", "mr", "en", "N001", 2)


# -- half past the hour, in words -------------------------------------------------------
def test_half_hour_in_words_mr():
    assert not _codes("सभा सकाळी साडेदहा वाजता सुरू झाली.", "The meeting began at 10.30 am.", "mr", "en", "D001")


def test_half_hour_in_words_hi():
    assert not _codes("बैठक सुबह साढ़े नौ बजे शुरू हुई।", "The meeting began at 9.30 am.", "hi", "en", "D001")


def test_half_hour_changed_still_caught():
    assert _codes("सभा सकाळी साडेदहा वाजता सुरू झाली.", "The meeting began at 11.30 am.", "mr", "en", "D001", 3)
    assert _codes("बैठक सुबह साढ़े नौ बजे शुरू हुई।", "The meeting began at 8.30 am.", "hi", "en", "D001", 3)


def test_mr_number_words_read():
    assert not _codes("त्यांनी दोन तास वाट पाहिली.", "They waited for two hours.", "mr", "en", "D001")
    assert _codes("त्यांनी दोन तास वाट पाहिली.", "They waited for five hours.", "mr", "en", "D001")


# -- a name word spelled as a transliteration of a Devanagari word ----------------------
def test_rendered_word_mr_square(article):
    assert not _doc(article, ["मेट्रो स्थानक विद्यापीठ चौक परिसरात उभारले जाईल.", "हे काम डिसेंबरअखेर पूर्ण होईल."],
                    ["The metro station will be built near University Chowk.",
                     "The work will be completed by the end of December."], "mr", "en", "N005")


def test_rendered_word_mr_body(article):
    assert not _doc(article, ["पुणे महानगर प्रदेश विकास प्राधिकरणाने निविदा काढली.", "काम पुढील वर्षी सुरू होईल."],
                    ["The Pune Metropolitan Region Development Authority has issued a tender.",
                     "Work will begin next year."], "mr", "en", "N005")


def test_rendered_word_helper_hi_mr():
    from mtcheck.rules.names import _spelled_as_rendered
    assert _spelled_as_rendered("chowk", "वे विश्वविद्यालय चौक पर मिले।")
    assert _spelled_as_rendered("chowk", "मेट्रो स्थानक विद्यापीठ चौक परिसरात.")
    assert not _spelled_as_rendered("kothrud", "वे विश्वविद्यालय चौक पर मिले।")


def test_name_not_in_source_still_added(article):
    assert _doc(article, ["मेट्रो स्थानक विद्यापीठ चौक परिसरात उभारले जाईल.", "हे काम डिसेंबरअखेर पूर्ण होईल."],
                ["The metro station will be built near Deccan Gymkhana.",
                 "The work will be completed by the end of December."], "mr", "en", "N005")


# -- Thai: figures in words, names read back ---------------------------------------------
def test_th_quote_with_number_word_not_omitted(article):
    assert not _doc(article,
                    ["Fishmonger Ali Hassan, 60, said he would retire. \"My back hurts. Three years is too long,\" he said."],
                    ["นายอาลี ฮัสซัน อายุ 60 ปี ผู้ค้าปลา กล่าวว่าเขาจะเกษียณ “หลังผมเจ็บ สามปีนานเกินไป” เขากล่าว"],
                    "en", "th", "C001")


def test_th_names_read_back(article):
    assert not _doc(article, ["Madam Rosalind Tan, 62, said she was worried about her customers."],
                    ["นางโรซาลินด์ ตัน อายุ 62 ปี กล่าวว่าเธอกังวลเรื่องลูกค้า"], "en", "th", "N003")
    assert not _doc(article, ["Chef Ryan Walker opened a restaurant on Orchard Road.", "Walker said he hired 20 cooks."],
                    ["เชฟไรอัน วอล์กเกอร์ เปิดร้านอาหารบนถนนออร์ชาร์ด", "วอล์กเกอร์กล่าวว่าเขาจ้างพ่อครัว 20 คน"],
                    "en", "th", "N003")


def test_th_other_name_still_for_the_eye(article):
    assert _doc(article, ["Madam Rosalind Tan, 62, said she was worried about her customers."],
                ["นางมาร์กาเร็ต ลี อายุ 62 ปี กล่าวว่าเธอกังวลเรื่องลูกค้า"], "en", "th", "N003")
