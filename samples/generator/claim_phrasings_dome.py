"""Dome phrasings: a fifteenth set of sentences for `claim_text`, written blind to the extractor, its frames, its
misses and its benchmark output, and apart from the fourteen sets before it (the tuning table, the loft set and the
spire set were read only enough to learn the interface, the roles and what they already cover; the tower set was
not opened). It exists so that a blind measure remains when the tower set, the blind measure now, is used to
diagnose the extractor in its turn: once a set's sentences or misses are read by whoever tunes the extractor, it no
longer measures reach on prose nobody has fitted to.

It imitates what a Sở Nội vụ, the Bộ Nội vụ or a newspaper writes, reaching for what the earlier sets lack: report
lines with dashes and plus signs ("- Chỉ số bình quân: …;", "+ Nhóm A: …;"), the unit in parentheses after the
figure ("85,12 (%)", "1,07 (điểm phần trăm)") or after a heading ("Số phiếu (phiếu): …"), arithmetic written with
signs ("… + … = …"), references to annexes ("chi tiết tại Phụ lục II"), long official sentences with "trong đó",
"cụ thể", "đáng chú ý", "so với cùng kỳ", conclusions and recommendations that restate a figure ("Kết luận: …",
"Đề nghị … làm rõ nguyên nhân"), figures split across sentences with a pronoun ("Con số này …", "Trong số này …",
"đơn vị này"), press datelines ("(PV) – …"), short social-media posts with a hashtag or arrows (↑ ↓), reported
speech of a spokesperson ("Theo đại diện Vụ Cải cách hành chính, …"), contrast with "Nếu … thì …", ranks as "thứ
5/63" and "vị trí thứ 5 trên 63 địa phương", "cứ … thì có …" for a ratio, numbers as words (only counts, never
ranks: "thứ tư" is not "thứ bốn") and with leading zeros, decimal point and "điểm phần trăm".

Same interface as `claim_phrasings_spire.py`: fn(c, s) -> text, or (text, a sentence for another paragraph);
`s(role, fmt)` prints and records one figure (fmt letters: u unit, p decimal point, z leading zero, w / W number
word up to ten, v number word up to nineteen, + signed); `s.t(role, up, down)` the direction word of a signed
figure; `s.ml()` the member list. Every entry belongs to the "dome" set. Each kind states exactly the roles its
tuning phrasings state, each once; no other numeral is printed than years, band bounds, the threshold and the
scale's maximum, and no number word that is not a recorded figure ("hai năm", "một số" are avoided). Words whose
truth depends on the world ("nhiều hơn / ít hơn", "quá nửa", "chỉ", "tiếp tục dẫn đầu", "nới rộng / thu hẹp",
"biểu dương / nhắc nhở") are chosen from the world, never asserted blindly; rounded ballots are printed only with
"trên", "hơn" or "làm tròn".

Do not tune the extractor against these sentences; read the benchmark's summary rows only.
"""

from __future__ import annotations

from samples.generator.claim_phrasings import _approx, _bl, _cap, _enum, _idx, _n, _names, _org, _prov, _tail, _ud


def _u(c) -> str:
    """The score unit as a heading or a parenthesis writes it: "%" or "điểm"."""
    return "%" if c.world.pct else "điểm"


def _du(c) -> str:
    """The unit of a difference of scores, written out: "điểm phần trăm" or "điểm"."""
    return c.dp.strip()


def _spk(c) -> str:
    """Who speaks for the publisher, in reported speech."""
    return f"đại diện Sở Nội vụ {c.V.place}" if _prov(c) else "đại diện Vụ Cải cách hành chính, Bộ Nội vụ"


def _than(a, b, more: str, less: str, same: str) -> str:
    """The comparison word for a against b, from the world."""
    return more if a > b else less if a < b else same


def _sgn(s, role: str) -> str:
    """"+" or "-" before an integer figure (the "+" format letter signs decimals only)."""
    return s.t(role, "+", "-")


def _half(num, den, over: str, under: str, exact: str) -> str:
    return _than(2 * num, den, over, under, exact)


def _prev_ge(c) -> int:
    """Last year's count at or above the threshold, to word a comparison (never printed)."""
    w = c.world
    return sum(w.prev_counts[b.key] for b in w.bands if b.low >= w.threshold)


def _prev_gap(c) -> int:
    w = c.world
    return max(u.prev for u in w.units) - min(u.prev for u in w.units)


def _lenx(s, role: str) -> str:
    """Where a value moved to: "lên" after a rise, "xuống còn" after a fall."""
    return s.t(role, "lên", "xuống còn")


def _top_band(c, b) -> bool:
    return b is c.world.bands[0]


def _last_band(c, b) -> bool:
    shown = [x for x in c.world.bands if c.world.counts[x.key]]
    return b is shown[-1]


# ---------------------------------------------------------------- total (the lead)

TOTAL = {
    "official": [
        lambda c, s: (f"Căn cứ Kế hoạch cải cách hành chính năm {c.Y}, {_org(c)} đã tổ chức xác định Chỉ số CCHC "
                      f"đối với {s('total')} {c.V.units}{_tail(c)} (danh sách chi tiết tại Phụ lục I)."),
        lambda c, s: (f"- Số {c.V.cn} thuộc đối tượng đánh giá: {s('total')};\n- Hình thức: tự đánh giá, thẩm "
                      f"định và điều tra xã hội học."),
        lambda c, s: (f"Về đối tượng đánh giá, {s('total')} {c.V.units}{_tail(c)} đều đã hoàn thành việc tự đánh "
                      f"giá, chấm điểm và gửi hồ sơ về {c.V.ev} đúng thời hạn quy định."),
        lambda c, s: (f"Kết quả xác định Chỉ số CCHC năm {c.Y} của các {c.V.cn} (gồm {s('total')} {c.V.units}) "
                      f"được tổng hợp tại Phụ lục II kèm theo Báo cáo này."),
        lambda c, s: (f"Triển khai Đề án xác định Chỉ số CCHC, {c.V.ev} đã phối hợp với các cơ quan liên quan thẩm "
                      f"định hồ sơ của {s('total')} {c.V.units}{_tail(c)}, cụ thể: rà soát kết quả tự chấm điểm, "
                      f"tổng hợp phiếu điều tra xã hội học và xác định Chỉ số."),
        lambda c, s: (f"Quy mô đánh giá:\n+ Tổng số {c.V.cn} được xác định Chỉ số CCHC năm {c.Y}: "
                      f"{s('total', 'z')} {c.V.cn}."),
        lambda c, s: (f"{s('total')} là số {c.V.units}{_tail(c)} được {c.V.ev} thẩm định, xếp hạng trong kỳ đánh "
                      f"giá năm {c.Y}."),
        lambda c, s: (f"Sau thời gian triển khai tự đánh giá, thẩm định và điều tra xã hội học, đến nay việc xác "
                      f"định Chỉ số CCHC năm {c.Y} của {s('total')} {c.V.units}{_tail(c)} đã hoàn thành."),
        lambda c, s: (f"Báo cáo này tổng hợp kết quả của {s('total')} {c.V.units} (sau đây gọi chung là các "
                      f"{c.V.cn}) được đánh giá trong năm {c.Y}."),
        lambda c, s: (f"Trên cơ sở kết quả thẩm định của Hội đồng, {c.V.ev} đã tổng hợp, xác định Chỉ số CCHC năm "
                      f"{c.Y} của {s('total', 'v')} {c.V.units}{_tail(c)}."),
        lambda c, s: (f"Đối tượng đánh giá ({c.V.cn}): {s('total')}; thời điểm chốt số liệu: ngày cuối cùng của "
                      f"năm {c.Y}."),
        lambda c, s: (f"Việc xác định Chỉ số CCHC năm {c.Y} được thực hiện đồng bộ tại {s('total')} {c.V.units}"
                      f"{_tail(c)}, bảo đảm đúng phương pháp, đúng tiến độ theo kế hoạch đề ra."),
    ],
    "press": [
        lambda c, s: (f"Tin nhanh | {_org(c)} công bố Chỉ số CCHC năm {c.Y} của {s('total')} {c.V.units}"
                      f"{_tail(c)}. #CaiCachHanhChinh"),
        lambda c, s: (f"Chiều qua, tại hội nghị trực tuyến, {_org(c)} công bố kết quả {_idx(c)} năm {c.Y} của "
                      f"{s('total')} {c.V.units}{_tail(c)}."),
        lambda c, s: (f"Hội nghị công bố {_idx(c)} {c.Y} diễn ra với sự tham dự của lãnh đạo {s('total')} "
                      f"{c.V.units}{_tail(c)}."),
        lambda c, s: (f"Công bố xếp hạng cải cách hành chính của {s('total')} {c.V.units}\nKết quả được {_org(c)} "
                      f"công bố vào đầu năm {c.Y + 1}."),
        lambda c, s: (f"Phát biểu tại buổi công bố, {_spk(c)} cho biết năm {c.Y} có {s('total')} {c.V.units}"
                      f"{_tail(c)} được đánh giá, xếp hạng."),
        lambda c, s: (f"Năm nay, bảng xếp hạng có đủ mặt {s('total')} {c.V.units}{_tail(c)}. Con số này không "
                      f"thay đổi so với kỳ công bố trước."),
        lambda c, s: (f"Nhìn vào bảng điểm của {s('total')} {c.V.units}{_tail(c)}, dễ nhận thấy mặt bằng cải cách "
                      f"hành chính năm {c.Y} có nhiều chuyển động."),
        lambda c, s: (f"(PV) – Kết quả {_idx(c)} năm {c.Y} của {s('total')} {c.V.units}{_tail(c)} đã được công bố "
                      f"chiều qua."),
        lambda c, s: (f"Cập nhật: {_idx(c)} {c.Y} đã có kết quả – {s('total')} {c.V.cn} được chấm điểm. Xem chi "
                      f"tiết trên Cổng thông tin điện tử của {_org(c)}."),
        lambda c, s: (f"Không {c.V.one} nào trong số {s('total')} {c.V.units}{_tail(c)} vắng mặt trong bảng xếp "
                      f"hạng năm {c.Y}."),
        lambda c, s: (f"{_cap(_org(c))} cho hay đã nhận đủ báo cáo tự đánh giá của {s('total', 'v')} {c.V.units}"
                      f"{_tail(c)}."),
        lambda c, s: (f"Ai được chấm điểm năm nay? Tất cả {c.V.coll} – {s('total')} {c.V.cn}, theo thông tin từ "
                      f"{_org(c)}."),
    ],
}

# ---------------------------------------------------------------- average with the previous year

AVERAGE = {
    "official": [
        lambda c, s: (f"Kết quả chung:\n- Chỉ số CCHC bình quân: {s('avg', 'u')} (năm {c.Y1}: {s('prev', 'u')}; "
                      f"{_ud(s, 'delta')} {s('delta')}{c.dp});\n- Phạm vi: {c.V.coll}."),
        lambda c, s: (f"Giá trị trung bình Chỉ số CCHC của {c.V.coll} năm {c.Y} đạt {s('avg')} ({_u(c)}), so với "
                      f"cùng kỳ năm {c.Y1} ({s('prev')} {_u(c)}) {_ud(s, 'delta')} {s('delta')} ({_du(c)})."),
        lambda c, s: (f"Nhìn chung, công tác CCHC năm {c.Y} tiếp tục có chuyển biến, trong đó giá trị trung bình "
                      f"Chỉ số CCHC đạt {s('avg', 'u')}, {s.t('delta', 'cao hơn', 'thấp hơn')} năm {c.Y1} "
                      f"{s('delta', 'u')} (năm {c.Y1} đạt {s('prev', 'u')}), cho thấy mặt bằng chung "
                      f"{s.t('delta', 'đã được nâng lên', 'chưa được cải thiện')}."),
        lambda c, s: (f"Về giá trị trung bình, năm {c.Y} là {s('avg', 'u')}; đáng chú ý, kết quả này "
                      f"{_ud(s, 'delta')} {s('delta', 'u')} so với cùng kỳ (năm {c.Y1}: {s('prev', 'u')})."),
        lambda c, s: (f"Giá trị trung bình Chỉ số CCHC (chi tiết tại Phụ lục I) năm {c.Y} đạt {s('avg', 'pu')}, "
                      f"năm {c.Y1} đạt {s('prev', 'pu')}, {_ud(s, 'delta')} {s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"Năm {c.Y}, giá trị trung bình Chỉ số CCHC của {c.V.coll} là {s('avg', 'u')}. "
                      f"Con số này {s.t('delta', 'cao hơn', 'thấp hơn')} {s('delta', 'u')} so với giá trị trung "
                      f"bình của năm {c.Y1} ({s('prev', 'u')})."),
        lambda c, s: (f"III. KẾT LUẬN\nKết quả Chỉ số CCHC năm {c.Y} với giá trị trung bình {s('avg', 'u')} "
                      f"({_ud(s, 'delta')} {s('delta', 'u')} so với mức {s('prev', 'u')} năm {c.Y1}) phản ánh "
                      f"{s.t('delta', 'sự nỗ lực', 'những hạn chế')} của {c.V.coll_s} trong công tác CCHC."),
        lambda c, s: (f"So với cùng kỳ năm {c.Y1}, giá trị trung bình Chỉ số CCHC năm {c.Y} {_ud(s, 'delta')} "
                      f"{s('delta', 'u')}, từ {s('prev', 'u')} {_lenx(s, 'delta')} {s('avg', 'u')}."),
        lambda c, s: (f"Đề nghị {c.V.coll_s} {s.t('delta', 'tiếp tục phát huy', 'khắc phục hạn chế')} để nâng cao "
                      f"giá trị trung bình Chỉ số CCHC (năm {c.Y}: {s('avg', 'u')}; năm {c.Y1}: {s('prev', 'u')}; "
                      f"chênh lệch {s('delta', '+')}{c.dp})."),
        lambda c, s: (f"Bình quân chung {c.V.where} năm {c.Y} đạt {s('avg', 'u')}, năm {c.Y1} đạt {s('prev', 'u')}; "
                      f"mức chênh lệch giữa năm {c.Y} và năm {c.Y1} là {s('delta', 'u')} theo chiều "
                      f"{_ud(s, 'delta')}."),
        lambda c, s: (f"Cũng theo kết quả thẩm định, giá trị trung bình năm {c.Y} là {s('avg', 'u')}, trong khi con "
                      f"số của năm {c.Y1} là {s('prev', 'u')}; như vậy, mặt bằng chung "
                      f"{s.t('delta', 'đã được nâng lên', 'đã bị kéo xuống')} {s('delta', 'u')}."),
        lambda c, s: (f"Giá trị trung bình ({_u(c)}): năm {c.Y} – {s('avg')}; năm {c.Y1} – {s('prev')}; "
                      f"{_ud(s, 'delta')} – {s('delta')}."),
    ],
    "press": [
        lambda c, s: (f"Điểm trung bình {_idx(c)} {c.Y}: {s('avg', 'u')} ({_ud(s, 'delta')} {s('delta', 'u')} so "
                      f"với năm ngoái là {s('prev', 'u')}). #CaiCachHanhChinh"),
        lambda c, s: (f"Theo {_spk(c)}, điểm trung bình năm nay đạt {s('avg', 'u')}, "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} năm {c.Y1} ({s('prev', 'u')}) {s('delta')}{c.dp}."),
        lambda c, s: (f"Ghi nhận tại buổi công bố, điểm bình quân {c.V.where} năm {c.Y} là {s('avg', 'u')}, năm "
                      f"{c.Y1} là {s('prev', 'u')}, {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Năm nay, điểm trung bình của {c.V.coll_s} dừng ở {s('avg', 'u')}. "
                      f"Mức này {s.t('delta', 'cao hơn', 'thấp hơn')} năm {c.Y1} ({s('prev', 'u')}) "
                      f"{s('delta', 'u')}."),
        lambda c, s: (f"Nếu như năm {c.Y1} điểm trung bình là {s('prev', 'u')} thì sang năm {c.Y} con số này là "
                      f"{s('avg', 'u')}, {_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"{_idx(c)} {c.Y}: điểm trung bình {s('avg', 'u')} ({s('delta', '+')}{c.dp})\nNăm {c.Y1}, "
                      f"điểm trung bình ở mức {s('prev', 'u')}."),
        lambda c, s: (f"Điểm trung bình: {s('prev', 'pu')} ({c.Y1}) → {s('avg', 'pu')} ({c.Y}), {_ud(s, 'delta')} "
                      f"{s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"Trả lời phóng viên, {_spk(c)} cho biết mặt bằng điểm năm nay là {s('avg', 'u')}, "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} năm trước {s('delta', 'u')}; năm {c.Y1}, con số này là "
                      f"{s('prev', 'u')}."),
        lambda c, s: (f"Đáng chú ý, so với cùng kỳ, điểm bình quân {_ud(s, 'delta')} {s('delta', 'u')} (từ "
                      f"{s('prev', 'u')} {_lenx(s, 'delta')} {s('avg', 'u')})."),
        lambda c, s: (f"Con số được nhiều người quan tâm là điểm trung bình: {s('avg', 'u')}, so với "
                      f"{s('prev', 'u')} năm {c.Y1}, tức {_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"Theo số liệu công bố, bình quân {c.V.where} đạt {s('avg', 'u')} (năm {c.Y1}: "
                      f"{s('prev', 'u')}), {s.t('delta', 'nhích lên', 'đi xuống')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Để cải thiện điểm trung bình – năm nay là {s('avg', 'u')}, {_ud(s, 'delta')} "
                      f"{s('delta', 'u')} so với {s('prev', 'u')} của năm {c.Y1} – các chuyên gia cho rằng cần tập "
                      f"trung vào chuyển đổi số và cải cách thủ tục hành chính."),
    ],
}

# ---------------------------------------------------------------- a unit's change against last year

DELTA = {
    "official": [
        lambda c, s: (f"Trường hợp cụ thể:\n- {s.U.name}: {s('cur', 'u')} (năm {c.Y1}: {s('prev', 'u')}), "
                      f"{_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"Đáng chú ý, Chỉ số CCHC của {s.U.name} năm {c.Y} đạt {s('cur', 'u')}, so với cùng kỳ năm "
                      f"{c.Y1} ({s('prev', 'u')}) {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Năm {c.Y}, {s.U.name} đạt {s('cur', 'u')}. "
                      f"So với năm {c.Y1} ({s('prev', 'u')}), {c.V.this} đã {_ud(s, 'delta')} "
                      f"{s('delta', 'u')}."),
        lambda c, s: (f"{s.U.name}: năm {c.Y} đạt {s('cur')} ({_u(c)}), năm {c.Y1} đạt {s('prev')} ({_u(c)}), "
                      f"{_ud(s, 'delta')} {s('delta')} ({_du(c)})."),
        lambda c, s: (f"Kết quả năm {c.Y} của {s.U.name} được xác định là {s('cur', 'u')}, "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} kết quả năm {c.Y1} ({s('prev', 'u')}) là "
                      f"{s('delta', 'u')}."),
        lambda c, s: (f"Đề nghị {s.U.name} {s.t('delta', 'phát huy kết quả đạt được', 'làm rõ nguyên nhân giảm điểm')} "
                      f"(Chỉ số năm {c.Y}: {s('cur', 'u')}; năm {c.Y1}: {s('prev', 'u')}; "
                      f"{s('delta', '+')}{c.dp})."),
        lambda c, s: (f"Tại {s.U.name}, Chỉ số CCHC năm {c.Y} là {s('cur', 'pu')}, {_ud(s, 'delta')} "
                      f"{s('delta', 'p')}{c.dp} so với năm {c.Y1} ({s('prev', 'pu')})."),
        lambda c, s: (f"Riêng đối với {s.U.name}, kết quả năm {c.Y1} là {s('prev', 'u')}, năm {c.Y} là "
                      f"{s('cur', 'u')}, tức là {_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"Trong số các {c.V.cn} có điểm số thay đổi so với năm trước, có {s.U.name} với mức "
                      f"{_ud(s, 'delta')} {s('delta', 'u')} (từ {s('prev', 'u')} năm {c.Y1} {_lenx(s, 'delta')} "
                      f"{s('cur', 'u')} năm {c.Y})."),
        lambda c, s: (f"Theo Phụ lục III, {s.U.name} năm {c.Y1} đạt {s('prev', 'u')}, năm {c.Y} đạt "
                      f"{s('cur', 'u')}; chênh lệch {s('delta', '+')}{c.dp}."),
        lambda c, s: (f"{s.t('delta', 'Cao hơn', 'Thấp hơn')} {s('delta', 'u')} so với năm {c.Y1} là kết quả mà "
                      f"{s.U.name} đạt được trong năm {c.Y}, với {s('cur', 'u')} so với {s('prev', 'u')}."),
        lambda c, s: (f"Đối với {s.U.name}, kết quả {s('cur', 'u')} năm {c.Y} so với {s('prev', 'u')} năm {c.Y1} "
                      f"cho thấy {s.t('delta', 'sự tiến bộ', 'sự sụt giảm')} ({s('delta', '+')}{c.dp})."),
    ],
    "press": [
        lambda c, s: (f"{s.t('delta', 'Tin vui cho', 'Tin chưa vui với')} {s.U.name}: Chỉ số CCHC năm nay đạt "
                      f"{s('cur', 'u')}, {_ud(s, 'delta')} {s('delta', 'u')} so với năm ngoái ({s('prev', 'u')})."),
        lambda c, s: (f"Lãnh đạo {s.U.name} cho biết năm nay {c.V.this} đạt {s('cur', 'u')}, {_ud(s, 'delta')} "
                      f"{s('delta')}{c.dp} so với mức {s('prev', 'u')} của năm {c.Y1}."),
        lambda c, s: (f"{s.U.name}: {s('cur', 'u')}, {s('delta', '+')}{c.dp}\nNăm {c.Y1}, {s.U.name} đạt "
                      f"{s('prev', 'u')}."),
        lambda c, s: (f"Trong khi đó, {s.U.name} ghi nhận {s('cur', 'u')}, {_ud(s, 'delta')} {s('delta', 'u')} so "
                      f"với cùng kỳ ({s('prev', 'u')})."),
        lambda c, s: (f"Đáng chú ý là trường hợp của {s.U.name}. Năm {c.Y1}, {c.V.this} đạt {s('prev', 'u')}; năm "
                      f"nay con số này là {s('cur', 'u')}, {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"{s.U.name} đạt {s('cur', 'pu')} năm nay, {_ud(s, 'delta')} {s('delta', 'p')}{c.dp} so với "
                      f"{s('prev', 'pu')} của năm {c.Y1}."),
        lambda c, s: (f"Điều gì khiến {s.U.name} {_ud(s, 'delta')} {s('delta', 'u')}?\nNăm {c.Y1}, {c.V.this} đạt "
                      f"{s('prev', 'u')}; năm nay, {s('cur', 'u')}."),
        lambda c, s: (f"Điểm nhấn:\n+ {s.U.name}: {s('cur', 'u')}, {_ud(s, 'delta')} {s('delta', 'u')} (năm trước: "
                      f"{s('prev', 'u')})"),
        lambda c, s: (f"Cú {s.t('delta', 'bứt phá', 'trượt dốc')} của {s.U.name}: từ {s('prev', 'u')} "
                      f"{_lenx(s, 'delta')} {s('cur', 'u')}, tương đương {s('delta')}{c.dp}."),
        lambda c, s: (f"{s.U.name} năm nay đạt {s('cur', 'u')}. "
                      f"Con số này {s.t('delta', 'cao hơn', 'thấp hơn')} năm {c.Y1} ({s('prev', 'u')}) "
                      f"{s('delta', 'u')}."),
        lambda c, s: (f"So với cùng kỳ, {s.U.name} {s.t('delta', 'cải thiện', 'đánh mất')} {s('delta')}{c.dp}: "
                      f"{s('cur', 'u')} năm nay, {s('prev', 'u')} năm ngoái."),
        lambda c, s: (f"Cập nhật {_idx(c)} {c.Y} – {s.U.name}: {s('cur', 'u')} (cùng kỳ {s('prev', 'u')}), chênh "
                      f"lệch {s('delta', '+')}{c.dp}."),
    ],
}

# ---------------------------------------------------------------- highest / lowest


def _hi_o4(c, s):
    kept = "tiếp tục giữ vị trí cao nhất" if s.T.prev_rank == 1 else "vươn lên vị trí cao nhất"
    return f"Về {c.V.one} dẫn đầu, năm {c.Y} {s.T.name} {kept} với {s('top', 'u')}."


def _hi_p6(c, s):
    if s.T.prev_rank == 1:
        return f"Không ngoài dự đoán, {s.T.name} tiếp tục dẫn đầu với {s('top', 'u')}."
    return f"Bất ngờ lớn nhất thuộc về {s.T.name} khi vươn lên dẫn đầu với {s('top', 'u')}."


HIGHEST = {
    "official": [
        lambda c, s: f"Kết quả nổi bật:\n- {_cap(c.V.one)} dẫn đầu: {s.T.name} ({s('top', 'u')}).",
        lambda c, s: (f"Đứng đầu bảng xếp hạng Chỉ số CCHC năm {c.Y} là {s.T.name} với kết quả {s('top', 'u')} "
                      f"(chi tiết tại Phụ lục II)."),
        lambda c, s: f"{s.T.name} được xếp ở vị trí dẫn đầu với Chỉ số CCHC đạt {s('top', 'u')}.",
        _hi_o4,
        lambda c, s: f"Chỉ số CCHC cao nhất năm {c.Y}: {s('top')} ({_u(c)}) – {s.T.name}.",
        lambda c, s: (f"Kết quả Chỉ số CCHC năm {c.Y} của {c.V.coll} có sự phân hóa, trong đó {s.T.name} đạt cao "
                      f"nhất với {s('top', 'u')}."),
        lambda c, s: (f"{s.T.name} là {c.V.one} có Chỉ số CCHC cao nhất năm {c.Y}. "
                      f"Kết quả đạt được của {c.V.this}: {s('top', 'u')}."),
        lambda c, s: (f"Đề nghị các {c.V.cn} học tập kinh nghiệm của {s.T.name} – {c.V.one} đạt Chỉ số CCHC cao "
                      f"nhất năm {c.Y} ({s('top', 'pu')})."),
        lambda c, s: (f"Đáng chú ý, năm {c.Y}, {s.T.name} đạt Chỉ số CCHC {s('top', 'u')}, cao nhất trong số các "
                      f"{c.V.cn} được đánh giá."),
        lambda c, s: f"Tóm lại, {s.T.name} là {c.V.one} có kết quả tốt nhất năm {c.Y} ({s('top', 'u')}).",
        lambda c, s: f"Tại bảng tổng hợp kết quả (Phụ lục I), {s.T.name} xếp đầu với {s('top', 'u')}.",
        lambda c, s: f"Năm {c.Y}, Chỉ số CCHC đạt giá trị lớn nhất là {s('top', 'u')}, thuộc về {s.T.name}.",
    ],
    "press": [
        lambda c, s: f"Chúc mừng {s.T.name} dẫn đầu {_idx(c)} {c.Y} với {s('top', 'u')}! #CaiCachHanhChinh",
        lambda c, s: (f"{s.T.name} đứng đầu {_idx(c)} {c.Y} ({s('top', 'u')})\nĐây là kết quả vừa được {_org(c)} "
                      f"công bố."),
        lambda c, s: f"Ngôi đầu năm nay gọi tên {s.T.name} ({s('top', 'u')}).",
        lambda c, s: (f"Lãnh đạo {s.T.name} cho rằng kết quả {s('top', 'u')}, cao nhất {c.V.where}, là nhờ sự vào "
                      f"cuộc của cả hệ thống chính trị."),
        lambda c, s: f"Ở vị trí cao nhất là {s.T.name}, {s('top', 'u')}.",
        _hi_p6,
        lambda c, s: (f"Dẫn đầu bảng xếp hạng năm nay là {s.T.name}. "
                      f"{_cap(c.V.this)} đạt {s('top', 'u')}."),
        lambda c, s: f"(PV) – {s.T.name} là {c.V.one} có {_idx(c)} {c.Y} cao nhất, đạt {s('top', 'pu')}.",
        lambda c, s: f"Quán quân năm {c.Y}: {s.T.name} – {s('top', 'u')}.",
        lambda c, s: f"{s.T.name}, với {s('top', 'u')}, đã có tên ở vị trí cao nhất của bảng xếp hạng.",
        lambda c, s: f"Dẫn đầu lần này là ai? Câu trả lời: {s.T.name} ({s('top', 'u')}).",
        lambda c, s: f"Gọi tên {c.V.one} dẫn đầu: {s.T.name}. Điểm số: {s('top', 'u')}.",
    ],
}


def _lo_o4(c, s):
    n = len(c.world.units)
    kept = "tiếp tục ở vị trí thấp nhất" if s.B.prev_rank == n else "xuống vị trí thấp nhất"
    return f"Về {c.V.one} xếp cuối, năm {c.Y} {s.B.name} {kept} với {s('bot', 'u')}."


def _lo_p6(c, s):
    n = len(c.world.units)
    if s.B.prev_rank == n:
        return f"Đáng tiếc, {s.B.name} tiếp tục đứng cuối với {s('bot', 'u')}."
    return f"Bất ngờ không vui thuộc về {s.B.name} khi rơi xuống cuối bảng với {s('bot', 'u')}."


LOWEST = {
    "official": [
        lambda c, s: f"Hạn chế:\n- {_cap(c.V.one)} xếp cuối: {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: (f"Đứng cuối bảng xếp hạng Chỉ số CCHC năm {c.Y} là {s.B.name} với kết quả {s('bot', 'u')} "
                      f"(chi tiết tại Phụ lục II)."),
        lambda c, s: f"{s.B.name} bị xếp ở vị trí cuối cùng với Chỉ số CCHC chỉ đạt {s('bot', 'u')}.",
        _lo_o4,
        lambda c, s: f"Chỉ số CCHC thấp nhất năm {c.Y}: {s('bot')} ({_u(c)}) – {s.B.name}.",
        lambda c, s: (f"Bên cạnh những kết quả tích cực, vẫn còn {c.V.cn} có Chỉ số CCHC thấp, trong đó thấp nhất "
                      f"là {s.B.name} với {s('bot', 'u')}."),
        lambda c, s: (f"{s.B.name} là {c.V.one} có Chỉ số CCHC thấp nhất năm {c.Y}. "
                      f"Kết quả của {c.V.this}: {s('bot', 'u')}."),
        lambda c, s: (f"Đề nghị {s.B.name} – {c.V.one} có Chỉ số CCHC thấp nhất năm {c.Y} ({s('bot', 'pu')}) – "
                      f"xây dựng kế hoạch khắc phục, báo cáo {c.V.ev} trong quý I năm {c.Y + 1}."),
        lambda c, s: (f"Đáng chú ý, năm {c.Y}, {s.B.name} chỉ đạt {s('bot', 'u')}, thấp nhất trong số các "
                      f"{c.V.cn} được đánh giá."),
        lambda c, s: f"Tóm lại, {s.B.name} là {c.V.one} có kết quả thấp nhất năm {c.Y} ({s('bot', 'u')}).",
        lambda c, s: f"Tại bảng tổng hợp kết quả (Phụ lục I), {s.B.name} xếp cuối với {s('bot', 'u')}.",
        lambda c, s: f"Năm {c.Y}, Chỉ số CCHC có giá trị nhỏ nhất là {s('bot', 'u')}, thuộc về {s.B.name}.",
    ],
    "press": [
        lambda c, s: f"{s.B.name} xếp cuối {_idx(c)} {c.Y} với {s('bot', 'u')}. #CaiCachHanhChinh",
        lambda c, s: (f"{s.B.name} đứng cuối {_idx(c)} {c.Y} ({s('bot', 'u')})\nĐây là kết quả vừa được "
                      f"{_org(c)} công bố."),
        lambda c, s: f"Vị trí cuối bảng năm nay gọi tên {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: (f"Lãnh đạo {s.B.name} thừa nhận kết quả {s('bot', 'u')}, thấp nhất {c.V.where}, là điều "
                      f"đáng phải suy nghĩ."),
        lambda c, s: f"Ở vị trí thấp nhất là {s.B.name}, {s('bot', 'u')}.",
        _lo_p6,
        lambda c, s: (f"Đứng cuối bảng xếp hạng năm nay là {s.B.name}. "
                      f"{_cap(c.V.this)} chỉ đạt {s('bot', 'u')}."),
        lambda c, s: f"(PV) – {s.B.name} là {c.V.one} có {_idx(c)} {c.Y} thấp nhất, đạt {s('bot', 'pu')}.",
        lambda c, s: f"Cuối bảng năm {c.Y}: {s.B.name} – {s('bot', 'u')}.",
        lambda c, s: f"{s.B.name}, với {s('bot', 'u')}, có tên ở vị trí cuối cùng của bảng xếp hạng.",
        lambda c, s: f"Ai xếp cuối lần này? Câu trả lời: {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: f"Gọi tên {c.V.one} xếp cuối: {s.B.name}. Điểm số: {s('bot', 'u')}.",
    ],
}

# ---------------------------------------------------------------- gap between first and last


def _ga_o2(c, s):
    word = _than(round(s.big("gap") * 100), _prev_gap(c), "nới rộng", "thu hẹp", "không đổi")
    return (f"Khoảng cách giữa {c.V.cn} có kết quả cao nhất ({s.T.name}) và thấp nhất ({s.B.name}) năm {c.Y} là "
            f"{s('gap', 'u')}, {word} so với cùng kỳ.")


def _ga_p3(c, s):
    word = _than(round(s.big("gap") * 100), _prev_gap(c), "rộng hơn", "hẹp hơn", "ngang")
    return (f"Theo {_spk(c)}, khoảng cách giữa {c.V.one} cao nhất và thấp nhất năm nay là {s('gap', 'u')}, "
            f"{word} năm trước.")


GAP = {
    "official": [
        lambda c, s: (f"Mức độ đồng đều:\n- Chênh lệch giữa {c.V.one} cao nhất và {c.V.one} thấp nhất: "
                      f"{s('gap', 'u')}."),
        _ga_o2,
        lambda c, s: (f"Điểm số giữa các {c.V.cn} vẫn còn khoảng cách. Cụ thể, {s.T.name} và {s.B.name} chênh "
                      f"nhau {s('gap')}{c.dp}."),
        lambda c, s: f"Mức chênh lệch đầu – cuối bảng xếp hạng năm {c.Y}: {s('gap')} ({_du(c)}).",
        lambda c, s: (f"Kết quả cho thấy sự chênh lệch giữa các {c.V.cn}, trong đó {c.V.one} cao nhất "
                      f"({s.T.name}) hơn {c.V.one} thấp nhất ({s.B.name}) {s('gap', 'u')}, đặt ra yêu cầu phải có "
                      f"giải pháp nâng cao chất lượng CCHC đồng đều."),
        lambda c, s: (f"Cần có giải pháp thu hẹp khoảng cách {s('gap', 'u')} giữa {s.T.name} và {s.B.name} trong "
                      f"những năm tiếp theo."),
        lambda c, s: (f"Độ chênh lệch giữa {s.T.name} (cao nhất) và {s.B.name} (thấp nhất) được xác định là "
                      f"{s('gap', 'pu')}."),
        lambda c, s: f"Theo Phụ lục II, điểm cao nhất và điểm thấp nhất năm {c.Y} cách nhau {s('gap', 'u')}.",
        lambda c, s: (f"Về mức độ đồng đều, chênh lệch giữa {c.V.one} dẫn đầu và {c.V.one} cuối bảng năm {c.Y} là "
                      f"{s('gap')}{c.dp}."),
        lambda c, s: (f"Đáng chú ý, {s.T.name} và {s.B.name} có kết quả chênh lệch tới {s('gap', 'u')}."),
        lambda c, s: (f"Kết luận: chênh lệch giữa {c.V.one} cao nhất và {c.V.one} thấp nhất là {s('gap', 'u')}; "
                      f"kết quả CCHC giữa các {c.V.cn} chưa đồng đều."),
        lambda c, s: (f"{s.B.name}, {c.V.one} đứng cuối bảng, thấp hơn {s.T.name} (đứng đầu) {s('gap')}{c.dp}."),
    ],
    "press": [
        lambda c, s: f"Đầu bảng – cuối bảng: cách nhau {s('gap', 'u')}. #CaiCachHanhChinh",
        lambda c, s: (f"Khoảng cách {s('gap', 'u')} giữa đầu và cuối bảng\n{s.T.name} đứng đầu, {s.B.name} đứng "
                      f"cuối bảng xếp hạng năm {c.Y}."),
        _ga_p3,
        lambda c, s: (f"{s.T.name} đứng đầu còn {s.B.name} đứng cuối; khoảng cách giữa họ là {s('gap', 'u')}."),
        lambda c, s: f"Chênh lệch đầu – cuối: {s('gap', 'pu')}.",
        lambda c, s: (f"{s.B.name} đứng cuối bảng năm nay. "
                      f"{_cap(c.V.this)} kém {s.T.name} – {c.V.one} dẫn đầu – tới {s('gap', 'u')}."),
        lambda c, s: (f"Tại buổi công bố, khoảng cách {s('gap', 'u')} giữa {s.T.name} và {s.B.name} được nhiều "
                      f"đại biểu quan tâm."),
        lambda c, s: f"Cách biệt giữa ngôi đầu và vị trí cuối là {s('gap')}{c.dp}.",
        lambda c, s: f"Dẫn đầu {s.T.name}, cuối bảng {s.B.name}: chênh {s('gap', 'u')}.",
        lambda c, s: f"Từ {s.T.name} xuống {s.B.name}, điểm số trải dài {s('gap', 'u')}.",
        lambda c, s: f"Đáng chú ý: {s.T.name} hơn {s.B.name} đến {s('gap', 'u')}.",
        lambda c, s: (f"Khoảng cách giữa {c.V.one} đứng đầu và {c.V.one} đứng cuối là {s('gap', 'u')}. Khoảng cách "
                      f"ấy thuộc về cặp {s.T.name} – {s.B.name}."),
    ],
}

# ---------------------------------------------------------------- two units compared (A is the higher)


def _cm_p11(c, s):
    if s.extremes:
        return (f"{s.A.name} (đầu bảng, {s('a', 'u')}) và {s.B.name} (cuối bảng, {s('b', 'u')}) chênh nhau "
                f"{s('diff', 'u')}.")
    return f"{s.A.name} ({s('a', 'u')}) và {s.B.name} ({s('b', 'u')}) chênh nhau {s('diff', 'u')}."


COMPARISON = {
    "official": [
        lambda c, s: (f"So sánh:\n- {s.A.name}: {s('a', 'u')};\n- {s.B.name}: {s('b', 'u')};\n- Chênh lệch: "
                      f"{s('diff', 'u')}."),
        lambda c, s: f"{s.A.name} đạt {s('a', 'u')}, cao hơn {s.B.name} ({s('b', 'u')}) là {s('diff')}{c.dp}.",
        lambda c, s: (f"Năm {c.Y}, {s.A.name} đạt {s('a', 'u')}. "
                      f"Kết quả này cao hơn {s.B.name} ({s('b', 'u')}) {s('diff', 'u')}."),
        lambda c, s: (f"Chỉ số CCHC của {s.A.name} và {s.B.name} lần lượt là {s('a')} ({_u(c)}) và {s('b')} "
                      f"({_u(c)}), chênh lệch {s('diff')} ({_du(c)})."),
        lambda c, s: (f"{s.B.name} ({s('b', 'u')}) được xếp sau {s.A.name} ({s('a', 'u')}), với khoảng cách "
                      f"{s('diff', 'u')}."),
        lambda c, s: (f"Giữa các {c.V.cn} còn có sự chênh lệch, trong đó {s.A.name} đạt {s('a', 'u')}, còn "
                      f"{s.B.name} đạt {s('b', 'u')}, thấp hơn {s('diff', 'u')}."),
        lambda c, s: (f"So sánh giữa {s.A.name} và {s.B.name} cho thấy: {s('a', 'pu')} so với {s('b', 'pu')}, "
                      f"chênh {s('diff', 'p')}{c.dp}."),
        lambda c, s: (f"Đề nghị {s.B.name} ({s('b', 'u')}) học hỏi kinh nghiệm của {s.A.name} ({s('a', 'u')}) để "
                      f"thu hẹp khoảng cách {s('diff', 'u')}."),
        lambda c, s: f"Về {s.A.name}, kết quả {s('a', 'u')} cao hơn {s.B.name} ({s('b', 'u')}) là {s('diff', 'u')}.",
        lambda c, s: (f"Đối chiếu số liệu tại Phụ lục I: {s.A.name} – {s('a', 'u')}, {s.B.name} – {s('b', 'u')}; "
                      f"hiệu số {s('diff', 'u')}."),
        lambda c, s: (f"Với {s('a', 'u')}, {s.A.name} xếp trên {s.B.name} ({s('b', 'u')}) và cách {s.B.name} "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: (f"Đáng chú ý, chênh lệch giữa {s.A.name} ({s('a', 'u')}) và {s.B.name} ({s('b', 'u')}) là "
                      f"{s('diff', 'u')}, cho thấy kết quả giữa các {c.V.cn} chưa đồng đều."),
    ],
    "press": [
        lambda c, s: f"{s.A.name} {s('a', 'u')} vs {s.B.name} {s('b', 'u')}: chênh {s('diff', 'u')}.",
        lambda c, s: (f"Lãnh đạo {s.B.name} thừa nhận kết quả {s('b', 'u')} còn thấp hơn {s.A.name} "
                      f"({s('a', 'u')}) tới {s('diff')}{c.dp}."),
        lambda c, s: (f"{s.A.name} đạt {s('a', 'u')}. Trong khi đó, {s.B.name} chỉ đạt {s('b', 'u')}, kém "
                      f"{s('diff', 'u')}."),
        lambda c, s: f"Hơn nhau {s('diff', 'u')}: {s.A.name} ({s('a', 'u')}) và {s.B.name} ({s('b', 'u')}).",
        lambda c, s: (f"{s.A.name} vượt {s.B.name} {s('diff')}{c.dp}\n{s.A.name} đạt {s('a', 'u')}, {s.B.name} "
                      f"đạt {s('b', 'u')}."),
        lambda c, s: (f"Ở cặp so sánh {s.A.name} – {s.B.name}, điểm số lần lượt là {s('a', 'pu')} và "
                      f"{s('b', 'pu')}, chênh lệch {s('diff', 'p')}{c.dp}."),
        lambda c, s: (f"Nếu {s.A.name} đạt {s('a', 'u')} thì {s.B.name} dừng ở {s('b', 'u')}, thấp hơn "
                      f"{s('diff', 'u')}."),
        lambda c, s: (f"Khoảng cách {s('diff', 'u')} ngăn cách {s.A.name} ({s('a', 'u')}) với {s.B.name} "
                      f"({s('b', 'u')})."),
        lambda c, s: (f"Cùng có mặt trong bảng điểm, {s.A.name} và {s.B.name} cách nhau {s('diff', 'u')} "
                      f"({s('a', 'u')} và {s('b', 'u')})."),
        lambda c, s: (f"(PV) – Kết quả của {s.A.name} là {s('a', 'u')}, của {s.B.name} là {s('b', 'u')}; chênh "
                      f"lệch {s('diff')}{c.dp}."),
        _cm_p11,
        lambda c, s: f"Đáng chú ý, {s.B.name} ({s('b', 'u')}) còn kém {s.A.name} ({s('a', 'u')}) tới {s('diff', 'u')}.",
    ],
}

# ---------------------------------------------------------------- counts per band


def _none_of(c, s) -> str:
    """The empty bands above the lowest, said without a numeral."""
    return "".join(f" Không có {c.V.cn} nào {b.inb}." for b in s.zero)


def _bc_o1(c, s):
    lines = [f"+ {b.Grp} ({b.span}): {s(r)} {c.V.cn};" for b, r in s.bands]
    lines[-1] = lines[-1][:-1] + "."
    return "Kết quả xếp loại:\n" + "\n".join(lines)


def _bc_o2(c, s):
    return (f"Về xếp loại, trong tổng số {s('total')} {c.V.cn} được đánh giá, có "
            + _enum([f"{s(r, 'z')} {c.V.cn} {b.inb}" for b, r in s.bands], "; ", "; ") + "." + _none_of(c, s))


def _bc_o3(c, s):
    return (f"Năm {c.Y}, toàn bộ {c.V.coll_s} đều được xếp loại, cụ thể: "
            + ", ".join(f"{b.grp} {s(r)} {c.V.cn}" for b, r in s.bands) + "." + _none_of(c, s))


def _bc_o4(c, s):
    return (f"Số lượng {c.V.cn} theo từng mức (chi tiết tại Phụ lục II): "
            + "; ".join(f"{b.title} – {s(r)}" for b, r in s.bands) + ".")


def _bc_o5(c, s):
    return f"Số {c.V.cn} theo {c.V.grouping} ({c.V.cn}): " + ", ".join(f"{b.grp}: {s(r)}" for b, r in s.bands) + "."


def _bc_o6(c, s):
    return f"Về {c.V.grouping}, " + "; ".join(f"{b.grp} gồm {s(r)} {c.V.cn}" for b, r in s.bands) + "."


def _bc_o7(c, s):
    return _cap("; ".join(f"{s(r)} {c.V.cn} được đánh giá {b.inb}" for b, r in s.bands)) + "."


def _bc_o8(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    return (f"Năm {c.Y}, {b0.grp} có {s(r0)} {c.V.cn}."
            + "".join(f" Con số tương ứng của {b.grp} là {s(r)}." for b, r in rest))


def _bc_o9(c, s):
    return ("Phân bố theo mức: " + "; ".join(f"{b.grp} chiếm {s(r, 'v')} {c.V.cn}" for b, r in s.bands) + "."
            + _none_of(c, s))


def _bc_o10(c, s):
    return ("Kết luận: năm " + str(c.Y) + " có " + _enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands])
            + "; kết quả này là cơ sở để đánh giá, xếp loại người đứng đầu.")


def _bc_o11(c, s):
    return ("Tổng hợp: " + " + ".join(f"{s(r)} ({b.title})" for b, r in s.bands) + f" = {s('total')} {c.V.cn}.")


def _bc_o12(c, s):
    return (f"{_org(c)} công bố kết quả phân loại: "
            + "; ".join(f"{b.grp} ({b.span}) – {s(r)} {c.V.cn}" for b, r in s.bands) + ".")


def _bc_p1(c, s):
    return f"Tóm tắt xếp loại {c.Y}: " + " / ".join(f"{b.title} {s(r)}" for b, r in s.bands) + ". #CaiCachHanhChinh"


def _bc_p2(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    return (f"{s(r0)} {c.V.cn} {b0.inb}\nỞ các mức còn lại, "
            + _enum([f"{b.grp} có {s(r)} {c.V.cn}" for b, r in rest]) + ".")


def _bc_p3(c, s):
    return f"Theo {_spk(c)}, năm nay " + _enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands]) + "."


def _bc_p4(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    return (f"{b0.Grp} năm nay có {s(r0)} {c.V.cn}."
            + "".join(f" Ở {b.grp}, con số này là {s(r)}." for b, r in rest))


def _bc_p5(c, s):
    return "Xếp loại năm nay:\n" + "\n".join(f"- {b.Grp}: {s(r)} {c.V.cn}" for b, r in s.bands)


def _bc_p6(c, s):
    return (f"Nhìn vào bảng xếp loại, có thể thấy " + _enum([f"{b.grp} có {s(r)} {c.V.cn}" for b, r in s.bands])
            + "." + _none_of(c, s))


def _bc_p7(c, s):
    return "Chia theo mức điểm, " + "; ".join(f"{b.span} có {s(r)} {c.V.cn}" for b, r in s.bands) + "."


def _bc_p8(c, s):
    return (f"Trong số {s('total')} {c.V.cn} được xếp hạng năm nay, "
            + _enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands]) + ".")


def _bc_p9(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    return (f"Nếu {b0.grp} có {s(r0)} {c.V.cn} thì "
            + _enum([f"{b.grp} có {s(r)}" for b, r in rest], ", ", ", còn ") + ".")


def _bc_p10(c, s):
    return (" + ".join(f"{s(r)} ({b.title})" for b, r in s.bands) + f" = {s('total')}: đó là bức tranh xếp loại "
            f"{_idx(c)} {c.Y}.")


def _bc_p11(c, s):
    return "Năm nay, " + ", ".join(f"{s(r, 'z')} {c.V.cn} {b.inb}" for b, r in s.bands) + "." + _none_of(c, s)


def _bc_p12(c, s):
    order = sorted(s.bands, key=lambda br: -s.big(br[1]))
    sizes = [s.big(r) for _, r in s.bands]
    if len(set(sizes)) != len(sizes):
        return "Đáng chú ý, " + _enum([f"{b.grp} có {s(r)} {c.V.cn}" for b, r in s.bands]) + "."
    (b1, r1), rest = order[0], order[1:]
    return (f"Đáng chú ý, {b1.grp} đông nhất với {s(r1)} {c.V.cn}; tiếp theo là "
            + _enum([f"{b.grp} ({s(r)})" for b, r in rest]) + ".")


BAND_COUNTS = {
    "official": [_bc_o1, _bc_o2, _bc_o3, _bc_o4, _bc_o5, _bc_o6, _bc_o7, _bc_o8, _bc_o9, _bc_o10, _bc_o11, _bc_o12],
    "press": [_bc_p1, _bc_p2, _bc_p3, _bc_p4, _bc_p5, _bc_p6, _bc_p7, _bc_p8, _bc_p9, _bc_p10, _bc_p11, _bc_p12],
}

# ---------------------------------------------------------------- a band's count with its member list


def _bm_o7(c, s):
    names = _names(c, s)
    lines = [f"+ {n};" for n in names[:-1]] + [f"+ {names[-1]}."]
    return f"{s.b.Grp} có {s('count')} {c.V.cn}:\n" + "\n".join(lines)


def _bm_o10(c, s):
    if _top_band(c, s.b):
        verb = "Đề nghị biểu dương"
    elif _last_band(c, s.b):
        verb = "Đề nghị nhắc nhở"
    else:
        verb = "Ghi nhận"
    return f"{verb} {s('count')} {c.V.cn} {s.b.inb}: {s.ml()}."


def _bm_p5(c, s):
    those = "Đó là" if s.big("count") == 1 else f"Những {c.V.cn} này gồm"
    return f"Năm nay có {s('count')} {c.V.cn} {s.b.inb}. {those} {s.ml('mixed')}."


def _bm_p6(c, s):
    lead = "Vỏn vẹn" if s.big("count") <= 3 else "Có tới"
    return f"{lead} {s('count', 'v')} {c.V.cn} {s.b.inb}: {s.ml()}."


def _bm_p10(c, s):
    if s.big("count") == 1:
        return f"{s.ml()} là {c.V.cn} duy nhất {s.b.inb}; tổng cộng {s('count')} {c.V.cn}."
    return f"{s.ml()} là những {c.V.cn} {s.b.inb}; tổng cộng {s('count')}."


BAND_MEMBERS = {
    "official": [
        lambda c, s: f"Danh sách cụ thể:\n- {s.b.Grp} ({s.b.span}): {s('count')} {c.V.cn}, gồm: {s.ml()}.",
        lambda c, s: f"Có {s('count', 'z')} {c.V.cn} {s.b.inb}, cụ thể: {s.ml('semi')}.",
        lambda c, s: (f"{s.b.Grp} năm {c.Y} gồm {s('count')} {c.V.cn}. Đó là: {s.ml()}."),
        lambda c, s: (f"Danh sách {s('count')} {c.V.cn} {s.b.inb} (chi tiết tại Phụ lục III): "
                      f"{s.ml('mixed')}."),
        lambda c, s: f"{s.ml()} được xác định {s.b.inb} ({s('count')} {c.V.cn}).",
        lambda c, s: f"{s.ml('comma')} – tổng cộng {s('count', 'v')} {c.V.cn} – đạt kết quả {s.b.span}.",
        _bm_o7,
        lambda c, s: f"Về {s.b.grp}, năm {c.Y} có {s('count')} {c.V.cn}: {s.ml('semi')}.",
        lambda c, s: f"Đáng chú ý, số {c.V.cn} có Chỉ số CCHC {s.b.span} là {s('count')}, gồm {s.ml()}.",
        _bm_o10,
        lambda c, s: f"{s.b.Grp} (số {c.V.cn}: {s('count')}): {s.ml('semi_only')}.",
        lambda c, s: f"{_org(c)} thông báo {s('count')} {c.V.cn} {s.b.inb} gồm: {s.ml()}.",
    ],
    "press": [
        lambda c, s: f"{s.b.Grp} năm nay gọi tên {s('count')} {c.V.cn}: {s.ml()}. #CaiCachHanhChinh",
        lambda c, s: f"{s('count')} {c.V.cn} {s.b.inb}\nĐó là {s.ml()}.",
        lambda c, s: (f"{s('count')} {c.V.cn} {s.b.inb}:\n" + "\n".join(f"- {n}" for n in _names(c, s))),
        lambda c, s: f"Theo {_spk(c)}, {s('count')} {c.V.cn} {s.b.inb} năm nay là {s.ml()}.",
        _bm_p5,
        _bm_p6,
        lambda c, s: f"Góp mặt ở {s.b.grp} là {s.ml()} ({s('count')} {c.V.cn}).",
        lambda c, s: f"{s.b.Grp}, {s('count', 'z')} {c.V.cn}: {s.ml('comma')}.",
        lambda c, s: f"Những cái tên {s.b.inb} năm nay: {s.ml()} – {s('count')} {c.V.cn}.",
        _bm_p10,
        lambda c, s: f"Trong bảng xếp hạng năm nay, {s.b.grp} có {s('count')} {c.V.cn}, gồm {s.ml()}.",
        lambda c, s: f"Đáng chú ý, {s.b.grp} có {s('count')} {c.V.cn}: {s.ml('mixed')}.",
    ],
}

# ---------------------------------------------------------------- how many at or above the threshold


def _th_o2(c, s):
    word = _than(s.big("thr"), _prev_ge(c), "nhiều hơn", "ít hơn", "bằng")
    return (f"Đáng chú ý, có {s('thr', 'z')} {c.V.cn} đạt Chỉ số CCHC từ {c.thr} trở lên, {word} cùng kỳ năm "
            f"{c.Y1}.")


def _th_o4(c, s):
    half = _half(s.big("thr"), len(c.world.units), "chiếm quá nửa", "chưa đến nửa", "đúng bằng nửa")
    return (f"Năm {c.Y}, {s('thr')} {c.V.cn} đạt từ {c.thr} trở lên. "
            f"Con số này {half} tổng số {c.V.cn} được đánh giá.")


def _th_p4(c, s):
    word = _than(s.big("thr"), _prev_ge(c), "nhiều hơn", "ít hơn", "bằng")
    return (f"Năm nay có {s('thr')} {c.V.cn} đạt trên {c.thr}. Con số này {word} năm ngoái.")


def _th_p5(c, s):
    lead = "Chỉ" if 2 * s.big("thr") < len(c.world.units) else "Có tới"
    return f"{lead} {s('thr', 'v')} {c.V.cn} đạt trên {c.thr}."


def _th_p11(c, s):
    half = _half(s.big("thr"), len(c.world.units), "quá nửa", "chưa đến nửa", "đúng nửa")
    return f"Đáng chú ý, số {c.V.cn} đạt từ {c.thr} trở lên là {s('thr')}, chiếm {half} bảng xếp hạng."


THRESHOLD = {
    "official": [
        lambda c, s: f"Chỉ tiêu kế hoạch:\n- Số {c.V.cn} đạt từ {c.thr} trở lên: {s('thr')}.",
        _th_o2,
        lambda c, s: f"Mục tiêu Chỉ số CCHC từ {c.thr} trở lên đã được {s('thr')} {c.V.cn} hoàn thành.",
        _th_o4,
        lambda c, s: f"Số {c.V.cn} có Chỉ số CCHC ≥ {c.thr}: {s('thr')} ({c.V.cn}).",
        lambda c, s: (f"Kết quả đánh giá năm {c.Y} cho thấy công tác CCHC tiếp tục chuyển biến, trong đó số "
                      f"{c.V.cn} đạt từ {c.thr} trở lên là {s('thr')}."),
        lambda c, s: (f"Phấn đấu năm {c.Y + 1} tăng số {c.V.cn} đạt Chỉ số CCHC từ {c.thr} trở lên (năm {c.Y}: "
                      f"{s('thr')} {c.V.cn})."),
        lambda c, s: f"Năm {c.Y}, {s('thr', 'v')} {c.V.cn} có kết quả không thấp hơn {c.thr}.",
        lambda c, s: f"Theo Phụ lục I, {s('thr')} {c.V.cn} có Chỉ số CCHC đạt từ {c.thr} trở lên.",
        lambda c, s: (f"Về chỉ tiêu Chỉ số CCHC đạt từ {c.thr} trở lên, năm {c.Y} có {s('thr')} {c.V.cn} thực "
                      f"hiện được."),
        lambda c, s: f"{_cap(c.V.cn)} có điểm trên {c.thr}: {s('thr')}.",
        lambda c, s: (f"Kết luận: {s('thr')} {c.V.cn} đạt từ {c.thr} trở lên; các {c.V.cn} còn lại cần có giải "
                      f"pháp cụ thể để cải thiện kết quả."),
    ],
    "press": [
        lambda c, s: f"{s('thr')} {c.V.cn} đạt trên {c.thr} trong {_idx(c)} {c.Y}. #CaiCachHanhChinh",
        lambda c, s: (f"{s('thr')} {c.V.cn} vượt mốc {c.thr}\nĐây là số liệu trong {_idx(c)} {c.Y} do {_org(c)} "
                      f"công bố."),
        lambda c, s: f"{_cap(_spk(c))} cho biết, số {c.V.cn} đạt từ {c.thr} trở lên năm nay là {s('thr')}.",
        _th_p4,
        _th_p5,
        lambda c, s: f"Số {c.V.cn} cán mốc {c.thr}: {s('thr', 'z')}.",
        lambda c, s: f"Điểm qua số liệu:\n+ Từ {c.thr} trở lên: {s('thr')} {c.V.cn}",
        lambda c, s: f"Mốc {c.thr} đã được {s('thr')} {c.V.cn} vượt qua.",
        lambda c, s: f"Tính từ {c.thr} trở lên, bảng xếp hạng năm nay có {s('thr')} {c.V.cn}.",
        lambda c, s: (f"(PV) – {s('thr')} {c.V.cn} có {_idx(c)} {c.Y} từ {c.thr} trở lên, theo công bố của "
                      f"{_org(c)}."),
        _th_p11,
        lambda c, s: f"Có {s('thr')} {c.V.cn} “chạm” mốc {c.thr} trong năm {c.Y}.",
    ],
}

# ---------------------------------------------------------------- N/total above the average


def _ra_o3(c, s):
    half = _half(s.big("num"), s.big("den"), "chiếm quá nửa", "chưa đến nửa", "đúng bằng nửa")
    return (f"{s('num')} trên tổng số {s('den')} {c.V.cn} có Chỉ số CCHC vượt giá trị trung bình, {half} số "
            f"{c.V.cn} được đánh giá.")


def _ra_p5(c, s):
    lead = "chỉ có" if 2 * s.big("num") < s.big("den") else "có tới"
    return f"Trong {s('den')} {c.V.cn}, {lead} {s('num')} {c.V.cn} đạt điểm cao hơn mức trung bình."


def _ra_p9(c, s):
    word = _half(s.big("num"), s.big("den"), "tích cực", "chưa cao", "trung bình")
    return f"Tỷ lệ {s('num')}/{s('den')} {c.V.cn} đạt trên trung bình được {_org(c)} đánh giá là {word}."


RATIO = {
    "official": [
        lambda c, s: (f"Phân tích kết quả:\n- Số {c.V.cn} có Chỉ số CCHC cao hơn giá trị trung bình: "
                      f"{s('num')}/{s('den')}."),
        lambda c, s: (f"Có {s('num')}/{s('den')} {c.V.cn} đạt Chỉ số CCHC cao hơn giá trị trung bình "
                      f"{c.V.where}."),
        _ra_o3,
        lambda c, s: (f"Năm {c.Y}, có {s('num')} {c.V.cn} đạt Chỉ số CCHC trên giá trị trung bình. "
                      f"Con số này được tính trên tổng số {s('den')} {c.V.cn} được đánh giá."),
        lambda c, s: f"Số {c.V.cn} trên mức trung bình ({c.V.cn}/tổng số): {s('num')}/{s('den')}.",
        lambda c, s: (f"Kết quả cho thấy mặt bằng chung có sự phân hóa, trong đó {s('num')} {c.V.cn} (trên tổng số "
                      f"{s('den')}) có kết quả cao hơn giá trị trung bình."),
        lambda c, s: f"Giá trị trung bình năm {c.Y} được {s('num')}/{s('den')} {c.V.cn} vượt qua.",
        lambda c, s: (f"{s('num', 'W')} trong số {s('den')} {c.V.cn} có điểm cao hơn giá trị trung bình "
                      f"năm {c.Y}."),
        lambda c, s: f"Theo Phụ lục II, {s('num')} trong tổng số {s('den')} {c.V.cn} có điểm vượt mức trung bình.",
        lambda c, s: (f"Về số {c.V.cn} có kết quả trên trung bình, năm {c.Y} là {s('num')} trên {s('den')} "
                      f"{c.V.cn}."),
        lambda c, s: f"Số {c.V.cn} đạt trên giá trị trung bình là {s('num', 'z')}/{s('den')}.",
        lambda c, s: (f"Kết luận: {s('num')}/{s('den')} {c.V.cn} đạt Chỉ số CCHC trên giá trị trung bình; các "
                      f"{c.V.cn} còn lại cần tập trung khắc phục những tiêu chí bị trừ điểm."),
    ],
    "press": [
        lambda c, s: f"{s('num')}/{s('den')} {c.V.cn} vượt điểm trung bình {_idx(c)} {c.Y}. #CaiCachHanhChinh",
        lambda c, s: (f"{s('num')} trên {s('den')} {c.V.cn} đạt trên mức trung bình\nĐây là thông tin từ "
                      f"{_org(c)}."),
        lambda c, s: (f"Theo {_spk(c)}, có {s('num')}/{s('den')} {c.V.cn} đạt điểm cao hơn mức trung bình."),
        lambda c, s: (f"Năm nay có {s('num')} {c.V.cn} vượt mức trung bình. "
                      f"Tổng số {c.V.cn} trong bảng xếp hạng là {s('den')}."),
        _ra_p5,
        lambda c, s: f"Cứ {s('den')} {c.V.cn} thì có {s('num')} {c.V.cn} vượt mức trung bình.",
        lambda c, s: f"Có {s('num', 'v')} {c.V.cn} (trên {s('den')}) đứng trên mức trung bình năm nay.",
        lambda c, s: f"Điểm qua số liệu:\n+ Trên trung bình: {s('num')}/{s('den')} {c.V.cn}",
        _ra_p9,
        lambda c, s: (f"(PV) – {s('num')} trong số {s('den')} {c.V.cn} có {_idx(c)} {c.Y} cao hơn mức trung "
                      f"bình."),
        lambda c, s: f"Đáng chú ý, số {c.V.cn} vượt trung bình là {s('num')}, trong tổng số {s('den')}.",
        lambda c, s: (f"Trên bảng xếp hạng {s('den')} {c.V.cn}, phía trên mức trung bình có {s('num')} cái "
                      f"tên."),
    ],
}

# ---------------------------------------------------------------- a total and its parts

PARTS = {
    "official": [
        lambda c, s: (f"- Tổng số {c.V.cn} được đánh giá: {s('total')};\n+ {_cap(_n(s, 0))}: {s('p0')};\n"
                      f"+ {_cap(_n(s, 1))}: {s('p1')}."),
        lambda c, s: (f"Đối tượng xác định Chỉ số CCHC năm {c.Y} gồm {s('total')} {c.V.cn}, cụ thể: "
                      f"{s('p0', 'z')} {_n(s, 0)} và {s('p1', 'z')} {_n(s, 1)}."),
        lambda c, s: (f"Năm {c.Y}, {s('total')} {c.V.cn} được đánh giá. "
                      f"Trong số này, {s('p0')} là {_n(s, 0)}, {s('p1')} là {_n(s, 1)}."),
        lambda c, s: (f"Số lượng ({c.V.cn}): {_n(s, 0)} {s('p0')}; {_n(s, 1)} {s('p1')}; tổng "
                      f"{s('total')}."),
        lambda c, s: (f"Thực hiện Kế hoạch, {c.V.ev} đã tổ chức đánh giá đối với {s('p0')} {_n(s, 0)} và "
                      f"{s('p1')} {_n(s, 1)}, với tổng số {s('total')} {c.V.cn}."),
        lambda c, s: (f"{s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)} (tổng cộng {s('total')} {c.V.cn}) đã được "
                      f"xác định Chỉ số CCHC năm {c.Y}."),
        lambda c, s: (f"Phụ lục I gồm {s('total')} {c.V.cn}, trong đó Mục A – {_n(s, 0)} ({s('p0')}) và Mục B – "
                      f"{_n(s, 1)} ({s('p1')})."),
        lambda c, s: (f"{s('total')} {c.V.cn} được đánh giá gồm {s('p0', 'v')} {_n(s, 0)} và {s('p1', 'v')} "
                      f"{_n(s, 1)}."),
        lambda c, s: f"{s('p0')} ({_n(s, 0)}) + {s('p1')} ({_n(s, 1)}) = {s('total')} {c.V.cn} được đánh giá.",
        lambda c, s: (f"Về đối tượng: {_n(s, 1)} có {s('p1')}; {_n(s, 0)} có {s('p0')}; tổng cộng "
                      f"{s('total')}."),
        lambda c, s: (f"{_org(c)} đánh giá {s('total')} {c.V.cn}, bao gồm {s('p0')} {_n(s, 0)} và {s('p1')} "
                      f"{_n(s, 1)}."),
        lambda c, s: f"Cơ cấu đối tượng: {_n(s, 0)} – {s('p0')}, {_n(s, 1)} – {s('p1')} (cộng: {s('total')}).",
    ],
    "press": [
        lambda c, s: f"{s('total')} {c.V.cn} = {s('p0')} {_n(s, 0)} + {s('p1')} {_n(s, 1)}. #CaiCachHanhChinh",
        lambda c, s: (f"{s('total')} {c.V.cn} được xếp hạng\nTrong đó có {s('p0')} {_n(s, 0)} và {s('p1')} "
                      f"{_n(s, 1)}, theo công bố của {_org(c)}."),
        lambda c, s: (f"Theo {_spk(c)}, năm nay có {s('total')} {c.V.cn} được đánh giá, gồm {s('p0')} {_n(s, 0)} "
                      f"và {s('p1')} {_n(s, 1)}."),
        lambda c, s: (f"Bảng xếp hạng năm nay có {s('total')} {c.V.cn}. "
                      f"Trong số đó, {s('p1')} là {_n(s, 1)}, {s('p0')} là {_n(s, 0)}."),
        lambda c, s: f"{s('total')} {c.V.cn}:\n- {s('p0')} {_n(s, 0)}\n- {s('p1')} {_n(s, 1)}",
        lambda c, s: (f"{s('p0', 'W')} {_n(s, 0)} và {s('p1', 'w')} {_n(s, 1)} – cộng lại là {s('total')} "
                      f"{c.V.cn} – đã được chấm điểm năm nay."),
        lambda c, s: (f"Không chỉ {s('p0')} {_n(s, 0)}, bảng xếp hạng năm nay còn có {s('p1')} {_n(s, 1)}, nâng "
                      f"tổng số lên {s('total')}."),
        lambda c, s: (f"(PV) – {s('total')} {c.V.cn}, gồm {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}, vừa được "
                      f"{_org(c)} công bố kết quả {_idx(c)} {c.Y}."),
        lambda c, s: (f"Năm nay có {s('p0', 'z')} {_n(s, 0)} và {s('p1', 'z')} {_n(s, 1)}, tổng cộng {s('total')} "
                      f"{c.V.cn} góp mặt."),
        lambda c, s: (f"Đáng chú ý, trong {s('total')} {c.V.cn} có {s('p1')} {_n(s, 1)}; số còn lại, {s('p0')}, là "
                      f"{_n(s, 0)}."),
        lambda c, s: f"Cơ cấu bảng xếp hạng: {_n(s, 0)} chiếm {s('p0')}/{s('total')}, {_n(s, 1)} chiếm {s('p1')}.",
        lambda c, s: (f"Bảng xếp hạng năm nay gồm bao nhiêu {c.V.cn}? {s('total')}, trong đó {s('p0')} {_n(s, 0)} "
                      f"và {s('p1')} {_n(s, 1)}."),
    ],
}

# ---------------------------------------------------------------- a band's count against last year's

COUNT_CHANGE = {
    "official": [
        lambda c, s: (f"Cơ cấu xếp loại:\n- Số {c.V.cn} {s.b.inb}: {s('cur')} ({_ud(s, 'chg')} {s('chg')} so với "
                      f"năm {c.Y1}: {s('prev')})."),
        lambda c, s: (f"So với cùng kỳ năm {c.Y1} ({s('prev')} {c.V.cn}), số {c.V.cn} {s.b.inb} năm {c.Y} là "
                      f"{s('cur')}, {_ud(s, 'chg')} {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Năm {c.Y}, có {s('cur')} {c.V.cn} {s.b.inb}. "
                      f"So với năm {c.Y1} ({s('prev')} {c.V.cn}), con số này {s.t('chg', 'nhiều hơn', 'ít hơn')} "
                      f"{s('chg')} {c.V.cn}."),
        lambda c, s: (f"{s.b.Grp} ({c.V.cn}): năm {c.Y1} – {s('prev')}; năm {c.Y} – {s('cur')}; {_ud(s, 'chg')} "
                      f"{s('chg')}."),
        lambda c, s: (f"Số {c.V.cn} được đánh giá {s.b.inb} đã {_ud(s, 'chg')} từ {s('prev')} (năm {c.Y1}) "
                      f"{_lenx(s, 'chg')} {s('cur')} (năm {c.Y}), tức {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Bên cạnh đó, cơ cấu xếp loại có sự thay đổi, trong đó {s.b.grp} có {s('cur')} {c.V.cn}, "
                      f"{_ud(s, 'chg')} {s('chg')} {c.V.cn} so với năm {c.Y1} ({s('prev')} {c.V.cn})."),
        lambda c, s: (f"{s.b.Grp} năm {c.Y} có {s('cur', 'w')} {c.V.cn}, năm {c.Y1} có {s('prev', 'w')}, "
                      f"{_ud(s, 'chg')} {s('chg', 'w')}."),
        lambda c, s: (f"Với {s('cur')} {c.V.cn} {s.b.inb} (năm {c.Y1}: {s('prev')}), {s.b.grp} "
                      f"{_ud(s, 'chg')} {s('chg')} {c.V.cn} so với cùng kỳ."),
        lambda c, s: (f"Theo Phụ lục III, số {c.V.cn} {s.b.inb} năm {c.Y1} và năm {c.Y} là {s('prev')} và "
                      f"{s('cur')}; chênh lệch {_sgn(s, 'chg')}{s('chg')}."),
        lambda c, s: (f"Về {s.b.grp}, năm {c.Y} có {s('cur')} {c.V.cn}, {s.t('chg', 'nhiều hơn', 'ít hơn')} "
                      f"{s('chg')} {c.V.cn} so với năm {c.Y1}, khi có {s('prev')} {c.V.cn}."),
        lambda c, s: (f"{s.b.Grp}: {s('cur', 'z')} {c.V.cn} ({c.Y}), {s('prev', 'z')} {c.V.cn} ({c.Y1}), "
                      f"{_ud(s, 'chg')} {s('chg', 'z')} {c.V.cn}."),
        lambda c, s: (f"Kết luận: số {c.V.cn} {s.b.inb} đã {_ud(s, 'chg')} {s('chg')} (từ {s('prev')} "
                      f"{_lenx(s, 'chg')} {s('cur')})."),
    ],
    "press": [
        lambda c, s: (f"{s.b.Grp} năm nay: {s('cur')} {c.V.cn} (năm ngoái: {s('prev')}), {_ud(s, 'chg')} "
                      f"{s('chg')}. #CaiCachHanhChinh"),
        lambda c, s: (f"{s.b.Grp} {s.t('chg', 'thêm', 'bớt')} {s('chg')} {c.V.cn}\nNăm {c.Y1} có {s('prev')} "
                      f"{c.V.cn} {s.b.inb}, năm nay là {s('cur')}."),
        lambda c, s: (f"Theo {_spk(c)}, số {c.V.cn} {s.b.inb} năm nay là {s('cur')}, "
                      f"{s.t('chg', 'nhiều hơn', 'ít hơn')} năm ngoái {s('chg')} {c.V.cn} ({s('prev')})."),
        lambda c, s: (f"Năm nay có {s('cur')} {c.V.cn} {s.b.inb}. "
                      f"Con số này năm {c.Y1} là {s('prev')}, tức {_ud(s, 'chg')} {s('chg')}."),
        lambda c, s: (f"{s.b.Grp}: từ {s('prev')} {c.V.cn} {_lenx(s, 'chg')} {s('cur')} {c.V.cn} "
                      f"({_ud(s, 'chg')} {s('chg')})."),
        lambda c, s: (f"Năm ngoái {s.b.grp} có {s('prev', 'v')} {c.V.cn}; năm nay con số ấy là {s('cur', 'v')}, "
                      f"{_ud(s, 'chg')} {s('chg', 'v')}."),
        lambda c, s: (f"(PV) – Số {c.V.cn} {s.b.inb} năm {c.Y} là {s('cur')}, {_ud(s, 'chg')} {s('chg')} so với "
                      f"năm {c.Y1} ({s('prev')})."),
        lambda c, s: (f"Đáng chú ý, {s.b.grp} {s.t('chg', 'có thêm', 'mất đi')} {s('chg')} {c.V.cn} so với cùng "
                      f"kỳ: {s('cur')} so với {s('prev')}."),
        lambda c, s: (f"Nếu năm {c.Y1} {s.b.grp} có {s('prev')} {c.V.cn} thì năm nay là {s('cur')}, "
                      f"{_ud(s, 'chg')} {s('chg')}."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} năm nay {_ud(s, 'chg')} {s('chg')}, {s.t('chg', 'lên', 'còn')} "
                      f"{s('cur')} (năm trước: {s('prev')})."),
        lambda c, s: (f"{s.b.Grp} năm {c.Y}: {s('cur', 'z')} {c.V.cn}; năm {c.Y1}: {s('prev', 'z')}; chênh lệch: "
                      f"{s('chg', 'z')}."),
        lambda c, s: (f"{s.b.Grp} năm nay có bao nhiêu {c.V.cn}? {s('cur')} – {s.t('chg', 'nhiều', 'ít')} hơn "
                      f"năm ngoái {s('chg')} ({s('prev')})."),
    ],
}

# ---------------------------------------------------------------- a unit's rank against last year's

RANK = {
    "official": [
        lambda c, s: (f"Thứ hạng:\n- {s.U.name}: xếp thứ {s('r')}/{s('den')} (năm {c.Y1}: thứ {s('pr')}), "
                      f"{_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"Năm {c.Y}, {s.U.name} được xếp ở vị trí thứ {s('r')} trên {s('den')} {c.V.cn}, "
                      f"{_ud(s, 'move')} {s('move')} bậc so với năm {c.Y1} (vị trí thứ {s('pr')})."),
        lambda c, s: (f"{s.U.name} xếp thứ {s('r')}/{s('den')} năm {c.Y}. "
                      f"So với năm {c.Y1} (thứ {s('pr')}), {c.V.this} đã {_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"Thứ hạng của {s.U.name} năm {c.Y} là {s('r')}/{s('den')} ({_ud(s, 'move')} {s('move')} bậc "
                      f"so với thứ hạng {s('pr')} năm {c.Y1})."),
        lambda c, s: (f"Về thứ hạng, có sự thay đổi đáng kể so với năm trước, trong đó {s.U.name} "
                      f"{_ud(s, 'move')} {s('move')} bậc, từ vị trí {s('pr')} {s.t('move', 'lên', 'xuống')} vị trí "
                      f"{s('r')}/{s('den')}."),
        lambda c, s: (f"Năm {c.Y}, {s.U.name} {_ud(s, 'move')} {s('move', 'w')} bậc, từ thứ {s('pr')} năm {c.Y1} "
                      f"{s.t('move', 'lên', 'xuống')} thứ {s('r')}/{s('den')}."),
        lambda c, s: (f"Đề nghị {s.U.name} (xếp thứ {s('r')}/{s('den')}, {_ud(s, 'move')} {s('move')} bậc so với "
                      f"vị trí {s('pr')} năm {c.Y1}) "
                      f"{s.t('move', 'phát huy kết quả đạt được', 'rà soát, làm rõ nguyên nhân')}."),
        lambda c, s: (f"Theo Phụ lục II, {s.U.name} đứng ở vị trí {s('r')}/{s('den')}; năm {c.Y1} ở vị trí "
                      f"{s('pr')}; thay đổi {_sgn(s, 'move')}{s('move')} bậc."),
        lambda c, s: (f"Về thứ hạng, {s.U.name} năm {c.Y1} xếp thứ {s('pr')}, năm {c.Y} xếp thứ "
                      f"{s('r')}/{s('den')}, {_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"Vị trí của {s.U.name}: {s('r', 'z')}/{s('den')}, {_ud(s, 'move')} {s('move', 'z')} bậc "
                      f"(năm {c.Y1}: {s('pr', 'z')})."),
        lambda c, s: (f"Kết luận: {s.U.name} {s.t('move', 'đã cải thiện', 'bị tụt')} {s('move')} bậc (từ hạng "
                      f"{s('pr')} năm {c.Y1} {s.t('move', 'lên', 'xuống')} hạng {s('r')}/{s('den')} năm {c.Y})."),
        lambda c, s: (f"Năm {c.Y}, vị trí thứ {s('r')} trong tổng số {s('den')} {c.V.cn} thuộc về {s.U.name}; năm "
                      f"{c.Y1}, {c.V.this} xếp thứ {s('pr')}, như vậy {_ud(s, 'move')} {s('move')} bậc."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name} {_ud(s, 'move')} {s('move')} bậc, {s.t('move', 'lên', 'xuống')} thứ "
                      f"{s('r')}/{s('den')} (năm ngoái: {s('pr')}). #CaiCachHanhChinh"),
        lambda c, s: (f"{s.U.name} {s.t('move', 'thăng', 'tụt')} {s('move')} bậc\nTừ vị trí {s('pr')} năm "
                      f"{c.Y1}, năm nay {s.U.name} xếp thứ {s('r')}/{s('den')}."),
        lambda c, s: (f"Theo lãnh đạo {s.U.name}, việc {_ud(s, 'move')} {s('move')} bậc (từ thứ {s('pr')} "
                      f"{s.t('move', 'lên', 'xuống')} thứ {s('r')}/{s('den')}) là "
                      f"{s.t('move', 'kết quả của nhiều nỗ lực', 'lời nhắc nhở cần thiết')}."),
        lambda c, s: (f"{s.U.name} năm nay xếp thứ {s('r')} trên {s('den')}. "
                      f"Năm {c.Y1}, {c.V.this} đứng thứ {s('pr')}; như vậy đã {_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"Thứ hạng đáng chú ý:\n+ {s.U.name}: hạng {s('r')}/{s('den')}, {_sgn(s, 'move')}{s('move')} "
                      f"bậc (năm trước: {s('pr')})"),
        lambda c, s: (f"Năm nay {s.U.name} {s.t('move', 'leo', 'tụt')} {s('move', 'w')} bậc, từ vị trí thứ "
                      f"{s('pr')} {s.t('move', 'lên', 'xuống')} thứ {s('r')}/{s('den')}."),
        lambda c, s: (f"(PV) – {s.U.name} xếp thứ {s('r')}/{s('den')} trong {_idx(c)} {c.Y}, {_ud(s, 'move')} "
                      f"{s('move')} bậc so với năm {c.Y1} (thứ {s('pr')})."),
        lambda c, s: (f"Nếu năm {c.Y1} {s.U.name} đứng thứ {s('pr')} thì năm nay đã "
                      f"{s.t('move', 'lên', 'xuống')} thứ {s('r')}/{s('den')}, {_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"Đáng chú ý, {s.U.name} {_ud(s, 'move')} {s('move')} bậc: {s('pr')} → "
                      f"{s('r')}/{s('den')}."),
        lambda c, s: (f"Cú {s.t('move', 'bứt phá', 'trượt dài')} {s('move')} bậc đưa {s.U.name} từ vị trí "
                      f"{s('pr')} {s.t('move', 'lên', 'xuống')} vị trí {s('r')} trên {s('den')}."),
        lambda c, s: (f"{s.U.name} xếp thứ mấy năm nay? Thứ {s('r')}/{s('den')}, {_ud(s, 'move')} {s('move')} bậc "
                      f"so với năm {c.Y1} (thứ {s('pr')})."),
        lambda c, s: (f"Cùng kỳ năm trước, {s.U.name} ở vị trí {s('pr')}; năm nay là {s('r')}/{s('den')}, tức "
                      f"{_ud(s, 'move')} {s('move')} bậc."),
    ],
}

# ---------------------------------------------------------------- how many rose and how many fell


def _ud_o11(c, s):
    word = _than(s.big("up"), s.big("down"), "nhiều hơn", "ít hơn", "bằng")
    return (f"Kết luận: số {c.V.cn} tăng điểm ({s('up')}) {word} số {c.V.cn} giảm điểm ({s('down')}) so với năm "
            f"{c.Y1}.")


def _ud_p9(c, s):
    word = _than(s.big("down"), s.big("up"), "nhiều hơn", "ít hơn", "bằng")
    return f"Đáng chú ý, số {c.V.cn} giảm điểm là {s('down')}, {word} số tăng điểm ({s('up')})."


UP_DOWN = {
    "official": [
        lambda c, s: (f"Biến động điểm số:\n- Số {c.V.cn} tăng điểm so với năm {c.Y1}: {s('up')};\n- Số {c.V.cn} "
                      f"giảm điểm: {s('down')}."),
        lambda c, s: (f"So với cùng kỳ năm {c.Y1}, có {s('up', 'z')} {c.V.cn} tăng điểm và {s('down', 'z')} "
                      f"{c.V.cn} giảm điểm."),
        lambda c, s: (f"Năm {c.Y}, {s('up')} {c.V.cn} có Chỉ số CCHC tăng so với năm {c.Y1}. "
                      f"Số {c.V.cn} còn lại, {s('down')}, có Chỉ số giảm."),
        lambda c, s: f"Biến động điểm số so với năm {c.Y1} ({c.V.cn}): tăng {s('up')}, giảm {s('down')}.",
        lambda c, s: (f"Kết quả Chỉ số CCHC năm {c.Y} có nhiều chuyển biến, trong đó {s('up')} {c.V.cn} tăng điểm, "
                      f"{s('down')} {c.V.cn} giảm điểm so với năm {c.Y1}."),
        lambda c, s: (f"Chỉ số CCHC được cải thiện ở {s('up')} {c.V.cn} và bị giảm ở {s('down')} {c.V.cn} so với "
                      f"năm trước."),
        lambda c, s: (f"Năm {c.Y}, {s('up', 'w')} {c.V.cn} tăng điểm, {s('down', 'w')} {c.V.cn} giảm điểm so với "
                      f"năm {c.Y1}."),
        lambda c, s: (f"Đề nghị {s('down')} {c.V.cn} có Chỉ số giảm so với năm {c.Y1} làm rõ nguyên nhân; biểu "
                      f"dương {s('up')} {c.V.cn} có Chỉ số tăng."),
        lambda c, s: (f"Theo Phụ lục IV, so với năm {c.Y1}, {s('up')} {c.V.cn} tăng điểm và {s('down')} {c.V.cn} "
                      f"giảm điểm."),
        lambda c, s: (f"Về biến động so với năm trước: tăng điểm {s('up')} {c.V.cn}, giảm điểm {s('down')} "
                      f"{c.V.cn}."),
        _ud_o11,
        lambda c, s: (f"Đáng chú ý, có {s('down')} {c.V.cn} giảm điểm so với năm {c.Y1}, trong khi {s('up')} "
                      f"{c.V.cn} tăng điểm."),
    ],
    "press": [
        lambda c, s: f"So với năm ngoái: ↑ {s('up')} {c.V.cn}, ↓ {s('down')} {c.V.cn}. #CaiCachHanhChinh",
        lambda c, s: (f"{s('up')} {c.V.cn} tăng điểm, {s('down')} {c.V.cn} giảm điểm\nĐó là bức tranh {_idx(c)} "
                      f"{c.Y} so với năm {c.Y1}."),
        lambda c, s: (f"Theo {_spk(c)}, so với năm {c.Y1}, có {s('up')} {c.V.cn} tăng điểm, {s('down')} {c.V.cn} "
                      f"giảm điểm."),
        lambda c, s: (f"Năm nay có {s('up')} {c.V.cn} tăng điểm. "
                      f"Số {c.V.cn} còn lại, {s('down')}, bị giảm điểm."),
        lambda c, s: f"So với năm ngoái:\n+ Tăng điểm: {s('up')} {c.V.cn}\n+ Giảm điểm: {s('down')} {c.V.cn}",
        lambda c, s: (f"Nếu {s('up')} {c.V.cn} tăng điểm thì có {s('down')} {c.V.cn} giảm điểm so với năm "
                      f"{c.Y1}."),
        lambda c, s: (f"Năm nay, {s('up', 'w')} {c.V.cn} tăng điểm, còn {s('down', 'w')} {c.V.cn} giảm điểm so với "
                      f"năm ngoái."),
        lambda c, s: f"(PV) – So với năm {c.Y1}, {s('up')} {c.V.cn} tăng và {s('down')} {c.V.cn} giảm điểm {_idx(c)}.",
        _ud_p9,
        lambda c, s: f"Bên tăng: {s('up')} {c.V.cn}; bên giảm: {s('down')} {c.V.cn}.",
        lambda c, s: f"Cùng kỳ so sánh, {s('up')} {c.V.cn} “thăng”, {s('down')} {c.V.cn} “trầm”.",
        lambda c, s: (f"Có bao nhiêu {c.V.cn} giảm điểm so với năm ngoái? {s('down')}. Số tăng điểm: "
                      f"{s('up')}."),
    ],
}

# ---------------------------------------------------------------- survey ballots


def _ba_o1(c, s):
    lines = [f"+ {_cap(lab)}: {s(r)} phiếu;" for r, lab in _bl(s)]
    lines[-1] = lines[-1][:-1] + "."
    return (f"Kết quả điều tra xã hội học:\n- Tổng số phiếu hợp lệ: {s('total')}, trong đó:\n" + "\n".join(lines))


def _ba_o2(c, s):
    return (f"Tổng số phiếu khảo sát thu về là {s('total')} phiếu, cụ thể: "
            + "; ".join(f"{lab}: {s(r)} phiếu" for r, lab in _bl(s)) + ".")


@_approx
def _ba_o3(c, s):
    return (f"Đã phát hành và thu về hơn {s('total')} phiếu, trong đó "
            + _enum([f"hơn {s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_o4(c, s):
    return "Số phiếu (phiếu): " + "; ".join(f"{lab} {s(r)}" for r, lab in _bl(s)) + f"; tổng cộng {s('total')}."


def _ba_o5(c, s):
    return (f"Năm {c.Y}, tổng số phiếu khảo sát hợp lệ là {s('total')}. "
            "Trong số này, " + _enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_o6(c, s):
    return (_cap(_enum([f"{s(r)} phiếu do {lab} trả lời" for r, lab in _bl(s)], "; ", "; "))
            + f"; tổng số phiếu được xử lý là {s('total')}.")


def _ba_o7(c, s):
    return " + ".join(f"{s(r)} ({lab})" for r, lab in _bl(s)) + f" = {s('total')} phiếu khảo sát hợp lệ."


@_approx
def _ba_o8(c, s):
    return (f"Số phiếu (làm tròn): tổng {s('total')}; "
            + "; ".join(f"{lab} {s(r)}" for r, lab in _bl(s)) + ".")


def _ba_o9(c, s):
    return ("Chi tiết số phiếu tại Phụ lục V: " + "; ".join(f"{lab} – {s(r)}" for r, lab in _bl(s))
            + f"; cộng {s('total')} phiếu.")


def _ba_o10(c, s):
    return (f"Về điều tra xã hội học, {_org(c)} đã thu về {s('total')} phiếu hợp lệ, gồm "
            + _enum([f"{s(r)} phiếu {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_o11(c, s):
    return ("Công tác điều tra xã hội học được triển khai đồng bộ, trong đó "
            + _enum([f"{lab} trả lời {s(r)} phiếu" for r, lab in _bl(s)], "; ")
            + f"; tổng số phiếu hợp lệ đạt {s('total')}.")


@_approx
def _ba_o12(c, s):
    return (f"Có trên {s('total')} phiếu được sử dụng để tính điểm, trong đó "
            + "; ".join(f"{lab} trên {s(r)}" for r, lab in _bl(s)) + ".")


def _ba_p1(c, s):
    return (f"Phiếu khảo sát {_idx(c)} {c.Y}: {s('total')} phiếu ("
            + "; ".join(f"{lab} {s(r)}" for r, lab in _bl(s)) + "). #CaiCachHanhChinh")


@_approx
def _ba_p2(c, s):
    return (f"Hơn {s('total')} phiếu khảo sát\nTrong đó "
            + _enum([f"hơn {s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p3(c, s):
    return (f"Theo {_spk(c)}, có {s('total')} phiếu hợp lệ, trong đó "
            + _enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p4(c, s):
    return (f"Năm nay có {s('total')} phiếu khảo sát hợp lệ. "
            "Con số này gồm " + _enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p5(c, s):
    return ("Số phiếu:\n" + "\n".join(f"- {_cap(lab)}: {s(r)}" for r, lab in _bl(s))
            + f"\n- Tổng: {s('total')}")


@_approx
def _ba_p6(c, s):
    return (f"Số phiếu, làm tròn: {s('total')} – "
            + "; ".join(f"{lab} {s(r)}" for r, lab in _bl(s)) + ".")


def _ba_p7(c, s):
    return " + ".join(f"{s(r)} phiếu ({lab})" for r, lab in _bl(s)) + f" = {s('total')} phiếu."


def _ba_p8(c, s):
    return (f"(PV) – {s('total')} phiếu khảo sát đã được thu về, gồm "
            + _enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p9(c, s):
    return (f"Có bao nhiêu phiếu khảo sát? {s('total')}, gồm "
            + _enum([f"{lab} {s(r)} phiếu" for r, lab in _bl(s)], "; ") + ".")


@_approx
def _ba_p10(c, s):
    return (f"Có hơn {s('total')} lượt người được hỏi ý kiến, trong đó "
            + _enum([f"{lab} hơn {s(r)}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p11(c, s):
    return (f"Đáng chú ý, trong {s('total')} phiếu, "
            + _enum([f"{lab} chiếm {s(r)}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p12(c, s):
    (r0, lab0), rest = _bl(s)[0], _bl(s)[1:]
    return (f"Nếu {lab0} góp {s(r0)} phiếu thì "
            + _enum([f"{lab} góp {s(r)} phiếu" for r, lab in rest], "; ", "; còn ")
            + f"; tổng cộng {s('total')} phiếu.")


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
