"""Probe phrasings: a sixth set of sentences for `claim_text`, written blind to the extractor, its frames, its
misses and the other sets' sentences, in the manner of the documents auditors actually receive: Sở Nội vụ
báo cáo, quyết định, kế hoạch and thông báo kết quả, Bộ Nội vụ announcements, and news copy from online papers,
government portals and local papers. It exists to measure reach on prose nobody has fitted to; once its
sentences or misses are read by whoever tunes the extractor, it stops being a probe.

Same interface as `claim_phrasings_unseen.py`: fn(c, s) -> text, or (text, a sentence for another paragraph);
`s(role, fmt)` prints and records one figure (fmt letters: u unit, p decimal point, z leading zero, w / W number
word up to ten, v number word up to nineteen: "mười hai", + signed); `s.t(role, up, down)` the direction word
of a signed figure; `s.ml()` the member list. Every entry belongs to the "probe" set. Each kind states exactly
the roles its tuning phrasings state, each once; no other numeral is printed than years, band bounds, the
threshold and the scale's maximum, so the benchmark knows the truth of everything a statement says.

Do not tune the extractor against these sentences; read the benchmark's summary rows only.
"""

from __future__ import annotations

from typing import Any

from samples.generator.claim_phrasings import _approx, _bl, _cap, _enum, _evp, _n, _names, _tail


def _several(s, role: str) -> bool:
    return s.big(role) > 1


def _by_size(s) -> list[tuple[Any, str]]:
    return sorted(s.bands, key=lambda br: -s.big(br[1]))


def _distinct(s) -> bool:
    sizes = [s.big(r) for _, r in s.bands]
    return len(set(sizes)) == len(sizes)


def _empty(c, s, sep: str = "; ") -> str:
    """Bands nobody reached, said in words (no figure): '; không có đơn vị nào xếp loại Yếu'."""
    if not s.zero:
        return ""
    return sep + "không có " + c.V.cn + " nào " + _enum([b.inb for b in s.zero], ", ", " hay ")


def _upd(s, role: str) -> str:
    return s.t(role, "tăng", "giảm")


# ---------------------------------------------------------------- total (the lead)

TOTAL = {
    "official": [
        lambda c, s: (f"Thực hiện Quyết định phê duyệt Đề án xác định Chỉ số CCHC, trong năm {c.Y} {c.V.ev} đã "
                      f"hướng dẫn {s('total', 'z')} {c.V.units}{_tail(c)} tự đánh giá, chấm điểm và tổ chức "
                      f"thẩm định kết quả tự đánh giá."),
        lambda c, s: (f"Đối tượng áp dụng của Kế hoạch năm {c.Y} là {c.V.coll}, tổng số {s('total')} {c.V.cn}."),
        lambda c, s: (f"Năm {c.Y}, việc theo dõi, đánh giá, xếp hạng công tác cải cách hành chính được thực hiện "
                      f"đối với {s('total')} {c.V.units}{_tail(c)}, không có {c.V.one} nào được miễn đánh giá."),
        lambda c, s: (f"Tổng số hồ sơ tự đánh giá đã được thẩm định: {s('total')} hồ sơ, tương ứng với "
                      f"{c.V.coll}."),
        lambda c, s: (f"Căn cứ kết quả thẩm định của Hội đồng và kết quả điều tra xã hội học, {c.V.ev} thông báo kết "
                      f"quả xếp hạng Chỉ số CCHC năm {c.Y} của {s('total')} {c.V.units}{_tail(c)} như sau:"),
        lambda c, s: (f"{c.V.Units} được xác định Chỉ số CCHC năm {c.Y} (gồm {s('total')} {c.V.cn}) đã gửi báo cáo "
                      f"tự đánh giá đúng thời hạn."),
        lambda c, s: (f"Tiếp tục thực hiện nhiệm vụ được giao, năm {c.Y} {c.V.ev} tổ chức xác định Chỉ số CCHC đối "
                      f"với {c.V.coll}; số {c.V.cn} được đánh giá là {s('total', 'z')}."),
        lambda c, s: (f"Phạm vi xếp hạng: {c.V.coll} ({s('total')} {c.V.cn}), bao gồm cả "
                      f"những {c.V.cn} mới được kiện toàn về tổ chức."),
        lambda c, s: (f"Kế hoạch xác định Chỉ số CCHC năm {c.Y} áp dụng đối với {s('total', 'v')} {c.V.units}"
                      f"{_tail(c)}."),
    ],
    "press": [
        lambda c, s: (f"Sau nhiều tuần thẩm định, chấm điểm, {_evp(c)} đã chính thức công bố Chỉ số cải cách hành "
                      f"chính năm {c.Y} của {s('total')} {c.V.units}{_tail(c)}."),
        lambda c, s: (f"{s('total')} {c.V.units} – đó là số {c.V.cn} có mặt trong bảng xếp hạng Chỉ số CCHC năm "
                      f"{c.Y} vừa được công bố."),
        lambda c, s: (f"Bảng xếp hạng cải cách hành chính năm {c.Y}, công bố hôm qua, điểm danh đủ {s('total')} "
                      f"{c.V.units}{_tail(c)}."),
        lambda c, s: (f"(Chinhphu.vn) – Chỉ số CCHC năm {c.Y} của {s('total')} {c.V.units} đã được công bố tại hội "
                      f"nghị trực tuyến sáng nay."),
        lambda c, s: (f"Không {c.V.one} nào đứng ngoài cuộc đua: cả {s('total')} {c.V.units}{_tail(c)} đều được "
                      f"chấm điểm cải cách hành chính năm {c.Y}."),
        lambda c, s: (f"Theo báo cáo của {c.V.ev}, kết quả Chỉ số CCHC năm {c.Y} được tổng hợp từ hồ sơ tự đánh giá "
                      f"của {s('total', 'z')} {c.V.units}."),
        lambda c, s: (f"Chỉ số CCHC – thước đo hiệu quả cải cách hành chính – năm {c.Y} được xác định cho "
                      f"{s('total')} {c.V.units}{_tail(c)}."),
        lambda c, s: (f"Kết quả năm {c.Y}, vừa được {_evp(c)} công bố, xếp hạng {s('total')} {c.V.units} theo "
                      f"thang điểm 100."),
        lambda c, s: f"Có mặt trong bảng xếp hạng năm {c.Y}: {s('total')} {c.V.units}{_tail(c)}.",
    ],
}

# ---------------------------------------------------------------- average with the previous year


def _av_o8(c, s):
    return (f"Chỉ số CCHC trung bình năm {c.Y} của {c.V.coll} là {s('avg', 'u')}, "
            f"{s.t('delta', 'tăng thêm', 'giảm bớt')} {s('delta')}{c.dp} so với năm liền kề.",
            f"Để so sánh: năm {c.Y1}, giá trị trung bình Chỉ số CCHC của {c.V.coll_s} là {s('prev', 'u')}.")


def _av_p8(c, s):
    return (f"Mặt bằng chung năm nay ở mức {s('avg', 'u')}, {s.t('delta', 'cao hơn', 'thấp hơn')} "
            f"{s('delta')}{c.dp} so với cùng kỳ.",
            f"Trước đó, năm {c.Y1}, bình quân Chỉ số CCHC của {c.V.coll_s} là {s('prev', 'u')}.")


AVERAGE = {
    "official": [
        lambda c, s: (f"Giá trị trung bình cộng Chỉ số CCHC của {c.V.coll} năm {c.Y} đạt {s('avg', 'u')} "
                      f"(năm {c.Y1} đạt {s('prev', 'u')}), {s.t('delta', 'tăng', 'giảm')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Năm {c.Y}: giá trị trung bình {s('avg', 'u')}; năm {c.Y1}: {s('prev', 'u')}; chênh lệch "
                      f"{s('delta', '+')}{c.dp}."),
        lambda c, s: (f"So với năm liền kề ({s('prev', 'u')}), giá trị trung bình Chỉ số CCHC năm {c.Y} "
                      f"{s.t('delta', 'đã tăng', 'đã giảm')} {s('delta', 'u')}, đạt {s('avg', 'u')}."),
        lambda c, s: (f"Chỉ số CCHC bình quân của {c.V.coll_s} năm {c.Y} là {s('avg', 'pu')}, "
                      f"{s.t('delta', 'tăng', 'giảm nhẹ')} {s('delta', 'p')}{c.dp} so với năm {c.Y1} "
                      f"({s('prev', 'pu')})."),
        lambda c, s: (f"- Giá trị trung bình: năm {c.Y1} là {s('prev', 'u')}, năm {c.Y} là {s('avg', 'u')} "
                      f"({s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')})."),
        lambda c, s: (f"Nếu năm {c.Y1} giá trị trung bình Chỉ số CCHC của {c.V.coll} mới ở mức {s('prev', 'u')} "
                      f"thì năm {c.Y} đã đạt {s('avg', 'u')}, tức {s.t('delta', 'tăng', 'giảm')} {s('delta')}{c.dp}."
                      if s.t('delta', 1, 0) else
                      f"Năm {c.Y1}, giá trị trung bình Chỉ số CCHC của {c.V.coll} là {s('prev', 'u')}; năm {c.Y}, "
                      f"giá trị này chỉ còn {s('avg', 'u')}, tức giảm {s('delta')}{c.dp}."),
        lambda c, s: (f"Mức {s.t('delta', 'tăng', 'giảm')} của giá trị trung bình so với năm {c.Y1} là "
                      f"{s('delta', 'u')}: từ {s('prev', 'u')} {s.t('delta', 'lên', 'xuống')} {s('avg', 'u')} "
                      f"năm {c.Y}."),
        _av_o8,
        lambda c, s: (f"Bình quân chung, Chỉ số CCHC năm {c.Y} của {c.V.coll} đạt {s('avg', 'u')}; so với năm liền "
                      f"kề, {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')}.",
                      f"Năm {c.Y1}, chỉ số bình quân chung là {s('prev', 'u')}."),
    ],
    "press": [
        lambda c, s: (f"Tính bình quân, Chỉ số CCHC năm {c.Y} của {c.V.coll_s} đạt {s('avg', 'u')}, "
                      f"{s.t('delta', 'nhích lên', 'lùi lại')} {s('delta')}{c.dp} so với năm {c.Y1} "
                      f"({s('prev', 'u')})."),
        lambda c, s: (f"{s('avg', 'pu')} là điểm trung bình của {c.V.coll_s} năm nay; con số này năm {c.Y1} là "
                      f"{s('prev', 'pu')}, tức {s.t('delta', 'tăng', 'giảm')} {s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"So với cùng kỳ năm trước, điểm trung bình {s.t('delta', 'tăng', 'giảm')} "
                      f"{s('delta', 'u')} (từ {s('prev', 'u')} {s.t('delta', 'lên', 'xuống')} {s('avg', 'u')})."),
        lambda c, s: (f"Điểm bình quân PAR INDEX {c.Y}: {s('avg', 'u')} ({s('delta', '+')}{c.dp} so với năm "
                      f"{c.Y1} là {s('prev', 'u')})."),
        lambda c, s: (f"Năm {c.Y1}: {s('prev', 'u')}. Năm {c.Y}: {s('avg', 'u')}. Đó là diễn biến của giá trị "
                      f"trung bình Chỉ số CCHC, {s.t('delta', 'tăng', 'giảm')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Giá trị trung bình của {c.V.coll_s} {s.t('delta', 'tiếp tục được cải thiện', 'giảm')} khi "
                      f"đạt {s('avg', 'u')}, {s.t('delta', 'cao hơn', 'thấp hơn')} năm liền kề {s('delta', 'u')} "
                      f"(năm {c.Y1} là {s('prev', 'u')})."),
        lambda c, s: (f"Trung bình cộng điểm số của {c.V.coll_s} năm nay là {s('avg', 'u')} – "
                      f"{s.t('delta', 'tăng', 'giảm')} {s('delta')}{c.dp} so với mức {s('prev', 'u')} của năm "
                      f"trước."),
        _av_p8,
        lambda c, s: (f"Điểm trung bình năm nay ({s('avg', 'u')}) {s.t('delta', 'cao hơn', 'thấp hơn')} năm trước "
                      f"({s('prev', 'u')}) là {s('delta')}{c.dp}."),
    ],
}

# ---------------------------------------------------------------- a unit's change


def _dl_o8(c, s):
    return (f"Chỉ số CCHC năm {c.Y} của {s.U.name} đạt {s('cur', 'u')}, {_upd(s, 'delta')} {s('delta')}{c.dp} "
            f"so với cùng kỳ.",
            f"Năm {c.Y1}, {s.U.name} đạt {s('prev', 'u')}.")


def _dl_p8(c, s):
    return (f"Đáng ghi nhận là {s.U.name} với {s('cur', 'u')}, {_upd(s, 'delta')} {s('delta', 'u')}."
            if s.t('delta', 1, 0) else
            f"Đáng lo ngại là {s.U.name} với {s('cur', 'u')}, giảm {s('delta', 'u')}.",
            f"Năm {c.Y1}, chỉ số của {s.U.name} là {s('prev', 'u')}.")


DELTA = {
    "official": [
        lambda c, s: (f"{s.U.name} đạt {s('cur', 'u')} (năm {c.Y1}: {s('prev', 'u')}), "
                      f"{_upd(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Năm {c.Y}, Chỉ số CCHC của {s.U.name} là {s('cur', 'u')}, {_upd(s, 'delta')} "
                      f"{s('delta', 'u')} so với năm liền kề ({s('prev', 'u')})."),
        lambda c, s: (f"So với năm {c.Y1} ({s('prev', 'u')}), kết quả của {s.U.name} năm {c.Y} "
                      f"{s.t('delta', 'tăng lên', 'giảm xuống')} {s('cur', 'u')}, mức {_upd(s, 'delta')} "
                      f"{s('delta', 'u')}."),
        lambda c, s: (f"- {s.U.name}: {s('prev', 'u')} (năm {c.Y1}) → {s('cur', 'u')} (năm {c.Y}), "
                      f"{_upd(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"Đối với {s.U.name}, năm {c.Y1} đạt {s('prev', 'pu')}, năm {c.Y} đạt {s('cur', 'pu')}; như "
                      f"vậy đã {_upd(s, 'delta')} {s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"{s.U.name}, {c.V.one} có Chỉ số CCHC năm {c.Y} là {s('cur', 'u')}, "
                      f"{s.t('delta', 'cải thiện', 'giảm sút')} {s('delta', 'u')} so với kết quả "
                      f"{s('prev', 'u')} của năm {c.Y1}."),
        lambda c, s: (f"Chỉ số CCHC của {s.U.name} {_upd(s, 'delta')} {s('delta')}{c.dp}, từ {s('prev', 'u')} "
                      f"năm {c.Y1} {s.t('delta', 'lên', 'xuống còn')} {s('cur', 'u')} năm {c.Y}."),
        _dl_o8,
        lambda c, s: (f"Một số {c.V.cn} có Chỉ số CCHC {_upd(s, 'delta')} so với năm {c.Y1}, như {s.U.name} "
                      f"({s('prev', 'u')} → {s('cur', 'u')}; {s('delta', '+')}{c.dp})."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name} là {c.V.one} {s.t('delta', 'đi lên', 'đi xuống')}: từ {s('prev', 'u')} "
                      f"năm {c.Y1} {s.t('delta', 'lên', 'xuống')} {s('cur', 'u')} năm nay "
                      f"({s('delta', '+')}{c.dp})."),
        lambda c, s: (f"Với {s('cur', 'pu')}, {s.U.name} {_upd(s, 'delta')} {s('delta', 'p')}{c.dp} so với cùng kỳ "
                      f"({s('prev', 'pu')})."),
        lambda c, s: (f"Năm {c.Y1} đạt {s('prev', 'u')}, năm nay {s.U.name} "
                      f"{s.t('delta', 'vươn lên', 'tụt xuống')} {s('cur', 'u')} – {_upd(s, 'delta')} "
                      f"{s('delta', 'u')}."),
        lambda c, s: (f"Cùng xu hướng, {s.U.name} {_upd(s, 'delta')} {s('delta', 'u')}, đạt {s('cur', 'u')} "
                      f"(năm ngoái {s('prev', 'u')})."),
        lambda c, s: (f"{s.U.name}: {s('cur', 'u')}, {s.t('delta', 'cao hơn', 'thấp hơn')} năm {c.Y1} "
                      f"{s('delta')}{c.dp} (khi đó là {s('prev', 'u')})."),
        lambda c, s: (f"Điểm số của {s.U.name} năm {c.Y} là {s('cur', 'u')}, so với {s('prev', 'u')} một năm trước "
                      f"đó; mức chênh {s('delta', '+')}{c.dp}."),
        lambda c, s: (f"{s.t('delta', 'Tăng', 'Giảm')} {s('delta')}{c.dp} so với năm {c.Y1}, chỉ số của "
                      f"{s.U.name} hiện ở mức {s('cur', 'u')}; năm trước, {c.V.this} đạt {s('prev', 'u')}."),
        _dl_p8,
        lambda c, s: (f"{s.U.name} ghi nhận mức {_upd(s, 'delta')} {s('delta', 'u')}, "
                      f"{s.t('delta', 'lên', 'xuống')} {s('cur', 'u')} từ mức {s('prev', 'u')} của năm ngoái."),
    ],
}

# ---------------------------------------------------------------- highest / lowest


def _kept(s) -> bool:
    return s.T.prev_rank == 1


HIGHEST = {
    "official": [
        lambda c, s: (f"{c.V.Cn} có Chỉ số CCHC năm {c.Y} cao nhất: {s.T.name} ({s('top', 'u')})."),
        lambda c, s: (f"Xếp thứ nhất là {s.T.name}, đạt {s('top', 'u')}"
                      + (", giữ vững vị trí dẫn đầu so với năm trước." if _kept(s) else
                         f", vươn lên dẫn đầu so với năm {c.Y1}.")),
        lambda c, s: (f"Năm {c.Y}, {s.T.name} đạt {s('top', 'u')} và đứng đầu {c.V.coll_s}."),
        lambda c, s: (f"Kết quả đạt cao nhất thuộc về {s.T.name}, với Chỉ số CCHC là {s('top', 'pu')}."),
        lambda c, s: (f"- Cao nhất: {s.T.name}, {s('top', 'u')}."),
        lambda c, s: (f"Trong số {c.V.coll}, {s.T.name} có Chỉ số CCHC cao nhất, đạt {s('top', 'u')}."),
        lambda c, s: (f"Với tổng điểm {s('top', 'u')}, {s.T.name} được xếp hạng thứ nhất về Chỉ số CCHC năm "
                      f"{c.Y}."),
        lambda c, s: (f"{s.T.name}, {c.V.one} đứng đầu bảng xếp hạng, có Chỉ số CCHC năm {c.Y} đạt "
                      f"{s('top', 'u')}."),
        lambda c, s: (f"Năm {c.Y}, vị trí dẫn đầu thuộc về {s.T.name} với Chỉ số CCHC đạt {s('top', 'pu')}"
                      + (f" (năm {c.Y1} {c.V.this} cũng dẫn đầu)." if _kept(s) else ".")),
    ],
    "press": [
        lambda c, s: (f"{s.T.name} {'tiếp tục giữ vững' if _kept(s) else 'vươn lên chiếm'} ngôi đầu với "
                      f"{s('top', 'u')}."),
        lambda c, s: f"Quán quân năm {c.Y} là {s.T.name} ({s('top', 'u')}).",
        lambda c, s: f"Về đích đầu tiên là {s.T.name} với {s('top', 'pu')}.",
        lambda c, s: (f"{s('top', 'u')} – đó là điểm số giúp {s.T.name} đứng ở vị trí cao nhất bảng xếp hạng năm "
                      f"nay."),
        lambda c, s: f"Dẫn đầu cả bảng là {s.T.name}, đạt {s('top', 'u')}.",
        lambda c, s: (f"Ở tốp đầu, {s.T.name} giành vị trí cao nhất trong {c.V.coll_s} với {s('top', 'u')}."),
        lambda c, s: f"Đứng số một năm {c.Y}: {s.T.name}, {s('top', 'u')}.",
        lambda c, s: (f"Người dẫn đầu, {s.T.name}, đạt {s('top', 'u')} "
                      + ("và giữ vững ngôi vị năm trước." if _kept(s) else f"và thay thế {c.V.one} đứng đầu năm "
                         f"{c.Y1}.")),
        lambda c, s: (f"{s.T.name} {'giữ vững' if _kept(s) else 'giành'} vị trí quán quân, {s('top', 'u')}."),
    ],
}


def _last_before(s) -> bool:
    return s.B.prev_rank == s.B.rank


LOWEST = {
    "official": [
        lambda c, s: f"{c.V.Cn} có Chỉ số CCHC năm {c.Y} thấp nhất: {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: (f"Xếp cuối là {s.B.name}, đạt {s('bot', 'u')}"
                      + (", tiếp tục đứng cuối như năm trước." if _last_before(s) else
                         f", tụt xuống cuối bảng so với năm {c.Y1}.")),
        lambda c, s: f"Kết quả thấp nhất thuộc về {s.B.name}, với Chỉ số CCHC là {s('bot', 'pu')}.",
        lambda c, s: f"- Thấp nhất: {s.B.name}, {s('bot', 'u')}.",
        lambda c, s: f"Trong số {c.V.coll}, {s.B.name} có Chỉ số CCHC thấp nhất, chỉ đạt {s('bot', 'u')}.",
        lambda c, s: f"{s.B.name} đứng cuối bảng xếp hạng với {s('bot', 'u')}.",
        lambda c, s: (f"Chỉ đạt {s('bot', 'u')}, {s.B.name} là {c.V.one} có kết quả Chỉ số CCHC năm {c.Y} thấp "
                      f"nhất."),
        lambda c, s: (f"{s.B.name}, {c.V.one} xếp cuối cùng, có Chỉ số CCHC năm {c.Y} đạt {s('bot', 'u')}."),
        lambda c, s: f"Năm {c.Y}, vị trí cuối cùng thuộc về {s.B.name}, Chỉ số CCHC đạt {s('bot', 'pu')}.",
    ],
    "press": [
        lambda c, s: f"Ở chiều ngược lại, {s.B.name} xếp cuối với {s('bot', 'u')}.",
        lambda c, s: (f"{s.B.name} {'vẫn chưa thoát khỏi' if _last_before(s) else 'bất ngờ rơi xuống'} vị trí "
                      f"cuối bảng, chỉ đạt {s('bot', 'u')}."),
        lambda c, s: f"Đội sổ bảng xếp hạng năm nay là {s.B.name} ({s('bot', 'pu')}).",
        lambda c, s: f"{s('bot', 'u')} là điểm số thấp nhất, thuộc về {s.B.name}.",
        lambda c, s: f"Thấp điểm nhất cả bảng: {s.B.name}, {s('bot', 'u')}.",
        lambda c, s: f"Trong khi đó, {s.B.name} đứng cuối cùng khi chỉ đạt {s('bot', 'u')}.",
        lambda c, s: f"Xếp chót bảng là {s.B.name} với {s('bot', 'u')}.",
        lambda c, s: (f"Điểm thấp nhất ({s('bot', 'u')}) rơi vào {s.B.name}, {c.V.one} đứng cuối bảng xếp hạng "
                      f"năm {c.Y}."),
        lambda c, s: (f"{s.B.name} ({s('bot', 'u')}) {'tiếp tục' if _last_before(s) else 'lần này'} xếp cuối "
                      f"bảng."),
    ],
}

# ---------------------------------------------------------------- gap between the first and the last

GAP = {
    "official": [
        lambda c, s: (f"Khoảng cách giữa {c.V.one} xếp thứ nhất ({s.T.name}) và {c.V.one} xếp cuối "
                      f"({s.B.name}) là {s('gap', 'u')}."),
        lambda c, s: (f"Chỉ số CCHC giữa {c.V.one} cao nhất và {c.V.one} thấp nhất chênh lệch nhau "
                      f"{s('gap')}{c.dp}."),
        lambda c, s: f"- Chênh lệch giữa kết quả cao nhất và thấp nhất: {s('gap', 'u')}.",
        lambda c, s: (f"{s.T.name} cao hơn {s.B.name} {s('gap', 'u')}, đây cũng là khoảng cách giữa vị trí đầu và "
                      f"vị trí cuối bảng."),
        lambda c, s: (f"Biên độ chênh lệch giữa {c.V.one} đứng đầu và {c.V.one} đứng cuối năm {c.Y} là "
                      f"{s('gap', 'pu')}."),
        lambda c, s: (f"Kết quả cho thấy sự chênh lệch giữa các {c.V.cn} còn lớn: {c.V.one} cao nhất và thấp "
                      f"nhất cách nhau {s('gap', 'u')}."),
        lambda c, s: (f"Giữa {s.T.name} (cao nhất) và {s.B.name} (thấp nhất) có khoảng cách là {s('gap')}{c.dp}."),
        lambda c, s: (f"Độ chênh giữa điểm cao nhất và điểm thấp nhất năm {c.Y} là {s('gap', 'u')}."),
        lambda c, s: (f"So với {c.V.one} thấp nhất, {c.V.one} cao nhất có Chỉ số CCHC cao hơn {s('gap')}{c.dp}."),
    ],
    "press": [
        lambda c, s: f"Cách biệt giữa {c.V.one} đầu bảng và cuối bảng lên tới {s('gap', 'u')}.",
        lambda c, s: (f"{s.B.name} kém {s.T.name} tới {s('gap')}{c.dp} – khoảng cách giữa {c.V.one} đứng cuối và "
                      f"{c.V.one} dẫn đầu."),
        lambda c, s: f"Chênh lệch giữa người đứng đầu và người xếp cuối: {s('gap', 'pu')}.",
        lambda c, s: (f"Từ đỉnh xuống đáy bảng xếp hạng là một khoảng cách {s('gap', 'u')}."),
        lambda c, s: (f"Khoảng cách giữa {s.T.name} và {s.B.name} – {c.V.one} cao nhất và thấp nhất – là "
                      f"{s('gap', 'u')}."),
        lambda c, s: (f"{c.V.Cn} dẫn đầu bỏ xa {c.V.one} xếp cuối tới {s('gap')}{c.dp}."),
        lambda c, s: (f"Điểm cao nhất và thấp nhất cách nhau {s('gap', 'u')}, cho thấy sự phân hóa rõ rệt giữa "
                      f"{c.V.coll_s}."),
        lambda c, s: (f"Giữa vị trí số một và vị trí cuối cùng năm nay có độ chênh {s('gap', 'u')}."),
        lambda c, s: f"Khoảng cách đầu – cuối bảng năm nay: {s('gap', 'u')}.",
    ],
}

# ---------------------------------------------------------------- two units compared


def _cmp_o8(c, s):
    if s.extremes:
        return (f"{c.V.Cn} cao nhất ({s.A.name}, {s('a', 'u')}) và {c.V.one} thấp nhất ({s.B.name}, "
                f"{s('b', 'u')}) chênh lệch nhau {s('diff', 'u')}.")
    return (f"{s.A.name} ({s('a', 'u')}) và {s.B.name} ({s('b', 'u')}) chênh lệch nhau {s('diff', 'u')}.")


def _cmp_p8(c, s):
    if s.extremes:
        return (f"Khoảng cách giữa {s.A.name}, {c.V.one} dẫn đầu với {s('a', 'u')}, và {s.B.name}, {c.V.one} "
                f"xếp cuối với {s('b', 'u')}, là {s('diff', 'u')}.")
    return (f"Ở một so sánh khác, {s.A.name} đạt {s('a', 'u')}, còn {s.B.name} đạt {s('b', 'u')}; cách biệt "
            f"{s('diff', 'u')}.")


COMPARISON = {
    "official": [
        lambda c, s: (f"Chỉ số CCHC của {s.A.name} ({s('a', 'u')}) cao hơn của {s.B.name} ({s('b', 'u')}) là "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: (f"{s.B.name} đạt {s('b', 'u')}, thấp hơn {s('diff', 'u')} so với {s.A.name} "
                      f"({s('a', 'u')})."),
        lambda c, s: (f"Cao hơn {s.B.name} ({s('b', 'pu')}) {s('diff', 'p')}{c.dp}, {s.A.name} đạt "
                      f"{s('a', 'pu')}."),
        lambda c, s: (f"- {s.A.name}: {s('a', 'u')}; {s.B.name}: {s('b', 'u')}; chênh lệch: {s('diff', 'u')}."),
        lambda c, s: (f"Kết quả của {s.A.name} là {s('a', 'u')}, trong khi {s.B.name} là {s('b', 'u')}, tức "
                      f"{s.A.name} cao hơn {s('diff', 'u')}."),
        lambda c, s: (f"Chênh lệch giữa {s.A.name} và {s.B.name} là {s('diff', 'u')} ({s('a', 'u')} so với "
                      f"{s('b', 'u')})."),
        lambda c, s: (f"Trong khi {s.B.name}{', ' + c.V.one + ' thấp nhất,' if s.extremes else ''} mới đạt "
                      f"{s('b', 'u')}, {s.A.name} đã đạt {s('a', 'u')}, cao hơn {s('diff', 'u')}."),
        _cmp_o8,
        lambda c, s: (f"{s.A.name} và {s.B.name} đạt lần lượt {s('a', 'u')} và {s('b', 'u')}; {s.A.name} cao hơn "
                      f"{s('diff', 'u')}."),
    ],
    "press": [
        lambda c, s: (f"{s.A.name} ({s('a', 'u')}) bỏ xa {s.B.name} ({s('b', 'u')}) tới {s('diff')}{c.dp}."),
        lambda c, s: (f"Với {s('a', 'u')}, {s.A.name} hơn {s.B.name} {s('diff', 'u')}; {s.B.name} chỉ đạt "
                      f"{s('b', 'u')}."),
        lambda c, s: (f"{s.B.name} ({s('b', 'pu')}) kém {s.A.name} ({s('a', 'pu')}) {s('diff', 'p')}{c.dp}."),
        lambda c, s: (f"Cách biệt giữa {s.A.name} và {s.B.name} là {s('diff', 'u')}: {s('a', 'u')} so với "
                      f"{s('b', 'u')}."),
        lambda c, s: (f"Nếu {s.A.name} đạt {s('a', 'u')} thì {s.B.name} chỉ đạt {s('b', 'u')}, thấp hơn "
                      f"{s('diff', 'u')}."),
        lambda c, s: (f"{s.A.name} vượt {s.B.name}{' – ' + c.V.one + ' xếp cuối bảng –' if s.extremes else ''} "
                      f"{s('diff', 'u')} ({s('a', 'u')} và {s('b', 'u')})."),
        lambda c, s: (f"Điểm của {s.B.name} là {s('b', 'u')}, trong khi {s.A.name} đạt {s('a', 'u')}, nhiều hơn "
                      f"{s('diff', 'u')}."),
        _cmp_p8,
        lambda c, s: (f"Chênh {s('diff', 'u')} là khoảng cách giữa {s.A.name} ({s('a', 'u')}) và {s.B.name} "
                      f"({s('b', 'u')})."),
    ],
}

# ---------------------------------------------------------------- counts per band


def _bc_o1(c, s):
    parts = [f"{b.Grp} ({b.span}): {s(r, 'z')} {c.V.cn}" for b, r in s.bands]
    return f"Về phân loại kết quả năm {c.Y}: " + "; ".join(parts) + _empty(c, s) + "."


def _bc_o2(c, s):
    lines = [f"- {b.Grp}: {s(r)} {c.V.cn};" for b, r in s.bands]
    lines[-1] = lines[-1][:-1] + "."
    return f"Kết quả xếp hạng Chỉ số CCHC năm {c.Y} theo {c.V.grouping}:\n" + "\n".join(lines)


def _bc_o3(c, s):
    titles = _enum([b.grp for b, _ in s.bands])
    counts = _enum([s(r) for _, r in s.bands])
    return (f"Trong tổng số {s('total')} {c.V.units}, số {c.V.cn} thuộc {titles} lần lượt là "
            f"{counts}" + _empty(c, s) + ".")


def _bc_o4(c, s):
    parts = [f"{s(r)} {c.V.cn} {b.inb} ({b.span})" for b, r in s.bands]
    return f"Năm {c.Y} có " + _enum(parts, ", ", "; ") + _empty(c, s) + "."


def _bc_o5(c, s):
    parts = [f"{b.grp} có {s(r, 'w')} {c.V.cn}" for b, r in s.bands]
    return (f"Kết quả phân loại cho thấy: {_cap(_enum(parts, '; ', '; '))}" + _empty(c, s, ", ") + ".")


def _bc_o6(c, s):
    parts = [f"{b.inb} là {s(r, 'z')}" for b, r in s.bands]
    return (f"Tổng số {c.V.cn} được xếp hạng là {s('total')}, trong đó số {c.V.cn} " + _enum(parts, "; ")
            + _empty(c, s) + ".")


def _bc_o7(c, s):
    parts = [f"{b.title} – {s(r)} {c.V.cn}" for b, r in s.bands]
    return f"Số lượng {c.V.cn} theo từng mức: " + "; ".join(parts) + _empty(c, s) + "."


def _bc_o8(c, s):
    parts = [f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands]
    return (f"Căn cứ kết quả thẩm định, {c.V.ev} xếp hạng {s('total', 'z')} {c.V.units} thành: "
            + _enum(parts, ", ") + _empty(c, s) + ".")


def _bc_p1(c, s):
    order = _by_size(s)
    big_b, big_r = order[0]
    rest = [f"{s(r)} {c.V.cn} {b.inb}" for b, r in order[1:]]
    lead = "Nhiều nhất là" if _distinct(s) else "Có"
    return (f"{lead} {s(big_r)} {c.V.cn} {big_b.inb}; tiếp theo là " + _enum(rest, "; ")
            + _empty(c, s) + ".")


def _bc_p2(c, s):
    parts = [f"{b.grp} {s(r)}" for b, r in s.bands]
    return f"Phân theo {c.V.grouping}: " + _enum(parts, ", ") + f" {c.V.cn}" + _empty(c, s) + "."


def _bc_p3(c, s):
    parts = [f"{s(r, 'v')} {c.V.cn} {b.inb}" for b, r in s.bands]
    return f"Năm nay, {c.V.where} có " + _enum(parts, ", ") + _empty(c, s) + "."


def _bc_p4(c, s):
    lines = [f"+ {b.Grp} ({b.span}): {s(r)} {c.V.cn}" for b, r in s.bands]
    return f"Bức tranh phân loại {c.V.coll_s} năm {c.Y}:\n" + "\n".join(lines)


def _bc_p5(c, s):
    titles = _enum([b.grp for b, _ in s.bands])
    counts = _enum([s(r) for _, r in s.bands])
    return (f"Trong số {s('total')} {c.V.units} có tên trong bảng xếp hạng, {titles} lần lượt có {counts} "
            f"{c.V.cn}" + _empty(c, s) + ".")


def _bc_p6(c, s):
    parts = [f"{s(r)} {c.V.cn} {b.reach}" for b, r in s.bands]
    return "Xét theo điểm số, " + _enum(parts, "; ", "; còn ") + _empty(c, s) + "."


def _bc_p7(c, s):
    parts = [f"{b.title}: {s(r, 'z')}" for b, r in s.bands]
    return f"Số {c.V.cn} theo {c.V.grouping} (năm {c.Y}) – " + ", ".join(parts) + _empty(c, s) + "."


def _bc_p8(c, s):
    first_b, first_r = s.bands[0]
    rest = [f"{b.grp} là {s(r)}" for b, r in s.bands[1:]]
    return (f"{_cap(first_b.grp)} năm nay có {s(first_r)} {c.V.cn}, còn " + _enum(rest, ", ")
            + _empty(c, s) + ".")


def _bc_o9(c, s):
    parts = [f"{b.grp} có {s(r, 'v')} {c.V.cn}" for b, r in s.bands]
    return (f"Kết quả: {s('total')} {c.V.units} được xếp hạng; trong số đó, " + "; ".join(parts) + _empty(c, s)
            + ".")


def _bc_p9(c, s):
    parts = [f"{b.grp} {s(r)} {c.V.cn}" for b, r in s.bands]
    return _cap("; ".join(parts)) + f" – đó là kết quả phân nhóm năm {c.Y}" + _empty(c, s) + "."


BAND_COUNTS = {
    "official": [_bc_o1, _bc_o2, _bc_o3, _bc_o4, _bc_o5, _bc_o6, _bc_o7, _bc_o8, _bc_o9],
    "press": [_bc_p1, _bc_p2, _bc_p3, _bc_p4, _bc_p5, _bc_p6, _bc_p7, _bc_p8, _bc_p9],
}

# ---------------------------------------------------------------- a band's count with its member list


def _bm_o3(c, s):
    bullets = "\n".join(f"- {n};" for n in _names(c, s))
    return (f"{s.b.Grp} ({s.b.span}) có {s('count', 'z')} {c.V.cn}, cụ thể:\n" + bullets[:-1] + ".")


def _bm_o9(c, s):
    bullets = "\n".join(f"+ {n}" for n in _names(c, s))
    return f"{s.b.Grp} gồm các {c.V.cn} sau (tổng số {s('count')}):\n" + bullets


def _bm_p3(c, s):
    bullets = "\n".join(f"+ {n}" for n in _names(c, s))
    return f"Danh sách {s('count')} {c.V.cn} {s.b.inb}:\n" + bullets


BAND_MEMBERS = {
    "official": [
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} năm {c.Y}: {s('count', 'z')} ({s.ml('semi')})."),
        lambda c, s: (f"{_cap(s.b.grp)}, {s.b.span}, gồm {s('count')} {c.V.cn} là: {s.ml()}."),
        _bm_o3,
        lambda c, s: (f"Có {s('count', 'w')} {c.V.cn} {s.b.inb}, trong số đó có {s.ml('comma')}."
                      if _several(s, "count") else
                      f"Chỉ có {s('count', 'w')} {c.V.one} {s.b.inb} là {s.ml()}."),
        lambda c, s: (f"{s.ml()} là {('các ' + c.V.cn) if _several(s, 'count') else c.V.one} {s.b.inb} "
                      f"(tổng số {s('count')} {c.V.cn})."),
        lambda c, s: (f"Các {c.V.cn} đạt {s.b.span} ({s('count')} {c.V.cn}) gồm: {s.ml('mixed')}."),
        lambda c, s: (f"{s.b.Inb} năm {c.Y} có {s('count', 'v')} {c.V.cn}, gồm {c.V.listof}: "
                      f"{s.ml('semi_only', short=True)}."),
        lambda c, s: (f"Trong năm {c.Y}, {s.ml()} "
                      f"{('là những ' + c.V.cn) if _several(s, 'count') else 'là ' + c.V.one} {s.b.inb}; tổng cộng "
                      f"{s('count', 'z')} {c.V.cn}."),
        _bm_o9,
    ],
    "press": [
        lambda c, s: (f"Góp mặt ở {s.b.grp} năm nay có {s('count', 'w')} cái tên: {s.ml()}."),
        lambda c, s: (f"{s('count', 'W')} {c.V.cn} {s.b.inb} gồm {s.ml('mixed')}."),
        _bm_p3,
        lambda c, s: (f"{s.ml()} – đó là {s('count')} {c.V.cn} "
                      f"{s.b.reach}."),
        lambda c, s: (f"Chỉ số của {s.ml('semi')} đều {s.b.reach}; như vậy {s.b.grp} có {s('count')} {c.V.cn}."
                      if _several(s, "count") else
                      f"Chỉ số của {s.ml()} {s.b.reach}; như vậy {s.b.grp} có {s('count')} {c.V.one}."),
        lambda c, s: (f"{_cap(s.b.grp)} ({s.b.span}) điểm danh {s('count', 'v')} {c.V.cn}: {s.ml('comma')}."),
        lambda c, s: (f"Đáng chú ý, {s.b.grp} có {s('count')} {c.V.cn}, trong đó có {s.ml()}."),
        lambda c, s: (f"Những {c.V.cn} {s.b.inb} ({s('count', 'z')} {c.V.cn}) là {s.ml()}."),
        lambda c, s: (f"{'Chỉ có' if s.big('count') <= 3 else 'Có'} {s('count')} {c.V.cn} {s.b.reach}: "
                      f"{s.ml()}."),
    ],
}

# ---------------------------------------------------------------- count at or above the threshold

THRESHOLD = {
    "official": [
        lambda c, s: f"Số {c.V.cn} đạt Chỉ số CCHC từ {c.thr} trở lên: {s('thr', 'z')}.",
        lambda c, s: f"Năm {c.Y}, {s('thr')} {c.V.cn} có kết quả vượt mức {c.thr}.",
        lambda c, s: f"- {c.V.Cn} đạt trên {c.thr}: {s('thr')} {c.V.cn}.",
        lambda c, s: f"Có {s('thr', 'w')} {c.V.cn} có Chỉ số CCHC năm {c.Y} đạt từ {c.thr} trở lên.",
        lambda c, s: f"Ở mức từ {c.thr} trở lên có {s('thr')} {c.V.units}.",
        lambda c, s: (f"Các {c.V.cn} có Chỉ số CCHC trên {c.thr} (tổng cộng {s('thr')} {c.V.cn}) được đề nghị "
                      f"khen thưởng theo quy định."),
        lambda c, s: f"{s('thr', 'z')} {c.V.units} đạt Chỉ số CCHC năm {c.Y} cao hơn {c.thr}.",
        lambda c, s: f"Số lượng {c.V.cn} có kết quả đạt trên {c.thr} là {s('thr', 'v')}.",
        lambda c, s: (f"Về số lượng, {s('thr', 'v')} {c.V.units} có Chỉ số CCHC năm {c.Y} không thấp hơn "
                      f"{c.thr}."),
    ],
    "press": [
        lambda c, s: f"Có tới {s('thr')} {c.V.cn} vượt ngưỡng {c.thr}.",
        lambda c, s: f"{s('thr', 'W')} {c.V.cn} đạt Chỉ số CCHC trên {c.thr} trong năm nay.",
        lambda c, s: f"Số {c.V.cn} cán mốc {c.thr} trở lên năm {c.Y} là {s('thr')}.",
        lambda c, s: f"Trên ngưỡng {c.thr} có {s('thr')} {c.V.cn}.",
        lambda c, s: f"Năm {c.Y} ghi nhận {s('thr', 'z')} {c.V.cn} có chỉ số từ {c.thr} trở lên.",
        lambda c, s: f"{c.V.Units} đạt trên {c.thr}: {s('thr')}.",
        lambda c, s: f"Đáng mừng, {s('thr', 'v')} {c.V.cn} đã vượt qua mốc {c.thr}.",
        lambda c, s: f"Điểm số của {s('thr')} {c.V.units} cao hơn {c.thr}.",
        lambda c, s: f"Vượt mốc {c.thr} năm nay có {s('thr')} cái tên.",
    ],
}

# ---------------------------------------------------------------- above the average, as a ratio

RATIO = {
    "official": [
        lambda c, s: f"Số {c.V.cn} có Chỉ số CCHC cao hơn giá trị trung bình: {s('num')}/{s('den')}.",
        lambda c, s: (f"Có {s('num')} trên tổng số {s('den')} {c.V.units} đạt Chỉ số CCHC năm {c.Y} cao hơn giá "
                      f"trị trung bình chung."),
        lambda c, s: f"- {s('num', 'z')}/{s('den')} {c.V.cn} đạt trên mức trung bình.",
        lambda c, s: (f"Trong số {s('den')} {c.V.units} được đánh giá, {s('num')} {c.V.cn} có kết quả vượt giá "
                      f"trị trung bình."),
        lambda c, s: (f"Năm {c.Y}, {s('num')}/{s('den')} {c.V.units} có Chỉ số CCHC trên mức bình quân."),
        lambda c, s: (f"Tỷ lệ {c.V.cn} đạt trên giá trị trung bình là {s('num')}/{s('den')}."),
        lambda c, s: (f"Kết quả có {s('num')} {c.V.cn} (trong tổng số {s('den')}) đạt Chỉ số CCHC cao hơn giá trị "
                      f"trung bình."),
        lambda c, s: (f"{c.V.Cn} có Chỉ số CCHC vượt giá trị trung bình chiếm {s('num')}/{s('den')} {c.V.cn}."),
        lambda c, s: (f"Về tương quan với giá trị trung bình: {s('num')}/{s('den')} {c.V.units} đạt cao hơn."),
    ],
    "press": [
        lambda c, s: f"{s('num')}/{s('den')} {c.V.cn} có điểm cao hơn mức trung bình.",
        lambda c, s: (f"Cứ {s('den')} {c.V.cn} thì có {s('num')} {c.V.cn} vượt điểm trung bình của năm {c.Y}."),
        lambda c, s: (f"Trên mức bình quân chung có {s('num')} trong số {s('den')} {c.V.units}."),
        lambda c, s: (f"Có {s('num')}/{s('den')} {c.V.cn} đạt chỉ số trên mức trung bình – một tín hiệu tích "
                      f"cực."),
        lambda c, s: (f"Số {c.V.cn} có điểm vượt trung bình năm nay là {s('num', 'z')}/{s('den')}."),
        lambda c, s: (f"Trong {s('den')} {c.V.units}, {s('num')} {c.V.cn} có kết quả cao hơn điểm trung bình."),
        lambda c, s: (f"Chỉ {s('num')}/{s('den')} {c.V.cn} vượt qua điểm trung bình."
                      if s.big("num") * 2 < s.big("den") else
                      f"Không dưới một nửa, tức {s('num')}/{s('den')} {c.V.cn}, vượt qua điểm trung bình."),
        lambda c, s: (f"Tỷ lệ {s('num')}/{s('den')}: đó là số {c.V.cn} có Chỉ số CCHC trên trung bình năm "
                      f"{c.Y}."),
        lambda c, s: f"Điểm trung bình năm {c.Y} được {s('num')}/{s('den')} {c.V.cn} vượt qua.",
    ],
}

# ---------------------------------------------------------------- a total and its parts


def _pt_o8(c, s):
    return (f"Tổng số {c.V.cn} được đánh giá: {s('total', 'z')}, trong đó:\n- {_cap(_n(s, 0))}: {s('p0')};\n"
            f"- {_cap(_n(s, 1))}: {s('p1')}.")


PARTS = {
    "official": [
        lambda c, s: (f"Năm {c.Y}, {c.V.ev} đánh giá {s('total')} {c.V.units}, bao gồm {s('p0')} {_n(s, 0)} và "
                      f"{s('p1')} {_n(s, 1)}."),
        lambda c, s: (f"{s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}, tổng cộng {s('total')} {c.V.cn}, đã được "
                      f"thẩm định kết quả tự đánh giá."),
        lambda c, s: (f"Đối tượng xác định Chỉ số CCHC năm {c.Y}: {s('total')} {c.V.cn} ({s('p0')} {_n(s, 0)}; "
                      f"{s('p1')} {_n(s, 1)})."),
        lambda c, s: (f"Trong số {s('total')} {c.V.units} được xếp hạng, có {s('p0', 'z')} {_n(s, 0)}, "
                      f"{s('p1', 'z')} {_n(s, 1)}."),
        lambda c, s: (f"Số {c.V.cn} được đánh giá là {s('total')}, gồm: {_n(s, 0)} ({s('p0')}) và {_n(s, 1)} "
                      f"({s('p1')})."),
        lambda c, s: (f"Cơ cấu đối tượng đánh giá gồm {s('p0')} {_n(s, 0)} cùng {s('p1')} {_n(s, 1)}, nâng tổng "
                      f"số lên {s('total')} {c.V.cn}."),
        lambda c, s: (f"Kết quả được xác định cho {s('total')} {c.V.cn}, trong đó {_n(s, 0)} là {s('p0')}, "
                      f"{_n(s, 1)} là {s('p1')}."),
        _pt_o8,
        lambda c, s: (f"Trong tổng số {s('total')} {c.V.cn} có {s('p0')} {_n(s, 0)}; số còn lại, {s('p1', 'v')} "
                      f"{c.V.cn}, là {_n(s, 1)}."),
    ],
    "press": [
        lambda c, s: (f"Trong {s('total')} {c.V.units} được chấm điểm năm nay có {s('p0')} {_n(s, 0)} và "
                      f"{s('p1')} {_n(s, 1)}."),
        lambda c, s: (f"{s('total')} {c.V.cn} ({s('p0')} {_n(s, 0)}, {s('p1')} {_n(s, 1)}) có tên trong bảng xếp "
                      f"hạng năm {c.Y}."),
        lambda c, s: (f"Bảng xếp hạng năm {c.Y} gồm {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)} – tổng cộng "
                      f"{s('total')} {c.V.cn}."),
        lambda c, s: (f"Các {c.V.cn} được đánh giá gồm {_n(s, 0)} và {_n(s, 1)}, lần lượt là {s('p0')} và "
                      f"{s('p1')}, tổng số {s('total')}."),
        lambda c, s: (f"Với {s('p0')} {_n(s, 0)} cộng {s('p1')} {_n(s, 1)}, tổng số {c.V.cn} được xếp hạng năm "
                      f"nay là {s('total')}."),
        lambda c, s: (f"Tham gia đánh giá có {s('total', 'z')} {c.V.cn}; trong số đó, {_n(s, 0)} chiếm "
                      f"{s('p0')}, {_n(s, 1)} chiếm {s('p1')}."),
        lambda c, s: (f"{c.V.Units}: {s('total')}, trong đó {s('p1')} {_n(s, 1)} và {s('p0')} {_n(s, 0)}."),
        lambda c, s: (f"Ngoài {s('p0')} {_n(s, 0)}, bảng xếp hạng còn có {s('p1')} {_n(s, 1)}, nâng tổng số "
                      f"lên {s('total')} {c.V.cn}."),
        lambda c, s: (f"{_cap(_n(s, 0))} chiếm {s('p0')}/{s('total')} {c.V.cn} trong bảng xếp hạng, còn lại "
                      f"{s('p1')} là {_n(s, 1)}."),
    ],
}

# ---------------------------------------------------------------- a band's count against last year


def _cc_o8(c, s):
    return (f"Số {c.V.cn} {s.b.inb} năm {c.Y} là {s('cur', 'z')}, {s.t('chg', 'nhiều hơn', 'ít hơn')} "
            f"{s('chg')} {c.V.cn} so với năm {c.Y1}.",
            f"Năm {c.Y1}, {s.b.grp} có {s('prev', 'z')} {c.V.cn}.")


def _cc_p8(c, s):
    return (f"{_cap(s.b.grp)} năm nay có {s('cur')} {c.V.cn} ({s.t('chg', '+', '-')}{s('chg')} so với năm "
            f"trước).",
            f"Con số này năm {c.Y1} là {s('prev')}.")


COUNT_CHANGE = {
    "official": [
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} {_upd(s, 'chg')} {s('chg')} {c.V.cn}, từ {s('prev')} (năm {c.Y1}) "
                      f"{s.t('chg', 'lên', 'xuống còn')} {s('cur')} (năm {c.Y})."),
        lambda c, s: (f"Năm {c.Y}, {s.b.grp} có {s('cur', 'z')} {c.V.cn}, {s.t('chg', 'tăng thêm', 'giảm')} "
                      f"{s('chg', 'z')} {c.V.cn} so với năm liền kề ({s('prev', 'z')} {c.V.cn})."),
        lambda c, s: (f"- {s.b.Grp}: {s('cur')} {c.V.cn} ({_upd(s, 'chg')} {s('chg')} so với năm {c.Y1} là "
                      f"{s('prev')} {c.V.cn})."),
        lambda c, s: (f"So với năm {c.Y1} ({s('prev')} {c.V.cn}), số {c.V.cn} {s.b.inb} năm {c.Y} là "
                      f"{s('cur')}, {_upd(s, 'chg')} {s('chg', 'w')} {c.V.cn}."),
        lambda c, s: (f"Năm {c.Y}, số {c.V.cn} {s.b.inb} là {s('cur', 'w')}, trong khi năm {c.Y1} là "
                      f"{s('prev', 'w')}; như vậy {_upd(s, 'chg')} {s('chg', 'w')} {c.V.cn}."),
        lambda c, s: (f"Năm {c.Y1} có {s('prev')} {c.V.cn} {s.b.inb}; năm {c.Y} con số này là {s('cur')}, "
                      f"{_upd(s, 'chg')} {s('chg')}."),
        lambda c, s: (f"{_upd(s, 'chg').capitalize()} {s('chg')} {c.V.cn} so với năm trước, {s.b.grp} năm {c.Y} "
                      f"có {s('cur')} {c.V.cn} (năm {c.Y1}: {s('prev')})."),
        _cc_o8,
        lambda c, s: (f"So với năm {c.Y1}, số {c.V.cn} {s.b.inb} năm {c.Y} {s.t('chg', 'nhiều hơn', 'ít hơn')} "
                      f"{s('chg')} {c.V.cn} ({s('cur')} so với {s('prev')})."),
    ],
    "press": [
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} {s.t('chg', 'tăng từ', 'giảm từ')} {s('prev')} "
                      f"{s.t('chg', 'lên', 'xuống')} {s('cur')}, tức {s.t('chg', 'thêm', 'bớt')} {s('chg')} "
                      f"{c.V.cn}."),
        lambda c, s: (f"{_cap(s.b.grp)} năm nay có {s('cur')} {c.V.cn}, {s.t('chg', 'nhiều hơn', 'ít hơn')} "
                      f"{s('chg')} so với năm {c.Y1} ({s('prev')})."),
        lambda c, s: (f"Từ {s('prev', 'w')} {c.V.cn} năm {c.Y1}, {s.b.grp} {s.t('chg', 'đã có', 'chỉ còn')} "
                      f"{s('cur', 'w')} {c.V.cn} năm {c.Y} ({_upd(s, 'chg')} {s('chg', 'w')})."),
        lambda c, s: (f"Năm nay, {s('cur')} {c.V.cn} {s.b.inb}, {_upd(s, 'chg')} {s('chg')} {c.V.cn} so với "
                      f"cùng kỳ, khi chỉ có {s('prev')}." if s.t('chg', 1, 0) else
                      f"Năm nay, {s('cur')} {c.V.cn} {s.b.inb}, giảm {s('chg')} {c.V.cn} so với cùng kỳ, khi có "
                      f"tới {s('prev')}."),
        lambda c, s: (f"{_cap(s.b.grp)}: {s('prev')} → {s('cur')} {c.V.cn} ({_upd(s, 'chg')} {s('chg')})."),
        lambda c, s: (f"Đáng chú ý, số {c.V.cn} {s.b.inb} {s.t('chg', 'tăng thêm', 'bớt đi')} {s('chg', 'v')}, "
                      f"từ {s('prev', 'v')} lên {s('cur', 'v')}." if s.t('chg', 1, 0) else
                      f"Đáng chú ý, số {c.V.cn} {s.b.inb} bớt đi {s('chg', 'v')}, từ {s('prev', 'v')} xuống "
                      f"{s('cur', 'v')}."),
        lambda c, s: (f"{s('cur', 'z')} là số {c.V.cn} {s.b.inb} năm {c.Y} ({_upd(s, 'chg')} {s('chg', 'z')} "
                      f"{c.V.cn} so với {s('prev', 'z')} của năm trước)."),
        _cc_p8,
        lambda c, s: (f"{c.V.Cn} {s.b.inb}: {s('cur')} (năm {c.Y1}: {s('prev')}), {_upd(s, 'chg')} "
                      f"{s('chg', 'v')}."),
    ],
}

# ---------------------------------------------------------------- a unit's rank and its move

RANK = {
    "official": [
        lambda c, s: (f"{s.U.name} xếp thứ {s('r')}/{s('den')}, {_upd(s, 'move')} {s('move')} bậc so với năm "
                      f"{c.Y1} (thứ {s('pr')})."),
        lambda c, s: (f"Về thứ hạng, {s.U.name} từ vị trí {s('pr')} năm {c.Y1} "
                      f"{s.t('move', 'vươn lên', 'xuống')} vị trí {s('r')} năm {c.Y} trong tổng số {s('den')} "
                      f"{c.V.units}, {_upd(s, 'move')} {s('move', 'w')} bậc."),
        lambda c, s: (f"- {s.U.name}: xếp hạng {s('r')}/{s('den')} (năm {c.Y1}: hạng {s('pr')}), "
                      f"{_upd(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"Năm {c.Y}, {s.U.name} đứng thứ {s('r')} trong số {s('den')} {c.V.units}, "
                      f"{_upd(s, 'move')} {s('move')} bậc so với vị trí thứ {s('pr')} của năm liền kề."),
        lambda c, s: (f"Xếp hạng của {s.U.name} được cải thiện {s('move', 'w')} bậc: "
                      f"từ thứ {s('pr')} lên thứ {s('r')}/{s('den')}." if s.t('move', 1, 0) else
                      f"Xếp hạng của {s.U.name} bị tụt {s('move', 'w')} bậc: từ thứ {s('pr')} xuống thứ "
                      f"{s('r')}/{s('den')}."),
        lambda c, s: (f"{s.U.name} {_upd(s, 'move')} {s('move', 'z')} bậc, xếp thứ {s('r')}/{s('den')} "
                      f"{c.V.units} (năm {c.Y1} xếp thứ {s('pr')})."),
        lambda c, s: (f"So với năm {c.Y1} (xếp thứ {s('pr')}), năm {c.Y} {s.U.name} xếp thứ "
                      f"{s('r')}/{s('den')}, {_upd(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"Thứ hạng Chỉ số CCHC năm {c.Y} của {s.U.name}: {s('r')}/{s('den')}, "
                      f"{s.t('move', 'tăng', 'giảm')} {s('move')} bậc (năm {c.Y1}: hạng {s('pr')})."),
        lambda c, s: (f"{s.U.name} {_upd(s, 'move')} {s('move', 'v')} bậc so với năm liền kề, từ vị trí thứ "
                      f"{s('pr')} {s.t('move', 'lên', 'xuống')} vị trí thứ {s('r')} trong số {s('den')} "
                      f"{c.V.units}."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name} {s.t('move', 'vươn lên', 'tụt xuống')} vị trí thứ {s('r')}/{s('den')}, "
                      f"{_upd(s, 'move')} {s('move', 'w')} bậc so với năm ngoái (thứ {s('pr')})."),
        lambda c, s: (f"Từ hạng {s('pr')}, {s.U.name} năm nay {s.t('move', 'leo lên', 'rơi xuống')} hạng "
                      f"{s('r')} trong {s('den')} {c.V.units} ({s.t('move', '+', '-')}{s('move')} bậc)."),
        lambda c, s: (f"{s.t('move', 'Tăng', 'Giảm')} {s('move', 'v')} bậc, {s.U.name} xếp thứ {s('r')}/{s('den')} "
                      f"năm {c.Y} (năm {c.Y1} đứng thứ {s('pr')})."),
        lambda c, s: (f"Với kết quả này, {s.U.name} đứng thứ {s('r')}/{s('den')}; năm {c.Y1} {c.V.this} đứng thứ "
                      f"{s('pr')}, tức {_upd(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"{s.U.name}: hạng {s('r')}/{s('den')} ({s.t('move', 'tăng', 'giảm')} {s('move')} bậc so "
                      f"với hạng {s('pr')} năm {c.Y1})."),
        lambda c, s: (f"Ấn tượng nhất là {s.U.name}, {s.t('move', 'tăng', 'giảm')} tới {s('move')} bậc, từ thứ "
                      f"{s('pr')} lên thứ {s('r')}/{s('den')}." if s.t('move', 1, 0) else
                      f"Đáng tiếc là {s.U.name}, giảm tới {s('move')} bậc, từ thứ {s('pr')} xuống thứ "
                      f"{s('r')}/{s('den')}."),
        lambda c, s: (f"Trong bảng xếp hạng {s('den')} {c.V.units}, {s.U.name} ở vị trí {s('r')}, "
                      f"{s.t('move', 'cao hơn', 'thấp hơn')} {s('move')} bậc so với vị trí {s('pr')} năm trước."),
        lambda c, s: (f"Năm {c.Y1} xếp thứ {s('pr')}, năm nay {s.U.name} {s.t('move', 'lên', 'xuống')} thứ "
                      f"{s('r')}/{s('den')} – {s.t('move', 'tăng', 'giảm')} {s('move', 'z')} bậc."),
        lambda c, s: (f"Thứ hạng thay đổi: {s.U.name} năm {c.Y1} ở hạng {s('pr')}, năm nay ở hạng "
                      f"{s('r')}/{s('den')} ({_upd(s, 'move')} {s('move')} bậc)."),
    ],
}

# ---------------------------------------------------------------- units up and down against last year


def _ud_p8(c, s):
    more, fewer = ("up", "down") if s.big("up") >= s.big("down") else ("down", "up")
    word = {"up": "tăng điểm", "down": "giảm điểm"}
    return (f"Số {c.V.cn} {word[more]} ({s(more)}) nhiều hơn số {c.V.cn} {word[fewer]} ({s(fewer)}) so với năm "
            f"{c.Y1}." if s.big(more) != s.big(fewer) else
            f"Số {c.V.cn} tăng điểm ({s('up')}) bằng số {c.V.cn} giảm điểm ({s('down')}) so với năm {c.Y1}.")


UP_DOWN = {
    "official": [
        lambda c, s: (f"So với năm liền kề, {s('up')} {c.V.cn} có Chỉ số CCHC tăng; {s('down')} {c.V.cn} có Chỉ "
                      f"số giảm."),
        lambda c, s: (f"- Số {c.V.cn} tăng điểm so với năm {c.Y1}: {s('up', 'z')}; số {c.V.cn} giảm điểm: "
                      f"{s('down', 'z')}."),
        lambda c, s: (f"Có {s('down', 'w')} {c.V.cn} giảm điểm so với năm {c.Y1}, {s('up', 'w')} {c.V.cn} tăng "
                      f"điểm."),
        lambda c, s: (f"Kết quả năm {c.Y} của {s('up')} {c.V.cn} cao hơn năm {c.Y1}, của {s('down')} {c.V.cn} thấp "
                      f"hơn năm {c.Y1}."),
        lambda c, s: (f"Số {c.V.cn} có Chỉ số CCHC tăng và giảm so với năm trước lần lượt là {s('up')} và "
                      f"{s('down')}."),
        lambda c, s: (f"Trong năm {c.Y}, {s('up')} {c.V.cn} đạt kết quả tăng so với năm {c.Y1}, trong khi "
                      f"{s('down')} {c.V.cn} có kết quả giảm."),
        lambda c, s: (f"{c.V.Cn} có Chỉ số CCHC giảm so với năm {c.Y1}: {s('down')}; {c.V.cn} có Chỉ số CCHC "
                      f"tăng: {s('up')}."),
        lambda c, s: (f"Về biến động so với năm {c.Y1}: {s('up', 'v')} {c.V.cn} tăng, {s('down', 'v')} {c.V.cn} "
                      f"giảm."),
        lambda c, s: (f"Trong số các {c.V.cn} được đánh giá, {s('up')} {c.V.cn} có Chỉ số CCHC năm {c.Y} cao hơn năm "
                      f"{c.Y1}; {s('down')} {c.V.cn} còn lại có Chỉ số thấp hơn."),
    ],
    "press": [
        lambda c, s: (f"So với cùng kỳ, {s('up')} {c.V.cn} tăng điểm, {s('down')} {c.V.cn} giảm điểm."),
        lambda c, s: (f"Có {s('up')} {c.V.cn} cải thiện điểm số và {s('down')} {c.V.cn} đi lùi so với năm ngoái."),
        lambda c, s: (f"{s('down', 'W')} {c.V.cn} giảm điểm so với năm {c.Y1}, trong khi {s('up', 'w')} "
                      f"{c.V.cn} tăng điểm."),
        lambda c, s: (f"Tăng điểm: {s('up')} {c.V.cn}; giảm điểm: {s('down')} {c.V.cn} (so với năm {c.Y1})."),
        lambda c, s: (f"Bức tranh năm nay có cả gam sáng lẫn gam tối: {s('up')} {c.V.cn} tăng điểm so với năm "
                      f"trước, còn {s('down')} {c.V.cn} giảm điểm."),
        lambda c, s: (f"Điểm số của {s('up', 'z')} {c.V.cn} cao hơn năm {c.Y1}, của {s('down', 'z')} {c.V.cn} thấp "
                      f"hơn."),
        lambda c, s: (f"Trong năm {c.Y}, số {c.V.cn} có chỉ số đi lên là {s('up')}, số {c.V.cn} có chỉ số đi "
                      f"xuống là {s('down')}."),
        _ud_p8,
        lambda c, s: (f"Tính chung, {s('up', 'v')} {c.V.cn} tăng và {s('down', 'v')} {c.V.cn} giảm điểm so với "
                      f"năm liền kề."),
    ],
}

# ---------------------------------------------------------------- survey ballots


def _ba_o1(c, s):
    return (f"Số phiếu điều tra xã hội học thu về hợp lệ là {s('total')} phiếu, gồm: "
            + "; ".join(f"{lab} {s(r)} phiếu" for r, lab in _bl(s)) + ".")


def _ba_o2(c, s):
    lines = [f"- Phiếu khảo sát {lab}: {s(r)} phiếu;" for r, lab in _bl(s)]
    return f"Tổng số phiếu khảo sát: {s('total')} phiếu, cụ thể:\n" + "\n".join(lines)[:-1] + "."


def _ba_o3(c, s):
    labs = _enum([lab for _, lab in _bl(s)], "; ", "; ")
    return (f"Số phiếu khảo sát đối với {labs} lần lượt là " + _enum([s(r) for r, _ in _bl(s)])
            + f" phiếu, tổng cộng {s('total')} phiếu.")


def _ba_o4(c, s):
    return (f"Tổng hợp kết quả điều tra xã hội học năm {c.Y} trên {s('total')} phiếu ("
            + "; ".join(f"{s(r)} phiếu đối với {lab}" for r, lab in _bl(s)) + ").")


@_approx
def _ba_o5(c, s):
    return (f"{c.V.ev} đã phối hợp thu thập trên {s('total')} phiếu khảo sát, trong đó "
            + "; ".join(f"trên {s(r)} phiếu {lab}" for r, lab in _bl(s)) + ".")


def _ba_o6(c, s):
    return ("Số phiếu khảo sát thu về gồm "
            + _enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ", "; ")
            + f" (tổng số {s('total')} phiếu).")


def _ba_o7(c, s):
    return (f"Năm {c.Y} có {s('total')} phiếu khảo sát được xử lý, trong đó "
            + ", ".join(f"{lab}: {s(r)}" for r, lab in _bl(s)) + ".")


def _ba_o8(c, s):
    return (f"Cuộc điều tra xã hội học thu được {s('total')} phiếu hợp lệ. Trong số đó, "
            + _enum([f"{s(r)} phiếu do {lab} trả lời" for r, lab in _bl(s)], "; ", "; ") + ".")


@_approx
def _ba_p1(c, s):
    return (f"Để có kết quả này, đã có hơn {s('total')} phiếu khảo sát được thu thập, trong đó "
            + _enum([f"hơn {s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ", "; ") + ".")


def _ba_p2(c, s):
    return (f"Tổng cộng {s('total')} phiếu khảo sát đã được thu về: "
            + _enum([f"{lab} {s(r)} phiếu" for r, lab in _bl(s)], "; ", "; ") + ".")


def _ba_p3(c, s):
    return ("Số phiếu khảo sát: " + _enum([f"{s(r)} ({lab})" for r, lab in _bl(s)], "; ", "; ")
            + f"; tổng số {s('total')} phiếu.")


@_approx
def _ba_p4(c, s):
    return (f"Trên {s('total')} phiếu khảo sát đã được gửi tới " + _enum([lab for _, lab in _bl(s)], "; ", "; ")
            + ", với số phiếu lần lượt là " + _enum([f"trên {s(r)}" for r, _ in _bl(s)]) + ".")


def _ba_p5(c, s):
    return (f"Đợt khảo sát năm nay thu về {s('total')} phiếu; riêng " + "; ".join(
        f"phiếu của {lab} là {s(r)}" for r, lab in _bl(s)) + ".")


def _ba_p6(c, s):
    return (_cap(_enum([f"{s(r)} phiếu từ {lab}" for r, lab in _bl(s)], "; ", "; "))
            + f" – tổng cộng {s('total')} phiếu – là cơ sở để chấm điểm các tiêu chí điều tra xã hội học.")


@_approx
def _ba_p7(c, s):
    lines = [f"- {_cap(lab)}: hơn {s(r)} phiếu" for r, lab in _bl(s)]
    return f"Tổng số phiếu khảo sát thu về đạt hơn {s('total')} phiếu:\n" + "\n".join(lines)


def _ba_p8(c, s):
    return (f"{s('total')} phiếu khảo sát đã được thu về, chia theo đối tượng: "
            + ", ".join(f"{lab} ({s(r)})" for r, lab in _bl(s)) + ".")


def _ba_o9(c, s):
    return ("Số phiếu thu về: " + "; ".join(f"{lab}: {s(r)}" for r, lab in _bl(s))
            + f". Tổng cộng: {s('total')} phiếu.")


def _ba_p9(c, s):
    return (f"Con số phiếu khảo sát năm nay là {s('total')}, trong đó "
            + "; ".join(f"{lab} chiếm {s(r)} phiếu" for r, lab in _bl(s)) + ".")


BALLOTS = {
    "official": [_ba_o1, _ba_o2, _ba_o3, _ba_o4, _ba_o5, _ba_o6, _ba_o7, _ba_o8, _ba_o9],
    "press": [_ba_p1, _ba_p2, _ba_p3, _ba_p4, _ba_p5, _ba_p6, _ba_p7, _ba_p8, _ba_p9],
}

PHRASINGS = {
    "total": TOTAL, "average_with_previous": AVERAGE, "delta_only": DELTA, "highest": HIGHEST, "lowest": LOWEST,
    "gap": GAP, "comparison": COMPARISON, "band_counts": BAND_COUNTS, "band_members": BAND_MEMBERS,
    "threshold_count": THRESHOLD, "ratio": RATIO, "parts_total": PARTS, "count_change": COUNT_CHANGE,
    "rank_move": RANK, "up_down_counts": UP_DOWN, "ballots": BALLOTS,
}
