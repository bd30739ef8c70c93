"""Unseen phrasings: a third set of sentences for `claim_text`, written apart from the extractor and kept
from the engineer who tunes it, so that a benchmark on them measures reach on prose nobody fitted to.

Same interface as `claim_phrasings.py` (fn(c, s) -> text, or (text, a sentence for another paragraph);
`s(role, fmt)` prints and records one figure; `s.t(role, up, down)` the direction word of a signed figure;
`s.ml()` the member list), but no tuning / held-out flag: every entry here belongs to the "unseen" set.
Each kind states exactly the roles its tuning phrasings state.

Do not tune the extractor against these sentences; read the benchmark's summary rows only.
"""

from __future__ import annotations

from typing import Any

from samples.generator.claim_phrasings import _approx, _bl, _cap, _enum, _evp, _n, _tail


def _pts(c) -> str:
    """A change in points, the way news copy says it on either scale ("tăng 2,65 điểm")."""
    return " điểm"


def _score100(c, s, role: str) -> str:
    """A score on the 100-point scale written "/100 điểm" in reports that use points, else with its unit."""
    return f"{s(role)}/100 điểm" if not c.pct else s(role, "u")


def _bands_by_size(s) -> list[tuple[Any, str]]:
    return sorted(s.bands, key=lambda br: -s.big(br[1]))


def _sizes_distinct(s) -> bool:
    sizes = [s.big(r) for _, r in s.bands]
    return len(set(sizes)) == len(sizes)


def _zero_tail(c, s) -> str:
    if not s.zero:
        return ""
    return "; không " + c.V.cn + " nào " + _enum([b.inb for b in s.zero], ", ", " hoặc ")


def _members(c, s) -> list[str]:
    return [u.name for u in c.members_of(s)]


# ---------------------------------------------------------------- total (the lead)

TOTAL = {
    "official": [
        lambda c, s: (f"Căn cứ Kế hoạch triển khai xác định Chỉ số CCHC năm {c.Y}, {c.V.ev} đã hoàn thành việc "
                      f"thẩm định, đánh giá kết quả của {s('total', 'z')} {c.V.units}{_tail(c)}."),
        lambda c, s: (f"Số lượng {c.V.units}{_tail(c)} thuộc đối tượng xác định Chỉ số CCHC năm {c.Y}: "
                      f"{s('total')}."),
        lambda c, s: (f"Trên cơ sở hồ sơ tự đánh giá và kết quả điều tra xã hội học, {c.V.ev} đã chấm điểm, xếp hạng "
                      f"{s('total')} {c.V.units}{_tail(c)} trong năm {c.Y}."),
        lambda c, s: (f"Chỉ số CCHC năm {c.Y} được xác định đối với toàn bộ {c.V.coll} ({s('total')} {c.V.cn})."),
        lambda c, s: (f"Kết quả xác định Chỉ số CCHC năm {c.Y} đã được Hội đồng thẩm định thông qua. Tổng cộng có "
                      f"{s('total')} {c.V.units}{_tail(c)} được xếp hạng."),
        lambda c, s: (f"{s('total')} {c.V.units}{_tail(c)} là đối tượng được đánh giá, xếp hạng Chỉ số CCHC năm "
                      f"{c.Y}."),
        lambda c, s: (f"Việc đánh giá được tiến hành đồng thời tại {s('total', 'z')} {c.V.units}{_tail(c)}, theo đúng "
                      f"quy trình và thời gian quy định."),
    ],
    "press": [
        lambda c, s: (f"Chiều qua, {_evp(c)} tổ chức hội nghị công bố Chỉ số CCHC năm {c.Y}; {s('total')} "
                      f"{c.V.units}{_tail(c)} có tên trong bảng xếp hạng."),
        lambda c, s: f"Cuộc đánh giá năm nay trải rộng trên {s('total')} {c.V.units}{_tail(c)}.",
        lambda c, s: (f"Năm {c.Y}, Chỉ số CCHC tiếp tục được xác định cho cả {s('total')} {c.V.units}{_tail(c)}, "
                      f"không bỏ sót {c.V.one} nào."),
        lambda c, s: f"Số {c.V.units} được chấm điểm, xếp hạng trong đợt công bố lần này: {s('total')}.",
        lambda c, s: (f"Theo thông tin từ {_evp(c)}, {s('total', 'z')} {c.V.units}{_tail(c)} đã được đánh giá, "
                      f"xếp hạng Chỉ số CCHC năm {c.Y}."),
        lambda c, s: f"Ở kỳ công bố này, bảng xếp hạng PAR INDEX có {s('total')} cái tên.",
        lambda c, s: (f"Kết quả xếp hạng năm {c.Y} vừa được công bố với sự tham gia của {s('total')} "
                      f"{c.V.units}."),
    ],
}

# ---------------------------------------------------------------- average with the previous year

AVERAGE = {
    "official": [
        lambda c, s: (f"Giá trị trung bình Chỉ số CCHC năm {c.Y} của {c.V.coll} là {s('avg', 'u')} (năm {c.Y1}: "
                      f"{s('prev', 'u')}), {s.t('delta', 'tăng', 'giảm')} {s('delta')}{c.dp} so với năm liền kề "
                      f"trước."),
        lambda c, s: (f"Năm {c.Y1}, Chỉ số CCHC trung bình của {c.V.coll} đạt {s('prev', 'u')}. Sang năm {c.Y}, "
                      f"mức này {s.t('delta', 'tăng lên', 'giảm xuống')} {s('avg', 'u')}, tương ứng "
                      f"{s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')}."),
        lambda c, s: (f"- Giá trị trung bình Chỉ số CCHC năm {c.Y}: {s('avg', 'u')}; so với năm {c.Y1} "
                      f"({s('prev', 'u')}) {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')}."),
        lambda c, s: (f"Chỉ số CCHC năm {c.Y} của {c.V.coll} có giá trị trung bình đạt {s('avg', 'pu')}, "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} năm {c.Y1} {s('delta', 'p')}{c.dp} (năm {c.Y1} đạt "
                      f"{s('prev', 'pu')})."),
        lambda c, s: (f"So sánh với kết quả năm {c.Y1}, giá trị trung bình Chỉ số CCHC của {c.V.coll} "
                      f"{s.t('delta', 'tăng', 'giảm')} từ {s('prev', 'u')} {s.t('delta', 'lên', 'xuống còn')} "
                      f"{s('avg', 'u')}; mức {s.t('delta', 'tăng', 'giảm')} là {s('delta')}{c.dp}."),
        lambda c, s: (f"Năm {c.Y}, Chỉ số CCHC của {c.V.coll} đạt giá trị trung bình {s('avg', 'u')}. Con số này "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} {s('delta', 'u')} so với giá trị trung bình năm {c.Y1} "
                      f"là {s('prev', 'u')}."),
        lambda c, s: (f"Kết quả năm {c.Y} cho thấy giá trị trung bình chung của {c.V.coll} đã "
                      f"{s.t('delta', 'được cải thiện', 'bị sụt giảm')} {s('delta')}{c.dp}, từ {s('prev', 'u')} "
                      f"(năm {c.Y1}) {s.t('delta', 'lên', 'xuống')} {s('avg', 'u')}."),
    ],
    "press": [
        lambda c, s: (f"Điểm trung bình PAR INDEX năm nay là {s('avg', 'u')}, trong khi năm {c.Y1} là "
                      f"{s('prev', 'u')}; như vậy, mặt bằng chung đã {s.t('delta', 'nhích thêm', 'giảm đi')} "
                      f"{s('delta')}{_pts(c)}."),
        lambda c, s: (f"{_cap(c.V.coll_s)} đạt bình quân {s('avg', 'u')} trong năm {c.Y}, "
                      f"{s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')} so với cùng kỳ năm trước "
                      f"({s('prev', 'u')})."),
        lambda c, s: (f"{s('avg', 'pu')} – đó là giá trị trung bình Chỉ số CCHC năm {c.Y} của {c.V.coll_s}, "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} {s('delta', 'p')}{_pts(c)} so với mức "
                      f"{s('prev', 'pu')} của năm {c.Y1}."),
        lambda c, s: (f"Năm {c.Y1}, giá trị trung bình {s.t('delta', 'mới dừng ở', 'từng đạt')} {s('prev', 'u')}. "
                      f"Năm {c.Y}, con số này {s.t('delta', 'đã vươn lên', 'lùi về')} {s('avg', 'u')}, "
                      f"{s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')}."),
        lambda c, s: (f"Chỉ số CCHC trung bình năm {c.Y} đạt {s('avg', 'u')} ({s.t('delta', 'tăng', 'giảm')} "
                      f"{s('delta', 'u')}; năm {c.Y1}: {s('prev', 'u')})."),
        lambda c, s: (f"Tính chung {c.V.coll_s}, giá trị trung bình năm nay {s.t('delta', 'tăng', 'giảm')} "
                      f"{s('delta')}{c.dp}, {s.t('delta', 'lên', 'xuống')} mức {s('avg', 'u')}; năm ngoái, mức này "
                      f"là {s('prev', 'u')}."),
        lambda c, s: (f"Bình quân {c.V.coll_s}: {s('avg', 'u')} ({s('delta', '+')}{_pts(c)} so với năm {c.Y1}, "
                      f"khi đạt {s('prev', 'u')})."),
    ],
}

# ---------------------------------------------------------------- a unit's change, values in other sentences

DELTA = {
    "official": [
        lambda c, s: (f"Đối với {s.U.name}, Chỉ số CCHC năm {c.Y} đạt {s('cur', 'u')} (năm {c.Y1}: "
                      f"{s('prev', 'u')}), {s.t('delta', 'tăng', 'giảm')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Kết quả của {s.U.name} {s.t('delta', 'tăng', 'giảm')} từ {s('prev', 'u')} năm {c.Y1} "
                      f"{s.t('delta', 'lên', 'xuống còn')} {s('cur', 'u')} năm {c.Y}; mức "
                      f"{s.t('delta', 'tăng', 'giảm')} tương ứng là {s('delta', 'u')}."),
        lambda c, s: (f"{s.U.name} là {c.V.one} có sự {s.t('delta', 'cải thiện', 'sụt giảm')} đáng chú ý. Năm {c.Y}, "
                      f"{c.V.this} đạt {s('cur', 'u')}, {s.t('delta', 'cao hơn', 'thấp hơn')} năm {c.Y1} "
                      f"({s('prev', 'u')}) {s('delta', 'u')}."),
        lambda c, s: (f"{s.U.name}: năm {c.Y} đạt {s('cur', 'pu')}; năm {c.Y1} đạt {s('prev', 'pu')}; "
                      f"{s.t('delta', 'tăng', 'giảm')} {s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"Chỉ số CCHC năm {c.Y} của {s.U.name} {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')} so với "
                      f"năm liền kề trước, đạt {s('cur', 'u')}.",
                      f"Chỉ số CCHC năm {c.Y1} của {s.U.name} là {s('prev', 'u')}."),
        lambda c, s: (f"{s('delta', 'u')} là mức {s.t('delta', 'tăng', 'giảm')} Chỉ số CCHC của {s.U.name} so với "
                      f"năm {c.Y1}: từ {s('prev', 'u')} {s.t('delta', 'lên', 'xuống còn')} {s('cur', 'u')}."),
        lambda c, s: (f"Năm {c.Y1}, {s.U.name} đạt {s('prev', 'u')}; đến năm {c.Y}, kết quả của {c.V.this} là "
                      f"{s('cur', 'u')}, {s.t('delta', 'cải thiện', 'giảm')} {s('delta')}{c.dp}."),
    ],
    "press": [
        lambda c, s: (f"Đáng chú ý, {s.U.name} {s.t('delta', 'tiến bộ', 'sụt giảm')} với {s('cur', 'u')}, "
                      f"{s.t('delta', 'tăng', 'giảm')} {s('delta')}{_pts(c)} so với năm ngoái ({s('prev', 'u')})."),
        lambda c, s: (f"Với {s('cur', 'u')}, {s.U.name} {s.t('delta', 'cải thiện', 'mất')} {s('delta', 'u')} so với "
                      f"con số {s('prev', 'u')} của năm {c.Y1}."),
        lambda c, s: (f"Từ {s('prev', 'u')} năm {c.Y1}, chỉ số của {s.U.name} năm nay "
                      f"{s.t('delta', 'lên', 'xuống')} {s('cur', 'u')}. Mức {s.t('delta', 'tăng', 'giảm')} là "
                      f"{s('delta', 'u')}."),
        lambda c, s: (f"{s.U.name} đạt {s('cur', 'u')} ({s('delta', '+')}{_pts(c)} so với năm {c.Y1}).",
                      f"Năm {c.Y1}, kết quả của {s.U.name} là {s('prev', 'u')}."),
        lambda c, s: (f"Chỉ số của {s.U.name} năm {c.Y} là {s('cur', 'pu')}, năm {c.Y1} là {s('prev', 'pu')} – "
                      f"{s.t('delta', 'tăng', 'giảm')} {s('delta', 'p')}{_pts(c)}."),
        lambda c, s: (f"{s.t('delta', 'Tăng', 'Giảm')} {s('delta', 'u')} so với năm trước, {s.U.name} hiện đạt "
                      f"{s('cur', 'u')} (năm {c.Y1}: {s('prev', 'u')})."),
        lambda c, s: (f"Trong khi đó, {s.U.name} {s.t('delta', 'tăng', 'giảm')} {s('delta')}{c.dp}: từ "
                      f"{s('prev', 'u')} năm {c.Y1} {s.t('delta', 'lên', 'xuống')} {s('cur', 'u')} năm nay."),
    ],
}

# ---------------------------------------------------------------- highest / lowest

HIGHEST = {
    "official": [
        lambda c, s: f"Đứng đầu về Chỉ số CCHC năm {c.Y} là {s.T.name}, với giá trị {s('top', 'u')}.",
        lambda c, s: f"{s.T.name} là {c.V.one} đạt kết quả Chỉ số CCHC năm {c.Y} cao nhất ({s('top', 'u')}).",
        lambda c, s: f"Kết quả cao nhất: {s.T.name}, {s('top', 'u')}.",
        lambda c, s: f"{s('top', 'u')} là mức Chỉ số CCHC cao nhất năm {c.Y}, thuộc về {s.T.name}.",
        lambda c, s: f"Xếp hạng thứ nhất trong số {c.V.coll} là {s.T.name} với {s('top', 'pu')}.",
        lambda c, s: f"{s.T.name} đạt {_score100(c, s, 'top')}, cao nhất trong {c.V.coll_s}.",
        lambda c, s: f"Năm {c.Y}, {c.V.one} có Chỉ số CCHC đạt cao nhất là {s.T.name}: {s('top', 'u')}.",
    ],
    "press": [
        lambda c, s: f"Ngôi đầu năm nay gọi tên {s.T.name} với {s('top', 'u')}.",
        lambda c, s: f"{s.T.name} khẳng định vị thế số một khi đạt {s('top', 'u')}, cao nhất bảng xếp hạng.",
        lambda c, s: f"Với {s('top', 'u')}, {s.T.name} là quán quân PAR INDEX {c.Y}.",
        lambda c, s: f"Dẫn đầu bảng xếp hạng: {s.T.name}, {s('top', 'pu')}.",
        lambda c, s: f"{s.T.name} xuất sắc giành ngôi đầu. {_cap(c.V.this)} đạt {s('top', 'u')}.",
        lambda c, s: f"Ở vị trí số một là {s.T.name}, với số điểm {_score100(c, s, 'top')}.",
        lambda c, s: f"Cao điểm nhất là {s.T.name}: {s('top', 'u')}.",
    ],
}

LOWEST = {
    "official": [
        lambda c, s: f"Đứng cuối bảng xếp hạng Chỉ số CCHC năm {c.Y} là {s.B.name}, với {s('bot', 'u')}.",
        lambda c, s: f"{s.B.name} có kết quả thấp nhất trong số {c.V.coll} ({s('bot', 'u')}).",
        lambda c, s: f"Kết quả thấp nhất: {s.B.name}, {s('bot', 'u')}.",
        lambda c, s: f"{s('bot', 'u')} là giá trị Chỉ số CCHC thấp nhất năm {c.Y}, thuộc về {s.B.name}.",
        lambda c, s: f"{s.B.name} xếp hạng cuối cùng, chỉ đạt {s('bot', 'pu')}.",
        lambda c, s: (f"Trong năm {c.Y}, {c.V.one} có Chỉ số CCHC thấp nhất là {s.B.name}, đạt {s('bot', 'u')}; "
                      f"{c.V.this} cần có giải pháp khắc phục trong thời gian tới."),
        lambda c, s: f"{s.B.name} đạt {_score100(c, s, 'bot')}, thấp nhất trong {c.V.coll_s}.",
    ],
    "press": [
        lambda c, s: f"Đội sổ bảng xếp hạng là {s.B.name} với {s('bot', 'u')}.",
        lambda c, s: f"{s.B.name} ở vị trí \"chót bảng\", đạt {s('bot', 'u')}.",
        lambda c, s: f"Với {s('bot', 'u')}, {s.B.name} xếp cuối cùng.",
        lambda c, s: f"Thấp điểm nhất là {s.B.name}: {s('bot', 'pu')}.",
        lambda c, s: f"Trong khi đó, {s.B.name} chỉ đạt {_score100(c, s, 'bot')} và đứng cuối bảng xếp hạng.",
        lambda c, s: f"Vị trí cuối bảng năm nay gọi tên {s.B.name}. {_cap(c.V.this)} chỉ đạt {s('bot', 'u')}.",
        lambda c, s: f"Kết quả thấp nhất thuộc về {s.B.name}, với {s('bot', 'u')}.",
    ],
}

# ---------------------------------------------------------------- gap between the first and the last

GAP = {
    "official": [
        lambda c, s: f"Khoảng cách giữa kết quả cao nhất và thấp nhất năm {c.Y} là {s('gap')}{c.dp}.",
        lambda c, s: (f"Chỉ số CCHC giữa {c.V.one} đứng đầu ({s.T.name}) và {c.V.one} đứng cuối ({s.B.name}) "
                      f"chênh nhau {s('gap', 'u')}."),
        lambda c, s: (f"{s.T.name} cao hơn {s.B.name} {s('gap', 'u')}; đây cũng là mức chênh lệch lớn nhất giữa các "
                      f"{c.V.cn}."),
        lambda c, s: f"Chênh lệch giữa {c.V.one} xếp thứ nhất và {c.V.one} xếp cuối: {s('gap', 'pu')}.",
        lambda c, s: (f"Mức chênh lệch về kết quả Chỉ số CCHC năm {c.Y} giữa {s.T.name} và {s.B.name} là "
                      f"{s('gap')}{c.dp}."),
        lambda c, s: (f"{s('gap', 'u')} là khoảng cách giữa {c.V.one} có Chỉ số CCHC cao nhất và {c.V.one} có Chỉ số "
                      f"CCHC thấp nhất."),
        lambda c, s: f"Biên độ giữa Chỉ số CCHC cao nhất và thấp nhất là {s('gap', 'u')}.",
    ],
    "press": [
        lambda c, s: f"Khoảng cách giữa {c.V.one} đứng đầu và {c.V.one} đội sổ là {s('gap')}{_pts(c)}.",
        lambda c, s: f"Từ {s.T.name} đến {s.B.name}, khoảng cách là {s('gap', 'u')}.",
        lambda c, s: f"{s.B.name} kém {s.T.name} tới {s('gap', 'u')}.",
        lambda c, s: f"Giữa ngôi đầu và vị trí cuối bảng có sự chênh lệch {s('gap', 'pu')}.",
        lambda c, s: f"Ngôi đầu và vị trí cuối bảng cách nhau {s('gap')}{_pts(c)}.",
        lambda c, s: (f"Khoảng cách điểm số giữa {s.T.name} và {s.B.name} lên tới {s('gap', 'u')}, cho thấy sự chênh "
                      f"lệch đáng kể."),
        lambda c, s: f"Chênh lệch cao nhất – thấp nhất năm nay: {s('gap', 'u')}.",
    ],
}

# ---------------------------------------------------------------- two named units compared (A is the higher)

COMPARISON = {
    "official": [
        lambda c, s: (f"{s.A.name} ({s('a', 'u')}) có Chỉ số CCHC cao hơn {s.B.name} ({s('b', 'u')}) là "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: (f"Kết quả của {s.B.name} là {s('b', 'u')}, thấp hơn {s('diff', 'u')} so với {s.A.name}, "
                      f"{c.V.one} đạt {s('a', 'u')}."),
        lambda c, s: (f"Chênh lệch giữa {s.A.name} và {s.B.name} là {s('diff', 'u')} ({s('a', 'u')} so với "
                      f"{s('b', 'u')})."),
        lambda c, s: (f"Năm {c.Y}, {s.A.name} đạt {s('a', 'pu')}; {s.B.name} đạt {s('b', 'pu')}. Như vậy, "
                      f"{s.A.name} hơn {s.B.name} {s('diff', 'p')}{c.dp}."),
        lambda c, s: (f"{s.A.name} dẫn đầu với {s('a', 'u')}, trong khi {s.B.name} xếp cuối với {s('b', 'u')}; "
                      f"khoảng cách giữa {c.V.one} cao nhất và thấp nhất là {s('diff', 'u')}." if s.extremes else
                      f"Giữa {s.A.name} ({s('a', 'u')}) và {s.B.name} ({s('b', 'u')}) có khoảng cách "
                      f"{s('diff', 'u')}."),
        lambda c, s: (f"{s('diff', 'u')} là mức chênh lệch giữa {s.A.name} (đạt {s('a', 'u')}) và {s.B.name} "
                      f"(đạt {s('b', 'u')})."),
        lambda c, s: (f"So sánh giữa hai {c.V.one}: {s.A.name} đạt {s('a', 'u')}, {s.B.name} đạt {s('b', 'u')}; "
                      f"{s.A.name} cao hơn {s('diff', 'u')}."),
    ],
    "press": [
        lambda c, s: (f"{s.B.name} chỉ đạt {s('b', 'u')}, kém {s.A.name} ({s('a', 'u')}) tới "
                      f"{s('diff')}{_pts(c)}."),
        lambda c, s: f"{s.A.name} đạt {s('a', 'u')}, vượt {s.B.name} ({s('b', 'u')}) {s('diff', 'u')}.",
        lambda c, s: (f"Khoảng cách giữa {c.V.one} dẫn đầu {s.A.name} ({s('a', 'u')}) và {c.V.one} cuối bảng "
                      f"{s.B.name} ({s('b', 'u')}) là {s('diff', 'u')}." if s.extremes else
                      f"Khoảng cách giữa {s.A.name} ({s('a', 'u')}) và {s.B.name} ({s('b', 'u')}) là "
                      f"{s('diff', 'u')}."),
        lambda c, s: (f"Trong khi {s.A.name} đạt {s('a', 'pu')} thì {s.B.name} chỉ có {s('b', 'pu')}, thấp hơn "
                      f"{s('diff', 'p')}{_pts(c)}."),
        lambda c, s: f"{s.A.name} hơn {s.B.name} {s('diff', 'u')}: {s('a', 'u')} so với {s('b', 'u')}.",
        lambda c, s: (f"{s.A.name} đạt {s('a', 'u')}. Con số này cao hơn {s('diff', 'u')} so với {s.B.name} "
                      f"({s('b', 'u')})."),
        lambda c, s: (f"Điểm số của {s.A.name} và {s.B.name} lần lượt là {s('a', 'u')} và {s('b', 'u')}, cách nhau "
                      f"{s('diff', 'u')}."),
    ],
}

# ---------------------------------------------------------------- band counts (sum to the total)


def _bc_u_o1(c, s):
    lines = [f"+ Số {c.V.cn} {b.inb} (Chỉ số {b.span}): {s(r, 'z')}" for b, r in s.bands]
    return f"Kết quả phân loại Chỉ số CCHC năm {c.Y}:\n" + ";\n".join(lines) + "."


def _bc_u_o2(c, s):
    return ("Số lượng " + c.V.cn + " theo từng mức: " + "; ".join(f"{b.title} – {s(r, 'z')}" for b, r in s.bands)
            + _zero_tail(c, s) + ".")


def _bc_u_o3(c, s):
    return (f"Toàn bộ {s('total')} {c.V.units} được xếp vào {c.V.grouping}: "
            + "; ".join(f"{b.grp} ({b.span}) – {s(r)} {c.V.cn}" for b, r in s.bands) + ".")


def _bc_u_o4(c, s):
    parts = [f"{b.grp} có {s(r)} {c.V.cn}" for b, r in reversed(s.bands)]
    return f"Xét theo {c.V.grouping} từ thấp đến cao: " + _enum(parts, "; ", "; ") + "."


def _bc_u_o5(c, s):
    return (f"Kết quả xếp loại năm {c.Y} như sau. " + " ".join(f"{b.Grp}: {s(r, 'z')} {c.V.cn}." for b, r in s.bands)
            + ("" if not s.zero else " " + _cap(_zero_tail(c, s)[2:]) + "."))


def _bc_u_o6(c, s):
    return (f"Năm {c.Y}, trong tổng số {s('total')} {c.V.cn} được đánh giá, "
            + _enum([f"{b.grp} gồm {s(r, 'w')} {c.V.cn}" for b, r in s.bands], "; ") + ".")


def _bc_u_o7(c, s):
    zero = "".join(f"Không có {c.V.cn} nào {b.inb}. " for b in s.zero)
    return zero + f"{_cap(c.V.coll)} có " + _enum([f"{s(r)} {c.V.cn} đạt Chỉ số {b.span}" for b, r in s.bands],
                                                  "; ", "; ") + "."


def _bc_u_p1(c, s):
    return f"Xét theo {c.V.grouping}, " + _enum([f"{b.grp} có {s(r)} cái tên" for b, r in s.bands], "; ", "; ") + "."


def _bc_u_p2(c, s):
    if not _sizes_distinct(s) or len(s.bands) < 2:
        return "Năm nay, " + _enum([f"{s(r, 'w')} {c.V.cn} {b.inb}" for b, r in s.bands]) + "."
    (b1, r1), rest = _bands_by_size(s)[0], _bands_by_size(s)[1:]
    return (f"{b1.Grp} có tới {s(r1)} {c.V.cn}, trong khi "
            + _enum([f"{b.grp} có {s(r, 'w')} {c.V.cn}" for b, r in rest]) + ".")


def _bc_u_p3(c, s):
    return " ".join(f"Ở {b.grp}, có {s(r)} {c.V.cn}." for b, r in s.bands)


def _bc_u_p4(c, s):
    return f"{_cap(c.V.coll_s)} được chia vào " + _enum([f"{b.grp} ({s(r)} {c.V.cn})" for b, r in s.bands]) + "."


def _bc_u_p5(c, s):
    return (f"Phân bố trên bảng xếp hạng {s('total')} {c.V.cn}: "
            + ", ".join(f"{b.grp} {s(r)}" for b, r in s.bands) + ".")


def _bc_u_p6(c, s):
    zero = "" if not s.zero else (f" Không {c.V.cn} nào rơi vào " + _enum([b.grp for b in s.zero], ", ", " hay ")
                                  + ".")
    return ("Năm nay có " + _enum([f"{s(r, 'z')} {c.V.cn} {b.inb}" for b, r in s.bands], "; ", " và ")
            + "." + zero)


def _bc_u_p7(c, s):
    return ("Theo kết quả công bố: " + _enum([f"{b.title} có {s(r)} {c.V.cn} ({b.span})" for b, r in s.bands],
                                             "; ", "; ") + ".")


BAND_COUNTS = {
    "official": [_bc_u_o1, _bc_u_o2, _bc_u_o3, _bc_u_o4, _bc_u_o5, _bc_u_o6, _bc_u_o7],
    "press": [_bc_u_p1, _bc_u_p2, _bc_u_p3, _bc_u_p4, _bc_u_p5, _bc_u_p6, _bc_u_p7],
}

# ---------------------------------------------------------------- a band's count with its member list


def _bm_u_o2(c, s):
    rows = ";\n".join(f"- {name}" for name in _members(c, s))
    return f"Các {c.V.cn} {s.b.inb} ({s('count', 'z')} {c.V.cn}):\n{rows}."


def _bm_u_o3(c, s):
    if s.big("count") == 1:
        return f"Chỉ có {s('count', 'w')} {c.V.cn} {s.b.inb} là {s.ml()}."
    return f"{s.ml('semi')} là những {c.V.cn} {s.b.inb}, tổng số {s('count')} {c.V.cn}."


def _bm_u_p2(c, s):
    if s.big("count") == 1:
        return f"Chỉ {s('count', 'w')} {c.V.cn} {s.b.inb} năm nay: {s.ml()}."
    return f"{s.ml('semi')} là {s('count', 'w')} {c.V.cn} {s.b.inb} năm nay."


def _bm_u_p7(c, s):
    if s.big("count") == 1:
        return f"{s.ml()} là {c.V.cn} duy nhất {s.b.inb} ({s('count')} {c.V.cn})."
    return f"{s.ml('semi')} – {s('count', 'w')} {c.V.cn} {s.b.inb} năm nay."


BAND_MEMBERS = {
    "official": [
        lambda c, s: f"{s.b.Inb} có {s('count', 'z')} {c.V.cn}, cụ thể: {s.ml('semi_only')}.",
        _bm_u_o2,
        _bm_u_o3,
        lambda c, s: f"{s.b.Grp} ({s.b.span}) có {s('count', 'w')} {c.V.cn}, đó là: {s.ml('semi')}.",
        lambda c, s: (f"{_cap(c.V.listof)} {s.b.inb} gồm {s('count')} {c.V.cn}: "
                      f"{s.ml('semi_only', short=True)}."),
        lambda c, s: f"Số {c.V.cn} đạt Chỉ số {s.b.span} là {s('count', 'z')} ({s.ml('semi_only')}).",
        lambda c, s: f"Năm {c.Y}, có {s('count')} {c.V.cn} {s.b.inb}. Đó là {s.ml()}.",
    ],
    "press": [
        lambda c, s: f"Góp mặt ở {s.b.grp} là {s('count', 'w')} {c.V.cn}: {s.ml('semi')}.",
        _bm_u_p2,
        lambda c, s: f"{s.b.Grp} năm nay có {s('count')} gương mặt: {s.ml()}.",
        lambda c, s: f"Danh sách {s.b.grp} ({s('count')} {c.V.cn}) gồm: {s.ml('semi_only')}.",
        lambda c, s: f"{s.b.Inb} năm nay là {s.ml()}, tổng cộng {s('count')} {c.V.cn}.",
        lambda c, s: f"{s.b.Grp} có sự góp mặt của {s('count')} {c.V.cn}. Đó là {s.ml('semi')}.",
        _bm_u_p7,
    ],
}

# ---------------------------------------------------------------- how many at or above the threshold

THRESHOLD = {
    "official": [
        lambda c, s: f"Số {c.V.cn} có Chỉ số CCHC đạt từ {c.thr} trở lên: {s('thr', 'z')}.",
        lambda c, s: f"Năm {c.Y}, {c.V.where} có {s('thr')} {c.V.cn} đạt Chỉ số CCHC từ {c.thr} trở lên.",
        lambda c, s: f"{s('thr')} là số {c.V.cn} đạt kết quả Chỉ số CCHC không thấp hơn {c.thr}.",
        lambda c, s: f"Đã có {s('thr', 'w')} {c.V.cn} đạt mức {c.thr} trở lên.",
        lambda c, s: f"{_cap(c.V.units)} có Chỉ số CCHC vượt {c.thr} là {s('thr')} {c.V.cn}.",
        lambda c, s: f"Xét theo ngưỡng {c.thr}, có {s('thr')} {c.V.cn} đạt hoặc vượt ngưỡng này.",
        lambda c, s: f"Tổng số {c.V.cn} đạt Chỉ số CCHC trên {c.thr} trong năm {c.Y} là {s('thr')} {c.V.cn}.",
    ],
    "press": [
        lambda c, s: f"Có {s('thr')} {c.V.cn} cán mốc {c.thr}.",
        lambda c, s: f"Số {c.V.cn} \"cán mốc\" {c.thr} năm nay là {s('thr')}.",
        lambda c, s: f"Ngưỡng {c.thr} đã được {s('thr')} {c.V.cn} vượt qua.",
        lambda c, s: f"Năm nay, {c.V.where} ghi nhận {s('thr')} {c.V.cn} đạt từ {c.thr} trở lên.",
        lambda c, s: f"{s('thr')} {c.V.cn} – đó là số {c.V.cn} đạt trên {c.thr} trong năm {c.Y}.",
        lambda c, s: f"Ở mức từ {c.thr} trở lên có {s('thr', 'z')} {c.V.cn}.",
        lambda c, s: f"Đạt trên {c.thr}: {s('thr')} {c.V.cn}.",
    ],
}

# ---------------------------------------------------------------- N/total above the average

RATIO = {
    "official": [
        lambda c, s: f"Số {c.V.cn} có Chỉ số CCHC cao hơn giá trị trung bình chung: {s('num')}/{s('den')}.",
        lambda c, s: (f"Trong số {s('den')} {c.V.units}, có {s('num')} {c.V.cn} đạt Chỉ số CCHC trên mức trung "
                      f"bình."),
        lambda c, s: (f"{s('num', 'z')}/{s('den')} {c.V.cn} có kết quả vượt giá trị trung bình của "
                      f"{c.V.coll}."),
        lambda c, s: (f"Kết quả đánh giá cho thấy {s('num')} trong tổng số {s('den')} {c.V.units} có Chỉ số CCHC "
                      f"cao hơn mức trung bình."),
        lambda c, s: f"Tỷ lệ {c.V.cn} đạt trên mức giá trị trung bình là {s('num')}/{s('den')}.",
        lambda c, s: (f"Có {s('num')} {c.V.cn} (trên tổng số {s('den')}) đạt Chỉ số CCHC cao hơn giá trị trung "
                      f"bình."),
        lambda c, s: f"Vượt mức giá trị trung bình có {s('num')}/{s('den')} {c.V.cn}.",
    ],
    "press": [
        lambda c, s: f"{s('num')} trên {s('den')} {c.V.cn} có điểm số vượt mức trung bình.",
        lambda c, s: f"Số {c.V.cn} vượt điểm trung bình năm nay là {s('num')} (trong tổng số {s('den')}).",
        lambda c, s: f"Trong {s('den')} {c.V.cn} được xếp hạng, {s('num')} {c.V.cn} có chỉ số trên trung bình.",
        lambda c, s: f"{s('num')}/{s('den')} {c.V.units} đứng trên mức trung bình chung.",
        lambda c, s: f"Chỉ số của {s('num')} trong {s('den')} {c.V.cn} cao hơn giá trị trung bình.",
        lambda c, s: (f"Tính trên {s('den')} {c.V.cn}, số {c.V.cn} có chỉ số trên mức trung bình là "
                      f"{s('num')}."),
        lambda c, s: f"Trên mức trung bình: {s('num')}/{s('den')} {c.V.cn}.",
    ],
}

# ---------------------------------------------------------------- a total and its parts

PARTS = {
    "official": [
        lambda c, s: (f"Đối tượng xác định Chỉ số CCHC năm {c.Y} gồm {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}, "
                      f"tổng cộng {s('total')} {c.V.units}."),
        lambda c, s: (f"Tổng số {c.V.cn} được đánh giá: {s('total', 'z')}, cụ thể:\n- {_cap(_n(s, 0))}: "
                      f"{s('p0', 'z')};\n- {_cap(_n(s, 1))}: {s('p1', 'z')}."),
        lambda c, s: (f"{s('total')} {c.V.units} được đánh giá năm {c.Y}, trong đó số {_n(s, 0)} là {s('p0')}, số "
                      f"{_n(s, 1)} là {s('p1')}."),
        lambda c, s: (f"Ngoài {s('p0')} {_n(s, 0)}, việc đánh giá còn được thực hiện tại {s('p1', 'w')} {_n(s, 1)}, "
                      f"nâng tổng số {c.V.cn} được đánh giá lên {s('total')}."),
        lambda c, s: (f"Chỉ số CCHC năm {c.Y} được triển khai tại {s('p0', 'z')} {_n(s, 0)} và {s('p1', 'z')} "
                      f"{_n(s, 1)} ({s('total')} {c.V.cn})."),
        lambda c, s: (f"Năm {c.Y}, {c.V.ev} đánh giá {s('total')} {c.V.units}. Trong số này có {s('p0')} "
                      f"{_n(s, 0)}; {s('p1')} {_n(s, 1)}."),
        lambda c, s: (f"{s('p0')} {_n(s, 0)} cùng {s('p1')} {_n(s, 1)} – tổng số {s('total')} {c.V.cn} – là đối "
                      f"tượng đánh giá Chỉ số CCHC năm {c.Y}."),
    ],
    "press": [
        lambda c, s: (f"Năm nay có {s('p0')} {_n(s, 0)} và {s('p1', 'w')} {_n(s, 1)} được xếp hạng, tổng cộng "
                      f"{s('total')} {c.V.cn}."),
        lambda c, s: (f"Trong số {s('total')} cái tên góp mặt năm nay, có {s('p0')} {_n(s, 0)} và {s('p1')} "
                      f"{_n(s, 1)}."),
        lambda c, s: (f"{s('total')} {c.V.units} – {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)} – đã được đánh "
                      f"giá trong đợt này."),
        lambda c, s: (f"Đợt đánh giá năm {c.Y} có sự tham gia của {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}; "
                      f"tổng cộng {s('total')} {c.V.cn}."),
        lambda c, s: (f"Cụ thể, {s('p0')} {_n(s, 0)}, {s('p1')} {_n(s, 1)} đã được đánh giá; cộng lại là "
                      f"{s('total')} {c.V.cn}."),
        lambda c, s: (f"Tổng số {c.V.cn} được xếp hạng năm nay là {s('total')} ({_n(s, 0)}: {s('p0')}; "
                      f"{_n(s, 1)}: {s('p1')})."),
        lambda c, s: (f"{s('total')} {c.V.cn} được xếp hạng năm nay, chia làm {_n(s, 0)} ({s('p0')}) và "
                      f"{_n(s, 1)} ({s('p1')})."),
    ],
}

# ---------------------------------------------------------------- a band's count against last year's

COUNT_CHANGE = {
    "official": [
        lambda c, s: (f"So với năm {c.Y1} ({s('prev', 'z')} {c.V.cn}), số {c.V.cn} {s.b.inb} năm {c.Y} "
                      f"{s.t('chg', 'tăng', 'giảm')} {s('chg', 'z')}, {s.t('chg', 'lên', 'còn')} {s('cur', 'z')} "
                      f"{c.V.cn}."),
        lambda c, s: (f"{s.b.Grp} năm {c.Y} có {s('cur')} {c.V.cn} (năm {c.Y1}: {s('prev')} {c.V.cn}), "
                      f"{s.t('chg', 'nhiều hơn', 'ít hơn')} {s('chg', 'w')} {c.V.cn}."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} năm {c.Y}: {s('cur')}, {s.t('chg', 'tăng', 'giảm')} {s('chg')} "
                      f"{c.V.cn} so với năm liền kề trước.",
                      f"Năm {c.Y1}, {s.b.grp} gồm {s('prev')} {c.V.cn}."),
        lambda c, s: (f"Năm {c.Y1}, có {s('prev')} {c.V.cn} {s.b.inb}. Đến năm {c.Y}, số lượng đã "
                      f"{s.t('chg', 'tăng lên', 'giảm xuống')} {s('cur')}, {s.t('chg', 'nhiều hơn', 'ít hơn')} "
                      f"{s('chg')} {c.V.cn}."),
        lambda c, s: (f"Năm {c.Y}, số {c.V.cn} {s.b.inb} {s.t('chg', 'tăng', 'giảm')} từ {s('prev')} "
                      f"{s.t('chg', 'lên', 'xuống')} {s('cur')}; mức {s.t('chg', 'tăng', 'giảm')} là {s('chg')} "
                      f"{c.V.cn}."),
        lambda c, s: (f"- {s('cur', 'z')} {c.V.cn} {s.b.inb} trong năm {c.Y}, {s.t('chg', 'tăng', 'giảm')} "
                      f"{s('chg', 'z')} so với năm {c.Y1} ({s('prev', 'z')} {c.V.cn})."),
        lambda c, s: (f"Nếu như năm {c.Y1} {s.b.grp} có {s('prev')} {c.V.cn} thì năm {c.Y} là {s('cur')} "
                      f"{c.V.cn}, {s.t('chg', 'tăng', 'giảm')} {s('chg')} {c.V.cn}."),
    ],
    "press": [
        lambda c, s: (f"{s.b.Grp} năm nay có {s('cur')} {c.V.cn}, {s.t('chg', 'nhiều hơn', 'ít hơn')} "
                      f"{s('chg', 'w')} {c.V.cn} so với con số {s('prev')} của năm {c.Y1}."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} đã {s.t('chg', 'tăng', 'giảm')} từ {s('prev')} (năm {c.Y1}) "
                      f"{s.t('chg', 'lên', 'xuống')} {s('cur')} (năm nay), chênh {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Năm nay, {s.b.grp} {s.t('chg', 'có thêm', 'bớt đi')} {s('chg', 'w')} {c.V.cn}, "
                      f"{s.t('chg', 'nâng số lượng lên', 'chỉ còn')} {s('cur')}.",
                      f"Năm {c.Y1}, {s.b.grp} có {s('prev')} {c.V.cn}."),
        lambda c, s: (f"Năm {c.Y1}: {s('prev')}; năm {c.Y}: {s('cur')} – đó là số {c.V.cn} {s.b.inb}, "
                      f"{s.t('chg', 'tăng', 'giảm')} {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Đáng chú ý, số {c.V.cn} {s.b.inb} năm nay là {s('cur')}; năm {c.Y1} là {s('prev')}. Như "
                      f"vậy đã {s.t('chg', 'tăng', 'giảm')} {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Năm {c.Y} ghi nhận {s('cur')} {c.V.cn} {s.b.inb}, {s.t('chg', 'tăng', 'giảm')} "
                      f"{s('chg')} {c.V.cn} so với cùng kỳ năm trước ({s('prev')} {c.V.cn})."),
        lambda c, s: (f"{s.b.Inb} năm {c.Y} có {s('cur', 'z')} {c.V.cn}; năm {c.Y1} có {s('prev', 'z')}; "
                      f"{s.t('chg', 'tăng', 'giảm')} {s('chg', 'z')}."),
    ],
}

# ---------------------------------------------------------------- a unit's rank and its move

RANK = {
    "official": [
        lambda c, s: (f"Về thứ hạng, {s.U.name} xếp thứ {s('r')} trong tổng số {s('den')} {c.V.units} (năm "
                      f"{c.Y1}: xếp thứ {s('pr')}), {s.t('move', 'tăng', 'giảm')} {s('move', 'w')} bậc."),
        lambda c, s: (f"{s.U.name} từ vị trí thứ {s('pr')} năm {c.Y1} đã {s.t('move', 'vươn lên', 'lùi xuống')} vị "
                      f"trí thứ {s('r')}/{s('den')} năm {c.Y}, {s.t('move', 'tăng', 'giảm')} {s('move')} bậc."),
        lambda c, s: (f"Năm {c.Y}, {s.U.name} đứng ở vị trí {s('r', 'z')}/{s('den')}, "
                      f"{s.t('move', 'tăng', 'giảm')} {s('move', 'z')} bậc so với năm liền kề trước (vị trí "
                      f"{s('pr', 'z')})."),
        lambda c, s: (f"Năm {c.Y1}, {s.U.name} xếp thứ {s('pr')}. Năm {c.Y}, {c.V.this} xếp thứ "
                      f"{s('r')}/{s('den')}, {s.t('move', 'tăng', 'giảm')} {s('move')} bậc."),
        lambda c, s: (f"{s.U.name} xếp hạng {s('r')}/{s('den')} {c.V.units}, {s.t('move', 'tăng', 'giảm')} "
                      f"{s('move')} bậc so với năm trước.",
                      f"Năm {c.Y1}, {s.U.name} xếp hạng {s('pr')}."),
        lambda c, s: (f"Thứ hạng của {s.U.name}: {s('r')}/{s('den')} (năm {c.Y1}: {s('pr')}); "
                      f"{s.t('move', 'tăng', 'giảm')} {s('move')} bậc."),
        lambda c, s: (f"{s.U.name} có thứ hạng {s.t('move', 'được cải thiện', 'bị tụt')} {s('move', 'w')} bậc, xếp "
                      f"thứ {s('r')}/{s('den')}; năm trước {c.V.this} đứng thứ {s('pr')}."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name} {s.t('move', 'thăng', 'tụt')} {s('move')} bậc, từ hạng {s('pr')} năm ngoái "
                      f"{s.t('move', 'lên', 'xuống')} hạng {s('r')}/{s('den')}."),
        lambda c, s: (f"Năm ngoái đứng thứ {s('pr')}, năm nay {s.U.name} {s.t('move', 'leo lên', 'rơi xuống')} thứ "
                      f"{s('r')}/{s('den')}, tức {s.t('move', 'tăng', 'giảm')} {s('move')} bậc."),
        lambda c, s: (f"{s.U.name} ({s('r')}/{s('den')}) {s.t('move', 'cải thiện', 'đánh mất')} {s('move', 'w')} "
                      f"bậc so với năm {c.Y1}, khi xếp thứ {s('pr')}."),
        lambda c, s: (f"Trên bảng xếp hạng năm nay, {s.U.name} ở vị trí {s('r')} trong số {s('den')} {c.V.cn}. So "
                      f"với hạng {s('pr')} năm {c.Y1}, {c.V.this} đã {s.t('move', 'tăng', 'giảm')} {s('move')} "
                      f"bậc."),
        lambda c, s: (f"{s.U.name} {s.t('move', 'tăng', 'giảm')} {s('move')} bậc, hiện xếp thứ {s('r')}/{s('den')}.",
                      f"Năm {c.Y1}, {s.U.name} đứng thứ {s('pr')}."),
        lambda c, s: (f"Hạng {s('r')}/{s('den')} là vị trí của {s.U.name} năm nay – "
                      f"{s.t('move', 'cao hơn', 'thấp hơn')} {s('move')} bậc so với hạng {s('pr')} năm {c.Y1}."),
        lambda c, s: (f"{s.U.name}: hạng {s('r', 'z')}/{s('den')}, {s.t('move', 'tăng', 'giảm')} {s('move', 'z')} "
                      f"bậc (năm ngoái hạng {s('pr', 'z')})."),
    ],
}

# ---------------------------------------------------------------- how many went up / down

UP_DOWN = {
    "official": [
        lambda c, s: (f"So với kết quả năm liền kề trước, Chỉ số CCHC năm {c.Y} của {s('up')} {c.V.cn} tăng và của "
                      f"{s('down')} {c.V.cn} giảm."),
        lambda c, s: (f"Số {c.V.cn} có Chỉ số CCHC tăng so với năm {c.Y1}: {s('up', 'z')}; số {c.V.cn} có Chỉ số "
                      f"giảm: {s('down', 'z')}."),
        lambda c, s: (f"{s('up')} {c.V.cn} có Chỉ số CCHC tăng so với năm {c.Y1}; số còn lại ({s('down')} "
                      f"{c.V.cn}) giảm."),
        lambda c, s: f"Kết quả so với năm {c.Y1}: tăng điểm {s('up')} {c.V.cn}, giảm điểm {s('down')} {c.V.cn}.",
        lambda c, s: (f"Có {s('up')} {c.V.cn} đạt kết quả năm {c.Y} cao hơn năm {c.Y1}. Ngược lại, {s('down')} "
                      f"{c.V.cn} có kết quả thấp hơn năm trước."),
        lambda c, s: (f"Trong năm {c.Y}, số {c.V.cn} có điểm số được cải thiện là {s('up')}, số {c.V.cn} bị giảm "
                      f"điểm là {s('down')}."),
        lambda c, s: (f"Về biến động so với năm {c.Y1}, {s('up')} {c.V.cn} tăng điểm và {s('down', 'w')} {c.V.cn} "
                      f"giảm điểm."),
    ],
    "press": [
        lambda c, s: (f"Năm nay ghi nhận {s('up')} {c.V.cn} tăng điểm, trong khi {s('down')} {c.V.cn} bị giảm "
                      f"điểm."),
        lambda c, s: (f"Điểm số của {s('up')} {c.V.cn} được cải thiện so với năm ngoái, còn {s('down')} {c.V.cn} "
                      f"đi xuống."),
        lambda c, s: f"{s('down', 'W')} {c.V.cn} giảm điểm so với năm {c.Y1}, {s('up')} {c.V.cn} tăng điểm.",
        lambda c, s: f"Tăng điểm: {s('up')} {c.V.cn}; giảm điểm: {s('down')} {c.V.cn}.",
        lambda c, s: (f"So với cùng kỳ năm trước, {s('up')} {c.V.cn} có chỉ số tăng, {s('down')} {c.V.cn} có chỉ "
                      f"số giảm."),
        lambda c, s: f"Có {s('up')} {c.V.cn} \"lên điểm\", {s('down')} {c.V.cn} \"xuống điểm\" so với năm {c.Y1}.",
        lambda c, s: (f"Số {c.V.cn} tăng điểm năm nay là {s('up')}. Số {c.V.cn} giảm điểm: {s('down')}."),
    ],
}

# ---------------------------------------------------------------- survey ballots


def _ba_u_o1(c, s):
    return (f"Tổng số phiếu điều tra xã hội học thu về hợp lệ: {s('total')} phiếu. Trong đó: "
            + "; ".join(f"đối tượng {lab}: {s(r)} phiếu" for r, lab in _bl(s)) + ".")


def _ba_u_o2(c, s):
    (r0, l0), rest = _bl(s)[0], _bl(s)[1:]
    return (f"{c.V.ev} đã phát hành và thu về tổng cộng {s('total')} phiếu điều tra xã hội học, trong đó phiếu dành "
            f"cho {l0} là {s(r0)}" + "".join(f"; cho {lab} là {s(r)}" for r, lab in rest) + ".")


def _ba_u_o3(c, s):
    return ("Số phiếu khảo sát " + ", ".join(f"{lab} là {s(r)}" for r, lab in _bl(s))
            + f"; tổng số phiếu là {s('total')}.")


def _ba_u_o4(c, s):
    rows = ";\n".join(f"- {_cap(lab)}: {s(r)} phiếu" for r, lab in _bl(s))
    return f"Kết quả thu phiếu khảo sát ({s('total')} phiếu):\n{rows}."


@_approx
def _ba_u_o5(c, s):
    return (f"Số phiếu thu về đạt trên {s('total')} phiếu ("
            + "; ".join(f"trên {s(r)} phiếu {lab}" for r, lab in _bl(s)) + ").")


def _ba_u_o6(c, s):
    return (f"Để đánh giá sự hài lòng và các tiêu chí thành phần, {c.V.ev} đã tổ chức lấy ý kiến của "
            + _enum([f"{lab} ({s(r)} phiếu)" for r, lab in _bl(s)], "; ") + f", tổng cộng {s('total')} phiếu.")


def _ba_u_o7(c, s):
    return (f"{s('total')} phiếu khảo sát đã được xử lý, tổng hợp, gồm: "
            + "; ".join(f"{s(r)} phiếu {lab}" for r, lab in _bl(s)) + ".")


@_approx
def _ba_u_p1(c, s):
    return (f"Khoảng {s('total')} phiếu khảo sát đã được thu về, trong đó "
            + "; ".join(f"{lab} khoảng {s(r)} phiếu" for r, lab in _bl(s)) + ".")


def _ba_u_p2(c, s):
    return (f"Kết quả được tổng hợp từ {s('total')} phiếu khảo sát: "
            + _enum([f"{s(r)} phiếu từ {lab}" for r, lab in _bl(s)], "; ") + ".")


def _ba_u_p3(c, s):
    return ("Nguồn dữ liệu gồm " + _enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ")
            + f"; tổng số {s('total')} phiếu.")


def _ba_u_p4(c, s):
    return f"Có {s('total')} phiếu được thu về; " + "; ".join(f"{lab}: {s(r)}" for r, lab in _bl(s)) + "."


@_approx
def _ba_u_p5(c, s):
    return (f"{_evp(c)} khảo sát trên {s('total')} phiếu, với trên "
            + _enum([f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ", "; trên ") + ".")


def _ba_u_p6(c, s):
    return (f"Trong tổng số {s('total')} phiếu khảo sát, "
            + _enum([f"phiếu của {lab} chiếm {s(r)}" for r, lab in _bl(s)], "; ") + ".")


def _ba_u_p7(c, s):
    return (f"Số phiếu khảo sát: {s('total')} (trong đó "
            + "; ".join(f"{lab}: {s(r)}" for r, lab in _bl(s)) + ").")


BALLOTS = {
    "official": [_ba_u_o1, _ba_u_o2, _ba_u_o3, _ba_u_o4, _ba_u_o5, _ba_u_o6, _ba_u_o7],
    "press": [_ba_u_p1, _ba_u_p2, _ba_u_p3, _ba_u_p4, _ba_u_p5, _ba_u_p6, _ba_u_p7],
}

PHRASINGS = {
    "total": TOTAL, "average_with_previous": AVERAGE, "delta_only": DELTA, "highest": HIGHEST, "lowest": LOWEST,
    "gap": GAP, "comparison": COMPARISON, "band_counts": BAND_COUNTS, "band_members": BAND_MEMBERS,
    "threshold_count": THRESHOLD, "ratio": RATIO, "parts_total": PARTS, "count_change": COUNT_CHANGE,
    "rank_move": RANK, "up_down_counts": UP_DOWN, "ballots": BALLOTS,
}
