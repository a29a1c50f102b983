"""What a webhook may be sent to: the URL rule when an endpoint is made, and the address rule when
a connection is opened.

The address rule is applied when a connection is opened, in two places of aiohttp's connector:
its resolver (`GuardedResolver`: the host is resolved there and every address it resolves to is
checked) and its socket factory (`guarded_socket`: the address the socket is about to connect to is
checked again, which also covers a literal IP, which aiohttp never hands to a resolver). A name that
resolved to a public address when the endpoint was made and to 127.0.0.1 now (DNS rebinding) is
refused, because no earlier answer is trusted. TLS is unchanged: aiohttp connects to the checked
address with the URL's host as the server name, so SNI and certificate verification use the name.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
from collections.abc import Awaitable, Callable
from ipaddress import IPv4Address, IPv6Address
from urllib.parse import urlsplit

import httpx
from aiohttp.abc import AbstractResolver, ResolveResult

Resolver = Callable[[str], Awaitable[list[str]]]
"""An async callable: host name -> the IP addresses (strings) to connect to, in order."""

IPAddress = IPv4Address | IPv6Address

MAX_URL_LENGTH = 2000
METADATA = frozenset({ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")})
SHARED = ipaddress.ip_network("100.64.0.0/10")  # RFC 6598, carrier-grade NAT: not global, not "private" to Python
NAT64 = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052: the last 32 bits are the IPv4 address reached
_NUMERIC_HOST = re.compile(r"[0-9a-fx.]+")


class TargetRefused(OSError):
    """A webhook target whose address is not one we send to; no connection was made (an OSError, as
    aiohttp expects of its resolver and socket factory, which carry it as the connection's error)."""

    def __init__(self, ip: str, reason: str) -> None:
        super().__init__(f"{ip} is {reason}")
        self.ip = ip
        self.reason = reason


def _reason(address: IPAddress) -> str | None:
    if address in METADATA:
        return "a cloud metadata address"
    if address.is_unspecified:
        return "unspecified"
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if isinstance(address, IPv4Address) and address in SHARED:
        return "carrier-grade NAT (shared address space)"
    if isinstance(address, IPv6Address) and address.is_site_local:
        return "site-local"
    if address.is_reserved:
        return "reserved"
    if address.is_private:
        return "private"
    if not address.is_global:
        return "not globally routable"
    return None


def _embedded_v4(address: IPv6Address) -> tuple[str, IPv4Address] | None:
    """The IPv4 address an IPv6 address leads to, with the name of the embedding."""
    if address.ipv4_mapped is not None:
        return "IPv4-mapped", address.ipv4_mapped
    if address in NAT64:
        return "NAT64", IPv4Address(int(address) & 0xFFFFFFFF)
    if address.sixtofour is not None:
        return "6to4", address.sixtofour
    return None


def forbidden_reason(ip: str | IPAddress) -> str | None:
    """Why a webhook must not be sent to this address (None: it may): loopback, private, link-local,
    CGNAT, multicast, reserved, unspecified, cloud metadata, and the IPv4-mapped forms of all these."""
    try:
        address = ip if isinstance(ip, IPv4Address | IPv6Address) else ipaddress.ip_address(ip)
    except ValueError:
        return "not an IP address"
    if isinstance(address, IPv6Address) and address.scope_id:
        address = IPv6Address(str(address).split("%", 1)[0])
    if isinstance(address, IPv6Address) and (embedded := _embedded_v4(address)) is not None:
        form, v4 = embedded
        reason = _reason(v4)
        return f"{reason} ({form} {v4})" if reason else None
    return _reason(address)


def literal_ip(host: str) -> IPAddress | None:
    """The address a URL's host spells out, also in the legacy numeric forms (2130706433, 0x7f.1)
    that resolvers accept; None for a name."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if _NUMERIC_HOST.fullmatch(host.lower()):
        try:
            return IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def check_url(url: str, *, require_https: bool, allow_private: bool = False) -> str | None:
    """What is wrong with an endpoint's URL (None: nothing): http or https only (https when required),
    no user name or password, a host, at most 2000 characters, no literal forbidden address unless
    `allow_private`."""
    if len(url) > MAX_URL_LENGTH:
        return f"the URL is longer than {MAX_URL_LENGTH} characters"
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        return "the URL contains whitespace or control characters"
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port out of range
        httpx.URL(url)
    except (ValueError, httpx.InvalidURL) as exc:
        return f"the URL cannot be parsed: {exc}"
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return "the URL must be http or https"
    if require_https and scheme != "https":
        return "the URL must be https"
    if "@" in parts.netloc:
        return "the URL must not carry a user name or password"
    if not host:
        return "the URL has no host"
    if not allow_private and (address := literal_ip(host)) is not None and (reason := forbidden_reason(address)):
        return f"{address} is {reason}"
    return None


async def system_resolver(host: str) -> list[str]:
    """The addresses the system resolver (the loop's getaddrinfo) gives for a host, without repeats."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class GuardedResolver(AbstractResolver):
    """aiohttp's resolver for webhook targets: resolves with `resolver` (the system's by default) and
    refuses the target when any address the name resolves to is forbidden (`TargetRefused`, before
    any connection). `allow_private` skips the address rule (development)."""

    def __init__(self, *, allow_private: bool, resolver: Resolver | None = None) -> None:
        self._allow_private = allow_private
        self._resolver = resolver or system_resolver

    async def addresses(self, host: str) -> list[str]:
        """The checked addresses to connect to for a host; raises TargetRefused or OSError."""
        if (address := literal_ip(host)) is not None:
            found = [str(address)]
        else:
            try:
                found = list(await self._resolver(host))
            except OSError as exc:
                raise OSError(f"cannot resolve {host}: {exc}") from exc
        if not found:
            raise OSError(f"{host} resolves to no address")
        if not self._allow_private:
            for ip in found:
                if reason := forbidden_reason(ip):
                    raise TargetRefused(ip, reason)
        return found

    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET) -> list[ResolveResult]:
        results = []
        for ip in await self.addresses(host):
            kind = socket.AF_INET6 if ":" in ip else socket.AF_INET
            results.append(ResolveResult(hostname=host, host=ip, port=port, family=kind, proto=0, flags=socket.AI_NUMERICHOST))
        return results

    async def close(self) -> None:
        return None


def guarded_socket(*, allow_private: bool) -> Callable[[tuple], socket.socket]:
    """aiohttp's socket factory for webhook targets: refuses a socket to a forbidden address (the
    last check, on the address itself, whatever resolved it)."""

    def make(addr_info: tuple) -> socket.socket:
        family, kind, proto, _, sockaddr = addr_info
        if not allow_private and (reason := forbidden_reason(sockaddr[0])):
            raise TargetRefused(str(sockaddr[0]), reason)
        return socket.socket(family, kind, proto)

    return make
