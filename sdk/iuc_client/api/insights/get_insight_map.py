from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.feature_collection import FeatureCollection
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    world_region: None | str | Unset = UNSET,
    regional_covenant: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_world_region: None | str | Unset
    if isinstance(world_region, Unset):
        json_world_region = UNSET
    else:
        json_world_region = world_region
    params["world_region"] = json_world_region

    json_regional_covenant: None | str | Unset
    if isinstance(regional_covenant, Unset):
        json_regional_covenant = UNSET
    else:
        json_regional_covenant = regional_covenant
    params["regional_covenant"] = json_regional_covenant

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/insights/map",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FeatureCollection | Problem | None:
    if response.status_code == 200:
        response_200 = FeatureCollection.from_dict(response.json())

        return response_200

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
) -> Response[FeatureCollection | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    world_region: None | str | Unset = UNSET,
    regional_covenant: None | str | Unset = UNSET,
) -> Response[FeatureCollection | Problem]:
    """Get Insight Map

     GeoJSON: cities with coordinates, lines joining the cities of proposed, confirmed and completed
    pairings, and
    signatories with coordinates; positions are [longitude, latitude].

    Args:
        world_region (None | str | Unset): Only cities of this region and their pairings.
        regional_covenant (None | str | Unset): Only signatories of this regional covenant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeatureCollection | Problem]
    """

    kwargs = _get_kwargs(
        world_region=world_region,
        regional_covenant=regional_covenant,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    world_region: None | str | Unset = UNSET,
    regional_covenant: None | str | Unset = UNSET,
) -> FeatureCollection | Problem | None:
    """Get Insight Map

     GeoJSON: cities with coordinates, lines joining the cities of proposed, confirmed and completed
    pairings, and
    signatories with coordinates; positions are [longitude, latitude].

    Args:
        world_region (None | str | Unset): Only cities of this region and their pairings.
        regional_covenant (None | str | Unset): Only signatories of this regional covenant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeatureCollection | Problem
    """

    return sync_detailed(
        client=client,
        world_region=world_region,
        regional_covenant=regional_covenant,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    world_region: None | str | Unset = UNSET,
    regional_covenant: None | str | Unset = UNSET,
) -> Response[FeatureCollection | Problem]:
    """Get Insight Map

     GeoJSON: cities with coordinates, lines joining the cities of proposed, confirmed and completed
    pairings, and
    signatories with coordinates; positions are [longitude, latitude].

    Args:
        world_region (None | str | Unset): Only cities of this region and their pairings.
        regional_covenant (None | str | Unset): Only signatories of this regional covenant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeatureCollection | Problem]
    """

    kwargs = _get_kwargs(
        world_region=world_region,
        regional_covenant=regional_covenant,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    world_region: None | str | Unset = UNSET,
    regional_covenant: None | str | Unset = UNSET,
) -> FeatureCollection | Problem | None:
    """Get Insight Map

     GeoJSON: cities with coordinates, lines joining the cities of proposed, confirmed and completed
    pairings, and
    signatories with coordinates; positions are [longitude, latitude].

    Args:
        world_region (None | str | Unset): Only cities of this region and their pairings.
        regional_covenant (None | str | Unset): Only signatories of this regional covenant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeatureCollection | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            world_region=world_region,
            regional_covenant=regional_covenant,
        )
    ).parsed
