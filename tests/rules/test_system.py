"""X002 system-text: model tokens and an assistant's lines in the translation."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config

X = Config(select=["X002"])


def x002(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    return [f.text for f in mtcheck.check_pair(src, tgt, sl, tl, config=X) if f.code == "X002"]


@pytest.mark.parametrize("sl,tl,src,tgt,text", [
    # a preamble, up to its colon
    ("de", "en", "Der Zug fährt um acht Uhr ab.",
     "Here is the translation of the text into English: The train leaves at eight o'clock.",
     "Here is the translation of the text into English:"),
    ("de", "en", "Der Zug fährt um acht Uhr ab.", "Sure! Here's the English translation:\n\nThe train leaves at eight.",
     "Sure! Here's the English translation:"),
    ("en", "fr", "The train leaves at eight.", "Voici la traduction en français : Le train part à huit heures.",
     "Voici la traduction en français :"),
    ("en", "de", "The train leaves at eight.", "Übersetzung: Der Zug fährt um acht Uhr ab.", "Übersetzung:"),
    ("fr", "es", "Le train part à huit heures.", "Aquí tienes la traducción: El tren sale a las ocho.",
     "Aquí tienes la traducción:"),
    ("de", "en", "Der Zug fährt um acht Uhr ab.", "Below is the translation: The train leaves at eight.",
     "Below is the translation:"),
    # an LLM's English preamble before a translation into another language
    ("en", "de", "The train leaves at eight.", "Here is the translation: Der Zug fährt um acht Uhr ab.",
     "Here is the translation:"),
    ("fr", "it", "Le train part à huit heures.", "Sure, here is the Italian translation: Il treno parte alle otto.",
     "Sure, here is the Italian translation:"),
    # more languages, with a full-width colon in Chinese
    ("en", "ru", "The train leaves at eight.", "Вот перевод: Поезд отправляется в восемь.", "Вот перевод:"),
    ("de", "pl", "Der Zug fährt um acht Uhr ab.", "Oto tłumaczenie: Pociąg odjeżdża o ósmej.", "Oto tłumaczenie:"),
    ("en", "zh", "The train leaves at eight.", "以下是翻译：火车八点出发。", "以下是翻译："),
    ("en", "de", "The train leaves at eight.", "Nachfolgend die Übersetzung: Der Zug fährt um acht Uhr ab.",
     "Nachfolgend die Übersetzung:"),
    # a refusal
    ("de", "en", "Der Zug fährt um acht Uhr ab.", "I'm sorry, but I can't translate this text.",
     "I'm sorry, but I can't translate"),
    ("en", "de", "The train leaves at eight.", "Als KI-Sprachmodell kann ich das nicht übersetzen.",
     "Als KI-Sprachmodell"),
    # a closing line, the whole sentence
    ("de", "en", "Der Zug fährt um acht Uhr ab.", "The train leaves at eight o'clock. I hope this helps!",
     "I hope this helps!"),
    ("en", "fr", "The train leaves at eight.", "Le train part à huit heures.\n\nJ'espère que cela vous aide.",
     "J'espère que cela vous aide."),
    # model tokens
    ("de", "en", "Der Zug fährt um acht Uhr ab.", "The train <unk> at eight o'clock.", "<unk>"),
    ("de", "en", "Der Zug fährt um acht Uhr ab.", "The train leaves at eight o'clock.</s>", "</s>"),
    ("en", "de", "The deal with JPMorgan Chase (JPM) was signed.",
     "Der Deal mit JPMorgan Chase (<extra_id_0) wurde unterzeichnet.", "<extra_id_0"),
    ("fr", "en", "Le train part à huit heures.", "The train lea@@ ves at eight.", "@@"),
    ("fr", "en", "Le train part à huit heures.", "The▁train leaves at eight.", "▁"),
    ("de", "en", "Der Zug fährt ab.", "The train leaves.<|im_end|>", "<|im_end|>"),
])
def test_system_text_is_found(sl, tl, src, tgt, text):
    assert x002(src, tgt, sl, tl) == [text]


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # the author's own words about translating
    ("de", "en", "Sie sagte, die Übersetzung sei fertig.", "She said the translation was ready."),
    ("de", "en", "Übersetzung: Das Wort heisst Brot.", "Translation: the word means bread."),
    ("fr", "de", "Traduction : le mot signifie pain.", "Übersetzung: Das Wort bedeutet Brot."),
    # someone's words in quotes, or after a speech verb
    ("de", "en", "Er sagte: «Ich hoffe, das hilft.»", "He said: \"I hope this helps.\""),
    ("de", "en", "Er sagte, er hoffe, das helfe.", "He said: I hope this helps."),
    ("fr", "en", "« J'espère que cela aide », dit-elle.", "“I hope this helps,” she said."),
    # a closing phrase that is not at the end of the output
    ("de", "en", "Ich hoffe, das hilft. Der Zug fährt um acht. Er ist pünktlich.",
     "I hope this helps. The train leaves at eight. It is on time."),
    # a phrase inside a sentence is no preamble
    ("de", "en", "Sie erklärte, hier sei die Übersetzung falsch.", "She explained that here is the translation error."),
    # tokens the source has too (an article about tokenizers), and HTML-like text that is no token
    ("en", "de", "The model writes <unk> for unknown words.", "Das Modell schreibt <unk> für unbekannte Wörter."),
    ("en", "de", "Mail me at a@@b.org.", "Schreib mir an a@@b.org."),
    ("de", "en", "Der Zug fährt um acht Uhr ab.", "The train leaves at eight o'clock."),
    # an English label the source has too, kept in a German or Russian translation
    ("en", "de", "Translation: the word means bread.", "Translation: Das Wort bedeutet Brot."),
    ("en", "ru", "Here is the translation you asked for.", "Вот перевод, который вы просили."),
])
def test_the_author_s_text_is_not_system_text(sl, tl, src, tgt):
    assert x002(src, tgt, sl, tl) == []


def test_a_model_token_is_x002_s_not_a_broken_tag():
    fs = mtcheck.check_pair("Der Zug fährt um acht Uhr ab.", "The train <unk> at eight o'clock.", "de", "en")
    assert [f.code for f in fs if f.text == "<unk>"] == ["X002"]
    # with X002 off, M002 still reports the stray "tag"
    fs = mtcheck.check_pair("Der Zug fährt um acht Uhr ab.", "The train <unk> at eight o'clock.", "de", "en",
                            config=Config(ignore=["X002"]))
    assert "M002" in [f.code for f in fs if f.text == "<unk>"]


def test_a_preamble_in_an_article(tmp_path):
    src = tmp_path / "source.de.txt"
    tgt = tmp_path / "article.en.txt"
    src.write_text("Neue Brücke eröffnet\n\nDie Brücke verbindet zwei Dörfer. Sie kostete zehn Millionen Franken.\n",
                   encoding="utf-8")
    tgt.write_text("Here is the English translation of the article:\n\nNew bridge opened\n\n"
                   "The bridge connects two villages. It cost ten million francs.\n\n"
                   "Let me know if you would like any changes to the tone.\n", encoding="utf-8")
    res = mtcheck.compare(str(tgt), source=str(src), config=Config(select=["X002"]), semantic=False)
    texts = [f.text for f in res.findings if f.code == "X002"]
    assert texts == ["Here is the English translation of the article:",
                     "Let me know if you would like any changes to the tone."]


@pytest.mark.parametrize("sl,tl,src,tgt,found", [
    ("de", "en", "Der Zug fährt um acht Uhr ab.", "The **train** leaves at eight o'clock.", ["**train**"]),
    ("en", "fr", "The train leaves at eight.", "```\nLe train part à huit heures.\n```", ["```", "```"]),
    ("en", "de", "The train leaves at eight.", "## Der Zug fährt um acht Uhr ab.", ["## "]),
    # markdown the source has too, arithmetic, Python names: no LLM formatting
    ("de", "en", "Der **Zug** fährt um acht Uhr ab.", "The **train** leaves at eight o'clock.", []),
    ("de", "en", "Das Ergebnis ist 2 ** 8.", "The result is 2 ** 8.", []),
    ("fr", "en", "Le fichier __init__ est vide.", "The __init__ file is empty.", []),
])
def test_llm_markdown_is_minor_system_text(sl, tl, src, tgt, found):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=X) if f.code == "X002"]
    assert [f.text for f in fs] == found
    assert all(f.severity.label == "minor" for f in fs)


@pytest.mark.parametrize("sl,tl,src,tgt,found", [
    ("de", "en", "Der Zug fährt um acht Uhr ab.", "\"The train leaves at eight o'clock.\"", ["\""]),
    ("en", "fr", "The train leaves at eight.", "« Le train part à huit heures. »", ["«"]),
    # quotes the source has, a quote inside, an elided opening, a quoted word
    ("de", "en", "«Der Zug fährt ab», sagte sie.", "“The train leaves,” she said.", []),
    ("de", "en", "„Der Zug fährt ab.“", "“The train leaves.”", []),
    ("en", "en", "It is the season.", "'Tis the season.", []),
    ("de", "en", "Der Zug fährt um acht.", "\"The train\" leaves at \"eight\".", []),
])
def test_a_translation_wrapped_in_quotes_is_minor_system_text(sl, tl, src, tgt, found):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl, config=X) if f.code == "X002"]
    assert [f.text for f in fs] == found
    assert all(f.severity.label == "minor" for f in fs)


# a closing line is looked for only where one may begin (the start, a line start, after a
# sentence end), in any case the regex's IGNORECASE allows (UMARIM ~ umarım), and in a
# script without spaces its first "word" runs into the text after it
@pytest.mark.parametrize("sl,tl,src,tgt,found", [
    ("de", "tr", "Der Zug fährt um acht Uhr ab.", "Tren saat sekizde kalkıyor. UMARIM YARDIMCI OLUR!", True),
    ("de", "tr", "Der Zug fährt um acht Uhr ab.", "Tren saat sekizde kalkıyor.\n\nUmarım yardımcı olur.", True),
    ("de", "zh", "Der Zug fährt um acht Uhr ab.", "火车八点开。希望这对你有帮助！", True),
    ("de", "en", "Der Zug fährt um acht Uhr ab.", "The train leaves at eight. I hope this helps.", True),
    ("de", "en", "Der Zug fährt um acht Uhr ab.", "The train leaves at eight, I hope this helps you.", False),
])
def test_closing_lines_where_they_may_begin(sl, tl, src, tgt, found):
    assert bool(x002(src, tgt, sl, tl)) == found
