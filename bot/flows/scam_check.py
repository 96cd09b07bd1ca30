"""Check a pasted message or a described call: name the red flags, give a careful verdict, say what
to do now and where to report it in the learner's country.

Where to report comes from the lessons (each with its sources), never from this code, so a
hotline number is only ever shown as a trainer reviewed it.
"""

from __future__ import annotations

from bot.flows.answer import human_button, sources_of
from bot.flows.turn import Turn
from bot.redflags import check_message
from bot.replies import Button, Message, Reply
from bot.texts import flag_text, say
from nlu.language import detect_language

MAX_FLAGS_SHOWN = 5
REPORT_ENTRY = {
    "vn": {"vi": "vi.scams.where-to-report", "en": "en.scams.vietnam-report-spam-5656"},
    "th": {"th": "th.scams.hotline-1441", "en": "en.scams.thailand-1441-hotline"},
}


def check(turn: Turn) -> Reply:
    turn.state.checking = False
    result = check_message(turn.text)
    verdict = result.verdict
    messages = [Message(text=_verdict_text(turn, result))]
    if verdict != "no_signs":
        messages.append(Message(text=say("scam_do_now", turn.lang)))
    report = turn.library.get(REPORT_ENTRY[_country(turn)].get(turn.lang, ""))
    sources = []
    if report:
        messages.append(
            Message(
                text=f"{say('scam_report', turn.lang)} {report.answer}",
                buttons=[Button(title=report.title, payload=f"/entry {report.id}")],
            )
        )
        sources = sources_of(report)
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


def _country(turn: Turn) -> str:
    """Thai learners, or anyone pasting a Thai message, get Thailand's channels; English speakers
    their country's, once known; others Vietnam's."""
    if turn.lang == "th" or detect_language(turn.text) == "th":
        return "th"
    return turn.state.country or "vn" if turn.lang == "en" else "vn"
