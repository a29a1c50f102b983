from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_cities_response_200 import ListCitiesResponse200
from ...models.problem import Problem
from ...models.world_region import WorldRegion
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    country_code: None | str | Unset = UNSET,
    world_region: None | Unset | WorldRegion = UNSET,
    min_population: int | None | Unset = UNSET,
    max_population: int | None | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    sdg: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    near: None | str | Unset = UNSET,
    radius_km: float | None | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_country_code: None | str | Unset
    if isinstance(country_code, Unset):
        json_country_code = UNSET
    else:
        json_country_code = country_code
    params["country_code"] = json_country_code

    json_world_region: None | str | Unset
    if isinstance(world_region, Unset):
        json_world_region = UNSET
    elif isinstance(world_region, WorldRegion):
        json_world_region = world_region.value
    else:
        json_world_region = world_region
    params["world_region"] = json_world_region

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/cities",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListCitiesResponse200 | Problem | None:
    if response.status_code == 200:
        response_200 = ListCitiesResponse200.from_dict(response.json())

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
) -> Response[ListCitiesResponse200 | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    country_code: None | str | Unset = UNSET,
    world_region: None | Unset | WorldRegion = UNSET,
    min_population: int | None | Unset = UNSET,
    max_population: int | None | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    sdg: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    near: None | str | Unset = UNSET,
    radius_km: float | None | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
) -> Response[ListCitiesResponse200 | Problem]:
    """List Cities

     List cities, filtered, by name; `near` and `bbox` keep those whose coordinates lie in the area, and
    `Accept: application/geo+json` answers the page as a FeatureCollection.

    Args:
        country_code (None | str | Unset):
        world_region (None | Unset | WorldRegion):
        min_population (int | None | Unset):
        max_population (int | None | Unset):
        theme (None | str | Unset):
        sdg (int | None | Unset):
        q (None | str | Unset): Part of the name.
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.
        near (None | str | Unset): `lat,lon` in degrees: only what lies within `radius_km` of this
            point (great-circle distance).
        radius_km (float | None | Unset): The radius of `near`, in km.
        bbox (None | str | Unset): `west,south,east,north` in degrees (RFC 7946 order): only what
            lies inside; west greater than east crosses the antimeridian.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCitiesResponse200 | Problem]
    """

    kwargs = _get_kwargs(
        country_code=country_code,
        world_region=world_region,
        min_population=min_population,
        max_population=max_population,
        theme=theme,
        sdg=sdg,
        q=q,
        page_size=page_size,
        page_token=page_token,
        near=near,
        radius_km=radius_km,
        bbox=bbox,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    country_code: None | str | Unset = UNSET,
    world_region: None | Unset | WorldRegion = UNSET,
    min_population: int | None | Unset = UNSET,
    max_population: int | None | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    sdg: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    near: None | str | Unset = UNSET,
    radius_km: float | None | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
) -> ListCitiesResponse200 | Problem | None:
    """List Cities

     List cities, filtered, by name; `near` and `bbox` keep those whose coordinates lie in the area, and
    `Accept: application/geo+json` answers the page as a FeatureCollection.

    Args:
        country_code (None | str | Unset):
        world_region (None | Unset | WorldRegion):
        min_population (int | None | Unset):
        max_population (int | None | Unset):
        theme (None | str | Unset):
        sdg (int | None | Unset):
        q (None | str | Unset): Part of the name.
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.
        near (None | str | Unset): `lat,lon` in degrees: only what lies within `radius_km` of this
            point (great-circle distance).
        radius_km (float | None | Unset): The radius of `near`, in km.
        bbox (None | str | Unset): `west,south,east,north` in degrees (RFC 7946 order): only what
            lies inside; west greater than east crosses the antimeridian.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCitiesResponse200 | Problem
    """

    return sync_detailed(
        client=client,
        country_code=country_code,
        world_region=world_region,
        min_population=min_population,
        max_population=max_population,
        theme=theme,
        sdg=sdg,
        q=q,
        page_size=page_size,
        page_token=page_token,
        near=near,
        radius_km=radius_km,
        bbox=bbox,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    country_code: None | str | Unset = UNSET,
    world_region: None | Unset | WorldRegion = UNSET,
    min_population: int | None | Unset = UNSET,
    max_population: int | None | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    sdg: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    near: None | str | Unset = UNSET,
    radius_km: float | None | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
) -> Response[ListCitiesResponse200 | Problem]:
    """List Cities

     List cities, filtered, by name; `near` and `bbox` keep those whose coordinates lie in the area, and
    `Accept: application/geo+json` answers the page as a FeatureCollection.

    Args:
        country_code (None | str | Unset):
        world_region (None | Unset | WorldRegion):
        min_population (int | None | Unset):
        max_population (int | None | Unset):
        theme (None | str | Unset):
        sdg (int | None | Unset):
        q (None | str | Unset): Part of the name.
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.
        near (None | str | Unset): `lat,lon` in degrees: only what lies within `radius_km` of this
            point (great-circle distance).
        radius_km (float | None | Unset): The radius of `near`, in km.
        bbox (None | str | Unset): `west,south,east,north` in degrees (RFC 7946 order): only what
            lies inside; west greater than east crosses the antimeridian.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCitiesResponse200 | Problem]
    """

    kwargs = _get_kwargs(
        country_code=country_code,
        world_region=world_region,
        min_population=min_population,
        max_population=max_population,
        theme=theme,
        sdg=sdg,
        q=q,
        page_size=page_size,
        page_token=page_token,
        near=near,
        radius_km=radius_km,
        bbox=bbox,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    country_code: None | str | Unset = UNSET,
    world_region: None | Unset | WorldRegion = UNSET,
    min_population: int | None | Unset = UNSET,
    max_population: int | None | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    sdg: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    near: None | str | Unset = UNSET,
    radius_km: float | None | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
) -> ListCitiesResponse200 | Problem | None:
    """List Cities

     List cities, filtered, by name; `near` and `bbox` keep those whose coordinates lie in the area, and
    `Accept: application/geo+json` answers the page as a FeatureCollection.

    Args:
        country_code (None | str | Unset):
        world_region (None | Unset | WorldRegion):
        min_population (int | None | Unset):
        max_population (int | None | Unset):
        theme (None | str | Unset):
        sdg (int | None | Unset):
        q (None | str | Unset): Part of the name.
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.
        near (None | str | Unset): `lat,lon` in degrees: only what lies within `radius_km` of this
            point (great-circle distance).
        radius_km (float | None | Unset): The radius of `near`, in km.
        bbox (None | str | Unset): `west,south,east,north` in degrees (RFC 7946 order): only what
            lies inside; west greater than east crosses the antimeridian.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCitiesResponse200 | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            country_code=country_code,
            world_region=world_region,
            min_population=min_population,
            max_population=max_population,
            theme=theme,
            sdg=sdg,
            q=q,
            page_size=page_size,
            page_token=page_token,
            near=near,
            radius_km=radius_km,
            bbox=bbox,
        )
    ).parsed
