import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attempt_page import AttemptPage
from ...models.attempt_result import AttemptResult
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    endpoint_id: str,
    *,
    state: AttemptResult | None | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, AttemptResult):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

    json_event_type: None | str | Unset
    if isinstance(event_type, Unset):
        json_event_type = UNSET
    else:
        json_event_type = event_type
    params["event_type"] = json_event_type

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_until: None | str | Unset
    if isinstance(until, Unset):
        json_until = UNSET
    elif isinstance(until, datetime.datetime):
        json_until = until.isoformat()
    else:
        json_until = until
    params["until"] = json_until

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
        "url": "/v1/webhooks/endpoints/{endpoint_id}/deliveries".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AttemptPage | Problem | None:
    if response.status_code == 200:
        response_200 = AttemptPage.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[AttemptPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
    state: AttemptResult | None | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> Response[AttemptPage | Problem]:
    """List Webhook Deliveries

     Every attempt to deliver to the endpoint, newest first: time, status, duration, error, answer.

    Args:
        endpoint_id (str):
        state (AttemptResult | None | Unset): succeeded (a 2xx answer) or failed.
        event_type (None | str | Unset): Only messages of this event type.
        since (datetime.datetime | None | Unset): Attempts at or after this time.
        until (datetime.datetime | None | Unset): Attempts before this time.
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttemptPage | Problem]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        state=state,
        event_type=event_type,
        since=since,
        until=until,
        page_size=page_size,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
    state: AttemptResult | None | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> AttemptPage | Problem | None:
    """List Webhook Deliveries

     Every attempt to deliver to the endpoint, newest first: time, status, duration, error, answer.

    Args:
        endpoint_id (str):
        state (AttemptResult | None | Unset): succeeded (a 2xx answer) or failed.
        event_type (None | str | Unset): Only messages of this event type.
        since (datetime.datetime | None | Unset): Attempts at or after this time.
        until (datetime.datetime | None | Unset): Attempts before this time.
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttemptPage | Problem
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        client=client,
        state=state,
        event_type=event_type,
        since=since,
        until=until,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
    state: AttemptResult | None | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> Response[AttemptPage | Problem]:
    """List Webhook Deliveries

     Every attempt to deliver to the endpoint, newest first: time, status, duration, error, answer.

    Args:
        endpoint_id (str):
        state (AttemptResult | None | Unset): succeeded (a 2xx answer) or failed.
        event_type (None | str | Unset): Only messages of this event type.
        since (datetime.datetime | None | Unset): Attempts at or after this time.
        until (datetime.datetime | None | Unset): Attempts before this time.
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttemptPage | Problem]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        state=state,
        event_type=event_type,
        since=since,
        until=until,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
    state: AttemptResult | None | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> AttemptPage | Problem | None:
    """List Webhook Deliveries

     Every attempt to deliver to the endpoint, newest first: time, status, duration, error, answer.

    Args:
        endpoint_id (str):
        state (AttemptResult | None | Unset): succeeded (a 2xx answer) or failed.
        event_type (None | str | Unset): Only messages of this event type.
        since (datetime.datetime | None | Unset): Attempts at or after this time.
        until (datetime.datetime | None | Unset): Attempts before this time.
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttemptPage | Problem
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            client=client,
            state=state,
            event_type=event_type,
            since=since,
            until=until,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
