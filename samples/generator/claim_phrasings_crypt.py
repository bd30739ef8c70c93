"""Crypt phrasings: a ninth set of sentences for `claim_text`, written blind to the extractor, its frames, its
misses and its benchmark output, and apart from the eight sets before it (their sentences were read only enough
to learn the interface and the roles). It imitates what auditors receive: Sở Nội vụ báo cáo, quyết định, kế
hoạch, tờ trình and thông báo kết quả, Bộ Nội vụ announcements, and news copy (online papers, government portals,
local papers, television bulletins, interviews), with figures first, units first, years first or comparisons
first, topicalised heads ("Về …, …"), passive and relative clauses, brackets, bullets ("-", "•") and dashes,
"thứ nhất … thứ hai" enumerations, tables told in prose ("theo bảng tổng hợp, …"), headlines and questions,
arrows, numbers as words and with leading zeros, decimal comma and decimal point. It exists to measure reach on
prose nobody has fitted to; once its sentences or misses are read by whoever tunes the extractor, it is no
longer blind.

Same interface as `claim_phrasings_unseen.py`: fn(c, s) -> text, or (text, a sentence for another paragraph);
`s(role, fmt)` prints and records one figure (fmt letters: u unit, p decimal point, z leading zero, w / W number
word up to ten, v number word up to nineteen, + signed); `s.t(role, up, down)` the direction word of a signed
figure; `s.ml()` the member list. Every entry belongs to the "crypt" set. Each kind states exactly the roles its
tuning phrasings state, each once; no other numeral is printed than years, band bounds, the threshold and the
scale's maximum, and no number word that is not a recorded figure (ordinals of an enumeration aside), so the
benchmark knows the truth of everything a statement says. Words whose truth depends on the world ("nhẹ",
"đông nhất", "nhiều hơn / ít hơn", "lên / xuống") are chosen from the world, never asserted blindly.

Do not tune the extractor against these sentences; read the benchmark's summary rows only.
"""

from __future__ import annotations

from typing import Any

from samples.generator.claim_phrasings import _approx, _bl, _cap, _enum, _evp, _idx, _n, _names, _org, _tail, _ud

_ORDINALS = ("thứ nhất", "thứ hai", "thứ ba", "thứ tư", "thứ năm")


def _soft(s, role: str) -> str:
    """'tăng nhẹ' / 'giảm nhẹ' only for a change under 0,3 point, so the softening word is true."""
    return s.t(role, "tăng nhẹ", "giảm nhẹ") if s.big(role) < 0.3 else _ud(s, role)


def _more(s, first: str, second: str) -> str:
    """How the first count compares with the second, from the world: nhiều hơn / ít hơn / bằng."""
    a, b = s.big(first), s.big(second)
    return "nhiều hơn" if a > b else ("ít hơn" if a < b else "bằng")


def _distinct(s) -> bool:
    sizes = [s.big(r) for _, r in s.bands]
    return len(set(sizes)) == len(sizes)


def _by_size(s) -> list[tuple[Any, str]]:
    return sorted(s.bands, key=lambda br: -s.big(br[1]))


def _empty(c, s, lead: str = "; ") -> str:
    """Bands nobody reached, in words only."""
    if not s.zero:
        return ""
    return f"{lead}{_enum([b.grp for b in s.zero], ', ', ' và ')} không có {c.V.cn} nào"


# ---------------------------------------------------------------- total (the lead)

TOTAL = {
    "official": [
        lambda c, s: (f"Căn cứ Bộ Chỉ số đã được phê duyệt, năm {c.Y} {c.V.ev} tổ chức chấm điểm đối với "
                      f"{s('total', 'z')} {c.V.units}{_tail(c)}, không có trường hợp nào được miễn đánh giá."),
        lambda c, s: (f"Đối tượng áp dụng Bộ Chỉ số năm {c.Y} là {c.V.coll}; số {c.V.cn} được chấm điểm: "
                      f"{s('total')}."),
        lambda c, s: (f"{c.V.ev} đã tổng hợp, thẩm định hồ sơ tự đánh giá do {s('total')} {c.V.units}{_tail(c)} "
                      f"gửi về và hoàn thành việc xác định Chỉ số CCHC năm {c.Y}."),
        lambda c, s: (f"{c.V.ev} kính trình kết quả xác định Chỉ số CCHC năm {c.Y} của {s('total', 'v')} "
                      f"{c.V.units}{_tail(c)} để xem xét, quyết định công bố."),
        lambda c, s: (f"Tất cả {c.V.coll} – tổng cộng {s('total')} {c.V.cn} – đã được đánh giá theo Bộ Chỉ số "
                      f"năm {c.Y}."),
        lambda c, s: (f"Trong năm {c.Y}, không có {c.V.one} nào bị loại khỏi diện xếp hạng; số {c.V.cn} được công bố "
                      f"kết quả là {s('total')}."),
        lambda c, s: (f"Kết quả Chỉ số CCHC năm {c.Y} của {s('total')} {c.V.units}{_tail(c)} được thông báo tại văn "
                      f"bản này."),
        lambda c, s: (f"Số {c.V.cn} được thẩm định, chấm điểm trong kỳ đánh giá năm {c.Y} (theo bảng tổng hợp kèm "
                      f"theo): {s('total')}."),
        lambda c, s: (f"Hội đồng thẩm định đã họp, thống nhất điểm số của {s('total', 'z')} {c.V.units}{_tail(c)} "
                      f"trước khi trình công bố."),
        lambda c, s: (f"Như các kỳ trước, {c.V.ev} triển khai đánh giá đồng loạt tại {s('total')} {c.V.units}"
                      f"{_tail(c)}; kết quả năm {c.Y} được tổng hợp ở các phần dưới đây."),
        lambda c, s: (f"Về phạm vi, Chỉ số CCHC năm {c.Y} bao quát {s('total')} {c.V.units}{_tail(c)}, phản ánh "
                      f"thực chất kết quả cải cách hành chính."),
        lambda c, s: (f"Kế hoạch xác định Chỉ số CCHC năm {c.Y} được triển khai tới {s('total')} {c.V.cn}, gồm "
                      f"{c.V.coll}."),
    ],
    "press": [
        lambda c, s: f"Công bố {_idx(c)} {c.Y} – {s('total')} {c.V.units} được xếp hạng.",
        lambda c, s: (f"Tại hội nghị sáng nay, {_evp(c)} công bố điểm số cải cách hành chính của {s('total')} "
                      f"{c.V.units}{_tail(c)}."),
        lambda c, s: (f"{s('total')} {c.V.units} đã làm cải cách hành chính ra sao trong năm {c.Y}? Câu trả lời nằm "
                      f"trong bảng xếp hạng vừa được công bố."),
        lambda c, s: (f"Bản tin thời sự: Chỉ số CCHC năm {c.Y} của {s('total', 'v')} {c.V.units}{_tail(c)} chính "
                      f"thức được công bố."),
        lambda c, s: (f"Bảng điểm năm nay có đủ {s('total')} {c.V.units}{_tail(c)}, không thiếu {c.V.one} nào."),
        lambda c, s: f"Cả {s('total')} {c.V.units} đều đã “qua tay” đoàn thẩm định của {_evp(c)}.",
        lambda c, s: (f"Phóng viên: Năm nay có bao nhiêu {c.V.cn} được đánh giá? – Đại diện {_org(c)}: Tất cả "
                      f"{s('total')} {c.V.units}{_tail(c)}."),
        lambda c, s: (f"Với {s('total')} {c.V.units}{_tail(c)} bước vào “cuộc đua” cải cách hành chính, bảng xếp "
                      f"hạng năm {c.Y} vừa chính thức lộ diện."),
        lambda c, s: (f"Theo thông cáo báo chí của {_org(c)}, đối tượng xếp hạng năm {c.Y} là {s('total')} "
                      f"{c.V.units}{_tail(c)}."),
        lambda c, s: (f"(Cổng TTĐT) – {_evp(c)} vừa công bố kết quả xếp hạng cải cách hành chính của {s('total')} "
                      f"{c.V.units}{_tail(c)}."),
        lambda c, s: (f"Năm {c.Y}, bảng xếp hạng cải cách hành chính một lần nữa phủ kín {s('total')} {c.V.units}"
                      f"{_tail(c)}."),
        lambda c, s: (f"Danh sách được chấm điểm năm {c.Y} dài đúng {s('total')} {c.V.cn}: toàn bộ {c.V.coll}."),
    ],
}

# ---------------------------------------------------------------- average with the previous year


def _av_o3(c, s):
    return (f"Giá trị trung bình Chỉ số CCHC:\n- Năm {c.Y1}: {s('prev', 'u')};\n- Năm {c.Y}: {s('avg', 'u')};\n"
            f"- Mức {_ud(s, 'delta')}: {s('delta', 'u')}.")


def _av_p10(c, s):
    return (f"Những con số chính:\n• Điểm trung bình năm {c.Y}: {s('avg', 'u')}\n• Năm {c.Y1}: {s('prev', 'u')}\n"
            f"• Thay đổi: {s('delta', '+')}{c.dp}")


AVERAGE = {
    "official": [
        lambda c, s: (f"Về chỉ số trung bình, năm {c.Y} {c.V.coll} đạt {s('avg', 'u')}; so với năm liền kề "
                      f"({s('prev', 'u')}), {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Trung bình cộng Chỉ số CCHC của {c.V.coll_s} năm {c.Y} là {s('avg', 'pu')}, "
                      f"{_ud(s, 'delta')} {s('delta', 'p')}{c.dp} so với năm {c.Y1} (đạt {s('prev', 'pu')})."),
        _av_o3,
        lambda c, s: (f"Năm {c.Y1} đạt {s('prev', 'u')}, năm {c.Y} đạt {s('avg', 'u')}: giá trị trung bình Chỉ số "
                      f"CCHC của {c.V.coll} {_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"So với cùng kỳ, chỉ số bình quân {_soft(s, 'delta')} {s('delta')}{c.dp} và đạt "
                      f"{s('avg', 'u')} (cùng kỳ năm {c.Y1}: {s('prev', 'u')})."),
        lambda c, s: (f"Chỉ số CCHC bình quân năm {c.Y} của {c.V.coll} đạt {s('avg', 'u')}, {_ud(s, 'delta')} "
                      f"{s('delta', 'u')} so với năm liền kề.",
                      f"Năm {c.Y1}, giá trị trung bình Chỉ số CCHC của {c.V.coll} là {s('prev', 'u')}."),
        lambda c, s: (f"Theo bảng tổng hợp, dòng “Giá trị trung bình” ghi {s('avg', 'u')} ở cột năm {c.Y} và "
                      f"{s('prev', 'u')} ở cột năm {c.Y1}, tức {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Mức {_ud(s, 'delta')} {s('delta')}{c.dp} của giá trị trung bình (từ {s('prev', 'u')} "
                      f"{s.t('delta', 'lên', 'xuống')} {s('avg', 'u')}) được ghi nhận trong năm {c.Y}."),
        lambda c, s: (f"Giá trị trung bình năm {c.Y} ({s('avg', 'u')}) {s.t('delta', 'cao hơn', 'thấp hơn')} giá trị "
                      f"trung bình năm {c.Y1} ({s('prev', 'u')}) là {s('delta', 'u')}."),
        lambda c, s: (f"Thứ nhất, về giá trị trung bình: năm {c.Y} đạt {s('avg', 'u')}, {_ud(s, 'delta')} "
                      f"{s('delta', 'u')} so với năm {c.Y1} là {s('prev', 'u')}."),
        lambda c, s: (f"Kết quả trung bình của {c.V.coll} {s.t('delta', 'được cải thiện', 'bị giảm sút')}: "
                      f"{s('avg', 'u')}, {_ud(s, 'delta')} {s('delta')}{c.dp} (năm {c.Y1}: {s('prev', 'u')})."),
        lambda c, s: (f"Điểm trung bình chung năm {c.Y} của {c.V.coll} là {s('avg', 'u')}; năm {c.Y1} con số này là "
                      f"{s('prev', 'u')}; chênh lệch {s('delta', 'u')}, theo chiều {_ud(s, 'delta')}."),
    ],
    "press": [
        lambda c, s: (f"Điểm trung bình {_idx(c)} {c.Y} {_ud(s, 'delta')} {s('delta')} điểm: từ {s('prev', 'u')} "
                      f"{s.t('delta', 'lên', 'xuống')} {s('avg', 'u')}."),
        lambda c, s: (f"Mặt bằng chung cải cách hành chính năm nay ra sao? Giá trị trung bình đạt {s('avg', 'u')}, "
                      f"{_ud(s, 'delta')} {s('delta', 'u')} so với mức {s('prev', 'u')} của năm {c.Y1}."),
        lambda c, s: (f"Bình quân mỗi {c.V.one} đạt {s('avg', 'u')} trong năm {c.Y}, {_ud(s, 'delta')} "
                      f"{s('delta', 'u')} so với cùng kỳ ({s('prev', 'u')})."),
        lambda c, s: (f"Năm {c.Y1}: {s('prev', 'u')}. Năm {c.Y}: {s('avg', 'u')}. Chỉ số trung bình "
                      f"{_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Theo {_org(c)}, trung bình cộng điểm số của {c.V.coll_s} năm nay là {s('avg', 'pu')}, "
                      f"{_ud(s, 'delta')} {s('delta', 'p')}{c.dp} so với năm {c.Y1} ({s('prev', 'pu')})."),
        lambda c, s: (f"Mặt bằng chung {s.t('delta', 'vươn lên', 'giảm xuống')} {s('avg', 'u')} "
                      f"({_soft(s, 'delta')} {s('delta')}{c.dp}; năm {c.Y1}: {s('prev', 'u')})."),
        lambda c, s: (f"Nếu năm {c.Y1} điểm trung bình là {s('prev', 'u')} thì năm nay con số này đã "
                      f"{s.t('delta', 'tăng lên', 'giảm xuống')} {s('avg', 'u')}, tức "
                      f"{s.t('delta', 'nhiều hơn', 'ít hơn')} {s('delta', 'u')}."),
        lambda c, s: (f"“Điểm trung bình năm nay đạt {s('avg', 'u')}, {_ud(s, 'delta')} {s('delta', 'u')} so với năm "
                      f"{c.Y1}”, đại diện {_org(c)} cho biết.",
                      f"Năm {c.Y1}, mức trung bình là {s('prev', 'u')}."),
        lambda c, s: (f"{_cap(c.V.where)} đạt trung bình {s('avg', 'u')}, {_ud(s, 'delta')} {s('delta')}{c.dp} so với "
                      f"năm liền kề ({s('prev', 'u')})."),
        _av_p10,
        lambda c, s: (f"Với mức bình quân {s('avg', 'u')}, {_idx(c)} {c.Y} {s.t('delta', 'cao hơn', 'thấp hơn')} năm "
                      f"trước {s('delta', 'u')} (năm {c.Y1}: {s('prev', 'u')})."),
        lambda c, s: (f"Về điểm trung bình, con số {s('prev', 'u')} của năm {c.Y1} đã "
                      f"{s.t('delta', 'được nâng lên', 'lùi xuống')} {s('avg', 'u')} – {_ud(s, 'delta')} "
                      f"{s('delta')}{c.dp}."),
    ],
}

# ---------------------------------------------------------------- a unit's change, values in other sentences

DELTA = {
    "official": [
        lambda c, s: (f"Về kết quả của {s.U.name}: năm {c.Y} đạt {s('cur', 'u')}, năm {c.Y1} đạt {s('prev', 'u')}, "
                      f"{_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"{s.U.name} đạt {s('cur', 'u')}; so với năm liền kề ({s('prev', 'u')}) {_soft(s, 'delta')} "
                      f"{s('delta', 'u')}."),
        lambda c, s: (f"Năm {c.Y1}, {s.U.name} đạt {s('prev', 'u')}; năm {c.Y}, {c.V.this} đạt {s('cur', 'u')} "
                      f"({s('delta', '+')}{c.dp})."),
        lambda c, s: (f"{s.U.name} – {c.V.one} có Chỉ số CCHC năm {c.Y} là {s('cur', 'u')} – {_ud(s, 'delta')} "
                      f"{s('delta', 'u')} so với kết quả {s('prev', 'u')} của năm {c.Y1}."),
        lambda c, s: (f"So với năm {c.Y1}, Chỉ số CCHC của {s.U.name} {_ud(s, 'delta')} {s('delta')}{c.dp}, đạt "
                      f"{s('cur', 'u')}.",
                      f"Kết quả năm {c.Y1} của {s.U.name}: {s('prev', 'u')}."),
        lambda c, s: (f"Tại bảng tổng hợp, dòng của {s.U.name} thể hiện: năm {c.Y1} {s('prev', 'u')}, năm {c.Y} "
                      f"{s('cur', 'u')}, mức thay đổi {s('delta', '+')}{c.dp}."),
        lambda c, s: (f"Chỉ số CCHC của {s.U.name} {_ud(s, 'delta')} từ {s('prev', 'u')} (năm {c.Y1}) "
                      f"{s.t('delta', 'lên', 'xuống')} {s('cur', 'u')} (năm {c.Y}), tương đương {s('delta')}{c.dp}."),
        lambda c, s: (f"Mức {_ud(s, 'delta')} {s('delta', 'u')} được ghi nhận ở {s.U.name}, với {s('cur', 'u')} năm "
                      f"{c.Y} so với {s('prev', 'u')} năm {c.Y1}."),
        lambda c, s: (f"Thứ hai, {s.U.name} đạt {s('cur', 'u')}, {s.t('delta', 'cao hơn', 'thấp hơn')} "
                      f"{s('delta', 'u')} so với năm {c.Y1} ({s('prev', 'u')})."),
        lambda c, s: (f"Điểm số năm {c.Y} của {s.U.name} là {s('cur', 'pu')}, năm {c.Y1} là {s('prev', 'pu')}; như "
                      f"vậy {c.V.this} {_ud(s, 'delta')} {s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"Đáng lưu ý, {s.U.name} {s.t('delta', 'có sự cải thiện', 'có kết quả giảm')} ({c.Y}: "
                      f"{s('cur', 'u')}; {c.Y1}: {s('prev', 'u')}; {_ud(s, 'delta')} {s('delta', 'u')})."),
        lambda c, s: (f"{s('prev', 'u')} năm {c.Y1} và {s('cur', 'u')} năm {c.Y} là kết quả của {s.U.name}; chênh "
                      f"lệch {s('delta')}{c.dp} theo hướng {_ud(s, 'delta')}."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name} {s.t('delta', 'vươn lên', 'tụt xuống')} {s('cur', 'u')}, {_ud(s, 'delta')} "
                      f"{s('delta')}{c.dp} so với cùng kỳ ({s('prev', 'u')})."),
        lambda c, s: (f"{s.U.name} {s.t('delta', 'tiến bộ', 'sụt giảm')} bao nhiêu? Từ {s('prev', 'u')} năm {c.Y1}, "
                      f"{c.V.this} đạt {s('cur', 'u')} năm nay, {_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"Điểm của {s.U.name} năm nay là {s('cur', 'u')} ({s('delta', '+')}{c.dp} so với năm {c.Y1} – "
                      f"{s('prev', 'u')})."),
        lambda c, s: (f"Một gương mặt đáng chú ý là {s.U.name}: năm {c.Y1} "
                      f"{s.t('delta', 'mới đạt', 'còn đạt')} {s('prev', 'u')}, năm nay "
                      f"{s.t('delta', 'đã lên', 'chỉ còn')} {s('cur', 'u')}, {_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"{s.U.name} {_soft(s, 'delta')} {s('delta', 'u')}, hiện ở mức {s('cur', 'u')}.",
                      f"Năm ngoái, {s.U.name} có {s('prev', 'u')}."),
        lambda c, s: (f"Chỉ số của {s.U.name}: {s('cur', 'pu')} (năm {c.Y}) so với {s('prev', 'pu')} (năm {c.Y1}), "
                      f"{_ud(s, 'delta')} {s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"Tại {s.U.name}, kết quả năm nay là {s('cur', 'u')}; con số năm trước là {s('prev', 'u')}; "
                      f"mức {_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"So với năm liền kề, {s.U.name} {_ud(s, 'delta')} {s('delta')}{c.dp}: {s('prev', 'u')} → "
                      f"{s('cur', 'u')}."),
        lambda c, s: (f"Mức {_ud(s, 'delta')} {s('delta', 'u')} đưa {s.U.name} từ {s('prev', 'u')} "
                      f"{s.t('delta', 'lên', 'xuống')} {s('cur', 'u')}."),
        lambda c, s: (f"Với {s('prev', 'u')} năm {c.Y1} và {s('cur', 'u')} năm {c.Y}, {s.U.name} là {c.V.one} "
                      f"{_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"{s.U.name} ghi nhận {s('cur', 'u')}, trong khi năm ngoái là {s('prev', 'u')}, tức "
                      f"{_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"{s.U.name}: {s('cur', 'u')}, {s('delta', '+')}{c.dp} so với năm {c.Y1} ({s('prev', 'u')})."),
    ],
}

# ---------------------------------------------------------------- highest / lowest

HIGHEST = {
    "official": [
        lambda c, s: f"Dẫn đầu {c.V.coll} năm {c.Y} là {s.T.name} với Chỉ số CCHC đạt {s('top', 'u')}.",
        lambda c, s: f"{s.T.name} đạt {s('top', 'u')}, xếp thứ nhất.",
        lambda c, s: f"Về vị trí cao nhất: {s.T.name} ({s('top', 'u')}).",
        lambda c, s: f"Năm {c.Y}, {s.T.name} đứng vị trí số một với {s('top', 'u')}.",
        lambda c, s: f"Xếp hạng cao nhất là {s.T.name}, Chỉ số CCHC đạt {s('top', 'pu')}.",
        lambda c, s: f"Trong số {c.V.coll}, {c.V.one} có điểm số cao nhất là {s.T.name} ({s('top', 'u')}).",
        lambda c, s: f"Theo bảng tổng hợp, {s.T.name} đứng đầu với tổng điểm {s('top', 'u')}.",
        lambda c, s: f"- {_cap(c.V.one)} dẫn đầu: {s.T.name}, đạt {s('top', 'u')}.",
        lambda c, s: f"Với {s('top', 'u')}, {s.T.name} là {c.V.one} có Chỉ số CCHC năm {c.Y} cao nhất {c.V.where}.",
        lambda c, s: f"{s.T.name} xếp vị trí thứ nhất ({s('top', 'u')}).",
        lambda c, s: f"Điểm số cao nhất ({s('top', 'u')}) là của {s.T.name}.",
        lambda c, s: f"Đứng ở vị trí thứ nhất trong bảng xếp hạng năm {c.Y}: {s.T.name}, {s('top', 'u')}.",
    ],
    "press": [
        lambda c, s: f"Ngôi vị số một thuộc về {s.T.name} ({s('top', 'u')}).",
        lambda c, s: f"Ai dẫn đầu {_idx(c)} {c.Y}? Câu trả lời là {s.T.name} với {s('top', 'u')}.",
        lambda c, s: f"{s.T.name} đứng đầu bảng xếp hạng với {s('top', 'u')}.",
        lambda c, s: f"Với số điểm {s('top', 'u')}, {s.T.name} vượt qua tất cả {c.V.coll_s} khác để đứng đầu.",
        lambda c, s: f"Đứng trên cùng bảng điểm là {s.T.name} ({s('top', 'pu')}).",
        lambda c, s: f"{s.T.name} – {s('top', 'u')} – là {c.V.one} có điểm cao nhất năm nay.",
        lambda c, s: f"Dẫn đầu {c.V.where} là {s.T.name}, {s('top', 'u')}.",
        lambda c, s: f"Tốp đầu năm nay do {s.T.name} dẫn dắt với {s('top', 'u')}.",
        lambda c, s: f"Năm nay, vị trí số một thuộc về {s.T.name} với {s('top', 'u')}.",
        lambda c, s: f"{s.T.name} đạt {s('top', 'u')} và đứng thứ nhất.",
        lambda c, s: f"Xếp thứ nhất: {s.T.name} ({s('top', 'u')}).",
        lambda c, s: f"Ở nhóm dẫn đầu, {s.T.name} có điểm cao nhất, đạt {s('top', 'u')}.",
    ],
}

LOWEST = {
    "official": [
        lambda c, s: f"Đứng cuối {c.V.coll} năm {c.Y} là {s.B.name}, Chỉ số CCHC đạt {s('bot', 'u')}.",
        lambda c, s: f"{s.B.name} đạt {s('bot', 'u')}, xếp cuối.",
        lambda c, s: f"Về vị trí thấp nhất: {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: f"Năm {c.Y}, {s.B.name} đứng vị trí cuối cùng với {s('bot', 'u')}.",
        lambda c, s: f"Xếp hạng thấp nhất là {s.B.name}, Chỉ số CCHC đạt {s('bot', 'pu')}.",
        lambda c, s: f"Trong số {c.V.coll}, {c.V.one} có điểm số thấp nhất là {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: f"Theo bảng tổng hợp, {s.B.name} đứng cuối với tổng điểm {s('bot', 'u')}.",
        lambda c, s: f"{s.B.name} có kết quả thấp nhất {c.V.where}, chỉ đạt {s('bot', 'u')}.",
        lambda c, s: f"Với {s('bot', 'u')}, {s.B.name} là {c.V.one} có Chỉ số CCHC năm {c.Y} thấp nhất.",
        lambda c, s: f"Điểm số thấp nhất ({s('bot', 'u')}) thuộc về {s.B.name}.",
        lambda c, s: (f"{s.B.name} xếp cuối bảng ({s('bot', 'u')}), cần tập trung khắc phục hạn chế trong năm "
                      f"tới."),
        lambda c, s: f"Ở vị trí cuối cùng của bảng xếp hạng năm {c.Y}: {s.B.name}, {s('bot', 'u')}.",
    ],
    "press": [
        lambda c, s: f"Đội sổ năm nay là {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: f"Ai đứng cuối? Đó là {s.B.name} với {s('bot', 'u')}.",
        lambda c, s: f"{s.B.name} đứng cuối bảng xếp hạng với {s('bot', 'u')}.",
        lambda c, s: f"Với số điểm {s('bot', 'u')}, {s.B.name} xếp sau tất cả {c.V.coll_s} khác.",
        lambda c, s: f"Cuối bảng điểm là {s.B.name} ({s('bot', 'pu')}).",
        lambda c, s: f"{s.B.name} – {s('bot', 'u')} – là {c.V.one} có điểm thấp nhất năm nay.",
        lambda c, s: f"Xếp cuối {c.V.where} là {s.B.name}, {s('bot', 'u')}.",
        lambda c, s: f"Nhóm cuối bảng có {s.B.name} với điểm số thấp nhất, {s('bot', 'u')}.",
        lambda c, s: f"Năm nay, vị trí chót bảng thuộc về {s.B.name} với {s('bot', 'u')}.",
        lambda c, s: f"{s.B.name} chỉ đạt {s('bot', 'u')} và đứng cuối cùng.",
        lambda c, s: f"Xếp cuối: {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: f"“Đèn đỏ” cho {s.B.name}: {s('bot', 'u')}, thấp nhất bảng xếp hạng.",
    ],
}

# ---------------------------------------------------------------- gap between first and last

GAP = {
    "official": [
        lambda c, s: (f"Khoảng cách giữa {c.V.one} cao nhất ({s.T.name}) và thấp nhất ({s.B.name}) là "
                      f"{s('gap')}{c.dp}."),
        lambda c, s: (f"Chênh lệch điểm số giữa {s.T.name} và {s.B.name} – {c.V.cn} đứng đầu và {c.V.cn} đứng cuối "
                      f"bảng – là {s('gap', 'u')}."),
        lambda c, s: f"{s.T.name} (cao nhất) và {s.B.name} (thấp nhất) cách nhau {s('gap')}{c.dp}.",
        lambda c, s: f"Giữa vị trí thứ nhất và vị trí cuối cùng có khoảng cách {s('gap', 'u')}.",
        lambda c, s: (f"Biên độ chênh lệch Chỉ số CCHC năm {c.Y} (từ {s.B.name} đến {s.T.name}) là "
                      f"{s('gap', 'u')}."),
        lambda c, s: f"Điểm của {c.V.one} đứng đầu cao hơn {c.V.one} đứng cuối {s('gap')}{c.dp}.",
        lambda c, s: f"So với {s.B.name}, {s.T.name} có kết quả cao hơn {s('gap', 'u')}.",
        lambda c, s: f"Khoảng cách điểm số giữa đầu bảng và cuối bảng năm {c.Y}: {s('gap', 'pu')}.",
        lambda c, s: (f"Kết quả giữa {c.V.coll_s} còn chênh lệch: {c.V.one} cao nhất hơn {c.V.one} thấp nhất tới "
                      f"{s('gap')}{c.dp}."),
        lambda c, s: f"Mức chênh giữa {s.T.name} và {s.B.name} là {s('gap', 'u')}.",
        lambda c, s: (f"Theo bảng tổng hợp, hiệu số giữa điểm cao nhất ({s.T.name}) và điểm thấp nhất "
                      f"({s.B.name}) bằng {s('gap', 'u')}."),
        lambda c, s: f"Thứ ba, về độ phân tán: {s.T.name} và {s.B.name} chênh nhau {s('gap')}{c.dp}.",
    ],
    "press": [
        lambda c, s: f"Khoảng cách giữa “đầu bảng” {s.T.name} và “cuối bảng” {s.B.name} là {s('gap', 'u')}.",
        lambda c, s: f"Đầu bảng và cuối bảng cách nhau bao xa? Câu trả lời: {s('gap', 'u')}.",
        lambda c, s: f"{s.T.name} bỏ xa {s.B.name} tới {s('gap')}{c.dp}.",
        lambda c, s: f"Chênh lệch giữa {c.V.one} đứng đầu và {c.V.one} đứng cuối là {s('gap', 'u')}.",
        lambda c, s: f"Từ {s.T.name} đến {s.B.name}, điểm số trải dài trên một khoảng {s('gap', 'u')}.",
        lambda c, s: f"{s('gap', 'u')} – khoảng cách giữa {s.T.name} và {s.B.name}.",
        lambda c, s: f"Cách biệt đầu – cuối bảng năm nay là {s('gap', 'pu')}.",
        lambda c, s: f"Giữa {s.T.name} và {s.B.name} là khoảng cách {s('gap')}{c.dp}.",
        lambda c, s: f"Điểm của {s.T.name} cao hơn {s.B.name} tới {s('gap', 'u')}.",
        lambda c, s: (f"Nếu so {c.V.one} cao nhất với {c.V.one} thấp nhất, chênh lệch lên tới "
                      f"{s('gap')}{c.dp}."),
        lambda c, s: f"Khoảng cách giữa nhóm đầu và nhóm cuối còn lớn: {s.T.name} hơn {s.B.name} {s('gap', 'u')}.",
        lambda c, s: f"Điểm số cao nhất và thấp nhất năm nay lệch nhau {s('gap', 'u')}.",
    ],
}

# ---------------------------------------------------------------- two units compared


def _cm_o10(c, s):
    return (f"So sánh {s.A.name} và {s.B.name}:\n- {s.A.name}: {s('a', 'u')};\n- {s.B.name}: {s('b', 'u')};\n"
            f"- Chênh lệch: {s('diff', 'u')}.")


COMPARISON = {
    "official": [
        lambda c, s: (f"{s.A.name} đạt {s('a', 'u')}, {s.B.name} đạt {s('b', 'u')}; mức chênh lệch tương ứng là "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: f"So với {s.B.name} ({s('b', 'u')}), {s.A.name} ({s('a', 'u')}) cao hơn {s('diff', 'u')}.",
        lambda c, s: (f"Kết quả của {s.A.name} là {s('a', 'u')}, cao hơn {s.B.name} ({s('b', 'u')}) là "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: (f"Giữa {s.A.name} và {s.B.name} có khoảng cách {s('diff', 'u')} ({s('a', 'u')} so với "
                      f"{s('b', 'u')})."),
        lambda c, s: f"Với {s('a', 'u')}, {s.A.name} vượt {s.B.name} – {s('b', 'u')} – {s('diff')}{c.dp}.",
        lambda c, s: f"{s.B.name} đạt {s('b', 'u')}, thấp hơn {s.A.name} ({s('a', 'u')}) {s('diff', 'u')}.",
        lambda c, s: (f"Theo bảng tổng hợp, {s.A.name} ({s('a', 'pu')}) và {s.B.name} ({s('b', 'pu')}) chênh nhau "
                      f"{s('diff', 'p')}{c.dp}."),
        lambda c, s: (f"Chỉ số CCHC của {s.A.name} và {s.B.name} lần lượt là {s('a', 'u')} và {s('b', 'u')}, cách "
                      f"nhau {s('diff')}{c.dp}."),
        lambda c, s: f"{s.A.name} cao hơn {s.B.name} {s('diff', 'u')}: {s('a', 'u')} so với {s('b', 'u')}.",
        _cm_o10,
        lambda c, s: (f"Điểm số {s('a', 'u')} của {s.A.name} hơn điểm số {s('b', 'u')} của {s.B.name} đúng "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: (f"Nếu đặt cạnh nhau, {s.A.name} ({s('a', 'u')}) và {s.B.name} ({s('b', 'u')}) chênh lệch "
                      f"{s('diff', 'u')}."),
    ],
    "press": [
        lambda c, s: f"{s.A.name} hơn {s.B.name} {s('diff', 'u')} ({s('a', 'u')} so với {s('b', 'u')}).",
        lambda c, s: (f"Câu chuyện giữa {s.A.name} và {s.B.name}: {s('a', 'u')} và {s('b', 'u')}, cách biệt "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: f"{s.B.name} chỉ đạt {s('b', 'u')}, kém {s.A.name} ({s('a', 'u')}) tới {s('diff')}{c.dp}.",
        lambda c, s: (f"Cùng được xếp hạng, nhưng {s.A.name} ({s('a', 'u')}) và {s.B.name} ({s('b', 'u')}) cách "
                      f"nhau {s('diff', 'u')}."),
        lambda c, s: (f"Với {s('a', 'u')}, {s.A.name} bỏ lại {s.B.name} ({s('b', 'u')}) phía sau "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: f"{s('diff', 'u')} là khoảng cách giữa {s.A.name} ({s('a', 'u')}) và {s.B.name} ({s('b', 'u')}).",
        lambda c, s: f"{s.A.name}: {s('a', 'u')}. {s.B.name}: {s('b', 'u')}. Chênh lệch: {s('diff', 'u')}.",
        lambda c, s: (f"Điểm của {s.A.name} cao hơn {s.B.name} {s('diff')}{c.dp}; điểm số của từng {c.V.cn} lần "
                      f"lượt là {s('a', 'u')} và {s('b', 'u')}."),
        lambda c, s: (f"So với {s.B.name} ({s('b', 'pu')}), {s.A.name} cao hơn {s('diff', 'p')}{c.dp} với "
                      f"{s('a', 'pu')}."),
        lambda c, s: (f"{s.A.name} đạt {s('a', 'u')}; trong khi đó, {s.B.name} chỉ có {s('b', 'u')}, thấp hơn "
                      f"{s('diff', 'u')}."),
        lambda c, s: f"Khoảng cách {s('diff')}{c.dp} tách {s.A.name} ({s('a', 'u')}) khỏi {s.B.name} ({s('b', 'u')}).",
        lambda c, s: (f"Còn {s.B.name} ({s('b', 'u')}) thì sao? {_cap(c.V.this)} kém {s.A.name} ({s('a', 'u')}) "
                      f"{s('diff', 'u')}."),
    ],
}

# ---------------------------------------------------------------- counts per band


def _bc_o1(c, s):
    return ("Về xếp loại: " + "; ".join(f"{b.grp} ({b.span}): {s(r, 'z')} {c.V.cn}" for b, r in s.bands)
            + _empty(c, s) + ".")


def _bc_o2(c, s):
    return (f"Tổng số {s('total')} {c.V.cn} được phân bố như sau: "
            + _enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands], ", ") + ".")


def _bc_o3(c, s):
    lines = [f"- {b.Grp}: {s(r)} {c.V.cn}" for b, r in s.bands]
    return "Kết quả phân loại:\n" + ";\n".join(lines) + "."


def _bc_o4(c, s):
    return ("Căn cứ mức điểm đạt được, " + _enum([f"{s(r, 'v')} {c.V.cn} {b.inb}" for b, r in s.bands])
            + _empty(c, s) + ".")


def _bc_o5(c, s):
    return (f"Theo bảng tổng hợp, cột “Số {c.V.cn}” ghi: " + "; ".join(f"{b.title} – {s(r)}" for b, r in s.bands)
            + f"; cộng {s('total')}.")


def _bc_o6(c, s):
    return ("Kết quả chia thành các mức: "
            + "; ".join(f"{o}, {b.grp} gồm {s(r)} {c.V.cn}" for o, (b, r) in zip(_ORDINALS, s.bands)) + ".")


def _bc_o7(c, s):
    items = [f"{s(r)} {b.inb}" for b, r in s.bands]  # a world always has units in two bands or more
    return (f"Về cơ cấu xếp loại, trong số {s('total')} {c.V.cn} có " + "; ".join(items[:-1])
            + f"; còn lại {items[-1]}.")


def _bc_o8(c, s):
    ordered = _by_size(s)
    if not _distinct(s):
        return "Phân theo mức xếp loại: " + "; ".join(f"{b.grp} {s(r)} {c.V.cn}" for b, r in s.bands) + "."
    (b0, r0), rest = ordered[0], ordered[1:]
    return (f"Đông nhất là {b0.grp} với {s(r0)} {c.V.cn}, tiếp theo là "
            + _enum([f"{b.grp} ({s(r)})" for b, r in rest]) + ".")


def _bc_o9(c, s):
    return f"Số {c.V.cn} theo từng mức điểm: " + ", ".join(f"{b.span} – {s(r)}" for b, r in s.bands) + "."


def _bc_o10(c, s):
    return ((f"Năm {c.Y}, " + _enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands]) + "."),
            f"Tổng số {c.V.cn} được xếp loại: {s('total')}.")


def _bc_o11(c, s):
    return ("Bảng phân loại cho thấy: " + ", ".join(f"{b.title} {s(r, 'z')}" for b, r in s.bands)
            + f" (tổng {s('total')} {c.V.cn}).")


def _bc_o12(c, s):
    return _cap(_enum([f"{s(r)} {c.V.cn} được xếp vào {b.grp}" for b, r in s.bands], "; ")) + _empty(c, s) + "."


def _bc_p1(c, s):
    return f"Bức tranh phân loại năm {c.Y}: " + ", ".join(f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands) + "."


def _bc_p2(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    return (f"Bao nhiêu {c.V.cn} {b0.inb}? Câu trả lời là {s(r0)}; "
            + _enum([f"{b.grp} có {s(r)}" for b, r in rest]) + ".")


def _bc_p3(c, s):
    return ("Nhìn vào bảng xếp hạng, dễ thấy " + _enum([f"{b.grp} có {s(r)} {c.V.cn}" for b, r in s.bands])
            + _empty(c, s) + ".")


def _bc_p4(c, s):
    ordered = _by_size(s)
    if not _distinct(s):
        return "Số lượng theo nhóm: " + ", ".join(f"{b.grp} {s(r)}" for b, r in s.bands) + "."
    (b0, r0), rest = ordered[0], ordered[1:]
    return (f"Có tới {s(r0)} {c.V.cn} {b0.inb} – đông nhất; phần còn lại chia cho "
            + _enum([f"{b.grp} ({s(r)})" for b, r in rest]) + ".")


def _bc_p5(c, s):
    return "Phân loại năm nay:\n" + "\n".join(f"• {b.Grp}: {s(r)} {c.V.cn}" for b, r in s.bands)


def _bc_p6(c, s):
    return f"Trong {s('total')} {c.V.cn}: " + "; ".join(f"{s(r, 'v')} {b.inb}" for b, r in s.bands) + "."


def _bc_p7(c, s):
    return " ".join(f"{b.Grp}: {s(r)} {c.V.cn}." for b, r in s.bands)


def _bc_p8(c, s):
    return "Kết quả phân nhóm: " + _enum([f"{b.grp} – {s(r)}" for b, r in s.bands]) + _empty(c, s) + "."


def _bc_p9(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    return (f"Phân theo nhóm điểm, {c.V.cn} {b0.inb} có {s(r0)}"
            + "".join(f", {b.inb} {s(r)}" for b, r in rest) + ".")


def _bc_p10(c, s):
    return ("Xét theo mức xếp loại, " + _enum([f"{b.grp} ghi nhận {s(r)} {c.V.cn}" for b, r in s.bands], "; ")
            + ".")


def _bc_p11(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    return f"Nếu {b0.grp} có {s(r0)} {c.V.cn} thì " + _enum([f"{b.grp} có {s(r)}" for b, r in rest]) + "."


def _bc_p12(c, s):
    return "Kết quả: " + " – ".join(f"{b.title} {s(r)}" for b, r in s.bands) + f" (trên tổng số {s('total')})."


BAND_COUNTS = {
    "official": [_bc_o1, _bc_o2, _bc_o3, _bc_o4, _bc_o5, _bc_o6, _bc_o7, _bc_o8, _bc_o9, _bc_o10, _bc_o11, _bc_o12],
    "press": [_bc_p1, _bc_p2, _bc_p3, _bc_p4, _bc_p5, _bc_p6, _bc_p7, _bc_p8, _bc_p9, _bc_p10, _bc_p11, _bc_p12],
}

# ---------------------------------------------------------------- a band's count with its member list


def _bm_o4(c, s):
    lines = [f"- {n}" for n in _names(c, s)]
    return (f"Danh sách {c.V.cn} {s.b.inb} ({s('count')} {c.V.cn}):\n" + ";\n".join(lines) + ".")


def _bm_p5(c, s):
    return f"{s.b.Grp} ({s('count')}):\n" + "\n".join(f"• {n}" for n in _names(c, s))


BAND_MEMBERS = {
    "official": [
        lambda c, s: f"{s.b.Grp} ({s.b.span}): {s('count', 'z')} {c.V.cn}, cụ thể là {s.ml()}.",
        lambda c, s: f"Các {c.V.cn} {s.b.inb} gồm {s.ml()} (tổng số: {s('count')}).",
        lambda c, s: f"Có {s('count', 'v')} {c.V.cn} {s.b.inb} năm {c.Y}, đó là: {s.ml()}.",
        _bm_o4,
        lambda c, s: f"Thuộc {s.b.grp} năm {c.Y} có {s.ml()}, tổng cộng {s('count', 'z')} {c.V.cn}.",
        lambda c, s: f"Số {c.V.cn} đạt {s.b.span}: {s('count')} ({s.ml('semi')}).",
        lambda c, s: f"Về {s.b.grp}, gồm {s('count')} {c.V.cn} sau: {s.ml()}.",
        lambda c, s: f"Theo bảng tổng hợp, {s.b.grp} có tên {s.ml()}; số lượng: {s('count', 'z')}.",
        lambda c, s: f"{s('count', 'W')} {c.V.cn} {s.b.inb} trong năm {c.Y} là {s.ml()}.",
        lambda c, s: f"Những {c.V.cn} đạt {s.b.span} ({s.b.grp}), gồm {s('count')} {c.V.cn}: {s.ml()}.",
        lambda c, s: f"Có {s('count')} {c.V.cn} được xếp vào {s.b.grp}, cụ thể: {s.ml('mixed')}.",
        lambda c, s: f"{s.b.Grp} gồm {s.ml()}; như vậy, số {c.V.cn} ở mức này là {s('count')}.",
    ],
    "press": [
        lambda c, s: f"Điểm danh {s.b.grp}: {s.ml()} – {s('count')} {c.V.cn}.",
        lambda c, s: f"{s('count')} {c.V.cn} {s.b.inb} năm nay là những ai? Đó là {s.ml()}.",
        lambda c, s: f"Danh sách {s.b.grp} gồm {s('count', 'v')} {c.V.cn}: {s.ml()}.",
        lambda c, s: f"{s.ml()} – {s('count')} {c.V.cn} – đều {s.b.inb}.",
        _bm_p5,
        lambda c, s: f"{s.b.Inb} có {s.ml()}, tổng cộng {s('count')} {c.V.cn}.",
        lambda c, s: f"Năm nay, {s.ml()} là những {c.V.cn} {s.b.inb} ({s('count', 'z')} {c.V.cn}).",
        lambda c, s: f"{s('count')} gương mặt {s.b.inb}: {s.ml('semi_only')}.",
        lambda c, s: f"Ở {s.b.grp} ({s.b.span}), {s('count')} {c.V.cn} có tên là {s.ml()}.",
        lambda c, s: f"{s.b.Grp} năm {c.Y} quy tụ {s('count')} {c.V.cn} – {s.ml()}.",
        lambda c, s: f"Có mặt ở {s.b.grp}: {s.ml()} (tất cả {s('count')} {c.V.cn}).",
        lambda c, s: f"{s.ml('comma')}: {s('count')} {c.V.cn} {s.b.inb} năm {c.Y}.",
    ],
}

# ---------------------------------------------------------------- how many at or above the threshold

THRESHOLD = {
    "official": [
        lambda c, s: f"Số {c.V.cn} có Chỉ số CCHC từ {c.thr} trở lên: {s('thr', 'z')}.",
        lambda c, s: f"Đạt từ {c.thr} trở lên có {s('thr')} {c.V.cn}.",
        lambda c, s: f"Với mốc {c.thr}, số {c.V.cn} vượt qua là {s('thr')}.",
        lambda c, s: f"Có {s('thr', 'v')} {c.V.units} có điểm số cao hơn {c.thr}.",
        lambda c, s: f"Kết quả cho thấy {s('thr')} {c.V.cn} đạt trên {c.thr}.",
        lambda c, s: f"Về số {c.V.cn} đạt trên {c.thr}: {s('thr')} {c.V.cn}.",
        lambda c, s: f"Theo bảng tổng hợp, {s('thr')} {c.V.cn} có tổng điểm không dưới {c.thr}.",
        lambda c, s: (f"{s('thr', 'W')} {c.V.cn} đã đạt mục tiêu Chỉ số CCHC từ {c.thr} trở lên đề ra trong Kế hoạch "
                      f"năm {c.Y}."),
        lambda c, s: f"Số {c.V.cn} đạt Chỉ số CCHC từ {c.thr} trở lên được xác định là {s('thr')}.",
        lambda c, s: f"Trên {c.thr} có {s('thr')} {c.V.cn}.",
        lambda c, s: f"Số lượng {c.V.cn} có kết quả trên mức {c.thr} là {s('thr', 'z')} {c.V.cn}.",
        lambda c, s: f"Những {c.V.cn} đạt trên {c.thr} (tổng cộng {s('thr')} {c.V.cn}) được đề nghị biểu dương.",
    ],
    "press": [
        lambda c, s: f"Mốc {c.thr} đã được {s('thr')} {c.V.cn} chinh phục.",
        lambda c, s: f"Bao nhiêu {c.V.cn} đạt trên {c.thr}? Con số là {s('thr')}.",
        lambda c, s: f"{s('thr')} {c.V.cn} có điểm từ {c.thr} trở lên.",
        lambda c, s: f"Số {c.V.cn} trên {c.thr} năm nay: {s('thr', 'v')}.",
        lambda c, s: f"Ở ngưỡng trên {c.thr}, bảng xếp hạng ghi nhận {s('thr')} {c.V.cn}.",
        lambda c, s: f"Đáng mừng, {s('thr')} {c.V.units} có điểm vượt {c.thr}.",
        lambda c, s: f"Vượt qua ngưỡng {c.thr} là {s('thr')} {c.V.cn}.",
        lambda c, s: f"Trên {c.thr}: {s('thr')} {c.V.cn}.",
        lambda c, s: f"Tính từ {c.thr} trở lên, có {s('thr')} {c.V.cn}.",
        lambda c, s: f"Theo {_org(c)}, {s('thr')} {c.V.cn} đã đạt Chỉ số CCHC trên {c.thr}.",
        lambda c, s: f"Tổng cộng {s('thr')} {c.V.cn} đạt điểm trên {c.thr}.",
        lambda c, s: f"Có đến {s('thr', 'z')} {c.V.cn} nằm trên mức {c.thr}.",
    ],
}

# ---------------------------------------------------------------- N/total above the average

RATIO = {
    "official": [
        lambda c, s: f"Về số {c.V.cn} trên mức trung bình: {s('num', 'z')}/{s('den')}.",
        lambda c, s: (f"Có {s('num')} trong tổng số {s('den')} {c.V.units} đạt Chỉ số CCHC trên giá trị trung "
                      f"bình."),
        lambda c, s: f"Trên giá trị trung bình có {s('num')}/{s('den')} {c.V.cn}.",
        lambda c, s: f"{s('num')} {c.V.cn} (trong số {s('den')}) có điểm số trên trung bình.",
        lambda c, s: (f"Trong số {s('den')} {c.V.cn} được đánh giá, số {c.V.cn} đạt trên mức bình quân là "
                      f"{s('num')}."),
        lambda c, s: f"So với giá trị trung bình, {s('num')}/{s('den')} {c.V.cn} đạt cao hơn.",
        lambda c, s: (f"Theo bảng tổng hợp, {s('num')} trên tổng số {s('den')} {c.V.cn} có điểm cao hơn mức trung "
                      f"bình."),
        lambda c, s: f"{s('num', 'W')} trên {s('den')} {c.V.cn} đạt kết quả trên trung bình cộng.",
        lambda c, s: f"Số {c.V.cn} có Chỉ số CCHC cao hơn mức trung bình chiếm {s('num')}/{s('den')}.",
        lambda c, s: f"Kết quả trên mức trung bình được ghi nhận ở {s('num')}/{s('den')} {c.V.units}.",
        lambda c, s: f"Trong tổng số {s('den')} {c.V.cn}, {s('num')} {c.V.cn} vượt giá trị trung bình.",
        lambda c, s: f"Đạt trên giá trị trung bình: {s('num')}/{s('den')} {c.V.cn}.",
    ],
    "press": [
        lambda c, s: f"{s('num')}/{s('den')} {c.V.cn} “vượt chuẩn” trung bình.",
        lambda c, s: f"Bao nhiêu {c.V.cn} vượt mức trung bình? {s('num')} trên {s('den')}.",
        lambda c, s: f"Có {s('num')} trong {s('den')} {c.V.cn} đạt điểm trên trung bình.",
        lambda c, s: f"Trên mức trung bình có {s('num', 'v')} {c.V.cn} (trong tổng số {s('den')}).",
        lambda c, s: f"{s('num')} {c.V.cn}, trên tổng số {s('den')}, có điểm cao hơn bình quân chung.",
        lambda c, s: f"Tỷ lệ {s('num')}/{s('den')} {c.V.cn} vượt giá trị trung bình cho thấy nỗ lực chung.",
        lambda c, s: f"Số {c.V.cn} vượt trung bình năm nay là {s('num')}/{s('den')}.",
        lambda c, s: f"Vượt qua mức trung bình có {s('num')} {c.V.cn}, trên tổng số {s('den')}.",
        lambda c, s: f"{s('num')} trên {s('den')}: đó là số {c.V.cn} có điểm trên trung bình.",
        lambda c, s: f"Xét theo mức trung bình, {s('num')}/{s('den')} {c.V.cn} ở phía trên.",
        lambda c, s: f"Theo {_org(c)}, {s('num')}/{s('den')} {c.V.cn} có kết quả vượt trung bình.",
        lambda c, s: f"{s('num')} {c.V.cn} (trên tổng số {s('den')}) có điểm cao hơn mức bình quân.",
    ],
}

# ---------------------------------------------------------------- a total and its parts


def _pt_o3(c, s):
    return (f"Đối tượng xác định Chỉ số CCHC năm {c.Y} ({s('total')} {c.V.cn}):\n- {_cap(_n(s, 0))}: "
            f"{s('p0', 'z')};\n- {_cap(_n(s, 1))}: {s('p1', 'z')}.")


def _pt_p5(c, s):
    return (f"Đối tượng xếp hạng:\n• {_cap(_n(s, 0))}: {s('p0')}\n• {_cap(_n(s, 1))}: {s('p1')}\n"
            f"• Tổng cộng: {s('total')} {c.V.cn}")


PARTS = {
    "official": [
        lambda c, s: (f"Đối tượng đánh giá gồm {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}; tổng cộng "
                      f"{s('total')} {c.V.cn}."),
        lambda c, s: (f"{s('total')} {c.V.units} được đánh giá, trong số đó {s('p0')} là {_n(s, 0)}, {s('p1')} là "
                      f"{_n(s, 1)}."),
        _pt_o3,
        lambda c, s: (f"Trong tổng số {s('total')} {c.V.cn} có {s('p0')} {_n(s, 0)}; còn lại {s('p1')} là "
                      f"{_n(s, 1)}."),
        lambda c, s: (f"Ngoài {s('p1')} {_n(s, 1)}, đối tượng đánh giá còn gồm {s('p0')} {_n(s, 0)}; tổng cộng là "
                      f"{s('total')} {c.V.cn}."),
        lambda c, s: (f"Về cơ cấu, {_n(s, 0)} chiếm {s('p0')}/{s('total')} {c.V.cn}, {_n(s, 1)} chiếm "
                      f"{s('p1')}."),
        lambda c, s: (f"Chỉ số CCHC năm {c.Y} được xác định cho {s('p0', 'v')} {_n(s, 0)} cùng {s('p1', 'v')} "
                      f"{_n(s, 1)} ({s('total')} {c.V.cn})."),
        lambda c, s: (f"Theo bảng tổng hợp, số {c.V.cn} được chấm điểm là {s('total')}, chia thành {_n(s, 0)} "
                      f"({s('p0')}) và {_n(s, 1)} ({s('p1')})."),
        lambda c, s: (f"Tổng số {c.V.cn} thuộc diện đánh giá là {s('total')} (bao gồm {s('p0')} {_n(s, 0)}; "
                      f"{s('p1')} {_n(s, 1)})."),
        lambda c, s: f"{_cap(_n(s, 0))}: {s('p0')}; {_n(s, 1)}: {s('p1')}; tổng số: {s('total')} {c.V.cn}.",
        lambda c, s: (f"Kết quả được tổng hợp từ {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}, tức là "
                      f"{s('total')} {c.V.cn}."),
        lambda c, s: (f"Năm {c.Y}, {c.V.ev} đánh giá {s('total')} {c.V.cn}, gồm {_n(s, 0)} ({s('p0')}) và "
                      f"{_n(s, 1)} ({s('p1')})."),
    ],
    "press": [
        lambda c, s: (f"Bảng xếp hạng năm nay có {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)} – tổng cộng "
                      f"{s('total')} {c.V.cn}."),
        lambda c, s: (f"Ai được chấm điểm? {s('total')} {c.V.cn}, trong đó {s('p0')} {_n(s, 0)} và {s('p1')} "
                      f"{_n(s, 1)}."),
        lambda c, s: (f"Với {s('total')} {c.V.cn} được xếp hạng, {_n(s, 0)} là {s('p0')}, còn lại {s('p1')} "
                      f"{_n(s, 1)}."),
        lambda c, s: (f"{s('p0')} {_n(s, 0)} cùng {s('p1')} {_n(s, 1)} làm nên danh sách {s('total')} {c.V.cn} năm "
                      f"nay."),
        _pt_p5,
        lambda c, s: (f"Bảng điểm có {s('total')} dòng: {s('p0')} dành cho {_n(s, 0)}, {s('p1')} cho "
                      f"{_n(s, 1)}."),
        lambda c, s: (f"Năm {c.Y}, {s('p0', 'v')} {_n(s, 0)} và {s('p1', 'v')} {_n(s, 1)} được chấm điểm, tổng "
                      f"cộng {s('total')} {c.V.cn}."),
        lambda c, s: (f"Theo {_org(c)}, {s('total')} {c.V.cn} được đánh giá gồm {_n(s, 0)} ({s('p0')}) và "
                      f"{_n(s, 1)} ({s('p1')})."),
        lambda c, s: f"Tổng số {s('total')} {c.V.cn} bao gồm: {s('p0')} {_n(s, 0)}; {s('p1')} {_n(s, 1)}.",
        lambda c, s: (f"Trong {s('total')} {c.V.cn}, có {s('p1')} {_n(s, 1)}; số còn lại, {s('p0')}, là "
                      f"{_n(s, 0)}."),
        lambda c, s: (f"Đợt đánh giá này bao trùm {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)} ({s('total')} "
                      f"{c.V.cn})."),
        lambda c, s: (f"Con số {s('total')} {c.V.cn} được chấm điểm năm nay gồm {s('p0')} {_n(s, 0)} và "
                      f"{s('p1')} {_n(s, 1)}."),
    ],
}

# ---------------------------------------------------------------- a band's count against last year's


COUNT_CHANGE = {
    "official": [
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} năm {c.Y} là {s('cur')} (năm {c.Y1}: {s('prev')}), {_ud(s, 'chg')} "
                      f"{s('chg')} {c.V.cn}."),
        lambda c, s: (f"So với năm {c.Y1} ({s('prev', 'z')} {c.V.cn}), số {c.V.cn} {s.b.inb} năm {c.Y} "
                      f"{s.t('chg', 'tăng lên', 'giảm xuống')} {s('cur', 'z')}, tức {_ud(s, 'chg')} "
                      f"{s('chg', 'z')}."),
        lambda c, s: (f"{s.b.Grp}: năm {c.Y1} có {s('prev')} {c.V.cn}, năm {c.Y} có {s('cur')} {c.V.cn}; "
                      f"{_ud(s, 'chg')} {s('chg', 'w')} {c.V.cn}."),
        lambda c, s: (f"Năm {c.Y}, {s('cur')} {c.V.cn} {s.b.inb}, {s.t('chg', 'nhiều hơn', 'ít hơn')} năm trước "
                      f"{s('chg')} {c.V.cn}.",
                      f"Số {c.V.cn} {s.b.inb} năm {c.Y1}: {s('prev')}."),
        lambda c, s: (f"Số lượng {c.V.cn} {s.b.inb} {_ud(s, 'chg')} từ {s('prev')} (năm {c.Y1}) "
                      f"{s.t('chg', 'lên', 'xuống còn')} {s('cur')} (năm {c.Y}), tương ứng {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Theo bảng so sánh, cột “{s.b.title}” ghi {s('prev')} {c.V.cn} năm {c.Y1} và {s('cur')} "
                      f"{c.V.cn} năm {c.Y}, chênh lệch {s('chg')} {c.V.cn} theo chiều {_ud(s, 'chg')}."),
        lambda c, s: (f"{s('chg', 'W')} là số {c.V.cn} {s.b.inb} {s.t('chg', 'tăng thêm', 'giảm đi')} so với năm "
                      f"{c.Y1} ({s('prev')} {c.V.cn}); năm {c.Y} có {s('cur')} {c.V.cn}."),
        lambda c, s: (f"Năm {c.Y} ghi nhận {s('cur', 'v')} {c.V.cn} {s.b.inb}, {_ud(s, 'chg')} {s('chg', 'v')} "
                      f"{c.V.cn} so với năm liền kề ({s('prev', 'v')} {c.V.cn})."),
        lambda c, s: (f"{s.b.Inb}, số {c.V.cn} đã {_ud(s, 'chg')} {s('chg')} so với năm {c.Y1}: từ {s('prev')} "
                      f"{s.t('chg', 'lên', 'xuống còn')} {s('cur')} {c.V.cn}."),
        lambda c, s: (f"Về {s.b.grp}, có {s('cur', 'z')} {c.V.cn} (năm {c.Y1}: {s('prev', 'z')} {c.V.cn}), "
                      f"{_ud(s, 'chg')} {s('chg', 'z')} {c.V.cn}."),
        lambda c, s: (f"So với cùng kỳ, {c.V.cn} {s.b.inb} {_ud(s, 'chg')} {s('chg')}, hiện là {s('cur')} (cùng "
                      f"kỳ: {s('prev')})."),
        lambda c, s: (f"Năm {c.Y1} có {s('prev')} {c.V.cn} {s.b.inb}; sang năm {c.Y}, con số này là {s('cur')}, "
                      f"{s.t('chg', 'nhiều hơn', 'ít hơn')} {s('chg')} {c.V.cn}."),
    ],
    "press": [
        lambda c, s: (f"{s.b.Grp} năm nay có {s('cur')} {c.V.cn}, {_ud(s, 'chg')} {s('chg')} so với năm ngoái "
                      f"({s('prev')})."),
        lambda c, s: (f"{s.b.Grp} năm nay thay đổi thế nào? Từ {s('prev')} {c.V.cn} năm {c.Y1}, con số này "
                      f"{s.t('chg', 'tăng lên', 'giảm xuống')} {s('cur')}, tức {_ud(s, 'chg')} {s('chg')}."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} {_ud(s, 'chg')} {s('chg', 'w')}: {s('prev')} → {s('cur')}."),
        lambda c, s: (f"Năm ngoái {s('prev')}, năm nay {s('cur')}: {s.b.grp} "
                      f"{s.t('chg', 'có thêm', 'bớt đi')} {s('chg')} {c.V.cn}."),
        lambda c, s: (f"{s.b.Grp} {s.t('chg', 'có thêm', 'mất đi')} {s('chg')} {c.V.cn} so với năm {c.Y1}, hiện có "
                      f"{s('cur')}.",
                      f"Năm {c.Y1}, {s.b.grp} có {s('prev')} {c.V.cn}."),
        lambda c, s: (f"{s('cur')} {c.V.cn} {s.b.inb} năm nay, {_ud(s, 'chg')} {s('chg')} so với {s('prev')} của "
                      f"năm {c.Y1}."),
        lambda c, s: (f"Từ {s('prev', 'v')} {s.t('chg', 'lên', 'xuống')} {s('cur', 'v')} – số {c.V.cn} {s.b.inb} "
                      f"{_ud(s, 'chg')} {s('chg', 'v')}."),
        lambda c, s: (f"Đáng chú ý, {s.b.grp} năm nay {s.t('chg', 'đón thêm', 'vắng đi')} {s('chg')} {c.V.cn}: "
                      f"{s('cur')} so với {s('prev')} năm trước."),
        lambda c, s: (f"Nếu năm {c.Y1} {s.b.grp} có {s('prev')} {c.V.cn} thì năm nay là {s('cur')}, "
                      f"{_ud(s, 'chg')} {s('chg')}."),
        lambda c, s: (f"{s.b.Grp}: {s('cur')} {c.V.cn} ({_ud(s, 'chg')} {s('chg')}; năm trước: {s('prev')})."),
        lambda c, s: (f"So với cùng kỳ năm trước ({s('prev')} {c.V.cn}), số {c.V.cn} {s.b.inb} năm nay "
                      f"{_ud(s, 'chg')} {s('chg')}, {s.t('chg', 'lên', 'còn')} {s('cur')}."),
        lambda c, s: (f"{s.t('chg', 'Thêm', 'Bớt')} {s('chg')} {c.V.cn} so với năm {c.Y1}: {s.b.grp} năm nay có "
                      f"{s('cur')}, năm trước {s('prev')}."),
    ],
}

# ---------------------------------------------------------------- a unit's rank against last year's


def _up(s) -> str:
    """lên for a better rank (a smaller number), xuống for a worse one."""
    return s.t("move", "lên", "xuống")


RANK = {
    "official": [
        lambda c, s: (f"{s.U.name} xếp thứ {s('r')}/{s('den')}, {_ud(s, 'move')} {s('move')} bậc so với năm {c.Y1} "
                      f"(xếp thứ {s('pr')})."),
        lambda c, s: (f"Về thứ hạng, {s.U.name} từ vị trí {s('pr')} năm {c.Y1} "
                      f"{s.t('move', 'vươn lên', 'tụt xuống')} vị trí {s('r')}/{s('den')} năm {c.Y} "
                      f"({_ud(s, 'move')} {s('move', 'w')} bậc)."),
        lambda c, s: (f"Năm {c.Y}, trong tổng số {s('den')} {c.V.cn}, {s.U.name} đứng thứ {s('r')}; năm {c.Y1} "
                      f"đứng thứ {s('pr')}; như vậy {_ud(s, 'move')} {s('move', 'z')} bậc."),
        lambda c, s: (f"{s.U.name} xếp hạng {s('r')} trên tổng số {s('den')} {c.V.cn}, {_ud(s, 'move')} "
                      f"{s('move')} bậc.",
                      f"Năm {c.Y1}, {s.U.name} xếp hạng {s('pr')}."),
        lambda c, s: (f"Thứ hạng của {s.U.name} {s.t('move', 'được cải thiện', 'bị giảm')} {s('move')} bậc: từ "
                      f"{s('pr')} {_up(s)} {s('r')}/{s('den')}."),
        lambda c, s: (f"Theo bảng xếp hạng, {s.U.name} ở vị trí {s('r')}/{s('den')} (năm {c.Y1}: {s('pr')}), "
                      f"{_ud(s, 'move')} {s('move')} hạng."),
        lambda c, s: (f"So với năm liền kề, {s.U.name} {_ud(s, 'move')} {s('move', 'v')} bậc (từ thứ {s('pr', 'v')} "
                      f"{_up(s)} thứ {s('r', 'v')} trong {s('den')} {c.V.cn})."),
        lambda c, s: (f"{s.U.name} – thứ hạng năm {c.Y}: {s('r')}/{s('den')}, năm {c.Y1}: {s('pr')}, {_ud(s, 'move')} "
                      f"{s('move')} bậc."),
        lambda c, s: (f"{s.t('move', 'Tăng', 'Giảm')} {s('move')} bậc so với năm trước, {s.U.name} hiện xếp thứ "
                      f"{s('r')}/{s('den')} (năm {c.Y1} xếp thứ {s('pr')})."),
        lambda c, s: (f"Vị trí của {s.U.name} trong bảng xếp hạng {s('den')} {c.V.cn} là {s('r')}, "
                      f"{s.t('move', 'cao hơn', 'thấp hơn')} {s('move')} bậc so với năm {c.Y1} (hạng {s('pr')})."),
        lambda c, s: (f"Đáng chú ý, {s.U.name} đã {s.t('move', 'vươn lên', 'tụt xuống')} {s('move')} bậc, từ hạng "
                      f"{s('pr')} {_up(s)} hạng {s('r')}/{s('den')}."),
        lambda c, s: (f"Thứ nhất, {s.U.name}: hạng {s('r')}/{s('den')} ({_ud(s, 'move')} {s('move')} bậc; năm "
                      f"{c.Y1}: hạng {s('pr')})."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name} {_ud(s, 'move')} {s('move')} bậc, {_up(s)} vị trí {s('r')}/{s('den')} (năm "
                      f"{c.Y1}: {s('pr')})."),
        lambda c, s: (f"{s.U.name} {s.t('move', 'tiến', 'lùi')} bao nhiêu bậc? Từ hạng {s('pr')} năm {c.Y1}, "
                      f"{c.V.this} {s.t('move', 'vươn lên', 'tụt xuống')} hạng {s('r')}/{s('den')}, tức "
                      f"{s('move')} bậc."),
        lambda c, s: (f"Cú {s.t('move', 'bứt phá', 'trượt dốc')} của {s.U.name}: {_ud(s, 'move')} {s('move')} bậc, "
                      f"từ {s('pr')} {_up(s)} {s('r')} trên {s('den')} {c.V.cn}."),
        lambda c, s: (f"{s.U.name} năm nay đứng thứ {s('r')}/{s('den')}, {s.t('move', 'tăng', 'tụt')} "
                      f"{s('move', 'w')} bậc so với vị trí thứ {s('pr')} của năm ngoái."),
        lambda c, s: (f"{s.U.name} {s.t('move', 'vươn lên', 'tụt xuống')} hạng {s('r')}/{s('den')} "
                      f"({_ud(s, 'move')} {s('move')} bậc).",
                      f"Năm ngoái, {s.U.name} xếp hạng {s('pr')}."),
        lambda c, s: (f"Từ hạng {s('pr')} {_up(s)} hạng {s('r')} – {s.U.name} {_ud(s, 'move')} {s('move')} bậc "
                      f"trong bảng xếp hạng {s('den')} {c.V.cn}."),
        lambda c, s: (f"{s('move')} bậc là mức {_ud(s, 'move')} thứ hạng của {s.U.name} (từ {s('pr')} {_up(s)} "
                      f"{s('r')}/{s('den')})."),
        lambda c, s: (f"Xếp thứ {s('r')} trong {s('den')} {c.V.cn}, {s.U.name} {_ud(s, 'move')} {s('move')} bậc; "
                      f"năm {c.Y1} {c.V.this} đứng thứ {s('pr')}."),
        lambda c, s: (f"Năm {c.Y1} đứng thứ {s('pr')}, năm nay {s.U.name} "
                      f"{s.t('move', 'vươn lên', 'tụt xuống')} thứ {s('r')}/{s('den')}, {_ud(s, 'move')} "
                      f"{s('move')} bậc."),
        lambda c, s: (f"{s.U.name}: hạng {s('r')}/{s('den')} ({s.t('move', '↑', '↓')} {s('move')} bậc so với hạng "
                      f"{s('pr')} năm ngoái)."),
        lambda c, s: (f"Với thứ hạng {s('r')}/{s('den')}, {s.U.name} "
                      f"{s.t('move', 'đã cải thiện', 'đã để tụt')} {s('move', 'v')} bậc so với năm {c.Y1}, khi xếp "
                      f"thứ {s('pr', 'v')}."),
        lambda c, s: (f"Theo bảng xếp hạng năm {c.Y}, {s.U.name} {_ud(s, 'move')} {s('move')} hạng, từ {s('pr')} "
                      f"{_up(s)} {s('r')}/{s('den')}."),
    ],
}

# ---------------------------------------------------------------- how many rose and how many fell


def _ud_o3(c, s):
    return (f"Biến động Chỉ số CCHC so với năm {c.Y1}:\n- Tăng: {s('up', 'z')} {c.V.cn};\n- Giảm: "
            f"{s('down', 'z')} {c.V.cn}.")


def _ud_o11(c, s):
    return (f"Thứ tư, so với năm liền kề, số {c.V.cn} tăng điểm ({s('up')}) {_more(s, 'up', 'down')} số {c.V.cn} "
            f"giảm điểm ({s('down')}).")


def _ud_p7(c, s):
    return f"So với năm {c.Y1}:\n• {s('up')} {c.V.cn} tăng điểm\n• {s('down')} {c.V.cn} giảm điểm"


UP_DOWN = {
    "official": [
        lambda c, s: f"So với năm {c.Y1}, có {s('up')} {c.V.cn} tăng điểm và {s('down')} {c.V.cn} giảm điểm.",
        lambda c, s: (f"Số {c.V.cn} có Chỉ số CCHC tăng so với năm liền kề là {s('up')}; số {c.V.cn} giảm là "
                      f"{s('down')}."),
        _ud_o3,
        lambda c, s: (f"Trong năm {c.Y}, {s('up')} {c.V.cn} cải thiện được kết quả so với năm trước, trong khi "
                      f"{s('down')} {c.V.cn} có kết quả thấp hơn."),
        lambda c, s: (f"Có {s('down')} {c.V.cn} giảm điểm so với năm {c.Y1}; {s('up')} {c.V.cn} còn lại tăng "
                      f"điểm."),
        lambda c, s: (f"Về xu hướng, {s('up', 'v')} {c.V.cn} tăng và {s('down', 'v')} {c.V.cn} giảm so với năm "
                      f"{c.Y1}."),
        lambda c, s: (f"Theo bảng so sánh kết quả với năm {c.Y1}, số {c.V.cn} tăng điểm là {s('up')}, giảm điểm là "
                      f"{s('down')}."),
        lambda c, s: (f"Chỉ số CCHC năm {c.Y} của {s('up')} {c.V.cn} cao hơn năm {c.Y1}; của {s('down')} {c.V.cn} "
                      f"thấp hơn."),
        lambda c, s: (f"{s('up', 'W')} {c.V.cn} có kết quả tăng, {s('down')} {c.V.cn} có kết quả giảm so với cùng "
                      f"kỳ."),
        lambda c, s: f"Tăng điểm: {s('up')} {c.V.cn}; giảm điểm: {s('down')} {c.V.cn} (so với năm {c.Y1}).",
        _ud_o11,
        lambda c, s: (f"Trong số {c.V.coll_s} được đánh giá, {s('down')} {c.V.cn} giảm điểm, {s('up')} {c.V.cn} "
                      f"tăng điểm so với năm {c.Y1}."),
    ],
    "press": [
        lambda c, s: (f"{s('up')} {c.V.cn} tăng điểm, {s('down')} {c.V.cn} giảm điểm – đó là bức tranh năm nay so "
                      f"với năm {c.Y1}."),
        lambda c, s: (f"Bao nhiêu {c.V.cn} tiến bộ? {s('up')} {c.V.cn} tăng điểm, trong khi {s('down')} {c.V.cn} "
                      f"đi lùi."),
        lambda c, s: f"Năm nay, số {c.V.cn} tăng điểm là {s('up', 'v')}, số giảm điểm là {s('down', 'v')}.",
        lambda c, s: f"So với cùng kỳ, {s('up')} {c.V.cn} “lên điểm”, {s('down')} {c.V.cn} “xuống điểm”.",
        lambda c, s: (f"Có {s('down')} {c.V.cn} bị giảm điểm; ở chiều ngược lại, {s('up')} {c.V.cn} tăng "
                      f"điểm."),
        lambda c, s: (f"Bảng so sánh cho thấy {s('up')} {c.V.cn} cải thiện kết quả, {s('down')} {c.V.cn} sụt "
                      f"giảm."),
        _ud_p7,
        lambda c, s: (f"Điểm số của {s('up')} {c.V.cn} đi lên, của {s('down')} {c.V.cn} đi xuống so với năm "
                      f"ngoái."),
        lambda c, s: f"Số {c.V.cn} tăng và giảm điểm lần lượt là {s('up')} và {s('down')}.",
        lambda c, s: (f"Trong khi {s('up')} {c.V.cn} tăng điểm so với năm ngoái thì {s('down')} {c.V.cn} "
                      f"giảm."),
        lambda c, s: (f"Theo {_org(c)}, {s('up')} {c.V.cn} có điểm năm nay cao hơn năm {c.Y1}; {s('down')} "
                      f"{c.V.cn} thấp hơn."),
        lambda c, s: f"Tăng điểm: {s('up')} – giảm điểm: {s('down')} (so với năm {c.Y1}).",
    ],
}

# ---------------------------------------------------------------- survey ballots


def _ba_o1(c, s):
    return (f"Tổng số phiếu điều tra xã hội học hợp lệ: {s('total')} phiếu; trong số đó "
            + _enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_o2(c, s):
    lines = [f"- {_cap(lab)}: {s(r)} phiếu;" for r, lab in _bl(s)]
    return "Số phiếu khảo sát thu về:\n" + "\n".join(lines) + f"\n- Tổng cộng: {s('total')} phiếu."


@_approx
def _ba_o3(c, s):
    return (f"{c.V.ev} đã phát ra và thu về hơn {s('total')} phiếu khảo sát, gồm "
            + _enum([f"hơn {s(r)} phiếu {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_o4(c, s):
    return (f"Kết quả điều tra xã hội học được tổng hợp từ {s('total')} phiếu ("
            + _enum([f"{lab}: {s(r)}" for r, lab in _bl(s)], "; ") + ").")


def _ba_o5(c, s):
    return ("Số phiếu theo từng đối tượng lần lượt là " + "; ".join(f"{s(r)} ({lab})" for r, lab in _bl(s))
            + f"; tổng số {s('total')} phiếu.")


def _ba_o6(c, s):
    return (f"Có {s('total')} phiếu hợp lệ được đưa vào tính điểm, trong đó "
            + _enum([f"{lab} chiếm {s(r)} phiếu" for r, lab in _bl(s)], "; ") + ".")


@_approx
def _ba_o7(c, s):
    return (f"Tổng số phiếu khảo sát đạt trên {s('total')} phiếu ("
            + "; ".join(f"{lab}: trên {s(r)} phiếu" for r, lab in _bl(s)) + ").")


def _ba_o8(c, s):
    return ("Theo bảng tổng hợp phiếu, " + _enum([f"{lab} trả lời {s(r)} phiếu" for r, lab in _bl(s)], "; ")
            + f", tổng cộng là {s('total')} phiếu.")


def _ba_o9(c, s):
    return (f"Về điều tra xã hội học: số phiếu thu về là {s('total')} ("
            + "; ".join(f"{s(r)} phiếu {lab}" for r, lab in _bl(s)) + ").")


def _ba_o10(c, s):
    parts = [f"{o}, phiếu của {lab}: {s(r)}" for o, (r, lab) in zip(_ORDINALS, _bl(s))]
    return _cap("; ".join(parts)) + f". Tổng số phiếu: {s('total')}."


def _ba_o11(c, s):
    return (f"{s('total')} phiếu khảo sát hợp lệ đã được thu về từ "
            + _enum([f"{s(r)} {lab}" for r, lab in _bl(s)], "; ") + ".")


@_approx
def _ba_o12(c, s):
    return (f"Đã có hơn {s('total')} ý kiến đánh giá được ghi nhận qua phiếu khảo sát, trong đó "
            + _enum([f"{lab} hơn {s(r)} phiếu" for r, lab in _bl(s)], "; ") + ".")


@_approx
def _ba_p1(c, s):
    return (f"Hơn {s('total')} phiếu khảo sát đã được gửi về, với "
            + _enum([f"hơn {s(r)} phiếu từ {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p2(c, s):
    return (f"Bao nhiêu người được hỏi ý kiến? Tổng cộng {s('total')} phiếu: "
            + "; ".join(f"{lab} {s(r)} phiếu" for r, lab in _bl(s)) + ".")


def _ba_p3(c, s):
    return (f"Để chấm điểm, {_org(c)} đã thu thập {s('total')} phiếu, gồm "
            + _enum([f"{s(r)} phiếu dành cho {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p4(c, s):
    lines = [f"• {_cap(lab)}: {s(r)} phiếu" for r, lab in _bl(s)]
    return "Phiếu khảo sát năm nay:\n" + "\n".join(lines) + f"\n• Cộng: {s('total')} phiếu"


def _ba_p5(c, s):
    return (f"Trong {s('total')} phiếu khảo sát, có "
            + _enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p6(c, s):
    return ("Riêng phiếu khảo sát, " + _enum([f"{lab} gửi về {s(r)} phiếu" for r, lab in _bl(s)], "; ")
            + f"; tổng cộng {s('total')} phiếu.")


@_approx
def _ba_p7(c, s):
    return (f"Số phiếu thu về vượt mốc {s('total')}, trong đó "
            + _enum([f"{lab} trên {s(r)} phiếu" for r, lab in _bl(s)], "; ") + ".")


def _ba_p8(c, s):
    return (f"{s('total')} phiếu khảo sát – " + _enum([f"{s(r)} phiếu {lab}" for r, lab in _bl(s)], "; ")
            + " – là cơ sở để tính điểm điều tra xã hội học.")


def _ba_p9(c, s):
    return (f"Theo thống kê, có {s('total')} phiếu; trong số đó "
            + "; ".join(f"{s(r)} là phiếu của {lab}" for r, lab in _bl(s)) + ".")


def _ba_p10(c, s):
    return (f"Cuộc điều tra xã hội học năm {c.Y} thu về {s('total')} phiếu hợp lệ: "
            + _enum([f"{lab} {s(r)}" for r, lab in _bl(s)], "; ") + ".")


@_approx
def _ba_p11(c, s):
    return (f"Khoảng {s('total')} phiếu đã được thu thập ("
            + "; ".join(f"khoảng {s(r)} phiếu {lab}" for r, lab in _bl(s)) + ").")


def _ba_p12(c, s):
    return "Số phiếu: " + "; ".join(f"{lab} – {s(r)}" for r, lab in _bl(s)) + f"; tổng {s('total')}."


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
