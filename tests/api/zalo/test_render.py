"""Replies drawn for Zalo: at most five buttons, long texts split at sentence ends, sources last."""

from __future__ import annotations

from api.zalo.render import render, split_text
from bot.replies import Button, IntentInfo, Message, Reply, SourceRef


def reply(*messages: Message, sources: list[SourceRef] | None = None) -> Reply:
    return Reply(
        messages=list(messages), intent=IntentInfo(name="x", confidence=1), lang="vi", sources=sources or []
    )


def test_buttons_become_a_template_of_at_most_five() -> None:
    buttons = [Button(title=f"Chủ đề {n}", payload=f"/topic t{n}") for n in range(7)]
    [message] = render(reply(Message(text="Chọn một chủ đề", buttons=buttons)), 1000, "oa.query.show")
    drawn = message["attachment"]["payload"]["buttons"]
    assert message["text"] == "Chọn một chủ đề" and message["attachment"]["type"] == "template"
    assert drawn[0] == {"title": "Chủ đề 0", "type": "oa.query.show", "payload": "/topic t0"}
    assert len(drawn) == 5


def test_a_long_step_is_split_at_sentence_ends_and_the_buttons_go_with_the_last_part() -> None:
    sentence = "Bấm vào mục Thủ tục hành chính rồi chờ màn hình mới hiện ra. "
    text = "Bước 3/8: " + sentence * 30
    messages = render(
        reply(Message(text=text, buttons=[Button(title="Tiếp", payload="/step x 4")])), 300, "t"
    )
    assert len(messages) > 1 and all(len(m["text"]) <= 300 for m in messages)
    assert all(m["text"].endswith(".") for m in messages), "never cut mid-sentence"
    assert "attachment" in messages[-1] and all("attachment" not in m for m in messages[:-1])
    assert " ".join(m["text"] for m in messages) == text.strip()


def test_sources_follow_as_one_message_with_their_links() -> None:
    sources = [SourceRef(title=f"Nguồn {n}", url=f"https://example.vn/{n}") for n in range(5)]
    messages = render(reply(Message(text="Trả lời ngắn."), sources=sources), 1000, "t")
    assert messages[-1]["text"].count("https://") == 3


def test_a_huge_word_is_cut_rather_than_sent_over_the_limit() -> None:
    parts = split_text("x" * 250, 100)
    assert [len(p) for p in parts] == [100, 100, 50]


def test_line_breaks_survive_the_split() -> None:
    text = "Dòng một.\nDòng hai.\n" + "Câu dài. " * 40
    first = split_text(text, 120)[0]
    assert first.startswith("Dòng một.\nDòng hai.")
