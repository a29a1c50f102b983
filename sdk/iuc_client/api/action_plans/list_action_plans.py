from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.plan_kind import PlanKind
from ...models.plan_page import PlanPage
from ...models.plan_state import PlanState
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: None | PlanKind | Unset = UNSET,
    state: None | PlanState | Unset = UNSET,
    city_id: None | str | Unset = UNSET,
    pairing_id: None | str | Unset = UNSET,
    signatory_id: None | str | Unset = UNSET,
    regional_covenant: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, PlanKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, PlanState):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

    json_city_id: None | str | Unset
    if isinstance(city_id, Unset):
        json_city_id = UNSET
    else:
        json_city_id = city_id
    params["city_id"] = json_city_id

    json_pairing_id: None | str | Unset
    if isinstance(pairing_id, Unset):
        json_pairing_id = UNSET
    else:
        json_pairing_id = pairing_id
    params["pairing_id"] = json_pairing_id

    json_signatory_id: None | str | Unset
    if isinstance(signatory_id, Unset):
        json_signatory_id = UNSET
    else:
        json_signatory_id = signatory_id
    params["signatory_id"] = json_signatory_id

    json_regional_covenant: None | str | Unset
    if isinstance(regional_covenant, Unset):
        json_regional_covenant = UNSET
    else:
        json_regional_covenant = regional_covenant
    params["regional_covenant"] = json_regional_covenant

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
        "url": "/v1/action-plans",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PlanPage | Problem | None:
    if response.status_code == 200:
        response_200 = PlanPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PlanPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    kind: None | PlanKind | Unset = UNSET,
    state: None | PlanState | Unset = UNSET,
    city_id: None | str | Unset = UNSET,
    pairing_id: None | str | Unset = UNSET,
    signatory_id: None | str | Unset = UNSET,
    regional_covenant: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> Response[PlanPage | Problem]:
    """List Action Plans

     Plans, oldest first, filtered by kind, state, city, pairing, signatory or regional covenant.

    Args:
        kind (None | PlanKind | Unset):
        state (None | PlanState | Unset):
        city_id (None | str | Unset):
        pairing_id (None | str | Unset):
        signatory_id (None | str | Unset):
        regional_covenant (None | str | Unset):
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlanPage | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        state=state,
        city_id=city_id,
        pairing_id=pairing_id,
        signatory_id=signatory_id,
        regional_covenant=regional_covenant,
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
    kind: None | PlanKind | Unset = UNSET,
    state: None | PlanState | Unset = UNSET,
    city_id: None | str | Unset = UNSET,
    pairing_id: None | str | Unset = UNSET,
    signatory_id: None | str | Unset = UNSET,
    regional_covenant: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> PlanPage | Problem | None:
    """List Action Plans

     Plans, oldest first, filtered by kind, state, city, pairing, signatory or regional covenant.

    Args:
        kind (None | PlanKind | Unset):
        state (None | PlanState | Unset):
        city_id (None | str | Unset):
        pairing_id (None | str | Unset):
        signatory_id (None | str | Unset):
        regional_covenant (None | str | Unset):
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlanPage | Problem
    """

    return sync_detailed(
        client=client,
        kind=kind,
        state=state,
        city_id=city_id,
        pairing_id=pairing_id,
        signatory_id=signatory_id,
        regional_covenant=regional_covenant,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    kind: None | PlanKind | Unset = UNSET,
    state: None | PlanState | Unset = UNSET,
    city_id: None | str | Unset = UNSET,
    pairing_id: None | str | Unset = UNSET,
    signatory_id: None | str | Unset = UNSET,
    regional_covenant: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> Response[PlanPage | Problem]:
    """List Action Plans

     Plans, oldest first, filtered by kind, state, city, pairing, signatory or regional covenant.

    Args:
        kind (None | PlanKind | Unset):
        state (None | PlanState | Unset):
        city_id (None | str | Unset):
        pairing_id (None | str | Unset):
        signatory_id (None | str | Unset):
        regional_covenant (None | str | Unset):
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlanPage | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        state=state,
        city_id=city_id,
        pairing_id=pairing_id,
        signatory_id=signatory_id,
        regional_covenant=regional_covenant,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    kind: None | PlanKind | Unset = UNSET,
    state: None | PlanState | Unset = UNSET,
    city_id: None | str | Unset = UNSET,
    pairing_id: None | str | Unset = UNSET,
    signatory_id: None | str | Unset = UNSET,
    regional_covenant: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> PlanPage | Problem | None:
    """List Action Plans

     Plans, oldest first, filtered by kind, state, city, pairing, signatory or regional covenant.

    Args:
        kind (None | PlanKind | Unset):
        state (None | PlanState | Unset):
        city_id (None | str | Unset):
        pairing_id (None | str | Unset):
        signatory_id (None | str | Unset):
        regional_covenant (None | str | Unset):
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlanPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            state=state,
            city_id=city_id,
            pairing_id=pairing_id,
            signatory_id=signatory_id,
            regional_covenant=regional_covenant,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
