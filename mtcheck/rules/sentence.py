"""Sentence form against the source: negation (P001), question or statement (P002), the
closing punctuation (S010), capitalisation (S011) and stray marks inside a sentence (S012).

Each compares one bead's source with its translation, so each works on a single pair
(``check_pair``, catalogue strings) as on an article. Negation reads per-language lexicons
under ``mtcheck/data/polarity/``; a language without one is not checked.
"""

from __future__ import annotations

import array
import re
import sys
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Iterator

from ..model import Finding
from ..segment import is_abbreviation, split_sentences
from ._text import GERSHAYIM, _scale_of, era_spans, find_numbers, gershayim_at, has_freq, norm_lang, zipf
from .context import BeadView, CheckContext
from .registry import rule

_DATA = Path(__file__).resolve().parent.parent / "data" / "polarity"
# furniture and headings are other rules' business; headlines drop their full stop
_SKIP_KINDS = frozenset({"caption", "credit", "ui", "embed", "byline", "metadata", "headline",
                         "subheading"})


def _pairs(ctx: CheckContext) -> Iterator[tuple[BeadView, str, str]]:
    """Beads with text on both sides: (bead, source text, target text).  Built once a
    context (seven rules walk them)."""
    return iter(ctx.cached("sentence.pairs", lambda: list(_build_pairs(ctx))))


def _build_pairs(ctx: CheckContext) -> Iterator[tuple[BeadView, str, str]]:
    for b in ctx.beads():
        if not b.source or not b.target:
            continue
        src = [s for s in b.source if s.kind not in _SKIP_KINDS]
        tgt = [s for s in b.target if s.kind not in _SKIP_KINDS]
        if src and tgt:
            yield b, " ".join(s.text for s in src), " ".join(s.text for s in tgt)


def _joined_offset(b: BeadView, pos: int) -> int:
    """Document offset of ``pos`` in the bead's target text as _pairs joins it."""
    at = 0
    for s in (s for s in b.target if s.kind not in _SKIP_KINDS):
        if pos < at + len(s.text) + 1:
            return s.start + min(pos - at, len(s.text))
        at += len(s.text) + 1
    return b.target[-1].end


def _target_span(b: BeadView) -> tuple[int, int]:
    segs = [s for s in b.target if s.kind not in _SKIP_KINDS] or b.target
    return segs[0].start, segs[-1].end


# ---------------------------------------------------------------------------------------
# P001 negation-flipped
# ---------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _bmp() -> str:
    """Every character of the Basic Multilingual Plane save the surrogates (256 kB)."""
    codes = array.array("H", range(0xD800))
    codes.extend(range(0xE000, 0x10000))
    return codes.tobytes().decode("utf-16-le" if sys.byteorder == "little" else "utf-16-be")


@lru_cache(maxsize=None)
def _case_mates(ch: str) -> str:
    """Every character IGNORECASE matches ``ch`` with ("k": K, k and the Kelvin sign), as
    the regex engine itself finds them in the Basic Multilingual Plane."""
    return "".join(sorted(set(re.findall(re.escape(ch), _bmp(), re.I))))


def word_pattern(words: list[str], nt: bool = False) -> re.Pattern:
    r"""``(?<![^\W\d_])(?:w1|w2|…)(?![^\W\d_])`` with IGNORECASE (and, with ``nt``, an
    alternative ``n['’]t`` at a word's end), compiled to match what that pattern matches,
    where it does, with the same alternative.  Written so, the engine tries every word at
    every position, case-blind.  Here the pattern opens with the set of characters a word
    can start with, which the engine scans for in C, and the words are grouped by their
    first letter, each group behind one exact test of that letter's case mates.  Where
    two first letters share a case mate, or one is outside the BMP, the plain form is
    compiled."""
    plain = "|".join(map(re.escape, words))
    plain = rf"(?<![^\W\d_])(?:{plain})(?![^\W\d_])" + (r"|n['’]t(?![^\W\d_])" if nt else "")
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    firsts = "".join(dict.fromkeys([*groups, *("n" if nt else "")]))
    if not words or any(ord(c) >= 0x10000 for c in firsts):
        return re.compile(plain, re.I)
    mates = {f: _case_mates(f) for f in firsts}
    union: set[str] = set()
    for m in mates.values():
        if not union.isdisjoint(m):
            return re.compile(plain, re.I)
        union.update(m)

    def cls(chars: str | set[str]) -> str:
        return "[" + "".join(map(re.escape, sorted(chars))) + "]"
    body = "|".join(f"(?<={cls(mates[f])})(?i:{'|'.join(map(re.escape, rests))})"
                    for f, rests in groups.items())
    out = rf"(?<![^\W\d_].)(?:{body})"  # (the character before the word's first)
    if nt:
        out = rf"(?:{out}|(?<={cls(mates['n'])})(?i:['’]t))"
    return re.compile(rf"{cls(union)}{out}(?![^\W\d_])")


@dataclass(frozen=True)
class Lexicon:
    neg: frozenset[str]
    after_ne: frozenset[str]
    alone: frozenset[str]
    det: frozenset[str]
    only: frozenset[str]
    but: frozenset[str]
    bound: frozenset[str]
    than: frozenset[str]
    lex: frozenset[str]
    lex_stems: tuple[str, ...]
    prefix: tuple[str, ...]
    suffix: tuple[str, ...]
    able: tuple[str, ...]
    before_ne: frozenset[str]
    until: frozenset[str]  # after a negator: "not until", "nicht vor", "pas avant"
    only_then: frozenset[str]  # "not until" said without a negator: erst, pas (nl), solo
    after_neg: frozenset[str]  # a "but" that follows a negated clause only: sondern, sino
    fixed: frozenset[tuple[str, str]]  # a negator and the next word that negate nothing
    elided: frozenset[str]  # a negator elided before a hyphen: Romanian "n-a venit"
    probe: re.Pattern  # any candidate negator at all (C-speed pre-test of negators())
    # a language written without spaces (Chinese): negator characters found anywhere, and
    # the words that hold one without negating (不过, 未来, 非常), matched around each hit
    chars: re.Pattern | None = None
    not_in: tuple[str, ...] = ()
    # a negator glued to its verb (Czech, Slovak, Latvian, Lithuanian "ne-"): a rare word
    # that is the prefix and a common word (nezvýšia, nepaaugstināt)
    verb_prefix: tuple[str, ...] = ()
    # a negator inside the verb, after its stem (Turkish gel-me-di, yap-ama-dı): the
    # endings, matched anywhere after the word's first two letters, person and case
    # endings may follow; `not_in` then lists the words that begin so and are no verbs
    verb_ending: tuple[str, ...] = ()
    # "took three months to claim it" says "did not claim it for three months": a verb of
    # taking time (`delay`) with a unit of time (`span`) a few words on
    delay: frozenset[str] = frozenset()
    span: frozenset[str] = frozenset()
    # words that open a clause, after which a `before_ne` word starts it ("une tombe que
    # personne n'a touchée")
    clause: frozenset[str] = frozenset()
    # the preposition "without" (sans, ohne, sin): it negates a phrase, not its clause, and
    # a side with one each is compared on its other negators
    without: frozenset[str] = frozenset()
    # (French) the articles of a superlative: "la plus faible" after an expletive "ne"
    # ("craint que la récolte ne soit la plus faible") is no "ne … plus"
    superlative: frozenset[str] = frozenset()
    # verbs of stopping or failing (stop, cease, fail; deixar de, cesser): "not" with one
    # says "go on", and a side that keeps the verb without the "not" says the opposite
    stop: frozenset[str] = frozenset()
    stop_stems: tuple[str, ...] = ()
    # the "than" words after which a bound a word or two after its negator says "only"
    # (Spanish "no hará más que", will only)
    bound_gap: frozenset[str] = frozenset()
    # words a `prefix` derives or a `lex` stem takes that hold no negation (Russian
    # некоторые "some", недавно "recently"; German "Fehler" error under "fehl*"): stems
    plain: tuple[str, ...] = ()
    # a negator with the word it negates alone (French "non officielles", "non rentables"):
    # no negator of the clause, but a negative word, so the other side may say it with
    # its "not" (nicht amtliche Schätzungen) or without (unprofitable routes)
    negword: frozenset[tuple[str, str]] = frozenset()
    # negators that say "ever" after a comparative and its "than" word ("più che mai",
    # "más que nunca", "plus que jamais": more than ever)
    ever: frozenset[str] = frozenset()
    # (Chinese) a negator, two characters and one of these make a noun (不确定性
    # uncertainty, 不稳定性 instability): a negative word, no negator of its clause
    noun_end: re.Pattern | None = None
    # (Italian, Spanish, Portuguese) "non"/"no"/"não" after a word and right before an
    # adjective or participle of one of these endings, 7 letters or more, negates that word
    # ("esuberi non volontari", "organización no gubernamental"): a negative word, no negator
    adj_end: tuple[str, ...] = ()
    # "as long as … not" (zolang … niet, solange … nicht, finché non, пока не): "until"
    as_long: frozenset[str] = frozenset()
    # (Russian, Ukrainian) a comparative bounds a number word in the genitive without its
    # "than" ("не больше восьми", no more than eight): a number word after a `bound` word
    # counts as its figure
    bound_number: bool = False
    # a negator glued to the front of the verb with a tense marker after it (Swahili
    # si-ku-ona, ha-ja-fika, hawa-ta-kuja): the negative subject prefixes, the tense
    # markers (a stem of two letters or more follows), and the words that begin so and
    # are no negated verbs (siku "day", hatari "danger"; `*`: a prefix)
    neg_subject: tuple[str, ...] = ()
    neg_tense: tuple[str, ...] = ()
    not_verb: frozenset[str] = frozenset()
    not_verb_stems: tuple[str, ...] = ()
    # verbs of exceeding (exceed, dépasser, übersteigen; stems): negated, they bound a
    # quantity ("ne dépassera pas 2,5", "لن تتجاوز", will not exceed)
    exceed: tuple[str, ...] = ()
    # (Portuguese, Spanish) "por" + an infinitive says "still to be done" ("litros por
    # vender", unsold litres): the words, and the infinitive endings of the language
    pending: frozenset[str] = frozenset()
    infinitive: tuple[str, ...] = ()
    # the correlatives of "neither … nor" (weder, ni, nem): a clause negated by the one
    # before it, so a side with one is not compared clause by clause
    correlative: frozenset[str] = frozenset()
    # phrasal verbs of exclusion whose object may stand between verb and particle ("kept
    # the harvesters out", "shut us out"): (verb, particle) pairs, up to LEX_GAP words apart
    lex_gap: frozenset[tuple[str, str]] = frozenset()
    # a bound said with a preposition instead of a "than" word ("no inferior a 60", "pas
    # supérieur à 5"): (bound word, preposition) pairs
    bound_to: frozenset[tuple[str, str]] = frozenset()
    # (French) the negators `adj_end` applies to ("non tissés"), and the shortest word it
    # takes (default 7 letters)
    adj_neg: frozenset[str] = frozenset()
    adj_min: int = 7
    # (Hindi, Urdu) "only X not, but Y" with the "only" before the negator ("सिर्फ़ रोज़गार का
    # नहीं, बल्कि पोषण का भी"): the "but" words that make such a "not only … but also"
    only_before: frozenset[str] = frozenset()
    # (Arabic) a negator with an "except" later in its clause says "only" ("لم تعد تعتمد
    # … إلا في حالات الطوارئ", no longer relies … except in emergencies): the words, and the
    # words right after one that make it a connective ("إلا أن", however)
    except_: frozenset[str] = frozenset()
    except_not: frozenset[str] = frozenset()
    # a negating auxiliary known by the ending of the word before it (Korean "-지 말고",
    # "-지 마세요": do not): (ending, word) pairs
    neg_tail: frozenset[tuple[str, str]] = frozenset()
    # the copula forms that may stand between a negator and its "only" ("no es solo", "non
    # è solo", "nuk është vetëm": not only)
    only_gap: frozenset[str] = frozenset()
    # (opener, negator) pairs: a clause opened so in which the negator ("ni") says "even, a
    # single" and negates nothing ("abans que s'aboqui ni un sol litre", before a single litre)
    npi_after: frozenset[tuple[str, str]] = frozenset()
    # (Chinese) words that begin with a negator and a `not_in` word and negate all the same
    # right after a verb (运不过来 "cannot carry them all", though 不过 is "however")
    neg_in: tuple[str, ...] = ()
    # (English) phrasal verbs of exclusion or refusal ("rule out", "turn down"), (verb,
    # particle): no negative words ("did not rule out" stays a negation against a side
    # without one), but right after a negator a double negation, which a side with the
    # negative verb alone ("ha escluso") has dropped
    phrasal: frozenset[tuple[str, str]] = frozenset()
    # (Japanese) an embedded question with a negator ("迷惑をかけていないか気になる", worried
    # whether it bothers them; "活用できないか検討する", considering whether it can be used):
    # the negator and question endings (`wonder_neg`, ないか), less the longer endings that
    # negate (`wonder_not`: ないから because … not, ないかもしれない may not), negate nothing
    # when a verb of worry or consideration (`wonder`) follows in the sentence
    wonder_neg: tuple[str, ...] = ()
    wonder_not: tuple[str, ...] = ()
    wonder: tuple[str, ...] = ()
    # "had no choice but to" (keine andere Wahl, als; geen andere keus dan) says "had to": a
    # negator, a `choice` noun after at most three `choice_gap` words ("other"), then its
    # `choice_but` word
    choice: frozenset[str] = frozenset()
    choice_but: frozenset[str] = frozenset()
    choice_gap: frozenset[str] = frozenset()  # words between the negator and its noun: other, andere
    choice_tail: frozenset[str] = frozenset()  # a word between the noun and its "but": mehr, left
    # (Korean) "X밖에 없다" (there is nothing but X: only X; "검토할 수밖에 없다", will have
    # no choice but to consider), "밖에 안/못": a negator after a word with this ending
    # says "only" as French "ne … que" does: (ending, negator) pairs
    only_tail: frozenset[tuple[str, str]] = frozenset()
    # (Korean) "38밀리미터밖에 내리지 않았다" (only 38 mm fell), "두 곳밖에 되지 않는다": the
    # negator one verb after the `only_tail` word, that verb in one of these endings (the -지
    # of "V-지 않다"); the `only_tail` ending glued to its word (separate, "집 밖에" is "outside")
    only_verb: tuple[str, ...] = ()
    # (Korean) "cannot not V" (must V): a `must_first` negator ("안 줄 수가 없다", "하지 않을 수
    # 없다"), at most one verb in -ㄹ, a `must_noun` word (수, 수가) and a negator in one of the
    # `must_last` stems (없-) right after it
    must_first: frozenset[str] = frozenset()
    must_noun: frozenset[str] = frozenset()
    must_last: tuple[str, ...] = ()
    # an indirect yes/no question after a verb of wondering ("vroegen zich af of het geld
    # niet beter …", "fragten sich, ob es nicht besser wäre"): its negator is rhetorical and
    # asks what the question without it asks; the `whether` words open such a question and
    # an `ask` word stands at most three words before one
    whether: frozenset[str] = frozenset()
    ask: frozenset[str] = frozenset()
    # (Czech, Slovak) negative concord: the n-words (nijak, nikdo, nic, žádný) that need the
    # verb of their clause negated ("nijak nepomůže"); one next to a verb whose "ne-" form
    # is a negator of the lexicon ("nijak pomůže") has lost that negation
    concord: frozenset[str] = frozenset()
    # verbs of reaching (reach, erreichen, dosegati; stems): negated, they say "below, short
    # of" ("ne dosega ravni", does not reach the level), which the other side may say with
    # one of its `short` words (below, short, inférieur) and no negator
    reach: tuple[str, ...] = ()
    short: frozenset[str] = frozenset()
    # (Bulgarian) negators that are also clitic pronouns ("ни": us, our; "отборът ни", our
    # team): one negates only before a `clitic_next` word ("ни един", not a single) or with
    # itself again a few words on ("ни той, ни тя", neither he nor she)
    clitic: frozenset[str] = frozenset()
    clitic_next: frozenset[str] = frozenset()
    # `lex` words that right after a `det` word are an attributive participle naming a thing
    # ("the lost income", "a lost harvest"): no negation of their clause
    det_adj: frozenset[str] = frozenset()
    # a negated equative ("not as bad", "nicht so schlimm", Indonesian "tidak separah") says
    # "less": the equative words, the equative prefixes (Indonesian "se-" on a common
    # adjective), and the words of "less" that say it without a negator
    equative: frozenset[str] = frozenset()
    equative_prefix: tuple[str, ...] = ()
    less: frozenset[str] = frozenset()
    # whole words a `prefix` or `suffix` seems to derive that hold no negation (Italian
    # "indietro" back, "inoltre" moreover, "infine" finally: in- on an adverb or
    # preposition; English "nevertheless", a connective, no "-less"): exact words, where
    # `plain` takes stems
    plain_word: frozenset[str] = frozenset()
    # (English) `bound` words that bound only a figure ("no lower than 32%", at least 32%);
    # before anything else they compare ("no bigger than a grain of rice") and stay negated
    bound_figure: frozenset[str] = frozenset()
    # words of a contrary meaning (against, oppose, disappear: "for" and "exist" undone;
    # stems) that say a negation only on a side without a negator ("will disappear" for "不复
    # 存在", no longer exist); right after a negator they make a double negation ("not
    # against") that the other side's negative word alone ("反对", against) drops, and are
    # no negative word otherwise ("not opposed" against "opposés" stays a dropped negation)
    contrary: frozenset[str] = frozenset()
    contrary_stems: tuple[str, ...] = ()
    # the `contrary` words that say "no longer exist" (disappear, vanish, verschwinden, 消失):
    # the only ones that say a negation on a side without a negator ("gegen 3.40 Uhr",
    # "rusty against their rivals" negate nothing)
    vanish: tuple[str, ...] = ()
    # approximators ("almost", "next to": `_`-joined phrases of two words): right before a
    # negator they make "very little" ("for next to nothing", "almost no rain"), which the
    # other side may say without a negator ("за безцінь", "very little rain")
    approx: frozenset[str] = frozenset()
    # `fixed` pairs whose second word is a stem (Turkish "yok_et*": yok etmek, yok etmesinden,
    # destroy; "yok_ol*", vanish): the negator with a word that starts so negates nothing
    fixed_stems: tuple[tuple[str, str], ...] = ()
    # (session 58) verbs of voting: the answer "no" right after one and before a
    # punctuation mark, the end or a `vote_next` word ("voted no, …", "votaron no en …") is
    # the vote's answer, no negation ("voted no confidence" stays one)
    vote: frozenset[str] = frozenset()
    vote_next: frozenset[str] = frozenset()
    # (session 58) "never" (nie, jamais, nunca): a side negated only so ("I have never
    # seen it so cold") may be said "the first time" on the other (처음 본다, zum ersten
    # Mal): the `never` negators, and the `first` phrases (`_` for a blank) matched inside
    never: frozenset[str] = frozenset()
    first: tuple[str, ...] = ()
    # (session 58) "unless" (es sei denn, à moins que, tenzij; `_` for a blank) is "if not":
    # against a side that says a plain conditional (`cond`: if, om, wenn) and no negator,
    # negative word, "only" or "unless" of its own, the negation was dropped (or added)
    unless: tuple[str, ...] = ()
    cond: frozenset[str] = frozenset()
    # (session 59) words of a small quantity (little, few, poco, wenig, peu): one on the side
    # without a negator may render one of these on the negated side rather than its negator
    few: frozenset[str] = frozenset()
    # (an unspaced language: zh) "must" said with two negators around a short verb (不修不行,
    # 非去不可: "not changing won't do", must change): the pattern, whose negators negate nothing
    must_gap: re.Pattern | None = None
    # (session 64) comparatives that are no `bound` word (mayor, mejor, meilleur): an `ever`
    # word after one and its "than" says "than any" too ("mejor que en ningún año
    # anterior", better than in any year before); and the prepositions that may stand
    # between the "than" and the `ever` word ("que en ningún", "che in nessun")
    comparative: frozenset[str] = frozenset()
    ever_gap: frozenset[str] = frozenset()
    # (session 65) (an unspaced language: zh) words that begin with a negator and bound a
    # figure right after them (不足百株 "fewer than a hundred plants", 不满一年 "under a year"):
    # the pattern, whose negator negates nothing
    bound_fig: re.Pattern | None = None
    # (session 65) (Swahili) words after which a negated verb of the "not yet" tense (`before_tense`)
    # says "before" ("kabla hawajafika", before they arrive): at most two words between
    before_neg: frozenset[str] = frozenset()
    before_tense: tuple[str, ...] = ()
    # (session 65) an equative "as" (`like`: wie, als, like) right before a `never` word, maybe
    # with a `like_gap` word between ("so viele wie noch nie", as many as never before): a
    # record, "than ever", no negation
    like: frozenset[str] = frozenset()
    like_gap: frozenset[str] = frozenset()
    # (session 65) (Urdu, Hindi: verb last) the "than" postposition said before its bound word
    # ("20 منٹ سے زیادہ", more than 20 minutes): a negator at the end of a clause that holds a
    # figure, this word and a `bound` word says "not more than"
    than_before: frozenset[str] = frozenset()
    # (session 65) words that stand for a figure after a `bound` word where the number words
    # do not read them as one (Russian "не реже одного раза", at least once: "one" in the
    # genitive; "не чаще раза в день", at most once a day)
    bound_word: frozenset[str] = frozenset()
    # (session 66) (Korean) negators that are also a noun of place after a noun ("마을 안 초가",
    # the houses inside the village): such a word negates only before a predicate, a word
    # of one syllable or whose last syllable is a `pred_end` one, has a final ㄴ, ㄹ or ㅆ
    # (간, 할, 했), or ends in a `pred_tail` (들어가, 나가: go in, go out)
    # (session 66) (French) past participle endings and adverbs that may stand between "ne …
    # plus" and its "que" ("n'a plus gardé que", "n'y a plus aujourd'hui que": only … now)
    participle: tuple[str, ...] = ()
    gap_adverb: frozenset[str] = frozenset()
    noun_neg: frozenset[str] = frozenset()
    pred_end: frozenset[str] = frozenset()
    pred_tail: tuple[str, ...] = ()
    # (session 67) a negator glued to the end of its verb (Bengali করেনি, হয়নি: did not),
    # matched at a word's end after one letter or more; `not_in` lists words that end so
    # and are no verbs
    neg_end: tuple[str, ...] = ()
    # (session 67) words that, one or two words after a negator, make it "until" (Bengali
    # "না আসা পর্যন্ত", until … comes: the negator before the verb negates nothing)
    until_after: frozenset[str] = frozenset()
    # (session 68) a negator and the next word that negate nothing where the pair ends its
    # clause (Spanish "se fue sin más", he just left: "sin más" before a
    # punctuation mark or the end; "sin más dinero" stays "without more money")
    fixed_end: frozenset[tuple[str, str]] = frozenset()
    # (session 68) a negator and the next word that negate nothing with no mark between them
    # ("nothing but bread": only bread; "there was nothing, but …" stays a negation)
    fixed_tight: frozenset[tuple[str, str]] = frozenset()
    # (session 71, Afrikaans) the negator that closes a negated clause a second time ("Hy het
    # nie gekom nie", "Niemand het gebel nie"): after a `neg` word of its sentence, no stop,
    # colon or semicolon between, it says that negation again, not a second one
    concord_final: frozenset[str] = frozenset()
    # (session 68) phrases that hold a negator and negate nothing after a mark or at the
    # sentence's start (", not to mention", "– to say nothing of": and also); elsewhere ("chose
    # not to mention it") the negator stays. Words joined with `_`, keyed by the negator
    fixed_mark: tuple[tuple[str, ...], ...] = ()
    # (session 68) phrases that hold a negator and negate nothing wherever they stand as
    # written (German "gar nicht zu reden", not to mention)
    fixed_phrase: tuple[tuple[str, ...], ...] = ()
    # (session 68) (Turkish) "unless" said with the verb's endings: the negative conditional
    # of the aorist (gel-mez-se, yap-ıl-maz-sa: if it does not come, unless it is done), matched
    # at a word's end after two letters or more; a side with one says "unless" as an `unless`
    # word does
    unless_end: tuple[str, ...] = ()
    # (session 68) (Korean) the `few` words stand right before their negator, in the "-지"
    # form ("적지 않다", "작지 않다": not few, not small): a litotes reads the word before it
    few_before: bool = False
    # (session 68) words that open a subordinate clause and are often written without a comma
    # before them (because, although): where the other side cuts one clause more (Hindi
    # "…, क्योंकि …"), this side is cut before them too
    clause_open: frozenset[str] = frozenset()
    # (session 68) (Thai) a language written with no sentence marks: a bead's side in it is
    # one segment however many sentences it renders, and its negators are counted against
    # the other side's negated sentences
    unsegmented: bool = False
    # (session 68) (English) a `prefix` whose participles in -ed are read on their verb
    # ("un-fenc-ed", "un-pave-d": the participle itself may be rare where its verb is not):
    # `prefix_ending` pairs
    prefix_participle: frozenset[tuple[str, str]] = frozenset()
    # (session 68) (Swahili) the present negative: a negative subject prefix (`present_subject`,
    # those of three letters or more: hai-, hawa-, hatu-) and the verb's final -a turned -i
    # (`present_end`), a stem of two letters or more between (haya-za-i, hawa-fany-i)
    present_subject: tuple[str, ...] = ()
    present_end: tuple[str, ...] = ()
    # (session 69) (Japanese, Chinese) characters that, opening a compound, say "without,
    # -less" (無撚糸, 无糖): a side with as many renders the other side's `without` words
    privative: tuple[str, ...] = ()
    # (session 69) double negation in one clause ("there is nothing he cannot mend"). A
    # language with `single` gives each negator a negation of its own (English, German): its
    # `nword` words (nothing, nichts) are the negators that name what is negated. A language
    # of negative concord names its `opener` (Italian non, Spanish no): an n-word at most two
    # words after a negator agrees with it, an `opener` always says a negation of its own
    single: bool = False
    nword: frozenset[str] = frozenset()
    opener: frozenset[str] = frozenset()
    # (session 70) (Finnish) a caritive ending inside the word, case endings after it
    # ("kunnosta-mattom-ia", unrestored; "odotta-maton", unexpected): a negative word when
    # a stem of four letters or more ending in a vowel stands before it
    caritive: tuple[str, ...] = ()
    # (session 70) the "nor" that goes on a negated clause ("no pudo X ni Y", "could not X
    # nor Y"): standing inside a clause with no negator before it, its clause's negator was
    # lost; `nor_next`: the words after it that make it a negator of its own ("ni siquiera",
    # not even; "ni un", not a single)
    nor: frozenset[str] = frozenset()
    nor_next: frozenset[str] = frozenset()
    # (session 70) (English) a word that, glued after a hyphen, makes a negative adjective
    # ("flood-proof": that water cannot enter)
    hyphen_tail: frozenset[str] = frozenset()
    # (session 73) (Korean) a negator after a word in one of these endings that hedges
    # rather than negates ("영향이 있을지 모른다", it may affect: -ㄹ지 모르다, might), unless
    # a `hedge_wh` word (어디, 무엇: where, what) stands before it in its clause, an
    # embedded question ("누구에게 물어야 할지 모르겠다", I do not know whom to ask)
    hedge_tail: frozenset[tuple[str, str]] = frozenset()
    hedge_wh: tuple[str, ...] = ()


@lru_cache(maxsize=None)
def lexicon(lang: str | None) -> Lexicon | None:
    """The negation lexicon of ``lang`` (None: the language is not covered)."""
    base = norm_lang(lang)
    if base == "no":
        base = "nb"
    if not base or not re.fullmatch(r"[a-z]{2,3}", base):
        return None
    try:
        text = (_DATA / f"{base}.txt").read_text(encoding="utf-8")
    except OSError:
        return None
    f: dict[str, list[str]] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        if ":" in line:
            key, words = line.split(":", 1)
            f.setdefault(key.strip(), []).extend(w.casefold() for w in words.split())
    lex = f.get("lex", []) + f.get("rare", [])
    if f.get("rare"):  # (words of rarity are small-quantity words too: "not rare", a litotes)
        f["few"] = f.get("few", []) + f["rare"]
    cands = sorted(set(f.get("neg", [])) | set(f.get("after_ne", [])) | set(f.get("before_ne", []))
                   | set(f.get("elided", [])) - {"n't"}
                   | {p.split("_", 1)[1] for p in f.get("neg_tail", []) if "_" in p}, key=len, reverse=True)
    probe = word_pattern(cands, nt="n't" in f.get("neg", []))
    if f.get("verb_prefix"):
        # (the pre-test then also lets through every word with the prefix)
        probe = re.compile(probe.pattern + "|(?<![^\\W\\d_])(?:" + "|".join(
            map(re.escape, f["verb_prefix"])) + ")[^\\W\\d_]{4}", re.I)
    if f.get("verb_ending"):
        # (a vowel sign or virama of an Indic script may end the stem: Tamil "கிடைப்பதில்லை")
        probe = re.compile(probe.pattern + f"|(?:[^\\W\\d_]|[{_INDIC_MARKS}]){{2}}(?:" + "|".join(
            map(re.escape, f["verb_ending"])) + ")", re.I)
    if f.get("neg_subject"):
        # (the pre-test then also lets through every word with a prefix and a tense marker)
        probe = re.compile(probe.pattern + "|(?<![^\\W\\d_])(?:" + "|".join(
            map(re.escape, f["neg_subject"])) + ")(?:" + "|".join(
            map(re.escape, f.get("neg_tense", []))) + ")[^\\W\\d_]{2}", re.I)
    if f.get("present_subject") and f.get("present_end"):
        # (the pre-test then also lets through every word with such a prefix and ending)
        probe = re.compile(probe.pattern + "|(?<![^\\W\\d_])(?:" + "|".join(
            map(re.escape, f["present_subject"])) + ")[^\\W\\d_]{2,}(?:" + "|".join(
            map(re.escape, f["present_end"])) + ")(?![^\\W\\d_])", re.I)
    if f.get("neg_end"):
        # (the pre-test then also lets through every word that ends so)
        probe = re.compile(probe.pattern + f"|(?:[^\\W\\d_]|[{_INDIC_MARKS}])(?:" + "|".join(
            map(re.escape, f["neg_end"])) + f")(?![^\\W\\d_]|[{_INDIC_MARKS}])", re.I)
    chars = None
    if f.get("char"):
        # single characters (Chinese 不) or endings of several (Japanese ない, ません)
        alts = sorted(set(f["char"]), key=len, reverse=True)
        chars = probe = re.compile("|".join(map(re.escape, alts)))
    return Lexicon(frozenset(f.get("neg", [])), frozenset(f.get("after_ne", [])),
                   frozenset(f.get("alone", [])), frozenset(f.get("det", [])),
                   frozenset(f.get("only", [])), frozenset(f.get("but", [])),
                   frozenset(f.get("bound", [])), frozenset(f.get("than", [])),
                   frozenset(w for w in lex if not w.endswith("*")),
                   tuple(w[:-1] for w in lex if w.endswith("*")),
                   tuple(f.get("prefix", [])), tuple(f.get("suffix", [])),
                   tuple(f.get("able", [])), frozenset(f.get("before_ne", [])),
                   frozenset(f.get("until", [])), frozenset(f.get("only_then", [])),
                   frozenset(f.get("after_neg", [])),
                   frozenset(tuple(p.split("_", 1)) for p in f.get("fixed", []) + f.get("negword", [])
                             if "_" in p),
                   frozenset(f.get("elided", [])), probe, chars, tuple(f.get("not_in", [])),
                   tuple(f.get("verb_prefix", [])), tuple(f.get("verb_ending", [])),
                   frozenset(f.get("delay", [])), frozenset(f.get("span", [])),
                   frozenset(f.get("clause", [])), frozenset(f.get("without", [])),
                   frozenset(f.get("superlative", [])),
                   frozenset(w for w in f.get("stop", []) if not w.endswith("*")),
                   tuple(w[:-1] for w in f.get("stop", []) if w.endswith("*")),
                   frozenset(f.get("bound_gap", [])),
                   tuple(w.rstrip("*") for w in f.get("plain", [])),
                   frozenset(tuple(p.split("_", 1)) for p in f.get("negword", []) if "_" in p),
                   frozenset(f.get("ever", [])),
                   re.compile("(?![" + "".join(f.get("noun_verb", ["_"])) + "])[\u4e00-\u9fff]{2}["
                              + "".join(f["noun_end"]) + "](?![" + "".join(f.get("noun_not", ["_"]))
                              + "])") if f.get("noun_end") else None,
                   tuple(f.get("adj_end", [])), frozenset(f.get("as_long", [])),
                   bool(f.get("bound_number")),
                   tuple(sorted(f.get("neg_subject", []), key=len, reverse=True)),
                   tuple(f.get("neg_tense", [])),
                   frozenset(w for w in f.get("not_verb", []) if not w.endswith("*")),
                   tuple(w[:-1] for w in f.get("not_verb", []) if w.endswith("*")),
                   tuple(w.rstrip("*") for w in f.get("exceed", [])),
                   frozenset(f.get("pending", [])), tuple(f.get("infinitive", [])),
                   frozenset(f.get("correlative", [])),
                   frozenset(tuple(p.split("_", 1)) for p in f.get("lex_gap", []) if "_" in p),
                   frozenset(tuple(p.split("_", 1)) for p in f.get("bound_to", []) if "_" in p),
                   frozenset(f.get("adj_neg", [])), int((f.get("adj_min") or ["7"])[0]),
                   frozenset(f.get("only_before", [])),
                   frozenset(f.get("except", [])), frozenset(f.get("except_not", [])),
                   frozenset(tuple(p.split("_", 1)) for p in f.get("neg_tail", []) if "_" in p),
                   frozenset(f.get("only_gap", [])), frozenset(tuple(p.split("_", 1)) for p in f.get("npi_after", []) if "_" in p),
                   tuple(f.get("neg_in", [])),
                   frozenset(tuple(p.split("_", 1)) for p in f.get("phrasal", []) if "_" in p),
                   tuple(f.get("wonder_neg", [])), tuple(f.get("wonder_not", [])),
                   tuple(f.get("wonder", [])),
                   choice=frozenset(f.get("choice", [])), choice_but=frozenset(f.get("choice_but", [])),
                   choice_gap=frozenset(f.get("choice_gap", [])),
                   choice_tail=frozenset(f.get("choice_tail", [])),
                   only_tail=frozenset(tuple(p.split("_", 1)) for p in f.get("only_tail", []) if "_" in p),
                   only_verb=tuple(f.get("only_verb", [])),
                   must_first=frozenset(f.get("must_first", [])), must_noun=frozenset(f.get("must_noun", [])),
                   must_last=tuple(f.get("must_last", [])),
                   whether=frozenset(f.get("whether", [])), ask=frozenset(f.get("ask", [])),
                   concord=frozenset(f.get("concord", [])),
                   reach=tuple(w.rstrip("*") for w in f.get("reach", [])),
                   short=frozenset(f.get("short", [])),
                   clitic=frozenset(f.get("clitic", [])), clitic_next=frozenset(f.get("clitic_next", [])),
                   det_adj=frozenset(f.get("det_adj", [])),
                   equative=frozenset(f.get("equative", [])),
                   equative_prefix=tuple(f.get("equative_prefix", [])),
                   less=frozenset(f.get("less", [])),
                   plain_word=frozenset(f.get("plain_word", [])),
                   bound_figure=frozenset(f.get("bound_figure", [])),
                   contrary=frozenset(w for w in f.get("contrary", []) if not w.endswith("*")),
                   contrary_stems=tuple(w[:-1] for w in f.get("contrary", []) if w.endswith("*")),
                   vanish=tuple(w.rstrip("*") for w in f.get("vanish", [])),
                   approx=frozenset(f.get("approx", [])),
                   fixed_stems=tuple(tuple(p[:-1].split("_", 1)) for p in f.get("fixed", [])
                                     if "_" in p and p.endswith("*")),
                   vote=frozenset(f.get("vote", [])), vote_next=frozenset(f.get("vote_next", [])),
                   never=frozenset(f.get("never", [])),
                   first=tuple(p.replace("_", " ") for p in f.get("first", [])),
                   unless=tuple(p.replace("_", " ") for p in f.get("unless", [])),
                   cond=frozenset(f.get("cond", [])),
                   few=frozenset(f.get("few", [])),
                   must_gap=_must_gap(f.get("must_gap", []), f.get("must_gap_not", [])),
                   comparative=frozenset(f.get("comparative", [])),
                   ever_gap=frozenset(f.get("ever_gap", [])),
                   bound_fig=re.compile("(?:" + "|".join(map(re.escape, sorted(f["bound_fig"], key=len, reverse=True)))
                                        + ")(?=[0-9０-９" + "".join(f.get("bound_digit", [])) + "])")
                   if f.get("bound_fig") else None,
                   before_neg=frozenset(f.get("before_neg", [])),
                   before_tense=tuple(f.get("before_tense", [])),
                   like=frozenset(f.get("like", [])), like_gap=frozenset(f.get("like_gap", [])),
                   than_before=frozenset(f.get("than_before", [])),
                   bound_word=frozenset(f.get("bound_word", [])),
                   noun_neg=frozenset(f.get("noun_neg", [])), pred_end=frozenset(f.get("pred_end", [])),
                   pred_tail=tuple(f.get("pred_tail", [])),
                   neg_end=tuple(f.get("neg_end", [])),
                   until_after=frozenset(f.get("until_after", [])),
                   participle=tuple(f.get("participle", [])), gap_adverb=frozenset(f.get("gap_adverb", [])),
                   fixed_end=frozenset(tuple(p.split("_", 1)) for p in f.get("fixed_end", []) if "_" in p),
                   fixed_tight=frozenset(tuple(p.split("_", 1)) for p in f.get("fixed_tight", []) if "_" in p),
                   concord_final=frozenset(f.get("concord_final", [])),
                   fixed_mark=tuple(tuple(p.split("_")) for p in f.get("fixed_mark", []) if "_" in p),
                   fixed_phrase=tuple(tuple(p.split("_")) for p in f.get("fixed_phrase", []) if "_" in p),
                   unless_end=tuple(sorted(f.get("unless_end", []), key=len, reverse=True)),
                   few_before=bool(f.get("few_before")),
                   clause_open=frozenset(f.get("clause_open", [])),
                   unsegmented=bool(f.get("unsegmented")),
                   prefix_participle=frozenset(tuple(p.split("_", 1)) for p in f.get("prefix_participle", [])
                                               if "_" in p),
                   present_subject=tuple(sorted(f.get("present_subject", []), key=len, reverse=True)),
                   present_end=tuple(f.get("present_end", [])),
                   privative=tuple(f.get("privative", [])),
                   single=bool(f.get("single")), nword=frozenset(f.get("nword", [])),
                   opener=frozenset(f.get("opener", [])),
                   caritive=tuple(f.get("caritive", [])),
                   hyphen_tail=frozenset(f.get("hyphen_tail", [])),
                   nor=frozenset(f.get("nor", [])), nor_next=frozenset(f.get("nor_next", [])),
                   hedge_tail=frozenset(tuple(p.split("_", 1)) for p in f.get("hedge_tail", []) if "_" in p),
                   hedge_wh=tuple(f.get("hedge_wh", [])))


def _must_gap(pairs: list[str], not_after: list[str]) -> re.Pattern | None:
    """The pattern of a `must_gap` lexicon (`open_close` pairs: 不_不行): the opening
    negator, one to three Han characters that hold no negator, the closing word, not before a
    `must_gap_not` character (不可能 impossible, 不成功 unsuccessful)."""
    split = [p.split("_", 1) for p in pairs if "_" in p]
    if not split:
        return None
    opens = sorted({a for a, _ in split}, key=len, reverse=True)
    closes = sorted({b for _, b in split}, key=len, reverse=True)
    negs = "".join(sorted(set("".join(opens))))
    return re.compile("(?:" + "|".join(map(re.escape, opens)) + ")[\u4e00-\u9fff](?:(?![" + negs
                      + "])[\u4e00-\u9fff]){0,2}?(?:" + "|".join(map(re.escape, closes)) + ")"
                      + ("(?![" + "".join(not_after) + "])" if not_after else ""))


# the vowel signs and other marks of the Indic scripts (Devanagari to Sinhala) are no
# letters to the regex engine: without them "नहीं" would split, and the "न" of "होनी"
# would read as a negator
_INDIC_MARKS = "".join(c for c in map(chr, range(0x0900, 0x0E00))
                       if unicodedata.category(c) in ("Mn", "Mc"))
_LETTERS = rf"(?:[^\W\d_]|[{_INDIC_MARKS}])+"
_TOKEN = re.compile(rf"{_LETTERS}(?:['’]{_LETTERS})*|\d+|[?!]")
# (session 73) the same tokens in a text without those marks (nearly every one): a run of
# letters is half the engine's work of a letter-or-mark at every step (see _token_re)
_TOKEN_PLAIN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+|[?!]")
_INDIC_MARK_RE = re.compile(f"[{_INDIC_MARKS}]")
_NE = ("n'", "n’")
_PUNCT_GAP = re.compile(r"[,;:.!?()\[\]«»\"“”„‘’–—]")  # a mark between two words
_NT = ("n't", "n’t")
_QUE = re.compile(r"\b[Qq]u(?:e\b|['’])")  # French "que", "qu'" (of "ne … que", only)


def _token_re(text: str) -> re.Pattern:
    """``_TOKEN``, or for a ``text`` without an Indic mark ``_TOKEN_PLAIN``, which finds the
    same tokens there (a letter or a mark, where no mark is, is a letter)."""
    return _TOKEN if _INDIC_MARK_RE.search(text) else _TOKEN_PLAIN


def negators(text: str, lang: str | None) -> list[tuple[int, int, str]] | None:
    """The words of ``text`` that negate their clause, as (start, end, word); None when
    ``lang`` has no lexicon. "Not only … but" and French "ne … que" are not negations."""
    lx = lexicon(lang)
    if lx is None:
        return None
    if lx.probe.search(text) is None:
        return []  # most sentences: no candidate word, no token loop
    if lx.chars is not None:
        return _char_negators(text, lx)
    toks = [_unelided(m.start(), m.end(), m.group().casefold()) for m in _token_re(text).finditer(text)]
    words = [t for _, _, t in toks]
    question = "?" in words
    out: list[tuple[int, int, str]] = []
    ne_at = -99
    for i, (s, e, w) in enumerate(toks):
        nx = words[i + 1] if i + 1 < len(words) else ""
        if lx.after_ne:
            # ne / n' (written "n'est", or "n' est" in tokenised text)
            if w == "ne" or w.startswith(_NE) or (w == "n" and text[e:e + 1] in "'’"):
                # (not "n'importe quel", "n'importe où": any, anywhere, a `fixed` pair whose
                # "ne" negates nothing; "n'importe pas", it does not matter, still does)
                ne_at = -99 if (w.replace("’", "'"), nx) in lx.fixed else i
                continue
            if w in lx.before_ne and _opens_ne(toks, i, text, lx):
                out.append((s, e, w))  # "Personne n'est venu", "Jamais il ne …"
                continue
            if w in lx.after_ne:
                # ("n'a qu'un peu plus de 30 ans": the "ne" is that of "ne … que", only,
                # and "plus" after the "que" is "more")
                after_ne = i - ne_at <= 4 and not _QUE.search(text, toks[ne_at][1], s)
                # "pas" negates without "ne" in speech ("pas question"), unless it is the
                # noun after a determiner ("des pas"); "jamais" in a question is "ever"
                alone = w in lx.alone and not (i and words[i - 1] in lx.det) and not question \
                    and not _after_superlative(words, i, lx) \
                    and not _than_ever(words, i, lx, text[max(0, s - 3):s])  # "le plus chaud jamais mesuré", "plus que jamais": ever
                if (after_ne or alone) and not _not_only(words, i, lx) and (w, nx) not in lx.fixed \
                        and not (nx and (w, _elided_between(text, e, toks[i + 1][0])) in lx.fixed) \
                        and not (after_ne and _fixed_gapped(toks, i, text, lx)) \
                        and not (lx.choice and _no_choice(words, i, lx, toks, text)) \
                        and not (i and words[i - 1] in lx.superlative):  # "la plus faible"
                    out.append((s, e, w))
                    ne_at = -99
                continue
        if w.endswith(_NT) and "n't" in lx.neg:
            if not _not_only(words, i, lx):  # "isn't just … but"
                out.append((s, e, w))
        elif w in lx.elided and text[e:e + 1] in ("-", "‐") and text[e + 1:e + 2].isalpha():
            out.append((s, e, w))  # "n-a venit": "nu" elided before the verb
        elif lx.verb_prefix and w not in lx.neg and _prefix_negated(w, lx, lang):
            out.append((s, e, w))  # nezvýšia: "ne-" on a verb the lists do not have
        elif lx.verb_ending and w not in lx.neg and _ending_negated(w, words[i - 1] if i else "", lx):
            out.append((s, e, w))  # gelmedi, alamadı: the negation inside the verb
        elif lx.neg_end and w not in lx.neg and w.endswith(lx.neg_end) \
                and any(w.endswith(x) and len(w) > len(x) for x in lx.neg_end) \
                and not w.startswith(lx.not_in) and text[e:e + 1] not in ("-", "‐"):
            out.append((s, e, w))  # করেনি, হয়নি: the negation glued after the verb
        elif lx.neg_subject and w not in lx.neg and _subject_negated(w, lx) \
                and not (text[s].isupper() and i and _mid_sentence(text, s)):
            if not (lx.before_neg and _before_not_yet(text, toks, i, lx)):
                out.append((s, e, w))  # sijawahi, hakuwa: the negation glued before the tense
        elif lx.present_subject and w not in lx.neg and _present_negated(w, lx) \
                and not (text[s].isupper() and i and _mid_sentence(text, s)):
            out.append((s, e, w))  # hayazai, hawafanyi: the present negative
        elif lx.neg_tail and i and (w_end := next((x for x, y in lx.neg_tail if y == w), None)) is not None \
                and words[i - 1].endswith(w_end):
            out.append((s, e, w))  # "출하하지 말고": do not ship
        elif w in lx.neg and text[e:e + 1] not in ("-", "‐") and not _name_word(text, toks, i):
            if w in lx.concord_final and _concord_closer(toks, words, i, text, lx):
                continue  # "het nie gekom nie": the clause's negation said again at its end
            # (non-croyants: a prefix; Val di Non: a name)
            # "No. 5", "No 10": a number's abbreviation, with its full stop or its capital
            # (not "not 6,000 but 3,500", "geen 6.000 maar 3.500")
            if _not_only(words, i, lx) or (nx.isdigit() and len(w) <= 3 and (
                    text[e:e + 1] == "." or (len(w) <= 2 and text[s].isupper()))):
                continue
            if (w, nx) in lx.fixed or (i and (words[i - 1], w) in lx.fixed) \
                    or (nx and (w, _elided_between(text, e, toks[i + 1][0])) in lx.fixed) \
                    or ((w, nx) in lx.fixed_tight and not _PUNCT_GAP.search(text, e, toks[i + 1][0])) or _adj_negated(words, i, lx, i > 0 and text[toks[i - 1][0] - 1:toks[i - 1][0]] in ("'", "’")) \
                    or (lx.fixed_stems and _fixed_stem(w, nx, text[e:toks[i + 1][0]] if nx else "", lx)) \
                    or (i and (words[i - 1], f"{w}_{nx}") in lx.fixed) \
                    or (i + 2 < len(words) and (w, f"{nx}_{words[i + 2]}") in lx.fixed) \
                    or ((lx.fixed_mark or lx.fixed_phrase) and _marked_idiom(text, toks, words, i, lx)) \
                    or (i >= 2 and (words[i - 2], f"{words[i - 1]}_{w}") in lx.fixed):  # "with no exception", "como si nada"
                continue  # "sin embargo", "no obstante": however, a connective; "wie nie"
                # (so stark wie nie: stronger than ever), "como nunca"
            if (w, nx) in lx.fixed_end and not _PUNCT_GAP.search(text, e, toks[i + 1][0]) \
                    and (i + 2 >= len(toks) or words[i + 2] in ("?", "!")
                         or _PUNCT_GAP.search(text, toks[i + 1][1], toks[i + 2][0])):
                continue  # "se fue sin más.": just, no "without"
            if _than_ever(words, i, lx, text[max(0, s - 3):s]):
                continue  # "più che mai", "más que nunca": more than ever
            if lx.until_after and any(x in lx.until_after for x in words[i + 1:i + 3]) \
                    and not _CLAUSE_BREAK.search(text, e, toks[min(i + 2, len(toks) - 1)][0]):
                continue  # "টাকা না পাওয়া পর্যন্ত": until the money comes
            if lx.like and w in lx.never and i >= 2 and words[i - 1] in lx.like_gap and words[i - 2] in lx.like \
                    and not re.search(r"[,;:.!?]", text[toks[i - 2][1]:s]):
                continue  # "so viele wie noch nie": as many as never before, a record
            if i and words[i - 1] in lx.det and (text[s].isupper() or w in _ANSWER_WORDS):
                continue  # a noun after its article, "aus dem Nichts" (a negative word), "un non"
            if lx.vote and i and words[i - 1] in lx.vote and w in _ANSWER_WORDS \
                    and (not nx or nx in lx.vote_next or nx in ("?", "!")
                         or text[e:toks[i + 1][0]].strip() != ""):
                continue  # "voted no, arguing …": the vote's answer
            if _bounds(words, i, lx, lang) and not _no_longer_as(text, toks, i, lang):
                continue  # "no more than 2%", "не более 15 минут" bounds a quantity, it negates nothing
            if lx.bound_gap and _gapped_bound(text, s, lx, lx.bound_gap):
                continue  # "no hará más que desplazar": will only shift
            if lx.except_ and _excepted(text, e, lx):
                continue  # "لم تعد تعتمد … إلا في حالات الطوارئ": relies only in emergencies
            if lx.npi_after and _polarity_item(text, s, w, lx):
                continue  # "abans que s'aboqui ni un litre": before a single litre is poured
            if lx.choice and _no_choice(words, i, lx):
                continue  # "had no choice but to": had to
            if lx.only_tail and i and any(y == w and words[i - 1].endswith(x) for x, y in lx.only_tail):
                continue  # "검토할 수밖에 없다": can only consider
            if lx.hedge_tail and i and any(y == w and words[i - 1].endswith(x) for x, y in lx.hedge_tail) \
                    and not _hedge_asks(text, toks, i, lx):
                continue  # "영향이 있을지 모른다": it may affect (not "어디로 갈지 모른다")
            if lx.only_verb and i >= 2 and words[i - 1].endswith(lx.only_verb) and any(
                    words[i - 2].endswith(x) and len(words[i - 2]) > len(x) for x, _ in lx.only_tail):
                continue  # "38밀리미터밖에 내리지 않았다": only 38 mm fell
            if lx.whether and _wondered_whether(text, s, lx):
                continue  # "vroegen zich af of het niet beter …": wondered whether it is better
            if w in lx.clitic and nx not in lx.clitic_next and w not in words[i + 2:i + 7]:
                continue  # "отборът ни може" (our team can): a pronoun, not "ни един"
            if w in lx.noun_neg and _place_noun(text, toks, i, lx):
                continue  # "마을 안 초가": the houses inside the village
            out.append((s, e, w))
    return out


def _hedge_asks(text: str, toks: list[tuple[int, int, str]], i: int, lx: Lexicon) -> bool:
    """(Korean) Does a `hedge_wh` word (어디, 무엇, 언제 …) open one of the five words before
    the `hedge_tail` negator at ``i``, no stop, comma or quotation mark between: an embedded
    question ("누구에게 물어야 할지 모르겠다": does not know whom to ask), not a hedge?"""
    for j in range(i - 1, max(-1, i - 6), -1):
        if j < i - 1 and re.search(r"[,.;:!?\"“”「」『』]", text[toks[j][1]:toks[j + 1][0]]):
            return False
        if toks[j][2].startswith(lx.hedge_wh):
            return True
    return False


_CLOSER_GAP = re.compile(r"[.;:!?]")
CONCORD_REACH = 20  # words between a negator and the `concord_final` word closing its clause, at most


def _concord_closer(toks: list[tuple[int, int, str]], words: list[str], i: int, text: str,
                    lx: Lexicon) -> bool:
    """(Afrikaans) Does the `concord_final` word at ``i`` close the clause of a `neg` word
    before it ("Hy het nie gekom nie", "Nie alle skole … is gelukkig nie", "nie meer as 5%
    gestyg nie"), with no stop, colon or semicolon between and at most ``CONCORD_REACH``
    words apart?  Whether that first negator negates or bounds, the closer adds nothing; a
    "without" ("sonder") takes none, so the "nie" after one is a negator of its own."""
    for j in range(i - 1, max(-1, i - 1 - CONCORD_REACH), -1):
        if _CLOSER_GAP.search(text, toks[j][1], toks[j + 1][0]):
            return False
        if words[j] in lx.neg and words[j] not in lx.without:
            return True  # (not a "without", "sonder", which takes no closing "nie")
    return False


_ELIDED_FULL = {"qu": "que", "d": "de", "l": "le", "n": "ne", "j": "je", "m": "me", "t": "te",
                "s": "se", "c": "ce"}


_ELIDED_GAP = re.compile(r"\s+([^\W\d_]{1,3})['’]")


def _elided_between(text: str, a: int, b: int) -> str:
    """The full form of an elided word standing between two tokens (" qu'" -> "que"), for a
    `fixed` pair whose second word is elided before a vowel ("rien qu'en 2019", in 2019
    alone); "" when none stands there."""
    m = _ELIDED_GAP.fullmatch(text, a, b)
    if m is None:
        return ""
    head = m.group(1).casefold()
    return _ELIDED_FULL.get(head, head)


def _fixed_gapped(toks: list[tuple[int, int, str]], i: int, text: str, lx: Lexicon) -> bool:
    """(French) Is the `after_ne` word at ``i`` the first of a `fixed` pair whose second word
    follows one word on, a past participle (a `participle` ending: "le club n'a plus gardé
    que 30 membres", "n'ont plus été que") or a `gap_adverb` ("il n'en reste plus
    aujourd'hui que deux"): only … now, as "ne … plus que"? Not after an infinitive ("ne peut
    plus supporter l'affluence que …", "ne peut plus supporter que …": no longer bear) nor
    an equative ("ne sont plus aussi nombreux que", no longer as many as)."""
    if i + 2 >= len(toks) or (toks[i][2], toks[i + 2][2]) not in lx.fixed:
        return False
    between = toks[i + 1][2]
    if _CLAUSE_BREAK.search(text, toks[i][1], toks[i + 2][0]) or between in lx.equative:
        return False
    return between in lx.gap_adverb or (bool(lx.participle) and between.endswith(lx.participle))


def _hangul_word(text: str, a: int, b: int) -> bool:
    return b > a and all("\uac00" <= c <= "\ud7a3" for c in text[a:b])


def _place_noun(text: str, toks: list[tuple[int, int, str]], i: int, lx: Lexicon) -> bool:
    """(Korean) Is the `noun_neg` word at ``i`` a noun of place ("마을 안 초가", inside the
    village): a word of Hangul right before it and one right after it, only blanks between,
    and the one after no predicate (two syllables or more, its last not a `pred_end` one,
    without a final ㄴ, ㄹ or ㅆ, not ending in a `pred_tail`)? Before a predicate ("안 간다", "안 했다",
    "안 된다") it negates."""
    if i == 0 or i + 1 >= len(toks):
        return False
    (ps, pe, _), (s, e, _), (ns, ne, nx) = toks[i - 1], toks[i], toks[i + 1]
    if not (_hangul_word(text, ps, pe) and _hangul_word(text, ns, ne)) \
            or text[pe:s].strip() or text[e:ns].strip():
        return False
    last = nx[-1]
    if len(nx) < 2 or last in lx.pred_end or nx.endswith(lx.pred_tail) or (ord(last) - 0xAC00) % 28 in (4, 8, 20):
        return False
    return True


def _fixed_stem(w: str, nx: str, gap: str, lx: Lexicon) -> bool:
    """Is the negator ``w`` with the next word ``nx`` a `fixed` pair given by a stem
    ("yok_et*": "yok etmesinden", destroying), only blanks between the two?"""
    return not gap.strip() and any(w == a and nx.startswith(b) for a, b in lx.fixed_stems)


def _no_longer_as(text: str, toks: list[tuple[int, int, str]], i: int, lang: str | None) -> bool:
    """Is German "nicht mehr als" at ``i`` "no longer as" (nicht mehr als Ausnahme
    betrachten: no longer regard as an exception), a bare noun after "als", not a bound
    (nicht mehr als 30 Prozent, als die Hälfte, als ein Drittel, als Tausend)?"""
    if lang != "de" or i + 3 >= len(toks) or toks[i + 1][2] != "mehr":
        return False
    s, e, w = toks[i + 3]
    return text[s].isupper() and not find_numbers(text[s:e], lang, soft_words=False) \
        and _DE_QUANTITY_NOUN.match(w) is None


_DE_QUANTITY_NOUN = re.compile(r"(?:hundert|tausend|dutzend|million|milliard)")


def _no_choice(words: list[str], i: int, lx: Lexicon, toks: list[tuple[int, int, str]] | None = None,
               text: str = "") -> bool:
    """Is the negator at ``i`` the "no" of "no (other) choice but" (keine andere Wahl als,
    geen andere keus dan, "nem volt más választása, mint"), which says "had to": a `choice`
    noun at most three `choice_gap` words after it ("other", "volt más"; not "not a
    fallback option but the main one", which corrects) and a `choice_but` word right after
    that noun, or one `choice_tail` word before it ("keine andere Wahl mehr, als", "no
    choice left but")? With the tokens and the text, a `choice_but` word elided before
    the next word counts ("pas d'autre choix qu'attendre")."""
    def but(k: int) -> bool:
        return words[k] in lx.choice_but or (toks is not None and text[max(0, toks[k][0] - 3):toks[k][0]]
                                             .replace("’", "'").casefold() in lx.choice_but)
    for k in range(i + 1, min(i + 5, len(words) - 1)):
        if words[k] in lx.choice:
            if words[k + 1] in lx.choice_tail and k + 2 < len(words):
                return but(k + 2)
            return but(k + 1)
        if words[k] not in lx.choice_gap:
            return False
    return False


def _orphan_concord(text: str, lang: str | None) -> tuple[str, str] | None:
    """(Czech, Slovak) an n-word of negative concord whose clause has no other negator and
    next to which stands a verb whose "ne-" form is a negator of the lexicon ("přírodě nijak
    pomůže" for "nijak nepomůže", "nikdo to ví" for "nikdo to neví"): the verb lost its
    negation. (the n-word, the verb), or None."""
    lx = lexicon(lang)
    if lx is None or not lx.concord or not lx.verb_prefix:
        return None
    pre = lx.verb_prefix[0]
    toks = [(m.start(), m.group().casefold()) for m in _TOKEN.finditer(text)]
    for i, (s, w) in enumerate(toks):
        if w not in lx.concord:
            continue
        # the clause: the tokens between the nearest breaks on either side
        a = i
        while a > 0 and not _CLAUSE_BREAK.search(text, toks[a - 1][0], toks[a][0]):
            a -= 1
        b = i
        while b + 1 < len(toks) and not _CLAUSE_BREAK.search(text, toks[b][0], toks[b + 1][0]):
            b += 1
        clause = [x for _, x in toks[a:b + 1]]
        if any((x in lx.neg and x not in lx.concord) or x in lx.without
               or _prefix_negated(x, lx, lang) for x in clause):
            continue
        for j in (i - 1, i + 1, i + 2):
            if a <= j <= b and j != i:
                v = toks[j][1]
                if v not in lx.concord and pre + v in lx.neg:
                    return w, v
    return None


def _wondered_whether(text: str, s: int, lx: Lexicon) -> bool:
    """Is the negator starting at offset ``s`` in an indirect yes/no question after a verb
    of wondering ("vroegen zich af of het geld niet beter …", "fragten sich, ob es nicht
    besser wäre", "wondered whether it would not be better")? Its `whether` word at most
    ten words before it, no full stop, colon, semicolon or other `whether` word between,
    and an `ask` word at most three words before that `whether` word."""
    before = text[:s]
    cut = max(before.rfind(c) for c in ";:.!?()«»\"“”")
    toks = [m.group().casefold() for m in _token_re(before).finditer(before, cut + 1)]
    for k in range(len(toks) - 1, max(-1, len(toks) - 11), -1):
        if toks[k] in lx.neg:
            return False  # a negator of its own between: not this question's
        if toks[k] in lx.whether:
            return any(w in lx.ask for w in toks[max(0, k - 3):k])
    return False


def _polarity_item(text: str, s: int, w: str, lx: Lexicon) -> bool:
    """Is the negator ``w`` starting at offset ``s`` ("ni") the "even, a single" of a clause
    opened by its `npi_after` word ("abans que s'aboqui ni un sol litre", before a single
    litre is poured; "antes de que llegue ni una gota")? Such a clause negates nothing:
    the word is at most eight words after it, no comma or other negator between."""
    before = text[:s]
    cut = max(before.rfind(c) for c in ",;:.!?–—()«»\"“”")
    toks = [m.group().casefold() for m in _TOKEN.finditer(before, cut + 1)][-8:]
    for k in range(len(toks) - 1, -1, -1):
        if toks[k] in lx.neg or toks[k] in lx.after_ne:
            return False
        if (toks[k], w) in lx.npi_after:
            return True
    return False


def _excepted(text: str, e: int, lx: Lexicon) -> bool:
    """Is the negator ending at offset ``e`` followed in its clause, at most ten words on,
    by an `except` word ("لم تعد تعتمد … إلا في", relies only on), which makes the two an
    "only"? Not an `except` word with an `except_not` word after it ("إلا أن", however)."""
    toks = list(_TOKEN.finditer(text, e))[:12]
    for k, m in enumerate(toks[:10]):
        if re.search(r"[,;:.!?–—،؛؟]", text[e:m.start()]):
            return False
        w = m.group().casefold()
        if w in lx.except_:
            nx = toks[k + 1].group().casefold() if k + 1 < len(toks) else ""
            return nx not in lx.except_not
    return False


def _adj_negated(words: list[str], i: int, lx: Lexicon, elided: bool = False) -> bool:
    """Is the negator at ``i`` one of a negated adjective or participle ("esuberi non
    volontari", "una ONG no gubernamental"): after a word (not at the clause's start) and
    right before a word of 7 letters or more with an `adj_end` ending? The word before is
    a noun of four letters or more, or of three after a `det` word or an elided article
    ("cette eau non facturée", "l'eau non potable": the noun is short, not a verb)."""
    if not lx.adj_end or not i or i + 1 >= len(words):
        return False
    nx, pv = words[i + 1], words[i - 1]
    if lx.adj_neg and words[i] not in lx.adj_neg:
        return False
    noun = len(pv) >= 4 or (len(pv) == 3 and (elided or (i >= 2 and words[i - 2] in lx.det)))
    return len(nx) >= lx.adj_min and nx.endswith(lx.adj_end) and pv[-4:].isalpha() and noun \
        and not pv.endswith(lx.adj_end)


_MARK_BEFORE = re.compile(r"[,;:.!?(\[–—-]\W*$")


def _marked_idiom(text: str, toks: list[tuple[int, int, str]], words: list[str], i: int, lx: Lexicon) -> bool:
    """Is the negator at ``i`` inside a `fixed_mark` phrase as written, with a mark or the
    sentence's start before the phrase (", not to mention the rents"), or inside a
    `fixed_phrase` phrase as written ("gar nicht zu reden")?"""
    for ph in lx.fixed_phrase + lx.fixed_mark:
        free = ph in lx.fixed_phrase
        for k, pw in enumerate(ph):
            a = i - k
            if pw != words[i] or a < 0 or a + len(ph) > len(words) or tuple(words[a:a + len(ph)]) != ph:
                continue
            if free or a == 0 or _MARK_BEFORE.search(text, toks[a - 1][1], toks[a][0]):
                return True
    return False


def _than_ever(words: list[str], i: int, lx: Lexicon, elided: str = "") -> bool:
    """Is the word at ``i`` an `ever` negator right after a `than` word, with a comparative
    (a `bound` word: più, más, plus) at most four words before that ("perde più ghiaccio che
    mai", more than ever; not "una cosa che mai avrei detto", which I would never have said)?"""
    if not lx.ever or words[i] not in lx.ever or i < 2:
        return False
    # (a preposition may stand between: "que en ningún año anterior", than in any year before)
    if elided[:2].casefold() == "qu" and "que" in lx.than:  # "plus qu'aucun autre": the "que" elided
        return any(words[k] in lx.bound or words[k] in lx.comparative for k in range(max(0, i - 5), i))
    t = i - 1 if words[i - 1] in lx.than else i - 2 if (
        i >= 3 and words[i - 1] in lx.ever_gap and words[i - 2] in lx.than) else -1
    return t > 0 and any(words[k] in lx.bound or words[k] in lx.comparative for k in range(max(0, t - 5), t))


def _after_superlative(words: list[str], i: int, lx: Lexicon) -> bool:
    """Is the word at ``i`` at most four words after a superlative ("la plus forte crue
    jamais enregistrée": the strongest flood ever recorded)?"""
    return any(words[k] in lx.superlative and words[k + 1] in ("plus", "moins")
               for k in range(max(0, i - 5), i - 1))


def _bounds(words: list[str], i: int, lx: Lexicon, lang: str | None = None) -> bool:
    """Is the negator at ``i`` the head of a bound: a `bound` word right after it, then a
    `than` word or a number ("no more than 2%", "no later than May"), or where the lexicon
    says so (`bound_number`) a number word ("не больше восьми")?"""
    if i + 2 < len(words) and (words[i + 1], words[i + 2]) in lx.bound_to:
        return True  # "no inferior a 60", "pas supérieur à 5"
    if i + 2 < len(words) and words[i + 1] in lx.bound_figure:
        # "no lower than 32%": a figure right after the word or its "than"
        return words[i + 2][:1].isdigit() or (words[i + 2] in lx.than and i + 3 < len(words)
                                              and words[i + 3][:1].isdigit())
    return i + 2 < len(words) and words[i + 1] in lx.bound and (
        words[i + 2] in lx.than or words[i + 2][:1].isdigit() or words[i + 2] in lx.bound_word
        or (lx.bound_number and lang is not None and bool(find_numbers(words[i + 2], lang, soft_words=False))))


def _gapped_bound(text: str, s: int, lx: Lexicon, than: frozenset[str] | None = None,
                  reach: int = 2) -> bool:
    """Is the negator at offset ``s`` of ``text`` followed, one or two words on (``reach``)
    and in its clause, by a `bound` word and a `than` word or a number ("لا تحتمل أكثر من",
    does not bear more than; "no hará más que", will only)? ``than``: the words that may
    follow the bound (default the lexicon's `than` and numbers)."""
    toks = list(_TOKEN.finditer(text, s))[:reach + 3]
    for k in range(2, min(reach + 2, len(toks) - 1)):
        if re.search(r"[,;:.!?–—]", text[toks[0].end():toks[k].start()]):
            return False
        w, nx = toks[k].group().casefold(), toks[k + 1].group().casefold()
        if w in lx.bound and (nx in than if than is not None else (nx in lx.than or nx[:1].isdigit())):
            return True
    return False


_FINAL_REACH = 8  # words between a verb-last bound ("20 منٹ سے زیادہ") and its clause's negator


def _final_bound(text: str, s: int, lx: Lexicon, lang: str | None) -> bool:
    """(Urdu, Hindi: the verb last) Does the clause of the negator at offset ``s`` hold,
    at most eight words before it, a figure, a `than_before` word and a `bound` word ("ہر
    سیشن 20 منٹ سے زیادہ نہیں ہوتا", no session is longer than 20 minutes; the figure may
    have a unit between)? The negator bounds that figure: "not more than 20"."""
    head = text[:s]
    cut = max(head.rfind(c) for c in ",;:.!?،۔।")
    toks = [m.group().casefold() for m in _TOKEN.finditer(head, cut + 1)][-_FINAL_REACH - 2:]
    for k in range(1, len(toks) - 1):
        if toks[k] in lx.than_before and toks[k + 1] in lx.bound and len(toks) - k - 2 <= _FINAL_REACH \
                and any(t[:1].isdigit() or find_numbers(t, lang, soft_words=False) for t in toks[max(0, k - 2):k]):
            return True
    return False


_ELIDED_HEAD = re.compile(r"(?:[dljmtsc]|qu|jusqu|lorsqu|puisqu)['’](?=[^\W\d_])")


def _prefix_negated(w: str, lx: Lexicon, lang: str | None) -> bool:
    """Is ``w`` a verb negated by a glued prefix: rare itself (Zipf < 3), while what
    follows the prefix is a common word of four letters or more (nezvýšia ~ zvýšia;
    not neskôr "later" or nedávno "recently", common words of their own)?"""
    for p in lx.verb_prefix:
        rest = w[len(p):]
        if w.startswith(p) and len(rest) >= 4 and zipf(w, lang) < 3.0 and zipf(rest, lang) >= 3.0:
            return True
    return False


def _ending_negated(w: str, prev: str, lx: Lexicon) -> bool:
    """Is ``w`` a verb negated by an ending inside it (gelmedi, yapamıyor, olmadığını),
    after a stem of two letters or more? Not a `not_in` word (komedi), nor the second
    verb of "whether or not" said with the verb twice (gelip gelmediği, olup olmadığı)."""
    if not any(w.find(x, 2) >= 2 for x in lx.verb_ending) or w.startswith(lx.not_in):
        return False
    return not _whether_or_not(prev, w)


def _present_negated(w: str, lx: Lexicon) -> bool:
    """Is ``w`` a verb in the present negative (Swahili haya-za-i, hawa-fany-i): a
    `present_subject` prefix, a stem of two letters or more and a `present_end` ending, and
    no `not_verb` word?"""
    if not w.endswith(lx.present_end) or w in lx.not_verb \
            or (lx.not_verb_stems and w.startswith(lx.not_verb_stems)):
        return False
    return any(w.startswith(p) and len(w) - len(p) - len(x) >= 2 and w.endswith(x)
               for p in lx.present_subject for x in lx.present_end)


def _subject_negated(w: str, lx: Lexicon) -> bool:
    """Is ``w`` a verb negated by its subject prefix (Swahili si-ja-wahi, ha-ku-wa,
    hawa-ta-kuja): a `neg_subject` prefix, a `neg_tense` marker and a stem of two letters
    or more, and no `not_verb` word (siku "day", hatari "danger")?"""
    if w in lx.not_verb or (lx.not_verb_stems and w.startswith(lx.not_verb_stems)):
        return False
    for p in lx.neg_subject:
        if w.startswith(p):
            rest = w[len(p):]
            if any(rest.startswith(t) and len(rest) - len(t) >= 2 for t in lx.neg_tense):
                return True
    return False


def _before_not_yet(text: str, toks: list[tuple[int, int, str]], i: int, lx: Lexicon) -> bool:
    """Is the negated verb at ``i`` one of the "not yet" tense (a `before_tense` marker after
    its subject prefix) at most two words after a `before_neg` word, in one clause
    ("kabla hawajafika", "kabla mvua haijanyesha": before they arrive, before it rains)?
    It says "before", no negation."""
    w = toks[i][2]
    if not any(w.startswith(p) and w[len(p):].startswith(lx.before_tense) for p in lx.neg_subject):
        return False
    for k in range(max(0, i - 3), i):
        if toks[k][2] in lx.before_neg and not re.search(r"[,;:.!?]", text[toks[k][1]:toks[i][0]]):
            return True
    return False


def _name_word(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Is the negator at ``i`` a word of a name: capitalised inside its sentence after a
    short linking word in lower case that follows a capitalised word (Val di Non, Cima de
    No)?  A negation capitalised in a title-cased headline follows a capital ("Does Not")."""
    s = toks[i][0]
    if i < 2 or not text[s].isupper() or not _mid_sentence(text, s):
        return False
    ps, pe, _ = toks[i - 1]
    qs = toks[i - 2][0]
    link = text[ps:pe]
    return len(link) <= 3 and link.islower() and text[qs].isupper() \
        and text[pe:s].strip() == "" and text[toks[i - 2][1]:ps].strip() == ""


def _mid_sentence(text: str, s: int) -> bool:
    """Does the capitalised word at ``s`` stand inside its sentence (a name: "Hakizimana"),
    not at its start, after a sentence end or an opening quote or dash?"""
    before = text[:s].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"'“”„«»‘’‹›(–—-"


def _whether_or_not(prev: str, w: str) -> bool:
    """Turkish "olup olmadığı", "gelip gelmediği": the positive converb (-ıp, -ip, -up,
    -üp) before the negated verb on the same stem asks "whether", it negates nothing."""
    stem = prev[:-2]
    return len(prev) >= 4 and prev.endswith(("ıp", "ip", "up", "üp")) and w.startswith(stem)


def _unelided(s: int, e: int, w: str) -> tuple[int, int, str]:
    """A word after an elided article or preposition ("d'aucune", "l'absence") is read
    as itself; "n'" stays (the French "ne")."""
    m = _ELIDED_HEAD.match(w)
    return (s + m.end(), e, w[m.end():]) if m else (s, e, w)


def _char_negators(text: str, lx: Lexicon) -> list[tuple[int, int, str]]:
    """Negators of an unspaced text (characters or endings) that no `not_in` word around
    them holds."""
    out = []
    # "不修不行" (must repair): both negators of a `must_gap` pattern negate nothing
    musts = [(g.start(), g.end()) for g in lx.must_gap.finditer(text)] if lx.must_gap is not None else []
    for m in lx.chars.finditer(text):
        i, ch = m.start(), m.group()
        if musts and any(a <= i < b for a, b in musts):
            continue
        if lx.bound_fig is not None and lx.bound_fig.match(text, i):
            continue  # "不足百株": fewer than a hundred plants, a bound on the figure
        shields = [(k, w) for w in lx.not_in for k in _offsets(w, ch) if k <= i and text.startswith(w, i - k)]
        if shields and lx.neg_in and i and _HAN.match(text, i - 1):
            # a negator inside a `not_in` word that still negates after its verb: 运不过来
            # (cannot carry them all) holds 不过 (however); a longer word or one that begins
            # earlier keeps its shield (不过来自 merely comes from, 只不过 merely)
            n = max((len(w) for w in lx.neg_in if text.startswith(w, i)), default=0)
            if n and all(k == 0 and len(w) < n for k, w in shields):
                shields = []
        if not shields and not _char_noun(text, m.end(), lx) and not _wondered(text, i, lx):
            out.append((i, m.end(), ch))
    return out


_SENTENCE_END = re.compile(r"[。！？!?]")
_WONDER_REACH = 16  # characters between the question ending and its verb of worry (、ずっと気に)


def _wondered(text: str, at: int, lx: Lexicon) -> bool:
    """Is the negator at ``at`` that of an embedded question a verb of worry or consideration
    follows ("迷惑をかけていないか、ずっと気になっていた": worried whether it bothered them;
    "活用できないかも検討している": also considering whether it can be used)? It asks, it
    negates nothing."""
    if not lx.wonder_neg:
        return False
    end = next((at + len(w) for w in lx.wonder_neg if text.startswith(w, at)), None)
    if end is None or any(text.startswith(w, at) for w in lx.wonder_not):
        return False
    stop = _SENTENCE_END.search(text, end)
    rest = text[end:min(end + _WONDER_REACH, stop.start() if stop else len(text))]
    return any(w in rest for w in lx.wonder)


_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")


def _char_noun(text: str, at: int, lx: Lexicon) -> bool:
    """Does a noun suffix close the two characters after a negator ending at ``at`` (不确定
    性 "uncertainty")? The first of them is no copula or modal (不是性别问题: is no
    question of gender)."""
    return lx.noun_end is not None and lx.noun_end.match(text, at) is not None


@lru_cache(maxsize=4096)
def _offsets(word: str, ch: str) -> tuple[int, ...]:
    """Where ``ch`` (a character or a string) starts inside ``word``."""
    return tuple(k for k in range(len(word)) if word.startswith(ch, k))


# the answer "no" said as a noun, after an article: a vote (un non, ein Nein), no negation
_ANSWER_WORDS = frozenset({"non", "no", "nein", "nee", "não"})


def _is_ne(tok: str, nxt_char: str) -> bool:
    return tok == "ne" or tok.startswith(_NE) or (tok == "n" and nxt_char in ("'", "’"))


def _opens_ne(toks: list[tuple[int, int, str]], i: int, text: str, lx: Lexicon) -> bool:
    """Is the word at ``i`` a negative pronoun or adverb in front of its "ne" ("Personne
    ne sait", "Plus personne n'y croit", "Jamais je n'aurais …", "… que personne n'a
    vu"): at the start of its clause (not the noun after a determiner, "une personne
    ne …"), with "ne" at most two words on?"""
    s = toks[i][0]
    if i:
        ps, pe, pw = toks[i - 1]
        if not text[pe:s].strip() and pw not in lx.before_ne | lx.after_ne | lx.but | lx.clause:
            return False
    for k in range(i + 1, min(i + 3, len(toks))):
        if _is_ne(toks[k][2], text[toks[k][1]:toks[k][1] + 1]):
            return True
    return False


def _not_only(words: list[str], i: int, lx: Lexicon) -> bool:
    """Is the negator at ``i`` the "not only" of "not only … but also"?"""
    nx = words[i + 1] if i + 1 < len(words) else ""
    if nx in lx.only and any(w in lx.but for w in words[i + 2:]):
        return True
    # a copula between the negator and its "only" ("Ky nuk është vetëm …, por edhe", "no es
    # solo …, sino"; not "do not mean simply …, but", which corrects)
    if i + 2 < len(words) and words[i + 1] in lx.only_gap and words[i + 2] in lx.only \
            and any(w in lx.but for w in words[i + 3:]):
        return True
    # "सिर्फ़ रोज़गार का नहीं, बल्कि पोषण का भी": the "only" a few words before the negator
    return bool(lx.only_before) and any(w in lx.only for w in words[max(0, i - 4):i]) \
        and any(w in lx.only_before for w in words[i + 1:i + 3])


LEX_GAP = 3  # words that may stand between a `lex_gap` verb and its particle


def negative_words(text: str, lang: str | None) -> list[str]:
    """Words whose meaning holds a negation (fail, lack, unable, hopeless, -less): a side
    with one may say without "not" what the other says with it."""
    lx = lexicon(lang)
    if lx is None:
        return []
    if lx.chars is not None:
        return [w for w in lx.lex if w in text] + (
            [text[m.start():m.end() + 3] for m in lx.chars.finditer(text) if _char_noun(text, m.end(), lx)]
            if lx.noun_end is not None else [])
    out = []
    prev = prev2 = ""
    ms = list(_token_re(text).finditer(text))
    words = [m.group().casefold() for m in ms]
    for i, w in enumerate(words):
        if lx.hyphen_tail and w in lx.hyphen_tail and ms[i].start() >= 2 \
                and text[ms[i].start() - 1] in "-‐" and text[ms[i].start() - 2].isalpha():
            out.append(f"{prev}-{w}")  # "flood-proof"
        attr = w in lx.det_adj and prev in lx.det  # "the lost income": names a thing
        if (prev, w) in lx.negword or (lx.adj_end and prev in lx.neg and len(w) >= lx.adj_min and w.endswith(lx.adj_end)
                                       and (not lx.adj_neg or prev in lx.adj_neg)):
            out.append(f"{prev} {w}")
        if (f"{prev}_{w}" in lx.lex  # a phrase: "para de" (stops), as "deixa de"
                # (its last word elided before a vowel: "faute d'eau" as "faute de pluie")
                or ("'" in w[1:3] and f"{prev}_{w[:w.index(chr(39)) + 1]}" in lx.lex)):
            # (not after an article: "la faute de l'État" is the State's fault, no lack)
            if prev2 not in lx.det:
                out.append(f"{prev} {w}")
        elif f"{prev2}_{prev}_{w}" in lx.lex:  # "out of work" (sin trabajo, ohne Arbeit)
            out.append(f"{prev2} {prev} {w}")
        elif lx.lex_gap and i >= 2:
            # "kept the harvesters out", "shut us out": a phrasal verb of exclusion with its
            # object between verb and particle
            for j in range(max(0, i - 1 - LEX_GAP), i - 1):
                if (words[j], w) in lx.lex_gap:
                    out.append(f"{words[j]} … {w}")
                    break
        prev2, prev = prev, w
        # (a Hangul syllable is a word's worth of letters: "못한", could not, is two)
        if len(w) < (2 if "\uac00" <= w[0] <= "\ud7a3" else 3):
            continue
        if w in lx.bound and _bounds(words, i - 1, lx, lang):
            continue  # "en menos de 90 segundos" (in under 90 seconds) bounds a figure
        if i >= 2 and (words[i - 2], f"{words[i - 1]}_{w}") in lx.fixed:
            continue  # the last word of a fixed phrase of three (Korean "말할 것도 없다", needless to say)
        if i + 1 < len(words) and (w, words[i + 1]) in lx.fixed:
            continue  # (session 71) a negative word opening a fixed phrase (Arabic "غير أن", however)
        if (_lexical(w, lx) and not attr) or _derived_negative(w, lang, lx):
            out.append(w)
        elif lx.after_ne and (el := _ELIDED_HEAD.match(w)) is not None and _lexical(w[el.end():], lx):
            out.append(w[el.end():])  # (session 73) after an elided pronoun: "l'ignoraient", "s'abstient"
    return out


def _contrary(w: str, lx: Lexicon) -> bool:
    """Is ``w`` a `contrary` word of the lexicon (against, oppose*, disappear*)?"""
    return w in lx.contrary or (bool(lx.contrary_stems) and w.startswith(lx.contrary_stems))


def _contrary_words(text: str, lang: str | None) -> list[str]:
    """The `contrary` words of ``text`` (against, oppose, disappear; 消失)."""
    lx = lexicon(lang)
    if lx is None or not (lx.contrary or lx.contrary_stems):
        return []
    if lx.chars is not None:
        return [w for w in lx.contrary if w in text]
    return [w for w in (m.group().casefold() for m in _TOKEN.finditer(text)) if _contrary(w, lx)]


_LAST_WORD = re.compile(rf"({_LETTERS})\s+$")


def _governed_contrary(negs: list[tuple[int, int, str]], text: str, lang: str | None) -> int:
    """How many `contrary` words of ``text`` a negator of its own governs: at most three
    words after it ("not against", "nicht verschwinden"; in a text without spaces, starting
    at most two characters after it: "不会消失") or the word right before it, where the
    negation follows its verb ("사라지지 않는다", "verschwindet nicht", "消えない"). Such a double negation the other side may
    render with its negative word alone, or drop."""
    lx = lexicon(lang)
    if not negs or lx is None or not (lx.contrary or lx.contrary_stems):
        return 0
    near = 0
    for s, e, _ in negs:
        if lx.chars is not None:
            near += sum(1 for w in lx.contrary if text.find(w, e, e + 2 + len(w)) >= 0
                        or text.find(w, max(0, s - 2 - len(w)), s) >= 0)  # 消えない
            continue
        nxt = [m.group().casefold() for m in _TOKEN.finditer(text, e)][:3]
        near += sum(1 for x in nxt if _contrary(x, lx))
        # the word right before it, only blanks between ("사라지지 않는다", "verschwindet
        # nicht": the negation follows its verb)
        prev = _LAST_WORD.search(text, 0, s)
        if prev is not None and _contrary(prev.group(1).casefold(), lx):
            near += 1
    return near


def _aff_vanish(neg: list[tuple[int, int, str]], neg_text: str, neg_lang: str | None,
                aff_text: str, aff_lang: str | None) -> list[str]:
    """The `vanish` words of the side without a negator, which say the other side's
    negation ("will disappear" for "不复存在", will no longer exist): only where the negated
    side's language has `contrary` words of its own and none stands under a negator there
    ("nicht verschwinden", "不会消失" against "disappear" is a dropped negation)."""
    lx, la = lexicon(neg_lang), lexicon(aff_lang)
    if lx is None or la is None or not la.vanish or not (lx.contrary or lx.contrary_stems) \
            or _governed_contrary(neg, neg_text, neg_lang):
        return []
    if la.chars is not None:
        return [w for w in la.vanish if w in aff_text]
    return [w for w in (m.group().casefold() for m in _TOKEN.finditer(aff_text)) if w.startswith(la.vanish)]


def _lexical(w: str, lx: Lexicon) -> bool:
    """Is ``w`` a word of the lexicon's negative vocabulary (fail, lack, kaum, statt) or
    one of its stems?"""
    return w in lx.lex or (bool(lx.lex_stems) and w.startswith(lx.lex_stems)
                           and not (lx.plain and w.startswith(lx.plain)))


_VOWELS = frozenset("aeiouyäöå")


def _derived_negative(w: str, lang: str | None, lx: Lexicon) -> bool:
    """un-able, in-sufficient, hope-less: a negative affix on a common word of the language
    that is more common than the derived word (so "information" is no "in-formation")."""
    # (a `plain` word: derived so, it negates nothing, "некоторые" some; a `plain_word`
    # likewise, as a whole word: "indietro")
    for p in (lx.prefix if (not lx.plain or not w.startswith(lx.plain)) and w not in lx.plain_word
              else ()):
        rest = w[len(p):]
        if w.startswith(p) and len(rest) >= 4:
            zr = zipf(rest, lang)
            if zr >= 3.5 and zipf(w, lang) < zr:
                return True
            # in-trouv-able, un-auffind-bar: a negated "-able" adjective whose positive
            # form is rare (the verb it comes from is not)
            if len(rest) >= 7 and lx.able and rest.endswith(lx.able):
                return True
            # un-fenc-ed, un-pave-d: a participle read on its verb, more common than it
            for pp, end in lx.prefix_participle:
                if p == pp and rest.endswith(end):
                    for cut in (len(end), len(end) - 1):
                        stem = rest[:-cut]
                        if len(stem) >= 4 and (zs := zipf(stem, lang)) >= 3.5 and zipf(w, lang) < zs:
                            return True
    for c in lx.caritive:
        k = w.find(c, 4)
        if k >= 4 and w[k - 1] in _VOWELS:
            return True
    for sfx in (lx.suffix if w not in lx.plain_word else ()):  # "nevertheless": no "-less"
        stem = w[:-len(sfx)]
        # a long stem passes unseen: German compounds (hoffnungs-los) are not in word lists
        if w.endswith(sfx) and len(stem) >= 3 and (len(stem) >= 5 or zipf(stem, lang) >= 3.0):
            return True
    return False


def _not_until(neg: list[tuple[int, int, str]], neg_text: str, neg_lang: str | None,
               aff_text: str, aff_lang: str | None) -> bool:
    """"She did not tell them until Wednesday" is "sie erzählte es erst am Mittwoch": a
    negator with "until" (nicht vor, pas avant, no … hasta) a few words on, against a
    side that says "only then" (erst, pas, solo) without a negator. Each negator must have
    its "until": a second one without is a negation the other side dropped."""
    lx, la = lexicon(neg_lang), lexicon(aff_lang)
    if lx is None or la is None:
        return False
    # "as long as the work is not finished" is "until the work is finished": an `as_long`
    # word at most three words before each negator, against a side that says "until"
    if lx.as_long and la.until and any(w.casefold() in la.until for w in _WORD.findall(aff_text)) \
            and all(any(w.casefold() in lx.as_long for w in _WORD.findall(neg_text[:s])[-4:])
                    for s, _, _ in neg):
        return True
    if not lx.until or not la.only_then:
        return False
    if la.chars is not None:
        # a text without spaces: the word found anywhere ("要到2027年秋季才能完工", will be
        # finished only in autumn 2027), not inside a `not_in` word (人才 talent, 刚才 just now)
        if not any(not any(aff_text.startswith(w, m.start() - k) for w in la.not_in
                           for k in _offsets(w, m.group()) if k <= m.start())
                   for x in la.only_then for m in re.finditer(re.escape(x), aff_text)):
            return False
    elif not any(w.casefold() in la.only_then for w in _WORD.findall(aff_text)):
        return False
    # every negator: "would not change the schedule, so farmers will not see cuts until
    # December" rendered "will change …, so they see cuts only in December" drops the first
    return all(any(w.casefold() in lx.until for w in _WORD.findall(neg_text, e)[:8])
               for _, e, _ in neg)


def _took_time(aff_text: str, aff_lang: str | None) -> bool:
    """Does the side without a negator say how long something took ("took three months
    to claim", "brauchte drei Monate"), the affirmative way of "did not claim it for
    three months": a `delay` word with a `span` word at most four words on?"""
    la = lexicon(aff_lang)
    if la is None or not la.delay:
        return False
    words = [w.casefold() for w in _WORD.findall(aff_text)]
    return any(w in la.delay and any(x in la.span for x in words[k + 1:k + 5])
               for k, w in enumerate(words))


_NEXT_WORD = re.compile(rf"\s*({_LETTERS})")


def _not_only_both(neg: list[tuple[int, int, str]], neg_text: str, neg_lang: str | None,
                   aff_text: str, aff_lang: str | None) -> bool:
    """"He isn't just a British hero, he's a global icon" (no "but") against "nicht nur …
    sondern": each negator of the one side stands before its "only", and the other side
    says "not only" too."""
    lx, la = lexicon(neg_lang), lexicon(aff_lang)
    if lx is None or la is None:
        return False
    nxt = [_NEXT_WORD.match(neg_text, e) for _, e, _ in neg]
    if not all(m and m.group(1).casefold() in lx.only for m in nxt):
        return False
    words = [w.casefold() for w in _WORD.findall(aff_text)]
    return any((w in la.neg or w in la.after_ne) and nx in la.only for w, nx in zip(words, words[1:]))


def _stops(text: str, lx: Lexicon) -> list[int]:
    """Token indexes of the `stop` verbs of ``text`` (stop, cease, deixar, cesser)."""
    # (an elided pronoun is no part of the verb: "s'arrêtera")
    return [i for i, m in enumerate(_TOKEN.finditer(text))
            if (w := _unelided(0, 0, m.group().casefold())[2]) in lx.stop
            or (lx.stop_stems and w.startswith(lx.stop_stems))]


def _stop_kept(neg: list[tuple[int, int, str]], neg_text: str, neg_lang: str | None,
               aff_text: str, aff_lang: str | None) -> bool:
    """A "not stop" (não vão deixar de vir, will not stop coming) rendered with its verb
    of stopping but without its negator ("are going to stop coming"): a negator with a
    `stop` verb at most three words from it, and as many `stop` verbs on the affirmative
    side as on the negated one."""
    ln, la = lexicon(neg_lang), lexicon(aff_lang)
    if ln is None or la is None or not (ln.stop or ln.stop_stems) or not (la.stop or la.stop_stems):
        return False
    aff = _stops(aff_text, la)
    if not aff:
        return False
    stops = _stops(neg_text, ln)
    if len(stops) != len(aff):
        return False
    starts = [m.start() for m in _TOKEN.finditer(neg_text)]
    for s, _, w in neg:
        if w in ln.without:
            continue  # "ohne Deal zu stoppen" (to stop without a deal) is no "not stop"
        i = bisect_right(starts, s) - 1
        if any(0 < abs(k - i) <= 3 for k in stops):
            return True
    return False


_BOUND_REACH = 4  # words a negator may stand before its bound where the other side says "no more than"


def _bound_both(neg: list[tuple[int, int, str]], neg_text: str, neg_lang: str | None,
                aff_text: str, aff_lang: str | None) -> bool:
    """"لا تحتمل أكثر من" (does not bear more than) against "verkraftet nicht mehr als": each
    negator of the one side heads a bound a word or two on, and the other side bounds with
    a negator right before its `bound` word ("nicht mehr als", "no more than"), which is
    no negation. (Alone, "do not pay less than 5%" stays a negation.)"""
    ln, la = lexicon(neg_lang), lexicon(aff_lang)
    if ln is None or la is None or not ln.bound or not la.bound or la.chars is not None:
        return False
    # (up to four words between: "nu pot sta acolo mai mult de 30", a modal, its verb
    # and an adverb before the bound; the other side's "no more than" makes it a bound)
    if not all(_gapped_bound(neg_text, s, ln, reach=_BOUND_REACH)
               or (ln.than_before and _final_bound(neg_text, s, ln, neg_lang))
               for s, _, _ in neg):
        return False
    words = [m.group().casefold() for m in _TOKEN.finditer(aff_text)]
    return any((w in la.neg or w in la.after_ne) and _bounds(words, i, la, aff_lang) for i, w in enumerate(words))


def _exceeds(toks: list[tuple[int, int, str]], k: int, lx: Lexicon) -> bool:
    return toks[k][2].startswith(lx.exceed)


_EXCEED_GAP = 2  # characters between a negator and its verb of exceeding, unspaced (不会超过)
_WIDE_BREAK = re.compile(r"[,;:.!?–—()，。、；：！？（）]")


def _exceed_both(neg: list[tuple[int, int, str]], neg_text: str, neg_lang: str | None,
                 aff_text: str, aff_lang: str | None) -> bool:
    """"ne dépassera pas 2,5 dirhams" against "لن تتجاوز 2.5 درهم" (will not exceed, a
    fixed phrase of the Arabic lexicon, so no negator there): each negator of the one side
    stands at most three words from a verb of exceeding (`exceed`) in its clause, and the
    other side has a negator word at most two words from one of its own. A negated verb
    of exceeding is a bound, and both sides bound; a side that drops the negator ("will
    exceed") has none near its verb and stays a flip. The other side may bound with a
    negator right before its `bound` word too ("no more than", "no higher than"). In a
    text without spaces the verb stands right after the negator (不会超过40秒) or right
    before it (40秒を超えない)."""
    ln, la = lexicon(neg_lang), lexicon(aff_lang)
    if ln is None or la is None or not ln.exceed or la.chars is not None:
        return False

    def near(text: str, toks: list[tuple[int, int, str]], i: int, k: int) -> bool:
        a, b = sorted((i, k))
        return not _CLAUSE_BREAK.search(text, toks[a][1], toks[b][0])
    if ln.chars is not None:
        # a text without spaces (不会超过40秒, 40秒を超えない): the verb at most
        # `_EXCEED_GAP` characters after the negator (a modal between: 会, 得, 能) or
        # before it (Japanese puts the negation after the verb), no clause break between
        for s, e, _ in neg:
            after, before = neg_text[e:e + _EXCEED_GAP + 2], neg_text[max(0, s - _EXCEED_GAP - 2):s]
            if not any((x in after and not _WIDE_BREAK.search(after[:after.index(x)]))
                       or (x in before and not _WIDE_BREAK.search(before[before.rindex(x):]))
                       for x in ln.exceed):
                return False
    else:
        nt = [(m.start(), m.end(), m.group().casefold()) for m in _TOKEN.finditer(neg_text)]
        starts = [t[0] for t in nt]
        for s, _, _ in neg:
            i = bisect_right(starts, s) - 1
            if not any(_exceeds(nt, k, ln) and near(neg_text, nt, i, k)
                       for k in range(max(0, i - 3), min(len(nt), i + 4))):
                return False
    at = [(m.start(), m.end(), m.group().casefold()) for m in _TOKEN.finditer(aff_text)]
    if la.bound:
        words = [t[2] for t in at]
        if any((w in la.neg or w in la.after_ne) and _bounds(words, i, la, aff_lang) for i, w in enumerate(words)):
            return True
    return bool(la.exceed) and any(_exceeds(at, k, la) and any(
        (at[j][2] in la.neg or at[j][2] in la.after_ne) and near(aff_text, at, j, k)
        for j in range(max(0, k - 2), min(len(at), k + 3)) if j != k) for k in range(len(at)))


def _short_of(neg: list[tuple[int, int, str]], neg_text: str, neg_lang: str | None,
              aff_text: str, aff_lang: str | None) -> bool:
    """"še vedno ne dosega ravni" against "is still below the level": each negator of the
    one side stands at most three words from a verb of reaching (`reach`) in its clause,
    and the other side has a word of falling short (`short`: below, short, inférieur). Not
    reaching a level is being below it; a side that drops the negator ("still reaches the
    level") has no such word and stays a flip."""
    ln, la = lexicon(neg_lang), lexicon(aff_lang)
    if ln is None or la is None or not ln.reach or not la.short or la.chars is not None \
            or ln.chars is not None:
        return False
    nt = [(m.start(), m.end(), m.group().casefold()) for m in _TOKEN.finditer(neg_text)]
    starts = [t[0] for t in nt]
    for s, _, _ in neg:
        i = bisect_right(starts, s) - 1
        # (the verb may be the negator's own token: "n'atteint")
        if not any(re.split("['’]", nt[k][2])[-1].startswith(ln.reach)
                   and not _CLAUSE_BREAK.search(neg_text, nt[min(i, k)][1], nt[max(i, k)][0])
                   for k in range(max(0, i - 3), min(len(nt), i + 4))):
            return False
    return any(m.group().casefold() in la.short for m in _TOKEN.finditer(aff_text))


def _pending_both(neg: list[tuple[int, int, str]], neg_text: str, neg_lang: str | None,
                  aff_text: str, aff_lang: str | None) -> bool:
    """Portuguese and Spanish "por" with an infinitive says "not yet done" ("litros por
    vender", unsold litres), which the other language may say with "without" ("sin
    vender", "sem vender"): each negator of the one side is a `without` word right before
    an infinitive, and the other side has a `pending` word right before one."""
    ln, la = lexicon(neg_lang), lexicon(aff_lang)
    if ln is None or la is None or not ln.infinitive or not la.pending or not la.infinitive:
        return False
    for _, e, w in neg:
        m = _NEXT_WORD.match(neg_text, e)
        if w not in ln.without or not m or len(m.group(1)) < 4 \
                or not m.group(1).casefold().endswith(ln.infinitive):
            return False
    words = [m.group().casefold() for m in _TOKEN.finditer(aff_text)]
    return any(w in la.pending and len(nx) >= 4 and nx.endswith(la.infinitive)
               for w, nx in zip(words, words[1:]))


_CLAUSE_DRIFT = 0.15  # how far (share of the sentence) two sides' clause ends may lie apart
_CLAUSE_SPLIT = re.compile(r"[,;:.!?–—]+(?=\s)")


# (a language written without spaces: zh) its full-width commas, semicolons, colons and
# sentence ends cut with no space after them; the enumeration comma 、 cuts no clause (nor,
# so, does Japanese, which cuts its clauses with it)
_CLAUSE_SPLIT_WIDE = re.compile(r"[，；：。！？]+")
_WIDE_MIN = 4  # letters a piece of an unspaced text needs to be a clause of its own


def _clauses(text: str, unspaced: bool = False, opens: frozenset[str] = frozenset()
             ) -> list[tuple[int, int]]:
    """The clauses of ``text`` as (start, end), cut at commas, semicolons, colons, dashes
    and sentence ends before a space (and before each of the words ``opens`` not after such a
    mark: "was late because …"); a piece of fewer than two words joins the next. An
    ``unspaced`` text (Chinese) is cut at its full-width marks, a piece of fewer than four
    letters joining the next."""
    def big(a: int, b: int | None = None) -> bool:
        if unspaced:
            return sum(len(w) for w in _WORD.findall(text, a, len(text) if b is None else b)) >= _WIDE_MIN
        return len(_WORD.findall(text, a, len(text) if b is None else b)) >= 2
    cuts = [(m.start(), m.end()) for m in (_CLAUSE_SPLIT_WIDE if unspaced else _CLAUSE_SPLIT).finditer(text)]
    if opens:
        cuts = sorted(cuts + [(m.start(), m.start()) for m in _TOKEN.finditer(text)
                              if m.group().casefold() in opens and m.start()
                              and not _CLAUSE_CUT.search(text[max(0, m.start() - 3):m.start()])])
    out, s = [], 0
    for a, z in cuts:
        if big(s, a):
            out.append((s, a))
            s = z
    if big(s) or not out:
        out.append((s, len(text)))
    else:
        out[-1] = (out[-1][0], len(text))
    return out


_EXTRA_WORDS = 2  # words of the clause a cut of one side only may close to be dropped
_CUT_MATCH = 0.05  # how far (share of the sentence) two cuts may lie apart to be one


def _common_cuts(cs: list[tuple[int, int]], ns: int, ct: list[tuple[int, int]], nt: int
                 ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The clauses of two sides cut only where both sides cut at about the same place of
    the sentence (each cut matched once, in order); the others joined to the next clause."""
    a = [e / ns for _, e in cs[:-1]]
    b = [e / nt for _, e in ct[:-1]]
    keep_s, keep_t, j = [], [], 0
    for i, x in enumerate(a):
        while j < len(b) and b[j] < x - _CUT_MATCH:
            j += 1
        if j < len(b) and abs(b[j] - x) <= _CUT_MATCH:
            keep_s.append(i)
            keep_t.append(j)
            j += 1

    def join(cl: list[tuple[int, int]], keep: list[int]) -> list[tuple[int, int]]:
        out, start = [], cl[0][0]
        for k in keep:
            out.append((start, cl[k][1]))
            start = cl[k + 1][0]
        out.append((start, cl[-1][1]))
        return out
    return join(cs, keep_s), join(ct, keep_t)


def _clause_dropped(ns: list[tuple[int, int, str]], stext: str, sl: str | None,
                    nt: list[tuple[int, int, str]], ttext: str, tl: str | None
                    ) -> tuple[bool, tuple[int, int], tuple[int, int]] | None:
    """Both sides negated, cut into as many clauses each: the clauses negated on one side
    are those of the other and more ("did not arrive, so the houses cannot be built" ~
    "ei saapunut, joten taloja voidaan rakentaa"). (Whether the source is the negated
    side, the negated clause, the other side's clause at its place) or None."""
    ls, lt = lexicon(sl), lexicon(tl)
    if ls is None or lt is None:
        return None
    cs, ct = _clauses(stext, ls.chars is not None), _clauses(ttext, lt.chars is not None)
    if len(cs) + 1 == len(ct) and ls.clause_open:
        cs = _clauses(stext, ls.chars is not None, ls.clause_open)  # "not open because"
    elif len(ct) + 1 == len(cs) and lt.clause_open:
        ct = _clauses(ttext, lt.chars is not None, lt.clause_open)
    if abs(len(cs) - len(ct)) == 1 and min(len(cs), len(ct)) >= 2:
        # (one side cuts one clause more, "Since then, …" ~ "Od tamtej pory …": where every
        # cut of the other side falls at the same place, the extra cut is dropped)
        cs2, ct2 = _common_cuts(cs, len(stext), ct, len(ttext))
        if len(cs2) == min(len(cs), len(ct)):
            # (the clause the extra cut closes is a short opening or aside of two words at
            # most, with no negator: "Since then,"; not "Es ist nicht ungewöhnlich, dass …")
            more, kept, text, negs = (cs, cs2, stext, ns) if len(cs) > len(ct) else (ct, ct2, ttext, nt)
            ends = {e for _, e in kept}
            extra = [(a, e) for a, e in more if e not in ends]
            if len(extra) == 1 and len(_WORD.findall(text, *extra[0])) <= _EXTRA_WORDS \
                    and not any(extra[0][0] <= x < extra[0][1] for x, _, _ in negs):
                cs, ct = cs2, ct2
    if len(cs) != len(ct) or len(cs) < 2:
        return None
    for text, lx in ((stext, ls), (ttext, lt)):
        # (not a correlative that a `nor_next` word makes a negator of its own: Polish "ani
        # jednego", not a single)
        if (lx.correlative and any(
                m.group().casefold() in lx.correlative
                and not (lx.nor_next and (nx := _TOKEN.search(text, m.end())) is not None
                         and nx.group().casefold() in lx.nor_next)
                for m in _TOKEN.finditer(text))):
            return None
    # the clauses must fall at the same places of the two sentences (a German or Finnish
    # comma before "dass", "että" cuts where English does not)
    if any(abs(a[1] / len(stext) - b[1] / len(ttext)) > _CLAUSE_DRIFT for a, b in zip(cs[:-1], ct[:-1])):
        return None
    def flags(cl, negs):
        return [any(a <= n[0] < b for n in negs) for a, b in cl]
    fs, ft = flags(cs, ns), flags(ct, nt)
    if fs == ft:
        return None
    if all(not t or x for x, t in zip(fs, ft)):
        k = next(i for i, (x, t) in enumerate(zip(fs, ft)) if x and not t)
        return True, cs[k], ct[k]
    if all(not x or t for x, t in zip(fs, ft)):
        k = next(i for i, (x, t) in enumerate(zip(fs, ft)) if t and not x)
        return False, ct[k], cs[k]
    return None


def _without_apart(ns: list[tuple[int, int, str]], sl: str | None,
                   nt: list[tuple[int, int, str]], tl: str | None, stext: str = "", ttext: str = ""
                   ) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Both sides negated: their negators less the "without" words (sans, ohne), when
    each side has as many of those; else both as they are. An n-word (an `ever` or
    `concord` word: nenhum, ningún, aucun, žádný) at most `_CONCORD_REACH` words after a
    "without" in its clause ("sem perda nenhuma", "sin ningún problema") is that "without"'s
    own and goes with it; a clause negator there ("ohne China nicht durchführbar") stays."""
    ls, lt = lexicon(sl), lexicon(tl)
    if ls is None or lt is None or not ls.without or not lt.without:
        return ns, nt

    def keep(negs: list[tuple[int, int, str]], lx: Lexicon, text: str) -> list[tuple[int, int, str]]:
        if not any(n[2] in lx.without for n in negs):
            return negs
        toks = [(m.start(), m.group().casefold()) for m in _TOKEN.finditer(text)]
        starts = [t[0] for t in toks]
        out = []
        for n in negs:
            if n[2] in lx.without:
                continue
            i = bisect_right(starts, n[0]) - 1
            if (n[2] in lx.ever or n[2] in lx.concord) and any(toks[j][1] in lx.without and not _CLAUSE_CUT.search(text, toks[j][0], n[0])
                   for j in range(max(0, i - _CONCORD_REACH), i)):
                continue  # "sem perda nenhuma": the "without"'s own n-word
            out.append(n)
        return out
    ws, wt = sum(n[2] in ls.without for n in ns), sum(n[2] in lt.without for n in nt)
    if ws != wt or not ws:
        return ns, nt
    return keep(ns, ls, stext), keep(nt, lt, ttext)


def _copied_negator(neg: list[tuple[int, int, str]], neg_text: str, other: str) -> bool:
    """A negator the other side carries as written: a quotation kept in its original
    language ("Don't be a fossil fool" in a German article) keeps its negation. The
    quotation keeps the word next to the negator too ("don't be"): a negator alone that
    is also a word of the other language (Spanish "no", Portuguese "no" = in the) is no
    quotation. A negator with no word beside it counts alone."""
    low = other.casefold()
    toks = [(m.start(), m.group().casefold()) for m in _TOKEN.finditer(neg_text)]
    starts = [t[0] for t in toks]
    for s, _, w in neg:
        if not re.search(rf"(?<![^\W\d_]){re.escape(w)}(?![^\W\d_])", low):
            continue
        i = bisect_right(starts, s) - 1
        side = [toks[j][1] for j in (i - 1, i + 1) if 0 <= j < len(toks) and toks[j][1] != w]
        if not side or any(re.search(rf"(?<![^\W\d_]){re.escape(a)}\W+{re.escape(b)}(?![^\W\d_])", low)
                           for nb in side for a, b in ((w, nb), (nb, w))):
            return True
    return False


def _phrasals(text: str, lx: Lexicon, at: int, first: int | None = None) -> list[str]:
    """The `phrasal` verbs of exclusion of ``text`` from offset ``at`` ("rule out", "turned
    the offer down": the particle at most two words after the verb), with the verb among
    the ``first`` words there when given."""
    if not lx.phrasal:
        return []
    words = [m.group().casefold() for m in _TOKEN.finditer(text, at)]
    out = []
    for i, w in enumerate(words[:first] if first is not None else words):
        for j in range(i + 1, min(len(words), i + 4)):
            if (w, words[j]) in lx.phrasal:
                out.append(f"{w} {words[j]}")
                break
    return out


def _double_dropped(neg: list[tuple[int, int, str]], aff_words: list[str], neg_text: str,
                    neg_lang: str | None, aff_text: str, aff_lang: str | None) -> bool:
    """A double negation ("not unprecedented", "nem példa nélküli": not without example)
    rendered by its negative word alone ("unprecedented"): each negator of the one side has
    a negative word of meaning (a derived one, a `lex` stem: not "yet" of "not yet") in
    the two words after it, and these are all its negative words; the other side has as
    many, and no negator at all, not even one of a fixed phrase ("no doubt" = kein
    Zweifel). A "without" is no such negator: "ohne Zweifel" is "doubtless"."""
    lx, la = lexicon(neg_lang), lexicon(aff_lang)
    if lx is None or la is None or lx.chars is not None or not neg:
        return False
    # a phrasal verb of exclusion on the side without a negator ("ruled out" for "non ha
    # escluso") is its negative word here, though no `lex` word elsewhere
    aff_phrasal = len(_phrasals(aff_text, la, 0)) if la.chars is None else 0
    if not aff_words and not aff_phrasal:
        return False
    doubled = []
    phrasal = 0
    for _, e, w in neg:
        if w in lx.without:
            return False
        nxt = [m.group().casefold() for m in _TOKEN.finditer(neg_text, e)][:2]
        got = [x for x in nxt if len(x) >= 3 and ((lx.lex_stems and x.startswith(lx.lex_stems)
                                                   and not (lx.plain and x.startswith(lx.plain)))
                                                  or _contrary(x, lx)
                                                  or _derived_negative(x, neg_lang, lx))]
        if not got:
            # "did not rule out" (a `phrasal` verb in the two words after the negator)
            if _phrasals(neg_text, lx, e, 2):
                phrasal += 1
                continue
            return False
        doubled += got[:1]
    # (the negated side's other negative words, "anything prohibited", stand against as many
    # of the other side's, "något otillåtet": the doubled ones are rendered by the rest)
    neg_words = negative_words(neg_text, neg_lang) + _contrary_words(neg_text, neg_lang)
    if any(neg_words.count(w) < doubled.count(w) for w in set(doubled)) \
            or len(aff_words) + aff_phrasal != len(neg_words) + phrasal:
        return False
    if sorted(neg_words) != sorted(doubled) and any(
            i and toks[i - 1].group().casefold() in lx.cond
            for toks in [list(_TOKEN.finditer(neg_text))] for i, t in enumerate(toks)
            if any(t.start() == s for s, _, _ in neg)):
        return False  # "wenn nicht gar unmöglich" (if not impossible): a hedge, no double negation
    return not any(m.group().casefold() in la.neg or m.group().casefold() in la.after_ne
                   for m in _TOKEN.finditer(aff_text))


# verbs (stems) of change, and words of sameness: "does not change" says "stays the same"
# ("nem változik" = "will cost the same as before", "ändert sich nicht" = "bleibt gleich")
_CHANGE_STEMS = {
    "en": ("chang", "alter", "vary", "varie", "modif"),
    "de": ("änder", "veränder", "wandel", "verwandel"),
    "fr": ("chang", "modifi", "évolu", "vari"),
    "es": ("cambi", "modific", "vari", "alter"),
    "it": ("cambi", "modific", "vari", "mut"),
    "pt": ("mud", "alter", "modific", "vari"),
    "nl": ("verander", "wijzig"),
    "hu": ("változ", "módosul", "módosít"),
    "pl": ("zmieni", "zmian"),
    "cs": ("změn", "mění", "mněn"),
    "ru": ("измен", "меня"),
    "sv": ("ändr", "förändr"), "da": ("ændr", "forandr"), "nb": ("endr", "forandr"),
}
_SAME_WORDS = {
    "en": ("same", "unchanged", "unaltered", "identical", "constant", "remain", "remains",
           "remained", "stay", "stays", "stayed"),
    "de": ("gleich", "gleiche", "gleichen", "gleichbleibend", "unverändert", "bleibt", "bleiben",
           "blieb"),
    "fr": ("même", "mêmes", "inchangé", "inchangée", "inchangés", "inchangées", "reste", "restent",
           "restera", "resteront", "demeure", "demeurent", "identique", "identiques"),
    "es": ("mismo", "misma", "mismos", "mismas", "igual", "iguales", "inalterado", "inalterada",
           "inalterados", "inalteradas", "mantiene", "mantienen", "mantendrá"),
    "it": ("stesso", "stessa", "stessi", "stesse", "invariato", "invariata", "invariati", "invariate",
           "uguale", "uguali", "resta", "restano", "rimane", "rimangono"),
    "pt": ("mesmo", "mesma", "mesmos", "mesmas", "inalterado", "inalterada", "inalterados",
           "inalteradas", "igual", "iguais", "permanece", "permanecem"),
    "nl": ("zelfde", "dezelfde", "hetzelfde", "ongewijzigd", "onveranderd", "blijft", "blijven"),
    "hu": ("ugyanaz", "ugyanannyi", "ugyanannyiba", "ugyanolyan", "változatlan", "változatlanul",
           "marad", "maradnak"),
    "pl": ("sam", "sama", "samo", "same", "niezmieniony", "niezmieniona", "niezmienione",
           "pozostaje", "pozostają"),
    "cs": ("stejný", "stejná", "stejné", "stejně", "nezměněn", "nezměněný", "zůstává", "zůstávají"),
    "ru": ("прежнему", "прежним", "прежней", "неизменным", "неизменной",
           "остается", "остаётся", "останется"),
    "sv": ("samma", "oförändrad", "oförändrat", "oförändrade", "förblir"),
    "da": ("samme", "uændret", "uændrede", "forbliver"),
    "nb": ("samme", "uendret", "uendrede", "forblir"),
}


def _no_change_same(neg: list[tuple[int, int, str]], neg_text: str, neg_lang: str | None,
                    aff_text: str, aff_lang: str | None) -> bool:
    """"A díj nem változik" (the fee does not change) rendered "the fee will be the same as
    before": each negator of the one side stands at most two words from a verb of change
    (`_CHANGE_STEMS`), or five words after one in the same clause (ändert sich nicht), and the other side says sameness (same, unchanged, remains, gleich,
    inchangé: `_SAME_WORDS`) and has no verb of change of its own."""
    cs = _CHANGE_STEMS.get(norm_lang(neg_lang) or "")
    same = _SAME_WORDS.get(norm_lang(aff_lang) or "")
    ac = _CHANGE_STEMS.get(norm_lang(aff_lang) or "")
    if not cs or not same or not ac or not neg:
        return False
    aw = [m.group().casefold() for m in _TOKEN.finditer(aff_text)]
    if not any(w in same for w in aw) or any(w.startswith(ac) for w in aw):
        return False
    toks = [(m.start(), m.group().casefold()) for m in _TOKEN.finditer(neg_text)]
    starts = [t[0] for t in toks]
    for s, _, _ in neg:
        i = bisect_right(starts, s) - 1
        if any(0 < abs(k - i) <= 2 and toks[k][1].startswith(cs) for k in range(max(0, i - 2), min(len(toks), i + 3))):
            continue
        # a verb-second clause puts its negator at the end ("ändert sich im Winter nicht")
        if not any(toks[k][1].startswith(cs) and not _CLAUSE_BREAK.search(neg_text, toks[k][0], s)
                   for k in range(max(0, i - 5), i)):
            return False
    return True


_CLAUSE_BREAK = re.compile(r"[,;:.!?–—()]")


# a negator that forbids or advises against (should not, not to, đừng, de ne pas): the
# negation of an advice or a rule, which a dropped negator turns into its opposite
_PROHIBITIVE = {
    "en": r"\b(?:not to|never to|should not|shouldn't|must not|mustn't|ought not)\b",
    "vi": r"(?<!\w)(?:không nên|không được|đừng|chớ)(?!\w)",
    "fr": r"\b(?:de ne pas|à ne pas|ne (?:doit|doivent|devrait|devraient|faut) pas)\b",
    "es": r"\b(?:no (?:debe|deben|debería|deberían|hay que))\b",
    "it": r"\b(?:non (?:deve|devono|dovrebbe|dovrebbero|bisogna))\b",
    "pt": r"\b(?:para não|não (?:deve|devem|deveria|deveriam))\b",
}


@lru_cache(maxsize=None)
def _prohibitive_re(lang: str) -> re.Pattern | None:
    pat = _PROHIBITIVE.get(lang)
    return re.compile(pat, re.IGNORECASE) if pat else None


def _must_pairs(negs: list[tuple[int, int, str]], text: str, lang: str | None) -> int:
    """How many "cannot not" pairs (must: Korean "물을 안 줄 수가 없다", cannot not water)
    the negators ``negs`` of ``text`` make, each pair two of them."""
    lx = lexicon(lang)
    if lx is None or not lx.must_first or len(negs) < 2:
        return 0
    at = {s: w for s, _, w in negs}
    toks = [(m.start(), m.group().casefold()) for m in _TOKEN.finditer(text)]
    pairs, used = 0, set()
    for i, (s, w) in enumerate(toks):
        if s not in at or w not in lx.must_first or s in used:
            continue
        for k in (i + 1, i + 2):
            if k + 1 < len(toks) and toks[k][1] in lx.must_noun:
                e, last = toks[k + 1]
                if e in at and last.startswith(lx.must_last) and e not in used:
                    pairs += 1
                    used |= {s, e}
                break
    return pairs


def _must_flipped(ns: list[tuple[int, int, str]], stext: str, sl: str | None,
                  nt: list[tuple[int, int, str]], ttext: str, tl: str | None) -> tuple[bool, str] | None:
    """Both sides negated, one only with a "cannot not" pair (must: "한여름에는 물을 하루도 안 줄
    수가 없다", in midsummer one must water every day) and the other with a single negator and
    no word of negative meaning ("you can go a day without watering"): the double negation
    lost a half. (Whether the source is the side of the pair, the other side's negator), or
    None. "Cannot go a day without watering" keeps both halves and says nothing here."""
    for src_pair, (pn, pt, pl), (on, ot, ol) in ((True, (ns, stext, sl), (nt, ttext, tl)),
                                                 (False, (nt, ttext, tl), (ns, stext, sl))):
        if len(on) == 1 and len(pn) == 2 and _must_pairs(pn, pt, pl) == 1 \
                and not negative_words(ot, ol) and not _questions(ot, ol) and not _questions(pt, pl):
            return src_pair, ot[on[0][0]:on[0][1]]
    return None


def _prohibition_dropped(ns: list[tuple[int, int, str]], stext: str, sl: str | None,
                         nt: list[tuple[int, int, str]], ttext: str, tl: str | None) -> str | None:
    """Both sides negated, but a prohibition of the source is gone: "khuyến cáo không nên
    gieo sớm khi chưa đủ nước" (advised not to sow early while there is not enough water)
    against "advised to sow early while there is not enough water".  The source has more
    negators than the translation and more prohibitive ones (`_PROHIBITIVE`, each one of
    its negators); the source's negator it says it with (None when there is none)."""
    ps, pt = _prohibitive_re(norm_lang(sl) or ""), _prohibitive_re(norm_lang(tl) or "")
    if ps is None or pt is None or len(nt) >= len(ns) or _questions(stext, sl) or _questions(ttext, tl):
        return None
    pros = [m for m in ps.finditer(stext) if any(m.start() <= a < m.end() for a, _, _ in ns)]
    if len(pros) <= len(list(pt.finditer(ttext))):
        return None
    return pros[0].group()


def _after_negator(text: str, e: int, lang: str | None) -> bool:
    """Does a negative word follow the negator ending at offset ``e`` closely enough to
    make a double negation or say the negation itself: a word of the lexicon ("not … yet",
    "nicht … verhindern") or a phrase in the next 40 characters, a derived one ("un-likely",
    "des-allotjar") only in the next two words ("not unlikely", "n'est pas totalement
    impossible"), not further on under a verb of its own ("no obligaran a desallotjar",
    will not require to evict)."""
    words = negative_words(text[e:e + 40], lang)
    lx = lexicon(lang)
    if not words or lx is None or lx.chars is not None:
        return bool(words)
    near = {m.group().casefold() for m in list(_TOKEN.finditer(text, e))[:2]}
    return any(" " in w or _lexical(w, lx) or w in near for w in words)


def _negative_elsewhere(neg_side: list[tuple[int, int, str]], neg_text: str, neg_lang: str | None,
                        aff_text: str, aff_lang: str | None) -> bool:
    """Do the two sides cut into as many clauses at about the same places (as
    `_clause_dropped` cuts them), and are the negative words of the side without a negator
    all derived ones (un-comfortable) in clauses whose counterparts hold no negator ("È un fastidio, ma
    … la gara non può essere annullata" ~ "c'est un inconvénient, mais … la course peut être annulée")? Such a
    word says something of its own clause, not the negation of another."""
    ln, la = lexicon(neg_lang), lexicon(aff_lang)
    if ln is None or la is None:
        return False
    cn, ca = _clauses(neg_text, ln.chars is not None), _clauses(aff_text, la.chars is not None)
    if len(cn) != len(ca) or len(cn) < 2:
        return False
    for text, lx in ((neg_text, ln), (aff_text, la)):
        if lx.correlative and any(m.group().casefold() in lx.correlative for m in _TOKEN.finditer(text)):
            return False
    if any(abs(a[1] / len(neg_text) - b[1] / len(aff_text)) > _CLAUSE_DRIFT for a, b in zip(cn[:-1], ca[:-1])):
        return False
    negated = {k for k, (a, b) in enumerate(cn) if any(a <= s < b for s, _, _ in neg_side)}
    worded = set()
    for k, (a, b) in enumerate(ca):
        ws = negative_words(aff_text[a:b], aff_lang)
        # (only derived words, "un-comfortable", "dés-agrément", which say their own clause;
        # a lexical one, "instead", "failed", may answer another clause's negation)
        if any(" " in w or _lexical(w, la) for w in ws):
            return False
        if ws:
            worded.add(k)
    return bool(worded) and not negated & worded


def _no_flip(neg_side: list[tuple[int, int, str]], neg_text: str, neg_lang: str | None,
             aff_text: str, aff_lang: str | None) -> bool:
    """Does the side without a negator say the negated side's meaning all the same: a
    negative word ("failed to pay" for "nicht beglichen"), or a double negation ("ne manque
    pas de", "not without") on the negated side, a bound, "not until", a quotation, …?"""
    aff_words = negative_words(aff_text, aff_lang) + _aff_vanish(neg_side, neg_text, neg_lang,
                                                                 aff_text, aff_lang)
    # a negative word in a name on each side ("the Free Wifi scheme" ~ "programme Wifi
    # Gratuit") renders the other's name; the name says nothing of the negator
    unnamed = _unnamed(aff_words, aff_text, aff_lang) if aff_words and _named_negative(neg_text, neg_lang) \
        else aff_words
    if unnamed:
        # "of little use if there are staff" against "servono a poco se non c'è il personale":
        # the "little" renders the other side's "poco", not its "non"
        if not _few_answered(unnamed, aff_lang, neg_side, neg_text, neg_lang) and not _compares(aff_text, aff_lang):
            unnamed = []
    if unnamed and _cognates_only(unnamed, neg_text, neg_lang) and not _compares(aff_text, aff_lang):
        unnamed = []  # "faltaban" renders the other side's "faltavam", not its "não"
    if unnamed and _negative_elsewhere(neg_side, neg_text, neg_lang, aff_text, aff_lang):
        unnamed = []  # "c'est un inconvénient, mais … peut être annulée": another clause
    if unnamed and _phrase_negation_only(unnamed, aff_lang, neg_side, neg_text, neg_lang):
        unnamed = []  # "without interruption" renders "sans interruption", not the "ne … pas"
    # (a litotes, "not rare", says "common" as a double negation does: the polarity is open
    # unless the other side says "rare")
    if (unnamed or ((any(_after_negator(neg_text, e, neg_lang) for _, e, _ in neg_side)
                     or _all_litotes(neg_side, neg_text, lexicon(neg_lang)))
                    and not _litotes_contradicted(neg_side, neg_text, neg_lang, aff_words, aff_lang,
                                                  aff_text))) \
            and not _stop_kept(neg_side, neg_text, neg_lang, aff_text, aff_lang) \
            and not _double_dropped(neg_side, aff_words, neg_text, neg_lang, aff_text, aff_lang):
        return True
    return _bound_both(neg_side, neg_text, neg_lang, aff_text, aff_lang) \
        or _exceed_both(neg_side, neg_text, neg_lang, aff_text, aff_lang) \
        or _short_of(neg_side, neg_text, neg_lang, aff_text, aff_lang) \
        or _pending_both(neg_side, neg_text, neg_lang, aff_text, aff_lang) \
        or _not_until(neg_side, neg_text, neg_lang, aff_text, aff_lang) \
        or _took_time(aff_text, aff_lang) \
        or _copied_negator(neg_side, neg_text, aff_text) \
        or _not_only_both(neg_side, neg_text, neg_lang, aff_text, aff_lang) \
        or _no_change_same(neg_side, neg_text, neg_lang, aff_text, aff_lang) \
        or _less_equative(neg_side, neg_text, neg_lang, aff_text, aff_lang) \
        or _approximated(neg_side, neg_text, neg_lang) \
        or _first_time(neg_side, neg_text, neg_lang, aff_text, aff_lang) \
        or _answer_both(neg_side, aff_text, aff_lang) \
        or _bound_unfigured(neg_side, neg_text, neg_lang, aff_text, aff_lang) \
        or _without_fixed(neg_side, neg_lang, aff_text, aff_lang) \
        or _gapped_comparison(neg_side, neg_text, neg_lang)


_CONCORD_REACH = 4  # words after a "without" whose negator is its own ("sin ningún problema")
_COND_REACH = 4  # words after an "if" whose negator makes an "unless" ("wenn die Prüfung nicht")
_CLAUSE_CUT = re.compile(r"[,;:.!?]")


def _phrase_kind(w: str, lx: "Lexicon") -> bool:
    """Is the negative word ``w`` a "without" (or a word ending in one: Tamil "தடையின்றி",
    without obstacle) or an "unless" of its language?"""
    return w in lx.unless or any(w == x or (len(x) >= 4 and w.endswith(x)) for x in lx.without)


def _phrase_negation_only(aff_words: list[str], aff_lang: str | None, neg_side: list[tuple[int, int, str]],
                          neg_text: str, neg_lang: str | None) -> bool:
    """Are the negative words of the side without a negator only "without" and "unless" words,
    no more of them than the negated side has of its own ("sans", "ohne"; "if not": a
    negator right after a `cond` word), and has the negated side besides a negator of its
    clause that is none of those (not right before a "without": "not without")? Each such word
    renders the other side's phrase ("without interruption" ~ "sans interruption"), so the
    clause's negator is dropped ("ne peut pas être livrée sans interruption" ~ "can be
    supplied without interruption")."""
    la, ln = lexicon(aff_lang), lexicon(neg_lang)
    if la is None or ln is None or la.chars is not None or ln.chars is not None or not ln.without:
        return False
    if not all(_phrase_kind(w, la) for w in aff_words):
        return False
    toks = [(m.start(), m.group().casefold()) for m in _TOKEN.finditer(neg_text)]
    where = {s: i for i, (s, _) in enumerate(toks)}
    phrase, clause = 0, 0
    for s, _e, w in neg_side:
        i = where.get(s)
        if i is None:
            return False
        if w in ln.without:
            phrase += 1
        elif any(toks[j][1] in ln.cond and not _CLAUSE_CUT.search(neg_text, toks[j][0], s)
                 for j in range(max(0, i - _COND_REACH), i)):
            phrase += 1  # "kung hindi", "si no", "wenn die Prüfung nicht": if not
        elif any(toks[j][1] in ln.without for j in range(max(0, i - _CONCORD_REACH), i)):
            continue  # "sin ningún problema", "bez żadnych": the "without"'s own
        elif i + 1 < len(toks) and toks[i + 1][1] in ln.without:
            return False  # "not without": a double negation
        else:
            clause += 1
    return clause > 0 and 0 < len(aff_words) <= phrase


_FEW_REACH = 2  # words before a small-quantity word a negator of its own may stand ("non pochi")


def _litotes_contradicted(neg_side: list[tuple[int, int, str]], neg_text: str, neg_lang: str | None,
                          aff_words: list[str], aff_lang: str | None, aff_text: str = "") -> bool:
    """Is every negator of the negated side a litotes, a small-quantity word (`few`) at most
    `_FEW_REACH` words after it ("ce n'est pas peu", "nicht wenig": not little, i.e. much), and
    does the side without a negator say a small quantity ("little", "weinig")? That side says
    the opposite: the negation is added or dropped, no double negation left open. A word of
    rarity is such a word too ("nicht selten", not rare: common, against "rare"), read in the
    other side's text where its lexicon holds no negative word of it."""
    la, ln = lexicon(aff_lang), lexicon(neg_lang)
    if la is None or ln is None or not la.few or not ln.few or ln.chars is not None or la.chars is not None:
        return False
    if not any(w in la.few for w in aff_words) \
            and not any(m.group().casefold() in la.few for m in _TOKEN.finditer(aff_text)):
        return False
    return _all_litotes(neg_side, neg_text, ln)


def _all_litotes(neg_side: list[tuple[int, int, str]], neg_text: str, ln: Lexicon | None) -> bool:
    """Is every negator of the negated side a litotes: a small-quantity or rarity word (`few`)
    at most `_FEW_REACH` words after it ("nicht wenige", "not rare": many, common)?"""
    if ln is None or not ln.few or ln.chars is not None or not neg_side:
        return False
    toks = [(m.start(), m.group().casefold()) for m in _TOKEN.finditer(neg_text)]
    starts = [t[0] for t in toks]
    for s, _e, _w in neg_side:
        i = bisect_right(starts, s) - 1
        near = range(max(0, i - 1), i) if ln.few_before else range(i + 1, min(len(toks), i + 1 + _FEW_REACH))
        if not any(toks[j][1] in ln.few for j in near):
            return False
    return True


def _few_answered(aff_words: list[str], aff_lang: str | None, neg_side: list[tuple[int, int, str]],
                  neg_text: str, neg_lang: str | None) -> list[str]:
    """The negative words of the side without a negator less those of a small quantity
    (little, few: its `few` words) that a `few` word of the negated side answers, one each
    (poco, pochi, wenig, peu), where that word does not stand under a negator of its own
    ("non pochi", not few): such a word renders the other side's, not its negator. Where
    the negated side says a small quantity under its negator ("not little", a litotes for
    "much"), every small-quantity word of the other side goes: it says the opposite."""
    la, ln = lexicon(aff_lang), lexicon(neg_lang)
    if la is None or ln is None or not la.few or not ln.few or ln.chars is not None or la.chars is not None:
        return aff_words
    if not any(w in la.few for w in aff_words):
        return aff_words
    toks = [(m.start(), m.group().casefold()) for m in _TOKEN.finditer(neg_text)]
    negs = {s for s, _e, _w in neg_side}
    spare, litotes = 0, False
    for i, (s, w) in enumerate(toks):
        if w in ln.few and s not in negs:
            if any(toks[j][0] in negs for j in (range(i + 1, min(len(toks), i + 2)) if ln.few_before
                                                  else range(max(0, i - _FEW_REACH), i))):
                litotes = True
            else:
                spare += 1
    if not spare and not litotes:
        return aff_words
    out = []
    for w in aff_words:
        # one under a negator of its own ("ce n'est pas peu", not little: a litotes for
        # "much") is contradicted, not rendered, by the other side's "little": every such
        # word of that side goes
        if w in la.few and (spare or litotes):
            spare -= 1
            continue
        out.append(w)
    return out


_COGNATE_HEAD = 5  # letters two words of a negative meaning share to be one word told twice


def _cognate_key(w: str) -> str:
    from ._text import unaccented
    return unaccented(w)[:_COGNATE_HEAD]


def _cognates_only(aff_words: list[str], neg_text: str, neg_lang: str | None) -> bool:
    """Is each negative word of the side without a negator the rendering of a negative word
    the negated side has too, written alike (its first five letters, accents aside:
    "faltaban" ~ "faltavam", missed)? Then it says that word, not the negator the other
    side also has ("faltavam às consultas porque não tinham" ~ "faltaban … porque
    tenían"): each such word of the negated side answers one. (Not where that side compares,
    `_compares`.)"""
    keys = [_cognate_key(w) for w in negative_words(neg_text, neg_lang)
            if len(w) >= _COGNATE_HEAD and " " not in w]
    if not keys:
        return False
    for w in aff_words:
        k = _cognate_key(w)
        if len(w) < _COGNATE_HEAD or " " in w or k not in keys:
            return False
        keys.remove(k)
    return True


def _compares(text: str, lang: str | None) -> bool:
    """Has ``text`` a `bound` word (more, less, fewer: "something less than a vital
    interest" for "nicht von entscheidendem Interesse"), which may say a negation its own way?"""
    lx = lexicon(lang)
    return lx is not None and lx.chars is None and any(
        m.group().casefold() in lx.bound for m in _TOKEN.finditer(text))


def _approximated(neg_side: list[tuple[int, int, str]], neg_text: str, neg_lang: str | None) -> bool:
    """Does an approximator stand right before every negator of the negated side ("for next
    to nothing", "almost no rain", "presque rien")? That says "very little", which the other
    side may say without a negator."""
    lx = lexicon(neg_lang)
    if lx is None or not lx.approx or lx.chars is not None:
        return False
    for s, _, _ in neg_side:
        before = list(_TOKEN.finditer(neg_text, max(0, s - 40), s))[-2:]
        if not before or neg_text[before[-1].end():s].strip():
            return False
        last = before[-1].group().casefold()
        pair = "_".join(m.group().casefold() for m in before) if len(before) == 2 \
            and not neg_text[before[0].end():before[1].start()].strip() else ""
        if last not in lx.approx and pair not in lx.approx:
            return False
    return True


def _answer_both(neg_side: list[tuple[int, int, str]], aff_text: str, aff_lang: str | None) -> bool:
    """Is every negator of the negated side the answer "no" (Nein, non) and does the other
    side say one too, a negator word of its language read as no negator there (a "voted
    no" that is the vote's answer; not Portuguese "no", in the)?"""
    la = lexicon(aff_lang)
    return la is not None and all(w.casefold() in _ANSWER_WORDS for _, _, w in neg_side) and any(
        (a := m.group().casefold()) in _ANSWER_WORDS and a in la.neg for m in _TOKEN.finditer(aff_text))


def _bound_unfigured(neg_side: list[tuple[int, int, str]], neg_text: str, neg_lang: str | None,
                     aff_text: str, aff_lang: str | None) -> bool:
    """Is every negator of the negated side right before a `bound` word ("but not longer",
    "aber nicht mehr", "pas moins de", its "than" after it or not), against a side whose
    negator heads a bound ("no more than that", "nicht mehr als das": read as no negator)?
    Both say "not more"."""
    lx, la = lexicon(neg_lang), lexicon(aff_lang)
    if lx is None or la is None or lx.chars is not None or la.chars is not None \
            or not lx.bound or not la.bound:
        return False
    for _, e, _ in neg_side:
        nxt = _TOKEN.match(neg_text, len(neg_text) - len(neg_text[e:].lstrip()))
        if nxt is None or neg_text[e:nxt.start()].strip() or nxt.group().casefold() not in lx.bound:
            return False
    words = [m.group().casefold() for m in _TOKEN.finditer(aff_text)]
    return any(w in la.neg and _bounds(words, i, la, aff_lang) for i, w in enumerate(words))


def _without_fixed(neg_side: list[tuple[int, int, str]], neg_lang: str | None,
                   aff_text: str, aff_lang: str | None) -> bool:
    """Is every negator of the negated side a "without" (ohne, sans), and has the other side
    as many "without" words of its own, which a fixed phrase read as no negator ("sem parar
    o trânsito", without stopping the traffic, where "sem parar" is also "nonstop")? Both
    sides say "without". A Japanese or Chinese side says it with a `privative` character
    opening a compound (無農薬, pesticide-free), as many as the other side's "without"."""
    lx, la = lexicon(neg_lang), lexicon(aff_lang)
    if lx is None or la is None or not lx.without:
        return False
    if not all(w.casefold() in lx.without for _, _, w in neg_side):
        return False
    if la.privative:
        # "sin torsión" against 無撚糸 (twistless yarn): the compound's 無 says "without"
        return sum(1 for i, c in enumerate(aff_text[:-1]) if c in la.privative
                   and _HAN.match(aff_text, i + 1)) >= len(neg_side)
    if not la.without or la.chars is not None:
        return False
    return sum(m.group().casefold() in la.without for m in _TOKEN.finditer(aff_text)) == len(neg_side)


def _first_time(neg_side: list[tuple[int, int, str]], neg_text: str, neg_lang: str | None,
                aff_text: str, aff_lang: str | None) -> bool:
    """Is the negated side's negation a "never" ("I have never seen it so cold", "noch nie",
    "non l'ho mai visto": one `never` word, at most one other negator) that the other side
    says as "the first time" (처음 본다, zum ersten Mal, por primera vez)?"""
    lx, la = lexicon(neg_lang), lexicon(aff_lang)
    if lx is None or la is None or not lx.never or not la.first or len(neg_side) > 2:
        return False
    if sum(w.casefold() in lx.never for _, _, w in neg_side) != 1:
        return False
    low = aff_text.casefold()
    return any(p in low for p in la.first)


# languages that write every noun with a capital: a capitalised word there is no name
_NOUN_CAPITALS = frozenset({"de", "lb"})


def _unnamed(words: list[str], text: str, lang: str | None) -> list[str]:
    """``words`` (negative words of ``text``) less those that stand only in a name: written
    with a capital inside the sentence ("the Free Wifi scheme", "chương trình Xe buýt Miễn
    phí", "Doctors Without Borders"), in a text that is not title-cased. Such a word names a programme or a body; it
    says no negation of its clause."""
    if not words or norm_lang(lang) in _NOUN_CAPITALS or (lexicon(lang) and lexicon(lang).chars is not None):
        return words
    toks = list(_TOKEN.finditer(text))
    caps = [m.group()[:1].isupper() for m in toks]
    if not toks or sum(caps) * 2 >= len(toks):
        return words  # a title-cased headline: every word has its capital
    named: set[str] = set()
    plain: set[str] = set()
    for i, m in enumerate(toks):
        w = m.group().casefold()
        if caps[i] and _mid_sentence(text, m.start()):
            named.add(w)
        else:
            plain.add(w)
    return [w for w in words if w not in named or w in plain]


def _named_negative(text: str, lang: str | None) -> bool:
    """Has ``text`` a negative word that stands in a name (`_unnamed`)?"""
    words = negative_words(text, lang)
    return bool(words) and len(_unnamed(words, text, lang)) < len(words)


def _less_equative(neg_side: list[tuple[int, int, str]], neg_text: str, neg_lang: str | None,
                   aff_text: str, aff_lang: str | None) -> bool:
    """Is every negator of the negated side right before an equative ("not as bad", "nicht
    so schlimm", "tidak separah": not as bad as), against a side that says "less" ("less
    seriously affected")? A negated equative is a comparison of less, no negation."""
    lx, ax = lexicon(neg_lang), lexicon(aff_lang)
    if lx is None or ax is None or lx.chars is not None or ax.chars is not None or not ax.less \
            or not (lx.equative or lx.equative_prefix):
        return False
    if not any(m.group().casefold() in ax.less for m in _TOKEN.finditer(aff_text)):
        return False
    for _, e, _ in neg_side:
        nxt = _TOKEN.match(neg_text, len(neg_text) - len(neg_text[e:].lstrip()))
        if nxt is None or neg_text[e:nxt.start()].strip():
            return False
        w = nxt.group().casefold()
        if w in lx.equative:
            continue
        p = next((p for p in lx.equative_prefix if w.startswith(p) and len(w) - len(p) >= 4
                  and zipf(w[len(p):], neg_lang) >= 3.5), None)
        if p is None:
            return False
    return True


def _free_negative_words(negs: list[tuple[int, int, str]], text: str, lang: str | None) -> int:
    """How many negative words ``text`` has outside its negators' reach: a negative word
    at most three words after a negator of its own ("ne pas pouvoir exclure", could not rule
    out) is that negator's object and says no second negation."""
    words = negative_words(text, lang)
    lx = lexicon(lang)
    if not words or not negs or lx is None or lx.chars is not None:
        return len(words)
    near = 0
    for _, e, _ in negs:
        nxt = [m.group().casefold() for m in _TOKEN.finditer(text, e)][:3]
        near += sum(1 for x in nxt if x in words)
    return max(0, len(words) - near)


_CONCORD_GAP = 2  # words between a negator and an n-word that agrees with it ("nu vor plăti nimic")


def _clause_negations(negs: list[tuple[int, int, str]], text: str, lang: str | None) -> int:
    """How many negations ``negs`` say: a negator at most two words after the one before it,
    in its clause, agrees with it (an n-word with its negator, "nu vor plăti nimic", "won't
    pay anything") and says no second negation; "no reason why he cannot" says two."""
    lx = lexicon(lang)
    if lx is None or lx.chars is not None:
        return len(negs)
    n, prev = 0, None
    for s, e, _ in sorted(negs):
        gap = text[prev:s] if prev is not None else ""
        if prev is None or _CLAUSE_CUT.search(gap) or len(_TOKEN.findall(gap)) > _CONCORD_GAP:
            n += 1
        prev = e
    return n


def _negation_units(negs: list[tuple[int, int, str]], text: str, lx: Lexicon) -> list[list[str]] | None:
    """The negations ``negs`` say in one clause, each as its negators, in a language whose
    lexicon tells (`single` or `opener`); None when it does not, or when a mark cuts the
    negators apart or a "without" is among them."""
    negs = sorted(negs)
    if not negs or _CLAUSE_CUT.search(text, negs[0][1], negs[-1][0]) \
            or any(w.casefold() in lx.without for _, _, w in negs):
        return None
    if lx.single:
        return [[w.casefold()] for _, _, w in negs]
    if not lx.opener:
        return None
    units: list[list[str]] = []
    prev = None
    for s, e, w in negs:
        w = w.casefold()
        if prev is None or w in lx.opener or len(_TOKEN.findall(text[prev:s])) > _CONCORD_GAP:
            units.append([w])
        else:
            units[-1].append(w)  # "non fare nulla": the n-word agrees with its "non"
        prev = e
    return units


def _double_said_once(ns: list[tuple[int, int, str]], stext: str, sl: str | None,
                      nt: list[tuple[int, int, str]], ttext: str, tl: str | None) -> bool | None:
    """A double negation in one clause on one side ("there is nothing he cannot mend": an
    n-word that names what is negated, then the clause's own negator), said once on the
    other, its n-word kept and the clause's negator dropped ("no hay nada que pueda arreglar":
    "no … nada" is one negation in Spanish)? Whether the source is the side with two; None
    when no such pair."""
    lx, la = lexicon(sl), lexicon(tl)
    # (one side of negative concord and one not: between two languages that count alike, a
    # colloquial "none of that cannot happen" or "nothing if not" is no lost half)
    if lx is None or la is None or lx.single == la.single:
        return None
    us, ut = _negation_units(ns, stext, lx), _negation_units(nt, ttext, la)
    if us is None or ut is None or sorted((len(us), len(ut))) != [1, 2]:
        return None
    two, two_lx, one, one_lx = (us, lx, ut, la) if len(us) == 2 else (ut, la, us, lx)

    def named(unit: list[str], x: Lexicon) -> bool:
        # the unit names what is negated: an n-word ("nothing"), or a negator and the
        # n-word that agrees with it ("non … nulla")
        return unit[0] in x.nword if x.single else len(unit) >= 2 and unit[0] in x.opener

    def plain(unit: list[str], x: Lexicon) -> bool:
        # the clause's own negator: "not", or "never" ("nothing … never"), or the opener
        return len(unit) == 1 and (unit[0] not in x.nword or unit[0] in x.never if x.single
                                   else unit[0] in x.opener)

    # (the side said once has no more negators than the other: "no decir nada nunca fue"
    # may be two negations whose "nunca" reads as agreeing with "nada")
    if not (named(two[0], two_lx) and plain(two[1], two_lx) and named(one[0], one_lx)) \
            or sum(map(len, one)) > sum(map(len, two)):
        return None
    return len(us) == 2


_NOR_CUT = re.compile(r"[,;:.!?()–—\"“”«»„]")


def _orphan_nor(negs: list[tuple[int, int, str]], text: str, lang: str | None) -> str | None:
    """A "nor" word (`nor`: ni, nem, né) inside a clause, after a word of it, with no negator
    before it in the clause ("habríamos podido cumplir X ni seguir Y": the "no" before the
    verb is gone): that word, or None."""
    lx = lexicon(lang)
    if lx is None or not lx.nor or lx.after_ne:
        return None
    starts = [s for s, _, _ in negs]
    for s, e, w in negs:
        if w not in lx.nor:
            continue
        cut = max((m.end() for m in _NOR_CUT.finditer(text, 0, s)), default=0)
        if not _TOKEN.search(text, cut, s) or any(cut <= x < s for x in starts):
            continue  # opening its clause ("…, ni …"), or a negator before it
        nxt = _TOKEN.search(text, e)
        if nxt is not None and nxt.group().casefold() in lx.nor_next:
            continue  # "ni siquiera", "ni un": a negator of its own
        return text[s:e]
    return None


def _nor_orphaned(ns: list[tuple[int, int, str]], stext: str, sl: str | None,
                  nt: list[tuple[int, int, str]], ttext: str, tl: str | None) -> tuple[bool, str] | None:
    """Both sides negated, and one side's "nor" stands in a clause with no negator before it
    (`_orphan_nor`) where the other side says more negations: the clause's negator before
    the "nor" was dropped. (Whether the source is the side that kept it, the orphan "nor"
    word) or None."""
    os_, ot = _orphan_nor(ns, stext, sl), _orphan_nor(nt, ttext, tl)
    if (os_ is None) == (ot is None):
        return None
    # (negators counted one by one: "pas … ni" are two, however close)
    if ot is not None and len(ns) > len(nt):
        return True, ot
    if os_ is not None and len(nt) > len(ns):
        return False, os_
    return None


# (session 70) languages whose sentence closes on its main predicate (Japanese, Korean):
# between two of them the closing predicates render each other
_VERB_FINAL = frozenset({"ja", "ko"})
_FINAL_END = " \t。.!?！？\"”」』）)…"
_CLOSE_REACH = {"ja": 3, "ko": 1}   # a negator ending this close to the end (chars; words)
_TAIL_REACH = {"ja": 12, "ko": 3}   # no negator this close to the end on the other side
_ONLY_TAIL = {"ja": ("しか",), "ko": ("밖에", "뿐")}  # "only" said with a negator (しか…ない)


def _final_polarity(negs: list[tuple[int, int, str]], text: str, lang: str) -> tuple[bool, bool]:
    """(whether the sentence's closing predicate is negated, whether any negator or "only"
    word stands in its tail) for a Japanese or Korean sentence."""
    end = len(text.rstrip(_FINAL_END))
    if lang == "ja":
        final = any(end - _CLOSE_REACH["ja"] <= e <= end for _, e, _ in negs)
        cut = end - _TAIL_REACH["ja"]
    else:
        words = list(_TOKEN.finditer(text, 0, end))
        if not words:
            return False, False
        final = any(s >= words[-_CLOSE_REACH["ko"]].start() for s, _, _ in negs)
        cut = words[-min(len(words), _TAIL_REACH["ko"])].start()
    tail = text[max(0, cut):end]
    return final, any(e > cut for _, e, _ in negs) or any(w in tail for w in _ONLY_TAIL[lang])


def _final_flip(ns: list[tuple[int, int, str]], stext: str, sl: str | None,
                nt: list[tuple[int, int, str]], ttext: str, tl: str | None) -> bool | None:
    """Between Japanese and Korean, whose sentences close on their main predicate: the
    closing predicate negated on one side ("乗れない。", "탈 수 없다.") while the other side's
    tail holds no negator nor "only" word at all ("乗れる。", "탈 수 있다.")? Whether the
    source is the negated side; None otherwise."""
    a, b = norm_lang(sl), norm_lang(tl)
    if a == b or a not in _VERB_FINAL or b not in _VERB_FINAL \
            or len(split_sentences(stext, a)) != 1 or len(split_sentences(ttext, b)) != 1:
        return None
    fs, ts = _final_polarity(ns, stext, a), _final_polarity(nt, ttext, b)
    if fs[0] and not ts[1] and not negative_words(ttext[-_TAIL_REACH["ja"] * 2:], b):
        return True
    if ts[0] and not fs[1] and not negative_words(stext[-_TAIL_REACH["ja"] * 2:], a):
        return False
    return None


def _gapped_comparison(neg: list[tuple[int, int, str]], neg_text: str, neg_lang: str | None) -> bool:
    """Does every negator of the side head a comparison with a word before its "than" (a
    `bound` word right after it, one word, a `than` word: "nicht weniger wichtig als", "no
    less important than", "nothing more fearful than")? It says "at least as" or "the most",
    which the other side may say without a negator ("لا تقل أهمية عن", "just as important")."""
    lx = lexicon(neg_lang)
    if lx is None or not lx.bound or not lx.than or lx.chars is not None:
        return False
    for _, e, _ in neg:
        ms = list(islice(_TOKEN.finditer(neg_text, e), 3))
        nxt = [m.group().casefold() for m in ms]
        if len(nxt) < 3 or _CLAUSE_CUT.search(neg_text, e, ms[2].start()) \
                or nxt[0] not in lx.bound or not nxt[1].isalpha() or nxt[1] in lx.than or nxt[2] not in lx.than:
            return False
    return True


def _clause_flip(ns: list[tuple[int, int, str]], stext: str, sl: str | None,
                 nt: list[tuple[int, int, str]], ttext: str, tl: str | None
                 ) -> tuple[bool, str, str] | None:
    """Both sides negated, and a clause negated on one side is not on the other
    (`_clause_dropped`) with nothing there that says it otherwise (`_no_flip` on the two
    clauses): (whether the source is the negated side, that clause, its negator), or None."""
    got = _clause_dropped(ns, stext, sl, nt, ttext, tl)
    if got is None:
        return None
    src_neg, (a, b), (c, d) = got
    # the other side says as many negations in all, with its negators and its words of
    # negative meaning ("hardly surprising … not" ~ "nicht … nicht"): moved, not dropped
    more, fewer = ((ns, stext, sl), (nt, ttext, tl)) if src_neg else ((nt, ttext, tl), (ns, stext, sl))
    # (a `contrary` word a negator of the negated side governs, "not against", is a double
    # negation: the other side's negative word alone, "反对" (against), may render it)
    # (negators of one clause count once: "nu vor plăti nimic", "ne paieront rien", "won't pay
    # anything" say one negation, the n-word agreeing with its negator)
    if _clause_negations(*more) + _governed_contrary(*more) \
            <= _clause_negations(*fewer) + _free_negative_words(*fewer):
        return None
    neg_text, neg_lang = (stext[a:b], sl) if src_neg else (ttext[a:b], tl)
    aff_text, aff_lang = (ttext[c:d], tl) if src_neg else (stext[c:d], sl)
    neg = negators(neg_text, neg_lang) or []
    if not neg or negators(aff_text, aff_lang) or _questions(neg_text, neg_lang) \
            or _no_flip(neg, neg_text, neg_lang, aff_text, aff_lang):
        return None
    return src_neg, neg_text, neg_text[neg[0][0]:neg[0][1]]


_FIGURE_RUN = re.compile(r"\d(?:[\d.,\u00a0\u202f]*\d)?")


@lru_cache(maxsize=None)
def _bound_phrases(lang: str | None) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of the P003 lexicon's `bound` concept that end with a `bound` word of
    ``lang`` and hold no negator ("au moins", "al menos", "pelo menos", "al più": at least,
    at most), by that word: the word is the phrase's, no comparative of its own, so "au
    moins 100" (at least 100) bounds the figure as "не менее 100" does, not as "moins de 100"."""
    from .direction import lexicon as dir_lexicon
    lx, dl = lexicon(lang), dir_lexicon(lang)
    out: dict[str, list[tuple[str, ...]]] = {}
    if lx is None or dl is None or "bound" not in dl.concepts:
        return {}
    negs = lx.neg | lx.alone | lx.after_ne
    for pole in dl.concepts["bound"]:
        for pat in pole:
            parts = pat.parts
            if (len(parts) > 1 and not pat.near and parts[-1] in lx.bound
                    and not any("*" in w or w in negs for w in parts[:-1])):
                out.setdefault(parts[-1], []).append(parts[:-1])
    return {w: tuple(v) for w, v in out.items()}


def _in_bound_phrase(words: list[str], j: int, phrases: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    """Does the `bound` word at ``j`` end one of ``phrases`` ("d'au moins": an elided article
    before the phrase's first word is stripped)?"""
    for lead in phrases.get(words[j], ()):
        k = j - len(lead)
        if k < 0:
            continue
        got = words[k:j]
        m = _ELIDED_HEAD.match(got[0])
        got = [got[0][m.end():] if m else got[0], *got[1:]]
        if tuple(got) == lead:
            return True
    return False


def _bound_figures(text: str, lang: str | None) -> dict[str, list[tuple[bool, int, int, str]]]:
    """The bounds of ``text`` on a figure ("more than 40", "nicht mehr als 40"): per figure
    (its digits), (negated, start, end, bound word) for each `bound` word with a `than`
    word (or the figure) after it and the figure at most two words on; negated when a
    negator stands at most three words before it in its clause ("no more than", "may not
    take more than")."""
    lx = lexicon(lang)
    out: dict[str, list[tuple[bool, int, int, str]]] = {}
    if lx is None or lx.chars is not None or not lx.bound:
        return out
    # (a bound word as a token is a substring of the case-folded text: most sentences have
    # none, and tokenising them cost P001 more than all the rest of this)
    low = text.casefold()
    if not any(b in low for b in lx.bound):
        return out
    toks = list(_token_re(text).finditer(text))
    words = [m.group().casefold() for m in toks]
    if not any(w in lx.bound for w in words):
        return out
    # a number word is a figure too ("mais de metade", "mehr als die Hälfte", "more than
    # twenty"): keyed by its values, an integer as its digits
    said = {n.start: n for n in find_numbers(text, lang, soft_words=False) if n.kind == "word"}

    def figure(k: int) -> bool:
        return words[k][:1].isdigit() or toks[k].start() in said
    phrases = _bound_phrases(lang)
    for j, w in enumerate(words):
        if w not in lx.bound or j + 1 >= len(words):
            continue
        k = j + 1 if figure(j + 1) else next(
            (k for k in range(j + 2, min(j + 4, len(words))) if figure(k)), None) \
            if words[j + 1] in lx.than else None
        if k is None or re.search(r"[,;:.!?–—]\s", text[toks[j].end():toks[k].start()]):
            continue
        if words[k][:1].isdigit():
            fig = _FIGURE_RUN.match(text, toks[k].start())
            end, keys = fig.end(), [re.sub(r"\D", "", fig.group())]
        else:
            num = said[toks[k].start()]
            end, keys = num.end, sorted({str(int(v)) if v == int(v) else f"{v:g}" for v in num.values
                                         if isinstance(v, (int, float))})
        label = f"{w} {words[j + 1]}"
        if j >= 2 and words[j - 2] == w and not re.search(r"[^\s\-‐]", text[toks[j - 2].end():toks[j - 1].start()]
                                                            + text[toks[j - 1].end():toks[j].start()]):
            # the bound word said twice around a postposition ("कम से कम 3,000", "ज़्यादा से
            # ज़्यादा": at least, at most) bounds the figure the other way: "no less than"
            for key in keys:
                out.setdefault(key, []).append((True, toks[j - 2].start(), end, label))
            continue
        if phrases and _in_bound_phrase(words, j, phrases):
            continue  # "au moins 100", "al menos 100": at least, no "less" of its own
        neg = False
        for i in range(j - 1, max(-1, j - 4), -1):
            if re.search(r"[,;:.!?–—]", text[toks[i].end():toks[i + 1].start()]):
                break
            if words[i] in lx.neg or words[i] in lx.after_ne or ("n't" in lx.neg and words[i].endswith(_NT)):
                neg = True
                break
        for key in keys:
            out.setdefault(key, []).append((neg, toks[i].start() if neg else toks[j].start(), end, label))
    return out


def _bound_poles(word: str, lang: str | None) -> set[tuple[str, int]]:
    """The (concept, pole) pairs of the P003 lexicon a bound's words take alone."""
    from .direction import _fold, _lookup, _match, lexicon as dir_lexicon
    lx = dir_lexicon(lang)
    if lx is None:
        return set()
    # the bound word, the word after it, or the two as a phrase ("mai mult": more)
    ws = [_fold(w) for w in word.split()]
    out = {(n, p) for w in ws for n, p, pat in _lookup(w, lx) if len(pat.parts) == 1}
    if len(ws) == 2:
        out |= {(n, p) for n, p, pat in _lookup(ws[0], lx)
                if len(pat.parts) == 2 and not pat.near and _match(ws[1], pat.parts[1])}
    return out


@lru_cache(maxsize=None)
@lru_cache(maxsize=None)
def _unless_re(lang: str | None) -> re.Pattern | None:
    lx = lexicon(lang)
    if lx is None or not (lx.unless or lx.unless_end) or not lx.cond:
        return None
    alts = []
    if lx.unless:
        alts.append(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, lx.unless)) + r")(?![^\W\d_])")
    if lx.unless_end:  # (Turkish "yapılmazsa": a negative conditional ending)
        alts.append(r"(?<![^\W\d_])[^\W\d_]{2,}(?:" + "|".join(map(re.escape, lx.unless_end))
                    + r")(?![^\W\d_])")
    return re.compile("|".join(alts), re.I)


def _unless_dropped(stext: str, sl: str | None, ttext: str, tl: str | None) -> tuple[bool, str] | None:
    """Neither side has a negator: does one say "unless" (an `unless` word: if not) and the
    other a plain conditional (a `cond` word) with no `unless`, negative or `only` word
    ("only if" says "unless" the other way round)? (whether the source says "unless", its
    word), or None."""
    rs, rt = _unless_re(sl), _unless_re(tl)
    if rs is None or rt is None:
        return None
    ms, mt = rs.search(stext), rt.search(ttext)
    if bool(ms) == bool(mt):
        return None
    m, aff_text, aff_lang = (ms, ttext, tl) if ms else (mt, stext, sl)
    la = lexicon(aff_lang)
    words = [w.casefold() for w in _TOKEN.findall(aff_text)]
    if not any(w in la.cond for w in words) or any(w in la.only for w in words) \
            or negative_words(aff_text, aff_lang):
        return None
    return bool(ms), m.group()


def _bound_dropped(stext: str, sl: str | None, ttext: str, tl: str | None
                   ) -> tuple[bool, str, str] | None:
    """Neither side negated: is a figure bounded with a negator on one side ("nicht mehr
    als 40", at most 40) and with the same bound word without one on the other ("more than
    40")? (whether the source is the negated side, its bound, the other's), or None. The
    bound words must say the same direction (the P003 lexicon: mehr ~ more, weniger ~ less),
    and the side without the negator must have no negative word."""
    bs = _bound_figures(stext, sl)
    bt = _bound_figures(ttext, tl) if bs else {}  # (no figure in common without one side's)
    for fig in bs.keys() & bt.keys():
        for src_neg, (a, at, ab), (b, bx, bb) in ((True, (stext, sl, bs[fig]), (ttext, tl, bt[fig])),
                                                   (False, (ttext, tl, bt[fig]), (stext, sl, bs[fig]))):
            negd = [x for x in ab if x[0]]
            plain = [x for x in bb if not x[0]]
            if not negd or not plain or any(not x[0] for x in ab) or any(x[0] for x in bb):
                continue
            if negative_words(b, bx):
                continue
            pa, pb = _bound_poles(negd[0][3], at), _bound_poles(plain[0][3], bx)
            if not pa & pb:
                continue
            (_, s0, e0, _), (_, s1, e1, _) = negd[0], plain[0]
            return src_neg, a[s0:e0], b[s1:e1]
    return None


def _exceed_figures(text: str, lang: str | None) -> dict[str, list[tuple[bool, int, int]]]:
    """The figures a verb of exceeding (`exceed`) bounds in ``text`` ("لا تتجاوز 20", "supera
    el 20 %"): per figure (its digits), (negated, start, end) for each such verb with the
    figure at most three words on in its clause; negated when a negator word stands at most
    two words before the verb or after it in its clause ("does not exceed", "ne dépasse pas"),
    read as a negator of the clause or not (Arabic "لا تتجاوز" is a fixed bound)."""
    lx = lexicon(lang)
    out: dict[str, list[tuple[bool, int, int]]] = {}
    if lx is None or lx.chars is not None or not lx.exceed:
        return out
    low = text.casefold()  # (a token starting with a verb's stem: the stem is in the text)
    if not any(v in low for v in lx.exceed):
        return out
    toks = list(_TOKEN.finditer(text))
    words = [m.group().casefold() for m in toks]

    def apart(a: int, b: int) -> bool:  # a clause break between tokens a < b
        return bool(_CLAUSE_BREAK.search(text, toks[a].end(), toks[b].start()))

    def negator(w: str) -> bool:
        return w in lx.neg or w in lx.after_ne or ("n't" in lx.neg and w.endswith(_NT))
    for k, w in enumerate(words):
        if not w.startswith(lx.exceed):
            continue
        f = next((j for j in range(k + 1, min(len(words), k + 5)) if words[j][:1].isdigit()), None)
        if f is None or apart(k, f):
            continue
        fig = _FIGURE_RUN.match(text, toks[f].start())
        key = "".join(str(unicodedata.digit(c)) for c in fig.group() if c.isdigit())
        negd = [j for j in range(max(0, k - 2), min(len(words), k + 3))
                if j != k and negator(words[j]) and not apart(min(j, k), max(j, k))]
        start = toks[negd[0]].start() if negd and negd[0] < k else toks[k].start()
        out.setdefault(key, []).append((bool(negd), start, fig.end()))
    return out


def _exceed_dropped(stext: str, sl: str | None, ttext: str, tl: str | None
                    ) -> tuple[bool, str, str] | None:
    """Neither side negated: does a negated verb of exceeding bound a figure on one side
    ("لا تتجاوز 20", does not exceed: at most; a fixed phrase there, no negator) and the
    same verb without a negator the same figure on the other ("supera el 20 %", exceeds)?
    (whether the source is the negated side, its bound, the other's), or None."""
    es = _exceed_figures(stext, sl)
    et = _exceed_figures(ttext, tl) if es else {}
    for fig in es.keys() & et.keys():
        for src_neg, (a, ab), (b, bb) in ((True, (stext, es[fig]), (ttext, et[fig])),
                                          (False, (ttext, et[fig]), (stext, es[fig]))):
            if all(x[0] for x in ab) and not any(x[0] for x in bb):
                return src_neg, a[ab[0][1]:ab[0][2]], b[bb[0][1]:bb[0][2]]
    return None


def _unclaimed_text(ctx: CheckContext, b: BeadView, ttext: str) -> str:
    """The bead's target text without the sentences an F rule reports as page furniture (a
    related-article teaser, a caption the aligner merged into the bead): their words render
    nothing of the source sentence, so a negative word there ("… are vanishing from the
    towns") says nothing of its negation."""
    segs = [s for s in b.target if s.kind not in _SKIP_KINDS]
    if len(segs) < 2:
        return ttext
    from .furniture import claimed_spans
    spans = claimed_spans(ctx)
    if not spans:
        return ttext
    keep = [s for s in segs if not any(a <= s.start and s.end <= z + 1 for a, z in spans)]
    return " ".join(s.text for s in keep) if keep and len(keep) < len(segs) else ttext


@rule("P001", "negation-flipped", "Accuracy/Mistranslation", "minor", artefact="negation",
      summary="One side of an aligned pair is negated and the other is not: the source says "
              "\"not\", \"nicht\", \"jamais\" where the translation affirms, or the reverse. A "
              "side that says it with a negative word (failed, lacks, unable, hopeless; a phrasal "
              "verb of exclusion, its object maybe between: kept the harvesters out, shut us out; "
              "stay out of, stay away from, keep away from, and the verb overwhelm) "
              "is not read as affirmative; \"not only … but also\" (a copula may stand between: \"no es "
              "solo …, sino\"; Hindi \"सिर्फ़ X नहीं, बल्कि\"; or \"also\" without a \"but\": \"nicht "
              "nur …, auch\"), a Japanese embedded question with a verb of worry or consideration "
              "after it (\"迷惑をかけていないか心配\", worried whether it bothers them), French \"ne … que\" and Arabic "
              "\"لم … إلا\" and Korean \"X밖에 (V-지) 않다\" (only) are no negation, nor the \"ne\" of French "
              "\"n'importe quel\", \"n'importe où\" (any, anywhere: \"n'importe où plus au nord\" is no \"ne … plus\"), nor a bound (\"no inferior a 60\", \"no lower than 32%\", Thai \"ไม่เกิน\" not exceeding, Arabic \"لا يقل عن\" at least), nor \"had no "
              "(other) choice but\" (keine andere Wahl als: had to), nor a negator in an indirect "
              "question after a verb of wondering (\"vroegen zich af of het niet beter was\", "
              "wondered whether it was better), "
              "and a Czech or Slovak n-word next to a verb without its \"ne-\" (\"nijak pomůže\" "
              "for \"nijak nepomůže\", does nothing to help) against a negated source is a "
              "dropped negation; "
              "nor is \"not … until\" against \"erst\", \"pas\", \"solo\" or Chinese \"才\" (when every "
              "negator of that side has its \"until\"), or a negator the "
              "other side quotes as written (\"Don't look away\" kept in English), a negated verb of "
              "exceeding (\"will not exceed\") against the same bound said the other side's way, "
              "a negated verb of reaching (\"ne dosega ravni\", \"n'atteint pas\": does not reach the "
              "level) against a word of falling short (\"is still below the level\"), "
              "or Portuguese/Spanish \"por\" + infinitive (\"por vender\", unsold) against "
              "\"without\" + infinitive. Where both sides are negated and cut into as many "
              "clauses at about the same places (Chinese at its full-width commas), a clause negated "
              "on one side only is flagged "
              "too (\"did not arrive, so the houses cannot be built\" ~ \"…, so they can be "
              "built\"), when that side also has more negators than the other has negators and "
              "negative words (a negative word a few words after a negator of its own, \"ne pas "
              "pouvoir exclure\", is that negator's object and does not count). Where "
              "neither side has a negator of its clause, a figure bounded with a negator on one "
              "side (\"nicht mehr als 40\", at most 40) and with the same bound word and no negator "
              "on the other (\"more than 40\") is flagged: the opposite bound. A word of contrary "
              "meaning right after a negator (\"not against\") makes a double negation that the other "
              "side's negative word alone (\"反对\", against) has dropped; one that says \"no longer "
              "exist\" (disappear, vanish) says a negation on a side without a negator "
              "(\"will disappear\" for \"不复存在\") where the negated side's "
              "language lists such words and none stands under its negator (\"nicht verschwinden\" "
              "against \"disappear\" stays a dropped negation). A double "
              "negation (\"not unlikely\") is a negator with a derived negative word in the next "
              "two words; a negated phrasal verb of exclusion (\"did not rule out\") is one too, "
              "dropped where the other side has the negative verb alone (\"ha escluso\"). "
              "A Korean \"cannot not\" (\"안 줄 수가 없다\", \"하지 않을 수 없다\": must) against a "
              "single negator on the other side (\"can go a day without watering\") is flagged. "
              "\"Without exception\" (\"sans exception\", \"with no exception\") "
              "says \"every\", and Catalan/Spanish \"abans que … ni un\" (before a single …) "
              "negates nothing. A negator capitalised inside a name, after a short linking word "
              "that follows a capital (\"Val di Non\"), is no negator; German \"nicht mehr als\" "
              "before a bare capitalised noun (\"nicht mehr als Ausnahme betrachten\", no longer "
              "regard as an exception) is a negation, not the bound \"no more than\". Bulgarian "
              "\"ни\" is also the pronoun \"us, our\" (\"отборът ни\", our team): a negator only "
              "before a word of \"not a single\" (\"ни един\") or with a second \"ни\" a few words "
              "on. A negative word that names a thing (\"the lost income\") or stands in a name "
              "(capitalised inside the sentence: \"the Free Wifi "
              "scheme\", where the other side's name has one too) does not say the other side's negation; and a negated equative (\"nicht "
              "so stark beschädigt\", \"tidak separah\": not as badly) against a side that says "
              "\"less\" (\"less seriously affected\") is no flip; nor is a negator right after an "
              "approximator (\"for next to nothing\", \"almost no rain\", \"presque rien\": very little), "
              "French \"rien que\" (just, alone), Estonian \"keegi\", \"midagi\" without \"ei\" "
              "(someone, something), or English \"little\", \"few\" (not after an article) against a negator; "
              "a negative word the side without a negator shares, written alike, with the negated side "
              "(\"faltaban\" ~ \"faltavam\") renders that word, not the negator, and a bound word said twice "
              "around a postposition (Hindi \"कम से कम\", at least) is a negated bound. The answer "
              "\"no\" right after a verb of voting (\"voted no, arguing\", \"votaron no en\") is no "
              "negation, nor is an answer \"no\" (Nein, non) against one on the other side, and a lone \"never\" (nie, nunca, jamais) against \"the first time\" on the "
              "other side (처음 본다, zum ersten Mal) is no flip; \"unless\" (es sei denn, à moins que) "
              "against a plain \"if\" with no negator, negative word or \"only\" is a dropped negation. A figure "
              "bounded with a number word (\"no more than half\", \"nie mehr als zwanzig\") is a bound too, "
              "and the opposite bound is major; a negator right before a bound word (\"but not longer\") against "
              "a negated bound (\"nicht mehr als das\"), or a \"without\" against one the other side reads in a "
              "fixed phrase (\"sem parar o trânsito\"), is no flip. A \"little\" or \"few\" that renders "
              "a small-quantity word of the negated side (\"servono a poco se non c'è\" ~ \"of little "
              "use if there is\") does not say its negator; \"X at the earliest\" (frühestens, 早くても) says \"not until X\", and Chinese \"must\" said with two negators (不修不行, 非去不可) and 不计 (not counting) negate nothing; "
              "a bound word that ends an \"at least\" or \"at most\" phrase (\"au moins 100\", \"al menos 100\", "
              "\"au plus 40\") is that phrase's, not the opposite of a negated bound (\"не менее 100\"). "
              "\"Far from being\" (lejos de ser, loin d'être) says a negation; a side whose only negative words are "
              "\"without\" or \"unless\" words (\"தடையின்றி\", without obstacle) renders the other side's \"without\" or "
              "\"if not\", so a clause negator there besides is dropped; a negated verb of "
              "exceeding read as a bound (\"لا تتجاوز 20\", at most) against the same verb without one on the other "
              "side is the opposite bound (major), and a derived negative word (un-comfortable) in another clause than the "
              "negator's counterpart does not say it. An n-word after a comparative and its \"than\", a preposition "
              "maybe between (\"que en ningún año anterior\", \"plus qu'aucun autre\": than any), says \"any\"; "
              "Japanese \"Vないうちに\" says \"before\", and so does Swahili \"kabla\" with a verb of the "
              "\"not yet\" tense (\"kabla hawajafika\", before they arrive). Chinese 不足 or 不满 right before a "
              "figure (不足50只, fewer than 50) is a bound, Japanese 欠かせない (indispensable), 間違いない (certainly) "
              "and 言うまでもない (needless to say) are negative words and no negators, comparatives of frequency "
              "bound a figure (\"не реже одного раза\", at least once; \"nicht seltener als\"), a side whose every "
              "negator heads a comparison with one word before its \"than\" (\"nicht weniger wichtig als\", no less "
              "important than) is no flip against a side without a negator, and in Urdu or Hindi a clause-final negator after a figure, \"than\" and a bound word (\"30 منٹ سے "
              "زیادہ … نہیں\", not more than 30 minutes) against \"no more than\" is no flip; German \"wie noch "
              "nie\" (as never before) is a record, and French \"non\" before a participle after a noun of three "
              "letters with its article (\"l'eau non filtrée\") negates that word. Where clauses are compared, a "
              "negator at most two words after another of its clause agrees with it and says no second negation "
              "(\"nu vor plăti nimic\": one). A sentence an F "
              "rule reports as page furniture (a related-article teaser the aligner merged into the pair) renders "
              "nothing of the other side's negation. A negator is a quotation kept as written on the other side "
              "only with a word beside it (\"don't be\"; Spanish \"no\" against Portuguese \"no entanto\" is no "
              "quotation); \"nevertheless\" is no \"-less\" word; an n-word after a \"without\" (\"sem perda "
              "nenhuma\") is that \"without\"'s own; a litotes \"not little\" (\"ce n'est pas peu\") against a plain "
              "\"little\" is a flip; French \"ne … plus X que\" (only … now) and \"pas d'autre choix que\" (had to), "
              "\"como si nada\" (as if nothing had happened) and Korean 안 as the noun \"inside\" after a noun "
              "(\"공원 안 산책로\") negate nothing; verbs of stopping (přestat, aufhören), of disliking (嫌がる, "
              "싫어하다) and of disappearing (사라지다, 消える: a negator right after its verb governs it) and a prison "
              "term \"ohne Bewährung\" or \"sans sursis\" (not suspended) are negative words; Japanese -ず after an "
              "e-row stem (払えず) negates, and a negated verb of exceeding in Chinese or Japanese (不会超过15分钟, "
              "15分を超えない) is a bound. Bengali is read too: its negator after the verb (না, নয়, নেই) and "
              "the past one glued to it (করেনি, হয়নি), not \"না … পর্যন্ত\" (until) nor নয় as \"nine\". Afrikaans too: the \"nie\" that closes a negated clause a second time (\"het nie gekom nie\", \"nie meer as 5% … nie\") says that negation again, no second one. A word "
              "of rarity under a negator (\"not rare\", \"nicht selten\") is a litotes for \"common\": no flip "
              "against \"common\", a flip against \"rare\" or \"uncommon\". A negation that crossed a sentence "
              "boundary the two sides draw differently is answered by one neighbouring pair only, one flagged the "
              "reverse or, negated on both sides, one with more negated sentences and negators on the other side: of three flags in reverse by "
              "turns, one stays. An n-word right after a \"without\" (\"bez żadnej\") is its own, Urdu بلا is "
              "\"without\", and Korean \"채 되지 않는\" (not even reaching a figure) says \"fewer than\". "
              "\"Nothing but\", \"none but\" and \"nichts als\" (only) and Spanish \"sin más\" ending its clause "
              "(just, simply) negate nothing; Turkish says \"unless\" with the aorist's negative conditional "
              "(\"yapılmazsa\", if it is not done), a dropped negation against a plain \"if\"; a Korean litotes "
              "\"적지 않다\", \"짧지 않다\" (not few, not short) is a flip against \"few\" or \"little\" and none "
              "against \"many\"; a flag negated only with \"without\" and a neighbour flagged the other way round "
              "with a clause negator are two negations, not one moved; where one side cuts a clause more with a "
              "comma, the other is cut before its \"because\", \"although\", \"whereas\" too; a Thai side of "
              "one segment with fewer negators than the other side has negated sentences has lost one. Arabic "
              "\"ألا\" (that … not), the Swahili present negative (\"hawalimi\", they do not grow) and an "
              "\"un-\" participle read on its verb (\"unfenced\") are negators and a negative word. English "
              "\"not long after\", \"not far behind\", \"no matter\", \"none other than\", \"not least\", \"in no "
              "small part\" and, "
              "after a mark, \"not to mention\", \"to say nothing of\" negate nothing, nor do German \"nicht "
              "zuletzt\", \"nicht lange nach\", \"kein anderer als\", \"gar nicht zu reden\". "
              "A double negation in one clause (\"there is nothing the smith cannot mend\", \"niemand hier "
              "kann nicht schwimmen\": an n-word, then the clause's own negator) against a side of negative "
              "concord that keeps the n-word with its negator and no second negation (\"no hay nada que el "
              "herrero pueda arreglar\", where \"no … nada\" is one negation) has lost its second half, and "
              "the reverse; between two languages without negative concord such pairs are not compared. "
              "Korean \"말할 것도 없다\", \"말할 나위도 없다\" (needless to say, let alone) and French \"ne … que\" "
              "before \"plus\" (\"n'a qu'un peu plus de 30 ans\", just over 30) negate nothing; Chinese 非 "
              "as the prefix of a derived word (非法 illegal, 非正式 informal) or in 非同小可 is no negator of "
              "its clause (并非, 绝非 are); Japanese \"-なければ\" (if not) negates, and -ず after an i-row "
              "stem (足りず, not enough) is a negative word; Thai verbs of preventing with ไม่ให้ "
              "(ป้องกันไม่ให้, keep … from) negate no clause; a \"without\" against a Japanese or Chinese "
              "compound opened by 無 or 无 (無農薬, pesticide-free) is no flip. A verb of denial under a "
              "negator (\"does not deny\") against the plain verb (\"nekar\") is a flip, though both "
              "sides share other negative words (\"anything banned\" ~ \"något förbjudet\"); a \"nor\" "
              "(Spanish, Catalan \"ni\", Portuguese \"nem\", Italian \"né\", English \"nor\") inside a "
              "clause after a word of it with no negator before it (\"podrían llegar al hospital ni ir "
              "al mercado\"; not \"ni siquiera\", \"ni un\") lost the negator the other side says "
              "there; where one side cuts a clause more with a comma, the clauses compared are those "
              "between the cuts both sides make at the same places (Polish \"ani\" before \"one\", "
              "\"ani jednego\", is \"not a single\", no \"neither\"); between Japanese and Korean a "
              "sentence's closing predicate negated on one side only (\"볼 수 없다\" ~ \"見られる\"), the "
              "other's tail free of negators and \"only\" words (しか, 밖에), is a flip. Negative words "
              "too: the Finnish caritive (lannoitta-mattomia, unfertilised), Hebrew למנוע (prevent), "
              "Croatian bez-/bes- words (bespovratna, non-repayable), Latvian ne- before a verbal "
              "prefix (ne-ie-lūst), English \"caution against\", \"-proof\" after a hyphen, \"keep … "
              "away\"; French \"rien qu'\" and \"ne … plus qu'\" with the elided \"que\" negate nothing, "
              "and a negator up to four words before its \"more than\" (\"nu au voie să stea mai mult "
              "de 80\") bounds against the other side's \"no more than\".",
      why="A dropped or added negation inverts the sentence while it still reads fluently; "
          "neural MT does it often enough that critical-error tasks test for it. Minor by "
          "default: translators also trade \"not possible\" for \"out of the question\", so "
          "about 2% of good pairs differ in negation words (re-grade it in config where "
          "copy is literal).",
      fail=("Die Polizei hat den Verdächtigen nicht festgenommen.",
            "The police arrested the suspect."),
      ok=("Die Polizei hat den Verdächtigen nicht festgenommen.",
          "The police did not arrest the suspect."),
      needs_source=True)
def negation_flipped(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    src = ctx.source
    sl, tl = src.lang if src else None, ctx.target.lang
    if src is None or lexicon(sl) is None or lexicon(tl) is None:
        return
    found: list[tuple[int, bool, Finding]] = []
    # a bead negated on both sides: its source's negated sentences less its translation's
    surplus: dict[int, int] = {}
    phrase: set[int] = set()  # flagged beads whose negated side says only "without"

    def bead_flag(b: BeadView, stext: str, src_neg: bool, message: str,
                  restore: str = "restore the negation of the source",
                  remove: str = "remove the negation the source does not have",
                  **kw) -> tuple[int, bool, Finding]:
        # (bead, translation negated, finding) on the bead's translation: the source's
        # negation lost (src_neg) or one the source lacks added
        start, end = _target_span(b)
        return b.index, not src_neg, ctx.flag(
            start, end, message, evidence=[ctx.evidence(src, b.source[0], stext, note="source")],
            suggestion=restore if src_neg else remove, **kw)

    for b, stext, ttext in _pairs(ctx):
        ttext = _unclaimed_text(ctx, b, ttext)
        ns, nt = negators(stext, sl) or [], negators(ttext, tl) or []
        if ns and nt and len(ns) != len(nt) and (len(b.source) > 1 or len(b.target) > 1):
            # (a moved negation leaves a sentence and a negator more on one side: a
            # sentence split in two with its negators, or a negation said with two words,
            # leaves only one of them)
            more = _negated_sentences(b.source, sl) - _negated_sentences(b.target, tl)
            if more * (len(ns) - len(nt)) > 0:
                surplus[b.index] = more if abs(more) <= abs(len(ns) - len(nt)) else len(ns) - len(nt)
        if bool(ns) == bool(nt):
            # "nicht mehr als 40" (at most 40) rendered "more than 40", or "لا تتجاوز 20" (does
            # not exceed: at most 20) rendered "supera el 20": the bound's negator dropped (or
            # one added), the figure kept
            got = None if ns else next(
                ((what, g) for find, what in ((_bound_dropped, "a negation"),
                                              (_exceed_dropped, "a negated verb of exceeding"))
                 if (g := find(stext, sl, ttext, tl)) is not None), None)
            if got is not None:
                what, (src_neg, neg_b, plain_b) = got
                side, other = ("source", "translation") if src_neg else ("translation", "source")
                found.append(bead_flag(
                    b, stext, src_neg, f"the {side} bounds the figure with {what} (“{neg_b}”) but "
                    f"the {other} says “{plain_b}”: the opposite bound", severity="major"))
                continue
            if not ns and (got := _unless_dropped(stext, sl, ttext, tl)) is not None:
                # "unless more money is found" rendered "if more money is found"
                src_neg, word = got
                side, other = ("source", "translation") if src_neg else ("translation", "source")
                found.append(bead_flag(
                    b, stext, src_neg, f"the {side} says “{word}” (if not) but the {other} a plain "
                    "conditional: the negation is lost"))
                continue
            if not (ns and nt):
                continue
            if (orphan := _orphan_concord(ttext, tl)) is not None:
                # "přírodě nijak pomůže": the n-word kept, the verb's "ne-" dropped
                found.append(bead_flag(
                    b, stext, True, f"the translation's “{orphan[0]}” stands with an affirmative verb "
                    f"(“{orphan[1]}”, not “{lexicon(tl).verb_prefix[0]}{orphan[1]}”): the source is "
                    "negated but the translation's verb is not"))
                continue
            # "Sans aide, ils ne passeront pas l'hiver" against "Ohne Hilfe werden sie den
            # Winter überstehen": a "without" on each side, and the clause's own negator
            # on one side only
            ns, nt = _without_apart(ns, sl, nt, tl, stext, ttext)
            if bool(ns) == bool(nt):
                if ns and nt and (mf := _must_flipped(ns, stext, sl, nt, ttext, tl)) is not None:
                    # "물을 안 줄 수가 없다" (must water) rendered "can go a day without watering"
                    src_pair, one = mf
                    side, other = ("source", "translation") if src_pair else ("translation", "source")
                    found.append(bead_flag(
                        b, stext, src_pair, f"the {side} says a double negation (cannot not: must) but "
                        f"the {other} a single one (“{one}”)",
                        restore="render the double negation of the source",
                        remove="render the single negation of the source"))
                elif ns and nt and (pro := _prohibition_dropped(ns, stext, sl, nt, ttext, tl)):
                    yield bead_flag(b, stext, True, f"the source advises against or forbids (“{pro}”) "
                                    "but the translation does not")[2]
                elif ns and nt and (got := _sentences_dropped(b, ns, sl, stext, nt, tl, ttext)) is not None:
                    # three sentences negated, rendered in Thai (one segment) with two negators
                    src_more, many, few = got
                    side, other = ("source", "translation") if src_more else ("translation", "source")
                    found.append(bead_flag(
                        b, stext, src_more, f"the {side} negates {many} of its sentences but the {other} "
                        f"says a negation only {few} time{'s' if few > 1 else ''}: one is "
                        + ("lost" if src_more else "added")))
                elif ns and nt and (src_two := _double_said_once(ns, stext, sl, nt, ttext, tl)) is not None:
                    # "there is nothing he cannot mend" rendered "no hay nada que pueda arreglar"
                    side, other = ("source", "translation") if src_two else ("translation", "source")
                    found.append(bead_flag(
                        b, stext, src_two, f"the {side} says a double negation (nothing … not) but the "
                        f"{other} only its first half: the clause's own negation is "
                        + ("lost" if src_two else "added")))
                elif ns and nt and (fin := _final_flip(ns, stext, sl, nt, ttext, tl)) is not None:
                    # "毎日使える。" rendered "매일 쓸 수 없다.": the closing
                    # predicate negated on one side only, between two verb-final languages
                    side, other = ("source", "translation") if fin else ("translation", "source")
                    found.append(bead_flag(
                        b, stext, fin, f"the {side}'s closing predicate is negated but the {other}'s is not"))
                elif ns and nt and (got := _nor_orphaned(ns, stext, sl, nt, ttext, tl)) is not None:
                    # "ils n'auraient pas pu payer X ni garder Y" rendered "habrían podido
                    # pagar X ni guardar Y": the "nor" kept, the negator before it lost
                    src_neg, nor = got
                    side, other = ("translation", "source") if src_neg else ("source", "translation")
                    found.append(bead_flag(
                        b, stext, src_neg, f"the {side}'s “{nor}” (nor) goes on no negated clause: the "
                        f"negation before it, which the {other} has, is lost",
                        remove="render the negation of the source"))
                elif ns and nt and (got := _clause_flip(ns, stext, sl, nt, ttext, tl)) is not None:
                    # "did not arrive, so the houses cannot be built" rendered "…, so the
                    # houses can be built": both negated, one clause no longer
                    src_neg, neg_clause, w = got
                    side, other = ("source", "translation") if src_neg else ("translation", "source")
                    found.append(bead_flag(
                        b, stext, src_neg, f"a clause of the {side} is negated (“{w}”: "
                        f"“{neg_clause.strip()}”) but that of the {other} is not"))
                continue
        # a negated question is often rhetorical ("isn't it …?" asks "is it …?")
        if _questions(ttext if nt else stext, tl if nt else sl):
            continue
        # the side without a negator may still say it ("failed to pay" for "nicht
        # beglichen"); a negator just before such a word may be a double negation ("ne
        # manque pas de", "not without"): both leave the polarity open
        neg_side, neg_text, neg_lang = (nt, ttext, tl) if nt else (ns, stext, sl)
        aff_text, aff_lang = (stext, sl) if nt else (ttext, tl)
        if _no_flip(neg_side, neg_text, neg_lang, aff_text, aff_lang):
            continue
        if nt:
            seg = next(s for s in b.target if s.kind not in _SKIP_KINDS)
            s0, e0, w = nt[0]
            start, end = seg.start + s0, seg.start + e0
            if ctx.target.text[start:end].casefold() != w:
                start, end = _target_span(b)
            msg = f"the translation is negated (“{ttext[s0:e0]}”) but the source is not"
        else:
            start, end = _target_span(b)
            msg = f"the source is negated (“{stext[ns[0][0]:ns[0][1]]}”) but the translation is not"
        found.append((b.index, bool(nt), ctx.flag(
            start, end, msg, evidence=[ctx.evidence(src, b.source[0], stext, note="source")],
            suggestion="restore the negation of the source" if ns else
            "remove the negation the source does not have")))
        wl = lexicon(neg_lang)
        if wl is not None and wl.without and all(n[2] in wl.without for n in neg_side):
            phrase.add(b.index)  # negated only with "without": no clause negation to move
    # a negation on the target side of one bead and on the source side of the next (or the
    # other way round) has crossed a sentence boundary the two sides draw differently
    # ("This would be chaos. It wasn't, said X." ~ "…chaos, it wasn't." "X said."): the
    # alignment moved it, the translation kept it.  Each negation moves once: a bead next
    # to a flagged one answers it when it is flagged in reverse or, negated on both sides,
    # holds more negated sentences and more negators on the other side than on the flagged
    # one's ("… kein Geld. … nicht zurück." ~ "… will not return …"), and answers one flag
    # only; in a run of three flags in reverse by turns, the one left over is flagged
    moved = _moved_flags([(i, tneg) for i, tneg, _ in found], surplus, phrase)
    for k, (_, _, f) in enumerate(found):
        if k not in moved:
            yield f


def _sentences_dropped(b: BeadView, ns: list[tuple[int, int, str]], sl: str | None, stext: str,
                       nt: list[tuple[int, int, str]], tl: str | None, ttext: str
                       ) -> tuple[bool, int, int] | None:
    """Both sides negated, one side a single segment in an `unsegmented` language (Thai,
    whose sentences no mark ends) and the other two sentences or more: has that side fewer
    negators than the other has negated sentences, and no negative word that may say one
    otherwise? (Whether the source is the side with more, its negated sentences, the other
    side's negators), or None. A sentence negated twice ("neither … nor") counts once."""
    for src_more, more_text, more_lang, few_negs, few_segs, few_lang, few_text in (
            (True, stext, sl, nt, b.target, tl, ttext), (False, ttext, tl, ns, b.source, sl, stext)):
        lf = lexicon(few_lang)
        if lf is None or not lf.unsegmented \
                or len([x for x in few_segs if x.kind not in _SKIP_KINDS]) != 1:
            continue
        from ..segment import sentence_spans
        many = sum(1 for a, z in sentence_spans(more_text, more_lang) if negators(more_text[a:z], more_lang))
        if many >= 2 and len(few_negs) < many and not negative_words(few_text, few_lang):
            return src_more, many, len(few_negs)
    return None


def _negated_sentences(segs, lang: str | None) -> int:
    """How many of a bead side's sentences hold a negator (one however many it holds:
    "non … mai", "δεν … κανένα" is one negation said with two words)."""
    return sum(1 for x in segs if x.kind not in _SKIP_KINDS and negators(x.text, lang))


def _moved_flags(flags: list[tuple[int, bool]], surplus: dict[int, int],
                 phrase: set[int] = frozenset()) -> set[int]:
    """Which of the ``flags`` (bead index, whether the translation is the negated side), in
    bead order, a neighbouring bead answers: one flagged in reverse, or one whose
    ``surplus`` (its source's negated sentences less its translation's) leans the other way. Each
    neighbour answers as many flags as its surplus, a flagged one a single flag; the
    negation crossed the boundary the two sides draw differently. A flag whose negated
    side says only "without" (the beads in ``phrase``: "came home without a ticket")
    and one that says "not" are no negation moved: neither answers the other, and a
    "without" is answered by no surplus of clause negators."""
    surplus = dict(surplus)
    for i, tneg in flags:
        surplus[i] = -1 if tneg else 1
    moved: set[int] = set()
    for k, (i, tneg) in enumerate(flags):
        if k in moved:
            continue
        want = 1 if tneg else -1  # the neighbour's surplus that answers this flag
        for m in (i - 1, i + 1):
            if (i in phrase) != (m in phrase):
                continue  # "without a ticket" here, "not" there: two negations, none moved
            if surplus.get(m, 0) * want > 0:
                surplus[m] -= want
                surplus[i] += want
                moved.add(k)
                moved.update(j for j, (x, _) in enumerate(flags) if x == m and surplus[m] == 0)
                break
    return moved


# ---------------------------------------------------------------------------------------
# P002 question-mismatch
# ---------------------------------------------------------------------------------------
_QMARKS = "?？؟՞፧⁇⁈⁉‽"


# a sentence about a question ("the question is whether …") may be rendered as the
# question itself, or the reverse
_ASKING = frozenset("""question questions ask asks asked asking wonder wonders wondered whether
frage fragen fragt fragte fragten ob demande demandent demander demandé demanda interrogation
pregunta preguntas preguntar preguntó preguntan cuestión domanda domande chiede chiedere chiesto
chiedono questione pergunta perguntas perguntar perguntou questão vraag vragen vraagt vroeg
fråga frågan frågar frågade spørgsmål spørger spurgte spørsmål spør spurte pytanie pytania
pyta pytał вопрос вопросы спрашивает спросил""".split())
_WORD = re.compile(r"[^\W\d_]+")


def _asks(text: str) -> bool:
    return any(w.casefold() in _ASKING for w in _WORD.findall(text))


# question marks the sentence goes on after in lower case ("Proliferation?? im allgemeinen"):
# a stray mark (S012's), not a question
_QMARK_MIDWAY = re.compile("[" + re.escape(_QMARKS) + r"]+(?=[ \t]+[a-zäöüßàâçéèêëîïôûùœ])")


def _questions(text: str, lang: str | None) -> int:
    if "?" in text:
        text = _QMARK_MIDWAY.sub("", text)
    n = sum(map(text.count, _QMARKS))
    if norm_lang(lang) == "el":  # Greek writes its question mark as ; (or U+037E)
        n += text.count(";") + text.count("\u037e")
    return n


# a question Japanese, Chinese and Korean end with a particle and no question mark (どう
# すればいいのか。, 他会来吗。, 어떻게 해야 할까요.): a clause ending in one before a full stop,
# a closing quote or the end of the text
_QPARTICLE_END = {
    "ja": re.compile(r"(?:(?:の|ん|です|ます|でしょう|だろう|ましょう)か|かしら|(?<![をにがはでとも])かな)[。．！」』）)\s]*(?:[。．」』]|$)"),
    "zh": re.compile(r"[吗嗎么麼呢][。．！」』”）)\s]*(?:[，。．」』”]|$)"),
    "ko": re.compile(r"([가-힣])(니)?까(?:요)?[.。!」』”)\s]*(?:[,.。」』”]|$)|(?:나요|는가요?|[인은]가요)[.。!」』”)\s]*(?:[,.。」』”]|$)"),
}


def _ko_final(syl: str) -> int:
    """The final consonant index of a Hangul syllable (8 ㄹ, 17 ㅂ; 0 none)."""
    return (ord(syl) - 0xAC00) % 28


def _implicit_question(text: str, lang: str | None) -> bool:
    lg = norm_lang(lang) or ""
    rx = _QPARTICLE_END.get(lg)
    if rx is None:
        return False
    if lg != "ko":
        return rx.search(text) is not None
    # Korean: -(스)ㅂ니까 (습니까, 합니까) or -ㄹ까 (할까, 볼까): not the connective -니까
    # ("because", 가니까) after a syllable without ㅂ
    for m in rx.finditer(text):
        if m.group(1) is None:
            return True
        if (m.group(2) and _ko_final(m.group(1)) == 17) or (not m.group(2) and _ko_final(m.group(1)) == 8):
            return True
    return False


@rule("P002", "question-mismatch", "Accuracy/Mistranslation", "major", artefact="mood",
      summary="The source asks a question and the translation states it, or the translation "
              "asks what the source states (a question mark on one side only).",
      why="Turning a statement into a question (or back) changes what the text claims; MT "
          "does it when it reorders a clause or loses a quotation's question.",
      fail=("Er hatte das Turnier bereits gewonnen.", "Had he already won the tournament?"),
      ok=("Hatte er das Turnier bereits gewonnen?", "Had he already won the tournament?"),
      needs_source=True)
def question_mismatch(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    src = ctx.source
    if src is None:
        return
    for b, stext, ttext in _pairs(ctx):
        qs, qt = _questions(stext, src.lang), _questions(ttext, ctx.target.lang)
        if bool(qs) == bool(qt) or len(_WORD.findall(stext)) < 3 or len(_WORD.findall(ttext)) < 3 \
                or _asks(stext) or _asks(ttext):
            continue
        # a negated question asserts ("n'était-on pas équipé … ?" = one was equipped): a
        # rhetorical question for a statement keeps the claim
        if negators(ttext if qt else stext, ctx.target.lang if qt else src.lang):
            continue
        if qt and _implicit_question(stext, src.lang):
            continue  # the source asks with a particle (どうすればいいのか)
        start, end = _target_span(b)
        msg = ("the translation asks a question where the source makes a statement" if qt else
               "the source asks a question the translation states")
        yield ctx.flag(start, end, msg, evidence=[ctx.evidence(src, b.source[0], stext, note="source")])


def _has_words(text: str) -> bool:
    return len(_WORD.findall(text)) >= 2


# ---------------------------------------------------------------------------------------
# P005 contrast-without-negation
# ---------------------------------------------------------------------------------------
_CLAUSE_MARKS = (",", ";", "–", "—")


def _licenses(w: str, lx: Lexicon) -> bool:
    """Can word ``w`` be the negated half that a ``after_neg`` word answers (nicht,
    kein, nie; also kaum, weniger, statt and the other words of ``lex``)?"""
    return w in lx.neg or w in lx.bound or _lexical(w, lx)


def unanswered_contrasts(text: str, lang: str | None) -> list[tuple[int, int, str]]:
    """The words of ``text`` that correct a negated clause (German *sondern*, Spanish
    *sino*) with no negation before them in the sentence, as (start, end, word).  Only
    after a comma, a semicolon or a dash, and not in a question (*¿Quién sino él?*):
    elsewhere the word may be another one (the verb of *Drüsen sondern Sekret ab*)."""
    lx = lexicon(lang)
    if lx is None or not lx.after_neg or "?" in text or "¿" in text:
        return []
    low = text.casefold()
    if not any(w in low for w in lx.after_neg):
        return []
    out = []
    toks = list(_TOKEN.finditer(text))
    for i, m in enumerate(toks):
        w = m.group().casefold()
        if w not in lx.after_neg:
            continue
        if i < 2 or not text[:m.start()].rstrip().endswith(_CLAUSE_MARKS):
            continue
        if any(_licenses(t.group().casefold(), lx) for t in toks[:i]):
            break  # answered; a later one answers the same negation (nicht A, sondern B, sondern C)
        out.append((m.start(), m.end(), m.group()))
        break
    return out


@rule("P005", "contrast-without-negation", "Accuracy/Omission", "major", artefact="negation",
      summary="A word that corrects a negated clause (German “sondern”, Spanish “sino”: "
              "“not X but Y”) with no negation before it in the sentence: the translation lost "
              "the “not” or “not only” half, or the clause it belonged to. (Languages whose "
              "negation lexicon lists such a word: de, es.)",
      why="“sondern” and “sino” only follow a negation; without one the sentence asserts both "
          "halves or makes no sense. MT leaves the word behind when it drops “nicht nur” "
          "or a whole clause, so the broken contrast marks an omission even where the "
          "length looks normal.",
      fail=("The opposition wants not only reforms but also a new constitution.",
            "Die Opposition will Reformen, sondern auch eine neue Verfassung."),
      ok=("The opposition wants not only reforms but also a new constitution.",
          "Die Opposition will nicht nur Reformen, sondern auch eine neue Verfassung."))
def contrast_without_negation(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    lang = ctx.target.lang
    for seg in ctx.target.segments:
        if seg.kind in _SKIP_KINDS:
            continue
        for s, e, word in unanswered_contrasts(seg.text, lang):
            yield ctx.flag(seg.start + s, seg.start + e,
                           f"“{word}” answers a negation, and none stands before it in the "
                           f"sentence: the “not” (“not only”) half or its clause is missing")


# ---------------------------------------------------------------------------------------
# S010 end-punctuation-dropped
# ---------------------------------------------------------------------------------------
_END_MARKS = ".!?…。！？؟।॥።۔։။"
_CLOSERS = "\"'»«”“’‘)]}›‹」』）】 \u00a0\t\r\n*"
# scripts that end sentences without a mark
_NO_END_MARK = frozenset({"th", "lo", "km"})
# corner brackets closing a quotation end the sentence themselves (「…ある」)
_QUOTE_ENDS_SENTENCE = ("」", "』")


# a sentence without its closing mark this far under the article's length ratio is cut off
_CUT_Z = -1.5


def _last_char(text: str) -> str:
    t = text.rstrip(_CLOSERS)
    return t[-1:] if t else ""


@rule("S010", "end-punctuation-dropped", "Fluency/Punctuation", "minor", artefact="punctuation",
      summary="The source sentence ends in a full stop, question or exclamation mark and the "
              "translation stops on a bare word or number.  Major where the translation is also "
              "short for its source by the article's own length ratio (z <= -1.5, in an article "
              "with five or more 1-1 sentence pairs to set that ratio; not in pair mode): the "
              "end of the sentence is cut off, not only its mark.",
      why="A missing final mark is the trace of a cut-off or an edited segment, and in "
          "software strings it breaks the sentence the string is pasted into.",
      fail=("Die Sitzung wurde vertagt.", "The meeting was adjourned"),
      ok=("Die Sitzung wurde vertagt.", "The meeting was adjourned."),
      needs_source=True)
def end_punctuation_dropped(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    from .coverage import article_length_z
    from .form import cut_off_end
    src = ctx.source
    if src is None or norm_lang(ctx.target.lang) in _NO_END_MARK:
        return
    leave_cut_offs = ctx.runs("S004")
    for b, stext, ttext in _pairs(ctx):
        s_end, t_end = _last_char(stext), _last_char(ttext)
        if not s_end or s_end not in _END_MARKS or not t_end or not t_end.isalnum():
            continue
        if not _has_words(stext) or _ends_in_link(ttext):
            continue
        if ttext.rstrip().endswith(_QUOTE_ENDS_SENTENCE):
            continue  # Japanese writes no 。 before the corner bracket closing a quotation
        if leave_cut_offs and cut_off_end(stext, ttext, src.lang, ctx.target.lang) is not None:
            continue  # S004 reports the sentence as cut off, mark and all
        seg = b.target[-1]
        end = seg.start + len(seg.text.rstrip(_CLOSERS))
        if _ends_in_furniture(ctx, end):
            continue  # "… the man. Read more": the F rules report the glued label
        start = max(seg.start, end - 1)
        z = article_length_z(ctx, stext, ttext)
        if z is not None and z <= _CUT_Z:
            # no closing mark and well short of what the source says: the end is cut off
            yield ctx.flag(start, end, f"the source ends in “{s_end}”, the translation in no closing "
                           f"mark and is short for its source (z = {z:.1f} by this article's lengths): "
                           f"the end of the sentence is cut off", severity="major",
                           suggestion="translate the rest of the source sentence")
            continue
        yield ctx.flag(start, end, f"the source ends in “{s_end}”, the translation in no closing mark",
                       suggestion=f"end the sentence with “{s_end}” (or its form in the target language)")


_LINK_END = re.compile(r"(?:https?://|www\.)\S+$|\S+@\S+$")


def _ends_in_link(text: str) -> bool:
    return _LINK_END.search(text.rstrip(_CLOSERS)) is not None


# ---------------------------------------------------------------------------------------
# S011 capitalisation-lost
# ---------------------------------------------------------------------------------------
_CASED_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC", "ARMENIAN")
_FIRST_WORD = re.compile(r"[^\W_]+")


def _ends_in_furniture(ctx: CheckContext, end: int) -> bool:
    """Does target offset ``end`` close a span of page furniture (a glued UI label,
    widget or credit)?"""
    from .furniture import tail_furniture_spans
    return any(a < end <= z + 1 for a, z in tail_furniture_spans(ctx))


def _metadata(ctx: CheckContext) -> list[tuple[int, int, str]]:
    from .furniture import metadata_spans
    return metadata_spans(ctx)


def _cased(c: str) -> bool:
    """Is ``c`` a letter of a script that capitalises sentences?"""
    return c.isalpha() and c.upper() != c.lower() and unicodedata.name(c, "").startswith(_CASED_SCRIPTS)


_BULLETS = frozenset("-•*·▪‣◦")  # not the dashes of dialogue (– Viens-tu ?)


@rule("S011", "capitalisation-lost", "Fluency/Spelling", "minor", artefact="case",
      summary="The translation lost its capitals where the source has them: a sentence that "
              "starts in lower case after a capitalised source, or a translation written all in "
              "lower case.",
      why="Lower-cased output is a known MT and pipeline failure (a model trained on "
          "lower-cased data, a truecaser skipped); it also loses the capitals that mark names.",
      fail=("Der Präsident reiste nach Paris.", "the president travelled to Paris."),
      ok=("Der Präsident reiste nach Paris.", "The president travelled to Paris."),
      needs_source=True)
def capitalisation_lost(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    if ctx.source is None:
        return
    for b, stext, ttext in _pairs(ctx):
        sw, tw = _FIRST_WORD.search(stext), _FIRST_WORD.search(ttext)
        if sw is None or tw is None:
            continue
        s0, t0 = sw.group()[0], tw.group()[0]
        if not (_cased(s0) and _cased(t0)) or not s0.isupper():
            continue
        if ttext.lstrip()[:1] in _BULLETS and stext.lstrip()[:1] in _BULLETS:
            continue  # list items take either case ("- apples" for "- Äpfel")
        if len(tw.group()) == 1 and (ttext[tw.end():].lstrip()[:1] in (")", ".", ":")
                                     or zipf(tw.group(), ctx.target.lang) < 4.0):
            continue  # "a)", "o" as a bullet: an enumerator, not a sentence start
        seg = next(s for s in b.target if s.kind not in _SKIP_KINDS)
        first = seg.start + tw.start() if seg.text.startswith(ttext[:tw.end()]) else seg.start
        if any(ms <= first < me for ms, me, _ in _metadata(ctx)):
            continue  # a scraper's "date 2025-…" header glued on: F006's finding
        # cheapest test first: str.isupper over the text is C code, _cased per letter is not
        if not any(c.isupper() for c in ttext) and len(ttext.split()) >= 3 \
                and sum(1 for c in stext if c.isupper() and _cased(c)) >= 2:
            yield ctx.flag(*_target_span(b), "the translation is all in lower case; the source is not",
                           suggestion="restore the capitals (sentence start, names)")
        elif t0.islower() and not any(c.isupper() for c in tw.group()[1:]) \
                and ttext[max(0, tw.start() - 1):tw.start()] not in ("'", "’"):
            start = seg.start + seg.text.find(tw.group())
            if ctx.target.text[start:start + len(tw.group())] != tw.group():
                start = seg.start
            yield ctx.flag(start, start + len(tw.group()),
                           f"the sentence starts in lower case (“{tw.group()}”); the source starts "
                           f"with a capital", suggestion=f"“{tw.group()[0].upper()}{tw.group()[1:]}”")


# ---------------------------------------------------------------------------------------
# S012 stray-punctuation
# ---------------------------------------------------------------------------------------
# a symbol glued to the end of a word (plan_, city~, 5@) or to the start of one (~word)
_STRAY_SYMBOL = re.compile(r"(?<=[^\W_])([_~^@|])(?=[\s,.;:!?)]|$)|(?:(?<=\s)|^)([_~^|])(?=[^\W\d_])"
                           r"|(?<=[,.;:!?)])([~^|])(?=\s|$)")
# an exclamation mark inside a sentence: the next word goes on in lower case
_MID_BANG = re.compile(r"(?<=[^\W_])[,;:]?!(?=\s+[^\W\d_])")
# a full stop after a word, the sentence going on in lower case (the end. without)
_MID_STOP = re.compile(r"(?<![.\w])([^\W\d_]{2,})\.(?=\s+[^\W\d_])")
# a comma, semicolon or colon run into another mark (said,? / way,! / so:,)
_COLLIDED = re.compile(r"(?<=[^\W_])([,;:])([.,;:!?~])")
# a question mark inside a sentence: the next word goes on in lower case
_MID_QUERY = re.compile(r"(?<=[^\W_])\?(?=\s+[^\W\d_A-Z\u00c0-\u00de])")
# a hyphen with a space after it and a lower-case word next (at- around): no compound ends so,
# save a suspended one (pre- and post-war, two- to three-day), which the conjunction shows
_LOOSE_HYPHEN = re.compile(r"(?<=[^\W\d_]{2})[-‐](?=\s+([^\W\d_A-Z\u00c0-\u00de][^\W\d_]*))"
                           r"|(?<=[^\W\d_A-Z\u00c0-\u00de]{2})[-‐](?=\s+([A-Z\u00c0-\u00de][^\W\d_]+))")
_SUSPENDING = frozenset("and or nor to as und oder bis wie sowie noch et ou à y o e u i a ni ed".split())
# the conjunctions and the "to" of a range that hang a suspended compound in one language
# only (Polish dwu- do trzytygodniowe, Czech dvou- až třídenní, Ukrainian дво- або
# триденний): as words of other languages they are common words (do, až), kept apart
_SUSPENDING_BY_LANG = {
    "pl": frozenset("do lub albo oraz czy bądź".split()),
    "cs": frozenset("do až nebo či".split()),
    "sk": frozenset("do až alebo či".split()),
    "sl": frozenset("do in ali".split()),
    "hr": frozenset("do ili".split()), "bs": frozenset("do ili".split()),
    "sr": frozenset("do ili до или".split()),
    "ru": frozenset("до и или либо".split()),
    "uk": frozenset("до і й та або чи".split()),
    "be": frozenset("да і ці або".split()),
    "bg": frozenset("до и или".split()),
    "lt": frozenset("iki ir ar bei".split()),
    "lv": frozenset("līdz un vai".split()),
    "ro": frozenset("și sau".split()),
    "es": frozenset("hasta".split()), "pt": frozenset("até".split()),
    "it": frozenset("fino".split()),
}
# languages whose compounds hang a hyphen before any word of a list (Bezirks- Städte- und …)
_COMPOUNDING = frozenset({"de", "nl", "da", "sv", "nb", "nn", "no", "is", "fi", "et", "hu", "lb", "af"})
# an apostrophe after a word that no possessive or elision ends in (solo' successes)
_LOOSE_APOS = re.compile(r"(?<![^\W\d_])([^\W\d_]+)['’](?=\s|[,.;:!?)]|$)")
# a closing single quote after a comma or full stop (Finland,' with), where nothing opened one
_LOOSE_APOS_PUNCT = re.compile(r"(?<=[^\W\d_][,.])['’](?=\s+\w)")
# (also a comma typed for ‚ before a word: ,verängstigt genug')
_OPEN_SINGLE = re.compile(r"(?:^|[\s(\[\"“„«‹—–-])['‘‚’`‹]|[‘‚‹]|(?:^|\s),(?=[^\W\d_])")
# any of the shapes, loosely (one C-speed scan before the detailed ones): _ ~ ^ @ | !; a
# word, a point, blanks and a letter; a comma, semicolon or colon before a mark; a word
# before ? and a blank, before a hyphen and a blank, before an apostrophe and a blank, a mark
# or the end; a comma or point before an apostrophe and a blank; a comma or semicolon before
# a hyphen and a blank; a word, a semicolon or colon, blanks and one of the short words.
# (session 73) Written so that every match opens with the mark itself (the word before it is
# a look-behind): the engine then skips to the marks at C speed instead of trying each shape
# at every letter, 25 times faster; the same texts match (only the probe's yes or no is read)
_STRAY_PROBE = re.compile(r"[_~^@|!.,;:?\-‐'’](?:(?<=[_~^@|!])|(?<=\w\.)\s+[^\W\d_]|(?<=[,;:])[.,;:!?~]"
                          r"|(?<=\w\?)\s|(?<=\w[-‐])\s|(?<=\w['’])(?:[\s,.;:!?)]|$)|(?<=[,.])['’]\s"
                          r"|(?<=[,;])[-‐]\s|(?<=\w[;:])[ \t]+(?:of|than|re|co|wo|sh|mu|mi))")
# a comma or semicolon run into a hyphen, a word before and a space after (Berlin,- where);
# not a price (5,-) or a colon's ":-" that opens a list
_COMMA_HYPHEN = re.compile(r"(?<=[^\W\d_])[,;][-‐](?=\s)")
# English words ending in s that no possessive apostrophe follows (is' known, as' well)
_EN_S_NOT_POSSESSIVE = frozenset("is as was has his its this us thus yes does whereas unless across "
                                 "perhaps always sometimes towards afterwards besides nevertheless "
                                 "less upstairs downstairs".split())
_S005_PAIRS = frozenset({",,", ";;", "::", ",.", ";.", ",;", ";,"})  # S005 reports these
_LINKISH = re.compile(r"https?:|www\.|\w@\w|/")


def _next_lower(text: str, end: int) -> bool:
    rest = text[end:].lstrip()
    return bool(rest) and rest[0].islower()


def _stray_marks(stext: str, ttext: str, lang: str | None) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) of the marks in ``ttext`` that no sentence would have and
    the source does not have either."""
    yield from _glued_to_function_word(stext, ttext, norm_lang(lang))
    if _STRAY_PROBE.search(ttext) is None:
        return  # nearly every sentence: no candidate mark at all
    for m in _STRAY_SYMBOL.finditer(ttext):
        ch = m.group(1) or m.group(2) or m.group(3)
        if ch in stext:
            continue
        s, e = m.span()
        tok = ttext[ttext.rfind(" ", 0, s) + 1:s] + ch + ttext[e:].split(" ", 1)[0]
        if _LINKISH.search(tok):
            continue  # a handle, an address, a path
        yield s, e, f"stray “{ch}” in “{tok.strip()}”"
    if not any(c in stext for c in "!！¡"):
        for m in _MID_BANG.finditer(ttext):
            if _next_lower(ttext, m.end()):
                yield m.start(), m.end(), "an exclamation mark inside the sentence; the source has none"
    if not any(_next_lower(stext, m.end()) for m in _MID_STOP.finditer(stext)):
        for m in _MID_STOP.finditer(ttext):
            w = m.group(1)
            if w.isupper() or not _next_lower(ttext, m.end()) or is_abbreviation(w + ".", lang):
                continue
            if (_scale_of(w, lang) or w.lower() in _UNIT_ABBREVIATIONS.get(lang or "", ())) \
                    and ttext[:m.start()].rstrip()[-1:].isdigit():
                continue  # a scale or unit word's abbreviation after a figure (250 tys. domów,
                # 4 proc. PKB, 10 godz. pracy)
            prev = ttext[:m.start()].rstrip().rsplit(" ", 1)[-1]
            if prev and is_abbreviation(f"{prev} {w}.", lang):
                continue  # "et al."
            if has_freq(lang) and zipf(w, lang) < 2.5:
                continue  # no word of the language: an abbreviation no list has ("rappr.")
            if any(a < m.end() <= b for a, b in era_spans(ttext)):
                continue  # an era abbreviation by a year (Kr. u. 120, 120 n. Chr.)
            yield m.end() - 1, m.end(), f"a full stop after “{w}” inside the sentence"
    if not _COLLIDED.search(stext):
        for m in _COLLIDED.finditer(ttext):
            if m.group() not in _S005_PAIRS:
                yield m.start(), m.end(), f"“{m.group()}”: two punctuation marks run together"
        for m in _COMMA_HYPHEN.finditer(ttext):
            yield m.start(), m.end(), f"“{m.group()}”: two punctuation marks run together"
    if (";" in ttext or ":" in ttext) and ";" not in stext and ":" not in stext and norm_lang(lang) == "en":
        for m in _NO_OPENING.finditer(ttext):
            nxt = ttext[m.end():].split(None, 1)[0]
            yield m.start(), m.end(), f"“{m.group()}” before “{nxt}”, a word no clause or list opens with"
    if not any(c in stext for c in "?？¿"):
        for m in _MID_QUERY.finditer(ttext):
            yield m.start(), m.end(), "a question mark inside the sentence; the source has none"
    lang = norm_lang(lang)
    if lang not in _COMPOUNDING and not _loose_hyphens(stext):
        for s, e, w in _loose_hyphens(ttext, lang):
            yield s, e, f"a hyphen with nothing joined after it (“{w}”)"
    if not _loose_apostrophes(stext, lang):
        for s, e, w in _loose_apostrophes(ttext, lang):
            yield s, e, f"a stray apostrophe after “{w}”"
    if not any(c in stext for c in "'’‘‚‹›\"“”„«»"):
        for m in _LOOSE_APOS_PUNCT.finditer(ttext):
            if not _OPEN_SINGLE.search(ttext, 0, m.start()):
                yield m.start(), m.end(), "a closing quote that nothing opened; the source quotes nothing"


# words that cannot end a phrase, per language: a mark glued to one with the sentence going
# on after it is stray (the: cats, a. week, their" own).  Articles and determiners take no
# mark at all; conjunctions take no stop, semicolon or colon (a comma after one may open
# an aside: "and, in 1990, was")
_DETERMINERS = {"en": frozenset("the a an its their our your every".split()),
                "fr": frozenset("le la les des du au aux ces ses mes tes nos vos sa ma ta".split())}
_CONJUNCTIONS = {"en": frozenset("and or nor than because".split()), "fr": frozenset("et ou".split())}
_COMMA_CONJ = frozenset("and or nor et ou".split())  # no comma after them but an aside's
_DET_MARKS = {"en": ",.;:!?\"”'’-‐", "fr": ",.;:!?"}
# prepositions no clause ends in (stranded ones do: caught on; deal with:), so no semicolon
# or colon follows them: "the history of; the city", "the way to: school" (these may be
# stranded too, "rubbish to get rid of:", so only a mark the source has fewer of is stray)
_PREPOSITIONS = {"en": frozenset("of to into onto than".split()), "fr": frozenset("de à".split())}
# words no clause or list after a semicolon or colon opens with: "the Bank; of England",
# "the players: could come", "first and second: respectively"
_NO_OPENING = re.compile(r"(?<=[^\W\d_])[;:](?=[ \t]+(?:of|than|respectively|could|would|should|"
                         r"must|might)\b)")


# a mark glued to a word, a word (or a quote or bracket opening one) next (the mark first:
# the scan tests one character class a position, not a look-behind)
_GLUED = re.compile(r"[,.;:!?\"”'’\-‐](?<=[^\W\d_].)(?=\s+[\w\"“‘'(«])")


def _glued_to_function_word(stext: str, ttext: str, lang: str | None) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) of the marks glued to a word of ``ttext`` that cannot end
    a phrase, the sentence going on after it; not where the source has the same."""
    dets = _DETERMINERS.get(lang or "")
    if dets is None:
        return
    conj, det_marks, preps = _CONJUNCTIONS[lang], _DET_MARKS[lang], _PREPOSITIONS[lang]
    for m in _GLUED.finditer(ttext):
        i, mark = m.start(), m.group()
        j = i - 1
        while j >= 0 and ttext[j].isalpha():
            j -= 1
        w = ttext[j + 1:i]
        if (w not in dets and w not in conj and w not in preps) or (
                j >= 0 and (ttext[j].isalnum() or ttext[j] in "_'’\"“‘«/.-‐")):
            continue  # part of a longer token (5the, l'a, e-a)
        if mark == "," and w in conj and w in _COMMA_CONJ:
            # a comma after "and" opens an aside ("and, in 1990, was"): stray when nothing
            # closes it and the conjunction does not start the sentence ("And, …")
            if not ttext[:j + 1].strip() or any(c in ttext[m.end():] for c in ",;:()–—"):
                continue
        elif not ((w in dets and mark in det_marks) or (w in conj and mark in ".;:!?")
                  or (w in preps and mark in ";:")):
            continue
        if mark == "." and (re.search(r"(?:^|\s)\w\.\s*$", ttext[:j + 1])
                            or re.match(r"\s+\w\.", ttext[m.end():])):
            continue  # initials and abbreviations (p. a., a. m.)
        if f"{w}{mark} " in stext:
            continue
        if w in preps and not (w in dets or w in conj) and stext.count(mark) >= ttext.count(mark):
            continue  # a stranded preposition may end a clause (the rubbish to get rid of:
            # …), and the source has the mark as often: the translation's colon is its own
        yield i, m.end(), (f"a comma after “{w}” opens an aside that nothing closes"
                           if mark == "," and w in conj else
                           f"“{mark}” after “{w}”, a word that cannot end a phrase")


def _loose_hyphens(text: str, lang: str | None = None) -> list[tuple[int, int, str]]:
    """Hyphens with a space and a word after them (a lower-case one, or a capitalised one
    after a lower-case word: said- Putin) that hang no suspended compound: (start, end,
    the two words).  A suspended compound has its conjunction next (pre- and post-war)
    or one word on, then the compound it shares (two- or even three-day; medium- to
    long-term; with ``lang``, a word rarer than Zipf 4.5 counts too: pre- and
    postoperative; without it, any)."""
    out = []
    for m in _LOOSE_HYPHEN.finditer(text):
        following = [w.strip(",;") for w in text[m.end():].split(None, 4)[:4]]
        if "," in text[m.end():m.end() + 2] or _suspended(following, lang):
            continue  # pre- and post-war, two- to three-day
        before = text[:m.start()].rsplit(None, 1)[-1] if text[:m.start()].strip() else ""
        out.append((m.start(), m.end(), f"{before}- {m.group(1) or m.group(2)}"))
    return out


def _suspended(following: list[str], lang: str | None) -> bool:
    """Do the words after a loose hyphen finish a suspended compound?"""
    conj = _SUSPENDING | _SUSPENDING_BY_LANG.get(lang or "", frozenset())
    if following and following[0].lower() in conj:
        # pre- and post-war, short- and longterm, two- or even three-day; not a dash typed
        # as a hyphen before a conjunction and common words (little- and still she gave)
        if lang is None or len(following) < 2 or not has_freq(lang):
            return True
        return any("-" in w or "‐" in w or zipf(w, lang) < 4.5
                   for w in (x.strip(".:!?\"')”’") for x in following[1:3]) if w)
    for i in (1, 2):
        if i < len(following) and following[i].lower() in conj:
            if lang is None:
                return True
            nxt = following[i + 1].strip(".:!?\"')”’") if i + 1 < len(following) else ""
            if "-" in nxt or "‐" in nxt or (nxt and has_freq(lang) and zipf(nxt, lang) < 4.5):
                return True
    return False


_ELIDING = frozenset({"fr", "it", "ca", "oc", "pt", "gl", "el"})
# Greek elides a short word's last vowel before a vowel (γι' αυτό, κατ' αρχάς, απ' όλους)
_EL_VOWELS = frozenset("αεηιουωάέήίόύώϊϋΐΰ")


def _elided(w: str, nxt: str, lang: str) -> bool:
    """Is ``w`` a word cut before the vowel of the next one (jusqu ~ jusque,
    quell ~ quello, aujourd'hui; French grand' before any word: grand'mère)?"""
    if lang == "fr" and w == "grand":
        return True
    if lang == "el":
        return len(w) <= 4 and bool(nxt) and nxt in _EL_VOWELS
    if not nxt or nxt not in "aeiouyhàâéèêîôûœæ":
        return False
    return w == "aujourd" or any(zipf(w + v, lang) >= 3.0 for v in "eaoi")


# Hebrew letters a geresh follows: any but the final forms, which end a whole word (an
# abbreviation cuts one short), save tsadi's (ץ' writes "ch" at a word's end: ריץ')
_GERESH_LETTERS = frozenset(chr(c) for c in range(0x05D0, 0x05EB)) - set("ךםןף")


def _geresh(w: str) -> bool:
    """Is an apostrophe after ``w`` a Hebrew geresh: after a Hebrew letter that takes one,
    for a sound Hebrew lacks (ג' צ' ז' ת': קוטג', צ'רצ'יל) or an abbreviation (ש', רח', גב')?"""
    return w[-1] in _GERESH_LETTERS


def _loose_apostrophes(text: str, lang: str | None) -> list[tuple[int, int, str]]:
    """Apostrophes after a word that a possessive (Jones', Marx') or an elision does not
    explain and that close no single quote opened before: a word of three letters or
    more, or outside the eliding languages a very common shorter one (to' feel)."""
    out = []
    for m in _LOOSE_APOS.finditer(text):
        w = m.group(1)
        if (w[-1] in "sxzßSXZ" and not (lang == "en" and w.lower() in _EN_S_NOT_POSSESSIVE)) \
                or _OPEN_SINGLE.search(text, 0, m.start(1)):
            continue  # a possessive (Jones', Marx'), save after a word that takes none (is')
        if len(w) < 3 and (lang in _ELIDING or not w.islower() or zipf(w, lang) < 5.0):
            continue  # o' (of), an' (and), po' (Italian): short words are elided
        if _geresh(w):
            continue  # Hebrew's geresh: קוטג' (a foreign sound), רח' (an abbreviation)
        if lang == "it" and w.lower() == "pie":
            continue  # a pie' di pagina (an elision Italian writes before a consonant)
        if lang in _ELIDING and _elided(w.lower(), text[m.end():].lstrip()[:1].lower(), lang):
            continue  # jusqu' à, lorsqu' il, quell' uomo: an elision in tokenised text
        if lang == "de":
            prev = text[:m.start(1)].rstrip()
            if not prev or prev[-1] in "\"“„«»‚'.!?:":
                continue  # a German elided verb opening a sentence or quote (Stör' mich nicht)
        out.append((m.end() - 1, m.end(), w))
    return out


_DQUOTES = "\"“”„«»‟"
_QUOTE_OPENS = "([{—–-/"
# an exclamation mark with the text going on (a question mark there may start a question
# the translation adds, "positive? Really?": P002's business)
_MID_BANG_ANY = re.compile(r"(?<=[^\W_])!(?=\s+\S)")


def _quotes(text: str) -> int:
    """How many double quotes ``text`` has (a doubled "" and a ,, for „ count as one)."""
    return sum(text.count(c) for c in _DQUOTES) - text.count('""') + text.count(",,") \
        - (len(GERSHAYIM.findall(text)) if '"' in text else 0)


def _lone_quote(text: str) -> int | None:
    """Offset of the straight double quote in ``text`` that pairs with none: quotes are
    read as opening (after a space, before a word) or closing (after a word), and a
    closing one with nothing open, or an opening one left open, is alone.  Not an inch
    sign (5")."""
    open_at: int | None = None
    for m in re.finditer('"+', text):  # a doubled "" (escaped in a data file) is one quote
        i = m.start()
        before = text[i - 1] if i else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if before.isdigit() or gershayim_at(text, i):
            continue  # (an inch sign, a Hebrew abbreviation's gershayim)
        opening = (before.isspace() or before in _QUOTE_OPENS) and not after.isspace()
        if opening and open_at is None:
            open_at = i
        elif open_at is not None:
            open_at = None
        else:
            return i
    return open_at


def _bead_marks(stext: str, ttext: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) of the stray marks of a bead's whole target text (it may run
    over several sentences where the source has one): a double quote that opens or
    closes nothing where the source quotes nothing unclosed, and an exclamation mark with
    the text going on after it where the source has none."""
    if '"' in ttext and not _quotes(stext) % 2 and _quotes(ttext) % 2 \
            and not any(c in ttext for c in _DQUOTES[1:]) and ",," not in ttext:
        i = _lone_quote(ttext)  # only where all quotes are straight ones: no style to tell
        if i is not None:
            yield i, i + 1, "a quotation mark that opens or closes nothing; the source has no such quote"
    if "!" in ttext and not any(c in stext for c in "!！¡"):
        for m in _MID_BANG_ANY.finditer(ttext.rstrip()):
            yield m.start(), m.end(), "an exclamation mark inside the sentence; the source has none"


# abbreviations of units, percent and currency written with a full stop after a figure
# where the language does so (Polish 4 proc., 10 godz., 5 zł.; Czech 3 hod.; German 2 Std.;
# Danish, Norwegian and Swedish 90 kr.)
_UNIT_ABBREVIATIONS = {
    "pl": frozenset("proc godz min sek tys mln mld szt zł gr ok r".split()),
    "cs": frozenset("hod min sek tis mil mld ks kč proc".split()),
    "sk": frozenset("hod min sek tis mil mld ks".split()),
    "de": frozenset("std min sek proz mio mrd tsd".split()),
    # the Nordic crown (90 kr., 3.800 kr. om måneden) and the Nordic scale and time words
    "da": frozenset("kr mio mia mdr pct min sek stk".split()),
    "nb": frozenset("kr mill mrd min sek stk".split()),
    "no": frozenset("kr mill mrd min sek stk".split()),
    "nn": frozenset("kr mill mrd min sek stk".split()),
    "sv": frozenset("kr milj mdr min sek st tim".split()),
}


@rule("S012", "stray-punctuation", "Fluency/Punctuation", "minor", artefact="punctuation",
      summary="A punctuation mark or symbol no sentence would have and the source does not: a "
              "symbol glued to a word (plan_, city~), a full stop inside a sentence that goes on "
              "in lower case (not a unit's or currency's abbreviation after a figure: 4 proc., "
              "90 kr., nor a company's legal form in any language: Co., Ltd., Inc.), an exclamation mark inside a sentence the source does not exclaim, "
              "a question mark inside a sentence the source does not ask, a hyphen with nothing "
              "joined after it (at- around, said- Putin, little- and still; a suspended compound "
              "such as pre- and post-war, or one with the language's own \"to\" or \"or\" (Polish "
              "dwu- do trzydniowy, Czech dvou- až čtyřtýdenní), is fine), an apostrophe no possessive, elision or quote "
              "explains (solo' successes, to' feel, is' known), a double quote that opens or "
              "closes nothing where the source quotes nothing unclosed, a mark glued to an article or conjunction the sentence "
              "goes on after (the: cats, a. week, and, was — English and French), a semicolon or "
              "colon after a preposition (history of; the) that the source has fewer of (a stranded "
              "one may end a clause: rubbish to get rid of: …) or, in English, before a word no clause "
              "opens with (Bank; of England, players: could come), a comma or colon run into another "
              "mark (said,? / so:,; Berlin,- where; a doubled ,, or ,. is S005's).",
      why="Stray marks are the seams of OCR, of edited or concatenated segments and of "
          "tokenisation gone wrong; a full stop inside a sentence also splits it for every "
          "later tool (segmenters, screen readers, search).",
      fail=("Der Laden blieb trotz des Streiks bis zum Abend offen.",
            "The shop stayed open until the evening. despite the strike."),
      ok=("Der Laden blieb trotz des Streiks bis zum Abend offen.",
          "The shop stayed open until the evening, despite the strike."),
      needs_source=True)
def stray_punctuation(ctx: CheckContext, opts: dict) -> Iterator[Finding]:
    if ctx.source is None:
        return
    text = ctx.target.text
    meta: list[tuple[int, int, str]] | None = None
    for b, stext, ttext in _pairs(ctx):
        found: list[tuple[int, int, str]] = []  # document offsets
        for seg in b.target:
            if seg.kind in _SKIP_KINDS:
                continue
            for s, e, msg in _stray_marks(stext, seg.text, ctx.target.lang):
                start = seg.start + s
                if text[start:start + e - s] != seg.text[s:e]:
                    continue  # the segment text is not a plain slice here: no offsets to trust
                found.append((start, start + e - s, msg))
        for s, e, msg in _bead_marks(stext, ttext):
            start = _joined_offset(b, s)
            if text[start:start + e - s] == ttext[s:e]:
                found.append((start, start + e - s, msg))
        taken: list[tuple[int, int]] = []
        for start, end, msg in found:
            if meta is None:
                meta = _metadata(ctx)
            if any(start <= a <= end + 2 for a, z, _ in meta):
                continue  # a widget glued on ("fest. vor 3 Stunden"): F006's finding
            if any(start < te and ts < end for ts, te in taken):
                continue  # "way,! the": one finding, not two
            if msg.startswith("a quotation mark") and _paragraph_quotes_pair(ctx, start):
                continue  # a quotation of two sentences, closed in the next one of its paragraph
            taken.append((start, end))
            yield ctx.flag(start, end, msg)


def _paragraph_quotes_pair(ctx: CheckContext, pos: int) -> bool:
    """Do the straight double quotes of the target paragraph around ``pos`` pair up?"""
    seg = ctx.target.segment_at(pos)
    if seg is None or not ctx.target.paragraphs or seg.paragraph >= len(ctx.target.paragraphs):
        return False
    pg = ctx.target.paragraphs[seg.paragraph]
    ptext = ctx.target.text[pg.start:pg.end]
    return not _quotes(ptext) % 2 and _lone_quote(ptext) is None
