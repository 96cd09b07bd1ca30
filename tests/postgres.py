"""A throwaway PostgreSQL server for the tests, from Debian's `postgresql` package.

One cluster per test run in a temporary folder, on a free loopback port; each test gets a database
of its own, copied from a migrated template so the schema is not rebuilt every time. PostgreSQL
refuses to run as root, so as root the server runs as the package's `postgres` user.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import psycopg

INSTALL_HINT = "PostgreSQL's server is not installed: run `make test` (it installs Debian's postgresql)."


def find_bin_dir() -> Path | None:
    """The newest `/usr/lib/postgresql/<version>/bin` with `initdb`."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(found[-1]).parent if found else None


class PostgresServer:
    def __init__(self, bin_dir: Path, port: int) -> None:
        self.bin_dir = bin_dir
        self.port = port
        self.folder = Path(tempfile.mkdtemp(prefix="hocvuso-pg-"))
        self.data = self.folder / "data"
        self._as_postgres = os.geteuid() == 0
        self._databases = 0

    def _run(self, *argv: str) -> None:
        command = [str(self.bin_dir / argv[0]), *argv[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        if self._as_postgres:
            shutil.chown(self.folder, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "hocvuso", "-A", "trust", "-E", "UTF8", "--no-sync")
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        log = str(self.folder / "server.log")
        self._run("pg_ctl", "-D", str(self.data), "-l", log, "-o", options, "-w", "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def dsn(self, database: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} user=hocvuso dbname={database}"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://hocvuso@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str | None = None, template: str | None = None) -> str:
        """A new empty (or template-copied) database; returns its SQLAlchemy URL."""
        self._databases += 1
        name = name or f"test_{self._databases}"
        copy = f" TEMPLATE {template}" if template else ""
        with psycopg.connect(self.dsn(), autocommit=True) as db:
            db.execute(f'CREATE DATABASE "{name}"{copy}')
        return self.url(name)


def database_bytes(url: str) -> bytes:
    """Everything the database keeps, to search for a secret: SQLite's files byte for byte (free
    pages and the WAL included, where deleted rows linger), or every PostgreSQL row as text."""
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        files = [path, path.with_name(path.name + "-wal")]
        return b"".join(p.read_bytes() for p in files if p.exists())
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as db:
        tables = db.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
        rows = [db.execute(f'SELECT t::text FROM "{name}" t').fetchall() for (name,) in tables]
    return "\n".join(row[0] for table in rows for row in table).encode()
