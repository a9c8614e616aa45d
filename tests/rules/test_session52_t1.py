"""Session 52 (s52 batch), group t1: T003 inconsistent-rendering.

False alarms removed: a source word whose neighbour makes the term (storm overflow / storm
water; міська рада / міський бюджет), a compound's head alone (Straßenbahn / Bahnen), case
forms too short for one stem (trasa / trasu / trasom).  Swaps now caught: a compound on the
same head with a cognate modifier (Förderbohrung / Produktionsbohrung), two English noun
derivations (electrolyser / electrolysis), a longer rendering ending in the usual word's
tail (span structure / superstructure), Dutch plurals with a doubled consonant (knip /
knippen) and short lemmas (cuts)."""
import mtcheck


def _t003(src, tgt, sl, tl):
    return [f for f in mtcheck.check_pair(src, tgt, sl, tl) if f.code == "T003"]


# T003: a compound on the usual rendering's head whose modifier is spelled like the source
# word (production well: Förderbohrung / Produktionsbohrung) is a modifier swapped, not a
# source word kept as a name, in a language that capitalises its nouns
def test_prodwell_en_de():
    src = 'The production well is very deep. Work on the production well began in 2019. The hot brine comes up through the production well. A second production well is planned for next year.'
    tgt = 'Die Förderbohrung ist sehr tief. Die Arbeiten an der Förderbohrung begannen 2019. Die heiße Sole kommt über die Produktionsbohrung nach oben. Eine zweite Förderbohrung ist für nächstes Jahr geplant.'
    assert _t003(src, tgt, 'en', 'de')


def test_prodwell_nl_de():
    src = 'De productieput is zeer diep. Het werk aan de productieput begon in 2019. De hete pekel komt via de productieput naar boven. Een tweede productieput is gepland.'
    tgt = 'Die Förderbohrung ist sehr tief. Die Arbeiten an der Förderbohrung begannen 2019. Die heiße Sole kommt über die Produktionsbohrung nach oben. Eine zweite Förderbohrung ist geplant.'
    assert _t003(src, tgt, 'nl', 'de')


def test_prodwell_ok():
    src = 'The production well is very deep. Work on the production well began in 2019. The hot brine comes up through the production well. A second production well is planned for next year.'
    tgt = 'Die Förderbohrung ist sehr tief. Die Arbeiten an der Förderbohrung begannen 2019. Die heiße Sole kommt über die Förderbohrung nach oben. Eine zweite Förderbohrung ist für nächstes Jahr geplant.'
    assert not _t003(src, tgt, 'en', 'de')



# T003: two English nouns on one stem with two noun endings (electrolyser / electrolysis)
# are two renderings; a noun beside a verb or an adjective of its stem is not
def test_deriv_sv_en():
    src = 'Elektrolysören kostar mycket. Elektrolysören ska byggas i Luleå. Kostnaden för elektrolysören har ökat. Leverantören av elektrolysören är tysk.'
    tgt = 'The electrolyser costs a lot. The electrolyser is to be built in Luleå. The cost of the electrolysis plant has risen. The supplier of the electrolyser is German.'
    assert _t003(src, tgt, 'sv', 'en')


def test_deriv_de_en():
    src = 'Der Elektrolyseur kostet viel. Der Elektrolyseur wird in Hamburg gebaut. Die Kosten für den Elektrolyseur sind gestiegen. Der Lieferant des Elektrolyseurs ist Norweger.'
    tgt = 'The electrolyser costs a lot. The electrolyser is being built in Hamburg. The cost of the electrolysis unit has risen. The supplier of the electrolyser is Norwegian.'
    assert _t003(src, tgt, 'de', 'en')


def test_deriv_ok():
    src = 'La commune a annoncé un plan. Le plan annoncé par la commune coûte cher. La commune a annoncé une réunion. Le maire a annoncé sa démission.'
    tgt = 'The municipality announced a plan. The plan announced by the municipality is expensive. The municipality made an announcement about a meeting. The mayor announced his resignation.'
    assert not _t003(src, tgt, 'fr', 'en')



# T003: a rendering of more words than the usual one holds no form of it by a word's tail
# in a language that writes no compounds (span structure / superstructure)
def test_span_uk_en():
    src = "Прогонова будова складається з п'яти секцій. Прогонову будову змонтували восени. Гарантійний термін на прогонову будову та дорожнє покриття становить п'ять років. Прогонову будову пофарбують навесні."
    tgt = 'The superstructure consists of five sections. The superstructure was assembled in autumn. The warranty period for the span structure and the road surface is five years. The superstructure will be painted in spring.'
    assert _t003(src, tgt, 'uk', 'en')


def test_span_ru_en():
    src = 'Пролётное строение состоит из пяти секций. Пролётное строение смонтировали осенью. Гарантийный срок на пролётное строение и дорожное покрытие составляет пять лет. Пролётное строение покрасят весной.'
    tgt = 'The superstructure consists of five sections. The superstructure was assembled in autumn. The warranty period for the span structure and the road surface is five years. The superstructure will be painted in spring.'
    assert _t003(src, tgt, 'ru', 'en')


def test_span_ok():
    src = "Прогонова будова складається з п'яти секцій. Прогонову будову змонтували восени. Гарантійний термін на прогонову будову та дорожнє покриття становить п'ять років. Прогонову будову пофарбують навесні."
    tgt = 'The superstructure consists of five sections. The superstructure was assembled in autumn. The warranty period for the superstructure and the road surface is five years. The superstructure will be painted in spring.'
    assert not _t003(src, tgt, 'uk', 'en')



# T003: a source word with a fixed neighbour wherever it has a rendering of several words
# (storm overflow, міська рада) is another term without it (storm water, міський бюджет)
def test_mates_en_it():
    src = 'A storm overflow at the plant spilled sewage into the river. The company said the storm overflow was used only in emergencies. An alarm on the storm overflow had been broken for years. The new tank can hold 2,000 cubic metres of storm water. Inspectors are examining four other storm overflows nearby.'
    tgt = "Uno scaricatore di piena dell'impianto ha riversato liquami nel fiume. L'azienda ha detto che lo scaricatore di piena veniva usato solo in caso di emergenza. Un allarme dello scaricatore di piena era guasto da anni. La nuova vasca può contenere 2.000 metri cubi di acque meteoriche. Gli ispettori stanno esaminando altri quattro scaricatori di piena nella zona."
    assert not _t003(src, tgt, 'en', 'it')


def test_mates_uk_en():
    src = 'Міська рада ухвалила рішення у 2021 році. Гроші на міст виділив міський бюджет. За прогнозами міської ради, мостом їздитимуть тисячі авто. Міська рада змінила маршрути автобусів. У міській раді обіцяють висадити дерева навесні.'
    tgt = "The city council took the decision in 2021. The money for the bridge came from the city budget. According to the city council's forecasts, thousands of cars will use the bridge. The city council changed the bus routes. The city council promises to plant trees in spring."
    assert not _t003(src, tgt, 'uk', 'en')


def test_mates_keep():
    src = 'Міська рада ухвалила рішення у 2021 році. Гроші на міст виділила міська рада. За прогнозами міської ради, мостом їздитимуть тисячі авто. Міська рада змінила маршрути автобусів. У міській раді обіцяють висадити дерева навесні.'
    tgt = "The city council took the decision in 2021. The money for the bridge was allocated by the town hall. According to the city council's forecasts, thousands of cars will use the bridge. The city council changed the bus routes. The city council promises to plant trees in spring."
    assert _t003(src, tgt, 'uk', 'en')



# T003: a compound's head alone (Straßenbahn / Bahnen) is the same rendering, though the
# German lemma's cut final n hides it
def test_head_pl_de():
    src = 'Tramwaj dojechał na nowe osiedle. Po trzech latach budowy mieszkańcy osiedla doczekali się tramwaju. Podróż do centrum zajmie teraz dwadzieścia minut, a tramwaje linii 5 będą kursować co osiem minut w dni robocze. Przez lata słyszeliśmy, że tramwaj się nie opłaca. Miasto planuje kolejne inwestycje tramwajowe.'
    tgt = 'Straßenbahn erreicht die neue Siedlung. Nach drei Jahren Bauzeit haben die Bewohner der Siedlung ihre Straßenbahn. Die Fahrt ins Zentrum dauert nun zwanzig Minuten, und die Bahnen der Linie 5 fahren werktags alle acht Minuten. Jahrelang hörten wir, dass sich eine Straßenbahn nicht lohnt. Die Stadt plant weitere Straßenbahninvestitionen.'
    assert not _t003(src, tgt, 'pl', 'de')


def test_head_ru_de():
    src = 'Трамвай дошёл до нового района. После трёх лет строительства жители района дождались трамвая. Поездка в центр теперь займёт двадцать минут, а трамваи маршрута 5 будут ходить каждые восемь минут по будням. Годами мы слышали, что трамвай не окупится. Город планирует новые трамвайные инвестиции.'
    tgt = 'Straßenbahn erreicht das neue Viertel. Nach drei Jahren Bauzeit haben die Bewohner des Viertels ihre Straßenbahn. Die Fahrt ins Zentrum dauert nun zwanzig Minuten, und die Bahnen der Linie 5 fahren werktags alle acht Minuten. Jahrelang hörten wir, dass sich eine Straßenbahn nicht lohnt. Die Stadt plant weitere Straßenbahninvestitionen.'
    assert not _t003(src, tgt, 'ru', 'de')



# T003: a word in every sentence of the term in case forms too short for one stem
# (trasa / trasu / trasom) renders it consistently
def test_case_en_hr():
    src = 'The council approved the greenway on Monday. The route will be four metres wide for most of its length and will include a 300-metre boardwalk over the marsh near the lake. Residents had raised concerns about privacy. Lighting along the route will be low-level and motion-sensitive to protect owls and other wildlife. Work is due to begin in the spring. The greenway is eventually intended to link up with the planned route to the coast, forming part of a longer cycle network.'
    tgt = 'Vijeće je u ponedjeljak odobrilo zelenu stazu. Trasa će većim dijelom biti široka četiri metra, a uključivat će i 300 metara dugu drvenu šetnicu preko močvare kod jezera. Stanovnici su izrazili zabrinutost zbog privatnosti. Rasvjeta uz trasu bit će niska i uključivat će se na pokret kako bi se zaštitile sove i druge divlje životinje. Radovi bi trebali početi na proljeće. Zelena staza s vremenom bi se trebala povezati s planiranom trasom prema obali i postati dio dulje biciklističke mreže.'
    assert not _t003(src, tgt, 'en', 'hr')


def test_case_en_sr():
    src = 'The council approved the greenway on Monday. The route will be four metres wide for most of its length and will include a 300-metre boardwalk over the marsh near the lake. Residents had raised concerns about privacy. Lighting along the route will be low-level and motion-sensitive to protect owls and other wildlife. Work is due to begin in the spring. The greenway is eventually intended to link up with the planned route to the coast, forming part of a longer cycle network.'
    tgt = 'Veće je u ponedeljak odobrilo zelenu stazu. Trasa će većim delom biti široka četiri metra, a uključivaće i drvenu stazu dugu 300 metara preko močvare kod jezera. Stanovnici su izrazili zabrinutost zbog privatnosti. Rasveta duž trase biće niska i uključivaće se na pokret kako bi se zaštitile sove i druge divlje životinje. Radovi bi trebalo da počnu na proleće. Zelena staza bi s vremenom trebalo da se poveže sa planiranom trasom prema obali i postane deo duže biciklističke mreže.'
    assert not _t003(src, tgt, 'en', 'sr')



# T003: a Dutch singular and its plural in -en with a doubled consonant (knip / knippen) are
# one term; a rendering whose lemma is under four letters (cuts → cut) still counts
def test_nl_en():
    src = "De stad plaatst elf nieuwe knippen in twee wijken. Een knip is een punt waar auto's niet langer van de ene wijk naar de andere kunnen rijden. De stad trekt drie miljoen euro uit voor de knippen en nieuwe fietsstraten. “De knippen worden opgelegd zonder inspraak”, zegt een raadslid."
    tgt = 'The city is installing eleven new modal filters in two districts. A modal filter is a point where cars can no longer drive from one district to the other. The city is setting aside three million euros for the modal filters and new cycle streets. “The cuts are being imposed without consultation,” says a councillor.'
    assert _t003(src, tgt, 'nl', 'en')


def test_nl_fr():
    src = "De stad plaatst elf nieuwe knippen in twee wijken. Een knip is een punt waar auto's niet langer van de ene wijk naar de andere kunnen rijden. De stad trekt drie miljoen euro uit voor de knippen en nieuwe fietsstraten. “De knippen worden opgelegd zonder inspraak”, zegt een raadslid."
    tgt = "La ville installe onze nouveaux filtres modaux dans deux quartiers. Un filtre modal est un point où les voitures ne peuvent plus passer d'un quartier à l'autre. La ville consacre trois millions d'euros aux filtres modaux et à de nouvelles rues cyclables. « Les coupures sont imposées sans concertation », dit un conseiller."
    assert _t003(src, tgt, 'nl', 'fr')


def test_nl_ok():
    src = "De stad plaatst elf nieuwe knippen in twee wijken. Een knip is een punt waar auto's niet langer van de ene wijk naar de andere kunnen rijden. De stad trekt drie miljoen euro uit voor de knippen en nieuwe fietsstraten. “De knippen worden opgelegd zonder inspraak”, zegt een raadslid."
    tgt = 'The city is installing eleven new modal filters in two districts. A modal filter is a point where cars can no longer drive from one district to the other. The city is setting aside three million euros for the modal filters and new cycle streets. “The modal filters are being imposed without consultation,” says a councillor.'
    assert not _t003(src, tgt, 'nl', 'en')
