from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_inventories_regional_covenant_type_0 import ExportInventoriesRegionalCovenantType0
from ...models.inventory_export_page import InventoryExportPage
from ...models.inventory_kind import InventoryKind
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    regional_covenant: ExportInventoriesRegionalCovenantType0 | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    kind: InventoryKind | None | Unset = UNSET,
    year_from: int | None | Unset = UNSET,
    year_to: int | None | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    params: dict[str, Any] = {}

    json_regional_covenant: None | str | Unset
    if isinstance(regional_covenant, Unset):
        json_regional_covenant = UNSET
    elif isinstance(regional_covenant, ExportInventoriesRegionalCovenantType0):
        json_regional_covenant = regional_covenant.value
    else:
        json_regional_covenant = regional_covenant
    params["regional_covenant"] = json_regional_covenant

    json_country: None | str | Unset
    if isinstance(country, Unset):
        json_country = UNSET
    else:
        json_country = country
    params["country"] = json_country

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, InventoryKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_year_from: int | None | Unset
    if isinstance(year_from, Unset):
        json_year_from = UNSET
    else:
        json_year_from = year_from
    params["year_from"] = json_year_from

    json_year_to: int | None | Unset
    if isinstance(year_to, Unset):
        json_year_to = UNSET
    else:
        json_year_to = year_to
    params["year_to"] = json_year_to

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
        "url": "/v1/covenant/inventories",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InventoryExportPage | Problem | None:
    if response.status_code == 200:
        response_200 = InventoryExportPage.from_dict(response.json())

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
) -> Response[InventoryExportPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    regional_covenant: ExportInventoriesRegionalCovenantType0 | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    kind: InventoryKind | None | Unset = UNSET,
    year_from: int | None | Unset = UNSET,
    year_to: int | None | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Response[InventoryExportPage | Problem]:
    """Export Inventories

     Every emission inventory of the registry with its sector rows and its signatory, by id; `Accept:
    text/csv`
    exports every match, one line a sector row (activity, carrier, emission factor, emissions), formula
    cells
    escaped. An office key reads its own covenant's inventories unless it names another, which is
    refused (403).

    Args:
        regional_covenant (ExportInventoriesRegionalCovenantType0 | None | Unset): Only this
            regional covenant's; a covenant office's key reads its own by default.
        country (None | str | Unset): ISO 3166-1 alpha-2
        kind (InventoryKind | None | Unset):
        year_from (int | None | Unset):
        year_to (int | None | Unset):
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InventoryExportPage | Problem]
    """

    kwargs = _get_kwargs(
        regional_covenant=regional_covenant,
        country=country,
        kind=kind,
        year_from=year_from,
        year_to=year_to,
        page_size=page_size,
        page_token=page_token,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    regional_covenant: ExportInventoriesRegionalCovenantType0 | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    kind: InventoryKind | None | Unset = UNSET,
    year_from: int | None | Unset = UNSET,
    year_to: int | None | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> InventoryExportPage | Problem | None:
    """Export Inventories

     Every emission inventory of the registry with its sector rows and its signatory, by id; `Accept:
    text/csv`
    exports every match, one line a sector row (activity, carrier, emission factor, emissions), formula
    cells
    escaped. An office key reads its own covenant's inventories unless it names another, which is
    refused (403).

    Args:
        regional_covenant (ExportInventoriesRegionalCovenantType0 | None | Unset): Only this
            regional covenant's; a covenant office's key reads its own by default.
        country (None | str | Unset): ISO 3166-1 alpha-2
        kind (InventoryKind | None | Unset):
        year_from (int | None | Unset):
        year_to (int | None | Unset):
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InventoryExportPage | Problem
    """

    return sync_detailed(
        client=client,
        regional_covenant=regional_covenant,
        country=country,
        kind=kind,
        year_from=year_from,
        year_to=year_to,
        page_size=page_size,
        page_token=page_token,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    regional_covenant: ExportInventoriesRegionalCovenantType0 | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    kind: InventoryKind | None | Unset = UNSET,
    year_from: int | None | Unset = UNSET,
    year_to: int | None | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Response[InventoryExportPage | Problem]:
    """Export Inventories

     Every emission inventory of the registry with its sector rows and its signatory, by id; `Accept:
    text/csv`
    exports every match, one line a sector row (activity, carrier, emission factor, emissions), formula
    cells
    escaped. An office key reads its own covenant's inventories unless it names another, which is
    refused (403).

    Args:
        regional_covenant (ExportInventoriesRegionalCovenantType0 | None | Unset): Only this
            regional covenant's; a covenant office's key reads its own by default.
        country (None | str | Unset): ISO 3166-1 alpha-2
        kind (InventoryKind | None | Unset):
        year_from (int | None | Unset):
        year_to (int | None | Unset):
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InventoryExportPage | Problem]
    """

    kwargs = _get_kwargs(
        regional_covenant=regional_covenant,
        country=country,
        kind=kind,
        year_from=year_from,
        year_to=year_to,
        page_size=page_size,
        page_token=page_token,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    regional_covenant: ExportInventoriesRegionalCovenantType0 | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    kind: InventoryKind | None | Unset = UNSET,
    year_from: int | None | Unset = UNSET,
    year_to: int | None | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> InventoryExportPage | Problem | None:
    """Export Inventories

     Every emission inventory of the registry with its sector rows and its signatory, by id; `Accept:
    text/csv`
    exports every match, one line a sector row (activity, carrier, emission factor, emissions), formula
    cells
    escaped. An office key reads its own covenant's inventories unless it names another, which is
    refused (403).

    Args:
        regional_covenant (ExportInventoriesRegionalCovenantType0 | None | Unset): Only this
            regional covenant's; a covenant office's key reads its own by default.
        country (None | str | Unset): ISO 3166-1 alpha-2
        kind (InventoryKind | None | Unset):
        year_from (int | None | Unset):
        year_to (int | None | Unset):
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InventoryExportPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            regional_covenant=regional_covenant,
            country=country,
            kind=kind,
            year_from=year_from,
            year_to=year_to,
            page_size=page_size,
            page_token=page_token,
            accept=accept,
        )
    ).parsed
