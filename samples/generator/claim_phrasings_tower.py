"""Tower phrasings: a fourteenth set of sentences for `claim_text`, written blind to the extractor, its frames, its
misses and its benchmark output, and apart from the thirteen sets before it (the tuning table and the spire and
loft sets were read only enough to learn the interface and the roles; the others' docstrings only, to learn what
they already cover). It exists so that a blind measure remains while loft is diagnosed and spire is measured:
once a set's sentences or misses are read by whoever tunes the extractor, it no longer measures reach on prose
nobody has fitted to.

It imitates what auditors receive, reaching for what the earlier sets lack: sentences that open with the figure
("93,40% là mức …", "45 là số …"), noun-phrase headlines ("Bình quân 85,12%: tăng 1,07 điểm phần trăm"), a
figure and its subject kept apart by an aside between dashes or a relative clause, negation and contrast ("không
còn … nào …", "không những không giảm mà còn tăng", "tuy … nhưng vẫn còn …"), rhetorical comparisons chosen from
the world ("chỉ kém", "nhỉnh hơn", "gần gấp đôi", "quá nửa", "cán cân nghiêng về"), questions answered at once
("Bao nhiêu …? …"), quotes from the unit's own leaders ("lãnh đạo tỉnh …") and from the PAR office, "cứ … thì có
…", "lần lượt là" in either order, ranks as ordinal words ("hạng ba", "thứ bảy"), counts split between blocks
("khối … / khối …"), lists opened by "bên cạnh" or read one by one, numbers as words ("năm" as five beside the
years) and with leading zeros, decimal point, signed figures, "điểm phần trăm", a statement split between two
paragraphs, and colour words for rises and falls ("xanh" / "đỏ").

Same interface as `claim_phrasings_spire.py`: fn(c, s) -> text, or (text, a sentence for another paragraph);
`s(role, fmt)` prints and records one figure (fmt letters: u unit, p decimal point, z leading zero, w / W number
word up to ten, v number word up to nineteen, + signed); `s.t(role, up, down)` the direction word of a signed
figure; `s.ml()` the member list. Every entry belongs to the "tower" set. Each kind states exactly the roles its
tuning phrasings state, each once; no other numeral is printed than years, band bounds, the threshold and the
scale's maximum, and no number word that is not a recorded figure. Words whose truth depends on the world
("nhiều hơn / ít hơn", "quá nửa", "giữ vững ngôi đầu", "rộng hơn / hẹp hơn", "chỉ", "gần gấp đôi") are chosen
from the world, never asserted blindly; rounded ballots are printed only with "trên", "hơn", "xấp xỉ", "vượt mốc"
or "làm tròn".

Do not tune the extractor against these sentences; read the benchmark's summary rows only.
"""

from __future__ import annotations

from samples.generator.claim_phrasings import _approx, _bl, _cap, _enum, _idx, _lx, _n, _names, _org, _prov, _tail, _ud


def _up(s, role: str) -> bool:
    """Whether a signed figure is a rise (its words are chosen from this, one branch printed)."""
    return (s.roles[role].sign or 1) > 0


def _than(a, b, more: str, less: str, same: str) -> str:
    """The comparison word for a against b, from the world."""
    return more if a > b else less if a < b else same


def _office(c) -> str:
    """Who speaks for the PAR office at the announcement."""
    if _prov(c):
        return f"đại diện Phòng Cải cách hành chính (Sở Nội vụ {c.V.place})"
    return "đại diện Vụ Cải cách hành chính (Bộ Nội vụ)"


def _leaders(u) -> str:
    """The leaders of a unit, as the press names them: "lãnh đạo tỉnh Hà Nam", "lãnh đạo Sở Tư pháp"."""
    if u.cat == "tinh":
        return f"lãnh đạo tỉnh {u.name}"
    if u.cat == "thanh_pho":
        return f"lãnh đạo {u.name}" if u.name.startswith("TP. ") else f"lãnh đạo thành phố {u.name}"
    return f"lãnh đạo {u.name}"


_BLOCK = {"so": "khối sở, ban, ngành", "huyen": "khối UBND cấp huyện", "tinh": "khối các tỉnh",
          "thanh_pho": "khối các thành phố trực thuộc Trung ương", "bo": "khối các bộ",
          "cqnb": "khối cơ quan ngang bộ"}


def _ordinal(s, role: str) -> str:
    """A rank as reports write it: a word ("hạng ba", "thứ bảy") up to ten, digits for first, fourth and beyond
    ten (whose ordinal words, "nhất" and "tư", are not the cardinal words the figure would print)."""
    n = s.big(role)
    return s(role, "w") if 2 <= n <= 10 and n != 4 else s(role)


def _small(s, role: str) -> bool:
    """A difference under one point, which the press calls "chỉ" or "nhỉnh"."""
    return s.big(role) < 1


def _unit_word(c) -> str:
    """The scale's unit after a band bound: "%" or " điểm"."""
    return "%" if c.world.pct else " điểm"


def _prev_gap(c) -> int:
    w = c.world
    return max(u.prev for u in w.units) - min(u.prev for u in w.units)


def _prev_ge(c) -> int:
    w = c.world
    return sum(w.prev_counts[b.key] for b in w.bands if b.low >= w.threshold)


def _top_kept(c) -> bool:
    """Whether this year's first was first last year too."""
    return c.world.units[0].prev_rank == 1


def _last_kept(c) -> bool:
    w = c.world
    return w.units[-1].prev_rank == len(w.units)


# ---------------------------------------------------------------- total (the lead)


def _scope_note(c) -> str:
    """What the evaluation leaves out, as reports say it before the count."""
    if c.world.scope == "provincial":
        return "không bao gồm UBND cấp xã"
    if c.world.scope == "national_ministries":
        return "không bao gồm các cơ quan thuộc Chính phủ"
    return "không bao gồm các bộ, ngành Trung ương"


TOTAL = {
    "official": [
        lambda c, s: (f"Căn cứ Đề án xác định Chỉ số CCHC đã được phê duyệt, {_org(c)} đã tổ chức đánh giá đối với "
                      f"{s('total')} {c.V.units}{_tail(c)}; kết quả cụ thể như sau."),
        lambda c, s: f"{s('total', 'z')} là số {c.V.units} thuộc đối tượng xác định Chỉ số CCHC năm {c.Y}.",
        lambda c, s: (f"Số {c.V.cn} được đánh giá năm {c.Y} ({_scope_note(c)}) là {s('total')}."),
        lambda c, s: (f"Trên cơ sở kết quả tự đánh giá của {s('total')} {c.V.units}{_tail(c)}, Hội đồng thẩm định "
                      f"Chỉ số CCHC năm {c.Y} đã họp, thống nhất kết quả chấm điểm."),
        lambda c, s: (f"Không có {c.V.one} nào nằm ngoài phạm vi đánh giá: cả {s('total')} {c.V.units}{_tail(c)} "
                      f"đều được xác định Chỉ số CCHC năm {c.Y}."),
        lambda c, s: (f"Đối tượng đánh giá: {s('total', 'v')} {c.V.units}{_tail(c)}; kỳ đánh giá: năm {c.Y}."),
        lambda c, s: (f"Việc xác định Chỉ số CCHC năm {c.Y} đã hoàn thành ở cả {s('total')} {c.V.units}"
                      f"{_tail(c)}, đúng tiến độ đề ra."),
        lambda c, s: (f"Tổng hợp chung, số lượng {c.V.units} có kết quả Chỉ số CCHC năm {c.Y} là {s('total')} "
                      f"{c.V.cn}."),
        lambda c, s: (f"{_cap(c.V.where)} hiện có {s('total')} {c.V.units} thuộc diện đánh giá Chỉ số CCHC hằng năm; "
                      f"năm {c.Y}, tất cả đều đã được chấm điểm."),
        lambda c, s: (f"Chỉ số CCHC năm {c.Y} – được xác định theo bộ tiêu chí và thang điểm 100 – áp dụng đối với "
                      f"{s('total')} {c.V.units}{_tail(c)}."),
        lambda c, s: (f"Hồ sơ tự đánh giá của {s('total')} {c.V.units} đã được gửi về {_org(c)} đúng thời hạn, "
                      f"làm cơ sở xác định Chỉ số CCHC năm {c.Y}."),
        lambda c, s: (f"Báo cáo này tổng hợp kết quả Chỉ số CCHC năm {c.Y} của {s('total')} {c.V.units}, được sắp "
                      f"xếp theo thứ tự từ cao xuống thấp."),
    ],
    "press": [
        lambda c, s: (f"{_cap(c.V.where)} có {s('total')} {c.V.units}; tất cả đều vừa nhận “bảng điểm” cải cách "
                      f"hành chính năm {c.Y}."),
        lambda c, s: (f"{s('total')} {c.V.cn} lên bảng xếp hạng cải cách hành chính {c.Y}\nKết quả vừa được "
                      f"{_org(c)} công bố chiều qua."),
        lambda c, s: (f"Bao nhiêu {c.V.cn} được chấm điểm cải cách hành chính năm nay? Câu trả lời: {s('total')}, "
                      f"đủ mặt {c.V.coll_s}{_tail(c)}."),
        lambda c, s: (f"Không {c.V.cn} nào vắng mặt: danh sách năm {c.Y} có đủ {s('total')} {c.V.units}."),
        lambda c, s: (f"Trả lời phóng viên, {_office(c)} cho biết năm nay {s('total')} {c.V.units} được đánh giá."),
        lambda c, s: f"Đợt công bố lần này trải rộng trên {s('total')} {c.V.units}{_tail(c)}.",
        lambda c, s: (f"Từ {s('total')} bộ hồ sơ tự chấm điểm gửi về, {_org(c)} đã thẩm định và công bố {_idx(c)} "
                      f"năm {c.Y}."),
        lambda c, s: (f"{_idx(c)} {c.Y} gọi tên đủ {s('total', 'z')} {c.V.cn}, từ vị trí đầu bảng tới cuối bảng."),
        lambda c, s: (f"Tại hội nghị công bố, {s('total')} {c.V.units} lần lượt được xướng tên cùng điểm số của "
                      f"mình."),
        lambda c, s: (f"Năm {c.Y}, {_org(c)} “chấm” cải cách hành chính cho {s('total')} {c.V.units}; dưới đây là "
                      f"những con số đáng chú ý."),
        lambda c, s: (f"Có mặt trong bảng xếp hạng năm {c.Y} là {s('total', 'v')} {c.V.units}{_tail(c)}."),
        lambda c, s: (f"Cuộc “sát hạch” cải cách hành chính năm {c.Y} có {s('total')} {c.V.cn} tham gia, không "
                      f"{c.V.one} nào được miễn."),
    ],
}

# ---------------------------------------------------------------- average with the previous year


def _av_o7(c, s):
    if _up(s, "delta"):
        return (f"Giá trị trung bình năm {c.Y} không những không giảm mà còn tăng {s('delta', 'u')}, từ "
                f"{s('prev', 'u')} lên {s('avg', 'u')}.")
    return (f"Giá trị trung bình năm {c.Y} không giữ được mức của năm trước mà giảm {s('delta', 'u')}, từ "
            f"{s('prev', 'u')} xuống {s('avg', 'u')}.")


def _av_o11(c, s):
    if _up(s, "delta"):
        return (f"Nếu như năm {c.Y1}, giá trị trung bình Chỉ số CCHC chỉ dừng ở {s('prev', 'u')} thì đến năm "
                f"{c.Y} đã đạt {s('avg', 'u')}, tăng {s('delta')}{c.dp}.")
    return (f"Nếu như năm {c.Y1}, giá trị trung bình Chỉ số CCHC đạt tới {s('prev', 'u')} thì đến năm {c.Y} chỉ "
            f"còn {s('avg', 'u')}, giảm {s('delta')}{c.dp}.")


def _av_p7(c, s):
    if _up(s, "delta"):
        return (f"Không chỉ giữ được mà còn vượt mức {s('prev', 'u')} của năm {c.Y1}, bình quân năm nay đạt "
                f"{s('avg', 'u')}, cao hơn {s('delta')}{c.dp}.")
    return (f"Không giữ được mức {s('prev', 'u')} của năm {c.Y1}, bình quân năm nay chỉ đạt {s('avg', 'u')}, "
            f"thấp hơn {s('delta')}{c.dp}.")


AVERAGE = {
    "official": [
        lambda c, s: (f"Bình quân chung Chỉ số CCHC năm {c.Y}: {s('avg', 'u')}. So với bình quân năm {c.Y1} "
                      f"({s('prev', 'u')}), mức {_ud(s, 'delta')} là {s('delta')}{c.dp}."),
        lambda c, s: (f"{s('avg', 'u')} là giá trị trung bình Chỉ số CCHC của {c.V.coll} năm {c.Y}; con số "
                      f"tương ứng của năm {c.Y1} là {s('prev', 'u')}, nghĩa là {_ud(s, 'delta')} "
                      f"{s('delta', 'u')}."),
        lambda c, s: (f"Về mức điểm, giá trị trung bình năm {c.Y} đạt {s('avg', 'u')}. Về xu hướng, giá trị này "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} {s('delta')}{c.dp} so với năm {c.Y1}, khi giá trị trung "
                      f"bình đạt {s('prev', 'u')}."),
        lambda c, s: (f"Giá trị trung bình – được tính bằng tổng Chỉ số CCHC của các {c.V.cn} chia cho số "
                      f"{c.V.cn} – năm {c.Y} đạt {s('avg', 'u')}; năm {c.Y1} là {s('prev', 'u')}; "
                      f"{_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Điểm bình quân năm {c.Y} ở mức {s('avg', 'up')}, năm {c.Y1} ở mức {s('prev', 'up')}, tức "
                      f"{_ud(s, 'delta')} {s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"Giá trị trung bình: năm {c.Y1} – {s('prev', 'u')}; năm {c.Y} – {s('avg', 'u')}; biến động: "
                      f"{s('delta', '+')}{c.dp}."),
        _av_o7,
        lambda c, s: (f"Tính chung {c.V.coll}, mức bình quân Chỉ số CCHC năm {c.Y1} là {s('prev', 'u')}; năm "
                      f"{c.Y}, mức này {s.t('delta', 'được nâng lên', 'bị kéo xuống')} {s('avg', 'u')}, "
                      f"{_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Trên thang điểm 100, điểm trung bình của {c.V.coll} năm {c.Y} là {s('avg')}, năm {c.Y1} "
                      f"là {s('prev')}; {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Kết quả bình quân năm {c.Y} đạt {s('avg', 'u')} (năm {c.Y1}: {s('prev', 'u')}); mức chênh "
                      f"lệch giữa các năm là {s('delta')}{c.dp} theo chiều {_ud(s, 'delta')}."),
        _av_o11,
        lambda c, s: (f"{s.t('delta', 'Đáng ghi nhận', 'Đáng lưu ý')}, giá trị trung bình Chỉ số CCHC năm {c.Y} "
                      f"của {c.V.coll} là {s('avg', 'u')} – {s.t('delta', 'cao hơn', 'thấp hơn')} giá trị tương "
                      f"ứng của năm {c.Y1} ({s('prev', 'u')}) là {s('delta')}{c.dp}."),
    ],
    "press": [
        lambda c, s: (f"Bình quân {s('avg', 'u')}: {_ud(s, 'delta')} {s('delta')}{c.dp}\nNăm {c.Y1}, mức bình "
                      f"quân của {c.V.coll_s} là {s('prev', 'u')}."),
        lambda c, s: (f"Mức bình quân năm nay đứng ở {s('avg', 'u')}. Năm ngoái, con số ấy là {s('prev', 'u')}. "
                      f"Chênh lệch: {s('delta')}{c.dp}, theo chiều {_ud(s, 'delta')}."),
        lambda c, s: (f"Mặt bằng chung năm nay ra sao? Bình quân {c.V.coll_s} đạt {s('avg', 'u')}, "
                      f"{s.t('delta', 'cao hơn', 'thấp hơn')} {s('delta')}{c.dp} so với mức {s('prev', 'u')} của "
                      f"năm {c.Y1}."),
        lambda c, s: (f"Bình quân năm nay là {s('avg', 'u')}, {_ud(s, 'delta')} "
                      f"{'chỉ' if _small(s, 'delta') else 'tới'} {s('delta')}{c.dp} so với {s('prev', 'u')} năm "
                      f"{c.Y1}."),
        lambda c, s: (f"“Điểm bình quân năm nay là {s('avg', 'u')}, năm trước là {s('prev', 'u')}; như vậy "
                      f"{_ud(s, 'delta')} {s('delta')}{c.dp}”, {_office(c)} nói."),
        lambda c, s: (f"{_idx(c)} {c.Y} bình quân: {s('avg', 'up')} (năm {c.Y1}: {s('prev', 'up')}, "
                      f"{s('delta', '+p')}{c.dp})."),
        _av_p7,
        lambda c, s: (f"Điểm bình quân qua các năm:\n– Năm {c.Y1}: {s('prev', 'u')}\n– Năm {c.Y}: {s('avg', 'u')}\n"
                      f"– Mức {_ud(s, 'delta')}: {s('delta')}{c.dp}"),
        lambda c, s: (f"So với con số {s('prev', 'u')} năm ngoái, mặt bằng chung "
                      f"{s.t('delta', 'được kéo lên', 'bị kéo xuống')} {s('avg', 'u')}, tương đương "
                      f"{s('delta')}{c.dp}."),
        lambda c, s: (f"Tính chung {c.V.where}, điểm bình quân năm {c.Y} là {s('avg', 'u')}, năm {c.Y1} là "
                      f"{s('prev', 'u')} – {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Tính bình quân, mỗi {c.V.one} đạt {s('avg', 'u')} trong năm {c.Y}, {_ud(s, 'delta')} "
                      f"{s('delta')}{c.dp} so với năm {c.Y1}, khi con số này là {s('prev', 'u')}."),
        lambda c, s: (f"Điểm trung bình {s('avg', 'u')} năm nay, đặt bên cạnh {s('prev', 'u')} của năm {c.Y1}, cho "
                      f"thấy mặt bằng chung {s.t('delta', 'đã đi lên', 'đã đi xuống')} {s('delta')}{c.dp}."),
    ],
}

# ---------------------------------------------------------------- a unit's change, values in other sentences


def _de_o6(c, s):
    if _up(s, "delta"):
        return (f"Không dừng ở mức {s('prev', 'u')} của năm {c.Y1}, {s.U.name} đã vươn lên {s('cur', 'u')} trong "
                f"năm {c.Y}, tức tăng {s('delta')}{c.dp}.")
    return (f"Không duy trì được mức {s('prev', 'u')} của năm {c.Y1}, {s.U.name} giảm {s('delta')}{c.dp}, còn "
            f"{s('cur', 'u')} trong năm {c.Y}.")


def _de_p6(c, s):
    if _up(s, "delta"):
        return (f"Từ {s('prev', 'u')} lên {s('cur', 'u')}: {s.U.name} cải thiện {s('delta')}{c.dp} so với năm "
                f"{c.Y1}.")
    return f"Từ {s('prev', 'u')} xuống {s('cur', 'u')}: {s.U.name} mất {s('delta')}{c.dp} so với năm {c.Y1}."


DELTA = {
    "official": [
        lambda c, s: (f"Đối với {s.U.name}: Chỉ số CCHC năm {c.Y} đạt {s('cur', 'u')}, {_ud(s, 'delta')} "
                      f"{s('delta')}{c.dp} so với năm {c.Y1} ({s('prev', 'u')})."),
        lambda c, s: (f"{s('cur', 'u')} là kết quả của {s.U.name} năm {c.Y}; năm {c.Y1}, {c.V.this} đạt "
                      f"{s('prev', 'u')}; mức {_ud(s, 'delta')} tương ứng là {s('delta')}{c.dp}."),
        lambda c, s: (f"Qua thẩm định, {s.U.name} đạt {s('cur', 'u')} (năm {c.Y1}: {s('prev', 'u')}); như vậy, "
                      f"kết quả {s.t('delta', 'được cải thiện', 'bị sụt giảm')} {s('delta')}{c.dp}."),
        lambda c, s: (f"{s.U.name}, {c.V.one} có kết quả năm {c.Y1} là {s('prev', 'u')}, năm {c.Y} đạt "
                      f"{s('cur', 'u')}, {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Trường hợp {s.U.name}: năm {c.Y1} đạt {s('prev', 'u')}, năm {c.Y} đạt {s('cur', 'u')}; "
                      f"chênh lệch {s('delta')}{c.dp} theo chiều {_ud(s, 'delta')}."),
        _de_o6,
        lambda c, s: (f"{s.U.name} – năm {c.Y}: {s('cur', 'up')}; năm {c.Y1}: {s('prev', 'up')}; "
                      f"{_ud(s, 'delta')} {s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"Về biến động điểm số, {s.U.name} {_ud(s, 'delta')} {s('delta')}{c.dp}, đạt "
                      f"{s('cur', 'u')} so với {s('prev', 'u')} của năm {c.Y1}."),
        lambda c, s: (f"{s.U.name} đạt {s('cur', 'u')} trong năm {c.Y}, {_ud(s, 'delta')} {s('delta')}{c.dp}.",
                      f"Kết quả năm {c.Y1} của {s.U.name} là {s('prev', 'u')}."),
        lambda c, s: (f"So với năm {c.Y1}, Chỉ số CCHC của {s.U.name} "
                      f"{s.t('delta', 'có sự cải thiện', 'có sự sụt giảm')} (từ {s('prev', 'u')} năm {c.Y1} đến "
                      f"{s('cur', 'u')} năm {c.Y}), mức {_ud(s, 'delta')} là {s('delta')}{c.dp}."),
        lambda c, s: (f"Xét theo mức {_ud(s, 'delta')} điểm, {s.U.name} ghi nhận {s('delta')}{c.dp}; điểm năm "
                      f"{c.Y} là {s('cur', 'u')}, năm {c.Y1} là {s('prev', 'u')}."),
        lambda c, s: (f"Năm {c.Y}, {s.U.name} đạt {s('cur', 'u')}. Con số này {s.t('delta', 'cao hơn', 'thấp hơn')} "
                      f"{s('delta')}{c.dp} so với năm {c.Y1}, khi {c.V.this} đạt {s('prev', 'u')}."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name}: {s('delta', '+')}{c.dp}\nNăm nay {c.V.this} đạt {s('cur', 'u')}, năm {c.Y1} "
                      f"là {s('prev', 'u')}."),
        lambda c, s: (f"{s('cur', 'u')} là điểm của {s.U.name} năm nay; năm ngoái {c.V.this} có {s('prev', 'u')}, "
                      f"tức {_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"{s.U.name} năm nay thế nào? {s.t('delta', 'Tăng', 'Giảm')} {s('delta')}{c.dp}: từ "
                      f"{s('prev', 'u')} {_lx(s, 'delta')} {s('cur', 'u')}."),
        lambda c, s: (f"{s.U.name} {s.t('delta', 'ghi điểm', 'hụt hơi')} với {s('cur', 'u')}, {_ud(s, 'delta')} "
                      f"{s('delta')}{c.dp} so với {s('prev', 'u')} của năm trước."),
        lambda c, s: (f"“Điểm của chúng tôi năm nay là {s('cur', 'u')}, {_ud(s, 'delta')} {s('delta')}{c.dp} so "
                      f"với {s('prev', 'u')} năm ngoái”, {_leaders(s.U)} chia sẻ."),
        _de_p6,
        lambda c, s: (f"Với {s.U.name}, năm {c.Y} là năm {s.t('delta', 'khởi sắc', 'chững lại')}: {s('cur', 'u')}, "
                      f"{_ud(s, 'delta')} {s('delta')}{c.dp} (năm {c.Y1}: {s('prev', 'u')})."),
        lambda c, s: (f"{s.U.name} đạt {s('cur', 'up')} (năm ngoái {s('prev', 'up')}), {_ud(s, 'delta')} "
                      f"{s('delta', 'p')}{c.dp}."),
        lambda c, s: (f"Điểm số của {s.U.name} {_ud(s, 'delta')} {s('delta')}{c.dp}, {_lx(s, 'delta')} "
                      f"{s('cur', 'u')}.", f"Năm {c.Y1}, {s.U.name} có {s('prev', 'u')}."),
        lambda c, s: (f"Nhìn vào bảng điểm, {s.U.name} {s.t('delta', 'nhích lên', 'lùi lại')} {s('delta')}{c.dp}; "
                      f"năm nay {s('cur', 'u')}, năm ngoái {s('prev', 'u')}."),
        lambda c, s: (f"Năm ngoái {s.U.name} dừng ở {s('prev', 'u')}. Năm nay, con số đó đã thành {s('cur', 'u')} – "
                      f"{_ud(s, 'delta')} {s('delta')}{c.dp}."),
        lambda c, s: (f"Điểm của {s.U.name} đi từ {s('prev', 'u')} ({c.Y1}) đến {s('cur', 'u')} ({c.Y}), "
                      f"{_ud(s, 'delta')} đúng {s('delta')}{c.dp}."),
    ],
}

# ---------------------------------------------------------------- highest / lowest


HIGHEST = {
    "official": [
        lambda c, s: f"{s('top', 'u')} là mức Chỉ số CCHC cao nhất năm {c.Y}, thuộc về {s.T.name}.",
        lambda c, s: (f"{'Tiếp tục giữ vị trí dẫn đầu' if _top_kept(c) else 'Vươn lên vị trí dẫn đầu'} là "
                      f"{s.T.name}, với Chỉ số CCHC đạt {s('top', 'u')}."),
        lambda c, s: (f"Đứng ở vị trí thứ nhất trong bảng xếp hạng Chỉ số CCHC năm {c.Y} của {c.V.coll} là "
                      f"{s.T.name} – {c.V.one} đạt {s('top', 'u')}."),
        lambda c, s: (f"{s.T.name}, {c.V.one} mà năm {c.Y1} "
                      f"{'cũng đã xếp đầu' if _top_kept(c) else 'chưa giữ vị trí đầu bảng'}, năm {c.Y} đạt "
                      f"{s('top', 'u')}, cao nhất {c.V.where}."),
        lambda c, s: f"Kết quả cao nhất: {s.T.name} ({s('top', 'u')}).",
        lambda c, s: f"{_cap(c.V.one)} xếp hạng nhất: {s.T.name}, Chỉ số CCHC {s('top', 'up')}.",
        lambda c, s: f"Trong {c.V.coll}, {s.T.name} có Chỉ số CCHC cao nhất ({s('top', 'u')}).",
        lambda c, s: f"Không có {c.V.one} nào đạt Chỉ số CCHC cao hơn {s.T.name} ({s('top', 'u')}).",
        lambda c, s: (f"Vị trí cao nhất bảng xếp hạng năm {c.Y} do {s.T.name} nắm giữ, với {s('top', 'u')}."),
        lambda c, s: (f"Vị trí đầu bảng năm {c.Y} {'không thay đổi' if _top_kept(c) else 'có sự thay đổi'}: "
                      f"{s.T.name} đứng đầu với {s('top', 'u')}."),
        lambda c, s: (f"Kết quả Chỉ số CCHC năm {c.Y} của {s.T.name} đạt {s('top', 'u')}, cao nhất trong "
                      f"{c.V.coll_s}."),
        lambda c, s: (f"Với {s('top')} trên thang điểm 100, {s.T.name} xếp đầu bảng xếp hạng Chỉ số CCHC năm "
                      f"{c.Y}."),
    ],
    "press": [
        lambda c, s: f"{s('top', 'u')}: mức điểm cao nhất năm nay, do {s.T.name} giành được.",
        lambda c, s: f"Ai đứng đầu? Câu trả lời là {s.T.name}, với {s('top', 'u')}.",
        lambda c, s: (f"{s.T.name} {'giữ vững' if _top_kept(c) else 'giành'} ngôi đầu {_idx(c)} {c.Y}\nVới "
                      f"{s('top', 'u')}, {c.V.this} xếp trên tất cả {c.V.coll_s} còn lại."),
        lambda c, s: f"Hạng nhất: {s.T.name} ({s('top', 'u')}).",
        lambda c, s: (f"Không {c.V.cn} nào vượt qua được {s.T.name}: {s('top', 'u')} là điểm số cao nhất năm "
                      f"nay."),
        lambda c, s: (f"{s.T.name} đứng ở ngôi cao nhất với {s('top', 'u')}, bỏ lại phía sau tất cả các {c.V.cn} "
                      f"còn lại."),
        lambda c, s: f"Điểm cao nhất năm nay: {s('top', 'up')} ({s.T.name}).",
        lambda c, s: (f"“{s.T.name} đã làm rất tốt, đạt {s('top', 'u')}, cao nhất {c.V.where}”, {_office(c)} "
                      f"nhận xét."),
        lambda c, s: (f"{'Lại là' if _top_kept(c) else 'Lần này là'} {s.T.name} dẫn đầu, với {s('top', 'u')}."),
        lambda c, s: f"Nếu cần tìm {c.V.one} nổi bật nhất năm {c.Y}, đó là {s.T.name}, với {s('top', 'u')}.",
        lambda c, s: f"Điểm cao nhất bảng thuộc về {s.T.name}: {s('top', 'u')}.",
        lambda c, s: f"Tốp đầu năm nay được dẫn dắt bởi {s.T.name} ({s('top', 'u')}).",
    ],
}

LOWEST = {
    "official": [
        lambda c, s: f"{s('bot', 'u')} là Chỉ số CCHC thấp nhất năm {c.Y}, thuộc về {s.B.name}.",
        lambda c, s: (f"{s.B.name} {'tiếp tục xếp cuối' if _last_kept(c) else 'xếp cuối'} bảng xếp hạng với "
                      f"{s('bot', 'u')}."),
        lambda c, s: f"Không có {c.V.one} nào có Chỉ số CCHC thấp hơn {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: (f"Thấp nhất trong {c.V.coll} là {s.B.name}, đạt {s('bot', 'u')}, cần tập trung khắc phục "
                      f"hạn chế trong thời gian tới."),
        lambda c, s: f"Kết quả thấp nhất: {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: f"Xếp hạng cuối cùng: {s.B.name}, Chỉ số CCHC {s('bot', 'up')}.",
        lambda c, s: (f"{s.B.name}, {c.V.one} có Chỉ số CCHC năm {c.Y} đạt {s('bot', 'u')}, xếp vị trí cuối "
                      f"cùng."),
        lambda c, s: (f"Đề nghị {s.B.name} – {c.V.one} có Chỉ số CCHC thấp nhất ({s('bot', 'u')}) – khẩn trương "
                      f"xây dựng kế hoạch khắc phục."),
        lambda c, s: f"Kết quả {s('bot', 'u')} đặt {s.B.name} vào vị trí cuối bảng xếp hạng năm {c.Y}.",
        lambda c, s: f"{s.B.name} có Chỉ số CCHC thấp nhất {c.V.where}: {s('bot', 'u')}.",
        lambda c, s: (f"Trong số {c.V.coll_s} được đánh giá, {s.B.name} có kết quả thấp nhất, chỉ đạt "
                      f"{s('bot', 'u')}."),
        lambda c, s: f"Thấp hơn tất cả các {c.V.cn} còn lại là {s.B.name} với {s('bot', 'u')}.",
    ],
    "press": [
        lambda c, s: (f"{s.B.name} xếp chót\nVới {s('bot', 'u')}, {c.V.this} đứng ở vị trí cuối bảng {_idx(c)} "
                      f"{c.Y}."),
        lambda c, s: f"Ai xếp cuối? {s.B.name}, với vỏn vẹn {s('bot', 'u')}.",
        lambda c, s: f"{s('bot', 'u')} là tất cả những gì {s.B.name} đạt được năm nay, thấp nhất bảng.",
        lambda c, s: f"Không {c.V.cn} nào có điểm thấp hơn {s.B.name} ({s('bot', 'u')}).",
        lambda c, s: (f"{s.B.name} {'tiếp tục' if _last_kept(c) else 'năm nay'} đứng cuối với {s('bot', 'u')}."),
        lambda c, s: f"Cuối bảng: {s.B.name} – {s('bot', 'up')}.",
        lambda c, s: (f"“Chúng tôi nhìn nhận nghiêm túc kết quả {s('bot', 'u')}, thấp nhất {c.V.where}”, "
                      f"{_leaders(s.B)} cho biết."),
        lambda c, s: (f"Trái ngược với ngôi đầu của {c.world.units[0].name}, {s.B.name} xếp cuối bảng với "
                      f"{s('bot', 'u')}."),
        lambda c, s: f"Kém nhất năm nay là {s.B.name}, đạt {s('bot', 'u')}.",
        lambda c, s: (f"Ở nửa dưới bảng xếp hạng, {s.B.name} là {c.V.one} có điểm thấp nhất: {s('bot', 'u')}."),
        lambda c, s: f"Hạng chót thuộc về {s.B.name}, {s('bot', 'u')}.",
        lambda c, s: f"{s.B.name} ngậm ngùi đứng cuối khi chỉ đạt {s('bot', 'u')}.",
    ],
}

# ---------------------------------------------------------------- gap between the first and the last


def _wider(c, s) -> str:
    return _than(s.big("gap") * 100, _prev_gap(c), "rộng hơn", "hẹp hơn", "tương đương")


def _ga_o9(c, s):
    if s.big("gap") * 100 < _prev_gap(c):
        return (f"Khoảng cách giữa {c.V.one} cao nhất và {c.V.one} thấp nhất đã được thu hẹp so với năm {c.Y1}, "
                f"còn {s('gap', 'u')}.")
    return (f"Khoảng cách giữa {c.V.one} cao nhất và {c.V.one} thấp nhất chưa được thu hẹp so với năm {c.Y1}, ở "
            f"mức {s('gap', 'u')}.")


GAP = {
    "official": [
        lambda c, s: (f"Khoảng cách điểm số giữa {s.T.name} (cao nhất) và {s.B.name} (thấp nhất) là "
                      f"{s('gap', 'u')}."),
        lambda c, s: (f"{s('gap')}{c.dp} là mức chênh lệch giữa {c.V.one} đứng đầu và {c.V.one} đứng cuối bảng "
                      f"xếp hạng năm {c.Y}."),
        lambda c, s: (f"Chênh lệch giữa đầu bảng và cuối bảng xếp hạng năm {c.Y} là {s('gap', 'u')}, "
                      f"{_wider(c, s)} so với năm {c.Y1}."),
        lambda c, s: f"Mức điểm của {c.V.one} thấp nhất kém {c.V.one} cao nhất {s('gap', 'u')}.",
        lambda c, s: (f"Khoảng cách giữa kết quả cao nhất và thấp nhất – phản ánh mức độ đồng đều giữa "
                      f"{c.V.coll_s} – là {s('gap', 'u')}."),
        lambda c, s: (f"Biên độ điểm số (hiệu số giữa điểm cao nhất và điểm thấp nhất): {s('gap', 'p')}{c.dp}."),
        lambda c, s: f"{s.B.name} thấp hơn {s.T.name} là {s('gap', 'u')}.",
        lambda c, s: (f"Như vậy, từ vị trí thứ nhất đến vị trí cuối cùng, Chỉ số CCHC chênh lệch nhau "
                      f"{s('gap', 'u')}."),
        _ga_o9,
        lambda c, s: f"Điểm của {s.T.name} cao hơn điểm của {s.B.name} {s('gap')}{c.dp}.",
        lambda c, s: (f"Sự chênh lệch giữa {c.V.coll_s} thể hiện qua khoảng cách {s('gap', 'u')} giữa vị trí đầu "
                      f"và vị trí cuối."),
        lambda c, s: (f"Tính từ {c.V.one} đứng đầu đến {c.V.one} đứng cuối, độ vênh về Chỉ số CCHC là "
                      f"{s('gap', 'u')}."),
    ],
    "press": [
        lambda c, s: (f"Đầu và cuối bảng cách nhau {s('gap', 'u')}\nKhoảng cách này {_wider(c, s)} năm ngoái."),
        lambda c, s: (f"Khoảng cách giữa {c.V.one} đứng đầu và {c.V.one} đứng cuối là bao nhiêu? "
                      f"{s('gap')}{c.dp}."),
        lambda c, s: f"{s.B.name} kém {s.T.name} tới {s('gap', 'u')}.",
        lambda c, s: (f"Chênh lệch {s('gap', 'u')} giữa hai đầu bảng cho thấy mức độ cải cách giữa {c.V.coll_s} vẫn "
                      f"chưa đồng đều."),
        lambda c, s: (f"Khoảng cách giữa ngôi đầu và ngôi cuối năm nay "
                      f"{'thu hẹp' if s.big('gap') * 100 < _prev_gap(c) else 'nới rộng'}, ở mức {s('gap', 'u')}."),
        lambda c, s: f"Cách biệt đầu – cuối bảng: {s('gap', 'p')}{c.dp}.",
        lambda c, s: (f"“Khoảng cách {s('gap', 'u')} giữa {c.V.one} cao nhất và thấp nhất là điều cần suy nghĩ”, "
                      f"{_office(c)} nói."),
        lambda c, s: (f"Điểm số trải từ {s.T.name} ở đỉnh tới {s.B.name} ở đáy, chênh nhau {s('gap', 'u')}."),
        lambda c, s: f"Nếu đặt {s.T.name} và {s.B.name} cạnh nhau, sự chênh lệch là {s('gap', 'u')}.",
        lambda c, s: (f"Chỉ số của {c.V.one} cuối bảng thấp hơn {c.V.one} dẫn đầu đúng {s('gap')}{c.dp}."),
        lambda c, s: (f"Hai thái cực của bảng xếp hạng – {s.T.name} và {s.B.name} – cách nhau {s('gap', 'u')}."),
        lambda c, s: f"Độ vênh giữa đầu bảng và cuối bảng năm {c.Y}: {s('gap', 'u')}.",
    ],
}

# ---------------------------------------------------------------- two named units compared (A is the higher)


def _cm_o12(c, s):
    a, b = s.A, s.B
    if a.cat == b.cat:
        return (f"Cùng trong {_BLOCK[a.cat]}, {a.name} đạt {s('a', 'u')} còn {b.name} đạt {s('b', 'u')}, cách "
                f"nhau {s('diff')}{c.dp}.")
    return (f"{a.name} thuộc {_BLOCK[a.cat]}, đạt {s('a', 'u')}; {b.name} thuộc {_BLOCK[b.cat]}, đạt "
            f"{s('b', 'u')}; chênh lệch {s('diff')}{c.dp}.")


def _cm_p12(c, s):
    if s.extremes:
        return (f"Ngôi đầu {s.A.name} ({s('a', 'u')}) và vị trí cuối {s.B.name} ({s('b', 'u')}) cách biệt "
                f"{s('diff', 'u')}.")
    return (f"{s.A.name} ({s('a', 'u')}) đứng trên {s.B.name} ({s('b', 'u')}) trong bảng xếp hạng, cách biệt "
            f"{s('diff', 'u')}.")


def _cm_o9(c, s):
    if s.extremes:
        return (f"{s.A.name} ({s('a', 'u')}, cao nhất) và {s.B.name} ({s('b', 'u')}, thấp nhất) chênh lệch nhau "
                f"{s('diff')}{c.dp}.")
    return (f"Giữa {s.A.name} ({s('a', 'u')}) và {s.B.name} ({s('b', 'u')}), mức chênh lệch về Chỉ số CCHC là "
            f"{s('diff')}{c.dp}.")


COMPARISON = {
    "official": [
        lambda c, s: f"{s('a', 'u')} của {s.A.name} cao hơn {s('b', 'u')} của {s.B.name} là {s('diff', 'u')}.",
        lambda c, s: (f"Giữa {s.A.name} và {s.B.name}, chênh lệch về Chỉ số CCHC là {s('diff', 'u')} ({s.A.name}: "
                      f"{s('a', 'u')}; {s.B.name}: {s('b', 'u')})."),
        lambda c, s: (f"{s.B.name}, {c.V.one} đạt {s('b', 'u')}, có Chỉ số CCHC thấp hơn {s('diff')}{c.dp} so với "
                      f"{s.A.name}, {c.V.one} đạt {s('a', 'u')}."),
        lambda c, s: (f"So sánh giữa {s.A.name} ({s('a', 'u')}) và {s.B.name} ({s('b', 'u')}) cho thấy mức chênh "
                      f"lệch {s('diff', 'u')}."),
        lambda c, s: (f"{s.B.name} đạt {s('b', 'u')}, {'chỉ kém' if _small(s, 'diff') else 'kém'} {s.A.name} "
                      f"({s('a', 'u')}) {s('diff')}{c.dp}."),
        lambda c, s: (f"{s.A.name}: {s('a', 'up')}; {s.B.name}: {s('b', 'up')}; chênh lệch: {s('diff', 'p')}"
                      f"{c.dp}."),
        lambda c, s: (f"Kết quả của {s.A.name} và {s.B.name} lần lượt là {s('a', 'u')} và {s('b', 'u')}, chênh "
                      f"nhau {s('diff', 'u')}."),
        lambda c, s: (f"Chỉ số CCHC của {s.A.name} là {s('a', 'u')}; của {s.B.name} là {s('b', 'u')}. Hiệu số giữa "
                      f"các kết quả này là {s('diff')}{c.dp}."),
        _cm_o9,
        lambda c, s: (f"Với {s('a', 'u')}, {s.A.name} xếp trên {s.B.name} ({s('b', 'u')}), chênh lệch "
                      f"{s('diff', 'u')}."),
        lambda c, s: (f"{s.B.name} cần thêm {s('diff')}{c.dp} để bằng {s.A.name} ({s('a', 'u')}); hiện "
                      f"{s.B.name} đạt {s('b', 'u')}."),
        _cm_o12,
    ],
    "press": [
        lambda c, s: (f"Điểm của {s.A.name} và {s.B.name} lần lượt là {s('a', 'u')} và {s('b', 'u')}; {s.A.name} "
                      f"{'nhỉnh hơn' if _small(s, 'diff') else 'cao hơn hẳn'} {s('diff')}{c.dp}."),
        lambda c, s: (f"{s.A.name} hay {s.B.name} cao điểm hơn? {s.A.name}, với {s('a', 'u')}, so với "
                      f"{s('b', 'u')} của {s.B.name} – hơn {s('diff', 'u')}."),
        lambda c, s: (f"{'Chỉ kém' if _small(s, 'diff') else 'Kém'} {s.A.name} ({s('a', 'u')}) {s('diff')}{c.dp}, "
                      f"{s.B.name} đạt {s('b', 'u')}."),
        lambda c, s: (f"“Chúng tôi đạt {s('b', 'u')}, còn kém {s.A.name} {s('diff')}{c.dp}”, {_leaders(s.B)} "
                      f"thừa nhận. Điểm của {s.A.name} là {s('a', 'u')}."),
        lambda c, s: (f"{s.A.name} {s('a', 'up')}, {s.B.name} {s('b', 'up')}: chênh {s('diff', 'p')}{c.dp}."),
        lambda c, s: (f"Cuộc đua giữa {s.A.name} và {s.B.name} nghiêng về {s.A.name}: {s('a', 'u')} so với "
                      f"{s('b', 'u')}, hơn {s('diff', 'u')}."),
        lambda c, s: (f"{s.A.name} vượt {s.B.name} {s('diff', 'u')}\n{s.A.name} đạt {s('a', 'u')}, {s.B.name} đạt "
                      f"{s('b', 'u')}."),
        lambda c, s: (f"Khoảng cách {s('diff', 'u')} chia tách {s.B.name} ({s('b', 'u')}) và {s.A.name} "
                      f"({s('a', 'u')})."),
        lambda c, s: (f"Đặt cạnh nhau, {s.A.name} ({s('a', 'u')}) và {s.B.name} ({s('b', 'u')}) cho thấy khoảng "
                      f"cách {s('diff')}{c.dp}."),
        lambda c, s: f"{s.B.name} đạt {s('b', 'u')} – thấp hơn {s('diff', 'u')} so với {s('a', 'u')} của {s.A.name}.",
        lambda c, s: (f"Trong cặp so sánh {s.A.name} – {s.B.name}, phần hơn thuộc về {s.A.name}: {s('a', 'u')}, "
                      f"trong khi {s.B.name} có {s('b', 'u')}; cách nhau {s('diff')}{c.dp}."),
        _cm_p12,
    ],
}

# ---------------------------------------------------------------- band counts (sum to the total)


def _floor(c, s) -> str:
    """"; không có … nào đạt dưới 70%" when the lowest band that has units has a bound (an empty band below it)."""
    low = s.bands[-1][0].low
    if low <= 0:
        return ""
    return f"; không có {c.V.cn} nào đạt dưới {low // 100}{_unit_word(c)}"


def _bc_o1(c, s):
    names = _enum([b.grp for b, _ in s.bands])
    return (f"Trong tổng số {s('total')} {c.V.cn}, số {c.V.cn} thuộc {names} lần lượt là "
            + _enum([s(r) for _, r in s.bands]) + ".")


def _bc_o2(c, s):
    text = " ".join(f"{b.Grp} có {s(r)} {c.V.cn}." for b, r in s.bands)
    for b in s.zero:
        word = "không còn" if c.world.prev_counts[b.key] else "không có"
        text += f" {_cap(word)} {c.V.cn} nào {b.inb}."
    return text


def _bc_o3(c, s):
    return (f"Năm {c.Y}, " + "; ".join(f"{b.grp} có {s(r)} {c.V.cn}" for b, r in s.bands) + _floor(c, s) + ".")


def _bc_o4(c, s):
    return (f"Phân bố theo {c.V.grouping}: "
            + "; ".join(f"{b.grp} ({b.span}) – {s(r, 'z')} {c.V.cn}" for b, r in s.bands) + ".")


def _bc_o5(c, s):
    return "; ".join(f"{s(r)} là số {c.V.cn} {b.inb}" for b, r in s.bands) + "."


def _bc_o6(c, s):
    return ("Hội đồng thẩm định thống nhất xếp loại: "
            + "; ".join(f"{s(r, 'v')} {c.V.cn} {b.inb}" for b, r in s.bands) + ".")


def _bc_o7(c, s):
    big_b, big_r = max(s.bands, key=lambda br: s.big(br[1]))
    rest = [(b, r) for b, r in s.bands if r != big_r]
    lead = (f"Phần lớn {c.V.cn} ({s(big_r)}) {big_b.inb}" if 2 * s.big(big_r) > c.world.total
            else f"Đông nhất là số {c.V.cn} {big_b.inb} ({s(big_r)})")
    return (f"{lead}; số còn lại gồm "
            + _enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in rest]) + ".")


def _bc_o8(c, s):
    return (f"Số lượng {c.V.cn} theo từng mức: "
            + ", ".join(f"{b.grp} {s(r, 'z')}" for b, r in s.bands) + f"; tổng cộng {s('total')} {c.V.cn}.")


def _bc_o9(c, s):
    return (f"{s('total')} {c.V.cn} được xếp vào {c.V.grouping}, trong đó "
            + ", ".join(f"{b.grp} chiếm {s(r)}" for b, r in s.bands) + ".")


def _bc_o10(c, s):
    w = c.world
    parts = []
    for b, r in s.bands:
        first = next(u for u in w.units if w.band_of(u.cur) is b)
        parts.append(f"{b.grp} (đứng đầu là {first.name}) có {s(r)} {c.V.cn}")
    return "Kết quả xếp loại: " + "; ".join(parts) + "."


def _bc_o11(c, s):
    names = _enum([b.grp for b, _ in s.bands])
    return (f"Ứng với {names}, số {c.V.cn} đạt được lần lượt là "
            + _enum([s(r, "z") for _, r in s.bands]) + ".")


def _bc_o12(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    text = f"Đạt {b0.grp} có {s(r0)} {c.V.cn}"
    text += "".join(f"; đạt {b.grp} có {s(r)} {c.V.cn}" for b, r in rest)
    return text + "".join(f"; {b.grp} không có {c.V.cn} nào" for b in s.zero) + "."


def _bc_p1(c, s):
    return (f"Xếp loại {c.Y}: " + ", ".join(f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands)
            + f"\n{_org(c)} vừa công bố kết quả xếp loại các {c.V.cn}.")


def _bc_p2(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    text = f"Có bao nhiêu {c.V.cn} {b0.inb}? {s(r0)}."
    return text + "".join(f" Còn {b.grp}? {s(r)}." for b, r in rest)


def _bc_p3(c, s):
    order = sorted(s.bands, key=lambda br: s.big(br[1]))
    (b1, r1), rest = order[0], order[1:]
    return (f"Chỉ {s(r1, 'w')} {c.V.cn} {b1.inb}, trong khi "
            + _enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in rest[::-1]]) + ".")


def _bc_p4(c, s):
    return (f"Theo {_office(c)}, {c.V.grouping} năm nay được phân bổ như sau: "
            + "; ".join(f"{b.grp} – {s(r)} {c.V.cn}" for b, r in s.bands) + ".")


def _bc_p5(c, s):
    low = s.bands[-1][0].low
    head = (f"Năm nay, {c.V.cn} nào cũng đạt từ {low // 100}{_unit_word(c)} trở lên: " if low > 0
            else "Năm nay, ")
    return head + _enum([f"{s(r)} {c.V.cn} {b.inb}" for b, r in s.bands]) + "."


def _bc_p6(c, s):
    return " ".join(f"{s(r, 'W')} {c.V.cn} lọt vào {b.grp}." for b, r in s.bands)


def _bc_p7(c, s):
    (b0, r0), rest = s.bands[0], s.bands[1:]
    text = f"Ở {b0.grp}, có {s(r0)} cái tên."
    return text + "".join(f" Xuống {b.grp}, con số là {s(r)}." for b, r in rest)


def _bc_p8(c, s):
    return (f"Toàn cảnh {s('total')} {c.V.cn}: " + "; ".join(f"{b.grp} {s(r)}" for b, r in s.bands) + ".")


def _bc_p9(c, s):
    return (", ".join(f"{b.Grp if i == 0 else b.grp} ({s(r, 'z')} {c.V.cn})" for i, (b, r) in enumerate(s.bands))
            + ": đó là cơ cấu xếp loại năm nay.")


def _bc_p10(c, s):
    names = _enum([b.Grp if i == 0 else b.grp for i, (b, _) in enumerate(s.bands)])
    return f"{names} lần lượt có " + _enum([s(r) for _, r in s.bands]) + f" {c.V.cn}."


def _bc_p11(c, s):
    big_b, big_r = max(s.bands, key=lambda br: s.big(br[1]))
    lead = "Quá nửa" if 2 * s.big(big_r) > c.world.total else "Đông nhất"
    rest = [(b, r) for b, r in s.bands if r != big_r]
    return (f"{lead}: {s(big_r)} {c.V.cn} {big_b.inb}. Phần còn lại: "
            + ", ".join(f"{b.grp} {s(r)}" for b, r in rest) + ".")


def _bc_p12(c, s):
    text = "Điểm mặt theo mức xếp loại: " + "; ".join(f"{b.grp} gọi tên {s(r)} {c.V.cn}" for b, r in s.bands)
    return text + "".join(f"; {b.grp} bỏ trống" for b in s.zero) + "."


BAND_COUNTS = {
    "official": [_bc_o1, _bc_o2, _bc_o3, _bc_o4, _bc_o5, _bc_o6, _bc_o7, _bc_o8, _bc_o9, _bc_o10, _bc_o11, _bc_o12],
    "press": [_bc_p1, _bc_p2, _bc_p3, _bc_p4, _bc_p5, _bc_p6, _bc_p7, _bc_p8, _bc_p9, _bc_p10, _bc_p11, _bc_p12],
}

# ---------------------------------------------------------------- a band's count with its member list


def _bm_o3(c, s):
    names = _names(c, s)
    lines = [f"– {n};" for n in names[:-1]] + [f"– {names[-1]}."]
    return f"{s.b.Grp} ({s.b.span}), gồm {s('count')} {c.V.cn}:\n" + "\n".join(lines)


def _bm_o6(c, s):
    blocks: dict[str, list[str]] = {}
    for u in c.members_of(s):
        blocks.setdefault(_BLOCK[u.cat], []).append(u.name)
    if len(blocks) == 1:
        return f"{s.b.Grp} có {s('count')} {c.V.cn}, đều thuộc {next(iter(blocks))}: {s.ml()}."
    return (f"{s.b.Grp} có {s('count')} {c.V.cn}; trong đó "
            + "; ".join(f"về phía {block} có {_enum(names)}" for block, names in blocks.items()) + ".")


def _bm_o8(c, s):
    word = "Chỉ có" if s.big("count") <= 3 else "Có"
    return f"{word} {s('count', 'w')} {c.V.cn} {s.b.inb}, đó là: {s.ml()}."


def _bm_p5(c, s):
    word = "vỏn vẹn" if s.big("count") <= 3 else "cả thảy"
    return f"{_cap(s.ml())}: {word} {s('count', 'w')} {c.V.cn} {s.b.inb}."


def _bm_p6(c, s):
    return f"Điểm danh {s.b.grp} ({s('count')} {c.V.cn}): " + "; rồi đến ".join(_names(c, s)) + "."


def _bm_p9(c, s):
    names = _names(c, s)
    if len(names) == 1:
        return f"{s.b.Grp} chỉ có {s('count', 'w')} {c.V.cn}: {names[0]}."
    return (f"Bên cạnh {names[0]}, {s.b.grp} còn có {_enum(names[1:])} – tổng cộng {s('count')} {c.V.cn}.")


BAND_MEMBERS = {
    "official": [
        lambda c, s: f"Danh sách {c.V.cn} {s.b.inb} ({s('count')} {c.V.cn}): {s.ml()}.",
        lambda c, s: f"{s('count', 'z')} {c.V.cn} sau đây {s.b.inb}: {s.ml()}.",
        _bm_o3,
        lambda c, s: (f"Các {c.V.cn} {s.b.inb}, tức là có Chỉ số CCHC {s.b.span}, gồm {s.ml()} (tổng số "
                      f"{s('count')})."),
        lambda c, s: f"Được xếp {s.b.grp}: {s.ml()} – {s('count', 'v')} {c.V.cn}.",
        _bm_o6,
        lambda c, s: f"{_cap(c.V.cn)} {s.b.inb} năm {c.Y} là {s.ml()}; số lượng: {s('count')}.",
        _bm_o8,
        lambda c, s: f"Xếp {s.b.grp} năm {c.Y} ({s('count')} {c.V.cn}) gồm: {s.ml()}.",
        lambda c, s: (f"Với kết quả {s.b.span}, {s.ml()} được xếp {s.b.grp}; tổng cộng {s('count')} {c.V.cn}."),
        lambda c, s: f"{s.b.Grp}: {s('count', 'z')} {c.V.cn} – {s.ml()}.",
        lambda c, s: f"Thuộc {s.b.grp} ({s('count')} {c.V.cn}) có: {s.ml('semi_only')}.",
    ],
    "press": [
        lambda c, s: f"{s('count')} {c.V.cn} {s.b.inb}\nĐó là {s.ml()}.",
        lambda c, s: f"Những {c.V.cn} nào {s.b.inb}? Có {s('count')}: {s.ml()}.",
        lambda c, s: (f"“{_cap(s.ml())} – {s('count')} {c.V.cn} {s.b.inb} năm nay”, {_office(c)} điểm danh."),
        lambda c, s: f"{s.b.Grp} năm nay gọi tên {s('count')} {c.V.cn}: {s.ml()}.",
        _bm_p5,
        _bm_p6,
        lambda c, s: f"Số {c.V.cn} {s.b.inb} năm nay là {s('count', 'v')}, gồm {s.ml('mixed')}.",
        lambda c, s: f"Danh sách {s.b.grp} ({s.b.span}) có {s('count')} tên tuổi: {s.ml()}.",
        _bm_p9,
        lambda c, s: f"Lọt vào {s.b.grp} là {s('count')} {c.V.cn}: {s.ml()}.",
        lambda c, s: f"{_cap(s.ml())} – {s('count', 'z')} {c.V.cn} này {s.b.inb}.",
        lambda c, s: f"Ai {s.b.inb}? {_cap(s.ml('comma'))}; tổng cộng {s('count')} {c.V.cn}.",
    ],
}

# ---------------------------------------------------------------- how many at or above the threshold


def _below(c, s) -> bool:
    """Whether some unit stays under the threshold."""
    return s.big("thr") < c.world.total


def _th_o9(c, s):
    if _below(c, s):
        return (f"Tuy có {s('thr')} {c.V.cn} đạt từ {c.thr} trở lên, nhưng vẫn còn {c.V.cn} có kết quả dưới mức "
                f"này.")
    return f"Toàn bộ {s('thr')} {c.V.cn} đều đạt từ {c.thr} trở lên."


def _th_p5(c, s):
    if _below(c, s):
        return f"Vẫn còn {c.V.cn} dưới {c.thr}, nhưng số {c.V.cn} vượt mốc này đã là {s('thr')}."
    return f"Không còn {c.V.cn} nào dưới {c.thr}: cả {s('thr')} {c.V.cn} đều vượt mốc này."


def _th_p12(c, s):
    if _below(c, s):
        return f"Không phải {c.V.cn} nào cũng vượt {c.thr}: con số này dừng ở {s('thr')}."
    return f"{c.V.Cn} nào cũng vượt {c.thr}: đủ cả {s('thr')}."


THRESHOLD = {
    "official": [
        lambda c, s: f"{s('thr')} là số {c.V.cn} có Chỉ số CCHC đạt từ {c.thr} trở lên.",
        lambda c, s: (f"Số lượng {c.V.cn} có Chỉ số CCHC ở mức {c.thr} trở lên là {s('thr', 'z')} {c.V.cn}; "
                      f"{'số còn lại đạt dưới mức này' if _below(c, s) else f'không có {c.V.cn} nào dưới mức này'}."),
        lambda c, s: f"Với ngưỡng {c.thr}, có {s('thr')} {c.V.cn} đạt và vượt.",
        lambda c, s: (f"Các {c.V.cn} có Chỉ số CCHC từ {c.thr} trở lên – mức được đặt ra trong kế hoạch cải cách "
                      f"hành chính năm {c.Y} – có số lượng là {s('thr')}."),
        lambda c, s: f"Đạt từ {c.thr} trở lên có {s('thr', 'v')} {c.V.cn}.",
        lambda c, s: (f"{_cap(c.V.where)} có {s('thr')} {c.V.units} đạt Chỉ số CCHC từ {c.thr} trở lên."),
        lambda c, s: f"Kết quả đạt từ {c.thr} trở lên được ghi nhận ở {s('thr')} {c.V.cn}.",
        lambda c, s: (f"Theo mức điểm, nhóm {c.V.cn} đạt {c.thr} trở lên gồm {s('thr')} {c.V.cn}."),
        _th_o9,
        lambda c, s: (f"Năm {c.Y}, số {c.V.cn} đạt trên {c.thr} là {s('thr')}, "
                      f"{_than(s.big('thr'), _prev_ge(c), 'nhiều hơn', 'ít hơn', 'bằng')} năm {c.Y1}."),
        lambda c, s: (f"Chỉ số CCHC của {s('thr')} {c.V.cn} nằm ở vùng điểm từ {c.thr} trở lên."),
        lambda c, s: f"Số {c.V.cn} không dưới {c.thr}, theo kết quả thẩm định: {s('thr')}.",
    ],
    "press": [
        lambda c, s: f"Trên {c.thr}: {s('thr')} {c.V.cn}\nĐây là kết quả {_idx(c)} {c.Y} vừa được công bố.",
        lambda c, s: f"Bao nhiêu {c.V.cn} đạt từ {c.thr} trở lên? {s('thr')}.",
        lambda c, s: (f"{s('thr')} {c.V.cn} – {'quá nửa' if 2 * s.big('thr') > c.world.total else 'chưa đến nửa'} "
                      f"{c.V.coll_s} – đạt trên {c.thr}."),
        lambda c, s: f"“Có {s('thr')} {c.V.cn} đạt trên {c.thr}”, {_office(c)} thông tin.",
        _th_p5,
        lambda c, s: f"{s('thr', 'W')} {c.V.cn} có điểm trên {c.thr}.",
        lambda c, s: f"Số {c.V.cn} vượt {c.thr}: {s('thr', 'z')}.",
        lambda c, s: (f"Số {c.V.cn} đạt trên {c.thr} năm nay là {s('thr')}, "
                      f"{_than(s.big('thr'), _prev_ge(c), 'nhiều hơn', 'ít hơn', 'bằng')} năm ngoái."),
        lambda c, s: f"Có mặt ở vùng trên {c.thr} là {s('thr')} {c.V.cn}.",
        lambda c, s: f"Ngưỡng {c.thr} đã được {s('thr')} {c.V.cn} vượt qua.",
        lambda c, s: f"{c.thr} trở lên là kết quả của {s('thr')} {c.V.cn}.",
        _th_p12,
    ],
}

# ---------------------------------------------------------------- N/total above the average


def _half(s) -> bool:
    return 2 * s.big("num") > s.big("den")


RATIO = {
    "official": [
        lambda c, s: f"{s('num')}/{s('den')} là tỷ lệ {c.V.cn} có Chỉ số CCHC vượt giá trị trung bình.",
        lambda c, s: (f"Trên tổng số {s('den')}, có {s('num')} {c.V.cn} đạt kết quả trên mức trung bình; số còn "
                      f"lại không vượt mức này."),
        lambda c, s: (f"Trong {s('den')} {c.V.units}{_tail(c)}, {s('num')} {c.V.cn} đạt trên mức bình quân chung."),
        lambda c, s: f"{s('num', 'z')}/{s('den')} {c.V.cn} đạt Chỉ số CCHC trên giá trị trung bình.",
        lambda c, s: (f"{'Quá nửa' if _half(s) else 'Chưa đến nửa'} số {c.V.cn} ({s('num')}/{s('den')}) có Chỉ số "
                      f"CCHC trên giá trị trung bình."),
        lambda c, s: (f"Số {c.V.cn} có Chỉ số CCHC trên giá trị trung bình – tức cao hơn mức bình quân của "
                      f"{c.V.coll} – là {s('num')}/{s('den')}."),
        lambda c, s: (f"Không phải tất cả {s('den')} {c.V.cn} đều vượt mức trung bình: có {s('num')} {c.V.cn} làm "
                      f"được điều này."),
        lambda c, s: (f"{s('num')} {c.V.cn} trên tổng số {s('den')} {c.V.cn} đạt Chỉ số CCHC cao hơn giá trị trung "
                      f"bình."),
        lambda c, s: f"Trong {c.V.where}, {s('num')}/{s('den')} {c.V.units} có Chỉ số trên mức trung bình.",
        lambda c, s: f"Có {s('num', 'v')} trên {s('den')} {c.V.cn} đạt trên mức trung bình.",
        lambda c, s: f"Xét theo giá trị trung bình, có {s('num')}/{s('den')} {c.V.cn} đạt cao hơn.",
        lambda c, s: (f"Giá trị trung bình là mốc để so sánh: {s('num')} {c.V.cn} vượt mốc này, trên tổng số "
                      f"{s('den')} {c.V.cn} được đánh giá."),
    ],
    "press": [
        lambda c, s: (f"{s('num')}/{s('den')} {c.V.cn} vượt mức trung bình\n{_org(c)} vừa công bố {_idx(c)} năm "
                      f"{c.Y}."),
        lambda c, s: f"Bao nhiêu {c.V.cn} vượt mức trung bình? {s('num')} trên {s('den')}.",
        lambda c, s: (f"{'Hơn nửa' if _half(s) else 'Chưa tới nửa'}: {s('num')}/{s('den')} {c.V.cn} có điểm trên "
                      f"trung bình."),
        lambda c, s: (f"“{s('num')} trên tổng số {s('den')} {c.V.cn} có kết quả trên mức trung bình”, "
                      f"{_office(c)} cho biết."),
        lambda c, s: f"Cứ {s('den')} {c.V.cn} thì có {s('num')} {c.V.cn} vượt điểm trung bình.",
        lambda c, s: (f"{'Có tới' if _half(s) else 'Chỉ'} {s('num')}/{s('den')} {c.V.cn} đạt trên mức trung "
                      f"bình."),
        lambda c, s: f"Số {c.V.cn} “trên trung bình” năm nay là {s('num')}, trên tổng số {s('den')}.",
        lambda c, s: f"Vượt mức trung bình chung có {s('num')} {c.V.cn}, trong tổng số {s('den')}.",
        lambda c, s: (f"Với {s('den')} {c.V.cn} được xếp hạng, số {c.V.cn} có điểm cao hơn bình quân là "
                      f"{s('num')}."),
        lambda c, s: f"Trên mức bình quân: {s('num')} {c.V.cn}. Tổng số {c.V.cn}: {s('den')}.",
        lambda c, s: f"{s('num')}, trong tổng số {s('den')} {c.V.cn}, có điểm cao hơn trung bình.",
        lambda c, s: f"Tỷ lệ vượt trung bình năm nay: {s('num')}/{s('den')}.",
    ],
}

# ---------------------------------------------------------------- a total and its parts


def _pt_o11(c, s):
    if s.big("p0") >= s.big("p1"):
        return (f"Trong số {s('total')} {c.V.cn} thuộc diện đánh giá, chiếm số đông là {_n(s, 0)} ({s('p0')}); "
                f"{_n(s, 1)} có {s('p1')}.")
    return (f"Trong số {s('total')} {c.V.cn} thuộc diện đánh giá, chiếm số đông là {_n(s, 1)} ({s('p1')}); "
            f"{_n(s, 0)} có {s('p0')}.")


def _pt_p6(c, s):
    word = _than(s.big("p0"), s.big("p1"), "nhiều hơn", "ít hơn", "bằng")
    return (f"Với {s('p0')} {_n(s, 0)} – {word} số {_n(s, 1)} ({s('p1')}) – bảng xếp hạng năm nay có tổng cộng "
            f"{s('total')} {c.V.cn}.")


PARTS = {
    "official": [
        lambda c, s: (f"{s('total')} {c.V.units} được đánh giá gồm: khối {_n(s, 0)} ({s('p0')}) và khối {_n(s, 1)} "
                      f"({s('p1')})."),
        lambda c, s: (f"Cơ cấu đối tượng đánh giá: {s('p0')} {_n(s, 0)}, {s('p1')} {_n(s, 1)}, cộng là "
                      f"{s('total')} {c.V.cn}."),
        lambda c, s: (f"{_cap(_n(s, 0))}: {s('p0', 'z')}; {_n(s, 1)}: {s('p1', 'z')}; tổng số: "
                      f"{s('total', 'z')}."),
        lambda c, s: (f"Số {c.V.cn} được đánh giá năm {c.Y} (theo danh sách đã được phê duyệt) là {s('total')}, "
                      f"gồm {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}."),
        lambda c, s: (f"Cùng với {s('p0')} {_n(s, 0)}, {s('p1')} {_n(s, 1)} cũng thuộc đối tượng xác định Chỉ số "
                      f"CCHC năm {c.Y}; tổng số là {s('total')}."),
        lambda c, s: (f"Đối tượng đánh giá gồm {s('p0', 'v')} {_n(s, 0)} và {s('p1', 'v')} {_n(s, 1)}, tổng cộng "
                      f"{s('total', 'v')} {c.V.cn}."),
        lambda c, s: (f"{s('total')} là tổng số {c.V.cn} được đánh giá; trong đó, {_n(s, 0)} có {s('p0')}, "
                      f"{_n(s, 1)} có {s('p1')}."),
        lambda c, s: (f"Số {_n(s, 0)} và {_n(s, 1)} được đánh giá lần lượt là {s('p0')} và {s('p1')} (tổng số "
                      f"{s('total')})."),
        lambda c, s: (f"Các {c.V.cn} được đánh giá ({s('total')}) chia thành {_n(s, 0)} – {s('p0')} và "
                      f"{_n(s, 1)} – {s('p1')}."),
        lambda c, s: (f"Đối với khối {_n(s, 0)}, số được đánh giá là {s('p0')}; đối với khối {_n(s, 1)}, số được "
                      f"đánh giá là {s('p1')}; tổng số {c.V.cn} được đánh giá là {s('total')}."),
        _pt_o11,
        lambda c, s: (f"{_cap(_n(s, 0))} và {_n(s, 1)} lần lượt góp {s('p0')} và {s('p1')} trong tổng số "
                      f"{s('total')} {c.V.cn}."),
    ],
    "press": [
        lambda c, s: (f"{s('total')} {c.V.cn} lên bảng: {s('p0')} {_n(s, 0)}, {s('p1')} {_n(s, 1)}\nĐây là "
                      f"kết quả {_idx(c)} {c.Y} do {_org(c)} công bố."),
        lambda c, s: (f"Bảng xếp hạng năm nay gồm những ai? {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}, "
                      f"tổng cộng {s('total')} {c.V.cn}."),
        lambda c, s: (f"“Năm nay chúng tôi đánh giá {s('total')} {c.V.cn}: {s('p0')} {_n(s, 0)} và {s('p1')} "
                      f"{_n(s, 1)}”, {_office(c)} cho biết."),
        lambda c, s: (f"{_cap(_n(s, 0))}: {s('p0')}. {_cap(_n(s, 1))}: {s('p1')}. Tổng cộng: {s('total')} "
                      f"{c.V.cn}."),
        lambda c, s: (f"{s('total')} {c.V.cn} được đánh giá năm nay là sự cộng gộp của {s('p0')} {_n(s, 0)} và "
                      f"{s('p1')} {_n(s, 1)}."),
        _pt_p6,
        lambda c, s: (f"Trong {s('total')} {c.V.cn}, {s('p1')} là {_n(s, 1)}, còn lại {s('p0')} là {_n(s, 0)}."),
        lambda c, s: (f"Bên cạnh {s('p0')} {_n(s, 0)}, bảng xếp hạng có {s('p1', 'v')} {_n(s, 1)}; cả thảy "
                      f"{s('total')}."),
        lambda c, s: (f"Số {_n(s, 0)} được chấm điểm: {s('p0')}; số {_n(s, 1)}: {s('p1')}; tổng: {s('total')}."),
        lambda c, s: (f"Bảng điểm {c.Y} phủ kín {s('total')} {c.V.cn} – {s('p0')} {_n(s, 0)} cộng {s('p1')} "
                      f"{_n(s, 1)}."),
        lambda c, s: (f"Đủ mặt {s('p0')} {_n(s, 0)} và {s('p1')} {_n(s, 1)}: {s('total')} {c.V.cn} có tên trên "
                      f"bảng xếp hạng."),
        lambda c, s: (f"Tổng số {c.V.cn}: {s('total')}, gồm {_n(s, 0)} ({s('p0', 'z')}) và {_n(s, 1)} "
                      f"({s('p1', 'z')})."),
    ],
}

# ---------------------------------------------------------------- a band's count against last year's


def _cc_o5(c, s):
    if _up(s, "chg"):
        return (f"Số {c.V.cn} {s.b.inb} năm {c.Y} không giảm mà tăng {s('chg')} {c.V.cn}, từ {s('prev')} lên "
                f"{s('cur')}.")
    return (f"Số {c.V.cn} {s.b.inb} năm {c.Y} không tăng mà giảm {s('chg')} {c.V.cn}, từ {s('prev')} xuống "
            f"{s('cur')}.")


def _cc_o8(c, s):
    aside = "mức cao nhất của thang xếp loại" if s.b is c.world.bands[0] else f"mức {s.b.span}"
    return (f"{s.b.Grp}, {aside}, có {s('cur')} {c.V.cn} trong năm {c.Y}; năm {c.Y1} là {s('prev')}; "
            f"{_ud(s, 'chg')} {s('chg')}.")


def _cc_p4(c, s):
    if _up(s, "chg"):
        return f"Từ {s('prev')} lên {s('cur')}: {s.b.grp} có thêm {s('chg')} {c.V.cn}."
    return f"Từ {s('prev')} xuống {s('cur')}: {s.b.grp} mất {s('chg')} {c.V.cn}."


def _cc_p9(c, s):
    if _up(s, "chg"):
        return (f"Khác với năm {c.Y1} khi chỉ có {s('prev')} {c.V.cn} {s.b.inb}, năm nay con số này là "
                f"{s('cur')}, tăng {s('chg')}.")
    return (f"Khác với năm {c.Y1} khi có tới {s('prev')} {c.V.cn} {s.b.inb}, năm nay con số này chỉ là "
            f"{s('cur')}, giảm {s('chg')}.")


COUNT_CHANGE = {
    "official": [
        lambda c, s: (f"{s.b.Grp}: năm {c.Y1} có {s('prev')} {c.V.cn}, năm {c.Y} có {s('cur')} {c.V.cn}; "
                      f"{_ud(s, 'chg')} {s('chg')} {c.V.cn}."),
        lambda c, s: (f"{s('cur')} là số {c.V.cn} {s.b.inb} năm {c.Y}, {s.t('chg', 'nhiều hơn', 'ít hơn')} "
                      f"{s('chg')} {c.V.cn} so với năm {c.Y1} (khi đó là {s('prev')})."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} {s.t('chg', 'tăng lên', 'giảm xuống')} {s('cur')} trong năm {c.Y}.",
                      f"So với năm {c.Y1} ({s('prev')} {c.V.cn}), số {c.V.cn} {s.b.inb} {_ud(s, 'chg')} "
                      f"{s('chg')}."),
        lambda c, s: (f"Năm {c.Y}, {s.b.grp} {s.t('chg', 'được bổ sung', 'bị giảm bớt')} {s('chg', 'w')} {c.V.cn} "
                      f"so với năm {c.Y1}: từ {s('prev')} {_lx(s, 'chg')} {s('cur')}."),
        _cc_o5,
        lambda c, s: (f"Số {c.V.cn} {s.b.inb}: năm {c.Y1} – {s('prev')}; năm {c.Y} – {s('cur')}; chênh lệch: "
                      f"{s.t('chg', '+', '-')}{s('chg')}."),
        lambda c, s: (f"{s.b.Inb} năm {c.Y}: {s('cur', 'z')} {c.V.cn} (năm {c.Y1}: {s('prev', 'z')} {c.V.cn}), "
                      f"{_ud(s, 'chg')} {s('chg', 'z')} {c.V.cn}."),
        _cc_o8,
        lambda c, s: (f"So với năm {c.Y1}, số {c.V.cn} {s.b.inb} {_ud(s, 'chg')} {s('chg')}: năm {c.Y1} là "
                      f"{s('prev')}, năm {c.Y} là {s('cur')}."),
        lambda c, s: (f"Năm {c.Y1} có {s('prev')} {c.V.cn} {s.b.inb}; năm {c.Y} con số này là {s('cur')}. Như vậy, "
                      f"{s.b.grp} {_ud(s, 'chg')} {s('chg')} {c.V.cn}."),
        lambda c, s: (f"Từ {s('prev', 'v')} {c.V.cn} năm {c.Y1}, {s.b.grp} năm {c.Y} "
                      f"{s.t('chg', 'tăng lên', 'giảm còn')} {s('cur', 'v')} {c.V.cn}, tức "
                      f"{s.t('chg', 'thêm', 'bớt')} {s('chg', 'v')}."),
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} năm {c.Y1} và năm {c.Y} lần lượt là {s('prev')} và {s('cur')}, "
                      f"{_ud(s, 'chg')} {s('chg')} {c.V.cn}."),
    ],
    "press": [
        lambda c, s: (f"{s.b.Grp} {s.t('chg', 'thêm', 'bớt')} {s('chg')} {c.V.cn}\nNăm nay {s.b.grp} có "
                      f"{s('cur')} {c.V.cn}, năm ngoái {s('prev')}."),
        lambda c, s: (f"{s.b.Grp} năm nay đông hơn hay thưa hơn? {s.t('chg', 'Đông hơn', 'Thưa hơn')}: {s('cur')} "
                      f"{c.V.cn}, so với {s('prev')} {c.V.cn} của năm {c.Y1} – chênh {s('chg')}."),
        lambda c, s: (f"“{s.b.Grp} năm nay có {s('cur')} {c.V.cn}, {_ud(s, 'chg')} {s('chg')} so với năm ngoái, "
                      f"khi {s.t('chg', 'chỉ có', 'có')} {s('prev')}”, {_office(c)} nói."),
        _cc_p4,
        lambda c, s: (f"{s.b.Grp} {s.t('chg', 'nới rộng', 'thu hẹp')} với {s('cur')} {c.V.cn} ({_ud(s, 'chg')} "
                      f"{s('chg')} so với {s('prev')} của năm trước)."),
        lambda c, s: (f"{s('chg', 'W')} {c.V.cn} là mức {_ud(s, 'chg')} của {s.b.grp}: từ {s('prev')} "
                      f"{_lx(s, 'chg')} {s('cur')}."),
        lambda c, s: (f"{s.b.Grp} năm nay có {s('cur')} {c.V.cn}.",
                      f"So với năm {c.Y1} ({s('prev')} {c.V.cn}), {s.b.grp} năm nay {_ud(s, 'chg')} {s('chg')}."),
        lambda c, s: (f"Năm ngoái {s('prev')}, năm nay {s('cur')}: {s.b.grp} {_ud(s, 'chg')} {s('chg')} "
                      f"{c.V.cn}."),
        _cc_p9,
        lambda c, s: (f"Số {c.V.cn} {s.b.inb} {_ud(s, 'chg')} {s('chg')} – năm trước là {s('prev')}, năm nay "
                      f"{s.t('chg', 'lên', 'còn')} {s('cur')}."),
        lambda c, s: (f"{s.b.Grp}: {s('cur')} (năm trước {s('prev')}, {s.t('chg', '+', '-')}{s('chg')})."),
        lambda c, s: (f"{s.b.Grp} ghi nhận {s('cur')} {c.V.cn}, {_ud(s, 'chg')} {s('chg')} so với {s('prev')} "
                      f"{c.V.cn} của năm {c.Y1}."),
    ],
}

# ---------------------------------------------------------------- a unit's rank and its move


def _rk_o5(c, s):
    if _up(s, "move"):
        return (f"{s.U.name} không dừng ở vị trí thứ {s('pr')} của năm {c.Y1}: năm {c.Y}, {c.V.this} xếp thứ "
                f"{s('r')}/{s('den')}, tăng {s('move')} bậc.")
    return (f"{s.U.name} không giữ được vị trí thứ {s('pr')} của năm {c.Y1}: năm {c.Y}, {c.V.this} xếp thứ "
            f"{s('r')}/{s('den')}, giảm {s('move')} bậc.")


def _rk_p8(c, s):
    return (f"Từ vị trí {s('pr')} {_lx(s, 'move')} {s('r')}/{s('den')}: {s.U.name} "
            f"{s.t('move', 'thăng', 'mất')} {s('move')} bậc.")


RANK = {
    "official": [
        lambda c, s: (f"{s.U.name} xếp hạng {_ordinal(s, 'r')} trong số {s('den')} {c.V.units} năm {c.Y} (năm "
                      f"{c.Y1}: hạng {_ordinal(s, 'pr')}), {_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"{s('r')}/{s('den')} là thứ hạng của {s.U.name} năm {c.Y}; so với thứ hạng {s('pr')} của năm "
                      f"{c.Y1}, {c.V.this} {_ud(s, 'move')} {s('move')} bậc."),
        lambda c, s: (f"Về thứ hạng, năm {c.Y1} {s.U.name} xếp thứ {s('pr')}, năm {c.Y} xếp thứ {s('r')} trong "
                      f"tổng số {s('den')} {c.V.units}; {_ud(s, 'move')} {s('move', 'w')} bậc."),
        lambda c, s: (f"{s.U.name}, {c.V.one} năm {c.Y1} đứng thứ {s('pr')}, năm {c.Y} đã "
                      f"{s.t('move', 'vươn lên', 'lùi xuống')} vị trí thứ {s('r')}/{s('den')}, {_ud(s, 'move')} "
                      f"{s('move')} bậc."),
        _rk_o5,
        lambda c, s: (f"{s.U.name}: xếp thứ {s('r', 'z')}/{s('den')}; {_ud(s, 'move')} {s('move', 'z')} bậc so với "
                      f"năm {c.Y1} (thứ {s('pr', 'z')})."),
        lambda c, s: (f"Thứ hạng của {s.U.name}: năm {c.Y1} – {s('pr')}; năm {c.Y} – {s('r')}/{s('den')}; thay đổi: "
                      f"{s.t('move', '+', '-')}{s('move')} bậc."),
        lambda c, s: (f"Trên bảng xếp hạng {s('den')} {c.V.units}, {s.U.name} đứng ở vị trí {s('r')}, "
                      f"{s.t('move', 'cao hơn', 'thấp hơn')} vị trí {s('pr')} của năm {c.Y1} là {s('move')} bậc."),
        lambda c, s: (f"{s.U.name} xếp hạng {_ordinal(s, 'r')} (trên tổng số {s('den')}), {_ud(s, 'move')} "
                      f"{s('move', 'w')} bậc so với hạng {_ordinal(s, 'pr')} năm {c.Y1}."),
        lambda c, s: (f"Năm {c.Y}, thứ hạng của {s.U.name} {s.t('move', 'được cải thiện', 'bị tụt')} {s('move')} "
                      f"bậc: từ vị trí {s('pr')} năm {c.Y1} đến vị trí {s('r')} trong số {s('den')} {c.V.cn}."),
        lambda c, s: (f"{s.U.name} xếp thứ {s('r')}/{s('den')}, {_ud(s, 'move')} {s('move')} bậc.",
                      f"Năm {c.Y1}, thứ hạng của {s.U.name} là {s('pr')}."),
        lambda c, s: (f"{s.t('move', 'Đáng ghi nhận', 'Đáng lưu ý')}, {s.U.name} {_ud(s, 'move')} {s('move')} bậc: "
                      f"năm {c.Y1} xếp thứ {s('pr')}, năm {c.Y} xếp thứ {s('r')} trong tổng số {s('den')}."),
    ],
    "press": [
        lambda c, s: (f"{s.U.name} {_ud(s, 'move')} {s('move')} bậc\nTừ hạng {s('pr')} năm ngoái, {c.V.this} "
                      f"{_lx(s, 'move')} hạng {s('r')}/{s('den')}."),
        lambda c, s: (f"{s.U.name} đứng thứ mấy? Thứ {_ordinal(s, 'r')} trên {s('den')}, "
                      f"{s.t('move', 'cao hơn', 'thấp hơn')} {s('move')} bậc so với hạng {s('pr')} năm {c.Y1}."),
        lambda c, s: (f"“Chúng tôi từ hạng {s('pr')} {_lx(s, 'move')} hạng {s('r')}, {_ud(s, 'move')} {s('move')} "
                      f"bậc”, {_leaders(s.U)} cho biết. Bảng xếp hạng năm nay có {s('den')} {c.V.cn}."),
        lambda c, s: (f"{s.U.name} {s.t('move', 'leo', 'tụt')} {s('move', 'w')} bậc, đứng thứ {s('r')}/{s('den')} "
                      f"(năm {c.Y1}: thứ {s('pr')})."),
        lambda c, s: (f"Hạng {_ordinal(s, 'r')} trên {s('den')} là vị trí mới của {s.U.name}, {_ud(s, 'move')} "
                      f"{s('move')} bậc so với hạng {_ordinal(s, 'pr')} năm {c.Y1}."),
        lambda c, s: (f"Năm {c.Y1} thứ {s('pr')}, năm {c.Y} thứ {s('r')}/{s('den')}: {s.U.name} {_ud(s, 'move')} "
                      f"{s('move')} bậc."),
        lambda c, s: (f"{s.U.name} có bước {s.t('move', 'tiến', 'lùi')} {s('move')} bậc trên bảng xếp hạng "
                      f"{s('den')} {c.V.cn}, từ vị trí {s('pr')} {_lx(s, 'move')} {s('r')}."),
        _rk_p8,
        lambda c, s: (f"Trong {s('den')} {c.V.cn}, {s.U.name} hiện đứng thứ {s('r')} – "
                      f"{s.t('move', 'cao hơn', 'thấp hơn')} năm ngoái {s('move')} bậc (khi đó thứ {s('pr')})."),
        lambda c, s: (f"{s.U.name} xếp hạng {_ordinal(s, 'r')}, {_ud(s, 'move')} {s('move', 'v')} bậc so với hạng "
                      f"{_ordinal(s, 'pr')} của năm trước; tổng số {c.V.cn} là {s('den')}."),
        lambda c, s: (f"Bậc thang xếp hạng năm {c.Y} ghi nhận {s.U.name} {_ud(s, 'move')} {s('move')} bậc: hạng "
                      f"{s('r')}/{s('den')}, so với hạng {s('pr')} năm {c.Y1}."),
        lambda c, s: (f"{s.U.name} ({s('r')}/{s('den')}) đã {s.t('move', 'cải thiện', 'để mất')} {s('move')} bậc so "
                      f"với năm {c.Y1} (hạng {s('pr')})."),
    ],
}

# ---------------------------------------------------------------- how many went up / down


def _ud_o4(c, s):
    if s.big("down"):
        return (f"Không phải tất cả {c.V.cn} đều cải thiện kết quả: bên cạnh {s('up')} {c.V.cn} tăng điểm, có "
                f"{s('down')} {c.V.cn} giảm điểm so với năm {c.Y1}.")
    return f"So với năm {c.Y1}, cả {s('up')} {c.V.cn} đều tăng điểm; số {c.V.cn} giảm điểm là {s('down')}."


def _ud_o6(c, s):
    most = "chiếm đa số" if 2 * s.big("up") > c.world.total else "chưa chiếm đa số"
    return (f"Các {c.V.cn} có Chỉ số CCHC năm {c.Y} cao hơn năm {c.Y1} – gồm {s('up')} {c.V.cn} – {most}; "
            f"{s('down')} {c.V.cn} còn lại có kết quả giảm.")


def _ud_o11(c, s):
    if s.big("up") >= s.big("down"):
        return (f"Xu hướng chung là tăng: {s('up')} {c.V.cn} tăng điểm, chỉ {s('down')} {c.V.cn} giảm điểm so "
                f"với năm {c.Y1}.")
    return (f"Xu hướng chung là giảm: {s('down')} {c.V.cn} giảm điểm, chỉ {s('up')} {c.V.cn} tăng điểm so với "
            f"năm {c.Y1}.")


def _times(up: int, down: int) -> str:
    """"gần gấp đôi" / "hơn gấp đôi" / "nhiều hơn" / "ít hơn", from the two counts."""
    if down and 1.7 <= up / down < 2:
        return "gần gấp đôi"
    if down and up == 2 * down:
        return "gấp đôi"
    if down and up > 2 * down:
        return "hơn gấp đôi"
    return _than(up, down, "nhiều hơn", "ít hơn", "bằng")


def _ud_p4(c, s):
    word = _times(s.big("up"), s.big("down"))
    return (f"Số {c.V.cn} tăng điểm ({s('up')}) {word} số {c.V.cn} giảm điểm ({s('down')}) so với năm "
            f"{c.Y1}.")


def _ud_p12(c, s):
    side = _than(s.big("up"), s.big("down"), "nghiêng về phía tăng điểm", "nghiêng về phía giảm điểm",
                 "cân bằng")
    return f"So với năm {c.Y1}, cán cân {side}: {s('up')} tăng, {s('down')} giảm."


UP_DOWN = {
    "official": [
        lambda c, s: (f"{s('up')} {c.V.cn} tăng điểm và {s('down')} {c.V.cn} giảm điểm là kết quả so sánh giữa năm "
                      f"{c.Y} với năm {c.Y1}."),
        lambda c, s: (f"Về biến động so với năm {c.Y1}: {s('up')} {c.V.cn} có Chỉ số CCHC tăng; {s('down')} "
                      f"{c.V.cn} có Chỉ số CCHC giảm."),
        lambda c, s: (f"Số {c.V.cn} tăng điểm: {s('up', 'z')}; số {c.V.cn} giảm điểm: {s('down', 'z')} (so với "
                      f"năm {c.Y1})."),
        _ud_o4,
        lambda c, s: (f"Số {c.V.cn} tăng điểm ({s('up')}) "
                      f"{_than(s.big('up'), s.big('down'), 'nhiều hơn', 'ít hơn', 'bằng')} số {c.V.cn} giảm điểm "
                      f"({s('down')})."),
        _ud_o6,
        lambda c, s: f"Tăng điểm: {s('up', 'v')} {c.V.cn}. Giảm điểm: {s('down', 'v')} {c.V.cn}.",
        lambda c, s: (f"Đối chiếu với kết quả năm {c.Y1}, {s('up')} {c.V.cn} đã cải thiện Chỉ số CCHC, trong khi "
                      f"{s('down')} {c.V.cn} để Chỉ số CCHC đi xuống."),
        lambda c, s: (f"Trong tổng số {c.V.cn} được đánh giá, {s('down')} {c.V.cn} giảm điểm so với năm {c.Y1}, "
                      f"{s('up')} {c.V.cn} tăng điểm."),
        lambda c, s: (f"Về chiều hướng thay đổi so với năm {c.Y1}, số {c.V.cn} giảm điểm và tăng điểm lần lượt là "
                      f"{s('down')} và {s('up')}."),
        _ud_o11,
        lambda c, s: (f"Ngoài {s('up')} {c.V.cn} tăng điểm, còn {s('down')} {c.V.cn} có kết quả thấp hơn năm "
                      f"{c.Y1}."),
    ],
    "press": [
        lambda c, s: (f"{s('up')} {c.V.cn} tăng điểm, {s('down')} {c.V.cn} giảm điểm\nSo với năm {c.Y1}, bức tranh "
                      f"có cả gam sáng lẫn gam tối."),
        lambda c, s: (f"Bao nhiêu {c.V.cn} tăng điểm? {s('up')}. Bao nhiêu giảm điểm? {s('down')}."),
        lambda c, s: (f"“Có {s('up')} {c.V.cn} tăng điểm và {s('down')} {c.V.cn} giảm điểm”, {_office(c)} nói."),
        _ud_p4,
        lambda c, s: (f"Tăng điểm {s('up')}, giảm điểm {s('down')}: kết quả so với năm ngoái của {c.V.coll_s}."),
        lambda c, s: (f"Tuy vậy, vẫn còn {s('down')} {c.V.cn} giảm điểm, bên cạnh {s('up')} {c.V.cn} tăng điểm."),
        lambda c, s: (f"{s('up', 'W')} {c.V.cn} đi lên, {s('down', 'w')} {c.V.cn} đi xuống so với năm {c.Y1}."),
        lambda c, s: (f"Số {c.V.cn} “xanh” (tăng điểm) là {s('up')}, số {c.V.cn} “đỏ” (giảm điểm) là "
                      f"{s('down')}."),
        lambda c, s: (f"Năm nay điểm số đi lên ở {s('up')} {c.V.cn} và đi xuống ở {s('down')} {c.V.cn}."),
        lambda c, s: f"Bên tăng điểm có {s('up')} {c.V.cn}; bên giảm điểm, {s('down')}.",
        lambda c, s: (f"{s('down')} {c.V.cn} giảm điểm – con số "
                      f"{'không nhỏ' if 3 * s.big('down') >= c.world.total else 'không nhiều'} – trong khi "
                      f"{s('up')} {c.V.cn} tăng điểm."),
        _ud_p12,
    ],
}

# ---------------------------------------------------------------- survey ballots


def _ba_o1(c, s):
    return (f"Tổng số phiếu điều tra xã hội học hợp lệ được đưa vào xử lý: {s('total')} phiếu ("
            + "; ".join(f"{s(r)} phiếu đối với {lab}" for r, lab in _bl(s)) + ").")


def _ba_o2(c, s):
    labs = _enum([lab for _, lab in _bl(s)], "; ", "; ")
    return (f"Tổng cộng {s('total')} phiếu; phân theo đối tượng ({labs}), số phiếu lần lượt là "
            + _enum([s(r) for r, _ in _bl(s)]) + ".")


def _ba_o3(c, s):
    return (f"{s('total')} phiếu điều tra xã hội học đã được phát ra và thu về hợp lệ; cụ thể: "
            + "; ".join(f"{s(r)} phiếu từ {lab}" for r, lab in _bl(s)) + ".")


def _ba_o4(c, s):
    lines = [f"– {_cap(lab)}: {s(r)} phiếu;" for r, lab in _bl(s)]
    return "Kết quả điều tra xã hội học:\n" + "\n".join(lines) + f"\n– Tổng cộng: {s('total')} phiếu."


@_approx
def _ba_o5(c, s):
    return (f"Công tác điều tra xã hội học được thực hiện với trên {s('total')} phiếu (số liệu đã làm tròn), gồm "
            + "; ".join(f"trên {s(r)} phiếu của {lab}" for r, lab in _bl(s)) + ".")


def _ba_o6(c, s):
    labs = _enum([lab for _, lab in _bl(s)], "; ", "; ")
    return (f"Phiếu điều tra – được gửi tới {labs} – thu về tổng cộng {s('total')} phiếu, gồm "
            + "; ".join(f"{s(r)} phiếu ({lab})" for r, lab in _bl(s)) + ".")


def _ba_o7(c, s):
    return ("Tính theo đối tượng điều tra, " + "; ".join(f"{lab} có {s(r)} phiếu" for r, lab in _bl(s))
            + f"; cộng chung {s('total')} phiếu.")


def _ba_o8(c, s):
    return (f"Hội đồng đã sử dụng {s('total')} phiếu điều tra hợp lệ để tính điểm, trong số đó "
            + _enum([f"{s(r)} phiếu do {lab} trả lời" for r, lab in _bl(s)], "; ", "; và ") + ".")


@_approx
def _ba_o9(c, s):
    return (f"Làm tròn số liệu, tổng số phiếu khảo sát là {s('total')}, trong đó "
            + "; ".join(f"{lab} khoảng {s(r)} phiếu" for r, lab in _bl(s)) + ".")


def _ba_o10(c, s):
    return (f"Số lượng phiếu khảo sát (phiếu hợp lệ) là {s('total')}; chia theo đối tượng: "
            + "; ".join(f"{lab}: {s(r)}" for r, lab in _bl(s)) + ".")


def _ba_o11(c, s):
    (r0, l0), rest = _bl(s)[0], _bl(s)[1:]
    return (f"Ngoài {s(r0)} phiếu của {l0}, còn có " + "; ".join(f"{s(r)} phiếu do {lab} trả lời" for r, lab in rest)
            + f"; tổng số phiếu thu về là {s('total')}.")


def _ba_o12(c, s):
    return (f"Trong {s('total')} phiếu thu về, " + "; ".join(f"phần của {lab} là {s(r)} phiếu" for r, lab in _bl(s))
            + ".")


@_approx
def _ba_p1(c, s):
    return (f"Hơn {s('total')} phiếu khảo sát làm nên chỉ số\nTrong đó, "
            + "; ".join(f"hơn {s(r)} phiếu của {lab}" for r, lab in _bl(s)) + ".")


def _ba_p2(c, s):
    return (f"Chỉ số được tính từ bao nhiêu phiếu? {s('total')} phiếu: "
            + "; ".join(f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)) + ".")


def _ba_p3(c, s):
    return (f"“Chúng tôi thu về {s('total')} phiếu khảo sát, gồm "
            + "; ".join(f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)) + f"”, {_office(c)} cho biết.")


def _ba_p4(c, s):
    return ("; ".join(f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)) + f" – tất cả là {s('total')} phiếu.")


@_approx
def _ba_p5(c, s):
    return (f"Xấp xỉ {s('total')} phiếu khảo sát đã được thu thập, với "
            + "; ".join(f"xấp xỉ {s(r)} phiếu của {lab}" for r, lab in _bl(s)) + ".")


def _ba_p6(c, s):
    return f"Tổng số phiếu: {s('total')}. " + " ".join(f"{_cap(lab)}: {s(r)} phiếu." for r, lab in _bl(s))


def _ba_p7(c, s):
    return (f"Đứng sau chỉ số là {s('total')} phiếu khảo sát, trong đó "
            + _enum([f"{s(r)} phiếu đến từ {lab}" for r, lab in _bl(s)], "; ", "; còn ") + ".")


def _ba_p8(c, s):
    (rl, ll), rest = _bl(s)[-1], _bl(s)[:-1]
    return (f"Tính riêng {ll}, số phiếu thu về là {s(rl)}; " + "; ".join(f"{lab} có {s(r)} phiếu" for r, lab in rest)
            + f". Tổng cộng {s('total')} phiếu.")


def _ba_p9(c, s):
    return (f"Có {s('total')} phiếu khảo sát được dùng để “chấm điểm”; trong đó "
            + "; ".join(f"{s(r)} phiếu của {lab}" for r, lab in _bl(s)) + ".")


def _ba_p10(c, s):
    return (f"Số phiếu khảo sát năm nay: {s('total')}, chia cho "
            + _enum([f"{lab} ({s(r)})" for r, lab in _bl(s)], "; ", "; và ") + ".")


def _ba_p11(c, s):
    return ("Năm nay, " + _enum([f"{s(r)} lượt {lab}" for r, lab in _bl(s)], "; ", "; và ")
            + f" đã tham gia khảo sát, tổng cộng {s('total')} phiếu.")


@_approx
def _ba_p12(c, s):
    return (f"Số phiếu khảo sát năm nay vượt mốc {s('total')}: "
            + "; ".join(f"{lab} trên {s(r)} phiếu" for r, lab in _bl(s)) + ".")


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
