"""One step of a lesson per message, with buttons to move on, go back, repeat or simplify.

Steps are addressed by payloads (`/step <entry-id> <n>`, `/simpler <entry-id> <n>`), so a
button always shows the step it names, whatever happened in between.
"""

from __future__ import annotations

from bot.replies import Button, IntentInfo, Message, Reply, SourceRef
from bot.texts import say
from knowledge.schema import Entry


def offer_button(entry: Entry) -> Button | None:
    if not entry.steps:
        return None
    return Button(title=say("walk_me_through", entry.language), payload=f"/step {entry.id} 1")


def step_reply(entry: Entry, number: int, intent: IntentInfo, simpler: bool = False) -> Reply:
    lang, total = entry.language, len(entry.steps)
    if number > total:
        return Reply(
            messages=[Message(text=say("steps_done", lang))], intent=intent, lang=lang, entry_id=entry.id
        )
    number = max(number, 1)
    step = entry.steps[number - 1]
    text = step.simpler if simpler and step.simpler else step.text
    label = say("step_label", lang).format(n=number, total=total)
    return Reply(
        messages=[
            Message(
                text=f"{label}: {text}", buttons=_buttons(entry, number, bool(step.simpler) and not simpler)
            )
        ],
        intent=intent,
        lang=lang,
        sources=[SourceRef(title=s.title, url=str(s.url) if s.url else None) for s in entry.sources],
        entry_id=entry.id,
        step=number,
        total_steps=total,
    )


def _buttons(entry: Entry, number: int, can_simplify: bool) -> list[Button]:
    lang, total = entry.language, len(entry.steps)
    buttons = [Button(title=say("next", lang), payload=f"/step {entry.id} {number + 1}")]
    if number > 1:
        buttons.append(Button(title=say("back", lang), payload=f"/step {entry.id} {number - 1}"))
    buttons.append(Button(title=say("repeat", lang), payload=f"/step {entry.id} {number}"))
    if can_simplify:
        buttons.append(Button(title=say("simpler", lang), payload=f"/simpler {entry.id} {number}"))
    return buttons if number <= total else []
