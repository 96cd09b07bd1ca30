"""Check a pasted message or a described call: name the red flags, give a careful verdict, say what
to do now and where to report it in the learner's country.

Where to report comes from the lessons (each with its sources), never from this code, so a
hotline number is only ever shown as a trainer reviewed it. A message read off a screenshot is
quoted first (shortened, secrets already replaced), so the learner sees what was understood.
"""

from __future__ import annotations

from bot.flows.answer import human_button, sources_of
from bot.flows.turn import Turn
from bot.images.texts import quoted
from bot.links.phones import find_numbers
from bot.links.texts import link_reason, phone_text
from bot.redflags import ScamCheck, check_message
from bot.replies import Button, Message, Reply, SourceRef
from bot.texts import flag_text, say
from nlu.language import detect_language

MAX_FLAGS_SHOWN = 5
MAX_LINKS_EXPLAINED = 3
MAX_NUMBERS_EXPLAINED = 2
REGION = {"vn": "VN", "th": "TH"}
REPORT_ENTRY = {
    "vn": {"vi": "vi.scams.where-to-report", "en": "en.scams.vietnam-report-spam-5656"},
    "th": {"th": "th.scams.hotline-1441", "en": "en.scams.thailand-1441-hotline"},
}


def check(turn: Turn) -> Reply:
    if turn.decision.detail == "number":
        return check_number(turn)
    turn.state.checking = False
    result = check_message(turn.text)
    verdict = result.verdict
    messages = [Message(text=_verdict_text(turn, result))]
    if turn.from_image:
        messages.insert(0, Message(text=quoted(turn.text, turn.lang)))
    if notes := _link_notes(turn, result):
        messages.append(Message(text=notes))
    if verdict != "no_signs":
        messages.append(Message(text=say("scam_do_now", turn.lang)))
    return _with_report(turn, messages)


def check_number(turn: Turn) -> Reply:
    """Whose number is this? An official hotline is named with its source, never called safe."""
    turn.state.checking = False
    numbers = find_numbers(turn.text, REGION[_country(turn)])[:MAX_NUMBERS_EXPLAINED]
    lines, extra = [], []
    for number in numbers:
        if number.hotline and number.organisation:
            key = "sms_only" if number.hotline.digits == "5656" else "hotline"
            source = number.hotline.source
            lines.append(phone_text(key, turn.lang, number=number.display, org=number.organisation.name))
            extra.append(SourceRef(title=source.title, url=str(source.url) if source.url else None))
        else:
            lines.append(phone_text("unknown", turn.lang, number=number.display))
    messages = [Message(text="\n".join(lines))] if lines else []
    messages.append(Message(text=phone_text("advice", turn.lang)))
    return _with_report(turn, messages, extra)


def _with_report(turn: Turn, messages: list[Message], extra: list[SourceRef] | None = None) -> Reply:
    report = turn.library.get(REPORT_ENTRY[_country(turn)].get(turn.lang, ""))
    sources = list(extra or [])
    if report:
        messages.append(
            Message(
                text=f"{say('scam_report', turn.lang)} {report.answer}",
                buttons=[Button(title=report.title, payload=f"/entry {report.id}")],
            )
        )
        sources += sources_of(report)
    if turn.quizzes and "scams" in turn.quizzes.topics(turn.lang):
        messages[-1].buttons.append(
            Button(title=say("practice_scam_quiz", turn.lang), payload="/quiz start scams")
        )
    messages[-1].buttons.append(human_button(turn.lang))
    return turn.reply(messages=messages, sources=sources, entry_id=report.id if report else None)


def _verdict_text(turn: Turn, result) -> str:
    if result.verdict == "no_signs":
        return say("scam_no_signs", turn.lang)
    key = "scam_likely" if result.verdict == "likely_scam" else "scam_suspicious"
    lines = [f"• {flag_text(f.kind, turn.lang)}: “{f.evidence}”" for f in result.flags[:MAX_FLAGS_SHOWN]]
    return "\n".join([say(key, turn.lang), *lines])


def _link_notes(turn: Turn, result: ScamCheck) -> str:
    """Why each look-alike, app file or short link is not what it seems; an official address or an
    app store's page is named plainly, as neither makes the message safe nor is a warning sign."""
    checked = [c for c in result.links if c.verdict != "unknown"][:MAX_LINKS_EXPLAINED]
    plain = ("official", "app_store")
    return "\n".join(("ℹ️ " if c.verdict in plain else "⚠️ ") + link_reason(c, turn.lang) for c in checked)


def _country(turn: Turn) -> str:
    """Thai learners, or anyone pasting a Thai message, get Thailand's channels; English speakers
    their country's, once known; others Vietnam's."""
    if turn.lang == "th" or detect_language(turn.text) == "th":
        return "th"
    return turn.state.country or "vn" if turn.lang == "en" else "vn"
