"""Blind phrasings: a fifth set of sentences for `claim_text`, written without reading the extractor, its frames,
their tests, the misses of any set, or the sentences of the other four sets, so that a benchmark on them
measures reach on prose nobody has fitted to.

Same interface as `claim_phrasings_unseen.py` (fn(c, s) -> text, or (text, a sentence for another paragraph);
`s(role, fmt)` prints and records one figure; `s.t(role, up, down)` the word for the direction of a signed
figure; `s.ml()` the member list), with no tuning / held-out flag: every entry belongs to the "blind" set. Each
kind states exactly the roles its tuning phrasings state. The sentences imitate Sở Nội vụ reports, Bộ Nội vụ
announcements and news copy: figure first, unit first or year first, bullets, brackets, "lần lượt là",
"trong đó", number words and leading zeros, "điểm phần trăm", "so với cùng kỳ", rank moves ("vươn lên",
"tụt"). Nothing is printed as a digit that is not a recorded figure, a year, a band bound or the threshold.

Do not tune the extractor against these sentences and do not print them when tuning: this set is the blind
measure (`bench_claims.py` prints them only with --show-blind). Read the benchmark's summary rows only.
"""

from __future__ import annotations

from typing import Any


def _up(text: str) -> str:
    """Sentence-initial capital (band titles and vocabulary start lower case inside a sentence)."""
    return text[:1].upper() + text[1:]


def _join(items: list[str], sep: str = ", ", last: str = " và ") -> str:
    """A Vietnamese enumeration: "a, b và c" (or with `sep` = "; ")."""
    return items[0] if len(items) == 1 else sep.join(items[:-1]) + last + items[-1]


def _rounded(fn: Any) -> Any:
    """Ballot phrasings that print rounded counts ("hơn 86.000 phiếu"): the generator then draws rounded parts."""
    fn.approx = True
    return fn


def _over(c) -> str:
    """Where the assessed units are, as reports append it after their noun."""
    if c.world.scope == "national_provinces":
        return " trực thuộc Trung ương"
    if c.world.scope == "provincial":
        return f" thuộc {c.V.place}"
    return ""


def _organ(c) -> str:
    """Who announces the results: the provincial Sở Nội vụ or the Ministry."""
    return f"Sở Nội vụ {c.V.place}" if c.world.scope == "provincial" else "Bộ Nội vụ"


def _d(c, s, role: str) -> str:
    """A signed difference of scores, printed as a magnitude with "điểm phần trăm" (or "điểm")."""
    return f"{s(role)}{c.dp}"


def _names(c, s) -> list[str]:
    """The member list as printed (a planted fault may have changed it)."""
    return [u.name for u in c.members_of(s)]


def _no_empty(c, s) -> str:
    """"; không có đơn vị nào xếp loại Yếu" for the empty bands reports still mention."""
    if not s.zero:
        return ""
    return f"; không có {c.V.cn} nào " + _join([b.inb for b in s.zero], ", ", " hay ")


# ---------------------------------------------------------------- total (the lead)

TOTAL = {
    "official": [
        lambda c, s: (f"Thực hiện Đề án xác định Chỉ số CCHC, năm {c.Y} {c.V.ev} đã triển khai đánh giá đối với "
                      f"{s('total')} {c.V.units}{_over(c)}."),
        lambda c, s: f"Đối tượng đánh giá, xếp hạng gồm {s('total', 'z')} {c.V.units}{_over(c)}.",
        lambda c, s: f"Tổng số {c.V.units} được xác định Chỉ số CCHC năm {c.Y} là {s('total')}.",
        lambda c, s: (f"Năm {c.Y}, toàn bộ {c.V.coll} (gồm {s('total')} {c.V.cn}) đã được {c.V.ev} đánh giá theo "
                      f"bộ tiêu chí xác định Chỉ số CCHC."),
        lambda c, s: (f"Theo Kế hoạch, {_organ(c)} tiến hành thẩm định kết quả tự đánh giá, chấm điểm của "
                      f"{s('total')} {c.V.units}; quá trình thẩm định bảo đảm khách quan, đúng quy định."),
        lambda c, s: (f"Chỉ số CCHC năm {c.Y} được tính cho {s('total')} {c.V.cn}, dựa trên điểm thẩm định và "
                      f"điểm điều tra xã hội học."),
    ],
    "press": [
        lambda c, s: (f"{_organ(c)} vừa công khai kết quả Chỉ số CCHC năm {c.Y} của {s('total')} "
                      f"{c.V.units}{_over(c)}."),
        lambda c, s: (f"{s('total')} {c.V.units} – đó là số {c.V.cn} có tên trong bảng xếp hạng Chỉ số CCHC năm "
                      f"{c.Y}."),
        lambda c, s: f"Bảng xếp hạng PAR INDEX {c.Y} gọi tên đủ {s('total')} {c.V.cn}.",
        lambda c, s: f"Năm {c.Y}, {_organ(c)} đo chỉ số cải cách hành chính tại {s('total')} {c.V.units}{_over(c)}.",
        lambda c, s: (f"Toàn bộ {s('total')} {c.V.units}{_over(c)} đã được chấm điểm trong đợt đánh giá năm "
                      f"nay."),
        lambda c, s: f"Kỳ đánh giá năm {c.Y} có {s('total')} {c.V.cn} tham gia, không {c.V.one} nào vắng mặt.",
    ],
}


# ---------------------------------------------------------------- average with the previous year's value

def _av_o8(c, s):
    """The year's average in the body, last year's and the change in the opening paragraph."""
    body = f"Chỉ số CCHC bình quân năm {c.Y} của {c.V.coll_s} đạt {s('avg', 'u')}."
    lead = (f"Năm {c.Y1}, Chỉ số CCHC bình quân là {s('prev', 'u')}; năm nay mức bình quân "
            f"{s.t('delta', 'tăng', 'giảm')} {_d(c, s, 'delta')}.")
    return body, lead


AVERAGE = {
    "official": [
        lambda c, s: (f"Chỉ số CCHC trung bình của {c.V.coll_s} năm {c.Y} đạt {s('avg', 'u')}, "
                      f"{s.t('delta', 'tăng', 'giảm')} {_d(c, s, 'delta')} so với năm {c.Y1} ({s('prev', 'u')})."),
        lambda c, s: (f"Giá trị trung bình Chỉ số CCHC năm {c.Y} là {s('avg', 'u')}; năm {c.Y1} là "
                      f"{s('prev', 'u')}; như vậy, mức trung bình đã {s.t('delta', 'tăng', 'giảm')} "
                      f"{s('delta', 'u')}."),
        lambda c, s: (f"So với năm trước ({s('prev', 'u')}), điểm trung bình năm {c.Y} của {c.V.coll_s} "
                      f"{s.t('delta', 'tăng thêm', 'giảm đi')} {_d(c, s, 'delta')}, đạt {s('avg', 'u')}."),
        lambda c, s: (f"Kết quả chung:\n- Chỉ số trung bình năm {c.Y}: {s('avg', 'u')};\n- Chỉ số trung bình năm "
                      f"{c.Y1}: {s('prev', 'u')};\n- Mức {s.t('delta', 'tăng', 'giảm')}: {s('delta', 'u')}."),
        lambda c, s: (f"Tính trung bình cộng, Chỉ số CCHC năm {c.Y} của {c.V.coll_s} là {s('avg', 'u')}, "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} năm {c.Y1} {_d(c, s, 'delta')} (năm {c.Y1} đạt "
                      f"{s('prev', 'u')})."),
        lambda c, s: (f"Mức điểm bình quân của {c.V.coll} {s.t('delta', 'đã tăng từ', 'đã giảm từ')} "
                      f"{s('prev', 'u')} (năm {c.Y1}) {s.t('delta', 'lên', 'xuống')} {s('avg', 'u')} (năm {c.Y}), "
                      f"tương ứng {_d(c, s, 'delta')}."),
        lambda c, s: (f"Năm {c.Y}: bình quân Chỉ số CCHC đạt {s('avg', 'u')} (năm {c.Y1}: {s('prev', 'u')}), "
                      f"chênh lệch {s('delta', '+')}{c.dp}."),
        _av_o8,
    ],
    "press": [
        lambda c, s: (f"Điểm trung bình PAR INDEX {c.Y} của {c.V.coll_s} là {s('avg', 'u')}, "
                      f"{s.t('delta', 'nhích lên', 'giảm nhẹ')} {_d(c, s, 'delta')} so với cùng kỳ "
                      f"({s('prev', 'u')})."),
        lambda c, s: (f"Năm nay, chỉ số bình quân đạt {s('avg', 'u')}. Con số này "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} {_d(c, s, 'delta')} so với mức {s('prev', 'u')} của "
                      f"năm {c.Y1}."),
        lambda c, s: (f"Từ {s('prev', 'u')} năm {c.Y1}, điểm trung bình {s.t('delta', 'đã tăng lên', 'đã giảm xuống')} "
                      f"{s('avg', 'u')} năm {c.Y}, tương ứng mức {s.t('delta', 'tăng', 'giảm')} {_d(c, s, 'delta')}."),
        lambda c, s: (f"{s('avg', 'u')} là điểm trung bình Chỉ số CCHC năm {c.Y} của {c.V.coll_s}, trong khi năm "
                      f"{c.Y1} con số này là {s('prev', 'u')} ({s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')})."),
        lambda c, s: (f"Theo {_organ(c)}, kết quả trung bình năm {c.Y} {s.t('delta', 'tăng', 'giảm')} "
                      f"{_d(c, s, 'delta')}: từ {s('prev', 'u')} {s.t('delta', 'lên', 'xuống')} {s('avg', 'u')}."),
        lambda c, s: (f"Chỉ số trung bình ({c.Y}: {s('avg', 'u')}; {c.Y1}: {s('prev', 'u')}) cho thấy mức "
                      f"{s.t('delta', 'cải thiện', 'sụt giảm')} {_d(c, s, 'delta')}."),
    ],
}


# ---------------------------------------------------------------- one unit's delta

DELTA = {
    "official": [
        lambda c, s: (f"{s.U.name} đạt {s('cur', 'u')}, {s.t('delta', 'tăng', 'giảm')} {_d(c, s, 'delta')} so với "
                      f"năm {c.Y1} ({s('prev', 'u')})."),
        lambda c, s: (f"Chỉ số CCHC năm {c.Y} của {s.U.name} là {s('cur', 'u')} (năm {c.Y1}: {s('prev', 'u')}), "
                      f"{s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')}."),
        lambda c, s: (f"Năm {c.Y1}, {s.U.name} đạt {s('prev', 'u')}; sang năm {c.Y}, kết quả của {c.V.this} "
                      f"{s.t('delta', 'tăng lên', 'giảm còn')} {s('cur', 'u')}, tức "
                      f"{s.t('delta', 'tăng', 'giảm')} {_d(c, s, 'delta')}."),
        lambda c, s: (f"Đối với {s.U.name}: kết quả năm {c.Y} là {s('cur', 'u')}, "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} {_d(c, s, 'delta')} so với kết quả năm {c.Y1} là "
                      f"{s('prev', 'u')}."),
        lambda c, s: (f"Một số kết quả nổi bật:\n- {s.U.name}: {s('cur', 'u')} (năm {c.Y1}: {s('prev', 'u')}; "
                      f"{s.t('delta', 'tăng', 'giảm')} {_d(c, s, 'delta')})."),
        lambda c, s: (f"Với {s('cur', 'u')}, {s.U.name} có mức {s.t('delta', 'tăng', 'giảm')} {_d(c, s, 'delta')} "
                      f"so với năm liền kề trước đó ({s('prev', 'u')})."),
        lambda c, s: (f"So với cùng kỳ năm {c.Y1} ({s('prev', 'u')}), Chỉ số CCHC của {s.U.name} "
                      f"{s.t('delta', 'tăng', 'giảm')} {_d(c, s, 'delta')}, đạt {s('cur', 'u')}."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name} có bước {s.t('delta', 'tiến', 'lùi')} khi đạt {s('cur', 'u')}, "
                      f"{s.t('delta', 'tăng', 'giảm')} {_d(c, s, 'delta')} so với năm {c.Y1} ({s('prev', 'u')})."),
        lambda c, s: (f"Điểm số của {s.U.name} {s.t('delta', 'tăng từ', 'giảm từ')} {s('prev', 'u')} "
                      f"{s.t('delta', 'lên', 'xuống')} {s('cur', 'u')}, tức "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} năm ngoái {_d(c, s, 'delta')}."),
        lambda c, s: (f"Đáng chú ý, {s.U.name} {s.t('delta', 'cải thiện', 'sụt giảm')} {_d(c, s, 'delta')}: năm "
                      f"{c.Y} đạt {s('cur', 'u')}, còn năm {c.Y1} là {s('prev', 'u')}."),
        lambda c, s: (f"Riêng {s.U.name}, chỉ số năm nay là {s('cur', 'u')} so với {s('prev', 'u')} năm trước "
                      f"({s('delta', '+')}{c.dp})."),
        lambda c, s: (f"{s.U.name}: {s('prev', 'u')} ({c.Y1}) → {s('cur', 'u')} ({c.Y}), "
                      f"{s.t('delta', 'tăng', 'giảm')} {_d(c, s, 'delta')}."),
        lambda c, s: (f"Năm {c.Y}, {s.U.name} {s.t('delta', 'ghi nhận mức tăng', 'bị giảm')} {_d(c, s, 'delta')}, "
                      f"từ {s('prev', 'u')} {s.t('delta', 'lên', 'xuống')} {s('cur', 'u')}."),
    ],
}


# ---------------------------------------------------------------- the leading and the lowest unit

HIGHEST = {
    "official": [
        lambda c, s: f"{c.V.Cn} có Chỉ số CCHC cao nhất là {s.T.name} với {s('top', 'u')}.",
        lambda c, s: f"Đứng đầu bảng xếp hạng năm {c.Y} là {s.T.name} ({s('top', 'u')}).",
        lambda c, s: f"Xếp thứ nhất là {s.T.name}, đạt {s('top', 'u')}.",
        lambda c, s: f"{s.T.name} đứng ở vị trí dẫn đầu với kết quả {s('top', 'u')}.",
        lambda c, s: f"Kết quả cao nhất thuộc về {s.T.name}: {s('top', 'u')}.",
        lambda c, s: (f"Với {s('top', 'u')}, {s.T.name} là {c.V.one} dẫn đầu {c.V.where} về Chỉ số CCHC năm "
                      f"{c.Y}."),
    ],
    "press": [
        lambda c, s: f"Quán quân PAR INDEX {c.Y} gọi tên {s.T.name} với {s('top', 'u')}.",
        lambda c, s: f"Ở vị trí số một là {s.T.name}, đạt {s('top', 'u')}.",
        lambda c, s: f"{s.T.name} giành ngôi đầu với số điểm {s('top', 'u')}.",
        lambda c, s: f"{s('top', 'u')} – đó là kết quả giúp {s.T.name} đứng đầu bảng xếp hạng năm nay.",
        lambda c, s: f"Năm nay, ngôi vị cao nhất thuộc về {s.T.name} với {s('top', 'u')}.",
        lambda c, s: f"{s.T.name} là {c.V.one} có điểm số cao nhất, {s('top', 'u')}.",
        lambda c, s: (f"{s.T.name} {'giữ vững' if s.T.prev_rank == 1 else 'vươn lên'} vị trí dẫn đầu với "
                      f"{s('top', 'u')}."),
    ],
}

LOWEST = {
    "official": [
        lambda c, s: f"{c.V.Cn} có Chỉ số CCHC thấp nhất là {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: f"Xếp cuối cùng trong bảng xếp hạng là {s.B.name} với {s('bot', 'u')}.",
        lambda c, s: f"Kết quả thấp nhất thuộc về {s.B.name}, đạt {s('bot', 'u')}.",
        lambda c, s: f"{s.B.name} đứng ở vị trí cuối, với {s('bot', 'u')}.",
        lambda c, s: f"Thấp nhất năm {c.Y} là {s.B.name}: {s('bot', 'u')}.",
        lambda c, s: f"Với {s('bot', 'u')}, {s.B.name} là {c.V.one} có kết quả thấp nhất {c.V.where}.",
    ],
    "press": [
        lambda c, s: f"Cuối bảng xếp hạng là {s.B.name}, với {s('bot', 'u')}.",
        lambda c, s: f"{s.B.name} đội sổ với {s('bot', 'u')}.",
        lambda c, s: f"Vị trí cuối cùng năm nay thuộc về {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: f"Chỉ đạt {s('bot', 'u')}, {s.B.name} đứng cuối bảng xếp hạng.",
        lambda c, s: f"Trong khi đó, {s.B.name} có điểm số thấp nhất: {s('bot', 'u')}.",
        lambda c, s: f"{s('bot', 'u')} là điểm số thấp nhất, thuộc về {s.B.name}.",
    ],
}


# ---------------------------------------------------------------- gap between the first and the last

GAP = {
    "official": [
        lambda c, s: (f"Khoảng cách giữa {c.V.one} cao nhất ({s.T.name}) và {c.V.one} thấp nhất ({s.B.name}) là "
                      f"{_d(c, s, 'gap')}."),
        lambda c, s: f"Chênh lệch Chỉ số CCHC giữa {s.T.name} và {s.B.name} là {s('gap', 'u')}.",
        lambda c, s: (f"{s.T.name} cao hơn {s.B.name} {_d(c, s, 'gap')}, đây cũng là mức chênh lệch giữa "
                      f"{c.V.one} đứng đầu và {c.V.one} đứng cuối."),
        lambda c, s: (f"Điểm số cao nhất và thấp nhất cách nhau {_d(c, s, 'gap')} ({s.T.name} và "
                      f"{s.B.name})."),
        lambda c, s: (f"Giữa {c.V.one} dẫn đầu là {s.T.name} và {c.V.one} xếp cuối là {s.B.name} có khoảng cách "
                      f"{_d(c, s, 'gap')}."),
        lambda c, s: f"Mức chênh lệch giữa kết quả cao nhất và thấp nhất năm {c.Y} là {s('gap', 'u')}.",
    ],
    "press": [
        lambda c, s: (f"Khoảng cách giữa quán quân {s.T.name} và {s.B.name} ở cuối bảng lên tới "
                      f"{_d(c, s, 'gap')}."),
        lambda c, s: f"{_d(c, s, 'gap')} là khoảng cách giữa {c.V.one} đứng đầu và {c.V.one} đứng cuối.",
        lambda c, s: f"Điểm của {s.B.name} thấp hơn {s.T.name} tới {_d(c, s, 'gap')}.",
        lambda c, s: f"Giữa {c.V.one} cao điểm nhất và thấp điểm nhất, độ vênh là {s('gap', 'u')}.",
        lambda c, s: f"Từ {s.T.name} đến {s.B.name}, khoảng cách điểm số là {_d(c, s, 'gap')}.",
        lambda c, s: f"Cách biệt giữa vị trí đầu và cuối bảng năm {c.Y}: {_d(c, s, 'gap')}.",
    ],
}


# ---------------------------------------------------------------- two units compared

COMPARISON = {
    "official": [
        lambda c, s: (f"Chỉ số CCHC của {s.A.name} ({s('a', 'u')}) cao hơn {s.B.name} ({s('b', 'u')}) là "
                      f"{_d(c, s, 'diff')}."),
        lambda c, s: (f"{s.A.name} đạt {s('a', 'u')}, {s.B.name} đạt {s('b', 'u')}; chênh lệch giữa hai "
                      f"{c.V.one} là {_d(c, s, 'diff')}."),
        lambda c, s: (f"So với {s.B.name} ({s('b', 'u')}), {s.A.name} có kết quả cao hơn {_d(c, s, 'diff')}, "
                      f"đạt {s('a', 'u')}."),
        lambda c, s: (f"Kết quả của {s.B.name} là {s('b', 'u')}, thấp hơn {s.A.name} ({s('a', 'u')}) "
                      f"{_d(c, s, 'diff')}."),
        lambda c, s: (f"{s.A.name} và {s.B.name} lần lượt đạt {s('a', 'u')} và {s('b', 'u')}, cách nhau "
                      f"{s('diff', 'u')}."),
        lambda c, s: (f"Chênh lệch giữa {s.A.name} với {s.B.name} là {_d(c, s, 'diff')} ({s('a', 'u')} so với "
                      f"{s('b', 'u')})."),
    ],
    "press": [
        lambda c, s: f"{s.A.name} ({s('a', 'u')}) bỏ xa {s.B.name} ({s('b', 'u')}) tới {_d(c, s, 'diff')}.",
        lambda c, s: (f"Với {s('a', 'u')}, {s.A.name} hơn {s.B.name} {_d(c, s, 'diff')}; {s.B.name} chỉ đạt "
                      f"{s('b', 'u')}."),
        lambda c, s: (f"Cùng bảng xếp hạng, {s.B.name} đạt {s('b', 'u')}, kém {s.A.name} ({s('a', 'u')}) "
                      f"{_d(c, s, 'diff')}."),
        lambda c, s: (f"Điểm của {s.A.name} là {s('a', 'u')}, còn {s.B.name} là {s('b', 'u')}: cách biệt "
                      f"{_d(c, s, 'diff')}."),
        lambda c, s: (f"{_d(c, s, 'diff')} là khoảng cách giữa {s.A.name} ({s('a', 'u')}) và {s.B.name} "
                      f"({s('b', 'u')})."),
        lambda c, s: (f"Nếu {s.A.name} đạt {s('a', 'u')} thì {s.B.name} dừng ở {s('b', 'u')}, thấp hơn "
                      f"{_d(c, s, 'diff')}."),
    ],
}


# ---------------------------------------------------------------- counts per band

def _bc_o1(c, s):
    rows = [f"- {_up(b.grp)} ({b.span}): {s(r, 'z')} {c.V.cn}" for b, r in s.bands]
    return "Kết quả phân loại như sau:\n" + ";\n".join(rows) + "."


def _bc_o2(c, s):
    items = [f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands]
    return f"Trong tổng số {s('total')} {c.V.cn}, có {_join(items)}{_no_empty(c, s)}."


def _bc_o3(c, s):
    items = [f"{b.title}: {s(r)}" for b, r in s.bands]
    return f"Số {c.V.cn} theo {c.V.grouping} ({s('total')} {c.V.cn}): " + "; ".join(items) + "."


def _bc_o4(c, s):
    groups = _join([b.grp for b, _ in s.bands])
    counts = _join([s(r) for _, r in s.bands])
    return f"Số {c.V.cn} ở {groups} lần lượt là {counts}."


def _bc_o5(c, s):
    items = [f"{s(r, 'z')} {c.V.cn} {b.inb} ({b.span})" for b, r in s.bands]
    return _up("; ".join(items)) + "."


def _bc_o6(c, s):
    items = [f"{b.grp} gồm {s(r)} {c.V.cn}" for b, r in s.bands]
    return _up("; ".join(items)) + _no_empty(c, s) + "."


def _bc_o7(c, s):
    items = [f"{b.grp} chiếm {s(r)} {c.V.cn}" for b, r in s.bands]
    return f"Trong số {s('total')} {c.V.cn} được xếp loại, " + "; ".join(items) + "."


def _bc_p1(c, s):
    items = [f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands]
    return f"Cụ thể, {_join(items)}."


def _bc_p2(c, s):
    items = [f"{b.grp} có {s(r, 'w')} cái tên" for b, r in s.bands]
    return _up(", ".join(items)) + "."


def _bc_p3(c, s):
    items = [f"{b.grp} ({b.span}) có {s(r)} {c.V.cn}" for b, r in s.bands]
    return f"Bảng xếp hạng chia thành {c.V.grouping}: " + "; ".join(items) + "."


def _bc_p4(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    items = [f"Số {c.V.cn} {b0.reach}: {s(r0)}"] + [f"{b.reach}: {s(r)}" for b, r in rest]
    return "; ".join(items) + "."


def _bc_p5(c, s):
    items = [f"{b.grp} {s(r)}" for b, r in s.bands]
    return f"Tổng cộng {s('total')} {c.V.cn} được phân bổ như sau: {_join(items)}."


def _bc_p6(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    items = [f"{s(r0, 'W')} {c.V.cn} lọt vào {b0.grp}"] + [f"{s(r)} {c.V.cn} ở {b.grp}" for b, r in rest]
    return _join(items) + "."


BAND_COUNTS = {
    "official": [_bc_o1, _bc_o2, _bc_o3, _bc_o4, _bc_o5, _bc_o6, _bc_o7],
    "press": [_bc_p1, _bc_p2, _bc_p3, _bc_p4, _bc_p5, _bc_p6],
}


# ---------------------------------------------------------------- a band's count and its members

def _bm_o5(c, s):
    rows = [f"- {name};" for name in _names(c, s)]
    rows[-1] = rows[-1][:-1] + "."
    return f"{_up(s.b.grp)}: {s('count', 'z')} {c.V.cn}, cụ thể:\n" + "\n".join(rows)


BAND_MEMBERS = {
    "official": [
        lambda c, s: f"{_up(s.b.grp)} ({s.b.span}) gồm {s('count', 'z')} {c.V.cn}: {s.ml()}.",
        lambda c, s: f"Các {c.V.cn} {s.b.inb} ({s('count')} {c.V.cn}) là: {s.ml()}.",
        lambda c, s: f"Có {s('count', 'w')} {c.V.cn} {s.b.inb}, gồm: {s.ml()}.",
        lambda c, s: f"{c.V.Cn} {s.b.inb} gồm {s.ml()} (tổng cộng {s('count')} {c.V.cn}).",
        _bm_o5,
        lambda c, s: f"{s('count', 'W')} {c.V.cn} {s.b.inb} là {s.ml()}.",
    ],
    "press": [
        lambda c, s: f"{_up(s.b.grp)} có {s('count', 'w')} cái tên: {s.ml()}.",
        lambda c, s: f"{s.ml()} là {s('count', 'w')} {c.V.cn} {s.b.inb} năm nay.",
        lambda c, s: f"Góp mặt trong {s.b.grp} năm {c.Y} là {s('count')} {c.V.cn}, gồm {s.ml()}.",
        lambda c, s: f"Ở {s.b.grp}, {s('count', 'w')} {c.V.cn} có tên là {s.ml()}.",
        lambda c, s: f"Danh sách {s('count')} {c.V.cn} {s.b.inb} gồm: {s.ml('semi_only')}.",
        lambda c, s: f"{s.b.Inb} có {s.ml()} – tổng cộng {s('count', 'w')} {c.V.cn}.",
    ],
}


# ---------------------------------------------------------------- count at or above the threshold

THRESHOLD = {
    "official": [
        lambda c, s: f"Số {c.V.cn} đạt từ {c.thr} trở lên là {s('thr')}.",
        lambda c, s: f"Có {s('thr', 'z')} {c.V.units} đạt Chỉ số CCHC từ {c.thr} trở lên.",
        lambda c, s: f"{s('thr')} {c.V.cn} có kết quả trên {c.thr}.",
        lambda c, s: f"Kết quả đạt trên {c.thr} được ghi nhận ở {s('thr')} {c.V.cn}.",
        lambda c, s: f"Tổng số {c.V.cn} có Chỉ số CCHC không thấp hơn {c.thr} là {s('thr')}.",
        lambda c, s: f"Năm {c.Y}, {s('thr')} {c.V.units} vượt mức {c.thr}.",
    ],
    "press": [
        lambda c, s: f"Có tới {s('thr')} {c.V.cn} vượt ngưỡng {c.thr}.",
        lambda c, s: f"Ngưỡng {c.thr} đã được {s('thr')} {c.V.cn} vượt qua.",
        lambda c, s: f"{s('thr', 'W')} {c.V.cn} đạt trên {c.thr}.",
        lambda c, s: f"Số {c.V.cn} cán mốc {c.thr} trở lên năm nay là {s('thr')}.",
        lambda c, s: f"Điểm số trên {c.thr} xuất hiện ở {s('thr')} {c.V.cn}.",
        lambda c, s: f"Năm {c.Y}, {s('thr')} {c.V.cn} đạt điểm từ {c.thr} trở lên.",
    ],
}


# ---------------------------------------------------------------- above the average, out of all

RATIO = {
    "official": [
        lambda c, s: f"Có {s('num')}/{s('den')} {c.V.cn} đạt Chỉ số CCHC cao hơn giá trị trung bình.",
        lambda c, s: f"{s('num')} trên tổng số {s('den')} {c.V.cn} có kết quả trên mức trung bình chung.",
        lambda c, s: f"Số {c.V.cn} có chỉ số vượt mức trung bình là {s('num')}/{s('den')}.",
        lambda c, s: f"Trong {s('den')} {c.V.units}, {s('num')} {c.V.cn} đạt trên mức trung bình.",
        lambda c, s: f"Tỷ lệ {c.V.cn} có Chỉ số CCHC cao hơn mức bình quân: {s('num')}/{s('den')}.",
        lambda c, s: f"Trên mức trung bình có {s('num')} trong tổng số {s('den')} {c.V.cn}.",
    ],
    "press": [
        lambda c, s: f"{s('num')}/{s('den')} {c.V.cn} có điểm cao hơn mức trung bình.",
        lambda c, s: f"Có {s('num')} trên {s('den')} {c.V.cn} vượt điểm trung bình.",
        lambda c, s: f"{s('num')} {c.V.cn} – trong tổng số {s('den')} – có điểm vượt mức bình quân.",
        lambda c, s: f"Điểm số trên mức trung bình thuộc về {s('num')}/{s('den')} {c.V.cn}.",
        lambda c, s: (f"Xét trên {s('den')} {c.V.cn} được xếp hạng, {s('num')} {c.V.cn} có điểm cao hơn trung "
                      f"bình."),
        lambda c, s: f"Số {c.V.cn} đứng trên mức trung bình: {s('num')} (trên tổng số {s('den')}).",
    ],
}


# ---------------------------------------------------------------- the two kinds of unit and their total

def _n0(s) -> str:
    return s.nouns[0]


def _n1(s) -> str:
    return s.nouns[1]


PARTS = {
    "official": [
        lambda c, s: (f"Đối tượng đánh giá gồm {s('total')} {c.V.cn}, trong đó có {s('p0')} {_n0(s)} và "
                      f"{s('p1')} {_n1(s)}."),
        lambda c, s: (f"{s('total')} {c.V.units} được đánh giá, bao gồm: {s('p0', 'z')} {_n0(s)}; "
                      f"{s('p1', 'z')} {_n1(s)}."),
        lambda c, s: (f"Tổng số {c.V.cn} được xếp hạng là {s('total')} ({s('p0')} {_n0(s)}, {s('p1')} "
                      f"{_n1(s)})."),
        lambda c, s: (f"Số lượng {c.V.cn} được đánh giá: {s('total')}, gồm:\n- {s('p0')} {_n0(s)};\n- "
                      f"{s('p1')} {_n1(s)}."),
        lambda c, s: (f"Cùng với {s('p1')} {_n1(s)}, {s('p0')} {_n0(s)} được xác định Chỉ số CCHC, tổng số "
                      f"là {s('total')} {c.V.cn}."),
        lambda c, s: (f"Kết quả chấm điểm áp dụng cho {s('p0')} {_n0(s)} và {s('p1')} {_n1(s)}, tổng cộng "
                      f"{s('total')} {c.V.cn}."),
    ],
    "press": [
        lambda c, s: (f"{s('total')} {c.V.cn} trong bảng xếp hạng gồm {s('p0')} {_n0(s)} và {s('p1')} "
                      f"{_n1(s)}."),
        lambda c, s: (f"Bảng xếp hạng năm nay có {s('p0')} {_n0(s)} cùng {s('p1')} {_n1(s)} – tổng cộng "
                      f"{s('total')} {c.V.cn}."),
        lambda c, s: (f"Trong số {s('total')} {c.V.cn} được chấm điểm, {s('p1')} là {_n1(s)}, còn lại "
                      f"{s('p0')} là {_n0(s)}."),
        lambda c, s: (f"Ngoài {s('p0')} {_n0(s)}, bảng xếp hạng còn có {s('p1')} {_n1(s)}, nâng tổng số lên "
                      f"{s('total')}."),
        lambda c, s: (f"Tổng số {c.V.cn} ({s('total')}) chia làm hai khối: {s('p0')} {_n0(s)} và {s('p1')} "
                      f"{_n1(s)}."),
        lambda c, s: (f"{s('p0')} {_n0(s)} và {s('p1')} {_n1(s)}, tức {s('total')} {c.V.cn}, đã được công bố "
                      f"kết quả."),
        lambda c, s: (f"Các {_n0(s)} chiếm {s('p0')}/{s('total')} {c.V.cn} được xếp hạng, còn lại {s('p1')} là "
                      f"{_n1(s)}."),
    ],
}


# ---------------------------------------------------------------- a band's count against last year

COUNT_CHANGE = {
    "official": [
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} năm {c.Y} là {s('cur')}, {s.t('chg', 'tăng', 'giảm')} {s('chg')} "
                      f"{c.V.cn} so với năm {c.Y1} ({s('prev')} {c.V.cn})."),
        lambda c, s: (f"{_up(s.b.grp)}: năm {c.Y} có {s('cur', 'z')} {c.V.cn}, năm {c.Y1} có {s('prev', 'z')} "
                      f"{c.V.cn} ({s.t('chg', 'tăng', 'giảm')} {s('chg', 'z')})."),
        lambda c, s: (f"So với năm {c.Y1} ({s('prev')}), số {c.V.cn} {s.b.inb} năm {c.Y} "
                      f"{s.t('chg', 'tăng thêm', 'giảm bớt')} {s('chg', 'w')}, {s.t('chg', 'lên', 'còn')} "
                      f"{s('cur')}."),
        lambda c, s: (f"Năm {c.Y1} có {s('prev')} {c.V.cn} {s.b.inb}; năm {c.Y} con số này là {s('cur')}, tức "
                      f"{s.t('chg', 'nhiều hơn', 'ít hơn')} {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Số lượng {c.V.cn} {s.b.inb} {s.t('chg', 'tăng', 'giảm')} từ {s('prev')} {c.V.cn} (năm "
                      f"{c.Y1}) {s.t('chg', 'lên', 'xuống')} {s('cur')} {c.V.cn} (năm {c.Y}), tương ứng "
                      f"{s('chg')} {c.V.cn}."),
        lambda c, s: (f"{_up(s.b.grp)} năm {c.Y} gồm {s('cur')} {c.V.cn}, {s.t('chg', 'nhiều hơn', 'ít hơn')} "
                      f"năm trước {s('chg', 'w')} {c.V.cn} (năm {c.Y1}: {s('prev')})."),
    ],
    "press": [
        lambda c, s: (f"{_up(s.b.grp)} năm nay có {s('cur')} cái tên, {s.t('chg', 'tăng', 'giảm')} "
                      f"{s('chg', 'w')} so với năm {c.Y1} ({s('prev')})."),
        lambda c, s: (f"Nếu năm {c.Y1} có {s('prev')} {c.V.cn} {s.b.inb} thì năm nay con số này là {s('cur')} "
                      f"({s.t('chg', 'tăng', 'giảm')} {s('chg')})."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} {s.t('chg', 'tăng', 'giảm')} {s('chg', 'w')}: từ {s('prev')} "
                      f"{s.t('chg', 'lên', 'xuống')} {s('cur')}."),
        lambda c, s: (f"{s('cur')} {c.V.cn} {s.b.inb} năm {c.Y}, {s.t('chg', 'nhiều hơn', 'ít hơn')} "
                      f"{s('chg')} so với cùng kỳ ({s('prev')})."),
        lambda c, s: (f"So với năm trước, {s.b.grp} {s.t('chg', 'có thêm', 'bớt đi')} {s('chg', 'w')} {c.V.cn} "
                      f"({s('prev')} → {s('cur')})."),
        lambda c, s: (f"Ở {s.b.grp}, con số năm {c.Y} là {s('cur')} {c.V.cn}, trong khi năm {c.Y1} là "
                      f"{s('prev')}; chênh lệch {s('chg')} {c.V.cn}."),
    ],
}


# ---------------------------------------------------------------- one unit's rank and its move

RANK = {
    "official": [
        lambda c, s: (f"{s.U.name} xếp thứ {s('r')}/{s('den')}, {s.t('move', 'tăng', 'giảm')} {s('move')} bậc so "
                      f"với năm {c.Y1} (xếp thứ {s('pr')})."),
        lambda c, s: (f"Năm {c.Y}, {s.U.name} xếp hạng {s('r')} trên tổng số {s('den')} {c.V.cn}; năm {c.Y1} "
                      f"xếp hạng {s('pr')}, như vậy đã {s.t('move', 'tăng', 'giảm')} {s('move', 'w')} bậc."),
        lambda c, s: (f"Vị trí của {s.U.name} năm {c.Y} là {s('r', 'z')}/{s('den')} (năm {c.Y1} đứng thứ "
                      f"{s('pr', 'z')}), {s.t('move', 'tăng', 'giảm')} {s('move', 'z')} bậc."),
        lambda c, s: (f"So với năm {c.Y1} (hạng {s('pr')}), {s.U.name} {s.t('move', 'tăng', 'giảm')} "
                      f"{s('move')} bậc, xếp thứ {s('r')} trong tổng số {s('den')} {c.V.units}."),
        lambda c, s: (f"{s.U.name} từ vị trí thứ {s('pr')} năm {c.Y1} {s.t('move', 'vươn lên', 'tụt xuống')} vị "
                      f"trí thứ {s('r')}/{s('den')} năm {c.Y} ({s.t('move', 'tăng', 'giảm')} {s('move', 'w')} "
                      f"bậc)."),
        lambda c, s: (f"Về thứ hạng:\n- {s.U.name}: hạng {s('r')}/{s('den')} (năm {c.Y1}: hạng {s('pr')}), "
                      f"{s.t('move', 'tăng', 'giảm')} {s('move')} bậc."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name} {s.t('move', 'vươn lên', 'tụt')} {s('move', 'w')} bậc, từ thứ {s('pr')} năm "
                      f"ngoái {s.t('move', 'lên', 'xuống')} thứ {s('r')}/{s('den')}."),
        lambda c, s: (f"Đáng chú ý là {s.U.name}: {s.t('move', 'tăng', 'giảm')} {s('move')} hạng so với năm "
                      f"{c.Y1}, hiện đứng thứ {s('r')} trong {s('den')} {c.V.cn} (năm {c.Y1} đứng thứ "
                      f"{s('pr')})."),
        lambda c, s: (f"Từ hạng {s('pr')}, {s.U.name} {s.t('move', 'leo lên', 'rơi xuống')} hạng "
                      f"{s('r')}/{s('den')}, tức {s.t('move', 'tăng', 'giảm')} {s('move')} bậc."),
        lambda c, s: (f"{s.U.name} xếp thứ {s('r')} trên {s('den')}, {s.t('move', 'cao hơn', 'thấp hơn')} "
                      f"{s('move', 'w')} bậc so với vị trí thứ {s('pr')} của năm trước."),
        lambda c, s: (f"Năm {c.Y}, {s.U.name} đứng ở vị trí {s('r')}/{s('den')}; năm {c.Y1}, {c.V.this} ở vị trí "
                      f"{s('pr')}. Như vậy, {s.U.name} đã {s.t('move', 'tăng', 'giảm')} {s('move')} bậc."),
        lambda c, s: (f"{s.t('move', 'Tăng', 'Giảm')} {s('move', 'w')} bậc so với năm {c.Y1} (thứ {s('pr')}), "
                      f"{s.U.name} hiện xếp thứ {s('r')}/{s('den')}."),
    ],
}


# ---------------------------------------------------------------- how many rose, how many fell

UP_DOWN = {
    "official": [
        lambda c, s: (f"So với năm {c.Y1}, có {s('up')} {c.V.cn} tăng điểm và {s('down')} {c.V.cn} giảm "
                      f"điểm."),
        lambda c, s: (f"Số {c.V.cn} có Chỉ số CCHC tăng so với năm trước là {s('up', 'z')}; số {c.V.cn} giảm là "
                      f"{s('down', 'z')}."),
        lambda c, s: (f"{s('up')} {c.V.cn} có kết quả cao hơn năm {c.Y1}, {s('down')} {c.V.cn} có kết quả thấp "
                      f"hơn."),
        lambda c, s: (f"Biến động so với năm {c.Y1}:\n- Tăng điểm: {s('up')} {c.V.cn};\n- Giảm điểm: "
                      f"{s('down')} {c.V.cn}."),
        lambda c, s: (f"Trong năm {c.Y}, số {c.V.cn} tăng và giảm điểm so với năm {c.Y1} lần lượt là {s('up')} "
                      f"và {s('down')}."),
        lambda c, s: (f"Có {s('down', 'w')} {c.V.cn} giảm điểm so với năm {c.Y1}; {s('up')} {c.V.cn} còn lại "
                      f"đều tăng điểm."),
    ],
    "press": [
        lambda c, s: f"{s('up')} {c.V.cn} tăng điểm, {s('down')} {c.V.cn} giảm điểm so với năm ngoái.",
        lambda c, s: (f"Số {c.V.cn} cải thiện điểm số là {s('up')}, trong khi {s('down')} {c.V.cn} đi "
                      f"xuống."),
        lambda c, s: (f"So với cùng kỳ, {s('down', 'w')} {c.V.cn} giảm điểm, còn lại {s('up')} {c.V.cn} "
                      f"tăng."),
        lambda c, s: (f"Có {s('up')} {c.V.cn} ghi nhận mức tăng so với năm {c.Y1}; {s('down')} {c.V.cn} ghi "
                      f"nhận mức giảm."),
        lambda c, s: (f"Kết quả năm {c.Y} của {s('up')} {c.V.cn} cao hơn năm trước; ở chiều ngược lại, "
                      f"{s('down')} {c.V.cn} có điểm thấp hơn."),
        lambda c, s: f"Bức tranh tăng – giảm: {s('up')} {c.V.cn} đi lên, {s('down')} {c.V.cn} đi xuống.",
    ],
}


# ---------------------------------------------------------------- survey ballots

def _parts(s) -> list[tuple[str, str]]:
    """(role, who answered) for each group of ballots."""
    return [(f"b{i}", s.lab[i]) for i in range(s.k)]


def _ba_o1(c, s):
    items = [f"{s(r)} phiếu khảo sát {lab}" for r, lab in _parts(s)]
    return f"Tổng số phiếu điều tra xã hội học thu về là {s('total')} phiếu, trong đó: " + "; ".join(items) + "."


def _ba_o2(c, s):
    rows = [f"- Số phiếu {lab}: {s(r)} phiếu;" for r, lab in _parts(s)]
    return "Kết quả điều tra xã hội học:\n" + "\n".join(rows) + f"\n- Tổng cộng: {s('total')} phiếu."


def _ba_o3(c, s):
    items = [f"{s(r)} phiếu dành cho {lab}" for r, lab in _parts(s)]
    return f"{c.V.ev} đã phát và thu về {s('total')} phiếu điều tra, gồm {_join(items)}."


@_rounded
def _ba_o4(c, s):
    items = [f"{lab}: trên {s(r)} phiếu" for r, lab in _parts(s)]
    return f"Số phiếu khảo sát thu về đạt trên {s('total')} phiếu (" + "; ".join(items) + ")."


def _ba_o5(c, s):
    labs = _join([lab for _, lab in _parts(s)], "; ", "; ")
    counts = _join([s(r) for r, _ in _parts(s)])
    return f"Số phiếu thu về của từng đối tượng ({labs}) lần lượt là {counts} phiếu, tổng cộng {s('total')} phiếu."


@_rounded
def _ba_o6(c, s):
    items = [f"hơn {s(r)} phiếu của {lab}" for r, lab in _parts(s)]
    return f"Tổng hợp hơn {s('total')} phiếu khảo sát, trong đó có {_join(items, '; ', '; ')}."


def _ba_p1(c, s):
    items = [f"{s(r)} phiếu từ {lab}" for r, lab in _parts(s)]
    return f"Đợt điều tra xã hội học năm nay thu về {s('total')} phiếu: {_join(items)}."


@_rounded
def _ba_p2(c, s):
    items = [f"hơn {s(r)} phiếu của {lab}" for r, lab in _parts(s)]
    return f"Hơn {s('total')} phiếu khảo sát đã được thu về, với {_join(items, '; ', ' cùng ')}."


def _ba_p3(c, s):
    items = [f"{s(r)} {lab}" for r, lab in _parts(s)]
    return f"Để chấm điểm, {_organ(c)} đã khảo sát {_join(items, '; ', '; ')}, tổng cộng {s('total')} phiếu."


def _ba_p4(c, s):
    items = [f"phiếu của {lab}: {s(r)}" for r, lab in _parts(s)]
    return f"{s('total')} phiếu khảo sát là cơ sở để tính điểm; trong số đó, " + "; ".join(items) + "."


@_rounded
def _ba_p5(c, s):
    items = [f"trên {s(r)} phiếu của {lab}" for r, lab in _parts(s)]
    return f"Tổng cộng trên {s('total')} ý kiến được ghi nhận, gồm {_join(items, '; ', '; ')}."


def _ba_p6(c, s):
    items = [f"{s(r)} {lab}" for r, lab in _parts(s)]
    return (f"Phiếu khảo sát được gửi tới {_join(items, '; ', '; ')}, nâng tổng số phiếu thu về lên "
            f"{s('total')}.")


BALLOTS = {
    "official": [_ba_o1, _ba_o2, _ba_o3, _ba_o4, _ba_o5, _ba_o6],
    "press": [_ba_p1, _ba_p2, _ba_p3, _ba_p4, _ba_p5, _ba_p6],
}


PHRASINGS = {
    "total": TOTAL, "average_with_previous": AVERAGE, "delta_only": DELTA, "highest": HIGHEST, "lowest": LOWEST,
    "gap": GAP, "comparison": COMPARISON, "band_counts": BAND_COUNTS, "band_members": BAND_MEMBERS,
    "threshold_count": THRESHOLD, "ratio": RATIO, "parts_total": PARTS, "count_change": COUNT_CHANGE,
    "rank_move": RANK, "up_down_counts": UP_DOWN, "ballots": BALLOTS,
}
