"""P003 in Ukrainian, Bulgarian, Slovak, Slovene, Vietnamese and Indonesian (session 40):
correct news sentences both ways give no finding; a rise turned fall, a win turned defeat,
exports turned imports, more turned fewer, born turned died … does. Fixed phrases (more or
less, at least, last year) and words that are also other words ("мала" had, "bán dẫn"
semiconductor, "duta besar" ambassador) do not fire."""

from __future__ import annotations

import random

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.rules.direction import _lookup, _masked_all, _match, flips, lexicon, poles

LANGS = ("uk", "bg", "sk", "sl", "vi", "id")


def flagged(src: str, tgt: str, sl: str, tl: str) -> list:
    cfg = Config(select=["P003"])
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=cfg) if f.code == "P003"]


# (source, target, source lang, target lang): correct translations, no P003
CORRECT = [
    # Ukrainian
    ("Ціни на пальне зросли на 5 відсотків у травні.", "Fuel prices rose by 5 percent in May.", "uk", "en"),
    ("Інфляція в Україні знизилася до 7 відсотків.", "Inflation in Ukraine fell to 7 percent.", "uk", "en"),
    ("Unemployment fell to its lowest level since 2019.",
     "Безробіття знизилося до найнижчого рівня з 2019 року.", "en", "uk"),
    ("The parliament approved the bill.", "Парламент схвалив законопроект.", "en", "uk"),
    ("Україна збільшила експорт зерна.", "Die Ukraine hat ihre Getreideexporte erhöht.", "uk", "de"),
    ("Щонайменше 20 людей загинули внаслідок обстрілу.", "At least 20 people were killed in the shelling.", "uk", "en"),
    ("Загинули понад 20 людей, більш-менш усі цивільні.", "More than 20 people died, more or less all civilians.", "uk", "en"),
    ("Він більше не працює в міністерстві, але зарплати знизилися.",
     "He no longer works at the ministry, but wages fell.", "uk", "en"),
    ("Мирні жителі залишили місто після початку війни.", "Civilians left the city after the war began.", "uk", "en"),
    # "мала" is also "(she) had", "вище" also "above"
    ("Вона мала великий вплив на рішення, а ціни знизилися.",
     "She had a big influence on the decision, and prices fell.", "uk", "en"),
    ("Як зазначено вище, ціни знизилися.", "As noted above, prices were lower.", "uk", "en"),
    ("Близький Схід переживає важкі часи, а на заході країни спокійно.",
     "The Middle East is going through hard times, and it is calm in the west of the country.", "uk", "en"),
    # Bulgarian
    ("Цените на горивата се повишиха с 5 процента през май.", "Fuel prices rose by 5 percent in May.", "bg", "en"),
    ("Инфлацията в България спадна до 3 процента.", "Inflation in Bulgaria fell to 3 percent.", "bg", "en"),
    ("Unemployment fell to its lowest level since 2019.",
     "Безработицата спадна до най-ниското си ниво от 2019 г.", "en", "bg"),
    ("Новата сграда е по-висока от старата.", "The new building is taller than the old one.", "bg", "en"),
    ("Най-малко 20 души загинаха при катастрофата.", "At least 20 people died in the crash.", "bg", "en"),
    ("Повече или по-малко всички бяха съгласни.", "More or less everyone agreed.", "bg", "en"),
    ("Той загуби живота си при катастрофата, а отборът победи.",
     "He lost his life in the crash, and the team won.", "bg", "en"),
    ("Стара Загора е голям град.", "Stara Zagora is a big city.", "bg", "en"),
    # "студент" is no "студен" (cold), "източник" (source) no "източен" (eastern)
    ("Студентите са спокойни, според източник в правителството.",
     "The students are calm, according to a government source in the hot west.", "bg", "en"),
    ("Ще се върне след две години.", "He will return in two years.", "bg", "en"),
    # Slovak
    ("Ceny potravín vzrástli o 5 percent.", "Food prices rose by 5 percent.", "sk", "en"),
    ("Nezamestnanosť na Slovensku klesla na 5,3 percenta.", "Unemployment in Slovakia fell to 5.3 percent.", "sk", "en"),
    ("Inflation rose to its highest level in ten years.",
     "Inflácia vzrástla na najvyššiu úroveň za desať rokov.", "en", "sk"),
    ("The parliament approved the bill.", "Parlament schválil návrh zákona.", "en", "sk"),
    ("Najmenej 15 ľudí bolo zranených.", "At least 15 people were injured.", "sk", "en"),
    ("Viac-menej všetci súhlasili.", "More or less everyone agreed.", "sk", "en"),
    # "okrem iného" (among other things) may come out as "including"
    ("Okrem iného vláda znížila dane.", "Among other things, including taxes, the government cut taxes.", "sk", "en"),
    ("Umelec vytvoril dielo o prirodzenom svete.", "The artist created a work on the natural world.", "sk", "en"),
    ("Núdzový východ bol zatvorený a na západe pršalo.",
     "The emergency exit was closed and it rained in the west.", "sk", "en"),
    # Slovene
    ("Cene hrane so se zvišale za 5 odstotkov.", "Food prices rose by 5 percent.", "sl", "en"),
    ("Brezposelnost v Sloveniji je padla na 3,5 odstotka.", "Unemployment in Slovenia fell to 3.5 percent.", "sl", "en"),
    ("Inflation rose to its highest level in ten years.",
     "Inflacija se je zvišala na najvišjo raven v desetih letih.", "en", "sl"),
    ("Najmanj 15 ljudi je bilo ranjenih.", "At least 15 people were injured.", "sl", "en"),
    ("Bolj ali manj so se vsi strinjali.", "More or less everyone agreed.", "sl", "en"),
    ("Ne dela več na ministrstvu.", "He no longer works at the ministry.", "sl", "en"),
    # "star 45 let" is "aged 45", "dolg" also "debt"
    ("Moški, star 45 let, je umrl, nova cesta pa je odprta.",
     "The man, aged 45, died, and the new road is open.", "sl", "en"),
    ("Dolg države se je zmanjšal.", "The country's debt fell.", "sl", "en"),
    # Vietnamese
    ("Giá xăng tăng 5% trong tháng Năm.", "Petrol prices rose 5% in May.", "vi", "en"),
    ("Exports rose by 10 percent.", "Xuất khẩu tăng 10%.", "en", "vi"),
    ("Ít nhất 20 người thiệt mạng.", "At least 20 people were killed.", "vi", "en"),
    ("The company sold its stake.", "Công ty đã bán cổ phần của mình.", "en", "vi"),
    # "bán dẫn" is a semiconductor, not a sale; "yếu tố" a factor, not a weakness
    ("Việt Nam đẩy mạnh sản xuất chất bán dẫn và mua thiết bị.",
     "Vietnam is stepping up semiconductor production and buying equipment.", "vi", "en"),
    ("Yếu tố chính là nhu cầu mạnh mẽ.", "The main factor is strong demand.", "vi", "en"),
    ("Năm trước, giá giảm.", "Last year, prices fell.", "vi", "en"),
    # "ngoài nhà nước" (non-state) is the private sector
    ("Khu vực ngoài nhà nước tăng trưởng.", "The private sector grew.", "vi", "en"),
    ("Tình trạng mất an toàn giao thông gia tăng.", "Unsafe traffic conditions increased.", "vi", "en"),
    ("Giá không tăng trong tháng này.", "Prices failed to rise this month.", "vi", "en"),
    # Indonesian
    ("Harga beras naik 5 persen bulan lalu.", "Rice prices rose 5 percent last month.", "id", "en"),
    ("Exports rose by 10 percent.", "Ekspor meningkat 10 persen.", "en", "id"),
    ("Sedikitnya 20 orang tewas.", "At least 20 people were killed.", "id", "en"),
    ("Lebih dari 300 orang dievakuasi.", "More than 300 people were evacuated.", "id", "en"),
    ("Duta Besar Indonesia mengatakan harga turun.", "The Indonesian ambassador said prices fell.", "id", "en"),
    ("Ia naik bus ke kantor, dan harga tiket turun.", "He took the bus to work, and ticket prices fell.", "id", "en"),
    ("Orang tua siswa baru saja tiba.", "The students' parents have just arrived.", "id", "en"),
    ("Kesulitan yang kami alami sangat besar, dan kecerdasan buatan membantu.",
     "The difficulties we experience are huge, and artificial intelligence helps.", "id", "en"),
    ("Gempa terjadi di Nusa Tenggara Timur bagian utara.",
     "The earthquake struck the north of East Nusa Tenggara.", "id", "en"),
    ("Die Preise stiegen im Mai.", "Harga naik pada bulan Mei.", "de", "id"),
]


# (source, target, source lang, target lang, the flipped target word P003 points at)
FLIPPED = [
    # Ukrainian
    ("Ціни на пальне зросли на 5 відсотків у травні.", "Fuel prices fell by 5 percent in May.", "uk", "en", "fell"),
    ("Unemployment fell to its lowest level since 2019.",
     "Безробіття зросло до найвищого рівня з 2019 року.", "en", "uk", "зросло"),
    ("Шахтар переміг Динамо з рахунком 2:1.", "Shakhtar lost to Dynamo 2-1.", "uk", "en", "lost"),
    ("Україна збільшила експорт зерна.", "Die Ukraine hat ihre Getreideimporte erhöht.", "uk", "de", "Getreideimporte"),
    ("Понад 300 людей були евакуйовані.", "Fewer than 300 people were evacuated.", "uk", "en", "fewer"),
    ("The parliament approved the bill.", "Парламент відхилив законопроект.", "en", "uk", "відхилив"),
    ("He was born in Kharkiv in 1950.", "Він помер у Харкові в 1950 році.", "en", "uk", "помер"),
    ("Суд виніс суворіший вирок.", "The court handed down a more lenient sentence.", "uk", "en", "more lenient"),
    # Bulgarian
    ("Цените на горивата се повишиха с 5 процента през май.", "Fuel prices fell by 5 percent in May.", "bg", "en", "fell"),
    ("Unemployment fell to its lowest level since 2019.",
     "Безработицата се увеличи до най-високото си ниво от 2019 г.", "en", "bg", "увеличи"),
    ("Левски спечели мача с 2:1.", "Levski lost the match 2-1.", "bg", "en", "lost"),
    ("България увеличи износа на зърно.", "Bulgarien hat seine Getreideimporte erhöht.", "bg", "de", "Getreideimporte"),
    ("Новата сграда е по-висока от старата.", "The new building is lower than the old one.", "bg", "en", "lower"),
    # the whole hyphenated phrase is shown
    ("More than 300 people were evacuated.", "По-малко от 300 души бяха евакуирани.", "en", "bg", "По-малко"),
    ("Най-малко 20 души загинаха при катастрофата.", "At most 20 people died in the crash.", "bg", "en", "at most"),
    # Slovak
    ("Ceny potravín vzrástli o 5 percent.", "Food prices fell by 5 percent.", "sk", "en", "fell"),
    ("Nezamestnanosť na Slovensku klesla na 5,3 percenta.", "Unemployment in Slovakia rose to 5.3 percent.",
     "sk", "en", "rose"),
    ("Inflation rose to its highest level in ten years.",
     "Inflácia klesla na najnižšiu úroveň za desať rokov.", "en", "sk", "klesla"),
    ("Slovan vyhral zápas 3:1.", "Slovan lost the match 3-1.", "sk", "en", "lost"),
    ("Slovensko zvýšilo vývoz áut.", "Die Slowakei hat den Import von Autos erhöht.", "sk", "de", "Import"),
    ("The company sold its stake.", "Spoločnosť kúpila svoj podiel.", "en", "sk", "kúpila"),
    ("Na východe krajiny pršalo.", "It rained in the west of the country.", "sk", "en", "west"),
    # Slovene
    ("Cene hrane so se zvišale za 5 odstotkov.", "Food prices fell by 5 percent.", "sl", "en", "fell"),
    ("Inflation rose to its highest level in ten years.",
     "Inflacija je padla na najnižjo raven v desetih letih.", "en", "sl", "padla"),
    ("Olimpija je zmagala s 3:1.", "Olimpija lost 3-1.", "sl", "en", "lost"),
    ("Slovenija je povečala izvoz avtomobilov.", "Slowenien hat den Import von Autos erhöht.", "sl", "de", "Import"),
    ("Sodišče je izreklo strožjo kazen.", "The court imposed a more lenient sentence.", "sl", "en", "more lenient"),
    ("Preden je odšel, je podpisal pogodbo.", "After he left, he signed the contract.", "sl", "en", "after"),
    ("The parliament approved the bill.", "Parlament je zavrnil predlog zakona.", "en", "sl", "zavrnil"),
    # Vietnamese
    ("Giá xăng tăng 5% trong tháng Năm.", "Petrol prices fell 5% in May.", "vi", "en", "fell"),
    ("Exports rose by 10 percent.", "Xuất khẩu giảm 10%.", "en", "vi", "giảm"),
    ("Việt Nam tăng nhập khẩu gạo.", "Vietnam increased its rice exports.", "vi", "en", "exports"),
    ("Đội tuyển Việt Nam thắng Thái Lan 2-1.", "Vietnam lost to Thailand 2-1.", "vi", "en", "lost"),
    ("The company sold its stake.", "Công ty đã mua cổ phần của mình.", "en", "vi", "mua"),
    ("Sau khi ký hợp đồng, ông rời đi.", "Before signing the contract, he left.", "vi", "en", "before"),
    ("Nhiệt độ cao nhất là 40 độ.", "The lowest temperature was 40 degrees.", "vi", "en", "lowest"),
    ("Bão đổ bộ vào miền Bắc.", "The storm made landfall in the south.", "vi", "en", "south"),
    # Indonesian
    ("Harga beras naik 5 persen bulan lalu.", "Rice prices fell 5 percent last month.", "id", "en", "fell"),
    ("Exports rose by 10 percent.", "Ekspor turun 10 persen.", "en", "id", "turun"),
    ("Indonesia meningkatkan impor beras.", "Indonesia increased its rice exports.", "id", "en", "exports"),
    ("Persija menang 2-1 atas Persib.", "Persija lost 2-1 to Persib.", "id", "en", "lost"),
    ("Lebih dari 300 orang dievakuasi.", "Fewer than 300 people were evacuated.", "id", "en", "fewer"),
    ("Ia lahir di Bandung pada 1950.", "He died in Bandung in 1950.", "id", "en", "died"),
    ("Pemerintah memperketat aturan impor.", "The government made import rules more lenient.", "id", "en", "more lenient"),
    ("Die Preise stiegen im Mai.", "Harga turun pada bulan Mei.", "de", "id", "turun"),
]


@pytest.mark.parametrize("src,tgt,sl,tl", CORRECT)
def test_correct_translation_not_flagged(src, tgt, sl, tl):
    assert flagged(src, tgt, sl, tl) == []


@pytest.mark.parametrize("src,tgt,sl,tl,word", FLIPPED)
def test_flipped_translation_flagged(src, tgt, sl, tl, word):
    got = flagged(src, tgt, sl, tl)
    assert got, f"no P003 for {tgt!r}"
    assert any(f"“{word}”".casefold() in f.message.casefold() for f in got), [f.message for f in got]


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_cases_both_ways(lang):
    # a source in the language, and the language as the target
    assert any(c[2] == lang for c in FLIPPED) and any(c[3] == lang for c in FLIPPED)
    assert any(c[2] == lang for c in CORRECT)
    assert sum(1 for c in CORRECT if lang in c[2:4]) >= 4


@pytest.mark.parametrize("lang", LANGS)
def test_lexicon_shares_the_core_concepts(lang):
    en = set(lexicon("en").concepts)
    have = set(lexicon(lang).concepts)
    core = {"change", "more", "high", "size", "time", "order", "start", "win", "open", "buy", "trade",
            "quality", "life", "public", "compass.ns", "peace", "success", "bound"}
    assert core <= have, core - have
    assert have <= en, have - en  # a concept English lacks compares with nothing
    scopes = {k for table in (lexicon(lang).masks, lexicon(lang).weak) for k in table if k}
    assert scopes <= have, scopes - have


def test_a_hyphenated_phrase_is_shown_whole():
    # Bulgarian comparatives and bounds are written with a hyphen (по-малко, най-малко)
    got = flagged("Най-малко 20 души загинаха.", "At most 20 people died.", "bg", "en")
    assert got and "“Най-малко”" in got[0].message
    got = flagged("More than 300 people were evacuated.", "По-малко от 300 души бяха евакуирани.", "en", "bg")
    assert got and got[0].span[1] - got[0].span[0] == len("По-малко")


def test_slovak_derived_quantity_noun_negates_nothing():
    # "nezamestnanosť" (unemployment) is a quantity like Czech "nezaměstnanost": its "ne-"
    # keeps no flip quiet
    assert flips("Nezamestnanosť klesla.", "sk", "Unemployment rose.", "en")
    assert flips("Miera nezamestnanosti klesla.", "sk", "The unemployment rate rose.", "en")


def test_words_that_are_also_other_words_are_weak_or_masked():
    # Ukrainian "мала" (she had) is weak, "більше не" (no longer) masked
    assert poles("Вона мала рацію.", "uk")["size"].strong == (None, None)
    assert "more" not in poles("Він більше не працює.", "uk")
    # Bulgarian "затвори" (prisons) does not fire as "closed"
    assert flips("Затворите са пълни.", "bg", "The prisons were opened.", "en") == []
    # Slovene "dolg" (debt) is no length, "star 45 let" (aged 45) no old age
    assert flips("Dolg je visok.", "sl", "The debt is short.", "en") == []
    assert flips("Moški, star 45 let, je prišel.", "sl", "The young man, 45, came.", "en") == []
    # Vietnamese "bán kết" (semi-final) is no sale, Indonesian "duta besar" no size
    assert "buy" not in poles("Đội tuyển vào bán kết.", "vi")
    assert "size" not in poles("Duta besar itu datang.", "id")
    # Indonesian "tahun lalu" (last year) says when, "sedikitnya" (at least) bounds
    assert "order" not in poles("Harga naik tahun lalu.", "id")
    assert "more" not in poles("Sedikitnya 20 orang tewas.", "id")


# -- the indexed look-ups give what trying every pattern gives (see test_direction.py) -----
def _lookup_by_trying(word: str, index: dict) -> list:
    out = list(index.get(word, ()))
    for k in range(1, len(word) + 1):
        out.extend(index.get(word[:k] + "*", ()))
    for k in range(2, len(word) - 1):
        out.extend(index.get("*" + word[k:], ()))
    return out


def _masked_by_trying(words: list[str], phrases) -> set[int]:
    out: set[int] = set()
    for ph in phrases:
        for i in range(len(words) - len(ph) + 1):
            if all(_match(words[i + k], p) for k, p in enumerate(ph)):
                out.update(range(i, i + len(ph)))
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_lookup_matches_trying_every_pattern(lang):
    lx = lexicon(lang)
    words = set()
    for key in lx.index:
        core = key.strip("*")
        for w in (core, core + "ий", core + "ой", core + "a", "x" + core, "ab" + core, core[:-1], core[1:]):
            if w:
                words.add(w)
    assert len(words) > 200
    for w in sorted(words):
        assert list(_lookup(w, lx)) == _lookup_by_trying(w, lx.index), (lang, w)


@pytest.mark.parametrize("lang", LANGS)
def test_masks_match_trying_every_phrase(lang):
    lx = lexicon(lang)
    rnd = random.Random(11)
    vocab = sorted({p.replace("*", "a") for table in (lx.masks, lx.weak) for phs in table.values()
                    for ph in phs for p in ph} | {"x", "i", "và"})
    phrases = [ph for table in (lx.masks, lx.weak) for phs in table.values() for ph in phs]
    for _ in range(300):
        words = [rnd.choice(vocab) for _ in range(rnd.randint(0, 12))]
        for _ in range(rnd.randint(0, 2)):
            ph = [p.replace("*", rnd.choice(["", "a", "ого"])) for p in rnd.choice(phrases)]
            at = rnd.randint(0, len(words))
            words[at:at] = ph
        base, masks, weak = _masked_all(words, lx)
        assert base == _masked_by_trying(words, lx.masks.get("", ())), (lang, words)
        for name, phs in lx.masks.items():
            if name:
                assert masks.get(name, set()) == _masked_by_trying(words, phs), (lang, name, words)
        for name, phs in lx.weak.items():
            assert weak.get(name, set()) == _masked_by_trying(words, phs), (lang, name, words)
