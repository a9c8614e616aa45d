"""Session 53 (m1): name misspellings at a name's only mention (written for mtcheck).

- A name at home in a Latin-script source's language, written one letter short (vowel or
  h included) at a mention with nothing else to confirm it: N001 minor.
- Out of Chinese, a word as near two readings of one run of characters (平 ping, pian):
  the run's reading in context tells the name (N001 minor).
- Out of Korean, a hyphenated given name mixing McCune-Reischauer's o/yo for ㅓ/ㅕ with
  the Revised Romanization's eo/yeo: N001 minor.
"""

import mtcheck


def n001(src, tgt, sl, tl):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "N001"]


# a home name one letter short

def test_danish_surname_double_vowel_written_once_da_de():
    src = "Det oplyser borgmester Jens Nørgaard til avisen."
    assert n001(src, "Das teilte Bürgermeister Jens Nørgard der Zeitung mit.", "da", "de")
    assert n001(src, "Das teilte Bürgermeister Jens Nørgaard der Zeitung mit.", "da", "de") == []


def test_danish_surname_missed_by_source_name_search_da_en():
    src = "Det oplyser direktør Lene Kjærgaard til avisen."
    found = n001(src, "Director Lene Kjærgard told the newspaper.", "da", "en")
    assert found and found[0].severity.name == "MINOR" and found[0].suggestion == "Kjærgaard"
    assert n001(src, "Director Lene Kjærgaard told the newspaper.", "da", "en") == []


def test_german_place_h_dropped_alone_de_en():
    src = "Das Netz führt bis in die Ortsteile Neustadt und Wehrheim."
    assert n001(src, "The network links the districts of Neustadt and Werheim.", "de", "en")
    assert n001(src, "The network links the districts of Neustadt and Wehrheim.", "de", "en") == []


def test_german_place_h_dropped_alone_de_fr():
    src = "Die Straße führt von Neustadt bis nach Fehrbellin."
    assert n001(src, "La route mène de Neustadt jusqu'à Ferbellin.", "de", "fr")
    assert n001(src, "La route mène de Neustadt jusqu'à Fehrbellin.", "de", "fr") == []


def test_home_name_short_form_in_use_passes():
    # the short form is a word or name in use (Mering, Dalem): another name, not judged
    src = "Das Netz führt bis in die Ortsteile Neustadt und Mehring."
    assert n001(src, "Le réseau relie les quartiers de Neustadt et de Mering.", "de", "fr") == []


def test_home_name_not_for_doubled_or_last_letter():
    # a doubled letter written once and a last letter dropped are other searches' cases
    src = "Die Buslinie fährt über Gelsenkirchen nach Dorsten."
    assert all(f.severity.name != "MINOR" or "Dorste" not in f.text
               for f in n001(src, "The bus route runs via Gelsenkirchen to Dorste.", "de", "en"))


# Chinese: two readings of a run as near

def test_pinyin_final_g_dropped_zh_en():
    src = "副市长张建平出席了会议。"
    found = n001(src, "Deputy mayor Zhang Jianpin attended the meeting.", "zh", "en")
    assert [f.suggestion for f in found] == ["Jianping"]
    assert n001(src, "Deputy mayor Zhang Jianping attended the meeting.", "zh", "en") == []


def test_pinyin_final_g_dropped_zh_fr():
    src = "区长刘海平出席了会议。"
    assert n001(src, "Le chef de district Liu Haipin a assisté à la réunion.", "zh", "fr")
    assert n001(src, "Le chef de district Liu Haiping a assisté à la réunion.", "zh", "fr") == []


# Korean: a given name mixing two romanisations of ㅓ/ㅕ

def _ko(name, tl="en"):
    src = f"{name[0]} 씨는 회의에서 이렇게 말했다."
    tgt = {"en": f"{name[1]} said this at the meeting.",
           "de": f"{name[1]} sagte dies bei der Sitzung."}[tl]
    return n001(src, tgt, "ko", tl)


def test_korean_given_name_mixed_systems_ko_en():
    assert _ko(("김선영", "Kim Seon-yong"))
    assert _ko(("김정현", "Kim Jeong-hyon"))


def test_korean_given_name_mixed_systems_ko_de():
    assert _ko(("박서연", "Park Seo-yon"), "de") or _ko(("김서연", "Kim Seo-yon"), "de")


def test_korean_given_name_spellings_in_use_pass():
    for pair in [("김선영", "Kim Seon-young"), ("김선영", "Kim Sun-young"), ("김선영", "Kim Son-yong"),
                 ("김선영", "Kim Seon-yeong"), ("김영남", "Kim Yong-nam"), ("김정은", "Kim Jong-un"),
                 ("김연경", "Kim Yeon-koung"), ("윤석열", "Yoon Suk-yeol"), ("최영철", "Choi Young-chul"),
                 ("김정현", "Kim Jong-hyon"), ("김정현", "Kim Jeong-hyeon")]:
        assert _ko(pair) == [], pair
