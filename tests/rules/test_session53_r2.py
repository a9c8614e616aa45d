"""Session 53 (r2): P003 direction flips missed in batch 19.

- Danish, Norwegian, Swedish "op/opp/upp fra/från N", "ned fra N", "op 5 procent": up and down
  with their figure state a change as English "up from", "down 5%" do (without a figure they
  are verb particles and count for no pole); a negative word before the comma of such a phrase
  (", down from 290,000") does not negate it.
- Turkish verbs of change in their softened future and other inflected forms (artıracağını,
  düşüreceğini, artırmış, düşüren …); the negated future participle with its case
  (artırmayacağını) counts for no pole.
- English "by" reaches a weak verb of change over a longer object and over a bound ("cut the
  running costs of the older ferries by more than 25%").
- Polish verbal nouns and verbs of lengthening and shortening (wydłużenie, skrócenie) as a
  rise and a fall; English "cuts to" as a reduction.
- A size compared by a figure is its height: Finnish "8 prosenttia pienempi" ~ "8 per cent lower".
- "less ADJ than" rendered "more ADJ than" with the same adjective (a shared stem) is a flip,
  not the comparison's arguments swapped.
"""
from __future__ import annotations

import pytest

import mtcheck


def p003(src: str, tgt: str, sl: str, tl: str) -> bool:
    return any(f.code == "P003" for f in mtcheck.check_pair(src, tgt, sl, tl))


@pytest.mark.parametrize("src,flipped,kept,sl,tl", [
    # up / down with a figure (Danish, Norwegian, Swedish)
    ("Sales reached 4,500 units in March, down from 6,200 a year earlier.",
     "Salget nåede 4.500 enheder i marts, op fra 6.200 et år tidligere.",
     "Salget nåede 4.500 enheder i marts, ned fra 6.200 et år tidligere.", "en", "da"),
    ("Arbeidsledigheten var 3,1 prosent i mai, opp fra 2,8 prosent i april.",
     "Unemployment was 3.1 per cent in May, down from 2.8 per cent in April.",
     "Unemployment was 3.1 per cent in May, up from 2.8 per cent in April.", "nb", "en"),
    ("Antalet besökare var 41 000 i fjol, ned från 52 000 året innan.",
     "The number of visitors was 41,000 last year, up from 52,000 the year before.",
     "The number of visitors was 41,000 last year, down from 52,000 the year before.", "sv", "en"),
    # a negative word before the comma does not negate the phrase of its own
    ("Some 8,000 cattle were lost in the floods, down from 11,000 the year before.",
     "Omkring 8.000 kreaturer gik tabt i oversvømmelserne, op fra 11.000 året før.",
     "Omkring 8.000 kreaturer gik tabt i oversvømmelserne, ned fra 11.000 året før.", "en", "da"),
    # Turkish verbs of change in their inflected forms
    ("The ministry said the new law would reduce waiting times by 30%.",
     "Bakanlık, yeni yasanın bekleme sürelerini %30 artıracağını açıkladı.",
     "Bakanlık, yeni yasanın bekleme sürelerini %30 düşüreceğini açıkladı.", "en", "tr"),
    ("Şirket, elektrik fiyatlarını yüzde 10 düşüreceğini duyurdu.",
     "Das Unternehmen kündigte an, die Strompreise um 10 Prozent zu erhöhen.",
     "Das Unternehmen kündigte an, die Strompreise um 10 Prozent zu senken.", "tr", "de"),
    ("Belediye otopark ücretlerini geçen yıl iki katına çıkaran kararı geri aldı; ücretleri yüzde 20 düşürmüş.",
     "The council reversed the decision and had raised parking fees by 20 per cent.",
     "The council reversed the decision and had lowered parking fees by 20 per cent.", "tr", "en"),
    # English "by" far from its verb, and a bound before the figure
    ("The plan will cut the running costs of the older ferries by more than 25%.",
     "Plan, eski feribotların işletme maliyetlerini %25'ten fazla artıracak.",
     "Plan, eski feribotların işletme maliyetlerini %25'ten fazla düşürecek.", "en", "tr"),
    ("The measures will cut the energy use of public buildings by up to 30%.",
     "Die Maßnahmen werden den Energieverbrauch öffentlicher Gebäude um bis zu 30 % erhöhen.",
     "Die Maßnahmen werden den Energieverbrauch öffentlicher Gebäude um bis zu 30 % senken.", "en", "de"),
    # Polish lengthening and shortening; English "cuts to"
    ("The ministry has announced cuts to the school day.",
     "Ministerstwo zapowiedziało wydłużenie dnia szkolnego.",
     "Ministerstwo zapowiedziało skrócenie dnia szkolnego.", "en", "pl"),
    ("Rząd zapowiedział skrócenie czasu oczekiwania na wizy.",
     "The government announced an increase in waiting times for visas.",
     "The government announced a reduction in waiting times for visas.", "pl", "en"),
    ("Firma zapowiedziała wydłużenie okresu gwarancji.",
     "Die Firma kündigte eine Verkürzung der Garantiezeit an.",
     "Die Firma kündigte eine Verlängerung der Garantiezeit an.", "pl", "de"),
    # a size compared by a figure is a height
    ("Myynti jäi 8 prosenttia edellisvuotta pienemmäksi.",
     "Sales were 8 per cent higher than the year before.",
     "Sales were 8 per cent lower than the year before.", "fi", "en"),
    ("Costs were 12 per cent higher than planned.",
     "Kustannukset olivat 12 prosenttia suunniteltua pienemmät.",
     "Kustannukset olivat 12 prosenttia suunniteltua suuremmat.", "en", "fi"),
    ("Die Kosten waren 12 Prozent höher als geplant.",
     "Kustannukset olivat 12 prosenttia suunniteltua pienemmät.",
     "Kustannukset olivat 12 prosenttia suunniteltua suuremmat.", "de", "fi"),
    # less ADJ than ~ more ADJ than, the same adjective
    ("Das neue Material ist weniger flexibel als das alte.",
     "The new material is more flexible than the old one.",
     "The new material is less flexible than the old one.", "de", "en"),
    ("Le nouveau réseau est moins efficace que prévu.",
     "The new network is more efficient than expected.",
     "The new network is less efficient than expected.", "fr", "en"),
])
def test_flipped_and_kept(src, flipped, kept, sl, tl):
    assert p003(src, flipped, sl, tl)
    assert not p003(src, kept, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # a particle without its figure is no pole, not even weak evidence of one
    ("Priserne faldt med 5 procent, så butikken gav op.",
     "Prices rose by 5 percent, so the shop gave up.", "da", "en"),
])
def test_particle_is_no_pole(src, tgt, sl, tl):
    assert p003(src, tgt, sl, tl)


@pytest.mark.parametrize("src,tgt,sl,tl", [
    # a negated future participle is no rise (P001 speaks about negation)
    ("Bakanlık vergileri artırmayacağını açıkladı.",
     "The ministry announced that it would not raise taxes.", "tr", "en"),
    # "w skrócie" is "in short"
    ("W skrócie: ceny wzrosły o 4 procent.", "In short: prices rose by 4 per cent.", "pl", "en"),
    # a small firm paying higher rent: the size is no figure's
    ("Pieni yritys maksoi 14 prosenttia korkeampaa vuokraa.",
     "The small firm paid 14 per cent higher rent.", "fi", "en"),
    # "weniger stabil" is "more unstable"; different words may be the arguments swapped
    ("Der Boden ist weniger stabil als erwartet.", "The ground is more unstable than expected.", "de", "en"),
    ("Im Park leben weniger Menschen als Tiere.", "The park has more animals than people.", "de", "en"),
    # a Danish particle with no figure after it
    ("The company gave up its plans after sales fell.",
     "Selskabet opgav sine planer, efter at salget faldt, og de gav op.", "en", "da"),
])
def test_no_flip(src, tgt, sl, tl):
    assert not p003(src, tgt, sl, tl)
