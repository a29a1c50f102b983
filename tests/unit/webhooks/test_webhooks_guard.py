"""The SSRF guard's rules: which addresses a webhook is never sent to, and which URLs an endpoint may have."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from services.webhooks.delivery.guard import (
    GuardedResolver,
    TargetRefused,
    check_url,
    forbidden_reason,
    guarded_socket,
    literal_ip,
)

FORBIDDEN = {
    # IPv4
    "127.0.0.1": "loopback",
    "127.255.255.254": "loopback",
    "10.0.0.5": "private",
    "172.16.3.4": "private",
    "192.168.1.1": "private",
    "169.254.169.254": "a cloud metadata address",
    "169.254.10.20": "link-local",
    "100.64.0.1": "carrier-grade NAT (shared address space)",
    "100.127.255.254": "carrier-grade NAT (shared address space)",
    "0.0.0.0": "unspecified",
    "0.1.2.3": "private",
    "224.0.0.251": "multicast",
    "239.255.255.250": "multicast",
    "240.0.0.1": "reserved",
    "255.255.255.255": "reserved",
    "192.0.2.10": "private",  # documentation
    # IPv6
    "::1": "loopback",
    "::": "unspecified",
    "fe80::1": "link-local",
    "fe80::1%2": "link-local",
    "fc00::1": "private",
    "fd12:3456::1": "private",
    "fd00:ec2::254": "a cloud metadata address",
    "ff02::1": "multicast",
    "fec0::1": "site-local",
    "2001:db8::1": "private",  # documentation
    # IPv4-mapped and other IPv6 forms that lead to an IPv4 address
    "::ffff:127.0.0.1": "loopback (IPv4-mapped 127.0.0.1)",
    "::ffff:10.0.0.5": "private (IPv4-mapped 10.0.0.5)",
    "::ffff:169.254.169.254": "a cloud metadata address (IPv4-mapped 169.254.169.254)",
    "::ffff:100.64.0.1": "carrier-grade NAT (shared address space) (IPv4-mapped 100.64.0.1)",
    "::ffff:0.0.0.0": "unspecified (IPv4-mapped 0.0.0.0)",
    "64:ff9b::7f00:1": "loopback (NAT64 127.0.0.1)",
    "2002:a00:5::": "private (6to4 10.0.0.5)",
    "::7f00:1": "reserved",  # the deprecated IPv4-compatible form
}

PUBLIC = ["8.8.8.8", "1.1.1.1", "93.184.216.34", "100.63.255.255", "100.128.0.0", "2606:4700:4700::1111", "::ffff:8.8.8.8"]


@pytest.mark.parametrize(("ip", "reason"), FORBIDDEN.items())
def test_every_class_of_forbidden_address_is_refused_with_its_reason(ip, reason):
    assert forbidden_reason(ip) == reason


@pytest.mark.parametrize("ip", PUBLIC)
def test_public_addresses_are_allowed(ip):
    assert forbidden_reason(ip) is None
    assert forbidden_reason(ipaddress.ip_address(ip)) is None


def test_something_that_is_not_an_address_is_refused():
    assert forbidden_reason("example.com") == "not an IP address"


@pytest.mark.parametrize(
    ("host", "address"),
    [("127.0.0.1", "127.0.0.1"), ("2130706433", "127.0.0.1"), ("0x7f.1", "127.0.0.1"), ("::1", "::1"), ("example.com", None)],
)
def test_literal_addresses_are_read_in_every_form_a_resolver_accepts(host, address):
    found = literal_ip(host)
    assert (str(found) if found else None) == address


@pytest.mark.parametrize(
    "url",
    [
        "https://hooks.example.com/iuc",
        "http://hooks.example.com:8080/in?x=1",
        "https://[2606:4700:4700::1111]/hook",
        "HTTPS://Example.COM/",
    ],
)
def test_good_urls_pass(url):
    assert check_url(url, require_https=False) is None


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("ftp://hooks.example.com/", "the URL must be http or https"),
        ("file:///etc/passwd", "the URL must be http or https"),
        ("hooks.example.com/in", "the URL must be http or https"),
        ("https://user:secret@hooks.example.com/", "the URL must not carry a user name or password"),
        ("https://token@hooks.example.com/", "the URL must not carry a user name or password"),
        ("https:///path-only", "the URL has no host"),
        ("https://hooks.example.com/" + "a" * 1980, "the URL is longer than 2000 characters"),
        ("https://hooks.example.com/a b", "the URL contains whitespace or control characters"),
        ("https://hooks.example.com:99999/", "the URL cannot be parsed: Port out of range 0-65535"),
        ("http://127.0.0.1:8080/hook", "127.0.0.1 is loopback"),
        ("http://10.0.0.5/hook", "10.0.0.5 is private"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a cloud metadata address"),
        ("http://[::1]/hook", "::1 is loopback"),
        ("http://[::ffff:10.0.0.5]/hook", "::ffff:a00:5 is private (IPv4-mapped 10.0.0.5)"),
        ("http://2130706433/hook", "127.0.0.1 is loopback"),
        ("http://0.0.0.0:8000/", "0.0.0.0 is unspecified"),
    ],
)
def test_bad_urls_are_refused_with_the_reason(url, problem):
    assert check_url(url, require_https=False) == problem


def test_https_is_required_when_configured():
    assert check_url("http://hooks.example.com/", require_https=True) == "the URL must be https"
    assert check_url("https://hooks.example.com/", require_https=True) is None


def test_a_url_of_exactly_the_limit_passes():
    url = "https://hooks.example.com/"
    assert check_url(url + "a" * (2000 - len(url)), require_https=False) is None


def test_allow_private_lets_a_literal_private_address_through_but_not_bad_syntax():
    assert check_url("http://127.0.0.1:8080/hook", require_https=False, allow_private=True) is None
    assert check_url("http://10.0.0.5/hook", require_https=False, allow_private=True) is None
    assert check_url("ftp://127.0.0.1/", require_https=False, allow_private=True) == "the URL must be http or https"


async def test_the_resolver_refuses_when_any_resolved_address_is_forbidden():
    async def resolver(host: str) -> list[str]:
        return ["93.184.216.34", "10.0.0.5"]

    with pytest.raises(TargetRefused) as refused:
        await GuardedResolver(allow_private=False, resolver=resolver).addresses("mixed.test")
    assert (refused.value.ip, refused.value.reason) == ("10.0.0.5", "private")
    assert str(refused.value) == "10.0.0.5 is private"


async def test_the_resolver_gives_checked_addresses_and_skips_the_rule_when_private_is_allowed():
    async def resolver(host: str) -> list[str]:
        return {"public.test": ["93.184.216.34"], "inside.test": ["10.0.0.5"]}[host]

    assert await GuardedResolver(allow_private=False, resolver=resolver).addresses("public.test") == ["93.184.216.34"]
    assert await GuardedResolver(allow_private=True, resolver=resolver).addresses("inside.test") == ["10.0.0.5"]


async def test_a_literal_address_is_checked_without_asking_the_resolver():
    asked: list[str] = []

    async def resolver(host: str) -> list[str]:
        asked.append(host)
        return ["93.184.216.34"]

    with pytest.raises(TargetRefused):
        await GuardedResolver(allow_private=False, resolver=resolver).addresses("127.0.0.1")
    assert asked == []


async def test_the_resolver_answers_aiohttp_with_each_checked_address_and_its_family():
    async def resolver(host: str) -> list[str]:
        return ["93.184.216.34", "2606:2800:220:1::1"]

    results = await GuardedResolver(allow_private=False, resolver=resolver).resolve("dual.test", 443)
    assert [(r["host"], r["port"], r["family"], r["hostname"]) for r in results] == [
        ("93.184.216.34", 443, socket.AF_INET, "dual.test"),
        ("2606:2800:220:1::1", 443, socket.AF_INET6, "dual.test"),
    ]


def test_the_socket_factory_refuses_a_forbidden_address_whatever_resolved_it():
    make = guarded_socket(allow_private=False)
    with pytest.raises(TargetRefused) as refused:
        make((socket.AF_INET, socket.SOCK_STREAM, 6, "", ("169.254.169.254", 80)))
    assert str(refused.value) == "169.254.169.254 is a cloud metadata address"
    with pytest.raises(TargetRefused):
        make((socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("::ffff:10.0.0.1", 80, 0, 0)))
    made = make((socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 80)))
    made.close()
    allowed = guarded_socket(allow_private=True)((socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", 80)))
    allowed.close()
