"""Session 49, on main: Greek elides a short word's last vowel before a vowel with an
apostrophe (γι' αυτό, κατ' αρχάς, απ' όλους); S012 took it for a stray apostrophe."""

import pytest

from mtcheck import check_pair


def s012(src, tgt, sl, tl):
    return [f for f in check_pair(src, tgt, sl, tl) if f.code == "S012"]


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The piles carry the whole structure, which is why we take no risks.",
     "Οι πάσσαλοι σηκώνουν όλη την κατασκευή, γι' αυτό δεν ρισκάρουμε.", "en", "el"),
    ("Im Grunde ist der Plan für alle gut.", "Κατ' αρχάς, το σχέδιο είναι καλό για όλους.", "de", "el"),
    ("Il a reçu des lettres de tous les habitants.", "Πήρε γράμματα απ' όλους τους κατοίκους.", "fr", "el"),
])
def test_greek_elision_is_no_stray_apostrophe(src, tgt, sl, tl):
    assert not s012(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    ("The mayor said nothing new today.", "Ο δήμαρχος δεν είπε τίποτα καινούριο' σήμερα.", "en", "el"),
    ("Der Bürgermeister sagte heute nichts Neues.", "Ο δήμαρχος δεν είπε τίποτα' σήμερα.", "de", "el"),
])
def test_a_stray_apostrophe_in_greek_is_still_found(src, tgt, sl, tl):
    assert s012(src, tgt, sl, tl)
