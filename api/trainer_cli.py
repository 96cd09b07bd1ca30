"""`hocvuso trainer …`: create trainer accounts. The first admin exists only this way — there is
no default password anywhere."""

from __future__ import annotations

import getpass
import sys
from typing import Annotated

import typer
from rich.console import Console

from api.settings import Settings

trainer_app = typer.Typer(help="Manage trainer accounts.", no_args_is_help=True)
console = Console(stderr=True)


@trainer_app.command("add")
def trainer_add(
    username: str,
    role: Annotated[str, typer.Option(help="volunteer, author, reviewer or admin")] = "author",
    name: Annotated[str, typer.Option(help="Display name (default: the username).")] = "",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from stdin.")
    ] = False,
) -> None:
    """Create an account; the password is asked twice (or read from stdin) and stored hashed."""
    from api.database import make_engine, migrate, session_factory
    from api.workspace.accounts import AccountError, AccountStore

    password = sys.stdin.readline().rstrip("\n") if password_stdin else _ask_password()
    settings = Settings()
    migrate(settings.sqlalchemy_url)
    store = AccountStore(session_factory(make_engine(settings.sqlalchemy_url)))
    try:
        trainer = store.create(username, password, role, name)  # type: ignore[arg-type]
    except AccountError as exc:
        console.print(f"[red]✗[/red] {exc}")
        raise typer.Exit(1) from exc
    console.print(f"✓ {trainer.username} ({trainer.role}) can sign in at /trainers/")


def _ask_password() -> str:
    first = getpass.getpass("Password (12 characters or more): ")
    if getpass.getpass("Again: ") != first:
        console.print("[red]✗[/red] the two passwords differ")
        raise typer.Exit(1)
    return first
