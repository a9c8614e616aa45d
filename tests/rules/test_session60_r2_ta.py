"""Session 60 round 2 helper ta: T003 misses on batch 33 (s68).

A two-word rendering of one source word with its modifier swapped once is found when the
shared neighbour is a noun of three letters (watering ban / irrigation ban), in a target
language with a list of function words; a Romance noun in -mento (branqueamento,
congelamento) is a term, not an adverb in -mente, since its written forms say so."""
from __future__ import annotations

import mtcheck


def t003(tmp_path, src: str, tgt: str, sl: str, tl: str) -> list[str]:
    s, t = tmp_path / f"s.{sl}.txt", tmp_path / f"t.{tl}.txt"
    s.write_text(src, encoding="utf-8")
    t.write_text(tgt, encoding="utf-8")
    return [f.message for f in mtcheck.compare(t, source=s).findings if f.code == "T003"]


# -- a shared neighbour of three letters (ban) ----------------------------------------------
# (the odd sentence holds a form of the usual modifier far from the term, bathe beside
# bathing, which hides the swap from the multi-word path)
SV_BAN = ("Kommunen inför badförbud vid Norrsjön – blågröna alger i vattnet\n\n"
          "Kommunen inför från och med fredag badförbud vid Norrsjön norr om staden.\n\n"
          "Badförbudet innebär att ingen får ta med hunden i vattnet eller bada i sjön.\n\n"
          "Badförbudet gäller tills vidare och ska omprövas i slutet av juli.\n")
DE_BAN = ("Stadt verhängt Badeverbot am Baggersee – Blaualgen im Wasser entdeckt\n\n"
          "Die Stadt hat am Freitag ein Badeverbot für den Baggersee im Norden der Stadt verhängt.\n\n"
          "Das Badeverbot bedeutet, dass niemand mit dem Hund ins Wasser gehen oder im See baden darf.\n\n"
          "Das Badeverbot gilt bis auf Weiteres und wird Ende Juli überprüft.\n")
EN_SV = ("Municipality imposes bathing ban at Norrsjön as blue-green algae found in water\n\n"
         "From Friday the municipality is imposing a bathing ban at Norrsjön north of the town.\n\n"
         "The {} ban means that nobody may take a dog into the water or bathe in the lake.\n\n"
         "The bathing ban applies until further notice and will be reviewed at the end of July.\n")
EN_DE = ("City imposes bathing ban at gravel lake as blue-green algae found in water\n\n"
         "On Friday the city imposed a bathing ban on the gravel lake in the north of the city.\n\n"
         "The {} ban means that nobody may take a dog into the water or bathe in the lake.\n\n"
         "The bathing ban applies until further notice and will be reviewed at the end of July.\n")


def test_three_letter_neighbour_sv(tmp_path):
    msgs = t003(tmp_path, SV_BAN, EN_SV.format("swimming"), "sv", "en")
    assert any("swimming ban" in m for m in msgs), msgs


def test_three_letter_neighbour_de(tmp_path):
    msgs = t003(tmp_path, DE_BAN, EN_DE.format("swimming"), "de", "en")
    assert any("swimming ban" in m for m in msgs), msgs


def test_three_letter_neighbour_consistent_silent(tmp_path):
    assert t003(tmp_path, SV_BAN, EN_SV.format("bathing"), "sv", "en") == []
    assert t003(tmp_path, DE_BAN, EN_DE.format("bathing"), "de", "en") == []


# -- Romance nouns in -mento are no adverbs -------------------------------------------------
PT_PAY = ("A cooperativa faz o pagamento aos produtores de leite em março.\n\n"
          "O pagamento chega com atraso quase todos os anos, dizem os agricultores.\n\n"
          "A empresa comprou dois camiões novos para a recolha do leite.\n\n"
          "A direção promete rever o pagamento no próximo ano.\n\n"
          "Os preços do gasóleo subiram dez por cento desde janeiro.\n")
EN_PAY = ("The cooperative makes the payment to dairy farmers in March.\n\n"
          "The {} arrives late almost every year, farmers say.\n\n"
          "The company has bought two new lorries to collect the milk.\n\n"
          "The board promises to review the payment next year.\n\n"
          "Diesel prices have risen by ten per cent since January.\n")

IT_FREEZE = ("Il congelamento del pesce avviene direttamente a bordo del peschereccio.\n\n"
             "Il congelamento dura circa tre ore a meno quaranta gradi.\n\n"
             "La cooperativa ha acquistato due celle frigorifere nuove quest'anno.\n\n"
             "I veterinari dell'azienda sanitaria controllano il congelamento ogni settimana.\n\n"
             "Il pesce viene poi venduto ai mercati di Milano e Torino.\n")
EN_FREEZE = ("The freezing of the fish takes place directly on board the trawler.\n\n"
             "The freezing lasts about three hours at minus forty degrees.\n\n"
             "The cooperative bought two new cold rooms this year.\n\n"
             "Vets from the health authority check the {} every week.\n\n"
             "The fish is then sold to markets in Milan and Turin.\n")


def test_mento_noun_pt(tmp_path):
    msgs = t003(tmp_path, PT_PAY, EN_PAY.format("transfer"), "pt", "en")
    assert any("transfer" in m for m in msgs), msgs


def test_mento_noun_it(tmp_path):
    msgs = t003(tmp_path, IT_FREEZE, EN_FREEZE.format("chilling"), "it", "en")
    assert any("chilling" in m for m in msgs), msgs


def test_mento_noun_consistent_silent(tmp_path):
    assert t003(tmp_path, PT_PAY, EN_PAY.format("payment"), "pt", "en") == []
    assert t003(tmp_path, IT_FREEZE, EN_FREEZE.format("freezing"), "it", "en") == []


def test_adverb_in_mente_still_no_term(tmp_path):
    src = ("O governo reagiu rapidamente às críticas dos agricultores.\n\n"
           "Os bombeiros chegaram rapidamente ao local do incêndio.\n\n"
           "A cooperativa comprou dois camiões novos para a recolha do leite.\n\n"
           "A água subiu rapidamente durante a noite.\n")
    tgt = ("The government responded quickly to the farmers' criticism.\n\n"
           "The firefighters arrived quickly at the scene of the fire.\n\n"
           "The cooperative bought two new lorries to collect the milk.\n\n"
           "The water rose rapidly during the night.\n")
    assert t003(tmp_path, src, tgt, "pt", "en") == []


def test_scale_beside_currency_silent(tmp_path):
    # (a scale word before a short currency name is a figure's size, no swapped modifier)
    src = ("시는 올해 공원 조성에 500억원을 투입한다.\n\n"
           "시는 내년에도 도로 정비에 300억원을 쓸 계획이다.\n\n"
           "전체 사업비는 1조2000억원으로 늘었다.\n\n"
           "시의회는 이 가운데 200억원을 삭감했다.\n")
    tgt = ("The city will spend 50 billion won on building parks this year.\n\n"
           "The city also plans to spend 30 billion won on road repairs next year.\n\n"
           "The total cost of the project has risen to 1.2 trillion won.\n\n"
           "The city council cut 20 billion won from it.\n")
    assert not any("trillion" in m for m in t003(tmp_path, src, tgt, "ko", "en"))
