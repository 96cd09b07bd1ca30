"""Acceptance, in a real Chromium: an author makes an API token and changes their password on
"Tài khoản của tôi"; an admin lifts another admin's sign-in pause and disables the author on
"Quản lý tài khoản", whose open page is signed out at once; the audit log shows it all."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from playwright.sync_api import Page, expect

from api.app import create_app
from api.settings import Settings
from api.workspace.accounts import AccountStore
from tests.api.widget.conftest import SCREENSHOTS
from tests.api.workspace.conftest import PASSWORD
from tests.api.workspace.test_workspace_browser import CSP_WATCH, sign_in
from tests.conftest import StaticNlu, serve

NEW = "a brand new password"


@dataclass
class Workspace:
    url: str
    accounts: AccountStore


@pytest.fixture
def live(settings: Settings, embedder) -> Iterator[Workspace]:
    app = create_app(settings, nlu=StaticNlu(), embedder=embedder)
    with serve(app) as served:
        accounts = app.state.services.accounts
        accounts.create("quan.tri", PASSWORD, "admin", "Chị Mai (quản trị)")
        accounts.create("quan.tri.hai", PASSWORD, "admin", "Anh Tuấn (quản trị)")
        accounts.create("tac.gia", PASSWORD, "author", "Cô Lan (tác giả)")
        yield Workspace(served.url, accounts)


def status(page: Page) -> int:
    return page.evaluate("fetch('/api/v1/trainers/me').then((r) => r.status)")


def test_an_author_makes_a_token_and_changes_their_password(live: Workspace, open_page) -> None:
    author = open_page("", init_script=CSP_WATCH).page
    sign_in(author, live.url, "tac.gia")
    author.get_by_role("button", name="Tài khoản của tôi").click()
    author.get_by_label("Mã dùng để làm gì").fill("xuất bài học hằng tuần")
    author.get_by_label("Mật khẩu của bạn (nhập lại)").fill(PASSWORD)
    author.get_by_role("button", name="Tạo mã API").click()
    expect(author.locator("#token-status")).to_contain_text("chỉ hiện một lần")
    token = author.locator("#token-value-text").text_content()
    assert token and live.accounts.trainer_for(token).username == "tac.gia"
    expect(author.locator("#my-tokens")).to_contain_text("xuất bài học hằng tuần")

    author.get_by_label("Mật khẩu hiện tại").fill(PASSWORD)
    author.get_by_label("Mật khẩu mới (ít nhất 12 ký tự)").fill(NEW)
    author.get_by_label("Nhập lại mật khẩu mới").fill(NEW)
    author.get_by_role("button", name="Đổi mật khẩu").click()
    expect(author.locator("#password-status")).to_contain_text("Đã đổi mật khẩu")
    assert live.accounts.sign_in("tac.gia", NEW, "10.0.0.1")

    author.get_by_role("button", name="Thu hồi mã xuất bài học hằng tuần").click()
    expect(author.locator("#my-tokens")).to_contain_text("Chưa có mã nào")
    assert live.accounts.trainer_for(token) is None
    assert author.evaluate("window.cspViolations") == []


def test_an_admin_unlocks_another_admin_and_disables_an_author(live: Workspace, open_page) -> None:
    author = open_page("").page
    sign_in(author, live.url, "tac.gia")
    for _ in range(5):
        live.accounts.sign_in("quan.tri.hai", "wrong guess", "10.0.0.66")

    admin = open_page("", init_script=CSP_WATCH).page
    sign_in(admin, live.url, "quan.tri")
    admin.get_by_role("button", name="Quản lý tài khoản").click()
    expect(admin.locator("#account-list")).to_contain_text("tạm dừng đăng nhập")
    admin.get_by_role("button", name="Gỡ tạm dừng đăng nhập quan.tri.hai").click()
    expect(admin.locator("#accounts-status")).to_contain_text("quan.tri.hai đăng nhập lại được")
    assert live.accounts.sign_in("quan.tri.hai", PASSWORD, "10.0.0.66")

    assert status(author) == 200
    admin.get_by_role("button", name="Khoá tài khoản tac.gia").click()
    expect(admin.locator("#accounts-status")).to_contain_text("Đã khoá tac.gia")
    assert status(author) == 401
    expect(admin.get_by_role("button", name="Mở lại tài khoản tac.gia")).to_be_visible()
    expect(admin.locator("#audit-rows")).to_contain_text("Khoá tài khoản")
    expect(admin.locator("#audit-rows")).to_contain_text("Gỡ tạm dừng đăng nhập")
    admin.screenshot(path=SCREENSHOTS / "trainer-accounts.png", full_page=True)
    assert admin.evaluate("window.cspViolations") == []
