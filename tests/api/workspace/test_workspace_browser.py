"""Acceptance, in a real Chromium: an author signs in and writes a Vietnamese entry, a reviewer
publishes it, and the widget answers a matching question from it within seconds."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from api.app import create_app
from quizzes.tables import QuizSession
from tests.api.widget.chat_window import ChatWindow
from tests.api.widget.conftest import SCREENSHOTS, app_settings
from tests.api.workspace.conftest import PASSWORD
from tests.conftest import LiveApp, serve

pytestmark = pytest.mark.rasa

NEW_EXPLANATION = "Lời giải thích mới do tập huấn viên viết trên trang: cúp máy và hỏi người nhà."
ANSWER = "Mở Zalo, bấm vào mục Cá nhân, bấm vào ảnh đại diện của bạn rồi chọn ảnh mới từ thư viện ảnh."


@pytest.fixture(scope="module")
def workspace_app(
    tmp_path_factory, embedding_model_path: str, vector_cache_dir: Path, embedder, rasa_server
) -> Iterator[LiveApp]:
    settings = app_settings(
        tmp_path_factory.mktemp("workspace"), embedding_model_path, vector_cache_dir
    ).model_copy(update={"nlu_url": rasa_server.config.url, "nlu_token": rasa_server.config.token})
    app = create_app(settings, embedder=embedder)
    with serve(app) as live:
        accounts = app.state.services.accounts
        accounts.create("tac.gia", PASSWORD, "author", "Cô Lan (tác giả)")
        accounts.create("duyet.vien", PASSWORD, "reviewer", "Anh Minh (duyệt)")
        yield live


def sign_in(page: Page, url: str, username: str) -> None:
    page.goto(f"{url}/trainers/")
    page.get_by_label("Tên đăng nhập", exact=True).fill(username)
    page.get_by_label("Mật khẩu", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.get_by_role("button", name="Đăng xuất")).to_be_visible()


def write_entry(page: Page) -> None:
    page.get_by_role("button", name="Viết bài mới").click()
    page.get_by_label("Mã bài").fill("vi.zalo.doi-anh-dai-dien")
    page.get_by_label("Chủ đề").select_option("payments")
    page.get_by_label("Tiêu đề", exact=True).fill("Đổi ảnh đại diện Zalo")
    page.get_by_label("Các cách hỏi").fill(
        "Làm sao đổi ảnh đại diện Zalo?\nthay hình đại diện zalo ở đâu\nđổi avatar zalo thế nào"
    )
    expect(page.get_by_role("status").filter(has_text="Các cách hỏi")).to_contain_text("không dấu")
    page.get_by_label("Các cách hỏi").fill(
        "Làm sao đổi ảnh đại diện Zalo?\nthay hình đại diện zalo ở đâu\ndoi anh dai dien zalo the nao"
    )
    page.get_by_label("Trả lời ngắn").fill(ANSWER)
    page.get_by_label("Nguồn (mỗi dòng").fill("Tài liệu tập huấn kỹ năng số của xã | Tài liệu tập huấn 2026")
    page.get_by_role("button", name="Gửi duyệt").click()
    expect(page.locator("#editor-status")).to_contain_text("Đã gửi duyệt")


def test_an_entry_written_and_published_on_the_pages_is_answered_by_the_widget(
    workspace_app: LiveApp, open_page
) -> None:
    author = open_page("").page
    sign_in(author, workspace_app.url, "tac.gia")
    write_entry(author)

    reviewer = open_page("").page
    sign_in(reviewer, workspace_app.url, "duyet.vien")
    reviewer.get_by_role("button", name="Chờ duyệt").click()
    expect(reviewer.get_by_text("Đổi ảnh đại diện Zalo")).to_be_visible()
    reviewer.screenshot(path=SCREENSHOTS / "trainer-review.png")
    reviewer.get_by_role("button", name="Xuất bản Đổi ảnh đại diện Zalo").click()
    expect(reviewer.get_by_role("status").filter(has_text="Đã xuất bản")).to_be_visible()
    published_at = time.monotonic()

    learner = ChatWindow(open_page(workspace_app.url).page)
    learner.open()
    answer = learner.ask("làm sao đổi ảnh đại diện zalo vậy con")
    assert ANSWER in answer
    assert time.monotonic() - published_at < 15


CSP_WATCH = (
    "window.cspViolations = [];"
    "document.addEventListener('securitypolicyviolation',"
    " (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));"
)


def test_every_view_works_under_the_pages_content_security_policy(workspace_app: LiveApp, open_page) -> None:
    page = open_page("", init_script=CSP_WATCH).page
    sign_in(page, workspace_app.url, "duyet.vien")
    for view in ("desk", "gaps", "entries", "items", "review", "classes", "insights"):
        page.locator(f"nav [data-view={view}]").click()
        expect(page.locator(f"nav [data-view={view}]")).to_have_attribute("aria-current", "page")
    expect(page.locator("#chart-activity .column")).to_have_count(30)
    expect(page.locator("#chart-activity-axis")).to_contain_text("số học viên")
    assert page.evaluate("window.cspViolations") == []


def test_an_author_cannot_publish_from_the_pages(workspace_app: LiveApp, open_page) -> None:
    author = open_page("").page
    sign_in(author, workspace_app.url, "tac.gia")
    author.get_by_role("button", name="Chờ duyệt").click()
    expect(author.get_by_role("button", name="Xuất bản", exact=False)).to_have_count(0)


def test_a_mentor_creates_a_class_and_a_learner_who_joins_in_the_widget_shows_up(
    workspace_app: LiveApp, open_page
) -> None:
    mentor = open_page("").page
    sign_in(mentor, workspace_app.url, "tac.gia")
    mentor.get_by_role("button", name="Lớp học").click()
    mentor.get_by_label("Tên lớp mới").fill("Lớp sáng Chủ nhật")
    mentor.get_by_role("button", name="Tạo lớp").click()
    status = mentor.locator("#class-status")
    expect(status).to_contain_text("mã lớp")
    code = status.text_content().split("mã lớp ")[1].split("”")[0]
    assert re.fullmatch(r"[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}", code), code

    learner = ChatWindow(open_page(workspace_app.url).page)
    learner.open()
    assert "Lớp sáng Chủ nhật" in learner.ask(f"mã lớp {code}")

    mentor.get_by_role("button", name="Xem học viên lớp Lớp sáng Chủ nhật").click()
    expect(mentor.locator("#class-detail tr")).to_have_count(2)
    expect(mentor.locator("#class-detail td").first).to_contain_text("web-")


def item_on_screen(app: LiveApp) -> str:
    """The item the only learner with an open quiz is looking at, read from the database."""
    with app.server.config.app.state.services.sessions() as session:
        return session.scalars(
            select(QuizSession.current_item).where(QuizSession.finished_at.is_(None))
        ).one()


def test_a_quiz_item_edited_and_published_on_the_pages_reaches_a_learner_mid_quiz(
    workspace_app: LiveApp, open_page
) -> None:
    learner = ChatWindow(open_page(workspace_app.url).page)
    learner.open()
    assert "Câu 1/" in learner.ask("cho tôi làm bài kiểm tra về lừa đảo")
    item_id = item_on_screen(workspace_app)

    author = open_page("").page
    sign_in(author, workspace_app.url, "tac.gia")
    author.get_by_role("button", name="Câu hỏi ôn tập").click()
    author.get_by_label("Tìm câu hỏi").fill(item_id)
    author.get_by_role("button", name="Sửa câu hỏi").click()
    explanation = author.get_by_label("Giải thích")
    expect(explanation).not_to_have_value("")
    explanation.fill("ngắn")
    expect(author.locator("#item-problems")).to_contain_text("Giải thích: cần ít nhất 15 ký tự")
    explanation.fill(NEW_EXPLANATION)
    expect(author.locator("#item-problems")).to_be_empty()
    expect(author.locator("#item-preview li").nth(1)).to_contain_text(NEW_EXPLANATION)
    author.screenshot(path=SCREENSHOTS / "trainer-quiz-item.png", full_page=True)
    stem = author.get_by_label("Câu hỏi", exact=True).input_value()
    author.get_by_role("button", name="Gửi duyệt câu hỏi").click()
    expect(author.locator("#item-status")).to_contain_text("Đã gửi duyệt câu hỏi")

    reviewer = open_page("").page
    sign_in(reviewer, workspace_app.url, "duyet.vien")
    reviewer.get_by_role("button", name="Chờ duyệt").click()
    reviewer.get_by_role("button", name=f"Xuất bản {stem}").click()
    expect(reviewer.get_by_role("status").filter(has_text="Đã xuất bản")).to_be_visible()

    feedback = learner.press("A. ")
    assert NEW_EXPLANATION in feedback
