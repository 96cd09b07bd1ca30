"""What a newcomer does once the assistant is set up: the pages to open, the first admin."""

from __future__ import annotations

from api.settings import Settings


def base_url(settings: Settings) -> str:
    """The address to type in a browser; a server listening on every interface is reached locally."""
    host = "127.0.0.1" if settings.host in ("0.0.0.0", "::", "") else settings.host
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{settings.port}"


def first_steps(settings: Settings) -> str:
    """Rich markup, one instruction a line, so it reads the same in a terminal and in a CI log."""
    url = base_url(settings)
    return "\n".join(
        [
            "[bold green]Next:[/bold green] once the server says it is serving, open",
            f"  {url}/            the learners' chat widget",
            f"  {url}/trainers/   the trainers' workspace",
            f"  {url}/docs        the HTTP API reference",
            "[bold green]First admin:[/bold green] in another terminal (it asks for a password twice)",
            "  var/venv/bin/hocvuso trainer add YOUR-NAME --role admin",
        ]
    )


def serving_line(settings: Settings) -> str:
    """One line for the moment the server is up, since its own log soon scrolls the guide away."""
    url = base_url(settings)
    return f"[bold green]Serving:[/bold green] chat {url}/ · workspace {url}/trainers/ · API {url}/docs"
