"""Attic phrasings: an eleventh set of sentences for `claim_text`, written blind to the extractor, its frames, its
misses and its benchmark output, and apart from the ten sets before it (the tuning table and the cellar set were
read only enough to learn the interface and the roles). It exists because the cellar set, the blind measure
until now, is being used to diagnose the extractor: once a set's sentences or misses are read by whoever tunes the
extractor, it no longer measures reach on prose nobody has fitted to.

It imitates what auditors receive, reaching for what the earlier sets lack: news headlines followed by a lede on
the next line, interviews set as "PV: …? / – …", quotes attributed before or after, a unit named through its
head ("Giám đốc Sở Tư pháp", "Chủ tịch UBND huyện …", "Bộ trưởng Bộ …"), passive orders ("được ghi nhận ở",
"do … đạt được"), topicalised heads ("Xét riêng …", "Đối với …"), appositions between commas or dashes, figures in
square brackets, arrows and "+ / -" signs, arithmetic told in words ("… trừ …", "= … + …"), tables told in prose
("cột …", "dòng …", "hàng …"), enumerations across sentences ("Trước hết … Tiếp đó … Sau cùng"), lists joined by
"cùng", " / ", "; và " or bullets "•", numbers as words and with leading zeros, decimal point and "điểm phần
trăm", and a statement split between two paragraphs.

Same interface as `claim_phrasings_cellar.py`: fn(c, s) -> text, or (text, a sentence for another paragraph);
`s(role, fmt)` prints and records one figure (fmt letters: u unit, p decimal point, z leading zero, w / W number
word up to ten, v number word up to nineteen, + signed); `s.t(role, up, down)` the direction word of a signed
figure; `s.ml()` the member list. Every entry belongs to the "attic" set. Each kind states exactly the roles its
tuning phrasings state, each once; no other numeral is printed than years, band bounds, the threshold and the
scale's maximum, and no number word that is not a recorded figure. Words whose truth depends on the world
("nhiều hơn / ít hơn", "đông nhất", "giữ vững ngôi đầu", "chiếm đa số", "lên / xuống") are chosen from the world,
never asserted blindly; rounded ballots are printed only with "khoảng", "ước" or "làm tròn".

Do not tune the extractor against these sentences; read the benchmark's summary rows only.
"""

from __future__ import annotations

from typing import Any

from samples.generator.claim_phrasings import _approx, _bl, _cap, _enum, _idx, _lx, _n, _names, _org, _prov, _tail, _ud

_LETTERS = "abcdefgh"
_CQNB_HEADS = {"Ngân hàng Nhà nước Việt Nam": "Thống đốc", "Thanh tra Chính phủ": "Tổng Thanh tra",
               "Ủy ban Dân tộc": "Bộ trưởng, Chủ nhiệm"}


def _head(u) -> str:
    """A unit named through its head, as reports and the press do ("Giám đốc Sở Tư pháp", "Chủ tịch UBND huyện
    Kim Bảng"); the unit's own name stays whole inside it."""
    if u.cat == "so":
        if u.name.startswith("Sở "):
            return f"Giám đốc {u.name}"
        if u.name.startswith("Ban "):
            return f"Trưởng {u.name}"
        return f"Chánh {u.name}"  # Thanh tra tỉnh, Văn phòng UBND tỉnh
    if u.cat == "huyen":
        return f"Chủ tịch {u.name}"
    if u.cat == "bo":
        return f"Bộ trưởng {u.name}"
    if u.cat == "cqnb":
        return f"{_CQNB_HEADS.get(u.name, 'Thủ trưởng')} {u.name}"
    if u.name.startswith("TP. "):
        return f"Chủ tịch UBND {u.name}"
    return f"Chủ tịch UBND {'thành phố' if u.cat == 'thanh_pho' else 'tỉnh'} {u.name}"


def _spk(c) -> str:
    """The official who speaks for the index at its announcement."""
    return f"Phó Giám đốc Sở Nội vụ {c.V.place}" if _prov(c) else "Thứ trưởng Bộ Nội vụ"


def _sign(s, role: str) -> str:
    """"+" or "-" before an integer figure (the "+" format letter is for decimals only)."""
    return s.t(role, "+", "-")


def _join(names: list[str], sep: str, last: str) -> str:
    return names[0] if len(names) == 1 else sep.join(names[:-1]) + last + names[-1]


def _leads_again(c, u) -> bool:
    """Whether the leader also led last year."""
    return u.prev_rank == 1


def _last_again(c, u) -> bool:
    return u.prev_rank == len(c.world.units)


def _desc_bands(s) -> list[tuple[Any, str]] | None:
    """The bands by count, most first, or None when two share a count (no order to tell)."""
    sizes = [s.big(r) for _, r in s.bands]
    if len(set(sizes)) != len(sizes):
        return None
    return sorted(s.bands, key=lambda br: -s.big(br[1]))


def _zero(c, s, lead: str = ", ") -> str:
    """Bands nobody reached, in words only."""
    return "".join(f"{lead}{b.grp} không có {c.V.cn} nào" for b in s.zero)


# ---------------------------------------------------------------- total (the lead)

TOTAL = {
    "official": [
        lambda c, s: (f"Căn cứ Đề án xác định Chỉ số CCHC đã được phê duyệt, năm {c.Y} {c.V.ev} tổ chức theo dõi, "
                      f"đánh giá đối với {s('total')} {c.V.units}{_tail(c)}."),
        lambda c, s: (f"{s('total')} {c.V.units}{_tail(c)} đã được {c.V.ev} thẩm định kết quả tự đánh giá, chấm "
                      f"điểm năm {c.Y}."),
        lambda c, s: (f"Về phạm vi, việc xác định Chỉ số CCHC năm {c.Y} được thực hiện tại {s('total')} "
                      f"{c.V.units}{_tail(c)}, không có {c.V.one} nào được miễn đánh giá."),
        lambda c, s: (f"{c.V.ev}, cơ quan thường trực về cải cách hành chính, đã tổng hợp kết quả của tất cả "
                      f"{s('total')} {c.V.units}{_tail(c)}."),
        lambda c, s: (f"Báo cáo này tổng hợp kết quả của {s('total')} {c.V.units}{_tail(c)}. Số liệu chi tiết của "
                      f"từng {c.V.one} được nêu tại Phụ lục."),
        lambda c, s: (f"Năm {c.Y} có tất cả {s('total', 'v')} {c.V.units}{_tail(c)} thuộc diện đánh giá, xếp "
                      f"hạng."),
        lambda c, s: (f"Kết quả xác định Chỉ số CCHC năm {c.Y} [{s('total')} {c.V.units}{_tail(c)}] được tổng hợp "
                      f"như sau."),
        lambda c, s: (f"Thực hiện nhiệm vụ được giao, {c.V.ev} báo cáo kết quả xác định Chỉ số CCHC năm {c.Y} của "
                      f"{c.V.coll} – {s('total')} {c.V.cn} – như sau."),
        lambda c, s: (f"Số {c.V.units} được đánh giá năm {c.Y} giữ nguyên như kỳ đánh giá trước, vẫn là "
                      f"{s('total')}."),
        lambda c, s: (f"Đợt đánh giá này bao quát {s('total')} {c.V.units}{_tail(c)}, tức toàn bộ đầu mối thuộc "
                      f"phạm vi xác định Chỉ số CCHC."),
        lambda c, s: (f"Tổng hợp từ hồ sơ của {s('total')} {c.V.units}{_tail(c)}, kết quả năm {c.Y} được trình bày "
                      f"dưới đây."),
        lambda c, s: (f"Đối tượng: {c.V.coll}.\nSố lượng: {s('total')} {c.V.cn}.\nKỳ đánh giá: năm {c.Y}."),
    ],
    "press": [
        lambda c, s: (f"Công bố {_idx(c)} {c.Y}\n{_org(c)} vừa công khai bảng xếp hạng của {s('total')} "
                      f"{c.V.units}{_tail(c)}."),
        lambda c, s: (f"Tên của {s('total')} {c.V.units}{_tail(c)} đã có trên bảng xếp hạng cải cách hành chính "
                      f"năm {c.Y}."),
        lambda c, s: (f"PV: Năm nay có bao nhiêu {c.V.cn} được chấm điểm, thưa ông?\n– {_spk(c)}: Tất cả "
                      f"{s('total')} {c.V.units}{_tail(c)}."),
        lambda c, s: (f"“{s('total')} {c.V.units}{_tail(c)} đều đã được thẩm định kỹ lưỡng”, {_spk(c)} khẳng định "
                      f"tại buổi công bố."),
        lambda c, s: f"Theo {_org(c)}, bảng xếp hạng năm {c.Y} [{s('total')} {c.V.cn}] đã hoàn tất.",
        lambda c, s: f"Tròn {s('total', 'v')} {c.V.units}{_tail(c)} được chấm điểm năm nay.",
        lambda c, s: (f"Sau nhiều tháng thẩm định, {s('total')} {c.V.units}{_tail(c)} đã biết “điểm thi” cải cách "
                      f"hành chính năm {c.Y}."),
        lambda c, s: f"Năm nay, {s('total')} {c.V.units} được đặt lên “bàn cân” cải cách hành chính.",
        lambda c, s: f"Về quy mô, {_idx(c)} {c.Y} phủ kín {s('total')} {c.V.units}{_tail(c)}.",
        lambda c, s: (f"Kết quả {_idx(c)} {c.Y} đã lộ diện sau đợt thẩm định {s('total')} {c.V.units}"
                      f"{_tail(c)}."),
        lambda c, s: (f"{_org(c)} – cơ quan chủ trì xây dựng {_idx(c)} – cho biết năm nay có {s('total')} "
                      f"{c.V.units}{_tail(c)} được đánh giá."),
        lambda c, s: (f"Những điểm chính:\n• Đối tượng: {s('total')} {c.V.units}{_tail(c)}\n• Kỳ đánh giá: năm "
                      f"{c.Y}"),
    ],
}

# ---------------------------------------------------------------- average with the previous year


def _av_o9(c, s):
    return (f"Điểm trung bình: a) năm {c.Y}: {s('avg', 'u')}; b) năm {c.Y1}: {s('prev', 'u')}; c) mức "
            f"{_ud(s, 'delta')}: {s('delta', 'u')}.")


def _av_p11(c, s):
    return (f"Toàn cảnh {_idx(c)} {c.Y}:\n• Điểm trung bình: {s('avg', 'u')}\n• Năm {c.Y1}: {s('prev', 'u')}\n"
            f"• Biến động: {_ud(s, 'delta')} {s('delta', 'u')}")


AVERAGE = {
    "official": [
        lambda c, s: (f"Về điểm trung bình, năm {c.Y} ghi nhận mức {s('avg', 'u')}; con số tương ứng của năm {c.Y1} "
                      f"là {s('prev', 'u')}, nghĩa là đã {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"{_cap(_ud(s, 'delta'))} {s('delta')}{c.dp} so với năm {c.Y1} – đó là biến động của Chỉ số "
                      f"CCHC trung bình, từ {s('prev', 'u')} {_lx(s, 'delta')} {s('avg', 'u')}."),
        lambda c, s: (f"Chỉ số trung bình năm {c.Y}, {s('avg', 'u')}, {s.t('delta', 'cao hơn', 'thấp hơn')} chỉ số "
                      f"trung bình năm {c.Y1}, {s('prev', 'u')}, là {s('delta', 'u')}."),
        lambda c, s: (f"Theo số liệu tổng hợp, giá trị trung bình đạt {s('avg', 'pu')}, {_ud(s, 'delta')} "
                      f"{s('delta', 'pu')} so với năm liền kề trước đó ({s('prev', 'pu')})."),
        lambda c, s: (f"Trước hết, điểm trung bình năm {c.Y1} là {s('prev', 'u')}. Tiếp đó, năm {c.Y} đạt "
                      f"{s('avg', 'u')}. Sau cùng, mức chênh giữa các năm là {s('delta')}{c.dp} theo chiều "
                      f"{_ud(s, 'delta')}."),
        lambda c, s: (f"Chỉ số CCHC trung bình năm {c.Y} là {s('avg', 'u')} ({_ud(s, 'delta')} {s('delta', 'u')}).",
                      f"Ghi chú: điểm trung bình năm {c.Y1} lấy theo kết quả đã công bố, là {s('prev', 'u')}."),
        lambda c, s: (f"Điểm trung bình năm {c.Y} ({s('avg', 'u')}) {s.t('delta', 'cao hơn', 'thấp hơn')} năm "
                      f"{c.Y1} ({s('prev', 'u')}); phần {s.t('delta', 'tăng thêm', 'sụt đi')} bằng "
                      f"{s('delta')}{c.dp}."),
        lambda c, s: (f"Tại hội nghị công bố, {_spk(c)} nêu rõ: điểm trung bình năm {c.Y} đạt {s('avg', 'u')}, "
                      f"{_ud(s, 'delta')} {s('delta')}{c.dp} so với mức {s('prev', 'u')} của năm {c.Y1}."),
        _av_o9,
        lambda c, s: (f"Mức {_ud(s, 'delta')} {s('delta', 'u')} của điểm trung bình được xác định trên cơ sở so sánh "
                      f"kết quả năm {c.Y} ({s('avg', 'u')}) với năm {c.Y1} ({s('prev', 'u')})."),
        lambda c, s: (f"Năm {c.Y1}: {s('prev', 'u')} → năm {c.Y}: {s('avg', 'u')} ({s('delta', '+')}{c.dp}) – đó "
                      f"là diễn biến điểm trung bình của {c.V.coll}."),
        lambda c, s: (f"Điểm trung bình năm {c.Y} đạt {s('avg', 'u')}, năm {c.Y1} {s('prev', 'u')}; "
                      f"{_ud(s, 'delta')} {s('delta')}{c.dp}."),
    ],
    "press": [
        lambda c, s: (f"Điểm trung bình {s.t('delta', 'đi lên', 'đi xuống')} {s('delta', 'u')}\nBình quân "
                      f"{_idx(c)} {c.Y} đạt {s('avg', 'u')}, trong khi năm {c.Y1} là {s('prev', 'u')}."),
        lambda c, s: (f"PV: Mặt bằng chung năm nay so với năm trước ra sao?\n– {_spk(c)}: Điểm trung bình là "
                      f"{s('avg', 'u')}, năm {c.Y1} là {s('prev', 'u')}, tức {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"{_spk(c)} cho biết: “Điểm trung bình năm nay đạt {s('avg', 'u')}, "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} {s('delta', 'u')} so với con số {s('prev', 'u')} năm "
                      f"ngoái”."),
        lambda c, s: (f"Điểm bình quân năm nay: {s('avg', 'pu')}. Năm ngoái: {s('prev', 'pu')}. Chênh lệch: "
                      f"{s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"Mặt bằng điểm (trung bình {s('avg', 'u')}) đã {_ud(s, 'delta')} {s('delta')}{c.dp} so với "
                      f"năm {c.Y1} (trung bình {s('prev', 'u')})."),
        lambda c, s: (f"Còn điểm trung bình? Năm {c.Y} là {s('avg', 'u')} – {s.t('delta', 'cao hơn', 'thấp hơn')} "
                      f"mức {s('prev', 'u')} của năm {c.Y1} đúng {s('delta', 'u')}."),
        lambda c, s: (f"Điểm trung bình năm nay {_ud(s, 'delta')} {s('delta')}{c.dp}.",
                      f"Cụ thể hơn, bình quân năm {c.Y} là {s('avg', 'u')}, năm {c.Y1} là {s('prev', 'u')}."),
        lambda c, s: (f"Bình quân năm {c.Y}: {s('avg', 'u')}; năm {c.Y1}: {s('prev', 'u')}; {_ud(s, 'delta')}: "
                      f"{s('delta', 'u')}."),
        lambda c, s: (f"Nếu năm {c.Y1} điểm trung bình dừng ở {s('prev', 'u')} thì năm {c.Y} con số này là "
                      f"{s('avg', 'u')}, {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Điểm trung bình: {s('avg', 'u')} ({s('delta', '+')}{c.dp} so với {s('prev', 'u')} của năm "
                      f"{c.Y1})."),
        _av_p11,
        lambda c, s: (f"Bức tranh chung {s.t('delta', 'sáng hơn', 'kém tươi hơn')}: điểm trung bình {s('avg', 'u')}, "
                      f"so với {s('prev', 'u')} năm {c.Y1}, chênh {s('delta', 'u')}."),
    ],
}

# ---------------------------------------------------------------- a unit's change against last year


def _de_p9(c, s):
    return f"{s.U.name}:\n• {c.Y1}: {s('prev', 'u')}\n• {c.Y}: {s('cur', 'u')}\n• {s('delta', '+')}{c.dp}"


DELTA = {
    "official": [
        lambda c, s: (f"{_head(s.U)} báo cáo: năm {c.Y}, Chỉ số CCHC của {c.V.one} đạt {s('cur', 'u')}, "
                      f"{_ud(s, 'delta')} {s('delta')}{c.dp} so với năm {c.Y1} ({s('prev', 'u')})."),
        lambda c, s: (f"Mức {_ud(s, 'delta')} {s('delta', 'u')} được ghi nhận tại {s.U.name}, từ {s('prev', 'u')} "
                      f"năm {c.Y1} {_lx(s, 'delta')} {s('cur', 'u')} năm {c.Y}."),
        lambda c, s: (f"Xét riêng {s.U.name} thì điểm số năm {c.Y} là {s('cur', 'u')}; điểm số năm {c.Y1} là "
                      f"{s('prev', 'u')}; biến động {s('delta', '+')}{c.dp}."),
        lambda c, s: (f"Dòng {s.U.name} trong Phụ lục: cột năm {c.Y1} ghi {s('prev', 'u')}, cột năm {c.Y} ghi "
                      f"{s('cur', 'u')}, cột “Tăng/giảm” ghi {s('delta', '+')}{c.dp}."),
        lambda c, s: (f"{s.U.name}, {c.V.one} năm {c.Y1} đạt {s('prev', 'u')}, năm nay đạt {s('cur', 'u')} – "
                      f"{_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"Chỉ số của {s.U.name} là {s('cur', 'pu')} (năm {c.Y1}: {s('prev', 'pu')}), thay đổi "
                      f"{s('delta', '+p')}{c.dp}."),
        lambda c, s: (f"{s.U.name}: năm {c.Y} đạt {s('cur', 'u')}, năm {c.Y1} – {s('prev', 'u')}; mức "
                      f"{s.t('delta', 'tăng thêm', 'giảm đi')} là {s('delta', 'u')}."),
        lambda c, s: (f"Theo báo cáo của {s.U.name}, kết quả năm {c.Y} ({s('cur', 'u')}) "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} năm {c.Y1} ({s('prev', 'u')}) {s('delta')}{c.dp}."),
        lambda c, s: (f"Điểm của {s.U.name} {s.t('delta', 'được cải thiện', 'bị giảm')} {s('delta', 'u')}: từ "
                      f"{s('prev', 'u')} (năm {c.Y1}) thành {s('cur', 'u')} (năm {c.Y})."),
        lambda c, s: (f"Đối chiếu kết quả qua các năm, {s.U.name} đạt {s('cur', 'u')} năm {c.Y} và {s('prev', 'u')} "
                      f"năm {c.Y1}; chênh lệch là {s('delta', 'u')}, theo hướng "
                      f"{s.t('delta', 'tích cực', 'tiêu cực')}."),
        lambda c, s: (f"Đáng chú ý, {s.U.name} có mức {_ud(s, 'delta')} {s('delta', 'u')} (từ {s('prev', 'u')} năm "
                      f"{c.Y1} {_lx(s, 'delta')} {s('cur', 'u')} năm {c.Y})."),
        lambda c, s: (f"{s.U.name} {_ud(s, 'delta')} {s('delta')}{c.dp} so với năm {c.Y1}.",
                      f"(Số liệu của {s.U.name}: {s('cur', 'u')} năm {c.Y}; {s('prev', 'u')} năm {c.Y1}.)"),
    ],
    "press": [
        lambda c, s: (f"“Kết quả {s('cur', 'u')} năm nay, {_ud(s, 'delta')} {s('delta')}{c.dp} so với năm trước, "
                      f"phản ánh đúng nỗ lực của cả bộ máy”, {_head(s.U)} nói. Năm {c.Y1}, {s.U.name} đạt "
                      f"{s('prev', 'u')}."),
        lambda c, s: (f"{s.U.name} {_ud(s, 'delta')} {s('delta', 'u')}\nTừ {s('prev', 'u')} năm {c.Y1}, điểm của "
                      f"{c.V.this} năm nay là {s('cur', 'u')}."),
        lambda c, s: (f"PV: Điểm số của {s.U.name} thay đổi thế nào?\n– Năm {c.Y1} là {s('prev', 'u')}, năm nay "
                      f"{s('cur', 'u')}, {_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"Cú {s.t('delta', 'bật', 'trượt')} của {s.U.name}: {s('delta', '+')}{c.dp}, đưa điểm số "
                      f"{_lx(s, 'delta')} {s('cur', 'u')} (năm {c.Y1}: {s('prev', 'u')})."),
        lambda c, s: (f"{s('cur', 'u')} là điểm năm nay của {s.U.name}; năm {c.Y1}, {c.V.this} đạt "
                      f"{s('prev', 'u')}. Chênh lệch: {s('delta', 'u')}."),
        lambda c, s: (f"{s.U.name} đạt {s('cur', 'pu')}, {s.t('delta', 'hơn', 'kém')} năm ngoái "
                      f"{s('delta', 'p')}{c.dp} (năm ngoái: {s('prev', 'pu')})."),
        lambda c, s: (f"Ở chiều {s.t('delta', 'đi lên', 'đi xuống')}, đáng chú ý có {s.U.name} với {s('cur', 'u')}, "
                      f"{_ud(s, 'delta')} {s('delta')}{c.dp} so với {s('prev', 'u')} của năm {c.Y1}."),
        lambda c, s: (f"Điểm của {s.U.name} {_ud(s, 'delta')} {s('delta', 'u')}.",
                      f"Số liệu chi tiết: {s.U.name} năm {c.Y} đạt {s('cur', 'u')}, năm {c.Y1} đạt {s('prev', 'u')}."),
        _de_p9,
        lambda c, s: (f"Mức {s('cur', 'u')} mà {s.U.name} đạt được năm nay {s.t('delta', 'cao hơn', 'thấp hơn')} "
                      f"năm {c.Y1} ({s('prev', 'u')}) là {s('delta', 'u')}."),
        lambda c, s: (f"Năm {c.Y1} {s('prev', 'u')}, năm {c.Y} {s('cur', 'u')}: {s.U.name} "
                      f"{s.t('delta', 'có bước tiến', 'có bước lùi')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Với mức {_ud(s, 'delta')} {s('delta', 'u')}, {s.U.name} nay đạt {s('cur', 'u')}, thay vì "
                      f"{s('prev', 'u')} như năm {c.Y1}."),
    ],
}

# ---------------------------------------------------------------- highest / lowest


def _hi_o3(c, s):
    return f"{_head(s.T)} được biểu dương vì {c.V.one} dẫn đầu {c.V.where} với {s('top', 'u')}."


def _lo_o3(c, s):
    return (f"Đề nghị {_head(s.B)} chỉ đạo kiểm điểm, làm rõ nguyên nhân {c.V.one} xếp cuối bảng với "
            f"{s('bot', 'u')}.")


HIGHEST = {
    "official": [
        lambda c, s: f"Năm {c.Y}, Chỉ số CCHC cao nhất ({s('top', 'u')}) thuộc về {s.T.name}.",
        lambda c, s: f"Kết quả {s('top', 'u')} – cao nhất năm {c.Y} – do {s.T.name} đạt được.",
        _hi_o3,
        lambda c, s: f"Đứng đầu Phụ lục xếp hạng là {s.T.name} với tổng điểm {s('top', 'u')}.",
        lambda c, s: f"Trong số {c.V.coll}, {s.T.name} đạt điểm cao nhất: {s('top', 'pu')}.",
        lambda c, s: (f"{s.T.name} {'tiếp tục giữ' if _leads_again(c, s.T) else 'vươn lên'} vị trí dẫn đầu với "
                      f"{s('top', 'u')}."),
        lambda c, s: f"{s.T.name} – {c.V.one} có Chỉ số CCHC cao nhất năm {c.Y} – đạt {s('top', 'u')}.",
        lambda c, s: f"Cao nhất: {s.T.name}, {s('top', 'u')}.",
        lambda c, s: (f"Về kết quả nổi bật, trước hết phải kể đến {s.T.name}, {c.V.one} dẫn đầu với "
                      f"{s('top', 'u')}."),
        lambda c, s: f"Chỉ số CCHC của {s.T.name} đạt {s('top', 'u')}, cao nhất trong {c.V.coll}.",
        lambda c, s: f"Được đánh giá cao nhất năm {c.Y} là {s.T.name} [{s('top', 'u')}].",
        lambda c, s: f"{s.T.name} đứng đầu bảng xếp hạng; điểm số: {s('top', 'u')}.",
    ],
    "press": [
        lambda c, s: (f"{s.T.name} dẫn đầu {_idx(c)} {c.Y}\nVới {s('top', 'u')}, {s.T.name} là {c.V.one} có điểm "
                      f"số cao nhất năm nay."),
        lambda c, s: (f"“Vị trí dẫn đầu với {s('top', 'u')} là phần thưởng cho cả tập thể”, {_head(s.T)} chia "
                      f"sẻ."),
        lambda c, s: f"PV: {c.V.Cn} nào dẫn đầu năm nay?\n– {s.T.name}, với {s('top', 'u')}.",
        lambda c, s: (f"{s.T.name} "
                      f"{'bảo vệ thành công ngôi đầu' if _leads_again(c, s.T) else 'soán ngôi đầu bảng'} với "
                      f"{s('top', 'u')}."),
        lambda c, s: f"Ngôi vương năm {c.Y} thuộc về {s.T.name}: {s('top', 'u')}.",
        lambda c, s: f"Cao điểm nhất năm nay? {s.T.name}, {s('top', 'pu')}.",
        lambda c, s: f"Chẳng {c.V.one} nào vượt được mốc {s('top', 'u')} của {s.T.name}.",
        lambda c, s: f"Điểm số {s('top', 'u')} giúp {s.T.name} đứng đầu bảng.",
        lambda c, s: f"{s.T.name} ({s('top', 'u')}) là “lá cờ đầu” cải cách hành chính năm {c.Y}.",
        lambda c, s: f"Đứng trên tất cả: {s.T.name} [{s('top', 'u')}].",
        lambda c, s: f"Ở tốp đầu, {s.T.name} vượt lên với {s('top', 'u')}, cao nhất {c.V.where}.",
        lambda c, s: f"Bảng vàng năm {c.Y} mở đầu bằng cái tên {s.T.name}: {s('top', 'u')}.",
    ],
}

LOWEST = {
    "official": [
        lambda c, s: f"Năm {c.Y}, Chỉ số CCHC thấp nhất ({s('bot', 'u')}) thuộc về {s.B.name}.",
        lambda c, s: f"Kết quả {s('bot', 'u')} – thấp nhất năm {c.Y} – là của {s.B.name}.",
        _lo_o3,
        lambda c, s: f"Cuối Phụ lục xếp hạng là {s.B.name} với tổng điểm {s('bot', 'u')}.",
        lambda c, s: f"Trong số {c.V.coll}, {s.B.name} có điểm thấp nhất: {s('bot', 'pu')}.",
        lambda c, s: (f"{s.B.name} {'tiếp tục' if _last_again(c, s.B) else 'năm nay'} đứng cuối bảng với "
                      f"{s('bot', 'u')}."),
        lambda c, s: f"{s.B.name} – {c.V.one} có Chỉ số CCHC thấp nhất năm {c.Y} – chỉ đạt {s('bot', 'u')}.",
        lambda c, s: f"Thấp nhất: {s.B.name}, {s('bot', 'u')}.",
        lambda c, s: f"Hạn chế rõ nhất thể hiện ở {s.B.name}, {c.V.one} xếp cuối với {s('bot', 'u')}.",
        lambda c, s: f"Chỉ số CCHC của {s.B.name} đạt {s('bot', 'u')}, thấp nhất trong {c.V.coll}.",
        lambda c, s: f"Bị đánh giá thấp nhất năm {c.Y} là {s.B.name} [{s('bot', 'u')}].",
        lambda c, s: f"{s.B.name} đứng cuối bảng xếp hạng; điểm số: {s('bot', 'u')}.",
    ],
    "press": [
        lambda c, s: (f"{s.B.name} xếp cuối {_idx(c)} {c.Y}\nChỉ đạt {s('bot', 'u')}, {s.B.name} là {c.V.one} có "
                      f"điểm số thấp nhất năm nay."),
        lambda c, s: (f"“Xếp cuối với {s('bot', 'u')} là điều chúng tôi phải nghiêm túc nhìn lại”, {_head(s.B)} "
                      f"thừa nhận."),
        lambda c, s: f"PV: {c.V.Cn} nào đứng cuối năm nay?\n– {s.B.name}, với {s('bot', 'u')}.",
        lambda c, s: (f"{s.B.name} {'lại' if _last_again(c, s.B) else 'bất ngờ'} rơi xuống đáy bảng với "
                      f"{s('bot', 'u')}."),
        lambda c, s: f"Đáy bảng năm {c.Y} thuộc về {s.B.name}: {s('bot', 'u')}.",
        lambda c, s: f"Thấp điểm nhất năm nay? {s.B.name}, {s('bot', 'pu')}.",
        lambda c, s: f"Chẳng {c.V.one} nào có điểm dưới mức {s('bot', 'u')} của {s.B.name}.",
        lambda c, s: f"Điểm số {s('bot', 'u')} khiến {s.B.name} đứng cuối bảng.",
        lambda c, s: f"{s.B.name} ({s('bot', 'u')}) là “vùng trũng” cải cách hành chính năm {c.Y}.",
        lambda c, s: f"Xếp sau tất cả: {s.B.name} [{s('bot', 'u')}].",
        lambda c, s: f"Ở cuối bảng, {s.B.name} chỉ có {s('bot', 'u')}, thấp nhất {c.V.where}.",
        lambda c, s: f"Cái tên cuối cùng trên bảng điểm năm {c.Y}: {s.B.name}, {s('bot', 'u')}.",
    ],
}

# ---------------------------------------------------------------- gap between first and last

GAP = {
    "official": [
        lambda c, s: (f"Khoảng cách giữa {c.V.one} đứng đầu và {c.V.one} đứng cuối năm {c.Y} là "
                      f"{s('gap', 'u')}."),
        lambda c, s: (f"{s.T.name} và {s.B.name}, lần lượt đứng đầu và đứng cuối bảng, có điểm số cách nhau "
                      f"{s('gap')}{c.dp}."),
        lambda c, s: (f"Mức chênh {s('gap', 'u')} được ghi nhận giữa {s.T.name} (cao nhất) với {s.B.name} (thấp "
                      f"nhất)."),
        lambda c, s: f"Về độ phân tán, điểm cao nhất và điểm thấp nhất cách biệt {s('gap')}{c.dp}.",
        lambda c, s: f"Điểm số của {s.B.name} kém {s.T.name} {s('gap', 'pu')}.",
        lambda c, s: f"Biên độ điểm năm {c.Y} (từ thấp nhất đến cao nhất): {s('gap', 'u')}.",
        lambda c, s: f"Nếu lấy {s.T.name} làm mốc thì {s.B.name} còn cách {s('gap')}{c.dp}.",
        lambda c, s: (f"Khoảng cách đầu bảng – cuối bảng: {s('gap', 'u')} ({s.T.name} – {s.B.name})."),
        lambda c, s: (f"Sự chênh lệch giữa các {c.V.cn} vẫn còn lớn: {c.V.one} cao nhất hơn {c.V.one} thấp nhất "
                      f"tới {s('gap')}{c.dp}."),
        lambda c, s: (f"Độ chênh lệch giữa đầu và cuối bảng [{s('gap', 'u')}] cho thấy khoảng cách đáng kể giữa "
                      f"các {c.V.cn}."),
        lambda c, s: (f"{s('gap', 'u')} là hiệu số giữa điểm cao nhất ({s.T.name}) và điểm thấp nhất "
                      f"({s.B.name})."),
        lambda c, s: (f"Lấy điểm cao nhất trừ điểm thấp nhất, hiệu số năm {c.Y} bằng {s('gap')}{c.dp} "
                      f"({s.T.name} so với {s.B.name})."),
    ],
    "press": [
        lambda c, s: (f"Đầu và cuối cách nhau {s('gap', 'u')}\nKhoảng cách giữa {s.T.name} và {s.B.name} vẫn là "
                      f"điều đáng suy nghĩ."),
        lambda c, s: (f"PV: Khoảng cách đầu – cuối năm nay là bao nhiêu?\n– {s('gap')}{c.dp}, giữa {s.T.name} và "
                      f"{s.B.name}."),
        lambda c, s: (f"“Đầu bảng hơn cuối bảng {s('gap', 'u')}, khoảng cách ấy cần thu hẹp”, {_spk(c)} nhấn "
                      f"mạnh."),
        lambda c, s: f"Từ đỉnh ({s.T.name}) xuống đáy ({s.B.name}): {s('gap', 'u')}.",
        lambda c, s: f"Cách biệt đầu – cuối năm nay là {s('gap', 'pu')}.",
        lambda c, s: f"Hố sâu {s('gap')}{c.dp} ngăn cách {s.T.name} với {s.B.name}.",
        lambda c, s: f"{s.B.name} kém {c.V.one} đứng đầu tới {s('gap', 'u')}.",
        lambda c, s: (f"Giữa {c.V.one} cao điểm nhất và {c.V.one} thấp điểm nhất là khoảng trống "
                      f"{s('gap', 'u')}."),
        lambda c, s: f"Tính từ {s.B.name} lên tới {s.T.name}, bảng điểm trải dài {s('gap')}{c.dp}.",
        lambda c, s: f"Điểm đầu bảng trừ điểm cuối bảng: {s('gap', 'u')}.",
        lambda c, s: (f"Khoảng cách {s('gap', 'u')} giữa {s.T.name} và {s.B.name} là chênh lệch đầu – cuối của năm "
                      f"{c.Y}."),
        lambda c, s: f"Đầu bảng và bét bảng lệch nhau {s('gap', 'u')}.",
    ],
}

# ---------------------------------------------------------------- two units compared

def _cmp_place(c, s):
    return (f"Trong bảng xếp hạng của {c.V.place}, {s.A.name} ({s('a', 'u')}) cao hơn {s.B.name} ({s('b', 'u')}) "
            f"{s('diff')}{c.dp}.")


_cmp_place.scopes = ("provincial",)  # it names the province

COMPARISON = {
    "official": [
        lambda c, s: (f"So với {s.B.name} ({s('b', 'u')}), {s.A.name} ({s('a', 'u')}) cao hơn "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: (f"{s.A.name} và {s.B.name} lần lượt đạt {s('a', 'u')} và {s('b', 'u')}; điểm của {s.A.name} "
                      f"cao hơn {s('diff', 'u')}."),
        _cmp_place,
        lambda c, s: (f"Xét cặp {s.A.name} – {s.B.name}: điểm số {s('a', 'u')} và {s('b', 'u')}, hiệu số "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: (f"{s.A.name} đạt {s('a', 'u')}, {s.B.name} đạt {s('b', 'u')}: khoảng cách giữa các {c.V.cn} "
                      f"này là {s('diff', 'u')}."),
        lambda c, s: (f"{s.A.name} cao hơn {s.B.name} {s('diff', 'u')}.",
                      f"Theo Phụ lục, {s.A.name} đạt {s('a', 'u')} còn {s.B.name} đạt {s('b', 'u')}."),
        lambda c, s: (f"{s.A.name} ({s('a', 'pu')}) hơn {s.B.name} ({s('b', 'pu')}) là {s('diff', 'p')}{c.dp}."),
        lambda c, s: (f"Điểm số của {s.B.name}, {s('b', 'u')}, thấp hơn điểm số của {s.A.name}, {s('a', 'u')}, là "
                      f"{s('diff', 'u')}."),
        lambda c, s: (f"Chênh lệch {s('diff', 'u')} tách {s.A.name} ({s('a', 'u')}) khỏi {s.B.name} "
                      f"({s('b', 'u')})."),
        lambda c, s: (f"Hiệu số điểm giữa {s.A.name} và {s.B.name} bằng {s('diff')}{c.dp} ({s('a', 'u')} trừ "
                      f"{s('b', 'u')})."),
        lambda c, s: f"{s.A.name}: {s('a', 'u')}. {s.B.name}: {s('b', 'u')}. Chênh lệch: {s('diff', 'u')}.",
        lambda c, s: (f"Trong khi {s.B.name} đạt {s('b', 'u')} thì {s.A.name} đạt {s('a', 'u')}, cao hơn "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: (f"Điểm của {s.A.name} vượt điểm của {s.B.name} {s('diff', 'u')} ({s('a', 'u')} so với "
                      f"{s('b', 'u')})."),
        lambda c, s: (f"Làm việc với {_head(s.A)}, đoàn kiểm tra cho biết {s.A.name} đạt {s('a', 'u')}, cao hơn "
                      f"{s.B.name} ({s('b', 'u')}) {s('diff')}{c.dp}."),
    ],
    "press": [
        lambda c, s: (f"{s.A.name} và {s.B.name}: {s('a', 'u')} – {s('b', 'u')}\nCách biệt giữa {s.A.name} và "
                      f"{s.B.name} là {s('diff', 'u')}."),
        lambda c, s: (f"PV: {s.A.name} hơn {s.B.name} bao nhiêu điểm?\n– {s('diff')}{c.dp}: {s('a', 'u')} so với "
                      f"{s('b', 'u')}."),
        lambda c, s: (f"“Chúng tôi đạt {s('a', 'u')}, hơn {s.B.name} ({s('b', 'u')}) {s('diff', 'u')}”, "
                      f"{_head(s.A)} nói."),
        lambda c, s: (f"{s.B.name} đứng sau {s.A.name} {s('diff', 'u')}: {s('b', 'u')} so với {s('a', 'u')}."),
        lambda c, s: (f"Chỉ tính riêng {s.A.name} ({s('a', 'pu')}) và {s.B.name} ({s('b', 'pu')}), độ chênh đã là "
                      f"{s('diff', 'p')}{c.dp}."),
        lambda c, s: (f"{s('diff', 'u')} – khoảng cách giữa {s.A.name} ({s('a', 'u')}) và {s.B.name} "
                      f"({s('b', 'u')})."),
        lambda c, s: (f"Đặt cạnh {s.B.name} ({s('b', 'u')}), {s.A.name} ({s('a', 'u')}) cao hơn "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: (f"{s.A.name} và {s.B.name} cách nhau {s('diff', 'u')}.",
                      f"{s.A.name} năm nay có {s('a', 'u')}, {s.B.name} có {s('b', 'u')}."),
        lambda c, s: f"{s.A.name} [{s('a', 'u')}] hơn {s.B.name} [{s('b', 'u')}]: {s('diff')}{c.dp}.",
        lambda c, s: (f"Khi {s.A.name} ghi {s('a', 'u')} còn {s.B.name} chỉ ghi {s('b', 'u')}, khoảng cách là "
                      f"{s('diff', 'u')}."),
        lambda c, s: (f"{s.A.name} vượt {s.B.name} {s('diff', 'u')}; điểm lần lượt {s('a', 'u')} và "
                      f"{s('b', 'u')}."),
        lambda c, s: (f"Cùng nằm trong bảng xếp hạng, {s.A.name} và {s.B.name} có điểm số {s('a', 'u')} và "
                      f"{s('b', 'u')}, tức cách nhau {s('diff', 'u')}."),
    ],
}

# ---------------------------------------------------------------- counts per band


def _bc_o1(c, s):
    return ("Căn cứ tổng điểm, " + _enum([f"{s(r)} {c.V.cn} được công nhận {b.inb}" for b, r in s.bands], "; ")
            + _zero(c, s, "; ") + ".")


def _bc_o2(c, s):
    items = [f"{_LETTERS[i]}) {b.Grp} ({b.span}): {s(r, 'z')} {c.V.cn}" for i, (b, r) in enumerate(s.bands)]
    return "Kết quả phân loại: " + "; ".join(items) + "."


def _bc_o3(c, s):
    return " ".join(f"Đối với {b.grp}, số {c.V.cn} là {s(r)}." for b, r in s.bands)


def _bc_o4(c, s):
    return (f"{s('total')} {c.V.cn} thuộc diện đánh giá được chia thành các mức: "
            + ", ".join(f"{b.grp} ({s(r)})" for b, r in s.bands) + _zero(c, s) + ".")


def _bc_o5(c, s):
    return "Kết quả phân loại cho thấy: " + "; ".join(f"{b.grp} – {s(r, 'v')} {c.V.cn}" for b, r in s.bands) + "."


def _bc_o6(c, s):
    order = _desc_bands(s)
    if order is None:
        return "Phân bố theo mức: " + "; ".join(f"{b.grp} có {s(r)} {c.V.cn}" for b, r in s.bands) + "."
    return ("Xếp theo số lượng từ nhiều đến ít: " + ", ".join(f"{b.grp} ({s(r)} {c.V.cn})" for b, r in order)
            + ".")


def _bc_o7(c, s):
    lines = [f"- {s(r)} {c.V.cn}: {b.grp}" for b, r in s.bands]
    return f"Số lượng theo {c.V.grouping}:\n" + ";\n".join(lines) + "."


def _bc_o8(c, s):
    return ("Thống kê theo khoảng điểm – " + "; ".join(f"số {c.V.cn} có điểm {b.span}: {s(r)}" for b, r in s.bands)
            + ".")


def _bc_o9(c, s):
    return ("; ".join(f"{b.Grp if i == 0 else b.grp}: {s(r)}" for i, (b, r) in enumerate(s.bands))
            + f" (đơn vị tính: {c.V.cn}; tổng: {s('total')}).")


def _bc_o10(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    text = f"{b0.Grp} có {s(r0)} {c.V.cn}."
    for i, (b, r) in enumerate(rest):
        lead = "Sau cùng" if i == len(rest) - 1 and len(rest) > 1 else "Tiếp đó"
        text += f" {lead}, {b.grp} có {s(r)} {c.V.cn}."
    return text


def _bc_o11(c, s):
    return (f"Các {c.V.cn} được phân bố ở " + _enum([f"{b.grp} ({s(r)} {c.V.cn})" for b, r in s.bands])
            + _zero(c, s, "; ") + ".")


def _bc_o12(c, s):
    return ("Theo thông báo của Hội đồng thẩm định, "
            + _enum([f"{b.grp} có {s(r, 'z')} {c.V.cn}" for b, r in s.bands], "; ") + ".")


def _bc_p1(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    return (f"{s(r0)} {c.V.cn} {b0.inb}\nCác mức còn lại: "
            + _enum([f"{b.grp} {s(r)}" for b, r in rest], "; ") + ".")


def _bc_p2(c, s):
    return (f"PV: Năm nay các mức xếp loại có bao nhiêu {c.V.cn}?\n– "
            + _cap(_enum([f"{b.grp} có {s(r)}" for b, r in s.bands])) + ".")


def _bc_p3(c, s):
    return ("“" + _cap(_enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands], "; ")) + f"”, {_spk(c)} thông báo.")


def _bc_p4(c, s):
    return f"Xếp loại {c.Y}:\n" + "\n".join(f"• {b.title}: {s(r)}" for b, r in s.bands)


def _bc_p5(c, s):
    return " ".join(f"{b.Grp} đón {s(r)} {c.V.cn}." for b, r in s.bands)


def _bc_p6(c, s):
    order = _desc_bands(s)
    if order is None:
        return "Ở từng mức: " + ", ".join(f"{b.grp} {s(r)}" for b, r in s.bands) + "."
    (b1, r1), rest = order[0], order[1:]
    return (f"Đông nhất là {b1.grp} ({s(r1)} {c.V.cn}), sau đó lần lượt là "
            + _enum([f"{b.grp} ({s(r)})" for b, r in rest]) + ".")


def _bc_p7(c, s):
    return "Số lượng theo mức: " + ", ".join(f"{b.grp} [{s(r)}]" for b, r in s.bands) + "."


def _bc_p8(c, s):
    return "Năm nay có " + _enum([f"{s(r, 'v')} {c.V.cn} {b.inb}" for b, r in s.bands]) + _zero(c, s) + "."


def _bc_p9(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]  # a world always fills at least two bands
    return f"Về số lượng, {b0.grp} có {s(r0)}, " + ", ".join(f"{b.grp} {s(r)}" for b, r in rest) + f" ({c.V.cn})."


def _bc_p10(c, s):
    return (f"Tổng cộng {s('total')} {c.V.cn}, phân bổ: " + " – ".join(f"{b.grp} {s(r)}" for b, r in s.bands)
            + ".")


def _bc_p11(c, s):
    zero = "".join(f" {_cap(b.grp)} năm nay vắng bóng." for b in s.zero)
    return "Bảng điểm chia thành: " + "; ".join(f"{b.grp} với {s(r)} {c.V.cn}" for b, r in s.bands) + "." + zero


def _bc_p12(c, s):
    top = max(s.bands, key=lambda br: s.big(br[1]))
    total = sum(s.big(r) for _, r in s.bands)
    if 2 * s.big(top[1]) > total:
        b0, r0 = top
        rest = [(b, r) for b, r in s.bands if r != r0]
        return (f"{b0.Grp} chiếm đa số với {s(r0)} {c.V.cn}; "
                + _enum([f"{b.grp} có {s(r)}" for b, r in rest]) + ".")
    return "Không mức nào chiếm đa số: " + "; ".join(f"{b.grp} {s(r)} {c.V.cn}" for b, r in s.bands) + "."


BAND_COUNTS = {
    "official": [_bc_o1, _bc_o2, _bc_o3, _bc_o4, _bc_o5, _bc_o6, _bc_o7, _bc_o8, _bc_o9, _bc_o10, _bc_o11, _bc_o12],
    "press": [_bc_p1, _bc_p2, _bc_p3, _bc_p4, _bc_p5, _bc_p6, _bc_p7, _bc_p8, _bc_p9, _bc_p10, _bc_p11, _bc_p12],
}

# ---------------------------------------------------------------- a band's count with its member list


def _bm_o2(c, s):
    return f"Các {c.V.cn} {s.b.inb} ({s('count', 'z')}):\n" + "\n".join(f"• {n}" for n in _names(c, s))


def _bm_o8(c, s):
    return f"{s.b.Grp} năm {c.Y} có {s('count')} {c.V.cn}: {_join(_names(c, s), ', ', ' cùng ')}."


def _bm_o11(c, s):
    return f"Ghi nhận {s('count')} {c.V.cn} {s.b.inb}, bao gồm: {_join(_names(c, s), '; ', '; và ')}."


def _bm_o12(c, s):
    if s.big("count") == 1:
        return f"{s.ml()} là {c.V.cn} duy nhất {s.b.inb} năm {c.Y} (số lượng: {s('count')})."
    return f"{s.ml()} là {s('count')} {c.V.cn} {s.b.inb} năm {c.Y}."


def _bm_p4(c, s):
    return f"{s.b.Grp} ({s('count')}):\n" + "\n".join(f"• {n}" for n in _names(c, s))


def _bm_p7(c, s):
    return f"{s.b.Grp} năm {c.Y} – {s('count')} {c.V.cn}: {' / '.join(_names(c, s))}."


def _bm_p9(c, s):
    if s.big("count") == 1:
        return f"{s.ml()} – {s('count', 'v')} {c.V.cn} duy nhất {s.b.inb}."
    return f"{s.ml('comma')} – {s('count', 'v')} {c.V.cn} này cùng {s.b.inb}."


BAND_MEMBERS = {
    "official": [
        lambda c, s: f"{s.b.Grp} được xác định cho {s('count')} {c.V.cn}, đó là: {s.ml()}.",
        _bm_o2,
        lambda c, s: f"{s.ml('mixed')} [{s('count')} {c.V.cn}] {s.b.inb}.",
        lambda c, s: f"Đối với {s.b.grp} ({s.b.span}): {s('count')} {c.V.cn}, gồm {s.ml('comma')}.",
        lambda c, s: f"{s('count', 'W')} {c.V.cn} – {s.ml()} – {s.b.inb}.",
        lambda c, s: (f"Trong Phụ lục, các dòng có xếp loại “{s.b.title}” là: {s.ml('semi_only')} (cộng "
                      f"{s('count')} {c.V.cn})."),
        lambda c, s: f"Số {c.V.cn} {s.b.inb}: {s('count')}. Đó là {s.ml()}.",
        _bm_o8,
        lambda c, s: f"Kết quả {s.b.inb} thuộc về {s('count', 'v')} {c.V.cn}: {s.ml('mixed')}.",
        lambda c, s: (f"{s.b.Grp} năm {c.Y} gồm những {c.V.cn} sau: {s.ml('semi')}.",
                      f"Tổng số {c.V.cn} {s.b.inb} năm {c.Y}: {s('count')}."),
        _bm_o11,
        _bm_o12,
    ],
    "press": [
        lambda c, s: f"{s.b.Grp}: {s('count')} cái tên\n{s.ml()}.",
        lambda c, s: f"PV: Những {c.V.cn} nào {s.b.inb}?\n– Có {s('count')} {c.V.cn}: {s.ml()}.",
        lambda c, s: f"{_spk(c)} điểm danh các {c.V.cn} {s.b.inb}: {s.ml()} – tổng cộng {s('count')}.",
        _bm_p4,
        lambda c, s: f"Có tên trong {s.b.grp} năm nay: {s.ml('semi')} – cả thảy {s('count')}.",
        lambda c, s: f"{s('count')} gương mặt {s.b.inb}: {s.ml()}.",
        _bm_p7,
        lambda c, s: f"Ai {s.b.inb}? {s.ml()}. Tổng cộng {s('count')} {c.V.cn}.",
        _bm_p9,
        lambda c, s: f"Trong {s.b.grp} ({s.b.span}) năm nay có mặt {s('count')} {c.V.cn}: {s.ml()}.",
        lambda c, s: f"{s.b.Grp} năm {c.Y} [{s('count')}]: {s.ml('mixed')}.",
        lambda c, s: f"Với {s('count')} thành viên, {s.b.grp} năm nay gồm {s.ml('semi')}.",
    ],
}

# ---------------------------------------------------------------- how many at or above the threshold

THRESHOLD = {
    "official": [
        lambda c, s: f"Số {c.V.cn} đạt từ {c.thr} trở lên: {s('thr', 'z')}.",
        lambda c, s: f"Kết quả cho thấy {s('thr', 'v')} {c.V.cn} có điểm số bằng hoặc cao hơn {c.thr}.",
        lambda c, s: (f"Tính gộp các {c.V.cn} có Chỉ số CCHC từ {c.thr} trở lên, năm {c.Y} có {s('thr')} "
                      f"{c.V.cn}."),
        lambda c, s: (f"Về mục tiêu của Kế hoạch cải cách hành chính năm {c.Y} (Chỉ số CCHC đạt từ {c.thr} trở "
                      f"lên), {s('thr')} {c.V.cn} đã đạt."),
        lambda c, s: f"{_cap(c.V.coll)} có {s('thr')} {c.V.cn} xếp trên mốc {c.thr}.",
        lambda c, s: f"Đạt từ {c.thr} trở lên là kết quả của {s('thr')} {c.V.cn} [số liệu tại Phụ lục].",
        lambda c, s: f"Năm {c.Y}, {s('thr')} {c.V.cn} có Chỉ số CCHC không dưới {c.thr}.",
        lambda c, s: (f"Trong kỳ đánh giá năm {c.Y}, những {c.V.cn} đạt ngưỡng {c.thr} trở lên có số lượng là "
                      f"{s('thr')}."),
        lambda c, s: (f"Có tổng số {s('thr')} {c.V.cn} đạt Chỉ số CCHC ở mức {c.thr} trở lên, được đưa vào danh "
                      f"sách xét khen thưởng."),
        lambda c, s: f"Đối chiếu với ngưỡng {c.thr}, {s('thr')} {c.V.cn} đạt yêu cầu.",
        lambda c, s: f"Số lượng {c.V.cn} có kết quả từ {c.thr} trở lên được xác định là {s('thr', 'v')}.",
        lambda c, s: f"{s('thr', 'W')} {c.V.cn} đạt trên {c.thr}, theo kết quả thẩm định.",
    ],
    "press": [
        lambda c, s: (f"{s('thr')} {c.V.cn} vượt mốc {c.thr}\nĐây là kết quả {_idx(c)} {c.Y} vừa được công "
                      f"bố."),
        lambda c, s: f"PV: Bao nhiêu {c.V.cn} đạt từ {c.thr} trở lên?\n– {s('thr')} {c.V.cn}.",
        lambda c, s: f"{_spk(c)} cho biết số {c.V.cn} đạt từ {c.thr} trở lên là {s('thr')}.",
        lambda c, s: f"Vạch {c.thr}: {s('thr')} {c.V.cn} đã vượt qua.",
        lambda c, s: f"{s('thr', 'W')} {c.V.cn} chạm và vượt mốc {c.thr}.",
        lambda c, s: f"Trên {c.thr} năm nay có bao nhiêu {c.V.cn}? Câu trả lời: {s('thr')}.",
        lambda c, s: f"Nhóm “trên {c.thr}” đón {s('thr')} {c.V.cn}.",
        lambda c, s: f"Số {c.V.cn} đạt từ {c.thr} trở lên [{s('thr')}] là điểm nhấn của {_idx(c)} {c.Y}.",
        lambda c, s: f"Đáng chú ý, {s('thr', 'v')} {c.V.cn} có điểm không dưới {c.thr}.",
        lambda c, s: f"{_idx(c)} {c.Y} ghi nhận {s('thr')} {c.V.cn} ở mức {c.thr} trở lên.",
        lambda c, s: f"Có {s('thr')} trong số {c.V.coll_s} đạt điểm trên {c.thr}.",
        lambda c, s: f"Số {c.V.cn} “cán đích” {c.thr}: {s('thr')}.",
    ],
}

# ---------------------------------------------------------------- N/total above the average

RATIO = {
    "official": [
        lambda c, s: f"{s('num')}/{s('den')} {c.V.cn} có Chỉ số CCHC cao hơn mức trung bình chung.",
        lambda c, s: f"Mức trung bình chung được vượt qua bởi {s('num')} trong tổng số {s('den')} {c.V.cn}.",
        lambda c, s: f"Tỷ lệ {c.V.cn} đạt trên trung bình: {s('num')} trên {s('den')}.",
        lambda c, s: (f"Trong {s('den')} {c.V.cn} được xếp hạng, số {c.V.cn} đạt điểm trên trung bình là "
                      f"{s('num')}."),
        lambda c, s: f"Điểm số của {s('num')} {c.V.cn} (trong tổng số {s('den')}) nằm trên giá trị trung bình.",
        lambda c, s: (f"Có {s('num')} {c.V.cn} đạt trên mức trung bình; số còn lại không vượt mức này (tổng số "
                      f"{c.V.cn}: {s('den')})."),
        lambda c, s: f"Tỷ số giữa số {c.V.cn} trên trung bình và tổng số {c.V.cn}: {s('num')}/{s('den')}.",
        lambda c, s: (f"Về mặt bằng chung, {s('num')} trên {s('den')} {c.V.cn} có kết quả vượt điểm bình "
                      f"quân."),
        lambda c, s: (f"Đối với tiêu chí so sánh với điểm trung bình, {s('num')} {c.V.cn} đạt cao hơn, trên tổng số "
                      f"{s('den')}."),
        lambda c, s: f"Số {c.V.cn} vượt trung bình: {s('num')} [tổng số: {s('den')}].",
        lambda c, s: (f"Trong tổng số {s('den')} {c.V.cn}, {s('num')} {c.V.cn} có điểm cao hơn mức trung bình của "
                      f"{c.V.where}."),
        lambda c, s: (f"Số {c.V.cn} đạt trên trung bình là {s('num')}.",
                      f"Tổng số {c.V.cn} dùng để tính tỷ lệ này là {s('den')}."),
    ],
    "press": [
        lambda c, s: (f"{s('num')}/{s('den')} {c.V.cn} vượt trung bình\nKết quả được {_org(c)} công bố sáng "
                      f"nay."),
        lambda c, s: f"PV: Bao nhiêu {c.V.cn} có điểm trên trung bình?\n– {s('num')} trên {s('den')}.",
        lambda c, s: f"“Có {s('num')} trên {s('den')} {c.V.cn} đạt điểm cao hơn trung bình”, {_spk(c)} nói.",
        lambda c, s: f"Tỷ lệ trên trung bình: {s('num')}/{s('den')}.",
        lambda c, s: f"Số {c.V.cn} vượt điểm bình quân năm nay là {s('num')}, trong tổng số {s('den')}.",
        lambda c, s: f"Bao nhiêu {c.V.cn} cao hơn mức trung bình? {s('num')}/{s('den')}.",
        lambda c, s: f"Trên trung bình có {s('num')} {c.V.cn}; cả bảng có {s('den')}.",
        lambda c, s: (f"Điểm của {s('num')} {c.V.cn} đứng trên mức bình quân, trong bảng xếp hạng {s('den')} "
                      f"{c.V.cn}."),
        lambda c, s: f"Có {s('num')} {c.V.cn} [trên tổng {s('den')}] vượt điểm trung bình.",
        lambda c, s: f"Mức trung bình năm nay được {s('num')}/{s('den')} {c.V.cn} vượt qua.",
        lambda c, s: f"Tính trên {s('den')} {c.V.cn}, số {c.V.cn} vượt trung bình là {s('num', 'v')}.",
        lambda c, s: f"Vượt bình quân chung: {s('num')} {c.V.cn}, so với tổng số {s('den')}.",
    ],
}

# ---------------------------------------------------------------- a total and its parts


def _pt_p4(c, s):
    return (f"Thành phần bảng xếp hạng:\n• {_cap(_n(s, 0))}: {s('p0')}\n• {_cap(_n(s, 1))}: {s('p1')}\n"
            f"• Tổng: {s('total')}")


PARTS = {
    "official": [
        lambda c, s: (f"Đối tượng đánh giá năm {c.Y} gồm {s('p0')} {_n(s, 0)} cùng {s('p1')} {_n(s, 1)}, cộng "
                      f"{s('total')} {c.V.cn}."),
        lambda c, s: (f"Đối tượng đánh giá: a) {_n(s, 0)}: {s('p0')}; b) {_n(s, 1)}: {s('p1')}; tổng cộng: "
                      f"{s('total')}."),
        lambda c, s: (f"{s('total')} {c.V.cn} thuộc diện đánh giá được chia thành khối {_n(s, 0)} ({s('p0')}) và "
                      f"khối {_n(s, 1)} ({s('p1')})."),
        lambda c, s: (f"Trong tổng số {s('total')} {c.V.cn}, {_n(s, 0)} chiếm {s('p0')}, còn lại {s('p1')} là "
                      f"{_n(s, 1)}."),
        lambda c, s: (f"Bên cạnh {s('p0')} {_n(s, 0)}, đối tượng đánh giá còn có {s('p1', 'v')} {_n(s, 1)}; tổng "
                      f"số là {s('total')}."),
        lambda c, s: (f"Tổng số {c.V.cn} được đánh giá là {s('total')}.",
                      f"Ghi chú về đối tượng: {_n(s, 1)} – {s('p1')}; {_n(s, 0)} – {s('p0')}."),
        lambda c, s: (f"Phụ lục gồm phần {_n(s, 0)} ({s('p0')} dòng) và phần {_n(s, 1)} ({s('p1')} dòng), tổng số "
                      f"{s('total')} {c.V.cn}."),
        lambda c, s: (f"Số {c.V.cn} được xác định Chỉ số CCHC năm {c.Y} là {s('total')} (trong đó {_n(s, 0)}: "
                      f"{s('p0', 'z')}; {_n(s, 1)}: {s('p1', 'z')})."),
        lambda c, s: (f"Ngoài {s('p0')} {_n(s, 0)}, năm {c.Y} còn {s('p1')} {_n(s, 1)} được đánh giá, nâng tổng số "
                      f"lên {s('total')} {c.V.cn}."),
        lambda c, s: (f"Cơ cấu {s('total')} {c.V.cn} được đánh giá: {_n(s, 0)} – {s('p0')}; {_n(s, 1)} – "
                      f"{s('p1')}."),
        lambda c, s: (f"{_cap(_n(s, 1))} ({s('p1')}) và {_n(s, 0)} ({s('p0')}) hợp thành {s('total')} {c.V.cn} "
                      f"được đánh giá."),
        lambda c, s: (f"Tổng số {c.V.cn}: {s('total')} = {s('p0')} {_n(s, 0)} + {s('p1')} {_n(s, 1)}."),
    ],
    "press": [
        lambda c, s: (f"{s('total')} {c.V.cn} lên bảng điểm\nGồm {s('p0')} {_n(s, 0)} và {s('p1')} "
                      f"{_n(s, 1)}."),
        lambda c, s: (f"PV: Bảng xếp hạng gồm những ai?\n– {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}, tổng "
                      f"cộng {s('total')} {c.V.cn}."),
        lambda c, s: (f"“{s('total')} {c.V.cn}, gồm {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}, đều được chấm "
                      f"theo cùng bộ tiêu chí”, {_spk(c)} nói."),
        _pt_p4,
        lambda c, s: (f"Góp mặt trong bảng xếp hạng: {s('p0', 'v')} {_n(s, 0)} và {s('p1', 'v')} {_n(s, 1)} – "
                      f"tổng {s('total')}."),
        lambda c, s: (f"Tổng số {c.V.cn}: {s('total')} ({s('p0')} {_n(s, 0)} + {s('p1')} {_n(s, 1)})."),
        lambda c, s: f"Trong {s('total')} cái tên, {_n(s, 1)} chiếm {s('p1')}, {_n(s, 0)} chiếm {s('p0')}.",
        lambda c, s: (f"Bảng điểm năm {c.Y} có {s('p0')} {_n(s, 0)}; cộng thêm {s('p1')} {_n(s, 1)}, con số là "
                      f"{s('total')}."),
        lambda c, s: (f"{_cap(_n(s, 0))} và {_n(s, 1)} lần lượt có {s('p0')} và {s('p1')} đại diện trong bảng "
                      f"{s('total')} {c.V.cn}."),
        lambda c, s: (f"Cả {s('total')} {c.V.cn} [{s('p0')} {_n(s, 0)}; {s('p1')} {_n(s, 1)}] đều được chấm "
                      f"điểm."),
        lambda c, s: (f"Đối tượng được chấm: {_n(s, 0)} ({s('p0')}), {_n(s, 1)} ({s('p1')}); tổng cộng "
                      f"{s('total')}."),
        lambda c, s: (f"Năm nay, số {_n(s, 0)} được đánh giá là {s('p0')}, số {_n(s, 1)} là {s('p1')} – tổng "
                      f"{s('total')} {c.V.cn}."),
    ],
}

# ---------------------------------------------------------------- a band's count against last year's


def _cc_p9(c, s):
    return (f"{s.b.Grp}:\n• Năm {c.Y1}: {s('prev')} {c.V.cn}\n• Năm {c.Y}: {s('cur')} {c.V.cn}\n"
            f"• {_cap(_ud(s, 'chg'))}: {s('chg')}")


COUNT_CHANGE = {
    "official": [
        lambda c, s: (f"{s.b.Grp}: năm {c.Y} có {s('cur')} {c.V.cn}, {_ud(s, 'chg')} {s('chg')} {c.V.cn} so với năm "
                      f"{c.Y1} ({s('prev')} {c.V.cn})."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} năm {c.Y} là {s('cur', 'z')}.",
                      f"Số liệu này {_ud(s, 'chg')} {s('chg', 'z')} {c.V.cn} so với năm {c.Y1}, khi {s.b.grp} có "
                      f"{s('prev', 'z')} {c.V.cn}."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} {s.t('chg', 'tăng từ', 'giảm từ')} {s('prev', 'v')} (năm {c.Y1}) "
                      f"{_lx(s, 'chg')} {s('cur', 'v')} (năm {c.Y}), tức {s.t('chg', 'thêm', 'bớt')} "
                      f"{s('chg', 'v')} {c.V.cn}."),
        lambda c, s: (f"Xét theo {s.b.grp}, biến động so với năm {c.Y1} là {_ud(s, 'chg')} {s('chg')} {c.V.cn} (từ "
                      f"{s('prev')} {_lx(s, 'chg')} {s('cur')})."),
        lambda c, s: (f"Năm {c.Y1}, số {c.V.cn} {s.b.inb} là {s('prev')}. Năm {c.Y}, con số này là {s('cur')}. Như "
                      f"vậy, {s.b.grp} {s.t('chg', 'có thêm', 'giảm bớt')} {s('chg')} {c.V.cn}."),
        lambda c, s: (f"{s.b.Grp}: {s('cur')} {c.V.cn} (năm {c.Y1}: {s('prev')}; chênh lệch: "
                      f"{_sign(s, 'chg')}{s('chg')})."),
        lambda c, s: (f"So với năm {c.Y1}, {s.b.grp} {_ud(s, 'chg')} {s('chg', 'w')} {c.V.cn}; năm {c.Y} có "
                      f"{s('cur', 'w')} {c.V.cn}, năm {c.Y1} có {s('prev', 'w')}."),
        lambda c, s: (f"Năm {c.Y} có {s('cur')} {c.V.cn} {s.b.inb}, trong khi năm {c.Y1} có {s('prev')} {c.V.cn}; "
                      f"mức chênh lệch là {s('chg')} {c.V.cn} theo chiều {_ud(s, 'chg')}."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} năm {c.Y} [{s('cur')}] {s.t('chg', 'nhiều hơn', 'ít hơn')} năm "
                      f"{c.Y1} [{s('prev')}] là {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Từ {s('prev')} {c.V.cn} năm {c.Y1}, {s.b.grp} năm {c.Y} có {s('cur')} {c.V.cn} – "
                      f"{_ud(s, 'chg')} {s('chg')}."),
        lambda c, s: (f"Số lượng {c.V.cn} đạt {s.b.span} ({s.b.grp}) năm {c.Y} là {s('cur')}, so với năm {c.Y1} "
                      f"({s('prev')}) {_ud(s, 'chg')} {s('chg')} {c.V.cn}."),
        lambda c, s: (f"{s.b.Grp} năm {c.Y} ghi nhận {s('cur')} {c.V.cn}, {s.t('chg', 'tăng thêm', 'giảm đi')} "
                      f"{s('chg')} {c.V.cn} so với {s('prev')} {c.V.cn} năm {c.Y1}."),
    ],
    "press": [
        lambda c, s: (f"{s.b.Grp} {s.t('chg', 'thêm', 'bớt')} {s('chg')} {c.V.cn}\nNăm nay {s.b.grp} có "
                      f"{s('cur')} {c.V.cn}, năm {c.Y1} là {s('prev')}."),
        lambda c, s: (f"PV: Số {c.V.cn} {s.b.inb} thay đổi ra sao so với năm ngoái?\n– Từ {s('prev')} "
                      f"{_lx(s, 'chg')} {s('cur')}, tức {_ud(s, 'chg')} {s('chg')}."),
        lambda c, s: (f"{_spk(c)} cho biết {s.b.grp} năm nay có {s('cur')} {c.V.cn}, {_ud(s, 'chg')} {s('chg')} so "
                      f"với con số {s('prev')} của năm {c.Y1}."),
        lambda c, s: (f"{s('prev')} → {s('cur')}: đó là số {c.V.cn} {s.b.inb} năm {c.Y1} và năm {c.Y}, "
                      f"{_ud(s, 'chg')} {s('chg')}."),
        lambda c, s: (f"Từ {s('prev', 'v')} {c.V.cn} năm {c.Y1}, {s.b.grp} năm nay có {s('cur', 'v')}, "
                      f"{s.t('chg', 'nhiều hơn', 'ít hơn')} {s('chg', 'v')}."),
        lambda c, s: (f"Năm ngoái {s('prev')}, năm nay {s('cur')}: số {c.V.cn} {s.b.inb} {_ud(s, 'chg')} "
                      f"{s('chg')}."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} {_ud(s, 'chg')} {s('chg')} so với năm {c.Y1}.",
                      f"Năm {c.Y}, {s.b.grp} có {s('cur')} {c.V.cn}; năm {c.Y1} có {s('prev')} {c.V.cn}."),
        lambda c, s: (f"{s.b.Grp} {s.t('chg', 'nới rộng', 'co lại')}: {s('cur')} {c.V.cn} (năm {c.Y1}: "
                      f"{s('prev')}), chênh {s('chg')}."),
        _cc_p9,
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} [{s('cur')}] {_ud(s, 'chg')} {s('chg')} so với năm {c.Y1} "
                      f"[{s('prev')}]."),
        lambda c, s: (f"Có {s('cur')} {c.V.cn} {s.b.inb} năm nay, con số năm {c.Y1} là {s('prev')} – tức "
                      f"{s.t('chg', 'nhiều hơn', 'ít hơn')} {s('chg', 'w')}."),
        lambda c, s: (f"So với năm {c.Y1}, {s.b.grp} {s.t('chg', 'đông thêm', 'vơi đi')} {s('chg')} {c.V.cn}, từ "
                      f"{s('prev')} thành {s('cur')}."),
    ],
}

# ---------------------------------------------------------------- a unit's rank against last year's


def _nth(c, s, role: str) -> str:
    """A rank after "thứ" in words, except 1 and 4 ("thứ nhất", "thứ tư" are irregular), kept in digits."""
    return s(role) if c.value(s, role) in (1, 4) else s(role, "v")


def _rk_o2(c, s):
    if s.t("move", True, False):
        return (f"Thứ hạng của {s.U.name} tăng {s('move')} bậc (từ {s('pr')} lên {s('r')}/{s('den')}); đề nghị "
                f"{_head(s.U)} tiếp tục phát huy.")
    return (f"Thứ hạng của {s.U.name} giảm {s('move')} bậc (từ {s('pr')} xuống {s('r')}/{s('den')}); đề nghị "
            f"{_head(s.U)} chỉ đạo khắc phục.")


def _rk_p9(c, s):
    return (f"{s.U.name}:\n• Hạng năm {c.Y}: {s('r')}/{s('den')}\n• Hạng năm {c.Y1}: {s('pr')}\n"
            f"• {_cap(_ud(s, 'move'))} {s('move')} bậc")


RANK = {
    "official": [
        lambda c, s: (f"{s.U.name} xếp thứ {s('r')} trên {s('den')} {c.V.cn} (năm {c.Y1}: thứ {s('pr')}), "
                      f"{_ud(s, 'move')} {s('move')} bậc."),
        _rk_o2,
        lambda c, s: (f"Cột “Xếp hạng” của {s.U.name}: {s('r')}/{s('den')}; cột “Xếp hạng năm {c.Y1}”: {s('pr')}; "
                      f"cột “Tăng (+)/giảm (-) bậc”: {_sign(s, 'move')}{s('move')}."),
        lambda c, s: (f"Với thứ hạng {s('r')}/{s('den')}, {s.U.name} {s.t('move', 'đã cải thiện', 'bị tụt')} "
                      f"{s('move')} bậc so với năm trước (thứ {s('pr')})."),
        lambda c, s: (f"Năm {c.Y1} xếp thứ {s('pr')}, năm {c.Y} xếp thứ {s('r')} trong số {s('den')} {c.V.cn} – "
                      f"{s.U.name} {_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"{s.U.name} {_ud(s, 'move')} {s('move', 'v')} bậc so với năm {c.Y1}.",
                      f"Vị trí của {s.U.name}: thứ {s('r')}/{s('den')} năm {c.Y}, thứ {s('pr')} năm {c.Y1}."),
        lambda c, s: (f"{s.U.name} [hạng {s('r')}/{s('den')}] {_ud(s, 'move')} {s('move')} bậc so với vị trí "
                      f"{s('pr')} của năm {c.Y1}."),
        lambda c, s: (f"So với năm {c.Y1}, thứ hạng của {s.U.name} thay đổi theo chiều "
                      f"{s.t('move', 'tích cực', 'đi xuống')}: từ {s('pr')} {_lx(s, 'move')} {s('r')}/{s('den')} "
                      f"({s('move')} bậc)."),
        lambda c, s: (f"Thứ hạng năm {c.Y} của {s.U.name}: {s('r', 'z')}/{s('den')}; năm {c.Y1}: {s('pr', 'z')}; "
                      f"mức {_ud(s, 'move')}: {s('move', 'z')} bậc."),
        lambda c, s: (f"{s.U.name} đứng ở vị trí {s('r')} trong bảng xếp hạng {s('den')} {c.V.cn}, "
                      f"{s.t('move', 'vượt', 'lùi')} {s('move')} bậc so với vị trí {s('pr')} của năm {c.Y1}."),
        lambda c, s: (f"Năm {c.Y}, {s.U.name} xếp hạng {s('r')}/{s('den')}; năm {c.Y1}, hạng {s('pr')}; mức thay "
                      f"đổi là {s('move')} bậc ({_ud(s, 'move')})."),
        lambda c, s: (f"Đối với {s.U.name}, vị trí năm {c.Y1} là thứ {s('pr')}; năm {c.Y} là thứ {s('r')} "
                      f"(tổng số {s('den')} {c.V.cn}); như vậy {_ud(s, 'move')} {s('move')} bậc."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name} {s.t('move', 'thăng', 'rớt')} {s('move')} hạng\nNăm nay {c.V.this} xếp thứ "
                      f"{s('r')}/{s('den')}, năm {c.Y1} xếp thứ {s('pr')}."),
        lambda c, s: (f"PV: {s.U.name} năm nay đứng ở đâu?\n– Thứ {s('r')}/{s('den')}, so với thứ {s('pr')} năm "
                      f"ngoái, tức {_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"“Chúng tôi đã {s.t('move', 'tiến', 'lùi')} {s('move')} bậc”, {_head(s.U)} nói. Năm nay "
                      f"{s.U.name} xếp thứ {s('r')}/{s('den')}, năm {c.Y1} thứ {s('pr')}."),
        lambda c, s: (f"Từ thứ {_nth(c, s, 'pr')} {_lx(s, 'move')} thứ {_nth(c, s, 'r')} trong {s('den')} "
                      f"{c.V.cn}: {s.U.name} {_ud(s, 'move')} {s('move', 'v')} bậc."),
        lambda c, s: (f"{s.t('move', 'Cú nhảy', 'Cú rơi')} {s('move')} bậc đưa {s.U.name} tới vị trí "
                      f"{s('r')}/{s('den')} (năm {c.Y1}: {s('pr')})."),
        lambda c, s: (f"{s('move', 'W')} bậc – đó là mức {_ud(s, 'move')} hạng của {s.U.name}, nay xếp "
                      f"{s('r')}/{s('den')}, năm {c.Y1} xếp {s('pr')}."),
        _rk_p9,
        lambda c, s: (f"{s.U.name} [{s('r')}/{s('den')}] {_ud(s, 'move')} {s('move')} bậc; năm {c.Y1} ở vị trí "
                      f"{s('pr')}."),
        lambda c, s: (f"Từ hạng {s('pr')} năm {c.Y1}, {s.U.name} nay ở hạng {s('r')} trên tổng số {s('den')}, "
                      f"{_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: f"{s.U.name} {_ud(s, 'move')} {s('move')} bậc ({s('pr')} → {s('r')}/{s('den')}).",
        lambda c, s: (f"Năm nay {s.U.name} {_ud(s, 'move')} {s('move')} bậc.",
                      f"Thứ hạng cụ thể: {s.U.name} năm {c.Y1} đứng thứ {s('pr')}, năm {c.Y} đứng thứ "
                      f"{s('r')}/{s('den')}."),
        lambda c, s: (f"Thứ hạng của {s.U.name} năm nay ({s('r')}/{s('den')}) {s.t('move', 'cao hơn', 'thấp hơn')} "
                      f"năm {c.Y1} ({s('pr')}) {s('move')} bậc."),
    ],
}

# ---------------------------------------------------------------- how many rose and how many fell


def _ud_o6(c, s):
    up, down = s.big("up"), s.big("down")
    if up == down:
        return f"Số {c.V.cn} tăng điểm ({s('up')}) và giảm điểm ({s('down')}) cân bằng nhau."
    lead = "tăng" if up > down else "giảm"
    return (f"Xu hướng {lead} điểm chiếm ưu thế: {s('up')} {c.V.cn} tăng điểm, {s('down')} {c.V.cn} giảm điểm so "
            f"với năm {c.Y1}.")


def _ud_p5(c, s):
    up, down = s.big("up"), s.big("down")
    side = ("phe tăng điểm đông hơn" if up > down else "phe giảm điểm đông hơn" if down > up
            else f"số {c.V.cn} tăng và giảm bằng nhau")
    return f"Tăng điểm: {s('up')} {c.V.cn}; giảm điểm: {s('down')} {c.V.cn} – {side}."


def _ud_p9(c, s):
    return f"Biến động so với năm {c.Y1}:\n• Tăng điểm: {s('up')}\n• Giảm điểm: {s('down')}"


UP_DOWN = {
    "official": [
        lambda c, s: (f"So với năm {c.Y1}, Chỉ số CCHC của {s('up')} {c.V.cn} tăng lên; của {s('down')} {c.V.cn} "
                      f"giảm xuống."),
        lambda c, s: f"Mức tăng điểm được ghi nhận ở {s('up')} {c.V.cn}, mức giảm điểm ở {s('down')} {c.V.cn}.",
        lambda c, s: (f"Biến động điểm số so với năm {c.Y1}: a) tăng: {s('up')} {c.V.cn}; b) giảm: {s('down')} "
                      f"{c.V.cn}."),
        lambda c, s: (f"Năm {c.Y}, {s('down', 'v')} {c.V.cn} giảm điểm, {s('up', 'v')} {c.V.cn} tăng điểm so với "
                      f"năm liền trước."),
        lambda c, s: (f"Cột “Tăng/giảm so với năm {c.Y1}” có {s('up')} dòng mang giá trị dương và {s('down')} dòng "
                      f"mang giá trị âm."),
        _ud_o6,
        lambda c, s: (f"Số {c.V.cn} tăng điểm so với năm {c.Y1} là {s('up')}.",
                      f"Về chiều ngược lại, có {s('down')} {c.V.cn} giảm điểm."),
        lambda c, s: (f"{s('up')} {c.V.cn} có điểm năm {c.Y} cao hơn năm {c.Y1}; {s('down')} {c.V.cn} có điểm "
                      f"thấp hơn."),
        lambda c, s: (f"Về xu hướng biến động, số {c.V.cn} tăng điểm là {s('up')}, số {c.V.cn} giảm điểm là "
                      f"{s('down')}."),
        lambda c, s: (f"Số {c.V.cn} tăng điểm [{s('up')}] và giảm điểm [{s('down')}] được thống kê tại Phụ "
                      f"lục."),
        lambda c, s: f"Tăng điểm: {s('up', 'z')} {c.V.cn}; giảm điểm: {s('down', 'z')} {c.V.cn}.",
        lambda c, s: (f"Trong số {c.V.coll}, {s('up')} {c.V.cn} cải thiện kết quả so với năm {c.Y1}, còn "
                      f"{s('down')} {c.V.cn} có kết quả thấp hơn."),
    ],
    "press": [
        lambda c, s: (f"{s('up')} {c.V.cn} tăng điểm, {s('down')} {c.V.cn} giảm điểm\nĐó là bức tranh biến động "
                      f"{_idx(c)} {c.Y} so với năm {c.Y1}."),
        lambda c, s: (f"PV: Bao nhiêu {c.V.cn} tăng điểm, bao nhiêu giảm điểm?\n– Tăng {s('up')}, giảm "
                      f"{s('down')}."),
        lambda c, s: (f"“{s('up')} {c.V.cn} tăng điểm, {s('down')} {c.V.cn} giảm điểm so với năm trước”, "
                      f"{_spk(c)} tóm tắt."),
        lambda c, s: f"Biến động điểm so với năm {c.Y1}: ↑ {s('up')} {c.V.cn}, ↓ {s('down')} {c.V.cn}.",
        _ud_p5,
        lambda c, s: f"Số {c.V.cn} đi lên ({s('up')}) và đi xuống ({s('down')}) so với năm {c.Y1}.",
        lambda c, s: (f"Năm nay {s('up', 'v')} {c.V.cn} có điểm tốt hơn năm ngoái, {s('down', 'v')} {c.V.cn} có "
                      f"điểm kém hơn."),
        lambda c, s: (f"Có {s('down')} {c.V.cn} giảm điểm so với năm {c.Y1}.",
                      f"Phần còn lại của bức tranh: {s('up')} {c.V.cn} tăng điểm."),
        _ud_p9,
        lambda c, s: f"Tăng điểm [{s('up')}], giảm điểm [{s('down')}]: đó là kết quả so với năm {c.Y1}.",
        lambda c, s: (f"Nhìn cột so sánh với năm {c.Y1} sẽ thấy: {s('up')} {c.V.cn} tăng, {s('down')} {c.V.cn} "
                      f"giảm."),
        lambda c, s: (f"So với năm ngoái: {s('up')} {c.V.cn} “lên”, {s('down')} {c.V.cn} “xuống”."),
    ],
}

# ---------------------------------------------------------------- survey ballots


def _ba_o1(c, s):
    items = [f"{_LETTERS[i]}) {lab}: {s(r)} phiếu" for i, (r, lab) in enumerate(_bl(s))]
    return "Phiếu điều tra xã hội học thu về: " + "; ".join(items) + f". Cộng: {s('total')} phiếu."


def _ba_o2(c, s):
    return (f"{s('total')} phiếu điều tra xã hội học đã được thu về, gồm "
            + _enum([f"{s(r)} phiếu do {lab} trả lời" for r, lab in _bl(s)], "; ") + ".")


def _ba_o3(c, s):
    return ("Về điều tra xã hội học, " + _enum([f"{lab} trả lời {s(r)} phiếu" for r, lab in _bl(s)], "; ")
            + f"; tổng số phiếu hợp lệ là {s('total')}.")


@_approx
def _ba_o4(c, s):
    return (f"Số phiếu khảo sát hợp lệ khoảng {s('total')} phiếu (số liệu đã làm tròn), gồm "
            + _enum([f"khoảng {s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_o5(c, s):
    return (f"Tổng số phiếu khảo sát năm {c.Y} là {s('total')}.",
            "Phân theo đối tượng: " + "; ".join(f"{lab} – {s(r)} phiếu" for r, lab in _bl(s)) + ".")


def _ba_o6(c, s):
    return (f"Tổng số phiếu hợp lệ: {s('total')} = " + " + ".join(s(r) for r, _ in _bl(s))
            + " (lần lượt của " + _enum([lab for _, lab in _bl(s)], "; ") + ").")


def _ba_o7(c, s):
    lines = [f"• {_cap(lab)}: {s(r)} phiếu" for r, lab in _bl(s)]
    return "Kết quả thu phiếu:\n" + "\n".join(lines) + f"\n• Tổng cộng: {s('total')} phiếu"


def _ba_o8(c, s):
    return ("Hàng “Cộng” của bảng tổng hợp phiếu ghi " + f"{s('total')}; các hàng còn lại: "
            + "; ".join(f"{lab} {s(r)}" for r, lab in _bl(s)) + ".")


@_approx
def _ba_o9(c, s):
    return (f"Ước khoảng {s('total')} phiếu đã được thu về, trong đó "
            + _enum([f"{lab} ước khoảng {s(r)} phiếu" for r, lab in _bl(s)], "; ") + ".")


def _ba_o10(c, s):
    return ("Số phiếu thu về từ " + _enum([f"{lab} là {s(r)}" for r, lab in _bl(s)], "; ")
            + f"; cộng chung {s('total')} phiếu.")


def _ba_o11(c, s):
    return (f"Việc điều tra xã hội học được thực hiện trên {s('total')} phiếu hợp lệ [" +
            "; ".join(f"{lab}: {s(r)}" for r, lab in _bl(s)) + "].")


def _ba_o12(c, s):
    first, *rest = _bl(s)
    text = f"Đối với {first[1]}, số phiếu thu về là {s(first[0])}."
    for r, lab in rest:
        text += f" Đối với {lab}, số phiếu là {s(r)}."
    return text + f" Tổng số phiếu: {s('total')}."


def _ba_p1(c, s):
    return (f"{s('total')} phiếu khảo sát\n" + _cap(_enum([f"{lab} gửi về {s(r)} phiếu" for r, lab in _bl(s)],
                                                            "; ")) + ".")


def _ba_p2(c, s):
    return (f"PV: Kết quả dựa trên bao nhiêu phiếu?\n– {s('total')} phiếu, trong đó "
            + _enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p3(c, s):
    return (f"{_spk(c)} cho biết đã thu về {s('total')} phiếu khảo sát: "
            + "; ".join(f"{lab} {s(r)}" for r, lab in _bl(s)) + ".")


@_approx
def _ba_p4(c, s):
    return (f"Con số làm tròn: khoảng {s('total')} phiếu khảo sát, trong đó "
            + _enum([f"{lab} khoảng {s(r)}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p5(c, s):
    return "Phiếu khảo sát:\n" + "\n".join(f"• {_cap(lab)}: {s(r)}" for r, lab in _bl(s)) + f"\n• Tổng: {s('total')}"


def _ba_p6(c, s):
    return (f"Tổng số phiếu: {s('total')} (" + " + ".join(f"{s(r)} của {lab}" for r, lab in _bl(s)) + ").")


def _ba_p7(c, s):
    return (f"Số phiếu hợp lệ năm nay là {s('total')}.",
            "Trong đó, " + _enum([f"{lab} chiếm {s(r)} phiếu" for r, lab in _bl(s)], "; ") + ".")


def _ba_p8(c, s):
    return ("Người trả lời: " + " / ".join(f"{lab} ({s(r)})" for r, lab in _bl(s))
            + f"; cộng {s('total')} phiếu.")


@_approx
def _ba_p9(c, s):
    return (f"Ước {s('total')} phiếu khảo sát (đã làm tròn) được thu về, gồm "
            + _enum([f"ước {s(r)} phiếu từ {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p10(c, s):
    return ("Tiếng nói của " + _enum([f"{lab} ({s(r)} phiếu)" for r, lab in _bl(s)], "; ")
            + f" – tổng cộng {s('total')} phiếu – là cơ sở chấm điểm năm nay.")


def _ba_p11(c, s):
    return (f"Cuộc khảo sát thu về [{s('total')}] phiếu: " + "; ".join(f"{lab} [{s(r)}]" for r, lab in _bl(s))
            + ".")


def _ba_p12(c, s):
    first, *rest = _bl(s)
    return (f"Riêng {first[1]} đã gửi về {s(first[0])} phiếu; "
            + "; ".join(f"{lab} gửi về {s(r)} phiếu" for r, lab in rest) + f". Tổng số: {s('total')} phiếu.")


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
