"""Tell Vietnamese, Thai and English apart, including Vietnamese typed without diacritics.

Script decides Thai. Vietnamese letters (ă, ơ, đ, tone marks…) decide Vietnamese. For plain
ASCII text, common Vietnamese syllables are counted against common English words: "quen mat
khau vneid thi lam sao" has many Vietnamese syllables and no English ones.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

Lang = Literal["vi", "th", "en"]

THAI = re.compile(r"[\u0e00-\u0e7f]")
VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ]")
WORD = re.compile(r"[a-z]+")

VI_SYLLABLES = frozenset(
    """
    toi minh ban em anh chi co chu bac ong ba con chau ai gi sao nao dau nay kia do the vay nhe nha
    a la lam duoc khong ko hok hong chua roi da dang se muon can phai bi thi ma va voi cua cho tu
    den vao ra len xuong lai nua mot hai ba bon nam sau bay tam chin muoi trieu nghin ngan dong tien
    chuyen khoan ngan hang the tai mat khau ma so dien thoai ung dung dang ky nhap xac thuc kich
    hoat dinh danh cap muc giay to can cuoc cong an lua dao tin nhan cuoc goi link tra huong dan
    cach buoc tiep quay nhac hieu biet hoi giup chi day hoc bao nhieu qua tre gia quen doi moi cu
    mua ban nguoi nhung cac nhieu it het luon ngay gio thang sang toi chieu duoi tren trong ngoai
    truoc sau khi neu vi nen tai sao dum giup voi xin chao cam on tam biet
    """.split()
)
EN_WORDS = frozenset(
    """
    the a an is are was were be been i you he she we they it my your our their me him her us them
    what how why when where who which do does did can could should would will shall may might have
    has had to of in on at for from with by about into over after before not no yes please thanks
    thank hello hi hey bye good morning help want need know this that these those there here and or
    but if so just app phone password bank money transfer scam message call code account forgot
    forget reset change new lost steal stolen send sent get got make use using
    """.split()
)


def detect_language(text: str, default: Lang = "vi") -> Lang:
    if THAI.search(text):
        return "th"
    if VIETNAMESE_LETTERS.search(text) or _has_vietnamese_tone_marks(text):
        return "vi"
    words = WORD.findall(text.lower())
    if not words:
        return default
    vi = sum(w in VI_SYLLABLES for w in words)
    en = sum(w in EN_WORDS for w in words)
    if vi == en:
        return default
    return "vi" if vi > en else "en"


def _has_vietnamese_tone_marks(text: str) -> bool:
    """Tone marks (grave, acute, hook, tilde, dot below) on Latin vowels, as Vietnamese writes them."""
    marks = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}
    return any(c in marks for c in unicodedata.normalize("NFD", text))
