"""The sentences `claim_text` builds PAR prose from: per frame kind and register, a list of (held_out, fn).

Each fn(c, s) returns the statement's text (or a pair: the text, and a sentence placed in another paragraph).
`s(role, fmt)` prints one figure and records it; fmt letters: u = with the score unit (% or điểm), z = zero
padded (03), w / W = number words (bảy / Bảy; digits above ten), v = number words up to nineteen (mười hai),
+ = signed, p = decimal point.
`s.t(role, up, down)` picks the word for the direction of a signed figure; `s.ml()` prints the member list.
`c` is the renderer: c.V (scope vocabulary), c.Y, c.Y1, c.dp (" điểm phần trăm" / " điểm"), c.thr ("80%").

Held-out phrasings (True) are written to differ from every tuning phrasing of the same kind in BOTH registers
(word order, verbs, where the number sits, number words), the way another writer would put it.
"""

from __future__ import annotations

from typing import Any

T, H = False, True


def _prov(c) -> bool:
    return c.world.scope == "provincial"


def _org(c) -> str:
    """Who publishes the index: the provincial Sở Nội vụ or the Ministry."""
    return f"Sở Nội vụ {c.V.place}" if _prov(c) else "Bộ Nội vụ"


def _idx(c) -> str:
    """The name news copy gives the index: Chỉ số CCHC in a province, PAR INDEX nationally."""
    return "Chỉ số CCHC" if _prov(c) else "PAR INDEX"


def _lx(s, role: str) -> str:
    """The direction of a rank or level's move: lên / xuống."""
    return s.t(role, "lên", "xuống")


def _ud(s, role: str) -> str:
    """The plain direction verb of a signed figure."""
    return s.t(role, "tăng", "giảm")


def _names(c, s) -> list[str]:
    """The member list as printed (a planted fault may have changed it)."""
    return [u.name for u in c.members_of(s)]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _enum(items: list[str], sep: str = ", ", last: str = " và ") -> str:
    return items[0] if len(items) == 1 else sep.join(items[:-1]) + last + items[-1]


def _approx(fn):
    fn.approx = True
    return fn


def _tail(c) -> str:
    if c.world.scope == "national_provinces":
        return " trực thuộc Trung ương"
    if c.world.scope == "provincial":
        return f" trên địa bàn {c.V.place}"
    return ""


def _evp(c) -> str:
    return f"UBND {c.V.place}" if c.world.scope == "provincial" else "Bộ Nội vụ"


# ---------------------------------------------------------------- total (the lead)

TOTAL: dict[str, list[tuple[bool, Any]]] = {
    "official": [
        (T, lambda c, s: f"Năm {c.Y}, {c.V.ev} tổ chức đánh giá, xác định Chỉ số cải cách hành chính (Chỉ số CCHC) "
                         f"đối với {s('total', 'z')} {c.V.units}{_tail(c)}."),
        (T, lambda c, s: f"Kết quả Chỉ số CCHC năm {c.Y} được xác định đối với {s('total')} {c.V.units}{_tail(c)}, "
                         f"bảo đảm khách quan, công khai, minh bạch."),
        (T, lambda c, s: f"Thực hiện kế hoạch xác định Chỉ số CCHC năm {c.Y}, {c.V.ev} đã triển khai đánh giá "
                         f"{s('total')} {c.V.units}{_tail(c)}."),
        (T, lambda c, s: f"Tổng số {c.V.units} được đánh giá, xếp hạng Chỉ số CCHC năm {c.Y} là {s('total', 'z')}."),
        (T, lambda c, s: f"Chỉ số CCHC năm {c.Y} được triển khai đánh giá tại {s('total')} {c.V.units}{_tail(c)} "
                         f"theo bộ tiêu chí đã được phê duyệt."),
        (H, lambda c, s: f"Đối tượng xác định Chỉ số CCHC năm {c.Y} bao gồm toàn bộ {s('total')} {c.V.units}"
                         f"{_tail(c)}."),
        (H, lambda c, s: f"Phạm vi đánh giá năm {c.Y}: {s('total')} {c.V.units}{_tail(c)}."),
        (H, lambda c, s: f"Có {s('total', 'w')} {c.V.units}{_tail(c)} được xác định Chỉ số CCHC trong năm {c.Y}."),
    ],
    "press": [
        (T, lambda c, s: f"{_evp(c)} vừa công bố kết quả Chỉ số cải cách hành chính (PAR INDEX) năm {c.Y} của "
                         f"{s('total')} {c.V.units}{_tail(c)}."),
        (T, lambda c, s: f"Chỉ số CCHC năm {c.Y} được xác định đối với {s('total')} {c.V.units}{_tail(c)}."),
        (T, lambda c, s: f"Theo kết quả vừa được công bố, năm nay có {s('total')} {c.V.units} được xếp hạng."),
        (T, lambda c, s: f"Bảng xếp hạng PAR INDEX {c.Y} gồm {s('total')} {c.V.units}{_tail(c)}."),
        (T, lambda c, s: f"Sáng nay, {_evp(c)} đã công bố Chỉ số CCHC năm {c.Y} của {s('total')} {c.V.units}"
                         f"{_tail(c)}."),
        (H, lambda c, s: f"{s('total')} {c.V.units} đã được \"chấm điểm\" cải cách hành chính trong năm {c.Y}."),
        (H, lambda c, s: f"Tất cả {s('total')} {c.V.units}{_tail(c)} đều có mặt trong bảng xếp hạng năm nay."),
        (H, lambda c, s: f"Năm {c.Y}, tổng cộng {s('total')} {c.V.units} được đưa vào diện đánh giá, xếp hạng."),
    ],
}

# ---------------------------------------------------------------- average with the previous year

AVERAGE = {
    "official": [
        (T, lambda c, s: f"Giá trị trung bình Chỉ số CCHC năm {c.Y} của {c.V.coll} đạt {s('avg', 'u')}, "
                         f"{s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')} so với năm {c.Y1} (đạt {s('prev', 'u')})."),
        (T, lambda c, s: f"Chỉ số CCHC trung bình năm {c.Y} của {c.V.coll} là {s('avg', 'u')}, năm {c.Y1} là "
                         f"{s('prev', 'u')}; như vậy, giá trị trung bình {s.t('delta', 'tăng', 'giảm')} "
                         f"{s('delta')}{c.dp}."),
        (T, lambda c, s: f"Năm {c.Y}, giá trị trung bình Chỉ số CCHC đạt {s('avg', 'u')}, "
                         f"{s.t('delta', 'cao hơn', 'thấp hơn')} {s('delta', 'u')} so với giá trị trung bình năm "
                         f"{c.Y1} ({s('prev', 'u')})."),
        (T, lambda c, s: f"Kết quả cho thấy giá trị trung bình Chỉ số CCHC của {c.V.coll} là {s('avg', 'u')} "
                         f"(năm {c.Y1}: {s('prev', 'u')}), {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')}."),
        (T, lambda c, s: f"So với năm {c.Y1} (giá trị trung bình đạt {s('prev', 'u')}), giá trị trung bình Chỉ số "
                         f"CCHC năm {c.Y} {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')}, đạt {s('avg', 'u')}."),
        (H, lambda c, s: f"Năm {c.Y}, điểm trung bình chung của {c.V.coll} ở mức {s('avg', 'u')}, "
                         f"{s.t('delta', 'tăng thêm', 'giảm đi')} {s('delta')}{c.dp} khi đặt cạnh kết quả năm "
                         f"{c.Y1} là {s('prev', 'u')}."),
        (H, lambda c, s: f"Điểm trung bình đạt được của {c.V.coll}: {s('avg', 'u')} ({s('delta', '+')}{c.dp} so với "
                         f"mức {s('prev', 'u')} của năm {c.Y1})."),
        (H, lambda c, s: f"Tính bình quân, Chỉ số CCHC năm {c.Y} của {c.V.coll} đạt {s('avg', 'u')}; năm {c.Y1}, "
                         f"con số bình quân là {s('prev', 'u')}; mức {s.t('delta', 'cải thiện', 'suy giảm')} "
                         f"tương ứng {s('delta')}{c.dp}."),
    ],
    "press": [
        (T, lambda c, s: f"Giá trị trung bình PAR INDEX {c.Y} của {c.V.coll} đạt {s('avg', 'u')}, "
                         f"{s.t('delta', 'cao hơn', 'thấp hơn')} {s('delta', 'u')} so với năm {c.Y1} "
                         f"(đạt {s('prev', 'u')})."),
        (T, lambda c, s: f"Trung bình, Chỉ số CCHC năm {c.Y} của {c.V.coll_s} đạt {s('avg', 'u')}, "
                         f"{s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')} so với năm {c.Y1} ({s('prev', 'u')})."),
        (T, lambda c, s: f"Chỉ số trung bình năm nay là {s('avg', 'u')}, {s.t('delta', 'tăng', 'giảm')} "
                         f"{s('delta', 'u')} so với con số {s('prev', 'u')} của năm {c.Y1}."),
        (T, lambda c, s: f"Năm {c.Y}, giá trị trung bình của PAR INDEX đạt {s('avg', 'u')}; năm {c.Y1} con số này là "
                         f"{s('prev', 'u')}, tức {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')}."),
        (T, lambda c, s: f"Theo {_evp(c)}, giá trị trung bình Chỉ số CCHC năm {c.Y} là {s('avg', 'u')}, năm {c.Y1} là "
                         f"{s('prev', 'u')} ({s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')})."),
        (H, lambda c, s: f"Từ mức {s('prev', 'u')} năm {c.Y1}, giá trị trung bình đã "
                         f"{s.t('delta', 'nhích lên', 'lùi xuống')} {s('avg', 'u')} trong năm {c.Y}, chênh lệch "
                         f"{s('delta')}{c.dp}."),
        (H, lambda c, s: f"{s('avg', 'u')} là điểm trung bình của {c.V.coll_s} năm {c.Y}, "
                         f"{s.t('delta', 'nhỉnh hơn', 'kém')} năm {c.Y1} ({s('prev', 'u')}) {s('delta')}{c.dp}."),
        (H, lambda c, s: f"Mặt bằng chung năm {c.Y} {s.t('delta', 'được nâng lên', 'đi xuống')}: bình quân đạt "
                         f"{s('avg', 'u')}, đặt cạnh {s('prev', 'u')} của năm trước là "
                         f"{s.t('delta', 'thêm', 'bớt')} {s('delta')}{c.dp}."),
    ],
}

# ---------------------------------------------------------------- a unit's change, values in other sentences

DELTA = {
    "official": [
        (T, lambda c, s: f"{s.U.name} đạt {s('cur', 'u')}, {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')} so với "
                         f"năm {c.Y1}. Năm {c.Y1}, {c.V.this} đạt {s('prev', 'u')}."),
        (T, lambda c, s: f"Năm {c.Y1}, Chỉ số CCHC của {s.U.name} là {s('prev', 'u')}. Năm {c.Y}, {s.U.name} đạt "
                         f"{s('cur', 'u')}, {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')} so với năm trước."),
        (T, lambda c, s: f"Chỉ số CCHC năm {c.Y} của {s.U.name} là {s('cur', 'u')}, năm {c.Y1} là {s('prev', 'u')}. "
                         f"So với năm trước, Chỉ số của {c.V.this} {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')}."),
        (T, lambda c, s: f"{s.U.name} có mức {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')} so với năm {c.Y1}. "
                         f"Cụ thể, năm {c.Y} đạt {s('cur', 'u')}, năm {c.Y1} đạt {s('prev', 'u')}."),
        (T, lambda c, s: f"Đáng chú ý, {s.U.name} {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')} so với năm "
                         f"trước; kết quả năm {c.Y} đạt {s('cur', 'u')}, trong khi năm {c.Y1} đạt {s('prev', 'u')}."),
        (H, lambda c, s: f"Kết quả của {s.U.name} {s.t('delta', 'có chuyển biến rõ rệt', 'giảm sút')}: năm {c.Y} "
                         f"đạt {s('cur', 'u')}, năm {c.Y1} đạt {s('prev', 'u')}. "
                         f"{s.t('delta', 'Mức tăng', 'Mức giảm')} giữa hai năm là {s('delta')}{c.dp}."),
        (H, lambda c, s: f"Với {s('cur', 'u')} trong năm {c.Y}, {s.U.name} đã {s.t('delta', 'tăng', 'giảm')} "
                         f"{s('delta')}{c.dp}. Năm {c.Y1}, {c.V.this} {s.t('delta', 'chỉ đạt', 'đạt tới')} "
                         f"{s('prev', 'u')}."),
        (H, lambda c, s: f"Năm {c.Y1}, {s.U.name} đạt {s('prev', 'u')}; sang năm {c.Y}, kết quả là {s('cur', 'u')}. "
                         f"Điểm số của {c.V.this} vì thế {s.t('delta', 'tăng', 'giảm')} {s('delta')}{c.dp} sau "
                         f"một năm."),
    ],
    "press": [
        (T, lambda c, s: f"{s.U.name} đạt {s('cur', 'u')}, {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')} so với "
                         f"năm trước. Năm {c.Y1}, {c.V.this} đạt {s('prev', 'u')}."),
        (T, lambda c, s: f"Năm {c.Y1}, {s.U.name} {s.t('delta', 'chỉ đạt', 'đạt')} {s('prev', 'u')}. Năm nay, "
                         f"{c.V.this} đạt {s('cur', 'u')}, {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')}."),
        (T, lambda c, s: f"{s.U.name} là một trong những {c.V.cn} có bước {s.t('delta', 'tiến', 'lùi')} đáng kể, "
                         f"{s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')} so với năm {c.Y1}. Năm nay {c.V.this} "
                         f"đạt {s('cur', 'u')}, năm ngoái đạt {s('prev', 'u')}."),
        (T, lambda c, s: f"Điểm của {s.U.name} năm {c.Y} là {s('cur', 'u')}, năm {c.Y1} là {s('prev', 'u')}. "
                         f"Như vậy, {c.V.this} đã {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')}."),
        (T, lambda c, s: f"{s.U.name} {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')} so với năm {c.Y1}, "
                         f"{s.t('delta', 'lên', 'xuống')} {s('cur', 'u')}. Năm {c.Y1}, {c.V.this} đạt {s('prev', 'u')}."),
        (H, lambda c, s: f"Trong khi đó, {s.U.name} {s.t('delta', 'bứt phá', 'đi lùi')} với mức "
                         f"{s.t('delta', 'tăng', 'giảm')} {s('delta')}{c.dp}. Nếu năm {c.Y1} {c.V.this} dừng ở "
                         f"{s('prev', 'u')} thì năm nay con số này là {s('cur', 'u')}."),
        (H, lambda c, s: f"Ở chiều {s.t('delta', 'tăng', 'giảm')} điểm, đáng chú ý là {s.U.name}: {s('delta')}{c.dp} "
                         f"so với năm {c.Y1}. Năm {c.Y1}: {s('prev', 'u')}; năm {c.Y}: {s('cur', 'u')}."),
        (H, lambda c, s: f"{s.U.name} năm nay đạt {s('cur', 'u')}. Con số năm ngoái của {c.V.this} là "
                         f"{s('prev', 'u')}, nghĩa là đã {s.t('delta', 'tăng', 'giảm')} {s('delta')}{c.dp}."),
    ],
}

# ---------------------------------------------------------------- highest / lowest

HIGHEST = {
    "official": [
        (T, lambda c, s: f"{s.T.name} là {c.V.one} có Chỉ số CCHC cao nhất, đạt {s('top', 'u')}."),
        (T, lambda c, s: f"{_cap(c.V.one)} có Chỉ số CCHC cao nhất là {s.T.name} với {s('top', 'u')}."),
        (T, lambda c, s: f"{s.T.name} xếp thứ nhất với kết quả {s('top', 'u')}."),
        (T, lambda c, s: f"Xếp vị trí thứ nhất là {s.T.name}, đạt {s('top', 'u')}."),
        (T, lambda c, s: f"Chỉ số CCHC năm {c.Y} cao nhất thuộc về {s.T.name} ({s('top', 'u')})."),
        (H, lambda c, s: f"Với kết quả {s('top', 'u')}, {s.T.name} đứng đầu bảng xếp hạng Chỉ số CCHC năm {c.Y}."),
        (H, lambda c, s: f"{s('top', 'u')} là kết quả cao nhất, do {s.T.name} đạt được."),
        (H, lambda c, s: f"Dẫn đầu {c.V.coll} về Chỉ số CCHC năm {c.Y} là {s.T.name}: {s('top', 'u')}."),
    ],
    "press": [
        (T, lambda c, s: f"{s.T.name} dẫn đầu bảng xếp hạng với {s('top', 'u')}."),
        (T, lambda c, s: f"Đứng đầu PAR INDEX {c.Y} là {s.T.name} với {s('top', 'u')}."),
        (T, lambda c, s: f"{s.T.name} giành vị trí quán quân, đạt {s('top', 'u')}."),
        (T, lambda c, s: f"Vị trí dẫn đầu thuộc về {s.T.name}, đạt {s('top', 'u')}."),
        (T, lambda c, s: f"{s.T.name} xếp thứ nhất với {s('top', 'u')}."),
        (H, lambda c, s: f"Ngôi đầu năm nay gọi tên {s.T.name} ({s('top', 'u')})."),
        (H, lambda c, s: f"Cán mốc {s('top', 'u')}, {s.T.name} là {c.V.one} có điểm số cao nhất {c.V.where}."),
        (H, lambda c, s: f"Ở tốp đầu, {s.T.name} nổi bật nhất khi chạm mức {s('top', 'u')}."),
    ],
}

LOWEST = {
    "official": [
        (T, lambda c, s: f"{s.B.name} có Chỉ số CCHC thấp nhất, đạt {s('bot', 'u')}."),
        (T, lambda c, s: f"{_cap(c.V.one)} có Chỉ số CCHC thấp nhất là {s.B.name} với {s('bot', 'u')}."),
        (T, lambda c, s: f"Xếp cuối cùng là {s.B.name}, đạt {s('bot', 'u')}."),
        (T, lambda c, s: f"Chỉ số CCHC thấp nhất thuộc về {s.B.name} ({s('bot', 'u')})."),
        (T, lambda c, s: f"{s.B.name} xếp vị trí cuối với kết quả {s('bot', 'u')}."),
        (H, lambda c, s: f"Ở vị trí thấp nhất, {s.B.name} chỉ đạt {s('bot', 'u')}."),
        (H, lambda c, s: f"Kết quả thấp nhất là {s('bot', 'u')}, của {s.B.name}."),
        (H, lambda c, s: f"Kết quả của {s.B.name} ({s('bot', 'u')}) là thấp nhất trong {c.V.coll_s}."),
    ],
    "press": [
        (T, lambda c, s: f"{s.B.name} đứng cuối bảng với {s('bot', 'u')}."),
        (T, lambda c, s: f"Xếp cuối bảng là {s.B.name} với {s('bot', 'u')}."),
        (T, lambda c, s: f"Ở chiều ngược lại, {s.B.name} có chỉ số thấp nhất, đạt {s('bot', 'u')}."),
        (T, lambda c, s: f"{s.B.name} xếp cuối với {s('bot', 'u')}."),
        (T, lambda c, s: f"Vị trí cuối cùng thuộc về {s.B.name} ({s('bot', 'u')})."),
        (H, lambda c, s: f"Trong khi đó, {s.B.name} \"đội sổ\" khi chỉ có {s('bot', 'u')}."),
        (H, lambda c, s: f"Chỉ đạt {s('bot', 'u')}, {s.B.name} xếp chót bảng."),
        (H, lambda c, s: f"{s('bot', 'u')} – mức điểm thấp nhất bảng – là kết quả của {s.B.name}."),
    ],
}

# ---------------------------------------------------------------- gap between the first and the last

GAP = {
    "official": [
        (T, lambda c, s: f"Chênh lệch giữa {c.V.one} cao nhất và {c.V.one} thấp nhất là {s('gap', 'u')}."),
        (T, lambda c, s: f"Khoảng cách giữa {c.V.one} có Chỉ số CCHC cao nhất và thấp nhất là {s('gap', 'u')}."),
        (T, lambda c, s: f"Chỉ số CCHC của {c.V.one} cao nhất cao hơn {c.V.one} thấp nhất {s('gap', 'u')}."),
        (T, lambda c, s: f"Mức chênh lệch giữa kết quả cao nhất và thấp nhất là {s('gap')}{c.dp}."),
        (T, lambda c, s: f"Khoảng cách giữa {s.T.name} và {s.B.name} là {s('gap', 'u')}."),
        (H, lambda c, s: f"Giữa vị trí đầu và vị trí cuối có khoảng cách {s('gap')}{c.dp}."),
        (H, lambda c, s: f"{_cap(c.V.one)} xếp cuối còn cách {c.V.one} dẫn đầu tới {s('gap', 'u')}."),
        (H, lambda c, s: f"Biên độ giữa kết quả cao nhất và thấp nhất ở mức {s('gap', 'u')}."),
    ],
    "press": [
        (T, lambda c, s: f"Chênh lệch giữa {c.V.one} cao nhất và thấp nhất là {s('gap', 'u')}."),
        (T, lambda c, s: f"Khoảng cách giữa vị trí dẫn đầu và cuối bảng là {s('gap', 'u')}."),
        (T, lambda c, s: f"Như vậy, {s.T.name} hơn {s.B.name} tới {s('gap', 'u')}."),
        (T, lambda c, s: f"Khoảng cách giữa {c.V.one} đứng đầu và đứng cuối là {s('gap', 'u')}."),
        (T, lambda c, s: f"{_cap(c.V.one)} dẫn đầu và {c.V.one} cuối bảng chênh nhau {s('gap', 'u')}."),
        (H, lambda c, s: f"Hai đầu bảng xếp hạng cách nhau {s('gap')}{c.dp}."),
        (H, lambda c, s: f"Cách biệt giữa ngôi đầu và vị trí cuối lên tới {s('gap', 'u')}."),
        (H, lambda c, s: f"{s('gap')}{c.dp} – đó là khoảng cách giữa {s.T.name} và {s.B.name}."),
    ],
}

# ---------------------------------------------------------------- two named units compared (A is the higher)

COMPARISON = {
    "official": [
        (T, lambda c, s: f"{s.A.name} đạt cao nhất với {s('a', 'u')}, cao hơn {s('diff', 'u')} so với {s.B.name}, "
                         f"{c.V.one} thấp nhất, với {s('b', 'u')}." if s.extremes else
                         f"{s.A.name} đạt {s('a', 'u')}, cao hơn {s('diff', 'u')} so với {s.B.name} ({s('b', 'u')})."),
        (T, lambda c, s: f"Chỉ số CCHC của {s.A.name} là {s('a', 'u')}, cao hơn {s.B.name} ({s('b', 'u')}) "
                         f"{s('diff', 'u')}."),
        (T, lambda c, s: f"{s.B.name} đạt {s('b', 'u')}, thấp hơn {s.A.name} ({s('a', 'u')}) là {s('diff', 'u')}."),
        (T, lambda c, s: f"So với {s.B.name} ({s('b', 'u')}), {s.A.name} ({s('a', 'u')}) cao hơn {s('diff', 'u')}."),
        (T, lambda c, s: f"{s.A.name} đạt {s('a', 'u')}, trong khi {s.B.name} đạt {s('b', 'u')}; chênh lệch giữa hai "
                         f"{c.V.one} là {s('diff', 'u')}."),
        (H, lambda c, s: f"Khoảng cách giữa {s.A.name} ({s('a', 'u')}) và {s.B.name} ({s('b', 'u')}) là "
                         f"{s('diff')}{c.dp}."),
        (H, lambda c, s: f"{s.B.name} chỉ đạt {s('b', 'u')}, kém {s.A.name} {s('diff')}{c.dp} ({s.A.name} đạt "
                         f"{s('a', 'u')})."),
        (H, lambda c, s: f"Kết quả của {s.A.name} ({s('a', 'u')}) vượt {s.B.name} ({s('b', 'u')}) tới "
                         f"{s('diff')}{c.dp}."),
    ],
    "press": [
        (T, lambda c, s: f"{s.A.name} dẫn đầu với {s('a', 'u')}, cao hơn {s('diff', 'u')} so với {c.V.one} xếp cuối "
                         f"là {s.B.name} ({s('b', 'u')})." if s.extremes else
                         f"{s.A.name} đạt {s('a', 'u')}, cao hơn {s('diff', 'u')} so với {s.B.name} ({s('b', 'u')})."),
        (T, lambda c, s: f"{s.A.name} ({s('a', 'u')}) bỏ xa {s.B.name} ({s('b', 'u')}) tới {s('diff', 'u')}."),
        (T, lambda c, s: f"{s.A.name} đạt {s('a', 'u')}, hơn {s.B.name} {s('diff', 'u')}; {s.B.name} đạt "
                         f"{s('b', 'u')}."),
        (T, lambda c, s: f"Với {s('a', 'u')}, {s.A.name} cao hơn {s.B.name} ({s('b', 'u')}) {s('diff', 'u')}."),
        (T, lambda c, s: f"{s.B.name} đạt {s('b', 'u')}, thấp hơn {s.A.name} ({s('a', 'u')}) {s('diff', 'u')}."),
        (H, lambda c, s: f"Giữa {s.A.name} và {s.B.name} có khoảng cách {s('diff')}{c.dp}: {s('a', 'u')} so với "
                         f"{s('b', 'u')}."),
        (H, lambda c, s: f"{s.A.name} ({s('a', 'u')}) và {s.B.name} ({s('b', 'u')}) cách nhau {s('diff')}{c.dp}."),
        (H, lambda c, s: f"Nếu {s.A.name} đạt {s('a', 'u')} thì {s.B.name} chỉ dừng ở {s('b', 'u')}, thua "
                         f"{s('diff')}{c.dp}."),
    ],
}

# ---------------------------------------------------------------- band counts (sum to the total)


def _none(c, s, lead: str = "không có") -> str:
    return "".join(f"{'; ' if i == 0 else ', '}{lead} {c.V.cn} nào {b.inb}" for i, b in enumerate(s.zero))


def _bc_o1(c, s):
    parts = [f"{b.Grp}, đạt kết quả {b.span}, gồm {s(r, 'z')} {c.V.units}" for b, r in s.bands]
    return f"Kết quả Chỉ số CCHC năm {c.Y} của {c.V.coll} được phân theo {c.V.grouping} như sau: " + \
        "; ".join(parts) + _none(c, s) + "."


def _bc_o2(c, s):
    parts = [f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands]
    tail = f" và không có {c.V.cn} nào {s.zero[0].inb}" if s.zero else ""
    return f"Trong số {s('total')} {c.V.units}, có " + _enum(parts, "; ", "; " if tail else " và ") + tail + "."


def _bc_o3(c, s):
    lines = [f"- {b.Grp} ({b.span}): {s(r, 'z')} {c.V.cn}" for b, r in s.bands]
    return "Kết quả xếp loại cụ thể như sau:\n" + ";\n".join(lines) + "."


def _bc_o4(c, s):
    return f"Về xếp loại, {c.V.coll} có " + _enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands]) + "."


def _bc_o5(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    return (f"Năm {c.Y}, số {c.V.cn} {b0.inb} là {s(r0)}" + "".join(f", {b.inb} là {s(r)}" for b, r in rest)
            + _none(c, s) + ".")


def _bc_o6(c, s):
    return ("Phân theo mức xếp loại, " + "; ".join(f"{b.grp} chiếm {s(r)}/{s('total')} {c.V.cn}" for b, r in s.bands)
            + ".")


def _bc_o7(c, s):
    return ("Kết quả phân loại: " + "; ".join(f"{b.title}: {s(r, 'z')}" for b, r in s.bands)
            + f" (tổng cộng {s('total')} {c.V.units}).")


def _bc_o8(c, s):
    order = sorted(s.bands, key=lambda br: -s.big(br[1]))
    (b1, r1), rest = order[0], order[1:]
    text = f"Chiếm số đông nhất là {b1.grp} với {s(r1)} {c.V.cn}"
    for i, (b, r) in enumerate(rest):
        word = "cuối cùng là" if i == len(rest) - 1 and len(rest) > 1 else "tiếp đến là"
        text += f"; {word} {b.grp} với {s(r)} {c.V.cn}"
    return text + "."


def _bc_p1(c, s):
    return (f"Trong {s('total')} {c.V.units}, có " + _enum([f"{s(r)} {c.V.cn} {b.inb} ({b.span})" for b, r in s.bands])
            + ".")


def _bc_p2(c, s):
    return "Kết quả cho thấy, " + _enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands]) + _none(c, s) + "."


def _bc_p3(c, s):
    return "Cụ thể, " + "; ".join(f"{b.grp} ({b.reach}) có {s(r)} {c.V.cn}" for b, r in s.bands) + "."


def _bc_p4(c, s):
    return "Theo đó, có " + _enum([f"{s(r)} {c.V.cn} đạt kết quả {b.span}" for b, r in s.bands]) + "."


def _bc_p5(c, s):
    return (f"Bảng xếp hạng năm nay chia {c.V.coll_s} thành {c.V.grouping}: "
            + _enum([f"{b.grp} có {s(r)} {c.V.cn}" for b, r in s.bands]) + ".")


def _bc_p6(c, s):
    order = sorted(s.bands, key=lambda br: -s.big(br[1]))
    (b1, r1), rest = order[0], order[1:]
    return (f"{b1.Grp} chiếm ưu thế tuyệt đối với {s(r1)} {c.V.cn}, bỏ lại phía sau "
            + _enum([f"{b.grp} ({s(r)})" for b, r in rest]) + ".")


def _bc_p7(c, s):
    items = [f"{s(r, 'W' if i == 0 else 'w')} {c.V.cn} được xếp vào {b.grp}" for i, (b, r) in enumerate(s.bands)]
    return _enum(items) + "."


def _bc_p8(c, s):
    names = _enum([b.grp for b, _ in s.bands])
    return f"Số {c.V.cn} ở {names} lần lượt là " + _enum([s(r) for _, r in s.bands]) + "."


BAND_COUNTS = {
    "official": [(T, _bc_o1), (T, _bc_o2), (T, _bc_o3), (T, _bc_o4), (T, _bc_o5), (H, _bc_o6), (H, _bc_o7),
                 (H, _bc_o8)],
    "press": [(T, _bc_p1), (T, _bc_p2), (T, _bc_p3), (T, _bc_p4), (T, _bc_p5), (H, _bc_p6), (H, _bc_p7),
              (H, _bc_p8)],
}

# ---------------------------------------------------------------- a band's count with its member list


def _listed(c, s) -> str:
    return "là" if s.big("count") == 1 else "lần lượt là"


BAND_MEMBERS = {
    "official": [
        (T, lambda c, s: f"{s.b.Grp} ({s.b.span}) gồm {s('count', 'z')} {c.V.cn}: {s.ml()}."),
        (T, lambda c, s: f"Có {s('count')} {c.V.cn} {s.b.inb}, gồm: {s.ml()}."),
        (T, lambda c, s: f"{s('count', 'z')} {c.V.cn} {s.b.inb} là: {s.ml()}."),
        (T, lambda c, s: f"Số {c.V.cn} {s.b.inb} là {s('count')}, gồm {c.V.listof}: {s.ml(short=True)}."),
        (T, lambda c, s: f"- {s.b.Grp}: {s('count', 'z')} {c.V.cn} ({s.ml()})."),
        (H, lambda c, s: f"{s.ml()} là {s('count', 'w')} {c.V.cn} {s.b.inb} năm {c.Y}."),
        (H, lambda c, s: f"Danh sách {c.V.cn} {s.b.inb} năm {c.Y} gồm {s.ml()}; tổng số là {s('count', 'z')} "
                         f"{c.V.cn}."),
        (H, lambda c, s: f"Ở {s.b.grp}, năm {c.Y} {'chỉ có' if s.big('count') <= 5 else 'có'} {s('count', 'w')} "
                         f"{c.V.cn}, đó là {s.ml()}."),
    ],
    "press": [
        (T, lambda c, s: f"{s('count')} {c.V.cn} {s.b.inb} gồm {s.ml()}."),
        (T, lambda c, s: f"{s.b.Grp} có {s('count')} {c.V.cn}: {s.ml()}."),
        (T, lambda c, s: f"Có {s('count')} {c.V.cn} {s.b.inb} là {s.ml()}."),
        (T, lambda c, s: f"Các {c.V.cn} {s.b.inb} gồm: {s.ml()} ({s('count')} {c.V.cn})."),
        (T, lambda c, s: f"Thuộc {s.b.grp} có {s('count')} {c.V.cn}: {s.ml('comma')}."),
        (H, lambda c, s: f"Góp mặt ở {s.b.grp} năm nay là {s.ml()} – tổng cộng {s('count', 'w')} {c.V.cn}."),
        (H, lambda c, s: f"{s('count', 'W')} cái tên {s.b.inb} {_listed(c, s)} {s.ml()}."),
        (H, lambda c, s: f"Riêng {s.b.grp} có {s('count')} {c.V.cn} góp mặt: {s.ml('semi_only')}."),
    ],
}

# ---------------------------------------------------------------- how many at or above the threshold

THRESHOLD = {
    "official": [
        (T, lambda c, s: f"Có {s('thr')} {c.V.cn} đạt kết quả từ {c.thr} trở lên."),
        (T, lambda c, s: f"Số {c.V.cn} đạt Chỉ số CCHC trên {c.thr} là {s('thr')}."),
        (T, lambda c, s: f"{s('thr', 'z')} {c.V.cn} đạt kết quả trên {c.thr}."),
        (T, lambda c, s: f"Năm {c.Y}, có {s('thr')} {c.V.units} có Chỉ số CCHC đạt trên {c.thr}."),
        (T, lambda c, s: f"Số lượng {c.V.cn} đạt từ {c.thr} trở lên là {s('thr')} {c.V.cn}."),
        (H, lambda c, s: f"Mức {c.thr} trở lên là kết quả mà {s('thr')} {c.V.cn} đạt được trong năm {c.Y}."),
        (H, lambda c, s: f"Tổng số {c.V.cn} có kết quả không thấp hơn {c.thr}: {s('thr')}."),
        (H, lambda c, s: f"Ở ngưỡng từ {c.thr} trở lên có {s('thr')} {c.V.cn}."),
    ],
    "press": [
        (T, lambda c, s: f"{s('thr')} {c.V.cn} đạt trên {c.thr}."),
        (T, lambda c, s: f"Có {s('thr')} {c.V.cn} đạt kết quả trên {c.thr}."),
        (T, lambda c, s: f"Số {c.V.cn} đạt từ {c.thr} trở lên là {s('thr')}."),
        (T, lambda c, s: f"Năm nay, {s('thr')} {c.V.units} có chỉ số trên {c.thr}."),
        (T, lambda c, s: f"{s('thr')} {c.V.cn} vượt mốc {c.thr}."),
        (H, lambda c, s: f"Vượt ngưỡng {c.thr} có tới {s('thr')} {c.V.cn}."),
        (H, lambda c, s: f"{s('thr', 'W')} {c.V.cn} cán đích {c.thr} trở lên."),
        (H, lambda c, s: f"Năm nay, số {c.V.cn} không dưới {c.thr} đã lên tới {s('thr')}."),
    ],
}

# ---------------------------------------------------------------- N/total above the average

RATIO = {
    "official": [
        (T, lambda c, s: f"Có {s('num')}/{s('den')} {c.V.cn} có Chỉ số CCHC trên mức giá trị trung bình."),
        (T, lambda c, s: f"{s('num')}/{s('den')} {c.V.units} đạt kết quả cao hơn giá trị trung bình."),
        (T, lambda c, s: f"Số {c.V.cn} có Chỉ số CCHC cao hơn giá trị trung bình là {s('num')}/{s('den')}."),
        (T, lambda c, s: f"Năm {c.Y}, {s('num')}/{s('den')} {c.V.units} có Chỉ số CCHC đạt trên mức trung bình chung."),
        (T, lambda c, s: f"Kết quả có {s('num', 'z')}/{s('den')} {c.V.cn} đạt trên giá trị trung bình."),
        (H, lambda c, s: f"Trên tổng số {s('den')} {c.V.units}, có {s('num')} {c.V.cn} đạt Chỉ số cao hơn mức "
                         f"trung bình."),
        (H, lambda c, s: f"{s('num')} trong số {s('den')} {c.V.cn} có kết quả vượt giá trị trung bình."),
        (H, lambda c, s: f"Số {c.V.cn} vượt mức trung bình chung: {s('num')} trên {s('den')}."),
    ],
    "press": [
        (T, lambda c, s: f"Có {s('num')}/{s('den')} {c.V.cn} có chỉ số trên mức trung bình."),
        (T, lambda c, s: f"{s('num')}/{s('den')} {c.V.units} đạt điểm cao hơn giá trị trung bình."),
        (T, lambda c, s: f"Đáng chú ý, {s('num')}/{s('den')} {c.V.cn} có kết quả trên mức trung bình."),
        (T, lambda c, s: f"Có {s('num')}/{s('den')} {c.V.cn} vượt giá trị trung bình."),
        (T, lambda c, s: f"Số {c.V.cn} đạt trên trung bình là {s('num')}/{s('den')}."),
        (H, lambda c, s: f"{s('num', 'W')} trên tổng số {s('den')} {c.V.units} vượt qua mức trung bình."),
        (H, lambda c, s: f"Trong {s('den')} {c.V.cn} được xếp hạng, {s('num')} {c.V.cn} có chỉ số cao hơn mức "
                         f"trung bình."),
        (H, lambda c, s: f"Tổng cộng {s('num')} trên {s('den')} {c.V.cn} nằm phía trên đường trung bình."),
    ],
}

# ---------------------------------------------------------------- a total and its parts


def _n(s, i: int) -> str:
    return s.nouns[i]


PARTS = {
    "official": [
        (T, lambda c, s: f"Đối tượng đánh giá là {s('total')} {c.V.units}, trong đó có {s('p0')} {_n(s, 0)} và "
                         f"{s('p1')} {_n(s, 1)}."),
        (T, lambda c, s: f"Tổng số {c.V.cn} được đánh giá là {s('total')}, gồm {s('p0')} {_n(s, 0)} và {s('p1')} "
                         f"{_n(s, 1)}."),
        (T, lambda c, s: f"Năm {c.Y}, có {s('total')} {c.V.units} được xác định Chỉ số CCHC ({s('p0', 'z')} "
                         f"{_n(s, 0)}, {s('p1', 'z')} {_n(s, 1)})."),
        (T, lambda c, s: f"Trong {s('total')} {c.V.units} được đánh giá, có {s('p0')} {_n(s, 0)} và {s('p1')} "
                         f"{_n(s, 1)}."),
        (T, lambda c, s: f"Chỉ số CCHC năm {c.Y} được xác định đối với {s('total')} {c.V.units}, bao gồm: "
                         f"{s('p0')} {_n(s, 0)}; {s('p1')} {_n(s, 1)}."),
        (H, lambda c, s: f"{_cap(_n(s, 0))} ({s('p0')}) và {_n(s, 1)} ({s('p1')}), tổng cộng {s('total')} "
                         f"{c.V.cn}, đều thuộc đối tượng đánh giá."),
        (H, lambda c, s: f"Việc đánh giá được thực hiện với {s('p0')} {_n(s, 0)} cùng {s('p1')} {_n(s, 1)}, nâng "
                         f"tổng số {c.V.cn} được xếp hạng lên {s('total')}."),
        (H, lambda c, s: f"Số {c.V.cn} thuộc diện đánh giá: {s('total')} ({_n(s, 0)}: {s('p0')}; {_n(s, 1)}: "
                         f"{s('p1')})."),
    ],
    "press": [
        (T, lambda c, s: f"{s('total')} {c.V.units}, trong đó có {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}, "
                         f"được xếp hạng năm nay."),
        (T, lambda c, s: f"Năm nay có {s('total')} {c.V.cn} được đánh giá, gồm {s('p0')} {_n(s, 0)} và {s('p1')} "
                         f"{_n(s, 1)}."),
        (T, lambda c, s: f"Bảng xếp hạng gồm {s('total')} {c.V.cn}: {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}."),
        (T, lambda c, s: f"Trong số {s('total')} {c.V.cn} được chấm điểm có {s('p0')} {_n(s, 0)}, {s('p1')} "
                         f"{_n(s, 1)}."),
        (T, lambda c, s: f"{s('total')} {c.V.cn} ({s('p0')} {_n(s, 0)}, {s('p1')} {_n(s, 1)}) đã được đánh giá."),
        (H, lambda c, s: f"Ngoài {s('p0')} {_n(s, 0)}, năm nay còn có {s('p1')} {_n(s, 1)} được xếp hạng, tổng cộng "
                         f"{s('total')} {c.V.cn}."),
        (H, lambda c, s: f"{s('p0')} {_n(s, 0)} cộng với {s('p1')} {_n(s, 1)} – tổng cộng {s('total')} {c.V.cn} – "
                         f"có tên trong bảng xếp hạng."),
        (H, lambda c, s: f"Có {s('total')} cái tên được xếp hạng; {_n(s, 0)} chiếm {s('p0')}, còn {_n(s, 1)} là "
                         f"{s('p1')}."),
    ],
}

# ---------------------------------------------------------------- a band's count against last year's


COUNT_CHANGE = {
    "official": [
        (T, lambda c, s: (f"Năm {c.Y}, có {s('cur')} {c.V.cn} {s.b.inb} ({s.t('chg', 'tăng', 'giảm')} "
                          f"{s('chg', 'z')} {c.V.cn} so với năm {c.Y1}).",
                          f"Năm {c.Y1}, số {c.V.cn} {s.b.inb} là {s('prev')}.")),
        (T, lambda c, s: f"Số {c.V.cn} {s.b.inb} năm {c.Y} là {s('cur')}, {s.t('chg', 'tăng', 'giảm')} {s('chg')} "
                         f"{c.V.cn} so với năm {c.Y1}. Năm {c.Y1} có {s('prev')} {c.V.cn} {s.b.inb}."),
        (T, lambda c, s: f"Năm {c.Y1} có {s('prev', 'z')} {c.V.cn} {s.b.inb}. Năm {c.Y} có {s('cur', 'z')} "
                         f"{c.V.cn}, {s.t('chg', 'tăng', 'giảm')} {s('chg', 'z')} {c.V.cn}."),
        (T, lambda c, s: (f"{s.b.Grp}: {s('cur')} {c.V.cn} ({s.t('chg', 'tăng', 'giảm')} {s('chg')} {c.V.cn}).",
                          f"Kết quả năm {c.Y1}: {s.b.grp} có {s('prev')} {c.V.cn}.")),
        (T, lambda c, s: f"Số {c.V.cn} {s.b.inb} năm {c.Y} {s.t('chg', 'tăng', 'giảm')} {s('chg')} so với năm "
                         f"{c.Y1}, {s.t('chg', 'lên', 'xuống còn')} {s('cur')} {c.V.cn}. Kết quả năm {c.Y1} ghi nhận "
                         f"{s('prev')} {c.V.cn} {s.b.inb}."),
        (H, lambda c, s: f"{s.b.Inb} năm {c.Y} có {s('cur')} {c.V.cn}, {s.t('chg', 'nhiều hơn', 'ít hơn')} năm trước "
                         f"{s('chg', 'w')} {c.V.cn}. Năm {c.Y1}, con số này là {s('prev')}."),
        (H, lambda c, s: f"Năm {c.Y1}, {s.b.grp} có {s('prev')} {c.V.cn}. Sang năm {c.Y}, số lượng này "
                         f"{s.t('chg', 'tăng lên', 'giảm còn')} {s('cur')}, tức {s.t('chg', 'thêm', 'bớt')} "
                         f"{s('chg')} {c.V.cn}."),
        (H, lambda c, s: (f"Riêng {s.b.grp}, năm {c.Y} {s.t('chg', 'có thêm', 'bớt đi')} {s('chg', 'w')} {c.V.cn}, "
                          f"{s.t('chg', 'nâng tổng số lên', 'chỉ còn')} {s('cur')}.",
                          f"Trước đó, năm {c.Y1} ghi nhận {s('prev')} {c.V.cn} {s.b.inb}.")),
    ],
    "press": [
        (T, lambda c, s: f"Có {s('cur')} {c.V.cn} {s.b.inb}, {s.t('chg', 'tăng', 'giảm')} {s('chg')} {c.V.cn} so "
                         f"với năm {c.Y1}. Năm ngoái, con số này là {s('prev')}."),
        (T, lambda c, s: (f"Năm nay, {s('cur')} {c.V.cn} {s.b.inb} ({s.t('chg', 'tăng', 'giảm')} {s('chg')} "
                          f"{c.V.cn} so với năm trước).", f"Năm {c.Y1}, có {s('prev')} {c.V.cn} {s.b.inb}.")),
        (T, lambda c, s: f"Năm {c.Y1} {s.t('chg', 'chỉ có', 'có')} {s('prev')} {c.V.cn} {s.b.inb}. Năm nay, con số "
                         f"này là {s('cur')}, {s.t('chg', 'tăng', 'giảm')} {s('chg')}."),
        (T, lambda c, s: f"Số {c.V.cn} {s.b.inb} {s.t('chg', 'tăng', 'giảm')} {s('chg')} so với năm trước, "
                         f"{s.t('chg', 'lên', 'còn')} {s('cur')}. Năm {c.Y1}, có {s('prev')} {c.V.cn}."),
        (T, lambda c, s: f"{s.b.Inb}: {s('cur')} {c.V.cn}, {s.t('chg', 'tăng', 'giảm')} {s('chg')} {c.V.cn}. "
                         f"Năm {c.Y1}: {s('prev')} {c.V.cn}."),
        (H, lambda c, s: f"{s.b.Grp} năm nay {s.t('chg', 'đón thêm', 'vắng đi')} {s('chg', 'w')} gương mặt, "
                         f"{s.t('chg', 'nâng tổng số lên', 'chỉ còn')} {s('cur')}. Một năm trước, {s.b.grp} có "
                         f"{s('prev')} {c.V.cn}."),
        (H, lambda c, s: (f"Con số {s('cur')} {c.V.cn} {s.b.inb} năm nay {s.t('chg', 'nhiều hơn', 'ít hơn')} năm "
                          f"trước {s('chg')} {c.V.cn}.", f"Năm {c.Y1}, {s('prev')} {c.V.cn} {s.b.inb}.")),
        (H, lambda c, s: f"Năm trước có {s('prev')} {c.V.cn} {s.b.inb}; năm nay là {s('cur')}. Như vậy số {c.V.cn} "
                         f"{s.b.inb} đã {s.t('chg', 'tăng', 'giảm')} {s('chg', 'w')}."),
    ],
}

# ---------------------------------------------------------------- a unit's rank and its move

RANK = {
    "official": [
        (T, lambda c, s: f"{s.U.name} xếp thứ {s('r')}/{s('den')}, {s.t('move', 'tăng', 'giảm')} {s('move')} bậc so "
                         f"với năm {c.Y1} (xếp thứ {s('pr')})."),
        (T, lambda c, s: f"{s.U.name} xếp vị trí thứ {s('r')}/{s('den')} {c.V.units}, {s.t('move', 'tăng', 'giảm')} "
                         f"{s('move', 'z')} bậc so với năm {c.Y1} (năm {c.Y1} xếp thứ {s('pr')})."),
        (T, lambda c, s: f"Năm {c.Y}, {s.U.name} xếp thứ {s('r')} trên tổng số {s('den')} {c.V.units}; năm {c.Y1} "
                         f"xếp thứ {s('pr')}, như vậy đã {s.t('move', 'tăng', 'giảm')} {s('move')} bậc."),
        (T, lambda c, s: f"Về xếp hạng, {s.U.name} đứng thứ {s('r')}/{s('den')}, {s.t('move', 'tăng', 'giảm')} "
                         f"{s('move')} bậc (năm {c.Y1} đứng thứ {s('pr')})."),
        (T, lambda c, s: f"{s.U.name} {s.t('move', 'tăng', 'giảm')} {s('move')} bậc so với năm {c.Y1}, từ vị trí "
                         f"thứ {s('pr')} {s.t('move', 'lên', 'xuống')} vị trí thứ {s('r')}/{s('den')}."),
        (H, lambda c, s: f"Thứ hạng của {s.U.name} năm {c.Y} là {s('r')}/{s('den')}. Đặt cạnh vị trí thứ {s('pr')} "
                         f"của năm {c.Y1}, {c.V.this} đã {s.t('move', 'tiến', 'lùi')} {s('move', 'w')} bậc."),
        (H, lambda c, s: f"Từ hạng {s('pr')} (năm {c.Y1}), {s.U.name} {s.t('move', 'vươn lên', 'tụt xuống')} hạng "
                         f"{s('r')} trong tổng số {s('den')} {c.V.units}, tức {s.t('move', 'cải thiện', 'mất')} "
                         f"{s('move')} bậc."),
        (H, lambda c, s: f"{s.U.name} đứng ở vị trí {s('r')}/{s('den')}; so với vị trí {s('pr')} năm {c.Y1}, thứ "
                         f"hạng {s.t('move', 'được cải thiện', 'bị lùi')} {s('move')} bậc."),
    ],
    "press": [
        (T, lambda c, s: f"{s.U.name} xếp thứ {s('r')}/{s('den')}, {s.t('move', 'tăng', 'giảm')} {s('move')} bậc so "
                         f"với năm {c.Y1} (xếp thứ {s('pr')})."),
        (T, lambda c, s: f"{s.U.name} {s.t('move', 'tăng', 'giảm')} {s('move')} bậc, từ vị trí thứ {s('pr')} năm "
                         f"{c.Y1} {s.t('move', 'lên', 'xuống')} vị trí thứ {s('r')}/{s('den')}."),
        (T, lambda c, s: f"Năm nay, {s.U.name} xếp hạng {s('r')}/{s('den')}, {s.t('move', 'tăng', 'giảm')} "
                         f"{s('move')} bậc so với năm ngoái (hạng {s('pr')})."),
        (T, lambda c, s: f"{s.U.name} đứng thứ {s('r')}/{s('den')} {c.V.units}, {s.t('move', 'tăng', 'giảm')} "
                         f"{s('move')} bậc so với năm {c.Y1} khi xếp thứ {s('pr')}."),
        (T, lambda c, s: f"Với vị trí thứ {s('r')}/{s('den')}, {s.U.name} đã {s.t('move', 'tăng', 'giảm')} "
                         f"{s('move')} bậc so với năm {c.Y1} (đứng thứ {s('pr')})."),
        (H, lambda c, s: f"{s.U.name} có cú {s.t('move', 'nhảy vọt', 'tụt dốc')} {s('move', 'w')} bậc: từ hạng "
                         f"{s('pr')} {s.t('move', 'lên', 'xuống')} hạng {s('r')} (trên {s('den')} {c.V.units})."),
        (H, lambda c, s: f"Năm {c.Y1}, {s.U.name} đứng thứ {s('pr')}; năm nay, {c.V.this} ở vị trí "
                         f"{s('r')}/{s('den')}, {s.t('move', 'leo thêm', 'tụt')} {s('move')} bậc."),
        (H, lambda c, s: f"Vị trí thứ {s('r')} trong tổng số {s('den')} {c.V.cn} thuộc về {s.U.name}, "
                         f"{s.t('move', 'cao', 'thấp')} hơn {s('move')} bậc so với thứ hạng năm {c.Y1} "
                         f"(hạng {s('pr')})."),
    ],
}

# ---------------------------------------------------------------- how many went up / down


def _ud_p8(c, s):
    if s.big("down") <= s.big("up"):
        return (f"Chỉ {s('down', 'w')} {c.V.cn} giảm điểm so với năm {c.Y1}; {s('up')} {c.V.cn} còn lại đều "
                f"tăng điểm.")
    return f"Chỉ {s('up', 'w')} {c.V.cn} tăng điểm so với năm {c.Y1}; {s('down')} {c.V.cn} còn lại đều giảm điểm."


UP_DOWN = {
    "official": [
        (T, lambda c, s: f"So với năm {c.Y1}, có {s('up')} {c.V.cn} tăng điểm, {s('down')} {c.V.cn} giảm điểm."),
        (T, lambda c, s: f"Có {s('up')} {c.V.cn} có Chỉ số CCHC tăng so với năm {c.Y1} và {s('down')} {c.V.cn} có "
                         f"Chỉ số giảm."),
        (T, lambda c, s: f"Số {c.V.cn} tăng điểm so với năm trước là {s('up')}; số {c.V.cn} giảm điểm là "
                         f"{s('down')}."),
        (T, lambda c, s: f"Năm {c.Y}, {s('up', 'z')} {c.V.cn} có kết quả tăng, {s('down', 'z')} {c.V.cn} có kết quả "
                         f"giảm so với năm {c.Y1}."),
        (T, lambda c, s: f"Kết quả so sánh với năm {c.Y1} cho thấy: {s('up')} {c.V.cn} tăng điểm; {s('down')} "
                         f"{c.V.cn} giảm điểm."),
        (H, lambda c, s: f"Tăng điểm so với năm {c.Y1} có {s('up')} {c.V.cn}, còn giảm điểm có {s('down')} "
                         f"{c.V.cn}."),
        (H, lambda c, s: f"Bên cạnh {s('up')} {c.V.cn} cải thiện kết quả, vẫn còn {s('down')} {c.V.cn} bị giảm "
                         f"điểm so với năm trước."),
        (H, lambda c, s: f"Số {c.V.cn} tăng và giảm điểm so với năm {c.Y1} lần lượt là {s('up')} và {s('down')}."),
    ],
    "press": [
        (T, lambda c, s: f"So với năm ngoái, có {s('up')} {c.V.cn} tăng điểm và {s('down')} {c.V.cn} giảm điểm."),
        (T, lambda c, s: f"{s('up')} {c.V.cn} tăng điểm, {s('down')} {c.V.cn} giảm điểm so với năm {c.Y1}."),
        (T, lambda c, s: f"Có {s('up')} {c.V.cn} có chỉ số tăng, trong khi {s('down')} {c.V.cn} bị giảm."),
        (T, lambda c, s: f"Năm nay, {s('up')} {c.V.cn} cải thiện điểm số, {s('down')} {c.V.cn} giảm điểm."),
        (T, lambda c, s: f"Số {c.V.cn} tăng điểm là {s('up')}, giảm điểm là {s('down')}."),
        (H, lambda c, s: f"Trong khi {s('up')} {c.V.cn} ghi nhận kết quả tốt hơn năm trước thì có {s('down', 'w')} "
                         f"{c.V.cn} đi lùi."),
        (H, lambda c, s: f"Điểm số của {s('up')} {c.V.cn} đi lên; {s('down')} {c.V.cn} còn lại giảm điểm."),
        (H, _ud_p8),
    ],
}

# ---------------------------------------------------------------- survey ballots


def _bl(s) -> list[tuple[str, str]]:
    return [(f"b{i}", s.lab[i]) for i in range(s.k)]


def _ba_o1(c, s):
    return (f"Tổng số phiếu khảo sát là {s('total')} phiếu, trong đó có "
            + _enum([f"{s(r)} phiếu khảo sát {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_o2(c, s):
    return (f"Đã phát ra và thu về {s('total')} phiếu khảo sát, gồm: "
            + "; ".join(f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)) + ".")


def _ba_o3(c, s):
    return (f"Số phiếu khảo sát hợp lệ thu về là {s('total')} phiếu ("
            + ", ".join(f"{s(r)} phiếu {lab}" for r, lab in _bl(s)) + ").")


def _ba_o4(c, s):
    return (f"Việc khảo sát được thực hiện với {s('total')} phiếu, trong đó: "
            + "; ".join(f"{lab}: {s(r)} phiếu" for r, lab in _bl(s)) + ".")


def _ba_o5(c, s):
    return (f"Tổng số phiếu thu về: {s('total')}, trong đó "
            + "; ".join(f"{s(r)} phiếu {lab}" for r, lab in _bl(s)) + ".")


def _ba_o6(c, s):
    return (_enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ")
            + f" đã được thu về, nâng tổng số phiếu khảo sát lên {s('total')}.")


def _ba_o7(c, s):
    labs = _enum([lab for _, lab in _bl(s)], "; ")
    return (f"Kết quả khảo sát dựa trên {s('total')} phiếu hợp lệ; số phiếu của {labs} lần lượt là "
            + _enum([s(r) for r, _ in _bl(s)]) + ".")


def _ba_o8(c, s):
    return ("Cơ cấu phiếu khảo sát: " + "; ".join(f"{lab} {s(r)} phiếu" for r, lab in _bl(s))
            + f"; tổng cộng {s('total')} phiếu.")


@_approx
def _ba_p1(c, s):
    return (f"{_evp(c)} đã khảo sát hơn {s('total')} phiếu, trong đó có "
            + _enum([f"hơn {s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ", "; ") + ".")


def _ba_p2(c, s):
    return (f"Năm nay có {s('total')} phiếu khảo sát được thu về, gồm "
            + _enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ") + ".")


@_approx
def _ba_p3(c, s):
    return (f"Gần {s('total')} phiếu khảo sát đã được phát ra, trong đó khoảng "
            + _enum([f"{s(r)} phiếu dành cho {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p4(c, s):
    return f"Tổng cộng {s('total')} phiếu được thu về (" + "; ".join(f"{s(r)} phiếu {lab}" for r, lab in _bl(s)) + ")."


def _ba_p5(c, s):
    return (f"Để xác định chỉ số, cơ quan chức năng đã khảo sát {s('total')} phiếu; "
            + "; ".join(f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)) + ".")


def _ba_p6(c, s):
    (r0, l0), rest = _bl(s)[0], _bl(s)[1:]
    return (f"Riêng nhóm {l0} đóng góp {s(r0)} phiếu; " + "; ".join(f"nhóm {lab} {s(r)} phiếu" for r, lab in rest)
            + f". Cộng lại có {s('total')} phiếu khảo sát.")


@_approx
def _ba_p7(c, s):
    return (f"Có tới hơn {s('total')} phiếu khảo sát; " + "; ".join(f"nhóm {lab} chiếm {s(r)} phiếu" for r, lab in _bl(s))
            + ".")


def _ba_p8(c, s):
    return (f"Con số {s('total')} phiếu khảo sát năm nay được chia thành: "
            + _enum([f"{s(r)} phiếu ({lab})" for r, lab in _bl(s)]) + ".")


BALLOTS = {
    "official": [(T, _ba_o1), (T, _ba_o2), (T, _ba_o3), (T, _ba_o4), (T, _ba_o5), (H, _ba_o6), (H, _ba_o7),
                 (H, _ba_o8)],
    "press": [(T, _ba_p1), (T, _ba_p2), (T, _ba_p3), (T, _ba_p4), (T, _ba_p5), (H, _ba_p6), (H, _ba_p7),
              (H, _ba_p8)],
}

PHRASINGS = {
    "total": TOTAL, "average_with_previous": AVERAGE, "delta_only": DELTA, "highest": HIGHEST, "lowest": LOWEST,
    "gap": GAP, "comparison": COMPARISON, "band_counts": BAND_COUNTS, "band_members": BAND_MEMBERS,
    "threshold_count": THRESHOLD, "ratio": RATIO, "parts_total": PARTS, "count_change": COUNT_CHANGE,
    "rank_move": RANK, "up_down_counts": UP_DOWN, "ballots": BALLOTS,
}

# ---------------------------------------------------------------- titles and sentences without figures

TITLES = {
    "official": [
        lambda c, w: f"Kết quả xác định Chỉ số cải cách hành chính năm {c.Y} của {c.V.coll}",
        lambda c, w: f"Kết quả Chỉ số CCHC năm {c.Y} của {c.V.coll}",
        lambda c, w: f"Về việc công bố Chỉ số cải cách hành chính năm {c.Y}",
    ],
    "press": [
        lambda c, w: f"Công bố Chỉ số cải cách hành chính năm {c.Y}",
        lambda c, w: f"PAR INDEX {c.Y}: {w.units[0].name} dẫn đầu",
        lambda c, w: f"Chỉ số CCHC năm {c.Y}: nhiều chuyển biến tích cực",
        lambda c, w: (f"{w.province}: công bố Chỉ số CCHC năm {c.Y} của các sở, ngành, địa phương" if w.province
                      else f"Chỉ số cải cách hành chính năm {c.Y} của {c.V.coll_s}: ai dẫn đầu?"),
    ],
}

FILLERS = {
    "official": [
        lambda c: f"Kết quả Chỉ số CCHC phản ánh khách quan, toàn diện kết quả triển khai công tác cải cách hành "
                  f"chính của {c.V.coll}.",
        lambda c: "Nhìn chung, công tác cải cách hành chính đã có nhiều chuyển biến tích cực, tuy nhiên vẫn còn một "
                  "số hạn chế cần được khắc phục.",
        lambda c: f"Đề nghị {c.V.coll_s} nghiêm túc phân tích, đánh giá những tồn tại, hạn chế để có giải pháp khắc "
                  f"phục trong thời gian tới.",
        lambda c: "Việc đánh giá được thực hiện theo đúng quy trình, bảo đảm khách quan, công khai, minh bạch.",
        lambda c: "Các lĩnh vực cải cách thủ tục hành chính và chuyển đổi số tiếp tục là những nội dung có nhiều "
                  "tiến bộ.",
        lambda c: "Bên cạnh đó, tình trạng giải quyết hồ sơ trễ hạn vẫn còn xảy ra ở một số cơ quan, đơn vị.",
        lambda c: "Công tác chỉ đạo, điều hành cải cách hành chính được quan tâm, triển khai đồng bộ.",
    ],
    "press": [
        lambda c: f"Theo {c.V.ev}, kết quả năm nay cho thấy nhiều chuyển biến rõ nét trong công tác cải cách hành "
                  f"chính.",
        lambda c: "Việc công bố chỉ số được kỳ vọng sẽ tạo động lực để các cơ quan, đơn vị tiếp tục nâng cao chất "
                  "lượng phục vụ người dân, doanh nghiệp.",
        lambda c: "Nhiều ý kiến cho rằng cần tiếp tục đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính.",
        lambda c: f"Lãnh đạo {c.V.ev} đề nghị {c.V.coll_s} nghiêm túc phân tích kết quả để có giải pháp phù hợp.",
        lambda c: "Sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước tiếp tục "
                  "được cải thiện.",
        lambda c: "Tuy vậy, bức tranh chung vẫn còn những điểm trầm cần sớm khắc phục.",
        lambda c: "Kết quả này được công bố công khai để người dân, doanh nghiệp cùng theo dõi, giám sát.",
    ],
}
