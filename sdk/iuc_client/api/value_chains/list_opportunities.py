from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.opportunity_kind import OpportunityKind
from ...models.opportunity_page import OpportunityPage
from ...models.opportunity_status import OpportunityStatus
from ...models.problem import Problem
from ...models.side import Side
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: None | OpportunityKind | Unset = UNSET,
    status: None | OpportunityStatus | Unset = UNSET,
    side: None | Side | Unset = UNSET,
    organisation_id: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, OpportunityKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, OpportunityStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_side: None | str | Unset
    if isinstance(side, Unset):
        json_side = UNSET
    elif isinstance(side, Side):
        json_side = side.value
    else:
        json_side = side
    params["side"] = json_side

    json_organisation_id: None | str | Unset
    if isinstance(organisation_id, Unset):
        json_organisation_id = UNSET
    else:
        json_organisation_id = organisation_id
    params["organisation_id"] = json_organisation_id

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
        "url": "/v1/opportunities",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpportunityPage | Problem | None:
    if response.status_code == 200:
        response_200 = OpportunityPage.from_dict(response.json())

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
) -> Response[OpportunityPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    kind: None | OpportunityKind | Unset = UNSET,
    status: None | OpportunityStatus | Unset = UNSET,
    side: None | Side | Unset = UNSET,
    organisation_id: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> Response[OpportunityPage | Problem]:
    """List Opportunities

     List opportunities, newest first, filtered: other partners' only while open, their organisation
    anonymous.

    Args:
        kind (None | OpportunityKind | Unset):
        status (None | OpportunityStatus | Unset):
        side (None | Side | Unset):
        organisation_id (None | str | Unset):
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpportunityPage | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        status=status,
        side=side,
        organisation_id=organisation_id,
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
    kind: None | OpportunityKind | Unset = UNSET,
    status: None | OpportunityStatus | Unset = UNSET,
    side: None | Side | Unset = UNSET,
    organisation_id: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> OpportunityPage | Problem | None:
    """List Opportunities

     List opportunities, newest first, filtered: other partners' only while open, their organisation
    anonymous.

    Args:
        kind (None | OpportunityKind | Unset):
        status (None | OpportunityStatus | Unset):
        side (None | Side | Unset):
        organisation_id (None | str | Unset):
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpportunityPage | Problem
    """

    return sync_detailed(
        client=client,
        kind=kind,
        status=status,
        side=side,
        organisation_id=organisation_id,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    kind: None | OpportunityKind | Unset = UNSET,
    status: None | OpportunityStatus | Unset = UNSET,
    side: None | Side | Unset = UNSET,
    organisation_id: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> Response[OpportunityPage | Problem]:
    """List Opportunities

     List opportunities, newest first, filtered: other partners' only while open, their organisation
    anonymous.

    Args:
        kind (None | OpportunityKind | Unset):
        status (None | OpportunityStatus | Unset):
        side (None | Side | Unset):
        organisation_id (None | str | Unset):
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpportunityPage | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        status=status,
        side=side,
        organisation_id=organisation_id,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    kind: None | OpportunityKind | Unset = UNSET,
    status: None | OpportunityStatus | Unset = UNSET,
    side: None | Side | Unset = UNSET,
    organisation_id: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> OpportunityPage | Problem | None:
    """List Opportunities

     List opportunities, newest first, filtered: other partners' only while open, their organisation
    anonymous.

    Args:
        kind (None | OpportunityKind | Unset):
        status (None | OpportunityStatus | Unset):
        side (None | Side | Unset):
        organisation_id (None | str | Unset):
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpportunityPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            status=status,
            side=side,
            organisation_id=organisation_id,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
