"""Agencies: names found in a plan, split, cleaned, deduplicated, with stable ids.

An id is a slug of the name as the text writes it: Vietnamese diacritics removed, the
well-known names of ministries' fields abbreviated as offices abbreviate them
("Lao động, Thương binh và Xã hội" -> ``ldtbxh``, "Ủy ban nhân dân" -> ``ubnd``), a
leading "Các" dropped. The same text always gives the same id, so a plan imported
twice keeps its ids; two spellings of one body (dashes, "UBND" for "Ủy ban nhân dân",
"Uỷ" for "Ủy") are one agency.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import attrs

import planflow

__all__ = ["AgencyBook", "ascii_letters", "clean_name", "dedup_key", "expand", "is_agency_start", "join_split_syllables", "sentence_case",
           "sentence_case_list", "slug",
           "split_agencies"]

# fields of ministries and departments, as offices abbreviate them (longest first)
_ABBREVIATIONS = [
    ("lao động, thương binh và xã hội", "ldtbxh"),
    ("lao động - thương binh và xã hội", "ldtbxh"),
    ("lao động thương binh và xã hội", "ldtbxh"),
    ("lđtb&xh", "ldtbxh"),
    ("lđtbxh", "ldtbxh"),
    ("nông nghiệp và phát triển nông thôn", "nnptnt"),
    ("nông nghiệp và môi trường", "nnmt"),
    ("tài nguyên và môi trường", "tnmt"),
    ("văn hóa, thể thao và du lịch", "vhttdl"),
    ("giáo dục và đào tạo", "gddt"),
    ("khoa học và công nghệ", "khcn"),
    ("thông tin và truyền thông", "tttt"),
    ("kế hoạch và đầu tư", "khdt"),
    ("giao thông vận tải", "gtvt"),
    ("mặt trận tổ quốc việt nam", "mttqvn"),
    ("ủy ban nhân dân", "ubnd"),
    ("hội đồng nhân dân", "hdnd"),
    ("y tế", "yt"),
]
# more abbreviations two spellings of one body may use, for matching them only (ids keep
# the words as written: a plan imported again keeps its ids)
_MATCHING_ONLY = [
    ("mttq việt nam", "mttqvn"),
    ("mặt trận tổ quốc", "mttq"),
    ("liên hiệp phụ nữ", "lhpn"),
    ("phát thanh - truyền hình", "ptth"),
    ("phát thanh và truyền hình", "ptth"),
    ("bộ chỉ huy", "bch"),
    ("văn phòng", "vp"),
]
# the fields' words as a key writes them (punctuation as spaces, "&" as "và")
_ABBREVIATIONS_KEYED = [(" ".join(re.sub(r"[.,;:()]", " ", w.replace("&", " và ")).split()), a)
                        for w, a in (*_ABBREVIATIONS[:-1], *_MATCHING_ONLY, _ABBREVIATIONS[-1])]
# an abbreviation written with "&" or "-" between its capitals ("TT&TT", "NN&PTNT",
# "LĐ-TB&XH", "PT-TH"): its letters, as the full name's abbreviation gives them
_JOINED_ABBR = re.compile(r"\b[A-ZĐ]{1,6}(?:\s*[&-]\s*[A-ZĐ]{1,6})+\b")

_DASHES = re.compile(r"\s*[-–—‐]\s*")

# words that begin an agency's name
_HEADS = (
    "Sở", "Ban", "Bộ", "UBND", "Ủy ban", "Uỷ ban", "Công an", "Phòng", "Trung tâm", "Văn phòng",
    "Báo", "Đài", "Bảo hiểm", "Chi nhánh", "Ngân hàng", "Cục", "Chi cục", "Hội", "Liên đoàn",
    "Đoàn", "Tỉnh đoàn", "Thành đoàn", "Mặt trận", "Bộ Chỉ huy", "Bộ đội", "Viện", "Tòa án",
    "Kho bạc", "Thanh tra", "Hội đồng", "Các", "các", "Doanh nghiệp", "Cơ quan", "Đơn vị",
    "Trường", "Bệnh viện", "Quỹ", "Tổng công ty", "Công ty", "Chủ tịch", "Thường trực", "HĐND",
    "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Cảnh sát", "Hải quan", "Thuế", "Chi cục", "Bưu điện",
    "Điện lực", "Cổng", "Người đứng đầu", "Thủ trưởng", "Giám đốc", "Thư viện", "Bảo tàng",
    "Học viện", "Nhà xuất bản", "Hiệp hội", "Liên minh", "Tập đoàn", "Hợp tác xã",
    "Trạm", "Tỉnh Đoàn", "Huyện Đoàn", "Huyện đoàn", "Công đoàn", "Liên hiệp",
    # a body's staff given duties under their own heading ("2. Chuyên viên Cơ quan Ủy ban
    # Mặt trận Tổ quốc xã" over "- Chuyên viên phụ trách tổng hợp tham mưu …")
    "Chuyên viên",
    # the public given duties under their own heading (round harvest j: "4. Người dân trên địa
    # bàn tỉnh có trách nhiệm" over "- Phát hiện, tố giác …"; as "Các hộ gia đình" already)
    "Người dân", "Nhân dân",
    # the Party's bodies: "Tổ đảng ở Thường trực Ủy ban …", "Đảng ủy cơ quan …", "Đảng đoàn …"
    "Tổ đảng", "Đảng ủy", "Đảng uỷ", "Đảng đoàn", "Đảng bộ", "Chi bộ",
    # a mass organisation's branches in a commune ("Chi hội Nông dân thôn 2", "Chi đoàn")
    "Chi hội", "Chi đoàn",
    # units named by what they are (round 11): forest rangers, border posts, port
    # authorities, state firms known by their brand, the news agency, national parks,
    # universities, working groups, market inspection teams
    "Hạt Kiểm lâm", "Đồn Biên phòng", "Cảng vụ", "Viettel", "VNPT", "Thông tấn xã",
    "Vườn quốc gia", "Khu Bảo tồn", "Đại học", "Tổ công tác", "Đội Quản lý",
    # after a comma or "và" inside a list of heads of bodies: "Thủ trưởng các sở, ban, ngành
    # và chủ tịch UBND các huyện"
    "chủ tịch", "thủ trưởng", "giám đốc",
    # a commune's office holders, given its duties by name (round 13): "Trưởng các thôn",
    # "Trưởng Công an xã", "Bí thư Chi bộ", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã", "Phó
    # Chủ tịch UBND xã phụ trách …", "Tổ trưởng tổ dân phố" ("Công chức Văn hóa - Xã hội":
    # see is_agency_start)
    "Trưởng thôn", "Trưởng các thôn", "Trưởng Công an", "Trưởng Ban", "Trưởng ban", "Bí thư",
    "Chỉ huy trưởng", "Phó Chủ tịch", "Tổ trưởng", "Trưởng khu phố", "Trưởng bản",
    # a project's investor given the work ("Chủ đầu tư dự án hạ tầng kỹ thuật"), police and
    # inspection units, a children's house
    "Chủ đầu tư", "Các chủ đầu tư", "Đồn Công an", "Đội Cảnh sát", "Đội Kiểm tra", "Nhà Thiếu nhi",
)
# "Công chức Văn hóa - Xã hội", "công chức Tư pháp - Hộ tịch": a commune's civil servant
# named by the field of the post (a capital after "công chức"; "Công chức, viên chức …" is
# no post)
# a ministry's department named by its field: "Vụ Tổ chức cán bộ", "Vụ Pháp chế" (a capital
# after "Vụ"; "Vụ việc …", "vụ án" are no body)
_MINISTRY_DEPARTMENT = re.compile(r"^Vụ\s+[A-ZĐÀ-Ỹ]")
_POST = re.compile(r"^[Cc]ông\s+chức\s+(?:[A-ZĐ]|phụ\s+trách\s)")
_HEAD_RE = re.compile(r"^(?:" + "|".join(sorted((re.escape(h) for h in _HEADS), key=len,
                                                 reverse=True)) + r")(?=\s|,|$)")
# what follows "Các" in a collective of agencies
_COLLECTIVE = re.compile(
    r"(?:sở|ban|bộ|ngành|cơ quan|đơn vị|địa phương|xã|phường|huyện|quận|thị xã|thị trấn|tỉnh"
    r"|thành phố|hội|đoàn|tổ chức|doanh nghiệp|trường|bệnh viện|trung tâm|phòng|ủy ban|uỷ ban"
    r"|ubnd|thành viên|cục|chi cục|lực lượng|cấp|ngân hàng|công ty|tổng công ty|tập đoàn|nhà"
    r"|cơ sở|hợp tác xã|báo|đài|chủ đầu tư|chi nhánh|viện|văn phòng|cán bộ|cơ quan|tỉnh ủy"
    r"|huyện ủy|đảng ủy|chi bộ|mặt trận|hiệp hội|liên minh|bộ phận|ủy viên|thủ trưởng"
    r"|đồng chí|chủ tịch|đại biểu|trạm|kho bạc|cảng|khu|ban quản lý|hộ|cá nhân|chủ|người"
    r"|thôn|tổ dân phố|bản|ấp|khối|chi hội|chi đoàn)\b",
    re.I)
# heads strong enough to start a new agency even without a comma ("… Công nghệ Sở Công Thương")
_STRONG = re.compile(r"(?<=[\w)])\s+(?=Sở\s+[A-ZĐ])")
# a head's title alone before the department split off by _STRONG ("Giám đốc Sở Y tế chủ trì …")
_HEAD_TITLE = re.compile(r"(?:Phó\s+)?(?:Giám\s+đốc|Thủ\s+trưởng|Lãnh\s+đạo)", re.I)
# where the name ends and what the agency does begins
_VERBS = re.compile(
    # ("các cơ quan tham mưu, quản lý nhà nước thuộc Bộ": advisory bodies, a name's words)
    r"\s+(?:chủ trì|phối hợp|chủ động|có trách nhiệm|chịu trách nhiệm|"
    # "đơn vị thực hiện dịch vụ vệ sinh môi trường", "nhà thầu thực hiện gói thầu": the body's
    # kind (the one doing that work), not what it is asked to do
    r"thực hiện(?!(?:(?<=đơn vị thực hiện)|(?<=nhà thầu thực hiện)|(?<=doanh nghiệp thực hiện))\s+(?:các\s+)?"
    r"(?:dịch vụ|dự án|gói thầu|công trình|hợp đồng)\b)|(?<!cơ quan\s)(?<!đơn vị\s)tham mưu|tham mưu(?!\s*,)|"
    r"triển khai|tổ chức (?:thực hiện|triển khai|kiểm tra|tuyên truyền|các hoạt động)|chỉ đạo|"
    r"theo dõi|hướng dẫn|căn cứ|trong phạm vi|theo chức năng|tăng cường|nghiên cứu|"
    # "xây dựng" closing the name is its last words ("Vụ Vật liệu xây dựng", "Cục Quản lý
    # hoạt động xây dựng"); with words after it, what the agency does ("xây dựng kế hoạch")
    r"xây dựng(?!\s*(?:$|[,;.)/]|(?:chủ trì|phối hợp)\b))"
    # "Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp", "chủ đầu tư xây dựng
    # công trình": the investors' kind, not what they do
    r"(?!(?<=chủ đầu tư xây dựng)\s+(?:và\s+)?(?:kinh doanh|công trình|hạ tầng|dự án|các dự án)\b)|"
    r"rà soát|tiếp tục|được giao|theo quy định|để tổng hợp|tổng hợp|kịp thời|chậm nhất|"
    r"trước ngày|báo cáo|có liên quan tới|là cơ quan|là đơn vị|là đầu mối|là thường trực|giúp|"
    r"đảm bảo|bảo đảm|thành lập|bố trí|đôn đốc|ưu tiên|tập trung|khẩn trương|quán triệt|"
    r"cập nhật|đề xuất|lồng ghép|đẩy mạnh|phát huy|được|phải|"
    # what is done, never a name's words ("Các thôn hoàn thành việc rà soát …")
    r"hoàn thành|sơ kết|tổng kết|phổ biến|"
    # "mở chuyên mục", "mở lớp": opening something ("Trường Đại học Mở …" keeps its name)
    r"mở (?:chuyên mục|chuyên trang|lớp|rộng|đợt|các|cuộc|hội)|đăng tải|phát sóng)\b.*$")


# bodies offices write by their initials in tables and lists ("BHXH tỉnh", "BCHQS tỉnh", "CA
# xã", "LĐLĐ tỉnh"): each with its full name, for telling them apart from words and for
# matching the two spellings of one body (the name is kept as written)
_BODY_INITIALS = {
    "BHXH": "Bảo hiểm xã hội", "BCHQS": "Bộ Chỉ huy Quân sự", "BCH QS": "Bộ Chỉ huy Quân sự",
    "BCHBĐBP": "Bộ Chỉ huy Bộ đội Biên phòng", "BĐBP": "Bộ đội Biên phòng",
    "UBMTTQVN": "Ủy ban Mặt trận Tổ quốc Việt Nam", "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "MTTQ": "Mặt trận Tổ quốc", "LĐLĐ": "Liên đoàn Lao động", "KBNN": "Kho bạc Nhà nước",
    "NHNN": "Ngân hàng Nhà nước", "NHCSXH": "Ngân hàng Chính sách xã hội",
    "VPUBND": "Văn phòng Ủy ban nhân dân", "VP UBND": "Văn phòng Ủy ban nhân dân",
    "TTYT": "Trung tâm Y tế", "BQL": "Ban Quản lý", "ĐTN": "Đoàn Thanh niên", "CA": "Công an",
}
_INITIALS_RE = re.compile(
    r"^(?:" + "|".join(re.escape(k) for k in sorted(_BODY_INITIALS, key=len, reverse=True)) + r")"
    r"(?=\s+(?:tỉnh|huyện|xã|phường|thành\s+phố|TP|quận|thị\s+xã|thị\s+trấn|các|cấp|Việt\s+Nam|[A-ZĐ])|\s*$)")


def expand(name: str) -> str:
    """'UBND' written out; 'Uỷ' spelt 'Ủy' (the name as a full name prints it)."""
    s = re.sub(r"\bUBND\b", "Ủy ban nhân dân", name)
    s = re.sub(r"\bHĐND\b", "Hội đồng nhân dân", s)
    return s.replace("Uỷ", "Ủy").replace("uỷ", "ủy")


def dedup_key(name: str) -> str:
    """What two spellings of one body have in common."""
    full = planflow.nfc(expand(name))
    if (initials := _INITIALS_RE.match(full)) is not None:
        # "BHXH tỉnh" and "Bảo hiểm xã hội tỉnh": one body
        full = _BODY_INITIALS[initials.group(0)] + full[initials.end():]
    s = _JOINED_ABBR.sub(lambda m: re.sub(r"[\s&-]", "", m.group(0)).replace("Đ", "D"), full)
    s = s.casefold()
    s = _DASHES.sub(" - ", s)
    s = s.replace("&", " và ")
    s = re.sub(r"[.,;:()/]", " ", s)  # "tỉnh/ thành phố", "tỉnh/thành phố", "tỉnh, thành phố"
    s = " ".join(_new_tones(s).split())
    s = re.sub(r"^(các|cơ quan)\s+", "", s.strip())
    for words, abbr in _ABBREVIATIONS_KEYED:
        s = s.replace(words, abbr)
    return " ".join(s.split())


# the old placement of the tone mark on "oa", "oe", "uy" ("hoá", "uỷ") and the new one
# ("hóa", "ủy"): one key for both
_OLD_TONES = {f"{a}{t}": f"{ta}{b}" for a, b, marks in (("o", "a", "áàảãạ"), ("o", "e", "éèẻẽẹ"),
                                                       ("u", "y", "ýỳỷỹỵ"))
              for t, ta in zip(marks, {"o": "óòỏõọ", "u": "úùủũụ"}[a], strict=True)}
# at a word's end only ("hoạch", "quyết" keep theirs)
_OLD_TONE_RE = re.compile("(?:" + "|".join(_OLD_TONES) + r")(?!\w)")


def _new_tones(s: str) -> str:
    return _OLD_TONE_RE.sub(lambda m: _OLD_TONES[m.group(0)], s)


# a field's abbreviation in a name ("TT&TT", "LĐTBXH", "BCH"; "UBND" and "HĐND" are how
# names are written, not abbreviations to spell out)
_ABBR_WORD = re.compile(r"\b(?!UBND\b|HĐND\b)[A-ZĐ]{2,}(?:\s*[&-]\s*[A-ZĐ]{1,6})*\b")


def _abbreviated(name: str) -> bool:
    return _ABBR_WORD.search(name) is not None


def _without_level(key: str) -> str:
    for level in _LEVELS:
        if key.endswith(" " + level):
            return key[: -len(level) - 1]
    return key


def ascii_letters(s: str) -> str:
    """``s`` without Vietnamese marks ("Đồng Tháp" -> "Dong Thap"), for ids."""
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def slug(name: str) -> str:
    """The stable id of a name (``"Phòng Lao động, Thương binh và Xã hội - Y tế"`` ->
    ``"phong-ldtbxh-yt"``)."""
    s = planflow.nfc(name).casefold().replace("uỷ", "ủy")
    s = _DASHES.sub(" - ", s)
    s = re.sub(r"\([^)]*\)", " ", s)
    for words, abbr in _ABBREVIATIONS:
        s = s.replace(words, abbr)
    s = re.sub(r"^các\s+", "", s.strip())
    out = re.sub(r"[^a-z0-9]+", "-", ascii_letters(s)).strip("-")
    return out or "agency"


_FIELD_HEADS = {"sở", "bộ", "cục", "chi", "phòng", "ban"}

#: names inside a body's name that keep their capitals in running text ("Đảng đoàn Quốc
#: hội", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh …", "Ban Thường vụ Tỉnh ủy"), longest first
_PROPER = sorted((
    "Quốc hội", "Chính phủ", "Thủ tướng Chính phủ", "Việt Nam", "Hồ Chí Minh",
    "Mặt trận Tổ quốc", "Ủy ban Mặt trận Tổ quốc", "Ủy ban MTTQ", "Trung ương", "Ban Chấp hành Trung ương", "Bộ Chính trị",
    "Ban Bí thư", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy Khối",
    "Liên đoàn Lao động", "Tổng Liên đoàn Lao động", "Đoàn Thanh niên Cộng sản",
    "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh", "Hội Chữ thập đỏ",
    "Kiểm toán Nhà nước", "Ngân hàng Nhà nước", "Kho bạc Nhà nước", "Bảo hiểm xã hội",
), key=len, reverse=True)
_PROPER_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(x) for x in _PROPER) + r")(?!\w)",
                        re.I)
_PROPER_BY_KEY = {x.lower(): x for x in _PROPER}
#: "khu" before these words names a kind of zone ("khu công nghiệp", "khu kinh tế"), not
#: a place ("khu phố 3")
_ZONE_WORDS = {"công", "kinh", "chế", "du", "đô", "dân", "vực", "bảo", "nông", "di", "thương"}
#: "tỉnh ủy", "thành ủy": the Party committee, not a place named "Ủy"
_PARTY_COMMITTEE = {"ủy", "uỷ"}


def sentence_case(caps: str) -> str:
    """'ỦY BAN NHÂN DÂN TỈNH BẮC NINH' -> 'Ủy ban nhân dân tỉnh Bắc Ninh'."""
    words = expand(caps).split()
    if not words:
        return caps
    # "uỷ" in the old tone placement is the same word as "ủy" ("HUYỆN UỶ")
    low = [w.lower().replace("uỷ", "ủy") for w in words]
    out = [low[0][:1].upper() + low[0][1:]] + low[1:]
    levels = {"tỉnh", "huyện", "quận", "xã", "phường", "thị", "trấn", "phố", "khu"}
    # the place name after the level word keeps capitals ("tỉnh Bắc Ninh")
    for k, w in enumerate(low):
        if w in levels and k + 1 < len(low) and low[k + 1] in _PARTY_COMMITTEE:
            k += 1  # "Tỉnh ủy Lào Cai": the place follows the committee
            w = low[k]
            levels = levels | {w}
        if w in levels and k + 1 < len(low) and low[k + 1] not in levels \
                and low[k + 1] not in _PARTY_COMMITTEE \
                and not (w == "khu" and low[k + 1] in _ZONE_WORDS) \
                and not (w == "xã" and low[k + 1].startswith("hội")):  # "xã hội" is no commune
            for j in range(k + 1, len(out)):
                out[j] = out[j][:1].upper() + out[j][1:]
            break
    if low[0] in _FIELD_HEADS and len(low) > 1 and low[1] not in levels:
        # a department's field: "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch"
        k = 2 if low[0] == "chi" else 1
        for j in range(k, len(out)):
            if j == k or low[j - 1] in ("và", "-", "–") or out[j - 1].endswith(","):
                out[j] = out[j][:1].upper() + out[j][1:]
        text = " ".join(out)
        text = re.sub(r"\bCông thương\b", "Công Thương", text)
        return _proper(_initialisms(text, words).replace("Uỷ", "Ủy"))
    return _proper(_initialisms(" ".join(out), words).replace("Uỷ", "Ủy"))


def _proper(name: str) -> str:
    """``name`` with the names it holds that keep their capitals written so (its first
    letter stays a capital)."""
    out = _PROPER_RE.sub(lambda m: _PROPER_BY_KEY[_new_tones(m.group(0).lower())], name)
    return out[:1].upper() + out[1:]


# a word in capitals with no vowel is an initialism ("MTTQ", "HĐND", a field's "KH&CN",
# "LĐ-TB&XH") and keeps its capitals
_CONSONANTS = r"[^\WAĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ\d_]"
_INITIALISM = re.compile(rf"{_CONSONANTS}+(?:[&-]{_CONSONANTS}+)+|{_CONSONANTS}{{2,}}")


def _initialisms(text: str, caps_words: list[str]) -> str:
    """Initialisms inside a body's name keep their capitals ("Ủy ban MTTQ Việt Nam")."""
    keep = {w.lower(): w for w in caps_words if _INITIALISM.fullmatch(w) and w.isupper()}
    if keep:
        text = " ".join(keep.get(w.lower(), w) if k else w for k, w in enumerate(text.split()))
    return text



# words that, alone in a list, name a kind of body, not one body ("các sở, ban, ngành")
_GENERIC = {"sở", "ban", "ngành", "xã", "phường", "thị trấn", "huyện", "quận", "đoàn thể",
            "địa phương", "cơ quan", "đơn vị", "hội", "đoàn", "tổ chức", "doanh nghiệp"}
_LIST_SEP = re.compile(r"(\s*[,;]\s*|\s+VÀ\s+|\s+và\s+)")


def sentence_case_list(caps: str) -> str:
    """Names in capitals listed with commas or "VÀ", each in sentence case ("VIỆN KIỂM SÁT
    NHÂN DÂN TỈNH, TÒA ÁN NHÂN DÂN TỈNH" -> "Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân
    tỉnh"; "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" -> "Sở Văn hóa, Thể thao và Du lịch")."""
    parts = _LIST_SEP.split(caps)
    out: list[str] = []
    department = False  # "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH": the fields keep capitals
    for k, part in enumerate(parts):
        if k % 2:
            out.append(part.lower())
            continue
        if not part.strip():
            out.append(part)
            continue
        cased = sentence_case(part)
        if k == 0:
            department = cased.split()[0].casefold() in _FIELD_HEADS
        elif not is_agency_start(cased) or part.strip().lower() in _GENERIC:
            low = part.lower()
            cased = low[:1].upper() + low[1:] if department else low  # "ban, ngành", "phường"
        out.append(cased)
    return "".join(out)


# the syllables of agencies' names (ministries', departments' and bodies' fields, kinds and
# levels): a PDF's text layer that splits one of them ("Bộ Y t ế", "Sở T ài chính", "Bộ Qu
# ốc phòng") is joined back when the pieces are no such syllable and together they are one
_NAME_SYLLABLES = frozenset("""
bộ sở ban cục vụ viện phòng chi đài báo trung tâm tổng ủy uỷ hội đồng nhân dân đoàn liên hiệp
mặt trận tổ quốc việt nam chính phủ thủ tướng văn thanh tra kiểm toán sát tòa án công an quân sự
y tế tài chính nội ngoại giao tư pháp xây dựng giáo dục đào tạo lao động thương binh xã hóa hoá
thể thao du lịch thông tin truyền kế hoạch đầu khoa học nghệ nông nghiệp phát triển thôn môi
trường nguyên vận tải quốc phòng ngân hàng nhà nước dân tộc tôn cựu chiến phụ nữ niên cộng sản
tỉnh huyện thành phố quận thị trấn phường đảng bộ chỉ huy biên hải quan thuế kho bạc bảo hiểm
tiếng nói hình thanh doanh hợp tác điện lực cấp nước công thương ngành địa phương cơ quan đơn
""".split())
_SPLIT_PIECE = re.compile(r"\w+")


@functools.lru_cache(maxsize=8)
def _starts_of(lexicon: frozenset[str]) -> frozenset[str]:
    """The proper beginnings of the syllables of ``lexicon`` ("t", "tế" -> "t")."""
    return frozenset(w[:i] for w in lexicon for i in range(1, len(w)))


def join_split_syllables(text: str, lexicon: frozenset[str] = _NAME_SYLLABLES) -> str:
    """``text`` with agency-name syllables a text layer split joined back ("Bộ Y t ế" ->
    "Bộ Y tế", "Sở T ài chính" -> "Sở Tài chính"): two or three neighbouring pieces,
    none of them such a syllable alone, that together are one. Other words stay apart.
    ``lexicon``: the syllables to join back (another list for labels' words)."""
    words = text.split(" ")
    starts = _starts_of(lexicon)
    # a split's first piece begins a syllable of the lexicon ("t" of "tế"): most words
    # begin none, and the text is returned as it is when no word does
    folded = planflow.nfc(text).casefold().split(" ")  # NFC keeps the spaces: word by word
    first = [w in starts for w in folded] if len(folded) == len(words) else \
        [planflow.nfc(w).casefold() in starts for w in words]
    if not any(first):
        return text
    out: list[str] = []
    k = 0
    while k < len(words):
        joined = False
        for n in (3, 2):
            if not first[k]:
                break
            piece = words[k:k + n]
            if len(piece) < n:
                continue
            # (the last piece may carry the punctuation that follows: "chủ tr ì:")
            tail = piece[-1][len(piece[-1].rstrip(".,;:)")):]
            piece = [*piece[:-1], piece[-1][: len(piece[-1]) - len(tail)]]
            if not all(_SPLIT_PIECE.fullmatch(w) for w in piece):
                continue
            if any(planflow.nfc(w).casefold() in lexicon for w in piece):
                continue
            if planflow.nfc("".join(piece)).casefold() in lexicon:
                out.append("".join(piece) + tail)
                k += n
                joined = True
                break
        if not joined:
            out.append(words[k])
            k += 1
    return " ".join(out)


def clean_name(text: str) -> str:
    """A name without list markers, trailing punctuation or '(nếu có)'."""
    s = join_split_syllables(" ".join(text.split()))
    s = re.sub(r"^(?:[-+•]\s*|và\s+|với\s+|Giao\s+|Đề nghị\s+)", "", s, flags=re.I)
    s = re.sub(r"\((?:nếu có|nếu cần|nếu có yêu cầu)\)", "", s, flags=re.I)
    s = s.strip(" .;,:/")
    s = re.sub(r"(?<=\w)\s*/\s*(?=\w)", "/", s)  # "các tỉnh/ thành phố": "các tỉnh/thành phố"
    if s.count("(") > s.count(")"):
        s = s[: s.rfind("(")].strip(" .;,:")
    if _POST.match(s):
        s = s[:1].upper() + s[1:]  # "(Giao) công chức Văn hóa - Xã hội": a post's name
    return s


def is_agency_start(text: str) -> bool:
    """True when the text begins with a word agencies' names begin with."""
    t = re.sub(r"^(?:Giao|Đề nghị)\s+", "", text.strip(), flags=re.I)
    if t != text.strip() and re.match(r"(?:người\s+đứng\s+đầu|thủ\s+trưởng|giám\s+đốc|chủ\s+tịch)\s", t):
        t = t[:1].upper() + t[1:]  # "Giao người đứng đầu các cơ quan …": the heads of bodies
    m = _HEAD_RE.match(t)
    if m and re.match(r"Báo\s+cáo\b", t, re.I):
        return False  # "Báo cáo" (a report), not a newspaper ("Báo Nghệ An")
    if m and re.match(r"Trường\s+hợp\b", t, re.I):
        return False  # "Trường hợp …, các đơn vị …" (in case), not a school ("Trường Đại học")
    if m and re.match(r"Phòng\s*,?\s*(?:chống|thủ|ngừa|tránh|cháy|vệ|hộ|bệnh|dịch)\b", t):
        return False  # "Phòng, chống thiên tai", "Phòng thủ dân sự" (to prevent, defence), not
        # a department ("Phòng Tư pháp")
    if m is None and re.match(r"(?:Trung\s+ương|Tổng)\s+(?:Đoàn|Hội|Mặt\s+trận|Liên\s+đoàn|Liên\s+hiệp)\b", t):
        return True  # "Trung ương Mặt trận Tổ quốc Việt Nam", "Tổng Liên đoàn Lao động …"
    if m is None and _POST.match(t):
        return True  # "Công chức Văn hóa - Xã hội"
    if m is None and _MINISTRY_DEPARTMENT.match(t):
        return True  # "Vụ Tổ chức cán bộ", "Vụ Kế hoạch, Tài chính": a ministry's department
    if m is None and _INITIALS_RE.match(t):
        return True  # "BHXH tỉnh", "BCHQS tỉnh", "CA xã"
    if m and m.group(0) in ("Các", "các"):
        # "Các sở, ban, ngành", "Các đơn vị": a collective of agencies; "Các giải pháp",
        # "Các nhiệm vụ" are not
        return bool(_COLLECTIVE.match(t[m.end():].lstrip()))
    return bool(m)


def _mask_parens(s: str) -> str:
    depth, out = 0, []
    for c in s:
        if c == "(":
            depth += 1
        elif c == ")" and depth:
            depth -= 1
            out.append(c)
            continue
        out.append("\0" if depth and c in ",;" else c)
    return "".join(out)


# one office serving two bodies: "Văn phòng HĐND và UBND xã", "Văn phòng Đoàn ĐBQH và HĐND tỉnh"
_JOINT_OFFICE = re.compile(r"^Văn\s+phòng\s+(?:HĐND|Hội\s+đồng\s+nhân\s+dân|Đoàn\s+ĐBQH"
                           r"|Đoàn\s+[Đđ]ại\s+biểu\s+Quốc\s+hội)(?:\s+và\s+(?:HĐND|Hội\s+đồng\s+nhân\s+dân))?$")


# a body renamed or merged, its former name first: "Sở Kế hoạch và Đầu tư (nay là Sở Tài
# chính)", "Bộ Nông nghiệp và Phát triển nông thôn (nay là Bộ Nông nghiệp và Môi trường)":
# the body now, who does the work
_FORMERLY = re.compile(r"(?<![^\s,;])[^\s,;(][^,;()]*?\s*\(\s*nay\s+là\s+(?P<now>[^()]+?)\s*\)")


# the fields of the departments and ministries ("Sở/Bộ <field>"), longest first: a list
# written once for several of them ("Các Sở: Tài chính, Xây dựng, Nội vụ", "các Bộ: Công
# Thương, Giao thông vận tải") names each; a field's own commas and "và" stay inside it
_DEPT_FIELDS = sorted((
    "Văn hóa, Thể thao và Du lịch", "Lao động - Thương binh và Xã hội",
    "Lao động, Thương binh và Xã hội", "Nông nghiệp và Phát triển nông thôn",
    "Nông nghiệp và Môi trường", "Tài nguyên và Môi trường", "Khoa học và Công nghệ",
    "Giáo dục và Đào tạo", "Thông tin và Truyền thông", "Kế hoạch và Đầu tư",
    "Giao thông vận tải", "Dân tộc và Tôn giáo", "Văn hóa và Thể thao", "Công Thương",
    "Xây dựng", "Tài chính", "Nội vụ", "Tư pháp", "Y tế", "Ngoại vụ", "Ngoại giao",
    "Quốc phòng", "Công an", "Dân tộc", "Du lịch", "Giao thông", "Tài nguyên",
), key=len, reverse=True)
_FIELD_ALT = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in _DEPT_FIELDS)
_KIND_LIST = re.compile(
    rf"^(?:[Cc]ác\s+)?(?P<kind>Sở|Bộ|sở|bộ)\s*:?\s*(?P<fields>(?:{_FIELD_ALT})"
    rf"(?:\s*(?:,|\bvà\b)\s*(?:{_FIELD_ALT}))+)(?=\s*(?:[,.;]|\bvà\b|$))(?P<rest>.*)$")


def _kind_list(part: str) -> tuple[list[str], str] | None:
    """The departments a list written once for several of them names ("Các Sở: Tài chính,
    Xây dựng" → "Sở Tài chính", "Sở Xây dựng"), and what follows it; None when ``part``
    does not open with such a list of known fields."""
    m = _KIND_LIST.match(part.strip().replace("hoá", "hóa"))
    if m is None:
        return None
    kind = m["kind"].capitalize()
    names = [f"{kind} {' '.join(f.split())}" for f in re.findall(_FIELD_ALT, m["fields"])]
    rest = re.sub(r"^\s*(?:,|\bvà\b)\s*", "", m["rest"]).strip(" .")
    return names, rest


def split_agencies(text: str) -> list[str]:
    """The agencies a lead or partner phrase lists, in order.

    Lists are split at ";" and at commas or "và" followed by a word agencies begin
    with; commas inside a name ("Phòng Lao động, Thương binh và Xã hội") stay.
    """
    s = _mask_parens(_FORMERLY.sub(r"\g<now>", " ".join(text.split())))
    out: list[str] = []
    for part in re.split(r";|\n", s):
        part = _VERBS.sub("", part.strip())
        if (listed := _kind_list(part)) is not None:
            out.extend(listed[0])
            part = listed[1]
            if not part:
                continue
        tokens = re.split(r"(,\s*|\s+và\s+)", part)
        cur = tokens[0]
        for k in range(1, len(tokens) - 1, 2):
            delim, piece = tokens[k], tokens[k + 1]
            if cur.strip() and is_agency_start(piece) and not (
                    _JOINT_OFFICE.match(cur.strip()) and delim.strip() == "và"
                    and re.match(r"(?:HĐND|UBND|Hội\s+đồng\s+nhân\s+dân|(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân)\b", piece)):
                out.append(cur)
                cur = piece
            else:
                cur = cur + delim + piece
        if cur:
            out.append(cur)
    names: list[str] = []
    for name in out:
        for sub in _STRONG.split(name):
            if _HEAD_TITLE.fullmatch(sub.strip()):
                continue  # "Giám đốc Sở Y tế": the head of the department it names, the body
            for one in _committees(clean_name(sub.replace("\0", ","))):
                if one and len(one) > 1 and one not in names:
                    names.append(one)
    return names


_PLACE_LEVEL = r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)"
_PLACE_NAME = r"[A-ZĐÀ-Ỹ][\wÀ-ỹđĐ-]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹđĐ-]*)*"
# "UBND thành phố Hà Nội, Thành phố Hồ Chí Minh", "UBND tỉnh Nghệ An và tỉnh Hà Tĩnh": the
# committees of each place named (never "UBND các tỉnh, thành phố": no place's name)
_COMMITTEES = re.compile(
    rf"^(?P<body>UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?P<first>{_PLACE_LEVEL}\s+{_PLACE_NAME})"
    rf"(?P<more>(?:\s*(?:,|\bvà\b)\s*{_PLACE_LEVEL}\s+{_PLACE_NAME})+)$", re.I)


def _committees(name: str) -> list[str]:
    """One name, or the committees of each place a shared "UBND" names ("UBND thành phố
    Hà Nội, Thành phố Hồ Chí Minh": "UBND thành phố Hà Nội", "UBND Thành phố Hồ Chí
    Minh")."""
    m = _COMMITTEES.match(name)
    if m is None or not re.match(r"[A-ZĐÀ-Ỹ]", name.split()[-1]):
        return [name]
    more = [p.strip() for p in re.split(r"\s*(?:,|\bvà\b)\s*", m["more"]) if p.strip()]
    return [f"{m['body']} {m['first']}", *(f"{m['body']} {p}" for p in more)]


_LEVELS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu")


@attrs.define
class AgencyBook:
    """The plan's agencies as they are found: one entry per body, ids unique and stable."""

    agencies: list[planflow.Agency] = attrs.field(factory=list)
    _by_key: dict[str, str] = attrs.field(factory=dict)
    _issuer: str | None = None
    _issuer_level: str | None = None

    def add_issuer(self, name: str, short_name: str | None = None) -> str:
        """The issuing body; "UBND tỉnh" and its kind in the text then name it too."""
        full = expand(name)
        aid = self.add(full, short_name=short_name, id_from=short_name or full)
        self._issuer = aid
        low = full.casefold()
        for level in _LEVELS:
            if low.startswith(f"ủy ban nhân dân {level}"):
                self._issuer_level = level
                for alias in (f"UBND {level}", f"Ủy ban nhân dân {level}"):
                    self._by_key.setdefault(dedup_key(alias), aid)
                break
        return aid

    def add(self, name: str, short_name: str | None = None, id_from: str | None = None) -> str:
        """The id of the agency ``name``, adding it when it is new."""
        name = join_split_syllables(" ".join(name.split()))
        key = dedup_key(name)
        found = self.find(name)
        if found is not None:
            self._spell_out(found, name)
            self._short_form(found, name)
            return found
        base = slug(id_from or name)
        aid, n = base, 2
        ids = {a.id for a in self.agencies}
        while aid in ids:
            aid, n = f"{base}-{n}", n + 1
        self.agencies.append(planflow.Agency(aid, clean_name(name) or name,
                                             short_name=short_name, parent=self._parent_of(name)))
        self._by_key[key] = aid
        if short_name:
            self._by_key.setdefault(dedup_key(short_name), aid)
        return aid

    def _spell_out(self, aid: str, name: str) -> None:
        """Agency ``aid`` first met abbreviated ("Sở TT&TT", "BCH Quân sự tỉnh") and now
        written out: the full name becomes its name, the abbreviation its short name (its
        id stays)."""
        full = clean_name(name) or name
        for k, a in enumerate(self.agencies):
            if a.id == aid and _abbreviated(a.name) and not _abbreviated(full):
                self.agencies[k] = attrs.evolve(a, name=full, short_name=a.short_name or a.name)
                return

    def _short_form(self, aid: str, name: str) -> None:
        """Agency ``aid`` first met written out ("Đảng ủy Ủy ban nhân dân tỉnh") and now
        named with "UBND"/"HĐND" ("Đảng ủy UBND tỉnh"): that spelling becomes its short
        name when it has none."""
        short = clean_name(name) or name
        if not re.search(r"\b(?:UBND|HĐND)\b", short):
            return
        for k, a in enumerate(self.agencies):
            if a.id == aid and a.short_name is None and not re.search(r"\b(?:UBND|HĐND)\b", a.name):
                self.agencies[k] = attrs.evolve(a, short_name=short)
                self._by_key.setdefault(dedup_key(short), aid)
                return

    def find(self, name: str) -> str | None:
        """The id of a known agency named ``name``, else None."""
        key = dedup_key(name)
        if key in self._by_key:
            return self._by_key[key]
        # "Sở LĐTB&XH tỉnh" is the "Sở Lao động - Thương binh và Xã hội" the text named
        bare = _without_level(key)
        if bare != key and not bare.startswith(("ubnd", "ủy ban")):
            for k, aid in self._by_key.items():
                if k == bare:
                    return aid
        return None

    def _parent_of(self, name: str) -> str | None:
        """The issuing committee, for its own offices: a district committee's "Phòng …",
        a province's "Sở …", and bodies named by the issuer's level ("Công an huyện")."""
        if self._issuer is None or self._issuer_level is None:
            return None
        low = re.sub(r"^các\s+", "", name.casefold().strip())
        level = self._issuer_level
        if level in ("huyện", "quận", "thị xã") and low.startswith("phòng"):
            return self._issuer
        if level in ("tỉnh", "thành phố") and low.startswith("sở"):
            return self._issuer
        if low.endswith(f" {level}") and not low.startswith(("ủy ban nhân dân", "ubnd")):
            return self._issuer
        return None
