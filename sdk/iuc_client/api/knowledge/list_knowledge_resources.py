from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.resource_kind import ResourceKind
from ...models.resource_page import ResourcePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: None | ResourceKind | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    sdg: int | None | Unset = UNSET,
    sector: None | str | Unset = UNSET,
    practice_id: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, ResourceKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_theme: None | str | Unset
    if isinstance(theme, Unset):
        json_theme = UNSET
    else:
        json_theme = theme
    params["theme"] = json_theme

    json_sdg: int | None | Unset
    if isinstance(sdg, Unset):
        json_sdg = UNSET
    else:
        json_sdg = sdg
    params["sdg"] = json_sdg

    json_sector: None | str | Unset
    if isinstance(sector, Unset):
        json_sector = UNSET
    else:
        json_sector = sector
    params["sector"] = json_sector

    json_practice_id: None | str | Unset
    if isinstance(practice_id, Unset):
        json_practice_id = UNSET
    else:
        json_practice_id = practice_id
    params["practice_id"] = json_practice_id

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    params["page_size"] = page_size

    json_page_token: None | str | Unset
    if isinstance(page_token, Unset):
        json_page_token = UNSET
    else:
        json_page_token = page_token
    params["page_token"] = json_page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/knowledge/resources",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ResourcePage | None:
    if response.status_code == 200:
        response_200 = ResourcePage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 502:
        response_502 = Problem.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = Problem.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | ResourcePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    kind: None | ResourceKind | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    sdg: int | None | Unset = UNSET,
    sector: None | str | Unset = UNSET,
    practice_id: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> Response[Problem | ResourcePage]:
    """List Knowledge Resources

     List resources, oldest first, filtered.

    Args:
        kind (None | ResourceKind | Unset):
        theme (None | str | Unset):
        sdg (int | None | Unset):
        sector (None | str | Unset):
        practice_id (None | str | Unset):
        q (None | str | Unset): Part of the title.
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResourcePage]
    """

    kwargs = _get_kwargs(
        kind=kind,
        theme=theme,
        sdg=sdg,
        sector=sector,
        practice_id=practice_id,
        q=q,
        page_size=page_size,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    kind: None | ResourceKind | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    sdg: int | None | Unset = UNSET,
    sector: None | str | Unset = UNSET,
    practice_id: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> Problem | ResourcePage | None:
    """List Knowledge Resources

     List resources, oldest first, filtered.

    Args:
        kind (None | ResourceKind | Unset):
        theme (None | str | Unset):
        sdg (int | None | Unset):
        sector (None | str | Unset):
        practice_id (None | str | Unset):
        q (None | str | Unset): Part of the title.
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResourcePage
    """

    return sync_detailed(
        client=client,
        kind=kind,
        theme=theme,
        sdg=sdg,
        sector=sector,
        practice_id=practice_id,
        q=q,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    kind: None | ResourceKind | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    sdg: int | None | Unset = UNSET,
    sector: None | str | Unset = UNSET,
    practice_id: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> Response[Problem | ResourcePage]:
    """List Knowledge Resources

     List resources, oldest first, filtered.

    Args:
        kind (None | ResourceKind | Unset):
        theme (None | str | Unset):
        sdg (int | None | Unset):
        sector (None | str | Unset):
        practice_id (None | str | Unset):
        q (None | str | Unset): Part of the title.
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResourcePage]
    """

    kwargs = _get_kwargs(
        kind=kind,
        theme=theme,
        sdg=sdg,
        sector=sector,
        practice_id=practice_id,
        q=q,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    kind: None | ResourceKind | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    sdg: int | None | Unset = UNSET,
    sector: None | str | Unset = UNSET,
    practice_id: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> Problem | ResourcePage | None:
    """List Knowledge Resources

     List resources, oldest first, filtered.

    Args:
        kind (None | ResourceKind | Unset):
        theme (None | str | Unset):
        sdg (int | None | Unset):
        sector (None | str | Unset):
        practice_id (None | str | Unset):
        q (None | str | Unset): Part of the title.
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResourcePage
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            theme=theme,
            sdg=sdg,
            sector=sector,
            practice_id=practice_id,
            q=q,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
