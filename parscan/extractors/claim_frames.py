"""Numeric statements read by the frame catalogue (`data/claim_frames.yaml`) over sentence shapes.

Each frame names a construction real PAR texts use: an average with last year's value and the change,
the leading and the last unit, a gap, a comparison of two units, counts per group or class with their
member lists, a threshold count, a ratio, a total and its parts, ranks and rank moves, counts of units
that rose or fell.  A sentence may hold several; each number gets one role, in a fixed order (last
year's values and changes first, so "cao hơn 2,65%" is never read as an average), and the year and the
scope (provinces, ministries, departments, districts) a statement is about carry over from the
sentences before it, as they do for a reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from parscan.extractors.claim_roles import (AMONG_RE, EARLIER_BEFORE_RE, EXTREMES, GAP_CHANGED_BY_RE, PAIRED_VALUES_RE, RESPECTIVE_LEVELS_RE,
                                            REST_OF_UNITS, YEAR_AFTER_RE, YEAR_MARK_RE, _widen, clause_year, link_differences,
                                            name_the_extremes, names_extremes, over_time, pair_bare_gaps, read_levels_set_against,
                                            read_roles, role)
from parscan.extractors.claim_roles import NEIGHBOURS_RE
from parscan.extractors.claim_roles import _quoted_speaker as quoted_speaker
from parscan.extractors.claim_shapes import fold_same_length as fold_text
from parscan.extractors.claim_shapes import (ABBREVIATIONS, ASSESSED_RE, PARTIAL_LIST_CUE, POPULATION_BEFORE_RE, UNIT_SCOPES, DocText, Mention,
                                             Sentence, catalogue, clause_bounds, document_text, expand, frame,
                                             printed_band)
from parscan.extractors.claim_unit_change import read_unit_changes
from parscan.extractors.claim_windows import ARROW_RE, SentenceContext, read_windows
from parscan.extractors.context import doc_province
from parscan.extractors.index_kind import kind_of_text
from parscan.registries import match_unit, unit_registry
from parscan.schemas.document import ParscanDocument
from parscan.schemas.records import Claim

_TOKEN_RE = re.compile(r"⟨([A-Z])(\d*)⟩")
# a sentence that speaks of another year, a change over time or an average: its figures are not two units apart
_OTHER_YEAR_OR_AVERAGE_RE = re.compile(r"\b(?:nam truoc|nam ngoai|nam lien ke|cung ky|ky truoc|nam nay|so voi nam|trung binh|"
                                       r"binh quan|tang|giam|cai thien|sut|⟨Y\d+⟩[^⟨]*⟨Y)")
_TWO_UNITS_RE = re.compile(r"\bhai (?:dia phuong|don vi|tinh|bo|so|huyen|co quan)\b")
# last year in words, as the catalogue lists them ("năm trước", "năm liền kề"), "cùng kỳ" before any of them
_LAST_YEAR_WORDS = rf"(?:cung ky )?(?:{catalogue()['cues']['previous_year_words']})"
_WORD_RE = re.compile(r"[\wđĐ&.\-]+")
# capitalised at a sentence's start, one letter from a unit's name ("Bình quân" / Bình Thuận): never a name
_COMMON_WORDS_RE = re.compile(r"(?:binh quan|trung binh|tinh chung|nhin chung|tong cong|tong so)\b")
_HEAD_WORDS = {"huyện", "quận", "thị", "thành", "tỉnh", "sở", "bộ", "ubnd", "ban", "văn", "thanh"}
_AGENCY_HEADS = ("Sở", "Bộ", "UBND", "Ủy", "Ban", "Thanh", "Văn")  # the words another agency's name opens on
_STOP_WORDS = {"có", "đạt", "với", "là", "được", "đứng", "xếp", "dẫn", "cao", "thấp", "năm", "tăng", "giảm", "chỉ",
               "trong", "thuộc", "về", "ở", "tại", "của", "đơn", "kết", "điểm",
               "này", "đó", "ấy", "kia"}  # "sở này", "bộ đó" refer back: no name ("sở này" is not "Sở Xây dựng")
_GROUP_OF_SCOPE = {"departments": "departments", "districts": "districts"}
_CHANGE_RANGE_BEFORE_RE = re.compile(r"\b(?:tang|giam|tang them|giam di|muc tang|muc giam|dao dong|chenh lech|nhich|sut)\s*$")
# a change named by its noun: "mức tăng", "độ chênh lệch", "tốc độ cải thiện"
_CHANGE_NOUN = r"\b(?:muc|do|toc do|bien do|su|muc do)\s*(?:tang|giam|chenh lech|thay doi|cai thien|tang truong|sut giam)"
# "mức tăng của (giá trị) trung bình …": the words before an average's cue that make the figure its change
CHANGE_OF_RE = re.compile(_CHANGE_NOUN + r"\s*(?:them\s*)?(?:cua|ve)?\s*(?:chi so\s*|gia tri\s*|diem\s*)?$")
# "mức tăng là 9 địa phương": a count that is the size of a change, named by its noun
_CHANGE_NAMED_BEFORE_RE = re.compile(_CHANGE_NOUN + r"\s*(?:them\s*)?(?:la|:|o muc|dat)?\s*$")
# "Mức tăng … so với năm 2022 là 1,23%": a clause that opens on the change it states
_CHANGE_NAMED_RE = re.compile(r"[^;⟨]{0,25}?" + _CHANGE_NOUN + r"\b")
_REFERRED_RE = re.compile(r"\b(?<!con )(?:tinh|thanh pho|dia phuong|don vi|co quan|bo|so|huyen|nganh)\s+(?:nay|do|tren)\b")
_CHANGE_BEFORE_RE = re.compile(r"(?:tang|giam|nhieu hon|it hon|tang them|giam di|them|bot|bot di|vang di|mat di|chenh(?: lech)?(?: la)?|"
                               r"\bit di|nhieu len|thu hep|mo rong|"
                               r"lan luot la(?: ⟨[A-Z]\d+⟩ va)?|\b(?:dong|nhieu|it|thap|cao) hon|\bkem|\bthua)"
                               r"\s*(?:(?:so voi\s*)?(?:" + _LAST_YEAR_WORDS + r"|nam ⟨Y\d+⟩)\s*)?$")
# "Chỉ số CCHC của tỉnh X đạt 18,20%": a unit's index below 40 is implausible but printed as its index all the
# same (a quote with two digits swapped, 81,20 -> 18,20); read it, so that the audit can say it is wrong - not
# a component's score, a change, a gap or a target ("mức tăng Chỉ số của tỉnh X là 2,5%")
_INDEX_LEAD_RE = re.compile(r"\bchi so\b[^;⟨]*\b(?:dat|la|dat duoc|dat muc|o muc)\s*$")
_NOT_INDEX_RE = re.compile(r"\b(?:thanh phan|linh vuc|tieu chi|tang|giam|chenh|khoang cach|thay doi|muc tieu|ke hoach)\b")
# "…, trong đó có A, B và C": a list that may name only some of them (the audit confirms with it, never accuses)
# (a class's bounds may stand between the count and its list: "2 đơn vị đạt từ 70% đến dưới 80% là: A; B")
_LIST_INTRO_RE = re.compile(r"^(?:[^;⟨.]|⟨[PY]\d+⟩){0,45}?(?::|\bla\b\s*:?|\bgom(?: co)?\b\s*:?|bao gom[^;⟨:.]{0,25}?:?|"
                            + PARTIAL_LIST_CUE + r")\s*")
_COLON_INTRO_RE = re.compile(r"^(?:[^;⟨.:(]|⟨[PY]\d+⟩){0,60}:\s*|^[^;⟨.:(]{0,30}\(\s*"
                             r"|^\s*[;,]\s*(?:danh sach|cu the|gom|bao gom)(?: cac [a-z ,]{2,30}?| gom)?\s*:\s*")  # "04; danh sách: …"
# a full stop after an abbreviation or after other punctuation (OCR's stray mark: "Giàng:.") ends no list
_NOT_AN_ABBREVIATION = "".join(rf"(?<!\b{a})" for a in sorted({a.lower() for a in ABBREVIATIONS})) + r"(?<![,;:_])"
_OPEN_FIGURE_RE = re.compile(r"⟨[PCKRX]\d+⟩")  # a figure printed in a clause (years, ⟨Y⟩, are not)
# a list ends at a bracket, except one that holds only a member's figure ("Bộ Tư pháp (91,20%), Bộ Tài chính …")
_LIST_STOP_RE = re.compile(r";\s*(?=(?:va\s+)?(?:nhom|loai|xep loai|xep hang|chi so|co ⟨|⟨[CR]|con ⟨|khong co|muc|tu ⟨|tren ⟨|duoi ⟨))"
                           rf"|\s+va\s+(?=khong co|chi so|nhom)|{_NOT_AN_ABBREVIATION}\.\s|\.$|\((?!\s*⟨P\d+⟩\s*\))"
                           r'|[”»]|"(?=\s*[,.;])')  # a quote closes on the list: "…: Bộ Công Thương”, Vụ trưởng … nói"
_STRAY_STOP_RE = re.compile(r"\s*[,;:_]+\.(?=\s)")
# a member's figure printed beside its name ("Bộ Ngoại giao đạt 88,30%", "Sở Y tế (91,2 điểm)"): a decimal or
# a figure with its unit, so that "Quận 1" keeps its number
_MEMBER_FIGURE_RE = re.compile(r"\s*(?:\b(?:đạt|với|là)\b|:)?\s*\(?\s*\d+(?:[.,]\d+)?\s*(?:%|điểm\b)\s*\)?"
                               r"|\s*(?:\b(?:đạt|với|là)\b|:)?\s*\(?\s*\d+[.,]\d+\s*\)?", re.IGNORECASE)
_LIST_CUT_RE = re.compile(r"[;,](?!\d)")
_MOVE_ITEM_END_RE = re.compile(r"[;,](?!\d)|\s(?:va|cung)\s")  # where a named unit's move ends and the next name opens
_DIRECTION_AFTER_RE = re.compile(r"\s*(?:%|diem(?: phan tram)?)?\s*,?\s*theo (?:huong|chieu) (?:tang|giam|di len|di xuong)")
_OUT_OF_BEFORE_RE = re.compile(r"\b(?:trong|trong so|tren|tren tong so)\s*$")  # "trong 27 đơn vị": the whole
# an item that compares or moves ("Bộ Ngoại giao cao hơn 8,61%") is a clause after the list, not a member
_CLAUSE_ITEM_RE = re.compile(r"\b(?:cao hon|thap hon|nhieu hon|it hon|tang|giam|chenh lech)\b")
_ABOVE_AVG = "above_average"
_WEAK_POPULATION_RE = re.compile(r"(?:cua|ca|tren|gom|bao gom|doi voi|tai|tinh cho|cho|co|voi)\b")
# the units a count is of do something the others did not ("13 bộ tăng điểm", "… có kết quả trên mức …")
_SUBSET_RE = re.compile(r"[^⟨;.,]{0,30}?\b(?:co (?:ket qua |chi so |diem )?)?(?:tang|giam|cao hon|thap hon|tren muc|duoi muc|"
                        r"dat tren|dat duoi|vuot|xep loai|thuoc nhom)\b")
# "đối với 58 tỉnh cùng 5 thành phố …": a count joined to another, each a part of the whole
_AND_ANOTHER_COUNT_RE = re.compile(r"\s*,?\s*(?:cung voi|cong voi|cung|va)\s*⟨[CX]\d+⟩")
_RISE_OR_FALL_AFTER_RE = re.compile(r"[^;,.⟨]{0,30}?\b(?:co (?:ket qua |chi so |diem )?)?(?:tang|giam)(?: diem)?\b")
# (after a comma only "do", "thuộc về": "95,13%, do Cà Mau đạt được"; "85,38%, của Tiền Giang là …" opens the next unit's)
# the answer to a question about who is in a class: "Đó là A, B và C.", "Gồm: A; B."
_ANSWER_LIST_RE = re.compile(r"^\W*(?:do la|day la|la|gom|bao gom|gom co|cu the la|cu the)\s*:?\s*")
# a count labelled as last year's: "năm trước 3", "năm ngoái có 46", "cùng kỳ: 5"
_LAST_YEAR_LABEL = r"\b(?:nam truoc|nam ngoai|cung ky)\s*(?:co|la|:)?\s*"
_LAST_YEAR_COUNT_RE = re.compile(_LAST_YEAR_LABEL + r"⟨C(\d+)⟩")
# … and the same label, or "(năm 2021:", right before a count: last year's count, read with this year's
_LAST_YEAR_BEFORE_RE = re.compile(r"(?:\(\s*nam ⟨Y\d+⟩\s*:\s*|" + _LAST_YEAR_LABEL + r")$")
# verbs of a count's change the change words above leave out: "ít đi", "thu hẹp", "mở rộng", "giảm bớt", "hụt"
_COUNT_CHANGE_VERB_RE = re.compile(r"\b(?:it di|thua di|thu hep(?: lai)?|mo rong(?: them)?|giam bot|hut(?: di| mat)?|"
                                   r"nhieu them|bo sung them|co them|(?:da |bi )?(?<!co )(?<!vang )mat(?: di| them)?)\s*(?:so voi [^⟨;]{0,20}?)?$")
# a count, then the share of the whole it makes: "… là 57, chiếm 90,48%", "32 tỉnh …, tương đương 50,79%"
_SHARE_OF_COUNT_RE = re.compile(r"⟨C\d+⟩[^⟨;.]{0,80}?[,(]\s*(?:chiem|tuong duong|tuong ung|bang)\s*(?:khoang |gan |hon |tren |"
                                r"xap xi )?(?:ty le\s*)?⟨P(?P<share>\d+)⟩")
# a question on how many units: "Bao nhiêu đơn vị …?", "… có bao nhiêu bộ, ngành?"
_HOW_MANY_UNITS_RE = re.compile(r"\bbao nhieu (?:cac )?(?:dia phuong|don vi|co quan|tinh|bo|so|huyen|nganh)\b")
# a question about one unit's figure: "Bộ Tài chính năm nay được bao nhiêu điểm?"
_HOW_MUCH_RE = re.compile(r"\b(?:bao nhieu|may (?=bo|don vi|dia phuong|tinh|so|huyen|co quan)|thu may|hang may|vi tri nao|vi tri thu may|ra sao|the nao|o dau|hang nao)\b[^?]*\?\s*$"
                          r"|^\W*con\s[^?⟨]{2,60}\?\s*$")  # "Còn Bến Tre?": what of this unit, answered next
_ITEM_MARK_RE = re.compile(r"^\s*[-–+•]\s*")
# a question on how many units rose or fell, and the count that opens its answer
_ASKED_MOVE_RE = {"rose": re.compile(r"\b(?:tang|cai thien)\b"), "fell": re.compile(r"\b(?:giam|sut)\b")}
_ELLIPTIC_MOVE_QUESTION_RE = re.compile(r"^\W*(?:con\s+)?(?:so\s+(?:don vi|dia phuong|bo, nganh|bo|tinh|so|huyen)\s+)?"
                                        r"(?:(?P<up>tang|cai thien)|giam|sut giam)(?: diem)?\s*(?:thi sao|the nao|bao nhieu)?\s*\?\s*$")
_ANSWER_COUNT_RE = re.compile(r"\W*(?:dap|tra loi|cau tra loi(?: la)?)?\s*:?\s*⟨[CX](\d+)⟩(?!\s*(?:bac|hang|diem|phieu|%))")
# a bracket opened right after a year, up to the figure in it: "so với năm 2021 (đứng thứ 54"
_YEAR_BRACKET_BEFORE_RE = re.compile(r"nam ⟨Y(\d+)⟩\s*\(\s*[a-z ]{0,25}$")
# a sentence opening on a range of units: "Từ Ninh Bình đến Yên Bái, …"
_FROM_TO_UNITS_RE = re.compile(r"\s*tu\s+([^,;⟨]{2,60}?)\s+den\s+([^,;⟨]{2,60}?)\s*,")
# … or a range of the table told in the sentence: "Bảng điểm 2019 trải từ Bình Thuận đến Hòa Bình, khoảng cách …"
_RANGE_OF_UNITS_RE = re.compile(r"\b(?:trai|trai dai|trai rong|keo dai|dao dong|chay|tri)\s+tu\s+"
                                r"([^,;⟨]{2,60}?)\s+(?:den|toi)\s+([^,;⟨]{2,60}?)\s*[,:–-]")
# the two ends of a gap named after it, each with its place: "Cách biệt 18,34%: A trên đỉnh, B dưới đáy"
_ENDS_AFTER_RE = re.compile(r"\s*(?:diem(?: phan tram)?|%)?\s*[:–-]\s*(?P<top>[^,;⟨]{2,60}?)\s+(?:o |nam |dung )?"
                            r"(?:tren dinh|dinh bang|dau bang|dung dau|dan dau|tren cung|xep dau)\s*[,;]\s*(?:con\s+)?"
                            r"(?P<bottom>[^,;⟨]{2,60}?)\s+(?:o |nam |dung )?(?:duoi day|day bang|cuoi bang|xep cuoi|dung cuoi|"
                            r"duoi cung|chot bang)\b")
# "… 79,40% thuộc về Cao Bằng", "Điểm số cao nhất (96,45%) là của Sở Y tế": the owner after the figure
_OWNER_AFTER_RE = re.compile(r"\s*\)?\s*(?:,\s*(?:thuoc ve|do|la cua|la ket qua cua|la diem so cua)|thuoc ve|la cua|cua|do|la ket qua cua|la diem so cua)\s+")
# a count's change, the head of the statements of last year's count below: "giảm 3", "tăng thêm 2", "ít hơn 3"
_COMMA_OWNER_RE = re.compile(r"\s*,\s*cua\s+(?=[^⟨;.]*(?:[.;]|$))")
# a change that led to the place the cue after it names: "… đã cải thiện thứ hạng để đứng đầu", "… tăng 5 bậc, vươn lên
# dẫn đầu", "… tiến bộ rồi giành ngôi đầu" (no score between the change and the cue: "tăng 2,10 điểm, cao nhất khối" is
# the change's extreme)
_CHANGE_LED_TO_PLACE_RE = re.compile(r"\b(?:tang|giam|muc tang|thay doi|tien bo|thang hang|cai thien)\b"
                                     r"[^;⟨]*(?:⟨[CKY]\d+⟩[^;⟨]*)*"
                                     r"(?:\b(?:de|roi|ma|nen|giup|va)|,\s*(?:(?:vuon|leo|nhay)\s+)?len)"
                                     r"(?:\s+(?:da|lan dau|chinh thuc|vuon len|leo len|len|gianh|chiem|o))*\s*$")
# a question that opens on the unit the other is set against: "So với Bộ Y tế, Bộ Tư pháp hơn bao nhiêu?", "Đặt cạnh
# B, A …", "Nếu so với B thì A …"
_AGAINST_FIRST_RE = re.compile(r"^\W*(?:(?:cau hoi|hoi)\s*:\s*)?(?:neu\s+)?"
                               r"(?:so voi|so sanh voi|doi chieu voi|dat canh|dat ben canh|ben canh)\s")
# a comparative's difference, then the level it is measured against: "cao hơn 4,06 điểm phần trăm so với 84,03%"
_AGAINST_LEVEL_RE = re.compile(r"(?:cao|thap|nhinh|kem|nhieu|it) hon\s*⟨P\d+⟩\s*(?:diem(?: phan tram)?|%)?\s*so voi\s*"
                               r"⟨P(\d+)⟩(?!\s*(?:diem(?: phan tram)?|%)?\s*\(?\s*(?:cua\s+)?nam\b)")
# the place a figure was recorded at, after it: "Tổng điểm cao nhất (92,80 điểm) được ghi nhận tại Sở Xây dựng", "…,
# rơi vào Bộ Y tế", "… được xác định cho Cà Mau"
_RECORDED_AT_RE = re.compile(r"\s*(?:diem(?: phan tram)?|%)?\s*\)?\s*,?\s*"
                             r"(?:(?:da\s+)?(?:duoc\s+)?(?:ghi nhan|xac dinh|trao|dem ve)\s+(?:tai|o|cho|ve|thuoc ve)"
                             r"|roi vao)\s+")
_COUNT_CHANGE = r"(?:\b(?:tang|giam|nhieu hon|it hon)(?: them| di)?\s*|\(\s*)⟨[XC](?P<c>\d+)⟩"
# "tăng từ 83,39 điểm (năm 2022) lên 84,88 điểm (năm 2023), tương ứng 1,49 điểm": a change whose direction the two
# levels before it give
_IMPLIED_CHANGE_RE = re.compile(r",\s*(?:tuong ung|tuong duong|tuc la|tuc)(?: voi)?(?: muc)?\s*⟨P(?P<c>\d+)⟩")
# a count's change signed in brackets after it: "có 4 bộ, ngành (-2 so với năm trước)"
_SIGNED_COUNT_CHANGE_RE = re.compile(r"\(\s*⟨X(?P<c>\d+)⟩\s*(?:don vi|dia phuong|bo|so|tinh|huyen|co quan)?\s*(?:so voi|,|\))")
_CHANGE_FROM_TO_RE = re.compile(r"\b(?:tang|giam|nhieu hon|it hon)(?: them| di| len| xuong)?\s*⟨[XC]\d+⟩[^⟨;]{0,20}?\btu\s*⟨C(?P<a>\d+)⟩"
                                r"(?:[^⟨;]|⟨Y\d+⟩){0,30}?\b(?:len|xuong|con)\s*⟨[XC](?P<b>\d+)⟩")
# "sự gia tăng của nhóm B: 3 bộ, ngành, từ 9 (năm 2017) thành 12": a count before a from-to is the change between them
_CHANGE_BEFORE_FROM_TO_RE = re.compile(r"⟨C(?P<c>\d+)⟩[^⟨;]{0,20}?,\s*tu\s*⟨[XC]\d+⟩(?:[^⟨;]|⟨Y\d+⟩){0,40}?"
                                       r"\b(?:len|xuong|thanh|con)\s*⟨[XC]\d+⟩")
# "giảm từ 17 địa phương (năm 2016) xuống 8 địa phương (năm 2017)": the first count is last year's
_PLAIN_FROM_TO_RE = re.compile(r"\b(?:tang|giam)(?: manh| nhe| dan)?\s*tu\s*⟨C(?P<a>\d+)⟩(?:[^⟨;]|⟨Y\d+⟩){0,30}?"
                               r"\b(?:len|xuong)(?: con)?\s*⟨[XC]\d+⟩")
# "Từ 15 đơn vị xuống 08 đơn vị: loại Khá giảm 07 …": a clause that opens on the two levels, its class after them
_OPENING_FROM_TO_RE = re.compile(r"(?:^|[.;:]\s)\W*tu\s*⟨C(?P<a>\d+)⟩[^⟨;]{0,30}?\b(?:xuong|len)(?: con| thanh)?\s*⟨C(?P<b>\d+)⟩")
# a count's change and last year's count after "so với": "giảm 3 so với con số 10 của năm 2022"
_COUNT_COMPARED_RE = re.compile(_COUNT_CHANGE + r"[^;⟨]{0,20}?\bso voi\s*"
                                r"(?:con so|muc|so luong|ket qua)?\s*(?:cua\s*)?⟨[XC](?P<p>\d+)⟩(?:[^;⟨]{0,25}?nam ⟨Y(?P<y>\d+)⟩)?")
# last year's count in brackets after the change: "ít hơn 3 so với năm 2022 (9)", "nhiều hơn 3 đơn vị (19 so với 16)"
_COUNT_THEN_PAREN_RE = re.compile(
    _COUNT_CHANGE + r"(?:[^;⟨()]|⟨C\d+⟩){0,40}?"
    r"(?:so voi (?:nam ⟨Y(?P<y>\d+)⟩|" + _LAST_YEAR_WORDS + r")\s*\(\s*(?:nam ⟨Y\d+⟩\s*:?\s*)?"
    # "giảm 1, hiện là 4 (cùng kỳ: 5)": last year's count labelled in the brackets
    r"|\(\s*(?:" + _LAST_YEAR_WORDS + r")\s*[:–-]?\s*(?:la\s*)?"
    r"|\(\s*⟨[XC]\d+⟩\s*so voi\s*)⟨[XC](?P<p>\d+)⟩[^()⟨]{0,20}\)")
# last year's count in brackets after the year it is compared with ("giảm 1 đơn vị so với năm 2020 (16 đơn vị)")
# a class's bound right before the figure ("Ở mức cao nhất, nhóm A (từ 90% trở lên) có 2 bộ"): a mark, no unit's result
# ("Đầu tư" ending a unit's name is no "từ")
_CLASS_BOUND_BEFORE_RE = re.compile(r"(?:\b(?:tren|duoi|khong duoi|khong thap hon|nguong|moc)|(?<!dau )\btu)\s*$")
# "… so với năm trước, khi có 12 địa phương": last year's count in a clause of its own
_COMPARED_WHEN_BEFORE_RE = re.compile(r"\bso voi (?:nam ⟨Y\d+⟩|" + _LAST_YEAR_WORDS + r")\s*,?\s*(?:khi|luc|khi do|luc do|thoi diem do)"
                                      r"\s*(?:co|la|chi co|moi co)?\s*(?:toi|den|len toi)?\s*$")
_COMPARED_COUNT_BEFORE_RE = re.compile(r"\bso voi (?:nam ⟨Y\d+⟩|" + _LAST_YEAR_WORDS + r")\s*\(\s*$")
# a member list that opens its sentence, then "là các / những đơn vị …": "Đắk Lắk và Yên Bái là các địa phương …"
_LEADING_LIST_RE = re.compile(r"^\s*(?:[^,⟨;]{0,30}(?:⟨Y\d+⟩|\bnam nay|\bnam qua)\s*,\s*)?(?P<list>[^⟨:()]{3,400}?)\s+la\s+"
                              r"(?:(?:cac|nhung)\s+(?:dia phuong|don vi|tinh|thanh pho|bo|so|co quan|huyen|quan)\b"
                              r"|(?P<one>(?:dia phuong|don vi|tinh|thanh pho|bo(?:, nganh)?|so(?:, nganh)?|co quan|huyen|quan)\s+"
                              r"(?:duy nhat\s+)?(?:xep loai|dat loai|thuoc|nam trong|o|duoc xep)\b))")
# (… or one unit: "UBND huyện X là đơn vị xếp loại Khá; tổng cộng 01 đơn vị", "Bộ Y tế là bộ, ngành duy nhất … (1 bộ)")
# "UBND thành phố Hạ Long; UBND huyện Tiên Yên và Sở Xây dựng là ba đơn vị xếp loại Khá": the list, then its count
_LIST_THEN_COUNT_RE = re.compile(r"^\s*(?:[^,⟨;]{0,30}⟨Y\d+⟩\s*,\s*)?(?P<list>[^⟨:()]{3,400}?)\s+la\s*$")
# the words between a list of units and its count: "… (2 địa phương)", "… – tổng cộng bốn", "…: đó là hai"
_COUNT_AFTER_LIST_RE = re.compile(r"(?:\(\s*(?:(?:tong (?:so|cong)|tat ca|ca thay|tat thay)\s*:?\s*)?|\s*[-–,:;]\s*(?:(?:do|day) (?:chinh )?la|"
                                  # "… – có tổng cộng 2", "… – tất thảy 2", "…; số lượng 3", "…; như vậy mức này có 3"
                                  r"(?:co )?(?:tong cong|tat thay|ca thay)(?: la)?|so luong(?: la)?|nhu vay [a-z ]{0,25}?\bco|"
                                  r"tong (?:so|cong)(?: la)?|tat ca(?: la)?)?\s*:?\s*)$")
# what opens a list of units: "gồm", "bao gồm", "là", a colon
# ("Thuộc nhóm A năm 2020 có A, B; C và D, tổng cộng 04 địa phương": "có" right after the group's name)
_LIST_OPENS_RE = re.compile(r"(?:\bbao gom\b|\bgom\b|\bla\b|:|\bco mat\b|\b(?:nhom [a-d]|xuat sac|tot|kha|trung binh|yeu)"
                            r"(?:\s*nam ⟨Y\d+⟩)?\s*co\b)\s*(?:co\s*)?(?:cac\s*)?")
# the whole a count of units above or below the average is of: "cứ 63 …", "tính trên 63 …", "trên tổng số 63",
# "trên tổng 63", "xét (cả) 63 …", "… 12 bộ (trong 17)"
_WHOLE = r"(?:\bcu|\btinh tren|\btren tong so|\btrong tong so|\btrong so|\btren tong|\btrong tong|\bxet(?: ca| tren| trong)?|\btrong)\s*"
_WHOLE_BEFORE_RE = re.compile(_WHOLE + "$")
# … the whole a count is out of, printed right after it: "(trên tổng số 20)", "trong số 20": never a count of its own
# a sum word right before a count that closes a run of counts: "…, 6 ở nhóm C (tổng số 17)", "…; tổng cộng: 63"
_SUM_OF_THE_COUNTS_BEFORE_RE = re.compile(r"[(;,–-]\s*(?:tong so|tong cong|tong|cong lai|cong|tat ca|ca thay)\s*(?:la\s*|:\s*)?$")
_WHOLE_RIGHT_BEFORE_RE = re.compile(r"(?:\btren tong so|\btrong tong so|\btrong so|(?:\(|\[)\s*(?:tren|trong)(?: tong)?)\s*$")
_WHOLE_RE = re.compile(_WHOLE + r"⟨[CX](\d+)⟩")
# "31 địa phương/63 địa phương": the whole after a slash (the number after "/" is no mention of its own)
_SLASH_WHOLE_RE = re.compile(r"\s*[a-z ,]{0,30}?/\s*(\d{1,3})\b")
# "của 30 địa phương (trong số 63)": the whole after the count in brackets, so the count is a part of it
_WHOLE_BESIDE_RE = re.compile(r"(?:\(|\[)\s*(?:tren|trong)\s*⟨[CX](\d+)⟩(?=[a-z ,]{0,30}[)\]])"  # "15 (trên 32)"
                              r"|(?:\(|\[|;|,)\s*(?:con\s+|trong khi\s+|trong luc\s+|khi\s+)?(?:tren\s+|trong\s+)?(?:(?:ca |toan )?bang(?: xep hang| diem| tong hop)?|ca nuoc|toan quoc|toan tinh|toan thanh pho|"
                              r"tong so|tong cong|tat ca)\b[^⟨;.()]{0,25}?(?:\bco|\bgom|\bla|:)\s*⟨[CX](\d+)⟩"
                              r"(?![^.;)\]⟨]*\b(?:nhom|loai|xep|tang|giam|tren|duoi|dat|vuot|thap|cao)\b)")
# "một trong (số) năm …": one of several, no count of its own
_OUT_OF_AFTER_RE = re.compile(r"\s*(?:[a-z ,]{0,30}?\s)?trong\b")
# a list of units that opens its sentence, closed by the band it is put in: "A và B được xếp vào nhóm A; …", "Với A;
# B và C, nhóm C …" (the band's words follow)
_LIST_THEN_BAND_RE = re.compile(r"^\s*(?:(?:voi|ca|tat ca)\s+|(?P<besides>ben canh|ngoai|cung voi)\s+)?(?P<list>[^⟨:()]{3,400}?)\s*(?:,\s*|\s+(?:duoc xep vao|duoc xep|"
                                r"deu thuoc|thuoc|nam trong|nam o|roi vao|co mat o|co ten trong|duoc dua vao|dat)\s+)"
                                r"(?=nhom [a-d]\b|(?:xep )?loai (?:xuat sac|tot|kha|trung binh|yeu)\b|muc [\"“‘']?(?:xuat sac|tot|kha))")
# a sentence that opens on the names its list adds to: "Bên cạnh A, …", "Ngoài A và B, …", "Cùng với A, …"
_BESIDES_OPENS_RE = re.compile(r"^\W*(?:ben canh|ngoai|cung voi)\s+(?P<first>[^⟨,]{3,120}?)\s*,")
# … the names the band's clause adds to the ones "bên cạnh / ngoài" opened with: "…, nhóm A còn có B và C – tổng cộng 3"
_MORE_MEMBERS_RE = re.compile(r"\b(?:con|cung|con co ca)?\s*(?:co|gom|co ten|don)(?:\s+them)?\s*:?\s+(?P<list>[^⟨:;()]{3,300}?)"
                              r"\s*(?:[–-]\s*(?=tong|tat ca|ca thay|cong|do la|⟨)|[:;(]|$)")
# … and the count that refers back to that band: "số địa phương thuộc mức này là", "có tổng cộng", "tất cả là"
_BAND_COUNT_REF_RE = re.compile(r"(?:\b(?:muc|nhom|loai|danh sach) (?:nay|do|tren|ay)\b[^⟨;.]{0,25}?(?:\bla|:|\bco|\bgom)"
                                r"|\b(?:tong cong|tat ca|ca thay|tat thay)(?: la| co)?)\s*:?\s*$")
# a dash with a space either side between two names of a list ("Hà Nam – Quảng Ninh"); a name's own hyphen
# ("Lao động - Thương binh và Xã hội") is no separator: the pieces are taken only when each names a unit
_DASH_SEPARATOR_RE = re.compile(r"\s+[–—]\s+")
# the words that name what a bare count counts after it, up to the group: "3 – đó là số bộ, ngành thuộc nhóm C",
# "5, tức số địa phương ở nhóm A"
_COUNT_NAMED_AFTER_RE = re.compile(r"\s*(?:[–:,-]\s*)?(?:(?:do|day) (?:chinh )?la|tuc(?: la)?|la)\s+(?:tong )?so(?: luong)?\s+"
                                   r"(?:cac\s+)?[a-z ,]{0,35}?(?:\b(?:thuoc|o|nam trong|trong|dat|xep|duoc xep(?: vao)?|xep vao)\s+)?")
# … or the bound it is counted above: "55 – số địa phương có điểm từ 80% trở lên", "12, tức số đơn vị đạt trên 85%"
_COUNT_BOUNDED_AFTER_RE = re.compile(r"\s*(?:[–:,-]\s*)?(?:(?:do|day) (?:chinh )?la\s+|tuc(?: la)?\s+|la\s+)?(?:tong )?so"
                                     r"(?: luong)?\s+(?:cac\s+)?[a-z ,]{0,35}?(?:\b(?:co diem(?: so)?|co ket qua|co chi so"
                                     r"(?: cchc)?|dat(?: diem| ket qua| chi so(?: cchc)?)?|xep|o muc|o nguong)\s*)?")
_WHOLE_AFTER_RE = re.compile(r"\s*\(\s*" + _WHOLE + r"⟨[CX]\d+⟩")
_TOTAL_BEFORE_RE = re.compile(r"\b(?:tong so|tong cong)(?:\s*[a-z ,]{0,40}?:)?\s*(?:la\s*|:\s*)?$")  # "tổng số đơn vị thuộc mức này: 6"
# the run of figures after "lần lượt", in the order their owners were named: counts ("nhóm A, B và C lần lượt có 1,
# 13 và 4 bộ") or scores ("A và B lần lượt đạt 88,96 điểm và 83,28 điểm")
_RESPECTIVE = r"\blan luot\b\s*(?:la|:|bang|dat duoc|dat|co|o muc)?\s*((?:⟨[{kinds}]\d+⟩\s*(?:diem)?\s*(?:,|;|va)?\s*)+)"
_RESPECTIVE_RUN_RE = re.compile(_RESPECTIVE.format(kinds="CX"))
_RESPECTIVE_SCORES_RE = re.compile(_RESPECTIVE.format(kinds="P"))
# a comma that opens the next item of a list of risers and fallers
_NEXT_ITEM_RE = re.compile(r"[,;]\s*(?:tang|giam|len|xuong|cai thien|so (?:don vi|dia phuong|bo|so|tinh|huyen))\b")
# the first word of direction after a count of risers or fallers
_DIRECTION_RE = re.compile(r"\b(?:(?P<down>giam|xuong|thap hon|sut|lui|tut)|tang|len|cao hon|cai thien)\b")
# a list item on its own line: "- Bộ Nội vụ;", "+ Bến Tre", "• Sở Y tế.", "1. Sở Tư pháp", "a) UBND huyện Kim Bảng"
_BULLET_START_RE = re.compile(r"^\s*(?:[-+•–*]|\d{1,2}[.)]|[a-zđ][.)])\s+")
_STATEMENT_ITEM_RE = re.compile(r"(?:nhom|loai|xep loai|tong so|tong cong|co ⟨|co \d|so (?:don vi|dia phuong|bo))\b")
def _bullet_mark(line: str) -> str:
    """The kind of a bullet's mark: its symbol, or "1" for a number and "a" for a letter ("2." and "3." alike)."""
    mark = line.strip()[:1]
    return "1" if mark.isdigit() else "a" if mark.isalpha() else "-" if mark in "-–—" else mark


_BULLET_RE = re.compile(r"^\s*(?:[-+•–*]|\d{1,2}[.)]|[a-zđ][.)])\s+([^\d;:]{2,80}?)\s*[;.,]?\s*$")
# "giảm 5 địa phương so với cùng kỳ, khi có tới 16": last year's count in a clause of its own
_COUNT_THEN_WHEN_RE = re.compile(
    _COUNT_CHANGE + r"[^;⟨()]{0,30}?"
    r"so voi (?:nam ⟨Y(?P<y>\d+)⟩|" + _LAST_YEAR_WORDS + r")\s*,?\s*(?:khi|luc|khi do|luc do|thoi diem do)"
    r"\s*(?:co|la|chi co|moi co)?\s*(?:toi|den|len toi)?\s*⟨[XC](?P<p>\d+)⟩")
# ("(12 → 9/29)", "(từ 4 → 6)": an arrow between the two ranks)
_BARE_FROM_TO_RE = re.compile(r"^[^⟨;()]{0,60}?\s*[,:]?\s*\(?\s*(?:tu\s*⟨X(\d+)⟩\s*(?:len|xuong)|(?:tu\s*)?⟨X(\d+)⟩\s*(?:→|->|=>|⟶|➝))"
                              r"\s*⟨[XKR](\d+)⟩")
_LETTER_RUN_RE = re.compile(r"\bnhom [a-d]\b(?:\s*(?:,|\bva)\s*[a-d]\b)+")
_CLASS_TALK_RE = re.compile(r"\bxep loai\b|\bloai (?:xuat sac|tot|kha|trung binh|yeu|kem)\b")
_BARE_CLASS_RE = re.compile(r"\b(xuat sac|tot|kha|trung binh|yeu|kem)\b")
# names set off by dashes between a count's noun and what is said of them: "Hai đơn vị – Sở Tư pháp và UBND huyện
# Vân Đồn – đạt loại Khá" (a list: no figure, no dash inside)
_DASHED_ASIDE_RE = re.compile(r"^[–-]\s[^–⟨.]{3,400}?\s[–-]\s*")
# names right after a count's noun, before what is said of them: "Ba địa phương Quảng Ninh, Hải Phòng và Đà Nẵng thuộc
# nhóm A", "2 đơn vị Sở Y tế và Sở Tư pháp được xếp loại Khá"
_APPOSED_LIST_RE = re.compile(r"\s+(?P<list>[^⟨;:.()–-]{3,300}?)\s+(?=(?:(?:deu|cung|da|duoc|van|chinh thuc)\s+)*"
                              r"(?:thuoc|dat|xep|nam|lot|roi|o nhom|o loai)\b)")
_DASHED_LIST_RE = re.compile(r"\s*[–-]\s(?P<list>[^–⟨.]{3,400}?)\s[–-]\s")
# the words of an assessment between a count's noun and the label or bound it was put in, in any order and number:
# "5 địa phương được công nhận thuộc nhóm A", "20 đơn vị chính thức được xếp loại Tốt", "3 bộ được xác định là
# nhóm C", "4 đơn vị năm nay được đánh giá đạt trên 80%" (no figure, no comma, no word of change or negation)
_ASSESSED_WORDS = ("da|duoc|deu|cung|van|chi|chinh thuc|tiep tuc|nam nay|lan nay|hien|cong nhan|danh gia|xac dinh|ghi nhan|"
                   "phan loai|xep hang|xet|xep|dua|phan|dat|thuoc|o|nam trong|nam o|vao|la|co ket qua|ket qua|lot|roi|dung|trong|"
                   "co mat|co ten|gop mat|nam")
_ASSESSED_INTO_RE = re.compile(rf"(?:(?:{_ASSESSED_WORDS})\b\s*){{2,6}}")
_CLAUSE_YEAR_KINDS = ("average", "value", "highest", "lowest", "count", "members", "rank")
_BELOW_AVG = "below_average"
# two levels in brackets right after a difference, in the order of the units named before it: "… 16,00 điểm (90,88% và
# 74,88% theo thứ tự)", "… 5,10 điểm (tương ứng 88,20 và 83,10 điểm)"
_LEVELS_AFTER_RE = re.compile(r"\s*\(\s*(?:(?:tuong ung|lan luot|theo thu tu|cu the)\s*(?:la\s*)?:?\s*)?⟨P(?P<a>\d+)⟩\s*"
                              r"(?:va|,|;|so voi|/|-|–)\s*⟨P(?P<b>\d+)⟩\s*(?:,?\s*(?:theo thu tu|tuong ung|lan luot))?\s*\)")
# a bracket right after a figure that holds a name and nothing else: "93,28% (Bộ Tài chính)"
_NAME_BRACKET_AFTER_RE = re.compile(r"\s*\(\s*([^()⟨;.:,]{2,80}?(?:,[^()⟨;.:,]{2,40}?){0,3})\s*\)")
# a sentence that opens by placing its subject above or below another unit: "Xếp trên Bộ Y tế, …", "Đứng sau Sở X, …"
_PLACED_AGAINST_RE = re.compile(r"^\W*(?:xep|dung|nam|o)\s+(?:tren|truoc|sau|duoi)\s+(?P<other>[^,;⟨]{2,80}?)\s*,")


@dataclass
class _State:
    """What the sentences read so far established: the year and the scope under discussion."""

    year: int | None
    province: str | None
    national: bool
    scope: str | None = None
    last_unit: str | None = None  # the unit the previous sentences spoke of ("địa phương này", "đơn vị này")
    last_band: str | None = None
    # the extreme the previous sentence gave a unit without its figure ("Ninh Thuận giành ngôi đầu. Địa phương này
    # đạt 91,70%."): (role, unit), for the next sentence only
    last_role: tuple[str, str] | None = None
    asked_count: Claim | None = None  # a class's count the previous sentence asked about, its members to come
    headed: bool = False  # the sentence is an item under a heading that names one class ("Số … nhóm C:\n- Giảm: 7.")
    # "Hỏi: Bao nhiêu đơn vị vượt 80%?" / "… có bao nhiêu bộ, ngành?": the bounds asked about, or "whole" for all
    # the units assessed; the count that opens the answer in the next sentence is theirs
    asked_how_many: tuple | str | None = None
    asked_band: bool = False  # the previous sentence asked who or how many are in the class it named
    # a band's members listed with no count ("Loại Khá gồm những đơn vị sau: A; B và C."; the answer "A, B và C." to
    # "Ai thuộc nhóm C?"): (printed band, year, members, sentences left), its count stated in the next sentences
    listed_band: tuple[str, int | None, list[str], int] | None = None
    band_lists: list[tuple[str, int | None, list[str], int]] = field(default_factory=list)  # every such list, in order
    last_level: str | None = None  # "average" when the figure the previous sentences spoke of last was the average
    index_year: int | None = None  # the year the document reports on ("năm nay")
    # levels (40–100) the sentences just read printed for no extreme: "- Năm nay: 84,97%", "- Năm trước: 81,63%"
    loose_levels: list[float] = field(default_factory=list)
    # the one unit a heading line right before names ("Thứ hạng của Sở Tư pháp" above "Hạng 2021: 12 | hạng 2022:
    # 8/29 | +4 bậc"): the unit of the next sentence's rank move when that sentence names none
    heading_unit: str | None = None


@lru_cache(maxsize=1)
def _compared_before() -> re.Pattern:
    """A comparison before a score in its clause ("A thua B 1,00%, đạt …"): the catalogue's comparatives, then the
    figure compared; the score after it is the first unit's, not the one compared with."""
    return re.compile(rf"\b(?:{catalogue()['roles']['comparative']})\b[^;⟨]{{2,60}}?⟨P\d+⟩")


@lru_cache(maxsize=1)
def _bands() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(b["pattern"]), b["family"]) for b in catalogue()["bands"]]


@lru_cache(maxsize=1)
def _bounds() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(expand(b["pattern"])), b["closed"]) for b in catalogue()["bounds"]]


_LEVEL_KINDS = {"value", "highest", "lowest", "average", "comparison", "gap", "delta"}
# what a province measures besides its index: rates of records handled, services online, digitisation, spending
_MEASURE_RE = re.compile(r"\bty le\b|\bho so\b|\bso hoa\b|\bdich vu cong\b|\btruc tuyen\b|\bdung han\b|"
                         r"\btre han\b|\bgiai ngan\b|\bthanh toan\b")
_INDEX_WORDS_RE = re.compile(r"\bchi so\b|\bpar index\b|\bdiem\b|\bxep hang\b")
_NEXT_FIGURE_OR_CLAUSE_RE = re.compile(r"⟨[CR]|[;.:]|\bva\b|,")
_SCOPE_PREPOSITION_RE = re.compile(r"\b(?:o|thuoc|tai|trong)\s+$")


@lru_cache(maxsize=1)
def _scope_cues() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(rf"(?:{p})"), scope) for scope, p in catalogue()["scope_cues"].items()]


@lru_cache(maxsize=None)
def _cue(name: str) -> re.Pattern:
    return re.compile(rf"(?:{catalogue()['cues'][name]})")


@lru_cache(maxsize=8192)
def _registry_name(name: str, scope: str | None, national: bool, province: str | None, year: int | None) -> str | None:
    """The registry's name for a printed unit name, or None.  Cached: a sentence's candidate spans are tried
    word by word, and the same spans recur from sentence to sentence."""
    key = fold_text(name).lower()
    if province and re.match(r"(?:ubnd |uy ban nhan dan )?tinh\b", key):
        return None  # "UBND tỉnh Hải Dương" in its own report is the issuer, not a ranked unit
    if national or scope in ("provinces", "ministries"):
        from parscan.registries.national import match_national_unit

        want = scope if scope in ("provinces", "ministries") else None
        m = match_national_unit(name, want, year)
        if m.canonical:
            return m.canonical
        if want:
            return None
    own = unit_registry().province(province) if province else None
    if own is not None and key.removeprefix("tinh ").strip() == fold_text(own.name).lower():
        return None  # "Hà Tĩnh" in Hà Tĩnh's own report is the province, not its capital city ("thành phố Hà Tĩnh")
    m = match_unit(name, province)
    return m.canonical if m.canonical and (m.score or 0) >= 88 else None


def extract_frames(doc: ParscanDocument, dt: DocText | None = None) -> list[Claim]:
    """Every statement the catalogue reads in the document's repaired text, in reading order (`dt`: that text's
    sentence shapes, when the caller has built them already)."""
    dt = dt or document_text(doc)
    folded = dt.folded
    national = bool(re.search(r"truc thuoc trung uong|bo, co quan ngang bo|63 tinh|cac tinh, thanh\b", folded)) \
        or _provinces_named(folded) >= 3
    province = doc_province(doc)
    if province is None and not national:  # a press text names its province in the title
        found = unit_registry().find_province(dt.text[:600])
        province = found.id if found else None
    state = _State(year=doc.document.year_assessed, province=province, national=national)
    claims: list[Claim] = []
    sentence_of: dict[int, int] = {}
    paragraph_of: dict[int, int] = {}
    contexts: list[SentenceContext] = []
    paragraph = 0
    default_year = _index_year(dt) or state.year
    state.year = state.index_year = default_year
    opening = True
    for i, sentence in enumerate(dt.sentences):
        if _new_paragraph(dt.text, sentence.start):
            state.year = default_year or state.year  # "Kết quả năm 2019: ..." speaks for its own paragraph only
            paragraph += 1
            opening = True
        year_before = state.year
        if not sentence.mentions and sentence.shape.rstrip().endswith(":") and _cue("average").search(sentence.shape):
            state.last_level = "average"  # "Về giá trị trung bình:" heads the items that follow
        _advance(state, sentence)
        reader = _Reader(dt, sentence, state)
        read = reader.read()
        if not opening and state.year != year_before and default_year and state.year and state.year < default_year:
            state.year = year_before  # "…13 đơn vị. Năm 2019, con số này là 14. Kết quả thấp nhất …": an aside
        elif default_year and state.year and state.year < default_year and _ends_on_year(sentence, default_year):
            state.year = default_year  # "Năm 2018 là 82,47%, năm 2019 là 83,80%. Có 63 …": the sentence ended on this year
        opening = False
        block = _itemised_total(dt, i) or _total_as_last_item(dt, i) or _total_after_short_items(dt, i)
        if block is not None:
            block.year = state.year
            read.append(block)
        for c in read:
            sentence_of[id(c)], paragraph_of[id(c)] = i, paragraph
        claims += read
        contexts.append(reader.context(i, paragraph))
        state.heading_unit = _heading_unit(reader, dt.text, sentence)
    _lists_stated_apart(claims, state.band_lists)
    for i, c in read_unit_changes(dt, contexts):
        here = [o for o in claims if sentence_of.get(id(o)) == i]
        if any(o.kind != "delta" and o.subject == c.subject and o.previous_value is not None and o.change is not None
               for o in here):
            continue  # the frames read this move whole
        # the pieces the frames read of it, with a year guessed, give way to the whole
        claims = [o for o in claims if not (sentence_of.get(id(o)) == i and (
            o.kind == "delta" and o.value is not None and abs(o.value) == abs(c.change or 0)
            or o.kind == "gap" and o.subject is None and o.other is None and o.value == abs(c.change or 0)
            or o.kind == "value" and o.subject == c.subject and o.value in (c.value, c.previous_value)))]
        sentence_of[id(c)], paragraph_of[id(c)] = i, contexts[i].paragraph
        claims.append(c)
    for i, c in read_windows(dt, contexts):
        if c.frame == "window_total" and any(sentence_of.get(id(o)) == i and o.parts and o.value == c.value
                                              for o in claims):
            continue  # the frames read this total with its parts already
        if c.frame == "window_change" and c.kind == "rank" and any(
                sentence_of.get(id(o)) == i and o.kind == "rank_move" and o.previous_value is not None
                and o.value is not None and abs(o.value) == abs(c.change or 0) for o in claims) and any(
                sentence_of.get(id(o)) == i and o.kind == "rank" and o.frame == "rank" and o.subject == c.subject
                for o in claims):
            continue  # the frames read this move with last year's rank and this year's: `_rank_moves` checks it
        if c.frame == "window_change" and c.kind == "count" and any(
                sentence_of.get(id(o)) == i and o.kind == "count" and o.change == c.change and o.band == c.band
                and o.year != c.previous_year for o in claims) and sum(o.kind in ("count", "members") and o.band == c.band
                                         and o.year == c.previous_year and o.value is not None
                                         and o.frame != "window_change" for o in claims) == 1:
            continue  # … and last year's count of the class stands on its own: `_count_changes` joins them
        if c.frame == "window_change":  # the change the frames read alone belongs to this relation now
            claims = [o for o in claims if not (sentence_of.get(id(o)) == i and o.kind in ("rank_move", "delta")
                                                and o.value is not None and abs(o.value) == abs(c.change or 0))]
            # "nhóm C năm 2022 [2] ít hơn năm 2021 [5] là 3 bộ": the class's count the frames took from its change
            claims = [o for o in claims if not (sentence_of.get(id(o)) == i and o.kind == "count" and c.kind == "count"
                                                and o.band == c.band and o.value is not None and c.value is not None
                                                and o.value == abs(c.change or 0) != c.value
                                                and o.value != c.previous_value)]
            for o in claims:
                if sentence_of.get(id(o)) == i and o.kind in ("count", "rank") and o.change == c.change \
                        and o.previous_value is None:
                    o.change = None
        if c.frame == "window_total":  # the total and its parts, read one by one before, are one statement now
            figures = {c.value, *c.parts}
            superseded = [o for o in claims if sentence_of.get(id(o)) in (i, i - 1) and o.kind in ("survey_count", "total")
                          and not o.parts and o.value in figures and _within(o, c)]
            for o in superseded:  # (the scope the sentence's reading gave the total stays the statement's)
                if o.value == c.value and c.scope is None and o.scope in ("provinces", "ministries"):
                    # (not a province's departments or districts: the words near a whole of both may name either)
                    c.scope, c.group = o.scope, o.group
            claims = [o for o in claims if not any(o is x for x in superseded)]
        sentence_of[id(c)] = i
        paragraph_of[id(c)] = contexts[i].paragraph
        claims.append(c)
    pair_bare_gaps(claims, sentence_of, paragraph_of)
    return name_the_extremes(join_counts_apart(join_count_levels_apart(join_unit_changes_apart(join_later_averages(link_differences(
        _compared_counts_change_nothing(claims), sentence_of, paragraph_of))))))


def _compared_counts_change_nothing(claims: list[Claim]) -> list[Claim]:
    """"… giảm 3 đơn vị so với năm 2021, khi loại Khá có 11 đơn vị": the count of the year compared with is that
    year's level; the change the sentence states is the next year's count's, not a change of that one.  The change
    becomes a statement of its own with that level as last year's (`join_counts_apart` finds the next year's)."""
    out = list(claims)
    for c in claims:
        if c.kind == "count" and c.change is not None and c.previous_value is None and c.year is not None \
                and c.year == c.previous_year:
            if c.band:
                out.append(c.model_copy(update={"frame": "window_change", "value": None, "previous_value": c.value,
                                                "subject": c.band, "previous_year": c.year, "year": c.year + 1}))
            c.change, c.previous_year = None, None
    return out


def join_count_levels_apart(claims: list[Claim]) -> list[Claim]:
    """A class's change stated alone ("Số bộ thuộc nhóm A giảm 2 so với năm trước.", `claim_windows._change_alone`)
    takes its two counts from the one statement of the class's count in each of the two years, wherever they stand
    ("Theo số liệu: năm 2022 có 4 bộ thuộc nhóm A, năm 2021 có 6 bộ", another paragraph); without exactly one value
    for each year, or with the class counted for units of two kinds, the change claims nothing."""
    out = []
    for c in claims:
        if c.frame == "window_change" and c.kind == "count" and c.value is None and c.previous_value is None:
            same = [o for o in claims if o.kind in ("count", "members") and o.frame != "window_change" and o.band
                    and c.band and fold_text(o.band).lower() == fold_text(c.band).lower() and o.value is not None]
            now = {o.value for o in same if o.year == c.year}
            then = {o.value for o in same if o.year == c.previous_year}
            if len(now) != 1 or len(then) != 1 or len({o.scope for o in same} - {None}) > 1:
                continue
            c.value, c.previous_value = now.pop(), then.pop()
            for o in same:
                if o.year in (c.year, c.previous_year):
                    _widen(c, o)
        out.append(c)
    return out


def join_counts_apart(claims: list[Claim]) -> list[Claim]:
    """A class's change read with the compared year's count only ("So với năm 2021 (40 địa phương), nhóm B năm 2022
    tăng 15 địa phương") takes this year's count from the one statement of it in the document ("Nhóm B năm 2022: 55
    địa phương", another paragraph); without exactly one, nothing is claimed."""
    out = []
    for c in claims:
        if c.frame == "window_change" and c.kind == "count" and c.value is None:
            now = [o for o in claims if o.kind in ("count", "members") and o.frame != "window_change" and o.band
                   and c.band and fold_text(o.band).lower() == fold_text(c.band).lower() and o.year == c.year
                   and o.value is not None]
            if len({o.value for o in now}) != 1:
                continue
            c.value = now[0].value
            _widen(c, now[0])
        out.append(c)
    return out


def join_unit_changes_apart(claims: list[Claim]) -> list[Claim]:
    """A unit's change with no level beside it ("Sở Tư pháp là đơn vị có Chỉ số CCHC tăng 2,16 điểm phần trăm so với
    năm 2021.") joins the one figure the document states for that unit in that year, wherever it stands (a later
    paragraph: "Cụ thể, điểm của Sở Tư pháp năm 2021 là 87,53% và năm 2022 là 89,69%."); the audit then finds the
    year before's figure as it does for a change stated with its level.  Without exactly one, it stays apart."""
    out = []
    for c in claims:
        if c.kind == "delta" and c.frame == "change" and c.subject and c.previous_value is None \
                and c.change is not None and c.year is not None:
            levels = [o for o in claims if o.kind == "value" and o.subject == c.subject and o.year == c.year
                      and o.value is not None]
            # (a level read with last year's beside it takes the change too: "… năm 2022 đạt 85,81%, năm 2021 đạt
            # 84,20%" in another paragraph)
            if len(levels) == 1 and levels[0].change is None:
                levels[0].change = c.change
                _widen(levels[0], c)
                continue
        elif _change_with_previous_apart(c, claims):
            continue
        out.append(c)
    return out


def _change_with_previous_apart(c: Claim, claims: list[Claim]) -> bool:
    """"So với năm 2021 (đạt 83,10%), Sở Tư pháp đã tăng 2,30 điểm" with "Sở Tư pháp năm 2022 đạt 85,40%" in another
    paragraph: a unit's change read with last year's level but not this year's joins the one level the document
    states for that unit in that year, when that level carries no change or earlier level of its own (the change
    and last year's level move onto it, so the audit checks the three figures together).  True when joined."""
    if not (c.kind == "delta" and c.frame == "change" and c.subject and c.previous_value is not None
            and c.change is not None and c.year is not None and (c.previous_year is None or c.previous_year < c.year)):
        return False
    levels = [o for o in claims if o.kind == "value" and o.subject == c.subject and o.year == c.year
              and o.value is not None]
    if len(levels) != 1 or levels[0].change is not None or levels[0].previous_value is not None:
        return False
    level = levels[0]
    level.change, level.previous_value, level.previous_year = c.change, c.previous_value, c.previous_year
    _widen(level, c)
    return True


def join_later_averages(claims: list[Claim]) -> list[Claim]:
    """A change of the average from an earlier year's stated average up to a later year ("điểm trung bình năm 2021
    là 82,29%; như vậy năm 2022 đã tăng 1,22%") joins the one average the document states for that later year,
    wherever it stands; without exactly one, the change stays a claim of its own."""
    out = []
    for c in claims:
        if c.kind == "delta" and c.frame == "change" and c.subject is None and c.previous_value is not None \
                and c.year is not None and c.previous_year is not None and c.previous_year < c.year:
            later = [o for o in claims if o.kind == "average" and o.year == c.year and o.value is not None
                     and (o.scope == c.scope or None in (o.scope, c.scope)) and not o.field]
            if len(later) == 1 and later[0].change is None and later[0].previous_value is None:
                later[0].change, later[0].previous_value, later[0].previous_year = c.change, c.previous_value, c.previous_year
                _widen(later[0], c)
                continue
        out.append(c)
    return out


def _provinces_named(folded: str) -> int:
    """How many provinces a (folded) text names: a press text on the national ranking may never say "63 tỉnh" nor
    "trực thuộc Trung ương", but names three provinces or more; a province's report names its own (and a city
    that shares its name)."""
    key = f" {re.sub(r'[^a-z0-9]+', ' ', folded.lower())} "
    return sum(f" {re.sub(r'[^a-z0-9]+', ' ', fold_text(p.name).lower())} " in key for p in unit_registry().provinces)


_BLOCK_INTRO_RE = re.compile(r"⟨C(\d+)⟩(?:[^⟨]{0,40}?(?:gom|gom co|bao gom|cu the(?: nhu sau)?|nhu sau|trong do|"
                             r"(?:chia|phan) theo [a-z ]{2,20})\s*:?\s*\.?"
                             r"|[a-z ,]{0,25}\)?\s*:)\s*$")  # "…, gồm:", "Số phiếu phát ra (1.200 phiếu):", "…, chia theo đối tượng:"
_BLOCK_TAIL_RE = re.compile(r"⟨C(\d+)⟩[^⟨]{0,25}$")
_BLOCK_WORD_RE = re.compile(r"^\s*(?:gom|gom co|bao gom|cu the(?: nhu sau)?|nhu sau|trong do)\s*:?\s*\.?\s*$")


_HEADING_RE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?(?:\s|$)|[IVX]{1,4}\.(?:\s|$)|[a-zđ]\)\s)")


def _bullet(s: Sentence) -> str:
    head = s.text.lstrip()[:1]
    return head if head in "-+•–*" else ""


def _itemised_total(dt: DocText, i: int) -> Claim | None:
    """A total followed by its items, one per bullet ("… 472 phiếu. Gồm: + … 04 phiếu; + … 36 phiếu; …").

    The items are the sentences at the next bullet level (a "+" under a "-"); sentences without a bullet
    continue the item before them; the first count of the total's kind outside brackets is the item's part."""
    sentences = dt.sentences
    s = sentences[i]
    m = _BLOCK_INTRO_RE.search(s.shape)
    start = i + 1
    if m is None:
        tail = _BLOCK_TAIL_RE.search(s.shape)
        if tail is None or start >= len(sentences) or not _BLOCK_WORD_RE.match(sentences[start].shape):
            return None
        m, start = tail, start + 1
    total = s.mentions[int(m.group(1))]
    if total.scope in ("groups", "rank", "fields"):
        return None  # "theo 02 nhóm như sau:": the items are the groups, not parts of a count
    if start >= len(sentences) or not _bullet(sentences[start]) or _bullet(sentences[start]) == _bullet(s):
        return None
    level, parts, end = _bullet(sentences[start]), [], s.end
    for item in sentences[start:]:
        bullet = _bullet(item)
        if bullet == level:
            part = _item_count(item, total)
            if part is None:
                return None  # an item without its count: the block cannot be added up
            parts.append(part)
        elif _HEADING_RE.match(item.text) or (bullet and not (level == "-" and bullet == "+")) or (
                not bullet and dt.text[item.start - 1: item.start] == "\n"):
            break  # a heading, a bullet of another level, or a line of prose: the block is over
        end = item.end
    if len(parts) < 2:
        return None
    ev = dt.evidence(total.start, end)
    return Claim(kind="survey_count" if total.scope == "ballots" else "total", frame="itemised_total",
                 value=total.value, parts=[p.value for p in parts], unit="phiếu" if total.scope == "ballots" else "đơn vị",
                 subject=dt.text[s.start: total.end].strip()[-80:], approximate=total.approximate, bound=total.bound, evidence=ev,
                 text=ev.text)


_TOTAL_ITEM_RE = re.compile(r"^\W*(?:tong cong|tong so|tong|cong|tat ca|toan bo)\b")


def _title_line(dt: DocText, s: Sentence) -> bool:
    """A line of its own that ends on a word, not on a stop ("Phiếu khảo sát năm nay"): a heading for the lines
    under it, like one that ends on a colon."""
    shape = s.shape.rstrip()
    return bool(re.search(r"(?:\w|⟨Y\d+⟩)$", shape)) and (s.start == 0 or dt.text[s.start - 1: s.start] == "\n") \
        and dt.text[s.end: s.end + 1] in ("\n", "")


def _total_as_last_item(dt: DocText, i: int) -> Claim | None:
    """A heading with no figure, then its items one per bullet, the last of them the total ("Đối tượng xếp
    hạng:" • Bộ: 16 • Cơ quan ngang bộ: 3 • Tổng cộng: 19 bộ, ngành); the heading may be a title line with no colon
    ("Phiếu khảo sát năm nay" / – …: 31.900 / – …: 22.932 / – Cộng: 54.832)."""
    sentences = dt.sentences
    s = sentences[i]
    if any(m.kind != "Y" for m in s.mentions) or not (s.shape.rstrip().endswith(":") or _title_line(dt, s)) \
            or i + 1 >= len(sentences):  # (a heading may name its year: "Phiếu khảo sát năm 2022")
        return None
    level = _bullet(sentences[i + 1])
    if not level:
        return None
    items = []
    for item in sentences[i + 1:]:
        if _bullet(item) != level:
            break
        items.append(item)
    if len(items) < 3 or not _TOTAL_ITEM_RE.match(items[-1].shape):
        return None
    total = _item_count(items[-1], Mention("C", 0, 0, 0, "")) or _bare_whole_item(items[-1], items[:-1])
    if total is None:
        return None
    parts = [_item_count(item, total) for item in items[:-1]]
    if any(p is None for p in parts):
        return None
    ev = dt.evidence(s.start, items[-1].end)
    return Claim(kind="survey_count" if total.scope == "ballots" else "total", frame="itemised_total",
                 value=total.value, parts=[p.value for p in parts if p is not None],
                 unit="phiếu" if total.scope == "ballots" else "đơn vị", subject=s.text.strip()[-80:],
                 approximate=total.approximate, bound=total.bound, evidence=ev, text=ev.text)


def _bare_whole_item(item: Sentence, before: list[Sentence]) -> Mention | None:
    """A closing item whose sum is printed bare ("• Tổng: 19", "• Tổng: 30.220": no noun, so not read as a count):
    a whole number, counting what the items before it count (ballots when every item counts ballots)."""
    if len(item.mentions) != 1 or item.mentions[0].kind not in "XP" or item.mentions[0].value != int(item.mentions[0].value):
        return None
    mention = item.mentions[0]
    if mention.kind == "P" and not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", mention.printed):
        return None  # a score ("Tổng: 85,20"), not a number printed with its thousands dot
    counts = [_item_count(b, Mention("C", 0, 0, 0, "")) or _item_count(b, Mention("C", 0, 0, 0, "", scope="ballots"))
              for b in before]
    if any(c is None for c in counts):
        return None
    ballots = all(c.scope == "ballots" for c in counts if c is not None)
    return replace(mention, kind="C", scope="ballots" if ballots else None, noun="phieu" if ballots else None)


# one short item of a list told sentence by sentence or bullet by bullet: "Bộ: 16.", "– Cơ quan ngang bộ: 3",
# "+ Người dân, tổ chức: 18.361;" (a label, its colon and one count, nothing after it)
_SHORT_ITEM_RE = re.compile(r"^\W*[a-z][a-z ,]{1,60}?\s*:\s*⟨C(\d+)⟩(?:\s*[a-z ,]{0,30}?)?\s*[.;]?\s*$")
_SHORT_TOTAL_RE = re.compile(r"^\W*(?:tong cong|tong so|tong|cong|tat ca|toan bo|cong lai)\s*(?:la\s*)?:?\s*⟨C(\d+)⟩[^⟨]{0,30}$")


def _total_after_short_items(dt: DocText, i: int) -> Claim | None:
    """Items stated one short sentence or bullet each, closed by their sum ("Bộ: 16. Cơ quan ngang bộ: 1. Cộng: 17
    bộ, ngành."; a question, then "– Bộ: 16 / – Cơ quan ngang bộ: 3 / – Tất cả: 19 bộ, ngành"): whatever heads
    them, the run of items right before the closing line are its parts.  Units must each be of another kind
    (counts of one kind are classes or groups, which `_counts` reads); ballots each of other respondents."""
    sentences = dt.sentences
    closing = _SHORT_TOTAL_RE.match(sentences[i].shape)
    if closing is None:
        return None
    total = sentences[i].mentions[int(closing.group(1))]
    if total.scope in ("groups", "rank", "fields"):
        return None
    items: list[Mention] = []
    j = i - 1
    while j >= 0 and (m := _SHORT_ITEM_RE.match(sentences[j].shape)) and _LABEL_OR_BOUND_RE.search(sentences[j].shape) is None:
        mention = sentences[j].mentions[int(m.group(1))]
        if (mention.scope == "ballots") != (total.scope == "ballots") or mention.scope in ("groups", "rank", "fields"):
            return None
        items.insert(0, mention)
        j -= 1
    if len(items) < 2 or any(p.value >= total.value for p in items) or j >= 0 and _total_as_last_item(dt, j):
        return None  # (a heading ending on its colon heads them: `_total_as_last_item` reads the block)
    if total.scope != "ballots" and (any(p.noun is None for p in items) or len({p.noun for p in items}) < len(items)):
        return None
    ev = dt.evidence(items[0].start, total.end)
    return Claim(kind="survey_count" if total.scope == "ballots" else "total", frame="itemised_total",
                 value=total.value, parts=[p.value for p in items], unit="phiếu" if total.scope == "ballots" else "đơn vị",
                 subject=total.noun, approximate=total.approximate or any(p.approximate for p in items), bound=total.bound,
                 evidence=ev, text=ev.text)


# a class, a group or a band's bounds in an item: a count by class, not by kind of unit
_LABEL_OR_BOUND_RE = re.compile(r"\b(?:nhom|loai|xep loai|muc|xuat sac|tot|kha|trung binh|yeu|tren|duoi|tu|tang|giam)\b")


def _item_count(item: Sentence, total: Mention) -> Mention | None:
    depth = 0
    for ch_index, token in ((m.start(), m) for m in _TOKEN_RE.finditer(item.shape)):
        depth = item.shape.count("(", 0, ch_index) - item.shape.count(")", 0, ch_index)
        if depth or token.group(1) != "C" or not token.group(2):
            continue
        mention = item.mentions[int(token.group(2))]
        if (mention.scope == "ballots") == (total.scope == "ballots"):
            return mention
    return None


def _index_year(dt: DocText) -> int | None:
    """The year whose index the document reports: the first "Chỉ số CCHC (năm) 2021" / "PAR INDEX 2020" it names
    (a date's year, or the year a report was issued, is not it)."""
    for s in dt.sentences[:40]:
        m = re.search(r"(?:chi so|cchc|par index|par-index|ket qua)[^.;⟨]{0,40}?(?:nam\s+)?⟨Y(\d+)⟩", s.shape)
        if m:
            return int(s.mentions[int(m.group(1))].value)
    return None


def _new_paragraph(text: str, start: int) -> bool:
    """Does the sentence open a paragraph (it starts a line, and the line before ended a sentence)?"""
    if start == 0 or text[start - 1] != "\n":
        return False
    before = text[:start - 1].rstrip(" ")
    line = before[before.rfind("\n") + 1:]
    return not line.strip() or line.rstrip()[-1:] in ".:!?"


_EARLIER_RE = re.compile(rf"(?:{catalogue()['cues']['compared']}|cung ky|hon|truoc|tu nam|tu muc|tu hang|tu vi tri|den nam|giai doan|"
                         r"lan luot|cac nam|cua nam)"
                         r"(?:[^;⟨]|⟨[PXCKR]\d+⟩){0,60}$|thang ⟨X\d+⟩\s*$|\(\s*(?:nam\s*)?$")
# "Từ 82,37% năm 2018, điểm trung bình đã tăng lên 84,19% năm 2019": the opening figure's year is the earlier one
_OPENING_FROM_RE = re.compile(r"^\W*tu\s*(?:muc\s*)?⟨P\d+⟩\s*\(?\s*(?:cua |vao |trong )?nam\s*$")


_RANK_THEN_RE = re.compile(r"\s*\(\s*(?:(?:nam\s*)?⟨Y(?P<y>\d+)⟩|(?P<words>nam truoc|nam ngoai|cung ky|ky truoc))\s*(?::|la|-|–)?\s*(?:xep thu\s*|xep hang\s*|xep\s*|dung thu\s*|hang\s*|thu\s*)?"
                           r"⟨[KXC](?P<k>\d+)⟩\s*\)")
# "ở vị trí 20/63 năm 2022, năm 2021 là 23", "xếp thứ 9; năm ngoái: 12": last year's rank in the next clause, named
# only by its year (its own year, if printed after the rank, first)
_RANK_THEN_CLAUSE_RE = re.compile(r"(?:\s*\(?\s*(?:nam\s*)?⟨Y(?P<own>\d+)⟩\s*\)?|\s*nam nay)?\s*[,;]\s*(?:con\s*|va\s*|trong khi\s*)?"
                                  r"(?:(?P<words>nam ngoai|nam truoc)|nam ⟨Y(?P<y>\d+)⟩)\s*(?:la|:|–|-|xep thu|dung thu|o vi tri|"
                                  r"xep hang|o hang)?\s*(?:thu\s*|hang\s*|vi tri\s*)?⟨[XKC](?P<k>\d+)⟩(?!\s*(?:bac|%|diem|/))"
                                  r"(?=\s*(?:[.;)]|$))")
# "…, tăng ba bậc so với năm liền kề, khi xếp thứ 15": last year's rank, in a clause of its own
_RANK_WHEN_RE = re.compile(r"\bso voi (?:nam ⟨Y\d+⟩|" + _LAST_YEAR_WORDS + r")\s*,?\s*(?:khi|luc|khi do|luc do)\s*"
                           r"(?:(?:chi |moi )?(?:xep|dung|o)\s*)?(?:hang|thu|vi tri)?\s*(?:thu\s*)?$")
# a year printed right after a figure, its own: "83,54% trong năm 2021"
_FIGURE_YEAR_RE = re.compile(r"⟨[PCK]\d+⟩\s*(?:\(\s*)?(?:trong |cua |vao |o )?nam\s*$")
_THIS_YEAR_RE = re.compile(r"\bnam nay\b")
# what may stand between a class's label and its bounds: "loại Tốt (Chỉ số từ 85% …)", "nhóm B: điểm đạt từ …"
_BOUNDS_ATTACHED_RE = re.compile(r"\s*[(,:–-]?\s*(?:(?:chi so|diem so|diem|muc|ket qua)\s*(?:dat\s*|:\s*)?)?")
# "… năm nay xếp thứ 40/63, năm ngoái thứ 42": a rank right after the last year's words is that year's
_LAST_YEAR_RANK_RE = re.compile(r"\b" + _LAST_YEAR_WORDS + r"\s*(?:la\s*|xep\s*|dung\s*|o\s*)?(?:vi tri\s*|hang\s*|thu hang\s*)?"
                                r"(?:thu\s*|so\s*)?$")
# "…, nay xếp 11/63, năm 2021 xếp 20": a rank after the year it is of (an earlier year's: last year's rank)
_YEAR_LABEL_BEFORE_RE = re.compile(r"\bnam ⟨Y(\d+)⟩\s*,?\s*(?:la\s*|xep\s*|dung\s*|o\s*|:\s*)?(?:vi tri\s*|hang\s*|thu hang\s*)?"
                                   r"(?:thu\s*|so\s*)?$")
_PLACES_AFTER_FROM_TO_RE = re.compile(r"[^;⟨]{0,12}?,?\s*(?:tuc la|tuc|nghia la|tuong ung(?: voi)?)\s*⟨C(\d+)⟩\s*(?:bac|hang)\b")
_YEAR_RIGHT_AFTER_RE = re.compile(r"\s*(?:\(\s*)?(?:cua |vao |trong )?nam\s*⟨Y(\d+)⟩")
# a rank labelled by its year: "năm ngoái 5", "năm 2023 là 10/33", "năm nay: 7/17"
# ("(năm 2021: hạng 8; năm 2022: hạng 5/29)": the rank's noun after the label too)
_LABELLED_RANK_RE = re.compile(r"\s*(?:[,;]|va)?\s*(?P<words>nam ⟨Y(?P<y>\d+)⟩|nam nay|nam ngoai|nam truoc)\s*(?:la|:|dung thu|xep thu|thu)?\s*"
                               r"(?:(?:xep\s*)?(?:hang|vi tri)\s*(?:thu\s*)?)?⟨[XRK](?P<k>\d+)⟩")
# "tăng từ 11 lên 14, tức 3 bộ, ngành": a count right after a from-to and "tức" is the change between the two
# a rank labelled by its year anywhere in a move's sentence, the label before it ("năm 2021 – 12", "năm nay đứng
# 20/63", "năm ngoái: hạng 9") or after it ("9 năm 2021", "6/29 (năm 2022)", "7 năm ngoái")
_YEAR_WORDS_RE = r"(?:(?:nam|hang|vi tri) ⟨Y(?P<y{n}>\d+)⟩|(?P<w{n}>nam nay|nam ngoai|nam truoc))"  # ("Hạng 2021: 12")
_RANK_AFTER_YEAR_RE = re.compile(_YEAR_WORDS_RE.format(n=1) + r"\s*(?:la|:|–|-|—)?\s*(?:(?:dung|xep|o)\s*(?:o\s*)?)?"
                                 r"(?:(?:xep\s*)?(?:hang|vi tri)\s*)?(?:thu\s*)?⟨[XRK](?P<k1>\d+)⟩(?!\s*(?:bac|nam)\b)")
_RANK_BEFORE_YEAR_RE = re.compile(r"(?<![⟩\w])\s*(?:hang\s*|vi tri\s*|thu\s*)?⟨[XRK](?P<k2>\d+)⟩\s*\(?\s*(?:vao\s*|cua\s*|trong\s*)?"
                                  + _YEAR_WORDS_RE.format(n=2))
_WHOLE_ENDS_RE = re.compile(r"\s*(?:[).,;:–]|$|\(|(?:duoc\s+)?(?:xep hang|danh gia|cham diem)\b)")
_RANK_OUT_OF_RE = re.compile(r"\b(?:tren|trong)\s+(?:bang\s+(?:xep hang\s+)?|tong so\s+|so\s+)?⟨C(\d+)⟩")
# two years' ranks given respectively: "Thứ hạng năm 2021 và năm 2022 của X lần lượt là 50 và 45/63"
_RESPECTIVE_RANKS_RE = re.compile(r"\bnam ⟨Y(?P<y1>\d+)⟩\s*(?:va|,)\s*(?:nam\s*)?⟨Y(?P<y2>\d+)⟩[^⟨;]{0,60}?\blan luot\s*(?:la|:)?\s*"
                                  r"(?:thu\s*|hang\s*)?⟨[XRK](?P<k1>\d+)⟩\s*(?:va|,)\s*(?:thu\s*|hang\s*)?⟨[XRK](?P<k2>\d+)⟩")
_CHANGE_AFTER_FROM_TO_RE = re.compile(r"\btu\s*⟨[CX]\d+⟩[^⟨;]{0,25}?\b(?:len|xuong|thanh|con)\s*⟨[CX]\d+⟩[^⟨;]{0,30}?,?\s*"
                                      r"(?:tuc la|tuc|nghia la|tuong ung(?: voi)?)\s*$")
# a sentence that answers the question before it: "Đó là Bộ Thông tin và Truyền thông, tổng cộng 1 bộ, ngành."
def _lists_stated_apart(claims: list[Claim], lists: list[tuple[str, int | None, list[str], int]]) -> None:
    """A band's list and its count in sentences apart ("Tổng số đơn vị xếp loại Khá năm 2022: 3." … "Loại Khá năm
    2022 gồm những đơn vị sau: A; B và C."): the count joins the list when it is the one count the document gives
    for that band and year (stated once, or restated with the same value: the statement of that band alone takes it,
    not a line that counts the other bands too), and no list of its own came with it."""
    def others_beside(c: Claim) -> int:
        line = c.evidence.line_start if c.evidence else None
        return sum(1 for o in claims if o.kind in ("count", "members") and o.band not in (None, c.band) and o.evidence
                   and line is not None and o.evidence.line_start == line)

    for band, year, members, _ in lists:
        counts = [c for c in claims if c.kind in ("count", "members") and c.band == band and c.year == year
                  and c.value is not None and c.bounds is None]
        if counts and len({c.value for c in counts}) == 1 and all(c.kind == "count" for c in counts) \
                and len([b for b in lists if b[0] == band and b[1] == year]) == 1:
            alone = min(counts, key=others_beside)
            alone.kind, alone.members = "members", members


def _names_only(folded: str, names: list[str]) -> bool:
    """Is this stretch of text nothing but these names and the words that join them ("Bộ Y tế và Bộ Tư pháp", not
    "Bộ Y tế nộp hồ sơ sớm nhất")?"""
    rest = folded
    for name in sorted(names, key=len, reverse=True):
        rest = rest.replace(fold_text(name).lower(), " ")
    return re.fullmatch(r"(?:[\s,;.:/–-]|\b(?:va|cung|cung voi|ubnd|uy ban nhan dan)\b)*", rest) is not None


# words after a band's label that open its member list: "Loại Khá gồm những đơn vị sau:", "… bao gồm:", "… là:"
# (not "gồm các đơn vị như: …", "điển hình là: …": some of them)
_BAND_LIST_OPENS_RE = re.compile(r"\b(?:gom|bao gom|gom co)\b(?:\s+(?:nhung|cac)\s+[a-z ,]{2,30}?)?(?:\s+sau(?: day)?)?"
                                 r"(?<!\bnhu)(?<!\bdien hinh)(?<!\bvi du)\s*:\s*"
                                 r"|\bla\s*:\s*"
                                 # "Các bộ, ngành thuộc nhóm A năm nay: A, B và C": the band (and its year) closing the head
                                 r"|(?:\bnhom [a-d]|\bloai (?:xuat sac|tot|kha|trung binh|yeu)|\bmuc [\"“‘']?(?:xuat sac|tot|kha)[\"”’']?)"
                                 r"(?:\s+nam nay|\s+nam ⟨Y\d+⟩)?\s*:\s*")
# a sentence that sums the list before it: "Tổng số đơn vị xếp loại Khá năm 2022: 3.", "Tổng cộng 2 bộ, ngành."
_SUMS_THE_LIST_RE = re.compile(r"^\W*(?:tong cong|tong so|tat ca|ca thay|tat thay|cong lai|co tat ca)\b(?:[^⟨;.]|⟨Y\d+⟩){0,80}?"
                               r"(?:\bla|:|\bco)?\s*⟨[CX](\d+)⟩[^⟨]{0,30}$")
# a statement that ends on its count: "Số bộ, ngành thuộc nhóm A: 2."
_ENDS_ON_COUNT_RE = re.compile(r"⟨C\d+⟩[a-z ,]{0,25}[.;]?\s*$")
_ANSWER_RE = re.compile(r"\W*(?:do|day) (?:chinh )?la\b|\W*cau tra loi\b")
# "Đáp: …", "Trả lời: …": an answer, to the question the sentence before asked
_REPLY_RE = re.compile(r"\W*(?:dap|tra loi|cau tra loi|do la)\s*:?")
_REPLY_COUNT_RE = re.compile(_REPLY_RE.pattern + r"\s*(⟨[CX](\d+)⟩)")  # … and the count it opens on
# an interview's answer on its own line after a dash: "PV: Bao nhiêu bộ, ngành đạt từ 80% trở lên?" / "– 17 bộ, ngành."
# "… đạt trên 80%? Con số là 55.", "Số lượng: 17 bộ, ngành.": the answer names the figure asked for, then gives it
_FIGURE_REPLY_COUNT_RE = re.compile(r"\W*(?:con so|so luong|ket qua|cau tra loi)\s*(?:la|:)\s*(⟨[CX](\d+)⟩)(?=[^⟨]*$)")
_DASH_REPLY_COUNT_RE = re.compile(r"\s*[–-]\s*(⟨[CX](\d+)⟩)")
# "– Thứ trưởng Bộ Nội vụ: Tất cả 17 bộ …", "Ông A: Đủ 63 tỉnh …": an interview's answer, its speaker named before a
# colon, opening on the count asked for
_SPEAKER_COUNT_RE = re.compile(r"\W*[^⟨:?.;]{2,80}:\s*(?:(?:tat ca|ca|du|toan bo|tron|dung|co)\s+)?(⟨[CX](\d+)⟩)")
# words that take up the figure the previous sentence ended on: "Con số này", "Mức điểm đó"
_THIS_FIGURE_RE = re.compile(r"\b(?:con so|muc diem|muc|ket qua|diem so|so diem) (?:nay|do|tren)\b")
# a sentence that introduces a unit without a figure: the next "đơn vị này" is that unit
_REFERRING_RE = re.compile(r"\bla (?:mot )?(?:don vi|dia phuong|bo|so|co quan|tinh|huyen)\b")


def _ends_on_year(s: Sentence, year: int) -> bool:
    """Whether the last year this sentence names as its own (not one it compares with) is `year`."""
    last = None
    for m in _TOKEN_RE.finditer(s.shape):  # ("đến năm 2020" is where the sentence arrives, not a year compared with)
        if m.group(1) == "Y" and not EARLIER_BEFORE_RE.search(s.shape[max(0, m.start() - 24): m.start()]):
            last = int(s.mentions[int(m.group(2))].value)
    return last == year


_RANK_YEAR_LABEL_RE = re.compile(r"\b(?:hang|vi tri)\s*$")


def _heading_unit(reader: "_Reader", text: str, s: Sentence) -> str | None:
    """The one unit a figureless line of its own names, ending on a word or a colon ("Thứ hạng của Bộ Y tế", "Sở Nội
    vụ:"): a heading, whose unit the line under it speaks of."""
    shape = reader.shape
    if "⟨" in shape.replace("⟨Y", "") or not re.search(r"(?:\w|:)\s*$", shape) \
            or not text.startswith("\n", s.end) and s.end < len(text) or s.start and text[s.start - 1] != "\n":
        return None
    names = reader.unit_names(0, len(shape))
    return names[0] if len(names) == 1 else None


def _in_an_extreme_aside(shape: str, pos: int) -> bool:
    """Is the year at `pos` inside a bracket, with no figure, on another year's first or last ("A thế chỗ B (cuối bảng
    năm 2016) ở vị trí chót bảng …")? It dates the aside only, not the sentence nor the ones after it."""
    opened, closed = shape.rfind("(", 0, pos), shape.find(")", pos)
    if opened < 0 or closed < 0 or ")" in shape[opened:pos] or "(" in shape[pos:closed]:
        return False
    inside = shape[opened + 1: closed]
    return "⟨P" not in inside and bool(_cue("highest").search(inside) or _cue("lowest").search(inside))


def _advance(state: _State, s: Sentence) -> None:
    """The year and scope this sentence speaks of (a year after 'so với' or in a date is not it)."""
    this_year = _THIS_YEAR_RE.search(s.shape)
    for m in _TOKEN_RE.finditer(s.shape):
        if this_year and this_year.start() < m.start():
            if state.index_year and not _EARLIER_RE.search(s.shape[max(0, this_year.start() - 60): this_year.start()]):
                state.year = state.index_year  # "Năm 2021 có 24 … . Năm nay, …": back to the year reported on
            break
        if m.group(1) != "Y":
            continue
        earlier = _EARLIER_RE.search(s.shape[max(0, m.start() - 60): m.start()])
        if earlier and earlier.group(0).startswith("(") and re.match(r"\s*:[^()]*⟨Y", s.shape[m.end():]):
            earlier = None  # "ghi nhận 1,62% (năm 2022: 81,12%, năm 2021: 79,50%)": years that label the figures after them
        if earlier or _OPENING_FROM_RE.match(s.shape, 0, m.start()) or _in_an_extreme_aside(s.shape, m.start()):
            continue
        if _RANK_YEAR_LABEL_RE.search(s.shape, max(0, m.start() - 12), m.start()) and re.match(r"\s*(?::|[–-])", s.shape[m.end():]):
            continue  # "Hạng 2022: 4 | hạng 2023: 8/63": a year that labels the rank after it, not the sentence's year
        if _FIGURE_YEAR_RE.search(s.shape, max(0, m.start() - 30), m.start()) and re.search(r"⟨Y\d+⟩", s.shape[m.end():]):
            continue  # "vốn ở mức 83,54% trong năm 2021, năm 2022 đã tăng lên …": the earlier figure's own year
        figure = re.search(r"⟨[PCKR](\d+)⟩", s.shape[: m.start()])
        between = s.shape[figure.end(): m.start()].lstrip() if figure else ""
        noun = s.mentions[int(figure.group(1))].noun if figure else None
        if noun and between.startswith(noun):
            between = between[len(noun):]  # the count's own noun ("13 bộ, ngành đạt … năm 2021") is no clause break
        if figure and re.search(r"[;,]", between):
            # "X đạt 87,12%, xếp thứ 14/63; năm 2022 X xếp thứ 20", "nhóm A là 3, trong khi năm 2021 là 2": the
            # later clause's year, read there
            break
        state.year = int(s.mentions[int(m.group(2))].value)
        break
    found = {scope for pattern, scope in _scope_cues() if pattern.search(s.shape)}
    if len(found) == 1:
        state.scope = found.pop()
    elif len(found) > 1:
        state.scope = None


class _Reader:
    """Reads one sentence: gives each number one role and builds the claims."""

    def __init__(self, dt: DocText, s: Sentence, state: _State) -> None:
        self.dt, self.s, self.state = dt, s, state
        self.shape = s.shape
        self.used: set[int] = set()
        self.claims: list[tuple[int, Claim]] = []  # (shape position, claim)
        self.band_of: dict[int, str] = {}  # mention index -> the label printed right after its count
        self.totals: set[int] = set()  # mention indices read as the number of units assessed
        self.index_kind = kind_of_text(s.text)

    # ---- helpers -------------------------------------------------------------------------------

    def m(self, match: re.Match, group: str) -> Mention | None:
        token = match.group(group)
        return self.s.mentions[int(token)] if token is not None else None

    def idx(self, match: re.Match, group: str) -> int:
        return int(match.group(group))

    def add(self, pos: int, a: int, b: int, **kw) -> Claim:
        start, end = self.s.at(a), self.s.at(max(a, b - 1)) + 1
        ev = self.dt.evidence(start, end)
        scope = kw.pop("scope", None) or self.local_scope(pos) or self.state.scope
        year = kw.pop("year", None)
        if year is None and kw.get("kind") in _CLAUSE_YEAR_KINDS:
            token = self._token_of(kw.get("value"), a, b)
            year = clause_year(self, clause_bounds(self.shape, pos)[0], token[0] if token else pos,
                               token[1] if token else None)
        claim = Claim(year=year or self.state.year, evidence=ev, text=self.dt.text[start:end].strip(),
                      scope=scope if scope in UNIT_SCOPES else None, group=_GROUP_OF_SCOPE.get(scope or ""),
                      index_kind=self.index_kind or self._measure(pos, kw.get("kind"), kw.get("value")), **kw)
        self.claims.append((pos, claim))
        return claim

    def _measure(self, pos: int, kind: str | None, value: float | None) -> str | None:
        """"measure" for a level of something other than an index, named in the figure's own clause before it:
        "tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,52%", "Sở Tư pháp có tỷ lệ số hóa đạt 92,10%, cao nhất"."""
        if kind not in _LEVEL_KINDS or value is None:
            return None
        token = self._token_of(value, *clause_bounds(self.shape, pos))
        if token is None:
            return None
        before = self.shape[clause_bounds(self.shape, token[0])[0]: token[0]]
        return "measure" if _MEASURE_RE.search(before) and not _INDEX_WORDS_RE.search(before) else None

    def _token_of(self, value: float | None, a: int, b: int) -> tuple[int, int] | None:
        """Where in [a, b) the figure of this value is printed (shape span, a count with its noun: "8 địa phương
        (năm 2017)"), if it is."""
        if value is None:
            return None
        for m in _TOKEN_RE.finditer(self.shape, a, max(a, b)):
            mention = self.s.mentions[int(m.group(2))] if m.group(2) else None
            if mention is not None and m.group(1) in "PCK" and mention.value == value:
                return m.start(), _past_noun(self.shape, m.end(), mention) if m.group(1) == "C" else m.end()
        return None

    def local_scope(self, pos: int) -> str | None:
        """The units named last before `pos` in this sentence ("Cấp sở 9,45; cấp huyện 9,65"), unless the
        figure at `pos` names its own right after it ("03 đơn vị ở khối sở và 02 đơn vị ở khối huyện")."""
        own = self._scope_after(pos)
        if own:
            return own
        found = [(m.start(), m.end(), scope) for pattern, scope in _scope_cues() for m in pattern.finditer(self.shape, 0, pos)]
        if not found:
            return None
        last = max(found)
        if any(scope != last[2] and re.fullmatch(r"\s*(?:va|,)\s*(?:cac\s*)?(?:(?:ubnd|uy ban nhan dan)\s*(?:cac\s*)?)?", self.shape[end: last[0]])
               for _, end, scope in found if end <= last[0]):
            return None  # "các sở, ban, ngành và UBND cấp huyện": units of both scopes
        return last[2]

    def _scope_after(self, pos: int) -> str | None:
        """The units a figure's own words name after it, before the next figure or clause: "02 đơn vị ở khối
        huyện", "3 đơn vị thuộc cấp sở"."""
        if not self.shape.startswith("⟨", pos):
            return None
        start = self.shape.find("⟩", pos) + 1
        stop = _NEXT_FIGURE_OR_CLAUSE_RE.search(self.shape, start)
        region = self.shape[start: stop.start() if stop else len(self.shape)]
        found = [(m.start(), scope) for pattern, scope in _scope_cues() for m in pattern.finditer(region)
                 if _SCOPE_PREPOSITION_RE.search(region, 0, m.start())]
        return min(found)[1] if found else None

    def printed(self, a: int, b: int) -> str:
        if b <= a:
            return ""
        return self.dt.text[self.s.at(a): self.s.at(max(a, b - 1)) + 1]

    def unit_names(self, a: int, b: int) -> list[str]:
        """Every unit named in [a, b), in order, each once."""
        return list(dict.fromkeys(name for _, name in self._named(a, b)))

    def unit_name(self, a: int, b: int, prefer: str = "last") -> str | None:
        """The unit named in the printed text of shape span [a, b), as the registry names it.

        Vietnamese unit names capitalise only their first word ("Bộ Ngoại giao", "Sở Tài nguyên và Môi
        trường"), so every run of up to eight words starting at a capital is tried; at one start the
        longest that matches wins, and the last (or first) start with a match gives the unit."""
        if b <= a:
            return None
        found = self._named(a, b)
        text = self.printed(a, b)
        if not found:
            if re.search(r"\b(?<!con )(?:dia phuong|don vi|bo|so|tinh|co quan|huyen|nganh) (?:nay|do|tren)\b", fold_text(text)):
                return self.referred_unit(a)  # "Năm 2017, địa phương này đạt 76,22%"; "con số này" is no "sở này"
            return None
        return found[-1][1] if prefer == "last" else found[0][1]

    def referred_unit(self, pos: int) -> str | None:
        """The unit "đơn vị này" at shape position `pos` refers back to: the last one this sentence names
        before it ("Năm 2016, Thanh tra tỉnh đứng thứ 10; năm nay, đơn vị này …"), else the one the previous
        sentences spoke of last."""
        named = self._named(0, pos)
        return named[-1][1] if named else self.state.last_unit

    def _named(self, a: int, b: int) -> list[tuple[int, str]]:
        """(word index, registry name) of the units named in [a, b)."""
        if b <= a:
            return []
        words = list(_WORD_RE.finditer(self.printed(a, b)))
        text = self.printed(a, b)
        found: list[tuple[int, str]] = []
        covered = -1  # the last word of the name found before: "Bắc Ninh giành …" is not "Ninh giành" (Ninh Bình)
        for i, w in enumerate(words):
            if i <= covered or not (w.group(0)[0].isupper() or w.group(0).lower() in _HEAD_WORDS) \
                    or _COMMON_WORDS_RE.match(fold_text(text[w.start():]).lower()):
                continue
            best = None
            for j in range(i, min(len(words), i + 8)):
                gap = text[words[j - 1].end(): words[j].start()] if j > i else ""
                # "Sở Văn hóa, Thể thao và Du lịch": an agency's name may go on past a comma to a capital
                agency_comma = gap.strip() == "," and w.group(0) in ("Sở", "Bộ") and words[j].group(0)[0].isupper() \
                    and words[j].group(0) not in _AGENCY_HEADS  # (not "Sở Công Thương, Sở Tư pháp": the next agency)
                if j > i and re.search(r"[,;:()]", gap) and not agency_comma:
                    break
                if words[j].group(0).lower() in _STOP_WORDS and not (j == i and words[j].group(0)[0].isupper()):
                    break  # "cao hơn" ends a name; "Cao Bằng" is one
                if best and words[j].group(0).lower() in ("và", "cùng") and j + 1 < len(words) \
                        and words[j + 1].group(0) in _AGENCY_HEADS:
                    break  # "Sở Giáo dục và Đào tạo và Sở Tư pháp": "và" before another agency ends the name
                if best and words[j].group(0).lower() in ("và", "cùng") and j + 1 < len(words) \
                        and words[j + 1].group(0)[:1].isupper() and self._names_another(text, words, j + 1, best):
                    break  # "giữa Tuyên Quang và Cà Mau": "và" before another unit's name ends the first name (a loose
                    # match of "Tuyên Quang và Cà" had swallowed the second)
                dash = words[j].group(0) == "-"  # a spaced hyphen is a word of its own
                if best and (dash or re.search(r"\s[–-]\s", gap)) and self._names_another(text, words, j + dash, best):
                    break  # "Bình Phước – Hà Giang": a dash between two units' names ("Bà Rịa – Vũng Tàu" is one)
                candidate = words[i: j + 1]
                if all(x.group(0).lower() in _HEAD_WORDS | {"phố", "xã", "ban", "ngành"} for x in candidate):
                    continue  # "tỉnh, thành phố" names a kind of unit, not one ("Thanh Hóa")
                canonical = self.match_name(text[w.start(): words[j].end()])
                if canonical:
                    best, last = canonical, j
            if best:
                found.append((i, best))
                covered = last
        return found

    def _names_another(self, text: str, words: list[re.Match], j: int, name: str) -> bool:
        """Do the words from `j` on name a unit other than `name` (the one the words before them name)?"""
        return any((other := self.match_name(text[words[j].start(): words[k].end()])) and other != name
                   for k in range(j, min(len(words), j + 4)))

    def context(self, index: int, paragraph: int) -> SentenceContext:
        """What the paragraph-wide pass (`claim_windows`) needs of this sentence once it is read."""
        shape = self.shape
        bands = [(pos, printed_band(label, family)) for pos, label, family in self._labels(0, len(shape))]
        if not bands and self.state.last_band:
            bands = [(m.start(), self.state.last_band) for m in re.finditer(r"con so nay|so luong nay", shape)]
        units = []
        for m in re.finditer(r"⟨K\d+⟩|⟨C(\d+)⟩", shape):
            if m.group(1) is not None and self.s.mentions[int(m.group(1))].scope != "rank":
                continue
            start, end = clause_bounds(shape, m.start())
            unit = self.unit_name(start, m.start()) or self.unit_name(m.end(), end, prefer="first")
            if unit:
                units.append((m.start(), unit))
        if (shape.rstrip().endswith((":", "?")) or re.search(r"\w\s*$", shape)) and "⟨" not in shape.replace("⟨Y", ""):
            # a heading: "Thứ hạng của Bộ X:", "Thứ hạng Sở Nội vụ" on a line of its own; a question its answer
            # speaks of: "Điểm của Sở Y tế ra sao?"
            units = [(0, name) for name in self.unit_names(0, len(shape))]
        return SentenceContext(index, self.s, self.used, self.state.year, paragraph, self.state.index_year, bands,
                               units, self.band_of, self.totals,
                               self.unit_names(0, len(shape)) if shape.count("⟨P") >= 3 else [])

    def match_name(self, name: str) -> str | None:
        st = self.state
        return _registry_name(name, st.scope, st.national, st.province, st.year)

    # ---- frames --------------------------------------------------------------------------------

    def read(self) -> list[Claim]:
        self.prior_role, self.state.last_role = self.state.last_role, None
        if not _ITEM_MARK_RE.match(self.shape):
            self.state.headed = False
        if "⟨" not in self.shape.replace("⟨Y", "") and self.shape.rstrip().endswith(":"):
            self.state.headed = len({label for _, label, _ in self._labels(0, len(self.shape))}) == 1
        asked, self.state.asked_count = self.state.asked_count, None
        if asked is not None:
            self._answer_list(asked)
        listed, self.state.listed_band = self.state.listed_band, None
        if listed is not None and self._count_of_listed(listed):
            listed = None
        elif listed is not None and listed[3] > 1:
            self.state.listed_band = (*listed[:3], listed[3] - 1)  # ("… Kết quả phản ánh đúng thực chất." between)
        how_many, self.state.asked_how_many = self.state.asked_how_many, None
        self.asked_band, self.state.asked_band = self.state.asked_band, False
        if how_many is not None:
            self._answer_count(how_many)
        if "⟨" not in self.shape:
            self._question_how_many()
            named = {name for _, name in self._named(0, len(self.shape))}
            roles = [kind for kind in ("highest", "lowest") if role(kind).search(self.shape)]
            if len(named) == 1 and len(roles) == 1:  # "Ninh Thuận giành ngôi đầu." (its figure in the next sentence)
                self.state.last_unit = next(iter(named))
                self.state.last_role = (roles[0], self.state.last_unit)
            elif not named and self.shape.rstrip().endswith("?") and role("extremes").search(self.shape):
                self.state.last_role = ("gap", None)  # "Đầu bảng hơn cuối bảng bao nhiêu?" and the answer next
            elif not named and len(roles) == 1 and self.shape.rstrip().endswith("?"):
                self.state.last_role = (roles[0], None)  # "Ai đứng đầu?" and the answer in the next sentence
            elif len(named) == 1 and _REFERRING_RE.search(self.shape):
                # "Sở Xây dựng là đơn vị có sự cải thiện đáng chú ý. Năm 2022, đơn vị này đạt …"
                self.state.last_unit = named.pop()
            elif not named and _HOW_MUCH_RE.search(self.shape) and (
                    side := _ABOVE_AVG if _cue(_ABOVE_AVG).search(self.shape) else
                    _BELOW_AVG if _cue(_BELOW_AVG).search(self.shape) else None):
                self.state.last_role = ("share", side)  # "Bao nhiêu bộ, ngành trên trung bình?" and the count next
            elif len(named) == 2 and _HOW_MUCH_RE.search(self.shape) and (
                    role("comparative").search(self.shape) or _cue("gap").search(self.shape)
                    or re.search(r"\bcach (?:nhau|xa)\b", self.shape)):
                # "A hơn B bao nhiêu?": the figure that opens the next sentence is their difference ("Khoảng cách giữa A
                # và B là bao nhiêu?": their gap, no direction)
                first, second = self.unit_names(0, len(self.shape))[:2]
                if _AGAINST_FIRST_RE.match(self.shape):
                    first, second = second, first  # "So với B, A hơn bao nhiêu?": A is the one the comparative is of
                down = role("down").search(self.shape)
                sign = None if not role("comparative").search(self.shape) else -1.0 if down else 1.0
                self.state.last_role = ("compared", (first, second, sign))
            elif self._asks_average():
                self.state.last_role = ("average", None)  # "Điểm bình quân năm nay ra sao?" and the answer next
            elif not named and re.search(r"\bbao nhieu\b", self.shape) and self.shape.rstrip().endswith("?") \
                    and len(moves := {w for w in ("rose", "fell") if _ASKED_MOVE_RE[w].search(self.shape)}) == 1:
                self.state.last_role = (moves.pop(), None)  # "Bao nhiêu đơn vị tăng điểm?" and the count next
            elif not named and (elliptic := _ELLIPTIC_MOVE_QUESTION_RE.match(self.shape)):
                # "Bao nhiêu tỉnh tăng điểm? 41. Còn giảm điểm? 22.": a question of a direction alone, its count next
                self.state.last_role = ("rose" if elliptic.group("up") else "fell", None)
            elif not named and re.search(r"\bbao nhieu\b", self.shape) and self.shape.rstrip().endswith("?") \
                    and all(_ASKED_MOVE_RE[w].search(self.shape) for w in ("rose", "fell")):
                self.state.last_role = ("rose_fell", None)  # "Bao nhiêu … tăng điểm, bao nhiêu giảm?": both counts next
            elif len(named) == 1 and _HOW_MUCH_RE.search(self.shape):
                # "Bộ Tài chính năm nay được bao nhiêu điểm?": the figure that opens the next sentence is its level
                self.state.last_role = ("asked", named.pop())
            elif self.shape.rstrip().endswith("?") and len(labels := self._labels(0, len(self.shape))) == 1:
                self.state.last_band = printed_band(labels[0][1], labels[0][2])  # "Những bộ nào thuộc nhóm C? Đó là …"
                self.state.asked_band = True
            elif self.shape.rstrip().endswith(":"):
                # "Kết quả của UBND thành phố Phúc Yên:" heads the items that follow: they are of the unit it names,
                # and of no unit read before it
                self.state.last_unit = named.pop() if len(named) == 1 else None
            self.state.listed_band = self._band_list() or self.state.listed_band
            return self._empty_band()
        self._question_on_an_extreme_of_a_year()
        read_levels_set_against(self)
        self._shares()
        self._previous()
        self._comparisons()
        self._changes()
        self._averages()
        self._extremes()
        self._gaps()
        self._ranks()
        self._parts()
        self._population()
        self._counts()
        self._rose_fell()
        self._unit_values()
        read_roles(self)
        self._attach_changes()
        self._rose_fell_in_later_year()
        out = self._two_units_apart([c for _, c in sorted(self.claims, key=lambda pc: pc[0])])
        bands = [c.band for c in out if c.kind in ("count", "members") and c.band and c.frame == "band_count"]
        if bands:
            self.state.last_band = bands[-1]
        units = [c.subject for c in out if c.kind in ("value", "highest", "lowest", "rank", "rank_move", "delta",
                                                        "comparison") and c.subject]
        if units:
            self.state.last_unit = units[-1]
        elif any(m.group(1) in "KP" and m.group(2) and int(m.group(2)) not in self.used
                 for m in _TOKEN_RE.finditer(self.shape)):
            # "Thứ hạng của Bộ Giao thông vận tải năm 2018 là 11/17.": a unit's figure no frame read
            named = {name for _, name in self._named(0, len(self.shape))}
            if len(named) == 1:
                self.state.last_unit = named.pop()
        # a level whose change the text has already stated ("đạt 84,16%, tăng 1,39% so với 82,77%") leaves no gap open
        settled = {v for c in out if c.kind in ("highest", "lowest") or c.change is not None
                   for v in (c.value, c.previous_value) if v is not None}
        bounds = self._band_bounds(0, len(self.shape))
        loose = [self.s.mentions[int(t.group(2))].value for t in _TOKEN_RE.finditer(self.shape)
                 if t.group(1) == "P" and t.group(2) and 40 <= self.s.mentions[int(t.group(2))].value <= 100
                 and self.s.mentions[int(t.group(2))].value not in settled
                 and not any(a <= t.start() < b for a, b, _ in bounds)]  # ("đã vượt 80%": a class's bound, no level)
        self.state.loose_levels = (self.state.loose_levels + loose)[-3:] if loose and not any(
            c.kind == "gap" for c in out) else []
        levels = [c for c in out if c.kind == "average" or c.subject and c.kind in (
            "value", "highest", "lowest", "delta", "comparison", "rank", "rank_move")]
        if levels:
            self.state.last_level = "average" if levels[-1].kind == "average" else "unit"
        if not out and self._asks_average():
            self.state.last_role = ("average", None)  # "Mặt bằng chung năm 2022 thế nào? 84,04%, so với …"
        self._question_how_many()
        counts = [c for c in out if c.kind == "count" and c.band and not c.members and c.value is not None]
        if listed is not None and len(counts) == 1 and counts[0].band == listed[0] and counts[0].year == listed[1]:
            # "Nhóm C năm 2022 gồm …: A và B. Số bộ, ngành thuộc nhóm C năm 2022 [2] ít hơn năm 2021 [5] …": the
            # band's count in the next sentence is that of the list
            counts[0].kind, counts[0].members = "members", listed[2]
            self.state.listed_band = None
            self.state.band_lists = [b for b in self.state.band_lists if b is not listed]
            counts = []
        if self.shape.rstrip().endswith("?") and len(counts) == 1:
            self.state.asked_count = counts[0]  # "3 đơn vị xếp loại Xuất sắc năm nay là những ai?": listed next
        elif len(counts) == 1 and not [c for c in out if c is not counts[0]] and _ENDS_ON_COUNT_RE.search(self.shape):
            self.state.asked_count = counts[0]  # "Số bộ, ngành thuộc nhóm A: 2. Đó là …": the members named next
        if not out and not re.search(r"⟨[^Y]", self.shape):
            self.state.listed_band = self._band_list() or self.state.listed_band  # "Loại Khá năm 2022 gồm …: A; B."
        return out

    def _empty_band(self) -> list[Claim]:
        """A sentence with no figure that says one class is empty ("Loại Yếu năm nay vắng bóng.", "Nhóm C không có
        địa phương nào."): a count of 0 of it."""
        labels = self._labels(0, len(self.shape))
        none = frame("none_in_band").search(self.shape)
        if none is None or len(labels) != 1 or self.shape.rstrip().endswith("?"):
            return []
        band = printed_band(labels[0][1], labels[0][2])
        self.add(none.start(), min(labels[0][0], none.start()), len(self.shape), kind="count", frame="band_count", value=0.0,
                 unit="đơn vị", band=band, subject=labels[0][1])
        return [c for _, c in self.claims]

    def _band_list(self) -> tuple[str, int | None, list[str], int] | None:
        """A sentence with no count that lists a band's members: the band named with a word that opens a list
        ("Nhóm C năm 2022 gồm những bộ, ngành sau: A và B."), or the answer that names them to a question on the
        band ("Ai thuộc nhóm C?" "A và B.").  Every item must be a unit the registry knows."""
        labels = self._labels(0, len(self.shape))
        if len({(lb[1], lb[2]) for lb in labels}) == 1:  # (one band, which two patterns may find: "loại Xuất sắc:")
            opens = _BAND_LIST_OPENS_RE.search(self.shape, labels[0][0])
            band = printed_band(labels[0][1], labels[0][2])
        elif not labels and self.asked_band and self.state.last_band:
            opens, band = _ANSWER_LIST_RE.match(self.shape) or re.match(r"\W*", self.shape), self.state.last_band
        else:
            return None
        if opens is None:
            return None
        end = len(self.shape.rstrip(" ."))
        listed = self._split(self.printed(opens.end(), end).strip(" :;.,"))
        if not listed or len(listed) != len(self.unit_names(opens.end(), end)) \
                or not _names_only(self.shape[opens.end(): end], self.unit_names(opens.end(), end)):
            return None
        year = self.state.year if re.search(r"⟨Y\d+⟩|\bnam (?:truoc|ngoai)\b", self.shape) else (
            self.state.index_year or self.state.year)  # ("…, trong khi năm 2021 là 83,12%. Danh sách loại Xuất sắc: A."
        # lists this year's class, not the year the sentence before ended on)
        self.state.band_lists.append((band, year, listed, 2))
        return self.state.band_lists[-1]

    def _count_of_listed(self, listed: tuple[str, int | None, list[str], int]) -> bool:
        """The count of the band listed just before: "Tổng số đơn vị xếp loại Khá năm 2022: 3.", "Tổng cộng 2 bộ,
        ngành." (a sentence that sums, naming that band or none)."""
        m = _SUMS_THE_LIST_RE.match(self.shape)
        if m is None or len(re.findall(r"⟨[^Y]", self.shape)) != 1:
            return False
        labels = self._labels(0, len(self.shape))
        band, year, members, _ = listed
        if len(labels) > 1 or labels and printed_band(labels[0][1], labels[0][2]) != band:
            return False
        i = int(m.group(1))
        mention = self.s.mentions[i]
        if mention.value != int(mention.value) or mention.scope not in UNIT_SCOPES or mention.noun is None and not re.match(
                r"\s*[.;]?\s*$", self.shape[self.shape.find("⟩", m.start(1)) + 1:]):
            return False  # ("Tổng cộng 5 lượt kiểm tra …": a sum of something else)
        self.used.add(i)
        self.add(m.start(1), 0, len(self.shape), kind="members", frame="band_count", value=mention.value, unit="đơn vị",
                 band=band, subject=fold_text(band).lower().removeprefix("nhom ").strip(), members=members, year=year)
        self.state.band_lists = [b for b in self.state.band_lists if b is not listed]
        return True

    def _asks_average(self) -> bool:
        """Is this sentence a question on the average, naming no unit and giving no score ("Mặt bằng chung năm 2022
        thế nào?")? Its answer opens the next sentence."""
        return self.shape.rstrip().endswith("?") and "⟨P" not in self.shape and not self._named(0, len(self.shape)) \
            and bool(role("average").search(self.shape)) and bool(_HOW_MUCH_RE.search(self.shape))

    def _question_on_an_extreme_of_a_year(self) -> None:
        """"Cao điểm nhất năm 2022?", "Năm 2023, bộ nào xếp cuối?": a question on the first or the last that prints
        only its year asks as the figureless one does ("Ai đứng đầu?"): the unit and figure opening the next sentence
        answer it (the year placeholder had kept it from the figureless questions' branch)."""
        shape = self.shape
        if not shape.rstrip().endswith("?") or "⟨Y" not in shape or "⟨" in shape.replace("⟨Y", "") \
                or self._named(0, len(shape)) or role("extremes").search(shape):
            return
        roles = [kind for kind in ("highest", "lowest") if role(kind).search(shape)]
        if len(roles) == 1:
            self.state.last_role = (roles[0], None)

    def _shares(self) -> None:
        """"Có 32 tỉnh … trên mức trung bình, chiếm 50,79%": the share of the whole a count makes is no average, no
        level and no change; it is left unread (not checked against the count yet), so no role can misread it."""
        for m in _SHARE_OF_COUNT_RE.finditer(self.shape):
            self.used.add(int(m.group("share")))

    def _question_how_many(self) -> None:
        """"Bao nhiêu đơn vị vượt 80%?", "Kỳ xếp hạng năm 2022 có bao nhiêu bộ, ngành?": a question on a count
        that gives its bounds, or asks for all the units assessed; it prints no count of its own."""
        if not self.shape.rstrip().endswith("?") or not _HOW_MANY_UNITS_RE.search(self.shape) \
                or re.search(r"⟨[CXR]", self.shape) or self._labels(0, len(self.shape)):
            return
        bounds = self._band_bounds(0, len(self.shape))
        if len(bounds) == 1:
            self.state.asked_how_many = bounds[0][2]
        elif not bounds and not re.search(r"⟨P", self.shape) and ASSESSED_RE.search(self.shape):
            self.state.asked_how_many = "whole"

    def _answer_count(self, how_many: tuple | str) -> None:
        """The count that opens the answer ("Đáp: 33.", "Đáp: 18 bộ, ngành, đủ …") to the question before."""
        token = _REPLY_COUNT_RE.match(self.shape) or _DASH_REPLY_COUNT_RE.match(self.shape) \
            or _SPEAKER_COUNT_RE.match(self.shape) or _FIGURE_REPLY_COUNT_RE.match(self.shape)
        if token is None:
            return
        i = int(token.group(2))
        mention = self.s.mentions[i]
        if mention.value != int(mention.value) or mention.scope not in UNIT_SCOPES or mention.value < 1:
            return
        self.used.add(i)
        end = _past_noun(self.shape, token.end(), mention)
        if how_many == "whole":
            self.totals.add(i)
            self.add(token.start(1), 0, end, kind="total", frame="population", value=mention.value, unit="đơn vị",
                     scope=mention.scope, subject=mention.noun)
        else:
            self.add(token.start(1), 0, end, kind="count", frame="band_count", value=mention.value, unit="đơn vị",
                     bounds=how_many, subject=mention.noun, scope=mention.scope if mention.scope in UNIT_SCOPES[1:] else None)

    def _answer_list(self, asked: Claim) -> None:
        """"… là những ai? Đó là A, B và C.": the answer names the members of the count the question stated."""
        opens = _ANSWER_LIST_RE.match(self.shape)
        bare = opens is None  # (or the names alone: "Nhóm A: 1 cái tên" on a line, "Bộ Kế hoạch và Đầu tư." on the next)
        opens = opens or re.match(r"\W*", self.shape)
        if opens is None or "⟨" in self.shape:
            return
        end = len(self.shape.rstrip(" ."))
        listed = self._split(self.printed(opens.end(), end).strip(" :;.,"))
        if len(listed) >= 1 and len(listed) == len(self.unit_names(opens.end(), end)) \
                and (not bare or _names_only(self.shape[opens.end(): end], self.unit_names(opens.end(), end))):
            asked.kind, asked.members = "members", listed

    def _two_units_apart(self, out: list[Claim]) -> list[Claim]:
        """"Tuyên Quang cao hơn Quảng Ninh 4,82% (tương ứng 86,22% và 81,40%)", "So sánh A với B: 88,93% và
        79,96%, chênh lệch 8,97", "Trong khi A dừng ở 85,27 điểm, B đạt 87,12 điểm, tức cao hơn 1,85 điểm": two
        units, their two levels and the difference between them, in one sentence that speaks of no other year and
        no average.  Whatever the wording, the difference is that of the two levels, so it is checked on them
        (as a gap: its size; the direction is the wording's and is not needed)."""
        levels = [m.value for m in self.s.mentions if m.kind == "P" and 40 <= m.value <= 100]
        differences = [c for c in out if c.kind in ("gap", "comparison", "delta") and c.value is not None
                       and c.value < 40 and c.previous_value is None and not c.between]
        if len(levels) != 2 or len(differences) != 1 or levels[0] == levels[1] \
                or sum(m.kind == "P" for m in self.s.mentions) != 3 or _OTHER_YEAR_OR_AVERAGE_RE.search(self.shape) \
                or names_extremes(self.shape) or _cue("highest").search(self.shape) or _cue("lowest").search(self.shape) \
                or len(set(self.unit_names(0, len(self.shape)))) < 2 and not _TWO_UNITS_RE.search(self.shape):
            return out
        c = differences[0]
        if c.kind == "comparison" or c.kind == "gap" and c.other:
            return [o.model_copy(update={"between": levels}) if o is c else o for o in out]
        return [o.model_copy(update={"kind": "gap", "between": levels, "change": None}) if o is c else o for o in out]

    def _previous(self) -> None:
        self.previous: list[tuple[int, float, int | None]] = []  # (pos, value, year)
        for name in ("previous", "previous_paren", "previous_words_paren", "previous_year_paren", "previous_plain",
                     "previous_year_is", "previous_before_year", "previous_from_paren", "previous_after_comparative",
                     "previous_instead"):
            for m in frame(name).finditer(self.shape):
                p = self.idx(m, "previous")
                clause_start = clause_bounds(self.shape, m.start())[0]
                if self.s.mentions[p].printed[:1] in "+-−":
                    continue  # "so với 83,38% của năm 2018 (+1,66 điểm phần trăm)": a signed figure is the change
                if p in self.used or (_CHANGE_NAMED_RE.match(self.shape, clause_start, m.start())
                                      and "⟨P" not in self.shape[clause_start: self.shape.rfind("⟨", 0, m.start("previous"))]):
                    continue  # "Mức tăng … so với năm 2022 là 1,23%": the change the clause names, not last year's value
                    # (but "Mức tăng … là 1,30% (năm 2022: 83,20%)" gives last year's value after the change)
                if name == "previous" and re.search(r"\s[-–]\s", self.shape[m.start(): m.start("previous")]) \
                        and re.search(r"\s[-–]\s", self.shape[clause_start: m.start()]):
                    continue  # "Bộ X – bộ có mức tăng 4,49% so với năm liền kề – đạt 84,33%": the dash closes an aside,
                    # the level after it is this year's
                if name == "previous" and re.match(r"\s*so voi\s*⟨P", self.shape[self.shape.find("⟩", m.start("previous")) + 1:]):
                    continue  # "tăng so với năm 2021: 84,13% so với 81,24%": this year's level, then last year's
                if name == "previous_before_year" and m.group(0).startswith("tu") and not _cue("average").search(self.shape) \
                        and re.match(r"(?:[^⟨;]|⟨Y\d+⟩){0,30}?\b(?:len|xuong)\b", self.shape[m.end():]):
                    continue  # "Sở Y tế tăng từ 87,70 điểm năm 2021 lên 89,38 điểm năm 2022": a unit's from-to, read whole
                    # (claim_roles); an average's ("Từ mức 82,74% năm 2021, giá trị trung bình …") is read here
                year = None
                own_year = YEAR_AFTER_RE.match(self.shape, self.shape.find("⟩", m.start("previous")) + 1)
                if m.groupdict().get("year") is not None or own_year:
                    # "so với mức 85,44% năm 2023": the figure's own year, printed after it
                    year = int(self.s.mentions[self.idx(m, "year") if m.groupdict().get("year") is not None
                                               else int(own_year.group(1))].value)
                    if self.state.year is not None and year >= self.state.year:
                        continue  # "năm 2022 (86,37%)" of the year itself (or a later one) is no earlier value
                elif self.state.year:
                    year = self.state.year - 1
                self.used.add(p)
                self.previous.append((m.start(), self.s.mentions[p].value, year))

    def _comparisons(self) -> None:
        for m in frame("comparison_before").finditer(self.shape):
            v, ov, sv = self.idx(m, "value"), self.idx(m, "other_value"), self.idx(m, "subject_value")
            other = self.unit_name(m.start("other"), m.end("other"), prefer="first")
            subject = self.unit_name(m.start("subject"), m.end("subject"), prefer="last")
            if v in self.used or other is None or subject is None:
                continue
            self.used.update([v, ov, sv])
            sign = -1 if m.group("dir").startswith("thap") else 1
            for name, idx in ((other, ov), (subject, sv)):
                self.add(m.start(), m.start(), m.end(), kind="value", frame="unit_value", subject=name,
                         value=self.s.mentions[idx].value, unit=self.s.mentions[idx].unit)
            self.add(m.start("dir"), m.start(), m.end(), kind="comparison", frame="comparison", subject=subject,
                     other=other, value=self.s.mentions[v].value, change=sign * self.s.mentions[v].value,
                     unit=self.s.mentions[v].unit)
        for name in ("comparison_after", "comparison_plain", "comparison_front"):
            for m in frame(name).finditer(self.shape):
                v = self.idx(m, "value")
                other = self.unit_name(m.start("other"), m.end("other"), prefer="first")
                clause_start, _ = clause_bounds(self.shape, m.start())
                subject = self.unit_name(m.start("subject"), m.end("subject"), prefer="last") \
                    if "subject" in m.groupdict() else self.unit_name(clause_start, m.start())
                if v in self.used or other is None or subject is None or other == subject or self.s.mentions[v].value >= 40:
                    continue  # (over 40: "cao hơn điểm của Bộ Y tế là 82,52%" gives the other's level, not the gap)
                self.used.add(v)
                if "other_value" in m.groupdict() and m.group("other_value"):
                    ov = self.idx(m, "other_value")
                    self.used.add(ov)
                    self.add(m.start(), m.start(), m.end(), kind="value", frame="unit_value", subject=other,
                             value=self.s.mentions[ov].value, unit=self.s.mentions[ov].unit)
                sign = -1 if m.group("dir").startswith("thap") else 1
                self.add(m.start(), clause_start, m.end(), kind="comparison", frame="comparison", subject=subject,
                         other=other, value=self.s.mentions[v].value, change=sign * self.s.mentions[v].value,
                         unit=self.s.mentions[v].unit)
        for m in frame("comparison").finditer(self.shape):
            v = self.idx(m, "value")
            if v in self.used:
                continue
            other_text = self.printed(m.start("other"), m.end("other"))
            other = self.unit_name(m.start("other"), m.end("other"), prefer="first")
            if other is None:
                continue  # "cao hơn 5% so với kế hoạch": not a comparison of two units
            self.used.add(v)
            clause_start, _ = clause_bounds(self.shape, m.start())
            subject = self.unit_name(clause_start, m.start())
            if subject is None and clause_start == 0 and self.state.last_level == "unit" \
                    and _THIS_FIGURE_RE.search(self.shape, 0, m.start()):
                subject = self.state.last_unit  # "Sở Y tế đạt 89,08 điểm. Con số này cao hơn 1,70 điểm so với …"
            sign = -1 if m.group("dir").startswith("thap") else 1
            self.add(m.start(), clause_start, m.end(), kind="comparison", frame="comparison", subject=subject,
                     other=other or other_text.strip(" ,"), value=self.s.mentions[v].value, change=sign * self.s.mentions[v].value,
                     unit=self.s.mentions[v].unit)

    def _changes(self) -> None:
        self.changes: list[tuple[int, float, str | None, int]] = []  # (pos, signed value, unit, mention)
        for m in _TOKEN_RE.finditer(self.shape):  # "(+1,60 điểm phần trăm so với ...)": a signed figure is a change
            if m.group(1) == "P" and m.group(2) and int(m.group(2)) not in self.used:
                mention = self.s.mentions[int(m.group(2))]
                if mention.printed[:1] in "+-−" and abs(mention.value) < 40 and not self._signed_gap(m.start()):
                    self.used.add(int(m.group(2)))
                    self.changes.append((m.start(), mention.value, mention.unit, int(m.group(2))))
        for m in frame("change").finditer(self.shape):
            c = self.idx(m, "change")
            mention = self.s.mentions[c]
            if c in self.used or mention.value >= 40:  # "cao hơn 80%" is a threshold, not a change
                continue
            self.used.add(c)
            down = bool(_cue("down").fullmatch(m.group("dir")))
            self.changes.append((m.start(), -mention.value if down else mention.value, mention.unit, c))
        self._changes_after_previous()

    def _signed_gap(self, pos: int) -> bool:
        """Is the signed figure at `pos` a gap between two units that carries the sign of which is ahead ("A (88,20%)
        và B (83,10%): chênh lệch +5,10 điểm nghiêng về A"): right after a word of a gap, in a sentence that speaks of
        no year at all, after two levels of its own? (Two years' levels before it, in this sentence or in the items above,
        make it a change: "năm 2022 ghi 84,35%, năm 2021 ghi 83,09%, chênh lệch +1,26"; "– Chênh lệch: +0,18".)"""
        levels = [t for t in _TOKEN_RE.finditer(self.shape, 0, pos) if t.group(1) == "P" and t.group(2)
                  and 40 <= self.s.mentions[int(t.group(2))].value <= 100]
        return bool(re.search(rf"\b(?:{catalogue()['cues']['gap']})\s*(?:la|:|o muc)?\s*$", self.shape[max(0, pos - 30): pos])) \
            and len(levels) >= 2 and not YEAR_MARK_RE.search(self.shape) and not over_time(self.shape)

    def _changes_after_previous(self) -> None:
        """"cao hơn mức 82,74% của năm 2021 đúng 2,47%", "thấp hơn năm trước (85,92%) là 0,72 điểm": the change
        printed after the level it is measured from; it stands where it is printed, after that level."""
        for name in ("change_after_previous", "change_after_previous_paren"):
            for m in frame(name).finditer(self.shape):
                c = self.idx(m, "change")
                mention = self.s.mentions[c]
                if c in self.used or mention.value >= 40:
                    continue
                self.used.add(c)
                down = bool(_cue("down").fullmatch(m.group("dir")))
                self.changes.append((m.start("change"), -mention.value if down else mention.value, mention.unit, c))

    def _averages(self) -> None:
        for m in frame("average").finditer(self.shape):
            v = self.idx(m, "value")
            between = m.group("between")
            if v in self.used or re.search(r"(?:tren|duoi|hon|tu|nho hon|lon hon)\s*$", between) \
                    or re.search(r"(?:loai|xep loai|xep hang|hang|muc|;)\s*$", self.shape[max(0, m.start() - 12): m.start()]) \
                    or CHANGE_OF_RE.search(self.shape[max(0, m.start() - 30): m.start()]) \
                    or re.match(r"\s*[(:]", between):
                continue  # "Trung bình (từ 70 đến dưới 75 điểm)": the class, not an average; "mức tăng của giá trị
                # trung bình … là 1,23%": its change
            self.used.add(v)
            mention = self.s.mentions[v]
            clause_start, _ = clause_bounds(self.shape, m.start())
            self.add(m.start(), clause_start, m.end(), kind="average", frame="average",
                     subject=self._subject(clause_start, m.start("value")),
                     value=mention.value, unit=mention.unit or "điểm")

    def _subject(self, a: int, b: int) -> str | None:
        token = self.shape.rfind("⟨", a, b)
        if token >= 0 and "⟩" not in self.shape[token:b]:
            b = token  # `b` inside a figure's token ("đạt ⟨P|3⟩"): the words before the figure, not its first digit
        text = self.printed(a, b).strip(" ,;:-+")
        return text[-90:] or None

    def _extreme_matches(self, kind: str) -> list[re.Match]:
        """The frame's matches of the first or the last; a cue inside a bracket that closes before the figure is the
        bracket's, not the figure's ("A thế chỗ B (cuối bảng năm 2016) ở vị trí chót bảng, với 77,52%": the match
        starts again after the bracket, at the cue of the figure, so neither B nor the bracket's year takes it)."""
        out = []
        for m in frame(kind).finditer(self.shape):
            opened = self.shape.rfind("(", 0, m.start("cue"))
            inside = opened >= 0 and self.shape.find(")", opened, m.start("cue")) < 0
            closed = self.shape.find(")", m.end("cue"), m.start("value")) if inside else -1
            if closed >= 0 and "(" not in self.shape[m.end("cue"): closed]:
                again = frame(kind).search(self.shape, closed + 1)
                if again is None or again.start("value") != m.start("value"):
                    continue
                m = again
            out.append(m)
        return out

    def _extremes(self) -> None:
        for kind in ("highest", "lowest"):
            for m in self._extreme_matches(kind):
                v = self.idx(m, "value")
                before = self.shape[max(0, m.start() - 20): m.start()]
                between = m.group("between")
                other = "lowest" if kind == "highest" else "highest"
                clause_start, _ = clause_bounds(self.shape, m.start())
                lead = self.shape[clause_start: m.start()]
                # "Khoảng cách giữa địa phương cao nhất (Quảng Ninh, 93,50%) và …": an extreme named in brackets inside
                # a gap's statement is stated all the same
                named_inside = re.match(r"\s*\(\s*[^()⟨;]{2,60}?,\s*$", between)
                if v in self.used or re.search(r"trung binh\s*$", before) or _cue(other).search(between) \
                        or AMONG_RE.search(self.shape, max(0, m.start() - 60), m.start()) \
                        or self.s.mentions[v].unit == "điểm phần trăm" \
                        or (self.s.mentions[v].value < 40 and names_extremes(self.shape)) \
                        or (self.s.mentions[v].value < 40 and role("comparative").search(between)) \
                        or not named_inside and _cue("gap").search(self.shape[max(0, m.start() - 60): m.start()] + " " + between) \
                        or re.search(r"\b(?:tang|giam|muc tang|thay doi|tien bo|thang hang|cai thien)\b", between) \
                        or re.search(r"\b(?:tang|giam|muc tang|thay doi|tien bo|thang hang|cai thien)\b", lead) \
                        and not _CHANGE_LED_TO_PLACE_RE.search(lead) \
                        or _beside_the_extreme(lead, between, self.s.mentions[v].value) \
                        or _NEGATED_CUE_RE.search(m.group("cue")) and not self.unit_name(m.end("cue"), m.start("value")) \
                        or self._cue_of_the_figure_before(lead, clause_start, m) \
                        or _CLASS_BOUND_BEFORE_RE.search(between):
                    continue  # the most improved unit is no highest index; "không tỉnh nào cao hơn 95%" names no unit
                    # above the rest, only a mark none reached
                self.used.add(v)
                clause_start, _ = clause_bounds(self.shape, m.start())
                after_cue = self.unit_name(m.end("cue"), m.start("value"), "first")
                named_after = re.match(r"\s*(?:la\s|thuoc ve\s|:\s|,\s|\()", self.shape[m.end("cue"):]) \
                    or m.group("cue").endswith(" ten")  # ("… mở đầu bằng cái tên A (96,79%)": the name follows the cue)
                # "… 79,40% thuộc về Cao Bằng"; "… là 78,81%, của Bộ Y tế." (", của" with no figure after it in the clause:
                # "…, của Tiền Giang là 81,88%" is the next unit's)
                owner = _OWNER_AFTER_RE.match(self.shape, m.end()) or _COMMA_OWNER_RE.match(self.shape, m.end()) \
                    or _RECORDED_AT_RE.match(self.shape, m.end())
                owned = self.unit_name(owner.end(), min(len(self.shape), owner.end() + 80), "first") if owner else None
                # "Điểm cao nhất: 93,28% (Bộ Tài chính)": a bracket right after the figure that holds a unit's name only
                bracket = _NAME_BRACKET_AFTER_RE.match(self.shape, m.end())
                owned = owned or (self.unit_name(bracket.start(1), bracket.end(1), "first") if bracket else None)
                # "Địa phương có điểm thấp nhất mà Hội đồng thẩm định ghi nhận năm 2019 là Hà Nội, với …": the unit "là"
                # introduces is the extreme's, not a name between the cue and "là" (a near match of "Hội đồng")
                said = list(re.finditer(r"\bla\s+(?!cua\b)", between))
                said_is = self.unit_name(m.start("between") + said[-1].end(), m.start("value"), "first") \
                    if said else None
                aside = self._extreme_aside(clause_start, m.start("value"))
                first = self.unit_name(clause_start, aside[0], "first") if aside else None
                unit = owned or said_is or first or (after_cue if named_after and after_cue else None) \
                    or self.unit_name(clause_start, m.start()) or after_cue
                mention = self.s.mentions[v]
                dated = {"year": self._year_beside(clause_start, m, aside)} if aside else {}
                self.add(m.start(), clause_start, m.end(), kind=kind, frame=kind, subject=unit, value=mention.value,
                         unit=mention.unit or "điểm", **dated)

    def _extreme_aside(self, start: int, end: int) -> tuple[int, int] | None:
        """A bracket in [start, end) that speaks of another extreme of another year: "A thế chỗ B (cuối bảng năm 2016)
        ở vị trí chót bảng, với …", "A giành ngôi đầu từ B (bộ dẫn đầu năm 2018) với …"."""
        for b in re.finditer(r"\(([^()]*)\)", self.shape[start:end]):
            if "⟨Y" in b.group(1) and "⟨P" not in b.group(1) and (_cue("highest").search(b.group(1))
                                                                     or _cue("lowest").search(b.group(1))):
                return start + b.start(), start + b.end()
        return None

    def _year_beside(self, clause_start: int, m: re.Match, aside: tuple[int, int]) -> int | None:
        """The year of an extreme whose clause holds an aside on another year's extreme: the last year printed outside
        the aside before the figure, else the year the document reports on."""
        outside = self.shape[clause_start: aside[0]] + self.shape[aside[1]: m.start("value")]
        years = [int(y) for y in re.findall(r"⟨Y(\d+)⟩", outside)]
        return int(self.s.mentions[years[-1]].value) if years else (self.state.index_year or self.state.year)

    def _cue_of_the_figure_before(self, lead: str, clause_start: int, m: re.Match) -> bool:
        """"A đạt 88,40 điểm – cao nhất khối sở – và B đạt 85,10 điểm": the cue set off right after a figure is that
        figure's, and the figure after it is another unit's (named between them)."""
        opened = re.search(r"⟨P\d+⟩\s*(?:diem(?: phan tram)?|%)?\s*[–(-]\s*$", lead)
        closed = re.search(r"\s[–-]\s|\)", m.group("between"))
        if not opened or not closed:
            return False  # (", thấp nhất là Sở Xây dựng với 76,80%": the cue of the figure after it)
        after = self.unit_name(m.end("cue") + closed.end(), m.start("value"), "first")
        return after is not None and after != self.unit_name(clause_start, m.start())

    def _gaps(self) -> None:
        for m in frame("extremes_gap").finditer(self.shape):
            v = self.idx(m, "value")
            if v in self.used or self.s.mentions[v].value >= 50:
                continue
            self.used.add(v)
            clause_start, _ = clause_bounds(self.shape, m.start())
            self.add(m.start(), clause_start, m.end(), kind="gap", frame="gap", value=self.s.mentions[v].value,
                     unit=self.s.mentions[v].unit or "điểm", subject="cao nhất − thấp nhất")
        for m in frame("gap").finditer(self.shape):
            v = self.idx(m, "value")
            if v in self.used or self.s.mentions[v].value >= 50:
                continue  # a gap between two indices is well under 50 points: a larger figure is an index
            if GAP_CHANGED_BY_RE.search(self.shape, m.start("between"), self.shape.rfind("⟨", 0, m.start("value"))):
                continue  # "khoảng cách này đã thu hẹp 1,20 điểm": how much the gap changed, not the gap ("thu hẹp còn …" is)
            if NEIGHBOURS_RE.search(self.shape, *clause_bounds(self.shape, m.start())):
                self.used.add(v)  # "Hai đơn vị kế nhau … chênh nhau nhiều nhất 3,40 điểm": neighbours the text does not
                continue  # name, no gap to check
            self.used.add(v)
            mention = self.s.mentions[v]
            clause_start, _ = clause_bounds(self.shape, m.start())
            # "chênh lệch giữa đơn vị tăng nhiều nhất và giảm nhiều nhất": a gap between changes, not indices
            between_changes = re.search(r"\b(?:t[ai]ng|giam)\s+(?:diem\s+)?nh\w{1,3}u\s+nhat", m.group("between"))
            named = [n for n in (self.unit_name(m.end("cue"), m.start("value"), "first"),
                                 self.unit_name(m.end("cue"), m.start("value"), "last")) if n]
            pair = named if len(set(named)) == 2 else []
            before = self.unit_names(clause_start, m.start())
            if not pair and len(before) == 2 and re.search(r"\bgiua\b", self.shape[clause_start: m.start()]):
                pair = before  # "Giữa Bến Tre và Tuyên Quang có khoảng cách 2,32 điểm"
            span = _FROM_TO_UNITS_RE.match(self.shape) or _RANGE_OF_UNITS_RE.search(self.shape, 0, m.start())
            ends_after = _ENDS_AFTER_RE.match(self.shape, m.end())
            if not pair and ends_after:  # "Cách biệt 18,34%: A trên đỉnh, B dưới đáy": the two ends named after it
                ends = [self.unit_name(ends_after.start(g), ends_after.end(g), "first") for g in ("top", "bottom")]
                pair = ends if all(ends) and ends[0] != ends[1] else []
            if not pair and span and span.end() <= m.start():
                # "Từ Ninh Bình đến Yên Bái, điểm số trải dài trên một khoảng 21,06 điểm": the range's two ends
                ends = [self.unit_name(span.start(i), span.end(i), "first") for i in (1, 2)]
                pair = ends if all(ends) and ends[0] != ends[1] else []
            beside = [] if pair or names_extremes(self.shape) or _cue("highest").search(self.shape) \
                or _cue("lowest").search(self.shape) else self.state.loose_levels + self._levels_before(m.start())
            levels = [int(t) for t in re.findall(r"\(\s*⟨P(\d+)⟩\s*\)", m.group("between"))]
            if len(levels) == 2 and not pair:  # "Hiệu số giữa điểm cao nhất (93,90) và điểm thấp nhất (71,42) là …"
                beside = [self.s.mentions[i].value for i in levels]
                self.used.update(levels)
            after = _LEVELS_AFTER_RE.match(self.shape, m.end())
            if after and len(levels) != 2 and not {int(after.group("a")), int(after.group("b"))} & self.used:
                # "A vượt B với khoảng cách 16,00 điểm (90,88% và 74,88% theo thứ tự)": the two levels in brackets after
                # it are those of the two units named before it, in their order
                levels = [int(after.group("a")), int(after.group("b"))]
                pair = pair or (before if len(before) == 2 else [])
                beside = [self.s.mentions[i].value for i in levels]
                self.used.update(levels)
                for name, i in zip(pair, levels):
                    self.add(self.shape.find(f"⟨P{i}⟩"), clause_start, after.end(), kind="value", frame="role_value",
                             subject=name, value=self.s.mentions[i].value, unit=self.s.mentions[i].unit or "điểm")
            subject = pair[0] if pair else None if len(levels) == 2 else self._subject(clause_start, m.start("value"))
            years = {self.s.mentions[int(y)].value for y in re.findall(r"⟨Y(\d+)⟩", self.shape[clause_start: m.start()])}
            if not pair and len(levels) != 2 and (over_time(m.group("between")) or len(years) >= 2
                                                  or _DIRECTION_AFTER_RE.match(self.shape, m.end())):
                # "độ chênh giữa hai năm là 1,17 điểm", "năm 2022 … 83,56%; năm 2021 … 82,02%; chênh lệch 1,54% theo
                # hướng tăng": the change of one figure over time, joined to its two years (`link_differences`),
                # never a gap between units
                self.add(m.start(), clause_start, m.end(), kind="delta", frame="change", value=mention.value,
                         unit=mention.unit or "điểm", subject=self.unit_name(clause_start, m.start("value")))
                continue
            self.add(m.start(), clause_start, m.end(), kind="other" if between_changes else "gap", frame="gap",
                     other=pair[1] if pair else None, value=mention.value, between=beside[-3:],
                     unit=mention.unit or "điểm", subject=subject)

    def _ranks_by_year(self, pos: int) -> tuple[int, int] | None:
        """The two ranks a colon after a move labels by year ("…: năm ngoái 5, năm nay 7/17"), as (earlier,
        later) mention indices; None unless exactly one rank of last year and one of this year stand there."""
        opened = re.match(r"\s*(?:[:(]|–|-)\s*", self.shape[pos:])
        if not opened or self.state.index_year is None:
            return None
        years: dict[int, int] = {}
        at = pos + opened.end()
        while (k := _LABELLED_RANK_RE.match(self.shape, at)) is not None and len(years) < 2:
            at = k.end()
            i = int(k.group("k"))
            if i in self.used or self.s.mentions[i].value % 1:
                return None
            if k.group("y"):
                year = int(self.s.mentions[int(k.group("y"))].value)
            else:
                year = self.state.index_year - (0 if k.group("words").endswith("nay") else 1)
            years[year] = i
        now = self.state.index_year
        return (years[now - 1], years[now]) if set(years) == {now - 1, now} else None

    def _rank_then_clause(self, pos: int) -> re.Match | None:
        """Last year's rank in the clause right after a rank ("… 20/63 năm 2022, năm 2021 là 23"): only where the
        year named there is the one before the rank's own (printed after it, else the year reported on)."""
        then = _RANK_THEN_CLAUSE_RE.match(self.shape, pos)
        if then is None or self.s.mentions[int(then.group("k"))].value % 1 or self.s.mentions[int(then.group("k"))].noun:
            return None  # (a count with its noun is no rank: "…, năm 2021 là 23 địa phương")
        own = int(self.s.mentions[int(then.group("own"))].value) if then.group("own") else self.state.index_year
        year = int(self.s.mentions[int(then.group("y"))].value) if then.group("y") else (own - 1 if own else None)
        return then if own and year == own - 1 else None

    def _named_after_colon(self, pos: int) -> str | None:
        """"Từ vị trí 9 lên 2/20: Sở Xây dựng tiến 7 bậc": the one unit the clause after a colon (or dash) right
        after `pos` names is the one the figures before it are about, not the unit of the sentence before."""
        colon = re.compile(r"\s*[:–—]\s*").match(self.shape, pos)
        if not colon:
            return None
        names = self.unit_names(colon.end(), clause_bounds(self.shape, colon.end())[1])
        return names[0] if len(set(names)) == 1 else None

    def _ranks_out_of(self) -> None:
        """"… xuống hạng 23 (trên 63 tỉnh, thành phố)", "… vị trí 30 trong bảng 63 địa phương": the one count of units
        a rank's sentence gives after "trên / trong (bảng, tổng số)" is the whole its ranks are out of (their
        denominator), when no rank of the sentence printed one."""
        ranks = [c for _, c in self.claims if c.kind == "rank" and c.value is not None]
        wholes = [int(m.group(1)) for m in _RANK_OUT_OF_RE.finditer(self.shape)
                  if int(m.group(1)) not in self.used and self.s.mentions[int(m.group(1))].scope in UNIT_SCOPES
                  and _WHOLE_ENDS_RE.match(self.shape, _past_noun(self.shape, m.end(), self.s.mentions[int(m.group(1))]))]
        # (not "… là một trong 5 địa phương tăng hạng": some of the units, described after their noun)
        if not ranks or len(wholes) != 1 or any(c.denominator is not None for c in ranks):
            return
        whole = self.s.mentions[wholes[0]].value
        if any(c.value > whole or (c.previous_value or 0) > whole for c in ranks):
            return
        self.used.add(wholes[0])  # (not a list's count: "trong bảng 17 bộ, ngành: Bộ Tư pháp tăng …")
        for c in ranks:
            c.denominator = whole
        mention = self.s.mentions[wholes[0]]  # … and the units assessed, as the frames would have read it
        at = self.shape.find(f"⟨C{wholes[0]}⟩")
        total = self.add(at, at, at + len(f"⟨C{wholes[0]}⟩"), kind="total", frame="population", value=whole,
                         unit="đơn vị", subject=mention.noun)
        # (of the units its own noun names, else of a national text's, not of the sentence's last named: "UBND huyện …
        # (trên 32 cơ quan, đơn vị)" counts every unit a provincial report ranks)
        scope = mention.scope or (self.state.scope if self.state.scope in ("provinces", "ministries") else None)
        total.scope, total.group = (scope if scope in UNIT_SCOPES else None), _GROUP_OF_SCOPE.get(scope or "")

    def _ranks_labelled_in_sentence(self) -> tuple[int, int] | None:
        """A move's two ranks each labelled by its year somewhere in the sentence, the label before the rank or after
        it ("Vị trí của X: năm 2021 – 12; năm 2022 – 08/29; tăng 04 bậc", "X lên 3 bậc (9 năm 2021, 6/29 năm
        2022)"), as (last year's, this year's) mention indices; None unless each of the two years labels exactly one
        whole number no frame read, and no rank stands unlabelled beside them."""
        now = self.state.index_year
        if now is None:
            return None
        both = _RESPECTIVE_RANKS_RE.search(self.shape)
        if both:  # "Thứ hạng năm 2021 và năm 2022 của X lần lượt là 50 và 45/63": in the order of the years
            years = [int(self.s.mentions[int(both.group(g))].value) for g in ("y1", "y2")]
            ranks = [int(both.group(g)) for g in ("k1", "k2")]
            if sorted(years) != [now - 1, now] or set(ranks) & self.used \
                    or any(self.s.mentions[i].value % 1 or self.s.mentions[i].value < 1 for i in ranks):
                return None
            return (ranks[0], ranks[1]) if years[0] < years[1] else (ranks[1], ranks[0])
        of_year: dict[int, set[int]] = {}
        for pattern, n in ((_RANK_AFTER_YEAR_RE, "1"), (_RANK_BEFORE_YEAR_RE, "2")):
            for k in pattern.finditer(self.shape):
                i = int(k.group("k" + n))
                if i in self.used or self.s.mentions[i].value % 1 or self.s.mentions[i].value < 1:
                    return None
                if k.group("y" + n):
                    year = int(self.s.mentions[int(k.group("y" + n))].value)
                else:
                    year = now - (0 if k.group("w" + n).endswith("nay") else 1)
                of_year.setdefault(year, set()).add(i)
        if set(of_year) != {now - 1, now} or any(len(v) != 1 for v in of_year.values()):
            return None
        (before,), (after,) = of_year[now - 1], of_year[now]
        if before == after or any(t.group(1) == "K" and int(t.group(2)) not in self.used | {before, after}
                                  for t in _TOKEN_RE.finditer(self.shape) if t.group(2)):
            return None
        return before, after

    def _levels_before(self, pos: int) -> list[float]:
        """The levels (40–100) printed before `pos` in this sentence that no frame read as an extreme."""
        return [self.s.mentions[int(t.group(2))].value for t in _TOKEN_RE.finditer(self.shape, 0, pos)
                if t.group(1) == "P" and t.group(2) and int(t.group(2)) not in self.used
                and 40 <= self.s.mentions[int(t.group(2))].value <= 100]

    def _ranks(self) -> None:
        for m in [*frame("rank_from_to_move").finditer(self.shape), *frame("rank_arrow_move").finditer(self.shape)]:
            # "…: từ 8 xuống 12/23 (4 bậc)", "Hạng của X: 8 → 5 (tăng 3 bậc)": last year's rank, this year's and the
            # move between them
            b, a, c = self.idx(m, "before"), self.idx(m, "after"), self.idx(m, "move")
            if {a, b, c} & self.used:
                continue
            self.used.update([a, b, c])
            clause_start, _ = clause_bounds(self.shape, m.start())
            unit = self.unit_name(clause_start, m.start())
            after, move = self.s.mentions[a], abs(self.s.mentions[c].value)
            self.add(m.start(), clause_start, m.end(), kind="rank", frame="rank", subject=unit, value=after.value,
                     denominator=after.denominator, previous_value=self.s.mentions[b].value, year=self.state.index_year)
            down = m.group("dir") == "xuong" or bool(_cue("down_move").fullmatch(m.group("dir")))
            self.add(m.start(), clause_start, m.end(), kind="rank_move", frame="rank_move", subject=unit,
                     value=-move if down else move, year=self.state.index_year)
        for m in frame("rank_from_to").finditer(self.shape):
            b, a = self.idx(m, "before"), self.idx(m, "after")
            if a in self.used or b in self.used:
                continue
            self.used.update([a, b])
            clause_start, _ = clause_bounds(self.shape, m.start())
            # "Từ vị trí 51 năm ngoái, Lào Cai rơi 4 bậc, xuống vị trí 55/63": the one unit named between the ranks
            inside = self.unit_names(m.start(), m.end())
            unit = self.unit_name(clause_start, m.start()) or (inside[0] if len(inside) == 1 else None) \
                or self._named_after_colon(m.end()) or self.referred_unit(clause_start)
            after = self.s.mentions[a]
            # "từ thứ 8 năm 2021 xuống thứ 13/63": the year after the first rank is the first rank's; the second is
            # of the year reported on, unless a year of its own follows it
            dated = _YEAR_RIGHT_AFTER_RE.match(self.shape, m.end("before") + 1)
            year = None
            if dated and self.state.index_year and not _YEAR_RIGHT_AFTER_RE.match(self.shape, m.end()) \
                    and self.s.mentions[int(dated.group(1))].value < self.state.index_year:
                year = self.state.index_year
            self.add(m.start(), clause_start, m.end(), kind="rank", frame="rank", subject=unit, value=after.value,
                     denominator=after.denominator, previous_value=self.s.mentions[b].value, year=year)
            so_many = _PLACES_AFTER_FROM_TO_RE.match(self.shape, m.end())
            before = self.s.mentions[b].value
            if so_many and int(so_many.group(1)) not in self.used and before != after.value:
                # "… vươn lên hạng 24/63, tức 1 bậc": the move, its direction the two ranks'
                self.used.add(int(so_many.group(1)))
                move = abs(self.s.mentions[int(so_many.group(1))].value)
                self.add(m.start(), clause_start, so_many.end(), kind="rank_move", frame="rank_move", subject=unit,
                         value=move if before > after.value else -move, year=year)
        for name, m in [(name, m) for name in ("rank_move_over", "rank_move", "rank_move_first", "rank_move_noun", "rank_move_dir_after", "rank_move_signed",
                                     "rank_move_paren_signed", "rank_move_dir_colon", "rank_move_paren_signed_compared",
                                     "rank_move_signed_alone")
                        for m in frame(name).finditer(self.shape)]:
            c = self.idx(m, "move")
            if c in self.used or name in ("rank_move_paren_signed", "rank_move_paren_signed_compared", "rank_move_signed_alone") and not (
                    m.group("minus") or self.s.mentions[c].printed.lstrip()[:1] in "+-"):
                continue  # "(5 bậc)" with no sign printed: no direction
            self.used.add(c)
            value = self.s.mentions[c].value
            if name in ("rank_move_signed", "rank_move_paren_signed", "rank_move_paren_signed_compared", "rank_move_signed_alone"):
                # the figure's own sign: "+17", "-6", "−6"
                down, value = value < 0 or m.group("minus") in ("-", "−"), abs(value)
            else:
                down = bool(_cue("down_move").fullmatch(m.group("dir")))
            clause_start, clause_end = clause_bounds(self.shape, m.start())
            if name == "rank_move_first":  # the unit is named after the move: "… mức tăng thứ hạng của Bộ Xây dựng"
                clause_end = len(self.shape)
            unit = self.unit_name(clause_start, m.start()) or (
                self.unit_name(m.end(), clause_end, prefer="first") if name == "rank_move_first" else None) or (
                self.unit_name(m.start(), m.end()) if name in ("rank_move_noun", "rank_move_dir_colon") else None) or (
                self.state.heading_unit if not self.unit_names(0, len(self.shape)) else None)
            previous = None
            if name == "rank_move_over":  # "cao hơn năm 2021 (9) 5 bậc": the compared year's rank, in its brackets
                self.used.add(self.idx(m, "before"))
                previous = self.s.mentions[self.idx(m, "before")].value
            tail = self.shape[m.end(): clause_end]
            labelled = self._ranks_by_year(m.end()) or self._ranks_labelled_in_sentence()
            if labelled:  # "giảm 2 bậc: năm ngoái 5, năm nay 7/17", "giảm 3 bậc: năm 2022 là 7, năm 2023 là 10/33"
                self.used.update(labelled)
                previous = self.s.mentions[labelled[0]].value
                now = self.s.mentions[labelled[1]]
                self.add(m.start(), clause_start, m.end(), kind="rank", frame="rank", subject=unit, value=now.value,
                         denominator=now.denominator, year=self.state.index_year)
            for k in re.finditer(r"(?P<lead>tu|xuong|len|xep|dung|o|con)?\s*(?:vi tri|hang|thu hang)?\s*(?:thu|so)?\s*⟨K(?P<k>\d+)⟩", tail):
                idx = int(k.group("k"))
                if idx in self.used:
                    continue
                self.used.add(idx)
                in_brackets = tail.count("(", 0, k.start()) > tail.count(")", 0, k.start())
                last_year = _LAST_YEAR_RANK_RE.search(tail, 0, tail.find("⟨", k.start()))
                compared = re.search(r"\bso voi\s*$", tail[:k.start()])
                dated = _YEAR_LABEL_BEFORE_RE.search(tail, 0, tail.find("⟨", k.start()))
                earlier_year = dated is not None and self.state.index_year is not None \
                    and self.s.mentions[int(dated.group(1))].value < self.state.index_year
                if k.group("lead") == "tu" or in_brackets or last_year or compared or earlier_year \
                        or _RANK_WHEN_RE.search(tail, 0, tail.find("⟨", k.start())):
                    # "từ vị trí thứ 21", "(xếp thứ 7)", "so với năm liền kề, khi xếp thứ 15", "so với hạng 10 năm
                    # ngoái": last year's rank
                    previous = self.s.mentions[idx].value
                else:  # "xuống vị trí thứ 9", "xếp hạng 12": this year's
                    now = self.s.mentions[idx]
                    self.add(m.start(), clause_start, m.end(), kind="rank", frame="rank", subject=unit,
                             value=now.value, denominator=now.denominator)
                    then = _RANK_THEN_RE.match(tail, k.end())
                    if then and previous is None and int(then.group("k")) not in self.used:
                        self.used.add(int(then.group("k")))  # "xếp thứ 12/17 (năm ngoái: 9)": last year's beside it
                        previous = self.s.mentions[int(then.group("k"))].value
            bare = _BARE_FROM_TO_RE.search(tail)
            first, second = (int(bare.group(1) or bare.group(2)), int(bare.group(3))) if bare else (None, None)
            if previous is None and bare and not {first, second} & self.used:
                # "tăng 6 bậc (từ 15 lên 9)": the two ranks with no word of rank before them
                self.used.update([first, second])
                previous = self.s.mentions[first].value
                self.add(m.start(), clause_start, m.end(), kind="rank", frame="rank", subject=unit,
                         value=self.s.mentions[second].value, denominator=self.s.mentions[second].denominator)
            # "Năm 2021, Bộ X đứng thứ 11; như vậy bộ này đã giảm 5 bậc": a move in a clause naming no year, after a
            # clause about an earlier one, is the move up to the year reported on
            year = self.state.index_year if labelled else None
            if year is None and clause_year(self, clause_start, m.start()) is None and self.state.index_year and self.state.year \
                    and self.state.year < self.state.index_year and YEAR_MARK_RE.search(self.shape, 0, clause_start):
                year = self.state.index_year
            self.add(m.start(), clause_start, m.end(), kind="rank_move", frame="rank_move", subject=unit,
                     value=-value if down else value, previous_value=previous, year=year)
        for m in frame("rank_year_bracket").finditer(self.shape):
            # "Thứ hạng của Bộ Y tế năm nay (4/17) cao hơn …": the rank of the year it is bracketed after
            r = self.idx(m, "rank")
            if r in self.used or self.s.mentions[r].value % 1:
                continue
            self.used.add(r)
            clause_start, _ = clause_bounds(self.shape, m.start())
            mention = self.s.mentions[r]
            self.add(m.start(), clause_start, m.end(), kind="rank", frame="rank", subject=self.unit_name(clause_start, m.end()),
                     value=mention.value, denominator=mention.denominator,
                     year=self.state.index_year if m.group("now") else int(self.s.mentions[int(m.group("y"))].value))
        for m in frame("rank_compared").finditer(self.shape):
            # "– Thứ 4/17, so với thứ 6 năm ngoái, tức tăng 2 bậc": the rank of the year compared with
            r = self.idx(m, "rank")
            year = int(self.s.mentions[int(m.group("y"))].value) if m.group("y") else (
                self.state.index_year - 1 if self.state.index_year else None)
            if r in self.used or year is None or self.state.index_year is None or year >= self.state.index_year:
                continue
            self.used.add(r)
            clause_start, _ = clause_bounds(self.shape, m.start())
            self.add(m.start(), clause_start, m.end(), kind="rank", frame="rank", subject=self.unit_name(clause_start, m.start()),
                     value=self.s.mentions[r].value, year=year)
        # in the order printed: a rank takes the bracketed one after it as last year's before that one is read alone
        for m in sorted([*frame("rank").finditer(self.shape), *frame("rank_is").finditer(self.shape),
                         *frame("rank_bracket").finditer(self.shape)], key=lambda m: m.start("rank")):
            r = self.idx(m, "rank")
            if r in self.used:
                continue
            self.used.add(r)
            mention = self.s.mentions[r]
            clause_start, _ = clause_bounds(self.shape, m.start())
            unit = self.unit_name(clause_start, m.end())
            token = self.shape.rfind("⟨", 0, m.end())
            earlier = next((c for _, c in reversed(self.claims) if c.kind == "rank" and c.previous_value is None
                            and c.subject == unit), None) if _RANK_WHEN_RE.search(self.shape, max(0, token - 70), token) else None
            if earlier is not None:  # "xếp thứ mười hai, tăng ba bậc so với năm liền kề, khi xếp thứ mười lăm"
                earlier.previous_value = mention.value
                earlier.previous_year = (earlier.year - 1) if earlier.year else None
                continue
            previous, previous_year = None, None
            then = _RANK_THEN_RE.match(self.shape, m.end()) or self._rank_then_clause(m.end())
            if then and int(then.group("k")) not in self.used:  # "33 (năm 2022: 29)": last year's rank beside it
                self.used.add(int(then.group("k")))
                previous = self.s.mentions[int(then.group("k"))].value
                previous_year = int(self.s.mentions[int(then.group("y"))].value) if then.group("y") else (
                    (self.state.year - 1) if self.state.year else None)  # "(năm ngoái: 9)"
            # "So với năm 2021 (đứng thứ 54), …": a rank in the bracket a year opens is that year's
            opened = _YEAR_BRACKET_BEFORE_RE.search(self.shape, max(0, token - 40), token)
            year = int(self.s.mentions[int(opened.group(1))].value) if opened else None
            if year is None and then and then.group("y") and previous_year:
                year = previous_year + 1  # "là 07/18 (năm 2021 đứng thứ 10)": the bracket's year is the other rank's
            self.add(m.start(), clause_start, m.end(), kind="rank", frame="rank", subject=unit, value=mention.value,
                     denominator=mention.denominator, previous_value=previous, previous_year=previous_year, year=year)
        self._ranks_out_of()
        named = set(self.unit_names(0, len(self.shape)))
        for _, c in self.claims:  # "Giảm 6 bậc … là kết quả của Bắc Kạn, hiện xếp thứ 35/63": the one unit named
            if c.kind in ("rank", "rank_move") and c.subject is None and len(named) == 1:
                c.subject = next(iter(named))
            elif c.kind in ("rank", "rank_move") and c.subject is None and not named and self.prior_role \
                    and self.prior_role[0] == "asked":
                c.subject = self.prior_role[1]  # "Hỏi: Bộ X năm nay xếp thứ mấy? Đáp: thứ 4/17, tăng 1 bậc …"
        ranked = {c.subject for _, c in self.claims if c.kind == "rank" and c.subject}
        for _, c in self.claims:  # "Thứ hạng của Bình Thuận: 33 (năm 2022: 29); giảm 4 bậc": the move of that unit
            if c.kind == "rank_move" and c.subject is None and len(ranked) == 1:
                c.subject = next(iter(ranked))
        moved = {c.subject for _, c in self.claims if c.kind == "rank_move" and c.subject}
        for _, c in self.claims:  # "Từ vị trí 51 năm ngoái, Lào Cai rơi 4 bậc, xuống vị trí 55/63": that unit's rank
            if c.kind == "rank" and c.subject is None and len(moved) == 1 and not ranked:
                c.subject = next(iter(moved))

    def _population(self) -> None:
        for name, m in [(name, m) for name in ("population_is", "population", "population_after", "population_assessed",
                                                "population_last_place", "population_label")
                        for m in frame(name).finditer(self.shape)]:
            t = self.idx(m, "total")
            mention = self.s.mentions[t]
            if t in self.used or mention.scope in ("ballots", "rank", "groups", "fields") or mention.value < 3:
                continue  # (one or two units are never all the units assessed: "Đó là Bộ X, tổng cộng 1 bộ, ngành")
            clause_start, clause_end = clause_bounds(self.shape, m.start())
            if name == "population_last_place" and (m.groupdict().get("first") and self.s.mentions[self.idx(m, "first")].value != 1
                                                    or self.unit_names(clause_start, clause_end)):
                continue  # from the first place to the last of the table, not a unit's fall ("X đi từ ngôi đầu tới vị trí 5")
            if name == "population_is" and self._labels(m.start(), m.end()):
                continue  # "Tổng số đơn vị xếp loại Khá năm 2022: 3": the count of the class it names, not the whole
            head = self._labels(clause_start, m.start())
            if head and re.search(r"\(\s*$", self.shape[:m.start()]) and "⟨C" not in self.shape[max(lb[0] for lb in head): m.start()]:
                continue  # "Loại Tốt gồm các đơn vị sau (tổng số 3):": the band's count in brackets after its head (not
                # "Xuất sắc 04, Tốt 16, Khá 06 (tổng 26 đơn vị)": the whole after the bands' counts)
            if name == "population_after" and m.group(0).startswith(",") and (
                    self._labels(m.start(), clause_end) or self._band_bounds(m.start(), clause_end)):
                continue  # "…, 12 đơn vị được đánh giá xếp loại Tốt": the count of a class after a comma, not the whole
            if m.group(0).startswith(("gom", "bao gom")) and (self._labels(clause_start, clause_end)
                                                             or self._band_bounds(clause_start, clause_end)):
                continue  # "Nhóm A ... gồm 03 tỉnh": a group's count, not the whole
            if re.match(r"\s*(?:tren tong(?: so)?|trong tong so|trong so|trong|tren)\s*⟨[CX]", self.shape[m.end():]):
                continue  # "Chỉ số của 35 trong 63 địa phương …": a count out of the whole after it, not the whole
            if name == "population_is" and (self._labels(m.start(), m.end()) or self._band_bounds(m.start(), m.end())):
                continue  # "Tổng số đơn vị đạt loại Khá: 12": the sum of one class, not of the units assessed
            # "có 30 đơn vị tham gia" counts the whole only of an assessment the clause named before it
            clause = self.shape[clause_start: m.start() if name == "population_after" else clause_end]
            # (the units assessed, then their classes after a colon: "có 27 đơn vị được đánh giá, xếp loại như sau: …")
            colon = self.shape.find(":", m.end(), clause_end)
            head_end = colon if name == "population_after" and colon >= 0 else clause_end
            breakdown = re.compile(r",\s*(?:trong do|trong so do|cu the|gom)\b").search(self.shape, m.end(), head_end)
            if name == "population_after" and breakdown:  # "… 27 đơn vị được đánh giá, trong đó 4 đơn vị Xuất sắc, …"
                head_end = breakdown.start()
            end = _past_noun(self.shape, m.end(), mention)
            after = self.shape[end: end + 45]
            listed = self._labels(0, m.start()) and len(self.unit_names(0, m.start())) >= 2
            next_count = self.shape.find("⟨C", end, clause_end)
            bounded = self._band_bounds(end, next_count if next_count >= 0 else clause_end)
            # "Các địa phương có Chỉ số CCHC trên 80% (tổng cộng 56 địa phương)": the count of those above a bound
            bounded = bounded or self._band_bounds(clause_start, m.start())
            if re.match(r"(?:tai|tinh cho|cho)\b", m.group(0)) and re.match(r"\s*(?:,\s*)?(?:trong do|gom|bao gom|:|\()", after):
                continue  # "được xác định cho 19 bộ, ngành, trong đó bộ là 16, …": the total of a breakdown (windows)
            if _SUBSET_RE.match(after) or _AND_ANOTHER_COUNT_RE.match(after) or _WHOLE_AFTER_RE.match(after) or bounded or len(self.unit_names(clause_start, m.start())) >= 2 or listed or (
                    _WEAK_POPULATION_RE.match(m.group(0)) and (
                        not (ASSESSED_RE.search(clause) or name == "population_after") or self._labels(clause_start, head_end)
                        or self._band_bounds(clause_start, clause_end))):
                # "13 bộ tăng điểm", "tổng cộng 58 tỉnh đạt từ 80% trở lên": a part; "A, B và C – tổng cộng 3 đơn vị", "Nhóm A gồm A; B; C; tổng số là 03":
                # the list's count, not the whole;
                continue  # "của 13 bộ", "trên 13 bộ": the whole only where the clause speaks of who was assessed
            self.used.add(t)
            self.totals.add(t)
            self.add(m.start(), m.start(), m.end(), kind="total", frame="population", value=mention.value,
                     unit="đơn vị", scope=mention.scope, subject=mention.noun)

    def _parts(self) -> None:
        for m in frame("parts").finditer(self.shape):
            t = self.idx(m, "total")
            total = self.s.mentions[t]
            family = "ballots" if total.scope == "ballots" else "units"
            parts = []
            list_text = m.group("list")
            incomplete = False
            for kind, token, _, _ in [(k, i, 0, 0) for k, i in re.findall(r"⟨([A-Z])(\d+)⟩", list_text)]:
                mention = self.s.mentions[int(token)]
                if family == "ballots" and kind in "PX" and mention.value >= 100 and mention.value == int(mention.value):
                    incomplete = True  # "… chiếm 1.267" read as no count: a part the sum would leave out
                if kind != "C" or int(token) in self.used:
                    continue
                if ("ballots" if mention.scope == "ballots" else "units") != family or \
                        mention.scope in ("rank", "groups", "fields"):
                    continue
                if _CHANGE_BEFORE_RE.search(self.shape[max(0, self.shape.find(f'⟨C{token}⟩') - 30): self.shape.find(f'⟨C{token}⟩')]):
                    continue
                parts.append(int(token))
            stop = self.shape.find(".", m.end("list"))
            for k, token in re.findall(r"⟨([A-Z])(\d+)⟩", self.shape[m.end("list"): stop if stop >= 0 else len(self.shape)]):
                mention = self.s.mentions[int(token)]  # ("…; đại biểu HĐND 946)": a group after the two the list took)
                incomplete |= family == "ballots" and k in "PX" and mention.value >= 100 and mention.value == int(mention.value)
            if len(parts) < 2 or incomplete or any(self.s.mentions[p].value >= total.value for p in parts):
                continue  # a part as large as the whole: the numbers are not a breakdown of this total
            if family == "units" and (len({self.s.mentions[p].noun for p in parts}) < len(parts)
                                      or self._labels(m.start("list"), m.end("list"))
                                      or self._band_bounds(m.start("list"), m.end("list"))):
                continue  # counts of groups or of one kind: not a breakdown of the total by kind of unit
            self.used.update([t, *parts])
            approx = total.approximate or any(self.s.mentions[p].approximate for p in parts)
            self.add(m.start(), m.start(), m.end(), kind="survey_count" if family == "ballots" else "total",
                     frame="parts", value=total.value, parts=[self.s.mentions[p].value for p in parts],
                     unit="phiếu" if family == "ballots" else "đơn vị", approximate=approx, bound=total.bound,
                     scope=total.scope if total.scope in UNIT_SCOPES else None, subject=total.noun)

    # ---- counts by group or class ----------------------------------------------------------------

    def _labels(self, a: int, b: int) -> list[tuple[int, str, str]]:
        out = []
        taken = set()
        for pattern, family in _bands():
            for m in pattern.finditer(self.shape, a, b):
                if m.group("label") == "trung binh" and re.search(
                        r"(?:tren|duoi|hon|vuot|gia tri|muc)\s*(?:muc\s*)?(?:gia tri\s*)?$", self.shape[a: m.start("label")]):
                    continue  # "trên mức trung bình": the average, not the class
                out.append((m.start(), m.group("label"), family))
                taken.add(m.start("label"))
        # classes are spoken of when the sentence says so, or when it lists two or more capitalised class names
        # each beside a count ("Bảng phân loại cho thấy: Xuất sắc 05, Tốt 19, Khá 04")
        if _CLASS_TALK_RE.search(self.shape) or len(self._bare_classes(0, len(self.shape))) >= 2:
            out += [(at, label, "classes") for at, label in self._bare_classes(a, b) if at not in taken]
        for m in _LETTER_RUN_RE.finditer(self.shape, a, b):  # "nhóm A, B và C": the letters after the first
            out += [(x.start(1), x.group(1), "letters") for x in re.finditer(r"(?:,|\bva)\s*([a-d])\b", m.group(0))
                    if (x.start(1) + m.start()) not in taken]
        return out

    def _bare_classes(self, a: int, b: int) -> list[tuple[int, str]]:
        """Class names printed as names beside a count, once the sentence speaks of classes ("Kết quả xếp loại:
        Xuất sắc 5 đơn vị; Tốt – 14 đơn vị", "… trong đó 5 đơn vị Xuất sắc, 14 đơn vị Tốt"): capitalised, so
        "kết quả khá tốt" is no class."""
        out = []
        for m in _BARE_CLASS_RE.finditer(self.shape, a, b):
            if not self.dt.text[self.s.at(m.start())].isupper():
                continue
            # (or heading its years' counts: "Tốt – năm 2021 có 10, năm 2022 có 13")
            if re.match(r"[\"”’']?\s*[:–-]?\s*\(?\s*(?:co\s*)?⟨C|\s*[:–-]\s*nam ⟨Y\d+⟩", self.shape[m.end():]) or \
                    re.search(r"⟨C\d+⟩\s*[a-z ,]{0,25}$", self.shape[max(0, m.start() - 40): m.start()]):
                out.append((m.start(), m.group(1)))
        return out

    def _band_bounds(self, a: int, b: int) -> list[tuple[int, int, tuple[float | None, float | None]]]:
        out = []
        for pattern, closed in _bounds():
            for m in pattern.finditer(self.shape, a, b):
                low = self.s.mentions[int(m.group("low"))].value if "low" in m.groupdict() and m.group("low") else None
                high = self.s.mentions[int(m.group("high"))].value if "high" in m.groupdict() and m.group("high") else None
                if any((x is not None and (x > 100 or 0 < x < 20 or x != int(x))) for x in (low, high)):
                    continue  # "cao hơn 1,39%" is a change; a class's bound is a whole number between 20 and 100
                    # ("cán mốc 91,99%" is a level reached, not a bound)
                if _CHANGE_RANGE_BEFORE_RE.search(self.shape, 0, m.start()):
                    continue  # "tăng từ 0,12 đến 5,6 điểm": how much the units changed, not the bounds of a class
                if low is not None and high == 100:
                    high = None  # "từ 80% đến 100%": the top of the scale closes nothing, it is "80% and above"
                if not any(m.start() >= s and m.end() <= e for s, e, _ in out):
                    out.append((m.start(), m.end(), (low, high)))
        return out

    def _attached_bound(self, label: tuple, bounds: list) -> tuple | None:
        """The bounds printed with a class's label, right after it: "nhóm B (từ 80% đến dưới 90%)"."""
        label_end = self.shape.find(label[1], label[0]) + len(label[1])
        return next((bd for bd in bounds if bd[0] >= label_end
                     and _BOUNDS_ATTACHED_RE.fullmatch(self.shape[label_end: bd[0]])), None)

    def _following(self, items: list, pos: int, i: int, counts: list[int]):
        """The label or bound printed right after a count's noun ("13 bộ, ngành thuộc nhóm B", "30 đơn vị xếp
        loại Tốt", "62 địa phương đạt trên 80%"): it is that count's, before any nearer one printed before it."""
        if i < 0:
            return None
        mention = self.s.mentions[i]
        after = self.shape.find("⟩", pos) + 1
        nxt = min([c for c in counts if c > pos] + [len(self.shape)])
        for item in sorted(items, key=lambda x: x[0]):
            if not after <= item[0] < nxt:
                continue
            between = self.shape[after: item[0]].strip()
            if mention.noun and between.startswith(mention.noun):
                between = between[len(mention.noun):].strip()
            between = _DASHED_ASIDE_RE.sub("", between)  # "Hai đơn vị – Sở Y tế và Sở Tư pháp – đạt loại Khá"
            if between.startswith((",", ";")):
                return None  # "4 đơn vị, xếp loại Khá có 5": the label after the comma opens the next count
            if not between or between == "(" or re.fullmatch(r"(?:con lai\s*)?(?:da|duoc|deu|cung|van|chi|da duoc|deu duoc)"
                                           r"|(?:con lai\s+)?(?:(?:da|duoc|deu|cung|van|chi)\s+)?(?:thuoc|xep|duoc xep|dat|"
                                           r"dat ket qua(?: chi so(?: cchc)?)?|o|nam trong|nam o|la|co ket qua|"
                                           r"co chi so(?: cchc)?|lot|roi|duoc dua|duoc phan)"
                                           r"(?:\s+vao)?", between):  # "5 đơn vị được xếp loại Tốt", "11 tỉnh rơi vào nhóm C"
                return item
            if _ASSESSED_INTO_RE.fullmatch(between):  # "5 địa phương được công nhận thuộc nhóm A"
                return item
            if between in (":", "–", "-") and isinstance(item[1], str) and re.match(
                    r"\s*(?:[;.,]|$)", self.shape[self.shape.find(item[1], item[0]) + len(item[1]):]):
                return item  # "- 3 địa phương: nhóm A;", "51 địa phương – nhóm B": the label alone closes the item
            return None
        return None

    def _nearest(self, items: list, pos: int, counts: list[int], key=lambda x: x[0]):
        """The item nearest to `pos` with no other count between them.  A span (start, end, ...) printed before
        `pos` is as near as its end ("nhóm đạt từ 90% trở lên có 3 tỉnh và nhóm từ 80% …": the bound before)."""
        best, best_d = None, None
        for item in items:
            at = key(item)
            lo, hi = sorted((at, pos))
            if any(lo < c < hi for c in counts if c != pos):
                continue
            d = pos - item[1] if isinstance(item[1], int) and item[1] <= pos else abs(at - pos)
            if best_d is None or d < best_d:
                best, best_d = item, d
        return best

    def _counts(self) -> None:
        shape = self.shape
        anchors: list[tuple[int, int, str]] = []  # (pos, mention index, kind C/R/none)
        # "tăng thêm 3 (từ 9 đơn vị năm 2022 lên 12 đơn vị năm 2023)": a change and its two levels, read together
        # across the sentences (claim_windows), not the first level as this year's count
        # "nhóm A, nhóm B và nhóm C lần lượt có 1, 13 và 4 bộ": the run after "lần lượt" is read in order (claim_roles)
        paired = self._from_to_pairs() | {int(t) for m in _RESPECTIVE_RUN_RE.finditer(shape)
                                          for t in re.findall(r"⟨[CX](\d+)⟩", m.group(1)) if m.group(1).count("⟨") >= 2}
        for m in _TOKEN_RE.finditer(shape):
            kind, token = m.group(1), m.group(2)
            if kind == "X" and token and self._answers_a_share(m.start(), int(token)):
                kind = "C"  # "Bao nhiêu địa phương trên mức trung bình?" / "– 31, trong tổng số 63.": the answer's count
            if kind not in ("C", "R") or not token or int(token) in paired:
                continue
            i = int(token)
            mention = self.s.mentions[i]
            if mention.scope == "groups" and i not in self.used and re.search(r"(?:theo|vao|thanh|co|gom|chia)\s*$",
                                                                               shape[max(0, m.start() - 12): m.start()]):
                self.used.add(i)  # "được phân theo 3 nhóm": how many groups the units fall into
                self.add(m.start(), m.start(), m.end() + 6, kind="total", frame="group_count", value=mention.value,
                         unit="nhóm", subject="nhóm")
                continue
            if i in self.used or mention.scope in ("ballots", "rank", "groups", "fields"):
                continue
            if _CHANGE_BEFORE_RE.search(shape[max(0, m.start() - 30): m.start()]) and kind == "C":
                continue  # "tăng 01 đơn vị", "lần lượt là 4 và 18": a change, read with its count
            if kind == "C" and _COUNT_CHANGE_VERB_RE.search(shape, max(0, m.start() - 24), m.start()):
                continue  # "nhóm C ít đi 5 địa phương", "thu hẹp 1 bộ, ngành": a class's change, not its count
            if _CHANGE_AFTER_FROM_TO_RE.search(shape, max(0, m.start() - 70), m.start()):
                continue  # "tăng từ 11 lên 14, tức 3 bộ, ngành": the change between the two, no count of its own
            if _COMPARED_COUNT_BEFORE_RE.search(shape, max(0, m.start() - 40), m.start()) \
                    or _COMPARED_WHEN_BEFORE_RE.search(shape, max(0, m.start() - 70), m.start()):
                continue  # last year's count, read with this year's (`_attach_changes`)
            if _LAST_YEAR_BEFORE_RE.search(shape[max(0, m.start() - 24): m.start()]):
                continue  # "19 (năm 2021: 15)", "năm nay có 54, năm trước 46": last year's count, read with this year's
            if kind == "C" and _WHOLE_RIGHT_BEFORE_RE.search(shape, max(0, m.start() - 20), m.start()):
                continue  # "12 đơn vị đạt trên 85% (trên tổng số 20 đơn vị)", "12 trong số 20 …": the whole, no count
            if kind == "C" and _SUM_OF_THE_COUNTS_BEFORE_RE.search(shape, max(0, m.start() - 20), m.start()) \
                    and re.search(r"⟨C\d+⟩", shape[: m.start()]) and not re.match(r"\s*\)?\s*:", shape[m.end():]):
                continue  # "2 ở nhóm A, 9 ở nhóm B, 6 ở nhóm C (tổng số 17)": the sum of the counts before it, no
                # count of the group last named (a group's head "nhóm A (tổng số 4):" before its list still is)
            after_noun = _past_noun(shape, m.end(), mention)
            if kind == "R" and _RISE_OR_FALL_AFTER_RE.match(shape, after_noun):
                continue  # "18/26 đơn vị tăng điểm": units that rose (`claim_roles`), not a ratio of a group
            anchors.append((m.start(), i, kind))
        for m in frame("none_in_band").finditer(shape):
            anchors.append((m.start(), -1, "none"))
        anchors.sort()
        positions = [a for a, _, _ in anchors]
        # "Nhóm B: năm 2022 có 14 bộ; năm 2023 có 17 bộ": a label heading the sentence is every clause's
        heading = next((lb for lb in self._labels(0, 24)  # "Ở nhóm A năm 2022: 5 …; năm 2021: 2 …"
                        if re.match(r"\s*(?:nam ⟨Y\d+⟩\s*)?:", shape[shape.find(lb[1], lb[0]) + len(lb[1]):])), None)
        wholes_taken: set[int] = set()  # a whole an earlier count of the sentence is out of: no count of its own
        for pos, i, kind in anchors:
            if i in wholes_taken:
                continue  # ("… trên trung bình đạt 16, trong khi cả bảng có 28 đơn vị": 28 is no unit above it)
            clause_start, clause_end = clause_bounds(shape, pos)
            labels = self._labels(clause_start, clause_end)
            bounds = self._band_bounds(clause_start, clause_end)
            followed = self._following(labels, pos, i, positions)
            label = followed or self._nearest(
                [lb for lb in labels if lb[0] < pos], pos, positions) or (heading if not labels else None)
            if label is not None:  # a group's bounds are printed with its label: "nhóm B (từ 80% đến dưới 90%)",
                # or in brackets right after its count: "loại Tốt 15 đơn vị (từ 80% đến dưới 90%)"
                attached = self._attached_bound(label, bounds)
                others = {self._attached_bound(lb, bounds) for lb in labels if lb[0] != label[0]}
                bound = attached or self._following(bounds, pos, i, positions) or self._nearest(
                    [bd for bd in bounds if bd not in others
                     and not any(self._following([bd], q, j, positions) for q, j, _ in anchors if q != pos)],
                    label[0], [lb[0] for lb in labels] + [p for p in positions if p != pos])
                # (nor a bound printed right after another label: "11 đơn vị loại Khá (từ 75 đến dưới 85), 03 đơn vị
                # loại Trung bình" gives Trung bình no bound)
                # (a bound printed right after another count is that count's: "Có 23 đơn vị đạt từ 80 điểm trở lên
                # (gồm 3 đơn vị Xuất sắc và 20 đơn vị Tốt)" gives Xuất sắc no bound)
            else:  # a bound after a colon opens the list's next item, not this count's statement ("Trong 31 đơn
                # vị, kết quả như sau: Xuất sắc (từ 90% trở lên) – 4 đơn vị")
                bound = self._following(bounds, pos, i, positions) or self._nearest(
                    [bd for bd in bounds if bd[0] < pos or not re.search(r"[:;]", shape[pos: bd[0]])], pos, positions)
            if kind == "none":  # "không có đơn vị nào xếp loại Yếu", or "loại Trung bình không có đơn vị nào"
                label = next((lb for lb in labels if lb[0] > pos), None) or next(
                    (lb for lb in reversed(labels) if lb[0] < pos and not re.search(r"⟨", shape[lb[0]: pos])), None)
            tail = shape[pos: clause_end]
            above = _cue(_ABOVE_AVG).search(shape, clause_start, clause_end)
            below = _cue(_BELOW_AVG).search(shape, clause_start, clause_end)
            if not above and not below and self.prior_role and self.prior_role[0] == "share" and clause_start == 0:
                # "Hỏi: Bao nhiêu bộ trên trung bình? Đáp: 9 trong 19.": the answer counts the units the question asked of
                above, below = self.prior_role[1] == _ABOVE_AVG, self.prior_role[1] == _BELOW_AVG
            out_of = kind == "C" and label is None and bound is None and _OUT_OF_BEFORE_RE.search(shape, max(0, pos - 12), pos)
            # "Từ thứ bảy lên thứ sáu trong 27 đơn vị: Sở Y tế tăng một bậc": what follows the whole is no list of it
            members, list_end = ([], None) if out_of else self._member_list(pos)
            if not members and shape[max(0, pos - 3): pos].rstrip().endswith("("):
                members, list_start = self._member_list_before(pos)  # "Các đơn vị xếp loại Khá gồm: A, B (2 đơn vị)"
                if members and label is None:
                    label = next((lb for lb in reversed(labels) if lb[0] < list_start), None)
            if members and label is None and bound is None and kind == "C" and list_end is not None:
                colon = shape.find(":", pos, list_end)  # "Với 3 đại diện, nhóm A năm nay có: A, B và C": the group
                label = next(iter(self._labels(pos, colon)), None) if colon > 0 else None  # named before the list's colon
            bracketed = not members and kind == "C" and re.search(r"\(\s*$", shape[:pos]) is not None
            lead = _LEADING_LIST_RE.match(shape) if not members and (_TOTAL_BEFORE_RE.search(shape, 0, pos) or bracketed) \
                else None
            if lead and (bracketed or lead.group("one")) \
                    and len(self._split(self.printed(lead.start("list"), lead.end("list")).strip(" ,;"))) \
                    != len(self.unit_names(lead.start("list"), lead.end("list"))):
                lead = None  # ("A; B và C là những địa phương thuộc nhóm A (03 địa phương)": every item a unit)
            if lead and lead.end() <= pos:
                # "A và B là các địa phương thuộc nhóm A (tổng số 2 địa phương)": the list opens the sentence
                members = self._split(self.printed(lead.start("list"), lead.end("list")).strip(" ,;"))
                if label is None:
                    label = next((lb for lb in self._labels(lead.end("list"), pos)), None)
            counted = kind == "C" and (self.s.mentions[i].noun is not None and self.s.mentions[i].scope in UNIT_SCOPES
                                       or re.match(r"\s*[.;]?\s*$", shape[shape.find("⟩", pos) + 1:]) is not None)
            # (a count of units, or a bare count that ends the sentence)
            lead = _LIST_THEN_BAND_RE.match(shape, 0, pos) if not members and kind == "C" and counted \
                and _BAND_COUNT_REF_RE.search(shape, max(0, pos - 60), pos) else None
            if lead:  # "A và B được xếp vào nhóm A; số địa phương thuộc mức này là 2", "Với A; B và C, nhóm C có tổng
                # cộng 3 địa phương": the list opens the sentence, its band closes it, the count refers back to both
                a, b = lead.start("list"), lead.end("list")
                listed = self._split(self.printed(a, b).strip(" ,;"))
                if listed and len(listed) == len(self.unit_names(a, b)):
                    members = listed
                    label = label or next(iter(self._labels(b, pos)), None)
                if lead.group("besides"):  # "Bên cạnh A, nhóm A còn có B và C – tổng cộng 3 …": the names after the
                    members = self._besides_members(members, b, pos) if members else []  # band join the first
                    if not members:
                        continue  # (a list half read would be counted short: no count of it at all)
            if not members and kind == "C":
                members, list_start = self._list_before_count(pos)
                if members and label is None:  # "Có tên trong nhóm C là A; B; C và D – tổng cộng bốn bộ, ngành"
                    label = next((lb for lb in reversed(self._labels(max(0, list_start - 40), list_start))), None)
            lead = _LIST_THEN_COUNT_RE.match(shape, 0, pos) if not members and kind == "C" else None
            if lead:
                names = self.printed(lead.start("list"), lead.end("list")).strip(" ,;")
                listed = self._split(names)
                if (len(listed) >= 2 or len(listed) == 1 and self.s.mentions[i].value == 1 and self.s.mentions[i].noun
                        and not _OUT_OF_AFTER_RE.match(shape, shape.find("⟩", pos) + 1)) \
                        and len(listed) == len(self.unit_names(lead.start("list"), lead.end("list"))):
                    members = listed  # every item a unit the registry knows: a list, not a clause ("Lào Cai là một
                    # địa phương thuộc nhóm A": one name, the count one; not "là một trong năm …")
            if members and self._besides_left_out(members):
                continue  # "Ngoài A, loại Tốt còn có B, C và D – tất cả 4": a list without A would be counted short
            earlier = [lb for lb in self._labels(0, pos) if lb[0] < pos] if label is None and bound is None else []
            named_after = next((lb for lb in self._labels(pos, len(shape)) if _COUNT_NAMED_AFTER_RE.fullmatch(
                shape, shape.find("⟩", pos) + 1, lb[0])), None) if label is None and bound is None and i >= 0 else None
            if named_after is not None:  # "năm 2021: 3 – đó là số bộ, ngành thuộc nhóm C": the group named after it
                label = named_after
            elif label is None and bound is None and kind == "C":  # "55 – số địa phương có điểm từ 80% trở lên"
                bound = next((bd for bd in self._band_bounds(pos, len(shape)) if _COUNT_BOUNDED_AFTER_RE.fullmatch(
                    shape, shape.find("⟩", pos) + 1, bd[0])), None)
            if label is None and bound is None and (self.state.last_band or earlier) and kind == "C" and not out_of and (re.search(
                    r"con so nay", tail + shape[clause_start: pos]) or any(  # (not "tăng 5 bậc": a unit's move)
                    self.s.mentions[int(c)].scope != "rank" for c in re.findall(r"\b(?:tang|giam)\s*⟨C(\d+)⟩",
                                                                                tail + shape[clause_start: pos]))
                    or _ANSWER_RE.match(shape) or self.asked_band and _REPLY_RE.match(shape)):
                # "Nếu năm 2022 loại Tốt có 8 đơn vị thì năm 2023 là 10 đơn vị, tăng 2": the class the sentence named
                # in a clause before, before the group a sentence before it named
                label = earlier[-1] if earlier else (pos, fold_text(self.state.last_band).removeprefix("nhom ").strip(),
                                                     _band_family(self.state.last_band))  # "Năm 2018 có 02 đơn vị,
                # giảm 03": the group just named
                # (not "trong 19 bộ, ngành: Bộ Y tế tăng hai bậc": places moved, and a whole the move is among)
            if label is None and bound is None and not above and not below and not members and (
                    kind != "R" or not self.s.mentions[i].noun):
                continue
            mention = self.s.mentions[i] if i >= 0 else None
            value = mention.value if mention else 0.0
            band = label[1] if label else None
            subject = (_ABOVE_AVG if above else _BELOW_AVG if below else None) if not band and not bound else None
            denominator = mention.denominator if i >= 0 and mention else None
            if subject and kind == "C" and denominator is None:
                # "Cứ 63 địa phương thì có 32 …", "Tính trên 63 địa phương, số vượt … là 34", "… 32 địa phương, trên
                # tổng số 63", "31 địa phương/63 địa phương": the whole the count is of, not a count of its own
                if _WHOLE_BEFORE_RE.search(shape, max(0, pos - 20), pos):
                    continue
                wholes = [self.s.mentions[int(w.group(1))] for w in _WHOLE_RE.finditer(shape, clause_start, clause_end)
                          if int(w.group(1)) != i]
                slash = _SLASH_WHOLE_RE.match(shape, shape.find("⟩", pos) + 1)
                if not wholes and not slash:
                    # "…: 11 (tổng số: 24)", "… có 34 địa phương; cả bảng có 63": the whole stated beside the count,
                    # in brackets or in the clause right after it
                    next_end = clause_bounds(shape, clause_end + 1)[1] if clause_end < len(shape) else clause_end
                    wholes = [self.s.mentions[int(w.group(1) or w.group(2))] for w in _WHOLE_BESIDE_RE.finditer(
                        shape, pos, next_end) if int(w.group(1) or w.group(2)) != i][:1]
                if len(wholes) == 1 or slash:
                    denominator = wholes[0].value if len(wholes) == 1 else float(slash.group(1))  # type: ignore[union-attr]
                    if len(wholes) == 1:
                        self.used.add(self.s.mentions.index(wholes[0]))
                        wholes_taken.add(self.s.mentions.index(wholes[0]))
            claim_kind = "members" if members else ("ratio" if (kind == "R" or denominator) and not band and not bound
                                                    else "count")
            end = max(list_end or 0, pos + 5)
            start = min([pos] + ([label[0]] if label else []) + ([bound[0]] if bound else []))
            if i >= 0:
                self.used.add(i)
                if followed:  # "Ba địa phương lọt vào nhóm A, 48 địa phương ở nhóm B": the label printed after it
                    self.band_of[i] = printed_band(band, label[2])
            self.add(pos, start, min(max(end, pos + len(tail.split(';')[0])), len(shape)), kind=claim_kind,
                     frame="band_count" if band or bound else ("ratio" if claim_kind == "ratio" else "count"),
                     value=value, unit="đơn vị", band=printed_band(band, label[2]) if label else None,
                     bounds=bound[2] if bound else None, subject=subject or band or (mention.noun if mention else None),
                     members=members, denominator=denominator,
                     scope=mention.scope if mention and mention.scope in UNIT_SCOPES[1:] else None)
        # a band stated with its list but no count ("bao gồm các bộ: Tài chính, Nội vụ; ...")
        for start, end, bnd in self._band_bounds(0, len(shape)):
            if any(a <= start < (a + 200) and c.bounds == bnd for a, c in self.claims):
                continue
            members, list_end = self._member_list(end)
            if members and not any(c.members for _, c in self.claims if c.bounds == bnd):
                self.add(start, start, list_end or end, kind="members", frame="band_members", value=None,
                         unit="đơn vị", bounds=bnd, members=members)

    def _member_list_before(self, pos: int) -> tuple[list[str], int]:
        """A list printed before its count: "gồm: Sở Y tế, UBND huyện Đầm Hà, … (13 đơn vị)"."""
        shape = self.shape
        open_at = shape.rfind("(", 0, pos)
        intro = shape.rfind(":", 0, open_at)
        if intro < 0 or ";" in shape[intro:open_at] or not re.search(r"(?:gom|la|bao gom)\s*:?\s*$", shape[max(0, intro - 12): intro + 1]):
            return [], pos
        printed = self.printed(intro + 1, open_at).strip(" :;.")
        if not printed or not printed[0].isupper():
            return [], pos
        return self._split(printed), intro

    def _answers_a_share(self, pos: int, i: int) -> bool:
        """Is the bare whole number that opens this sentence (after a dash at most) the answer to the question the
        sentence before asked on how many units stand above (below) the average?"""
        return bool(self.prior_role and self.prior_role[0] == "share" and re.fullmatch(r"[\W\s]*", self.shape[:pos])
                    and self.s.mentions[i].value == int(self.s.mentions[i].value) and "⟨P" not in self.shape)

    def _besides_left_out(self, members: list[str]) -> bool:
        """Does the sentence open on the names its list adds to ("Bên cạnh A, …", "Ngoài A, …", "Cùng với A, …") while
        the list read leaves them out?"""
        m = _BESIDES_OPENS_RE.match(self.shape)
        if m is None:
            return False
        first = self._split(self.printed(m.start("first"), m.end("first")).strip(" ,;"))
        return not first or any(name not in members for name in first)

    def _besides_members(self, first: list[str], start: int, pos: int) -> list[str]:
        """The members of a list opened by "bên cạnh / ngoài / cùng với" the first ones: the names the band's clause
        adds after "(còn) có (thêm) / gồm" and before the count; none when they are not all units, so a list half
        read is never counted."""
        m = _MORE_MEMBERS_RE.search(self.shape, start, pos)
        if m is None:
            return []
        a, b = m.start("list"), m.end("list")
        if re.search(r",|\bva\b", self.shape[b:pos]):
            return []  # (a name left between the list read and its count: the list would be counted short)
        more, names = self._split(self.printed(a, b).strip(" ,;")), self.unit_names(a, b)
        return first + more if more and len(more) == len(names) and _names_only(self.shape[a:b], names) else []

    def _list_before_count(self, pos: int) -> tuple[list[str], int]:
        """A list of units closed by its count: "gồm Gia Lai và Thanh Hóa (2 địa phương)", "là A; B và C – tổng
        cộng bốn bộ, ngành", "A và B: đó là hai bộ, ngành thuộc nhóm C".  Every item must be a unit the registry
        knows, so a clause that only looks like a list is never counted."""
        shape = self.shape
        cue = _COUNT_AFTER_LIST_RE.search(shape, max(0, pos - 30), pos)
        if cue is None:
            return [], pos
        end = cue.start()
        opener = None
        for opener in _LIST_OPENS_RE.finditer(shape, 0, end):
            pass
        start = opener.end() if opener else 0
        if re.search(r"(?<!quan )(?<!phuong )⟨", shape[start:end]) or not self.printed(start, end).strip(" :;.,")[:1].isupper():
            # (a district's name may end on its number: "UBND Quận 8")
            return [], pos
        printed = self.printed(start, end).strip(" :;.,")
        listed = self._split(printed)
        if not listed or len(listed) != len(self.unit_names(start, end)):
            return [], pos
        return listed, start

    def _bullets_after(self) -> list[str]:
        """The items of a bulleted list on the lines right after this sentence ("- Bộ Nội vụ;", "+ Bến Tre")."""
        rest = self.dt.text[self.s.end:].split("\n")
        if rest and rest[0].strip(" .:;"):
            return []  # the sentence's line goes on: no list below it
        items = []
        marks = set()
        for line in rest[1:]:
            m = _BULLET_RE.match(line)
            if m and len(marks | {_bullet_mark(line)}) > 1:
                return items  # "• Bộ Nội vụ." then "2. Kết quả cụ thể": a bullet of another kind opens a new part
            if m:
                marks.add(_bullet_mark(line))
            if not m:
                # a bullet that opens a statement of its own ("- Nhóm A: 3 bộ, ngành …") ends the list; an item with a
                # figure ("- Hải Phòng (91,20%)") is no bare name: the whole list is left unread, not counted short
                start = _BULLET_START_RE.match(line)
                opens = start and _STATEMENT_ITEM_RE.match(fold_text(line[start.end():]).lower())
                return [] if start and not opens else items
            items.append(m.group(1))
        return items

    def _member_list(self, pos: int) -> tuple[list[str], int | None]:
        """The member list introduced right after a count ("2 đơn vị: A và B", "có 4 bộ là: ...")."""
        shape = self.shape
        token_end = shape.find("⟩", pos) + 1 if shape.startswith("⟨", pos) else pos
        rest = shape[token_end:]
        noun = self.s.mentions[int(shape[pos + 2: token_end - 1])].noun if shape.startswith("⟨C", pos) else None
        skip = len(rest) - len(rest.lstrip()) + (len(noun) if noun and rest.lstrip().startswith(noun) else 0)
        aside = _DASHED_LIST_RE.match(rest, skip) if noun else None
        if aside:
            # "Ba tỉnh – Cao Bằng, Hà Giang và Lai Châu – rơi vào nhóm C": the list set off by dashes after the count
            printed = self.printed(token_end + aside.start("list"), token_end + aside.end("list")).strip()
            if printed[:1].isupper():
                return self._split(printed), token_end + aside.end()
        apposed = _APPOSED_LIST_RE.match(rest, skip) if noun else None
        if apposed:  # "Ba địa phương Quảng Ninh, Hải Phòng và Đà Nẵng thuộc nhóm A": the names right after the noun
            a, b = token_end + apposed.start("list"), token_end + apposed.end("list")
            printed = self.printed(a, b).strip()
            names = self.unit_names(a, b)
            listed = self._split(printed) if printed[:1].isupper() else []
            if listed and len(listed) == len(names) and _names_only(shape[a:b], names):
                return listed, b
        intro = _COLON_INTRO_RE.match(rest) or _LIST_INTRO_RE.match(rest)
        if not intro:
            return [], None
        if not intro.group(0).rstrip().endswith((":", "la", "gom", "co", "(")):
            return [], None
        a = token_end + intro.end()
        if intro.group(0).rstrip().endswith(":") and not shape[token_end + intro.end():].strip(" .:;"):
            # "Nhóm A (từ 90% trở lên) có 03 bộ, ngành, cụ thể:" and the members on the lines below, one a bullet
            bullets = self._bullets_after()
            return (self._split("; ".join(bullets)), None) if bullets else ([], None)
        if intro.group(0).rstrip().endswith("("):  # "gồm 2 đơn vị (Sở Thông tin và Truyền thông, Sở Nội vụ)"
            close = shape.find(")", a)
            b = close if close > 0 else len(shape)
            if self._band_bounds(a, b):
                return [], None  # "15 đơn vị đạt loại Tốt (Chỉ số từ 85% đến dưới 95%)": the class's bounds
        else:
            stop = _LIST_STOP_RE.search(shape, a)
            b = stop.start() if stop else len(shape)
        printed = self.printed(a, b).strip(" :;.")
        printed = re.sub(r"(?:^|(?<=[;,]\s))[a-zđ]\)\s+", "", printed)  # items lettered "a) … ; b) …"
        head = printed.split(" ", 1)[0].lower()
        if not printed or not printed[0].isalpha() or not (printed[0].isupper() or head in _HEAD_WORDS):
            return [], None
        if len(re.findall(r"[–:-]\s*\d+\s*(?:[;,]|$)", printed)) >= 2 or len(re.findall(
                r"(?<!Quận)(?<!Phường)(?<!quận)(?<!phường)\s\d+\s*(?:[;,]|$)", printed)) >= 2:
            # "lần lượt: Xuất sắc – 2; Tốt – 16; Khá – 14", "tỉnh 58; thành phố trực thuộc Trung ương 5": counts by
            # class or kind, not names (a district's name may end on its number: "Quận 1; Quận 3")
            return [], None
        if not re.search(r"[,;]|\bva\b", shape[a:b]) and _OPEN_FIGURE_RE.search(re.sub(r"\([^()]*\)", "", shape[a:b])):
            # "Từ vị trí 7 xuống 18/35: Sở X mất 11 bậc": one unit and a figure of its own after the colon is a
            # clause about that unit (the count before the colon a rank), not a list of one
            return [], None
        return self._split(printed), b

    def _split(self, text: str) -> list[str]:
        text = _STRAY_STOP_RE.sub(";", text)  # "Huyện Cẩm Giàng:.\nHuyện Nam Sách": OCR's marks between two names
        text = re.sub(r"\s+/\s+", "; ", text)  # "Lâm Đồng / Quảng Trị": a slash between names separates them
        text = _list_names(text)
        scope = self.state.scope
        if self.state.national or scope in ("provinces", "ministries"):
            try:
                from parscan.registries.national import split_unit_list
                want = scope if scope in ("provinces", "ministries") else None
                out = []
                for m in split_unit_list(text, want, self.state.year):
                    dashed = [split_unit_list(p, want, self.state.year) for p in _DASH_SEPARATOR_RE.split(m.printed)] \
                        if m.canonical is None or (m.score or 0) < 100 else []  # (not "Bà Rịa – Vũng Tàu": one name)
                    if len(dashed) > 1 and all(len(p) == 1 and p[0].canonical for p in dashed) \
                            and len({p[0].canonical for p in dashed}) == len(dashed):
                        out += [p[0].canonical for p in dashed]  # "Hà Nam – Quảng Ninh": names set apart by dashes
                    else:
                        out.append(m.canonical or m.printed)
                return out
            except ImportError:  # pragma: no cover
                pass
        from parscan.extractors.claims import members_of

        head = re.match(r"(?i)^\s*các\s+(sở|huyện)[^:]{0,25}:\s*", text)  # "Các sở: Tài chính, Xây dựng, ..."
        if head:
            text = f"cac {'so' if head.group(1).lower() == 'sở' else 'huyen'}: {text[head.end():]}"
        out = []
        for item in members_of(text, self.state.province):
            pieces = _DASH_SEPARATOR_RE.split(item)
            whole = match_unit(item, self.state.province) if len(pieces) > 1 else None
            named = [match_unit(p, self.state.province) for p in pieces] \
                if whole is not None and (not whole.canonical or (whole.score or 0) < 100) else []
            if named and all(n.canonical and (n.score or 0) >= 90 for n in named) \
                    and len({n.canonical for n in named}) == len(named):
                out += [n.canonical for n in named]  # "Sở Y tế – UBND huyện Kim Bảng": names set apart by dashes
            else:
                out.append(item)
        return out

    def _from_to_pairs(self) -> set[int]:
        """Counts that stand as a level last year and this year ("tăng thêm 3 (từ 9 … lên 12 …)", "38 → 54 địa
        phương"), last year's in a plain from-to ("giảm từ 17 … xuống 8"), or the change a from-to spans ("3 bộ,
        ngành, từ 9 … thành 12"): read together across the sentences (claim_windows), never as counts of their own."""
        return {int(t) for r in (_CHANGE_FROM_TO_RE, ARROW_RE) for m in r.finditer(self.shape) for t in m.group("a", "b")} \
            | {int(m.group("a")) for m in _PLAIN_FROM_TO_RE.finditer(self.shape)} \
            | {int(m.group("c")) for m in _CHANGE_BEFORE_FROM_TO_RE.finditer(self.shape)} \
            | {int(t) for m in _OPENING_FROM_TO_RE.finditer(self.shape) for t in m.group("a", "b")}

    def _rose_fell(self) -> None:
        # the frames that name the direction right beside the count first ("tăng ở 18 đơn vị và giảm ở 8")
        paired = self._from_to_pairs()
        self._rose_fell_pairs(paired)
        self._rose_fell_sides(paired)
        answer = _ANSWER_COUNT_RE.match(self.shape)
        if answer and self.prior_role in (("rose", None), ("fell", None)) and int(answer.group(1)) not in self.used \
                and not self.s.mentions[int(answer.group(1))].value % 1:
            # "Hỏi: Bao nhiêu đơn vị tăng điểm? Đáp: 21; giảm điểm: 5.": the count that opens the answer
            i, name = int(answer.group(1)), self.prior_role[0]
            band = "tăng" if name == "rose" else "giảm"
            self.used.add(i)
            self.add(answer.start(1), 0, answer.end(), kind="count", frame=name, value=self.s.mentions[i].value,
                     unit="đơn vị", band=band, subject=f"đơn vị {band} điểm")
        for name, band in (("rose_rest", "tăng"), ("fell_rest", "giảm"), ("rose_left", "tăng"), ("fell_left", "giảm"),
                           ("rose_label", "tăng"), ("fell_label", "giảm"),
                           ("rose_at", "tăng"), ("fell_at", "giảm"), ("rose_before", "tăng"), ("fell_before", "giảm"),
                           ("rose_is", "tăng"), ("fell_is", "giảm"), ("rose", "tăng"), ("fell", "giảm")):
            for m in frame(name).finditer(self.shape):
                c = self.idx(m, "count")
                if c in self.used or c in paired or POPULATION_BEFORE_RE.search(self.shape, 0, self.shape.rfind("⟨", 0, m.start("count"))):
                    continue  # "Trong 26 đơn vị, số đơn vị cải thiện …": the units assessed, not those that rose
                if name in ("rose", "fell") and _NEXT_ITEM_RE.search(self.shape, m.end("count"), m.end()):
                    continue  # "tăng điểm 22 đơn vị, giảm điểm 7": the next count's direction, not this one's
                if name in ("rose_is", "fell_is") and ("," in self.shape[m.start(): m.start("count")] or re.search(
                        r"\bso voi\b[^;⟨]*(?:⟨Y\d+⟩)?\s*\(\s*$", self.shape[m.start(): self.shape.rfind("⟨", 0, m.start("count"))]) or _CHANGE_NAMED_BEFORE_RE.search(
                        self.shape, max(0, m.start("count") - 42), m.start("count") - 2)):
                    continue  # "… cải thiện, trong khi có 8 đơn vị giảm": the cue of another clause; "mức tăng là 9
                    # địa phương": the size of a change, not the units that rose; "tăng thêm so với năm 2017 (10 bộ,
                    # ngành)": the count of the year compared with
                first = _DIRECTION_RE.search(self.shape, m.end("count"), m.end())
                if name in ("rose", "fell") and first and (first.group("down") is not None) != (name == "fell"):
                    continue  # the first word of direction after the count is its own: "8 đơn vị giảm …, … tăng"
                if name.endswith(("_label", "_rest")) and self.s.mentions[c].value % 1:
                    continue  # a bare number after "Tăng:" or in the rest's brackets counts units: a whole one
                if name.endswith("_label") and self.state.headed:
                    continue  # "Số địa phương thuộc nhóm C:\n- Năm 2022: 14;\n- Giảm: 7.": the class's change
                self.used.add(c)
                rest = name.endswith(("_rest", "_left"))  # all the units the other count leaves (`REST_OF_UNITS`)
                self.add(m.start(), m.start(), m.end(), kind="count", frame=name.split("_")[0],
                         value=self.s.mentions[c].value, unit="đơn vị", band=band,
                         subject=f"{REST_OF_UNITS} {band} điểm" if rest else f"đơn vị {band} điểm")

    def _rose_fell_sides(self, paired: set[int]) -> None:
        """Two counts of units, each with its own word of direction on its side: the units that rose and those that
        fell, whatever the words and the marks ("đi lên (13) và đi xuống (4)", "↑ 47 …, ↓ 16 …", "46 … “lên”, 17 …
        “xuống”", "tăng điểm [50], giảm điểm [13]", "ghi nhận ở 11 …, mức giảm điểm ở 6 …").

        The words before the first count, between the two and after the second are read as three sides: either the
        first two name opposite directions and the last none (each word before its count), or the last two do (each
        word after its count).  A sentence with any other figure, a class or a count of the rest is left to the
        frames; so is a bare number right after a bare "tăng / giảm" (the change of a count) unless a question on
        both counts came just before ("Bao nhiêu … tăng, bao nhiêu giảm? – Tăng 18, giảm 11.")."""
        shape = self.shape
        if _SIDES_NOT_RE.search(shape) or self._labels(0, len(shape)):
            return
        tokens = [t for t in _TOKEN_RE.finditer(shape) if t.group(1) != "Y"
                  and not _REFERENCE_BEFORE_RE.search(shape, max(0, t.start() - 12), t.start())]  # "ở bảng 3": no figure
        if len(tokens) != 2 or any(t.group(1) not in "CX" for t in tokens):
            return
        idx = [int(t.group(2)) for t in tokens]
        mentions = [self.s.mentions[i] for i in idx]
        if set(idx) & (self.used | paired) or any(m.value % 1 or m.value > 1000 for m in mentions):
            return
        # "Số bộ có điểm cao hơn năm 2021 là 13, số bộ thấp hơn là 4": a bare number that "số <units> … là / :" opens
        # on counts those units (not "… cao hơn mức trung bình là 10": no rise)
        named = [m.scope in UNIT_SCOPES or t.group(1) == "X" and bool(_SIDES_NUMBER_OF_RE.search(
            shape, max(0, (tokens[0].end() if k else 0)), t.start())) and not _SIDES_NOT_A_RISE_RE.search(shape)
            for k, (t, m) in enumerate(zip(tokens, mentions))]
        if not all(named):
            return
        asked = self.prior_role == ("rose_fell", None)
        if not asked and not (_SIDES_TIME_RE.search(shape) and (
                any(m.noun for m in mentions) or _SIDES_UNITS_RE.search(shape))):
            return
        first, second = tokens
        if not asked and any(_SIDES_CHANGE_BEFORE_RE.search(shape, 0, t.start()) for t in tokens):
            return  # "nhóm … tăng 3, … giảm 2": the change of a count
        start, _ = clause_bounds(shape, first.start())
        _, end = clause_bounds(shape, second.start())
        sides = [_side(shape[start: first.start()]), _side(shape[first.end(): second.start()]), _side(shape[second.end(): end])]
        if sides[0] and sides[1] and sides[0] != sides[1] and not sides[2]:
            directions = sides[:2]  # each word before its count
        elif sides[1] and sides[2] and sides[1] != sides[2] and not (sides[0] and sides[0] != sides[1]):
            directions = sides[1:]  # each word after its count
        else:
            return
        self.used.update(idx)
        for i, direction in zip(idx, directions):
            band = "tăng" if direction == "up" else "giảm"
            self.add(first.start(), start, end, kind="count", frame="rose" if direction == "up" else "fell",
                     value=self.s.mentions[i].value, unit="đơn vị", band=band, subject=f"đơn vị {band} điểm")

    def _rose_fell_in_later_year(self) -> None:
        """"Đối chiếu kết quả năm 2017 với năm 2016, 16 bộ có điểm cao hơn, 2 bộ thấp hơn": units rise and fall from
        the earlier year to the later, so the counts are of the later of two years the sentence names (the clause
        year had given them the compared one)."""
        years = {int(self.s.mentions[int(t.group(2))].value) for t in _TOKEN_RE.finditer(self.shape)
                 if t.group(1) == "Y" and t.group(2)}
        if len(years) != 2 or max(years) - min(years) != 1:
            return
        for _, c in self.claims:
            if c.frame in ("rose", "fell") and c.year == min(years):
                c.year = max(years)

    def _rose_fell_pairs(self, paired: set[int]) -> None:
        """"Tỷ số tăng – giảm năm nay: 24 – 11": the units that rose and those that fell, labelled as a pair."""
        for m in [m for name in ("up_down_pair", "down_up_pair", "up_down_bare", "down_up_bare")
                  for m in frame(name).finditer(self.shape)]:
            up, down = int(m.group("up")), int(m.group("down"))
            if {up, down} & (self.used | paired) or any(self.s.mentions[i].value % 1 for i in (up, down)):
                continue
            self.used.update((up, down))
            for i, name, band in ((up, "rose", "tăng"), (down, "fell", "giảm")):
                self.add(m.start(), m.start(), m.end(), kind="count", frame=name, value=self.s.mentions[i].value,
                         unit="đơn vị", band=band, subject=f"đơn vị {band} điểm")

    def _unit_values(self) -> None:
        """What is left of scores, tied to the unit named just before them: a unit's own index."""
        paired = {int(i) for p in PAIRED_VALUES_RE.finditer(self.shape) for i in (p.group("a"), p.group("b"))}
        # "A và B lần lượt đạt 88,96 điểm và 83,28 điểm": values in the order the units were named (claim_roles)
        paired |= {int(t) for m in _RESPECTIVE_SCORES_RE.finditer(self.shape) for t in re.findall(r"⟨P(\d+)⟩", m.group(1))
                   if m.group(1).count("⟨") >= 2}
        # "Điểm số của A và B năm nay là 85,26% và 79,89%": each unit's own, in order (claim_roles)
        paired |= {int(t) for m in RESPECTIVE_LEVELS_RE.finditer(self.shape)
                   if len(self.unit_names(clause_bounds(self.shape, m.start())[0], m.start())) == 2 for t in m.groups()}
        for m in _TOKEN_RE.finditer(self.shape):
            if m.group(1) != "P" or not m.group(2) or int(m.group(2)) in self.used | paired:
                continue  # "(88,50 so với 86,40 điểm)": two units' values in the order they were named (claim_roles)
            i = int(m.group(2))
            mention = self.s.mentions[i]
            clause_start, clause_end = clause_bounds(self.shape, m.start())
            lead = self.shape[clause_start: m.start()]
            if not (40 <= mention.value <= 100 or _misquoted_index(mention, lead)):
                continue
            if re.fullmatch(r"\s*(?:[-+]\s*)?voi\s*", lead):  # "Với 86,02%, Đồng Nai cao hơn …": the unit follows
                unit = self.unit_name(m.end(), min(clause_end, m.end() + 80), prefer="first")
                if unit is not None:
                    self.used.add(i)
                    self.add(m.start(), clause_start, m.end(), kind="value", frame="unit_value", subject=unit,
                             value=mention.value, unit=mention.unit)
                continue
            if not frame("unit_value").search(lead) or _CHANGE_BEFORE_RE.search(lead) or re.search(
                                 r"(?:tren|duoi|tu|den|hon)\s*$|thang diem|toi da|muc tieu|chi tieu|ke hoach(?! va dau tu)", lead):
                continue  # a scale ("thang điểm tối đa 60"), a target or a bound is no unit's result
            owner = _OWNER_AFTER_RE.match(self.shape, m.end())  # "(so với 82,93% của Hải Dương)"
            owned = self.unit_name(owner.end(), min(clause_end, owner.end() + 80), "first") if owner else None
            if owned is not None:
                self.used.add(i)
                self.add(m.start(), clause_start, m.end(), kind="value", frame="unit_value", subject=owned,
                         value=mention.value, unit=mention.unit)
                continue
            unit = self.unit_name(clause_start, m.start())
            if unit is None:
                continue
            compared = _compared_before().search(lead)
            subject = self.unit_name(clause_start, clause_start + compared.start()) if compared else None
            if compared and re.search(r"⟨P\d+⟩\s*\(\s*(?:dat|chi dat|la|voi|:)?\s*$", lead) and subject is not None \
                    and any(c.kind == "value" and c.subject == subject for _, c in self.claims):
                # "Điểm của Bộ Tài chính là 93,15%, cao hơn Thanh tra Chính phủ 10,62% (đạt 82,53%)": the subject's
                # value was given, so the bracket after the difference is the unit compared with's (without it,
                # "Bắc Giang vượt Lâm Đồng 17,35% (đạt 94,07%, còn Lâm Đồng …)", the bracket is the subject's)
                unit = self.unit_name(clause_start + compared.start(), clause_start + compared.end())
                if unit is None:
                    continue
            elif compared and self.unit_name(clause_start + compared.end(), m.start()) is None:
                # "Bắc Ninh thua Hải Dương 1,00%, đạt 82,93%": the unit compared with is no subject of what follows;
                # "Tỉnh này hơn Hải Dương 1,00%, đạt 83,93%": the unit referred to is
                subject = self.unit_name(clause_start, clause_start + compared.start())
                unit = subject or (self.referred_unit(clause_start) if _REFERRED_RE.search(lead[: compared.start()])
                                   else None)
                if unit is None:
                    continue
            self.used.add(i)
            self.add(m.start(), clause_start, m.end(), kind="value", frame="unit_value", subject=unit,
                     value=mention.value, unit=mention.unit)

    def _compared_with(self, pos: int, subject: str | None) -> str | None:
        """The unit a bare comparative ("…; Bộ Ngoại giao cao hơn 8,61%") measures its subject against: the one other
        unit whose value the sentence has stated (before it, or the subject's own after it), both of the same year,
        when no earlier year is spoken of."""
        if subject is None or not re.match(r"(?:cao|thap|nhinh|kem|nhieu|it) hon\b", self.shape[pos:]) \
                or role("temporal").search(self.shape):
            return None
        # "So với Bạc Liêu (85,08%), Hải Dương có kết quả cao hơn 0,23 điểm phần trăm, đạt 85,31%": the subject's own
        # value may follow the comparative in its clause
        stated = [c for p, c in self.claims if c.kind == "value" and c.subject and (
            p < pos or c.subject == subject and ";" not in self.shape[pos:p])]
        # "…, phần hơn thuộc về A với 88,09%, cao hơn 4,06% so với 84,03%": the level set against it right after, of
        # the other unit the sentence named
        against = _AGAINST_LEVEL_RE.match(self.shape, pos)
        if against is not None:
            level = self.s.mentions[int(against.group(1))].value
            named = list(dict.fromkeys(self.unit_names(0, len(self.shape))))
            for p, c in self.claims:
                if c.kind == "value" and p > pos and c.value == level and c.subject == subject and len(named) == 2:
                    # (given to the subject named last before it; the level set against the subject's is the pair's
                    # other unit's: "So kè A – B: A giành phần thắng với 88,60%, cao hơn 3,10% so với 85,50%")
                    c.subject = named[1] if named[0] == subject else named[0]
            stated += [c for p, c in self.claims if c.kind == "value" and c.subject and c.subject != subject
                       and p > pos and c.value == level and c not in stated]
        units = list(dict.fromkeys(c.subject for c in stated))
        if len(units) != 2 or subject not in units or len({c.year for c in stated}) != 1:
            return self._placed_against(subject)
        return units[1] if units[0] == subject else units[0]

    def _placed_against(self, subject: str) -> str | None:
        """The unit a sentence opens by placing its subject against ("Xếp trên Bộ Y tế, Bộ Tư pháp có 88,20%, nhiều hơn
        5,10%"; "Đứng sau Sở Tư pháp, Sở Y tế …"): the one other unit its opening words name."""
        m = _PLACED_AGAINST_RE.match(self.shape)
        other = self.unit_name(m.start("other"), m.end("other"), "first") if m else None
        return other if other is not None and other != subject else None

    def _add_comparison(self, pos: int, subject: str | None, other: str, value: float, unit: str | None) -> None:
        """A comparative read as two units' difference ("…, tức Tuyên Quang cao hơn 1,05%"), signed by its direction."""
        clause_start, _ = clause_bounds(self.shape, pos)
        self.add(pos, clause_start, pos + 6, kind="comparison", frame="comparison", subject=subject, other=other,
                 value=abs(value), change=value, unit=unit or "điểm")

    def _attach_changes(self) -> None:
        """Changes and last year's values belong to the value claim before them in their clause."""
        values = [(pos, c) for pos, c in self.claims if c.kind in ("average", "highest", "lowest", "gap", "count",
                                                                      "members", "ratio", "value")]
        for pos, value, unit, _ in self.changes:
            owner = _owner(values, pos, self.shape)
            # the unit named between the last figure and the comparative is its subject ("…, tức Tuyên Quang cao hơn
            # 1,05%"), else the owner of the last figure ("Long An 85,42%, trong khi Bến Tre đạt 90,39%, nhiều hơn 4,97%")
            last_figure = max((t.end() for t in _TOKEN_RE.finditer(self.shape, 0, pos)), default=0)
            subject = self.unit_name(last_figure, pos) or (owner.subject if owner is not None else None)
            other = self._compared_with(pos, subject) if owner is not None and owner.kind == "value" else None
            if owner is None:  # "bình quân năm 2021 là 82,70%; sang năm 2022 tăng 1,42%": past the clause's end
                averages = [c for p, c in values if p < pos and c.kind == "average"]
                owner = averages[0] if len(averages) == 1 and self._later_year_of(averages[0], values, pos) else None
                if owner is None and len(averages) == 1 and averages[0].change is None \
                        and self._compares_with_last_year(pos) and len(values) == 1:
                    owner = averages[0]  # "… bình quân … đạt 85,80%; so với năm liền kề, tăng 1,30%": the average's own
            later = self._later_year_of(owner, values, pos) if owner is not None and owner.kind == "average" else None
            if other is not None and owner is not None:
                self._add_comparison(pos, subject, other, value, unit)
            elif later is not None and owner is not None and owner.change is None:
                # "điểm trung bình năm 2021 là 82,29%; như vậy năm 2022 đã tăng 1,22%": the change up to the later
                # year, from this average; the later year's average may stand anywhere (`join_later_averages`)
                clause_start, _ = clause_bounds(self.shape, pos)
                self.add(pos, clause_start, pos + 6, kind="delta", frame="change", value=value, unit=unit or "điểm",
                         change=value, year=later, previous_value=owner.value, previous_year=owner.year)
            elif owner is not None and owner.change is None:
                owner.change = value
            elif owner is None:
                clause_start, _ = clause_bounds(self.shape, pos)
                unit_name = self.unit_name(clause_start, pos) or self._level_after(pos) or quoted_speaker(self, pos)
                # ("“Tăng 6,49% so với năm ngoái …”, Chủ tịch UBND huyện X nói": the unit whose head speaks after it)
                named = {name for _, name in self._named(0, clause_start)}
                if unit_name is None and len(named) == 1 and not _cue("average").search(self.shape, 0, pos):
                    unit_name = named.pop()  # "Sở Tư pháp: năm 2022 đạt 86,40%; năm 2023 đạt 88,50%; tăng 2,10%"
                elif unit_name is None and clause_start == 0 and self.state.last_level == "unit" \
                        and not self._named(0, len(self.shape)) and not _cue("average").search(self.shape) \
                        and self.prior_role != ("average", None):  # (not the answer to a question on the average)
                    unit_name = self.state.last_unit  # "… đã vươn lên đạt 88,50%. Mức tăng là 2,10%."
                if names_extremes(self.shape) and not over_time(self.shape):
                    # "So với bộ thấp nhất, bộ cao nhất cao hơn 17,16 điểm phần trăm": the gap of the extremes
                    self.add(pos, clause_start, pos + 6, kind="gap", frame="gap", value=abs(value),
                             unit=unit or "điểm", subject=EXTREMES)
                    continue
                other = self._compared_with(pos, unit_name)
                if other is not None:
                    self._add_comparison(pos, unit_name, other, value, unit)
                    continue
                self.add(pos, clause_start, pos + 6, kind="delta", frame="change", subject=unit_name, value=value,
                         unit=unit or "điểm", change=value)
        for pos, value, year in self.previous:
            owner = _owner(values + [(p, c) for p, c in self.claims if c.kind == "delta"], pos, self.shape)
            if owner is not None and owner.previous_value is None:
                owner.previous_value, owner.previous_year = value, year
        for m in _IMPLIED_CHANGE_RE.finditer(self.shape):
            c = int(m.group("c"))
            size = abs(self.s.mentions[c].value)
            owner = _owner(values, m.start(), self.shape)
            if c in self.used or size >= 40 or owner is None or owner.change is not None or owner.value is None \
                    or owner.previous_value is None or owner.value == owner.previous_value:
                continue
            self.used.add(c)
            owner.change = size if owner.value > owner.previous_value else -size
        for m in re.finditer(r"(?P<dir>tang|giam|nhieu hon|it hon|mat di|mat|bot di|bot|vang di|(?<!\w)them)\s*(?:(?:so voi\s*)?(?:nam truoc|nam ngoai)\s*)?(?:them\s*|di\s*)?⟨(?P<k>[CX])(?P<c>\d+)⟩\s*(?:don vi|co quan|dia phuong|tinh|bo|so|huyen)?"
                             r"(?:[^;⟨]{0,20}?so voi (?:nam )?⟨Y(?P<y>\d+)⟩)?", self.shape):
            owner = _owner(values, m.start(), self.shape)
            prior = [v for p, v in values if p < m.start() and v.kind in ("count", "members") and v.band]
            if (owner is None or owner in prior) and len({v.band for v in prior}) == 1 and None not in {v.year for v in prior} \
                    and len({v.year for v in prior}) == len(prior) >= 2:
                # "Nhóm B: năm 2022 có 14; năm 2023 có 17; tăng 3", "… năm 2023: 7; năm 2022: 21 – giảm 14": the
                # change is the latest year's
                owner = max(prior, key=lambda v: v.year or 0)
            c = int(m.group("c"))
            if owner is None or owner.change is not None or c in self.used or (
                    m.group("k") == "X" and (owner.kind not in ("count", "members") or self.s.mentions[c].value % 1)):
                continue  # a bare whole number after "tăng" changes a count ("có 15 bộ, tăng hai so với cùng kỳ")
            if self._later_year_between(owner, values, m.start()):
                continue  # "Năm 2021 nhóm B có 13 bộ; năm nay tăng 1": the change of a later year's count (windows)
            self.used.add(c)
            count = self.s.mentions[c].value
            owner.change = count if m.group("dir") in ("tang", "nhieu hon", "them") else -count
            if m.group("y"):
                owner.previous_year = int(self.s.mentions[int(m.group("y"))].value)
        for m in _SIGNED_COUNT_CHANGE_RE.finditer(self.shape):  # "có 4 bộ, ngành (-2 so với năm trước)"
            c = int(m.group("c"))
            mention = self.s.mentions[c]
            owner = _owner(values, m.start(), self.shape)
            if c in self.used or mention.printed[:1] not in "+-−" or mention.value % 1 or owner is None \
                    or owner.kind not in ("count", "members") or owner.change is not None:
                continue
            self.used.add(c)
            owner.change = -abs(mention.value) if mention.printed[:1] in "-−" else abs(mention.value)
        for m in [*_COUNT_COMPARED_RE.finditer(self.shape), *_COUNT_THEN_PAREN_RE.finditer(self.shape),
                  *_COUNT_THEN_WHEN_RE.finditer(self.shape)]:
            # "… là 7, giảm 3 so với con số 10 của năm 2022", "ít hơn 3 so với năm 2022 (9)", "nhiều hơn 3 (19 so với 16)"
            c, p = int(m.group("c")), int(m.group("p"))
            previous = self.s.mentions[p].value
            owner = _owner(values, m.start(), self.shape)
            if owner is None or owner.kind not in ("count", "members") or owner.previous_value is not None \
                    or owner.change is None or abs(owner.change) != abs(self.s.mentions[c].value) or p in self.used \
                    or previous % 1:
                continue
            self.used.add(p)
            owner.previous_value = previous
            if m.group("y"):
                owner.previous_year = int(self.s.mentions[int(m.group("y"))].value)
        changed = [c for _, c in self.claims if c.kind == "count" and c.change is not None and c.previous_value is None]
        labelled = [int(m.group(1)) for m in _LAST_YEAR_COUNT_RE.finditer(self.shape) if int(m.group(1)) not in self.used]
        if len(changed) == 1 and len(labelled) == 1:
            # "Bớt 2 đơn vị so với năm 2021: loại Tốt năm nay có 1, năm trước 3": last year's count, labelled
            self.used.add(labelled[0])
            changed[0].previous_value = self.s.mentions[labelled[0]].value

    def _compares_with_last_year(self, pos: int) -> bool:
        """Does the clause of `pos` compare with the year before, naming no unit, no other year and no other score ("so
        với năm liền kề, tăng 1,30%")?  With last year's level in the clause too ("so với năm liền kề (82,85%), tăng
        1,67") the change and that level are read together and joined later, so the answer is no."""
        start, end = clause_bounds(self.shape, pos)
        clause = self.shape[start:end]
        return bool(re.search(rf"\bso voi (?:{catalogue()['cues']['previous_year_words']})\b", clause)) \
            and "⟨Y" not in clause and clause.count("⟨P") == 1 and not self._named(start, end)

    def _level_after(self, pos: int) -> str | None:
        """"Tăng 4,39 điểm phần trăm so với năm trước, TP. Hồ Chí Minh hiện đạt 84,22%": a change that opens its clause
        before any unit is the change of the one unit whose level the clause states after it."""
        start, end = clause_bounds(self.shape, pos)
        if self._named(start, pos):
            return None
        after = {c.subject for p, c in self.claims if pos < p < end and c.kind == "value" and c.subject}
        return after.pop() if len(after) == 1 and len(self._named(pos, end)) == 1 else None

    def _later_year_of(self, owner: Claim, values: list[tuple[int, Claim]], pos: int) -> int | None:
        """The one year later than `owner`'s named between it and `pos` (the year a change after it reaches)."""
        at = next((p for p, v in values if v is owner), None)
        if at is None or owner.year is None:
            return None
        later = {int(self.s.mentions[int(y.group(1))].value) for y in YEAR_MARK_RE.finditer(self.shape, at, pos)
                 if y.group(1) and int(self.s.mentions[int(y.group(1))].value) > owner.year}
        return later.pop() if len(later) == 1 else None

    def _later_year_between(self, owner: Claim, values: list[tuple[int, Claim]], pos: int) -> bool:
        """Is a year later than `owner`'s named between it and `pos`?"""
        at = next((p for p, v in values if v is owner), None)
        if at is None or owner.year is None:
            return False
        for y in YEAR_MARK_RE.finditer(self.shape, at, pos):
            year = int(self.s.mentions[int(y.group(1))].value) if y.group(1) else (
                self.state.index_year if y.group(0).endswith("nay") else None)
            if year is not None and year > owner.year:
                return True
        return False


# the words of a rise and of a fall beside a count of units (not "tăng cường", "giám đốc", "giám sát", "Hải Dương")
_SIDE_UP_RE = re.compile(r"\b(?:tang(?! cuong)|di len|len|cai thien|tot hon|tot len|cao hon|tien bo|nhich len|khoi sac|nang duoc (?:diem|ket qua|chi so|thu hang|hang)|"
                         r"kha hon|kha len|"
                         r"but pha|vuon len|thang hang|len hang|nhay vot|thang tien)\b|[↑⬆▲]|"
                         r"\b(?:gia tri|dau|so) duong\b")
_SIDE_DOWN_RE = re.compile(r"\b(?:giam(?! doc| sat| dinh)|di xuong|xuong|kem hon|kem di|thap hon|sut giam|sa sut|sut|di lui|"
                           r"thut lui|lui|tut|tut hang|xuong hang)\b|"
                           r"[↓⬇▼]|\b(?:gia tri|dau|so) am\b")
# what makes two counts no rise and fall of units: the rest, counts in turn, a from-to, a share, a rank
_SIDES_NOT_RE = re.compile(r"\bcon lai\b|\blan luot\b|\btu\s*⟨|\bchiem\b|\bbac\b|\bhang\b|\bphieu\b")
_SIDES_TIME_RE = re.compile(r"\b(?:so voi|nam truoc|nam ngoai|nam lien|ky truoc|cung ky|bien dong|xu huong|diem)\b|[↑↓⬆⬇▲▼]")
# (rows of a column of changes are units too: "41 dòng mang giá trị dương")
_SIDES_UNITS_RE = re.compile(r"\b(?:so|cac) (?:cac )?(?:don vi|dia phuong|bo|tinh|so|huyen|co quan|nganh)\b|\b(?:tang|giam) diem\b|⟩ dong\b")
_SIDES_NOT_A_RISE_RE = re.compile(r"trung binh|binh quan|\bmuc\b|nguong|ke hoach|muc tieu|chi tieu")
_SIDES_NUMBER_OF_RE = re.compile(r"\bso (?:cac )?(?:don vi|dia phuong|bo, nganh|bo|tinh|so, nganh|so|huyen|co quan)\b"
                                 r"[^⟨;]{0,50}?(?:\bla|:)\s*$")
_REFERENCE_BEFORE_RE = re.compile(r"\b(?:bang|phu luc|bieu|muc|dieu|khoan|trang)\s*$")
_SIDES_CHANGE_BEFORE_RE = re.compile(r"(?<!di )\b(?:tang|giam|len|xuong)(?: them| di)?\s*$")


def _side(words: str) -> str | None:
    """"up" or "down" when these words name one direction (and not the other)."""
    up, down = bool(_SIDE_UP_RE.search(words)), bool(_SIDE_DOWN_RE.search(words))
    return None if up == down else "up" if up else "down"


_NEGATED_CUE_RE = re.compile(r"\bkhong\b|\bnao\b")  # "không ai vượt qua", "(không có) đơn vị nào cao hơn"
_BOUND_BEFORE_RE = re.compile(r"\b(?:nguong|moc|muc tieu|chi tieu)\s*(?:muc\s*)?$")


def _beside_the_extreme(lead: str, between: str, value: float) -> bool:
    """Is the figure after an extreme's cue something else than its level: a threshold no unit passed ("không có
    đơn vị nào vượt qua ngưỡng 95%"), or a difference from the extreme after a comparative ("A thấp hơn đơn vị
    dẫn đầu là B 17,83%": A's gap to the first, read by its role)?"""
    if _BOUND_BEFORE_RE.search(between):
        return True
    return value < 40 and bool(role("comparative").search(lead))


def _past_noun(shape: str, end: int, mention: Mention) -> int:
    """Where the words after a count begin, past its noun ("42/63 tỉnh, thành phố tăng điểm": after "phố")."""
    noun = mention.noun
    return end + len(noun) + 1 if noun and shape.startswith(noun, end + 1) else end


def _within(inner: Claim, outer: Claim) -> bool:
    """Does `inner`'s evidence lie in the lines of `outer`'s (a total read twice, once with its parts)?"""
    a, b = inner.evidence, outer.evidence
    if a is None or b is None or a.page != b.page or a.line_start is None or b.line_start is None:
        return a is b is None
    return b.line_start <= a.line_start and (a.line_end or a.line_start) <= (b.line_end or b.line_start)


def _misquoted_index(mention: Mention, lead: str) -> bool:
    """A percentage under 40 that the sentence prints as a unit's index ("Chỉ số CCHC của tỉnh X đạt 18,20%")."""
    return 0 < mention.value < 40 and mention.unit == "%" and bool(_INDEX_LEAD_RE.search(lead)) \
        and not _NOT_INDEX_RE.search(lead)


def _owner(values: list[tuple[int, Claim]], pos: int, shape: str) -> Claim | None:
    """The value a change or last year's value belongs to: the one before it in its clause ("đạt 86,37%, tăng 2,65%"),
    across a "; như vậy" that concludes on it, else the first after it ("So với năm 2019 (83,02%), … đạt 84,19%")."""
    def joined(a: int, b: int) -> bool:
        between = shape[a:b]
        return ";" not in between or bool(re.search(r";\s*(?:nhu vay|nhu the|tuc la)\b", between))
    before = [(p, c) for p, c in values if p < pos and joined(p, pos)]
    # "Có 2 bộ thuộc nhóm A năm 2023 (năm 2022 là 1 bộ), tức tăng 1 bộ": a bracket closed before the change is an aside
    outside = [(p, c) for p, c in before if not (shape.rfind("(", 0, p) > shape.rfind(")", 0, p) and ")" in shape[p:pos])]
    if outside or before:
        return (outside or before)[-1][1]
    after = [(p, c) for p, c in values if p > pos and ";" not in shape[pos:p] and ". " not in shape[pos:p]]
    if len({c.subject for _, c in after if c.kind == "value" and c.subject}) > 1:
        return None  # "Tăng 1,50 điểm …, A và B lần lượt đạt 85,00 và 84,00 điểm": the levels of two units, neither its owner
    return after[0][1] if after else None


def _band_family(printed: str) -> str:
    key = fold_text(printed)
    return "ordinals" if key.startswith("nhom thu") else ("letters" if key.startswith("nhom") else "classes")


def _names_before_moves(text: str) -> str | None:
    """"Sở Tư pháp tăng 2 bậc, Sở Y tế tăng 1 bậc và Bộ Y tế giảm 3 bậc": when every item is a name and what it
    did, the names ("; "-joined); None when the text is not such a list."""
    folded = fold_text(text).lower()
    names, pos = [], 0
    for cue in _CLAUSE_ITEM_RE.finditer(folded):
        if cue.start() < pos:
            continue
        name = text[pos:cue.start()].strip(" ")
        if not name or _LIST_CUT_RE.search(name):
            return None
        names.append(name)
        end = _MOVE_ITEM_END_RE.search(folded, cue.end())
        pos = end.end() if end else len(text)
    return "; ".join(names) if names and not text[pos:].strip(" .;,") else None


def _list_names(text: str) -> str:
    """A member list as names only: the list ends before an item that compares or moves (unless every item is a
    name and its move), and a figure printed beside a name is dropped, so that a decimal comma never splits a name from its value."""
    text = _names_before_moves(text) or text
    pos = 0
    for sep in [*_LIST_CUT_RE.finditer(text), None]:
        end = sep.start() if sep else len(text)
        if pos and _CLAUSE_ITEM_RE.search(fold_text(text[pos:end]).lower()):
            text = text[:pos - 1]
            break
        pos = sep.end() if sep else len(text)
    return _MEMBER_FIGURE_RE.sub("", text)
