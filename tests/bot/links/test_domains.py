"""The verdict on one link: official domains are never flagged, look-alikes are named with why."""

from __future__ import annotations

import pytest

from bot.links.domains import check_link, check_url
from bot.links.register import register
from bot.links.texts import link_reason
from bot.links.urls import find_links, registered_domain


@pytest.mark.parametrize(
    ("url", "verdict", "imitated"),
    [
        ("https://vneid-capnhat.com.vn/xac-thuc", "lookalike", "vneid"),
        ("bidv-sinhtrachoc.com", "lookalike", "bidv"),
        ("https://dichvucong.gov.vn.com/nop-phat", "lookalike", "dichvucong"),
        ("vietcombank.com.vn.secure-login.xyz", "lookalike", "vietcombank"),
        ("http://xn--vnid-w4d.com", "lookalike", "vneid"),  # "vnеid" with a Cyrillic е
        ("v1etinbank.com", "lookalike", "vietinbank"),
        ("https://tichphan.vip/DDoiiemVietcombankqq", "lookalike", "vietcombank"),
        ("https://dif.link/www.ccid1.ccib.go.th", "lookalike", None),
        ("https://tai-vneid.xyz/vneid.apk", "apk", "vneid"),
        ("https://bit.ly/3xYzAbc", "shortener", None),
        ("https://vnexpress.net/vietcombank-canh-bao-lua-dao.html", "unknown", None),
        ("https://congan.hanoi.gov.vn", "unknown", None),
        ("https://krungthai.com.secure-th.online/", "lookalike", "krungthai"),
        ("https://vpbank.com.vn-hotro.top/", "lookalike", "vpbank"),
        ("https://vietcombank.com.vn@login-vcb.top/", "lookalike", "vietcombank"),
        ("https://bot-or-th.site/", "lookalike", "bot"),
        ("https://line-me.com/login", "lookalike", "line"),
        ("https://bidvv.com.vn/", "lookalike", "bidv"),
        ("https://rnomo.vn/", "lookalike", "momo"),  # "rn" drawn as "m"
        ("https://xn--mm-fmcb.vn/nhan-qua", "lookalike", "momo"),  # Cyrillic о twice
        ("https://kbank-verify.firebaseapp.com/", "lookalike", "kasikornbank"),  # a free host's subdomain
        ("https://ไปรษณีย์ไทย-ติดตาม.com/", "lookalike", "thailandpost"),  # the name in Thai script
        ("https://pea-billing.co/", "lookalike", "pea"),
        ("https://shbbank-hotro.netlify.app/", "lookalike", None),  # a bank's word on a free host
        ("https://itunes.apple.com.ios-download.site/", "lookalike", None),  # dressed as another address
        ("https://apps.apple.com.ios-download.site/", "lookalike", "appstore"),  # the App Store's, registered
        ("https://paypаl.com/", "lookalike", None),  # Latin and Cyrillic letters in one name
        ("https://vietcombank.com.vn/download/VCB_Digibank.apk", "apk", "vietcombank"),
        ("https://github.com/someone/tool/releases/download/v1/app-release.apk", "apk", None),
        ("https://evnhcmc-hoadon.top/", "lookalike", "evn"),  # a short name glued to a place, with a cue
        ("https://saigonvcb-uudai.xyz/", "lookalike", "vietcombank"),
        ("https://rd-claim.online/th", "lookalike", "revenue"),  # rd.go.th's own label with a cue
        ("https://thaigov-bonus.site/", "lookalike", "thaigov"),
        ("https://apps.apple.com-ios.store/", "lookalike", "appstore"),
        ("https://shbbank-xacthuc.top/", "lookalike", None),  # a bank's word on a cheap ending
        ("https://ocbpay-hotro.sbs/", "lookalike", None),  # a wallet's word on a cheap ending
        ("https://www.thaigov.go.th/news/contents/details/1", "official", "thaigov"),
        ("https://apps.apple.com/vn/app/some-bank/id123456789", "app_store", "appstore"),  # the store's page
        ("https://vssid-hotro.com/", "lookalike", "bhxh"),  # BHXH's app
        ("https://khonggianmang-canhbao.net/", "lookalike", "ncsc"),
        ("https://ncsc-baomat.com/", "lookalike", "ncsc"),  # initials with a scammer's word
        ("https://rtp-warrant.com/check", "lookalike", "royalthaipolice"),
        ("https://kplus-update.net/", "lookalike", "kasikornbank"),  # KBank's app
        ("https://ktb-bonus.com/", "lookalike", "krungthai"),
        ("https://paotang-claim.com/", "lookalike", "krungthai"),
        ("https://thongbaorac-phananh.com/", "lookalike", "spam-reporting"),
        ("https://thaipost-track.com/", "lookalike", "thailandpost"),  # "Thailand" shortened, with a cue
        ("https://play.go0gle.com/store", "lookalike", "googleplay"),  # the whole host respelt
        ("https://play.google-apps.net/", "lookalike", "googleplay"),  # "google play" over two labels
        ("https://sites.google.com/view/bidv-xacthuc/home", "lookalike", "bidv"),  # a free page's name
        ("https://sites.google.com/site/vietcombank-hotro", "lookalike", "vietcombank"),
        ("https://qrco.de/bcX1yZ", "shortener", None),
        ("https://bom.to/Zx9Yw", "shortener", None),
        ("https://www.evnhanoi.vn/", "official", "evn"),
        ("https://canhbao.khonggianmang.vn/", "official", "ncsc"),
        ("https://www.1213.or.th/", "official", "bot"),
        ("https://online.mbbank.com.vn/", "official", "mbbank"),
        ("https://vivnpay.vn/", "official", "vnpay"),
        ("https://mbbank-xacnhan.web.app/", "lookalike", "mbbank"),  # MB's name, now registered
        ("https://mbbankk.com.vn/", "lookalike", "mbbank"),
        ("https://momo-hoantra2025.com/", "lookalike", "momo"),  # a scammer's word with a number glued on
        ("https://vpb-xacnhan.vn.com/", "lookalike", "vpbank"),  # bought as vn.com, read as a .vn address
        ("https://hotro-tcb.com.net/", "lookalike", "techcombank"),
        ("https://acb.vn-kichhoat.com/", "lookalike", "acb"),  # the scammer's word in the bought part
        ("https://sbvgov-vn.online/", "lookalike", "sbv"),  # sbv.gov.vn with a dot left out
        ("https://meaor-th.click/", "lookalike", "mea"),
        ("https://scb-ยืนยันตัวตน.com/", "lookalike", "scb"),  # Thai words after a Latin name
        ("pea-ค่าไฟ-คืนเงิน.com", "lookalike", "pea"),  # the same, typed without a scheme
        ("https://dvc-nopphat.click/", "lookalike", "dichvucong"),  # "DVC" for dịch vụ công
        ("https://hotro-evnnpc.top/", "lookalike", "evn"),  # EVN's northern power corporation
        ("https://bot-thailand.verify-account.site/", "lookalike", "bot"),  # "bot" next to its country
        ("https://dub.sh/Qx7Lp", "shortener", None),
        ("https://surl.li/abcdef", "shortener", None),
        ("gg.gg/1x2y3", "shortener", None),
        ("https://x.gd/Ab3dE", "shortener", None),
        ("j.mp/4kQ9z", "shortener", None),
    ],
)
def test_each_kind_of_link_gets_its_verdict(url: str, verdict: str, imitated: str | None) -> None:
    check = check_url(url)
    assert check is not None
    assert check.verdict == verdict
    assert (check.organisation.id if check.organisation else None) == imitated


def test_no_official_domain_or_subdomain_is_ever_flagged() -> None:
    for org in register().organisations:
        for domain in org.domains:
            for url in (
                domain.domain,
                f"https://www.{domain.domain}/x",
                f"HTTPS://APP.{domain.domain.upper()}",
            ):
                check = check_url(url)
                assert check is not None and not check.flagged, url
                assert check.verdict == ("app_store" if org.app_store else "official"), url
                assert check.organisation is org


def test_a_government_address_is_never_called_a_look_alike() -> None:
    """Only government bodies can register under .gov.vn and .go.th."""
    for url in ("dichvucong.hanoi.gov.vn", "https://vneid.congan.gov.vn", "https://ccib.go.th/report"):
        assert not check_url(url).flagged, url


def test_the_reason_says_plainly_what_the_link_only_pretends_to_be() -> None:
    check = check_url("https://vneid-capnhat.com.vn/xac-thuc")
    expected = "This is not vneid.gov.vn: vneid-capnhat.com.vn only contains the word “vneid”."
    assert link_reason(check, "en") == expected
    assert "Đây không phải vneid.gov.vn" in link_reason(check, "vi")
    assert "นี่ไม่ใช่ vneid.gov.vn" in link_reason(check, "th")


def test_an_official_address_is_named_without_calling_the_message_safe() -> None:
    reason = link_reason(check_url("https://www.vietcombank.com.vn"), "en")
    assert "real address of Vietcombank" in reason and "scam can copy a real address" in reason


@pytest.mark.parametrize(
    "url",
    [
        "https://www.peacecorps.gov/",
        "https://lineageos.org/",
        "https://momofuku.com/",
        "https://momo-house.com/menu",
        "https://www.zalora.co.th/",
        "https://sites.google.com/view/lop-10a-thcs",  # a free page whose name borrows nothing
        "https://gsb.stanford.edu/",
        "https://scb.com.vn/",  # Vietnam's Saigon Commercial Bank, not Thailand's SCB
        "https://baochinhphu.vn/",
        "https://viettelpost.com.vn/",
        "https://time-line.com/",
        "https://foodbank.github.io/",
        "https://www.youtube.com/@viettel",
        "https://evnhcmc.vn/",  # a branch's own site: a place glued to a name, but no cue
        "https://www.rd.com/",  # "rd" alone on an ordinary ending
        "https://www.apple.com/vn/",  # Apple's site, not its store: not registered, not flagged
        "https://westernbank.com/",
        "https://paybank.com.vn/",  # a money word without a scammer's word
        "https://www.thaipost.net/",  # a newspaper's name, "Thai Post", with no scammer's word
        "https://www.ncsc.gov.uk/",  # the UK's cyber security centre: initials alone
        "https://www.rtp.pt/",  # Portugal's broadcaster
        "https://kplus.vn/",  # Vietnam's pay-TV K+
        "https://store.google.com/",  # Google's shop, not Google Play
        "https://telegram-bot.online/",  # "bot" is an everyday word: alone on a cheap ending
        "https://mybot.app/",
        "https://trading-bot-alert.xyz/",  # with a scammer's word, but not Thailand's
        "https://bot-th.com/",  # next to its country, but no scammer's word and an ordinary ending
        "https://dvc.org/",  # another firm's initials, alone
        "https://www.evnspc.vn/",  # a power corporation's own site: no cue
        "https://line-art.com/",
        "https://deposit-photos.com/",  # a scammer's word, but no registered name
        "https://vnpay.vn/",  # VNPAY's main site is not registered yet: unknown, never flagged
    ],
)
def test_an_unrelated_site_with_a_brand_like_word_is_not_flagged(url: str) -> None:
    check = check_url(url)
    assert check is not None and check.verdict == "unknown", (url, check.how)


def _official_domains() -> list[str]:
    return [domain.domain for org in register().organisations for domain in org.domains]


@pytest.mark.parametrize("domain", _official_domains())
def test_an_official_domain_followed_by_more_of_a_host_is_never_official(domain: str) -> None:
    """Only the registered domain (by the public suffix list) and its subdomains are official:
    `D.<anything>.<tld>` and `D-<word>.<tld>` are look-alikes, typed, in capitals, or cut by a line
    break right after the real domain."""
    tails = [f".{middle}.{end}" for middle in ("secure-login", "xacminh.the", "th") for end in ("top", "com")]
    tails += [f"-{word}.{end}" for word in ("hotro", "login") for end in ("online", "com", "vn")]
    for tail in tails:
        host = domain + tail
        checks = [check_url(f"https://{host}/"), check_url(host.upper())]
        checks += [check_link(find_links(f"Xác minh tại https://{domain}{tail[0]}\n{tail[1:]}/x ngay")[0])]
        for check in checks:
            assert check.verdict == "lookalike", (host, check.link.written, check.verdict)


def test_an_app_file_is_an_app_download_even_on_an_official_domain_but_not_in_the_store() -> None:
    assert check_url("https://www.kasikornbank.com/app/kplus.apk").verdict == "apk"
    assert check_url("https://bora.dopa.go.th/files/ThaID.xapk").verdict == "apk"
    store = check_url("https://play.google.com/store/apps/details?id=com.VCB")
    assert store.verdict == "app_store" and store.organisation.app_store and not store.flagged
    apple = check_url("https://apps.apple.com/th/app/some-bank/id123456789")
    assert apple.verdict == "app_store" and apple.organisation.app_store and not apple.flagged


def test_an_app_store_page_is_the_store_s_and_says_to_check_who_made_the_app() -> None:
    """A page in an app store is never called the app maker's site: anyone can publish an app there."""
    check = check_url("https://apps.apple.com/vn/app/some-game/id987654321")
    reason = link_reason(check, "en")
    assert reason.startswith("apple.com is App Store (Apple), a real app store.")
    assert "anyone can put an app there" in reason and "real address of" not in reason
    assert "nhà phát triển" in link_reason(check, "vi")
    assert "ผู้พัฒนา" in link_reason(check, "th")


def test_every_official_domain_is_a_registered_domain_or_one_of_its_subdomains() -> None:
    for domain in _official_domains():
        assert registered_domain(domain) and domain.endswith(registered_domain(domain)), domain
    assert register().official_domain("google.com") is None  # only play.google.com is registered


def test_new_reasons_read_plainly() -> None:
    assert "free page anyone can make" in link_reason(check_url("https://shbbank-hotro.netlify.app/"), "en")
    assert "two alphabets" in link_reason(check_url("https://paypаl.com/"), "en")
    money = check_url("https://shbbank-xacthuc.top/")
    assert money.how == ["money_name"]
    assert link_reason(money, "en").startswith("shbbank-xacthuc.top is dressed up as a bank or a wallet")
    assert link_reason(money, "vi").startswith("shbbank-xacthuc.top đội lốt ngân hàng")
    assert "ธนาคาร" in link_reason(money, "th")
    reason = link_reason(check_url("https://krungthai.com.secure-th.online/"), "en")
    assert reason.startswith(
        "This is not krungthai.com: “krungthai.com” is only put in front of another site"
    )
