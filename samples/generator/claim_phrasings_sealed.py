"""Sealed phrasings: a seventh set of sentences for `claim_text`, written blind to the extractor, its frames, its
misses and its benchmark output, and apart from the six sets before it (new word orders and constructions, not
paraphrases of theirs). It is meant to look like the documents auditors actually receive: Sở Nội vụ báo cáo,
quyết định, kế hoạch and thông báo kết quả, Bộ Nội vụ announcements, and news copy from online papers, government
portals and local papers, with figures first, units first, years first or comparisons first, relative clauses,
brackets, bullets and dashes, "lần lượt là", "trong số đó", numbers as words and with leading zeros, decimal
comma and decimal point, and a previous year's value told in another paragraph. It exists to measure reach on
prose nobody has fitted to; once its sentences or misses are read by whoever tunes the extractor, it is no
longer sealed.

Same interface as `claim_phrasings_unseen.py`: fn(c, s) -> text, or (text, a sentence for another paragraph);
`s(role, fmt)` prints and records one figure (fmt letters: u unit, p decimal point, z leading zero, w / W number
word up to ten, v number word up to nineteen, + signed); `s.t(role, up, down)` the direction word of a signed
figure; `s.ml()` the member list. Every entry belongs to the "sealed" set. Each kind states exactly the roles
its tuning phrasings state, each once; no other numeral is printed than years, band bounds, the threshold and
the scale's maximum, so the benchmark knows the truth of everything a statement says.

Do not tune the extractor against these sentences; read the benchmark's summary rows only.
"""

from __future__ import annotations

from typing import Any

from samples.generator.claim_phrasings import _approx, _bl, _cap, _enum, _evp, _n, _names, _tail, _ud


def _soft(s, role: str) -> str:
    """'giảm nhẹ' for a fall under one point, the way reports soften a small drop; else the plain verb."""
    if s.t(role, "up", "down") == "down" and s.big(role) < 1:
        return "giảm nhẹ"
    return _ud(s, role)


def _none_in(c, s, lead: str = "; ") -> str:
    """Bands nobody reached, in words only ('; riêng loại Yếu không có đơn vị nào')."""
    if not s.zero:
        return ""
    return lead + "riêng " + _enum([b.grp for b in s.zero], ", ", " và ") + " không có " + c.V.cn + " nào"


def _by_size(s) -> list[tuple[Any, str]]:
    return sorted(s.bands, key=lambda br: -s.big(br[1]))


# ---------------------------------------------------------------- total (the lead)

TOTAL = {
    "official": [
        lambda c, s: (f"Thông báo kết quả: Hội đồng thẩm định đã rà soát toàn bộ hồ sơ, tài liệu kiểm chứng và thống "
                      f"nhất công bố Chỉ số CCHC năm {c.Y} của {s('total')} {c.V.units}{_tail(c)}."),
        lambda c, s: (f"Bảng xếp hạng Chỉ số CCHC năm {c.Y} ban hành kèm theo Quyết định này gồm {s('total')} "
                      f"{c.V.units}{_tail(c)}."),
        lambda c, s: (f"Tổng hợp từ báo cáo của {c.V.coll}, {c.V.ev} đã tiếp nhận, thẩm định hồ sơ tự đánh giá của "
                      f"cả {s('total')} {c.V.cn}, không có {c.V.cn} nào nộp chậm."),
        lambda c, s: (f"Đối tượng được đánh giá, xếp hạng theo Bộ Chỉ số năm {c.Y}: {s('total', 'z')} {c.V.units}, "
                      f"chi tiết tại Phụ lục kèm theo."),
        lambda c, s: (f"Trong tổng số {s('total')} {c.V.units}{_tail(c)} được đánh giá năm {c.Y}, không có "
                      f"{c.V.cn} nào bị trừ điểm do chậm gửi báo cáo."),
        lambda c, s: (f"Căn cứ kết quả chấm điểm của Hội đồng thẩm định và kết quả điều tra xã hội học, {c.V.ev} "
                      f"công bố Chỉ số CCHC năm {c.Y} của {s('total')} {c.V.units}{_tail(c)} như sau."),
        lambda c, s: (f"Năm {c.Y}: {s('total')} {c.V.units}{_tail(c)} tham gia đánh giá, xếp hạng theo Bộ tiêu chí "
                      f"được ban hành."),
        lambda c, s: (f"Tất cả {s('total')} {c.V.units}{_tail(c)} đều đã hoàn thành việc tự đánh giá, chấm điểm "
                      f"trên Phần mềm quản lý Chỉ số CCHC đúng thời hạn."),
        lambda c, s: (f"Phê duyệt và công bố Chỉ số CCHC năm {c.Y} của {s('total')} {c.V.units}{_tail(c)} (Phụ lục "
                      f"kèm theo); {c.V.ev} chịu trách nhiệm tổng hợp, theo dõi."),
        lambda c, s: (f"Việc xác định Chỉ số CCHC năm {c.Y}, mà đối tượng là {s('total')} {c.V.units}{_tail(c)}, "
                      f"được thực hiện theo đúng quy trình."),
    ],
    "press": [
        lambda c, s: (f"{s('total')} {c.V.units} – đó là số {c.V.cn} được chấm điểm trong kỳ công bố Chỉ số CCHC "
                      f"năm {c.Y}."),
        lambda c, s: f"Bảng xếp hạng năm nay gọi tên đủ {s('total')} {c.V.units}{_tail(c)}.",
        lambda c, s: (f"Kết quả PAR INDEX {c.Y} của {s('total')} {c.V.units}{_tail(c)} đã chính thức được "
                      f"{_evp(c)} công bố."),
        lambda c, s: (f"Theo báo cáo được trình bày tại hội nghị, năm {c.Y} có tổng cộng {s('total')} {c.V.cn} được "
                      f"chấm điểm và xếp hạng."),
        lambda c, s: (f"Qua kết quả đánh giá {s('total')} {c.V.units} năm {c.Y}, bức tranh cải cách hành chính hiện "
                      f"lên với nhiều gam màu sáng."),
        lambda c, s: (f"Như thường lệ, cả {s('total')} {c.V.units}{_tail(c)} đều có mặt trong bảng xếp hạng PAR "
                      f"INDEX {c.Y}."),
        lambda c, s: (f"Chỉ số CCHC (PAR INDEX) năm {c.Y} đo lường kết quả cải cách hành chính tại {s('total')} "
                      f"{c.V.units}{_tail(c)}."),
        lambda c, s: (f"Xếp hạng năm {c.Y} trải dài trên {s('total')} {c.V.cn}, từ vị trí dẫn đầu đến vị trí cuối "
                      f"bảng."),
        lambda c, s: f"PAR INDEX {c.Y}: {s('total')} {c.V.units} được \"chấm điểm\" công khai.",
        lambda c, s: (f"Có {s('total')} {c.V.units}{_tail(c)} được đưa vào đánh giá; kết quả đăng tải trên Cổng "
                      f"thông tin điện tử của {c.V.ev}."),
    ],
}

# ---------------------------------------------------------------- average with the previous year


AVERAGE = {
    "official": [
        lambda c, s: (f"Giá trị bình quân Chỉ số CCHC của {c.V.coll} năm {c.Y} đạt {s('avg', 'u')}; năm {c.Y1}, "
                      f"giá trị này là {s('prev', 'u')}. Như vậy, so với năm liền kề, mức bình quân "
                      f"{_soft(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"So với năm liền kề ({s('prev', 'u')}), Chỉ số CCHC trung bình năm {c.Y} của {c.V.coll} "
                      f"{_ud(s, 'delta')} {s('delta', 'u')}, đạt {s('avg', 'u')}."),
        lambda c, s: (f"Giá trị trung bình Chỉ số CCHC của {c.V.coll}:\n- Năm {c.Y1}: {s('prev', 'u')};\n"
                      f"- Năm {c.Y}: {s('avg', 'u')}, {_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"Trung bình cộng Chỉ số CCHC năm {c.Y} của {c.V.coll} là {s('avg', 'u')}, "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} năm trước {s('delta')}{c.dp} (năm {c.Y1} đạt "
                      f"{s('prev', 'u')})."),
        lambda c, s: (f"Năm {c.Y1} đạt {s('prev', 'u')}, năm {c.Y} đạt {s('avg', 'u')}: giá trị trung bình Chỉ số "
                      f"CCHC của {c.V.coll} {_soft(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: ((f"Chỉ số CCHC bình quân của {c.V.coll} trong năm {c.Y} {_ud(s, 'delta')} {s('delta', 'u')} "
                       f"so với cùng kỳ, {s.t('delta', 'lên', 'xuống')} mức {s('avg', 'u')}."),
                      f"Năm {c.Y1}, giá trị trung bình Chỉ số CCHC của {c.V.coll} là {s('prev', 'u')}."),
        lambda c, s: (f"Kết quả cho thấy chất lượng cải cách hành chính chung có chuyển biến: bình quân đạt "
                      f"{s('avg', 'u')} (năm {c.Y1}: {s('prev', 'u')}; chênh lệch {s('delta', '+')}{c.dp})."),
        lambda c, s: (f"Chỉ số CCHC trung bình của {c.V.coll}: {s('prev', 'u')} (năm {c.Y1}) → {s('avg', 'u')} "
                      f"(năm {c.Y}), tức {_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"Giá trị trung bình của {c.V.coll}, vốn ở mức {s('prev', 'u')} trong năm {c.Y1}, năm {c.Y} "
                      f"{s.t('delta', 'đã tăng lên', 'đã giảm xuống')} {s('avg', 'u')}, tức là {_ud(s, 'delta')} "
                      f"{s('delta')}{c.dp}."),
        lambda c, s: (f"Giá trị trung bình Chỉ số CCHC: năm {c.Y} – {s('avg', 'u')}; năm {c.Y1} – {s('prev', 'u')}; "
                      f"mức {_ud(s, 'delta')} – {s('delta', 'u')}."),
    ],
    "press": [
        lambda c, s: (f"Điểm bình quân của {c.V.coll_s} năm nay là {s('avg', 'pu')}, "
                      f"{s.t('delta', 'nhích lên', 'lùi lại')} {s('delta', 'p')}{c.dp} so với năm liền kề "
                      f"({s('prev', 'pu')})."),
        lambda c, s: (f"{_cap(c.V.coll_s)} có Chỉ số CCHC bình quân {s('avg', 'u')}. Con số của năm {c.Y1} là "
                      f"{s('prev', 'u')}, nghĩa là mặt bằng chung đã {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Mức trung bình năm {c.Y} đạt {s('avg', 'u')} – {s.t('delta', 'cao hơn', 'thấp hơn')} "
                      f"{s('delta', 'u')} so với năm {c.Y1}, khi chỉ số bình quân dừng ở {s('prev', 'u')}."),
        lambda c, s: (f"So với cùng kỳ năm trước, điểm trung bình PAR INDEX {_ud(s, 'delta')} {s('delta', 'u')}: "
                      f"từ {s('prev', 'u')} {s.t('delta', 'lên', 'xuống')} {s('avg', 'u')}."),
        lambda c, s: (f"Tính bình quân, mỗi {c.V.one} đạt {s('avg', 'u')} trong năm {c.Y}; mức này "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} năm trước ({s('prev', 'u')}) là {s('delta')}{c.dp}."),
        lambda c, s: (f"{s('avg', 'u')} là điểm trung bình của {c.V.coll_s} trong năm {c.Y}; năm {c.Y1}, con số này "
                      f"là {s('prev', 'u')}. Mức {_ud(s, 'delta')} {s('delta', 'u')} cho thấy "
                      f"{s.t('delta', 'nỗ lực cải cách đã có kết quả', 'vẫn còn nhiều việc phải làm')}."),
        lambda c, s: ((f"Bình quân chung năm {c.Y} đạt {s('avg', 'u')}."),
                      (f"Năm ngoái, điểm trung bình của {c.V.coll_s} là {s('prev', 'u')}; năm nay "
                       f"{_ud(s, 'delta')} {s('delta', 'u')}.")),
        lambda c, s: (f"Năm {c.Y}, trung bình cộng Chỉ số CCHC của {c.V.coll_s} "
                      f"{s.t('delta', 'vươn lên', 'tụt xuống')} {s('avg', 'u')}, {_ud(s, 'delta')} {s('delta')}{c.dp} "
                      f"so với năm liền kề (năm {c.Y1}: {s('prev', 'u')})."),
        lambda c, s: (f"Từ {s('prev', 'u')} (năm {c.Y1}) đến {s('avg', 'u')} (năm {c.Y}): điểm trung bình của "
                      f"{c.V.coll_s} {_soft(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"Đáng chú ý, điểm bình quân {s.t('delta', 'đã cải thiện', 'đã sụt')} {s('delta', 'u')} so với "
                      f"năm {c.Y1}, {s.t('delta', 'lên', 'xuống')} mức {s('avg', 'u')} (năm trước: {s('prev', 'u')})."),
    ],
}

# ---------------------------------------------------------------- a unit's change

DELTA = {
    "official": [
        lambda c, s: (f"{s.U.name}: năm {c.Y} đạt {s('cur', 'u')}, năm {c.Y1} đạt {s('prev', 'u')}, "
                      f"{_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"Chỉ số CCHC năm {c.Y} của {s.U.name} là {s('cur', 'u')}, {s.t('delta', 'cao hơn', 'thấp hơn')} "
                      f"{s('delta')}{c.dp} so với năm liền kề ({s('prev', 'u')})."),
        lambda c, s: (f"So với năm {c.Y1} ({s('prev', 'u')}), kết quả của {s.U.name} {_ud(s, 'delta')} "
                      f"{s('delta', 'u')}, đạt {s('cur', 'u')}."),
        lambda c, s: (f"Riêng {s.U.name}, {c.V.this} có mức {_ud(s, 'delta')} {s('delta', 'u')}: từ {s('prev', 'u')} "
                      f"năm {c.Y1} {s.t('delta', 'lên', 'xuống')} {s('cur', 'u')} năm {c.Y}."),
        lambda c, s: ((f"Năm {c.Y}, {s.U.name} đạt {s('cur', 'u')}, {_soft(s, 'delta')} {s('delta', 'u')} so với "
                       f"năm trước."),
                      f"Kết quả năm {c.Y1} của {s.U.name} là {s('prev', 'u')}."),
        lambda c, s: (f"{s.U.name} (năm {c.Y}: {s('cur', 'u')}; năm {c.Y1}: {s('prev', 'u')}) là {c.V.one} có mức "
                      f"{_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"{s.U.name}, {c.V.one} có Chỉ số CCHC năm {c.Y1} là {s('prev', 'u')}, năm {c.Y} đạt "
                      f"{s('cur', 'u')}, tức {_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"Mức {_ud(s, 'delta')} của {s.U.name} là {s('delta', 'u')} (từ {s('prev', 'u')} "
                      f"{s.t('delta', 'lên', 'xuống')} {s('cur', 'u')})."),
        lambda c, s: (f"Chỉ số CCHC của {s.U.name} năm {c.Y} {_ud(s, 'delta')} so với năm {c.Y1}: {s('cur', 'u')} "
                      f"so với {s('prev', 'u')}, chênh lệch {s('delta')}{c.dp}."),
        lambda c, s: (f"- {s.U.name}: {s('cur', 'u')} (năm {c.Y1}: {s('prev', 'u')}, {_ud(s, 'delta')} "
                      f"{s('delta', 'u')})."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name} {_ud(s, 'delta')} {s('delta', 'u')}, từ {s('prev', 'u')} "
                      f"{s.t('delta', 'lên', 'xuống')} {s('cur', 'u')}."),
        lambda c, s: (f"Với {s('cur', 'pu')}, {s.U.name} {s.t('delta', 'cải thiện', 'đánh mất')} {s('delta', 'p')}"
                      f"{c.dp} so với năm ngoái ({s('prev', 'pu')})."),
        lambda c, s: (f"Năm {c.Y1}, {s.U.name} đạt {s('prev', 'u')}; năm nay con số này là {s('cur', 'u')}, "
                      f"{_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"Đáng chú ý là {s.U.name}: {s('cur', 'u')}, {_ud(s, 'delta')} {s('delta', 'u')} so với cùng "
                      f"kỳ ({s('prev', 'u')})."),
        lambda c, s: (f"{s('delta', '+')}{c.dp} – đó là mức thay đổi Chỉ số CCHC của {s.U.name} trong năm {c.Y} "
                      f"({s('prev', 'u')} → {s('cur', 'u')})."),
        lambda c, s: (f"Trong khi năm {c.Y1} đạt {s('prev', 'u')}, năm {c.Y} {s.U.name} "
                      f"{s.t('delta', 'vươn lên', 'tụt xuống')} {s('cur', 'u')} ({_ud(s, 'delta')} "
                      f"{s('delta', 'u')})."),
        lambda c, s: (f"Chỉ số của {s.U.name} {_ud(s, 'delta')} từ {s('prev', 'u')} {s.t('delta', 'lên', 'còn')} "
                      f"{s('cur', 'u')}, tương đương {s('delta')}{c.dp}."),
        lambda c, s: ((f"{s.U.name} {_soft(s, 'delta')} {s('delta', 'u')} so với năm trước."),
                      f"Năm nay {s.U.name} đạt {s('cur', 'u')}, năm ngoái đạt {s('prev', 'u')}."),
        lambda c, s: (f"Ở chiều {_ud(s, 'delta')}, {s.U.name} ghi nhận {s('delta', 'u')} (năm {c.Y}: "
                      f"{s('cur', 'u')}, năm {c.Y1}: {s('prev', 'u')})."),
        lambda c, s: (f"{s.U.name} đạt {s('cur', 'u')} so với {s('prev', 'u')} năm trước, {_ud(s, 'delta')} "
                      f"{s('delta', 'u')}."),
    ],
}

# ---------------------------------------------------------------- leading unit

HIGHEST = {
    "official": [
        lambda c, s: f"Đứng đầu bảng xếp hạng năm {c.Y} là {s.T.name} với {s('top', 'u')}.",
        lambda c, s: f"{s.T.name} là {c.V.one} có Chỉ số CCHC cao nhất, đạt {s('top', 'u')}.",
        lambda c, s: f"Chỉ số CCHC cao nhất thuộc về {s.T.name} ({s('top', 'u')}).",
        lambda c, s: f"Với kết quả {s('top', 'u')}, {s.T.name} xếp vị trí thứ nhất trong {c.V.coll}.",
        lambda c, s: f"Xếp hạng thứ nhất: {s.T.name}, đạt {s('top', 'u')}.",
        lambda c, s: f"Kết quả cao nhất năm {c.Y} là {s('top', 'u')}, do {s.T.name} đạt được.",
        lambda c, s: (f"Dẫn đầu {c.V.coll} trong năm {c.Y} là {s.T.name}, với Chỉ số CCHC đạt "
                      f"{s('top', 'u')}."),
        lambda c, s: (f"{s.T.name} {'giữ vững' if s.T.prev_rank == 1 else 'vươn lên'} vị trí dẫn đầu khi đạt "
                      f"{s('top', 'u')}, cao nhất trong số {c.V.coll_s}."),
        lambda c, s: (f"Trong số {c.V.coll_s}, {c.V.cn} đạt kết quả cao nhất là {s.T.name} ({s('top', 'u')})."),
        lambda c, s: f"Vị trí số một thuộc về {s.T.name}: {s('top', 'u')}.",
    ],
    "press": [
        lambda c, s: f"{s.T.name} giành ngôi đầu với {s('top', 'pu')}.",
        lambda c, s: f"Ngôi quán quân PAR INDEX {c.Y} gọi tên {s.T.name} ({s('top', 'u')}).",
        lambda c, s: f"{s('top', 'u')} – đó là điểm số giúp {s.T.name} đứng đầu bảng năm nay.",
        lambda c, s: f"Dẫn đầu là {s.T.name}, đạt {s('top', 'u')}.",
        lambda c, s: f"Góp mặt ở vị trí cao nhất năm {c.Y} là {s.T.name} với {s('top', 'u')}.",
        lambda c, s: f"{s.T.name} là {c.V.one} \"về nhất\" với kết quả {s('top', 'u')}.",
        lambda c, s: f"Với {s('top', 'u')}, {s.T.name} đứng ở vị trí số một.",
        lambda c, s: f"Cao nhất bảng xếp hạng là {s.T.name} ({s('top', 'u')}), vượt xa mặt bằng chung.",
        lambda c, s: f"Năm {c.Y}, {s.T.name} đạt {s('top', 'u')} và xếp hạng nhất.",
        lambda c, s: f"Gương mặt dẫn đầu năm nay là {s.T.name}, với chỉ số {s('top', 'u')}.",
    ],
}

# ---------------------------------------------------------------- lowest unit

LOWEST = {
    "official": [
        lambda c, s: f"{c.V.Cn} có Chỉ số CCHC thấp nhất là {s.B.name}, đạt {s('bot', 'u')}.",
        lambda c, s: f"Xếp cuối cùng là {s.B.name} với {s('bot', 'u')}.",
        lambda c, s: f"Chỉ số CCHC thấp nhất năm {c.Y} là {s('bot', 'u')}, thuộc về {s.B.name}.",
        lambda c, s: f"{s.B.name} đứng ở vị trí cuối bảng xếp hạng ({s('bot', 'u')}).",
        lambda c, s: f"Kết quả thấp nhất trong {c.V.coll} là của {s.B.name}: {s('bot', 'u')}.",
        lambda c, s: f"Xếp hạng cuối cùng: {s.B.name}, đạt {s('bot', 'u')}.",
        lambda c, s: f"Với {s('bot', 'u')}, {s.B.name} là {c.V.one} có kết quả thấp nhất năm {c.Y}.",
        lambda c, s: (f"{s.B.name} cần khắc phục những hạn chế, tồn tại vì có Chỉ số CCHC thấp nhất "
                      f"({s('bot', 'u')})."),
        lambda c, s: f"Ở vị trí thấp nhất là {s.B.name} với chỉ số {s('bot', 'u')}.",
        lambda c, s: f"Đứng cuối danh sách xếp hạng năm {c.Y} là {s.B.name} ({s('bot', 'u')}).",
    ],
    "press": [
        lambda c, s: f"{s.B.name} xếp cuối bảng với {s('bot', 'pu')}.",
        lambda c, s: f"Ở chiều ngược lại, {s.B.name} là {c.V.one} có điểm thấp nhất: {s('bot', 'u')}.",
        lambda c, s: f"\"Đội sổ\" năm nay là {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: f"Thấp nhất là {s.B.name}, chỉ đạt {s('bot', 'u')}.",
        lambda c, s: f"{s('bot', 'u')} là điểm số thấp nhất, thuộc về {s.B.name}.",
        lambda c, s: (f"{s.B.name} {'tiếp tục đứng' if s.B.prev_rank == len(c.world.units) else 'tụt xuống'} cuối "
                      f"bảng xếp hạng với {s('bot', 'u')}."),
        lambda c, s: f"Vị trí cuối cùng thuộc về {s.B.name} – {s('bot', 'u')}.",
        lambda c, s: f"Trong khi đó, {s.B.name} đứng chót bảng, với {s('bot', 'u')}.",
        lambda c, s: f"Năm {c.Y}, {s.B.name} chỉ đạt {s('bot', 'u')} và xếp cuối.",
        lambda c, s: f"Thấp điểm nhất bảng là {s.B.name} ({s('bot', 'u')}).",
    ],
}

# ---------------------------------------------------------------- gap between first and last

GAP = {
    "official": [
        lambda c, s: f"Khoảng cách giữa {c.V.one} đứng đầu và {c.V.one} đứng cuối là {s('gap', 'u')}.",
        lambda c, s: (f"Chênh lệch giữa Chỉ số CCHC cao nhất ({s.T.name}) và thấp nhất ({s.B.name}) là "
                      f"{s('gap')}{c.dp}."),
        lambda c, s: (f"{s.T.name} (xếp thứ nhất) cao hơn {s.B.name} (xếp cuối) {s('gap', 'u')}."),
        lambda c, s: (f"Biên độ chênh lệch giữa {c.V.one} cao nhất và {c.V.one} thấp nhất năm {c.Y} là "
                      f"{s('gap')}{c.dp}."),
        lambda c, s: (f"Kết quả giữa các {c.V.cn} còn chênh lệch đáng kể: {c.V.one} cao nhất và {c.V.one} thấp nhất "
                      f"cách nhau {s('gap', 'u')}."),
        lambda c, s: (f"Giữa {s.T.name} và {s.B.name} (cao nhất và thấp nhất) có khoảng cách {s('gap', 'u')}."),
        lambda c, s: f"Khoảng cách điểm số giữa vị trí đầu bảng và cuối bảng là {s('gap')}{c.dp}.",
        lambda c, s: f"Chỉ số CCHC cao nhất vượt chỉ số thấp nhất {s('gap', 'u')}.",
        lambda c, s: (f"So với {s.B.name} ({c.V.one} có kết quả thấp nhất), {s.T.name} ({c.V.one} có kết quả cao "
                      f"nhất) cao hơn {s('gap', 'u')}."),
        lambda c, s: f"Độ chênh lệch giữa kết quả cao nhất và thấp nhất: {s('gap')}{c.dp}.",
    ],
    "press": [
        lambda c, s: f"Khoảng cách từ ngôi đầu tới vị trí cuối bảng là {s('gap', 'pu')}.",
        lambda c, s: f"Đầu bảng và cuối bảng cách nhau {s('gap', 'u')}.",
        lambda c, s: f"{s.T.name} bỏ xa {s.B.name} tới {s('gap')}{c.dp}.",
        lambda c, s: f"Chênh lệch giữa {c.V.cn} cao nhất và thấp nhất năm nay là {s('gap', 'u')}.",
        lambda c, s: f"Từ {s.T.name} đến {s.B.name}, khoảng cách là {s('gap', 'u')}.",
        lambda c, s: f"Khoảng cách giữa {c.V.one} xếp đầu và {c.V.one} xếp cuối lên tới {s('gap', 'u')}.",
        lambda c, s: f"{s('gap', 'u')} là khoảng cách giữa {c.V.cn} dẫn đầu và {c.V.cn} đứng cuối.",
        lambda c, s: f"Chỉ số cao nhất và thấp nhất chênh nhau {s('gap')}{c.dp}.",
        lambda c, s: (f"Khoảng cách giữa {s.T.name} (đầu bảng) và {s.B.name} (cuối bảng) là {s('gap', 'u')}."),
        lambda c, s: f"Nếu so với {c.V.one} đứng cuối, {c.V.one} dẫn đầu cao hơn {s('gap', 'u')}.",
    ],
}

# ---------------------------------------------------------------- two units compared

COMPARISON = {
    "official": [
        lambda c, s: (f"{s.A.name} đạt {s('a', 'u')}, cao hơn {s.B.name} ({s('b', 'u')}) là {s('diff', 'u')}."),
        lambda c, s: (f"Chỉ số CCHC của {s.A.name} ({s('a', 'u')}) cao hơn của {s.B.name} ({s('b', 'u')}) "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: (f"So với {s.B.name} ({s('b', 'u')}), {s.A.name} ({s('a', 'u')}) cao hơn {s('diff', 'u')}."),
        lambda c, s: (f"{s.B.name} đạt {s('b', 'u')}, thấp hơn {s.A.name} ({s('a', 'u')}) {s('diff', 'u')}."),
        lambda c, s: (f"Chênh lệch giữa {s.A.name} và {s.B.name} là {s('diff', 'u')} ({s('a', 'u')} so với "
                      f"{s('b', 'u')})."),
        lambda c, s: (f"{s.A.name} và {s.B.name} lần lượt đạt {s('a', 'u')} và {s('b', 'u')}; khoảng cách giữa "
                      f"hai {c.V.one} là {s('diff')}{c.dp}."),
        lambda c, s: (f"Kết quả của {s.A.name} là {s('a', 'u')}, trong khi {s.B.name} là {s('b', 'u')} – thấp hơn "
                      f"{s('diff', 'u')}."),
        lambda c, s: (f"Năm {c.Y}, {s.A.name} cao hơn {s.B.name} {s('diff', 'u')} (tương ứng {s('a', 'u')} và "
                      f"{s('b', 'u')})."),
        lambda c, s: (f"{s.A.name}, với {s('a', 'u')}, vượt {s.B.name} – {c.V.one} đạt {s('b', 'u')} – "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: (f"Giữa {s.A.name} ({s('a', 'u')}) và {s.B.name} ({s('b', 'u')}) có mức chênh lệch "
                      f"{s('diff', 'u')}."),
    ],
    "press": [
        lambda c, s: (f"{s.A.name} ({s('a', 'pu')}) hơn {s.B.name} ({s('b', 'pu')}) tới {s('diff', 'p')}{c.dp}."),
        lambda c, s: (f"Bỏ xa {s.B.name} ({s('b', 'u')}), {s.A.name} đạt {s('a', 'u')}, cao hơn {s('diff', 'u')}."),
        lambda c, s: (f"{s.B.name} chỉ đạt {s('b', 'u')}, kém {s.A.name} ({s('a', 'u')}) {s('diff', 'u')}."),
        lambda c, s: (f"Khoảng cách giữa {s.A.name} và {s.B.name} là {s('diff', 'u')}: {s('a', 'u')} so với "
                      f"{s('b', 'u')}."),
        lambda c, s: (f"Cùng năm {c.Y}, {s.A.name} đạt {s('a', 'u')} còn {s.B.name} đạt {s('b', 'u')}, chênh nhau "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: (f"{s('diff', 'u')} là khoảng cách giữa {s.A.name} ({s('a', 'u')}) và {s.B.name} "
                      f"({s('b', 'u')})."),
        lambda c, s: (f"Điểm của {s.A.name} là {s('a', 'u')}, cao hơn {s.B.name} {s('diff', 'u')} (đạt "
                      f"{s('b', 'u')})."),
        lambda c, s: (f"So sánh {s.A.name} với {s.B.name}: {s('a', 'u')} và {s('b', 'u')}, chênh lệch "
                      f"{s('diff', 'u')}."),
        lambda c, s: (f"{s.A.name} vượt {s.B.name} {s('diff', 'u')} (đạt {s('a', 'u')}, còn {s.B.name} đạt "
                      f"{s('b', 'u')})."),
        lambda c, s: (f"Trong khi {s.B.name} dừng ở {s('b', 'u')}, {s.A.name} đạt {s('a', 'u')}, tức cao hơn "
                      f"{s('diff', 'u')}."),
    ],
}

# ---------------------------------------------------------------- counts by band


def _bc_o1(c, s):
    parts = [f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands]
    return "Kết quả xếp loại năm " + f"{c.Y}: " + "; ".join(parts) + _none_in(c, s) + "."


def _bc_o2(c, s):
    parts = [f"{b.span} – {s(r, 'z')} {c.V.cn}" for b, r in s.bands]
    return f"Trong tổng số {s('total')} {c.V.units}, xét theo khoảng điểm: " + "; ".join(parts) + "."


def _bc_o3(c, s):
    lines = [f"+ {b.title} ({b.span}) – {s(r)} {c.V.cn}" for b, r in s.bands]
    return f"Phân loại theo {c.V.grouping} năm {c.Y}:\n" + ";\n".join(lines) + "."


def _bc_o4(c, s):
    parts = [f"{s(r, 'W' if i == 0 else 'w')} {c.V.cn} {b.inb}" for i, (b, r) in enumerate(s.bands)]
    return _enum(parts, ", ", " và ") + f" là kết quả phân loại năm {c.Y}" + _none_in(c, s) + "."


def _bc_o5(c, s):
    names = _enum([b.inb for b, _ in s.bands])
    counts = _enum([s(r) for _, r in s.bands])
    return f"Số {c.V.cn} {names} trong năm {c.Y} lần lượt là {counts}."


def _bc_o6(c, s):
    parts = [f"{b.grp} có {s(r)} {c.V.cn}" for b, r in s.bands]
    return (f"{s('total')} {c.V.units} được phân thành {c.V.grouping}; trong số đó, " + _enum(parts, ", ", ", còn ")
            + ".")


def _bc_o7(c, s):
    parts = [f"số {c.V.cn} đạt {b.span} là {s(r)}" for b, r in s.bands]
    return "Về xếp loại, " + "; ".join(parts) + "."


def _bc_o8(c, s):
    head = ""
    if s.zero:
        head = "Không có " + c.V.cn + " nào " + _enum([b.inb for b in s.zero], ", ", " hay ") + "; "
    parts = [f"{b.grp} gồm {s(r)} {c.V.cn}" for b, r in s.bands]
    text = head + ", ".join(parts) + "."
    return f"Kết quả cụ thể: {text}" if head else f"Kết quả cụ thể: {_cap(text)}"


def _bc_o9(c, s):
    parts = [f"xếp loại {b.title} gồm {s(r, 'z')} {c.V.cn}" if c.world.scope == "provincial"
             else f"{b.grp} gồm {s(r, 'z')} {c.V.cn}" for b, r in s.bands]
    return _cap("; ".join(parts)) + "."


def _bc_o10(c, s):
    parts = [f"{c.V.Cn} {b.inb}: {s(r, 'v')}" for b, r in s.bands]
    return f"Thống kê theo kết quả năm {c.Y}. " + ". ".join(parts) + "."


def _bc_p1(c, s):
    return "Có " + _enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands], ", ", " và ") + "."


def _bc_p2(c, s):
    parts = [f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands]
    return _cap("; ".join(parts)) + " – đó là bức tranh phân loại năm nay."


def _bc_p3(c, s):
    parts = [f"ở {b.grp} có {s(r)} {c.V.cn}" for b, r in s.bands]
    return _cap(_enum(parts, "; ", "; còn ")) + "."


def _bc_p4(c, s):
    parts = [f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands]
    return f"Trong {s('total')} {c.V.cn}, " + _enum(parts, ", ", " và ") + "."


def _bc_p5(c, s):
    parts = [f"{b.grp} chiếm {s(r)} {c.V.cn}" for b, r in s.bands]
    return _cap(", ".join(parts)) + _none_in(c, s) + "."


def _bc_p6(c, s):
    lines = [f"• {b.Grp}: {s(r)}" for b, r in s.bands]
    return f"Số {c.V.cn} theo {c.V.grouping}:\n" + "\n".join(lines)


def _bc_p7(c, s):
    titles = _enum([b.grp for b, _ in s.bands])
    counts = _enum([s(r) for _, r in s.bands])
    return f"{_cap(titles)} lần lượt có {counts} {c.V.cn}."


def _bc_p8(c, s):
    parts = [f"{s(r)} {c.V.cn} đạt {b.span}" for b, r in s.bands]
    return f"Năm {c.Y}, " + _enum(parts, ", ", ", trong khi ") + "."


def _bc_p9(c, s):
    parts = [f"{b.grp} ({s(r)} {c.V.cn})" for b, r in _by_size(s)]
    return "Xếp theo số lượng từ nhiều đến ít: " + ", ".join(parts) + "."


def _bc_p10(c, s):
    parts = [f"{s(r, 'v')} {c.V.cn} {b.inb}" for b, r in s.bands]
    return f"Năm {c.Y} ghi nhận " + _enum(parts, "; ", "; ") + _none_in(c, s, ", ") + "."


BAND_COUNTS = {
    "official": [_bc_o1, _bc_o2, _bc_o3, _bc_o4, _bc_o5, _bc_o6, _bc_o7, _bc_o8, _bc_o9, _bc_o10],
    "press": [_bc_p1, _bc_p2, _bc_p3, _bc_p4, _bc_p5, _bc_p6, _bc_p7, _bc_p8, _bc_p9, _bc_p10],
}

# ---------------------------------------------------------------- a band's members


def _bm_o4(c, s):
    lines = [f"- {n};" for n in _names(c, s)]
    lines[-1] = lines[-1][:-1] + "."
    return f"{s.b.Grp}: {s('count')} {c.V.cn}, cụ thể:\n" + "\n".join(lines)


def _bm_p6(c, s):
    return f"Các {c.V.cn} {s.b.inb} ({s('count')}):\n" + "\n".join(f"• {n}" for n in _names(c, s))


BAND_MEMBERS = {
    "official": [
        lambda c, s: f"{s.b.Grp} ({s.b.span}) gồm {s('count', 'z')} {c.V.cn}: {s.ml()}.",
        lambda c, s: f"Các {c.V.cn} {s.b.inb} ({s('count')} {c.V.cn}) gồm: {s.ml()}.",
        lambda c, s: f"{s.ml()} là {s('count', 'w')} {c.V.cn} {s.b.inb} năm {c.Y}.",
        _bm_o4,
        lambda c, s: f"Có {s('count')} {c.V.cn} {s.b.inb}, đó là: {s.ml('semi')}.",
        lambda c, s: f"Trong số {c.V.coll_s}, {s.b.grp} có {s('count')} {c.V.cn} ({s.ml()}).",
        lambda c, s: f"Danh sách {c.V.cn} {s.b.inb} (số lượng: {s('count')}): {s.ml()}.",
        lambda c, s: f"{s('count', 'W')} {c.V.cn} {s.b.inb} là {s.ml()}.",
        lambda c, s: f"{s.b.Inb} có {s('count')} {c.V.cn}, bao gồm: {s.ml('mixed')}.",
        lambda c, s: f"Năm {c.Y}, {s('count')} {c.V.cn} đạt {s.b.span} là: {s.ml('semi_only')}.",
    ],
    "press": [
        lambda c, s: f"Góp mặt ở {s.b.grp} năm nay có {s('count')} {c.V.cn}: {s.ml()}.",
        lambda c, s: f"{s.ml()} – đó là {s('count', 'w')} cái tên {s.b.inb}.",
        lambda c, s: f"{s.b.Grp} có {s('count')} {c.V.cn}, gồm {s.ml(short=True)}.",
        lambda c, s: f"{s('count', 'W')} {c.V.cn} {s.b.inb} gồm {s.ml('semi')}.",
        lambda c, s: f"Có {s('count')} {c.V.cn} đạt {s.b.span}, là {s.ml()}.",
        _bm_p6,
        lambda c, s: f"Lọt vào {s.b.grp} là {s('count')} {c.V.cn} ({s.ml()}).",
        lambda c, s: f"Danh sách {s.b.grp} gồm {s('count', 'z')} cái tên: {s.ml('mixed')}.",
        lambda c, s: f"{s.b.Inb} năm nay: {s.ml()} ({s('count', 'w')} {c.V.cn}).",
        lambda c, s: f"Ở {s.b.grp}, {s('count')} {c.V.cn} góp mặt gồm {s.ml()}.",
    ],
}

# ---------------------------------------------------------------- count at or above the threshold

THRESHOLD = {
    "official": [
        lambda c, s: f"Số {c.V.cn} đạt Chỉ số CCHC từ {c.thr} trở lên là {s('thr')}.",
        lambda c, s: f"Có {s('thr', 'z')} {c.V.cn} đạt kết quả từ {c.thr} trở lên.",
        lambda c, s: f"{s('thr')} {c.V.units} có Chỉ số CCHC không thấp hơn {c.thr}.",
        lambda c, s: f"Từ {c.thr} trở lên: {s('thr')} {c.V.cn}.",
        lambda c, s: f"Về mức đạt, có {s('thr')} {c.V.cn} vượt ngưỡng {c.thr}.",
        lambda c, s: f"Năm {c.Y}, số {c.V.cn} có Chỉ số CCHC trên {c.thr} là {s('thr')}.",
        lambda c, s: f"Số {c.V.cn} đạt trên {c.thr}, tính chung {c.V.grouping}: {s('thr')}.",
        lambda c, s: f"Kết quả có {s('thr', 'v')} {c.V.cn} đạt Chỉ số CCHC từ {c.thr} trở lên.",
        lambda c, s: f"Với ngưỡng {c.thr}, số {c.V.cn} đạt hoặc vượt ngưỡng là {s('thr')}.",
        lambda c, s: f"{_cap(c.V.coll_s)} có {s('thr')} {c.V.cn} đạt mức {c.thr} trở lên.",
    ],
    "press": [
        lambda c, s: f"{s('thr')} {c.V.cn} vượt mốc {c.thr}.",
        lambda c, s: f"Số {c.V.cn} cán mốc {c.thr} trở lên năm nay là {s('thr')}.",
        lambda c, s: f"Có tới {s('thr')} {c.V.cn} đạt trên {c.thr}.",
        lambda c, s: f"Vượt ngưỡng {c.thr} có {s('thr')} {c.V.cn}.",
        lambda c, s: f"Năm {c.Y} ghi nhận {s('thr')} {c.V.cn} có chỉ số từ {c.thr} trở lên.",
        lambda c, s: f"Chỉ số từ {c.thr} trở lên: {s('thr', 'v')} {c.V.cn}.",
        lambda c, s: f"Mốc {c.thr} đã được {s('thr')} {c.V.cn} chinh phục.",
        lambda c, s: f"Đáng mừng là {s('thr')} {c.V.cn} đạt Chỉ số CCHC trên {c.thr}.",
        lambda c, s: f"Số {c.V.cn} có điểm trên {c.thr}: {s('thr')}.",
        lambda c, s: f"{s('thr', 'W')} {c.V.cn} đạt trên {c.thr} – một kết quả tích cực.",
    ],
}

# ---------------------------------------------------------------- above the average, of the total

RATIO = {
    "official": [
        lambda c, s: f"Có {s('num')}/{s('den')} {c.V.cn} đạt Chỉ số CCHC cao hơn giá trị trung bình.",
        lambda c, s: f"{s('num')}/{s('den')} {c.V.units} có kết quả trên mức trung bình chung.",
        lambda c, s: (f"Số {c.V.cn} có chỉ số cao hơn giá trị trung bình là {s('num')} trên tổng số {s('den')} "
                      f"{c.V.cn}."),
        lambda c, s: f"Trong số {s('den')} {c.V.units}, {s('num')} {c.V.cn} đạt trên mức trung bình.",
        lambda c, s: f"Tỷ lệ {c.V.cn} đạt trên giá trị trung bình: {s('num')}/{s('den')}.",
        lambda c, s: f"Trên giá trị trung bình có {s('num')}/{s('den')} {c.V.cn}.",
        lambda c, s: (f"{s('num')} trong tổng số {s('den')} {c.V.cn} có Chỉ số CCHC vượt giá trị trung bình."),
        lambda c, s: (f"Số {c.V.cn} vượt mức bình quân chung: {s('num')} (trên {s('den')} {c.V.cn} được đánh "
                      f"giá)."),
        lambda c, s: f"Kết quả có {s('num')} {c.V.cn}/{s('den')} {c.V.cn} cao hơn giá trị trung bình.",
        lambda c, s: (f"Có {s('num')} {c.V.cn} (trong số {s('den')}) đạt kết quả cao hơn trung bình cộng của "
                      f"{c.V.coll_s}."),
    ],
    "press": [
        lambda c, s: f"{s('num')}/{s('den')} {c.V.cn} vượt mức trung bình.",
        lambda c, s: (f"{'Chỉ' if 2 * s.big('num') < s.big('den') else 'Có tới'} {s('num')} trên {s('den')} {c.V.cn} "
                      f"có điểm cao hơn trung bình."),
        lambda c, s: f"Trên mức trung bình có {s('num')}/{s('den')} cái tên.",
        lambda c, s: f"Tính trên {s('den')} {c.V.cn}, số vượt giá trị trung bình là {s('num')}.",
        lambda c, s: f"{s('num')} trong số {s('den')} {c.V.units} có chỉ số cao hơn điểm trung bình.",
        lambda c, s: f"Số {c.V.cn} có điểm trên mức bình quân: {s('num')}/{s('den')}.",
        lambda c, s: (f"Có {s('num')}/{s('den')} {c.V.cn} đạt điểm cao hơn mức trung bình chung của "
                      f"{c.V.coll_s}."),
        lambda c, s: f"Điểm trên trung bình: {s('num')}/{s('den')} {c.V.cn}.",
        lambda c, s: f"Cứ {s('den')} {c.V.cn} thì có {s('num')} {c.V.cn} đạt trên trung bình.",
        lambda c, s: f"Vượt điểm trung bình có {s('num')} {c.V.cn}, trên tổng số {s('den')}.",
    ],
}

# ---------------------------------------------------------------- parts and their total


def _pt_o3(c, s):
    return (f"Tổng số {c.V.cn} được đánh giá: {s('total')}, gồm:\n- {_cap(_n(s, 0))}: {s('p0')};\n"
            f"- {_cap(_n(s, 1))}: {s('p1')}.")


PARTS = {
    "official": [
        lambda c, s: (f"Đối tượng xác định Chỉ số CCHC năm {c.Y} gồm {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)} "
                      f"(tổng cộng {s('total')} {c.V.cn})."),
        lambda c, s: (f"{s('total')} {c.V.cn} được đánh giá, trong đó: {s('p0', 'z')} {_n(s, 0)}; {s('p1', 'z')} "
                      f"{_n(s, 1)}."),
        _pt_o3,
        lambda c, s: (f"Có {s('p0')} {_n(s, 0)} cùng {s('p1')} {_n(s, 1)}, tổng số {s('total')} {c.V.cn}, thuộc đối "
                      f"tượng đánh giá."),
        lambda c, s: (f"Trong {s('total')} {c.V.units} được xếp hạng có {s('p0')} {_n(s, 0)}, còn lại là "
                      f"{s('p1')} {_n(s, 1)}."),
        lambda c, s: (f"Số {_n(s, 0)} được đánh giá là {s('p0')}, số {_n(s, 1)} là {s('p1')}; tổng số "
                      f"{s('total')}."),
        lambda c, s: (f"Phạm vi đánh giá ({s('total')} {c.V.cn}) bao gồm {s('p0')} {_n(s, 0)} và {s('p1')} "
                      f"{_n(s, 1)}."),
        lambda c, s: (f"{_cap(_n(s, 0))} ({s('p0')}) và {_n(s, 1)} ({s('p1')}), tổng cộng {s('total')} {c.V.cn}, "
                      f"đã được thẩm định kết quả."),
        lambda c, s: (f"Năm {c.Y} có {s('total')} {c.V.cn} tham gia; chia theo loại hình: {_n(s, 0)} – {s('p0')}, "
                      f"{_n(s, 1)} – {s('p1')}."),
        lambda c, s: (f"Bên cạnh {s('p0')} {_n(s, 0)}, năm {c.Y} còn đánh giá {s('p1', 'v')} {_n(s, 1)}, nâng tổng "
                      f"số lên {s('total')} {c.V.cn}."),
    ],
    "press": [
        lambda c, s: f"{s('total')} {c.V.cn} được xếp hạng gồm {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}.",
        lambda c, s: f"Trong số {s('total')} cái tên, có {s('p0')} {_n(s, 0)} và {s('p1', 'w')} {_n(s, 1)}.",
        lambda c, s: (f"Bảng xếp hạng năm nay có {s('p0')} {_n(s, 0)}, {s('p1')} {_n(s, 1)} – tổng cộng "
                      f"{s('total')}."),
        lambda c, s: (f"{s('p0')} {_n(s, 0)} cộng {s('p1')} {_n(s, 1)}: tổng cộng {s('total')} {c.V.cn} được chấm "
                      f"điểm."),
        lambda c, s: f"Tổng số {s('total')} {c.V.cn} được đánh giá ({s('p0')} {_n(s, 0)}, {s('p1')} {_n(s, 1)}).",
        lambda c, s: (f"Đợt đánh giá năm {c.Y} phủ kín {s('total')} {c.V.cn}: {s('p0')} {_n(s, 0)} và {s('p1')} "
                      f"{_n(s, 1)}."),
        lambda c, s: (f"Ngoài {s('p0')} {_n(s, 0)}, bảng xếp hạng còn có {s('p1')} {_n(s, 1)}, nâng tổng số lên "
                      f"{s('total')}."),
        lambda c, s: f"Trong {s('total')} {c.V.cn}, {_n(s, 0)} chiếm {s('p0')}, {_n(s, 1)} chiếm {s('p1')}.",
        lambda c, s: (f"Cụ thể, {s('p1')} {_n(s, 1)} và {s('p0')} {_n(s, 0)} (tổng cộng {s('total')} {c.V.cn}) đã "
                      f"được đánh giá."),
        lambda c, s: (f"Cơ cấu {s('total')} {c.V.cn} được xếp hạng: {s('p0')} {_n(s, 0)}; {s('p1')} "
                      f"{_n(s, 1)}."),
    ],
}

# ---------------------------------------------------------------- a band's count against last year

COUNT_CHANGE = {
    "official": [
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} năm {c.Y} là {s('cur')}, {_ud(s, 'chg')} {s('chg')} {c.V.cn} so với "
                      f"năm {c.Y1} ({s('prev')} {c.V.cn})."),
        lambda c, s: (f"{s.b.Grp} có {s('cur', 'z')} {c.V.cn} ({_ud(s, 'chg')} {s('chg', 'z')} {c.V.cn} so với năm "
                      f"trước, khi có {s('prev', 'z')} {c.V.cn})."),
        lambda c, s: (f"So với năm {c.Y1}, số {c.V.cn} {s.b.inb} {_ud(s, 'chg')} từ {s('prev')} "
                      f"{s.t('chg', 'lên', 'xuống')} {s('cur')}, tức {s.t('chg', 'tăng thêm', 'giảm đi')} "
                      f"{s('chg')} {c.V.cn}."),
        lambda c, s: (f"Năm {c.Y} có {s('cur')} {c.V.cn} {s.b.inb}, {s.t('chg', 'nhiều hơn', 'ít hơn')} "
                      f"{s('chg')} so với năm {c.Y1} ({s('prev')})."),
        lambda c, s: ((f"Có {s('cur')} {c.V.cn} {s.b.inb} ({_ud(s, 'chg')} {s('chg')} {c.V.cn})."),
                      f"Năm {c.Y1}, số {c.V.cn} {s.b.inb} là {s('prev')}."),
        lambda c, s: (f"{c.V.Cn} {s.b.inb}: năm {c.Y1} là {s('prev')}, năm {c.Y} là {s('cur')} ({_ud(s, 'chg')} "
                      f"{s('chg')} {c.V.cn})."),
        lambda c, s: (f"Số lượng {c.V.cn} {s.b.inb} {_ud(s, 'chg')} {s('chg', 'w')} {c.V.cn}, từ {s('prev', 'w')} "
                      f"{s.t('chg', 'lên', 'xuống còn')} {s('cur', 'w')}."),
        lambda c, s: (f"{s.b.Grp} năm {c.Y} gồm {s('cur')} {c.V.cn}; năm {c.Y1}, {s.b.grp} có {s('prev')} "
                      f"{c.V.cn}. Như vậy, số {c.V.cn} {s.b.inb} đã {_ud(s, 'chg')} {s('chg')}."),
        lambda c, s: (f"Từ {s('prev')} {c.V.cn} năm {c.Y1}, số {c.V.cn} {s.b.inb} năm {c.Y} "
                      f"{s.t('chg', 'tăng lên', 'giảm xuống')} {s('cur')} {c.V.cn} ({_ud(s, 'chg')} {s('chg')})."),
        lambda c, s: (f"Năm {c.Y} có {s('cur')} {c.V.cn} {s.b.inb} – {_ud(s, 'chg')} {s('chg')} {c.V.cn} so với "
                      f"cùng kỳ ({s('prev')})."),
    ],
    "press": [
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} {_ud(s, 'chg')} từ {s('prev')} {s.t('chg', 'lên', 'xuống')} "
                      f"{s('cur')} ({s.t('chg', 'thêm', 'bớt')} {s('chg')} {c.V.cn})."),
        lambda c, s: (f"{s.b.Grp} năm nay có {s('cur')} {c.V.cn}, {s.t('chg', 'nhiều hơn', 'ít hơn')} năm ngoái "
                      f"{s('chg')} {c.V.cn} (năm {c.Y1}: {s('prev')})."),
        lambda c, s: (f"Nếu năm {c.Y1} có {s('prev')} {c.V.cn} {s.b.inb} thì năm {c.Y} con số này là {s('cur')}, "
                      f"{_ud(s, 'chg')} {s('chg')}."),
        lambda c, s: (f"{s('cur', 'W')} {c.V.cn} {s.b.inb} năm {c.Y}, {_ud(s, 'chg')} {s('chg', 'w')} so với năm "
                      f"trước ({s('prev', 'w')} {c.V.cn})."),
        lambda c, s: (f"Ở {s.b.grp}, số {c.V.cn} {s.t('chg', 'tăng thêm', 'giảm bớt')} {s('chg')}, từ {s('prev')} "
                      f"{s.t('chg', 'lên', 'xuống')} {s('cur')}."),
        lambda c, s: (f"{s.b.Grp}: {s('cur')} {c.V.cn} ({_ud(s, 'chg')} {s('chg')} so với năm {c.Y1}, khi có "
                      f"{s('prev')})."),
        lambda c, s: (f"Năm ngoái {s.b.grp} có {s('prev')} {c.V.cn}; năm nay là {s('cur')} ({_ud(s, 'chg')} "
                      f"{s('chg')})."),
        lambda c, s: (f"Con số {c.V.cn} {s.b.inb} năm nay là {s('cur')}, {_ud(s, 'chg')} {s('chg')} {c.V.cn} so với "
                      f"con số {s('prev')} của năm {c.Y1}."),
        lambda c, s: ((f"Số {c.V.cn} {s.b.inb} {_ud(s, 'chg')} {s('chg')} {c.V.cn} so với năm trước, "
                       f"{s.t('chg', 'lên', 'còn')} {s('cur')}."),
                      f"Năm {c.Y1}, {s.b.grp} có {s('prev')} {c.V.cn}."),
        lambda c, s: (f"Từ {s('prev', 'z')} {c.V.cn} {s.t('chg', 'lên', 'xuống')} {s('cur', 'z')} {c.V.cn}: "
                      f"{s.b.grp} {_ud(s, 'chg')} {s('chg', 'z')} {c.V.cn} trong năm {c.Y}."),
    ],
}

# ---------------------------------------------------------------- a unit's rank move

RANK = {
    "official": [
        lambda c, s: (f"{s.U.name} xếp thứ {s('r')}/{s('den')}, {_ud(s, 'move')} {s('move')} bậc so với năm {c.Y1} "
                      f"(xếp thứ {s('pr')})."),
        lambda c, s: (f"Năm {c.Y}, {s.U.name} đứng thứ {s('r')} trong tổng số {s('den')} {c.V.units}; năm {c.Y1} "
                      f"đứng thứ {s('pr')}, như vậy {_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"Vị trí xếp hạng của {s.U.name}: năm {c.Y1} thứ {s('pr')}, năm {c.Y} thứ {s('r')}/{s('den')} "
                      f"({_ud(s, 'move')} {s('move', 'w')} bậc)."),
        lambda c, s: (f"So với năm trước (hạng {s('pr')}), {s.U.name} {s.t('move', 'tăng', 'tụt')} {s('move')} hạng, "
                      f"xếp thứ {s('r')}/{s('den')}."),
        lambda c, s: (f"{s.U.name} {s.t('move', 'vươn lên', 'tụt xuống')} vị trí thứ {s('r')}/{s('den')} từ vị trí "
                      f"thứ {s('pr')} của năm {c.Y1}, {_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"Xếp hạng của {s.U.name} {s.t('move', 'được cải thiện', 'bị tụt')} {s('move')} bậc: từ thứ "
                      f"{s('pr')} {s.t('move', 'lên', 'xuống')} thứ {s('r')} trong số {s('den')} {c.V.cn}."),
        lambda c, s: (f"{s.U.name}: hạng {s('r')}/{s('den')} (năm {c.Y1}: hạng {s('pr')}; {_ud(s, 'move')} "
                      f"{s('move')} bậc)."),
        lambda c, s: (f"Trong {s('den')} {c.V.units}, {s.U.name} xếp thứ {s('r', 'v')}, {_ud(s, 'move')} "
                      f"{s('move', 'v')} bậc so với năm liền kề, khi xếp thứ {s('pr', 'v')}."),
        lambda c, s: ((f"{s.U.name} xếp hạng {s('r')}/{s('den')}, {_ud(s, 'move')} {s('move')} bậc."),
                      f"Năm {c.Y1}, {s.U.name} xếp thứ {s('pr')}."),
        lambda c, s: (f"Năm {c.Y1} xếp thứ {s('pr')}, năm {c.Y} xếp thứ {s('r')}/{s('den')}: {s.U.name} "
                      f"{_ud(s, 'move')} {s('move')} bậc."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name} {s.t('move', 'thăng', 'rớt')} {s('move')} hạng, từ vị trí {s('pr')} "
                      f"{s.t('move', 'lên', 'xuống')} vị trí {s('r')}/{s('den')}."),
        lambda c, s: (f"{s.U.name} {_ud(s, 'move')} {s('move', 'w')} bậc, xếp thứ {s('r')} trên {s('den')} {c.V.cn} "
                      f"(năm ngoái: thứ {s('pr')})."),
        lambda c, s: (f"Từ vị trí thứ {s('pr')} năm {c.Y1}, {s.U.name} năm nay {s.t('move', 'vươn lên', 'tụt xuống')} "
                      f"thứ {s('r')}/{s('den')} ({_ud(s, 'move')} {s('move')} bậc)."),
        lambda c, s: (f"{s.U.name} đứng thứ {s('r')}/{s('den')}, {s.t('move', 'cao hơn', 'thấp hơn')} {s('move')} "
                      f"bậc so với năm {c.Y1} (thứ {s('pr')})."),
        lambda c, s: (f"Thứ hạng của {s.U.name}: {s('r')}/{s('den')}, {_ud(s, 'move')} {s('move')} bậc (năm ngoái "
                      f"xếp {s('pr')})."),
        lambda c, s: (f"Năm nay, {s.U.name} {s.t('move', 'leo', 'tụt')} {s('move')} bậc, "
                      f"{s.t('move', 'lên', 'xuống')} thứ {s('r')}/{s('den')}; năm {c.Y1} {c.V.this} xếp thứ "
                      f"{s('pr')}."),
        lambda c, s: (f"{s.t('move', 'Tăng', 'Giảm')} {s('move')} bậc so với năm trước là kết quả của {s.U.name}, "
                      f"hiện xếp thứ {s('r')}/{s('den')} (năm trước: {s('pr')})."),
        lambda c, s: (f"{s.U.name} {s.t('move', 'vượt lên', 'lùi xuống')} thứ {s('r')} trong bảng xếp hạng "
                      f"{s('den')} {c.V.cn}; so với vị trí thứ {s('pr')} năm {c.Y1}, {c.V.this} {_ud(s, 'move')} "
                      f"{s('move')} bậc."),
        lambda c, s: (f"Hạng {s('pr')} năm {c.Y1}, hạng {s('r')}/{s('den')} năm {c.Y}: {s.U.name} {_ud(s, 'move')} "
                      f"{s('move')} bậc."),
        lambda c, s: (f"Về thứ hạng, {s.U.name} xếp thứ {s('r', 'z')}/{s('den')}, {_ud(s, 'move')} {s('move', 'z')} "
                      f"bậc so với năm {c.Y1}, khi xếp thứ {s('pr', 'z')}."),
    ],
}

# ---------------------------------------------------------------- how many rose, how many fell


def _ud_p10(c, s):
    if s.big("up") > s.big("down"):
        return f"Có tới {s('up')} {c.V.cn} tăng điểm so với năm {c.Y1}; chỉ {s('down')} {c.V.cn} giảm."
    return f"Chỉ {s('up')} {c.V.cn} tăng điểm so với năm {c.Y1}, trong khi có tới {s('down')} {c.V.cn} giảm."


UP_DOWN = {
    "official": [
        lambda c, s: f"So với năm {c.Y1}, có {s('up')} {c.V.cn} tăng điểm và {s('down')} {c.V.cn} giảm điểm.",
        lambda c, s: (f"Số {c.V.cn} có Chỉ số CCHC tăng so với năm trước là {s('up')}; số {c.V.cn} giảm là "
                      f"{s('down')}."),
        lambda c, s: (f"{s('up')} {c.V.cn} có kết quả tăng, {s('down')} {c.V.cn} có kết quả giảm so với năm liền "
                      f"kề."),
        lambda c, s: (f"So với năm {c.Y1}:\n- {s('up')} {c.V.cn} tăng điểm;\n- {s('down')} {c.V.cn} giảm điểm."),
        lambda c, s: (f"Có {s('down')} {c.V.cn} giảm điểm so với năm {c.Y1}, trong khi {s('up')} {c.V.cn} tăng "
                      f"điểm."),
        lambda c, s: (f"Về biến động so với năm trước: tăng điểm – {s('up')} {c.V.cn}; giảm điểm – {s('down')} "
                      f"{c.V.cn}."),
        lambda c, s: (f"Số {c.V.cn} có Chỉ số CCHC tăng và giảm so với năm {c.Y1} lần lượt là {s('up')} và "
                      f"{s('down')}."),
        lambda c, s: (f"Chỉ số CCHC năm {c.Y} của {s('up')} {c.V.cn} cao hơn năm {c.Y1}; {s('down')} {c.V.cn} còn "
                      f"lại có chỉ số thấp hơn."),
        lambda c, s: (f"Kết quả năm {c.Y} cho thấy {s('up', 'v')} {c.V.cn} được cải thiện điểm số và "
                      f"{s('down', 'v')} {c.V.cn} bị giảm điểm so với năm trước."),
        lambda c, s: f"Tăng điểm so với năm {c.Y1}: {s('up')} {c.V.cn}. Giảm điểm: {s('down')} {c.V.cn}.",
    ],
    "press": [
        lambda c, s: f"{s('up')} {c.V.cn} tăng điểm, {s('down')} {c.V.cn} giảm điểm so với năm ngoái.",
        lambda c, s: f"So với cùng kỳ, số {c.V.cn} tăng điểm là {s('up')}, giảm điểm là {s('down')}.",
        lambda c, s: f"Có {s('up')} {c.V.cn} cải thiện chỉ số, nhưng cũng có {s('down')} {c.V.cn} tụt điểm.",
        lambda c, s: (f"Trong khi {s('up')} {c.V.cn} ghi nhận mức tăng, {s('down')} {c.V.cn} lại giảm điểm so với "
                      f"năm {c.Y1}."),
        lambda c, s: f"Tăng điểm: {s('up')} {c.V.cn}; giảm điểm: {s('down')} {c.V.cn}.",
        lambda c, s: f"Số {c.V.cn} giảm điểm là {s('down')}, còn số tăng điểm là {s('up')}.",
        lambda c, s: (f"Năm {c.Y}, {s('up')} {c.V.cn} có điểm cao hơn năm trước; ở chiều ngược lại, {s('down')} "
                      f"{c.V.cn} có điểm thấp hơn."),
        lambda c, s: f"Bức tranh năm nay: {s('up')} {c.V.cn} đi lên, {s('down')} {c.V.cn} đi xuống về điểm số.",
        lambda c, s: (f"{s('down')} {c.V.cn} giảm điểm và {s('up')} {c.V.cn} tăng điểm – đó là kết quả so sánh với "
                      f"năm {c.Y1}."),
        _ud_p10,
    ],
}

# ---------------------------------------------------------------- survey ballots


def _ba_o1(c, s):
    return (f"Tổng số phiếu điều tra xã hội học thu về là {s('total')} phiếu, gồm "
            + "; ".join(f"{lab}: {s(r)} phiếu" for r, lab in _bl(s)) + ".")


def _ba_o2(c, s):
    return (f"{c.V.ev} đã phát và thu về {s('total')} phiếu khảo sát; trong đó "
            + _enum([f"{s(r)} phiếu dành cho {lab}" for r, lab in _bl(s)], "; ", " và ") + ".")


def _ba_o3(c, s):
    lines = [f"- Đối tượng {lab}: {s(r)} phiếu;" for r, lab in _bl(s)]
    lines[-1] = lines[-1][:-1] + "."
    return f"Kết quả điều tra xã hội học ({s('total')} phiếu):\n" + "\n".join(lines)


@_approx
def _ba_o4(c, s):
    return (f"Đã khảo sát hơn {s('total')} phiếu, trong đó có "
            + _enum([f"hơn {s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_o5(c, s):
    return ("Số phiếu khảo sát: " + ", ".join(f"{lab} – {s(r)}" for r, lab in _bl(s))
            + f"; tổng cộng {s('total')} phiếu.")


def _ba_o6(c, s):
    return ("Về điều tra xã hội học, " + _enum([f"{s(r)} phiếu được gửi tới {lab}" for r, lab in _bl(s)], "; ")
            + f", tổng số {s('total')} phiếu.")


@_approx
def _ba_o7(c, s):
    return (f"Tổng số phiếu thu về khoảng {s('total')} phiếu ("
            + "; ".join(f"{lab}: khoảng {s(r)}" for r, lab in _bl(s)) + ").")


def _ba_o8(c, s):
    return (f"Với {s('total')} phiếu khảo sát thu về, "
            + _enum([f"nhóm {lab} chiếm {s(r)} phiếu" for r, lab in _bl(s)], "; ", "; ") + ".")


def _ba_o9(c, s):
    labs = _enum([lab for _, lab in _bl(s)], "; ", " và ")
    counts = _enum([s(r) for r, _ in _bl(s)])
    return f"Số phiếu khảo sát gửi tới {labs} lần lượt là {counts} phiếu; tổng số {s('total')} phiếu."


@_approx
def _ba_o10(c, s):
    return (f"Trên {s('total')} phiếu khảo sát đã được thu về, gồm "
            + _enum([f"trên {s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ", " và ") + ".")


@_approx
def _ba_p1(c, s):
    return (f"Hơn {s('total')} phiếu khảo sát đã được thu về, gồm "
            + _enum([f"hơn {s(r)} phiếu từ {lab}" for r, lab in _bl(s)], "; ", " cùng ") + ".")


def _ba_p2(c, s):
    return (f"Cuộc điều tra xã hội học năm {c.Y} thu về {s('total')} phiếu: "
            + "; ".join(f"{s(r)} phiếu từ {lab}" for r, lab in _bl(s)) + ".")


def _ba_p3(c, s):
    return (f"Để có kết quả này, {_evp(c)} đã lấy ý kiến qua {s('total')} phiếu, trong số đó "
            + _enum([f"{lab} gửi về {s(r)} phiếu" for r, lab in _bl(s)], "; ", ", còn ") + ".")


@_approx
def _ba_p4(c, s):
    return (f"Khoảng {s('total')} phiếu khảo sát (" + ", ".join(f"khoảng {s(r)} phiếu của {lab}" for r, lab in _bl(s))
            + ") được dùng để đánh giá.")


def _ba_p5(c, s):
    return "Số phiếu: " + "; ".join(f"{lab} {s(r)}" for r, lab in _bl(s)) + f"; tổng {s('total')}."


def _ba_p6(c, s):
    return (f"{s('total')} phiếu khảo sát – gồm " + _enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ")
            + " – là cơ sở để chấm điểm.")


@_approx
def _ba_p7(c, s):
    return (f"Trên {s('total')} phiếu đã được thu thập, trong đó "
            + _enum([f"trên {s(r)} phiếu là của {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p8(c, s):
    lines = [f"+ {_cap(lab)}: {s(r)} phiếu" for r, lab in _bl(s)]
    return f"Tổng số {s('total')} phiếu khảo sát, chia theo đối tượng:\n" + "\n".join(lines)


def _ba_p9(c, s):
    labs = _enum([lab for _, lab in _bl(s)], "; ", " và ")
    counts = _enum([s(r) for r, _ in _bl(s)])
    return f"Phiếu của {labs} lần lượt là {counts}, tổng cộng {s('total')} phiếu."


def _ba_p10(c, s):
    return ("Ý kiến của " + _enum([f"{lab} ({s(r)} phiếu)" for r, lab in _bl(s)], "; ", " và ")
            + f" – tổng cộng {s('total')} phiếu – đã được tổng hợp.")


BALLOTS = {
    "official": [_ba_o1, _ba_o2, _ba_o3, _ba_o4, _ba_o5, _ba_o6, _ba_o7, _ba_o8, _ba_o9, _ba_o10],
    "press": [_ba_p1, _ba_p2, _ba_p3, _ba_p4, _ba_p5, _ba_p6, _ba_p7, _ba_p8, _ba_p9, _ba_p10],
}

PHRASINGS = {
    "total": TOTAL, "average_with_previous": AVERAGE, "delta_only": DELTA, "highest": HIGHEST, "lowest": LOWEST,
    "gap": GAP, "comparison": COMPARISON, "band_counts": BAND_COUNTS, "band_members": BAND_MEMBERS,
    "threshold_count": THRESHOLD, "ratio": RATIO, "parts_total": PARTS, "count_change": COUNT_CHANGE,
    "rank_move": RANK, "up_down_counts": UP_DOWN, "ballots": BALLOTS,
}
