from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_read import CallRead
from ...models.call_update import CallUpdate
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    call_id: str,
    *,
    body: CallUpdate,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/calls/{call_id}".format(
            call_id=quote(str(call_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CallRead | Problem | None:
    if response.status_code == 200:
        response_200 = CallRead.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CallRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CallUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[CallRead | Problem]:
    """Update Call

     Change a call (coordination unit). Until it opens: its title, description, dates (closes_on not
    before opens_on,
    422 date_order), eligible regions, population threshold, themes, min_cooperation_months (at least
    18, 422
    min_cooperation_months) and criteria; once it has opened these answer 409 (call_open,
    criteria_fixed_once_open)
    and it may only be closed early. Its review visibility (stricter at any time, looser only before the
    first
    review) and its review panel change after it opens too.

    Args:
        call_id (str):
        if_match (None | str | Unset): The ETag of the version this write is based on; a stale one
            answers 412.
        body (CallUpdate): Fields of a call to change; absent fields stay as they are (none of
            them can be null). Its terms change
            until it opens (then only closing it early, POST /v1/calls/{call_id}:close); its review
            visibility and panel
            after that too, by their own rules.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallRead | Problem]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CallUpdate,
    if_match: None | str | Unset = UNSET,
) -> CallRead | Problem | None:
    """Update Call

     Change a call (coordination unit). Until it opens: its title, description, dates (closes_on not
    before opens_on,
    422 date_order), eligible regions, population threshold, themes, min_cooperation_months (at least
    18, 422
    min_cooperation_months) and criteria; once it has opened these answer 409 (call_open,
    criteria_fixed_once_open)
    and it may only be closed early. Its review visibility (stricter at any time, looser only before the
    first
    review) and its review panel change after it opens too.

    Args:
        call_id (str):
        if_match (None | str | Unset): The ETag of the version this write is based on; a stale one
            answers 412.
        body (CallUpdate): Fields of a call to change; absent fields stay as they are (none of
            them can be null). Its terms change
            until it opens (then only closing it early, POST /v1/calls/{call_id}:close); its review
            visibility and panel
            after that too, by their own rules.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallRead | Problem
    """

    return sync_detailed(
        call_id=call_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CallUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[CallRead | Problem]:
    """Update Call

     Change a call (coordination unit). Until it opens: its title, description, dates (closes_on not
    before opens_on,
    422 date_order), eligible regions, population threshold, themes, min_cooperation_months (at least
    18, 422
    min_cooperation_months) and criteria; once it has opened these answer 409 (call_open,
    criteria_fixed_once_open)
    and it may only be closed early. Its review visibility (stricter at any time, looser only before the
    first
    review) and its review panel change after it opens too.

    Args:
        call_id (str):
        if_match (None | str | Unset): The ETag of the version this write is based on; a stale one
            answers 412.
        body (CallUpdate): Fields of a call to change; absent fields stay as they are (none of
            them can be null). Its terms change
            until it opens (then only closing it early, POST /v1/calls/{call_id}:close); its review
            visibility and panel
            after that too, by their own rules.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallRead | Problem]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CallUpdate,
    if_match: None | str | Unset = UNSET,
) -> CallRead | Problem | None:
    """Update Call

     Change a call (coordination unit). Until it opens: its title, description, dates (closes_on not
    before opens_on,
    422 date_order), eligible regions, population threshold, themes, min_cooperation_months (at least
    18, 422
    min_cooperation_months) and criteria; once it has opened these answer 409 (call_open,
    criteria_fixed_once_open)
    and it may only be closed early. Its review visibility (stricter at any time, looser only before the
    first
    review) and its review panel change after it opens too.

    Args:
        call_id (str):
        if_match (None | str | Unset): The ETag of the version this write is based on; a stale one
            answers 412.
        body (CallUpdate): Fields of a call to change; absent fields stay as they are (none of
            them can be null). Its terms change
            until it opens (then only closing it early, POST /v1/calls/{call_id}:close); its review
            visibility and panel
            after that too, by their own rules.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallRead | Problem
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
