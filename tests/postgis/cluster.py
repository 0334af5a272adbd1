"""A throwaway PostgreSQL + PostGIS 3 cluster for tests: 127.0.0.1 only, in a folder of its own.

The server is whichever PostgreSQL major the Debian release installs (each release ships
another one): the newest that has both its server programs and PostGIS.
"""

from __future__ import annotations

import atexit
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Any, List, NamedTuple, Optional, Sequence, Tuple, Union

import psycopg2
from psycopg2 import sql

INSTALL_HINT = "apt-get install postgresql postgresql-postgis (or `make setup` as root)"
SUPERUSER = "smartcity_admin"
HOST = "127.0.0.1"
START_TIMEOUT = 30.0


class PostgresInstall(NamedTuple):
    """Where one PostgreSQL major's server programs and its PostGIS extension live."""

    major: int
    bin_dir: Path
    postgis_control: Path


def find_postgres(root: Path = Path("/")) -> Optional[PostgresInstall]:
    """The newest installed PostgreSQL major with initdb, pg_ctl and PostGIS (Debian layout).

    Debian installs each major under /usr/lib/postgresql/<major>/bin and its extensions
    under /usr/share/postgresql/<major>/extension; no major is written into the code.
    """
    found = []
    for bin_dir in (root / "usr" / "lib" / "postgresql").glob("*/bin"):
        major = bin_dir.parent.name
        control = root / "usr" / "share" / "postgresql" / major / "extension" / "postgis.control"
        if major.isdigit() and (bin_dir / "initdb").is_file() and (bin_dir / "pg_ctl").is_file() \
                and control.is_file():
            found.append(PostgresInstall(int(major), bin_dir, control))
    return max(found, default=None)


def free_port() -> int:
    """A TCP port nobody listens on at 127.0.0.1 right now (the kernel picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


class ThrowawayCluster:
    """initdb, start, use and remove a private PostgreSQL cluster under ``base_dir``.

    As root, initdb and pg_ctl run as the ``postgres`` user (initdb refuses root), so
    ``base_dir`` is handed to that user and every parent folder must let it through.
    """

    def __init__(self, base_dir: Path) -> None:
        self.base_dir = Path(base_dir).resolve()
        self._password = secrets.token_urlsafe(24)
        self._port: Optional[int] = None
        self._as_postgres = os.geteuid() == 0
        self._pg_bin = Path("/usr/lib/postgresql")  # set by start() to the major found

    @property
    def host(self) -> str:
        return HOST

    @property
    def superuser(self) -> str:
        return SUPERUSER

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the cluster is not started")
        return self._port

    @property
    def password(self) -> str:
        return self._password

    @property
    def data_dir(self) -> Path:
        return self.base_dir / "data"

    @property
    def log_file(self) -> Path:
        return self.base_dir / "server.log"

    def start(self) -> None:
        """Create the cluster and start it on a free port; return once it accepts connections."""
        install = find_postgres()
        if install is None:
            raise RuntimeError("no PostgreSQL server with PostGIS under /usr/lib/postgresql/<major>/bin "
                               f"and /usr/share/postgresql/<major>/extension: {INSTALL_HINT}")
        self._pg_bin = install.bin_dir
        atexit.register(self.stop)  # a test run that dies half-way must not leave a server behind
        self.base_dir.mkdir(parents=True, exist_ok=True)
        self.base_dir.chmod(0o700)
        if self._as_postgres:
            postgres = pwd.getpwnam("postgres")
            os.chown(self.base_dir, postgres.pw_uid, postgres.pw_gid)
            if self._run("test", "-w", str(self.base_dir)).returncode != 0:
                raise RuntimeError(
                    f"the postgres user cannot write to {self.base_dir}: a parent folder shuts it out "
                    "(pytest's tmp_path under /tmp/pytest-of-root is 0700); use tempfile.mkdtemp()"
                )
        self._initdb()
        for _attempt in range(3):  # the port is only free when probed; another process may take it first
            self._port = free_port()
            started = self._run(
                str(self._pg_bin / "pg_ctl"), "start", "-w", "-t", str(int(START_TIMEOUT)),
                "-D", str(self.data_dir), "-l", str(self.log_file), "-o", f"-p {self._port}",
            )
            if started.returncode == 0:
                self._wait_until_ready()
                return
            if "could not bind" not in self._log():
                break
        raise RuntimeError(f"PostgreSQL did not start:\n{started.stdout}{started.stderr}\n{self._log()}")

    def _initdb(self) -> None:
        pwfile = self.base_dir / "pwfile"
        pwfile.write_text(self._password + "\n", encoding="utf-8")
        pwfile.chmod(0o600)
        if self._as_postgres:
            postgres = pwd.getpwnam("postgres")
            os.chown(pwfile, postgres.pw_uid, postgres.pw_gid)
        try:
            result = self._run(
                str(self._pg_bin / "initdb"), "-D", str(self.data_dir), "-U", SUPERUSER, f"--pwfile={pwfile}",
                "--auth-host=scram-sha-256", "--auth-local=scram-sha-256",
                "--encoding=UTF8", "--no-locale", "--no-sync",
            )
        finally:
            pwfile.unlink()
        if result.returncode != 0:
            raise RuntimeError(f"initdb failed:\n{result.stdout}{result.stderr}")
        settings = {
            "listen_addresses": f"'{HOST}'",
            "unix_socket_directories": f"'{self.base_dir}'",  # never /var/run/postgresql: Debian's main cluster
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "logging_collector": "off",
        }
        with (self.data_dir / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# throwaway test cluster\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                self.connect().close()
                return
            except psycopg2.OperationalError as error:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"PostgreSQL accepts no connections on port {self._port}: {error}\n"
                                       f"{self._log()}") from error
                time.sleep(0.2)

    def _run(self, *command: str) -> subprocess.CompletedProcess:
        """Run a PostgreSQL tool, as the postgres user when we are root, away from any PG* settings."""
        if self._as_postgres:
            command = ("runuser", "-u", "postgres", "--", *command)
        env = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
        # cwd: the postgres user may not be allowed into the directory the tests started in.
        return subprocess.run(command, cwd="/", env=env, capture_output=True, text=True, check=False)

    def _log(self) -> str:
        try:
            return "server log:\n" + self.log_file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no server log)"

    def connect(self, dbname: str = "postgres", user: Optional[str] = None,
                password: Optional[str] = None) -> Any:
        """A psycopg2 connection over TCP; the superuser unless ``user`` is given."""
        return psycopg2.connect(
            host=HOST, port=self.port, dbname=dbname, user=user or SUPERUSER,
            password=self._password if user is None and password is None else password,
            connect_timeout=10,
        )

    def execute(self, statement: Union[str, sql.Composable], dbname: str = "postgres",
                params: Optional[Sequence[Any]] = None) -> Optional[List[Tuple[Any, ...]]]:
        """Run one statement as superuser in autocommit (CREATE DATABASE needs it); rows if it returns any."""
        connection = self.connect(dbname)
        try:
            connection.autocommit = True
            with connection.cursor() as cursor:
                cursor.execute(statement, params)
                return cursor.fetchall() if cursor.description is not None else None
        finally:
            connection.close()

    def create_database(self, name: str) -> None:
        """A new database with PostGIS in it."""
        self.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        self.execute("CREATE EXTENSION postgis", dbname=name)

    def create_login(self, name: str, password: str, *, member_of: Sequence[str] = (),
                     createrole: bool = False, createdb: bool = False) -> None:
        """A LOGIN role, member of ``member_of`` (group roles made NOLOGIN when missing)."""
        options = sql.SQL(" ").join(
            sql.SQL(option) for option, wanted in (("CREATEROLE", createrole), ("CREATEDB", createdb)) if wanted
        )
        self.execute(sql.SQL("CREATE ROLE {} LOGIN {} PASSWORD {}").format(
            sql.Identifier(name), options, sql.Literal(password)))
        for group in member_of:
            if not self.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", params=(group,)):
                self.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(group)))
            self.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(name)))

    def stop(self) -> None:
        """Stop the server (fast, else immediate, else SIGKILL) and remove ``base_dir``; safe to call twice."""
        atexit.unregister(self.stop)
        pid_file = self.data_dir / "postmaster.pid"
        if pid_file.exists():
            for mode in ("fast", "immediate"):
                stopped = self._run(str(self._pg_bin / "pg_ctl"), "stop", "-D", str(self.data_dir), "-m", mode, "-w")
                if stopped.returncode == 0:
                    break
            else:
                try:  # our own postmaster, by the id it wrote; it must not outlive its files
                    os.kill(int(pid_file.read_text(encoding="utf-8").split()[0]), signal.SIGKILL)
                except (OSError, ValueError, IndexError):
                    pass
        shutil.rmtree(self.base_dir, ignore_errors=True)


class PgDatabase(NamedTuple):
    """A database with PostGIS in a ThrowawayCluster (what the ``pg_database`` fixture yields)."""

    name: str
    cluster: ThrowawayCluster

    def connect(self, user: Optional[str] = None, password: Optional[str] = None) -> Any:
        """A connection to this database; the superuser unless ``user`` is given."""
        return self.cluster.connect(self.name, user=user, password=password)
