"""Who may connect to the platform's NATS, and what each may publish and subscribe to.

Every process connects with credentials of its own (decision 0016): one user per service,
one per service's outbox relay, `ops` (the dead-letter tool) and `observer` (tests and
benchmarks that watch the stream). Users are user + password; the server config holds only
bcrypt hashes, the clients read their password from the environment (`IUC_NATS_USER`,
`IUC_NATS_PASSWORD`), which `deploy/stack.py` fills from a credentials file and Kubernetes
from one Secret per identity. There is no anonymous user.

Permissions follow what each process does with nats-py:

- a service publishes its own events `iuc.<service>.>` (it may run its relay in-process,
  `IUC_<SERVICE>_RUN_RELAY`), its relay wake subject, the JetStream API calls that declare
  the streams, and for ITS OWN durables: create, info, next message and acknowledgements;
  a durable one of its tools makes for a while (`TOOL_DURABLES`) it may also delete;
- a relay publishes `iuc.<service>.>` and declares the streams; it listens to the wake subject;
- `ops` reads both streams, deletes dead letters and republishes originals (any `iuc.>`
  subject: a replay keeps the original's `ce-source`, so consumers still accept it), and is
  the one identity that changes the streams' settings (`python -m shared.streams apply`);
- `observer` reads: stream info, stored messages, and ephemeral consumers of its own; it
  publishes nothing under `iuc.>` and cannot pull from the platform's durables.

Everybody subscribes only under its own inbox prefix (`inbox_prefix(user)`), so nobody reads
the replies (fetched events, acknowledgements) meant for another user.

    python -m shared.natsauth config  --credentials FILE   # the server's authorization block
    python -m shared.natsauth secrets --credentials FILE   # Kubernetes Secrets for deploy/k8s
    python -m shared.natsauth compose --credentials FILE   # var/compose/nats/ for deploy/compose.yaml
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import secrets
import sys
from dataclasses import dataclass, field
from pathlib import Path

import bcrypt

from shared.catalog import SERVICES

# Connections are long-lived, but tests and tools connect often: cost 10 is about 60 ms of
# server CPU per connection (the OWASP minimum), 12 would be four times that.
BCRYPT_ROUNDS = 10
OBSERVER = "observer"
OPS = "ops"
WAKE_SUBJECT_PREFIX = "_IUC_RELAY"  # shared.outbox.wake_subject; not imported: outbox imports NATS code


@dataclass(frozen=True)
class NatsUser:
    """One identity and its permissions (NATS subjects, wildcards allowed)."""

    name: str
    publish: tuple[str, ...]
    subscribe: tuple[str, ...]
    publish_deny: tuple[str, ...] = field(default=())


def inbox_prefix(user: str) -> str:
    """The reply-subject prefix of `user`'s connections (nats-py `connect(inbox_prefix=...)`)."""
    return f"_INBOX_{user}"


def relay_user(service: str) -> str:
    """The NATS user of a service's outbox relay."""
    return f"{service}-relay"


# Durables a service's command-line tools create for one run and delete when done, beside its
# handlers' `CONSUMERS`: the insights rebuild replays the stream from its first message
# through a consumer of its own (`python -m services.insights rebuild`, connected as the
# `insights` user). A fixed name: NATS permissions match whole tokens, not name prefixes.
TOOL_DURABLES: dict[str, tuple[str, ...]] = {"insights": ("insights-rebuild",)}


def durables(service: str) -> tuple[str, ...]:
    """The durable consumers a service runs (its handlers' `CONSUMERS`)."""
    try:
        handlers = importlib.import_module(f"services.{service}.handlers")
    except ModuleNotFoundError:
        return ()
    return tuple(c.durable for c in getattr(handlers, "CONSUMERS", ()))


def _declare_streams(stream: str) -> tuple[str, ...]:
    # shared.nats.ensure_streams: info, then create when missing, of the stream and its dead
    # letters. No UPDATE: a process never changes an existing stream's settings (issue 14);
    # `ops` does, with `python -m shared.streams apply`.
    return tuple(f"$JS.API.STREAM.{op}.{name}" for name in (stream, stream + "_DLQ") for op in ("INFO", "CREATE"))


def _change_streams(stream: str) -> tuple[str, ...]:
    # shared.streams apply: the operator's explicit change of replicas and settings.
    return tuple(f"$JS.API.STREAM.UPDATE.{name}" for name in (stream, stream + "_DLQ"))


def _read_streams(stream: str) -> tuple[str, ...]:
    return (
        "$JS.API.INFO",
        "$JS.API.STREAM.NAMES",
        "$JS.API.STREAM.LIST",
        f"$JS.API.STREAM.INFO.{stream}",
        f"$JS.API.STREAM.INFO.{stream}_DLQ",
        f"$JS.API.STREAM.MSG.GET.{stream}",
        f"$JS.API.CONSUMER.INFO.{stream}.*",
        f"$JS.API.CONSUMER.NAMES.{stream}",
        f"$JS.API.CONSUMER.LIST.{stream}",
    )


def _own_durable(stream: str, durable: str) -> tuple[str, ...]:
    api = "$JS.API.CONSUMER"
    return (
        f"{api}.DURABLE.CREATE.{stream}.{durable}",  # nats-py's add_consumer with a durable name
        f"{api}.CREATE.{stream}.{durable}",  # the same with `name` (newer clients)
        f"{api}.CREATE.{stream}.{durable}.>",
        f"{api}.INFO.{stream}.{durable}",
        f"{api}.MSG.NEXT.{stream}.{durable}",
        f"$JS.ACK.{stream}.{durable}.>",
    )


def _tool_durable(stream: str, durable: str) -> tuple[str, ...]:
    # A durable made for one run of a tool: what the service may do with its own, and delete it.
    return (*_own_durable(stream, durable), f"$JS.API.CONSUMER.DELETE.{stream}.{durable}")


def platform_users(
    stream: str = "IUC",
    consumers: dict[str, tuple[str, ...]] | None = None,
    tools: dict[str, tuple[str, ...]] | None = None,
) -> list[NatsUser]:
    """Every identity of the platform; `consumers` maps a service to its durables (default: its
    handlers), `tools` to the durables its tools make and delete (default: `TOOL_DURABLES`)."""
    consumers = consumers if consumers is not None else {e.name: durables(e.name) for e in SERVICES}
    tools = tools if tools is not None else TOOL_DURABLES
    users: list[NatsUser] = []
    for entry in SERVICES:
        name = entry.name
        events = f"iuc.{name}.>"
        wake = f"{WAKE_SUBJECT_PREFIX}.{name}"
        own = tuple(s for d in consumers.get(name, ()) for s in _own_durable(stream, d))
        own += tuple(s for d in tools.get(name, ()) for s in _tool_durable(stream, d))
        users.append(
            NatsUser(name, (events, wake, "$JS.API.INFO", *_declare_streams(stream), *own), (inbox_prefix(name) + ".>", wake))
        )
        relay = relay_user(name)
        users.append(NatsUser(relay, (events, "$JS.API.INFO", *_declare_streams(stream)), (inbox_prefix(relay) + ".>", wake)))
    users.append(
        NatsUser(
            OPS,
            (
                "iuc.>",
                *_read_streams(stream),
                *_change_streams(stream),
                f"$JS.API.STREAM.MSG.GET.{stream}_DLQ",
                f"$JS.API.STREAM.MSG.DELETE.{stream}_DLQ",
            ),
            (inbox_prefix(OPS) + ".>",),
        )
    )
    every_durable = sorted({d for ds in (*consumers.values(), *tools.values()) for d in ds})
    users.append(
        NatsUser(
            OBSERVER,
            (
                *_read_streams(stream),
                # Ephemeral consumers: nats-py names them (CREATE.<stream>.<name>[.<filter>]).
                f"$JS.API.CONSUMER.CREATE.{stream}",
                f"$JS.API.CONSUMER.CREATE.{stream}.*",
                f"$JS.API.CONSUMER.CREATE.{stream}.*.>",
                f"$JS.API.CONSUMER.MSG.NEXT.{stream}.*",
            ),
            (inbox_prefix(OBSERVER) + ".>",),
            # Not the platform's durables: updating one would change what a service receives,
            # pulling from one would take its events away from the service.
            publish_deny=tuple(
                subject
                for d in every_durable
                for subject in (
                    f"$JS.API.CONSUMER.CREATE.{stream}.{d}",
                    f"$JS.API.CONSUMER.CREATE.{stream}.{d}.>",
                    f"$JS.API.CONSUMER.MSG.NEXT.{stream}.{d}",
                )
            ),
        )
    )
    return users


def new_password() -> str:
    """A random password (256 bits, URL-safe, so it needs no quoting anywhere)."""
    return secrets.token_urlsafe(32)


def password_hash(password: str) -> str:
    """A bcrypt hash the nats-server accepts. Python's bcrypt writes `$2b$`; the same hash with
    `$2a$` is what nats-server's documentation shows and every release reads (for passwords
    under 255 bytes the two variants are identical)."""
    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(BCRYPT_ROUNDS)).decode()
    return "$2a$" + hashed[4:] if hashed.startswith("$2b$") else hashed


def load_credentials(path: Path, users: list[NatsUser]) -> dict[str, str]:
    """The passwords of `users` (name -> password) from the JSON file at `path`; passwords of
    users not in it yet are generated and the file is (re)written with mode 0600. Passwords
    already there are kept, so a restarted platform keeps its credentials."""
    known: dict[str, str] = {}
    if path.exists():
        known = dict(json.loads(path.read_text()).get("users", {}))
    missing = [u.name for u in users if u.name not in known]
    if missing or not path.exists():
        known.update({name: new_password() for name in missing})
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            json.dump({"users": known}, f, indent=2, sort_keys=True)
        os.replace(tmp, path)
    os.chmod(path, 0o600)
    return known


def _list(subjects: tuple[str, ...]) -> str:
    return "[" + ", ".join(json.dumps(s) for s in subjects) + "]"


def authorization_block(users: list[NatsUser], passwords: dict[str, str]) -> str:
    """The nats-server `authorization { users = [...] }` block: bcrypt hashes and permissions.

    No `no_auth_user`: a connection without credentials is refused."""
    lines = ["authorization {", "  users = ["]
    for u in users:
        publish = f"allow: {_list(u.publish)}" + (f", deny: {_list(u.publish_deny)}" if u.publish_deny else "")
        lines.append(
            f"    {{user: {json.dumps(u.name)}, password: {json.dumps(password_hash(passwords[u.name]))}, "
            f"permissions: {{publish: {{{publish}}}, subscribe: {{allow: {_list(u.subscribe)}}}}}}}"
        )
    lines += ["  ]", "}", ""]
    return "\n".join(lines)


def cluster_block(server_name: str, cluster_port: int, route_ports: list[int], route_password: str, name: str = "iuc") -> str:
    """What a node of a JetStream cluster adds to the authorization block: a stable server name
    (JetStream places replicas by it, so it must survive restarts), its route listener and the
    routes to every node. Routes carry their own credentials (`route` + `route_password`, known
    only to the nodes), so nothing else on the host joins the cluster as a route."""
    routes = [f"nats-route://route:{route_password}@127.0.0.1:{p}" for p in route_ports]
    return "\n".join(
        [
            f"server_name: {json.dumps(server_name)}",
            "cluster {",
            f"  name: {json.dumps(name)}",
            f"  listen: {json.dumps(f'127.0.0.1:{cluster_port}')}",
            f"  authorization {{ user: route, password: {json.dumps(route_password)} }}",
            f"  routes: {_list(tuple(routes))}",
            "}",
            "",
        ]
    )


def client_options(user: str, password: str) -> dict[str, str]:
    """nats-py `connect` keyword arguments for one identity."""
    return {"user": user, "password": password, "inbox_prefix": inbox_prefix(user)}


# ---------------------------------------------------------------- command line


def _k8s_name(name: str) -> str:
    return name.replace("_", "-")


def k8s_secrets(users: list[NatsUser], passwords: dict[str, str]) -> str:
    """The Kubernetes Secrets deploy/k8s expects: `iuc-nats-auth` (the server's authorization
    block, hashes only) and one `iuc-nats-<identity>` per identity (username, password)."""
    docs = [
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": "iuc-nats-auth"},
            "type": "Opaque",
            "stringData": {"auth.conf": authorization_block(users, passwords)},
        }
    ]
    for u in users:
        docs.append(
            {
                "apiVersion": "v1",
                "kind": "Secret",
                "metadata": {"name": f"iuc-nats-{_k8s_name(u.name)}"},
                "type": "kubernetes.io/basic-auth",
                "stringData": {"username": u.name, "password": passwords[u.name]},
            }
        )
    return "\n---\n".join(json.dumps(d, indent=2) for d in docs) + "\n"


def write_compose_files(out: Path, users: list[NatsUser], passwords: dict[str, str]) -> None:
    """What deploy/compose.yaml mounts and reads: `auth.conf` (hashes only, for the nats
    container) and one `<identity>.env` per identity (IUC_NATS_USER, IUC_NATS_PASSWORD), read by
    compose into that container's environment alone. All mode 0600 (compose reads them as you)."""
    out.mkdir(parents=True, exist_ok=True)
    files = {"auth.conf": authorization_block(users, passwords)}
    files |= {f"{u.name}.env": f"IUC_NATS_USER={u.name}\nIUC_NATS_PASSWORD={passwords[u.name]}\n" for u in users}
    for name, text in files.items():
        fd = os.open(out / name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(text)
    # The nats container reads auth.conf as its own user, not as you.
    os.chmod(out / "auth.conf", 0o644)


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m shared.natsauth`."""
    parser = argparse.ArgumentParser(prog="python -m shared.natsauth", description="The platform's NATS credentials.")
    parser.add_argument(
        "what",
        choices=["config", "secrets", "compose"],
        help="the server's authorization block, Kubernetes Secrets, or the files deploy/compose.yaml reads (--out)",
    )
    parser.add_argument("--out", type=Path, default=Path("var/compose/nats"), help="where `compose` writes (default %(default)s)")
    parser.add_argument("--credentials", type=Path, required=True, help="JSON credentials file (created, mode 0600, if missing)")
    parser.add_argument("--stream", default=os.environ.get("IUC_STREAM_NAME") or "IUC")
    args = parser.parse_args(argv)
    users = platform_users(args.stream)
    passwords = load_credentials(args.credentials, users)
    if args.what == "compose":
        write_compose_files(args.out, users, passwords)
        print(f"wrote {args.out}/auth.conf and one <identity>.env per NATS identity")
    else:
        sys.stdout.write(authorization_block(users, passwords) if args.what == "config" else k8s_secrets(users, passwords))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
