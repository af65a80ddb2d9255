"""Chinese transcriptions of Russian names read into the sound classes of `screening.abjad`.

Chinese writes a Russian name with a fixed character per syllable (the Xinhua table, 俄汉译音表:
`Chekunov` 切库诺夫 che-ku-no-v), which pinyin reads as Chinese words (`qiekunuofu`), no spelling a Latin
comparison finds. `read_word` reads a run of such characters as a *reading* in the classes of
`screening.abjad` and `screening.kana` (J for 拉 罗 列 尔..., which stand for l and r alike; O and Y, the
vowel a character for a bare consonant adds: 夫 v, 斯 s, 德 d, 尔 r). A run with a character the table does
not hold is no transcription (卡巴斯基实验室: 实验室 is a word), and is not read.

The table holds only characters whose value in the Xinhua table for Russian is certain, one reading each;
a character that stands for two sounds (季 ti and di) is read as either (Q, a class of `screening.abjad`). A
few characters that names older than the table write for another sound (吉洪诺夫 Tikhonov) give a second
reading (`read_conventional`).
"""

from __future__ import annotations

import re

from screening.abjad import one_sound

__all__ = ["TRANSCRIBED_NAME", "han_words", "has_conventional", "has_han", "read_conventional", "read_word"]

_MAX_LETTERS = 12  # a longer run is no name: bounded work on junk
_HAN = re.compile("[\u4e00-\u9fff]+")  # (the table holds only CJK Unified Ideographs)

# character -> reading, by consonant (Xinhua table for Russian; one value each)
_TABLE = {
    # vowels and й
    "阿": "A", "安": "AN", "伊": "I", "耶": "I", "叶": "I", "埃": "I", "亚": "IA", "娅": "IA", "尤": "IU", "约": "IU",
    "奥": "U", "乌": "U",
    # б п в ф (B)
    "巴": "BA", "博": "BU", "布": "BO", "别": "BI", "贝": "BI", "比": "BI", "帕": "BA", "波": "BU", "普": "BO",
    "佩": "BI", "皮": "BI", "瓦": "BA", "娃": "BA", "沃": "BU", "维": "BI", "万": "BAN", "夫": "BO", "法": "BA",
    "福": "BU", "菲": "BI", "费": "BI", "弗": "BY",
    "彼": "BI",  # (not the table's пе, 佩, but how every text writes Пётр and Петрович: 彼得, 彼得罗维奇)
    # г к х (G, K)
    "格": "GY", "戈": "GU", "加": "GA", "盖": "GI", "古": "GU", "吉": "GI", "卡": "KA", "科": "KU", "库": "KU", "基": "KI",
    "克": "KY", "金": "KIN", "坎": "KAN", "哈": "KA", "霍": "KU", "胡": "KU", "赫": "KY", "罕": "KAN", "汉": "KAN",
    "根": "GIN", "洪": "KUN",
    # д т (D, T)
    "德": "DY", "达": "DA", "多": "DU", "杜": "DU", "丹": "DAN", "杰": "DI", "特": "TY", "塔": "TA", "托": "TU",
    "得": "TY",  # (т of 彼得, as 彼)
    "图": "TU", "捷": "TI", "季": "QI", "坦": "TAN", "东": "TUN",  # (季: ti and di, Q)
    # л р (J)
    "拉": "JA", "洛": "JU", "罗": "JU", "卢": "JU", "鲁": "JU", "列": "JI", "里": "JI", "利": "JI", "丽": "JI",
    "莉": "JI", "烈": "JI", "尔": "J", "兰": "JAN", "林": "JIN", "琳": "JIN", "雷": "JI", "历": "JI",
    # м н (M, N)
    "马": "MA", "玛": "MA", "莫": "MU", "穆": "MU", "米": "MI", "梅": "MI", "姆": "M", "曼": "MAN",
    "纳": "NA", "娜": "NA", "诺": "NU", "努": "NU", "尼": "NI", "涅": "NI", "内": "NI", "恩": "N", "宁": "NIN",
    # с з ж ц ч ш щ (S)
    "萨": "SA", "索": "SU", "苏": "SU", "斯": "SY", "谢": "SI", "西": "SI", "桑": "SAN", "山": "SAN", "辛": "SIN",
    "扎": "SA", "佐": "SU", "祖": "SU", "泽": "SI", "济": "SI", "兹": "SY", "津": "SIN", "察": "SA", "茨": "SY",
    "采": "SI", "齐": "SI", "恰": "SA", "乔": "SU", "丘": "SU", "切": "SI", "奇": "SY", "沙": "SA", "肖": "SU",
    "绍": "SU", "舒": "SU", "舍": "SI", "什": "SY", "热": "SI",
    "契": "SI",  # (not the table's че, 切, but how texts write Chekhov, 契诃夫)
}

# Characters that common usage writes for another sound than the table's, in names older than the table or
# written by ear: 吉 ti (吉洪诺夫 Tikhonov), 基 di after 拉 (弗拉基米尔 Vladimir; 斯基 is -sky, as the table reads
# it), 丹 de (丹尼斯 Denis). A name holding one is read a second time with these values (`read_conventional`).
_CONVENTIONAL = {"吉": "TI", "拉基": "JADI", "丹": "DI"}
_CONVENTIONAL_TEXT = re.compile("|".join(_CONVENTIONAL))


# A foreign name as Chinese writes it inside a sentence: runs of the table's characters parted by a middle dot
# (`首席法务官伊戈尔·切库诺夫也在制裁名单上`: `伊戈尔·切库诺夫`, Igor Chekunov), the words of the sentence around it being
# none of them. (Japanese writes such a name in katakana, apart from the kanji and kana of its sentence already.)
_TABLE_CHARS = "".join(_TABLE)
_TABLE_READING = str.maketrans(_TABLE)
TRANSCRIBED_NAME = re.compile(f"[{_TABLE_CHARS}]+(?:[·・･][{_TABLE_CHARS}]+)+")


def has_han(text: str) -> bool:
    """True when `text` holds a Han character."""
    return _HAN.search(text) is not None


def han_words(text: str) -> list[str]:
    """The runs of Han characters of `text`."""
    return _HAN.findall(text)


def has_conventional(text: str) -> bool:
    """True when `text` holds a character common usage writes for another sound than the table's."""
    return _CONVENTIONAL_TEXT.search(text) is not None


def read_word(word: str) -> str:
    """A run of Han characters as a reading (module docstring); "" when a character is not in the table."""
    if not word or len(word) > _MAX_LETTERS or any(c not in _TABLE for c in word):
        return ""
    return one_sound("".join(_TABLE[c] for c in word))


def read_conventional(word: str) -> str:
    """A run of Han characters read with common usage's values (`_CONVENTIONAL`: `吉洪诺夫` as Tikhonov), as
    `read_word` reads it otherwise; "" when it holds none of them or a character not in the table."""
    if not has_conventional(word) or not read_word(word):
        return ""
    return one_sound(_CONVENTIONAL_TEXT.sub(lambda m: _CONVENTIONAL[m.group()], word).translate(_TABLE_READING))
