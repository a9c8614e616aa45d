"""Session 73 speed cuts: each fast path finds what the slow one it stands in for finds.

The slow patterns are kept here as they were before the cut; each test runs both on
sentences of two language pairs (en-de, de-fr) and on random strings over the characters
the pattern cares about."""
import random
import re

from mtcheck.rules import _text, direction, language, names, numbers, sentence, system

SENTENCES = [
    # en-de
    "On Monday the government announced new measures, he said.",
    "Am Montag kündigte die Regierung neue Maßnahmen an, sagte er.",
    "Pope John XXIII. met Louis XIV's heirs in the 2nd century; III. Reich? No!",
    "Im XIX. Jahrhundert (vgl. Kap. IV) stieg der Anteil um 3,5 % — laut Nordirak-Expertin.",
    "It was sooo good... Rock'n'roll isn't dead: it's here!  Really?  Yes.\nNew line",
    "Die Elbphilharmonie-Konzerte am Samstag, 12. März, sind ausverkauft.",
    # de-fr
    "Le président a déclaré samedi qu'il n'y aurait pas de nouvelles élections.",
    "L'Assemblée nationale s'est réunie le 14 juillet ; l'opposition n'était pas là.",
    "Die Bundeskanzlerin traf Emmanuel Macron in Straßburg.",
    "Il a rencontré M. Dupont… puis Mme Düpont , à Zürich ,- hier !",
    # a Hindi text with its vowel signs (the marks the slow paths read)
    "मंगलवार को सितंबर में बैठक हुई। ஜூலை மாதம்",
]


def _fuzz(alphabet, n=40000, seed=73, longest=12):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest)))


def test_stray_probe_says_what_the_old_one_said():
    old = re.compile(r"[_~^@|!]|\w\.\s+[^\W\d_]|[,;:][.,;:!?~]|\w\?\s|\w[-‐]\s|\w['’](?:[\s,.;:!?)]|$)"
                     r"|[,.]['’]\s|[,;][-‐]\s|[;:](?<=\w.)[ \t]+(?:of|than|re|co|wo|sh|mu|mi)")
    alphabet = list("aZ1_ \t\n.,;:!?~^@|-‐'’)é") + ["of", "than", "sh", "mi", "x"]
    for t in SENTENCES + list(_fuzz(alphabet)):
        assert (old.search(t) is None) == (sentence._STRAY_PROBE.search(t) is None), repr(t)


def test_roman_numerals_match_as_before():
    old = re.compile(r"\b(?P<r>[IVXLC]{2,7}|[IVX])(?:e|er|ère|ème|es|\.)?(?![\w'’])")
    new = _text._ROMAN_RE
    alphabet = list("IVXLCivx e.'’-1") + ["er", "ère", "ème", "es", "é"]
    for t in SENTENCES + list(_fuzz(alphabet)):
        assert [(m.span(), m.group("r")) for m in old.finditer(t)] == \
            [(m.span(), m.group("r")) for m in new.finditer(t)], repr(t)
        f1, f2 = old.fullmatch(t), new.fullmatch(t)
        assert (f1 and (f1.span(), f1.group("r"))) == (f2 and (f2.span(), f2.group("r"))), repr(t)


def test_line_starts_without_a_full_width_stop():
    alphabet = list("a .!?…\t\n\r\u00a0x")
    for t in SENTENCES + list(_fuzz(alphabet)):
        if "。" in t or "！" in t or "？" in t:
            continue
        assert [m.end() for m in system._LINE_STARTS.finditer(t)] == \
            [m.end() for m in system._LINE_STARTS_PLAIN.finditer(t)], repr(t)


def test_calendar_words_without_marks():
    alphabet = list("ab -1_é\u0915\u093e\u0902\u0bbe") + ["feira", "-feira"]
    for t in SENTENCES + list(_fuzz(alphabet)):
        fast = numbers._cal_word_re(t)
        assert [m.span() for m in numbers._CAL_WORD.finditer(t)] == [m.span() for m in fast.finditer(t)], repr(t)
    assert numbers._cal_word_re("मंगलवार को") is numbers._CAL_WORD
    assert numbers._cal_word_re("am Dienstag") is numbers._CAL_WORD_PLAIN


def test_stretched_word_early_exit():
    def slow(f, lang):
        if any(m.group(1) not in _text._STRETCH_VOWELS and m.end() < len(f)
               for m in _text._ELONGATED_RUN.finditer(f)):
            return False
        base, n = _text._ELONGATED_RUN.subn(r"\1", f)
        return n > 0 and len(base) >= 2 and _text.zipf(base, lang) >= 3.0
    for w in ["sooo", "yesss", "crushhh", "petttit", "haus", "so", "gooood", "schööön", "aaa", "müde"]:
        for lang in ("en", "de", "fr"):
            assert _text._stretched_word(w, lang) == slow(w, lang), (w, lang)


def test_compass_first_letters():
    # every word the compass pattern matches opens with one of those letters
    for w in ["nordirak", "sudan", "ostkongo", "westafrika", "northeast", "southwest", "eastend",
              "nordost-syrien", "paris", "osten", "berlin"]:
        if _text._COMPASS_RE.match(w):
            assert w[:1] in _text._COMPASS_FIRST
    first = {alt[0] for alt in "nord sud ost west north south east".split()}
    assert first == set(_text._COMPASS_FIRST)


def test_accented_test_skips_ascii_words():
    # no letter _ACCENTED looks for is ASCII
    assert not any(names._ACCENTED.search(chr(c)) for c in range(128))


PAIRS = [  # (source, target, source language, target language)
    ("The government announced new measures on Monday, March 12, in Part IV of the plan.",
     "Die Regierung kündigte am Montag, 12. März, in Teil IV des Plans neue Maßnahmen an.", "en", "de"),
    ("Louis XIV ruled for 72 years. It was sooo long!  Nobody complained.",
     "Ludwig XIV. regierte 72 Jahre lang. Es war sooo lang ,- niemand beschwerte sich .", "en", "de"),
    ("Am Samstag traf die Kanzlerin in Straßburg ein; der Gipfel begann um 10 Uhr.",
     "Samedi, la chancelière est arrivée à Strasbourg ; le sommet a commencé à 10 heures.", "de", "fr"),
    ("Im XIX. Jahrhundert wuchs die Stadt stark.", "Au XIXe siècle, la ville a fortement grandi !", "de", "fr"),
]


def _slow_patterns(monkeypatch):
    monkeypatch.setattr(sentence, "_STRAY_PROBE", re.compile(
        r"[_~^@|!]|\w\.\s+[^\W\d_]|[,;:][.,;:!?~]|\w\?\s|\w[-‐]\s|\w['’](?:[\s,.;:!?)]|$)"
        r"|[,.]['’]\s|[,;][-‐]\s|[;:](?<=\w.)[ \t]+(?:of|than|re|co|wo|sh|mu|mi)"))
    monkeypatch.setattr(_text, "_ROMAN_RE", re.compile(r"\b(?P<r>[IVXLC]{2,7}|[IVX])(?:e|er|ère|ème|es|\.)?(?![\w'’])"))
    monkeypatch.setattr(system, "_LINE_STARTS_PLAIN", system._LINE_STARTS)
    monkeypatch.setattr(numbers, "_CAL_WORD_PLAIN", numbers._CAL_WORD)


def _numbers(text, lang):
    return [(x.text, x.start, x.end, sorted(map(str, x.values)), x.kind, x.tag, x.soft)
            for x in _text._find_numbers(text, lang)]


def test_pairs_read_as_the_slow_paths_read_them(monkeypatch):
    def read():
        out = []
        for src, tgt, sl, tl in PAIRS:
            for text, lang in ((src, sl), (tgt, tl)):
                out.append(_numbers(text, lang))
                out.append(numbers.calendar_words.__wrapped__(text, lang))  # (past its cache)
            out.append(list(sentence._stray_marks(src, tgt, tl)))
            out.append(direction.flips(src, sl, tgt, tl))
        return out
    fast = read()
    _slow_patterns(monkeypatch)
    assert read() == fast
    assert any(fast)


def _same_matches(old, new, alphabet, spans=True, n=40000):
    for t in SENTENCES + list(_fuzz(alphabet, n=n)):
        if spans:
            assert [(m.span(), m.groups()) for m in old.finditer(t)] == \
                [(m.span(), m.groups()) for m in new.finditer(t)], repr(t)
            assert old.findall(t) == new.findall(t), repr(t)
        else:
            assert (old.search(t) is None) == (new.search(t) is None), repr(t)


def test_letter_led_names_patterns_match_as_before():
    letters = list("aZÄéß1_ -\u00a0\n'’") + ["Von", "van", "Mc"]
    _same_matches(re.compile(r"(?<![^\W\d_])[^\W\d_a-zß-ÿ][^\W\d_]+"), names._CAP_WORD, letters)
    _same_matches(re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})(?=\s+([^\W\d_]+))"), names._RUN3_THEN_RUN, letters)
    _same_matches(re.compile(r"(?<![^\W\d_])[^\W\d_]{4,}(?![^\W\d_])"), names._MARKED_WORD, letters)
    _same_matches(re.compile(r"(?<![^\W\d_])([A-Z][a-z]{1,4})(?=[ \u00a0]+([A-Z][^\W\d_]{2,})(?![^\W\d_]))"),
                  names._PARTICLE_NAME, letters)


def test_clean_hints_say_what_they_said():
    _same_matches(re.compile(r"://|www\.|[@#]|\.(?:com|org|net|de|ch|fr|es|it|at|uk|gov|edu|io)\b", re.IGNORECASE),
                  language._NOISE_HINT, list("wW.:/@#a -") + ["com", "DE", "www", "Io", "x"], spans=False)
    _same_matches(re.compile(r"%[\w(]|[{<_]|/\w+/|(?<!\S)--\w"), language._MARKUP_HINT,
                  list("%({<_/a -\n\t") + ["--", "x"], spans=False)


def test_tokens_without_indic_marks():
    alphabet = list("aZé1_ ?!'’-.\u0915\u093e\u0902")
    for t in SENTENCES + list(_fuzz(alphabet)):
        fast = sentence._token_re(t)
        for pos in (0, len(t) // 2):
            assert [m.span() for m in sentence._TOKEN.finditer(t, pos)] == \
                [m.span() for m in fast.finditer(t, pos)], repr(t)
    assert sentence._token_re("नहीं होगा") is sentence._TOKEN
    assert sentence._token_re("Er kam nicht.") is sentence._TOKEN_PLAIN


def test_negators_read_as_with_the_marked_tokens(monkeypatch):
    texts = [(t, lang) for lang in ("en", "de", "fr") for t in SENTENCES + [
        "He did not come, and nobody wondered whether it would not be better.",
        "Er kam nicht, und niemand fragte sich, ob es nicht besser wäre.",
        "Il n'est pas venu et personne ne s'est demandé si ce ne serait pas mieux."]]
    fast = [sentence.negators(t, lang) for t, lang in texts]
    monkeypatch.setattr(sentence, "_TOKEN_PLAIN", sentence._TOKEN)
    assert [sentence.negators(t, lang) for t, lang in texts] == fast
    assert any(fast)
