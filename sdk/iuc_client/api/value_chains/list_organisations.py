from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_organisations_response_200 import ListOrganisationsResponse200
from ...models.organisation_kind import OrganisationKind
from ...models.problem import Problem
from ...models.side import Side
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: None | OrganisationKind | Unset = UNSET,
    side: None | Side | Unset = UNSET,
    country_code: None | str | Unset = UNSET,
    region_id: None | str | Unset = UNSET,
    nace_code: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    near: None | str | Unset = UNSET,
    radius_km: float | None | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, OrganisationKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_side: None | str | Unset
    if isinstance(side, Unset):
        json_side = UNSET
    elif isinstance(side, Side):
        json_side = side.value
    else:
        json_side = side
    params["side"] = json_side

    json_country_code: None | str | Unset
    if isinstance(country_code, Unset):
        json_country_code = UNSET
    else:
        json_country_code = country_code
    params["country_code"] = json_country_code

    json_region_id: None | str | Unset
    if isinstance(region_id, Unset):
        json_region_id = UNSET
    else:
        json_region_id = region_id
    params["region_id"] = json_region_id

    json_nace_code: None | str | Unset
    if isinstance(nace_code, Unset):
        json_nace_code = UNSET
    else:
        json_nace_code = nace_code
    params["nace_code"] = json_nace_code

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
        "url": "/v1/organisations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListOrganisationsResponse200 | Problem | None:
    if response.status_code == 200:
        response_200 = ListOrganisationsResponse200.from_dict(response.json())

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
) -> Response[ListOrganisationsResponse200 | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    kind: None | OrganisationKind | Unset = UNSET,
    side: None | Side | Unset = UNSET,
    country_code: None | str | Unset = UNSET,
    region_id: None | str | Unset = UNSET,
    nace_code: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    near: None | str | Unset = UNSET,
    radius_km: float | None | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
) -> Response[ListOrganisationsResponse200 | Problem]:
    """List Organisations

     List organisations by name, filtered; `near` and `bbox` keep those whose coordinates lie in the
    area, and
    `Accept: application/geo+json` answers the page as a FeatureCollection.

    Args:
        kind (None | OrganisationKind | Unset):
        side (None | Side | Unset):
        country_code (None | str | Unset):
        region_id (None | str | Unset): The region or any region inside it.
        nace_code (None | str | Unset): The code or any code below it.
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
        Response[ListOrganisationsResponse200 | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        side=side,
        country_code=country_code,
        region_id=region_id,
        nace_code=nace_code,
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
    kind: None | OrganisationKind | Unset = UNSET,
    side: None | Side | Unset = UNSET,
    country_code: None | str | Unset = UNSET,
    region_id: None | str | Unset = UNSET,
    nace_code: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    near: None | str | Unset = UNSET,
    radius_km: float | None | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
) -> ListOrganisationsResponse200 | Problem | None:
    """List Organisations

     List organisations by name, filtered; `near` and `bbox` keep those whose coordinates lie in the
    area, and
    `Accept: application/geo+json` answers the page as a FeatureCollection.

    Args:
        kind (None | OrganisationKind | Unset):
        side (None | Side | Unset):
        country_code (None | str | Unset):
        region_id (None | str | Unset): The region or any region inside it.
        nace_code (None | str | Unset): The code or any code below it.
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
        ListOrganisationsResponse200 | Problem
    """

    return sync_detailed(
        client=client,
        kind=kind,
        side=side,
        country_code=country_code,
        region_id=region_id,
        nace_code=nace_code,
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
    kind: None | OrganisationKind | Unset = UNSET,
    side: None | Side | Unset = UNSET,
    country_code: None | str | Unset = UNSET,
    region_id: None | str | Unset = UNSET,
    nace_code: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    near: None | str | Unset = UNSET,
    radius_km: float | None | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
) -> Response[ListOrganisationsResponse200 | Problem]:
    """List Organisations

     List organisations by name, filtered; `near` and `bbox` keep those whose coordinates lie in the
    area, and
    `Accept: application/geo+json` answers the page as a FeatureCollection.

    Args:
        kind (None | OrganisationKind | Unset):
        side (None | Side | Unset):
        country_code (None | str | Unset):
        region_id (None | str | Unset): The region or any region inside it.
        nace_code (None | str | Unset): The code or any code below it.
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
        Response[ListOrganisationsResponse200 | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        side=side,
        country_code=country_code,
        region_id=region_id,
        nace_code=nace_code,
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
    kind: None | OrganisationKind | Unset = UNSET,
    side: None | Side | Unset = UNSET,
    country_code: None | str | Unset = UNSET,
    region_id: None | str | Unset = UNSET,
    nace_code: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    near: None | str | Unset = UNSET,
    radius_km: float | None | Unset = UNSET,
    bbox: None | str | Unset = UNSET,
) -> ListOrganisationsResponse200 | Problem | None:
    """List Organisations

     List organisations by name, filtered; `near` and `bbox` keep those whose coordinates lie in the
    area, and
    `Accept: application/geo+json` answers the page as a FeatureCollection.

    Args:
        kind (None | OrganisationKind | Unset):
        side (None | Side | Unset):
        country_code (None | str | Unset):
        region_id (None | str | Unset): The region or any region inside it.
        nace_code (None | str | Unset): The code or any code below it.
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
        ListOrganisationsResponse200 | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            side=side,
            country_code=country_code,
            region_id=region_id,
            nace_code=nace_code,
            q=q,
            page_size=page_size,
            page_token=page_token,
            near=near,
            radius_km=radius_km,
            bbox=bbox,
        )
    ).parsed
