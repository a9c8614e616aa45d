"""Session 58 (helper neg): two false alarms of P001 negation-flipped.

- The answer "no" of a vote right after a verb of voting ("voted no, arguing …",
  "votaron no en …") is the vote, no negation; "voted no confidence" stays a negation.
- "Never" (never, nie, nunca, jamais) said on the other side as "the first time"
  (처음 본다, zum ersten Mal, por primera vez) is the same meaning, not a dropped negation.
"""
import pytest

import mtcheck


def _p001(src, tgt, sl, tl):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "P001" and not f.suppressed]


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The three councillors who voted no, Ana Ruiz among them, asked for a new study.",
     "Os três vereadores que votaram contra, entre eles Ana Ruiz, pediram um novo estudo.", "en", "pt"),
    ("Most residents voted no on the proposal.",
     "Die meisten Einwohner stimmten gegen den Vorschlag.", "en", "de"),
    ("Los dos concejales que votaron no, entre ellos Luis Mora, pidieron otro informe.",
     "The two councillors who voted against, among them Luis Mora, asked for another report.", "es", "en"),
    # the other side says the answer too
    ("Most residents voted no in the referendum.",
     "Die meisten Einwohner stimmten beim Referendum mit Nein.", "en", "de"),
    ("Les habitants ont voté non.", "The residents voted no.", "fr", "en"),
])
def test_a_vote_no_is_no_negation(src, tgt, sl, tl):
    assert not _p001(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # "no" before a noun after a verb of voting is still a negator
    ("The council voted no confidence in the mayor.", "O conselho aprovou o prefeito.", "en", "pt"),
    # "said no one" is a negation
    ("The spokesman said no one was hurt.", "Der Sprecher sagte, jemand sei verletzt worden.", "en", "de"),
])
def test_no_after_a_vote_verb_before_a_noun_stays_a_negation(src, tgt, sl, tl):
    assert _p001(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("\"I have never seen the river this high in May,\" the ferryman said.",
     "뱃사공은 \"5월에 강물이 이렇게 높은 건 처음 본다\"고 말했다.", "en", "ko"),
    ("„So einen Sturm habe ich noch nie erlebt“, sagte die Fischerin.",
     "\"It is the first time I have experienced a storm like this,\" the fisherwoman said.", "de", "en"),
    ("«Nunca había visto tantas cigüeñas juntas», dijo el guarda.",
     "\"It was the first time I saw so many storks together,\" the warden said.", "es", "en"),
])
def test_never_said_as_the_first_time_is_no_flip(src, tgt, sl, tl):
    assert not _p001(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # the "never" dropped without a "first time" on the other side
    ("\"I have never seen the river this high in May,\" the ferryman said.",
     "뱃사공은 \"5월에 강물이 이렇게 높은 건 본다\"고 말했다.", "en", "ko"),
    ("„So einen Sturm habe ich noch nie erlebt“, sagte die Fischerin.",
     "\"I have experienced a storm like this,\" the fisherwoman said.", "de", "en"),
])
def test_never_dropped_without_first_time_is_flagged(src, tgt, sl, tl):
    assert _p001(src, tgt, sl, tl)


# "unless" (if not) rendered as a plain "if": the negation dropped with no negator on
# either side


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The ferry will stop running in March unless the county finds new money.",
     "Färjan slutar gå i mars om länet hittar nya pengar.", "en", "sv"),
    ("The museum will close in June unless a new sponsor is found.",
     "Das Museum schließt im Juni, wenn ein neuer Sponsor gefunden wird.", "en", "de"),
    ("Le musée fermera en juin, à moins qu'un mécène soit trouvé.",
     "The museum will close in June if a sponsor is found.", "fr", "en"),
])
def test_unless_rendered_if_is_a_dropped_negation(src, tgt, sl, tl):
    assert _p001(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The ferry will stop running in March unless the county finds new money.",
     "Färjan slutar gå i mars om inte länet hittar nya pengar.", "en", "sv"),
    ("The museum will close in June unless a new sponsor is found.",
     "Das Museum schließt im Juni, es sei denn, ein neuer Sponsor wird gefunden.", "en", "de"),
    # "only if" says "unless" the other way round
    ("The museum will close in June unless a new sponsor is found.",
     "Das Museum bleibt nur offen, wenn ein neuer Sponsor gefunden wird.", "en", "de"),
    ("The match will go ahead unless it rains.", "El partido se jugará si no llueve.", "en", "es"),
])
def test_unless_rendered_if_not_or_only_if_is_silent(src, tgt, sl, tl):
    assert not _p001(src, tgt, sl, tl)



def test_portuguese_no_in_the_is_no_answer():
    # "no" (em + o, in the) is no answer "no": it does not excuse a negator "no" the other way
    from mtcheck.rules.sentence import _answer_both
    assert not _answer_both([(0, 2, "No")], "O comboio chegou no cais.", "pt")
    assert _answer_both([(0, 4, "Nein")], "Most residents voted no.", "en")
