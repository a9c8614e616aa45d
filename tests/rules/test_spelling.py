"""S006 misspelling: a word the target language does not know, one slip from a common
word of it (written for mtcheck)."""

from __future__ import annotations

import pytest

import mtcheck
from mtcheck.config import Config
from mtcheck.rules.spelling import correction, misspellings

CFG = Config(select=["S006"])


def slips(src: str, tgt: str, sl: str, tl: str) -> list[tuple[str, str]]:
    return [(f.text, f.suggestion) for f in mtcheck.check_pair(src, tgt, sl, tl, config=CFG)]


@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    ("de", "en", "Am Samstag sagte er, dass mehr Menschen kommen als erwartet.",
     "On Saturday he said that more poeple are coming tahn expected.",
     [("poeple", "people"), ("tahn", "than")]),
    ("fr", "en", "Selon le ministre, le contrôle est nécessaire.",
     "Accordign to the minister, the contorl is necessary.",
     [("Accordign", "According"), ("contorl", "control")]),
    ("en", "de", "He said the two countries are independent.",
     "Er sagte, die beiden Länder seien unbahängig.", [("unbahängig", "unabhängig")]),
    ("en", "fr", "The government announced new measures.",
     "Le gouvernemnet a annoncé de nouvelles mesures.", [("gouvernemnet", "gouvernement")]),
])
def test_slips_are_found_with_their_correction(sl, tl, src, tgt, want):
    assert slips(src, tgt, sl, tl) == want


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # correct text
    ("de", "en", "Am Samstag sagte er, dass mehr Menschen kommen als erwartet.",
     "On Saturday he said that more people are coming than expected."),
    ("en", "de", "He said the two countries are independent.",
     "Er sagte, die beiden Länder seien unabhängig."),
    # a rare name copied from the source is not a slip of a common word
    ("de", "en", "Der Sprecher Hans Wendt sagte am Montag, dass die Firma wachse.",
     "Spokesman Hans Wendt said on Monday that the company was growing."),
    # a German compound of known words
    ("en", "de", "The opposition groups protested.", "Die Oppositionsfraktionen protestierten."),
    # a capitalised word whose first letter differs is another name, not a slip (Paria)
    ("en", "de", "He compared it to Paria, the old town.", "Er verglich es mit Perla, der Altstadt."),
    # a name the source inflects (w Sejmie, Tuska) is kept, not a slip of "seem"
    ("pl", "en", "Wczoraj w Sejmie przemawiał minister.", "Yesterday the minister spoke in the Sejm."),
    ("pl", "de", "Wczoraj w Sejmie przemawiał minister.", "Gestern sprach der Minister im Sejm."),
    # a name the source writes inside a hyphenated compound (kabinet-Schoof, Scholz-Regierung)
    ("nl", "en", "Het kabinet-Schoof trekt 2 miljard euro uit.", "The Schoof cabinet allocates 2 billion euros."),
    ("de", "fr", "Die Schoof-Regierung plant neue Steuern.", "Le gouvernement Schoof prévoit de nouveaux impôts."),
])
def test_no_slip_in_correct_or_copied_text(sl, tl, src, tgt):
    assert slips(src, tgt, sl, tl) == []


# two slips in a long lower-case word no list has (one letter left out, another doubled or
# added), of a common word with the same first letter
@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    ("de", "en", "Es war sehr erfolgreich.", "It was very sucessfull.", [("sucessfull", "successful")]),
    ("de", "en", "Die Emissionen sinken.", "Carbon emmisions fall.", [("emmisions", "emissions")]),
    ("en", "de", "It is probably true.", "Es ist wahrscheinnlch wahr.", [("wahrscheinnlch", "wahrscheinlich")]),
    ("en", "fr", "Development is slow.", "Le dévelopemment est lent.", [("dévelopemment", "développement")]),
    # shorter than eight letters, a capitalised word, or a first letter changed: not judged
    ("de", "en", "Die Rhythmen.", "The rythyms.", []),
    ("de", "en", "Es war sehr erfolgreich.", "It was very Sucessfull.", []),
    ("de", "en", "Es war sehr erfolgreich.", "It was very zucessfull.", []),
])
def test_two_slips_in_a_long_word(sl, tl, src, tgt, want):
    assert slips(src, tgt, sl, tl) == want


def test_an_ending_outside_english_is_inflection_not_a_slip():
    # German strong verb forms the frequency list lacks differ from a common word only in
    # their ending: no finding; the same shape in English is a slip
    assert correction("gesamtem", "de", 4.0, 2.5) is None
    assert correction("contro", "en", 4.0, 2.5)[0] == "control"


@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    # a longer word one slip from a less common word (Zipf 3-4)
    ("de", "en", "Das Gerüst wurde entfernt.", "The scafolding was removed.",
     [("scafolding", "scaffolding")]),
    ("en", "de", "She acted without delay.", "Sie handelte unverzülich.",
     [("unverzülich", "unverzüglich")]),
    ("en", "fr", "Check it carefully.", "Vérifiez-le soigneusment.",
     [("soigneusment", "soigneusement")]),
    # a three-letter lower-case non-word one slip from a very common word
    ("de", "en", "Sie sahen das Haus.", "They saw hte house.", [("hte", "the")]),
    ("fr", "en", "As-tu vu cela ?", "Did yuo see that?", [("yuo", "you")]),
])
def test_slips_of_less_common_and_of_short_words(sl, tl, src, tgt, want):
    assert slips(src, tgt, sl, tl) == want


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # an inflection or derivation of a less common word is not a slip of it
    ("de", "en", "Die Diagnosen lauteten Schizophrenie.", "The diagnoses were schizophrenias."),
    # a rare word that the lists have is a word, not a slip
    ("de", "en", "Sein Gesprächspartner nickte.", "His interlocutor nodded."),
    # three letters: a capitalised one is a name or an acronym (Tge ~ the), and a
    # listed abbreviation is a word (cts)
    ("de", "en", "Er traf Tge am Montag.", "He met Tge on Monday."),
    ("de", "en", "Der Preis stieg um drei Cent.", "The price rose by three cts."),
])
def test_no_slip_in_rare_words_inflections_and_short_names(sl, tl, src, tgt):
    assert slips(src, tgt, sl, tl) == []


# a rare German past tense or comparative of a listed verb or adjective is a word (erbten ~
# erben, hallten ~ hallen, vager ~ vage); a slip whose "lemma" is no word stays one
@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    ("en", "de", "They inherited bankrupt states.", "Sie erbten bankrotte Staaten.", []),
    ("fr", "de", "Ces mots résonnaient la veille.", "Diese Worte hallten am Vorabend wider.", []),
    ("en", "de", "Despite vaguer attempts, nothing happened.", "Trotz vager Versuche geschah nichts.", []),
    ("fr", "de", "Il a dit qu'il viendrait.", "Er safte, dass er komme.", [("safte", "sagte")]),
])
def test_rare_inflections_of_listed_words_are_words(sl, tl, src, tgt, want):
    assert slips(src, tgt, sl, tl) == want


@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    # English inflects with a few endings: a slip at the end of a less common word that
    # swaps no ending for another is still a slip (a letter dropped or left out there)
    ("de", "en", "Die Teamarbeit war gut.", "The teamwrk was good.", [("teamwrk", "teamwork")]),
    ("fr", "en", "L'ouragan a touché terre tard.", "The landfal came late.", [("landfal", "landfall")]),
])
def test_an_english_slip_at_the_end_of_a_word(sl, tl, src, tgt, want):
    assert slips(src, tgt, sl, tl) == want


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # one English ending for another is an inflection the lists lack (cycl-ers ~ cycl-es)
    ("de", "en", "Die Radfahrer fuhren los.", "The cyclers rode off."),
    ("fr", "en", "Elle a accouché beaucoup de femmes.", "She midwifed many women."),
])
def test_an_english_ending_swapped_for_another_is_no_slip(sl, tl, src, tgt):
    assert slips(src, tgt, sl, tl) == []


def test_words_in_handles_urls_and_acronyms_are_skipped():
    text = "See @poeple and www.poeple.com, the POEPLE project and iPoeple."
    assert misspellings(text, "en", set()) == []


def test_unknown_language_has_no_findings():
    assert slips("Hello there my friend.", "Xyzzy plugh tahn.", "en", "xx") == []


def test_languages_written_without_spaces_are_not_judged():
    # a short run of CJK characters is a phrase, not a word one edit from another
    assert slips("The new rules apply today.", "新规定今天适用。", "en", "zh") == []
    assert slips("The new rules apply today.", "新しい規則は今日から。", "en", "ja") == []


def test_a_house_word_list_beside_the_config_is_never_a_misspelling(tmp_path, cli):
    src, tgt = "Wir nutzen das neue Werkzeug.", "We use the new Taskr tool and the poeple like it."
    args = ("check", src, tgt, "--source-lang", "de", "--target-lang", "en", "--select", "S006",
            "--fail-on", "minor")
    code, out, _ = cli(*args, cwd=tmp_path)
    assert "Taskr" in out and "poeple" in out  # a product name the lists do not know
    (tmp_path / "words.txt").write_text("# house words\nTaskr\n", encoding="utf-8")
    (tmp_path / "mtcheck.toml").write_text('[check]\n[check.rules.S006]\nwords = "words.txt"\n', encoding="utf-8")
    code, out, err = cli(*args, cwd=tmp_path)
    assert "Taskr" not in out and "poeple" in out, (out, err)


def test_a_missing_house_word_list_is_one_clear_error(tmp_path, cli):
    (tmp_path / "mtcheck.toml").write_text('[check]\n[check.rules.S006]\nwords = "nope.txt"\n', encoding="utf-8")
    code, out, err = cli("check", "Wir nutzen es.", "We use it a lot.", "--source-lang", "de",
                          "--target-lang", "en", cwd=tmp_path)
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert code == 2 and len(lines) == 1 and "nope.txt" in lines[0] and "Traceback" not in err, err


@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    # a short word with a letter dropped, one slip from a very common word
    ("de", "en", "Er war gestern dort.", "He ws there yesterday.", [("ws", "was")]),
    ("fr", "en", "De la pluie et du vent sont attendus.", "Rain nd wind are expected.", [("nd", "and")]),
    ("en", "de", "He said the situation was serious.", "Er sagte, dss die Lage ernst sei.", [("dss", "dass")]),
    ("en", "fr", "So we are ready.", "Alors nou sommes prêts.", [("nou", "nous")]),
    # a lone letter that is no one-letter word of the language
    ("de", "en", "Der Rat prüft den Antrag.", "The council s reviewing the request.",
     [("s", "is")]),
    ("en", "de", "We are going into town today.", "Wir gehen heute n die Stadt.", [("n", "in")]),
    # a four-letter word the lists lack, one slip from a less common word
    ("fr", "en", "C'était une image vive.", "It was a ivid picture.", [("ivid", "vivid")]),
    # an English word that lacks an ending only an e takes (inlan ~ inland)
    ("de", "en", "Die Herde wanderte ins Hinterland.", "The herd wandered inlan.",
     [("inlan", "inland")]),
    # a slip common enough to be listed: two letters swapped
    ("fr", "en", "Il est parti à cause de la pluie.", "He left becuase of the rain.", [("becuase", "because")]),
])
def test_dropped_letters_short_words_and_listed_slips(sl, tl, src, tgt, want):
    assert slips(src, tgt, sl, tl) == want


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # a letter after a figure is a unit, one in a formula or before a figure a variable
    ("de", "en", "Das Flugzeug flog 400 m über dem Meer.", "The plane flew at 400 m above the sea."),
    ("en", "de", "The plane flew 400 m above the sea.", "Das Flugzeug flog 400 m über dem Meer."),
    ("de", "en", "Einstein schrieb 1905 e = mc2.", "Einstein wrote e = mc2 in 1905."),
    ("de", "en", "Multipliziere es x 10 mal.", "Multiply it by x 10 times."),
    # an abbreviation and a tokenised contraction are no lone words
    ("de", "en", "z. B. die Katze", "e.g. the cat"),
    ("de", "en", "Ich kann nicht gehen und werde nicht bleiben.", "I ca n't go and I wo n't stay."),
    # the one-letter words of the language
    ("en", "fr", "There is a cat in the house.", "Il y a un chat à la maison."),
    # a short word the lists rank too high for a slip
    ("de", "en", "Die Henne legte ein Ei.", "The hen laid an egg."),
    # a base form whose -d form is listed, and a rare word one letter longer than a common one
    ("de", "en", "Firmen rechnen Quartalsdaten hoch.", "Firms annualize quarterly data."),
    ("de", "en", "Das Ziel ist, die Armut zu halbieren.", "The goal is halving poverty."),
    # a lone letter the source has too
    ("de", "en", "Ein Stecker vom Typ s.", "A type s plug."),
])
def test_no_slip_in_units_formulas_contractions_and_words(sl, tl, src, tgt):
    assert slips(src, tgt, sl, tl) == []


# -- LazySet: the known words are built only when a rare word is looked up ----------------
def test_lazy_set_builds_once_and_only_when_asked():
    from mtcheck.rules.spelling import LazySet
    calls = []

    def build():
        calls.append(1)
        return {"zürich", "genève"}

    s = LazySet(build)
    assert calls == []
    assert "zürich" in s and "genève" in s and "bern" not in s
    assert calls == [1]


def test_misspellings_skip_known_words_without_building_them_for_common_text():
    from mtcheck.rules.spelling import LazySet
    calls = []

    def build():
        calls.append(1)
        return {"govenment"}

    # common words only: the known words are never needed
    assert misspellings("The government announced new measures.", "en", LazySet(build)) == []
    assert calls == []
    # a slip that is a word of another version is no misspelling; the set is built for it
    assert misspellings("The govenment announced new measures.", "en", LazySet(build)) == []
    assert calls == [1]
    assert [w for _, _, w, _ in misspellings("The govenment announced it.", "en", set())] == ["govenment"]
    assert misspellings("Die Regierung hat neue Massnahmen angekündigt.", "de", LazySet(build)) == []


# -- English real-word slips: a letter dropped where grammar wants another word -----------
@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    # "an" before a consonant or a function word: "and" (or can, ran) with a letter dropped
    ("de", "en", "Katzen und Hunde spielten.", "Cats an dogs played.", [("an", "and (or a)")]),
    ("fr", "en", "Il a dit et je suis parti.", "He spoke an I left.", [("an", "and")]),
    # capitalised after a lower-case word it is still the slip
    ("de", "en", "Er sagte und ging.", "He said An went home.", [("An", "And (or A)")]),
    # a word one letter short of "been" after have
    ("de", "en", "Er hat lange gewartet.", "He has ben waiting for a long time.", [("ben", "been")]),
    ("fr", "en", "Elle avait déjà été prévenue.", "She had already bee warned.", [("bee", "been")]),
    # a word one letter short of a function word before an article or pronoun
    ("de", "en", "Sie sagte, dass die Sitzung ausfällt.", "She said hat the meeting is off.",
     [("hat", "that")]),
    ("fr", "en", "Il a remarqué que le train était en retard.", "He noticed tha the train was late.",
     [("tha", "that")]),
])
def test_english_real_word_slips(sl, tl, src, tgt, want):
    assert slips(src, tgt, sl, tl) == want


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # a silent h, an acronym, a letter's name
    ("de", "en", "Es dauerte eine Stunde.", "It took an hour."),
    ("fr", "en", "Un moment historique.", "An historic moment."),
    ("de", "en", "Ein Abgeordneter sprach.", "An MP spoke."),
    ("fr", "en", "Une radiographie a été faite.", "An x-ray was taken."),
    # a noun after a possessive or an article, whatever follows it
    ("de", "en", "Er trug den ganzen Tag seinen Hut.", "He wore his hat the whole day."),
    ("fr", "en", "Une publicité que la société a payée.", "An ad the company paid for."),
    # a German phrase the source has too
    ("de", "en", "Wir trafen uns im Café an der Donau.", 'We met at the café "an der Donau".'),
    # the same shapes in German and French are words of those languages
    ("en", "de", "He has a hat.", "Er hat an dem Tag einen Hut."),
    ("en", "fr", "A year later.", "Un an plus tard."),
    # (session 36) "An" as the last part of a Vietnamese or Korean name, not "and"
    ("vi", "en", "Giám đốc Nguyễn Văn An cho biết doanh thu tăng.", "Director Nguyen Van An said revenue rose."),
    ("ko", "en", "김안 대표는 말했다.", "Chief executive Kim An said so in Seoul."),
])
def test_no_real_word_slip_in_correct_english_or_other_languages(sl, tl, src, tgt):
    assert slips(src, tgt, sl, tl) == []


# -- two-letter words, hyphenated compounds, long words no list has ------------------------
@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    # a two-letter form the lists rank fairly high (names, chat) is still a dropped letter
    ("fr", "en", "Ils sont prêts.", "They ar ready.", [("ar", "are")]),
    ("en", "de", "He came with the car.", "Er kam mi dem Auto.", [("mi", "mit")]),
    # a long lower-case part of a hyphenated compound no list has
    ("de", "en", "Die Anti-Korruptions-Behörde.", "The anti-corrption authority.",
     [("corrption", "corruption")]),
    ("en", "fr", "An anti-inflammatory approach.", "Une approche anti-inflamatoire.",
     [("inflamatoire", "inflammatoire")]),
    # a long word no list has at all: a letter dropped from a rare word
    ("de", "en", "Eine Schubkarre voller Erde.", "A wheelbarow full of soil.",
     [("wheelbarow", "wheelbarrow")]),
    ("en", "fr", "The hippo is sleeping.", "Un hipopotame dort.", [("hipopotame", "hippopotame")]),
])
def test_two_letter_words_compound_parts_and_long_rare_words(sl, tl, src, tgt, want):
    assert slips(src, tgt, sl, tl) == want


@pytest.mark.parametrize("sl,tl,src,tgt", [
    # a two-letter name particle before a capitalised name
    ("fr", "en", "Nous avons vu Leonardo di Caprio.", "We saw Leonardo di Caprio."),
    ("en", "de", "We saw Leonardo di Caprio.", "Wir sahen Leonardo di Caprio."),
    # hyphenated compounds of known, short or capitalised parts
    ("de", "en", "Ein praktischer Ansatz.", "A hands-on approach."),
    ("fr", "en", "La guerre franco-prussienne.", "The Franco-Prussian war."),
    ("en", "de", "The emails arrived.", "Die E-Mails kamen an."),
    ("en", "fr", "An anti-inflammatory approach.", "Une approche anti-inflammatoire."),
])
def test_no_slip_in_particles_and_sound_compounds(sl, tl, src, tgt):
    assert slips(src, tgt, sl, tl) == []


# A short German word with ß is judged by its length as the lists spell it (aß is listed
# as "ass"): read as two letters it looked like "dass" with a letter dropped
@pytest.mark.parametrize("sl,tl,src,tgt", [
    ("en", "de", "He ate at the café.", "Er aß im Café."),
    ("fr", "de", "Hier, il a mangé au café.", "Gestern aß er im Café."),
])
def test_a_short_word_with_sharp_s_is_no_dropped_letter(sl, tl, src, tgt):
    assert slips(src, tgt, sl, tl) == []


# A capitalised word with a letter the target language's own words never have, written
# without it in the lists (Sámi ~ Sami), is a name in its own spelling, not a slip of
# another word (Semi); a lower-case word with a stray accent still is
@pytest.mark.parametrize("sl,tl,src,tgt,want", [
    ("de", "en", "Er sprach über Sámi-Kultur und Sámi-Sprache.", "He spoke about Sámi culture.", []),
    ("fr", "it", "Hier, le peuple du Nord a parlé.", "Ieri Sámi ha parlato.", []),
    ("de", "en", "Er sprach über die Kultur.", "He spoke about the cultüre.", [("cultüre", "culture")]),
    ("fr", "it", "Il a parlé de la culture.", "Ha parlato della cultüra.", [("cultüra", "cultura")]),
])
def test_a_name_in_its_own_letters_is_no_slip(sl, tl, src, tgt, want):
    assert slips(src, tgt, sl, tl) == want


@pytest.mark.parametrize("src,tgt,sl,tl,slip", [
    # a capitalised word that names a source name is no slip (session 32): an exonym of
    # the lexicon (Coire for Chur), a transcription of a name in another script (Alsos)
    ("Die Autobahn A13 zwischen Bellinzona und Chur bleibt gesperrt.",
     "L'autoroute A13 entre Bellinzone et Coire restera fermée.", "de", "fr", None),
    ("Το τμήμα «Άλσος Βεΐκου – Γουδή» θα ανοίξει τον Μάιο.", "The Alsos Veikou–Goudi section will open in May.",
     "el", "en", None),
    # a slip of a common word stays one beside a source in another script
    ("Η κυβέρνηση ανακοίνωσε νέα μέτρα το Σάββατο.", "The government announced new measures on Sautrday.",
     "el", "en", "Sautrday"),
])
def test_a_name_of_the_source_is_no_slip(src, tgt, sl, tl, slip):
    fs = [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "S006"]
    assert [tgt[f.span[0]:f.span[1]] for f in fs] == ([slip] if slip else [])


def test_an_exonym_of_another_language_is_a_slip_of_the_targets_own():
    # Rusland (Dutch, Danish) in German is a slip of Russland, the same place
    fs = mtcheck.check_pair("He presented his “Russia 2020” program.",
                            "Er stellte sein Programm „Rusland 2020“ vor.", "en", "de")
    assert [f.message for f in fs if f.code == "S006"] == ["“Rusland” looks like a misspelling of “Russland”"]


def test_a_source_name_written_without_its_accents_is_no_misspelling():
    # (session 33) Mạnh is Manh in English copy, not a slip of "many"
    src = "Bộ trưởng Nguyễn Mạnh Hùng cho biết Việt Nam sẽ đầu tư."
    assert [f.code for f in mtcheck.check_pair(src, "Minister Nguyen Manh Hung said Vietnam would invest.", "vi", "en")] == []
    fs = mtcheck.check_pair(src, "Minister Nguyen Manh Hung said Vietnam wuold invest.", "vi", "en")
    assert [f.code for f in fs] == ["S006"]
