"""The verdict on one link: official domains are never flagged, look-alikes are named with why."""

from __future__ import annotations

import pytest

from bot.links.domains import check_url
from bot.links.register import register
from bot.links.texts import link_reason


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
                assert check is not None and check.verdict == "official", url
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
