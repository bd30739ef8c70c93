"""Loft phrasings: a twelfth set of sentences for `claim_text`, written blind to the extractor, its frames, its
misses and its benchmark output, and apart from the eleven sets before it (the attic set was read only enough to
learn the interface and the roles). It exists because the attic set, the blind measure until now, is being used to
diagnose the extractor: once a set's sentences or misses are read by whoever tunes the extractor, it no longer
measures reach on prose nobody has fitted to.

It imitates what auditors receive, reaching for what the earlier sets lack: "Hỏi: … / Đáp: …" interviews, news
headlines with their lede, quotes whose speaker is the head of a unit ("Giám đốc Sở Tư pháp", "Chủ tịch UBND
huyện …", "Bộ trưởng Bộ …") or the PAR office ("Vụ trưởng Vụ Cải cách hành chính"), a figure restated as "con số
này", passive orders ("được xác định cho", "được … vượt qua"), topicalised heads ("Riêng …", "Về thứ hạng, …"),
conditionals ("Nếu … thì …"), tables told in prose ("dòng “Trung bình”", "cột “Xếp loại”"), "+" and "–" lines,
enumerations across sentences, lists joined by "cùng với", " – " or semicolons only, numbers as words and with
leading zeros, decimal point and "điểm phần trăm", a statement split between two paragraphs, and press words
("về nhất", "đội sổ", "quán quân", "tin vui", "vượt ngưỡng").

Same interface as `claim_phrasings_attic.py`: fn(c, s) -> text, or (text, a sentence for another paragraph);
`s(role, fmt)` prints and records one figure (fmt letters: u unit, p decimal point, z leading zero, w / W number
word up to ten, v number word up to nineteen, + signed); `s.t(role, up, down)` the direction word of a signed
figure; `s.ml()` the member list. Every entry belongs to the "loft" set. Each kind states exactly the roles its
tuning phrasings state, each once; no other numeral is printed than years, band bounds, the threshold and the
scale's maximum, and no number word that is not a recorded figure. Words whose truth depends on the world
("nhiều hơn / ít hơn", "phần lớn", "tiếp tục dẫn đầu", "lên / xuống") are chosen from the world, never asserted
blindly; rounded ballots are printed only with "khoảng", "ước" or "làm tròn".

Do not tune the extractor against these sentences; read the benchmark's summary rows only.
"""

from __future__ import annotations

from samples.generator.claim_phrasings import _approx, _bl, _cap, _enum, _idx, _lx, _n, _names, _org, _prov, _tail, _ud


def _chief(u) -> str:
    """A unit named through the person who heads it; the unit's own name stays whole inside it."""
    if u.cat == "so":
        return f"Giám đốc {u.name}" if u.name.startswith("Sở ") else f"lãnh đạo {u.name}"
    if u.cat == "huyen":
        return f"Chủ tịch {u.name}"
    if u.cat == "bo":
        return f"Bộ trưởng {u.name}"
    if u.cat == "cqnb":
        return f"lãnh đạo {u.name}"
    if u.name.startswith("TP. "):
        return f"Chủ tịch UBND {u.name}"
    return f"Chủ tịch UBND {'thành phố' if u.cat == 'thanh_pho' else 'tỉnh'} {u.name}"


def _spk(c) -> str:
    """The PAR office's spokesperson at the announcement."""
    if _prov(c):
        return f"Trưởng phòng Cải cách hành chính, Sở Nội vụ {c.V.place}"
    return "Vụ trưởng Vụ Cải cách hành chính (Bộ Nội vụ)"


def _pm(s, role: str) -> str:
    """"+" or "-" before an integer figure (the "+" format letter signs decimals only)."""
    return s.t(role, "+", "-")


def _by_size(s):
    """The bands by count, most first, or None when two share a count (no order to tell)."""
    sizes = [s.big(r) for _, r in s.bands]
    if len(set(sizes)) != len(sizes):
        return None
    return sorted(s.bands, key=lambda br: -s.big(br[1]))


def _one(s) -> bool:
    return s.big("count") == 1


# ---------------------------------------------------------------- total (the lead)

TOTAL = {
    "official": [
        lambda c, s: (f"Thực hiện Kế hoạch cải cách hành chính năm {c.Y}, {c.V.ev} đã triển khai xác định Chỉ số "
                      f"CCHC tại {s('total')} {c.V.units}{_tail(c)}; kết quả cụ thể như sau."),
        lambda c, s: (f"Đánh giá chung: công tác xác định Chỉ số CCHC năm {c.Y} được thực hiện đồng bộ ở cả "
                      f"{s('total')} {c.V.cn}, bảo đảm đúng tiến độ."),
        lambda c, s: (f"Tự đánh giá, thẩm định, điều tra xã hội học – các khâu ấy đã được tiến hành với "
                      f"{s('total')} {c.V.units}{_tail(c)} trong năm {c.Y}."),
        lambda c, s: (f"Năm {c.Y}, {c.V.ev} nhận đủ báo cáo tự đánh giá của {s('total', 'v')} {c.V.units}"
                      f"{_tail(c)}, không có {c.V.one} nào chậm nộp."),
        lambda c, s: (f"Kỳ đánh giá năm {c.Y} (áp dụng cho {s('total')} {c.V.units}{_tail(c)}) đã kết thúc vào "
                      f"quý I năm {c.Y + 1}."),
        lambda c, s: (f"Sau khi thẩm định, {c.V.ev} thống nhất công nhận kết quả Chỉ số CCHC năm {c.Y} của "
                      f"{s('total')} {c.V.units}{_tail(c)}."),
        lambda c, s: (f"Số {c.V.units} được chấm điểm: {s('total', 'z')}; thời điểm chốt số liệu: ngày cuối cùng "
                      f"của năm {c.Y}."),
        lambda c, s: (f"Tính đến thời điểm tổng hợp, toàn bộ {s('total')} {c.V.units}{_tail(c)} đã hoàn thành việc "
                      f"tự đánh giá, chấm điểm năm {c.Y}."),
        lambda c, s: f"{c.V.Units}{_tail(c)} tham gia xác định Chỉ số CCHC năm {c.Y}: {s('total')}.",
        lambda c, s: (f"Cũng như các kỳ trước, Chỉ số CCHC năm {c.Y} được xác định cho {s('total')} {c.V.units}"
                      f"{_tail(c)} theo bộ tiêu chí thống nhất."),
        lambda c, s: f"Phạm vi báo cáo: {s('total')} {c.V.cn} ({c.V.coll}); kỳ đánh giá: năm {c.Y}.",
        lambda c, s: (f"Căn cứ hồ sơ tự đánh giá và kết quả điều tra xã hội học, {c.V.ev} đã chấm điểm đối với "
                      f"{s('total')} {c.V.units}{_tail(c)}, cụ thể tại các phần dưới đây."),
    ],
    "press": [
        lambda c, s: (f"Công bố xếp hạng cải cách hành chính năm {c.Y}: {s('total')} {c.V.cn} được “chấm điểm”\n"
                      f"Sáng nay, {_org(c)} đã công bố kết quả {_idx(c)} năm {c.Y}."),
        lambda c, s: (f"Hỏi: Năm nay bảng xếp hạng có bao nhiêu {c.V.cn}?\nĐáp: {s('total')} {c.V.units}"
                      f"{_tail(c)}, đúng như kế hoạch."),
        lambda c, s: (f"Chia sẻ với phóng viên, {_spk(c)} cho hay việc chấm điểm năm nay trải đều trên "
                      f"{s('total')} {c.V.units}{_tail(c)}."),
        lambda c, s: (f"Không {c.V.one} nào đứng ngoài cuộc: cả {s('total')} {c.V.units}{_tail(c)} đều có tên trên "
                      f"bảng điểm năm {c.Y}."),
        lambda c, s: (f"{_idx(c)} {c.Y} – điểm nhanh\n– Số {c.V.cn} được xếp hạng: {s('total')}\n– Cơ quan công "
                      f"bố: {_org(c)}"),
        lambda c, s: (f"Bảng xếp hạng {_idx(c)} năm {c.Y}, gồm {s('total')} {c.V.cn}, vừa được {_org(c)} công bố "
                      f"chiều qua."),
        lambda c, s: (f"{s('total', 'W')} {c.V.units}{_tail(c)} – đó là quy mô của cuộc “sát hạch” cải cách hành "
                      f"chính năm {c.Y}."),
        lambda c, s: (f"Đợt này, {_org(c)} rà soát, thẩm định hồ sơ của cả thảy {s('total')} {c.V.units}"
                      f"{_tail(c)}."),
        lambda c, s: (f"Như thường lệ, {_idx(c)} năm {c.Y} đo lường kết quả cải cách hành chính của {s('total')} "
                      f"{c.V.units}{_tail(c)}."),
        lambda c, s: (f"Theo thông cáo báo chí của {_org(c)}, {s('total')} {c.V.units}{_tail(c)} được xếp hạng "
                      f"năm {c.Y}."),
        lambda c, s: (f"Điểm số của {s('total')} {c.V.cn} – {c.V.coll} – đã chính thức được công khai."),
        lambda c, s: (f"Từ {s('total')} bộ hồ sơ tự chấm điểm của {c.V.coll}, {_org(c)} đã hoàn thiện bảng xếp "
                      f"hạng năm {c.Y}."),
    ],
}

# ---------------------------------------------------------------- average with the previous year


def _av_p9(c, s):
    return (f"Những con số đáng chú ý:\n– Bình quân {c.Y}: {s('avg', 'u')}\n– Bình quân {c.Y1}: {s('prev', 'u')}\n"
            f"– {_cap(_ud(s, 'delta'))}: {s('delta', 'u')}")


AVERAGE = {
    "official": [
        lambda c, s: (f"Giá trị trung bình Chỉ số CCHC năm {c.Y} dừng ở {s('avg', 'u')}, "
                      f"{s.t('delta', 'nhích lên', 'lùi lại')} {s('delta')}{c.dp} so với năm {c.Y1}, khi con số "
                      f"này là {s('prev', 'u')}."),
        lambda c, s: (f"Bình quân chung năm {c.Y1} là {s('prev', 'u')}; sang năm {c.Y}, bình quân chung đạt "
                      f"{s('avg', 'u')}. Mức {s.t('delta', 'cải thiện', 'sụt giảm')} tương ứng: {s('delta', 'u')}."),
        lambda c, s: (f"Kết quả đạt được: điểm trung bình {s('avg', 'u')} (năm {c.Y1}: {s('prev', 'u')}; "
                      f"{_ud(s, 'delta')} {s('delta', 'u')})."),
        lambda c, s: (f"Tại dòng “Trung bình” của bảng tổng hợp, năm {c.Y} ghi {s('avg', 'pu')}, năm {c.Y1} ghi "
                      f"{s('prev', 'pu')}, chênh lệch {s('delta', '+p')}{c.dp}."),
        lambda c, s: (f"Mức {s('avg', 'u')} được xác định là điểm trung bình năm {c.Y}; so với {s('prev', 'u')} của "
                      f"năm {c.Y1} thì {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"So sánh qua các năm, điểm trung bình đi từ {s('prev', 'u')} ({c.Y1}) đến {s('avg', 'u')} "
                      f"({c.Y}), tức là {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Báo cáo tại hội nghị, {_spk(c)} nêu rõ: “Năm {c.Y}, điểm trung bình là {s('avg', 'u')}; "
                      f"con số của năm {c.Y1} là {s('prev', 'u')}; chênh lệch {s('delta', 'u')} theo hướng "
                      f"{_ud(s, 'delta')}”."),
        lambda c, s: (f"Nhìn chung, mặt bằng Chỉ số CCHC năm {c.Y} {s.t('delta', 'được nâng lên', 'bị kéo xuống')} "
                      f"{s('delta')}{c.dp} so với năm trước.",
                      f"Số liệu chi tiết: điểm trung bình năm {c.Y} là {s('avg', 'u')}, năm {c.Y1} là "
                      f"{s('prev', 'u')}."),
        lambda c, s: (f"Riêng điểm trung bình, năm {c.Y} đạt {s('avg', 'u')}; năm {c.Y1}, {s('prev', 'u')}; hiệu "
                      f"số {s('delta', '+')}{c.dp}."),
        lambda c, s: (f"Điểm trung bình năm {c.Y} đạt {s('avg', 'u')}. Con số này "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} năm {c.Y1} {s('delta', 'u')}. Năm {c.Y1}, điểm trung "
                      f"bình là {s('prev', 'u')}."),
        lambda c, s: (f"Với {s('avg', 'u')}, Chỉ số CCHC trung bình năm {c.Y} "
                      f"{s.t('delta', 'đã vượt', 'chưa đạt lại')} mức {s('prev', 'u')} của năm {c.Y1}; phần chênh "
                      f"lệch là {s('delta')}{c.dp}."),
        lambda c, s: (f"Trung bình cộng Chỉ số CCHC của {c.V.coll_s} năm {c.Y} bằng {s('avg', 'pu')}, năm {c.Y1} "
                      f"bằng {s('prev', 'pu')}; {_ud(s, 'delta')} {s('delta', 'p')}{c.dp}."),
    ],
    "press": [
        lambda c, s: (f"{_idx(c)} {c.Y}: mặt bằng chung {s.t('delta', 'nhích lên', 'đi xuống')} "
                      f"{s('delta', 'u')}\nĐiểm bình quân năm nay là {s('avg', 'u')}, so với {s('prev', 'u')} năm "
                      f"{c.Y1}."),
        lambda c, s: (f"Hỏi: Điểm trung bình năm nay thế nào?\nĐáp: {s('avg', 'u')}, "
                      f"{s.t('delta', 'nhỉnh hơn', 'thấp hơn')} năm {c.Y1} ({s('prev', 'u')}) {s('delta')}{c.dp}."),
        lambda c, s: (f"“Bình quân năm nay là {s('avg', 'u')}, {_ud(s, 'delta')} {s('delta', 'u')} so với năm "
                      f"ngoái”, {_spk(c)} nói. Năm {c.Y1}, mức bình quân là {s('prev', 'u')}."),
        lambda c, s: (f"Từ {s('prev', 'u')} {_lx(s, 'delta')} {s('avg', 'u')}: điểm trung bình {_idx(c)} năm {c.Y} "
                      f"{_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Tính bình quân, mỗi {c.V.one} đạt {s('avg', 'u')}, {s.t('delta', 'cao hơn', 'thấp hơn')} năm "
                      f"trước ({s('prev', 'u')}) là {s('delta', 'u')}."),
        lambda c, s: (f"Số liệu biết nói: bình quân {s('avg', 'pu')} năm {c.Y}, {s('prev', 'pu')} năm {c.Y1}, "
                      f"{s('delta', '+p')}{c.dp}."),
        lambda c, s: (f"Năm {c.Y1} là {s('prev', 'u')}, năm nay là {s('avg', 'u')} – điểm trung bình vì thế "
                      f"{_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"So với năm ngoái, điểm trung bình {s.t('delta', 'khá hơn', 'kém đi')} {s('delta', 'u')}.",
                      f"Bình quân năm nay: {s('avg', 'u')} (năm ngoái: {s('prev', 'u')})."),
        _av_p9,
        lambda c, s: (f"Điểm trung bình – thước đo chung của cả bảng – đạt {s('avg', 'u')}, {_ud(s, 'delta')} "
                      f"{s('delta')}{c.dp} (năm {c.Y1}: {s('prev', 'u')})."),
        lambda c, s: (f"Bình quân năm nay {s('avg', 'u')}; năm {c.Y1}: {s('prev', 'u')}. Tức là {_ud(s, 'delta')} "
                      f"{s('delta', 'u')}."),
        lambda c, s: (f"Tựu trung, mặt bằng điểm năm {c.Y} là {s('avg', 'u')}, {s.t('delta', 'cao', 'thấp')} hơn năm "
                      f"{c.Y1} {s('delta', 'u')}; năm {c.Y1}, mặt bằng này ở mức {s('prev', 'u')}."),
    ],
}

# ---------------------------------------------------------------- a unit's change against last year


def _de_p8(c, s):
    return (f"Điểm danh {s.U.name}:\n– Năm nay: {s('cur', 'u')}\n– Năm {c.Y1}: {s('prev', 'u')}\n– Chênh lệch: "
            f"{s('delta', '+')}{c.dp}")


DELTA = {
    "official": [
        lambda c, s: (f"Năm {c.Y}, {s.U.name} đạt {s('cur', 'u')}; kết quả năm {c.Y1} của {c.V.this} là "
                      f"{s('prev', 'u')}, như vậy đã {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Kết quả của {s.U.name} {s.t('delta', 'có chuyển biến tích cực', 'chưa giữ được đà')}: "
                      f"{s('prev', 'u')} (năm {c.Y1}) và {s('cur', 'u')} (năm {c.Y}), chênh lệch {s('delta', 'u')}."),
        lambda c, s: (f"Được ghi nhận có mức {s.t('delta', 'tăng', 'giảm')} đáng kể là {s.U.name}: "
                      f"{s('delta', '+')}{c.dp} (năm {c.Y}: {s('cur', 'u')}; năm {c.Y1}: {s('prev', 'u')})."),
        lambda c, s: (f"Chỉ số CCHC năm {c.Y} của {s.U.name} là {s('cur', 'pu')}, năm {c.Y1} là {s('prev', 'pu')}, "
                      f"{_ud(s, 'delta')} {s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"Năm {c.Y}, điểm số của {s.U.name} {s.t('delta', 'nâng lên', 'hạ xuống')} {s('delta', 'u')}, "
                      f"đạt {s('cur', 'u')}; năm {c.Y1}, {c.V.this} có {s('prev', 'u')}."),
        lambda c, s: (f"Bên cạnh đó, {s.U.name} có Chỉ số CCHC năm {c.Y} đạt {s('cur', 'u')}, {_ud(s, 'delta')} "
                      f"{s('delta')}{c.dp} so với năm {c.Y1} ({s('prev', 'u')})."),
        lambda c, s: (f"Kết quả của {s.U.name} năm {c.Y} là {s('cur', 'u')}.",
                      f"Đáng lưu ý, so với năm {c.Y1} (đạt {s('prev', 'u')}), {s.U.name} đã {_ud(s, 'delta')} "
                      f"{s('delta')}{c.dp}."),
        lambda c, s: (f"{s.U.name} (năm {c.Y}: {s('cur', 'u')}; năm {c.Y1}: {s('prev', 'u')}) là {c.V.one} có Chỉ "
                      f"số CCHC {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')}."),
        lambda c, s: (f"Tại buổi làm việc, {_chief(s.U)} nêu: “Năm {c.Y} chúng tôi đạt {s('cur', 'u')}, "
                      f"{_ud(s, 'delta')} {s('delta', 'u')} so với mức {s('prev', 'u')} của năm {c.Y1}”."),
        lambda c, s: (f"Ghi nhận tại {s.U.name} cho thấy Chỉ số CCHC năm {c.Y} ({s('cur', 'u')}), so với kết quả năm "
                      f"{c.Y1} ({s('prev', 'u')}), {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Điểm của {s.U.name}: {c.Y1} – {s('prev', 'pu')}, {c.Y} – {s('cur', 'pu')}, chênh "
                      f"{s('delta', '+p')}{c.dp}."),
        lambda c, s: (f"So với chính mình năm {c.Y1} ({s('prev', 'u')}), {s.U.name} năm {c.Y} đạt {s('cur', 'u')}, "
                      f"{_ud(s, 'delta')} {s('delta')}{c.dp}."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name} {s.t('delta', 'khởi sắc', 'chững lại')}: {s('delta', '+')}{c.dp}\nNăm nay "
                      f"{c.V.this} đạt {s('cur', 'u')}, trong khi năm {c.Y1} chỉ số là {s('prev', 'u')}."),
        lambda c, s: (f"Hỏi: {s.U.name} năm nay ra sao?\nĐáp: Đạt {s('cur', 'u')}, {_ud(s, 'delta')} "
                      f"{s('delta', 'u')} so với {s('prev', 'u')} năm ngoái."),
        lambda c, s: (f"“Từ {s('prev', 'u')}, năm nay chúng tôi đạt {s('cur', 'u')}”, {_chief(s.U)} chia sẻ, cho "
                      f"biết mức {_ud(s, 'delta')} là {s('delta')}{c.dp}."),
        lambda c, s: (f"Đáng chú ý có {s.U.name}: {s('cur', 'u')}, {s.t('delta', 'cao hơn', 'thấp hơn')} năm ngoái "
                      f"{s('delta', 'u')}. Năm ngoái, {c.V.this} dừng ở {s('prev', 'u')}."),
        lambda c, s: (f"{s('delta', '+')}{c.dp} – đó là mức biến động của {s.U.name} ({s('prev', 'u')} năm {c.Y1}; "
                      f"{s('cur', 'u')} năm {c.Y})."),
        lambda c, s: (f"Năm nay {s.U.name} ghi {s('cur', 'pu')}, năm ngoái {s('prev', 'pu')}; {_ud(s, 'delta')} "
                      f"{s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"{s.U.name} {s.t('delta', 'tiến bộ', 'đi lùi')} {s('delta', 'u')} so với năm ngoái.",
                      f"Theo bảng điểm, {s.U.name} đạt {s('cur', 'u')} năm nay, năm {c.Y1} đạt {s('prev', 'u')}."),
        _de_p8,
        lambda c, s: (f"Qua năm {c.Y}, {s.U.name} {_ud(s, 'delta')} {s('delta', 'u')}, từ {s('prev', 'u')} "
                      f"{_lx(s, 'delta')} {s('cur', 'u')}."),
        lambda c, s: (f"Với {s('cur', 'u')} (so với {s('prev', 'u')} năm trước), {s.U.name} "
                      f"{s.t('delta', 'cải thiện', 'sụt')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Điểm của {s.U.name} năm ngoái là {s('prev', 'u')}. Năm nay: {s('cur', 'u')}. Mức "
                      f"{s.t('delta', 'tăng', 'giảm')}: {s('delta', 'u')}."),
        lambda c, s: (f"{s.t('delta', 'Tin vui', 'Tin buồn')} đến từ {s.U.name}: {s('cur', 'u')}, {_ud(s, 'delta')} "
                      f"{s('delta', 'u')} so với mức {s('prev', 'u')} năm {c.Y1}."),
    ],
}

# ---------------------------------------------------------------- highest / lowest

HIGHEST = {
    "official": [
        lambda c, s: f"Dẫn đầu {c.V.coll} năm {c.Y} là {s.T.name} ({s('top', 'u')}).",
        lambda c, s: f"Kết quả cao nhất thuộc về {s.T.name}, đạt {s('top', 'pu')}.",
        lambda c, s: (f"Biểu dương {s.T.name} – {c.V.one} xếp vị trí dẫn đầu với Chỉ số CCHC đạt "
                      f"{s('top', 'u')}."),
        lambda c, s: (f"Vị trí đầu bảng năm {c.Y} "
                      f"{'tiếp tục thuộc về' if s.T.prev_rank == 1 else 'đã đổi chủ, thuộc về'} {s.T.name} "
                      f"({s('top', 'u')})."),
        lambda c, s: f"Điểm cao nhất: {s('top', 'u')} ({s.T.name}).",
        lambda c, s: f"Nổi bật là {s.T.name} với tổng điểm đạt {s('top', 'u')}, cao nhất {c.V.where}.",
        lambda c, s: (f"Đề nghị khen thưởng {s.T.name}, {c.V.one} đạt Chỉ số CCHC cao nhất năm {c.Y} "
                      f"({s('top', 'u')})."),
        lambda c, s: f"Trong bảng tổng hợp, hàng trên cùng là {s.T.name}: {s('top', 'u')}.",
        lambda c, s: f"Xếp hạng cao nhất là {s.T.name}; điểm đạt được {s('top', 'u')}.",
        lambda c, s: f"Với {s('top', 'u')}, {s.T.name} xếp đầu trong {c.V.coll}.",
        lambda c, s: f"Chỉ số CCHC năm {c.Y} của {s.T.name} ({s('top', 'u')}) là cao nhất.",
        lambda c, s: f"{c.V.Cn} dẫn đầu: {s.T.name}. Điểm số: {s('top', 'u')}.",
    ],
    "press": [
        lambda c, s: (f"{s.T.name} về nhất với {s('top', 'u')}\n{_org(c)} vừa công bố kết quả {_idx(c)} "
                      f"{c.Y}."),
        lambda c, s: f"Hỏi: Ai đứng đầu năm nay?\nĐáp: {s.T.name}, {s('top', 'u')}.",
        lambda c, s: (f"“Đạt {s('top', 'u')} và đứng đầu là kết quả của cả quá trình”, {_chief(s.T)} nói với phóng "
                      f"viên."),
        lambda c, s: f"Ngôi đầu gọi tên {s.T.name} ({s('top', 'pu')}).",
        lambda c, s: (f"{s.T.name} {'tiếp tục' if s.T.prev_rank == 1 else 'vượt lên'} dẫn đầu, điểm số "
                      f"{s('top', 'u')}."),
        lambda c, s: f"Cao nhất bảng: {s.T.name} – {s('top', 'u')}.",
        lambda c, s: f"Quán quân năm nay là {s.T.name} với {s('top', 'u')}.",
        lambda c, s: f"Đỉnh bảng xếp hạng: {s.T.name} với {s('top', 'u')}.",
        lambda c, s: f"{s('top', 'u')}! Đó là điểm số giúp {s.T.name} đứng đầu {_idx(c)} {c.Y}.",
        lambda c, s: f"Trên cùng bảng xếp hạng là {s.T.name}, {s('top', 'u')}.",
        lambda c, s: f"Theo kết quả công bố, {s.T.name} giành vị trí dẫn đầu, đạt {s('top', 'u')}.",
        lambda c, s: f"{s.T.name}: {s('top', 'u')}, xếp đầu {c.V.where}.",
    ],
}

LOWEST = {
    "official": [
        lambda c, s: f"Xếp cuối {c.V.coll} năm {c.Y} là {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: f"Kết quả thấp nhất thuộc về {s.B.name}, đạt {s('bot', 'pu')}.",
        lambda c, s: (f"Yêu cầu {s.B.name}, {c.V.one} có Chỉ số CCHC thấp nhất ({s('bot', 'u')}), xây dựng kế "
                      f"hoạch khắc phục hạn chế."),
        lambda c, s: (f"Vị trí cuối bảng năm {c.Y} "
                      f"{'vẫn là' if s.B.prev_rank == len(c.world.units) else 'thuộc về'} {s.B.name} "
                      f"({s('bot', 'u')})."),
        lambda c, s: f"Điểm thấp nhất: {s('bot', 'u')} ({s.B.name}).",
        lambda c, s: f"Tồn tại: {s.B.name} có tổng điểm đạt {s('bot', 'u')}, thấp nhất {c.V.where}.",
        lambda c, s: (f"Đề nghị {_chief(s.B)} giải trình việc {c.V.this} đứng cuối bảng xếp hạng năm {c.Y} "
                      f"({s('bot', 'u')})."),
        lambda c, s: f"Trong bảng tổng hợp, hàng cuối cùng là {s.B.name}: {s('bot', 'u')}.",
        lambda c, s: f"Xếp hạng thấp nhất là {s.B.name}; điểm đạt được {s('bot', 'u')}.",
        lambda c, s: f"Với {s('bot', 'u')}, {s.B.name} xếp cuối trong {c.V.coll}.",
        lambda c, s: f"Chỉ số CCHC năm {c.Y} của {s.B.name} ({s('bot', 'u')}) là thấp nhất.",
        lambda c, s: f"{c.V.Cn} xếp cuối: {s.B.name}. Điểm số: {s('bot', 'u')}.",
    ],
    "press": [
        lambda c, s: (f"{s.B.name} “đội sổ” với {s('bot', 'u')}\n{_org(c)} vừa công bố kết quả {_idx(c)} "
                      f"{c.Y}."),
        lambda c, s: f"Hỏi: Ai đứng cuối năm nay?\nĐáp: {s.B.name}, {s('bot', 'u')}.",
        lambda c, s: (f"“Kết quả {s('bot', 'u')}, đứng cuối bảng, là bài học lớn”, {_chief(s.B)} thẳng thắn nhìn "
                      f"nhận."),
        lambda c, s: f"Cuối bảng gọi tên {s.B.name} ({s('bot', 'pu')}).",
        lambda c, s: (f"{s.B.name} "
                      f"{'vẫn chưa thoát khỏi' if s.B.prev_rank == len(c.world.units) else 'rơi vào'} vị trí "
                      f"cuối bảng, điểm số {s('bot', 'u')}."),
        lambda c, s: f"Thấp nhất bảng: {s.B.name} – {s('bot', 'u')}.",
        lambda c, s: f"Đứng chót năm nay là {s.B.name} với {s('bot', 'u')}.",
        lambda c, s: f"Ở vị trí chót bảng: {s.B.name} với {s('bot', 'u')}.",
        lambda c, s: f"{s('bot', 'u')} – đó là điểm số khiến {s.B.name} xếp cuối {_idx(c)} {c.Y}.",
        lambda c, s: f"Dưới cùng bảng xếp hạng là {s.B.name}, {s('bot', 'u')}.",
        lambda c, s: f"Theo kết quả công bố, {s.B.name} xếp cuối, chỉ đạt {s('bot', 'u')}.",
        lambda c, s: f"{s.B.name}: {s('bot', 'u')}, thấp nhất {c.V.where}.",
    ],
}

# ---------------------------------------------------------------- gap between first and last

GAP = {
    "official": [
        lambda c, s: (f"Chênh lệch giữa {c.V.one} cao nhất ({s.T.name}) và thấp nhất ({s.B.name}) năm {c.Y} là "
                      f"{s('gap', 'u')}."),
        lambda c, s: (f"Khoảng cách điểm số giữa {s.T.name} và {s.B.name} – {c.V.one} đứng đầu và {c.V.one} đứng "
                      f"cuối – là {s('gap')}{c.dp}."),
        lambda c, s: (f"Điểm số giữa các {c.V.cn} còn chênh lệch: đầu bảng và cuối bảng cách nhau "
                      f"{s('gap', 'u')}."),
        lambda c, s: (f"{s.T.name} hơn {s.B.name} {s('gap', 'pu')} – đây là khoảng cách lớn nhất trong bảng xếp "
                      f"hạng năm {c.Y}."),
        lambda c, s: (f"Tồn tại: khoảng cách giữa {c.V.one} cao nhất và {c.V.one} thấp nhất còn ở mức "
                      f"{s('gap', 'u')}."),
        lambda c, s: f"Từ {s.B.name} đến {s.T.name}, biên độ điểm là {s('gap')}{c.dp}.",
        lambda c, s: f"Nếu so {s.B.name} với {s.T.name} thì điểm số chênh nhau {s('gap', 'u')}.",
        lambda c, s: (f"Độ rộng thực tế của thang điểm (cao nhất – thấp nhất) năm {c.Y}: {s('gap', 'u')}."),
        lambda c, s: f"{s.B.name} còn kém {c.V.one} dẫn đầu ({s.T.name}) {s('gap')}{c.dp}.",
        lambda c, s: (f"Mức chênh đầu – cuối năm {c.Y} ({s.T.name} so với {s.B.name}) là {s('gap', 'u')}."),
        lambda c, s: (f"Khoảng cách {s('gap', 'u')} được xác định giữa kết quả của {s.T.name} và kết quả của "
                      f"{s.B.name}."),
        lambda c, s: (f"Giữa {s.T.name} (đầu bảng) và {s.B.name} (cuối bảng) có độ chênh {s('gap')}{c.dp}."),
    ],
    "press": [
        lambda c, s: f"“Quán quân” {s.T.name} bỏ xa {s.B.name} {s('gap', 'u')}.",
        lambda c, s: (f"Hỏi: Đầu bảng và cuối bảng cách nhau bao xa?\nĐáp: {s('gap')}{c.dp}, giữa {s.T.name} và "
                      f"{s.B.name}."),
        lambda c, s: (f"“Khoảng cách {s('gap', 'u')} giữa {c.V.one} đứng đầu và {c.V.one} đứng cuối là điều phải "
                      f"suy nghĩ”, {_spk(c)} nói."),
        lambda c, s: f"Bảng điểm năm nay trải rộng {s('gap', 'u')} từ trên xuống dưới.",
        lambda c, s: f"{s.T.name} và {s.B.name} cách biệt {s('gap', 'pu')}.",
        lambda c, s: f"Cách {s.T.name} tới {s('gap')}{c.dp} là {s.B.name} ở cuối bảng.",
        lambda c, s: f"Chênh lệch đầu – cuối: {s('gap', 'u')}.",
        lambda c, s: f"{s.B.name} thua {s.T.name} tới {s('gap', 'u')}.",
        lambda c, s: (f"Điểm số của {c.V.one} đứng đầu cao hơn {c.V.one} đứng chót {s('gap')}{c.dp}."),
        lambda c, s: f"Đáng nói, độ vênh giữa đầu và cuối bảng lên tới {s('gap', 'u')}.",
        lambda c, s: f"{s('gap', 'u')}: đó là quãng cách từ {s.B.name} lên {s.T.name}.",
        lambda c, s: (f"Bên cạnh đó, {s.T.name} (cao nhất) và {s.B.name} (thấp nhất) chênh nhau "
                      f"{s('gap', 'u')}."),
    ],
}

# ---------------------------------------------------------------- two units compared

COMPARISON = {
    "official": [
        lambda c, s: (f"{s.A.name} đạt {s('a', 'u')}, cao hơn {s.B.name} ({s('b', 'u')}) là {s('diff')}{c.dp}."),
        lambda c, s: (f"Cùng kỳ đánh giá, điểm số của {s.A.name} và {s.B.name} lần lượt là {s('a', 'u')}, "
                      f"{s('b', 'u')}; chênh lệch {s('diff', 'u')}."),
        lambda c, s: (f"Chênh {s('diff', 'u')} là khoảng cách giữa {s.A.name} ({s('a', 'u')}) với {s.B.name} "
                      f"({s('b', 'u')})."),
        lambda c, s: (f"Kết quả của {s.B.name} ({s('b', 'pu')}) thấp hơn {s.A.name} ({s('a', 'pu')}) "
                      f"{s('diff', 'p')}{c.dp}."),
        lambda c, s: (f"Khi so sánh {s.A.name} với {s.B.name}, {s.A.name} cao hơn {s('diff', 'u')}: {s('a', 'u')} "
                      f"so với {s('b', 'u')}."),
        lambda c, s: (f"{s.B.name} có điểm thấp hơn {s.A.name} {s('diff')}{c.dp}.",
                      f"Đối chiếu: {s.A.name} {s('a', 'u')}; {s.B.name} {s('b', 'u')}."),
        lambda c, s: (f"Đặt trong tương quan với {s.B.name} ({s('b', 'u')}), điểm số {s('a', 'u')} của {s.A.name} "
                      f"cao hơn {s('diff', 'u')}."),
        lambda c, s: (f"{s.A.name} ({s('a', 'u')}) và {s.B.name} ({s('b', 'u')}): chênh lệch "
                      f"{s('diff', '+')}{c.dp} nghiêng về {s.A.name}."),
        lambda c, s: (f"Nếu {s.A.name} đạt {s('a', 'u')} thì {s.B.name} đạt {s('b', 'u')}, thấp hơn "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: (f"Tại cuộc họp, {_chief(s.B)} được yêu cầu làm rõ vì sao điểm của {c.V.this} "
                      f"({s('b', 'u')}) thấp hơn {s.A.name} ({s('a', 'u')}) tới {s('diff', 'u')}."),
        lambda c, s: (f"So sánh cặp: {s.A.name} – {s('a', 'u')}, {s.B.name} – {s('b', 'u')}, cách biệt "
                      f"{s('diff', 'u')}."),
        lambda c, s: (f"{s.A.name} vượt {s.B.name} với khoảng cách {s('diff')}{c.dp} ({s('a', 'u')} và "
                      f"{s('b', 'u')} theo thứ tự)."),
    ],
    "press": [
        lambda c, s: (f"{s.A.name} hơn {s.B.name} {s('diff', 'u')}\nBảng điểm cho thấy {s.A.name} đạt "
                      f"{s('a', 'u')}, còn {s.B.name} dừng ở {s('b', 'u')}."),
        lambda c, s: (f"Hỏi: Giữa {s.A.name} và {s.B.name}, ai cao điểm hơn?\nĐáp: {s.A.name} với {s('a', 'u')}, so "
                      f"với {s('b', 'u')} của {s.B.name} – hơn {s('diff', 'u')}."),
        lambda c, s: (f"“Chúng tôi đạt {s('b', 'u')}, thấp hơn {s.A.name} ({s('a', 'u')}) {s('diff', 'u')}”, "
                      f"{_chief(s.B)} thừa nhận."),
        lambda c, s: f"{s.A.name} {s('a', 'u')}, {s.B.name} {s('b', 'u')}: chênh {s('diff', 'u')}.",
        lambda c, s: (f"Khoảng cách giữa {s.A.name} và {s.B.name} là {s('diff', 'pu')} ({s('a', 'pu')} so với "
                      f"{s('b', 'pu')})."),
        lambda c, s: (f"Điểm của {s.B.name} ({s('b', 'u')}) kém {s.A.name} ({s('a', 'u')}) {s('diff')}{c.dp}."),
        lambda c, s: (f"Xếp trên {s.B.name}, {s.A.name} có {s('a', 'u')}, nhiều hơn {s('diff', 'u')}; {s.B.name} "
                      f"có {s('b', 'u')}."),
        lambda c, s: (f"{s.A.name} vượt {s.B.name} {s('diff', 'u')}.",
                      f"Điểm số: {s.A.name} {s('a', 'u')}, {s.B.name} {s('b', 'u')}."),
        lambda c, s: (f"Với {s('a', 'u')}, {s.A.name} xếp trên {s.B.name} ({s('b', 'u')}); cách biệt là "
                      f"{s('diff', 'u')}."),
        lambda c, s: (f"So kè {s.A.name} – {s.B.name}: {s('a', 'u')} đấu {s('b', 'u')}, phần hơn "
                      f"{s('diff', 'u')} thuộc về {s.A.name}."),
        lambda c, s: (f"{s.B.name} ({s('b', 'u')}) còn thua {s.A.name} ({s('a', 'u')}) {s('diff', 'u')}."),
        lambda c, s: (f"Điểm của {s.A.name} là {s('a', 'u')}; của {s.B.name}, {s('b', 'u')}. Chênh nhau "
                      f"{s('diff', 'u')}."),
    ],
}

# ---------------------------------------------------------------- counts per band


def _bc_o1(c, s):
    return "Theo kết quả xếp loại, " + _enum([f"{b.grp} có {s(r)} {c.V.cn}" for b, r in s.bands]) + "."


def _bc_o2(c, s):
    return ("Cột “Xếp loại” trong bảng tổng hợp cho kết quả: "
            + ", ".join(f"“{b.title}” – {s(r)} {c.V.cn}" for b, r in s.bands) + ".")


def _bc_o3(c, s):
    return " ".join(f"Mức “{b.title}”: {s(r)} {c.V.cn}." for b, r in s.bands)


def _bc_o4(c, s):
    return (f"Cơ cấu xếp loại của {s('total')} {c.V.cn} như sau: "
            + "; ".join(f"{b.grp} {s(r)}" for b, r in s.bands) + ".")


def _bc_o5(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    text = f"Kết quả: {s(r0, 'v')} {c.V.cn} {b0.inb}"
    for b, r in rest[:-1]:
        text += f"; {s(r, 'v')} {c.V.cn} {b.inb}"
    b, r = rest[-1]
    return text + f"; còn lại {s(r, 'v')} {c.V.cn} {b.inb}."


def _bc_o6(c, s):
    return f"Năm {c.Y}, " + _enum([f"{s(r)} {c.V.cn} {b.inb} ({b.span})" for b, r in s.bands], "; ") + "."


def _bc_o7(c, s):
    return "; ".join(f"{b.Grp if i == 0 else b.grp} được xác định cho {s(r)} {c.V.cn}"
                     for i, (b, r) in enumerate(s.bands)) + "."


def _bc_o8(c, s):
    items = [f"{b.grp} {s(r)} {c.V.cn}" for b, r in s.bands]
    return "Số lượng theo từng mức – " + ", ".join(items[:-1]) + "; " + items[-1] + "."


def _bc_o9(c, s):
    return ("; ".join(f"{b.Grp if i == 0 else b.grp}: {s(r, 'z')} {c.V.cn}" for i, (b, r) in enumerate(s.bands))
            + f" (tổng cộng {s('total')}).")


def _bc_o10(c, s):
    order = _by_size(s)
    if order is None:
        return "Phân bố theo mức xếp loại: " + ", ".join(f"{b.grp} – {s(r)}" for b, r in s.bands) + "."
    (b1, r1), rest = order[0], order[1:]
    return (f"{b1.Grp} có số lượng lớn nhất ({s(r1)} {c.V.cn}); tiếp theo là "
            + _enum([f"{b.grp} ({s(r)})" for b, r in rest]) + ".")


def _bc_o11(c, s):
    items = _enum([f"{b.grp} {s(r)} {c.V.cn}" for b, r in s.bands], "; ")
    if not s.zero:
        return f"Các mức xếp loại năm {c.Y}: {items}."
    return "".join(f"Không có {c.V.cn} nào {b.inb}. " for b in s.zero) + f"Các mức còn lại: {items}."


def _bc_o12(c, s):
    return "Tổng hợp xếp loại:\n" + "\n".join(f"+ {b.title}: {s(r)} {c.V.cn};" for b, r in s.bands)[:-1] + "."


def _bc_p1(c, s):
    return (f"{_idx(c)} {c.Y}: ai ở mức nào?\n" + " ".join(f"{b.Grp}: {s(r)} {c.V.cn}." for b, r in s.bands))


def _bc_p2(c, s):
    return ("Hỏi: Các mức xếp loại năm nay có bao nhiêu gương mặt?\nĐáp: "
            + _cap(_enum([f"{b.grp} {s(r)}" for b, r in s.bands], "; ")) + ".")


def _bc_p3(c, s):
    return f"{_spk(c)} thông tin: " + _enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands]) + "."


def _bc_p4(c, s):
    return "Phân bố năm nay:\n" + "\n".join(f"– {b.title}: {s(r)}" for b, r in s.bands)


def _bc_p5(c, s):
    return "Cụ thể, " + _enum([f"{s(r, 'v')} {c.V.cn} {b.inb}" for b, r in s.bands]) + "."


def _bc_p6(c, s):
    order = _by_size(s)
    if order is None:
        return "Ở các mức: " + "; ".join(f"{b.grp} có {s(r)}" for b, r in s.bands) + "."
    (b1, r1), (bl, rl) = order[0], order[-1]
    mid = order[1:-1]
    text = f"Nhiều nhất là {b1.grp} ({s(r1)} {c.V.cn})"
    if mid:
        text += ", kế đến " + _enum([f"{b.grp} ({s(r)})" for b, r in mid])
    return text + f"; ít nhất là {bl.grp} ({s(rl)})."


def _bc_p7(c, s):
    return "Xếp loại năm nay: " + ", ".join(f"{b.title} {s(r)}" for b, r in s.bands) + f" (tính theo số {c.V.cn})."


def _bc_p8(c, s):
    none = "".join(f" {b.Grp} năm nay không có {c.V.cn} nào." for b in s.zero)
    return _cap(_enum([f"{b.grp} đón {s(r)} {c.V.cn}" for b, r in s.bands], "; ")) + "." + none


def _bc_p9(c, s):
    return " ".join(f"Ở {b.grp}, có {s(r)} {c.V.cn}." for b, r in s.bands)


def _bc_p10(c, s):
    return f"Trong {s('total')} {c.V.cn}, " + _enum([f"{s(r)} {b.inb}" for b, r in s.bands]) + "."


def _bc_p11(c, s):
    return "Bảng điểm chia ra: " + "; ".join(f"{b.grp} ({s(r)})" for b, r in s.bands) + "."


def _bc_p12(c, s):
    top = max(s.bands, key=lambda br: s.big(br[1]))
    total = sum(s.big(r) for _, r in s.bands)
    if 2 * s.big(top[1]) > total:
        b0, r0 = top
        rest = [(b, r) for b, r in s.bands if r != r0]
        return (f"Phần lớn {c.V.cn} {b0.inb} ({s(r0)}); ngoài ra "
                + _enum([f"{b.grp} có {s(r)}" for b, r in rest]) + ".")
    return "Không mức nào áp đảo: " + ", ".join(f"{b.grp} {s(r)}" for b, r in s.bands) + f" {c.V.cn}."


BAND_COUNTS = {
    "official": [_bc_o1, _bc_o2, _bc_o3, _bc_o4, _bc_o5, _bc_o6, _bc_o7, _bc_o8, _bc_o9, _bc_o10, _bc_o11, _bc_o12],
    "press": [_bc_p1, _bc_p2, _bc_p3, _bc_p4, _bc_p5, _bc_p6, _bc_p7, _bc_p8, _bc_p9, _bc_p10, _bc_p11, _bc_p12],
}

# ---------------------------------------------------------------- a band's count with its member list


def _bm_o4(c, s):
    names = _names(c, s)
    lines = [f"- {n};" for n in names[:-1]] + [f"- {names[-1]}."]
    return f"Danh sách {c.V.cn} {s.b.inb} ({s('count')} {c.V.cn}):\n" + "\n".join(lines)


def _bm_o9(c, s):
    if _one(s):
        return f"Có {s('count', 'v')} {c.V.cn} {s.b.inb}, đó là {s.ml()}."
    return f"Có {s('count', 'v')} {c.V.cn} {s.b.inb}, đó là {s.ml('semi')}."


def _bm_o10(c, s):
    names = _names(c, s)
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " cùng với " + names[-1]
    return f"{s.b.Grp} năm {c.Y} ({s('count')} {c.V.cn}) gồm: {listed}."


def _bm_p3(c, s):
    if _one(s):
        return f"“{s.ml()} là {c.V.cn} duy nhất {s.b.inb} năm nay”, {_spk(c)} công bố (số lượng: {s('count')})."
    return (f"“{s.ml()} là những {c.V.cn} {s.b.inb} năm nay”, {_spk(c)} công bố, tổng cộng {s('count')} "
            f"{c.V.cn}.")


def _bm_p4(c, s):
    return f"Gọi tên {s.b.grp} ({s('count', 'z')}):\n" + "\n".join(f"– {n}" for n in _names(c, s))


def _bm_p7(c, s):
    if _one(s):
        return f"{s.b.Grp} năm nay đón {s('count')} {c.V.cn}: {s.ml()}."
    return f"{s.b.Grp} năm nay đón {s('count')} {c.V.cn}, lần lượt là {s.ml()}."


def _bm_p8(c, s):
    if _one(s):
        return (f"Có {s('count')} cái tên {s.b.inb}.", f"{_cap(c.V.cn)} {s.b.inb} năm nay: {s.ml()}.")
    return (f"Có {s('count')} cái tên {s.b.inb}.", f"Các {c.V.cn} {s.b.inb} năm nay: {s.ml('comma')}.")


def _bm_p10(c, s):
    return f"Danh sách {s.b.grp} ({s('count')}): " + " – ".join(_names(c, s)) + "."


BAND_MEMBERS = {
    "official": [
        lambda c, s: f"{s.b.Grp} gồm {s('count')} {c.V.cn}, cụ thể: {s.ml()}.",
        lambda c, s: f"Các {c.V.cn} {s.b.inb} là: {s.ml('semi')} (tổng số: {s('count', 'z')}).",
        lambda c, s: f"{s('count', 'W')} {c.V.cn} sau đây {s.b.inb}: {s.ml()}.",
        _bm_o4,
        lambda c, s: f"{s.b.Grp} ({s.b.span}) có {s('count')} {c.V.cn} là {s.ml('comma')}.",
        lambda c, s: f"{s.ml()} được xếp vào {s.b.grp}; số {c.V.cn} thuộc mức này là {s('count')}.",
        lambda c, s: (f"Số {c.V.cn} {s.b.inb}: {s('count')}.",
                      f"Danh sách {c.V.cn} {s.b.inb} gồm: {s.ml('mixed')}."),
        lambda c, s: f"Được xếp {s.b.grp} năm {c.Y} là {s.ml()} ({s('count')} {c.V.cn}).",
        _bm_o9,
        _bm_o10,
        lambda c, s: f"Riêng {s.b.grp}, danh sách gồm {s.ml()}, tổng cộng {s('count')} {c.V.cn}.",
        lambda c, s: f"Kết quả {s.b.inb} ({s('count')} {c.V.cn}): {s.ml('semi_only')}.",
    ],
    "press": [
        lambda c, s: f"{s('count')} {c.V.cn} {s.b.inb}\nĐó là {s.ml()}.",
        lambda c, s: f"Hỏi: {_cap(s.b.grp)} năm nay gồm những ai?\nĐáp: {s.ml()} – {s('count')} {c.V.cn}.",
        _bm_p3,
        _bm_p4,
        lambda c, s: f"{s.ml('semi')}: {s('count')} {c.V.cn} {s.b.inb}.",
        lambda c, s: f"Góp mặt ở {s.b.grp} có {s('count', 'v')} {c.V.cn}: {s.ml()}.",
        _bm_p7,
        _bm_p8,
        lambda c, s: f"{s.ml('comma')} – {s('count')} {c.V.cn} {s.b.inb} năm {c.Y}.",
        _bm_p10,
        lambda c, s: f"Mức “{s.b.title}” thuộc về {s('count')} {c.V.cn}: {s.ml('semi_only')}.",
        lambda c, s: f"Với {s.ml()}, {s.b.grp} năm {c.Y} có tổng cộng {s('count')} {c.V.cn}.",
    ],
}

# ---------------------------------------------------------------- how many at or above the threshold

THRESHOLD = {
    "official": [
        lambda c, s: (f"Năm {c.Y} có {s('thr')} {c.V.cn} đạt mục tiêu Chỉ số CCHC từ {c.thr} trở lên."),
        lambda c, s: f"Mục tiêu đạt từ {c.thr} trở lên được {s('thr')} {c.V.cn} hoàn thành.",
        lambda c, s: f"Có {s('thr', 'v')} {c.V.cn} có Chỉ số CCHC không thấp hơn mức {c.thr}.",
        lambda c, s: (f"Về chỉ tiêu “Chỉ số CCHC đạt từ {c.thr} trở lên”: kết quả {s('thr')} {c.V.cn}."),
        lambda c, s: f"{c.V.Cn} đạt từ {c.thr} trở lên: {s('thr', 'z')}.",
        lambda c, s: f"Tính từ mốc {c.thr} trở lên, có {s('thr')} {c.V.cn}.",
        lambda c, s: f"Số {c.V.cn} có điểm ở ngưỡng {c.thr} hoặc cao hơn: {s('thr')}.",
        lambda c, s: (f"Ở mức từ {c.thr} trở lên, danh sách gồm {s('thr')} {c.V.cn} (chi tiết tại Phụ lục kèm "
                      f"theo)."),
        lambda c, s: f"Ngưỡng {c.thr} đã được {s('thr')} {c.V.cn} vượt qua.",
        lambda c, s: f"Kết quả đáng ghi nhận là {s('thr')} {c.V.cn} đạt từ {c.thr} trở lên.",
        lambda c, s: f"Đạt và vượt {c.thr}: {s('thr')} {c.V.cn}.",
        lambda c, s: (f"Từ {c.thr} trở lên có {s('thr', 'v')} {c.V.cn}, đáp ứng yêu cầu của Kế hoạch cải cách hành "
                      f"chính năm {c.Y}."),
    ],
    "press": [
        lambda c, s: (f"{s('thr')} {c.V.cn} vượt ngưỡng {c.thr}\nKết quả {_idx(c)} {c.Y} vừa được {_org(c)} "
                      f"công bố."),
        lambda c, s: f"Hỏi: Có bao nhiêu {c.V.cn} đạt {c.thr} trở lên?\nĐáp: {s('thr')}.",
        lambda c, s: (f"“{s('thr', 'W')} {c.V.cn} đạt từ {c.thr} trở lên – đó là tín hiệu đáng mừng”, {_spk(c)} "
                      f"nhận định."),
        lambda c, s: f"Ngưỡng {c.thr} năm nay có {s('thr')} {c.V.cn} chạm tới.",
        lambda c, s: f"Vượt ngưỡng {c.thr}: {s('thr')} {c.V.cn}.",
        lambda c, s: f"Số {c.V.cn} có điểm từ {c.thr} trở lên năm nay là {s('thr')}.",
        lambda c, s: f"Đáng mừng, {s('thr')} {c.V.cn} đã vượt {c.thr}.",
        lambda c, s: f"Ở phân khúc từ {c.thr} trở lên có {s('thr', 'v')} {c.V.cn}.",
        lambda c, s: f"Trong bảng xếp hạng, {s('thr')} {c.V.cn} có điểm trên {c.thr}.",
        lambda c, s: f"Mốc {c.thr} được {s('thr')} {c.V.cn} vượt qua.",
        lambda c, s: f"Tổng số {c.V.cn} đạt từ {c.thr} trở lên năm {c.Y} là {s('thr')}, theo {_org(c)}.",
        lambda c, s: f"{_idx(c)} {c.Y}: {s('thr')} {c.V.cn} ở vùng điểm từ {c.thr} trở lên.",
    ],
}

# ---------------------------------------------------------------- N/total above the average

RATIO = {
    "official": [
        lambda c, s: f"Có {s('num')}/{s('den')} {c.V.cn} đạt Chỉ số CCHC trên mức trung bình.",
        lambda c, s: (f"Số {c.V.cn} có kết quả cao hơn giá trị trung bình là {s('num')} trên tổng số {s('den')} "
                      f"{c.V.cn}."),
        lambda c, s: f"Trên tổng số {s('den')} {c.V.cn}, có {s('num', 'v')} {c.V.cn} vượt mức trung bình chung.",
        lambda c, s: f"{s('num')} trong {s('den')} {c.V.cn} đạt điểm cao hơn điểm trung bình.",
        lambda c, s: f"Tỷ lệ {c.V.cn} vượt trung bình là {s('num')}/{s('den')}.",
        lambda c, s: (f"Tổng số {c.V.cn} được xếp hạng: {s('den')}.",
                      f"Số {c.V.cn} có điểm cao hơn trung bình: {s('num')}."),
        lambda c, s: (f"Trong {s('den')} {c.V.cn}, {s('num')} {c.V.cn} có Chỉ số CCHC nằm trên đường trung "
                      f"bình."),
        lambda c, s: (f"Kết quả trên trung bình được ghi nhận tại {s('num')} {c.V.cn} (so với tổng số {s('den')} "
                      f"{c.V.cn})."),
        lambda c, s: f"Đạt trên trung bình: {s('num')}/{s('den')} {c.V.cn}.",
        lambda c, s: (f"Có {s('num')} {c.V.cn}, trong tổng số {s('den')}, có điểm vượt điểm trung bình của "
                      f"{c.V.where}."),
        lambda c, s: (f"Xét tương quan với điểm trung bình, {s('num')} {c.V.cn} nằm phía trên, trên tổng số "
                      f"{s('den')}."),
        lambda c, s: (f"{s('num')} {c.V.cn} (trên tổng số {s('den')}) đạt kết quả cao hơn mức bình quân."),
    ],
    "press": [
        lambda c, s: (f"Trên trung bình: {s('num')} trong số {s('den')} {c.V.cn}\n{_org(c)} vừa công bố "
                      f"{_idx(c)} {c.Y}."),
        lambda c, s: (f"Hỏi: Bao nhiêu {c.V.cn} vượt điểm trung bình?\nĐáp: {s('num')}, trong tổng số "
                      f"{s('den')}."),
        lambda c, s: (f"“{s('num')} trong số {s('den')} {c.V.cn} có điểm cao hơn trung bình”, {_spk(c)} "
                      f"thông tin."),
        lambda c, s: f"Cứ {s('den')} {c.V.cn} thì có {s('num')} {c.V.cn} đạt điểm cao hơn trung bình.",
        lambda c, s: f"{s('num')} trên tổng số {s('den')} {c.V.cn} vượt điểm bình quân năm nay.",
        lambda c, s: f"Điểm trung bình năm nay được vượt qua bởi {s('num')}/{s('den')} {c.V.cn}.",
        lambda c, s: (f"Số {c.V.cn} trên trung bình đạt {s('num')}, trong khi cả bảng có {s('den')} "
                      f"{c.V.cn}."),
        lambda c, s: (f"Có {s('num', 'v')} {c.V.cn} trong tổng số {s('den')} nằm trên mức bình quân."),
        lambda c, s: (f"Bảng xếp hạng năm nay có {s('den')} {c.V.cn}.",
                      f"{s('num')} {c.V.cn} có điểm trên trung bình."),
        lambda c, s: f"Vượt mức trung bình là {s('num')} {c.V.cn} (tổng số: {s('den')}).",
        lambda c, s: f"Trên mặt bằng chung: {s('num')} {c.V.cn}; tổng số: {s('den')}.",
        lambda c, s: (f"{s('num')} {c.V.cn} – trong số {s('den')} {c.V.cn} được xếp hạng – có điểm cao hơn trung "
                      f"bình."),
    ],
}

# ---------------------------------------------------------------- a total and its parts


def _pt_p4(c, s):
    return (f"Bảng xếp hạng {c.Y}:\n– {_cap(_n(s, 0))}: {s('p0')}\n– {_cap(_n(s, 1))}: {s('p1')}\n– Cộng: "
            f"{s('total')} {c.V.cn}")


PARTS = {
    "official": [
        lambda c, s: (f"Đối tượng xác định Chỉ số CCHC năm {c.Y} là {s('total')} {c.V.cn}, trong đó có {s('p0')} "
                      f"{_n(s, 0)} và {s('p1')} {_n(s, 1)}."),
        lambda c, s: (f"{s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)} – tổng cộng {s('total')} {c.V.cn} – được đánh "
                      f"giá trong năm {c.Y}."),
        lambda c, s: (f"Cơ cấu đối tượng đánh giá: {_n(s, 0)}: {s('p0', 'z')}; {_n(s, 1)}: {s('p1', 'z')}; cộng: "
                      f"{s('total')}."),
        lambda c, s: (f"Năm {c.Y} đánh giá {s('total')} {c.V.cn}, gồm {_n(s, 0)} ({s('p0')}) và {_n(s, 1)} "
                      f"({s('p1')})."),
        lambda c, s: (f"Năm {c.Y} có {s('p0')} {_n(s, 0)} được xác định Chỉ số CCHC.",
                      f"Tổng số {c.V.cn} được đánh giá năm {c.Y} là {s('total')}, trong đó có {s('p1')} "
                      f"{_n(s, 1)}."),
        lambda c, s: (f"Khối {_n(s, 1)} có {s('p1')} {c.V.cn}, khối {_n(s, 0)} có {s('p0')} {c.V.cn}; tổng số "
                      f"{s('total')}."),
        lambda c, s: (f"Số {c.V.cn} được đánh giá ({s('total')}) bằng tổng của {s('p0')} {_n(s, 0)} và {s('p1')} "
                      f"{_n(s, 1)}."),
        lambda c, s: (f"Tổng số {s('total')} {c.V.cn}, chia theo loại hình: {_n(s, 0)} {s('p0')}; {_n(s, 1)} "
                      f"{s('p1')}."),
        lambda c, s: (f"Chỉ số CCHC năm {c.Y} được xác định đối với {s('p0', 'v')} {_n(s, 0)} và {s('p1', 'v')} "
                      f"{_n(s, 1)}, tổng cộng {s('total')} {c.V.cn}."),
        lambda c, s: (f"{s('total')} {c.V.cn} được đánh giá phân thành {s('p0')} {_n(s, 0)} và {s('p1')} "
                      f"{_n(s, 1)}."),
        lambda c, s: (f"Phạm vi đánh giá gồm {_n(s, 1)} (số lượng: {s('p1')}) và {_n(s, 0)} (số lượng: "
                      f"{s('p0')}); tổng: {s('total')} {c.V.cn}."),
        lambda c, s: (f"{_cap(_n(s, 0))}: {s('p0')}. {_cap(_n(s, 1))}: {s('p1')}. Tổng số {c.V.cn}: "
                      f"{s('total')}."),
    ],
    "press": [
        lambda c, s: (f"{s('total')} {c.V.cn} vào “cuộc đua” cải cách\nTrong đó có {s('p0')} {_n(s, 0)} và "
                      f"{s('p1')} {_n(s, 1)}."),
        lambda c, s: (f"Hỏi: Bảng xếp hạng năm nay có những ai?\nĐáp: {s('p0')} {_n(s, 0)}, {s('p1')} {_n(s, 1)}; "
                      f"cộng lại là {s('total')} {c.V.cn}."),
        lambda c, s: (f"Theo {_spk(c)}, bảng xếp hạng có {s('total')} {c.V.cn}: {s('p0')} {_n(s, 0)}, {s('p1')} "
                      f"{_n(s, 1)}."),
        _pt_p4,
        lambda c, s: (f"{s('p0')} {_n(s, 0)} cộng {s('p1')} {_n(s, 1)}: {s('total')} {c.V.cn} được chấm điểm năm "
                      f"nay."),
        lambda c, s: (f"Bảng xếp hạng {c.Y} quy tụ {s('total')} {c.V.cn} ({s('p0')} {_n(s, 0)}; {s('p1')} "
                      f"{_n(s, 1)})."),
        lambda c, s: (f"Trong số {s('total')} {c.V.cn}, có {s('p1', 'v')} {_n(s, 1)}, còn lại {s('p0')} là "
                      f"{_n(s, 0)}."),
        lambda c, s: (f"Tổng cộng có {s('total')} {c.V.cn} trong bảng xếp hạng.",
                      f"{_cap(_n(s, 0))} chiếm {s('p0')}, {_n(s, 1)} chiếm {s('p1')}."),
        lambda c, s: (f"Về thành phần, {_n(s, 0)} có {s('p0')}, {_n(s, 1)} có {s('p1')} – cộng lại "
                      f"{s('total')}."),
        lambda c, s: (f"{_cap(_n(s, 1))}: {s('p1')}; {_n(s, 0)}: {s('p0')} – tổng {s('total')} {c.V.cn} được xếp "
                      f"hạng."),
        lambda c, s: (f"Năm nay, {s('total')} {c.V.cn} – {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)} – được "
                      f"“chấm điểm”."),
        lambda c, s: (f"Có mặt trong bảng điểm là {s('p0')} {_n(s, 0)} cùng {s('p1')} {_n(s, 1)}, tổng số "
                      f"{s('total')} {c.V.cn}."),
    ],
}

# ---------------------------------------------------------------- a band's count against last year's


def _cc_p6(c, s):
    return (f"{s.b.Grp} qua các năm:\n– {c.Y1}: {s('prev')} {c.V.cn}\n– {c.Y}: {s('cur')} {c.V.cn}\n"
            f"– {_cap(_ud(s, 'chg'))}: {s('chg')}")


COUNT_CHANGE = {
    "official": [
        lambda c, s: (f"So với năm {c.Y1} ({s('prev')} {c.V.cn}), số {c.V.cn} {s.b.inb} năm {c.Y} "
                      f"{_ud(s, 'chg')} {s('chg')}, ở mức {s('cur')} {c.V.cn}."),
        lambda c, s: (f"{s.b.Grp} có {s('cur')} {c.V.cn}; năm {c.Y1}, {s.b.grp} có {s('prev')} {c.V.cn}; như vậy "
                      f"{s.t('chg', 'nhiều hơn', 'ít hơn')} {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Năm {c.Y}, {s('cur', 'v')} {c.V.cn} {s.b.inb} (năm {c.Y1}: {s('prev', 'v')} {c.V.cn}), "
                      f"{_ud(s, 'chg')} {s('chg', 'v')} {c.V.cn}."),
        lambda c, s: (f"Biến động về số {c.V.cn} {s.b.inb}: năm {c.Y1} – {s('prev')}, năm {c.Y} – {s('cur')}, "
                      f"{_ud(s, 'chg')} {s('chg')}."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} {_ud(s, 'chg')} {s('chg')} so với năm trước.",
                      f"Số liệu xếp loại: năm {c.Y} có {s('cur')} {c.V.cn} {s.b.inb}, năm {c.Y1} có {s('prev')} "
                      f"{c.V.cn}."),
        lambda c, s: (f"Nếu năm {c.Y1} có {s('prev')} {c.V.cn} {s.b.inb} thì năm {c.Y} con số này là {s('cur')}, "
                      f"{_ud(s, 'chg')} {s('chg')} {c.V.cn}."),
        lambda c, s: (f"{s.b.Grp} năm {c.Y}: {s('cur', 'z')} {c.V.cn} ({_ud(s, 'chg')} {s('chg', 'z')} so với "
                      f"{s('prev', 'z')} {c.V.cn} năm {c.Y1})."),
        lambda c, s: (f"Đáng chú ý, {s.b.grp} {s.t('chg', 'có thêm', 'bớt đi')} {s('chg')} {c.V.cn} so với năm "
                      f"{c.Y1}, từ {s('prev')} {_lx(s, 'chg')} {s('cur')}."),
        lambda c, s: (f"Số lượng {c.V.cn} {s.b.inb} được ghi nhận là {s('cur')} năm {c.Y} và {s('prev')} năm "
                      f"{c.Y1}; mức {_ud(s, 'chg')} là {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Về số {c.V.cn} {s.b.inb}, năm {c.Y} {s.t('chg', 'nhiều hơn', 'ít hơn')} năm {c.Y1} "
                      f"{s('chg')} {c.V.cn} ({s('cur')} so với {s('prev')})."),
        lambda c, s: (f"Năm {c.Y1}: {s('prev')} {c.V.cn} {s.b.inb}. Năm {c.Y}: {s('cur')} {c.V.cn}. Thay đổi: "
                      f"{_pm(s, 'chg')}{s('chg')}."),
        lambda c, s: (f"Bảng so sánh kết quả xếp loại cho thấy {s.b.grp} năm {c.Y} có {s('cur')} {c.V.cn}, năm "
                      f"{c.Y1} có {s('prev')} {c.V.cn}, tức {_ud(s, 'chg')} {s('chg')} {c.V.cn}."),
    ],
    "press": [
        lambda c, s: (f"{s.b.Grp}: {_ud(s, 'chg')} {s('chg')} {c.V.cn}\nNăm {c.Y1} có {s('prev')} {c.V.cn}, năm "
                      f"nay con số là {s('cur')}."),
        lambda c, s: (f"Hỏi: {s.b.Grp} năm nay đông hơn hay ít hơn năm ngoái?\nĐáp: "
                      f"{s.t('chg', 'Đông hơn', 'Ít hơn')} {s('chg')} {c.V.cn}: {s('cur')} so với {s('prev')}."),
        lambda c, s: (f"“{s.b.Grp} năm nay có {s('cur')} {c.V.cn}, năm ngoái {s('prev')}”, {_spk(c)} cho biết. Như "
                      f"vậy, {s.b.grp} {_ud(s, 'chg')} {s('chg')} {c.V.cn}."),
        lambda c, s: (f"{s('prev')} {c.V.cn} năm ngoái, {s('cur')} {c.V.cn} năm nay: {s.b.grp} "
                      f"{s.t('chg', 'có thêm', 'vắng bớt')} {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Năm ngoái có {s('prev', 'v')} {c.V.cn} {s.b.inb}; năm nay {s('cur', 'v')}; tức "
                      f"{_ud(s, 'chg')} {s('chg', 'v')} {c.V.cn}."),
        _cc_p6,
        lambda c, s: (f"{s.b.Grp} {s.t('chg', 'rộng cửa hơn', 'thưa thớt hơn')} năm ngoái: {_ud(s, 'chg')} "
                      f"{s('chg')} {c.V.cn}.",
                      f"Năm nay {s.b.grp} có {s('cur')} {c.V.cn}, năm {c.Y1} có {s('prev')}."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} năm nay ({s('cur')}) {s.t('chg', 'nhiều hơn', 'ít hơn')} năm ngoái "
                      f"({s('prev')}) {s('chg')} {c.V.cn}."),
        lambda c, s: (f"{s.b.Grp} năm {c.Y} có {s('cur')} cái tên, {_ud(s, 'chg')} {s('chg')} so với {s('prev')} của "
                      f"năm {c.Y1}."),
        lambda c, s: (f"Từ {s('prev')} {_lx(s, 'chg')} {s('cur')}: {s.b.grp} {s.t('chg', 'đông thêm', 'thưa đi')} "
                      f"{s('chg')} {c.V.cn}."),
        lambda c, s: (f"Đối chiếu với năm {c.Y1}, {s.b.grp} {_ud(s, 'chg')} {s('chg')} {c.V.cn} (từ {s('prev')} "
                      f"{_lx(s, 'chg')} {s('cur')})."),
        lambda c, s: (f"Con số {s('cur')} {c.V.cn} {s.b.inb} năm nay {s.t('chg', 'vượt', 'thấp hơn')} năm {c.Y1} "
                      f"({s('prev')}) {s('chg')} {c.V.cn}."),
    ],
}

# ---------------------------------------------------------------- a unit's rank against last year's


def _rk_o7(c, s):
    if s.t("move", True, False):
        return (f"Đề nghị {_chief(s.U)} phát huy kết quả tăng {s('move')} bậc (từ hạng {s('pr')} lên hạng "
                f"{s('r')}/{s('den')}).")
    return (f"Đề nghị {_chief(s.U)} khắc phục tình trạng tụt {s('move')} bậc (từ hạng {s('pr')} xuống hạng "
            f"{s('r')}/{s('den')}).")


def _rk_p8(c, s):
    return (f"Thứ hạng {s.U.name}\n– Năm nay: {s('r')}/{s('den')}\n– Năm ngoái: {s('pr')}\n"
            f"– {s.t('move', 'Tăng', 'Giảm')}: {s('move')} bậc")


RANK = {
    "official": [
        lambda c, s: (f"{s.U.name} xếp hạng {s('r')}/{s('den')}, {_ud(s, 'move')} {s('move')} bậc so với năm "
                      f"{c.Y1} (xếp hạng {s('pr')})."),
        lambda c, s: (f"Thứ hạng năm {c.Y} của {s.U.name}: {s('r')}/{s('den')}; so với vị trí {s('pr')} năm {c.Y1} "
                      f"thì {_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"{s.U.name} {s.t('move', 'vươn lên', 'tụt xuống')} vị trí {s('r')}/{s('den')} (năm {c.Y1} xếp "
                      f"thứ {s('pr')}), tương ứng {_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"So với năm {c.Y1} (vị trí thứ {s('pr')}), {s.U.name} năm {c.Y} đứng thứ {s('r')} trong "
                      f"{s('den')} {c.V.cn}, {_ud(s, 'move')} {s('move', 'v')} bậc."),
        lambda c, s: (f"Năm {c.Y}, thứ hạng của {s.U.name} {_ud(s, 'move')} {s('move')} bậc.",
                      f"{s.U.name} năm {c.Y1} ở vị trí {s('pr')}, năm {c.Y} ở vị trí {s('r')}/{s('den')}."),
        lambda c, s: (f"Về thứ hạng, {s.U.name} năm {c.Y1} đứng thứ {s('pr')}, năm {c.Y} đứng thứ "
                      f"{s('r')}/{s('den')} – {_ud(s, 'move')} {s('move')} bậc."),
        _rk_o7,
        lambda c, s: (f"Vị trí xếp hạng của {s.U.name}: năm {c.Y1} – {s('pr', 'z')}; năm {c.Y} – "
                      f"{s('r', 'z')}/{s('den')}; {_ud(s, 'move')} {s('move', 'z')} bậc."),
        lambda c, s: (f"Hạng {s('r')}/{s('den')} là vị trí của {s.U.name} năm {c.Y}; so với hạng {s('pr')} của năm "
                      f"trước, {c.V.this} đã {_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"Thứ hạng của {s.U.name} có sự {s.t('move', 'cải thiện', 'sụt giảm')}: {s('move')} bậc, từ "
                      f"thứ {s('pr')} {_lx(s, 'move')} thứ {s('r')} trên tổng số {s('den')} {c.V.cn}."),
        lambda c, s: (f"{s.U.name} (hạng {s('r')}/{s('den')}; năm {c.Y1}: hạng {s('pr')}) {_ud(s, 'move')} "
                      f"{s('move')} bậc."),
        lambda c, s: (f"Trong bảng xếp hạng {s('den')} {c.V.cn}, {s.U.name} ở vị trí {s('r')}, "
                      f"{s.t('move', 'cao hơn', 'thấp hơn')} năm {c.Y1} (vị trí {s('pr')}) {s('move')} bậc."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name} {s.t('move', 'leo', 'tụt')} {s('move')} bậc\nTừ vị trí {s('pr')} năm {c.Y1}, năm "
                      f"nay {c.V.this} đứng thứ {s('r')}/{s('den')}."),
        lambda c, s: (f"Hỏi: {s.U.name} năm nay xếp thứ mấy?\nĐáp: Thứ {s('r')}/{s('den')}; năm ngoái là thứ "
                      f"{s('pr')}, tức {_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"“Năm nay chúng tôi xếp thứ {s('r')}/{s('den')}, {s.t('move', 'cao hơn', 'thấp hơn')} năm "
                      f"ngoái {s('move')} bậc”, {_chief(s.U)} cho biết. Năm {c.Y1}, {s.U.name} đứng thứ {s('pr')}."),
        lambda c, s: (f"{s.U.name} đi từ hạng {s('pr')} sang hạng {s('r')}/{s('den')}, {_ud(s, 'move')} {s('move')} "
                      f"bậc."),
        lambda c, s: (f"{s.U.name} {_ud(s, 'move')} {s('move', 'v')} bậc: năm {c.Y1} đứng thứ {s('pr')}, năm nay "
                      f"thứ {s('r')}/{s('den')}."),
        lambda c, s: (f"Thứ hạng của {s.U.name} {s.t('move', 'được cải thiện', 'đi xuống')} {s('move')} bậc.",
                      f"Năm {c.Y}, {s.U.name} xếp {s('r')}/{s('den')}; năm {c.Y1}, xếp {s('pr')}."),
        lambda c, s: (f"Đáng chú ý là màn {s.t('move', 'thăng hạng', 'xuống hạng')} của {s.U.name}: {s('move')} bậc, "
                      f"từ {s('pr')} {_lx(s, 'move')} {s('r')}/{s('den')}."),
        _rk_p8,
        lambda c, s: (f"{s.U.name} có thứ hạng {s('r')}/{s('den')}, {s.t('move', 'hơn', 'kém')} năm ngoái "
                      f"{s('move')} bậc (năm {c.Y1}: {s('pr')})."),
        lambda c, s: (f"Xếp thứ {s('pr')} năm {c.Y1}, {s.U.name} năm nay ở vị trí {s('r')}/{s('den')} – "
                      f"{_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"Bảng xếp hạng năm nay ghi nhận {s.U.name} {s.t('move', 'thăng', 'rớt')} {s('move')} bậc "
                      f"({s('pr')} năm {c.Y1}; {s('r')}/{s('den')} năm {c.Y})."),
        lambda c, s: (f"Vị trí {s('r')} trong {s('den')} {c.V.cn} – đó là thứ hạng năm nay của {s.U.name}, "
                      f"{_ud(s, 'move')} {s('move')} bậc so với vị trí {s('pr')} năm trước."),
    ],
}

# ---------------------------------------------------------------- how many rose and how many fell


def _ud_o6(c, s):
    up, down = s.big("up"), s.big("down")
    word = "nhiều hơn" if up > down else "ít hơn" if up < down else "bằng"
    return f"Số {c.V.cn} tăng điểm ({s('up')}) {word} số {c.V.cn} giảm điểm ({s('down')})."


def _ud_p5(c, s):
    up, down = s.big("up"), s.big("down")
    if up == down:
        return f"Số {c.V.cn} tăng điểm ({s('up')}) đúng bằng số {c.V.cn} giảm điểm ({s('down')})."
    word = "vượt" if up > down else "chưa bằng"
    return f"Số {c.V.cn} tăng điểm ({s('up')}) {word} số {c.V.cn} giảm điểm ({s('down')})."


def _ud_p9(c, s):
    return f"So với năm {c.Y1}:\n+ Tăng điểm: {s('up')} {c.V.cn}\n+ Giảm điểm: {s('down')} {c.V.cn}"


UP_DOWN = {
    "official": [
        lambda c, s: (f"Kết quả so sánh với năm {c.Y1}: tăng điểm – {s('up')} {c.V.cn}, giảm điểm – {s('down')} "
                      f"{c.V.cn}."),
        lambda c, s: (f"Số {c.V.cn} có Chỉ số CCHC cao hơn năm {c.Y1} là {s('up')}, số {c.V.cn} thấp hơn là "
                      f"{s('down')}."),
        lambda c, s: (f"Có {s('up', 'v')} {c.V.cn} cải thiện điểm số; {s('down', 'v')} {c.V.cn} còn lại có điểm "
                      f"thấp hơn năm trước."),
        lambda c, s: (f"Năm {c.Y}, {s('down')} {c.V.cn} có điểm giảm so với năm {c.Y1}.",
                      f"Số {c.V.cn} tăng điểm so với năm {c.Y1} là {s('up')}."),
        lambda c, s: (f"Chỉ số CCHC tăng ở {s('up')} {c.V.cn} và giảm ở {s('down')} {c.V.cn} so với năm "
                      f"{c.Y1}."),
        _ud_o6,
        lambda c, s: (f"Về xu hướng: {s('up')} {c.V.cn} đi lên, {s('down')} {c.V.cn} đi xuống so với kết quả năm "
                      f"{c.Y1}."),
        lambda c, s: (f"{c.V.Cn} tăng điểm: {s('up', 'z')}; {c.V.cn} giảm điểm: {s('down', 'z')}."),
        lambda c, s: (f"Trong năm {c.Y}, {s('up')} {c.V.cn} nâng được điểm số, {s('down')} {c.V.cn} bị giảm điểm so "
                      f"với năm trước."),
        lambda c, s: (f"Biến động điểm số của {c.V.coll}: {s('up')} tăng, {s('down')} giảm so với năm {c.Y1}."),
        lambda c, s: (f"Đối chiếu kết quả năm {c.Y} với năm {c.Y1}, {s('up')} {c.V.cn} có điểm cao hơn, "
                      f"{s('down')} {c.V.cn} có điểm thấp hơn."),
        lambda c, s: (f"{s('up')} {c.V.cn} tăng và {s('down')} {c.V.cn} giảm điểm – đó là kết quả so sánh với năm "
                      f"{c.Y1}."),
    ],
    "press": [
        lambda c, s: (f"{s('up')} {c.V.cn} “lên điểm”\nTrong khi đó, {s('down')} {c.V.cn} có điểm thấp hơn năm "
                      f"{c.Y1}."),
        lambda c, s: (f"Hỏi: So với năm ngoái, bao nhiêu {c.V.cn} tăng, bao nhiêu giảm?\nĐáp: {s('up')} tăng, "
                      f"{s('down')} giảm."),
        lambda c, s: (f"“Có {s('up')} {c.V.cn} tăng điểm và {s('down')} {c.V.cn} giảm điểm”, {_spk(c)} cho "
                      f"biết."),
        lambda c, s: f"Bên tăng: {s('up')} {c.V.cn}. Bên giảm: {s('down')} {c.V.cn}.",
        _ud_p5,
        lambda c, s: (f"Năm nay {s('up')} {c.V.cn} khá hơn, {s('down')} {c.V.cn} kém hơn năm ngoái."),
        lambda c, s: (f"So với năm ngoái, {s('up', 'v')} {c.V.cn} tăng điểm, {s('down', 'v')} {c.V.cn} giảm "
                      f"điểm."),
        lambda c, s: (f"Có {s('up')} {c.V.cn} tăng điểm so với năm {c.Y1}.", f"Số {c.V.cn} giảm điểm: {s('down')}."),
        _ud_p9,
        lambda c, s: (f"{s('up')} {c.V.cn} tăng, {s('down')} {c.V.cn} giảm: bức tranh điểm số năm {c.Y} so với năm "
                      f"{c.Y1}."),
        lambda c, s: f"Điểm số của {s('up')} {c.V.cn} đi lên; của {s('down')} {c.V.cn} đi xuống.",
        lambda c, s: (f"Số {c.V.cn} tăng điểm năm nay là {s('up')}, giảm điểm là {s('down')}, theo {_org(c)}."),
    ],
}

# ---------------------------------------------------------------- survey ballots


def _ba_o1(c, s):
    return (f"Tổng số phiếu điều tra xã hội học hợp lệ thu về là {s('total')}, gồm: "
            + "; ".join(f"{lab}: {s(r)} phiếu" for r, lab in _bl(s)) + ".")


def _ba_o2(c, s):
    return (f"Kết quả điều tra xã hội học dựa trên {s('total')} phiếu trả lời của "
            + _enum([f"{lab} ({s(r)} phiếu)" for r, lab in _bl(s)], "; ", "; và ") + ".")


def _ba_o3(c, s):
    lines = [f"- {_cap(lab)}: {s(r)} phiếu;" for r, lab in _bl(s)]
    return "Số phiếu khảo sát thu về:\n" + "\n".join(lines) + f"\n- Tổng cộng: {s('total')} phiếu."


@_approx
def _ba_o4(c, s):
    return (f"Đã thu về khoảng {s('total')} phiếu (số liệu làm tròn), trong đó "
            + _enum([f"{lab} khoảng {s(r)} phiếu" for r, lab in _bl(s)], "; ") + ".")


def _ba_o5(c, s):
    return ("Phiếu khảo sát thu về từ " + _enum([f"{lab}: {s(r)} phiếu" for r, lab in _bl(s)], "; ") + ".",
            f"Tổng số phiếu hợp lệ được sử dụng để tính điểm: {s('total')}.")


def _ba_o6(c, s):
    return " ".join(f"{_cap(lab)} trả lời {s(r)} phiếu." for r, lab in _bl(s)) + f" Cộng chung: {s('total')} phiếu."


def _ba_o7(c, s):
    return (f"Theo báo cáo của đơn vị tư vấn, số phiếu hợp lệ là {s('total')}, được phân bổ như sau: "
            + "; ".join(f"{lab} {s(r)}" for r, lab in _bl(s)) + ".")


@_approx
def _ba_o8(c, s):
    return (f"Số phiếu hợp lệ ước đạt {s('total')}, trong đó phiếu của "
            + _enum([f"{lab} ước {s(r)}" for r, lab in _bl(s)], "; ") + " (đã làm tròn).")


def _ba_o9(c, s):
    return (f"Điều tra xã hội học năm {c.Y} thu được {s('total')} phiếu hợp lệ; phân theo đối tượng: "
            + "; ".join(f"{lab} – {s(r)}" for r, lab in _bl(s)) + ".")


def _ba_o10(c, s):
    return "Về số phiếu: " + " + ".join(f"{s(r)} ({lab})" for r, lab in _bl(s)) + f" = {s('total')} phiếu."


def _ba_o11(c, s):
    return (f"{s('total')} phiếu khảo sát hợp lệ đã được xử lý, bao gồm "
            + _enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ") + ".")


@_approx
def _ba_o12(c, s):
    return (f"Làm tròn số liệu, tổng số phiếu thu về là khoảng {s('total')}; "
            + "; ".join(f"{lab} khoảng {s(r)}" for r, lab in _bl(s)) + ".")


def _ba_p1(c, s):
    return (f"{s('total')} phiếu khảo sát được thu về\n"
            + _cap(_enum([f"{s(r)} phiếu đến từ {lab}" for r, lab in _bl(s)], "; ")) + ".")


def _ba_p2(c, s):
    return ("Hỏi: Ý kiến của ai được dùng để chấm điểm?\nĐáp: "
            + _cap(_enum([f"{lab} với {s(r)} phiếu" for r, lab in _bl(s)], "; ")) + f" – tổng cộng {s('total')} phiếu.")


def _ba_p3(c, s):
    return (f"“Chúng tôi thu về {s('total')} phiếu hợp lệ”, {_spk(c)} cho biết; trong đó "
            + _enum([f"{lab} gửi {s(r)} phiếu" for r, lab in _bl(s)], "; ") + ".")


@_approx
def _ba_p4(c, s):
    return (f"Khoảng {s('total')} phiếu (làm tròn) đã được tổng hợp: "
            + "; ".join(f"{lab} khoảng {s(r)}" for r, lab in _bl(s)) + ".")


def _ba_p5(c, s):
    return "Phiếu khảo sát năm nay\n" + "\n".join(f"– {_cap(lab)}: {s(r)}" for r, lab in _bl(s)) + \
        f"\n– Cộng: {s('total')}"


def _ba_p6(c, s):
    return f"Số phiếu: {s('total')}. Trong đó: " + "; ".join(f"{lab} {s(r)}" for r, lab in _bl(s)) + "."


def _ba_p7(c, s):
    return (_cap(_enum([f"{lab} gửi về {s(r)} phiếu" for r, lab in _bl(s)], "; ")) + ".",
            f"Số phiếu hợp lệ năm nay là {s('total')}.")


@_approx
def _ba_p8(c, s):
    return (f"Ước tính có khoảng {s('total')} phiếu khảo sát được thu về, gồm "
            + _enum([f"{lab} khoảng {s(r)}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p9(c, s):
    return (f"Tổng cộng {s('total')} phiếu, gồm " + _enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ")
            + ", là cơ sở để chấm điểm năm nay.")


def _ba_p10(c, s):
    return ("Đóng góp vào kết quả có " + _enum([f"{lab} ({s(r)} phiếu)" for r, lab in _bl(s)], "; ")
            + f"; tổng số phiếu {s('total')}.")


def _ba_p11(c, s):
    return (f"{s('total')} – đó là số phiếu khảo sát hợp lệ năm nay; "
            + "; ".join(f"{lab}: {s(r)}" for r, lab in _bl(s)) + ".")


def _ba_p12(c, s):
    first, *rest = _bl(s)
    text = f"Tham gia trả lời có {first[1]} ({s(first[0])} phiếu)"
    text += "".join(f", cùng với {lab} ({s(r)} phiếu)" for r, lab in rest)
    return text + f"; cả thảy {s('total')} phiếu."


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
