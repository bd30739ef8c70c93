"""Fresh phrasings: a fourth set of sentences for `claim_text`, written blind — by an engineer who has not read
the extractor, its frames or its tests, nor any miss it reported — so that a benchmark on them measures how far
the claim reading reaches on prose nobody has fitted to.

The unseen set (`claim_phrasings_unseen.py`) was blind once; its misses have since been looked at in skeleton
form, so it flatters the extractor. This set replaces it as the blind measure until someone looks at it too.

Same interface as `claim_phrasings_unseen.py` (fn(c, s) -> text, or (text, a sentence for another paragraph);
`s(role, fmt)` prints and records one figure; `s.t(role, up, down)` the direction word of a signed figure;
`s.ml()` the member list). Every entry belongs to the "fresh" set; each kind states exactly the roles its
tuning phrasings state. The sentences imitate how Sở Nội vụ reports, Bộ Nội vụ announcements and news sites
write (figure-first and year-first orders, bullets, brackets, "lần lượt là", "chiếm", numbers as words and with
leading zeros, decimal points), and avoid the other sets' wording.

Do not tune the extractor against these sentences, do not print them while doing so (`bench_claims.py` hides
them unless `--show-fresh`), and read only the benchmark's summary rows.
"""

from __future__ import annotations

from typing import Any

from samples.generator.claim_phrasings import _approx, _bl, _cap, _enum, _evp, _n, _tail


def _members(c, s) -> list[str]:
    """The member list as printed (a planted fault alters it), one name per bullet."""
    return [u.name for u in c.members_of(s)]


def _by_size(s) -> list[tuple[Any, str]] | None:
    """The bands from the largest count down, or None when two counts tie (no "largest" to name)."""
    sizes = [s.big(r) for _, r in s.bands]
    if len(set(sizes)) != len(sizes):
        return None
    return sorted(s.bands, key=lambda br: -s.big(br[1]))


def _none_in(c, s) -> str:
    """The empty bands, said without a number ("nhóm D: không có")."""
    return "".join(f"; {b.title}: không có" for b in s.zero)


# ---------------------------------------------------------------- total (the lead)

TOTAL = {
    "official": [
        lambda c, s: (f"Hội đồng thẩm định Chỉ số CCHC năm {c.Y} đã họp, thống nhất kết quả chấm điểm của "
                      f"{s('total', 'z')} {c.V.units}{_tail(c)}, bảo đảm đúng tiến độ theo Kế hoạch."),
        lambda c, s: (f"Về phạm vi, đối tượng đánh giá: {s('total')} {c.V.units}{_tail(c)} (sau đây gọi chung là "
                      f"{c.V.cn})."),
        lambda c, s: (f"{c.V.ev} thông báo kết quả xác định Chỉ số CCHC năm {c.Y} của {s('total')} {c.V.units}"
                      f"{_tail(c)} tại Phụ lục kèm theo."),
        lambda c, s: (f"Trong năm {c.Y}, {c.V.where} có {s('total')} {c.V.units} được đánh giá Chỉ số CCHC theo Bộ "
                      f"chỉ số hiện hành."),
        lambda c, s: (f"Kết quả thẩm định được tổng hợp trên cơ sở báo cáo tự chấm điểm của {s('total')} "
                      f"{c.V.units}{_tail(c)} gửi về {c.V.ev} đúng thời hạn."),
        lambda c, s: (f"Tổng hợp chung: {s('total')} {c.V.units} được thẩm định, xếp hạng; không có {c.V.one} nào "
                      f"bị loại khỏi bảng xếp hạng."),
        lambda c, s: (f"Chỉ số CCHC năm {c.Y} của {c.V.coll} (gồm {s('total')} {c.V.cn}) được tổng hợp, xếp hạng "
                      f"tại bảng kèm theo báo cáo này."),
    ],
    "press": [
        lambda c, s: (f"{s('total')} {c.V.units}{_tail(c)} vừa nhận \"bảng điểm\" cải cách hành chính năm "
                      f"{c.Y}."),
        lambda c, s: (f"Tại hội nghị trực tuyến diễn ra hôm qua, kết quả Chỉ số CCHC năm {c.Y} của {s('total')} "
                      f"{c.V.units} đã chính thức được công bố."),
        lambda c, s: f"Bảng xếp hạng năm nay có đủ mặt {s('total')} {c.V.units}{_tail(c)}.",
        lambda c, s: (f"Năm {c.Y}, {s('total')} {c.V.units} tiếp tục chịu sự \"chấm điểm\" của người dân, tổ chức "
                      f"và Hội đồng thẩm định."),
        lambda c, s: (f"Theo {_evp(c)}, đợt đánh giá năm {c.Y} bao quát toàn bộ {s('total')} {c.V.units}"
                      f"{_tail(c)}."),
        lambda c, s: (f"Có tổng cộng {s('total')} {c.V.units} được đưa vào bảng xếp hạng lần này, theo thông tin "
                      f"từ {_evp(c)}."),
        lambda c, s: (f"Như thường lệ, {s('total')} {c.V.units} được xếp hạng và kết quả được đăng tải công khai "
                      f"trên cổng thông tin điện tử của {_evp(c)}."),
    ],
}

# ---------------------------------------------------------------- average with the previous year

AVERAGE = {
    "official": [
        lambda c, s: (f"Chỉ số CCHC bình quân của {c.V.coll} năm {c.Y} đạt {s('avg', 'u')}; so với cùng kỳ năm "
                      f"{c.Y1} ({s('prev', 'u')}), {s.t('delta', 'tăng', 'giảm')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Năm {c.Y1}, giá trị trung bình Chỉ số CCHC là {s('prev', 'u')}, năm {c.Y} là "
                      f"{s('avg', 'u')}, tức là {s.t('delta', 'cao hơn', 'thấp hơn')} {s('delta', 'u')}."),
        lambda c, s: (f"Về giá trị trung bình:\n- Năm {c.Y}: {s('avg', 'u')};\n- Năm {c.Y1}: {s('prev', 'u')};\n"
                      f"- Mức {s.t('delta', 'tăng', 'giảm')}: {s('delta', 'u')}."),
        lambda c, s: (f"Trung bình cộng Chỉ số CCHC của {c.V.coll_s} năm {c.Y} là {s('avg', 'u')}, "
                      f"{s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')} so với trung bình cộng năm {c.Y1} là "
                      f"{s('prev', 'u')}."),
        lambda c, s: (f"Với giá trị trung bình {s('avg', 'u')}, Chỉ số CCHC năm {c.Y} của {c.V.coll} "
                      f"{s.t('delta', 'tiếp tục được cải thiện', 'có phần đi xuống')} so với năm {c.Y1} "
                      f"({s('prev', 'u')}); chênh lệch giữa hai năm là {s('delta')}{c.dp}."),
        lambda c, s: (f"Năm {c.Y}, mặt bằng chung Chỉ số CCHC của {c.V.coll_s} {s.t('delta', 'tăng', 'giảm')} "
                      f"{s('delta', 'u')}: từ {s('prev', 'u')} (năm {c.Y1}) {s.t('delta', 'lên', 'xuống')} "
                      f"{s('avg', 'u')}."),
        lambda c, s: (f"Bình quân chung năm {c.Y}: {s('avg', 'pu')}, {s.t('delta', 'nhỉnh hơn', 'kém')} năm "
                      f"{c.Y1} là {s('delta', 'p')}{c.dp} (năm {c.Y1}: {s('prev', 'pu')})."),
    ],
    "press": [
        lambda c, s: (f"Bình quân, mỗi {c.V.one} đạt {s('avg', 'u')} trong năm {c.Y}, "
                      f"{s.t('delta', 'nhích lên', 'lùi lại')} {s('delta')}{c.dp} so với mức {s('prev', 'u')} "
                      f"của năm trước."),
        lambda c, s: (f"Điểm trung bình chung năm nay dừng ở {s('avg', 'u')} – {s.t('delta', 'cao hơn', 'thấp hơn')} "
                      f"năm {c.Y1} ({s('prev', 'u')}) {s('delta', 'u')}."),
        lambda c, s: (f"Năm {c.Y1} là {s('prev', 'u')}, năm {c.Y} là {s('avg', 'u')}: giá trị trung bình PAR INDEX "
                      f"của {c.V.coll_s} {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')}."),
        lambda c, s: (f"So với cùng kỳ, chỉ số trung bình {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')}, đạt "
                      f"{s('avg', 'u')} (cùng kỳ: {s('prev', 'u')})."),
        lambda c, s: (f"{_cap(c.V.coll_s)} đạt trung bình {s('avg', 'u')}. Con số của năm {c.Y1} là "
                      f"{s('prev', 'u')}. Chênh lệch: {s('delta', '+')}{c.dp}."),
        lambda c, s: (f"Giá trị trung bình {s.t('delta', 'vươn lên', 'tụt xuống')} {s('avg', 'u')} (năm trước: "
                      f"{s('prev', 'u')}), tương đương mức {s.t('delta', 'tăng', 'giảm')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Theo số liệu công bố, giá trị trung bình của {c.V.coll_s} năm nay là {s('avg', 'pu')}, "
                      f"trong khi năm {c.Y1} {s.t('delta', 'mới ở mức', 'từng đạt')} {s('prev', 'pu')}; "
                      f"{s.t('delta', 'tăng', 'giảm')} {s('delta', 'p')}{c.dp}."),
    ],
}

# ---------------------------------------------------------------- a unit's change, values in other sentences

DELTA = {
    "official": [
        lambda c, s: (f"{s.U.name} đạt {s('cur', 'u')}, {s.t('delta', 'tăng', 'giảm')} {s('delta')}{c.dp} so với "
                      f"cùng kỳ năm {c.Y1} (đạt {s('prev', 'u')})."),
        lambda c, s: (f"So với năm {c.Y1}, Chỉ số CCHC của {s.U.name} {s.t('delta', 'tăng', 'giảm')} "
                      f"{s('delta', 'u')} (từ {s('prev', 'u')} {s.t('delta', 'lên', 'xuống')} {s('cur', 'u')})."),
        lambda c, s: (f"Kết quả của {s.U.name}:\n- Năm {c.Y1}: {s('prev', 'u')};\n- Năm {c.Y}: {s('cur', 'u')};\n"
                      f"- {s.t('delta', 'Tăng', 'Giảm')}: {s('delta', 'u')}."),
        lambda c, s: (f"Trong năm {c.Y}, {s.U.name} {s.t('delta', 'có mức tăng', 'có mức giảm')} {s('delta', 'u')}, "
                      f"đạt {s('cur', 'u')}.",
                      f"Trong bảng tổng hợp năm {c.Y1}, {s.U.name} có {s('prev', 'u')}."),
        lambda c, s: (f"{s.U.name} năm {c.Y} có Chỉ số CCHC là {s('cur', 'pu')}, "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} năm trước {s('delta', 'p')}{c.dp} (năm {c.Y1}: "
                      f"{s('prev', 'pu')})."),
        lambda c, s: (f"Đáng lưu ý là {s.U.name}: từ {s('prev', 'u')} ở năm {c.Y1}, Chỉ số CCHC năm {c.Y} "
                      f"{s.t('delta', 'vươn lên', 'giảm xuống')} {s('cur', 'u')}, tương ứng mức "
                      f"{s.t('delta', 'tăng', 'giảm')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Chỉ số CCHC của {s.U.name} lần lượt là {s('prev', 'u')} (năm {c.Y1}) và {s('cur', 'u')} "
                      f"(năm {c.Y}), {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')}."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name} gây chú ý khi {s.t('delta', 'tăng', 'giảm')} tới {s('delta')}{c.dp}, đạt "
                      f"{s('cur', 'u')} (năm ngoái: {s('prev', 'u')})."),
        lambda c, s: (f"Năm ngoái {s.U.name} {s.t('delta', 'chỉ đạt', 'đạt tới')} {s('prev', 'u')}; năm nay con số "
                      f"này là {s('cur', 'u')}, {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')}."),
        lambda c, s: (f"Ở chiều {s.t('delta', 'đi lên', 'đi xuống')}, {s.U.name} ghi nhận {s('cur', 'u')}, "
                      f"{s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')} so với {s('prev', 'u')} của năm {c.Y1}."),
        lambda c, s: (f"{s.U.name} ({s('cur', 'u')}) {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')} so với năm "
                      f"trước.",
                      f"Trước đó, năm {c.Y1}, {s.U.name} đạt {s('prev', 'u')}."),
        lambda c, s: (f"Với {s('delta', '+')}{c.dp}, {s.U.name} {s.t('delta', 'vươn lên', 'tụt xuống')} mức "
                      f"{s('cur', 'u')} từ {s('prev', 'u')}."),
        lambda c, s: (f"Chỉ số của {s.U.name} {s.t('delta', 'được cải thiện', 'sụt giảm')} rõ rệt: {s('cur', 'pu')} "
                      f"năm nay so với {s('prev', 'pu')} năm {c.Y1}, chênh {s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"Năm {c.Y}, {s.U.name} đạt {s('cur', 'u')}, trong khi cùng kỳ năm trước là {s('prev', 'u')}; "
                      f"như vậy {s.t('delta', 'tăng', 'giảm')} {s('delta', 'u')}."),
    ],
}

# ---------------------------------------------------------------- highest / lowest

HIGHEST = {
    "official": [
        lambda c, s: f"{_cap(c.V.one)} có Chỉ số CCHC cao nhất là {s.T.name} ({s('top', 'u')}).",
        lambda c, s: f"Dẫn đầu {c.V.coll} là {s.T.name} với Chỉ số CCHC đạt {s('top', 'u')}.",
        lambda c, s: f"Xếp thứ nhất: {s.T.name} – {s('top', 'u')}.",
        lambda c, s: f"Năm {c.Y}, {s.T.name} giữ vị trí dẫn đầu với {s('top', 'u')}.",
        lambda c, s: f"{s('top', 'pu')} – kết quả cao nhất năm {c.Y} – thuộc về {s.T.name}.",
        lambda c, s: (f"Trong số {c.V.coll}, {s.T.name} là {c.V.one} đạt Chỉ số CCHC cao nhất, "
                      f"{s('top', 'u')}."),
        lambda c, s: f"{s.T.name} đứng đầu bảng xếp hạng với kết quả {s('top', 'u')}.",
    ],
    "press": [
        lambda c, s: f"\"Ngôi vương\" PAR INDEX {c.Y} thuộc về {s.T.name} ({s('top', 'u')}).",
        lambda c, s: f"{s.T.name} dẫn đầu {c.V.coll_s} với {s('top', 'u')}.",
        lambda c, s: f"Đứng đầu bảng là {s.T.name}, đạt {s('top', 'pu')}.",
        lambda c, s: f"Đạt điểm cao nhất, {s.T.name} ({s('top', 'u')}) xếp ở vị trí số một.",
        lambda c, s: f"Vị trí cao nhất bảng xếp hạng PAR INDEX {c.Y} thuộc về {s.T.name}, với {s('top', 'u')}.",
        lambda c, s: f"Với {s('top', 'u')}, {s.T.name} vượt qua tất cả để giành vị trí thứ nhất.",
        lambda c, s: f"{s.T.name}, {c.V.one} đứng đầu năm {c.Y}, đạt {s('top', 'u')}.",
    ],
}

LOWEST = {
    "official": [
        lambda c, s: f"{_cap(c.V.one)} có Chỉ số CCHC thấp nhất là {s.B.name}, đạt {s('bot', 'u')}.",
        lambda c, s: f"Xếp cuối cùng trong bảng xếp hạng là {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: f"Thấp nhất: {s.B.name} – {s('bot', 'u')}.",
        lambda c, s: f"{s('bot', 'pu')} là kết quả của {s.B.name}, {c.V.one} đứng cuối bảng năm {c.Y}.",
        lambda c, s: (f"{s.B.name} đạt kết quả thấp nhất với {s('bot', 'u')}; đề nghị {c.V.this} khẩn trương rà "
                      f"soát, khắc phục hạn chế."),
        lambda c, s: f"Ở vị trí cuối cùng là {s.B.name}, với Chỉ số CCHC đạt {s('bot', 'u')}.",
        lambda c, s: f"Thấp hơn tất cả các {c.V.cn} còn lại, {s.B.name} chỉ đạt {s('bot', 'u')}.",
    ],
    "press": [
        lambda c, s: f"Ở chiều ngược lại, {s.B.name} đứng cuối bảng với {s('bot', 'u')}.",
        lambda c, s: f"Vị trí \"bét bảng\" thuộc về {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: f"{s.B.name} xếp cuối, chỉ có {s('bot', 'pu')}.",
        lambda c, s: f"Thấp nhất bảng là {s.B.name}, đạt {s('bot', 'u')}.",
        lambda c, s: f"Trong khi đó, {c.V.one} có điểm thấp nhất là {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: f"{s.B.name} ({s('bot', 'u')}) là {c.V.one} đứng cuối năm {c.Y}.",
        lambda c, s: f"Cuối bảng: {s.B.name}, {s('bot', 'u')}.",
    ],
}

# ---------------------------------------------------------------- gap between the first and the last

GAP = {
    "official": [
        lambda c, s: (f"Chênh lệch giữa {c.V.one} đạt kết quả cao nhất và {c.V.one} đạt kết quả thấp nhất là "
                      f"{s('gap', 'u')}."),
        lambda c, s: (f"Khoảng cách giữa {s.T.name} và {s.B.name} (cao nhất và thấp nhất) là "
                      f"{s('gap')}{c.dp}."),
        lambda c, s: f"Kết quả Chỉ số CCHC năm {c.Y} của {s.T.name} cao hơn {s.B.name} {s('gap', 'u')}.",
        lambda c, s: (f"Biên độ dao động của Chỉ số CCHC năm {c.Y} (từ thấp nhất đến cao nhất) là "
                      f"{s('gap', 'u')}."),
        lambda c, s: f"Giữa {c.V.one} đứng đầu và {c.V.one} đứng cuối có khoảng cách {s('gap', 'pu')}.",
        lambda c, s: (f"{s.B.name} thấp hơn {s.T.name} {s('gap')}{c.dp}, là mức chênh lệch lớn nhất trong "
                      f"{c.V.coll_s}."),
        lambda c, s: (f"Khoảng cách chênh lệch về điểm số giữa {c.V.one} cao nhất ({s.T.name}) và {c.V.one} thấp "
                      f"nhất ({s.B.name}) là {s('gap', 'u')}."),
    ],
    "press": [
        lambda c, s: f"{s.T.name} bỏ xa {s.B.name} tới {s('gap', 'u')}.",
        lambda c, s: f"Khoảng cách từ ngôi đầu đến vị trí cuối bảng là {s('gap', 'u')}.",
        lambda c, s: f"Cách biệt giữa {c.V.one} cao nhất và thấp nhất năm nay là {s('gap')}{c.dp}.",
        lambda c, s: f"Đầu bảng và cuối bảng chênh nhau {s('gap', 'pu')}.",
        lambda c, s: f"Chỉ số của {s.B.name} thấp hơn {s.T.name} tới {s('gap', 'u')}.",
        lambda c, s: (f"Theo {_evp(c)}, khoảng cách giữa {c.V.one} cao nhất và thấp nhất năm {c.Y} là "
                      f"{s('gap', 'u')}."),
        lambda c, s: f"Mức chênh giữa {c.V.one} dẫn đầu và {c.V.one} xếp cuối: {s('gap', 'u')}.",
    ],
}

# ---------------------------------------------------------------- two named units compared (A is the higher)

COMPARISON = {
    "official": [
        lambda c, s: f"{s.A.name} đạt {s('a', 'u')}, cao hơn {s.B.name} ({s('b', 'u')}) là {s('diff', 'u')}.",
        lambda c, s: (f"So với {s.B.name} ({s('b', 'u')}), Chỉ số CCHC của {s.A.name} ({s('a', 'u')}) cao hơn "
                      f"{s('diff')}{c.dp}."),
        lambda c, s: (f"Kết quả so sánh:\n- {s.A.name}: {s('a', 'u')};\n- {s.B.name}: {s('b', 'u')};\n"
                      f"- Chênh lệch: {s('diff', 'u')}."),
        lambda c, s: (f"{s.B.name} đạt {s('b', 'pu')}, thấp hơn {s.A.name} ({s('a', 'pu')}) "
                      f"{s('diff', 'p')}{c.dp}."),
        lambda c, s: (f"Năm {c.Y}, {s.A.name} (Chỉ số đạt {s('a', 'u')}) xếp trên {s.B.name} (đạt {s('b', 'u')}); "
                      f"khoảng cách giữa {s.A.name} và {s.B.name} là {s('diff', 'u')}."),
        lambda c, s: (f"Chỉ số CCHC của {s.A.name} là {s('a', 'u')}, của {s.B.name} là {s('b', 'u')}; như vậy "
                      f"{s.A.name} cao hơn {s('diff', 'u')}."),
        lambda c, s: (f"Cao hơn {s.B.name} {s('diff', 'u')}, {s.A.name} đạt {s('a', 'u')} (trong khi {s.B.name} đạt "
                      f"{s('b', 'u')})."),
    ],
    "press": [
        lambda c, s: f"{s.A.name} ({s('a', 'u')}) hơn {s.B.name} ({s('b', 'u')}) tới {s('diff')}{c.dp}.",
        lambda c, s: (f"Đặt cạnh {s.A.name} với {s('a', 'u')}, {s.B.name} chỉ có {s('b', 'u')}, thấp hơn "
                      f"{s('diff', 'u')}."),
        lambda c, s: (f"{s.B.name} ({s('b', 'pu')}) xếp sau {s.A.name} ({s('a', 'pu')}) một khoảng "
                      f"{s('diff', 'p')}{c.dp}."),
        lambda c, s: (f"Nếu {s.A.name} đạt {s('a', 'u')} thì {s.B.name} chỉ đạt {s('b', 'u')} – chênh "
                      f"{s('diff', 'u')}."),
        lambda c, s: (f"Điểm số của {s.A.name}: {s('a', 'u')}; {s.B.name}: {s('b', 'u')}; cách biệt "
                      f"{s('diff', 'u')}."),
        lambda c, s: f"Với {s('a', 'u')}, {s.A.name} xếp trên {s.B.name} ({s('b', 'u')}) tới {s('diff', 'u')}.",
        lambda c, s: (f"Khoảng cách {s('diff', 'u')} tách {s.A.name} ({s('a', 'u')}) khỏi {s.B.name} "
                      f"({s('b', 'u')})."),
    ],
}

# ---------------------------------------------------------------- band counts (sum to the total)


def _bc_f_o1(c, s):
    rows = ";\n".join(f"- {b.Grp}: gồm {s(r, 'z')} {c.V.cn} có Chỉ số {b.span}" for b, r in s.bands)
    return f"Căn cứ kết quả, {c.V.coll} được chia thành {c.V.grouping} như sau:\n{rows}."


def _bc_f_o2(c, s):
    names = _enum([b.grp for b, _ in s.bands])
    return f"Số {c.V.cn} thuộc {names} lần lượt là " + _enum([s(r) for _, r in s.bands]) + "."


def _bc_f_o3(c, s):
    return (f"{_cap(c.V.coll)} có {s('total')} {c.V.cn}, trong đó: "
            + "; ".join(f"{s(r)} {c.V.cn} {b.reach}" for b, r in s.bands) + ".")


def _bc_f_o4(c, s):
    first, *rest = s.bands
    parts = [f"{first[0].title}: {s(first[1], 'z')} {c.V.cn}"] + [f"{b.title}: {s(r, 'z')}" for b, r in rest]
    return "Kết quả xếp loại: " + "; ".join(parts) + _none_in(c, s) + "."


def _bc_f_o5(c, s):
    parts = [f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands]
    return f"Năm {c.Y}: " + _enum(parts, "; ", "; còn lại ") + "."


def _bc_f_o6(c, s):
    return (f"Phân theo {c.V.grouping}: " + "; ".join(f"{b.grp} – {s(r, 'w')} {c.V.cn}" for b, r in s.bands)
            + "".join(f"; {b.grp} – không có {c.V.cn} nào" for b in s.zero) + ".")


def _bc_f_o7(c, s):
    return (f"Tổng số {s('total')} {c.V.cn} được phân loại. Trong số đó, "
            + _enum([f"{s(r)} {c.V.cn} {b.inb} (Chỉ số {b.span})" for b, r in s.bands], "; ", "; ") + ".")


def _bc_f_p1(c, s):
    order = _by_size(s)
    if order is None:
        return "Năm nay, " + _enum([f"{s(r)} {c.V.cn} lọt vào {b.grp}" for b, r in s.bands], ", ", " và ") + "."
    (b1, r1), rest = order[0], order[1:]
    return (f"{b1.Grp} đông nhất với {s(r1)} {c.V.cn}; tiếp đến là "
            + _enum([f"{b.grp} ({s(r)} {c.V.cn})" for b, r in rest], ", ", " và ") + ".")


def _bc_f_p2(c, s):
    return "Kết quả: " + _enum([f"{s(r)} {c.V.cn} lọt vào {b.grp}" for b, r in s.bands], ", ", " và ") + "."


def _bc_f_p3(c, s):
    rows = ";\n".join(f"- {b.Grp} ({b.span}): {s(r)} {c.V.cn}" for b, r in s.bands)
    return f"Phân bổ theo nhóm năm {c.Y}:\n{rows}."


def _bc_f_p4(c, s):
    names = _enum([b.grp for b, _ in s.bands])
    return f"Số lượng {c.V.cn} ở {names} tương ứng là " + _enum([s(r) for _, r in s.bands]) + "."


def _bc_f_p5(c, s):
    return " ".join(f"{s(r, 'W')} {c.V.cn} {b.inb}." for b, r in s.bands)


def _bc_f_p6(c, s):
    return (f"{s('total')} {c.V.cn} năm nay phân bố như sau: "
            + ", ".join(f"{b.grp} – {s(r)}" for b, r in s.bands) + ".")


def _bc_f_p7(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    return (f"Đáng chú ý, có {s(r0)} {c.V.cn} {b0.inb}; bên cạnh đó là "
            + _enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in rest], "; ", " và ") + ".")


BAND_COUNTS = {
    "official": [_bc_f_o1, _bc_f_o2, _bc_f_o3, _bc_f_o4, _bc_f_o5, _bc_f_o6, _bc_f_o7],
    "press": [_bc_f_p1, _bc_f_p2, _bc_f_p3, _bc_f_p4, _bc_f_p5, _bc_f_p6, _bc_f_p7],
}

# ---------------------------------------------------------------- a band's count with its member list


def _bm_f_o2(c, s):
    rows = ";\n".join(f"+ {name}" for name in _members(c, s))
    return f"{s.b.Grp} ({s.b.span}) có {s('count', 'z')} {c.V.cn}, gồm:\n{rows}."


def _bm_f_o3(c, s):
    if s.big("count") == 1:
        return f"{s('count', 'z')} {c.V.cn} {s.b.inb} là {s.ml()}."
    return f"{s('count', 'z')} {c.V.cn} {s.b.inb} là: {s.ml('semi')}."


def _bm_f_p1(c, s):
    return f"{s('count', 'W')} cái tên {s.b.inb} năm nay là {s.ml()}."


def _bm_f_p5(c, s):
    return f"{s.ml()}: đó là {s('count', 'w')} {c.V.cn} {s.b.inb} năm {c.Y}."


BAND_MEMBERS = {
    "official": [
        lambda c, s: f"Các {c.V.cn} {s.b.inb} gồm: {s.ml()} ({s('count', 'z')} {c.V.cn}).",
        _bm_f_o2,
        _bm_f_o3,
        lambda c, s: (f"Những {c.V.cn} {s.b.inb} (Chỉ số {s.b.span}) năm {c.Y} bao gồm {s.ml('mixed')}, tổng cộng "
                      f"{s('count', 'w')} {c.V.cn}."),
        lambda c, s: (f"Trong {s.b.grp} có {s('count', 'w')} {c.V.cn}, đó là {c.V.listof}: "
                      f"{s.ml(short=True)}."),
        lambda c, s: f"{s.b.Grp} năm {c.Y} gồm {s('count', 'w')} {c.V.cn} sau: {s.ml('mixed')}.",
        lambda c, s: f"Danh sách {c.V.cn} {s.b.inb}: {s.ml('semi_only')} (tổng số: {s('count', 'z')}).",
    ],
    "press": [
        _bm_f_p1,
        lambda c, s: f"Lọt vào {s.b.grp} có {s('count')} {c.V.cn}, gồm {s.ml('mixed')}.",
        lambda c, s: f"{s.b.Grp} năm nay thuộc về {s('count', 'w')} {c.V.cn}: {s.ml()}.",
        lambda c, s: f"Có tên trong {s.b.grp} là {s.ml('semi')} – tổng cộng {s('count', 'w')} {c.V.cn}.",
        _bm_f_p5,
        lambda c, s: f"{_cap(c.V.listof)} {s.b.inb} năm nay gồm {s.ml(short=True)} ({s('count')} {c.V.cn}).",
        lambda c, s: f"Ở {s.b.grp}, {s('count')} {c.V.cn} góp mặt là {s.ml('semi')}.",
    ],
}

# ---------------------------------------------------------------- how many at or above the threshold

THRESHOLD = {
    "official": [
        lambda c, s: f"{_cap(c.V.units)} có kết quả từ {c.thr} trở lên gồm {s('thr', 'z')} {c.V.cn}.",
        lambda c, s: f"Năm {c.Y}, {s('thr', 'w')} {c.V.cn} đạt Chỉ số CCHC trên {c.thr}.",
        lambda c, s: (f"Kết quả cho thấy số {c.V.cn} đạt từ {c.thr} trở lên là {s('thr')}, phản ánh những nỗ lực "
                      f"trong công tác cải cách hành chính."),
        lambda c, s: f"Chỉ số CCHC của {s('thr')} {c.V.cn} đạt mức trên {c.thr}.",
        lambda c, s: (f"Số lượng {c.V.cn} có kết quả Chỉ số CCHC năm {c.Y} ở mức {c.thr} trở lên là "
                      f"{s('thr')}."),
        lambda c, s: f"{_cap(c.V.coll)} có {s('thr')} {c.V.cn} đạt Chỉ số trên {c.thr}.",
        lambda c, s: f"Kết quả Chỉ số CCHC năm {c.Y} trên {c.thr} được ghi nhận tại {s('thr')} {c.V.cn}.",
    ],
    "press": [
        lambda c, s: f"Có tới {s('thr')} {c.V.cn} đạt điểm số trên {c.thr}.",
        lambda c, s: f"Mốc {c.thr} đã được {s('thr', 'w')} {c.V.cn} chinh phục.",
        lambda c, s: f"Số {c.V.cn} có PAR INDEX {c.Y} từ {c.thr} trở lên là {s('thr')}.",
        lambda c, s: f"{s('thr', 'W')} {c.V.cn} vượt mốc {c.thr} trong năm nay.",
        lambda c, s: f"Đáng chú ý, {s('thr')} {c.V.cn} đã đạt trên {c.thr}.",
        lambda c, s: f"Điểm số trên {c.thr} thuộc về {s('thr')} {c.V.cn}.",
        lambda c, s: f"Năm nay, số {c.V.cn} \"vượt ngưỡng\" {c.thr}: {s('thr')}.",
    ],
}

# ---------------------------------------------------------------- N/total above the average

RATIO = {
    "official": [
        lambda c, s: (f"{s('num')}/{s('den')} {c.V.units} có Chỉ số CCHC năm {c.Y} cao hơn mức giá trị trung bình "
                      f"chung."),
        lambda c, s: (f"Số {c.V.cn} đạt trên giá trị trung bình là {s('num', 'z')}, trên tổng số {s('den')} "
                      f"{c.V.cn} được đánh giá."),
        lambda c, s: (f"Trong {s('den')} {c.V.cn}, những {c.V.cn} có Chỉ số CCHC vượt giá trị trung bình chiếm "
                      f"{s('num')}."),
        lambda c, s: f"So với giá trị trung bình, {s('num')} trên {s('den')} {c.V.cn} đạt kết quả cao hơn.",
        lambda c, s: (f"Chỉ số CCHC của {s('num')} {c.V.cn} (trong số {s('den')}) cao hơn giá trị trung bình chung "
                      f"của {c.V.coll_s}."),
        lambda c, s: f"{s('num')} trong số {s('den')} {c.V.units} đạt kết quả trên mức trung bình.",
        lambda c, s: f"Kết quả trên trung bình: {s('num', 'z')}/{s('den')} {c.V.cn}.",
    ],
    "press": [
        lambda c, s: f"{s('num')}/{s('den')} {c.V.cn} có chỉ số vượt mức trung bình chung.",
        lambda c, s: f"Có {s('num')} trong tổng số {s('den')} {c.V.cn} đạt điểm cao hơn bình quân.",
        lambda c, s: f"Điểm số của {s('num')}/{s('den')} {c.V.cn} nằm trên mức trung bình.",
        lambda c, s: f"Số {c.V.cn} trên mức trung bình: {s('num')} (trên {s('den')}).",
        lambda c, s: f"Xét trên {s('den')} {c.V.cn}, có {s('num')} {c.V.cn} đạt trên trung bình.",
        lambda c, s: f"Mức trung bình được {s('num')}/{s('den')} {c.V.cn} vượt qua.",
        lambda c, s: f"{s('num')} {c.V.cn}, trên tổng số {s('den')}, có chỉ số cao hơn điểm trung bình.",
    ],
}

# ---------------------------------------------------------------- a total and its parts

PARTS = {
    "official": [
        lambda c, s: (f"Năm {c.Y}, Chỉ số CCHC được xác định tại {s('total')} {c.V.units}, bao gồm:\n"
                      f"+ {s('p0')} {_n(s, 0)};\n+ {s('p1', 'z')} {_n(s, 1)}."),
        lambda c, s: (f"{s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}, tổng số {s('total')} {c.V.cn}, đã được thẩm "
                      f"định kết quả tự đánh giá."),
        lambda c, s: (f"Số {c.V.cn} được đánh giá năm {c.Y} là {s('total')} ({s('p0')} {_n(s, 0)}, "
                      f"{s('p1', 'w')} {_n(s, 1)})."),
        lambda c, s: (f"Trong tổng số {s('total')} {c.V.cn} được đánh giá, có {s('p0')} {_n(s, 0)}; còn lại là "
                      f"{s('p1')} {_n(s, 1)}."),
        lambda c, s: (f"Việc xác định Chỉ số CCHC năm {c.Y} được thực hiện đối với {s('p0')} {_n(s, 0)} cùng "
                      f"{s('p1')} {_n(s, 1)}, tổng cộng là {s('total')}."),
        lambda c, s: (f"{_cap(_n(s, 0))}: {s('p0')}; {_n(s, 1)}: {s('p1')}; tổng cộng: {s('total')} "
                      f"{c.V.cn}."),
        lambda c, s: (f"Số lượng {_n(s, 1)} được đánh giá là {s('p1')}, số lượng {_n(s, 0)} là {s('p0')}; tổng số "
                      f"{s('total')} {c.V.cn}."),
    ],
    "press": [
        lambda c, s: (f"{s('total')} {c.V.cn} được xếp hạng năm nay gồm {s('p0')} {_n(s, 0)} và {s('p1')} "
                      f"{_n(s, 1)}."),
        lambda c, s: (f"Bảng xếp hạng có {s('p0')} {_n(s, 0)} cùng {s('p1')} {_n(s, 1)} – tổng cộng {s('total')} "
                      f"{c.V.cn}."),
        lambda c, s: (f"Trong số {s('total')} {c.V.cn}, {_n(s, 0)} chiếm {s('p0')}, {_n(s, 1)} chiếm "
                      f"{s('p1')}."),
        lambda c, s: (f"Ngoài {s('p1')} {_n(s, 1)}, bảng xếp hạng còn có {s('p0')} {_n(s, 0)}; tổng cộng "
                      f"{s('total')} {c.V.cn}."),
        lambda c, s: (f"Năm nay có {s('total')} {c.V.cn} được đánh giá ({s('p0')} {_n(s, 0)} và {s('p1', 'w')} "
                      f"{_n(s, 1)})."),
        lambda c, s: (f"Kết quả được công bố cho {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}, tức {s('total')} "
                      f"{c.V.cn}."),
        lambda c, s: (f"{_cap(_n(s, 0))} ({s('p0')}) và {_n(s, 1)} ({s('p1')}): tổng cộng {s('total')} {c.V.cn} có "
                      f"tên trên bảng xếp hạng."),
    ],
}

# ---------------------------------------------------------------- a band's count against last year's

COUNT_CHANGE = {
    "official": [
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} năm {c.Y} là {s('cur', 'z')}, {s.t('chg', 'tăng', 'giảm')} "
                      f"{s('chg', 'z')} {c.V.cn} so với năm {c.Y1} ({s('prev', 'z')} {c.V.cn})."),
        lambda c, s: (f"{s.b.Grp}: năm {c.Y1} có {s('prev')} {c.V.cn}; năm {c.Y} có {s('cur')} {c.V.cn}; "
                      f"{s.t('chg', 'tăng', 'giảm')} {s('chg')} {c.V.cn}."),
        lambda c, s: (f"So với cùng kỳ, số {c.V.cn} {s.b.inb} {s.t('chg', 'nhiều hơn', 'ít hơn')} {s('chg', 'w')} "
                      f"{c.V.cn} ({s('cur')} so với {s('prev')})."),
        lambda c, s: (f"Về số lượng {c.V.cn} {s.b.inb}:\n- Năm {c.Y}: {s('cur', 'z')} {c.V.cn};\n- Năm {c.Y1}: "
                      f"{s('prev', 'z')} {c.V.cn};\n- {s.t('chg', 'Tăng', 'Giảm')} {s('chg', 'z')} {c.V.cn}."),
        lambda c, s: (f"Năm {c.Y}, số {c.V.cn} {s.b.inb} {s.t('chg', 'tăng thêm', 'giảm đi')} {s('chg', 'w')} "
                      f"{c.V.cn} so với năm trước, đạt {s('cur')} {c.V.cn}.",
                      f"{s.b.Grp} năm {c.Y1} gồm có {s('prev')} {c.V.cn}."),
        lambda c, s: (f"Có {s('cur')} {c.V.cn} {s.b.inb} trong năm {c.Y} (năm {c.Y1} là {s('prev')} {c.V.cn}), tức "
                      f"{s.t('chg', 'tăng', 'giảm')} {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Từ {s('prev')} {c.V.cn} năm {c.Y1}, số {c.V.cn} {s.b.inb} năm {c.Y} "
                      f"{s.t('chg', 'tăng lên', 'giảm xuống')} {s('cur')}, {s.t('chg', 'thêm', 'bớt')} {s('chg')} "
                      f"{c.V.cn}."),
    ],
    "press": [
        lambda c, s: (f"{s.b.Grp} năm nay {s.t('chg', 'đông hơn', 'ít hơn')} năm ngoái {s('chg', 'w')} {c.V.cn}: "
                      f"{s('cur')} so với {s('prev')}."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} {s.t('chg', 'tăng', 'giảm')} từ {s('prev', 'w')} "
                      f"{s.t('chg', 'lên', 'xuống còn')} {s('cur', 'w')}, tức {s.t('chg', 'thêm', 'bớt')} "
                      f"{s('chg', 'w')} {c.V.cn}."),
        lambda c, s: (f"Năm {c.Y1}, {s.b.grp} {s.t('chg', 'mới có', 'có tới')} {s('prev')} {c.V.cn}; năm nay con số "
                      f"này là {s('cur')} ({s.t('chg', 'tăng', 'giảm')} {s('chg')})."),
        lambda c, s: (f"So với năm ngoái, {s.b.grp} {s.t('chg', 'có thêm', 'mất đi')} {s('chg')} {c.V.cn}: từ "
                      f"{s('prev')} {s.t('chg', 'lên', 'xuống còn')} {s('cur')}."),
        lambda c, s: (f"{s('cur')} {c.V.cn} {s.b.inb} năm nay – {s.t('chg', 'nhiều hơn', 'ít hơn')} {s('chg')} "
                      f"{c.V.cn} so với năm {c.Y1} ({s('prev')})."),
        lambda c, s: (f"{s.b.Grp} năm nay có {s('cur', 'w')} {c.V.cn}, {s.t('chg', 'tăng', 'giảm')} {s('chg', 'w')} "
                      f"so với cùng kỳ.",
                      f"Năm ngoái, số {c.V.cn} {s.b.inb} là {s('prev', 'w')}."),
        lambda c, s: (f"Đáng chú ý là sự {s.t('chg', 'gia tăng', 'sụt giảm')} của {s.b.grp}: {s('chg')} {c.V.cn}, "
                      f"từ {s('prev')} (năm {c.Y1}) thành {s('cur')} (năm {c.Y})."),
    ],
}

# ---------------------------------------------------------------- a unit's rank and its move

RANK = {
    "official": [
        lambda c, s: (f"{s.U.name} xếp thứ {s('r')}/{s('den')}, {s.t('move', 'tăng', 'giảm')} {s('move')} bậc so với "
                      f"năm {c.Y1} (xếp thứ {s('pr')})."),
        lambda c, s: (f"Về thứ hạng, năm {c.Y} {s.U.name} đứng thứ {s('r', 'z')} trên tổng số {s('den')} {c.V.cn}; "
                      f"năm {c.Y1} đứng thứ {s('pr', 'z')}, như vậy đã {s.t('move', 'tăng', 'giảm')} "
                      f"{s('move', 'w')} bậc."),
        lambda c, s: (f"{s.U.name}: thứ hạng năm {c.Y1} là {s('pr')}, năm {c.Y} là {s('r')}/{s('den')} "
                      f"({s.t('move', 'tăng', 'giảm')} {s('move')} bậc)."),
        lambda c, s: (f"Thứ hạng của {s.U.name}:\n- Năm {c.Y}: {s('r')}/{s('den')};\n- Năm {c.Y1}: {s('pr')};\n"
                      f"- {s.t('move', 'Tăng', 'Giảm')} {s('move')} bậc."),
        lambda c, s: (f"Năm {c.Y}, {s.U.name} {s.t('move', 'tăng', 'giảm')} {s('move', 'w')} bậc, xếp vị trí "
                      f"{s('r')}/{s('den')}.",
                      f"Thứ hạng năm {c.Y1} của {s.U.name} là {s('pr')}."),
        lambda c, s: (f"Với kết quả trên, {s.U.name} {s.t('move', 'vươn lên', 'lùi xuống')} vị trí thứ {s('r')} trong "
                      f"số {s('den')} {c.V.units} (năm {c.Y1}: thứ {s('pr')}), {s.t('move', 'tăng', 'giảm')} "
                      f"{s('move')} bậc."),
        lambda c, s: (f"{s('move', 'W')} bậc là mức {s.t('move', 'tăng', 'giảm')} thứ hạng của {s.U.name}: từ thứ "
                      f"{s('pr')} năm {c.Y1} {s.t('move', 'lên', 'xuống')} thứ {s('r')}/{s('den')} năm {c.Y}."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name} {s.t('move', 'vươn lên', 'tụt')} {s('move', 'w')} bậc, xếp thứ "
                      f"{s('r')}/{s('den')} (năm ngoái: {s('pr')})."),
        lambda c, s: (f"Từ vị trí {s('pr')} năm ngoái, {s.U.name} {s.t('move', 'leo', 'rơi')} {s('move')} bậc, "
                      f"{s.t('move', 'lên', 'xuống')} vị trí {s('r')}/{s('den')}."),
        lambda c, s: (f"{s.U.name} xếp hạng {s('r')}/{s('den')} – {s.t('move', 'cải thiện', 'tụt')} {s('move')} bậc so "
                      f"với hạng {s('pr')} năm trước."),
        lambda c, s: (f"Năm nay {s.U.name} đứng ở vị trí {s('r', 'z')}/{s('den')}; năm {c.Y1}, {c.V.this} ở vị trí "
                      f"{s('pr', 'z')}. {s.t('move', 'Tăng', 'Giảm')} {s('move', 'w')} bậc."),
        lambda c, s: (f"{s.U.name} ({s('r')}/{s('den')}) là một trong những {c.V.cn} có thứ hạng "
                      f"{s.t('move', 'tăng', 'giảm')}, {s('move')} bậc.",
                      f"Năm {c.Y1}, {s.U.name} xếp hạng {s('pr')}."),
        lambda c, s: (f"Thứ hạng của {s.U.name} {s.t('move', 'được nâng', 'bị kéo xuống')} {s('move')} bậc: từ "
                      f"{s('pr')} {s.t('move', 'lên', 'xuống')} {s('r')}/{s('den')}."),
        lambda c, s: (f"{s.U.name} {s.t('move', 'giành thêm', 'đánh rơi')} {s('move', 'w')} bậc, từ hạng {s('pr')} "
                      f"năm {c.Y1} {s.t('move', 'lên', 'xuống')} hạng {s('r')} năm {c.Y} trong tổng số {s('den')} "
                      f"{c.V.cn}."),
    ],
}

# ---------------------------------------------------------------- how many went up / down

UP_DOWN = {
    "official": [
        lambda c, s: (f"Có {s('up', 'z')} {c.V.cn} có Chỉ số CCHC năm {c.Y} cao hơn năm {c.Y1} và {s('down', 'z')} "
                      f"{c.V.cn} có Chỉ số thấp hơn."),
        lambda c, s: (f"Về xu hướng biến động, số {c.V.cn} có kết quả tăng là {s('up')}, số {c.V.cn} có kết quả "
                      f"giảm là {s('down')}."),
        lambda c, s: (f"So sánh với kết quả năm {c.Y1}:\n- {s('up')} {c.V.cn} tăng điểm;\n- {s('down')} {c.V.cn} "
                      f"giảm điểm."),
        lambda c, s: (f"{s('down', 'W')} {c.V.cn} có Chỉ số CCHC giảm so với năm {c.Y1}; {s('up')} {c.V.cn} còn lại "
                      f"có Chỉ số tăng."),
        lambda c, s: (f"Chỉ số CCHC năm {c.Y} tăng ở {s('up')} {c.V.cn} và giảm ở {s('down')} {c.V.cn} so với năm "
                      f"liền kề."),
        lambda c, s: (f"Trong tổng số {c.V.cn} được đánh giá, {s('up')} {c.V.cn} tăng điểm, {s('down')} {c.V.cn} "
                      f"giảm điểm."),
        lambda c, s: (f"Kết quả Chỉ số CCHC năm {c.Y} của {s('up')} {c.V.cn} tăng so với năm {c.Y1}, trong khi kết "
                      f"quả của {s('down')} {c.V.cn} giảm."),
    ],
    "press": [
        lambda c, s: (f"{s('up')} {c.V.cn} tăng điểm, {s('down')} {c.V.cn} giảm điểm – đó là bức tranh biến động "
                      f"năm nay."),
        lambda c, s: (f"Bên cạnh {s('up')} {c.V.cn} cải thiện điểm số, vẫn còn {s('down')} {c.V.cn} bị giảm điểm so "
                      f"với năm trước."),
        lambda c, s: f"Có {s('up', 'w')} {c.V.cn} tăng và {s('down', 'w')} {c.V.cn} giảm điểm so với cùng kỳ.",
        lambda c, s: f"So với năm ngoái: {s('up')} {c.V.cn} đi lên, {s('down')} {c.V.cn} đi xuống.",
        lambda c, s: f"Điểm số giảm ở {s('down')} {c.V.cn} và tăng ở {s('up')} {c.V.cn}.",
        lambda c, s: (f"Trong khi {s('up')} {c.V.cn} có kết quả tốt hơn năm {c.Y1}, {s('down')} {c.V.cn} lại ghi "
                      f"nhận sự sụt giảm."),
        lambda c, s: f"Tăng điểm có {s('up')} {c.V.cn}, giảm điểm có {s('down')} {c.V.cn}.",
    ],
}

# ---------------------------------------------------------------- survey ballots


def _ba_f_o1(c, s):
    rows = ";\n".join(f"- Phiếu {lab}: {s(r)}" for r, lab in _bl(s))
    return f"Số phiếu khảo sát thu về: {s('total')} phiếu, cụ thể:\n{rows}."


def _ba_f_o2(c, s):
    parts = _enum([f"{s(r)} phiếu đối với {lab}" for r, lab in _bl(s)], "; ")
    return f"Trong năm {c.Y}, {c.V.ev} đã phát và thu về {parts}; tổng số phiếu là {s('total')}."


def _ba_f_o3(c, s):
    labels = _enum([lab for _, lab in _bl(s)], "; ")
    return (f"Số phiếu thu về từ {labels} lần lượt là " + _enum([s(r) for r, _ in _bl(s)])
            + f" phiếu, tổng cộng {s('total')} phiếu.")


@_approx
def _ba_f_o4(c, s):
    parts = [f"hơn {s(r)} phiếu {lab}" for r, lab in _bl(s)]
    return f"Đã thu về hơn {s('total')} phiếu khảo sát, trong đó " + _enum(parts, "; ") + "."


def _ba_f_o5(c, s):
    parts = "; ".join(f"{lab}: {s(r)} phiếu" for r, lab in _bl(s))
    return f"Kết quả điều tra xã hội học được tổng hợp từ {s('total')} phiếu ({parts})."


def _ba_f_o6(c, s):
    parts = "; ".join(f"phiếu khảo sát {lab}: {s(r)}" for r, lab in _bl(s))
    return f"{_cap(parts)}. Tổng cộng: {s('total')} phiếu."


@_approx
def _ba_f_o7(c, s):
    parts = _enum([f"trên {s(r)} phiếu của {lab}" for r, lab in _bl(s)], "; ")
    return f"Với trên {s('total')} phiếu khảo sát ({parts}), kết quả điều tra bảo đảm độ tin cậy."


@_approx
def _ba_f_p1(c, s):
    parts = _enum([f"{lab} (hơn {s(r)} phiếu)" for r, lab in _bl(s)], "; ")
    return f"Hơn {s('total')} phiếu khảo sát đã được gửi tới {parts}."


def _ba_f_p2(c, s):
    parts = _enum([f"{s(r)} phiếu dành cho {lab}" for r, lab in _bl(s)], "; ")
    return f"Để có kết quả này, {_evp(c)} đã khảo sát {s('total')} phiếu, trong đó {parts}."


def _ba_f_p3(c, s):
    parts = _enum([f"{s(r)} phiếu từ {lab}" for r, lab in _bl(s)], "; ")
    return f"Có {parts} – tổng cộng {s('total')} phiếu – được đưa vào tổng hợp."


def _ba_f_p4(c, s):
    parts = ", ".join(f"phiếu {lab} là {s(r)}" for r, lab in _bl(s))
    return f"Tổng cộng {s('total')} phiếu; riêng {parts}."


@_approx
def _ba_f_p5(c, s):
    parts = "; ".join(f"trên {s(r)} phiếu của {lab}" for r, lab in _bl(s))
    return f"Cuộc khảo sát thu về trên {s('total')} phiếu: {parts}."


def _ba_f_p6(c, s):
    parts = _enum([f"{s(r)} phiếu {lab}" for r, lab in _bl(s)], "; ")
    return f"Phiếu khảo sát gồm {parts} (tổng số {s('total')} phiếu)."


def _ba_f_p7(c, s):
    parts = "; ".join(f"{lab} {s(r)}" for r, lab in _bl(s))
    return f"{s('total')} phiếu điều tra đã được thu về, chia theo đối tượng: {parts}."


BALLOTS = {
    "official": [_ba_f_o1, _ba_f_o2, _ba_f_o3, _ba_f_o4, _ba_f_o5, _ba_f_o6, _ba_f_o7],
    "press": [_ba_f_p1, _ba_f_p2, _ba_f_p3, _ba_f_p4, _ba_f_p5, _ba_f_p6, _ba_f_p7],
}

PHRASINGS = {
    "total": TOTAL, "average_with_previous": AVERAGE, "delta_only": DELTA, "highest": HIGHEST, "lowest": LOWEST,
    "gap": GAP, "comparison": COMPARISON, "band_counts": BAND_COUNTS, "band_members": BAND_MEMBERS,
    "threshold_count": THRESHOLD, "ratio": RATIO, "parts_total": PARTS, "count_change": COUNT_CHANGE,
    "rank_move": RANK, "up_down_counts": UP_DOWN, "ballots": BALLOTS,
}
