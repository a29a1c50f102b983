from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.city_page import CityPage
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/cities",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CityPage | Problem | None:
    if response.status_code == 200:
        response_200 = CityPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CityPage | Problem]:
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
) -> Response[CityPage | Problem]:
    """List Cities

     List cities, filtered, by name.

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CityPage | Problem]
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
) -> CityPage | Problem | None:
    """List Cities

     List cities, filtered, by name.

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CityPage | Problem
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
) -> Response[CityPage | Problem]:
    """List Cities

     List cities, filtered, by name.

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CityPage | Problem]
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
) -> CityPage | Problem | None:
    """List Cities

     List cities, filtered, by name.

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CityPage | Problem
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
        )
    ).parsed
