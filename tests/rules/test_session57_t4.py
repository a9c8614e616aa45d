"""Session 57, helper t4: T003's usual rendering left to a short source word.

T003 counts as a term only source words of five letters or more, so a short word (a
Vietnamese syllable of two letters, a Korean word of one syllable, a word of three or four
letters) that stands in exactly the sentences where the usual rendering stands was never
seen: the rendering of that short word (vé → tickets) was taken for the term's usual
rendering, and the term's plain rendering elsewhere (thuyền → launch) for another one.
Such a word, in the same three or more sentences as the usual rendering and in no other,
now links those sentences as a longer source word does, and the term is left alone."""

from __future__ import annotations

from mtcheck.rules import run_rules, select_rules, single_pair_context


def t003(src: str, tgt: str, sl: str, tl: str) -> list[str]:
    ctx = single_pair_context(src, tgt, sl, tl)
    return [tgt[f.span[0]:f.span[1]] for f in run_rules(ctx, select_rules(["T003"])) if f.code == "T003"]


VI_SRC = ("Từ ngày 3/4, Công ty Du lịch Hải Hòa bắt đầu bán vé thuyền qua mạng. "
          "Đây là doanh nghiệp đầu tiên của tỉnh làm việc này. "
          "Khách mua vé thuyền trước hai ngày được giảm 10%. "
          "Giá cá thu hiện ở mức 180.000 đồng/kg, cao hơn đầu năm. "
          "Ông Lê Văn Bình cho biết thuyền lớn nhất chở được bốn mươi người. "
          "Mỗi tháng xưởng của ông làm xong hai chiếc. "
          "Theo kế hoạch, đến năm 2026 các thuyền của công ty sẽ bán thêm 20.000 vé. "
          "Tổng kinh phí dự kiến khoảng 3 tỷ đồng. "
          "Buổi tập huấn đầu tiên sẽ diễn ra vào thứ Bảy.")

VI_TGT = ("From 3 April, the Hai Hoa Tourism Company began selling boat tickets online. "
          "It is the first business in the province to do so. "
          "Passengers who buy their tickets two days in advance get a 10% discount. "
          "Mackerel currently sells for 180,000 dong per kilogram, more than at the beginning of the year. "
          "Le Van Binh said the largest launch carries forty people. "
          "His workshop finishes two every month. "
          "Under the plan, by 2026 the company's vessels will sell another 20,000 tickets. "
          "The total cost is expected to be about 3 billion dong. "
          "The first training session will take place on Saturday.")

FR_TGT = ("Depuis le 3 avril, la société touristique Hai Hoa vend ses billets de bateau en ligne. "
          "C'est la première entreprise de la province à le faire. "
          "Les passagers qui achètent leurs billets deux jours à l'avance bénéficient d'une remise de 10 %. "
          "Le maquereau se vend actuellement 180 000 dongs le kilo, plus qu'en début d'année. "
          "Le Van Binh indique que la vedette la plus grande transporte quarante personnes. "
          "Son atelier en termine deux par mois. "
          "Selon le plan, d'ici 2026, les navires de la société vendront 20 000 billets de plus. "
          "Le coût total devrait atteindre environ 3 milliards de dongs. "
          "La première formation aura lieu samedi.")



def test_short_word_links_usual_rendering_vi_en():
    assert t003(VI_SRC, VI_TGT, "vi", "en") == []


def test_short_word_links_usual_rendering_vi_fr():
    assert t003(VI_SRC, FR_TGT, "vi", "fr") == []


# precision guard: without the short word in all of the usual rendering's sentences, the
# term's other rendering is still flagged
VI_SRC2 = VI_SRC.replace("sẽ bán thêm 20.000 vé", "sẽ có thêm 20.000 chỗ ngồi")
VI_TGT2 = ("From 3 April, the Hai Hoa Tourism Company began selling boat tickets online. "
          "It is the first business in the province to do so. "
          "Passengers who buy their boat tickets two days in advance get a 10% discount. "
          "Mackerel currently sells for 180,000 dong per kilogram, more than at the beginning of the year. "
          "Le Van Binh said the largest launch carries forty people. "
          "His workshop finishes two every month. "
          "Under the plan, by 2026 the company's boats will have another 20,000 seats. "
          "The total cost is expected to be about 3 billion dong. "
          "The first training session will take place on Saturday.")


def test_term_rendered_two_ways_still_flagged_vi_en():
    assert t003(VI_SRC2, VI_TGT2, "vi", "en") != []


def test_rule_example_still_flagged():
    src = "Die Fahrräder sind schwer. Keine Fahrräder im Gefängnis. Fahrräder sind verboten."
    assert t003(src, "The bicycles are heavy. No bicycles in prison. Bikes are banned.", "de", "en") == ["Bikes"]
