"""Cellar phrasings: a tenth set of sentences for `claim_text`, written blind to the extractor, its frames, its
misses and its benchmark output, and apart from the nine sets before it (the tuning table and the crypt set were
read only enough to learn the interface and the roles). It imitates what auditors receive: Sở Nội vụ báo cáo,
tờ trình and thông báo, Bộ Nội vụ announcements, and news copy (headlines with a lede, questions and answers,
quotes from officials), with tables told in prose (columns, rows, "Phụ lục"), "+" and "–" bullets, items lettered
"a) b)", enumerations across sentences, appositions, parentheticals, ellipsis, a figure referred back to ("con
số này", "mức điểm ấy") instead of being printed again, lists with mixed separators, numbers as words and with
leading zeros, decimal point and "điểm phần trăm". It exists to measure reach on prose nobody has fitted to; once
its sentences or misses are read by whoever tunes the extractor, it is no longer blind.

Same interface as `claim_phrasings_crypt.py`: fn(c, s) -> text, or (text, a sentence for another paragraph);
`s(role, fmt)` prints and records one figure (fmt letters: u unit, p decimal point, z leading zero, w / W number
word up to ten, v number word up to nineteen, + signed); `s.t(role, up, down)` the direction word of a signed
figure; `s.ml()` the member list. Every entry belongs to the "cellar" set. Each kind states exactly the roles its
tuning phrasings state, each once; no other numeral is printed than years, band bounds, the threshold and the
scale's maximum, and no number word that is not a recorded figure (ordinals of an enumeration aside). Words whose
truth depends on the world ("nhiều hơn / ít hơn", "đông nhất", "lên / xuống", "chỉ còn") are chosen from the
world, never asserted blindly; approximate ballots ("xấp xỉ", "khoảng", "trên dưới", "chừng") are printed only on
rounded figures.

Do not tune the extractor against these sentences; read the benchmark's summary rows only.
"""

from __future__ import annotations

from typing import Any

from samples.generator.claim_phrasings import _approx, _bl, _cap, _enum, _idx, _lx, _n, _names, _org, _prov, _tail, _ud

_ORD = ("thứ nhất", "thứ hai", "thứ ba", "thứ tư", "thứ năm")
_LETTERS = "abcdefgh"


def _who(c) -> str:
    """An official quoted by the press or named in a report."""
    return f"Giám đốc Sở Nội vụ {c.V.place}" if _prov(c) else "Vụ trưởng Vụ Cải cách hành chính (Bộ Nội vụ)"


def _more(s, first: str, second: str) -> str:
    """How the first count compares with the second, from the world."""
    a, b = s.big(first), s.big(second)
    return "nhiều hơn" if a > b else ("ít hơn" if a < b else "bằng")


def _biggest(s) -> tuple[Any, str] | None:
    """The band with strictly the most units, or None when two bands tie for it."""
    sizes = sorted((s.big(r) for _, r in s.bands), reverse=True)
    if len(sizes) > 1 and sizes[0] == sizes[1]:
        return None
    return max(s.bands, key=lambda br: s.big(br[1]))


def _nobody(c, s) -> str:
    """Bands nobody reached, in words only (no numeral)."""
    return "".join(f"; {b.grp} không có {c.V.cn} nào" for b in s.zero)


def _mixed(items: list[str]) -> str:
    """Items joined by ", " and "; " in turn, the last by " và "."""
    if len(items) == 1:
        return items[0]
    out = ""
    for i, item in enumerate(items[:-1]):
        out += item + ("; " if i % 2 else ", ")
    return out[:-2] + " và " + items[-1]


def _one(s, role: str, one: str, many: str) -> str:
    """A word that agrees with a count: `one` when it is 1."""
    return one if s.big(role) == 1 else many


# ---------------------------------------------------------------- total (the lead)

TOTAL = {
    "official": [
        lambda c, s: (f"Thực hiện Đề án xác định Chỉ số CCHC, năm {c.Y} {c.V.ev} đã hướng dẫn {s('total', 'z')} "
                      f"{c.V.units}{_tail(c)} tự đánh giá, chấm điểm và gửi hồ sơ kiểm chứng."),
        lambda c, s: (f"Chỉ số CCHC năm {c.Y} được xác định đối với {c.V.coll}, cụ thể là {s('total')} {c.V.cn}, "
                      f"không bỏ sót {c.V.one} nào."),
        lambda c, s: (f"Về đối tượng: {s('total')} {c.V.units}{_tail(c)}, theo danh sách tại Phụ lục kèm theo "
                      f"Báo cáo này."),
        lambda c, s: (f"{c.V.ev} đã nhận đủ hồ sơ tự đánh giá của {s('total')} {c.V.units}{_tail(c)} đúng thời "
                      f"hạn quy định."),
        lambda c, s: (f"Toàn bộ {c.V.coll} (tổng số {s('total')} {c.V.cn}) đã hoàn thành việc tự chấm điểm năm "
                      f"{c.Y}."),
        lambda c, s: (f"Kỳ đánh giá năm {c.Y} có sự tham gia của {s('total', 'v')} {c.V.units}{_tail(c)}."),
        lambda c, s: (f"Căn cứ kết quả thẩm định, {c.V.ev} tổng hợp điểm số và xếp hạng {s('total')} {c.V.units}"
                      f"{_tail(c)} như sau."),
        lambda c, s: (f"Số lượng {c.V.cn} thuộc đối tượng xác định Chỉ số CCHC năm {c.Y}: {s('total')} (theo danh "
                      f"sách đính kèm)."),
        lambda c, s: (f"Việc đánh giá được tiến hành trên cơ sở: a) Bộ Chỉ số đã ban hành; b) hồ sơ tự đánh giá của "
                      f"{s('total')} {c.V.units}{_tail(c)}; c) kết quả điều tra xã hội học năm {c.Y}."),
        lambda c, s: (f"Đến hết thời hạn thẩm định, đã có {s('total')} {c.V.units}{_tail(c)} được {c.V.ev} thống "
                      f"nhất kết quả tự đánh giá."),
        lambda c, s: (f"{_cap(c.V.coll)}, gồm {s('total')} {c.V.cn}, là đối tượng được đánh giá, xếp hạng theo Bộ "
                      f"Chỉ số năm {c.Y}."),
        lambda c, s: (f"Tờ trình này báo cáo kết quả chấm điểm cải cách hành chính năm {c.Y} của {s('total')} "
                      f"{c.V.units}{_tail(c)}."),
    ],
    "press": [
        lambda c, s: f"{_idx(c)} {c.Y}: điểm danh {s('total')} {c.V.units}.",
        lambda c, s: (f"(Báo Điện tử) – {s('total')} {c.V.units}{_tail(c)} vừa nhận “bảng điểm” cải cách hành "
                      f"chính năm {c.Y}."),
        lambda c, s: (f"Hỏi: Kỳ xếp hạng năm {c.Y} có bao nhiêu {c.V.cn}? Đáp: {s('total')} {c.V.cn}, đủ "
                      f"{c.V.coll}."),
        lambda c, s: f"Chỉ số năm nay được “đo” trên {s('total')} {c.V.units}{_tail(c)}.",
        lambda c, s: (f"Chiều qua, {_org(c)} đã công khai kết quả chấm điểm của {s('total')} {c.V.units}"
                      f"{_tail(c)}."),
        lambda c, s: f"Cuộc “sát hạch” cải cách hành chính năm {c.Y} quy tụ {s('total')} {c.V.units}.",
        lambda c, s: f"Có mặt trên bảng xếp hạng năm nay: {s('total')} {c.V.units}{_tail(c)}.",
        lambda c, s: (f"“Năm nay chúng tôi chấm điểm {s('total')} {c.V.units}{_tail(c)}”, {_who(c)} chia sẻ với "
                      f"phóng viên."),
        lambda c, s: (f"Kết quả chấm điểm cải cách hành chính năm {c.Y} của {c.V.coll} ({s('total')} {c.V.cn}) "
                      f"đã được công bố."),
        lambda c, s: (f"Tổng cộng {s('total', 'v')} {c.V.units}{_tail(c)} góp mặt trong bảng xếp hạng {_idx(c)} "
                      f"{c.Y}."),
        lambda c, s: f"Bảng xếp hạng năm {c.Y} trải dài từ ngôi đầu tới vị trí thứ {s('total')}.",
        lambda c, s: (f"Không {c.V.one} nào vắng mặt: {s('total')} {c.V.units}{_tail(c)} đều có tên trong bảng "
                      f"điểm {_idx(c)} {c.Y}."),
    ],
}

# ---------------------------------------------------------------- average with the previous year


def _av_p5(c, s):
    return (f"Toàn cảnh điểm trung bình:\n– Năm {c.Y}: {s('avg', 'u')}\n– Năm {c.Y1}: {s('prev', 'u')}\n"
            f"– Chênh lệch: {s('delta', '+')}{c.dp}")


def _av_o5(c, s):
    return (f"Xét về mặt bằng chung, có thể rút ra các điểm sau. Thứ nhất, điểm bình quân năm {c.Y} là "
            f"{s('avg', 'u')}. Thứ hai, điểm bình quân năm {c.Y1} là {s('prev', 'u')}. Thứ ba, mức "
            f"{_ud(s, 'delta')} giữa các kỳ là {s('delta', 'u')}.")


AVERAGE = {
    "official": [
        lambda c, s: (f"Chỉ số CCHC bình quân của {c.V.coll} năm {c.Y}: {s('avg', 'u')}. So với năm {c.Y1} "
                      f"({s('prev', 'u')}), chỉ số bình quân {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Tại dòng “Bình quân chung” của Bảng tổng hợp: cột năm {c.Y1} ghi {s('prev', 'u')}, cột năm "
                      f"{c.Y} ghi {s('avg', 'u')}, cột chênh lệch ghi {s('delta', '+')}{c.dp}."),
        lambda c, s: (f"Kết quả bình quân đạt {s('avg', 'u')}, {s.t('delta', 'cao hơn', 'thấp hơn')} mức "
                      f"{s('prev', 'u')} của năm {c.Y1}; phần chênh lệch là {s('delta', 'u')}."),
        lambda c, s: (f"Điểm bình quân năm {c.Y} đạt {s('avg', 'pu')} (năm {c.Y1}: {s('prev', 'pu')}); mức "
                      f"{_ud(s, 'delta')} tương ứng {s('delta', 'p')}{c.dp}."),
        _av_o5,
        lambda c, s: (f"Giá trị trung bình năm {c.Y} – {s('avg', 'u')} – đã {s.t('delta', 'cải thiện', 'suy giảm')} "
                      f"{s('delta')}{c.dp} so với con số {s('prev', 'u')} của năm trước."),
        lambda c, s: (f"Điểm trung bình của {c.V.coll} trong năm {c.Y} được xác định là {s('avg', 'u')}.",
                      f"Cũng theo kết quả tổng hợp, điểm trung bình năm {c.Y1} là {s('prev', 'u')}; như vậy năm "
                      f"{c.Y} đã {_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"Từ {s('prev', 'u')} (năm {c.Y1}), giá trị bình quân đã chuyển thành {s('avg', 'u')} (năm "
                      f"{c.Y}); biên độ thay đổi {s('delta')}{c.dp}, theo hướng {_ud(s, 'delta')}."),
        lambda c, s: (f"Giá trị trung bình Chỉ số CCHC qua các năm: {c.Y1} – {s('prev', 'u')}; {c.Y} – "
                      f"{s('avg', 'u')} ({_ud(s, 'delta')} {s('delta')}{c.dp})."),
        lambda c, s: (f"Bình quân chung {c.V.where} năm {c.Y} đạt {s('avg', 'u')}. Con số này "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} năm {c.Y1} {s('delta')}{c.dp} (năm {c.Y1} đạt "
                      f"{s('prev', 'u')})."),
        lambda c, s: (f"Đặt cạnh nhau, giá trị trung bình năm {c.Y} và năm {c.Y1} lần lượt là {s('avg', 'u')} và "
                      f"{s('prev', 'u')}, chênh lệch {s('delta')}{c.dp} theo chiều "
                      f"{s.t('delta', 'đi lên', 'đi xuống')}."),
        lambda c, s: (f"Trên thang điểm 100, điểm trung bình năm {c.Y} của {c.V.coll} là {s('avg')} (năm {c.Y1}: "
                      f"{s('prev')}), {_ud(s, 'delta')} {s('delta')} điểm."),
    ],
    "press": [
        lambda c, s: (f"Điểm trung bình {s.t('delta', 'đi lên', 'đi xuống')}: {s('avg', 'u')}. Năm {c.Y1}, con số "
                      f"này là {s('prev', 'u')}; chênh lệch {s('delta')}{c.dp}."),
        lambda c, s: (f"“Bình quân năm nay đạt {s('avg', 'u')}, {_ud(s, 'delta')} {s('delta')}{c.dp} so với năm "
                      f"trước”, {_who(c)} cho biết. Năm {c.Y1}, điểm bình quân là {s('prev', 'u')}."),
        lambda c, s: (f"Mặt bằng chung năm {c.Y} thế nào? {s('avg', 'u')}, so với {s('prev', 'u')} của năm {c.Y1} "
                      f"– {_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"Con số trung bình năm nay ({s('avg', 'u')}) {s.t('delta', 'vượt', 'thấp hơn')} năm {c.Y1} "
                      f"({s('prev', 'u')}) {s('delta')}{c.dp}."),
        _av_p5,
        lambda c, s: (f"Bình quân {c.V.where} năm nay là {s('avg', 'pu')}; so với {s('prev', 'pu')} năm {c.Y1} "
                      f"thì {_ud(s, 'delta')} {s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"{_cap(c.V.coll_s)} đạt bình quân {s('avg', 'u')} trong năm {c.Y}; năm {c.Y1} là "
                      f"{s('prev', 'u')}. {_cap(_ud(s, 'delta'))} {s('delta')}{c.dp}."),
        lambda c, s: (f"Năm {c.Y}, điểm trung bình {_ud(s, 'delta')} {s('delta')}{c.dp} và dừng ở {s('avg', 'u')}.",
                      f"Để so sánh, điểm trung bình năm {c.Y1} là {s('prev', 'u')}."),
        lambda c, s: (f"Nhìn tổng thể, {s('avg', 'u')} là điểm trung bình năm {c.Y}; con số của năm {c.Y1} là "
                      f"{s('prev', 'u')}; độ {_ud(s, 'delta')}: {s('delta', 'u')}."),
        lambda c, s: (f"So với năm {c.Y1} – khi điểm bình quân ở mức {s('prev', 'u')} – năm nay "
                      f"{s.t('delta', 'khá hơn', 'kém hơn')}: {s('avg', 'u')}, chênh {s('delta', 'u')}."),
        lambda c, s: (f"Trung bình mỗi {c.V.one} đạt {s('avg', 'u')}; năm {c.Y1} là {s('prev', 'u')}, tức đã "
                      f"{s.t('delta', 'cải thiện', 'sụt')} {s('delta')}{c.dp}."),
        lambda c, s: (f"{s('avg', 'u')} – đó là điểm bình quân {_idx(c)} {c.Y}, {_ud(s, 'delta')} {s('delta')}"
                      f"{c.dp} so với mốc {s('prev', 'u')} năm {c.Y1}."),
    ],
}

# ---------------------------------------------------------------- a unit's change, values in other sentences

DELTA = {
    "official": [
        lambda c, s: (f"{s.U.name} đạt {s('cur', 'u')} trong năm {c.Y}; năm {c.Y1}, {c.V.this} đạt "
                      f"{s('prev', 'u')}. Mức {_ud(s, 'delta')}: {s('delta')}{c.dp}."),
        lambda c, s: (f"Đối với {s.U.name}, bảng so sánh cho thấy: điểm năm {c.Y1} là {s('prev', 'u')}, điểm năm "
                      f"{c.Y} là {s('cur', 'u')}, biến động {s('delta', '+')}{c.dp}."),
        lambda c, s: (f"Riêng {s.U.name}, Chỉ số CCHC năm {c.Y} ({s('cur', 'u')}) "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} năm {c.Y1} ({s('prev', 'u')}) là {s('delta', 'u')}."),
        lambda c, s: (f"Kết quả của {s.U.name} năm {c.Y} có sự {s.t('delta', 'tiến bộ', 'giảm sút')}: đạt "
                      f"{s('cur', 'u')}, trong khi năm {c.Y1} đạt {s('prev', 'u')} (chênh lệch {s('delta', 'u')})."),
        lambda c, s: (f"{s.U.name}, với {s('cur', 'u')} năm {c.Y}, đã {_ud(s, 'delta')} {s('delta')}{c.dp} so với "
                      f"năm {c.Y1} ({s('prev', 'u')})."),
        lambda c, s: (f"Chỉ số CCHC của {s.U.name}: năm {c.Y} – {s('cur', 'pu')}; năm {c.Y1} – {s('prev', 'pu')}; "
                      f"{_ud(s, 'delta')} {s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"{s.U.name} là {c.V.one} có Chỉ số CCHC {_ud(s, 'delta')} {s('delta', 'u')} so với năm "
                      f"{c.Y1}.",
                      f"Cụ thể, điểm của {s.U.name} năm {c.Y1} là {s('prev', 'u')} và năm {c.Y} là {s('cur', 'u')}."),
        lambda c, s: (f"Ngoài ra, đối với {s.U.name}: điểm năm {c.Y} đạt {s('cur', 'u')}, "
                      f"{s.t('delta', 'vượt', 'thấp hơn')} điểm năm {c.Y1} ({s('prev', 'u')}) {s('delta')}{c.dp}."),
        lambda c, s: (f"Năm {c.Y1}: {s('prev', 'u')}; năm {c.Y}: {s('cur', 'u')} – đó là kết quả của {s.U.name}, "
                      f"tương ứng mức {_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"Chỉ số CCHC của {s.U.name} đã {s.t('delta', 'được nâng từ', 'giảm từ')} {s('prev', 'u')} "
                      f"(năm {c.Y1}) {s.t('delta', 'lên', 'xuống còn')} {s('cur', 'u')} (năm {c.Y}), tức "
                      f"{s('delta')}{c.dp}."),
        lambda c, s: (f"Trong bảng tổng hợp, {s.U.name} có mức thay đổi {s('delta', '+')}{c.dp}: {s('cur', 'u')} "
                      f"năm {c.Y} so với {s('prev', 'u')} năm {c.Y1}."),
        lambda c, s: (f"{s.t('delta', 'Đáng ghi nhận', 'Đáng lưu ý')} là trường hợp {s.U.name}: {s('cur', 'u')} "
                      f"(năm {c.Y}), so với {s('prev', 'u')} (năm {c.Y1}), {_ud(s, 'delta')} {s('delta', 'u')}."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name}: từ {s('prev', 'u')} {_lx(s, 'delta')} {s('cur', 'u')} ({_ud(s, 'delta')} "
                      f"{s('delta')}{c.dp})."),
        lambda c, s: (f"“Năm nay chúng tôi đạt {s('cur', 'u')}, {_ud(s, 'delta')} {s('delta')}{c.dp} so với năm "
                      f"{c.Y1}”, đại diện {s.U.name} chia sẻ. Kết quả năm {c.Y1} của {s.U.name} là {s('prev', 'u')}."),
        lambda c, s: (f"{s.U.name} năm nay được bao nhiêu điểm? {s('cur', 'u')}, so với {s('prev', 'u')} năm "
                      f"ngoái – {_ud(s, 'delta')} {s('delta', 'u')}."),
        lambda c, s: (f"{s.U.name} {s.t('delta', 'bứt tốc', 'đi lùi')}: {s('cur', 'u')}, {_ud(s, 'delta')} "
                      f"{s('delta')}{c.dp} (năm {c.Y1}: {s('prev', 'u')})."),
        lambda c, s: (f"Điểm số {s.U.name} {s.t('delta', 'tăng', 'hạ')} từ {s('prev', 'u')} {_lx(s, 'delta')} "
                      f"{s('cur', 'u')}, chênh {s('delta')}{c.dp}."),
        lambda c, s: (f"{s.U.name} ghi {s('cur', 'pu')} năm nay (năm ngoái {s('prev', 'pu')}), {_ud(s, 'delta')} "
                      f"{s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"{s.U.name} – năm {c.Y1}: {s('prev', 'u')}, năm {c.Y}: {s('cur', 'u')}, "
                      f"{s.t('delta', 'thêm', 'bớt')} {s('delta', 'u')}."),
        lambda c, s: (f"Với {s('cur', 'u')}, {s.U.name} {_ud(s, 'delta')} {s('delta')}{c.dp} so với cùng kỳ.",
                      f"(Năm {c.Y1}, {s.U.name} đạt {s('prev', 'u')}.)"),
        lambda c, s: (f"Trường hợp {s.U.name} cho thấy rõ sự {s.t('delta', 'chuyển biến', 'sa sút')}: năm {c.Y1} "
                      f"{s('prev', 'u')}, năm {c.Y} {s('cur', 'u')}, chênh {s('delta', 'u')}."),
        lambda c, s: (f"{s('delta', '+')}{c.dp} – đó là mức thay đổi điểm của {s.U.name} ({s('prev', 'u')} năm "
                      f"{c.Y1}, {s('cur', 'u')} năm {c.Y})."),
        lambda c, s: (f"Không thể không nhắc tới {s.U.name}: {s('cur', 'u')} ({c.Y}) so với {s('prev', 'u')} "
                      f"({c.Y1}), {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"So với năm ngoái, {s.U.name} {s.t('delta', 'làm tốt hơn', 'làm kém hơn')} "
                      f"{s('delta', 'u')}; điểm năm nay {s('cur', 'u')}, năm ngoái {s('prev', 'u')}."),
    ],
}

# ---------------------------------------------------------------- highest / lowest

HIGHEST = {
    "official": [
        lambda c, s: f"Vị trí dẫn đầu năm {c.Y} thuộc về {s.T.name} ({s('top', 'u')}).",
        lambda c, s: (f"Dẫn đầu bảng xếp hạng Chỉ số CCHC năm {c.Y} của {c.V.coll} là {s.T.name}; điểm số đạt "
                      f"{s('top', 'u')}."),
        lambda c, s: f"Kết quả cao nhất thuộc về {s.T.name}, đạt {s('top', 'u')}.",
        lambda c, s: f"{s.T.name} là {c.V.one} đứng đầu với Chỉ số CCHC năm {c.Y} đạt {s('top', 'pu')}.",
        lambda c, s: f"Đứng vị trí đầu tiên trong {c.V.coll} là {s.T.name} ({s('top', 'u')}).",
        lambda c, s: f"Về {c.V.one} xếp hạng cao nhất: {s.T.name}, đạt {s('top', 'u')}.",
        lambda c, s: (f"Trong bảng xếp hạng Chỉ số CCHC năm {c.Y}, {s.T.name} chiếm vị trí đầu bảng với "
                      f"{s('top', 'u')}."),
        lambda c, s: f"{s.T.name} đạt kết quả cao nhất {c.V.where} với {s('top', 'u')}.",
        lambda c, s: f"Dòng đầu tiên của Bảng xếp hạng là {s.T.name}, tổng điểm {s('top', 'u')}.",
        lambda c, s: f"{s.T.name} xếp hạng nhất, Chỉ số CCHC đạt {s('top', 'u')}.",
        lambda c, s: f"Đạt {s('top', 'u')}, {s.T.name} là {c.V.one} dẫn đầu Chỉ số CCHC năm {c.Y}.",
        lambda c, s: f"Năm {c.Y}, {s.T.name} có Chỉ số CCHC cao nhất, là {s('top', 'u')}.",
    ],
    "press": [
        lambda c, s: f"Quán quân {_idx(c)} {c.Y}: {s.T.name} ({s('top', 'u')}).",
        lambda c, s: f"Ngôi đầu gọi tên {s.T.name} với {s('top', 'u')}.",
        lambda c, s: f"{s.T.name} xuất sắc giành ngôi đầu, {s('top', 'u')}.",
        lambda c, s: f"Hỏi: Ai đứng đầu năm nay? Đáp: {s.T.name}, {s('top', 'u')}.",
        lambda c, s: f"{s.T.name} chiếm vị trí đầu bảng năm nay với {s('top', 'u')}.",
        lambda c, s: f"Điểm số cao nhất năm {c.Y}, {s('top', 'u')}, là của {s.T.name}.",
        lambda c, s: f"Top đầu: {s.T.name} ({s('top', 'pu')}).",
        lambda c, s: (f"“Chúng tôi đạt {s('top', 'u')}, cao nhất {c.V.where}”, lãnh đạo {s.T.name} phấn khởi cho "
                      f"biết."),
        lambda c, s: f"Bảng xếp hạng năm nay do {s.T.name} đứng đầu, với {s('top', 'u')}.",
        lambda c, s: f"Không ai vượt qua được {s.T.name} ({s('top', 'u')}) trong bảng xếp hạng {_idx(c)} {c.Y}.",
        lambda c, s: f"Với {s('top', 'u')}, {s.T.name} “lên ngôi” ở {_idx(c)} {c.Y}.",
        lambda c, s: f"{s.T.name} là cái tên đứng đầu, đạt {s('top', 'u')}.",
    ],
}

LOWEST = {
    "official": [
        lambda c, s: f"Vị trí cuối cùng năm {c.Y} thuộc về {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: (f"Đứng cuối bảng xếp hạng Chỉ số CCHC năm {c.Y} của {c.V.coll} là {s.B.name}; điểm số đạt "
                      f"{s('bot', 'u')}."),
        lambda c, s: f"Kết quả thấp nhất thuộc về {s.B.name}, đạt {s('bot', 'u')}.",
        lambda c, s: f"{s.B.name} là {c.V.one} xếp cuối với Chỉ số CCHC năm {c.Y} đạt {s('bot', 'pu')}.",
        lambda c, s: f"Đứng vị trí sau cùng trong {c.V.coll} là {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: f"Về {c.V.one} xếp hạng thấp nhất: {s.B.name}, đạt {s('bot', 'u')}.",
        lambda c, s: (f"Trong bảng xếp hạng Chỉ số CCHC năm {c.Y}, {s.B.name} ở vị trí cuối bảng với "
                      f"{s('bot', 'u')}, cần có giải pháp khắc phục."),
        lambda c, s: f"{s.B.name} có kết quả thấp nhất {c.V.where} với {s('bot', 'u')}.",
        lambda c, s: f"Dòng cuối cùng của Bảng xếp hạng là {s.B.name}, tổng điểm {s('bot', 'u')}.",
        lambda c, s: f"{s.B.name} xếp hạng chót, Chỉ số CCHC đạt {s('bot', 'u')}.",
        lambda c, s: f"Chỉ đạt {s('bot', 'u')}, {s.B.name} là {c.V.one} đứng cuối Chỉ số CCHC năm {c.Y}.",
        lambda c, s: f"Năm {c.Y}, {s.B.name} có Chỉ số CCHC thấp nhất, là {s('bot', 'u')}.",
    ],
    "press": [
        lambda c, s: f"Về chót {_idx(c)} {c.Y}: {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: f"Vị trí cuối bảng gọi tên {s.B.name} với {s('bot', 'u')}.",
        lambda c, s: f"{s.B.name} đành nhận vị trí cuối, {s('bot', 'u')}.",
        lambda c, s: f"Hỏi: Ai đứng cuối năm nay? Đáp: {s.B.name}, {s('bot', 'u')}.",
        lambda c, s: f"{s.B.name} nằm ở đáy bảng xếp hạng năm nay với {s('bot', 'u')}.",
        lambda c, s: f"Điểm số thấp nhất năm {c.Y}, {s('bot', 'u')}, là của {s.B.name}.",
        lambda c, s: f"Cuối bảng: {s.B.name} ({s('bot', 'pu')}).",
        lambda c, s: (f"“Đạt {s('bot', 'u')} và đứng cuối là bài học lớn cho chúng tôi”, lãnh đạo {s.B.name} thẳng "
                      f"thắn nhìn nhận."),
        lambda c, s: f"Khép lại bảng xếp hạng năm nay là {s.B.name}, với {s('bot', 'u')}.",
        lambda c, s: f"Không {c.V.one} nào có điểm thấp hơn {s.B.name} ({s('bot', 'u')}) trong {_idx(c)} {c.Y}.",
        lambda c, s: f"Với {s('bot', 'u')}, {s.B.name} “đội sổ” {_idx(c)} {c.Y}.",
        lambda c, s: f"{s.B.name} là cái tên xếp cuối, chỉ đạt {s('bot', 'u')}.",
    ],
}

# ---------------------------------------------------------------- gap between first and last

GAP = {
    "official": [
        lambda c, s: f"Điểm cao nhất ({s.T.name}) và điểm thấp nhất ({s.B.name}) chênh nhau {s('gap')}{c.dp}.",
        lambda c, s: f"Độ chênh lệch giữa kết quả cao nhất và kết quả thấp nhất năm {c.Y} là {s('gap')}{c.dp}.",
        lambda c, s: (f"{s.T.name} hơn {s.B.name} {s('gap')}{c.dp}; đây là khoảng cách giữa đầu và cuối bảng xếp "
                      f"hạng."),
        lambda c, s: (f"Phổ điểm năm {c.Y} rộng {s('gap', 'u')}, tính từ {c.V.one} thấp nhất ({s.B.name}) tới "
                      f"{c.V.one} cao nhất ({s.T.name})."),
        lambda c, s: (f"Chênh lệch giữa {c.V.one} có Chỉ số CCHC cao nhất và {c.V.one} có Chỉ số CCHC thấp nhất là "
                      f"{s('gap', 'pu')}."),
        lambda c, s: (f"Kết quả giữa {c.V.coll_s} chưa đồng đều: {c.V.one} dẫn đầu cao hơn {c.V.one} cuối bảng "
                      f"{s('gap')}{c.dp}."),
        lambda c, s: f"Lấy điểm của {s.T.name} trừ điểm của {s.B.name}, được {s('gap')}{c.dp}.",
        lambda c, s: f"{s.B.name} thấp hơn {c.V.one} dẫn đầu là {s.T.name} {s('gap', 'u')}.",
        lambda c, s: f"Năm {c.Y}, khoảng cách đầu – cuối bảng là {s('gap')}{c.dp}.",
        lambda c, s: (f"Giữa vị trí dẫn đầu ({s.T.name}) và vị trí cuối cùng ({s.B.name}), mức chênh là "
                      f"{s('gap', 'u')}."),
        lambda c, s: f"Về mức độ phân hóa, {s('gap')}{c.dp} là độ chênh giữa {s.T.name} và {s.B.name}.",
        lambda c, s: (f"Điểm số của {s.T.name} và {s.B.name} – {c.V.cn} xếp đầu và {c.V.cn} xếp cuối – cách biệt "
                      f"{s('gap', 'u')}."),
    ],
    "press": [
        lambda c, s: f"{s('gap', 'u')} là độ vênh giữa đầu bảng và cuối bảng.",
        lambda c, s: f"{s.T.name} và {s.B.name} ở đầu và cuối bảng, cách nhau {s('gap')}{c.dp}.",
        lambda c, s: f"Hỏi: Đầu bảng và cuối bảng chênh nhau bao nhiêu? Đáp: {s('gap', 'u')}.",
        lambda c, s: f"Chênh lệch đầu – cuối bảng: {s('gap', 'pu')}.",
        lambda c, s: f"Khoảng cách từ {s.T.name} xuống {s.B.name} là {s('gap')}{c.dp}.",
        lambda c, s: f"Nhìn vào bảng điểm, {s.T.name} vượt {s.B.name} tới {s('gap', 'u')}.",
        lambda c, s: (f"“Độ chênh {s('gap')}{c.dp} giữa {c.V.one} cao nhất và thấp nhất là điều phải suy nghĩ”, "
                      f"{_who(c)} nhận định."),
        lambda c, s: f"Độ vênh giữa {s.T.name} (cao nhất) và {s.B.name} (thấp nhất): {s('gap', 'u')}.",
        lambda c, s: f"{s.B.name} đứng cuối, cách {s.T.name} – {c.V.one} đứng đầu – {s('gap')}{c.dp}.",
        lambda c, s: f"Bảng điểm năm {c.Y} trải trên biên độ {s('gap', 'u')} giữa đầu và cuối.",
        lambda c, s: f"Đầu bảng và cuối bảng chênh {s('gap')}{c.dp}, theo số liệu của {_org(c)}.",
        lambda c, s: (f"Cách biệt giữa {s.T.name} với {s.B.name} là {s('gap', 'u')}, cho thấy sự phân hóa còn rõ "
                      f"nét."),
    ],
}

# ---------------------------------------------------------------- two units compared


COMPARISON = {
    "official": [
        lambda c, s: (f"Chỉ số CCHC của {s.A.name} ({s('a', 'u')}) cao hơn của {s.B.name} ({s('b', 'u')}) là "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: (f"Đối chiếu {s.A.name} với {s.B.name}: {s('a', 'u')} và {s('b', 'u')}, chênh "
                      f"{s('diff', 'u')}."),
        lambda c, s: (f"{s.A.name} đạt {s('a', 'u')}; {s.B.name} đạt {s('b', 'u')}. Như vậy, {s.A.name} hơn "
                      f"{s.B.name} {s('diff')}{c.dp}."),
        lambda c, s: (f"Điểm của {s.A.name} là {s('a', 'pu')}, của {s.B.name} là {s('b', 'pu')}, chênh lệch "
                      f"{s('diff', 'p')}{c.dp}."),
        lambda c, s: (f"Trên bảng tổng hợp, {s.A.name} ghi {s('a', 'u')}, {s.B.name} ghi {s('b', 'u')}; khoảng "
                      f"cách giữa các dòng này là {s('diff', 'u')}."),
        lambda c, s: f"{s.B.name} ({s('b', 'u')}) thấp hơn {s.A.name} ({s('a', 'u')}) {s('diff')}{c.dp}.",
        lambda c, s: (f"Mức chênh lệch giữa {s.A.name} và {s.B.name} là {s('diff', 'u')}, với điểm số tương ứng "
                      f"{s('a', 'u')} và {s('b', 'u')}."),
        lambda c, s: (f"{s.A.name} đạt {s('a', 'u')}, cao hơn {s.B.name} {s('diff')}{c.dp}.",
                      f"Chỉ số CCHC năm {c.Y} của {s.B.name} là {s('b', 'u')}."),
        lambda c, s: (f"Khi so sánh, {s.A.name} có kết quả {s('a', 'u')}, vượt {s.B.name} (kết quả {s('b', 'u')}) "
                      f"{s('diff', 'u')}."),
        lambda c, s: f"{s.A.name}, {s('a', 'u')}; {s.B.name}, {s('b', 'u')}; chênh lệch {s('diff')}{c.dp}.",
        lambda c, s: (f"Giữa {s.A.name} (đạt {s('a', 'u')}) và {s.B.name} (đạt {s('b', 'u')}) tồn tại khoảng cách "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: (f"Kết quả của {s.B.name} là {s('b', 'u')}; của {s.A.name} là {s('a', 'u')}. Phần chênh lệch "
                      f"nghiêng về {s.A.name}: {s('diff', 'u')}."),
    ],
    "press": [
        lambda c, s: f"{s.A.name} ({s('a', 'u')}) vượt {s.B.name} ({s('b', 'u')}) {s('diff')}{c.dp}.",
        lambda c, s: (f"Cuộc so kè {s.A.name} – {s.B.name}: {s('a', 'u')} so với {s('b', 'u')}, hơn kém "
                      f"{s('diff', 'u')}."),
        lambda c, s: (f"{s.A.name} hơn {s.B.name} bao nhiêu? {s('diff', 'u')} – {s('a', 'u')} so với "
                      f"{s('b', 'u')}."),
        lambda c, s: f"{s.B.name} đạt {s('b', 'u')}, trong khi {s.A.name} đạt {s('a', 'u')}; chênh {s('diff')}{c.dp}.",
        lambda c, s: f"Với {s('a', 'u')}, {s.A.name} đứng trên {s.B.name} ({s('b', 'u')}) {s('diff', 'u')}.",
        lambda c, s: (f"Lần lượt {s('a', 'pu')} và {s('b', 'pu')} là điểm của {s.A.name} và {s.B.name}; chênh "
                      f"{s('diff', 'p')}{c.dp}."),
        lambda c, s: f"Cách biệt {s.A.name} – {s.B.name}: {s('diff', 'u')} ({s('a', 'u')} và {s('b', 'u')}).",
        lambda c, s: (f"{s.B.name} kém {s.A.name} {s('diff')}{c.dp}.",
                      f"Điểm số của {s.A.name} và {s.B.name} năm nay là {s('a', 'u')} và {s('b', 'u')}."),
        lambda c, s: f"{s.A.name}: {s('a', 'u')}; {s.B.name}: {s('b', 'u')} – chênh {s('diff', 'u')}.",
        lambda c, s: (f"Nếu đặt {s.B.name} ({s('b', 'u')}) lên bàn cân với {s.A.name} ({s('a', 'u')}), phần hơn "
                      f"thuộc về {s.A.name}: {s('diff')}{c.dp}."),
        lambda c, s: (f"So điểm {s.A.name} với {s.B.name}, phần chênh là {s('diff', 'u')}; điểm của {s.A.name} là "
                      f"{s('a', 'u')}, điểm của {s.B.name} là {s('b', 'u')}."),
        lambda c, s: f"Điểm của {s.A.name} vượt {s.B.name}: {s('a', 'u')} so với {s('b', 'u')}, tức {s('diff')}{c.dp}.",
    ],
}

# ---------------------------------------------------------------- counts per band


def _bc_o1(c, s):
    items = [f"{b.title} – {s(r, 'z')} {c.V.cn}" for b, r in s.bands]
    return f"Phân theo {c.V.grouping}, năm {c.Y}: " + "; ".join(items) + _nobody(c, s) + "."


def _bc_o2(c, s):
    return "Kết quả xếp loại gồm: " + _mixed([f"{b.grp} {s(r)} {c.V.cn}" for b, r in s.bands]) + "."


def _bc_o3(c, s):
    return " ".join(f"{b.Inb} có {s(r)} {c.V.cn}." for b, r in s.bands)


def _bc_o4(c, s):
    return (f"Trong tổng số {s('total')} {c.V.cn} được xếp loại, "
            + _enum([f"{b.grp} chiếm {s(r)}" for b, r in s.bands]) + ".")


def _bc_o5(c, s):
    return ("Theo kết quả chấm điểm, " + _enum([f"{s(r, 'v')} {c.V.cn} {b.inb}" for b, r in s.bands], "; ")
            + _nobody(c, s) + ".")


def _bc_o6(c, s):
    return (f"Bảng phân loại (cột “Số lượng”): " + ", ".join(f"{b.title} {s(r)}" for b, r in s.bands)
            + f"; tổng cộng {s('total')}.")


def _bc_o7(c, s):
    lines = [f"+ {b.Grp} ({b.span}): {s(r)} {c.V.cn}" for b, r in s.bands]
    return "Cụ thể:\n" + ";\n".join(lines) + "."


def _bc_o8(c, s):
    return " ".join(f"{_cap(o)}, {b.grp}: {s(r)} {c.V.cn}." for o, (b, r) in zip(_ORD, s.bands))


def _bc_o9(c, s):
    return "Xét theo khoảng điểm, " + _enum([f"{b.span} có {s(r)} {c.V.cn}" for b, r in s.bands], "; ") + "."


def _bc_o10(c, s):
    top = _biggest(s)
    if top is None:
        return "Số lượng theo mức xếp loại: " + "; ".join(f"{b.grp} – {s(r)}" for b, r in s.bands) + "."
    b0, r0 = top
    rest = [(b, r) for b, r in s.bands if r != r0]
    return (f"Nhiều {c.V.cn} nhất thuộc {b0.grp} ({s(r0)} {c.V.cn}); các mức khác: "
            + _enum([f"{b.grp} {s(r)}" for b, r in rest]) + ".")


def _bc_o11(c, s):
    return ("Các mức xếp loại: " + "; ".join(f"{b.grp} gồm {s(r)} {c.V.cn}" for b, r in s.bands)
            + f". Cộng các mức lại được {s('total')} {c.V.cn}, đúng bằng tổng số được đánh giá.")


def _bc_o12(c, s):
    return ("Về xếp loại năm " + f"{c.Y}, " + _enum([f"{b.grp}: {s(r, 'v')}" for b, r in s.bands], "; ")
            + f" (đơn vị tính: {c.V.cn}).")


def _bc_p1(c, s):
    return f"Xếp loại năm {c.Y} – " + ", ".join(f"{b.title}: {s(r)}" for b, r in s.bands) + "."


def _bc_p2(c, s):
    return "Hỏi: Mỗi mức có bao nhiêu " + f"{c.V.cn}? Đáp: " + "; ".join(f"{b.grp} {s(r)}" for b, r in s.bands) + "."


def _bc_p3(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    return (f"Có {s(r0)} {c.V.cn} {b0.inb}, " + _enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in rest]) + ".")


def _bc_p4(c, s):
    return (f"Số {c.V.cn} ở " + _enum([b.grp for b, _ in s.bands]) + " lần lượt là "
            + _enum([s(r) for _, r in s.bands]) + ".")


def _bc_p5(c, s):
    return "Phân loại năm nay:\n" + "\n".join(f"– {b.Grp}: {s(r)} {c.V.cn}" for b, r in s.bands)


def _bc_p6(c, s):
    return (f"{_cap(c.V.where)} có " + _enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands], "; ")
            + _nobody(c, s) + ".")


def _bc_p7(c, s):
    return f"Trong {s('total')} {c.V.cn} năm nay: " + _mixed([f"{b.grp} {s(r)}" for b, r in s.bands]) + "."


def _bc_p8(c, s):
    return ("“Năm nay có " + _enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands]) + f"”, {_who(c)} thông "
            "tin.")


def _bc_p9(c, s):
    return "Số lượng theo mức: " + ", ".join(f"{b.grp} {s(r, 'z')}" for b, r in s.bands) + "."


def _bc_p10(c, s):
    top = _biggest(s)
    if top is None:
        return "Các mức xếp loại năm nay: " + "; ".join(f"{b.grp} có {s(r)} {c.V.cn}" for b, r in s.bands) + "."
    b0, r0 = top
    rest = [(b, r) for b, r in s.bands if r != r0]
    return (f"Đông đảo nhất là {b0.grp}: {s(r0)} {c.V.cn}. Theo sau là "
            + _enum([f"{b.grp} với {s(r)}" for b, r in rest]) + ".")


def _bc_p11(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    return (f"{b0.Grp} có {s(r0)} {c.V.cn}. Các mức còn lại: "
            + _enum([f"{b.grp} {s(r)}" for b, r in rest], "; ") + ".")


def _bc_p12(c, s):
    return (f"Tính theo {c.V.grouping}, " + _enum([f"{b.grp} có {s(r)} {c.V.cn}" for b, r in s.bands], ", ",
                                                   ", còn ") + ".")


BAND_COUNTS = {
    "official": [_bc_o1, _bc_o2, _bc_o3, _bc_o4, _bc_o5, _bc_o6, _bc_o7, _bc_o8, _bc_o9, _bc_o10, _bc_o11, _bc_o12],
    "press": [_bc_p1, _bc_p2, _bc_p3, _bc_p4, _bc_p5, _bc_p6, _bc_p7, _bc_p8, _bc_p9, _bc_p10, _bc_p11, _bc_p12],
}

# ---------------------------------------------------------------- a band's count with its member list


def _bm_o3(c, s):
    names = _names(c, s)
    return f"{s.b.Grp} gồm {s('count')} {c.V.cn}:\n" + ";\n".join(f"+ {n}" for n in names) + "."


def _bm_o11(c, s):
    """Items lettered a) b) c) when there are few enough letters; a plain list otherwise."""
    names = _names(c, s)
    items = [f"{_LETTERS[i]}) {n}" for i, n in enumerate(names)] if len(names) <= len(_LETTERS) else names
    return f"{s.b.Grp} ({s('count')} {c.V.cn}) gồm: " + "; ".join(items) + "."


def _bm_p5(c, s):
    return f"{s.b.Grp} năm {c.Y} ({s('count')}):\n" + "\n".join(f"– {n}" for n in _names(c, s))


BAND_MEMBERS = {
    "official": [
        lambda c, s: f"Các {c.V.cn} {s.b.inb} ({s('count')}): {s.ml()}.",
        lambda c, s: f"Năm {c.Y}, {s.b.grp} có {s('count', 'z')} {c.V.cn}, gồm: {s.ml('semi')}.",
        _bm_o3,
        lambda c, s: (f"{s.ml()} {_one(s, 'count', 'là', 'là các')} {c.V.cn} {s.b.inb}; tổng số {c.V.cn} thuộc "
                      f"mức này: {s('count')}."),
        lambda c, s: f"Có {s('count', 'v')} {c.V.cn} đạt {s.b.span} ({s.b.grp}), bao gồm: {s.ml()}.",
        lambda c, s: f"Danh sách {s.b.grp} năm {c.Y} ({s('count')} {c.V.cn}) như sau: {s.ml('mixed')}.",
        lambda c, s: f"{s.b.Grp} – gồm {s.ml()} – có tổng cộng {s('count')} {c.V.cn}.",
        lambda c, s: (f"Theo Phụ lục kèm theo, cột xếp loại ghi “{s.b.title}” đối với {s('count')} {c.V.cn}: "
                      f"{s.ml()}."),
        lambda c, s: f"Các {c.V.cn} sau đây {s.b.inb}: {s.ml()}; số lượng {s('count')} {c.V.cn}.",
        lambda c, s: f"Xếp vào {s.b.grp} có {s('count', 'w')} {c.V.cn}, đó là {s.ml()}.",
        _bm_o11,
        lambda c, s: f"Số {c.V.cn} {s.b.inb} năm {c.Y} là {s('count')}, cụ thể: {s.ml('comma')}.",
    ],
    "press": [
        lambda c, s: f"Gọi tên {s.b.grp}: {s.ml()} ({s('count')} {c.V.cn}).",
        lambda c, s: f"Hỏi: {s.b.Grp} gồm những ai? Đáp: {s.ml()}, tổng cộng {s('count')}.",
        lambda c, s: f"{s('count', 'W')} {c.V.cn} {s.b.inb} năm nay: {s.ml()}.",
        lambda c, s: f"“{s.b.Grp} năm nay có {s('count')} {c.V.cn}: {s.ml()}”, {_who(c)} công bố.",
        _bm_p5,
        lambda c, s: f"{s.ml()}: đó là {s('count')} {c.V.cn} {s.b.inb}.",
        lambda c, s: f"Trong {s.b.grp} ({s.b.span}) có {s('count', 'z')} cái tên: {s.ml()}.",
        lambda c, s: f"{s.b.Grp} năm {c.Y} có {s.ml()} – tất thảy {s('count')} {c.V.cn}.",
        lambda c, s: f"Lọt vào {s.b.grp} là {s('count')} {c.V.cn}, gồm {s.ml('semi')}.",
        lambda c, s: f"Danh sách {s.b.grp} gồm {s('count', 'v')} {c.V.cn}, theo công bố của {_org(c)}: {s.ml()}.",
        lambda c, s: f"Ở {s.b.grp}, có mặt {s.ml()}; như vậy mức này có {s('count')} {c.V.cn}.",
        lambda c, s: f"{s('count')} {c.V.cn} của {s.b.grp}: {s.ml('semi_only')}.",
    ],
}

# ---------------------------------------------------------------- how many at or above the threshold

THRESHOLD = {
    "official": [
        lambda c, s: f"Có {s('thr', 'z')} {c.V.cn} đạt Chỉ số CCHC từ {c.thr} trở lên.",
        lambda c, s: f"Đối với mục tiêu đạt từ {c.thr} trở lên, kết quả có {s('thr')} {c.V.cn} đạt.",
        lambda c, s: f"Kết quả từ {c.thr} trở lên được ghi nhận ở {s('thr', 'v')} {c.V.cn}.",
        lambda c, s: f"Tổng hợp cho thấy {s('thr')} {c.V.cn} có Chỉ số CCHC vượt ngưỡng {c.thr}.",
        lambda c, s: f"Số {c.V.cn} thuộc khoảng điểm từ {c.thr} trở lên (tính gộp các mức): {s('thr')}.",
        lambda c, s: f"Đạt và vượt mức {c.thr}: {s('thr')} {c.V.cn}.",
        lambda c, s: f"{_cap(c.V.where)} có {s('thr')} {c.V.cn} đạt từ {c.thr} trở lên.",
        lambda c, s: f"Chỉ tiêu Chỉ số CCHC từ {c.thr} trở lên đã được {s('thr')} {c.V.cn} thực hiện.",
        lambda c, s: f"Năm {c.Y}, số {c.V.cn} có điểm số không thấp hơn {c.thr} là {s('thr')}.",
        lambda c, s: (f"Trên mốc {c.thr} có tổng cộng {s('thr')} {c.V.cn}, được đề nghị khen thưởng theo quy "
                      f"định."),
        lambda c, s: f"Qua thẩm định, {s('thr', 'w')} {c.V.cn} đạt mức trên {c.thr}.",
        lambda c, s: f"Về số lượng {c.V.cn} đạt trên {c.thr}, năm {c.Y} có {s('thr')}.",
    ],
    "press": [
        lambda c, s: f"Câu lạc bộ “trên {c.thr}” năm nay có {s('thr')} thành viên.",
        lambda c, s: f"Hỏi: Bao nhiêu {c.V.cn} vượt {c.thr}? Đáp: {s('thr')}.",
        lambda c, s: f"{s('thr')} {c.V.cn} cán mốc {c.thr}.",
        lambda c, s: f"Ngưỡng {c.thr} đã có {s('thr', 'v')} {c.V.cn} vượt qua.",
        lambda c, s: f"“Có {s('thr')} {c.V.cn} đạt trên {c.thr}”, {_who(c)} nói.",
        lambda c, s: f"Vượt {c.thr} năm nay: {s('thr', 'z')} {c.V.cn}.",
        lambda c, s: f"Số {c.V.cn} có điểm trên {c.thr} năm {c.Y} là {s('thr')}, theo {_org(c)}.",
        lambda c, s: f"Từ {c.thr} trở lên – đó là kết quả của {s('thr')} {c.V.cn}.",
        lambda c, s: f"Có {s('thr')} {c.V.cn} đứng trên vạch {c.thr}.",
        lambda c, s: f"Tới {s('thr')} {c.V.cn} ghi điểm từ {c.thr} trở lên.",
        lambda c, s: f"Mức {c.thr} trở lên: {s('thr')} {c.V.cn}.",
        lambda c, s: f"Với {s('thr')} {c.V.cn} trên {c.thr}, {_idx(c)} {c.Y} ghi nhận kết quả đáng khích lệ.",
    ],
}

# ---------------------------------------------------------------- N/total above the average

RATIO = {
    "official": [
        lambda c, s: f"Có {s('num')}/{s('den')} {c.V.cn} đạt Chỉ số CCHC cao hơn giá trị trung bình.",
        lambda c, s: f"Số {c.V.cn} đạt trên mức trung bình chung là {s('num')} trên tổng số {s('den')}.",
        lambda c, s: f"Trong {s('den')} {c.V.cn}, có {s('num', 'v')} {c.V.cn} vượt mức bình quân.",
        lambda c, s: f"Tỷ lệ {c.V.cn} có điểm trên trung bình: {s('num')}/{s('den')}.",
        lambda c, s: (f"Trên mức trung bình: {s('num')} {c.V.cn} (tổng số {c.V.cn} được đánh giá: "
                      f"{s('den')})."),
        lambda c, s: f"So với điểm bình quân, {s('num')} {c.V.cn} trong tổng số {s('den')} đạt cao hơn.",
        lambda c, s: f"Đối chiếu với giá trị trung bình, bảng tổng hợp có {s('num')}/{s('den')} dòng cao hơn.",
        lambda c, s: f"Kết quả cho thấy {s('num')} {c.V.cn}/{s('den')} {c.V.cn} đạt trên trung bình.",
        lambda c, s: (f"{s('den')} {c.V.cn} được đánh giá, trong đó {s('num')} {c.V.cn} có điểm cao hơn giá trị "
                      f"trung bình."),
        lambda c, s: f"Số {c.V.cn} vượt giá trị trung bình năm {c.Y}: {s('num')} (trên tổng số {s('den')} {c.V.cn}).",
        lambda c, s: f"Chỉ số CCHC của {s('num')}/{s('den')} {c.V.units} đạt trên giá trị trung bình.",
        lambda c, s: (f"Năm {c.Y}, có {s('num')} {c.V.cn} trên tổng số {s('den')} {c.V.cn} đạt kết quả trên mức "
                      f"trung bình."),
    ],
    "press": [
        lambda c, s: f"Có {s('num')}/{s('den')} {c.V.cn} đứng trên vạch trung bình.",
        lambda c, s: f"Hỏi: Bao nhiêu {c.V.cn} trên trung bình? Đáp: {s('num')} trong {s('den')}.",
        lambda c, s: f"Cứ {s('den')} {c.V.cn} thì có {s('num')} {c.V.cn} vượt mức bình quân.",
        lambda c, s: f"Số {c.V.cn} vượt trung bình: {s('num', 'v')} trên tổng {s('den')}.",
        lambda c, s: f"{s('num')} trong tổng số {s('den')} {c.V.cn} có điểm cao hơn mặt bằng chung.",
        lambda c, s: f"“{s('num')}/{s('den')} {c.V.cn} đạt trên trung bình”, {_who(c)} cho biết.",
        lambda c, s: f"Trên bình quân chung: {s('num')} {c.V.cn}. Tổng số được xếp hạng: {s('den')}.",
        lambda c, s: f"Mức bình quân chung đã được {s('num')} trên {s('den')} {c.V.cn} vượt qua.",
        lambda c, s: f"Xét {s('den')} {c.V.cn}, số nằm trên trung bình là {s('num')}.",
        lambda c, s: f"Nhóm trên trung bình gồm {s('num')} {c.V.cn} (trong {s('den')}).",
        lambda c, s: f"Tính ra, {s('num')}/{s('den')} {c.V.cn} có điểm trên mức trung bình năm {c.Y}.",
        lambda c, s: f"Điểm trên trung bình thuộc về {s('num')} trong số {s('den')} {c.V.cn}.",
    ],
}

# ---------------------------------------------------------------- a total and its parts


def _pt_o3(c, s):
    return (f"Đối tượng đánh giá ({s('total')} {c.V.cn}):\n+ {_cap(_n(s, 0))}: {s('p0')};\n"
            f"+ {_cap(_n(s, 1))}: {s('p1')}.")


def _pt_p4(c, s):
    return (f"Ai có tên trong bảng xếp hạng?\n– {_cap(_n(s, 0))}: {s('p0')}\n– {_cap(_n(s, 1))}: {s('p1')}\n"
            f"– Tất cả: {s('total')} {c.V.cn}")


PARTS = {
    "official": [
        lambda c, s: f"Đối tượng gồm {s('total')} {c.V.cn}: {s('p0')} {_n(s, 0)}; {s('p1')} {_n(s, 1)}.",
        lambda c, s: (f"{_cap(_n(s, 0))} ({s('p0')}) và {_n(s, 1)} ({s('p1')}) – tổng cộng {s('total')} {c.V.cn} "
                      f"– là đối tượng đánh giá năm {c.Y}."),
        _pt_o3,
        lambda c, s: (f"Cơ cấu đối tượng xác định Chỉ số CCHC: {_n(s, 0)} chiếm {s('p0')}, {_n(s, 1)} chiếm "
                      f"{s('p1')}, tổng số {s('total')} {c.V.cn}."),
        lambda c, s: (f"Trong số {s('total')} {c.V.cn} được đánh giá, số {_n(s, 0)} là {s('p0')}, số {_n(s, 1)} "
                      f"là {s('p1')}."),
        lambda c, s: (f"Đánh giá được thực hiện đối với {s('p0', 'v')} {_n(s, 0)} và {s('p1', 'v')} {_n(s, 1)}, "
                      f"cộng là {s('total')} {c.V.cn}."),
        lambda c, s: (f"Tại Phụ lục, danh sách chia thành mục {_n(s, 0)} ({s('p0')}) và mục {_n(s, 1)} "
                      f"({s('p1')}), tổng {s('total')} {c.V.cn}."),
        lambda c, s: (f"Tổng số {c.V.cn} được đánh giá, xếp hạng năm {c.Y} là {s('total')}.",
                      f"Về cơ cấu, {_n(s, 0)} có {s('p0')}, {_n(s, 1)} có {s('p1')}."),
        lambda c, s: f"{s('total')} {c.V.cn} (gồm {s('p0')} {_n(s, 0)} cùng {s('p1')} {_n(s, 1)}) đã được đánh giá.",
        lambda c, s: (f"Phân theo loại hình, có {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)} trong tổng số "
                      f"{s('total')} {c.V.cn}."),
        lambda c, s: (f"{_cap(_n(s, 0))}: {s('p0')}. {_cap(_n(s, 1))}: {s('p1')}. Cộng: {s('total')} {c.V.cn}."),
        lambda c, s: (f"Đối tượng đánh giá năm {c.Y} là {s('total')} {c.V.cn}, bao gồm {s('p1', 'z')} {_n(s, 1)} "
                      f"và {s('p0', 'z')} {_n(s, 0)}."),
    ],
    "press": [
        lambda c, s: f"Trong danh sách {s('total')} {c.V.cn} có {s('p0')} {_n(s, 0)}, {s('p1')} {_n(s, 1)}.",
        lambda c, s: (f"Hỏi: {s('total')} {c.V.cn} gồm những ai? Đáp: {s('p0')} {_n(s, 0)} và {s('p1')} "
                      f"{_n(s, 1)}."),
        lambda c, s: (f"{s('p0')} {_n(s, 0)} cộng {s('p1')} {_n(s, 1)}, tất cả là {s('total')} {c.V.cn} được xếp "
                      f"hạng năm nay."),
        _pt_p4,
        lambda c, s: (f"“Chúng tôi chấm điểm {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}, tức {s('total')} "
                      f"{c.V.cn}”, {_who(c)} cho biết."),
        lambda c, s: (f"Bảng xếp hạng {s('total')} {c.V.cn} năm {c.Y} chia thành {_n(s, 0)} ({s('p0')}) và "
                      f"{_n(s, 1)} ({s('p1')})."),
        lambda c, s: (f"Về thành phần, {_n(s, 0)} chiếm {s('p0')} trong {s('total')} vị trí, phần còn lại "
                      f"({s('p1')}) là {_n(s, 1)}."),
        lambda c, s: (f"Năm nay có {s('p0', 'v')} {_n(s, 0)} và {s('p1', 'v')} {_n(s, 1)} được chấm điểm; cộng "
                      f"lại là {s('total')} {c.V.cn}."),
        lambda c, s: f"{s('total')} {c.V.cn}, trong đó {_n(s, 1)} có {s('p1')}, {_n(s, 0)} có {s('p0')}.",
        lambda c, s: (f"Năm nay, {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)} (cộng {s('total')}) cùng được chấm "
                      f"điểm."),
        lambda c, s: f"Có {s('total')} {c.V.cn} được xếp hạng: {_n(s, 0)} {s('p0')}; {_n(s, 1)} {s('p1')}.",
        lambda c, s: (f"Ngoài {s('p1')} {_n(s, 1)}, bảng xếp hạng còn có {s('p0')} {_n(s, 0)}; tổng cộng "
                      f"{s('total')} {c.V.cn}."),
    ],
}

# ---------------------------------------------------------------- a band's count against last year's


def _down_to(s) -> str:
    return s.t("chg", "lên", "xuống còn")


COUNT_CHANGE = {
    "official": [
        lambda c, s: (f"{s.b.Grp} năm {c.Y} có {s('cur')} {c.V.cn}, năm {c.Y1} có {s('prev')} {c.V.cn}; như vậy "
                      f"{_ud(s, 'chg')} {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb}: năm {c.Y1} – {s('prev', 'z')}, năm {c.Y} – {s('cur', 'z')} "
                      f"({_ud(s, 'chg')} {s('chg', 'z')})."),
        lambda c, s: (f"So với năm trước, số {c.V.cn} {s.b.inb} {s.t('chg', 'nhiều hơn', 'ít hơn')} {s('chg')} "
                      f"{c.V.cn}: {s('cur')} (năm {c.Y}) so với {s('prev')} (năm {c.Y1})."),
        lambda c, s: (f"Ở {s.b.grp}, từ {s('prev', 'v')} {c.V.cn} năm {c.Y1}, năm {c.Y} "
                      f"{s.t('chg', 'đã tăng lên', 'chỉ còn')} {s('cur', 'v')} {c.V.cn} ({_ud(s, 'chg')} "
                      f"{s('chg', 'v')})."),
        lambda c, s: (f"Bảng so sánh xếp loại qua các năm: {s.b.title} – năm {c.Y1} có {s('prev')}, năm {c.Y} có "
                      f"{s('cur')}, {_ud(s, 'chg')} {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} năm {c.Y} là {s('cur')}, {_ud(s, 'chg')} {s('chg')} {c.V.cn} so với "
                      f"năm {c.Y1}.",
                      f"Năm {c.Y1}, {s.b.grp} có {s('prev')} {c.V.cn}."),
        lambda c, s: (f"{_cap(_ud(s, 'chg'))} {s('chg', 'w')} {c.V.cn} là biến động của {s.b.grp} so với năm trước "
                      f"({s('prev')} {c.V.cn} năm {c.Y1}, {s('cur')} {c.V.cn} năm {c.Y})."),
        lambda c, s: (f"Năm {c.Y} ghi nhận sự {s.t('chg', 'gia tăng', 'sụt giảm')} số {c.V.cn} {s.b.inb}: "
                      f"{s('cur')}, so với {s('prev')} của năm {c.Y1}, tương ứng {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Năm {c.Y1}: {s('prev')} {c.V.cn} {s.b.inb}. Năm {c.Y}: {s('cur')} {c.V.cn}. Mức "
                      f"{_ud(s, 'chg')}: {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Đối với {s.b.grp} ({s.b.span}), số {c.V.cn} năm {c.Y} là {s('cur')}, "
                      f"{s.t('chg', 'cao hơn', 'thấp hơn')} năm {c.Y1} ({s('prev')}) {s('chg')} {c.V.cn}."),
        lambda c, s: (f"{s.b.Grp} {s.t('chg', 'mở rộng thêm', 'thu hẹp')} {s('chg')} {c.V.cn} so với năm {c.Y1}: "
                      f"từ {s('prev')} thành {s('cur')}."),
        lambda c, s: (f"Về số lượng {c.V.cn} {s.b.inb}, năm {c.Y} là {s('cur', 'z')}, năm {c.Y1} là "
                      f"{s('prev', 'z')}, {_ud(s, 'chg')} {s('chg', 'z')} {c.V.cn}."),
    ],
    "press": [
        lambda c, s: (f"{s.b.Grp} {s.t('chg', 'đông hơn', 'vắng hơn')}: {s('cur')} {c.V.cn}, so với {s('prev')} "
                      f"năm {c.Y1}, {s.t('chg', 'thêm', 'bớt')} {s('chg')}."),
        lambda c, s: (f"Hỏi: {s.b.Grp} thay đổi ra sao? Đáp: từ {s('prev')} {_down_to(s)} {s('cur')} {c.V.cn}, "
                      f"{_ud(s, 'chg')} {s('chg')}."),
        lambda c, s: (f"“Số {c.V.cn} {s.b.inb} năm nay là {s('cur')}, {_ud(s, 'chg')} {s('chg')} so với năm "
                      f"ngoái”, {_who(c)} cho biết. Năm ngoái con số này là {s('prev')}."),
        lambda c, s: (f"Năm {c.Y1} có {s('prev')}, nay {s.b.grp} có {s('cur')} {c.V.cn} – {_ud(s, 'chg')} "
                      f"{s('chg', 'w')}."),
        lambda c, s: (f"{s.b.Grp} năm nay {_ud(s, 'chg')} {s('chg')} {c.V.cn} so với năm {c.Y1} và hiện có "
                      f"{s('cur')}; năm {c.Y1} con số là {s('prev')}."),
        lambda c, s: (f"{s.b.Grp} năm {c.Y}: {s('cur')} {c.V.cn}.",
                      f"So với năm {c.Y1} ({s('prev')} {c.V.cn}), {s.b.grp} năm {c.Y} {_ud(s, 'chg')} {s('chg')} "
                      f"{c.V.cn}."),
        lambda c, s: (f"Năm ngoái có {s('prev', 'v')}, năm nay {s.b.grp} có {s('cur', 'v')} {c.V.cn}, "
                      f"{_ud(s, 'chg')} {s('chg', 'v')}."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} đã {s.t('chg', 'nhiều lên', 'ít đi')} {s('chg')} so với năm {c.Y1}, "
                      f"từ {s('prev')} {_down_to(s)} {s('cur')}."),
        lambda c, s: (f"{s('cur')} {c.V.cn} {s.b.inb} năm nay – {_ud(s, 'chg')} {s('chg')} so với con số "
                      f"{s('prev')} năm {c.Y1}."),
        lambda c, s: (f"{s.b.Grp} có sự thay đổi: {s('prev')} {c.V.cn} (năm {c.Y1}) và {s('cur')} {c.V.cn} (năm "
                      f"{c.Y}), {_ud(s, 'chg')} {s('chg')}."),
        lambda c, s: (f"Nhìn lại năm {c.Y1}, {s.b.grp} có {s('prev')} {c.V.cn}; năm nay {s('cur')}, "
                      f"{_ud(s, 'chg')} {s('chg', 'z')}."),
        lambda c, s: (f"So với năm ngoái, {s.b.grp} {s.t('chg', 'có thêm', 'ít đi')} {s('chg')} {c.V.cn}: năm nay "
                      f"{s('cur')}, năm ngoái {s('prev')}."),
    ],
}

# ---------------------------------------------------------------- a unit's rank against last year's


def _nth(c, s, role: str) -> str:
    """A rank after "thứ" in words, except 1 and 4, whose ordinals are irregular ("thứ nhất", "thứ tư", never
    "thứ một", "thứ bốn"): those stay in digits, so that the printed figure is the rank itself."""
    return s(role) if c.value(s, role) in (1, 4) else s(role, "v")


RANK = {
    "official": [
        lambda c, s: (f"{s.U.name} xếp hạng {s('r')}/{s('den')} năm {c.Y}; so với năm {c.Y1} (xếp hạng "
                      f"{s('pr')}), {_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"Năm {c.Y}, {s.U.name} ở vị trí thứ {s('r')} trong tổng số {s('den')} {c.V.cn}; năm {c.Y1}, "
                      f"vị trí thứ {s('pr')}; thay đổi: {_ud(s, 'move')} {s('move', 'v')} bậc."),
        lambda c, s: (f"Cột xếp hạng của {s.U.name}: năm {c.Y1} – thứ {s('pr')}, năm {c.Y} – thứ "
                      f"{s('r')}/{s('den')} ({_ud(s, 'move')} {s('move')} bậc)."),
        lambda c, s: (f"Thứ hạng của {s.U.name} {s.t('move', 'được nâng lên', 'bị hạ xuống')} {s('move')} bậc: từ "
                      f"thứ {s('pr')} năm {c.Y1} {_lx(s, 'move')} thứ {s('r')}/{s('den')} năm {c.Y}."),
        lambda c, s: (f"{s.U.name} {_ud(s, 'move')} {s('move')} bậc, xếp thứ {s('r')}/{s('den')}.",
                      f"Xếp hạng năm {c.Y1} của {s.U.name}: thứ {s('pr')}."),
        lambda c, s: (f"So với năm {c.Y1}, {s.U.name} {_ud(s, 'move')} {s('move', 'w')} bậc (từ hạng {s('pr')} "
                      f"thành hạng {s('r')} trên {s('den')} {c.V.cn})."),
        lambda c, s: (f"{s.U.name} đứng thứ {s('r')} trong số {s('den')} {c.V.cn} năm {c.Y}, "
                      f"{s.t('move', 'cao hơn', 'thấp hơn')} {s('move')} bậc so với vị trí thứ {s('pr')} của năm "
                      f"trước."),
        lambda c, s: (f"Về thứ hạng: {s.U.name} năm {c.Y1} xếp thứ {s('pr')}, năm {c.Y} xếp thứ "
                      f"{s('r')}/{s('den')}, {_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"{s.U.name}: hạng {s('r', 'z')}/{s('den')} ({_ud(s, 'move')} {s('move', 'z')} bậc; hạng "
                      f"năm trước: {s('pr', 'z')})."),
        lambda c, s: (f"Với vị trí thứ {s('r')}/{s('den')}, {s.U.name} đã {_ud(s, 'move')} {s('move')} bậc so với "
                      f"năm {c.Y1} (thứ {s('pr')})."),
        lambda c, s: (f"Thứ hạng năm {c.Y} của {s.U.name} là {s('r')}/{s('den')}; năm {c.Y1} là {s('pr')}; biến "
                      f"động: {_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"{s.U.name} {s.t('move', 'cải thiện', 'để mất')} {s('move')} bậc trên bảng xếp hạng "
                      f"{s('den')} {c.V.cn}, từ vị trí {s('pr')} {_lx(s, 'move')} vị trí {s('r')}."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name} {s.t('move', 'leo', 'tụt')} {s('move')} bậc, {_lx(s, 'move')} hạng "
                      f"{s('r')}/{s('den')} (năm {c.Y1}: hạng {s('pr')})."),
        lambda c, s: (f"Hỏi: {s.U.name} năm nay xếp thứ mấy? Đáp: thứ {s('r')}/{s('den')}, {_ud(s, 'move')} "
                      f"{s('move')} bậc so với năm ngoái (vị trí {s('pr')})."),
        lambda c, s: (f"“Chúng tôi {_ud(s, 'move')} {s('move')} bậc, từ thứ {s('pr')} {_lx(s, 'move')} thứ "
                      f"{s('r')}”, lãnh đạo {s.U.name} cho biết về kết quả trong bảng {s('den')} {c.V.cn}."),
        lambda c, s: (f"Từ vị trí {s('pr')}, {s.U.name} đã {s.t('move', 'leo lên', 'rơi xuống')} vị trí {s('r')} "
                      f"trong bảng {s('den')} {c.V.cn} ({_ud(s, 'move')} {s('move', 'w')} bậc)."),
        lambda c, s: (f"{s.U.name} ({s('r')}/{s('den')}) {_ud(s, 'move')} {s('move')} bậc; năm ngoái {c.V.this} "
                      f"xếp thứ {s('pr')}."),
        lambda c, s: (f"{s.U.name} {s.t('move', 'thăng', 'tụt')} {s('move')} hạng: từ {s('pr')} {_lx(s, 'move')} "
                      f"{s('r')} trên tổng số {s('den')}."),
        lambda c, s: (f"{_cap(_ud(s, 'move'))} {s('move')} bậc – {s.U.name} xếp thứ {s('r')}/{s('den')} năm nay, "
                      f"so với thứ {s('pr')} năm {c.Y1}."),
        lambda c, s: (f"Năm nay {s.U.name} đứng thứ {s('r')}/{s('den')}.",
                      f"So với năm {c.Y1} (đứng thứ {s('pr')}), {s.U.name} đã {_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"Bước {s.t('move', 'tiến', 'lùi')} của {s.U.name}: {s('move', 'v')} bậc, từ thứ "
                      f"{_nth(c, s, 'pr')} {_lx(s, 'move')} thứ {_nth(c, s, 'r')} trong {s('den')} {c.V.cn}."),
        lambda c, s: (f"{s.U.name} hiện xếp {s('r')}/{s('den')}, {s.t('move', 'hơn', 'kém')} năm {c.Y1} "
                      f"{s('move')} bậc (khi đó xếp {s('pr')})."),
        lambda c, s: (f"Thứ hạng {s.U.name}: {s('pr')} (năm {c.Y1}) và {s('r')}/{s('den')} (năm {c.Y}); "
                      f"{_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"{s('den')} {c.V.cn} được xếp hạng, trong đó {s.U.name} ở vị trí {s('r')}, "
                      f"{_ud(s, 'move')} {s('move')} bậc so với năm trước (vị trí {s('pr')})."),
    ],
}

# ---------------------------------------------------------------- how many rose and how many fell


def _ud_o4(c, s):
    return (f"Biến động so với năm {c.Y1}:\n+ Số {c.V.cn} tăng điểm: {s('up')};\n"
            f"+ Số {c.V.cn} giảm điểm: {s('down')}.")


def _ud_p7(c, s):
    return f"Điểm số so với năm {c.Y1}:\n– Tăng: {s('up')} {c.V.cn}\n– Giảm: {s('down')} {c.V.cn}"


UP_DOWN = {
    "official": [
        lambda c, s: f"Kết quả so sánh với năm {c.Y1}: {s('up')} {c.V.cn} tăng điểm; {s('down')} {c.V.cn} giảm điểm.",
        lambda c, s: (f"Có {s('up', 'z')} {c.V.cn} có Chỉ số CCHC năm {c.Y} cao hơn năm {c.Y1} và {s('down', 'z')} "
                      f"{c.V.cn} thấp hơn."),
        lambda c, s: (f"Số {c.V.cn} tăng điểm là {s('up')}, {_more(s, 'up', 'down')} số {c.V.cn} giảm điểm "
                      f"({s('down')})."),
        _ud_o4,
        lambda c, s: (f"So với năm trước, {s('down')} {c.V.cn} có kết quả giảm; các {c.V.cn} còn lại ({s('up')}) "
                      f"đều tăng."),
        lambda c, s: (f"Chỉ số CCHC năm {c.Y} tăng ở {s('up', 'v')} {c.V.cn} và giảm ở {s('down', 'v')} {c.V.cn} "
                      f"so với năm {c.Y1}."),
        lambda c, s: f"Về biến động điểm số, {s('up')} {c.V.cn} tăng, {s('down')} {c.V.cn} giảm.",
        lambda c, s: (f"Theo cột so sánh với năm {c.Y1}, {s('up')} {c.V.cn} mang dấu tăng, {s('down')} {c.V.cn} "
                      f"mang dấu giảm."),
        lambda c, s: (f"Năm {c.Y}, có {s('up')} {c.V.cn} tăng điểm so với năm {c.Y1}.",
                      f"Số {c.V.cn} giảm điểm so với năm {c.Y1} là {s('down')}."),
        lambda c, s: (f"{s('up')} {c.V.cn} cải thiện điểm số, trong khi {s('down')} {c.V.cn} giảm điểm so với năm "
                      f"{c.Y1}."),
        lambda c, s: f"Trong {c.V.coll}, số tăng điểm: {s('up')}; số giảm điểm: {s('down')}.",
        lambda c, s: f"Tăng điểm có {s('up')} {c.V.cn}, giảm điểm có {s('down')} {c.V.cn} (so với năm {c.Y1}).",
    ],
    "press": [
        lambda c, s: f"{s('up')} {c.V.cn} khởi sắc, {s('down')} {c.V.cn} đi xuống so với năm {c.Y1}.",
        lambda c, s: f"Hỏi: Bao nhiêu {c.V.cn} tăng điểm? Đáp: {s('up')}; giảm điểm: {s('down')}.",
        lambda c, s: (f"“So với năm ngoái, {s('up')} {c.V.cn} tăng điểm và {s('down')} {c.V.cn} giảm điểm”, "
                      f"{_who(c)} cho hay."),
        lambda c, s: f"Tỷ số tăng – giảm năm nay: {s('up')} – {s('down')}.",
        lambda c, s: (f"Số {c.V.cn} tăng điểm ({s('up')}) {_more(s, 'up', 'down')} số {c.V.cn} giảm điểm "
                      f"({s('down')})."),
        lambda c, s: f"Năm nay, {s('up', 'v')} {c.V.cn} tăng điểm, {s('down', 'v')} {c.V.cn} giảm điểm.",
        _ud_p7,
        lambda c, s: f"{s('down')} {c.V.cn} sụt điểm, {s('up')} {c.V.cn} tăng điểm so với năm {c.Y1}.",
        lambda c, s: f"Tăng: {s('up')}. Giảm: {s('down')}. Đó là kết quả so sánh điểm năm {c.Y} với năm {c.Y1}.",
        lambda c, s: f"Có {s('up')} {c.V.cn} cải thiện so với năm {c.Y1}; ngược lại, {s('down')} {c.V.cn} giảm.",
        lambda c, s: (f"So với năm ngoái, số {c.V.cn} giảm điểm là {s('down')}.",
                      f"Ở chiều ngược lại, {s('up')} {c.V.cn} tăng điểm so với năm {c.Y1}."),
        lambda c, s: (f"Trong bảng so sánh với năm {c.Y1}, {s('up')} {c.V.cn} có mũi tên đi lên, {s('down')} "
                      f"{c.V.cn} có mũi tên đi xuống."),
    ],
}

# ---------------------------------------------------------------- survey ballots


def _ba_o1(c, s):
    return (f"Tổng số phiếu điều tra xã hội học thu về: {s('total')} phiếu, gồm "
            + _enum([f"{lab}: {s(r)} phiếu" for r, lab in _bl(s)], "; ") + ".")


def _ba_o2(c, s):
    lines = [f"+ Phiếu của {lab}: {s(r)};" for r, lab in _bl(s)]
    return "Kết quả điều tra xã hội học:\n" + "\n".join(lines) + f"\n+ Cộng: {s('total')} phiếu."


@_approx
def _ba_o3(c, s):
    return (f"Số phiếu khảo sát thu về xấp xỉ {s('total')} phiếu, trong đó "
            + _enum([f"{lab} xấp xỉ {s(r)} phiếu" for r, lab in _bl(s)], "; ") + ".")


def _ba_o4(c, s):
    return (f"{c.V.ev} đã tổ chức điều tra xã hội học với {s('total')} phiếu hợp lệ; cụ thể: "
            + "; ".join(f"{lab} – {s(r)} phiếu" for r, lab in _bl(s)) + ".")


def _ba_o5(c, s):
    return (("Phiếu khảo sát được thu về từ " + _enum([f"{lab} ({s(r)} phiếu)" for r, lab in _bl(s)], "; ") + "."),
            f"Tổng số phiếu điều tra xã hội học năm {c.Y} là {s('total')}.")


def _ba_o6(c, s):
    items = [f"{_LETTERS[i]}) {lab}: {s(r)} phiếu" for i, (r, lab) in enumerate(_bl(s))]
    return f"Số phiếu hợp lệ ({s('total')} phiếu) phân theo đối tượng: " + "; ".join(items) + "."


def _ba_o7(c, s):
    return ("Phiếu hợp lệ được phân theo đối tượng: " + "; ".join(f"{s(r)} phiếu ({lab})" for r, lab in _bl(s))
            + f"; tổng {s('total')} phiếu.")


def _ba_o8(c, s):
    return ("Bảng tổng hợp phiếu điều tra: " + "; ".join(f"dòng “{_cap(lab)}” {s(r)}" for r, lab in _bl(s))
            + f"; dòng “Cộng” {s('total')}.")


@_approx
def _ba_o9(c, s):
    return (f"Khoảng {s('total')} phiếu đã được phát ra và thu về, gồm "
            + _enum([f"khoảng {s(r)} phiếu dành cho {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_o10(c, s):
    return (f"Điều tra xã hội học năm {c.Y}: {s('total')} phiếu ("
            + "; ".join(f"{lab} {s(r)}" for r, lab in _bl(s)) + ").")


def _ba_o11(c, s):
    return ("Theo đối tượng khảo sát, " + _enum([f"{lab} có {s(r)} phiếu" for r, lab in _bl(s)], "; ")
            + f". Tổng số phiếu: {s('total')}.")


def _ba_o12(c, s):
    return (f"Kết quả điều tra dựa trên {s('total')} phiếu trả lời hợp lệ của "
            + _enum([f"{lab} ({s(r)} phiếu)" for r, lab in _bl(s)], "; ") + ".")


@_approx
def _ba_p1(c, s):
    return (f"Chừng {s('total')} phiếu khảo sát đã được thu về, trong đó "
            + _enum([f"chừng {s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p2(c, s):
    return (f"Hỏi: Bao nhiêu phiếu khảo sát được thu về? Đáp: {s('total')} phiếu – "
            + "; ".join(f"{lab} {s(r)}" for r, lab in _bl(s)) + ".")


def _ba_p3(c, s):
    return ("“Chúng tôi thu về " + _enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ")
            + f", tổng cộng {s('total')} phiếu”, {_who(c)} cho biết.")


def _ba_p4(c, s):
    lines = [f"– {_cap(lab)}: {s(r)}" for r, lab in _bl(s)]
    return f"Phiếu khảo sát ({s('total')} phiếu):\n" + "\n".join(lines)


def _ba_p5(c, s):
    return (f"Tổng cộng {s('total')} phiếu khảo sát được thu về: "
            + "; ".join(f"{s(r)} từ {lab}" for r, lab in _bl(s)) + ".")


def _ba_p6(c, s):
    return "Phiếu khảo sát: " + "; ".join(f"{lab} {s(r)}" for r, lab in _bl(s)) + f" – tổng {s('total')}."


def _ba_p7(c, s):
    return (f"Trong tổng số {s('total')} phiếu, " + _enum([f"{lab} đóng góp {s(r)}" for r, lab in _bl(s)], "; ")
            + ".")


@_approx
def _ba_p8(c, s):
    return (f"Trên dưới {s('total')} phiếu khảo sát – "
            + _enum([f"{lab} trên dưới {s(r)}" for r, lab in _bl(s)], "; ") + " – là cơ sở để chấm điểm.")


def _ba_p9(c, s):
    return (("Người trả lời phiếu gồm " + _enum([f"{lab} ({s(r)} phiếu)" for r, lab in _bl(s)], "; ") + "."),
            f"Số phiếu khảo sát hợp lệ năm nay: {s('total')}.")


def _ba_p10(c, s):
    return (f"Để có kết quả này, {_org(c)} đã lấy ý kiến qua {s('total')} phiếu, gồm "
            + _enum([f"{s(r)} phiếu {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_p11(c, s):
    return (f"Số phiếu hợp lệ: {s('total')}. Trong đó, " + "; ".join(f"{lab}: {s(r)}" for r, lab in _bl(s))
            + ".")


def _ba_p12(c, s):
    return ("Cuộc khảo sát năm nay ghi nhận " + _enum([f"{s(r)} phiếu từ {lab}" for r, lab in _bl(s)], "; ")
            + f"; cộng lại là {s('total')} phiếu.")


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
