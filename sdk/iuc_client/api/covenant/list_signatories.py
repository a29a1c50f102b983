import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.generation import Generation
from ...models.list_signatories_badge_type_0 import ListSignatoriesBadgeType0
from ...models.list_signatories_regional_covenant_type_0 import ListSignatoriesRegionalCovenantType0
from ...models.list_signatories_response_200 import ListSignatoriesResponse200
from ...models.problem import Problem
from ...models.signatory_status import SignatoryStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    regional_covenant: ListSignatoriesRegionalCovenantType0 | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    status: None | SignatoryStatus | Unset = UNSET,
    badge: ListSignatoriesBadgeType0 | None | Unset = UNSET,
    generation: Generation | None | Unset = UNSET,
    min_population: int | None | Unset = UNSET,
    max_population: int | None | Unset = UNSET,
    adhered_from: datetime.date | None | Unset = UNSET,
    adhered_to: datetime.date | None | Unset = UNSET,
    near: None | str | Unset = UNSET,
    radius_km: float | None | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
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
    elif isinstance(regional_covenant, ListSignatoriesRegionalCovenantType0):
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

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, SignatoryStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_badge: None | str | Unset
    if isinstance(badge, Unset):
        json_badge = UNSET
    elif isinstance(badge, ListSignatoriesBadgeType0):
        json_badge = badge.value
    else:
        json_badge = badge
    params["badge"] = json_badge

    json_generation: None | str | Unset
    if isinstance(generation, Unset):
        json_generation = UNSET
    elif isinstance(generation, Generation):
        json_generation = generation.value
    else:
        json_generation = generation
    params["generation"] = json_generation

    json_min_population: int | None | Unset
    if isinstance(min_population, Unset):
        json_min_population = UNSET
    else:
        json_min_population = min_population
    params["min_population"] = json_min_population

    json_max_population: int | None | Unset
    if isinstance(max_population, Unset):
        json_max_population = UNSET
    else:
        json_max_population = max_population
    params["max_population"] = json_max_population

    json_adhered_from: None | str | Unset
    if isinstance(adhered_from, Unset):
        json_adhered_from = UNSET
    elif isinstance(adhered_from, datetime.date):
        json_adhered_from = adhered_from.isoformat()
    else:
        json_adhered_from = adhered_from
    params["adhered_from"] = json_adhered_from

    json_adhered_to: None | str | Unset
    if isinstance(adhered_to, Unset):
        json_adhered_to = UNSET
    elif isinstance(adhered_to, datetime.date):
        json_adhered_to = adhered_to.isoformat()
    else:
        json_adhered_to = adhered_to
    params["adhered_to"] = json_adhered_to

    json_near: None | str | Unset
    if isinstance(near, Unset):
        json_near = UNSET
    else:
        json_near = near
    params["near"] = json_near

    json_radius_km: float | None | Unset
    if isinstance(radius_km, Unset):
        json_radius_km = UNSET
    else:
        json_radius_km = radius_km
    params["radius_km"] = json_radius_km

    json_bbox: None | str | Unset
    if isinstance(bbox, Unset):
        json_bbox = UNSET
    else:
        json_bbox = bbox
    params["bbox"] = json_bbox

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
        "url": "/v1/covenant/signatories",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListSignatoriesResponse200 | Problem | None:
    if response.status_code == 200:
        response_200 = ListSignatoriesResponse200.from_dict(response.json())

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
) -> Response[ListSignatoriesResponse200 | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    regional_covenant: ListSignatoriesRegionalCovenantType0 | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    status: None | SignatoryStatus | Unset = UNSET,
    badge: ListSignatoriesBadgeType0 | None | Unset = UNSET,
    generation: Generation | None | Unset = UNSET,
    min_population: int | None | Unset = UNSET,
    max_population: int | None | Unset = UNSET,
    adhered_from: datetime.date | None | Unset = UNSET,
    adhered_to: datetime.date | None | Unset = UNSET,
    near: None | str | Unset = UNSET,
    radius_km: float | None | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Response[ListSignatoriesResponse200 | Problem]:
    """List Signatories

     Signatories by name, filtered (also by place: `near` with `radius_km`, `bbox`); `Accept:
    application/geo+json`
    answers the page as a GeoJSON FeatureCollection, `Accept: text/csv` exports every match as CSV,
    formula cells escaped.

    A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is exported with a `'`
    in front
    (OWASP CSV injection), so a spreadsheet shows it as text; numbers are exported as they are.

    Args:
        regional_covenant (ListSignatoriesRegionalCovenantType0 | None | Unset): A regional
            covenant.
        country (None | str | Unset): ISO 3166-1 alpha-2
        status (None | SignatoryStatus | Unset):
        badge (ListSignatoriesBadgeType0 | None | Unset): A badge, e.g. mitigation.inventory.
        generation (Generation | None | Unset):
        min_population (int | None | Unset):
        max_population (int | None | Unset):
        adhered_from (datetime.date | None | Unset):
        adhered_to (datetime.date | None | Unset):
        near (None | str | Unset): `lat,lon` in degrees: only what lies within `radius_km` of this
            point (great-circle distance).
        radius_km (float | None | Unset): The radius of `near`, in km.
        bbox (None | str | Unset): `west,south,east,north` in degrees (RFC 7946 order): only what
            lies inside; west greater than east crosses the antimeridian.
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListSignatoriesResponse200 | Problem]
    """

    kwargs = _get_kwargs(
        regional_covenant=regional_covenant,
        country=country,
        status=status,
        badge=badge,
        generation=generation,
        min_population=min_population,
        max_population=max_population,
        adhered_from=adhered_from,
        adhered_to=adhered_to,
        near=near,
        radius_km=radius_km,
        bbox=bbox,
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
    regional_covenant: ListSignatoriesRegionalCovenantType0 | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    status: None | SignatoryStatus | Unset = UNSET,
    badge: ListSignatoriesBadgeType0 | None | Unset = UNSET,
    generation: Generation | None | Unset = UNSET,
    min_population: int | None | Unset = UNSET,
    max_population: int | None | Unset = UNSET,
    adhered_from: datetime.date | None | Unset = UNSET,
    adhered_to: datetime.date | None | Unset = UNSET,
    near: None | str | Unset = UNSET,
    radius_km: float | None | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> ListSignatoriesResponse200 | Problem | None:
    """List Signatories

     Signatories by name, filtered (also by place: `near` with `radius_km`, `bbox`); `Accept:
    application/geo+json`
    answers the page as a GeoJSON FeatureCollection, `Accept: text/csv` exports every match as CSV,
    formula cells escaped.

    A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is exported with a `'`
    in front
    (OWASP CSV injection), so a spreadsheet shows it as text; numbers are exported as they are.

    Args:
        regional_covenant (ListSignatoriesRegionalCovenantType0 | None | Unset): A regional
            covenant.
        country (None | str | Unset): ISO 3166-1 alpha-2
        status (None | SignatoryStatus | Unset):
        badge (ListSignatoriesBadgeType0 | None | Unset): A badge, e.g. mitigation.inventory.
        generation (Generation | None | Unset):
        min_population (int | None | Unset):
        max_population (int | None | Unset):
        adhered_from (datetime.date | None | Unset):
        adhered_to (datetime.date | None | Unset):
        near (None | str | Unset): `lat,lon` in degrees: only what lies within `radius_km` of this
            point (great-circle distance).
        radius_km (float | None | Unset): The radius of `near`, in km.
        bbox (None | str | Unset): `west,south,east,north` in degrees (RFC 7946 order): only what
            lies inside; west greater than east crosses the antimeridian.
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListSignatoriesResponse200 | Problem
    """

    return sync_detailed(
        client=client,
        regional_covenant=regional_covenant,
        country=country,
        status=status,
        badge=badge,
        generation=generation,
        min_population=min_population,
        max_population=max_population,
        adhered_from=adhered_from,
        adhered_to=adhered_to,
        near=near,
        radius_km=radius_km,
        bbox=bbox,
        page_size=page_size,
        page_token=page_token,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    regional_covenant: ListSignatoriesRegionalCovenantType0 | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    status: None | SignatoryStatus | Unset = UNSET,
    badge: ListSignatoriesBadgeType0 | None | Unset = UNSET,
    generation: Generation | None | Unset = UNSET,
    min_population: int | None | Unset = UNSET,
    max_population: int | None | Unset = UNSET,
    adhered_from: datetime.date | None | Unset = UNSET,
    adhered_to: datetime.date | None | Unset = UNSET,
    near: None | str | Unset = UNSET,
    radius_km: float | None | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Response[ListSignatoriesResponse200 | Problem]:
    """List Signatories

     Signatories by name, filtered (also by place: `near` with `radius_km`, `bbox`); `Accept:
    application/geo+json`
    answers the page as a GeoJSON FeatureCollection, `Accept: text/csv` exports every match as CSV,
    formula cells escaped.

    A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is exported with a `'`
    in front
    (OWASP CSV injection), so a spreadsheet shows it as text; numbers are exported as they are.

    Args:
        regional_covenant (ListSignatoriesRegionalCovenantType0 | None | Unset): A regional
            covenant.
        country (None | str | Unset): ISO 3166-1 alpha-2
        status (None | SignatoryStatus | Unset):
        badge (ListSignatoriesBadgeType0 | None | Unset): A badge, e.g. mitigation.inventory.
        generation (Generation | None | Unset):
        min_population (int | None | Unset):
        max_population (int | None | Unset):
        adhered_from (datetime.date | None | Unset):
        adhered_to (datetime.date | None | Unset):
        near (None | str | Unset): `lat,lon` in degrees: only what lies within `radius_km` of this
            point (great-circle distance).
        radius_km (float | None | Unset): The radius of `near`, in km.
        bbox (None | str | Unset): `west,south,east,north` in degrees (RFC 7946 order): only what
            lies inside; west greater than east crosses the antimeridian.
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListSignatoriesResponse200 | Problem]
    """

    kwargs = _get_kwargs(
        regional_covenant=regional_covenant,
        country=country,
        status=status,
        badge=badge,
        generation=generation,
        min_population=min_population,
        max_population=max_population,
        adhered_from=adhered_from,
        adhered_to=adhered_to,
        near=near,
        radius_km=radius_km,
        bbox=bbox,
        page_size=page_size,
        page_token=page_token,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    regional_covenant: ListSignatoriesRegionalCovenantType0 | None | Unset = UNSET,
    country: None | str | Unset = UNSET,
    status: None | SignatoryStatus | Unset = UNSET,
    badge: ListSignatoriesBadgeType0 | None | Unset = UNSET,
    generation: Generation | None | Unset = UNSET,
    min_population: int | None | Unset = UNSET,
    max_population: int | None | Unset = UNSET,
    adhered_from: datetime.date | None | Unset = UNSET,
    adhered_to: datetime.date | None | Unset = UNSET,
    near: None | str | Unset = UNSET,
    radius_km: float | None | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> ListSignatoriesResponse200 | Problem | None:
    """List Signatories

     Signatories by name, filtered (also by place: `near` with `radius_km`, `bbox`); `Accept:
    application/geo+json`
    answers the page as a GeoJSON FeatureCollection, `Accept: text/csv` exports every match as CSV,
    formula cells escaped.

    A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is exported with a `'`
    in front
    (OWASP CSV injection), so a spreadsheet shows it as text; numbers are exported as they are.

    Args:
        regional_covenant (ListSignatoriesRegionalCovenantType0 | None | Unset): A regional
            covenant.
        country (None | str | Unset): ISO 3166-1 alpha-2
        status (None | SignatoryStatus | Unset):
        badge (ListSignatoriesBadgeType0 | None | Unset): A badge, e.g. mitigation.inventory.
        generation (Generation | None | Unset):
        min_population (int | None | Unset):
        max_population (int | None | Unset):
        adhered_from (datetime.date | None | Unset):
        adhered_to (datetime.date | None | Unset):
        near (None | str | Unset): `lat,lon` in degrees: only what lies within `radius_km` of this
            point (great-circle distance).
        radius_km (float | None | Unset): The radius of `near`, in km.
        bbox (None | str | Unset): `west,south,east,north` in degrees (RFC 7946 order): only what
            lies inside; west greater than east crosses the antimeridian.
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListSignatoriesResponse200 | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            regional_covenant=regional_covenant,
            country=country,
            status=status,
            badge=badge,
            generation=generation,
            min_population=min_population,
            max_population=max_population,
            adhered_from=adhered_from,
            adhered_to=adhered_to,
            near=near,
            radius_km=radius_km,
            bbox=bbox,
            page_size=page_size,
            page_token=page_token,
            accept=accept,
        )
    ).parsed
