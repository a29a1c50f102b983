"""One OpenAPI 3.1 document for the whole platform, merged from the services' own."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import aiohttp
import orjson

from gateway.oauth import TOKEN_PATH
from shared.catalog import ServiceEntry
from shared.identity import ROLE_DEFAULT_SCOPES
from shared.openapi import PROBLEM_SCHEMAS, add_problems
from shared.showcase import SHOWCASE_ABOUT, SHOWCASE_TAG

log = logging.getLogger("iuc.gateway.openapi")

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# The gateway's own public routes, merged with the services' as if it were one more service.
GATEWAY = "gateway"
GATEWAY_PREFIXES = (TOKEN_PATH,)  # health is for operators, not in the contract
# What the gateway itself may answer to any proxied request: no or a bad key or token (401),
# over the key's rate (429), the service unreadable, unreachable or too slow (502/503/504).
PROXIED_PROBLEMS = (401, 429, 502, 503, 504)
# ...and to an open one, which takes no key: over the client address's rate (429), the service down.
OPEN_PROBLEMS = (429, 502, 503, 504)


def oauth2_scheme() -> dict[str, Any]:
    """OAuth2 client credentials at the gateway's token endpoint (gateway/oauth.py)."""
    scopes = sorted({s for granted in ROLE_DEFAULT_SCOPES.values() for s in granted if s != "*"})
    return {
        "type": "oauth2",
        "description": "client_id: the API key's id; client_secret: the API key. A token may ask for fewer scopes.",
        "flows": {"clientCredentials": {"tokenUrl": TOKEN_PATH, "scopes": {s: f"the {s} scope" for s in scopes}}},
    }


API_KEY_SCHEME = {
    "type": "apiKey",
    "in": "header",
    "name": "X-API-Key",
    "description": "An API key issued by the programme's coordination unit (`python -m gateway.keys create`).",
}


def owns(prefixes: Sequence[str], path: str) -> bool:
    """True if `path` is one of the prefixes, below one, or a custom verb on one."""
    return any(path.startswith(p) and (len(path) == len(p) or path[len(p)] in "/:") for p in prefixes)


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part)


def _ref(section: str, name: str) -> str:
    return f"#/components/{section}/{name}"


def rewrite_refs(node: Any, renames: Mapping[str, str]) -> Any:
    """A deep copy of `node` with every `$ref` found in `renames` replaced."""
    if isinstance(node, dict):
        out = {k: rewrite_refs(v, renames) for k, v in node.items()}
        ref = out.get("$ref")
        if isinstance(ref, str) and ref in renames:
            out["$ref"] = renames[ref]
        return out
    if isinstance(node, list):
        return [rewrite_refs(v, renames) for v in node]
    return node


def _canonical(node: Any) -> bytes:
    return orjson.dumps(node, option=orjson.OPT_SORT_KEYS)


def merge_openapi(
    docs: Mapping[str, dict[str, Any]],
    prefixes: Mapping[str, Sequence[str]],
    *,
    title: str = "IUC Platform API",
    version: str = "1.0.0",
    description: str = "",
) -> dict[str, Any]:
    """Merge each service's document (by service name) into the gateway's public one."""
    # Only paths under a service's public prefixes are public. Components that two services
    # define differently under one name are renamed `<Service><Name>` in both, and each
    # service's `$ref`s follow its own copy, so no service's schema silently changes meaning.
    # (section, name) -> {service: definition}; the gateway brings its own security schemes.
    defined: dict[tuple[str, str], dict[str, Any]] = {}
    for service, doc in docs.items():
        for section, items in (doc.get("components") or {}).items():
            if section == "securitySchemes" or not isinstance(items, dict):
                continue
            for name, definition in items.items():
                defined.setdefault((section, name), {})[service] = definition

    # A clash can hide behind a $ref (two `Page`s pointing at two different `City`s),
    # so renaming repeats until no definition changes meaning.
    clashing: set[tuple[str, str]] = set()

    def renames_for(service: str) -> dict[str, str]:
        return {
            _ref(section, name): _ref(section, _pascal(service) + name)
            for section, name in clashing
            if service in defined[(section, name)]
        }

    changed = True
    while changed:
        changed = False
        maps = {service: renames_for(service) for service in docs}
        for key, by_service in defined.items():
            if key in clashing or len(by_service) < 2:
                continue
            forms = {_canonical(rewrite_refs(d, maps[s])) for s, d in by_service.items()}
            if len(forms) > 1:
                clashing.add(key)
                changed = True
    for section, name in sorted(clashing):
        log.info("%s %r differs between services %s; each copy is prefixed", section, name, sorted(defined[(section, name)]))

    maps = {service: renames_for(service) for service in docs}
    components: dict[str, dict[str, Any]] = {}
    for (section, name), by_service in defined.items():
        for service, definition in by_service.items():
            target = _pascal(service) + name if (section, name) in clashing else name
            components.setdefault(section, {})[target] = rewrite_refs(definition, maps[service])

    paths: dict[str, Any] = {}
    tags: dict[str, dict[str, Any]] = {}
    operation_ids: dict[str, str] = {}
    for service, doc in docs.items():
        for tag in doc.get("tags") or ():
            tags.setdefault(tag["name"], tag)
        for path, item in (doc.get("paths") or {}).items():
            if not owns(prefixes.get(service, ()), path):
                continue
            if path in paths:
                log.warning("path %s is published by two services; keeping the first", path)
                continue
            item = rewrite_refs(item, maps[service])
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                op["x-iuc-service"] = service
                op_id = op.get("operationId")
                if op_id is None:
                    continue
                if op_id in operation_ids:
                    # Generated clients need unique ids; the clash is a bug to fix in a service.
                    log.warning("operationId %r of %s clashes with %s; renamed", op_id, service, operation_ids[op_id])
                    op_id = op["operationId"] = f"{service}_{op_id}"
                operation_ids[op_id] = service
            paths[path] = item

    components["securitySchemes"] = {"ApiKey": dict(API_KEY_SCHEME), "OAuth2": oauth2_scheme()}
    merged: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": title, "version": version, "description": description},
        "paths": dict(sorted(paths.items())),
        "components": {section: dict(sorted(items.items())) for section, items in sorted(components.items())},
        "security": [{"ApiKey": []}, {"OAuth2": []}],
    }
    if tags:
        merged["tags"] = list(tags.values())
    return merged


CLIENT_BASIC = {
    "type": "http",
    "scheme": "basic",
    "description": "At the token endpoint only: client_id (the API key's id) and client_secret (the key), RFC 6749 2.3.1.",
}


def finish_gateway_document(doc: dict[str, Any]) -> dict[str, Any]:
    """The gateway's own document (its FastAPI app's), with the schemas its routes refer to (in place)."""
    from gateway.token_endpoint import TOKEN_SCHEMAS  # the endpoint module needs the key store's imports

    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    for fastapi_own in ("HTTPValidationError", "ValidationError"):
        schemas.pop(fastapi_own, None)
    schemas.update({**PROBLEM_SCHEMAS, **TOKEN_SCHEMAS})
    token = (doc.get("paths") or {}).get(TOKEN_PATH, {}).get("post")
    if token is not None:
        # 413 over the form's limit (shared/limits.py), 429 after too many failed clients from one
        # address (gateway/ratelimit.py), 503 while the key store cannot be read.
        add_problems(token, (413, 429, 503))
    return doc


def platform_document(
    service_docs: Mapping[str, dict[str, Any]],
    own: dict[str, Any] | None,
    services: Sequence[ServiceEntry],
    **meta: str,
) -> dict[str, Any]:
    """The public document: the services' documents and the gateway's own, merged and finished.

    The live `/openapi.json` and `python -m gateway.contract` both come from here, so they agree.
    """
    docs = {e.name: service_docs[e.name] for e in services if e.name in service_docs}
    prefixes: dict[str, Sequence[str]] = {e.name: e.prefixes for e in services}
    if own is not None:
        docs[GATEWAY] = own
        prefixes[GATEWAY] = GATEWAY_PREFIXES
    about = {name: (doc.get("info") or {}).get("description") or "" for name, doc in docs.items()}
    return finish_merged(merge_openapi(docs, prefixes, **meta), about)


def finish_merged(merged: dict[str, Any], about: Mapping[str, str] | None = None) -> dict[str, Any]:
    """What the merge alone does not say (in place): the gateway's own error answers on every
    proxied operation, each schema titled by its (unique) component name, one tag per service
    (`about`: what each serves, from its own document)."""
    about = {SHOWCASE_TAG: SHOWCASE_ABOUT, **(about or {})}
    tags: set[str] = set()
    for item in merged["paths"].values():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            service = op.get("x-iuc-service", GATEWAY)
            if service != GATEWAY and op.get("security") == []:
                # The showcase's open operations (shared/showcase.py): no key, so no 401; one tag, whichever
                # service serves each collection.
                add_problems(op, OPEN_PROBLEMS)
                op["tags"] = [SHOWCASE_TAG]
            elif service != GATEWAY:
                add_problems(op, PROXIED_PROBLEMS)
                # One tag per service: the docs pages group by it, and a generated client puts
                # each service's operations in one module (iuc_client.api.covenant, ...).
                op["tags"] = [service]
            tags.update(op.get("tags", ()))
    # Generated clients name a model by its title: two services' `State`s, renamed apart by
    # the merge, would become one class again if they kept the title FastAPI gave them.
    for name, schema in (merged["components"].get("schemas") or {}).items():
        if isinstance(schema, dict) and "$ref" not in schema:
            schema["title"] = name
    merged["components"]["securitySchemes"]["ClientBasic"] = dict(CLIENT_BASIC)
    known = {t["name"]: t for t in merged.get("tags", ())}
    merged["tags"] = [
        known.get(tag) or {"name": tag, "description": about.get(tag) or f"The {tag.replace('_', ' ')} service."}
        for tag in sorted(tags)
    ]
    return merged


class OpenApiCache:
    """Fetches the services' documents, keeps them, and re-asks services that were down."""

    def __init__(
        self,
        services: Sequence[ServiceEntry],
        session: Callable[[], aiohttp.ClientSession],
        *,
        timeout: float = 2.0,
        max_age: float = 300.0,
        title: str = "IUC Platform API",
        version: str = "1.0.0",
        description: str = "",
        own: Callable[[], dict[str, Any]] | None = None,
    ) -> None:
        self._entries = list(services)
        self._own = own
        self._services = [(e.name, e.url().rstrip("/"), e.prefixes) for e in services]
        self._session = session
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._max_age = max_age
        self._meta = {"title": title, "version": version, "description": description}
        self._docs: dict[str, dict[str, Any]] = {}
        self._fetched_at: dict[str, float] = {}
        self._merged: dict[str, Any] | None = None
        self._lock = asyncio.Lock()

    async def document(self) -> dict[str, Any]:
        """The merged document, fetching what is missing or old."""
        async with self._lock:
            now = time.monotonic()
            due = [s for s in self._services if now - self._fetched_at.get(s[0], -1e9) > self._max_age]
            if due or self._merged is None:
                results = await asyncio.gather(*(self._fetch(name, base) for name, base, _ in due))
                for (name, _, _), doc in zip(due, results, strict=True):
                    if doc is not None:
                        self._docs[name] = doc
                        self._fetched_at[name] = now
                self._merged = self._merge()
            return self._merged

    def _merge(self) -> dict[str, Any]:
        own = self._own() if self._own is not None else None
        merged = platform_document(self._docs, own, self._entries, **self._meta)
        missing = [name for name, _, _ in self._services if name not in self._docs]
        if missing:
            # Not cached as final: the next request asks these services again.
            merged["x-iuc-unavailable-services"] = missing
        return merged

    async def _fetch(self, name: str, base: str) -> dict[str, Any] | None:
        try:
            async with self._session().get(base + "/openapi.json", timeout=self._timeout) as resp:
                if resp.status != 200:
                    log.warning("%s answered %d for its OpenAPI document", name, resp.status)
                    return None
                return orjson.loads(await resp.read())
        except (TimeoutError, aiohttp.ClientError, orjson.JSONDecodeError) as exc:
            log.warning("could not fetch the OpenAPI document of %s: %s", name, type(exc).__name__)
            return None
