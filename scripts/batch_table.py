"""The README's table of held-out batches: first measured -> end of its session -> now.

Run:  PYTHONPATH=. python bench/articles.py --show all > /tmp/articles.txt
      python scripts/batch_table.py /tmp/articles.txt

The first two columns are history (each batch's figures when it was first run, held out,
and at the end of the session that fixed it, as the README recorded them then); the last
is computed from the given `bench/articles.py` output.  A new batch gets a row here.
"""
import re, sys
ROWS = [  # batch, sets label, prefix regex, first measured clean, end clean, first caught, end caught
 (1, "20: s39a–d", r"s39[a-d]", "10 / 9 / 28, 13 of 20", "0 / 0 / 27, 20 of 20", "131 / 163 (88)", "142 (99)"),
 (2, "20: s39e–h", r"s39[e-h]", "8 / 14 / 34, 10 of 20", "1 / 1 / 31, 18 of 20", "133 / 163 (87)", "142 (93)"),
 (3, "15: s39j–l", r"s39[j-l]", "5 / 12 / 44, 6 of 15", "1 / 3 / 48, 12 of 15", "91 / 122 (57)", "93 (59)"),
 (4, "5: s39i", r"s39i", "0 / 6 / 3, 2 of 5", "0 / 2 / 3, 4 of 5", "35 / 41 (23)", "36 (24)"),
 (5, "20: s40a–d", r"s40", "6 / 19 / 46, 7 of 20", "0 / 2 / 25, 18 of 20", "121 / 160 (80)", "142 (98)"),
 (6, "20: s41a–d", r"s41", "4 / 5 / 38, 15 of 20", "0 / 0 / 16, 20 of 20", "137 / 160 (95)", "149 (106)"),
 (7, "20: s42a–d", r"s42", "3 / 8 / 19, 13 of 20", "0 / 0 / 7, 20 of 20", "136 / 160 (93)", "156 (105)"),
 (8, "20: s43a–d", r"s43", "4 / 13 / 38, 10 of 20", "0 / 5 / 8, 18 of 20", "133 / 160 (91)", "147 (99)"),
 (9, "20: s44a–d", r"s44", "4 / 9 / 37, 12 of 20", "0 / 1 / 5, 19 of 20", "121 / 160 (86)", "142 (102)"),
 (10, "20: s45a–d", r"s45", "5 / 8 / 43, 13 of 20", "0 / 0 / 17, 20 of 20", "139 / 160 (96)", "153 (116)"),
 (11, "20: s46a–d", r"s46", "5 / 12 / 20, 10 of 20", "0 / 1 / 1, 19 of 20", "134 / 160 (104)", "155 (125)"),
 (12, "20: s47a–d", r"s47", "3 / 3 / 46, 15 of 20", "0 / 0 / 4, 20 of 20", "134 / 160 (100)", "148 (118)"),
 (13, "20: s48a–d", r"s48", "3 / 25 / 45, 8 of 20", "0 / 1 / 26, 19 of 20", "128 / 160 (89)", "144 (102)"),
 (14, "20: s49a–d", r"s49", "10 / 13 / 53, 11 of 20", "0 / 0 / 9, 20 of 20", "126 / 160 (84)", "147 (95)"),
 (15, "20: s50a–d, written at the end of session 49", r"s50", "11 / 11 / 38, 13 of 20", "0 / 5 / 40, 15 of 20", "131 / 160 (90)", "131 (87)"),
 (16, "20: s51a–d", r"s51", "7 / 22 / 35, 9 of 20", "0 / 0 / 1, 20 of 20", "132 / 160 (88)", "153 (99)"),
 (17, "20: s52a–d", r"s52", "2 / 9 / 30, 15 of 20", "0 / 0 / 7, 20 of 20", "139 / 160 (96)", "156 (116)"),
 (18, "20: s53a–d, written at the end of session 52", r"s53", "8 / 8 / 26, 12 of 20", "0 / 2 / 13, 19 of 20 (session 53)", "136 / 160 (93)", "155 (105)"),
 (19, "20: s54a–d", r"s54", "5 / 10 / 23, 13 of 20", "0 / 1 / 17, 19 of 20", "138 / 160 (99)", "154 (118)"),
 (20, "20: s55a–d, written at the end of session 53", r"s55", "4 / 8 / 27, 11 of 20", "0 / 2 / 12, 18 of 20 (session 54)", "126 / 160 (92)", "142 (109)"),
 (21, "20: s56a–d", r"s56", "7 / 6 / 27, 14 of 20", "0 / 1 / 9, 19 of 20", "134 / 160 (94)", "146 (109)"),
 (22, "20: s57a–d", r"s57", "4 / 5 / 19, 15 of 20", "1 / 3 / 2, 17 of 20", "136 / 160 (94)", "153 (110)"),
 (23, "20: s58a–d", r"s58", "4 / 15 / 19, 12 of 20", "0 / 0 / 3, 20 of 20", "138 / 160 (104)", "151 (117)"),
 (24, "20: s59a–d", r"s59", "2 / 5 / 37, 15 of 20", "0 / 0 / 6, 20 of 20", "139 / 160 (105)", "154 (114)"),
 (25, "20: s60a–d", r"s60", "3 / 6 / 28, 15 of 20", "2 / 2 / 2, 18 of 20", "141 / 160 (104)", "151 (113)"),
 (26, "20: s61a–d", r"s61", "3 / 3 / 19, 15 of 20", "0 / 0 / 3, 20 of 20", "137 / 160 (109)", "144 (117)"),
 (27, "20: s62a–d", r"s62", "0 / 1 / 12, 19 of 20", "0 / 0 / 1, 20 of 20", "126 / 160 (97)", "140 (112)"),
 (28, "20: s63a–d", r"s63", "2 / 4 / 26, 14 of 20", "0 / 0 / 4, 20 of 20", "122 / 160 (91)", "137 (106)"),
 (29, "20: s64a–d", r"s64", "0 / 7 / 18, 16 of 20", "0 / 1 / 3, 19 of 20", "137 / 160 (113)", "148 (122)"),
 (30, "20: s65a–d", r"s65", "3 / 12 / 17, 13 of 20", "0 / 0 / 2, 20 of 20", "131 / 160 (104)", "150 (125)"),
 (31, "20: s66a–d", r"s66", "4 / 2 / 13, 15 of 20", "0 / 0 / 0, 20 of 20", "136 / 160 (108)", "152 (119)"),
 (32, "20: s67a–d", r"s67", "2 / 8 / 18, 13 of 20", "0 / 3 / 7, 18 of 20", "126 / 160 (88)", "147 (109)"),
 (33, "20: s68a–d", r"s68", "3 / 3 / 16, 15 of 20", "0 / 1 / 10, 19 of 20", "135 / 160 (103)", "147 (120)"),
 (34, "20: s69a–d", r"s69", "4 / 5 / 18, 13 of 20", "0 / 0 / 9, 20 of 20", "135 / 160 (113)", "150 (124)"),
 (35, "20: s70a–d", r"s70", "3 / 7 / 17, 15 of 20", "1 / 0 / 6, 19 of 20", "134 / 160 (108)", "149 (120)"),
 (36, "20: s71a–d", r"s71", "2 / 13 / 17, 10 of 20", "0 / 0 / 17, 20 of 20", "132 / 160 (98)", "150 (117)"),
 (37, "20: s72a–d", r"s72", "2 / 5 / 11, 16 of 20", "0 / 0 / 11, 20 of 20", "141 / 160 (113)", "153 (121)"),
]
sets = []
for l in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"^(s\d+\w)-\d+-\S+\s+(\d+)/(\d+)/(\d+)\s+(\d+)/(\d+) \((\d+)\)", l)
    if m: sets.append((m.group(1), [int(x) for x in m.groups()[1:]]))
print("| batch (sets) | clean translations: critical / major / minor, sets with nothing ≥ major — first measured → end of its session → now | injected artefacts caught (≥ major) — first measured → end of its session → now |")
print("|---|---|---|")
tot = [0]*7
for b, lab, rx, c0, c1, k0, k1 in ROWS:
    v = [x for p, x in sets if re.fullmatch(rx + r"\w?", p)]
    a = [sum(x[i] for x in v) for i in range(6)]; ok = sum(1 for x in v if x[0] == 0 and x[1] == 0)
    for i in range(6): tot[i] += a[i]
    tot[6] += ok
    now_c = f"{a[0]} / {a[1]} / {a[2]}, {ok} of {len(v)}"; now_k = f"{a[3]} ({a[5]})"
    print(f"| {b} ({lab}) | {c0} → {c1} → **{now_c}** | {k0} → {k1} → **{now_k}** |")
print(f"| all ({len(sets)} sets) | now: {tot[0]} / {tot[1]} / {tot[2]}, {tot[6]} of {len(sets)} | now: {tot[3]:,} / {tot[4]:,} ({tot[5]:,}) |")
