from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.public_pairing_page import PublicPairingPage
from ...models.showcase_pairings_state_type_0 import ShowcasePairingsStateType0
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    state: None | ShowcasePairingsStateType0 | Unset = UNSET,
    call_id: None | str | Unset = UNSET,
    city_id: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, ShowcasePairingsStateType0):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

    json_call_id: None | str | Unset
    if isinstance(call_id, Unset):
        json_call_id = UNSET
    else:
        json_call_id = call_id
    params["call_id"] = json_call_id

    json_city_id: None | str | Unset
    if isinstance(city_id, Unset):
        json_city_id = UNSET
    else:
        json_city_id = city_id
    params["city_id"] = json_city_id

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
        "url": "/v1/showcase/pairings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | PublicPairingPage | None:
    if response.status_code == 200:
        response_200 = PublicPairingPage.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

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
) -> Response[Any | Problem | PublicPairingPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    state: None | ShowcasePairingsStateType0 | Unset = UNSET,
    call_id: None | str | Unset = UNSET,
    city_id: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> Response[Any | Problem | PublicPairingPage]:
    """Showcase Pairings

     The programme's confirmed and completed pairings: the parties, the themes they cooperate on and the
    activities they held.

    Args:
        state (None | ShowcasePairingsStateType0 | Unset): Absent: both.
        call_id (None | str | Unset):
        city_id (None | str | Unset): Only the pairings of this city.
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicPairingPage]
    """

    kwargs = _get_kwargs(
        state=state,
        call_id=call_id,
        city_id=city_id,
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
    state: None | ShowcasePairingsStateType0 | Unset = UNSET,
    call_id: None | str | Unset = UNSET,
    city_id: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> Any | Problem | PublicPairingPage | None:
    """Showcase Pairings

     The programme's confirmed and completed pairings: the parties, the themes they cooperate on and the
    activities they held.

    Args:
        state (None | ShowcasePairingsStateType0 | Unset): Absent: both.
        call_id (None | str | Unset):
        city_id (None | str | Unset): Only the pairings of this city.
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicPairingPage
    """

    return sync_detailed(
        client=client,
        state=state,
        call_id=call_id,
        city_id=city_id,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    state: None | ShowcasePairingsStateType0 | Unset = UNSET,
    call_id: None | str | Unset = UNSET,
    city_id: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> Response[Any | Problem | PublicPairingPage]:
    """Showcase Pairings

     The programme's confirmed and completed pairings: the parties, the themes they cooperate on and the
    activities they held.

    Args:
        state (None | ShowcasePairingsStateType0 | Unset): Absent: both.
        call_id (None | str | Unset):
        city_id (None | str | Unset): Only the pairings of this city.
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicPairingPage]
    """

    kwargs = _get_kwargs(
        state=state,
        call_id=call_id,
        city_id=city_id,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    state: None | ShowcasePairingsStateType0 | Unset = UNSET,
    call_id: None | str | Unset = UNSET,
    city_id: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> Any | Problem | PublicPairingPage | None:
    """Showcase Pairings

     The programme's confirmed and completed pairings: the parties, the themes they cooperate on and the
    activities they held.

    Args:
        state (None | ShowcasePairingsStateType0 | Unset): Absent: both.
        call_id (None | str | Unset):
        city_id (None | str | Unset): Only the pairings of this city.
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicPairingPage
    """

    return (
        await asyncio_detailed(
            client=client,
            state=state,
            call_id=call_id,
            city_id=city_id,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
