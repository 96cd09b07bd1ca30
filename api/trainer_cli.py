"""`hocvuso trainer …`: manage trainer accounts on the server itself. The first admin exists only
this way — there is no default password anywhere — and this is where a locked-out or lost admin
account is recovered. Every change is in the audit log, by "cli:<system user>"."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from api.settings import Settings

if TYPE_CHECKING:
    from api.workspace.accounts import AccountStore

trainer_app = typer.Typer(help="Manage trainer accounts.", no_args_is_help=True)
console = Console(stderr=True)
Name = Annotated[str, typer.Argument(help="The account's username.")]
PasswordStdin = Annotated[bool, typer.Option("--password-stdin", help="Read the password from stdin.")]


@trainer_app.command("add")
def trainer_add(
    username: str,
    role: Annotated[str, typer.Option(help="volunteer, author, reviewer or admin")] = "author",
    name: Annotated[str, typer.Option(help="Display name (default: the username).")] = "",
    password_stdin: PasswordStdin = False,
) -> None:
    """Create an account; the password is asked twice (or read from stdin) and stored hashed."""
    password = _read_password(password_stdin)
    with _store() as store:
        trainer = store.create(username, password, role, name, actor=_actor())  # type: ignore[arg-type]
    console.print(f"✓ {trainer.username} ({trainer.role}) can sign in at /trainers/")


@trainer_app.command("list")
def trainer_list() -> None:
    """Every account: role, state (disabled, sign-in paused) and live API tokens."""
    with _store() as store:
        accounts = store.accounts()
    table = Table("username", "name", "role", "state", "API tokens", "created")
    for a in accounts:
        state = "disabled" if a.disabled else "active"
        if a.paused_until:
            state += f", paused until {a.paused_until:%Y-%m-%d %H:%M} UTC"
        table.add_row(a.username, a.display_name, a.role, state, str(a.tokens), f"{a.created_at:%Y-%m-%d}")
    Console().print(table)


@trainer_app.command("disable")
def trainer_disable(username: Name) -> None:
    """Refuse the account's sign-in and end its sessions and API tokens now."""
    with _store() as store:
        ended = store.disable(_actor(), username)
    console.print(f"✓ {username} is disabled; {ended} sessions and tokens ended")


@trainer_app.command("enable")
def trainer_enable(username: Name) -> None:
    """Let a disabled account sign in again (its old sessions and tokens stay ended)."""
    with _store() as store:
        store.enable(_actor(), username)
    console.print(f"✓ {username} can sign in again")


@trainer_app.command("set-role")
def trainer_set_role(
    username: Name, role: Annotated[str, typer.Argument(help="volunteer, author, reviewer or admin")]
) -> None:
    """Change the account's role; it applies to its next request."""
    with _store() as store:
        trainer = store.set_role(_actor(), username, role)  # type: ignore[arg-type]
    console.print(f"✓ {trainer.username} is now {trainer.role}")


@trainer_app.command("reset-password")
def trainer_reset_password(username: Name, password_stdin: PasswordStdin = False) -> None:
    """Set a new password (asked twice, or read from stdin); the account's sessions end and its
    sign-in pauses are lifted. Its API tokens stay: `revoke-tokens` ends those."""
    password = _read_password(password_stdin)
    with _store() as store:
        store.reset_password(_actor(), username, password)
    console.print(f"✓ {username} has a new password; their sessions ended")


@trainer_app.command("revoke-tokens")
def trainer_revoke_tokens(username: Name) -> None:
    """Sign the account out everywhere and revoke all its API tokens."""
    with _store() as store:
        ended = store.revoke_credentials(_actor(), username)
    console.print(f"✓ {ended} sessions and API tokens of {username} ended")


@trainer_app.command("unlock")
def trainer_unlock(username: Name) -> None:
    """Lift the sign-in pause after too many wrong passwords, for this name from every address."""
    with _store() as store:
        cleared = store.unlock(_actor(), username)
    console.print(f"✓ {username} can sign in again ({cleared} attempt counts cleared)")


@contextmanager
def _store() -> Iterator[AccountStore]:
    """The account store on the configured database; a refusal becomes its reason and exit 1."""
    from api.database import make_engine, migrate, session_factory
    from api.workspace.accounts import AccountError, AccountStore

    settings = Settings()
    migrate(settings.sqlalchemy_url)
    try:
        yield AccountStore.from_settings(session_factory(make_engine(settings.sqlalchemy_url)), settings)
    except AccountError as exc:
        console.print(f"[red]✗[/red] {exc}")
        raise typer.Exit(1) from exc


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password (12 characters or more): ")
    if getpass.getpass("Again: ") != first:
        console.print("[red]✗[/red] the two passwords differ")
        raise typer.Exit(1)
    return first
