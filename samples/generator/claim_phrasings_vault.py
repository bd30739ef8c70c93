"""Vault phrasings: an eighth set of sentences for `claim_text`, written blind to the extractor, its frames, its
misses and its benchmark output, and apart from the seven sets before it (their sentences were read only enough
to learn the interface and the roles). It imitates the documents auditors receive: Sở Nội vụ báo cáo, quyết định,
kế hoạch, tờ trình and thông báo kết quả, Bộ Nội vụ announcements, and news copy (online papers, government
portals, local papers, television bulletins), with figures first, units first, years first or comparisons
first, subordinate and relative clauses, brackets, bullets and dashes, enumerations ("thứ nhất … thứ hai"),
tables told in prose, headlines and questions, numbers as words and with leading zeros, decimal comma and
decimal point. It exists to measure reach on prose nobody has fitted to; once its sentences or misses are read
by whoever tunes the extractor, it is no longer blind.

Same interface as `claim_phrasings_unseen.py`: fn(c, s) -> text, or (text, a sentence for another paragraph);
`s(role, fmt)` prints and records one figure (fmt letters: u unit, p decimal point, z leading zero, w / W number
word up to ten, v number word up to nineteen, + signed); `s.t(role, up, down)` the direction word of a signed
figure; `s.ml()` the member list. Every entry belongs to the "vault" set. Each kind states exactly the roles its
tuning phrasings state, each once; no other numeral is printed than years, band bounds, the threshold and the
scale's maximum, so the benchmark knows the truth of everything a statement says. Words whose truth depends on
the world ("giảm nhẹ", "giữ vững", "cao nhất") are chosen from the world, never asserted blindly.

Do not tune the extractor against these sentences; read the benchmark's summary rows only.
"""

from __future__ import annotations

from typing import Any

from samples.generator.claim_phrasings import _approx, _bl, _cap, _enum, _evp, _n, _prov, _tail, _ud


def _mild(s, role: str) -> str:
    """'tăng nhẹ' / 'giảm nhẹ' for a change under half a point, as reports soften small moves; else the plain
    verb."""
    if s.big(role) < 0.5:
        return s.t(role, "tăng nhẹ", "giảm nhẹ")
    return _ud(s, role)


def _one(s, role: str = "count") -> bool:
    return s.big(role) == 1


def _sized(s) -> list[tuple[Any, str]]:
    """Bands with units, the largest first (how a press summary tends to order them)."""
    return sorted(s.bands, key=lambda br: -s.big(br[1]))


def _nobody(c, s, lead: str = ", ") -> str:
    """Bands nobody reached, in words only ('; không có đơn vị nào thuộc nhóm D')."""
    if not s.zero:
        return ""
    return f"{lead}không ghi nhận {c.V.cn} nào " + _enum([b.inb for b in s.zero], ", ", " hay ")


def _issuer(c) -> str:
    return f"Sở Nội vụ {c.V.place}" if _prov(c) else "Bộ Nội vụ"


def _index(c) -> str:
    """What provincial papers call the index of departments and districts, or the national PAR INDEX."""
    return "Chỉ số CCHC" if _prov(c) else "PAR INDEX"


# ---------------------------------------------------------------- total (the lead)

TOTAL = {
    "official": [
        lambda c, s: (f"Thực hiện Kế hoạch của {c.V.ev}, trong năm {c.Y} công tác theo dõi, đánh giá và chấm điểm "
                      f"cải cách hành chính được triển khai tại {s('total', 'z')} {c.V.units}{_tail(c)}, không có "
                      f"{c.V.cn} nào được miễn đánh giá."),
        lambda c, s: (f"Về đối tượng xác định Chỉ số: {c.V.ev} đã tổng hợp kết quả của {s('total')} "
                      f"{c.V.units}{_tail(c)}, mỗi {c.V.one} được đánh giá theo cùng một bộ tiêu chí, tiêu chí thành "
                      f"phần."),
        lambda c, s: (f"{c.V.ev} kính trình kết quả thẩm định Chỉ số CCHC năm {c.Y}, với tổng số {c.V.units} "
                      f"được thẩm định là {s('total')}."),
        lambda c, s: (f"Phạm vi xác định Chỉ số CCHC năm {c.Y}, như Kế hoạch đã đề ra, bao quát {s('total')} "
                      f"{c.V.units}{_tail(c)}."),
        lambda c, s: (f"Hội đồng thẩm định đã họp, xem xét và thống nhất điểm số của từng {c.V.one}; theo biên bản "
                      f"cuộc họp, {s('total')} {c.V.units} đã được cho điểm đầy đủ các tiêu chí."),
        lambda c, s: (f"Căn cứ vào kết quả tự đánh giá của các {c.V.one} và kết quả thẩm định, {c.V.ev} thông báo "
                      f"kết quả xếp hạng {s('total', 'z')} {c.V.units}{_tail(c)} năm {c.Y} như sau:"),
        lambda c, s: (f"Đối tượng và phạm vi đánh giá:\n- Đối tượng: {s('total')} {c.V.units}{_tail(c)};\n- Phạm "
                      f"vi: kết quả thực hiện nhiệm vụ cải cách hành chính năm {c.Y}."),
        lambda c, s: (f"Bảng tổng hợp kèm theo báo cáo này liệt kê điểm số của {s('total')} {c.V.units}, sắp xếp "
                      f"theo thứ tự từ cao xuống thấp."),
        lambda c, s: (f"Đến hết thời hạn quy định, toàn bộ {s('total')} {c.V.units}{_tail(c)} đã gửi hồ sơ tự "
                      f"đánh giá, chấm điểm về {c.V.ev} để thẩm định."),
        lambda c, s: (f"Năm {c.Y}, {c.V.ev} đánh giá, xếp hạng kết quả cải cách hành chính của {c.V.coll}; số "
                      f"{c.V.cn} thuộc diện xếp hạng là {s('total')}."),
        lambda c, s: (f"Kết quả Chỉ số CCHC năm {c.Y} phản ánh khách quan nỗ lực của {s('total')} "
                      f"{c.V.units}{_tail(c)} trong việc thực hiện các nhiệm vụ được giao."),
    ],
    "press": [
        lambda c, s: (f"Chỉ số CCHC {c.Y}: {s('total')} {c.V.units} được \"chấm điểm\", ai dẫn đầu?\n"
                      f"{_evp(c)} vừa công bố bảng xếp hạng được chờ đợi nhất năm."),
        lambda c, s: (f"Sáng nay, tại hội nghị trực tuyến, {_evp(c)} đã công bố kết quả xếp hạng của "
                      f"{s('total')} {c.V.units}{_tail(c)}."),
        lambda c, s: (f"Có tổng cộng {s('total')} {c.V.units} góp mặt trong bảng xếp hạng cải cách hành chính "
                      f"năm {c.Y}, bảng xếp hạng được {_evp(c)} công bố chiều qua."),
        lambda c, s: (f"{s('total')} {c.V.units}, một bảng xếp hạng: kết quả Chỉ số CCHC năm {c.Y} đã chính thức "
                      f"được công bố."),
        lambda c, s: (f"Theo ghi nhận của phóng viên, năm {c.Y} có {s('total')} {c.V.units}{_tail(c)} được đánh "
                      f"giá, xếp hạng cải cách hành chính."),
        lambda c, s: (f"Bản tin thời sự tối nay: {_evp(c)} công bố Chỉ số cải cách hành chính năm {c.Y} của "
                      f"{s('total')} {c.V.units}."),
        lambda c, s: (f"Không {c.V.one} nào đứng ngoài cuộc đua: cả {s('total')} {c.V.units}{_tail(c)} đều được "
                      f"đánh giá trong năm {c.Y}."),
        lambda c, s: (f"Bảng xếp hạng năm {c.Y}, với {s('total')} cái tên, tiếp tục được dư luận quan tâm."),
        lambda c, s: (f"Ngày công bố, {_evp(c)} cho biết việc đánh giá năm {c.Y} được thực hiện đối với "
                      f"{s('total')} {c.V.units}, bằng phần mềm chấm điểm trực tuyến."),
        lambda c, s: (f"{_cap(c.V.where)} có {s('total')} {c.V.units} được xếp hạng – đó là quy mô của đợt đánh "
                      f"giá năm nay."),
        lambda c, s: (f"Cổng thông tin điện tử {c.V.place if _prov(c) else 'Bộ Nội vụ'} đã đăng tải toàn văn kết "
                      f"quả đánh giá {s('total')} {c.V.units} năm {c.Y}."),
    ],
}

# ---------------------------------------------------------------- average with the previous year


def _av_o5(c, s):
    return (f"Về giá trị trung bình:\n- Năm {c.Y}: {s('avg', 'u')};\n- Năm {c.Y1}: {s('prev', 'u')};\n"
            f"- Mức {_ud(s, 'delta')}: {s('delta', 'u')}.")


def _av_p1(c, s):
    return (f"Điểm trung bình {_index(c)} {c.Y} {_ud(s, 'delta')} {s('delta', 'u')}\nNăm nay, giá trị trung bình "
            f"đạt {s('avg', 'u')}, năm trước là {s('prev', 'u')}.")


AVERAGE = {
    "official": [
        lambda c, s: (f"Về chỉ số trung bình, năm {c.Y} {c.V.coll} đạt {s('avg', 'u')}; so với năm liền kề "
                      f"({s('prev', 'u')}), giá trị này {_mild(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Giá trị trung bình cộng Chỉ số CCHC của {c.V.coll} là {s('avg', 'u')}, "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} năm {c.Y1} {s('delta', 'u')}.",
                      f"Năm {c.Y1}, giá trị trung bình Chỉ số CCHC đạt {s('prev', 'u')}."),
        lambda c, s: (f"Năm {c.Y1}: {s('prev', 'u')}; năm {c.Y}: {s('avg', 'u')} – đó là giá trị trung bình Chỉ số "
                      f"CCHC năm trước và năm nay, {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Chỉ số CCHC bình quân của {c.V.coll} năm {c.Y} đạt {s('avg', 'u')} (năm {c.Y1} đạt "
                      f"{s('prev', 'u')}), tức là đã {s.t('delta', 'cải thiện', 'giảm sút')} {s('delta')}{c.dp}."),
        _av_o5,
        lambda c, s: (f"So với cùng kỳ, giá trị trung bình {_ud(s, 'delta')} {s('delta', 'u')}: từ {s('prev', 'u')} "
                      f"{s.t('delta', 'lên', 'xuống')} {s('avg', 'u')}."),
        lambda c, s: (f"Điểm trung bình của {c.V.coll_s} được xác định ở mức {s('avg', 'pu')}, trong khi năm {c.Y1} "
                      f"là {s('prev', 'pu')}; chênh lệch {s('delta', 'p')}{c.dp} theo hướng {_ud(s, 'delta')}."),
        lambda c, s: (f"Tính trung bình cộng trên {c.V.coll_s}, Chỉ số CCHC năm {c.Y} là {s('avg', 'u')}, "
                      f"{_mild(s, 'delta')} {s('delta')}{c.dp} so với năm {c.Y1}.",
                      f"Giá trị trung bình năm {c.Y1} được ghi nhận là {s('prev', 'u')}."),
        lambda c, s: (f"Với giá trị trung bình đạt {s('avg', 'u')}, Chỉ số CCHC năm {c.Y} của {c.V.coll} "
                      f"{s.t('delta', 'đã được cải thiện', 'đã giảm')} so với năm liền kề; cụ thể, mức "
                      f"{_ud(s, 'delta')} là {s('delta', 'u')} (năm {c.Y1}: {s('prev', 'u')})."),
        lambda c, s: (f"Thứ nhất, về giá trị trung bình: năm {c.Y} đạt {s('avg', 'u')}, năm {c.Y1} đạt "
                      f"{s('prev', 'u')}, {_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"Nếu như năm {c.Y1} giá trị trung bình Chỉ số CCHC của {c.V.coll} "
                      f"{s.t('delta', 'mới ở mức', 'còn ở mức')} {s('prev', 'u')} thì đến năm {c.Y} "
                      f"{s.t('delta', 'đã đạt', 'chỉ còn')} {s('avg', 'u')}, {_ud(s, 'delta')} {s('delta')}{c.dp}."),
    ],
    "press": [
        _av_p1,
        lambda c, s: (f"Mặt bằng chung có được cải thiện? Giá trị trung bình năm nay là {s('avg', 'u')}, so với "
                      f"{s('prev', 'u')} của năm {c.Y1} ({s('delta', '+')}{c.dp})."),
        lambda c, s: (f"Bình quân mỗi {c.V.one} đạt {s('avg', 'u')}, {_mild(s, 'delta')} {s('delta', 'u')} so với "
                      f"năm liền kề – năm {c.Y1} con số này là {s('prev', 'u')}."),
        lambda c, s: (f"{s('avg', 'pu')} là giá trị trung bình năm nay; năm ngoái: {s('prev', 'pu')}. Tức là "
                      f"{_ud(s, 'delta')} {s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"Trung bình cộng điểm số của {c.V.coll_s} năm {c.Y} dừng ở {s('avg', 'u')}, "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} cùng kỳ {s('delta', 'u')}.",
                      f"Trước đó, năm {c.Y1}, điểm trung bình là {s('prev', 'u')}."),
        lambda c, s: (f"Từ {s('prev', 'u')} (năm {c.Y1}) {s.t('delta', 'lên', 'xuống')} {s('avg', 'u')} (năm "
                      f"{c.Y}): giá trị trung bình của {c.V.coll_s} đã {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Đáng chú ý, giá trị trung bình năm {c.Y} {s.t('delta', 'vươn lên', 'tụt xuống')} "
                      f"{s('avg', 'u')}, {_ud(s, 'delta')} {s('delta', 'u')}; con số của năm {c.Y1} là "
                      f"{s('prev', 'u')}."),
        lambda c, s: (f"Theo bảng tổng hợp, giá trị trung bình của {c.V.coll_s} là {s('avg', 'u')} (năm {c.Y1}: "
                      f"{s('prev', 'u')}), {_mild(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Năm ngoái {s('prev', 'u')}, năm nay {s('avg', 'u')}: chỉ số trung bình {_ud(s, 'delta')} "
                      f"{s('delta', 'u')}."),
        lambda c, s: (f"Điểm bình quân toàn bảng năm {c.Y} – {s('avg', 'u')} – {s.t('delta', 'cao hơn', 'thấp hơn')} "
                      f"{s('delta', 'u')} so với mức {s('prev', 'u')} năm {c.Y1}."),
        lambda c, s: (f"Chỉ số trung bình năm {c.Y} {_ud(s, 'delta')} bao nhiêu? {_cap(_ud(s, 'delta'))} "
                      f"{s('delta')}{c.dp}, từ {s('prev', 'u')} {s.t('delta', 'lên', 'xuống còn')} {s('avg', 'u')}."),
    ],
}

# ---------------------------------------------------------------- a unit's change


def _de_o6(c, s):
    return f"- {s.U.name}: {s('cur', 'u')} (năm {c.Y1}: {s('prev', 'u')}; {s('delta', '+')}{c.dp})."


DELTA = {
    "official": [
        lambda c, s: (f"Đối với {s.U.name}: năm {c.Y} đạt {s('cur', 'u')}, năm {c.Y1} đạt {s('prev', 'u')}, "
                      f"{_mild(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"{s.U.name} – {c.V.one} có mức {_ud(s, 'delta')} {s('delta', 'u')} so với năm liền kề – "
                      f"đạt {s('cur', 'u')} (năm {c.Y1}: {s('prev', 'u')})."),
        lambda c, s: (f"Chỉ số CCHC năm {c.Y} của {s.U.name} là {s('cur', 'u')}, {_ud(s, 'delta')} "
                      f"{s('delta', 'u')} so với năm trước.", f"Năm {c.Y1}, {s.U.name} đạt {s('prev', 'u')}."),
        lambda c, s: (f"So với năm {c.Y1} ({s('prev', 'u')}), kết quả của {s.U.name} năm {c.Y} ({s('cur', 'u')}) "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Kết quả của {s.U.name} {s.t('delta', 'được cải thiện', 'bị sụt giảm')}: từ {s('prev', 'u')} "
                      f"{s.t('delta', 'lên', 'xuống')} {s('cur', 'u')}, tương đương {s('delta', 'u')}."),
        _de_o6,
        lambda c, s: (f"Trong số các {c.V.cn} có biến động, đáng chú ý là {s.U.name}, với Chỉ số năm {c.Y} đạt "
                      f"{s('cur', 'u')}, {_ud(s, 'delta')} {s('delta', 'u')} so với {s('prev', 'u')} của năm "
                      f"{c.Y1}."),
        lambda c, s: (f"Năm {c.Y1}, {s.U.name} đạt {s('prev', 'u')}; sang năm {c.Y}, kết quả này là "
                      f"{s('cur', 'u')}; như vậy {c.V.this} đã {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"{s.U.name} ({s('cur', 'u')}) {_ud(s, 'delta')} {s('delta', 'u')} so với năm liền kề trước "
                      f"đó ({s('prev', 'u')})."),
        lambda c, s: (f"Điểm số của {s.U.name} năm {c.Y} là {s('cur', 'pu')}, so với năm {c.Y1} là "
                      f"{s('prev', 'pu')}, {_mild(s, 'delta')} {s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"Về kết quả của {s.U.name}, năm {c.Y} {c.V.this} đạt {s('cur', 'u')}, chênh lệch "
                      f"{s('delta', 'u')} theo hướng {_ud(s, 'delta')} so với năm {c.Y1} ({s('prev', 'u')})."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name}: {s('cur', 'u')}, {_ud(s, 'delta')} {s('delta', 'u')} (năm {c.Y1}: "
                      f"{s('prev', 'u')})."),
        lambda c, s: (f"Với {s('cur', 'u')}, {s.U.name} {_ud(s, 'delta')} {s('delta')}{c.dp} so với cùng kỳ, khi "
                      f"đạt {s('prev', 'u')}."),
        lambda c, s: (f"Điểm của {s.U.name} năm nay là {s('cur', 'u')}; năm ngoái là {s('prev', 'u')} – "
                      f"{_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"{s.U.name} {_ud(s, 'delta')} {s('delta', 'u')} so với năm trước, đạt {s('cur', 'u')}.",
                      f"Năm {c.Y1}, điểm của {s.U.name} là {s('prev', 'u')}."),
        lambda c, s: (f"Nếu năm {c.Y1} {s.U.name} đạt {s('prev', 'u')} thì năm nay con số này là {s('cur', 'u')}, "
                      f"{_mild(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"{s.U.name} đạt {s('cur', 'pu')} trong năm {c.Y}, {s.t('delta', 'cao hơn', 'thấp hơn')} năm "
                      f"{c.Y1} ({s('prev', 'pu')}) {s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"Còn {s.U.name}? Năm nay đạt {s('cur', 'u')}, {_ud(s, 'delta')} {s('delta', 'u')} so với "
                      f"{s('prev', 'u')} năm ngoái."),
        lambda c, s: (f"Từ {s('prev', 'u')} {s.t('delta', 'lên', 'xuống')} {s('cur', 'u')} – {s.U.name} "
                      f"{_ud(s, 'delta')} {s('delta')}{c.dp} chỉ sau một năm."),
        lambda c, s: (f"Trường hợp của {s.U.name} cho thấy sự {s.t('delta', 'cải thiện', 'sụt giảm')}: "
                      f"{s('cur', 'u')} năm {c.Y}, {s('prev', 'u')} năm {c.Y1}, chênh {s('delta', 'u')}."),
        lambda c, s: (f"Cùng kỳ năm trước, {s.U.name} đạt {s('prev', 'u')}; năm nay đạt {s('cur', 'u')}, tức "
                      f"{_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"Điểm số {s.U.name} năm {c.Y} {s.t('delta', 'nhích lên', 'lùi xuống')} {s('cur', 'u')} "
                      f"({_ud(s, 'delta')} {s('delta', 'u')}; năm {c.Y1}: {s('prev', 'u')})."),
    ],
}

# ---------------------------------------------------------------- highest / lowest


def _held_top(s) -> str:
    """'giữ vững' only for last year's leader; otherwise the leader moved up to first place."""
    return "giữ vững" if s.T.prev_rank == 1 else "vươn lên"


def _held_last(c, s) -> str:
    """'tiếp tục' only for last year's last; otherwise it fell to the bottom."""
    return "tiếp tục đứng cuối bảng" if s.B.prev_rank == c.world.total else "tụt xuống cuối bảng"


def _hi_p1(c, s):
    return f"Ngôi đầu gọi tên {s.T.name}\n{s.T.name} đạt {s('top', 'u')}, cao nhất bảng xếp hạng năm {c.Y}."


HIGHEST = {
    "official": [
        lambda c, s: f"{s.T.name} {_held_top(s)} vị trí dẫn đầu, đạt {s('top', 'u')}.",
        lambda c, s: f"Xếp thứ nhất: {s.T.name} ({s('top', 'u')}).",
        lambda c, s: (f"{s.T.name} là {c.V.one} đạt kết quả cao nhất trong {c.V.coll_s}, với {s('top', 'u')}."),
        lambda c, s: f"Theo bảng tổng hợp, vị trí số một thuộc về {s.T.name}, đạt {s('top', 'u')}.",
        lambda c, s: f"Đạt {s('top', 'u')}, {s.T.name} xếp ở vị trí đầu bảng.",
        lambda c, s: f"Kết quả cao nhất năm {c.Y}: {s('top', 'u')} ({s.T.name}).",
        lambda c, s: f"Trong {c.V.coll_s}, {s.T.name} có điểm số cao nhất là {s('top', 'u')}.",
        lambda c, s: (f"Năm {c.Y}, vị trí đứng đầu Chỉ số CCHC do {s.T.name} nắm giữ, với kết quả "
                      f"{s('top', 'u')}."),
        lambda c, s: f"Mức điểm {s('top', 'pu')}, cao nhất năm {c.Y}, thuộc về {s.T.name}.",
        lambda c, s: f"{_cap(c.V.one)} được đánh giá cao nhất là {s.T.name}: {s('top', 'u')}.",
        lambda c, s: f"Thứ hạng cao nhất thuộc về {s.T.name}, {c.V.one} đạt {s('top', 'u')}.",
    ],
    "press": [
        _hi_p1,
        lambda c, s: f"Ai đứng đầu? Câu trả lời là {s.T.name}, với {s('top', 'u')}.",
        lambda c, s: (f"{s.T.name} {_held_top(s)} ngôi đầu với "
                      f"{s('top', 'u')}."),
        lambda c, s: f"Với {s('top', 'pu')}, {s.T.name} vượt qua tất cả để xếp số một.",
        lambda c, s: f"Đứng ở vị trí cao nhất bảng xếp hạng năm {c.Y} là {s.T.name} ({s('top', 'u')}).",
        lambda c, s: f"Quán quân năm nay – {s.T.name} – đạt {s('top', 'u')}.",
        lambda c, s: f"{s.T.name} đạt {s('top', 'u')} và là {c.V.one} duy nhất đứng ở vị trí số một.",
        lambda c, s: f"Dẫn đầu {c.V.where} là {s.T.name}, với số điểm {s('top', 'u')}.",
        lambda c, s: f"Tốp đầu bảng được xướng tên {s.T.name}: {s('top', 'u')}.",
        lambda c, s: f"Cao nhất {c.V.where}: {s.T.name}, {s('top', 'u')}.",
        lambda c, s: (f"Bảng xếp hạng năm {c.Y} khép lại với {s.T.name} ở vị trí quán quân "
                      f"({s('top', 'u')})."),
    ],
}

LOWEST = {
    "official": [
        lambda c, s: f"Xếp cuối là {s.B.name} với {s('bot', 'u')}.",
        lambda c, s: f"{_cap(c.V.one)} có kết quả thấp nhất là {s.B.name}, chỉ đạt {s('bot', 'u')}.",
        lambda c, s: f"Thấp nhất năm {c.Y}: {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: f"Đạt {s('bot', 'u')}, {s.B.name} đứng ở vị trí cuối cùng của bảng xếp hạng.",
        lambda c, s: f"Kết quả thấp nhất thuộc về {s.B.name}, với {s('bot', 'pu')}.",
        lambda c, s: f"{s.B.name} có Chỉ số CCHC thấp nhất trong {c.V.coll_s}: {s('bot', 'u')}.",
        lambda c, s: f"Theo bảng tổng hợp, {s.B.name} xếp thứ cuối, đạt {s('bot', 'u')}.",
        lambda c, s: f"Ở chiều ngược lại, vị trí thấp nhất là của {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: (f"{s.B.name} – {c.V.one} xếp cuối bảng với {s('bot', 'u')} – cần tập trung khắc phục các "
                      f"tồn tại, hạn chế."),
        lambda c, s: f"Kết quả {s('bot', 'u')} của {s.B.name} là thấp nhất.",
        lambda c, s: f"Mức thấp nhất ({s('bot', 'u')}) rơi vào {s.B.name}.",
    ],
    "press": [
        lambda c, s: f"Cuối bảng là {s.B.name}: {s('bot', 'u')}.",
        lambda c, s: f"{s.B.name} {_held_last(c, s)} với {s('bot', 'u')}.",
        lambda c, s: f"Ai đứng cuối? Đó là {s.B.name}, với {s('bot', 'u')}.",
        lambda c, s: f"Chỉ đạt {s('bot', 'pu')}, {s.B.name} ở vị trí thấp nhất năm {c.Y}.",
        lambda c, s: f"{s.B.name} khép lại bảng xếp hạng với {s('bot', 'u')}.",
        lambda c, s: f"Thấp nhất {c.V.where}: {s.B.name}, {s('bot', 'u')}.",
        lambda c, s: f"Ở nhóm cuối, {s.B.name} là {c.V.one} có điểm thấp nhất ({s('bot', 'u')}).",
        lambda c, s: f"Vị trí \"bét bảng\" thuộc về {s.B.name} với {s('bot', 'u')}.",
        lambda c, s: f"{s.B.name} chỉ giành được {s('bot', 'u')}, thấp nhất bảng.",
        lambda c, s: f"Điểm thấp nhất bảng xếp hạng năm nay là {s('bot', 'u')}, của {s.B.name}.",
        lambda c, s: f"Cuối danh sách xếp hạng năm {c.Y} là {s.B.name} với vỏn vẹn {s('bot', 'u')}.",
    ],
}

# ---------------------------------------------------------------- gap between the first and the last

GAP = {
    "official": [
        lambda c, s: (f"Chênh lệch điểm số giữa {s.T.name} (cao nhất) và {s.B.name} (thấp nhất) là "
                      f"{s('gap', 'u')}."),
        lambda c, s: f"Khoảng cách giữa {c.V.one} đứng đầu và {c.V.one} đứng cuối năm {c.Y} là {s('gap')}{c.dp}.",
        lambda c, s: (f"Kết quả giữa {c.V.one} cao nhất và thấp nhất chênh nhau {s('gap', 'u')}, cho thấy kết quả "
                      f"giữa các {c.V.cn} còn chưa đồng đều."),
        lambda c, s: f"Biên độ điểm số năm {c.Y} (cao nhất trừ thấp nhất): {s('gap', 'u')}.",
        lambda c, s: (f"Giữa {s.T.name} và {s.B.name}, hai {c.V.one} đứng đầu và cuối bảng, có mức chênh "
                      f"{s('gap', 'u')}."),
        lambda c, s: f"{_cap(c.V.one)} thấp nhất kém {c.V.one} cao nhất {s('gap')}{c.dp}.",
        lambda c, s: f"So với {c.V.one} đứng đầu, {c.V.one} xếp cuối thấp hơn {s('gap', 'u')}.",
        lambda c, s: (f"Khoảng cách điểm số giữa vị trí thứ nhất và vị trí cuối cùng là {s('gap', 'pu')}."),
        lambda c, s: (f"Mức chênh lệch giữa {c.V.one} có kết quả cao nhất với {c.V.one} có kết quả thấp nhất là "
                      f"{s('gap', 'u')}."),
        lambda c, s: (f"Thứ hai, về mức độ đồng đều: khoảng cách giữa {c.V.one} cao nhất và thấp nhất là "
                      f"{s('gap', 'u')}."),
        lambda c, s: (f"{s.T.name}, {c.V.one} đứng đầu, cao hơn {s.B.name}, {c.V.one} cuối bảng, "
                      f"{s('gap', 'u')}."),
    ],
    "press": [
        lambda c, s: f"Đầu bảng và cuối bảng cách nhau {s('gap', 'u')}.",
        lambda c, s: (f"Khoảng cách giữa quán quân {s.T.name} và {s.B.name} ở cuối bảng là "
                      f"{s('gap')}{c.dp}."),
        lambda c, s: f"Đầu bảng hơn cuối bảng bao nhiêu? Câu trả lời: {s('gap', 'u')}.",
        lambda c, s: (f"Mức chênh {s('gap', 'pu')} giữa {s.T.name} và {s.B.name} cho thấy sự phân hóa giữa các "
                      f"{c.V.cn}."),
        lambda c, s: f"Từ vị trí số một đến vị trí cuối cùng là quãng cách {s('gap', 'u')}.",
        lambda c, s: f"Điểm số cao nhất và thấp nhất lệch nhau {s('gap')}{c.dp}.",
        lambda c, s: f"Điểm của {c.V.one} đứng đầu hơn điểm của {c.V.one} đứng cuối {s('gap', 'u')}.",
        lambda c, s: (f"Trên bảng xếp hạng năm nay, khoảng cách từ ngôi đầu xuống vị trí cuối lên tới "
                      f"{s('gap', 'u')}."),
        lambda c, s: f"Chênh lệch đầu – cuối bảng năm {c.Y}: {s('gap', 'u')}.",
        lambda c, s: f"{s.B.name} còn cách {s.T.name} {s('gap')}{c.dp}.",
        lambda c, s: (f"Khoảng cách cao nhất – thấp nhất là {s('gap', 'pu')}, tức {c.V.one} cuối bảng cần thêm "
                      f"chừng ấy điểm để bắt kịp {c.V.one} dẫn đầu."),
    ],
}

# ---------------------------------------------------------------- two named units compared (A is the higher)


def _ends(c, s, who: str) -> str:
    """', đơn vị cao nhất,' after the first and last of the ranking, nothing for two units in the middle."""
    if not s.extremes:
        return ""
    return f", {c.V.one} {'cao nhất' if who == 'A' else 'thấp nhất'},"


def _cm_o6(c, s):
    return (f"So sánh giữa hai {c.V.one}:\n- {s.A.name}: {s('a', 'u')};\n- {s.B.name}: {s('b', 'u')};\n"
            f"- Chênh lệch: {s('diff', 'u')}.")


def _cm_p9(c, s):
    if s.extremes:
        return (f"{_cap(c.V.one)} đứng đầu là {s.A.name} ({s('a', 'u')}), {c.V.one} đứng cuối là {s.B.name} "
                f"({s('b', 'u')}); khoảng cách: {s('diff', 'u')}.")
    return f"{s.A.name} đạt {s('a', 'u')}, trong khi {s.B.name} đạt {s('b', 'u')}: khoảng cách {s('diff', 'u')}."


COMPARISON = {
    "official": [
        lambda c, s: (f"{s.A.name} đạt {s('a', 'u')}, {s.B.name} đạt {s('b', 'u')}; như vậy {s.A.name} cao hơn "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: f"Kết quả của {s.B.name} ({s('b', 'u')}) thấp hơn {s.A.name} ({s('a', 'u')}) là {s('diff', 'u')}.",
        lambda c, s: (f"Giữa {s.A.name} và {s.B.name} có mức chênh {s('diff', 'u')} ({s('a', 'u')} so với "
                      f"{s('b', 'u')})."),
        lambda c, s: (f"So sánh {s.A.name} với {s.B.name}: {s('a', 'u')} và {s('b', 'u')}, chênh lệch "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: f"{s.A.name} ({s('a', 'pu')}) hơn {s.B.name} ({s('b', 'pu')}) {s('diff', 'p')}{c.dp}.",
        _cm_o6,
        lambda c, s: (f"Điểm số {s('a', 'u')} giúp {s.A.name} vượt {s.B.name} – {c.V.one} đạt {s('b', 'u')} – "
                      f"{s('diff', 'u')}."),
        lambda c, s: (f"Trong khi {s.A.name} đạt {s('a', 'u')} thì {s.B.name} đạt {s('b', 'u')}, thấp hơn "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: (f"{s.A.name}{_ends(c, s, 'A')} đạt {s('a', 'u')}; {s.B.name}{_ends(c, s, 'B')} đạt "
                      f"{s('b', 'u')}; chênh lệch giữa hai {c.V.one} là {s('diff', 'u')}."),
        lambda c, s: (f"Theo bảng tổng hợp, {s.A.name} được {s('a', 'u')}, {s.B.name} được {s('b', 'u')}, cách "
                      f"nhau {s('diff', 'u')}."),
        lambda c, s: (f"Điểm của {s.A.name} năm {c.Y} là {s('a', 'u')}, cao hơn điểm của {s.B.name} là "
                      f"{s('b', 'u')}; mức chênh lệch: {s('diff', 'u')}."),
    ],
    "press": [
        lambda c, s: f"{s.A.name} {s('a', 'u')}, {s.B.name} {s('b', 'u')}: chênh nhau {s('diff', 'u')}.",
        lambda c, s: f"{s.A.name} hơn {s.B.name} {s('diff')}{c.dp} ({s('a', 'u')} so với {s('b', 'u')}).",
        lambda c, s: (f"Trong cặp so sánh {s.A.name} – {s.B.name}, phần hơn thuộc về {s.A.name} với {s('a', 'u')}, "
                      f"cao hơn {s('diff', 'u')} so với {s('b', 'u')}."),
        lambda c, s: f"{s.B.name} ({s('b', 'u')}) kém {s.A.name} ({s('a', 'u')}) {s('diff', 'u')}.",
        lambda c, s: (f"Khoảng cách giữa {s.A.name} và {s.B.name} là bao nhiêu? Đó là {s('diff', 'u')}: "
                      f"{s.A.name} đạt {s('a', 'u')}, {s.B.name} đạt {s('b', 'u')}."),
        lambda c, s: (f"Nếu so {s.A.name} ({s('a', 'pu')}) với {s.B.name} ({s('b', 'pu')}), mức chênh là "
                      f"{s('diff', 'p')}{c.dp}."),
        lambda c, s: (f"Cùng được xếp hạng năm {c.Y}, {s.A.name} đạt {s('a', 'u')} còn {s.B.name} đạt "
                      f"{s('b', 'u')}; {s.A.name} hơn {s('diff', 'u')}."),
        lambda c, s: (f"Với {s('a', 'u')}, {s.A.name} nhiều hơn {s.B.name} (có {s('b', 'u')}) đúng "
                      f"{s('diff', 'u')}."),
        _cm_p9,
        lambda c, s: (f"Cao hơn {s.B.name} {s('diff', 'u')}, {s.A.name} đạt {s('a', 'u')}; {s.B.name} dừng ở "
                      f"{s('b', 'u')}."),
        lambda c, s: f"{s.A.name} được {s('a', 'u')} – hơn {s.B.name} ({s('b', 'u')}) {s('diff')}{c.dp}.",
    ],
}

# ---------------------------------------------------------------- band counts (sum to the total)


def _bc_o1(c, s):
    return "Kết quả xếp loại: " + "; ".join(f"{b.title}: {s(r, 'z')} {c.V.cn}" for b, r in s.bands) + \
        _nobody(c, s, "; ") + "."


def _bc_o2(c, s):
    return (f"Theo bảng tổng hợp, số {c.V.cn} {_enum([b.grp for b, _ in s.bands])} lần lượt là "
            + _enum([s(r) for _, r in s.bands]) + _nobody(c, s) + ".")


def _bc_o3(c, s):
    return (f"Trong tổng số {s('total')} {c.V.units}: "
            + "; ".join(f"{b.inb} ({b.span}) có {s(r)} {c.V.cn}" for b, r in s.bands) + ".")


def _bc_o4(c, s):
    lines = [f"+ {b.Grp} ({b.span}): {s(r)} {c.V.cn}" for b, r in s.bands]
    lines += [f"+ {b.Grp}: không có {c.V.cn} nào" for b in s.zero]
    return f"Phân loại theo {c.V.grouping}:\n" + ";\n".join(lines) + "."


def _bc_o5(c, s):
    return f"Năm {c.Y} ghi nhận " + _enum([f"{s(r, 'v')} {c.V.cn} {b.inb}" for b, r in s.bands]) + "."


def _bc_o6(c, s):
    return (f"Tổng số {s('total')} {c.V.cn} được xếp vào {c.V.grouping}; trong số đó, "
            + _enum([f"{b.grp} có {s(r)}" for b, r in s.bands]) + _nobody(c, s) + ".")


def _bc_o7(c, s):
    said = [f"{b.Inb}: {s(r)} {c.V.cn}." for b, r in s.bands]
    said += [f"Không có {c.V.cn} nào {b.inb}." for b in s.zero]
    return " ".join(said)


def _bc_o8(c, s):
    return ("Xếp theo số lượng từ nhiều đến ít: "
            + "; ".join(f"{b.grp} {s(r)} {c.V.cn}" for b, r in _sized(s)) + ".")


def _bc_o9(c, s):
    return (f"Năm {c.Y}, " + _enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands], "; ")
            + f", tổng cộng {s('total')} {c.V.cn}" + _nobody(c, s, "; ") + ".")


def _bc_o10(c, s):
    return ("Về xếp loại, " + _enum([f"{b.grp} gồm {s(r, 'z')} {c.V.cn}" for b, r in s.bands])
            + _nobody(c, s, "; ") + ".")


def _bc_o11(c, s):
    return _cap("; ".join(f"số {c.V.cn} đạt {b.span} ({b.grp}) là {s(r)}" for b, r in s.bands)) + "."


def _bc_p1(c, s):
    return (f"{s('total')} {c.V.cn} được phân vào các nhóm ra sao? "
            + _cap(_enum([f"{b.grp} có {s(r)}" for b, r in s.bands])) + _nobody(c, s) + ".")


def _bc_p2(c, s):
    return "Năm nay có " + _enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands]) + " – đó là bức tranh xếp loại."


def _bc_p3(c, s):
    return "Xét theo nhóm, " + "; ".join(f"{b.grp}: {s(r, 'w')} {c.V.cn}" for b, r in s.bands) + "."


def _bc_p4(c, s):
    ordered = _sized(s)
    (b0, r0), rest = ordered[0], ordered[1:]
    sizes = [s.big(r) for _, r in ordered]
    if len(sizes) > 1 and sizes[0] == sizes[1]:
        return "Số lượng theo nhóm: " + _enum([f"{b.grp} {s(r)} {c.V.cn}" for b, r in ordered]) + "."
    return (f"Đông nhất là {b0.grp} với {s(r0)} {c.V.cn}; tiếp theo là "
            + _enum([f"{b.grp} ({s(r)})" for b, r in rest]) + ".")


def _bc_p5(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    return (f"Có {s(r0)} {c.V.cn} lọt vào {b0.grp}; "
            + _enum([f"{s(r)} {c.V.cn} ở {b.grp}" for b, r in rest]) + ".")


def _bc_p6(c, s):
    lines = [f"• {b.Grp}: {s(r)} {c.V.cn}" for b, r in s.bands]
    return "Kết quả phân nhóm:\n" + "\n".join(lines)


def _bc_p7(c, s):
    return (f"Trong {s('total')} {c.V.cn}, " + _enum([f"{s(r)} {b.inb}" for b, r in s.bands]) + _nobody(c, s)
            + ".")


def _bc_p8(c, s):
    return (f"Bảng xếp hạng năm {c.Y} chia {c.V.coll_s} theo {c.V.grouping}: "
            + ", ".join(f"{b.grp} {s(r, 'z')}" for b, r in s.bands) + _nobody(c, s, "; ") + ".")


def _bc_p9(c, s):
    return (f"Với {s('total')} {c.V.cn} được đánh giá, số lượng ở từng nhóm lần lượt: "
            + "; ".join(f"{b.title} – {s(r)}" for b, r in s.bands) + ".")


def _bc_p10(c, s):
    return "Năm nay, " + _enum([f"{s(r)} {c.V.cn} đạt {b.span}" for b, r in s.bands]) + _nobody(c, s) + "."


def _bc_p11(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    return (f"Theo số liệu công bố, {b0.grp} gồm {s(r0)} {c.V.cn}, "
            + _enum([f"{b.grp} {s(r)}" for b, r in rest], ", ", ", còn ") + ".")


BAND_COUNTS = {
    "official": [_bc_o1, _bc_o2, _bc_o3, _bc_o4, _bc_o5, _bc_o6, _bc_o7, _bc_o8, _bc_o9, _bc_o10, _bc_o11],
    "press": [_bc_p1, _bc_p2, _bc_p3, _bc_p4, _bc_p5, _bc_p6, _bc_p7, _bc_p8, _bc_p9, _bc_p10, _bc_p11],
}

# ---------------------------------------------------------------- a band's member list


def _bm_o4(c, s):
    names = [u.name for u in c.members_of(s)]
    return (f"{s.b.Grp}: {s('count')} {c.V.cn}, gồm:\n"
            + ";\n".join(f"- {n}" for n in names) + ".")


def _bm_p7(c, s):
    names = [u.name for u in c.members_of(s)]
    return f"Danh sách {s.b.grp} ({s('count')} {c.V.cn}):\n" + "\n".join(f"• {n}" for n in names)


def _bm_p11(c, s):
    if _one(s):
        return f"{s.ml()} là {c.V.cn} duy nhất {s.b.inb} ({s('count')} {c.V.cn})."
    return f"{s.ml()}; tất cả {s('count')} {c.V.cn} này đều {s.b.inb}."


BAND_MEMBERS = {
    "official": [
        lambda c, s: f"{s.b.Grp} ({s.b.span}) có {s('count', 'z')} {c.V.cn}, cụ thể: {s.ml()}.",
        lambda c, s: f"Danh sách {c.V.cn} {s.b.inb} gồm {s.ml()} (tổng cộng {s('count')} {c.V.cn}).",
        lambda c, s: f"{s.b.Inb} có {s('count', 'w')} {c.V.cn} là {s.ml()}.",
        _bm_o4,
        lambda c, s: (f"Những {c.V.cn} đạt {s.b.span} ({s.b.grp}) gồm: {s.ml()}; tổng số {s('count')} "
                      f"{c.V.cn}."),
        lambda c, s: f"Trong số đó, {s('count')} {c.V.cn} {s.b.inb}, là {s.ml()}.",
        lambda c, s: f"Về {s.b.grp}: có {s('count', 'v')} {c.V.cn} ({s.ml()}).",
        lambda c, s: f"{s.ml()}: đó là {s('count')} {c.V.cn} {s.b.inb}.",
        lambda c, s: f"Số {c.V.cn} {s.b.inb}: {s('count', 'z')}; danh sách: {s.ml('semi_only')}.",
        lambda c, s: f"{_cap(s.b.grp)} năm {c.Y} gồm {s('count')} {c.V.cn} sau đây: {s.ml()}.",
        lambda c, s: f"{s('count')} {c.V.cn} được xếp vào {s.b.grp}, đó là: {s.ml()}.",
    ],
    "press": [
        lambda c, s: f"{s.b.Grp} năm nay có {s('count')} cái tên: {s.ml()}.",
        lambda c, s: f"Gọi tên {s('count', 'w')} {c.V.cn} {s.b.inb}: {s.ml()}.",
        lambda c, s: f"{s.ml()}: {s('count')} {c.V.cn} {s.b.inb} năm {c.Y}.",
        lambda c, s: f"Những {c.V.cn} nào {s.b.inb}? Đó là {s.ml()}, tổng cộng {s('count')} {c.V.cn}.",
        lambda c, s: f"Có mặt trong {s.b.grp} là {s.ml()} ({s('count')} {c.V.cn}).",
        lambda c, s: f"{s.b.Inb} có {s('count', 'v')} {c.V.cn}, gồm {s.ml()}.",
        _bm_p7,
        lambda c, s: f"Góp mặt ở {s.b.grp} ({s.b.span}) là {s('count')} {c.V.cn}: {s.ml()}.",
        lambda c, s: f"Nhóm {c.V.cn} {s.b.inb} ({s('count')}) gồm: {s.ml()}.",
        lambda c, s: f"Số {c.V.cn} lọt vào {s.b.grp} là {s('count')}, đó là {s.ml()}.",
        _bm_p11,
    ],
}

# ---------------------------------------------------------------- how many at or above the threshold


def _top_two(c) -> tuple[Any, Any]:
    """The two bands at or above the threshold (it is the second band's lower bound)."""
    return c.world.bands[0], c.world.bands[1]


THRESHOLD = {
    "official": [
        lambda c, s: f"Số {c.V.cn} đạt từ {c.thr} trở lên: {s('thr', 'z')}.",
        lambda c, s: f"Có {s('thr', 'v')} {c.V.cn} có Chỉ số CCHC đạt trên {c.thr}.",
        lambda c, s: f"Trên {c.thr}: {s('thr')} {c.V.cn}.",
        lambda c, s: f"Kết quả cho thấy {s('thr')} {c.V.units} đạt Chỉ số CCHC không thấp hơn {c.thr}.",
        lambda c, s: f"Vượt ngưỡng {c.thr} có {s('thr')} {c.V.cn}.",
        lambda c, s: f"Đáng ghi nhận, {s('thr')} {c.V.cn} có kết quả từ {c.thr} trở lên.",
        lambda c, s: f"Tính từ mức {c.thr} trở lên, có {s('thr')} {c.V.cn}.",
        lambda c, s: (f"Số lượng {c.V.cn} đạt mức {c.thr} trở lên là {s('thr')}, thuộc {_top_two(c)[0].grp} và "
                      f"{_top_two(c)[1].grp}."),
        lambda c, s: f"Chỉ số CCHC của {s('thr')} {c.V.cn} đạt trên {c.thr}.",
        lambda c, s: f"Về số {c.V.cn} đạt điểm cao, năm {c.Y} có {s('thr')} {c.V.cn} đạt trên {c.thr}.",
        lambda c, s: (f"Trong năm {c.Y}, số {c.V.cn} có Chỉ số CCHC ở mức {c.thr} trở lên được ghi nhận là "
                      f"{s('thr')}."),
    ],
    "press": [
        lambda c, s: f"Ngưỡng {c.thr} đã được {s('thr')} {c.V.cn} vượt qua.",
        lambda c, s: f"Bao nhiêu {c.V.cn} đạt trên {c.thr}? Con số là {s('thr')}.",
        lambda c, s: f"Có tới {s('thr')} {c.V.cn} chạm mức trên {c.thr}.",
        lambda c, s: f"Số {c.V.cn} cán mốc {c.thr} trở lên năm nay: {s('thr')}.",
        lambda c, s: f"{s('thr')} – số {c.V.cn} có điểm từ {c.thr} trở lên.",
        lambda c, s: f"Đáng chú ý, {s('thr', 'v')} {c.V.cn} đạt điểm trên {c.thr}.",
        lambda c, s: f"Ở mức trên {c.thr} có {s('thr')} {c.V.cn}.",
        lambda c, s: f"{_cap(c.V.where)} có {s('thr')} {c.V.cn} đạt từ {c.thr} trở lên.",
        lambda c, s: f"Năm {c.Y}, {s('thr', 'z')} {c.V.cn} có chỉ số trên {c.thr}.",
        lambda c, s: (f"Điểm từ {c.thr} trở lên: {s('thr')} {c.V.cn}, gồm các {c.V.cn} {_top_two(c)[0].inb} và "
                      f"{_top_two(c)[1].inb}."),
        lambda c, s: f"Số {c.V.cn} có kết quả không dưới {c.thr} là {s('thr')}.",
    ],
}

# ---------------------------------------------------------------- N/total above the average

RATIO = {
    "official": [
        lambda c, s: f"{s('num')}/{s('den')} {c.V.cn} có Chỉ số CCHC cao hơn mức bình quân chung.",
        lambda c, s: f"Số {c.V.cn} đạt trên giá trị trung bình chiếm {s('num')}/{s('den')}.",
        lambda c, s: f"Trên giá trị trung bình: {s('num', 'z')}/{s('den')} {c.V.cn}.",
        lambda c, s: (f"Có {s('num')} trong tổng số {s('den')} {c.V.cn} đạt kết quả trên giá trị trung bình."),
        lambda c, s: f"{s('num')} trên {s('den')} {c.V.cn} có điểm số vượt mức trung bình.",
        lambda c, s: f"Tỷ lệ {c.V.cn} có kết quả cao hơn giá trị trung bình là {s('num')}/{s('den')}.",
        lambda c, s: f"Trong {s('den')} {c.V.units}, {s('num')} {c.V.cn} đạt kết quả trên mức trung bình cộng.",
        lambda c, s: f"Kết quả có {s('num')}/{s('den')} {c.V.cn} nằm trên mức trung bình.",
        lambda c, s: f"Số {c.V.cn} có Chỉ số cao hơn trung bình là {s('num')} (trên tổng số {s('den')}).",
        lambda c, s: f"Vượt giá trị trung bình có {s('num')}/{s('den')} {c.V.cn}.",
        lambda c, s: (f"Thứ ba, về mặt bằng chung: {s('num')}/{s('den')} {c.V.cn} có Chỉ số CCHC trên giá trị "
                      f"trung bình."),
    ],
    "press": [
        lambda c, s: f"{s('num')}/{s('den')} – tỷ lệ {c.V.cn} đạt trên mức trung bình năm nay.",
        lambda c, s: f"Có {s('num')} trong số {s('den')} {c.V.cn} vượt mức bình quân.",
        lambda c, s: f"Bao nhiêu {c.V.cn} trên mức trung bình? {s('num')}/{s('den')}.",
        lambda c, s: f"Trên mức trung bình có {s('num')}/{s('den')} {c.V.cn}.",
        lambda c, s: f"{s('num')} {c.V.cn} trong tổng số {s('den')} có điểm cao hơn mức trung bình chung.",
        lambda c, s: f"Số {c.V.cn} \"vượt trung bình\" là {s('num')}/{s('den')}.",
        lambda c, s: f"Tính trên {s('den')} {c.V.cn}, có {s('num')} {c.V.cn} đạt trên trung bình.",
        lambda c, s: f"{s('num', 'z')}/{s('den')} {c.V.cn} có kết quả cao hơn điểm bình quân.",
        lambda c, s: f"Điểm của {s('num')}/{s('den')} {c.V.cn} cao hơn giá trị trung bình.",
        lambda c, s: f"Cứ {s('den')} {c.V.cn} thì có {s('num')} {c.V.cn} đạt trên trung bình.",
        lambda c, s: f"Theo bảng xếp hạng, {s('num')}/{s('den')} {c.V.units} nằm trên mức trung bình.",
    ],
}

# ---------------------------------------------------------------- a total and its parts


def _pt_o3(c, s):
    return (f"Đối tượng đánh giá ({s('total')} {c.V.cn}):\n- {_cap(_n(s, 0))}: {s('p0')};\n"
            f"- {_cap(_n(s, 1))}: {s('p1')}.")


PARTS = {
    "official": [
        lambda c, s: (f"Cơ cấu đối tượng đánh giá gồm {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}, tổng cộng "
                      f"{s('total')} {c.V.cn}."),
        lambda c, s: (f"{s('total')} {c.V.units} thuộc đối tượng đánh giá, trong đó: {s('p0')} {_n(s, 0)}; "
                      f"{s('p1')} {_n(s, 1)}."),
        _pt_o3,
        lambda c, s: (f"Trong số {s('total')} {c.V.cn} được chấm điểm, {_n(s, 0)} chiếm {s('p0')}, {_n(s, 1)} "
                      f"chiếm {s('p1')}."),
        lambda c, s: (f"Năm {c.Y}, {c.V.ev} đánh giá {s('p0', 'z')} {_n(s, 0)} cùng {s('p1', 'z')} {_n(s, 1)} "
                      f"({s('total')} {c.V.cn})."),
        lambda c, s: (f"Số {_n(s, 0)} được đánh giá là {s('p0')}, số {_n(s, 1)} là {s('p1')}; tổng số "
                      f"{s('total')}."),
        lambda c, s: (f"Tổng số {c.V.cn} được xác định Chỉ số CCHC năm {c.Y} là {s('total')}.",
                      f"Cơ cấu gồm {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}."),
        lambda c, s: (f"Với {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}, tổng số {c.V.cn} thuộc phạm vi thẩm "
                      f"định năm {c.Y} là {s('total')}."),
        lambda c, s: (f"Đối tượng xác định Chỉ số CCHC: {s('total')} {c.V.cn} ({_n(s, 0)}: {s('p0')}; "
                      f"{_n(s, 1)}: {s('p1')})."),
        lambda c, s: (f"{_cap(_n(s, 0))} ({s('p0')}) và {_n(s, 1)} ({s('p1')}), tổng cộng {s('total')} "
                      f"{c.V.cn}, đều đã hoàn thành việc tự đánh giá."),
        lambda c, s: (f"Phạm vi đánh giá năm {c.Y} bao gồm {s('p1')} {_n(s, 1)}, bên cạnh {s('p0')} {_n(s, 0)}; "
                      f"tổng cộng là {s('total')} {c.V.cn}."),
    ],
    "press": [
        lambda c, s: f"{s('total')} {c.V.cn} góp mặt: {s('p0')} {_n(s, 0)}, {s('p1')} {_n(s, 1)}.",
        lambda c, s: (f"Bảng xếp hạng năm nay có {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)} – tổng cộng "
                      f"{s('total')} {c.V.cn}."),
        lambda c, s: (f"{s('p1')} {_n(s, 1)} và {s('p0')} {_n(s, 0)}: đó là {s('total')} {c.V.cn} có tên trên bảng "
                      f"xếp hạng năm {c.Y}."),
        lambda c, s: (f"Năm {c.Y}, bảng xếp hạng gồm {s('total')} {c.V.cn}, chia thành khối {_n(s, 0)} "
                      f"({s('p0')}) và khối {_n(s, 1)} ({s('p1')})."),
        lambda c, s: (f"Trong số {s('total')} {c.V.cn}, có {s('p1')} {_n(s, 1)}, còn lại {s('p0')} là "
                      f"{_n(s, 0)}."),
        lambda c, s: (f"Đợt đánh giá gồm {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}; tính chung {s('total')} "
                      f"{c.V.cn}."),
        lambda c, s: (f"Ngoài {s('p0')} {_n(s, 0)}, bảng xếp hạng còn có {s('p1')} {_n(s, 1)}, tổng cộng "
                      f"{s('total')} {c.V.cn}."),
        lambda c, s: (f"{s('total')} {c.V.cn} được đánh giá là những {c.V.cn} nào? {_cap(_n(s, 0))}: {s('p0')}; "
                      f"{_n(s, 1)}: {s('p1')}."),
        lambda c, s: f"Cơ cấu: {s('p0')} {_n(s, 0)} + {s('p1')} {_n(s, 1)} = {s('total')} {c.V.cn}.",
        lambda c, s: (f"{s('p0', 'z')} {_n(s, 0)} và {s('p1', 'z')} {_n(s, 1)} – tổng cộng {s('total')} {c.V.cn} – "
                      f"có tên trong bảng xếp hạng năm {c.Y}."),
        lambda c, s: f"Theo danh sách công bố, {s('total')} {c.V.cn} gồm {s('p0')} {_n(s, 0)}, {s('p1')} {_n(s, 1)}.",
    ],
}

# ---------------------------------------------------------------- a band's count against last year's


def _more(s) -> str:
    return s.t("chg", "nhiều hơn", "ít hơn")


def _cc_o6(c, s):
    return (f"Số {c.V.cn} {s.b.inb}:\n- Năm {c.Y1}: {s('prev')};\n- Năm {c.Y}: {s('cur')};\n"
            f"- {_cap(_ud(s, 'chg'))}: {s('chg')}.")


COUNT_CHANGE = {
    "official": [
        lambda c, s: (f"{s.b.Grp} năm {c.Y}: {s('cur', 'z')} {c.V.cn} (năm {c.Y1}: {s('prev', 'z')} {c.V.cn}), "
                      f"{_ud(s, 'chg')} {s('chg', 'z')}."),
        lambda c, s: (f"So với năm {c.Y1} ({s('prev')} {c.V.cn}), số {c.V.cn} {s.b.inb} năm {c.Y} {_ud(s, 'chg')} "
                      f"{s('chg')}, {s.t('chg', 'lên', 'còn')} {s('cur')}."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} {_ud(s, 'chg')} từ {s('prev')} (năm {c.Y1}) "
                      f"{s.t('chg', 'lên', 'xuống')} {s('cur')} (năm {c.Y}), tức {_more(s)} {s('chg')} {c.V.cn}."),
        lambda c, s: (f"{s.b.Grp}: năm {c.Y1} có {s('prev')} {c.V.cn}, năm {c.Y} có {s('cur')} {c.V.cn}; chênh "
                      f"lệch {s('chg', 'v')} {c.V.cn} theo hướng {_ud(s, 'chg')}."),
        lambda c, s: (f"Có {s('cur')} {c.V.cn} {s.b.inb} trong năm {c.Y}, {_more(s)} năm trước {s('chg')} "
                      f"{c.V.cn}.", f"Năm {c.Y1}, số {c.V.cn} {s.b.inb} là {s('prev')}."),
        _cc_o6,
        lambda c, s: (f"Số lượng {c.V.cn} {s.b.inb} đã {s.t('chg', 'tăng thêm', 'giảm bớt')} {s('chg', 'w')} "
                      f"{c.V.cn}, từ {s('prev')} {s.t('chg', 'lên', 'xuống')} {s('cur')}."),
        lambda c, s: (f"Nếu năm {c.Y1} có {s('prev')} {c.V.cn} {s.b.inb} thì năm {c.Y} con số này là {s('cur')} "
                      f"({_ud(s, 'chg')} {s('chg')})."),
        lambda c, s: (f"Năm {c.Y} có {s('cur')} {c.V.cn} đạt {s.b.span}, {_ud(s, 'chg')} {s('chg')} {c.V.cn} so với "
                      f"cùng kỳ ({s('prev')} {c.V.cn})."),
        lambda c, s: (f"Theo bảng so sánh với năm trước, {s.b.grp} {_ud(s, 'chg')} {s('chg')} {c.V.cn}: từ "
                      f"{s('prev')} {c.V.cn} của năm {c.Y1} {s.t('chg', 'lên', 'xuống')} {s('cur')} {c.V.cn} trong "
                      f"năm {c.Y}."),
        lambda c, s: (f"Biến động số {c.V.cn} {s.b.inb}: {s('prev')} → {s('cur')} ({_ud(s, 'chg')} "
                      f"{s('chg')})."),
    ],
    "press": [
        lambda c, s: (f"{s.b.Grp} năm nay có {s('cur')} {c.V.cn}, {_more(s)} {s('chg')} so với năm ngoái "
                      f"({s('prev')})."),
        lambda c, s: (f"Từ {s('prev')} {s.t('chg', 'lên', 'xuống')} {s('cur')}: số {c.V.cn} {s.b.inb} "
                      f"{_ud(s, 'chg')} {s('chg')} {c.V.cn} so với năm trước."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} năm {c.Y} {_ud(s, 'chg')} {s('chg')} – từ {s('prev')} "
                      f"{s.t('chg', 'lên', 'xuống')} {s('cur')}."),
        lambda c, s: (f"Năm nay, {s.b.grp} {s.t('chg', 'đón thêm', 'mất đi')} {s('chg')} {c.V.cn}, hiện có "
                      f"{s('cur')}.", f"Năm {c.Y1}, {s.b.grp} có {s('prev')} {c.V.cn}."),
        lambda c, s: (f"Bao nhiêu {c.V.cn} {s.b.inb}? {s('cur')}, so với {s('prev')} của năm {c.Y1} "
                      f"({_ud(s, 'chg')} {s('chg')})."),
        lambda c, s: (f"{s.b.Inb} năm {c.Y}: {s('cur', 'v')} {c.V.cn}; năm {c.Y1}: {s('prev', 'v')} {c.V.cn} – "
                      f"{_ud(s, 'chg')} {s('chg', 'v')}."),
        lambda c, s: (f"Con số {c.V.cn} {s.b.inb} {s.t('chg', 'vươn lên', 'tụt xuống')} {s('cur')}, "
                      f"{_ud(s, 'chg')} {s('chg')} so với con số {s('prev')} của năm ngoái."),
        lambda c, s: (f"{s.t('chg', 'Thêm', 'Bớt')} {s('chg')} {c.V.cn} so với năm ngoái, {s.b.grp} năm nay có "
                      f"{s('cur')} {c.V.cn} (năm {c.Y1}: {s('prev')})."),
        lambda c, s: (f"So với cùng kỳ, số {c.V.cn} {s.b.inb} {_ud(s, 'chg')} từ {s('prev')} "
                      f"{s.t('chg', 'lên', 'xuống')} {s('cur')}, tức {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Năm ngoái {s('prev')}, năm nay {s('cur')}: số {c.V.cn} {s.b.inb} {_ud(s, 'chg')} "
                      f"{s('chg')}."),
        lambda c, s: (f"Đáng chú ý, có {s('cur')} {c.V.cn} {s.b.inb}, {_more(s)} {s('chg', 'z')} {c.V.cn} so với "
                      f"năm {c.Y1}, khi con số này là {s('prev')}."),
    ],
}

# ---------------------------------------------------------------- a unit's rank and its move


def _rk_o4(c, s):
    return (f"Kết quả của {s.U.name}:\n- Xếp hạng năm {c.Y}: {s('r')}/{s('den')};\n- Xếp hạng năm {c.Y1}: "
            f"{s('pr')};\n- Thay đổi: {_ud(s, 'move')} {s('move')} bậc.")


RANK = {
    "official": [
        lambda c, s: (f"Về thứ hạng, {s.U.name} năm {c.Y} ở vị trí {s('r')} (trong số {s('den')} {c.V.units}), "
                      f"năm {c.Y1} ở vị trí {s('pr')}, {_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"Năm {c.Y1} xếp thứ {s('pr')}, năm {c.Y} xếp thứ {s('r')}/{s('den')}, {s.U.name} đã "
                      f"{_ud(s, 'move')} {s('move', 'w')} bậc."),
        lambda c, s: (f"{s.U.name} {_ud(s, 'move')} {s('move')} bậc (từ thứ {s('pr')} "
                      f"{s.t('move', 'lên', 'xuống')} thứ {s('r')} trên {s('den')} {c.V.cn})."),
        _rk_o4,
        lambda c, s: (f"Thứ hạng của {s.U.name} {s.t('move', 'được cải thiện', 'bị giảm')} {s('move')} bậc: năm "
                      f"{c.Y1} là {s('pr')}, năm {c.Y} là {s('r')}/{s('den')}."),
        lambda c, s: (f"Xếp thứ {s('r')} trong tổng số {s('den')} {c.V.cn}, {s.U.name} {_ud(s, 'move')} "
                      f"{s('move')} bậc so với cùng kỳ (thứ {s('pr')})."),
        lambda c, s: (f"{s.U.name}: hạng {s('r')}/{s('den')} ({_ud(s, 'move')} {s('move')} bậc; năm {c.Y1} hạng "
                      f"{s('pr')})."),
        lambda c, s: (f"{s.U.name} đứng thứ {s('r')}/{s('den')}, {_ud(s, 'move')} {s('move')} bậc so với năm "
                      f"trước.", f"Năm {c.Y1}, {s.U.name} đứng thứ {s('pr')}."),
        lambda c, s: (f"So với năm {c.Y1} (vị trí {s('pr')}), {s.U.name} đã {s.t('move', 'tiến', 'lùi')} "
                      f"{s('move', 'v')} bậc, xếp thứ {s('r')} trên {s('den')}."),
        lambda c, s: (f"Trong bảng xếp hạng {s('den')} {c.V.cn}, {s.U.name} đứng ở vị trí {s('r')}, "
                      f"{s.t('move', 'cao hơn', 'thấp hơn')} {s('move')} bậc so với vị trí {s('pr')} năm {c.Y1}."),
        lambda c, s: (f"Đáng chú ý là {s.U.name}: từ vị trí {s('pr')} năm {c.Y1}, năm {c.Y} đã "
                      f"{s.t('move', 'vươn lên', 'tụt xuống')} vị trí {s('r')}/{s('den')}, tức {_ud(s, 'move')} "
                      f"{s('move')} bậc."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name} {s.t('move', 'thăng', 'tụt')} {s('move')} bậc, {s.t('move', 'lên', 'xuống')} "
                      f"hạng {s('r')}/{s('den')} (năm ngoái: hạng {s('pr')})."),
        lambda c, s: (f"Từ hạng {s('pr')} {s.t('move', 'lên', 'xuống')} hạng {s('r')}/{s('den')}: {s.U.name} "
                      f"{_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"{s.U.name} {s.t('move', 'leo', 'tụt')} {s('move', 'w')} bậc – năm nay xếp thứ "
                      f"{s('r')}/{s('den')}, năm ngoái thứ {s('pr')}."),
        lambda c, s: (f"Còn {s.U.name}? Hạng {s('r')}/{s('den')}, {_ud(s, 'move')} {s('move')} bậc so với hạng "
                      f"{s('pr')} năm {c.Y1}."),
        lambda c, s: (f"Xếp thứ {s('r')}/{s('den')}, {s.U.name} {_ud(s, 'move')} {s('move')} bậc so với cùng kỳ, "
                      f"khi đứng thứ {s('pr')}."),
        lambda c, s: (f"Năm nay {s.U.name} đứng thứ {s('r')}/{s('den')}.",
                      f"Năm {c.Y1}, {s.U.name} đứng thứ {s('pr')}; như vậy {c.V.this} đã {_ud(s, 'move')} "
                      f"{s('move')} bậc."),
        lambda c, s: (f"{s.U.name} năm {c.Y}: vị trí {s('r')} trên {s('den')} {c.V.cn} ({_ud(s, 'move')} "
                      f"{s('move')} bậc so với vị trí {s('pr')} năm trước)."),
        lambda c, s: (f"Thứ hạng {s.U.name} {_ud(s, 'move')} {s('move')} bậc: năm ngoái {s('pr')}, năm nay "
                      f"{s('r')}/{s('den')}."),
        lambda c, s: (f"{s.U.name} đã {s.t('move', 'tiến thêm', 'lùi')} {s('move', 'v')} bậc trên bảng xếp hạng, "
                      f"đứng thứ {s('r')}/{s('den')} (năm {c.Y1}: {s('pr')})."),
        lambda c, s: (f"Nếu năm ngoái {s.U.name} đứng thứ {s('pr')} thì năm nay là {s('r')}/{s('den')}, "
                      f"{_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"Bảng xếp hạng ghi nhận {s.U.name} ở vị trí {s('r')}/{s('den')}, {_ud(s, 'move')} "
                      f"{s('move')} bậc so với năm {c.Y1} (vị trí {s('pr')})."),
    ],
}

# ---------------------------------------------------------------- how many went up / down


def _ud_o4(c, s):
    return f"So với năm {c.Y1}:\n- Số {c.V.cn} tăng điểm: {s('up')};\n- Số {c.V.cn} giảm điểm: {s('down')}."


def _ud_o9(c, s):
    up, down = s.big("up"), s.big("down")
    word = "nhiều hơn" if up > down else ("ít hơn" if up < down else "bằng")
    return f"Số {c.V.cn} tăng điểm ({s('up')}) {word} số {c.V.cn} giảm điểm ({s('down')})."


UP_DOWN = {
    "official": [
        lambda c, s: (f"Về biến động điểm số so với năm liền kề: {s('up')} {c.V.cn} tăng, {s('down')} {c.V.cn} "
                      f"giảm."),
        lambda c, s: (f"Số {c.V.cn} có Chỉ số CCHC được cải thiện là {s('up')}; số {c.V.cn} có Chỉ số giảm là "
                      f"{s('down')}."),
        lambda c, s: f"{s('up', 'z')} {c.V.cn} tăng điểm, {s('down', 'z')} {c.V.cn} giảm điểm so với năm {c.Y1}.",
        _ud_o4,
        lambda c, s: (f"Kết quả năm {c.Y} có {s('up')} {c.V.cn} tăng và {s('down')} {c.V.cn} giảm Chỉ số so với năm "
                      f"trước."),
        lambda c, s: (f"Trong tổng số {c.V.cn} được đánh giá, {s('up')} {c.V.cn} có điểm số cao hơn năm {c.Y1}, "
                      f"{s('down')} {c.V.cn} có điểm số thấp hơn."),
        lambda c, s: f"Có {s('down')} {c.V.cn} giảm điểm, {s('up')} {c.V.cn} tăng điểm so với cùng kỳ.",
        lambda c, s: (f"Chỉ số CCHC của {s('up')} {c.V.cn} tăng so với năm {c.Y1}; ngược lại, {s('down')} "
                      f"{c.V.cn} giảm."),
        _ud_o9,
        lambda c, s: (f"Xét biến động so với năm {c.Y1}, {s('up', 'v')} {c.V.cn} tăng điểm; {s('down', 'v')} "
                      f"{c.V.cn} giảm điểm."),
        lambda c, s: (f"Thứ tư, về xu hướng: {s('up')} {c.V.cn} có kết quả tăng, {s('down')} {c.V.cn} có kết quả "
                      f"giảm so với năm trước."),
    ],
    "press": [
        lambda c, s: f"Bao nhiêu {c.V.cn} tăng điểm? {s('up')}. Giảm điểm? {s('down')}.",
        lambda c, s: f"{s('up')} {c.V.cn} cải thiện điểm số, {s('down')} {c.V.cn} đi lùi so với năm ngoái.",
        lambda c, s: f"Năm nay, số {c.V.cn} tăng điểm là {s('up')}, giảm điểm là {s('down')}.",
        lambda c, s: f"So với cùng kỳ, {s('down')} {c.V.cn} tụt điểm, trong khi {s('up')} {c.V.cn} tăng điểm.",
        lambda c, s: (f"Có {s('up')} {c.V.cn} có điểm năm {c.Y} cao hơn năm {c.Y1}; {s('down')} {c.V.cn} có điểm "
                      f"thấp hơn."),
        lambda c, s: f"Tăng điểm: {s('up')} {c.V.cn}. Giảm điểm: {s('down')} {c.V.cn}.",
        lambda c, s: f"Điểm số của {s('up')} {c.V.cn} đi lên, của {s('down')} {c.V.cn} đi xuống so với năm {c.Y1}.",
        lambda c, s: f"Bức tranh biến động: {s('up')} {c.V.cn} tăng, {s('down')} {c.V.cn} giảm.",
        lambda c, s: (f"{s('down')} {c.V.cn} bị giảm điểm và {s('up')} {c.V.cn} được tăng điểm – đó là kết quả so "
                      f"sánh với năm {c.Y1}."),
        lambda c, s: (f"Trong bảng xếp hạng năm nay, số {c.V.cn} tăng điểm so với năm {c.Y1} là {s('up')}, số giảm "
                      f"điểm là {s('down')}."),
        lambda c, s: (f"{s('up')} tăng, {s('down')} giảm – đó là số {c.V.cn} biến động điểm số so với năm "
                      f"trước."),
    ],
}

# ---------------------------------------------------------------- survey ballots


def _ba_o1(c, s):
    lines = [f"- Phiếu khảo sát {lab}: {s(r)} phiếu;" for r, lab in _bl(s)]
    return "Kết quả điều tra xã hội học:\n" + "\n".join(lines) + f"\n- Tổng cộng: {s('total')} phiếu."


def _ba_o2(c, s):
    return "Đã thu về " + _enum([f"{s(r)} phiếu khảo sát {lab}" for r, lab in _bl(s)], "; ") + \
        f" (tổng số {s('total')} phiếu)."


def _ba_o3(c, s):
    return (f"Tổng số phiếu hợp lệ ({s('total')}) được thu từ "
            + _enum([f"{lab} ({s(r)} phiếu)" for r, lab in _bl(s)], "; ") + ".")


@_approx
def _ba_o4(c, s):
    return (f"Hội đồng đã sử dụng kết quả của trên {s('total')} phiếu khảo sát; "
            + _enum([f"{lab} chiếm trên {s(r)} phiếu" for r, lab in _bl(s)], "; ") + ".")


def _ba_o5(c, s):
    return _cap("; ".join(f"số phiếu khảo sát {lab} là {s(r)}" for r, lab in _bl(s))) + \
        f"; tổng cộng {s('total')} phiếu."


def _ba_o6(c, s):
    labs = _enum([lab for _, lab in _bl(s)], "; ")
    return (f"{s('total')} phiếu điều tra đã được phát ra và thu về từ {labs} (lần lượt "
            + _enum([s(r) for r, _ in _bl(s)]) + " phiếu).")


def _ba_o7(c, s):
    return ("Tổng hợp phiếu khảo sát theo đối tượng: " + "; ".join(f"{lab} – {s(r)}" for r, lab in _bl(s))
            + f". Tổng số: {s('total')} phiếu.")


def _ba_o8(c, s):
    return ("Theo bảng tổng hợp kết quả điều tra, " + _enum([f"{lab} trả lời {s(r)} phiếu" for r, lab in _bl(s)], "; ")
            + f"; tổng số phiếu là {s('total')}.")


@_approx
def _ba_o9(c, s):
    return (f"Khoảng {s('total')} phiếu khảo sát đã được xử lý, gồm khoảng "
            + _enum([f"{s(r)} phiếu {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_o10(c, s):
    return ("Thứ nhất, về phiếu khảo sát: " + "; ".join(f"{lab} {s(r)} phiếu" for r, lab in _bl(s))
            + f"; tổng cộng {s('total')}.")


def _ba_o11(c, s):
    return (f"Số phiếu hợp lệ đạt {s('total')}, được thu từ "
            + _enum([f"{s(r)} {lab} tham gia trả lời" for r, lab in _bl(s)], "; ") + ".")


@_approx
def _ba_p1(c, s):
    return (f"Hơn {s('total')} phiếu khảo sát được sử dụng để chấm điểm: "
            + _enum([f"{lab} gửi về hơn {s(r)} phiếu" for r, lab in _bl(s)], "; ") + ".")


def _ba_p2(c, s):
    return (f"Để có kết quả này, {_evp(c)} đã thu về {s('total')} phiếu: "
            + _enum([f"{s(r)} từ {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p3(c, s):
    return (f"Bao nhiêu phiếu khảo sát đã được thu về? {s('total')} phiếu, gồm "
            + _enum([f"{s(r)} phiếu {lab}" for r, lab in _bl(s)], "; ") + ".")


@_approx
def _ba_p4(c, s):
    return (f"Trên {s('total')} phiếu khảo sát – " + _enum([f"trên {s(r)} phiếu {lab}" for r, lab in _bl(s)], "; ")
            + " – đã được tổng hợp.")


def _ba_p5(c, s):
    return (f"{s('total')} phiếu là tổng số phiếu khảo sát năm {c.Y}; "
            + "; ".join(f"{lab}: {s(r)}" for r, lab in _bl(s)) + ".")


def _ba_p6(c, s):
    lines = [f"• {_cap(lab)}: {s(r)} phiếu" for r, lab in _bl(s)]
    return "Số phiếu khảo sát:\n" + "\n".join(lines) + f"\n• Tổng: {s('total')} phiếu"


def _ba_p7(c, s):
    return ("Với " + _enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ")
            + f", tổng số phiếu năm nay đạt {s('total')}.")


@_approx
def _ba_p8(c, s):
    return (f"Cuộc khảo sát năm nay có sự tham gia của hơn {s('total')} phiếu; "
            + _enum([f"{lab} đóng góp hơn {s(r)} phiếu" for r, lab in _bl(s)], "; ") + ".")


def _ba_p9(c, s):
    return "Số phiếu " + _enum([f"{lab} ({s(r)})" for r, lab in _bl(s)], "; ") + f" cộng lại là {s('total')}."


def _ba_p10(c, s):
    return (f"Có {s('total')} phiếu được thu về. Trong số đó, "
            + _enum([f"{s(r)} phiếu do {lab} trả lời" for r, lab in _bl(s)], "; ") + ".")


def _ba_p11(c, s):
    return (f"Theo {_evp(c)}, tổng số phiếu hợp lệ là {s('total')}; số phiếu của từng đối tượng lần lượt: "
            + "; ".join(f"{lab} {s(r)}" for r, lab in _bl(s)) + ".")


BALLOTS = {
    "official": [_ba_o1, _ba_o2, _ba_o3, _ba_o4, _ba_o5, _ba_o6, _ba_o7, _ba_o8, _ba_o9, _ba_o10, _ba_o11],
    "press": [_ba_p1, _ba_p2, _ba_p3, _ba_p4, _ba_p5, _ba_p6, _ba_p7, _ba_p8, _ba_p9, _ba_p10, _ba_p11],
}

PHRASINGS = {
    "total": TOTAL, "average_with_previous": AVERAGE, "delta_only": DELTA, "highest": HIGHEST, "lowest": LOWEST,
    "gap": GAP, "comparison": COMPARISON, "band_counts": BAND_COUNTS, "band_members": BAND_MEMBERS,
    "threshold_count": THRESHOLD, "ratio": RATIO, "parts_total": PARTS, "count_change": COUNT_CHANGE,
    "rank_move": RANK, "up_down_counts": UP_DOWN, "ballots": BALLOTS,
}
