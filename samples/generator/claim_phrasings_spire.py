"""Spire phrasings: a thirteenth set of sentences for `claim_text`, written blind to the extractor, its frames, its
misses and its benchmark output, and apart from the twelve sets before it (the tuning table and the loft set were
read only enough to learn the interface and the roles; the others' docstrings only, to learn what they already
cover). It exists so that a blind measure remains when the loft set, the blind measure now, is used to diagnose
the extractor in its turn: once a set's sentences or misses are read by whoever tunes the extractor, it no longer
measures reach on prose nobody has fitted to.

It imitates what auditors receive, reaching for what the earlier sets lack: figures in square brackets, rows told
with pipes ("Hà Nam | 2021: 84,05% | 2022: 85,12%"), a table's columns named in prose ("cột “Tăng/giảm” có …
giá trị dương"), arithmetic in words ("… cộng … bằng …", "lấy dòng đầu trừ dòng cuối"), a unit named through the
title of its head ("Chánh Thanh tra tỉnh", "Cục trưởng Cục Thuế tỉnh", "Thống đốc Ngân hàng Nhà nước Việt Nam"),
interviews set as "* … thưa ông?" / "– …", headlines that ask a question, lists split by the group a member
belongs to ("khối sở, ban, ngành: …; khối UBND cấp huyện: …"), lettered items "a) b)", bullets "•", relative
clauses with "mà", passive orders ("được xác định cho", "bị … vượt qua"), comparisons with the year before told in
words chosen from the world ("hẹp hơn năm trước", "nhiều hơn năm ngoái", "chiếm ngôi đầu từ tay …"), the scale
named ("từ 80% đến 100%", "/100 điểm"), rounding named ("số liệu đã làm tròn"), numbers as words (a count of
five printed as "năm", beside the years) and with leading zeros, decimal point and "điểm phần trăm", and a
statement split between two paragraphs.

Same interface as `claim_phrasings_loft.py`: fn(c, s) -> text, or (text, a sentence for another paragraph);
`s(role, fmt)` prints and records one figure (fmt letters: u unit, p decimal point, z leading zero, w / W number
word up to ten, v number word up to nineteen, + signed); `s.t(role, up, down)` the direction word of a signed
figure; `s.ml()` the member list. Every entry belongs to the "spire" set. Each kind states exactly the roles its
tuning phrasings state, each once; no other numeral is printed than years, band bounds, the threshold and the
scale's maximum, and no number word that is not a recorded figure. Words whose truth depends on the world ("nhiều
hơn / ít hơn", "quá nửa", "bảo vệ ngôi đầu", "hẹp hơn / rộng hơn", "lên / xuống") are chosen from the world, never
asserted blindly; rounded ballots are printed only with "trên", "hơn" or "làm tròn".

Do not tune the extractor against these sentences; read the benchmark's summary rows only.
"""

from __future__ import annotations

from samples.generator.claim_phrasings import _approx, _bl, _cap, _enum, _idx, _lx, _n, _names, _org, _prov, _tail, _ud

_HEADS = (("Sở ", "Giám đốc"), ("Thanh tra ", "Chánh"), ("Văn phòng ", "Chánh"), ("Ban ", "Trưởng"),
          ("Cục ", "Cục trưởng"))
_AGENCY_HEADS = {"Ngân hàng Nhà nước Việt Nam": "Thống đốc", "Thanh tra Chính phủ": "Tổng Thanh tra",
                 "Ủy ban Dân tộc": "Bộ trưởng, Chủ nhiệm"}


def _boss(u) -> str:
    """A unit named through the title of its head ("Chánh Thanh tra tỉnh"); the unit's own name stays whole."""
    if u.cat == "so":
        title = next((t for head, t in _HEADS if u.name.startswith(head)), "người đứng đầu")
        return f"{title} {u.name}"
    if u.cat == "huyen":
        return f"Chủ tịch {u.name}"
    if u.cat == "bo":
        return f"Bộ trưởng {u.name}"
    if u.cat == "cqnb":
        return f"{_AGENCY_HEADS.get(u.name, 'người đứng đầu')} {u.name}"
    if u.name.startswith("TP. "):
        return f"Chủ tịch UBND {u.name}"
    return f"Chủ tịch UBND {'thành phố' if u.cat == 'thanh_pho' else 'tỉnh'} {u.name}"


def _spokes(c) -> str:
    """Who speaks for the publisher at the announcement."""
    return f"Phó Giám đốc Sở Nội vụ {c.V.place}" if _prov(c) else "Thứ trưởng Bộ Nội vụ"


_BLOCKS = {"so": "khối sở, ban, ngành", "huyen": "khối UBND cấp huyện", "tinh": "các tỉnh",
           "thanh_pho": "các thành phố trực thuộc Trung ương", "bo": "các bộ", "cqnb": "các cơ quan ngang bộ"}


def _by_block(units) -> str:
    """A member list split by the block each member belongs to: "khối sở, ban, ngành: A, B; khối UBND …: C"."""
    blocks: dict[str, list[str]] = {}
    for u in units:
        blocks.setdefault(_BLOCKS[u.cat], []).append(u.name)
    if len(blocks) == 1:
        return _enum(next(iter(blocks.values())))
    return "; ".join(f"{block}: {_enum(names)}" for block, names in blocks.items())


def _than(a, b, more: str, less: str, same: str) -> str:
    """The comparison word for a against b, from the world."""
    return more if a > b else less if a < b else same


def _sgn(s, role: str) -> str:
    """"+" or "-" before an integer figure (the "+" format letter signs decimals only)."""
    return s.t(role, "+", "-")


def _scale(c) -> str:
    """The top of the scale, printed as reports print it: "100%" or "100 điểm"."""
    return "100%" if c.world.pct else "100 điểm"


def _prev_ge(c) -> int:
    """Last year's count at or above the threshold, to word a comparison (never printed)."""
    w = c.world
    return sum(w.prev_counts[b.key] for b in w.bands if b.low >= w.threshold)


def _prev_gap(c) -> int:
    w = c.world
    return max(u.prev for u in w.units) - min(u.prev for u in w.units)


def _letters(items: list[str]) -> list[str]:
    return [f"{chr(ord('a') + i)}) {item}" for i, item in enumerate(items)]


# ---------------------------------------------------------------- total (the lead)

TOTAL = {
    "official": [
        lambda c, s: (f"{_org(c)} báo cáo kết quả xác định Chỉ số CCHC năm {c.Y} của {s('total')} {c.V.units}"
                      f"{_tail(c)}."),
        lambda c, s: (f"Đối tượng xác định Chỉ số CCHC năm {c.Y}, theo Đề án đã được phê duyệt, là "
                      f"{s('total', 'v')} {c.V.units}{_tail(c)}."),
        lambda c, s: (f"Bảng tổng hợp kèm theo báo cáo này gồm {s('total')} dòng, mỗi dòng là kết quả của từng "
                      f"{c.V.one} được đánh giá năm {c.Y}."),
        lambda c, s: (f"Thời gian qua, {c.V.ev} đã hướng dẫn, đôn đốc {s('total')} {c.V.units}{_tail(c)} tự đánh "
                      f"giá, chấm điểm Chỉ số CCHC năm {c.Y} trên phần mềm."),
        lambda c, s: (f"Chỉ số CCHC năm {c.Y} được tổng hợp từ kết quả tự đánh giá, thẩm định và điều tra xã hội "
                      f"học tại {s('total')} {c.V.units}{_tail(c)}."),
        lambda c, s: (f"Trong năm {c.Y}, số {c.V.units} thuộc phạm vi đánh giá là {s('total', 'z')}, không thay "
                      f"đổi so với kỳ đánh giá liền trước."),
        lambda c, s: f"Về phạm vi, kỳ đánh giá năm {c.Y} bao quát toàn bộ {s('total')} {c.V.units}{_tail(c)}.",
        lambda c, s: (f"Kết quả đánh giá, xếp hạng các {c.V.cn} (tổng số: {s('total')}) được trình bày tại Phụ lục "
                      f"kèm theo báo cáo."),
        lambda c, s: (f"Với {s('total')} {c.V.units}{_tail(c)} tham gia, kỳ đánh giá năm {c.Y} tiếp tục được "
                      f"triển khai nghiêm túc, thực chất."),
        lambda c, s: (f"a) Số {c.V.cn} được đánh giá: {s('total')};\nb) Phương pháp: tự đánh giá, kết hợp thẩm "
                      f"định và điều tra xã hội học."),
        lambda c, s: (f"Toàn bộ hồ sơ tự đánh giá của {s('total')} {c.V.units}{_tail(c)} đã được Hội đồng thẩm "
                      f"định rà soát, cho điểm trong những tháng đầu năm {c.Y + 1}."),
        lambda c, s: (f"Năm {c.Y}, Chỉ số CCHC [{s('total')} {c.V.units}{_tail(c)}] được xác định theo bộ tiêu "
                      f"chí, thang điểm tối đa 100."),
    ],
    "press": [
        lambda c, s: (f"Công bố {_idx(c)} năm {c.Y}\n{_org(c)} hôm qua đã công bố kết quả xếp hạng của "
                      f"{s('total')} {c.V.units}{_tail(c)}."),
        lambda c, s: (f"* Thưa ông, năm nay có bao nhiêu {c.V.cn} được xếp hạng?\n– Tất cả {s('total')} "
                      f"{c.V.units}{_tail(c)}, không thiếu {c.V.one} nào."),
        lambda c, s: (f"“Chúng tôi đã thẩm định đầy đủ hồ sơ của {s('total')} {c.V.units}”, {_spokes(c)} cho biết "
                      f"tại buổi công bố."),
        lambda c, s: (f"Những điểm chính:\n• {s('total')} {c.V.cn} được xếp hạng;\n• dữ liệu điều tra xã hội học do "
                      f"{c.V.ev} tổng hợp."),
        lambda c, s: (f"Có mặt trên bảng xếp hạng năm {c.Y} là {s('total')} {c.V.units}{_tail(c)} – con số quen "
                      f"thuộc qua nhiều kỳ công bố."),
        lambda c, s: (f"Nếu coi bảng xếp hạng là cuộc thi thì năm {c.Y} có {s('total')} “thí sinh” – "
                      f"{c.V.coll}."),
        lambda c, s: (f"Bảng điểm {_idx(c)} {c.Y} (áp dụng với {s('total')} {c.V.units}{_tail(c)}) được công khai "
                      f"trên Cổng thông tin điện tử của {_org(c)}."),
        lambda c, s: (f"Sau nhiều tháng thẩm định, bảng xếp hạng của {s('total')} {c.V.units}{_tail(c)} đã chính "
                      f"thức lộ diện."),
        lambda c, s: (f"Theo {_spokes(c)}, toàn bộ {s('total')} {c.V.units}{_tail(c)} đều nộp báo cáo tự đánh giá "
                      f"đúng hạn."),
        lambda c, s: (f"Năm nay, {_org(c)} chấm điểm {s('total', 'v')} {c.V.units}{_tail(c)} – không {c.V.one} nào "
                      f"vắng mặt."),
        lambda c, s: f"Về quy mô, {_idx(c)} {c.Y} phủ kín {s('total')} {c.V.units}{_tail(c)}.",
        lambda c, s: f"Đọc nhanh: {s('total')} {c.V.cn}, thang điểm 100, công bố bởi {_org(c)}.",
    ],
}

# ---------------------------------------------------------------- average with the previous year

AVERAGE = {
    "official": [
        lambda c, s: (f"Mức {_ud(s, 'delta')} {s('delta', 'u')} của giá trị trung bình được ghi nhận khi so năm "
                      f"{c.Y} ({s('avg', 'u')}) với năm {c.Y1} ({s('prev', 'u')})."),
        lambda c, s: (f"Xét về giá trị trung bình, năm {c.Y1} đạt {s('prev', 'u')} thì năm {c.Y} đạt "
                      f"{s('avg', 'u')}; mức {s.t('delta', 'tăng thêm', 'giảm đi')} là {s('delta')}{c.dp}."),
        lambda c, s: (f"Giá trị trung bình (dòng cuối của bảng tổng hợp) năm {c.Y} là {s('avg', 'pu')}, so với "
                      f"{s('prev', 'pu')} năm {c.Y1}, {_ud(s, 'delta')} {s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"{s('avg', 'u')} – giá trị trung bình năm {c.Y} – {s.t('delta', 'cao hơn', 'thấp hơn')} "
                      f"{s('delta', 'u')} so với giá trị trung bình năm {c.Y1} là {s('prev', 'u')}."),
        lambda c, s: (f"Điểm trung bình năm {c.Y} đạt {s('avg', 'u')}, {s.t('delta', 'cải thiện', 'sụt giảm')} "
                      f"{s('delta', 'u')} so với năm liền kề trước đó ({s('prev', 'u')})."),
        lambda c, s: (f"Điểm trung bình năm {c.Y} của {c.V.coll} là {s('avg', 'u')}.",
                      f"Đáng lưu ý, mức điểm trung bình nói trên {s.t('delta', 'cao hơn', 'thấp hơn')} năm {c.Y1} "
                      f"({s('prev', 'u')}) là {s('delta')}{c.dp}."),
        lambda c, s: (f"Tính chung, giá trị trung bình năm {c.Y} {_ud(s, 'delta')} {s('delta', 'u')}: từ "
                      f"{s('prev', 'u')} của năm {c.Y1} {_lx(s, 'delta')} {s('avg', 'u')}."),
        lambda c, s: (f"{_spokes(c)} nhấn mạnh: “Điểm trung bình {s('avg', 'u')} năm nay "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} năm trước {s('delta')}{c.dp}; năm {c.Y1}, con số này "
                      f"là {s('prev', 'u')}.”"),
        lambda c, s: (f"Chỉ số CCHC trung bình năm {c.Y} [{s('avg', 'u')}] so với năm {c.Y1} [{s('prev', 'u')}] "
                      f"{_ud(s, 'delta')} [{s('delta', 'u')}]."),
        lambda c, s: (f"Kết luận: mặt bằng Chỉ số CCHC năm {c.Y} "
                      f"{s.t('delta', 'được cải thiện', 'chưa được cải thiện')}, giá trị trung bình đạt "
                      f"{s('avg', 'u')} (năm {c.Y1}: {s('prev', 'u')}), chênh lệch {s('delta', 'u')}."),
        lambda c, s: (f"Giá trị trung bình mà {c.V.coll} đạt được trong năm {c.Y} là {s('avg', 'u')}, "
                      f"{s.t('delta', 'tăng thêm', 'giảm bớt')} {s('delta')}{c.dp} so với con số {s('prev', 'u')} "
                      f"của năm {c.Y1}."),
        lambda c, s: (f"Nếu lấy năm {c.Y1} ({s('prev', 'u')}) làm mốc so sánh thì giá trị trung bình năm {c.Y} "
                      f"({s('avg', 'u')}) đã {_ud(s, 'delta')} {s('delta')}{c.dp}."),
    ],
    "press": [
        lambda c, s: (f"Điểm trung bình {_idx(c)} {s.t('delta', 'đi lên', 'đi xuống')}\nNăm {c.Y}, điểm trung bình "
                      f"của cả bảng là {s('avg', 'u')}, {_ud(s, 'delta')} {s('delta', 'u')} so với năm {c.Y1}, khi "
                      f"mức này là {s('prev', 'u')}."),
        lambda c, s: (f"* Thưa ông, mặt bằng điểm năm nay ra sao?\n– Điểm trung bình đạt {s('avg', 'u')}. Năm "
                      f"{c.Y1} là {s('prev', 'u')}. Tức là {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"“Trung bình năm nay là {s('avg', 'u')}, năm ngoái là {s('prev', 'u')}”, {_spokes(c)} nói, "
                      f"và cho biết mức {_ud(s, 'delta')} {s('delta', 'u')} "
                      f"{s.t('delta', 'là tín hiệu đáng mừng', 'là điều cần suy nghĩ')}."),
        lambda c, s: (f"Trung bình qua các năm: {c.Y1} | {s('prev', 'u')}; {c.Y} | {s('avg', 'u')}; chênh | "
                      f"{s('delta', '+')}{c.dp}."),
        lambda c, s: (f"Sau năm {c.Y1} với mức trung bình {s('prev', 'u')}, năm {c.Y} chứng kiến mặt bằng điểm "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')}: {s('avg', 'u')}, chênh {s('delta', 'u')}."),
        lambda c, s: (f"Điểm bình quân năm nay “{s.t('delta', 'nhích', 'hụt')}” {s('delta')}{c.dp} – từ "
                      f"{s('prev', 'u')} {_lx(s, 'delta')} {s('avg', 'u')}."),
        lambda c, s: (f"Tính trung bình, {c.V.coll_s} đạt {s('avg', 'pu')} năm {c.Y}; con số của năm trước đó là "
                      f"{s('prev', 'pu')}, tức chênh {s('delta', 'p')}{c.dp} theo chiều {_ud(s, 'delta')}."),
        lambda c, s: (f"Năm {c.Y} khép lại với điểm trung bình {s('avg', 'u')}. So với năm {c.Y1} – "
                      f"{s('prev', 'u')} – mức {_ud(s, 'delta')} là {s('delta', 'u')}."),
        lambda c, s: (f"Về mặt bằng chung, {_idx(c)} {c.Y} ghi nhận mức trung bình {s('avg', 'u')}, "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} năm trước {s('delta', 'u')} (năm {c.Y1}: "
                      f"{s('prev', 'u')})."),
        lambda c, s: (f"Mặt bằng điểm năm nay {s.t('delta', 'đã được nâng lên', 'đã bị kéo xuống')} "
                      f"{s('delta', 'u')}.",
                      f"Cụ thể, trung bình năm {c.Y} là {s('avg', 'u')}, trong khi năm {c.Y1} là {s('prev', 'u')}."),
        lambda c, s: (f"Điểm trung bình: {s('avg', 'u')} ({c.Y}) so với {s('prev', 'u')} ({c.Y1}). Chênh lệch: "
                      f"{s('delta', 'u')}."),
        lambda c, s: (f"Vì sao điểm trung bình {_ud(s, 'delta')} {s('delta', 'u')}?\nTheo {_org(c)}, trung bình năm "
                      f"{c.Y} là {s('avg', 'u')}, năm {c.Y1} là {s('prev', 'u')}."),
    ],
}

# ---------------------------------------------------------------- a unit's change against last year


DELTA = {
    "official": [
        lambda c, s: (f"Đối với {s.U.name}, Chỉ số CCHC năm {c.Y} là {s('cur', 'u')}, "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} {s('delta')}{c.dp} so với kết quả năm {c.Y1} "
                      f"({s('prev', 'u')})."),
        lambda c, s: (f"{_boss(s.U)} đã báo cáo: Chỉ số CCHC của {c.V.this} năm {c.Y} đạt {s('cur', 'u')}, "
                      f"{_ud(s, 'delta')} {s('delta', 'u')} so với năm {c.Y1} ({s('prev', 'u')})."),
        lambda c, s: (f"{s.U.name} [{c.Y}: {s('cur', 'u')}; {c.Y1}: {s('prev', 'u')}] {_ud(s, 'delta')} "
                      f"{s('delta')}{c.dp}."),
        lambda c, s: (f"Mức {_ud(s, 'delta')} {s('delta', 'u')} so với năm trước được ghi nhận ở {s.U.name}, với kết "
                      f"quả năm {c.Y} là {s('cur', 'u')} và năm {c.Y1} là {s('prev', 'u')}."),
        lambda c, s: (f"Theo Phụ lục, hàng của {s.U.name} ghi: năm {c.Y1}: {s('prev', 'pu')}; năm {c.Y}: "
                      f"{s('cur', 'pu')}; chênh lệch {s('delta', '+p')}{c.dp}."),
        lambda c, s: (f"Trường hợp {s.U.name}: năm {c.Y1} đạt {s('prev', 'u')}, năm {c.Y} đạt {s('cur', 'u')}; theo "
                      f"đó, Chỉ số {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"{s.U.name} đạt {s('cur', 'u')} trong năm {c.Y}. Kết quả này "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} {s('delta', 'u')} so với năm {c.Y1}, khi {c.V.this} đạt "
                      f"{s('prev', 'u')}."),
        lambda c, s: (f"So với kết quả năm {c.Y1} ({s('prev', 'u')}), điểm năm {c.Y} của {s.U.name} là "
                      f"{s('cur', 'u')}, chênh lệch {s('delta', 'u')} theo chiều "
                      f"{s.t('delta', 'tích cực', 'đi xuống')}."),
        lambda c, s: (f"Điểm số mà {s.U.name} đạt được năm {c.Y} là {s('cur', 'u')}; con số tương ứng năm {c.Y1} là "
                      f"{s('prev', 'u')}; {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"{s.U.name}: từ {s('prev', 'u')} ({c.Y1}) {_lx(s, 'delta')} {s('cur', 'u')} ({c.Y}), tức "
                      f"{_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"Trong {_BLOCKS[s.U.cat]}, {s.U.name} có mức biến động đáng chú ý: {s('delta', '+')}{c.dp} "
                      f"(năm {c.Y}: {s('cur', 'u')}, năm {c.Y1}: {s('prev', 'u')})."),
        lambda c, s: (f"Chỉ số năm {c.Y1} và năm {c.Y} của {s.U.name} lần lượt là {s('prev', 'pu')} và "
                      f"{s('cur', 'pu')}; {_ud(s, 'delta')} {s('delta', 'p')}{c.dp}."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name} {_ud(s, 'delta')} bao nhiêu?\n{_cap(_ud(s, 'delta'))} {s('delta')}{c.dp}: từ "
                      f"{s('prev', 'u')} năm {c.Y1} {_lx(s, 'delta')} {s('cur', 'u')} năm nay."),
        lambda c, s: (f"* Thưa ông, {s.U.name} năm nay đạt bao nhiêu điểm?\n– {s('cur', 'u')}, "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} năm {c.Y1} ({s('prev', 'u')}) {s('delta', 'u')}."),
        lambda c, s: (f"“{_cap(_ud(s, 'delta'))} {s('delta', 'u')} so với năm ngoái là "
                      f"{s.t('delta', 'kết quả của cả tập thể', 'lời cảnh báo cho chúng tôi')}”, {_boss(s.U)} nói. "
                      f"Năm nay {c.V.this} đạt {s('cur', 'u')}; năm {c.Y1}, {s('prev', 'u')}."),
        lambda c, s: (f"Biến động điểm số\n{s.U.name} | {c.Y1}: {s('prev', 'u')} | {c.Y}: {s('cur', 'u')} | "
                      f"{s('delta', '+')}{c.dp}"),
        lambda c, s: (f"Gây chú ý là {s.U.name}, {s.t('delta', 'lên mức', 'xuống mức')} {s('cur', 'u')} từ "
                      f"{s('prev', 'u')} năm ngoái – {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Cùng kỳ năm {c.Y1}, {s.U.name} đạt {s('prev', 'u')}; năm nay là {s('cur', 'u')}. "
                      f"{_cap(_ud(s, 'delta'))} {s('delta', 'u')}."),
        lambda c, s: (f"{s.U.name} là {c.V.one} có mức biến động {s('delta', '+')}{c.dp} so với năm ngoái.",
                      f"Bảng điểm ghi nhận {s.U.name} ở mức {s('cur', 'u')} năm {c.Y}, năm {c.Y1} là "
                      f"{s('prev', 'u')}."),
        lambda c, s: (f"Với {s.U.name}, con số {s('cur', 'u')} năm nay {s.t('delta', 'vượt', 'chưa bằng')} mức "
                      f"{s('prev', 'u')} của năm ngoái; chênh {s('delta', 'u')}."),
        lambda c, s: (f"{s.U.name}:\n• {c.Y}: {s('cur', 'u')}\n• {c.Y1}: {s('prev', 'u')}\n• "
                      f"{_cap(_ud(s, 'delta'))}: {s('delta')}{c.dp}"),
        lambda c, s: (f"Ở {_BLOCKS[s.U.cat]}, {s.U.name} {s.t('delta', 'cải thiện', 'đi xuống')} rõ: "
                      f"{s('cur', 'u')} so với {s('prev', 'u')}, chênh {s('delta', 'u')}."),
        lambda c, s: (f"Năm nay {s.U.name} ghi được {s('cur', 'pu')} – {s.t('delta', 'hơn', 'kém')} năm {c.Y1} "
                      f"({s('prev', 'pu')}) đúng {s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"Sau năm {c.Y1} với {s('prev', 'u')}, {s.U.name} năm nay "
                      f"{s.t('delta', 'bật lên', 'trượt xuống')} {s('cur', 'u')}, {_ud(s, 'delta')} "
                      f"{s('delta', 'u')}."),
    ],
}

# ---------------------------------------------------------------- highest / lowest


def _first_last_year(c, rank: int):
    """The unit that held a rank last year (1 = first, len = last)."""
    return next(u for u in c.world.units if u.prev_rank == rank)


def _hi_o12(c, s):
    shown = f"{s('top')}/100 điểm" if not c.world.pct else s("top", "u")
    return f"Tổng điểm cao nhất năm {c.Y} thuộc về {s.T.name}: {shown}."


def _hi_p7(c, s):
    if s.T.prev_rank == 1:
        return f"{s.T.name} bảo vệ thành công ngôi đầu với {s('top', 'u')}."
    return (f"{s.T.name} chiếm ngôi đầu từ tay {_first_last_year(c, 1).name} ({c.V.one} dẫn đầu năm {c.Y1}) với "
            f"{s('top', 'u')}.")


HIGHEST = {
    "official": [
        lambda c, s: (f"Kết quả tổng hợp cho thấy vị trí đầu bảng xếp hạng năm {c.Y} là {s.T.name}, với "
                      f"{s('top', 'u')}."),
        lambda c, s: f"{s.T.name} – {c.V.one} có Chỉ số CCHC cao nhất năm {c.Y} – đạt {s('top', 'u')}.",
        lambda c, s: f"Tổng điểm cao nhất ({s('top', 'u')}) được ghi nhận tại {s.T.name}.",
        lambda c, s: (f"{_cap(c.V.one)} đạt điểm cao nhất mà Hội đồng thẩm định ghi nhận năm {c.Y} là {s.T.name}, "
                      f"với {s('top', 'u')}."),
        lambda c, s: f"Dẫn đầu: {s.T.name} [{s('top', 'u')}].",
        lambda c, s: (f"So với năm {c.Y1}, {s.T.name} "
                      f"{'vẫn giữ vị trí đầu bảng' if s.T.prev_rank == 1 else 'đã cải thiện thứ hạng để đứng đầu'} "
                      f"với {s('top', 'u')}."),
        lambda c, s: (f"Cột “Điểm đạt được” của Phụ lục có giá trị lớn nhất là {s('top', 'pu')}, thuộc về "
                      f"{s.T.name}."),
        lambda c, s: (f"{_spokes(c)} nhận xét: “{s.T.name} đạt {s('top', 'u')}, cao nhất {c.V.where}.”"),
        lambda c, s: f"Chỉ số CCHC cao nhất năm {c.Y} được xác định là của {s.T.name} ({s('top', 'u')}).",
        lambda c, s: f"Trong {c.V.coll}, {s.T.name} có kết quả tốt nhất: {s('top', 'u')}.",
        lambda c, s: f"Về {c.V.one} dẫn đầu: {s.T.name}, tổng điểm {s('top', 'u')}.",
        _hi_o12,
    ],
    "press": [
        lambda c, s: (f"Ngôi đầu {_idx(c)} {c.Y} thuộc về {s.T.name}\nĐạt {s('top', 'u')}, {s.T.name} đứng trên "
                      f"tất cả {c.V.coll_s} còn lại."),
        lambda c, s: f"* Năm nay ai dẫn đầu, thưa ông?\n– {s.T.name}, với {s('top', 'u')}.",
        lambda c, s: (f"“{s('top', 'u')} là thành quả của cả hệ thống”, {_boss(s.T)} chia sẻ khi nhận kết quả dẫn "
                      f"đầu."),
        lambda c, s: f"{s.T.name} ({s('top', 'pu')}) – cái tên đứng đầu bảng năm nay.",
        lambda c, s: f"Top đầu: {s.T.name}, {s('top', 'u')}.",
        lambda c, s: f"Giành ngôi cao nhất là {s.T.name} với tổng điểm {s('top', 'u')}.",
        _hi_p7,
        lambda c, s: f"Cao điểm nhất năm {c.Y}? {s.T.name}, {s('top', 'u')}.",
        lambda c, s: f"Bảng điểm năm nay được mở đầu bằng cái tên {s.T.name} ({s('top', 'u')}).",
        lambda c, s: f"Đầu bảng [{s('top', 'u')}]: {s.T.name}.",
        lambda c, s: f"Chễm chệ ở vị trí đầu bảng là {s.T.name}, {s('top', 'u')}.",
        lambda c, s: f"Không {c.V.one} nào vượt qua được {s.T.name} ({s('top', 'u')}) trong năm {c.Y}.",
    ],
}


def _lo_o12(c, s):
    shown = f"{s('bot')}/100 điểm" if not c.world.pct else s("bot", "u")
    return f"Tổng điểm thấp nhất năm {c.Y} là của {s.B.name}: {shown}."


def _lo_p7(c, s):
    n = len(c.world.units)
    if s.B.prev_rank == n:
        return f"{s.B.name} chưa thoát khỏi vị trí chót bảng, chỉ đạt {s('bot', 'u')}."
    return (f"{s.B.name} thế chỗ {_first_last_year(c, n).name} (cuối bảng năm {c.Y1}) ở vị trí chót bảng, với "
            f"{s('bot', 'u')}.")


LOWEST = {
    "official": [
        lambda c, s: (f"Kết quả tổng hợp cho thấy vị trí cuối bảng xếp hạng năm {c.Y} là {s.B.name}, với "
                      f"{s('bot', 'u')}."),
        lambda c, s: f"{s.B.name} – {c.V.one} có Chỉ số CCHC thấp nhất năm {c.Y} – đạt {s('bot', 'u')}.",
        lambda c, s: f"Tổng điểm thấp nhất ({s('bot', 'u')}) được ghi nhận tại {s.B.name}.",
        lambda c, s: (f"{_cap(c.V.one)} có điểm thấp nhất mà Hội đồng thẩm định ghi nhận năm {c.Y} là {s.B.name}, "
                      f"với {s('bot', 'u')}."),
        lambda c, s: f"Xếp cuối: {s.B.name} [{s('bot', 'u')}].",
        lambda c, s: (f"So với năm {c.Y1}, {s.B.name} "
                      f"{'vẫn ở' if s.B.prev_rank == len(c.world.units) else 'đã tụt xuống'} vị trí cuối bảng "
                      f"với {s('bot', 'u')}."),
        lambda c, s: (f"Cột “Điểm đạt được” của Phụ lục có giá trị nhỏ nhất là {s('bot', 'pu')}, thuộc về "
                      f"{s.B.name}."),
        lambda c, s: (f"{_spokes(c)} lưu ý: “{s.B.name} chỉ đạt {s('bot', 'u')}, thấp nhất {c.V.where}.”"),
        lambda c, s: f"Chỉ số CCHC thấp nhất năm {c.Y} được xác định là của {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: (f"Yêu cầu {_boss(s.B)} chỉ đạo khắc phục ngay những hạn chế khiến {c.V.this} có kết quả thấp "
                      f"nhất ({s('bot', 'u')})."),
        lambda c, s: f"Về {c.V.one} xếp cuối: {s.B.name}, tổng điểm {s('bot', 'u')}.",
        _lo_o12,
    ],
    "press": [
        lambda c, s: (f"Cuối bảng {_idx(c)} {c.Y} gọi tên {s.B.name}\nChỉ đạt {s('bot', 'u')}, {s.B.name} đứng sau "
                      f"tất cả {c.V.coll_s} còn lại."),
        lambda c, s: f"* Còn {c.V.one} đứng cuối, thưa ông?\n– {s.B.name}, với {s('bot', 'u')}.",
        lambda c, s: (f"“{s('bot', 'u')} là kết quả chúng tôi phải nghiêm túc nhìn lại”, {_boss(s.B)} thừa nhận "
                      f"sau khi nhận kết quả."),
        lambda c, s: f"{s.B.name} ({s('bot', 'pu')}) – cái tên đứng cuối bảng năm nay.",
        lambda c, s: f"Chót bảng: {s.B.name}, {s('bot', 'u')}.",
        lambda c, s: f"Nhận vị trí thấp nhất là {s.B.name} với tổng điểm {s('bot', 'u')}.",
        _lo_p7,
        lambda c, s: f"Thấp điểm nhất năm {c.Y}? {s.B.name}, {s('bot', 'u')}.",
        lambda c, s: f"Bảng điểm năm nay khép lại bằng cái tên {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: f"Cuối bảng [{s('bot', 'u')}]: {s.B.name}.",
        lambda c, s: f"Lẹt đẹt ở vị trí cuối bảng là {s.B.name}, {s('bot', 'u')}.",
        lambda c, s: f"Không {c.V.one} nào có điểm thấp hơn {s.B.name} ({s('bot', 'u')}) trong năm {c.Y}.",
    ],
}

# ---------------------------------------------------------------- gap between first and last


def _ga_o1(c, s):
    word = _than(round(s.big("gap") * 100), _prev_gap(c), "nới rộng", "thu hẹp", "giữ nguyên")
    return (f"Khoảng cách giữa {c.V.one} đứng đầu ({s.T.name}) và {c.V.one} đứng cuối ({s.B.name}) là "
            f"{s('gap', 'u')}, {word} so với năm {c.Y1}.")


def _ga_p6(c, s):
    word = _than(round(s.big("gap") * 100), _prev_gap(c), "rộng hơn", "hẹp hơn", "ngang")
    return f"Khoảng cách đầu – cuối năm nay là {s('gap', 'u')}, {word} năm {c.Y1}."


GAP = {
    "official": [
        _ga_o1,
        lambda c, s: (f"Chênh lệch tối đa giữa các {c.V.cn} năm {c.Y} là {s('gap', 'u')}, tính từ {s.T.name} xuống "
                      f"{s.B.name}."),
        lambda c, s: f"Hiệu số giữa điểm cao nhất và điểm thấp nhất bằng {s('gap')}{c.dp}.",
        lambda c, s: (f"Độ chênh đầu – cuối bảng [{s('gap', 'u')}] cho thấy kết quả giữa các {c.V.cn} chưa đồng "
                      f"đều."),
        lambda c, s: (f"Mức chênh lệch {s('gap', 'u')} được xác định giữa {c.V.one} cao điểm nhất và {c.V.one} thấp "
                      f"điểm nhất."),
        lambda c, s: f"Lấy dòng đầu trừ dòng cuối của bảng xếp hạng, được {s('gap', 'pu')}.",
        lambda c, s: (f"{_spokes(c)} lưu ý: “Giữa {s.T.name} và {s.B.name} vẫn còn cách biệt "
                      f"{s('gap', 'u')}.”"),
        lambda c, s: f"Điểm của {s.B.name} thấp hơn {s.T.name} tới {s('gap')}{c.dp}.",
        lambda c, s: f"Giữa đầu bảng và cuối bảng năm {c.Y} tồn tại độ chênh {s('gap', 'u')}.",
        lambda c, s: f"Trong {c.V.coll}, khoảng cách cao nhất – thấp nhất là {s('gap', 'u')}.",
        lambda c, s: (f"Mặc dù các {c.V.cn} đều có cố gắng, điểm số vẫn phân tán: cao nhất và thấp nhất cách nhau "
                      f"{s('gap', 'u')}."),
        lambda c, s: (f"Chỉ số CCHC của {s.T.name} vượt {s.B.name} {s('gap', 'u')} – mức chênh lớn nhất giữa các "
                      f"{c.V.cn}."),
    ],
    "press": [
        lambda c, s: (f"Đầu bảng bỏ xa cuối bảng {s('gap', 'u')}\n{s.T.name} dẫn đầu, {s.B.name} xếp cuối "
                      f"{_idx(c)} {c.Y}."),
        lambda c, s: (f"* Khoảng cách giữa {c.V.one} cao nhất và thấp nhất năm nay là bao nhiêu, thưa ông?\n– "
                      f"{s('gap', 'u')}."),
        lambda c, s: f"Cách biệt {s('gap', 'u')}: {s.T.name} trên đỉnh, {s.B.name} dưới đáy.",
        lambda c, s: (f"“Chênh {s('gap')}{c.dp} giữa đầu và cuối bảng là quá lớn”, {_spokes(c)} thẳng thắn."),
        lambda c, s: f"Từ đỉnh xuống đáy bảng xếp hạng: {s('gap', 'u')}.",
        _ga_p6,
        lambda c, s: f"{s.T.name} và {s.B.name}: chênh lệch {s('gap', 'pu')}.",
        lambda c, s: f"Đứng cuối, {s.B.name} bị {s.T.name} bỏ xa {s('gap', 'u')}.",
        lambda c, s: (f"Khoảng cách giữa {s.T.name} – đầu bảng – và {s.B.name} – cuối bảng – là "
                      f"{s('gap')}{c.dp}."),
        lambda c, s: f"Bảng điểm {c.Y} trải từ {s.B.name} đến {s.T.name}, khoảng cách {s('gap', 'u')}.",
        lambda c, s: f"{s('gap', 'u')} – khoảng cách ấy cho thấy sự chênh lệch còn lớn giữa các {c.V.cn}.",
        lambda c, s: f"Nếu đặt {s.T.name} cạnh {s.B.name}, phần chênh là {s('gap', 'u')}.",
    ],
}

# ---------------------------------------------------------------- two units compared (A is the higher)


def _cm_o12(c, s):
    if s.extremes:
        return (f"Giữa {c.V.one} cao nhất ({s.A.name}, {s('a', 'u')}) và {c.V.one} thấp nhất ({s.B.name}, "
                f"{s('b', 'u')}) chênh {s('diff', 'u')}.")
    return f"Giữa {s.A.name} ({s('a', 'u')}) và {s.B.name} ({s('b', 'u')}) chênh {s('diff', 'u')}."


def _cm_p11(c, s):
    if s.extremes:
        return (f"Quán quân {s.A.name} ({s('a', 'u')}) và “đội sổ” {s.B.name} ({s('b', 'u')}) cách nhau "
                f"{s('diff', 'u')}.")
    return f"{s.A.name} ({s('a', 'u')}) đứng trên {s.B.name} ({s('b', 'u')}), cách nhau {s('diff', 'u')}."


COMPARISON = {
    "official": [
        lambda c, s: (f"Chỉ số CCHC của {s.A.name} và {s.B.name} năm {c.Y} lần lượt đạt {s('a', 'u')} và "
                      f"{s('b', 'u')}, cách nhau {s('diff', 'u')}."),
        lambda c, s: f"Hiệu số giữa {s.A.name} ({s('a', 'u')}) và {s.B.name} ({s('b', 'u')}) bằng {s('diff')}{c.dp}.",
        lambda c, s: (f"{s.A.name} [{s('a', 'u')}] đứng trên {s.B.name} [{s('b', 'u')}] với khoảng cách "
                      f"{s('diff', 'u')}."),
        lambda c, s: (f"{s.B.name} ({s('b', 'u')}) bị {s.A.name} ({s('a', 'u')}) vượt qua với cách biệt "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: (f"Kết quả mà {s.A.name} đạt được ({s('a', 'pu')}) cao hơn kết quả của {s.B.name} "
                      f"({s('b', 'pu')}) {s('diff', 'p')}{c.dp}."),
        lambda c, s: (f"Cách biệt giữa {s.A.name} và {s.B.name} là {s('diff', 'u')}.",
                      f"Điểm cụ thể: {s.B.name} {s('b', 'u')}, {s.A.name} {s('a', 'u')}."),
        lambda c, s: (f"{_boss(s.A)} cho biết: “Với {s('a', 'u')}, chúng tôi đứng trên {s.B.name} ({s('b', 'u')}) "
                      f"{s('diff')}{c.dp}.”"),
        lambda c, s: (f"Đối chiếu {s.A.name} với {s.B.name}: {s('a', 'u')} và {s('b', 'u')}; chênh "
                      f"{s('diff', '+')}{c.dp}."),
        lambda c, s: (f"{s.A.name} ({s('a', 'u')}) xếp trên {s.B.name} ({s('b', 'u')}) trong bảng xếp hạng, cách "
                      f"nhau {s('diff', 'u')}."),
        lambda c, s: (f"So với {s.B.name}, {s.A.name} có điểm cao hơn {s('diff', 'u')} ({s('a', 'u')} so với "
                      f"{s('b', 'u')})."),
        lambda c, s: (f"Trên bảng tổng hợp, dòng của {s.A.name} ghi {s('a', 'u')}, dòng của {s.B.name} ghi "
                      f"{s('b', 'u')}: hiệu số {s('diff', 'u')}."),
        _cm_o12,
    ],
    "press": [
        lambda c, s: (f"{s.A.name} hay {s.B.name} cao điểm hơn?\n{s.A.name}: {s('a', 'u')}. {s.B.name}: "
                      f"{s('b', 'u')}. Chênh {s('diff', 'u')}."),
        lambda c, s: (f"* So với {s.B.name}, {s.A.name} hơn bao nhiêu, thưa ông?\n– {s('diff', 'u')}: "
                      f"{s('a', 'u')} so với {s('b', 'u')}."),
        lambda c, s: (f"“Chúng tôi hơn {s.B.name} {s('diff', 'u')}”, {_boss(s.A)} nói. {s.A.name} đạt {s('a', 'u')}, "
                      f"{s.B.name} đạt {s('b', 'u')}."),
        lambda c, s: f"So sánh nhanh\n{s.A.name} {s('a', 'u')} | {s.B.name} {s('b', 'u')} | chênh {s('diff', 'u')}",
        lambda c, s: (f"Cặp đáng chú ý: {s.A.name} ({s('a', 'pu')}) và {s.B.name} ({s('b', 'pu')}), chênh "
                      f"{s('diff', 'p')}{c.dp}."),
        lambda c, s: f"{s.B.name} còn cách {s.A.name} {s('diff', 'u')}: {s('b', 'u')} so với {s('a', 'u')}.",
        lambda c, s: f"Điểm số {s('a', 'u')} giúp {s.A.name} vượt {s.B.name} ({s('b', 'u')}) {s('diff')}{c.dp}.",
        lambda c, s: f"Với {s('b', 'u')}, {s.B.name} đứng sau {s.A.name} ({s('a', 'u')}) {s('diff', 'u')}.",
        lambda c, s: (f"Khoảng cách giữa {s.A.name} và {s.B.name} năm nay là {s('diff', 'u')}.",
                      f"{s.A.name} có {s('a', 'u')}; {s.B.name} có {s('b', 'u')}."),
        lambda c, s: (f"Nhìn vào bảng điểm, {s.A.name} đạt {s('a', 'u')}, hơn {s.B.name} ({s('b', 'u')}) – chênh "
                      f"{s('diff', 'u')}."),
        _cm_p11,
        lambda c, s: f"{s.B.name}: {s('b', 'u')}. {s.A.name}: {s('a', 'u')}. Hơn kém: {s('diff', 'u')}.",
    ],
}

# ---------------------------------------------------------------- counts per band


def _sizes(s):
    """The bands by count, fewest first, or None when two share a count (no order to tell)."""
    sizes = [s.big(r) for _, r in s.bands]
    return None if len(set(sizes)) != len(sizes) else sorted(s.bands, key=lambda br: s.big(br[1]))


def _vs_last(c, b, n: int) -> str:
    """How a band's count compares with last year's, in words (last year's count is never printed)."""
    return _than(n, c.world.prev_counts[b.key], "nhiều hơn năm trước", "ít hơn năm trước", "bằng năm trước")


def _bc_o1(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    lead = "Ở mức cao nhất" if b0 is c.world.bands[0] else f"Ở mức cao nhất có {c.V.cn} đạt được"
    text = f"{lead}, {b0.grp} ({b0.span}) có {s(r0)} {c.V.cn}."
    for b, r in rest[:-1]:
        text += f" Liền sau là {b.grp} với {s(r)} {c.V.cn}."
    b, r = rest[-1]
    return text + f" Cuối danh sách, {b.grp} có {s(r)} {c.V.cn}."


def _bc_o2(c, s):
    return "Kết quả xếp loại: " + ", ".join(f"{b.grp} [{s(r)}]" for b, r in s.bands) + "."


def _bc_o3(c, s):
    return ("Hội đồng thẩm định đề nghị công nhận "
            + _enum([f"{b.grp} đối với {s(r)} {c.V.cn}" for b, r in s.bands], "; ", "; và ") + ".")


def _bc_o4(c, s):
    return (f"{s('total')} {c.V.cn} được phân bổ vào {c.V.grouping} như sau – "
            + "; ".join(f"{b.title}: {s(r, 'z')}" for b, r in s.bands) + ".")


def _bc_o5(c, s):
    return ("; ".join(f"{b.Grp if i == 0 else b.grp} có {s(r)} {c.V.cn} ({_vs_last(c, b, s.big(r))})"
                      for i, (b, r) in enumerate(s.bands)) + ".")


def _bc_o6(c, s):
    return "Kết quả phân loại:\n" + "\n".join(_letters([f"{b.Grp}: {s(r)} {c.V.cn};" for b, r in s.bands]))[:-1] + "."


def _bc_o7(c, s):
    items = [f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands]
    return f"Năm {c.Y} có " + ", ".join(items[:-1]) + ", và " + items[-1] + "."


def _bc_o8(c, s):
    order = _sizes(s)
    if order is None:
        return "Số lượng theo mức: " + "; ".join(f"{b.title} – {s(r)}" for b, r in s.bands) + "."
    (b1, r1), rest = order[0], order[1:]
    return (f"Ít {c.V.cn} nhất là {b1.grp} ({s(r1)}); " + "; ".join(f"{b.grp} có {s(r)}" for b, r in rest[:-1])
            + ("; " if len(rest) > 1 else "") + f"đông nhất là {rest[-1][0].grp} ({s(rest[-1][1])}).")


def _bc_o9(c, s):
    return (f"{_spokes(c)} cho biết: “" + _cap(_enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands]))
            + ".”")


def _bc_o10(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    return (f"Số {c.V.cn} mà Hội đồng xếp {b0.grp} là {s(r0)}"
            + "".join(f"; xếp {b.grp} là {s(r)}" for b, r in rest) + ".")


def _bc_o11(c, s):
    text = "Phân theo mức: " + _enum([f"{b.grp} {s(r, 'v')} {c.V.cn}" for b, r in s.bands], "; ")
    return text + "".join(f"; riêng {b.grp} để trống" for b in s.zero) + "."


def _bc_o12(c, s):
    return (f"Về cơ cấu, {c.V.coll_s} phân bố như sau: " + ", ".join(f"{s(r)} ở {b.grp}" for b, r in s.bands)
            + f" (tổng số {s('total')}).")


def _bc_p1(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    return (f"{b0.Grp} có {s(r0)} gương mặt\nCác mức còn lại: "
            + "; ".join(f"{b.grp} {s(r)} {c.V.cn}" for b, r in rest) + ".")


def _bc_p2(c, s):
    return ("* Cơ cấu xếp loại năm nay thế nào, thưa ông?\n– "
            + _cap(_enum([f"{b.grp} có {s(r)} {c.V.cn}" for b, r in s.bands], "; ")) + ".")


def _bc_p3(c, s):
    return f"Xếp loại {_idx(c)} {c.Y}\n" + " | ".join(f"{b.title}: {s(r)}" for b, r in s.bands)


def _bc_p4(c, s):
    return "Đếm nhanh: " + ", ".join(f"{s(r, 'v')} {c.V.cn} {b.inb}" for b, r in s.bands) + "."


def _bc_p5(c, s):
    order = _sizes(s)
    if order is None:
        return "Ở từng mức: " + ", ".join(f"{b.grp} {s(r)}" for b, r in s.bands) + "."
    order = order[::-1]
    (b1, r1), rest = order[0], order[1:]
    return (f"Đông nhất là {b1.grp} ({s(r1)} {c.V.cn}), sau đó "
            + _enum([f"{b.grp} ({s(r)})" for b, r in rest]) + ".")


def _bc_p6(c, s):
    return ("“" + _cap(_enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands])) + f"”, {_spokes(c)} công bố.")


def _bc_p7(c, s):
    return (f"Chia {s('total')} {c.V.cn} theo {c.V.grouping}, ta có: "
            + "; ".join(f"{b.grp} {s(r)}" for b, r in s.bands) + ".")


def _bc_p8(c, s):
    return "Bức tranh xếp loại:\n" + "\n".join(f"• {b.Grp}: {s(r)} {c.V.cn}" for b, r in s.bands)


def _bc_p9(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    return (f"{s(r0)} {c.V.cn} lọt vào {b0.grp}. " + " ".join(f"{b.Grp} ghi danh {s(r)} {c.V.cn}." for b, r in rest))


def _bc_p10(c, s):
    return ("So với năm ngoái: " + "; ".join(
        f"{b.grp} {s(r)} ({_than(s.big(r), c.world.prev_counts[b.key], 'nhiều hơn', 'ít hơn', 'không đổi')})"
        for b, r in s.bands) + ".")


def _bc_p11(c, s):
    none = "".join(f" Không {c.V.cn} nào {b.inb}." for b in s.zero)
    return "Năm nay, " + _enum([f"{b.grp} đón {s(r, 'z')}" for b, r in s.bands], ", ", ", còn ") + "." + none


def _bc_p12(c, s):
    return ("Trong bảng điểm, " + "; ".join(f"{s(r)} {c.V.cn} nằm ở {b.grp} ({b.span})" for b, r in s.bands)
            + ".")


BAND_COUNTS = {
    "official": [_bc_o1, _bc_o2, _bc_o3, _bc_o4, _bc_o5, _bc_o6, _bc_o7, _bc_o8, _bc_o9, _bc_o10, _bc_o11, _bc_o12],
    "press": [_bc_p1, _bc_p2, _bc_p3, _bc_p4, _bc_p5, _bc_p6, _bc_p7, _bc_p8, _bc_p9, _bc_p10, _bc_p11, _bc_p12],
}

# ---------------------------------------------------------------- a band's count with its member list


def _bm_o1(c, s):
    names = _names(c, s)
    lines = [f"• {n};" for n in names[:-1]] + [f"• {names[-1]}."]
    return f"{s.b.Grp} ({s.b.span}) – {s('count')} {c.V.cn}:\n" + "\n".join(lines)


def _bm_o8(c, s):
    if s.big("count") == 1:
        return f"{_cap(c.V.cn)} duy nhất có kết quả {s.b.span} là {s.ml()} ({s('count')} {c.V.cn})."
    return f"Những {c.V.cn} mà kết quả {s.b.reach} gồm {s.ml()} – {s('count')} {c.V.cn}."


def _bm_o9(c, s):
    names = _names(c, s)
    listed = "; ".join(_letters(names)) if len(names) <= 8 else _enum(names)
    return f"{s.b.Grp} ({s('count')} {c.V.cn}): {listed}."


def _bm_o11(c, s):
    return f"{s.b.Grp} gồm {s('count')} {c.V.cn} – {_by_block(c.members_of(s))}."


def _bm_o12(c, s):
    lead = "Chỉ" if s.big("count") <= 3 else "Có"
    return f"{lead} {s('count')} {c.V.cn} {s.b.inb}, gồm {s.ml()}."


def _bm_p3(c, s):
    if s.big("count") == 1:
        return f"Chỉ {s('count')} {c.V.cn} {s.b.inb}: “{s.ml()}”, {_spokes(c)} công bố."
    return f"“{s.ml()}”, {_spokes(c)} lần lượt xướng tên {s('count')} {c.V.cn} {s.b.inb}."


def _bm_p4(c, s):
    return f"{s.b.Grp} ({s('count')})\n" + " | ".join(_names(c, s))


def _bm_p6(c, s):
    return f"{s.b.Grp} – {s('count', 'v')} cái tên:\n" + "\n".join(f"• {n}" for n in _names(c, s))


def _bm_p9(c, s):
    members = c.members_of(s)
    verb = "chia ra" if len({u.cat for u in members}) > 1 else "gồm"
    return f"{s.b.Grp} năm nay có {s('count')} {c.V.cn}, {verb} {_by_block(members)}."


def _bm_p10(c, s):
    names = _names(c, s)
    if len(names) == 1:
        return f"{s.b.Grp} chỉ có {names[0]} ({s('count')} {c.V.cn})."
    return (f"Bên cạnh {names[0]}, {s.b.grp} còn có {_enum(names[1:])} – tổng cộng {s('count')} "
            f"{c.V.cn}.")


BAND_MEMBERS = {
    "official": [
        _bm_o1,
        lambda c, s: f"Các {c.V.cn} sau đây {s.b.inb} năm {c.Y} ({s('count', 'z')}): {s.ml('mixed')}.",
        lambda c, s: f"{s.ml()} ({s('count', 'v')} {c.V.cn}) {s.b.inb}.",
        lambda c, s: f"{s.b.Grp} [{s('count')} {c.V.cn}]: {s.ml('semi')}.",
        lambda c, s: f"Được công nhận {s.b.grp} năm {c.Y} có {s('count')} {c.V.cn}, cụ thể là {s.ml()}.",
        lambda c, s: f"{_spokes(c)} đọc tên {s('count')} {c.V.cn} {s.b.inb}: {s.ml()}.",
        lambda c, s: (f"{_cap(c.V.cn)} {s.b.inb} năm {c.Y}: {s.ml('mixed')}.",
                      f"Số {c.V.cn} {s.b.inb} là {s('count')}."),
        _bm_o8,
        _bm_o9,
        lambda c, s: f"Tại cột “Xếp loại”, {s('count')} {c.V.cn} được ghi “{s.b.title}”: {s.ml()}.",
        _bm_o11,
        _bm_o12,
    ],
    "press": [
        lambda c, s: (f"{s.b.Grp} năm {c.Y}: {s.ml('semi')}\nTổng cộng {s('count')} {c.V.cn} góp mặt ở mức "
                      f"này."),
        lambda c, s: (f"* {s.b.Grp} năm nay gồm những {c.V.cn} nào, thưa ông?\n– Có {s('count')} {c.V.cn}: "
                      f"{s.ml()}."),
        _bm_p3,
        _bm_p4,
        lambda c, s: f"Với {s('count')} đại diện, {s.b.grp} năm nay có: {s.ml('comma')}.",
        _bm_p6,
        lambda c, s: f"{s.ml('mixed')} – đó là {s('count', 'z')} {c.V.cn} {s.b.inb}.",
        lambda c, s: (f"{s('count')} {c.V.cn} lọt vào {s.b.grp} năm nay.",
                      f"Danh sách {s.b.grp}: {s.ml('semi')}."),
        _bm_p9,
        _bm_p10,
        lambda c, s: f"Ai {s.b.inb}? {s.ml()} – {s('count')} {c.V.cn}.",
        lambda c, s: f"Điểm danh {s.b.grp} ({s('count', 'z')} {c.V.cn}): {s.ml('semi_only')}.",
    ],
}

# ---------------------------------------------------------------- how many at or above the threshold


def _th_o9(c, s):
    word = _than(s.big("thr"), _prev_ge(c), "nhiều hơn", "ít hơn", "bằng")
    return f"Năm {c.Y}, {s('thr')} {c.V.cn} đạt từ {c.thr} trở lên, {word} năm {c.Y1}."


def _th_p6(c, s):
    word = _than(s.big("thr"), _prev_ge(c), "nhiều hơn", "ít hơn", "ngang")
    return f"{s('thr')} {c.V.cn} vượt {c.thr} – {word} năm ngoái."


def _th_p7(c, s):
    half = _than(2 * s.big("thr"), len(c.world.units), "quá nửa", "chưa tới nửa", "đúng nửa")
    return f"{s('thr')} {c.V.cn} đạt trên {c.thr} – {half} bảng xếp hạng."


THRESHOLD = {
    "official": [
        lambda c, s: (f"Kết quả thực hiện chỉ tiêu tại Kế hoạch cải cách hành chính năm {c.Y} (Chỉ số CCHC từ "
                      f"{c.thr} trở lên): đạt ở {s('thr')} {c.V.cn}."),
        lambda c, s: f"{s('thr')} {c.V.cn} có kết quả bằng hoặc cao hơn {c.thr}.",
        lambda c, s: f"{_cap(c.V.cn)} đạt từ {c.thr} trở lên (tổng cộng: {s('thr')}) được đề nghị biểu dương.",
        lambda c, s: f"Kết quả từ {c.thr} trở lên được ghi nhận ở {s('thr')} {c.V.cn}.",
        lambda c, s: (f"Số {c.V.cn} có Chỉ số CCHC nằm trong khoảng từ {c.thr} đến {_scale(c)} là "
                      f"{s('thr')}."),
        lambda c, s: f"Có {s('thr', 'v')} {c.V.cn} đạt mức từ {c.thr} trở lên.",
        lambda c, s: f"Trong {c.V.coll}, {s('thr')} {c.V.cn} chạm mốc {c.thr}.",
        lambda c, s: (f"{_spokes(c)} đánh giá: “{s('thr')} {c.V.cn} đạt từ {c.thr} trở lên là kết quả tích "
                      f"cực.”"),
        _th_o9,
        lambda c, s: f"Đạt yêu cầu (từ {c.thr} trở lên): {s('thr', 'z')} {c.V.cn}.",
        lambda c, s: f"Từ {c.thr} trở lên – {s('thr')} {c.V.cn}.",
        lambda c, s: (f"Với kết quả từ {c.thr} trở lên, {s('thr')} {c.V.cn} được đánh giá hoàn thành tốt mục tiêu "
                      f"Chỉ số CCHC năm {c.Y}."),
    ],
    "press": [
        lambda c, s: f"Bao nhiêu {c.V.cn} đạt trên {c.thr}?\nCâu trả lời: {s('thr')}.",
        lambda c, s: (f"* Năm nay bao nhiêu {c.V.cn} vượt {c.thr}, thưa ông?\n– {s('thr')} {c.V.cn}, theo số liệu "
                      f"thẩm định."),
        lambda c, s: f"“Năm nay có {s('thr')} {c.V.cn} vượt {c.thr}”, {_spokes(c)} nói.",
        lambda c, s: f"{s('thr')} {c.V.cn} “qua vạch” {c.thr}.",
        lambda c, s: f"Số {c.V.cn} nằm trong vùng điểm từ {c.thr} đến {_scale(c)}: {s('thr')}.",
        _th_p6,
        _th_p7,
        lambda c, s: f"Điểm nhanh:\n• {s('thr')} {c.V.cn} đạt từ {c.thr} trở lên\n• dữ liệu: {_org(c)}",
        lambda c, s: f"Ở vạch {c.thr}, {s('thr')} {c.V.cn} đã về đích.",
        lambda c, s: f"Đạt trên {c.thr} có {s('thr', 'v')} {c.V.cn}.",
        lambda c, s: f"Trên {c.thr}: {s('thr')} {c.V.cn}.",
        lambda c, s: f"Ngưỡng {c.thr} – {s('thr')} {c.V.cn} vượt qua, theo {_org(c)}.",
    ],
}

# ---------------------------------------------------------------- N/total above the average


def _half(c, s) -> str:
    num, den = s.big("num"), s.big("den")
    return "Quá nửa" if 2 * num > den else "Chưa đến nửa" if 2 * num < den else "Đúng nửa"


RATIO = {
    "official": [
        lambda c, s: f"Số {c.V.cn} có Chỉ số CCHC cao hơn giá trị trung bình chiếm {s('num')}/{s('den')}.",
        lambda c, s: (f"Vượt giá trị trung bình có {s('num')} {c.V.cn}, trên tổng số {s('den')} {c.V.cn} được đánh "
                      f"giá."),
        lambda c, s: f"{_cap(c.V.cn)} đạt trên trung bình: {s('num')} [trên tổng số {s('den')}].",
        lambda c, s: f"Có {s('num', 'v')} trong tổng số {s('den')} {c.V.cn} đạt điểm trên mức trung bình.",
        lambda c, s: (f"{_half(c, s)} số {c.V.cn} – {s('num')}/{s('den')} – có kết quả trên trung bình."),
        lambda c, s: (f"Giá trị trung bình năm {c.Y} thấp hơn kết quả của {s('num')} {c.V.cn} (trong tổng số "
                      f"{s('den')})."),
        lambda c, s: f"Tỷ số {s('num')}/{s('den')} phản ánh số {c.V.cn} có điểm trên mức trung bình.",
        lambda c, s: f"{_spokes(c)}: “{s('num')} trong {s('den')} {c.V.cn} có điểm trên trung bình.”",
        lambda c, s: (f"Số {c.V.cn} mà Chỉ số CCHC vượt mức trung bình là {s('num')} (so với {s('den')} {c.V.cn} "
                      f"được xếp hạng)."),
        lambda c, s: (f"Đáng ghi nhận, {s('num')} {c.V.cn} đạt trên mức trung bình.",
                      f"Năm {c.Y}, có {s('den')} {c.V.cn} được xếp hạng."),
        lambda c, s: (f"Xét theo giá trị trung bình, {s('num')} {c.V.cn} ở phía trên, số còn lại ở phía dưới, "
                      f"trong tổng số {s('den')}."),
        lambda c, s: f"Trên trung bình: {s('num', 'z')}/{s('den')} {c.V.cn}.",
    ],
    "press": [
        lambda c, s: (f"{s('num')}/{s('den')}: số {c.V.cn} vượt điểm trung bình\nĐây là số liệu trong {_idx(c)} "
                      f"{c.Y} vừa được {_org(c)} công bố."),
        lambda c, s: (f"* Bao nhiêu {c.V.cn} trên mức trung bình, thưa ông?\n– {s('num')}, trong tổng số "
                      f"{s('den')}."),
        lambda c, s: f"“{s('num')} trên {s('den')} {c.V.cn} vượt trung bình”, {_spokes(c)} cho biết.",
        lambda c, s: f"{s('num')} trên {s('den')} – đó là số {c.V.cn} có điểm cao hơn trung bình.",
        lambda c, s: f"{_half(c, s)} bảng xếp hạng – {s('num')} trong {s('den')} {c.V.cn} – đứng trên điểm trung bình.",
        lambda c, s: f"Vượt trung bình: {s('num')}. Tổng số: {s('den')}.",
        lambda c, s: f"Trong {s('den')} {c.V.cn} góp mặt, {s('num')} {c.V.cn} “vượt chuẩn” trung bình.",
        lambda c, s: f"Bao nhiêu {c.V.cn} trên mức trung bình? {s('num')} – tính trên {s('den')} {c.V.cn}.",
        lambda c, s: f"Mức trung bình năm nay bị {s('num')} {c.V.cn} vượt qua; bảng có {s('den')} {c.V.cn}.",
        lambda c, s: (f"Năm nay có {s('num')} {c.V.cn} đạt điểm trên trung bình.",
                      f"Bảng xếp hạng {c.Y} gồm {s('den')} {c.V.cn}."),
        lambda c, s: f"Điểm nhanh:\n• Tổng số {c.V.cn}: {s('den')}\n• Trên trung bình: {s('num')}",
        lambda c, s: f"Có {s('num', 'v')} {c.V.cn} đứng trên mức trung bình, trong tổng số {s('den')}.",
    ],
}

# ---------------------------------------------------------------- a total and its parts


def _pt_p9(c, s):
    rest = "phần đông còn lại" if 2 * s.big("p0") > s.big("total") else "còn lại"
    return (f"Trong {s('total')} {c.V.cn} được xếp hạng, {_n(s, 1)} có {s('p1')}, {rest} là {s('p0')} "
            f"{_n(s, 0)}.")


PARTS = {
    "official": [
        lambda c, s: (f"Tổng số {c.V.cn} được đánh giá năm {c.Y} ({s('total')}) bao gồm {s('p0')} {_n(s, 0)} cùng "
                      f"{s('p1')} {_n(s, 1)}."),
        lambda c, s: (f"Đối tượng đánh giá: {_n(s, 0)} [{s('p0')}], {_n(s, 1)} [{s('p1')}]; cộng "
                      f"[{s('total')}]."),
        lambda c, s: (f"Chỉ số CCHC năm {c.Y} áp dụng đối với {s('p0', 'v')} {_n(s, 0)} và {s('p1', 'v')} "
                      f"{_n(s, 1)}, tức {s('total')} {c.V.cn}."),
        lambda c, s: (f"Được đánh giá năm {c.Y} có {s('p1')} {_n(s, 1)} và {s('p0')} {_n(s, 0)}; tổng cộng "
                      f"{s('total')} {c.V.cn}."),
        lambda c, s: (f"Phụ lục kèm theo gồm {s('total')} dòng: {s('p0')} dòng {_n(s, 0)} và {s('p1')} dòng "
                      f"{_n(s, 1)}."),
        lambda c, s: (f"Trong {s('total')} {c.V.cn} mà {c.V.ev} đánh giá năm {c.Y}, {_n(s, 0)} chiếm {s('p0')}, "
                      f"{_n(s, 1)} chiếm {s('p1')}."),
        lambda c, s: (f"Năm {c.Y}, {s('total')} {c.V.cn} được xác định Chỉ số CCHC.",
                      f"Về cơ cấu, {_n(s, 0)}: {s('p0')}; {_n(s, 1)}: {s('p1')}."),
        lambda c, s: (f"{s('p0')} {_n(s, 0)} cộng {s('p1')} {_n(s, 1)} bằng {s('total')} {c.V.cn} – đó là phạm vi "
                      f"đánh giá năm {c.Y}."),
        lambda c, s: (f"Bên cạnh {s('p0')} {_n(s, 0)}, phạm vi đánh giá còn có {s('p1')} {_n(s, 1)} (tổng số: "
                      f"{s('total')})."),
        lambda c, s: (f"{_spokes(c)} cho biết: “Năm {c.Y} đánh giá {s('total')} {c.V.cn}, gồm {s('p0')} "
                      f"{_n(s, 0)} và {s('p1')} {_n(s, 1)}.”"),
        lambda c, s: (f"Số lượng: {_n(s, 0)} – {s('p0', 'z')}; {_n(s, 1)} – {s('p1', 'z')}; tổng – "
                      f"{s('total')}."),
        lambda c, s: (f"Về đối tượng, năm {c.Y} có {s('total')} {c.V.cn}; riêng {_n(s, 1)} là {s('p1')}, "
                      f"{_n(s, 0)} là {s('p0')}."),
    ],
    "press": [
        lambda c, s: (f"{s('total')} {c.V.cn} lên bảng điểm\nGồm {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}, "
                      f"theo {_org(c)}."),
        lambda c, s: (f"* Thưa ông, bảng xếp hạng năm nay gồm những ai?\n– {s('p0')} {_n(s, 0)} và {s('p1')} "
                      f"{_n(s, 1)}, tổng cộng {s('total')}."),
        lambda c, s: (f"“{s('total')} {c.V.cn}, trong đó {s('p1')} {_n(s, 1)}”, {_spokes(c)} nói; phần còn lại, "
                      f"{s('p0')}, là {_n(s, 0)}."),
        lambda c, s: (f"Bảng xếp hạng {c.Y}\n{_cap(_n(s, 0))}: {s('p0')} | {_n(s, 1)}: {s('p1')} | cộng: "
                      f"{s('total')}"),
        lambda c, s: (f"Cả thảy {s('total')} {c.V.cn} – {s('p0', 'v')} {_n(s, 0)} và {s('p1', 'v')} {_n(s, 1)} – "
                      f"đã được chấm điểm."),
        lambda c, s: (f"Năm nay bảng điểm có {s('total')} {c.V.cn}.",
                      f"Chia theo loại hình: {s('p0')} {_n(s, 0)}, {s('p1')} {_n(s, 1)}."),
        lambda c, s: (f"Lên bảng năm {c.Y} có {s('total')} {c.V.cn} [{_n(s, 0)}: {s('p0')}; {_n(s, 1)}: "
                      f"{s('p1')}]."),
        lambda c, s: f"Điểm nhanh:\n• {_cap(_n(s, 0))}: {s('p0')}\n• {_cap(_n(s, 1))}: {s('p1')}\n• Tổng: {s('total')}",
        _pt_p9,
        lambda c, s: (f"Cộng {s('p0')} {_n(s, 0)} với {s('p1')} {_n(s, 1)}, bảng xếp hạng năm nay có "
                      f"{s('total')} {c.V.cn}."),
        lambda c, s: (f"Ngoài {_n(s, 0)} ({s('p0')}), bảng điểm còn có {_n(s, 1)} ({s('p1')}); tổng số "
                      f"{s('total')}."),
        lambda c, s: (f"Bảng xếp hạng {c.Y}: {s('total')} {c.V.cn}, chia thành {_n(s, 0)} ({s('p0', 'z')}) và "
                      f"{_n(s, 1)} ({s('p1', 'z')})."),
    ],
}

# ---------------------------------------------------------------- a band's count against last year's


COUNT_CHANGE = {
    "official": [
        lambda c, s: (f"{s.b.Grp} năm {c.Y} gồm {s('cur')} {c.V.cn}, {s.t('chg', 'nhiều hơn', 'ít hơn')} "
                      f"{s('chg')} {c.V.cn} so với năm {c.Y1} ({s('prev')} {c.V.cn})."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb}: năm {c.Y} [{s('cur')}], năm {c.Y1} [{s('prev')}], "
                      f"{_ud(s, 'chg')} [{s('chg')}]."),
        lambda c, s: (f"{s.b.Grp} được xác định cho {s('cur')} {c.V.cn} năm {c.Y}, trong khi năm {c.Y1} là "
                      f"{s('prev')} {c.V.cn}; chênh lệch {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Từ {s('prev', 'v')} {c.V.cn} năm {c.Y1}, số {c.V.cn} {s.b.inb} năm {c.Y} là "
                      f"{s('cur', 'v')}, {_ud(s, 'chg')} {s('chg', 'v')}."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} {s.t('chg', 'tăng thêm', 'giảm bớt')} {s('chg')} so với năm "
                      f"{c.Y1}.",
                      f"Cụ thể, năm {c.Y} có {s('cur')} {c.V.cn}, năm {c.Y1} có {s('prev')} {c.V.cn} {s.b.inb}."),
        lambda c, s: (f"{_spokes(c)} thông tin: “{s.b.Grp} năm {c.Y} có {s('cur')} {c.V.cn}, "
                      f"{_ud(s, 'chg')} {s('chg')} so với năm {c.Y1}, khi có {s('prev')} {c.V.cn}.”"),
        lambda c, s: (f"Số {c.V.cn} mà {s.b.grp} ghi nhận năm {c.Y} là {s('cur')}, {_ud(s, 'chg')} {s('chg')} so "
                      f"với con số {s('prev')} của năm {c.Y1}."),
        lambda c, s: (f"Đặt cạnh năm {c.Y1} ({s('prev')} {c.V.cn}), {s.b.grp} năm {c.Y} ({s('cur')} {c.V.cn}) "
                      f"{s.t('chg', 'đông hơn', 'ít hơn')} {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Bảng so sánh với năm trước cho thấy {s.b.grp}: {s('prev')} → {s('cur')} "
                      f"({_sgn(s, 'chg')}{s('chg')})."),
        lambda c, s: (f"{s.b.Grp}: năm {c.Y1} có {s('prev', 'z')}, năm {c.Y} có {s('cur', 'z')} {c.V.cn}; "
                      f"{_ud(s, 'chg')} {s('chg', 'z')}."),
        lambda c, s: (f"Đối với {s.b.grp}, số lượng năm {c.Y} là {s('cur')} {c.V.cn} ({_ud(s, 'chg')} "
                      f"{s('chg')} so với năm trước, khi có {s('prev')} {c.V.cn})."),
        lambda c, s: (f"Năm {c.Y}, {s.b.grp} có {s('cur')} {c.V.cn}. Con số này "
                      f"{s.t('chg', 'cao hơn', 'thấp hơn')} {s('chg')} {c.V.cn} so với năm {c.Y1}; năm {c.Y1}, "
                      f"{s.b.grp} có {s('prev')} {c.V.cn}."),
    ],
    "press": [
        lambda c, s: (f"{s.b.Grp} {s.t('chg', 'đông hơn', 'vắng hơn')} năm ngoái?\n{_cap(_ud(s, 'chg'))} "
                      f"{s('chg')} {c.V.cn}: từ {s('prev')} {_lx(s, 'chg')} {s('cur')}."),
        lambda c, s: (f"* {s.b.Grp} năm nay có bao nhiêu {c.V.cn}, thưa ông?\n– {s('cur')}, "
                      f"{s.t('chg', 'nhiều hơn', 'ít hơn')} năm ngoái ({s('prev')}) {s('chg')} {c.V.cn}."),
        lambda c, s: (f"“{s.b.Grp} {_ud(s, 'chg')} {s('chg')} {c.V.cn}”, {_spokes(c)} nói. Năm {c.Y1} có "
                      f"{s('prev')}, năm nay {s('cur')}."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb}\n{c.Y1}: {s('prev')} | {c.Y}: {s('cur')} | "
                      f"{_sgn(s, 'chg')}{s('chg')}"),
        lambda c, s: (f"Năm nay {s.b.grp} {s.t('chg', 'đón thêm', 'mất đi')} {s('chg', 'v')} {c.V.cn}, "
                      f"{s.t('chg', 'lên', 'còn')} {s('cur', 'v')}; năm ngoái là {s('prev', 'v')}."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} {_ud(s, 'chg')} {s('chg')} so với năm ngoái.",
                      f"Theo bảng điểm, {s.b.grp} năm nay có {s('cur')} {c.V.cn}; năm {c.Y1} có {s('prev')}."),
        lambda c, s: (f"Cùng kỳ năm {c.Y1}, {s.b.grp} có {s('prev')} {c.V.cn}; năm nay, {s('cur')}. "
                      f"{_cap(_ud(s, 'chg'))} {s('chg')}."),
        lambda c, s: (f"{s.b.Grp}:\n• {c.Y}: {s('cur')} {c.V.cn}\n• {c.Y1}: {s('prev')} {c.V.cn}\n• "
                      f"{_cap(_ud(s, 'chg'))}: {s('chg')}"),
        lambda c, s: (f"Với {s('cur')} {c.V.cn}, {s.b.grp} năm nay {s.t('chg', 'vượt', 'chưa bằng')} năm ngoái "
                      f"({s('prev')}); chênh {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} [{s('cur')}] {s.t('chg', 'nhiều hơn', 'ít hơn')} năm ngoái "
                      f"[{s('prev')}] {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Sau năm {c.Y1} với {s('prev')} {c.V.cn}, {s.b.grp} năm nay "
                      f"{s.t('chg', 'mở rộng', 'thu hẹp')} thành {s('cur')} – {_ud(s, 'chg')} {s('chg')}."),
        lambda c, s: (f"{s('cur', 'z')} {c.V.cn} {s.b.inb} năm nay, so với {s('prev', 'z')} năm ngoái: "
                      f"{_ud(s, 'chg')} {s('chg', 'z')}."),
    ],
}

# ---------------------------------------------------------------- a unit's rank against last year's


RANK = {
    "official": [
        lambda c, s: (f"Năm {c.Y}, {s.U.name} được xếp ở vị trí {s('r')}/{s('den')}; năm {c.Y1}, ở vị trí "
                      f"{s('pr')}. Thứ hạng vì vậy {_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"{s.U.name} [hạng {s('r')}/{s('den')}; năm {c.Y1}: hạng {s('pr')}] {_ud(s, 'move')} "
                      f"{s('move')} bậc."),
        lambda c, s: (f"Vị trí thứ {s('r')}/{s('den')} được xác định cho {s.U.name}, "
                      f"{s.t('move', 'cao', 'thấp')} hơn {s('move')} bậc so với vị trí thứ {s('pr')} năm {c.Y1}."),
        lambda c, s: (f"So với năm {c.Y1}, {s.U.name} {s.t('move', 'tiến', 'lùi')} {s('move', 'v')} bậc, từ thứ "
                      f"{s('pr')} {_lx(s, 'move')} thứ {s('r')} trên {s('den')} {c.V.cn}."),
        lambda c, s: (f"{_boss(s.U)} báo cáo: thứ hạng của {c.V.this} năm {c.Y} là {s('r')}/{s('den')}, "
                      f"{_ud(s, 'move')} {s('move')} bậc so với năm {c.Y1} (hạng {s('pr')})."),
        lambda c, s: (f"Thứ hạng mà {s.U.name} đạt được năm {c.Y} là {s('r')}/{s('den')}, "
                      f"{s.t('move', 'cao hơn', 'thấp hơn')} năm {c.Y1} – khi {c.V.this} xếp thứ {s('pr')} – "
                      f"{s('move')} bậc."),
        lambda c, s: (f"{s.U.name} {s.t('move', 'thăng', 'tụt')} {s('move')} bậc so với năm trước.",
                      f"Thứ hạng cụ thể của {s.U.name}: năm {c.Y} – {s('r')}/{s('den')}; năm {c.Y1} – "
                      f"{s('pr')}."),
        lambda c, s: (f"Cột “Xếp hạng” ghi {s.U.name} ở vị trí {s('r')}/{s('den')} (năm {c.Y}) và {s('pr')} (năm "
                      f"{c.Y1}); cột “Tăng/giảm bậc” ghi {_sgn(s, 'move')}{s('move')}."),
        lambda c, s: (f"{s.U.name}: hạng {s('r', 'z')}/{s('den')} (năm {c.Y1}: {s('pr', 'z')}), {_ud(s, 'move')} "
                      f"{s('move', 'z')} bậc."),
        lambda c, s: (f"Từ vị trí {s('pr')} năm {c.Y1}, năm {c.Y} {s.U.name} "
                      f"{s.t('move', 'được nâng lên', 'bị đẩy xuống')} vị trí {s('r')}/{s('den')}, tương đương "
                      f"{s('move')} bậc."),
        lambda c, s: (f"Về xếp hạng của {s.U.name}: năm {c.Y1} thứ {s('pr')}, năm {c.Y} thứ {s('r')}/{s('den')}; "
                      f"chênh {s('move')} bậc theo hướng {_ud(s, 'move')}."),
        lambda c, s: (f"Trong số {s('den')} {c.V.cn}, {s.U.name} xếp thứ {s('r')}; con số này năm {c.Y1} là "
                      f"{s('pr')}, như vậy {c.V.this} đã {_ud(s, 'move')} {s('move')} bậc."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name} {s.t('move', 'lên', 'xuống')} hạng thế nào?\n{_cap(_ud(s, 'move'))} "
                      f"{s('move')} bậc: từ hạng {s('pr')} (năm {c.Y1}) {_lx(s, 'move')} hạng {s('r')}/{s('den')}."),
        lambda c, s: (f"* Thưa ông, {s.U.name} năm nay xếp thứ mấy?\n– Thứ {s('r')} trên {s('den')}, "
                      f"{s.t('move', 'cao hơn', 'thấp hơn')} năm ngoái (thứ {s('pr')}) {s('move')} bậc."),
        lambda c, s: (f"“{_cap(_ud(s, 'move'))} {s('move')} bậc là "
                      f"{s.t('move', 'động lực để chúng tôi cố gắng hơn', 'bài học cho chúng tôi')}”, "
                      f"{_boss(s.U)} nói. Năm nay {c.V.this} đứng thứ {s('r')}/{s('den')}; năm {c.Y1}, thứ "
                      f"{s('pr')}."),
        lambda c, s: (f"Thứ hạng của {s.U.name}\nHạng {c.Y1}: {s('pr')} | hạng {c.Y}: {s('r')}/{s('den')} | "
                      f"{_sgn(s, 'move')}{s('move')} bậc"),
        lambda c, s: (f"Gây chú ý là {s.U.name}, {s.t('move', 'leo', 'trượt')} từ hạng {s('pr')} "
                      f"{_lx(s, 'move')} hạng {s('r')}/{s('den')} – {s('move', 'v')} bậc."),
        lambda c, s: (f"Cùng kỳ năm {c.Y1}, {s.U.name} đứng thứ {s('pr')}; năm nay, thứ {s('r')}/{s('den')}. "
                      f"{_cap(_ud(s, 'move'))} {s('move')} bậc."),
        lambda c, s: (f"{s.U.name} {s.t('move', 'thăng', 'rơi')} {s('move')} bậc so với năm ngoái.",
                      f"Bảng xếp hạng ghi nhận {s.U.name} ở vị trí {s('r')}/{s('den')} năm {c.Y}, năm {c.Y1} là "
                      f"{s('pr')}."),
        lambda c, s: (f"{s.U.name}:\n• Hạng {c.Y}: {s('r')}/{s('den')}\n• Hạng {c.Y1}: {s('pr')}\n• "
                      f"{_cap(_ud(s, 'move'))}: {s('move')} bậc"),
        lambda c, s: (f"Với vị trí {s('r')} trong {s('den')} {c.V.cn}, {s.U.name} "
                      f"{s.t('move', 'vượt', 'chưa giữ được')} thứ hạng {s('pr')} của năm ngoái; chênh "
                      f"{s('move')} bậc."),
        lambda c, s: (f"Ở {_BLOCKS[s.U.cat]}, {s.U.name} {s.t('move', 'bứt lên', 'tụt lại')} {s('move')} bậc "
                      f"[{s('pr')} → {s('r')}/{s('den')}]."),
        lambda c, s: (f"Năm nay {s.U.name} giữ vị trí {s('r')}/{s('den')} – {s.t('move', 'hơn', 'kém')} năm "
                      f"{c.Y1} (hạng {s('pr')}) đúng {s('move')} bậc."),
        lambda c, s: (f"Sau năm {c.Y1} ở hạng {s('pr', 'z')}, {s.U.name} năm nay "
                      f"{s.t('move', 'bật lên', 'trượt xuống')} hạng {s('r', 'z')}/{s('den')}, {_ud(s, 'move')} "
                      f"{s('move', 'z')} bậc."),
    ],
}

# ---------------------------------------------------------------- how many rose and how many fell


def _ud_o4(c, s):
    up, down = s.big("up"), s.big("down")
    trend = _than(up, down, "chiếm ưu thế", "không chiếm ưu thế", "cân bằng với xu hướng giảm")
    return f"Xu hướng tăng điểm {trend}: {s('up')} {c.V.cn} tăng, {s('down')} {c.V.cn} giảm."


def _ud_p5(c, s):
    word = _than(s.big("up"), s.big("down"), "Bên tăng nhiều hơn bên giảm", "Bên giảm nhiều hơn bên tăng",
                 "Tăng và giảm ngang nhau")
    return f"{word}: {s('up')} {c.V.cn} tăng điểm, {s('down')} {c.V.cn} giảm điểm."


UP_DOWN = {
    "official": [
        lambda c, s: (f"Có {s('up')} {c.V.cn} cải thiện được Chỉ số CCHC so với năm {c.Y1}, trong khi "
                      f"{s('down')} {c.V.cn} có Chỉ số thấp hơn."),
        lambda c, s: f"Số {c.V.cn} tăng điểm [{s('up')}] và giảm điểm [{s('down')}] so với năm {c.Y1}.",
        lambda c, s: (f"Năm {c.Y}, {s('up', 'v')} {c.V.cn} tăng điểm và {s('down', 'v')} {c.V.cn} giảm điểm so "
                      f"với năm liền trước."),
        _ud_o4,
        lambda c, s: (f"Mức điểm cao hơn năm {c.Y1} được ghi nhận ở {s('up')} {c.V.cn}; mức điểm thấp hơn, ở "
                      f"{s('down')} {c.V.cn}."),
        lambda c, s: (f"Cột “Tăng/giảm so với năm {c.Y1}” của Phụ lục có {s('up')} giá trị dương và {s('down')} "
                      f"giá trị âm."),
        lambda c, s: (f"Năm {c.Y}, {s('up')} {c.V.cn} có kết quả tốt hơn năm trước.",
                      f"Ngược lại, {s('down')} {c.V.cn} có kết quả kém hơn năm {c.Y1}."),
        lambda c, s: (f"{_spokes(c)} cho biết: “So với năm {c.Y1}, {s('up')} {c.V.cn} tăng điểm, {s('down')} "
                      f"{c.V.cn} giảm điểm.”"),
        lambda c, s: (f"Số {c.V.cn} mà Chỉ số CCHC tăng so với năm {c.Y1} là {s('up')}; số {c.V.cn} mà Chỉ số giảm "
                      f"là {s('down')}."),
        lambda c, s: (f"Tăng điểm: {s('up', 'z')} {c.V.cn}; giảm điểm: {s('down', 'z')} {c.V.cn} (so sánh với năm "
                      f"{c.Y1})."),
        lambda c, s: (f"Trên phạm vi {c.V.where}, {s('up')} {c.V.cn} tăng điểm và {s('down')} {c.V.cn} giảm "
                      f"điểm."),
        lambda c, s: (f"So sánh kết quả năm {c.Y} với năm {c.Y1}, điểm số của {s('up')} {c.V.cn} được nâng lên, của "
                      f"{s('down')} {c.V.cn} bị giảm xuống."),
    ],
    "press": [
        lambda c, s: (f"Bao nhiêu {c.V.cn} tăng điểm?\nSo với năm {c.Y1}: {s('up')} tăng, {s('down')} giảm."),
        lambda c, s: (f"* So với năm ngoái, bức tranh tăng – giảm thế nào, thưa ông?\n– {s('up')} {c.V.cn} tăng "
                      f"điểm, {s('down')} {c.V.cn} giảm điểm."),
        lambda c, s: f"“{s('up')} {c.V.cn} tăng, {s('down')} {c.V.cn} giảm”, {_spokes(c)} tóm tắt.",
        lambda c, s: f"So với năm {c.Y1}\nTăng điểm | {s('up')} {c.V.cn}\nGiảm điểm | {s('down')} {c.V.cn}",
        _ud_p5,
        lambda c, s: (f"Năm nay, điểm của {s('up', 'v')} {c.V.cn} “xanh” lên, của {s('down', 'v')} {c.V.cn} “đỏ” "
                      f"đi."),
        lambda c, s: (f"{s('up')} {c.V.cn} tăng điểm so với năm ngoái.",
                      f"Chiều ngược lại, {s('down')} {c.V.cn} bị giảm điểm."),
        lambda c, s: f"Điểm nhanh:\n• Tăng điểm: {s('up')} {c.V.cn}\n• Giảm điểm: {s('down')} {c.V.cn}",
        lambda c, s: (f"Với {s('up')} {c.V.cn} tăng và {s('down')} {c.V.cn} giảm, bảng điểm năm {c.Y} có nhiều xáo "
                      f"trộn so với năm {c.Y1}."),
        lambda c, s: (f"Cùng kỳ năm {c.Y1} làm mốc, {s('up')} {c.V.cn} đã khá hơn, {s('down')} {c.V.cn} kém "
                      f"đi."),
        lambda c, s: f"Số {c.V.cn} tăng điểm [{s('up', 'z')}], giảm điểm [{s('down', 'z')}].",
        lambda c, s: (f"Trong bảng xếp hạng năm nay, {s('down')} {c.V.cn} đi xuống, còn {s('up')} {c.V.cn} đi "
                      f"lên."),
    ],
}

# ---------------------------------------------------------------- survey ballots


def _ba_o1(c, s):
    return ("Bảng tổng hợp phiếu: " + "; ".join(f"dòng “{_cap(lab)}” – {s(r)}" for r, lab in _bl(s))
            + f"; dòng “Tổng cộng” – {s('total')}.")


def _ba_o2(c, s):
    return (f"Số phiếu hợp lệ [{s('total')}] gồm "
            + _enum([f"phiếu của {lab} [{s(r)}]" for r, lab in _bl(s)], "; ") + ".")


def _ba_o3(c, s):
    return (_cap(_enum([f"{s(r)} phiếu được thu từ {lab}" for r, lab in _bl(s)], "; "))
            + f"; tổng số phiếu được sử dụng để tính điểm là {s('total')}.")


@_approx
def _ba_o4(c, s):
    return (f"Tổng số phiếu thu về đạt trên {s('total')}, trong đó "
            + _enum([f"trên {s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_o5(c, s):
    return (f"Số phiếu mà đơn vị tư vấn thu về là {s('total')}, gồm "
            + _enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ", "; cùng ") + ".")


def _ba_o6(c, s):
    return (f"{_spokes(c)} cho biết: “Tổng số phiếu hợp lệ là {s('total')}; trong đó "
            + _enum([f"{lab} {s(r)} phiếu" for r, lab in _bl(s)], "; ") + ".”")


def _ba_o7(c, s):
    return ("Phiếu thu về: " + "; ".join(f"{lab} {s(r)}" for r, lab in _bl(s)) + ".",
            f"Tổng cộng {s('total')} phiếu được đưa vào xử lý.")


def _ba_o8(c, s):
    items = _letters([f"{_cap(lab)}: {s(r)} phiếu;" for r, lab in _bl(s)])
    return "Kết quả thu phiếu:\n" + "\n".join(items) + f"\nTổng cộng: {s('total')} phiếu."


@_approx
def _ba_o9(c, s):
    return ("Số liệu đã làm tròn: " + "; ".join(f"{lab} {s(r)} phiếu" for r, lab in _bl(s))
            + f"; tổng cộng {s('total')} phiếu.")


def _ba_o10(c, s):
    return (f"Tổng cộng {s('total')} lượt ý kiến được ghi nhận; trong đó "
            + _enum([f"{lab} chiếm {s(r)} lượt" for r, lab in _bl(s)], "; ") + ".")


def _ba_o11(c, s):
    return ("Phiếu khảo sát – " + "; ".join(f"{lab}: {s(r)}" for r, lab in _bl(s)) + f"; tổng: {s('total')}.")


def _ba_o12(c, s):
    return (f"Điều tra xã hội học năm {c.Y} có {s('total')} phiếu hợp lệ; số phiếu theo từng đối tượng lần lượt "
            f"là " + _enum([s(r) for r, _ in _bl(s)]) + " (" + _enum([lab for _, lab in _bl(s)], "; ") + ").")


def _ba_p1(c, s):
    return (f"Bao nhiêu người được hỏi ý kiến?\n{s('total')} phiếu hợp lệ, gồm "
            + _enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p2(c, s):
    return ("* Ai được hỏi ý kiến, thưa ông?\n– " + _cap(_enum([f"{lab}: {s(r)} phiếu" for r, lab in _bl(s)], "; "))
            + f"; tổng cộng {s('total')} phiếu.")


def _ba_p3(c, s):
    return ("“" + _cap(_enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; "))
            + f"”, {_spokes(c)} liệt kê – tổng cộng {s('total')} phiếu.")


@_approx
def _ba_p4(c, s):
    return (f"Hơn {s('total')} phiếu khảo sát được thu về, chia ra: "
            + "; ".join(f"{lab} hơn {s(r)} phiếu" for r, lab in _bl(s)) + ".")


def _ba_p5(c, s):
    return "Phiếu khảo sát\n" + " | ".join(f"{_cap(lab)}: {s(r)}" for r, lab in _bl(s)) + f" | Cộng: {s('total')}"


def _ba_p6(c, s):
    return ("Điểm nhanh:\n" + "\n".join(f"• {_cap(lab)}: {s(r)} phiếu" for r, lab in _bl(s))
            + f"\n• Tổng số phiếu: {s('total')}")


def _ba_p7(c, s):
    return (f"Năm nay có {s('total')} phiếu khảo sát hợp lệ.",
            "Số phiếu ấy gồm: " + _enum([f"{lab} gửi {s(r)} phiếu" for r, lab in _bl(s)], "; ") + ".")


@_approx
def _ba_p8(c, s):
    return (f"Làm tròn số, phiếu thu về là {s('total')}: "
            + _enum([f"{s(r)} từ {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p9(c, s):
    return (f"Số phiếu [{s('total')}] chia theo đối tượng: "
            + "; ".join(f"{lab} [{s(r)}]" for r, lab in _bl(s)) + ".")


def _ba_p10(c, s):
    return (_cap(_enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ", "; cộng với "))
            + f" – cả thảy {s('total')} phiếu.")


@_approx
def _ba_p11(c, s):
    return (f"Trên {s('total')} ý kiến đã được lắng nghe: "
            + _enum([f"{lab} trên {s(r)}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p12(c, s):
    return (f"Để chấm điểm, {_org(c)} dựa trên {s('total')} phiếu hợp lệ; số phiếu theo từng đối tượng lần lượt "
            f"là " + _enum([s(r) for r, _ in _bl(s)]) + ", tương ứng với " + _enum([lab for _, lab in _bl(s)], "; ")
            + ".")


BALLOTS = {
    "official": [_ba_o1, _ba_o2, _ba_o3, _ba_o4, _ba_o5, _ba_o6, _ba_o7, _ba_o8, _ba_o9, _ba_o10, _ba_o11, _ba_o12],
    "press": [_ba_p1, _ba_p2, _ba_p3, _ba_p4, _ba_p5, _ba_p6, _ba_p7, _ba_p8, _ba_p9, _ba_p10, _ba_p11, _ba_p12],
}

PHRASINGS = {
    "total": TOTAL, "average_with_previous": AVERAGE, "delta_only": DELTA, "highest": HIGHEST, "lowest": LOWEST,
    "gap": GAP, "comparison": COMPARISON, "band_counts": BAND_COUNTS, "band_members": BAND_MEMBERS,
    "threshold_count": THRESHOLD, "ratio": RATIO, "parts_total": PARTS, "count_change": COUNT_CHANGE,
    "rank_move": RANK, "up_down_counts": UP_DOWN, "ballots": BALLOTS,
}
