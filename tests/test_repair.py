"""Vietnamese OCR repair: restores legacy OCR, leaves clean text, numbers and symbols alone."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from parscan.normalizers import channel as channel_module
from parscan.normalizers.repair import fix_symbol, get_repairer
from parscan.normalizers.vietnamese import other_tones, split_edges, tone_split


@pytest.fixture(scope="module")
def repairer():
    return get_repairer()


@pytest.mark.parametrize("ocr, expected", [
    ("Chi s6 cai cach hanh chinh", "Chỉ số cải cách hành chính"),
    ("ket qua ctia cac co quan", "kết quả của các cơ quan"),
    ("UBND TINH HA NAM CONG HOA XA HOI CHU NGHIA VIET NAM", "UBND TỈNH HÀ NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("Bo Tiéu chi xac dinh Chi s6 CCHC", "Bộ Tiêu chí xác định Chỉ số CCHC"),
])
def test_legacy_ocr_is_repaired(repairer, ocr: str, expected: str) -> None:
    assert repairer.classify(ocr) == "legacy"
    assert repairer.repair_line(ocr) == expected


@pytest.mark.parametrize("text", [
    "Chỉ số cải cách hành chính năm 2022 của các sở, ban, ngành",
    "Sở Nội vụ kính báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.",
    "STT",
    "89,60 2.4.1 876/QĐ-BNV 26/7/2020",
])
def test_clean_text_passes_unchanged(repairer, text: str) -> None:
    assert repairer.repair_line(text) == text


def test_numbers_codes_and_symbols_survive_inside_legacy_lines(repairer) -> None:
    out = repairer.repair_line("Quyét dinh s6 1952/Qb-UBND ngay 26/7/2020 dat 89,60 diém tiéu chi 2.4.1")
    for kept in ("1952/QĐ-UBND", "26/7/2020", "89,60", "2.4.1"):
        assert kept in out.split()
    assert out.startswith("Quyết định số")
    # an item number glued to its word stays as printed
    words = repairer.repair_line("1-Chi dao, dieu hanh; 2-Cai cach the che").split()
    assert words[0] == "1-Chỉ" and words[4] == "2-Cải"


def test_fix_symbol_only_touches_the_kind() -> None:
    assert fix_symbol("1952/Qb-UBND") == "1952/QĐ-UBND"
    assert fix_symbol("2070/QD-UBND") == "2070/QĐ-UBND"
    assert fix_symbol("251/BC-SNV") == "251/BC-SNV"


def test_output_is_nfc_and_keeps_line_count(repairer) -> None:
    lines = ["Chi s6 cai cach", "", "Ket qua danh gia"]
    out = repairer.repair_lines(lines)
    assert len(out) == 3 and out[1] == ""
    assert all(unicodedata.is_normalized("NFC", line) for line in out)


def test_cli_reads_stdin_and_keeps_lines_and_form_feeds() -> None:
    text = "Chi s6 cai cach\n\nKet qua\fTrang hai\n"
    result = subprocess.run([sys.executable, "-m", "parscan.cli", "repair"], input=text, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == text.count("\n") and result.stdout.count("\f") == 1
    assert result.stdout.startswith("Chỉ số cải cách")


def _accuracy(pairs, repairer) -> float:
    from rapidfuzz.distance import Levenshtein

    hits = total = 0
    for ocr, gold in pairs:
        out = [c for c in (split_edges(t)[1] for t in repairer.repair_line(ocr).split()) if c]
        ref = [c for c in (split_edges(t)[1] for t in gold.split()) if c]
        total += len(ref)
        hits += sum(op.dest_end - op.dest_start for op in Levenshtein.opcodes(out, ref) if op.tag == "equal")
    return hits / total


def test_dev_gold_accuracy(repairer, shared_dir: Path) -> None:
    rows = [json.loads(l) for l in (shared_dir / "dev" / "lines.jsonl").read_text(encoding="utf-8").splitlines()]
    pairs = [(r["ocr"], r["gold"]) for r in rows if r["gold"]]
    assert _accuracy(pairs, repairer) >= 0.85
    golds = [g for _, g in pairs]
    assert sum(repairer.repair_line(g) == g for g in golds) / len(golds) >= 0.99


@pytest.mark.parametrize("ocr, expected", [
    ("Kiếm tra công tác cải cách hành chính", "Kiểm tra công tác cải cách hành chính"),
    ("Tổng điếm thẩm định của Hội đồng", "Tổng điểm thẩm định của Hội đồng"),
    ("~ Như Điều 3;", "- Như Điều 3;"),
])
def test_vie_ocr_lines_get_their_misread_marks_back(repairer, ocr: str, expected: str) -> None:
    # a line of dictionary words is clean text, unless it comes from Tesseract `vie` on a scan
    assert repairer.classify(ocr) == "clean" and repairer.repair_line(ocr) == ocr
    assert repairer.repair_line(ocr, vie_ocr=True) == expected


@pytest.mark.parametrize("ocr, expected", [
    ("Giám đốc Sử Tư pháp", "Giám đốc Sở Tư pháp"),
    ("Ủy ban nhân dân tỉnh Hà Tĩnh và Sử Tài chính", "Ủy ban nhân dân tỉnh Hà Tĩnh và Sở Tài chính"),
    ("Tất cả các đơn vị đều đạt loại Tất", "Tất cả các đơn vị đều đạt loại Tốt"),
])
def test_vie_ocr_word_read_as_another_word_is_chosen_by_context(repairer, ocr: str, expected: str) -> None:
    # a degraded scan makes Tesseract `vie` read one dictionary word as another (ở as ử, ố as ấ):
    # the channel's other words are offered and the language model decides; the first "Tất" stays
    assert repairer.classify(ocr) == "clean" and repairer.repair_line(ocr) == ocr
    assert repairer.repair_line(ocr, vie_ocr=True) == expected


def test_tone_split_and_other_tones_keep_hats_and_d_with_the_letters() -> None:
    assert tone_split("Để") == ("đê", "\u0309")
    assert tone_split("đề")[0] == tone_split("để")[0] != tone_split("đe")[0]
    assert tone_split("đê") == ("đê", "")
    # the same mark placed on another vowel (old and new spelling) splits alike: no other tone
    assert tone_split("thỏa") == tone_split("thoả")
    assert {"để", "đế", "đê"} <= set(other_tones("Đề")) and "đề" not in other_tones("Đề")
    assert "thoả" not in other_tones("thỏa") and "thóa" in other_tones("thỏa")


def test_vie_ocr_word_read_with_a_tone_training_never_showed_is_chosen_by_context(repairer) -> None:
    # the training scans never showed `vie` reading để as đề, so the channel offers no such variant;
    # every other tone of the same letters is offered at a fixed cost and the language model decides
    assert "để" not in {text for text, _ in repairer.channel.variants("đề")}
    assert (repairer.repair_line("Đề bảo đảm tiến độ, Sở Nội vụ đề nghị các cơ quan", vie_ocr=True)
            == "Để bảo đảm tiến độ, Sở Nội vụ đề nghị các cơ quan")
    # two spellings of one word are not two tones: neither is rewritten into the other
    for text in ("giải đáp kịp thời, thỏa đáng các kiến nghị", "giải đáp kịp thời, thoả đáng các kiến nghị"):
        assert repairer.repair_line(text, vie_ocr=True) == text


def test_a_garbled_known_acronym_is_restored_and_real_ones_kept(repairer) -> None:
    # BND is no syllable and no acronym the corpus knows: UBND with its U lost, chosen by the context
    assert repairer.repair_line("Chu tich BND tinh") == "Chủ tịch UBND tỉnh"
    assert repairer.repair_line("Ban chỉ đạo GCHC tỉnh", vie_ocr=True) == "Ban chỉ đạo CCHC tỉnh"
    for text in ("Chỉ số PAPI và SIPAS", "Mục XIV"):
        assert repairer.repair_line(text, vie_ocr=True) == text


def test_vie_ocr_keeps_words_that_are_right_in_context(repairer) -> None:
    for text in ("Chỉ số cải cách hành chính năm 2022 của các sở, ban, ngành",
                 "Sở Nội vụ kính báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.",
                 "Đoàn kiểm tra làm việc tại huyện Kỳ Anh và thị xã Hồng Lĩnh",
                 "Nơi nhận: Văn phòng UBNDTP; các sở, ban, ngành"):  # UBNDTP: no syllable, an acronym
        assert repairer.repair_line(text, vie_ocr=True) == text


def test_a_wrapped_line_is_repaired_with_the_end_of_the_line_before(repairer) -> None:
    lines = ["Thuc hien Ke hoach cua Uy ban nhan dan", "tinh", "nang cao chat luong phuc vu nguoi", "dan"]
    assert repairer.repair_lines(lines) == [
        "Thực hiện Kế hoạch của Ủy ban nhân dân", "tỉnh", "nâng cao chất lượng phục vụ người", "dân"]
    # a line that starts a new item does not take the one before as context
    assert repairer.repair_line("- Chi so", before="Ke hoach nam 2022.") == repairer.repair_line("- Chi so")


def test_repair_never_invents_a_number(repairer) -> None:
    # "g5" is what OCR made of a printed "6,5" in training; as a repair it would be a made-up value
    line = "4.2.1 | Thwe hien quy dinh vé sic dung | o5 | g5 | 05 6 Néi v"
    numbers = [t for t in repairer.repair_line(line).split() if any(ch.isdigit() for ch in t)]
    assert numbers and set(numbers) <= set(line.split())


def test_a_number_glued_before_a_word_is_kept_and_set_apart(repairer) -> None:
    # "26thang" lost its 26 before (repaired as the word alone); a 1 before letters is still an l
    assert repairer.repair_line("ngay 26thang 8 nam 2020") == "ngày 26 tháng 8 năm 2020"
    assert repairer.repair_line("Ngay 15THANG 3") == "Ngày 15 THÁNG 3"
    # (not "và 1ap kế hoạch": the corpus has no "lập kế hoạch", and with 100 candidates the language
    # model prefers "áp", one deletion further away)
    assert repairer.repair_line("Quyet dinh thanh 1ap Hoi dong") == "Quyết định thành lập Hội đồng"


def test_the_candidates_kept_are_bounded(repairer, monkeypatch: pytest.MonkeyPatch) -> None:
    # a batch worker repairs documents for hours: the scored tokens must not grow without end
    channel = repairer.channel
    monkeypatch.setattr(channel, "_scored", {})
    monkeypatch.setattr(channel_module, "SCORED_LIMIT", 5)
    channel.prepare(["cua", "cac", "tinh"])
    channel.prepare(["huyen", "xa", "thanh"])
    assert set(channel._scored) == {"huyen", "xa", "thanh"}
    assert len(channel.candidates("cua")[0]) > 0 and len(channel._scored) == 4


def test_the_packed_tables_answer_as_the_dicts_they_were_packed_from() -> None:
    # the channel's seen forms and their one-deletion index are loaded as sorted keys and flat arrays
    seen = {"ctia": ((7, 3), (-0.5, -2.25)), "s6": ((11,), (-0.1,)), "a": ((2, 9, 4), (-1.0, -1.5, -3.0))}
    lookup = channel_module.SortedLookup(channel_module.pack(seen))
    for key, value in seen.items():
        assert key in lookup and lookup.get(key) == value
    for absent in ("", "b", "ctiaa", "s", "zz", "ctiA"):
        assert absent not in lookup and lookup.get(absent, ((), ())) == ((), ())
    index = channel_module.SortedLookup(channel_module.pack({"cta": ((1, 5),), "tia": ((8,),)}))
    assert index.get("cta") == (1, 5) and index.get("ct") == ()
    found: list = []
    index.extend(found, ["tia", "cia", "cta"])
    assert [list(buffer) for buffer in found] == [[8], [1, 5]]
    empty = channel_module.SortedLookup(channel_module.pack({}))
    assert "a" not in empty and empty.get("a") == ()


def test_the_packed_keys_are_stored_as_the_compiled_lookup_reads_them() -> None:
    # UTF-32 characters and where each key starts, stored in the per-user cache rather than made per process:
    # key k is chars[starts[k] .. starts[k + 1] - 1), the last start one past the end
    import struct

    keys = ["a", "ctia", "điếm", "s6"]
    packed = channel_module.pack({key: ((i,),) for i, key in enumerate(keys)})
    chars = packed["chars"].decode("utf-32-le")
    starts = struct.unpack(f"{len(keys) + 1}q", packed["starts"])
    assert [chars[starts[k]:starts[k + 1] - 1] for k in range(len(keys))] == sorted(keys)
    assert starts[-1] == len(chars) + 1
    empty = channel_module.pack({})
    assert empty["chars"] == b"" and struct.unpack("q", empty["starts"]) == (1,)


def test_a_printed_word_s_id_is_its_place_among_the_words(repairer) -> None:
    # id_of searches the sorted words (no dict of them built per process): every word its own place, a word
    # outside them, before the first or past the last, none
    words = repairer.channel.words
    assert list(words) == sorted(set(words))
    for at in (0, 1, len(words) // 2, len(words) - 1):
        assert repairer.channel.id_of(words[at]) == at
    middle = words[len(words) // 2]
    for absent in ("", middle + "\x00", words[-1] + "z", "\U0010ffff"):  # before the first, between two, past the last
        assert absent not in words and repairer.channel.id_of(absent) == -1


def test_a_name_that_carries_no_marks_is_not_restored_into_other_words(repairer) -> None:
    """Every province of the registry whose name has no tone marks, alone on a table row: the row is read as
    text that lost its marks, and the name used to be "restored" into other words ("Gia Lai" -> "Giờ Làm",
    which then matched no unit and made a false missing-member error).  Stripped names are still restored."""
    from parscan.normalizers.repair import _known_names
    from parscan.normalizers.vietnamese import has_marks

    plain = [words for names in _known_names().values() for words in names if not any(map(has_marks, words))]
    assert len(plain) >= 3
    for words in plain:
        row = f"4 {' '.join(words)} 53,79 34,76 88,55 88,55"
        assert repairer.repair_line(row) == row
        name = " ".join(words)
        assert repairer.repair_line(f"- Nhom B gom: {name}, Ha Noi").endswith(f"{name}, Hà Nội")


def test_a_digit_token_between_words_may_be_a_misread_word(repairer) -> None:
    # Tesseract `eng` reads stacked-mark vowels and S as digits ("Chi 56" for "Chỉ số", "86" for "Sở");
    # where the language model wants a word there it may take one, a number in its place stays
    assert repairer.repair_line("xac dinh Chi 56 CCHC cua tinh") == "xác định Chỉ số CCHC của tỉnh"
    assert repairer.repair_line("cac 86, ban, nganh va UBND") == "các sở, ban, ngành và UBND"
    # a 1 may be a t ("16 chức": tổ chức)
    assert repairer.repair_line("su hai long cua nguoi dan, 16 chuc doi voi") == \
        "sự hài lòng của người dân, tổ chức đối với"
    for line in ("co 12 tieu chi dat 85 diem", "Nam 2020 co 26 don vi", "Tong diem 12 23 diem", "trong 16 thang qua"):
        numbers = [t for t in repairer.repair_line(line).split() if any(ch.isdigit() for ch in t)]
        assert numbers == [t for t in line.split() if t.isdigit()]


def test_a_criterion_code_that_lost_its_dots_follows_the_outline(repairer) -> None:
    lines = ["4.1.2 Tinh gon to chuc bo may", "413 Du le giam so luong don vi", "15 don vi dat yeu cau",
             "42 | Thuc hien phan cap", "413 15 20"]
    out = repairer.repair_lines(lines)
    assert [line.split()[0] for line in out] == ["4.1.2", "4.1.3", "15", "4.2", "413"]
    # without the outline before it, digits stay digits
    assert repairer.repair_lines(lines[1:2])[0].split()[0] == "413"


def test_two_syllables_glued_into_one_token_are_split(repairer) -> None:
    assert repairer.repair_line("Dinhky bao cao ket qua") == "Định kỳ báo cáo kết quả"
    assert repairer.repair_line("XUly van ban") == "Xử lý văn bản"
    # a token that is one syllable is not cut
    assert repairer.repair_line("tinh hinh thuc hien") == "tình hình thực hiện"


def test_capitals_of_two_syllables_glued_are_read_as_two(repairer) -> None:
    # a heading's two words glued look like an acronym (a run of three consonants) and were kept as read
    assert repairer.repair_line("THUC HIEN CONGTAC CCHC") == "THỰC HIỆN CÔNG TÁC CCHC"
    assert repairer.repair_line("VAN BAN QUY PHAM PHAPLLUAT") == "VĂN BẢN QUY PHẠM PHÁP LUẬT"
    # acronyms stay: one vowel group at most, or known to the corpus
    assert repairer.repair_line("KHAO SAT SIPAS NAM 2022 CUA UBNDTP") == "KHẢO SÁT SIPAS NĂM 2022 CỦA UBNDTP"


def test_capitals_of_two_vowel_groups_from_the_corpus_are_acronyms(repairer) -> None:
    # SIPAS and PAPI are in the corpus in lower case too, so they were taken for capitalised syllables
    # (as CAO is) and a garbled one was left as read; a syllable has one vowel group
    assert {"SIPAS", "PAPI", "ISO"} <= repairer.acronyms and "CAO" not in repairer.acronyms
    assert repairer.repair_line("Chi so hai long (STPAS) nam 2023") == "Chỉ số hài lòng (SIPAS) năm 2023"


def test_a_known_acronym_garbled_beyond_a_few_edits_is_restored(repairer) -> None:
    # TTDT was kept as read: keeping capitals that are no known acronym cost nothing but the unknown word
    assert repairer.repair_line("- Cong TTDT va Cong") == "- Cổng TTĐT và Công"
    # a known acronym inside, or one without its hyphen, is a real acronym: kept
    assert repairer.repair_line("Noi nhan: Van phong UBNDTP; cac so") == "Nơi nhận: Văn phòng UBNDTP; các sở"
    assert "PTTH" in repairer.repair_line("Dai PTTH tinh").split()


def test_a_small_l_read_as_a_capital_is_written_small_among_lower_case_words(repairer) -> None:
    # "IY" was written Lý: the capital was the OCR's reading of the l's bar
    assert repairer.repair_line("cong tac quan IY nha nuoc") == "công tác quản lý nhà nước"
    # after a sentence's end it is a capital
    assert repairer.repair_line("nhu sau. IY do chinh la") == "như sau. Lý do chính là"


def test_a_known_acronym_read_in_lower_case_is_written_in_capitals(repairer) -> None:
    assert repairer.repair_line("ket qua cong tac ccHe nam 2022") == "kết quả công tác CCHC năm 2022"


def test_a_short_vie_word_in_capitals_among_lower_case_words_is_a_capital_and_marks(repairer) -> None:
    # as for the channel's words: "TY" is Tỷ (the marks read as capitals), not TỶ; acronyms stay
    assert repairer.repair_line("Tỷ lệ hài lòng đạt TY lệ cao", vie_ocr=True) == "Tỷ lệ hài lòng đạt Tỷ lệ cao"
    assert repairer.repair_line("gửi GĐ, các PGĐ và HĐND tỉnh", vie_ocr=True) == "gửi GĐ, các PGĐ và HĐND tỉnh"


def test_the_documents_number_line_starts_with_so(repairer) -> None:
    # "SO:" was SỞ: before the number and symbol, "sé:" số:
    assert repairer.repair_line("SO: 374/BC-SNV").split()[0] == "Số:"
    assert repairer.repair_line("sé: 19 /BC-HDCCHC Hai Duong, ngay 3 thang 3 nam 2020").split()[0] == "Số:"


def test_a_euro_sign_before_letters_is_a_capital_c(repairer) -> None:
    assert repairer.repair_line("Đồng chí €hủ tịch", vie_ocr=True) == "Đồng chí Chủ tịch"
    assert repairer.repair_line("giá 100 €", vie_ocr=True) == "giá 100 €"


def test_a_word_after_a_date_and_a_point_without_a_space_is_read_apart(repairer) -> None:
    # "05/06/2019.clila" was taken for a legal symbol and kept; a symbol keeps its shape
    assert repairer.repair_line("Ke hoach so 2507/KH-UBND ngay 05/06/2019.clila Uy ban nhan") == \
        "Kế hoạch số 2507/KH-UBND ngày 05/06/2019. của Ủy ban nhân"
    assert repairer.repair_line("so 12/2019/TT-BNV ngay").split()[1] == "12/2019/TT-BNV"


def test_a_heading_number_glued_to_capitals_is_kept(repairer) -> None:
    # one digit before capitals is the heading's number: it was lost ("CẢI CÁCH THỦ TỤC HÀNH CHÍNH")
    assert repairer.repair_line("3CAI CACH THU TUC HANH CHINH") == "3 CẢI CÁCH THỦ TỤC HÀNH CHÍNH"
    assert repairer.repair_line("4CALCACH TO CHUC BO MAY") == "4 CẢI CÁCH TỔ CHỨC BỘ MÁY"


def test_marks_read_as_capitals_inside_prose_make_no_capitals_word(repairer) -> None:
    # ở and ộ look like a tall O: "SO" among lower-case words is Sở, not SỞ; capitals stay capitals
    assert repairer.repair_line("bao cao cua SO Noi vu ve ket qua") == \
        "báo cáo của Sở Nội vụ về kết quả"
    assert repairer.repair_line("UBND TINH HA TINH Doc lap") == "UBND TỈNH HÀ TĨNH Độc lập"
    assert repairer.repair_line("SO NOI VU") == "SỞ NỘI VỤ"


def test_a_section_number_whose_i_was_read_as_l_or_1_is_a_roman_numeral(repairer) -> None:
    assert repairer.repair_line("Il. NOI DUNG THUC HIEN") == "II. NỘI DUNG THỰC HIỆN"
    assert repairer.repair_line("tai Muc I11 Ke hoach nay").split()[2] == "III"


def test_a_dollar_sign_is_an_s_read_by_tesseract_eng(repairer) -> None:
    # "$" for S in degraded legacy scans: a capital before a name or at the line's start, else a small s;
    # an amount keeps its sign
    assert repairer.repair_line("3 $e Noi vu 83,03 9,55") == "3 Sở Nội vụ 83,03 9,55"
    assert repairer.repair_line("$¢ Tai chinh") == "Sở Tài chính"
    assert repairer.repair_line("con mot $6 co quan, don vi") == "còn một số cơ quan, đơn vị"
    assert "$100" in repairer.repair_line("chi phi $100 cho hoat dong").split()


def test_a_word_learned_with_its_list_dash_brings_no_second_dash(repairer) -> None:
    # the channel learned "- loại" for `Logi` and "chính -" for `chink` (OCR glued or lost the dash):
    # where the line has its dash already, the word comes alone, and in the case of the token it replaces
    assert (repairer.repair_line("- Logi Tot (tu 85% den duoi 95%): 05 don vi")
            == "- Loại Tốt (từ 85% đến dưới 95%): 05 đơn vị")
    assert repairer.repair_line("+ Logi Kha") == "+ Loại Khá"
    assert repairer.repair_line("cong tac tai chink - ngan sach") == "công tác tài chính - ngân sách"
    # a line whose dash OCR lost gets it back, its word capitalised after it
    assert repairer.repair_line("Logi Tot (tu 85% den duoi 95%)") == "- Loại Tốt (từ 85% đến dưới 95%)"


def test_two_capitals_may_be_a_syllable_whose_marked_vowel_was_read_as_a_consonant(repairer) -> None:
    # Tesseract `eng` reads ở / ộ as G or Q and ư as W: "SG" is Sở, "BQ" Bộ, "XW" Xử; the language model
    # decides
    assert repairer.repair_line("4 SG Noi vu 83,03 9,55") == "4 Sở Nội vụ 83,03 9,55"
    assert repairer.repair_line("DOI NGU CAN BQ, CONG CHUC") == "ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC"
    assert repairer.repair_line("Bao cao cua SG Tu phap") == "Báo cáo của Sở Tư pháp"
    # other capitals are abbreviations too often to be read as words; Roman numerals stay
    for line in ("UBND TP Ha Noi", "kem theo CV so 12", "Muc II. Ket qua"):
        assert repairer.repair_line(line).split()[1] == line.split()[1]


def test_a_short_tokens_shortlist_keeps_room_for_common_words(repairer) -> None:
    # the best-aligned words of a token without marks are the many mark variants of its letters, mostly
    # rare ("wii" -> túi, vii, xii, mũi, lùi ...); a few places go to the commonest words within reach
    from parscan.normalizers.repair import SHORTLIST

    for token, word in (("wii", "mới"), ("none", "trong"), ("1@", "lệ")):
        ids, _ = repairer._shortlist(token)
        assert len(ids) <= SHORTLIST
        assert word in {repairer.channel.words[i] for i in ids.tolist()}
    assert repairer.repair_line("giai phap wii trong cai cach") == "giải pháp mới trong cải cách"


def test_a_badly_garbled_line_leans_on_the_language_model(repairer) -> None:
    # most of its words have no candidate the channel finds likely: its guesses weigh less there and the
    # context more ("Guven" alone is nearer Quyền; among districts' names it is Huyện)
    from parscan.normalizers.repair import CHANNEL_WEIGHT, GARBLED_WEIGHT

    assert repairer._channel_weight(["Guven", "Hung", "Soe"]) == GARBLED_WEIGHT
    assert repairer._channel_weight("Chi s6 cai cach hanh chinh".split()) == CHANNEL_WEIGHT
    assert repairer.repair_line("- Guven Hung Soe") == "- Huyện Hương Sơn"
    assert repairer.repair_line("86 CCHE eta tinh.") == "số CCHC của tỉnh."


def test_every_district_of_the_registry_is_kept_as_printed_in_a_clean_line(repairer) -> None:
    """A district the registry lists is a known name: printed right, it is kept, in a table row and in prose
    ("UBND huyện Minh Long", Quảng Ngãi's, was "repaired" into "huyện Vĩnh Long", another province's unit, while
    the registry listed 17 provinces' districts). Names of one word are not known names (a capitalised "Vinh"
    may be the start of "Vĩnh Long" that lost its marks)."""
    from parscan.registries import DISTRICT_PREFIX, unit_registry

    districts = [(kind, name) for prov in unit_registry().provinces for kind, name in prov.districts
                 if len(name.split()) >= 2]
    assert len(districts) >= 600
    for n, (kind, name) in enumerate(districts):
        unit = f"UBND {DISTRICT_PREFIX[kind]} {name}"
        line = f"{n % 20 + 1} {unit} 80,52 {n % 20 + 1}" if n % 2 else f"{unit} đạt 80,52 điểm, xếp thứ 3"
        assert repairer.repair_line(line) == line
