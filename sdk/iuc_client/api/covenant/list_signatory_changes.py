from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_page import ChangePage
from ...models.list_signatory_changes_regional_covenant_type_0 import ListSignatoryChangesRegionalCovenantType0
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = "0",
    limit: int | Unset = 500,
    regional_covenant: ListSignatoryChangesRegionalCovenantType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_regional_covenant: None | str | Unset
    if isinstance(regional_covenant, Unset):
        json_regional_covenant = UNSET
    elif isinstance(regional_covenant, ListSignatoryChangesRegionalCovenantType0):
        json_regional_covenant = regional_covenant.value
    else:
        json_regional_covenant = regional_covenant
    params["regional_covenant"] = json_regional_covenant

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/covenant/signatories/changes",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChangePage | Problem | None:
    if response.status_code == 200:
        response_200 = ChangePage.from_dict(response.json())

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
) -> Response[ChangePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = "0",
    limit: int | Unset = 500,
    regional_covenant: ListSignatoryChangesRegionalCovenantType0 | None | Unset = UNSET,
) -> Response[ChangePage | Problem]:
    """List Signatory Changes

     What changed after the cursor, oldest first; deletions come as tombstones.

    A signatory moves to the head of the feed whenever its record changes or it submits something (a
    commitment,
    target, emission inventory, assessment or report). A covenant office's key reads its own covenant's
    changes;
    asking for another covenant's is 403.

    Args:
        cursor (str | Unset): `next_cursor` of the previous page; 0 reads from the start. Default:
            '0'.
        limit (int | Unset):  Default: 500.
        regional_covenant (ListSignatoryChangesRegionalCovenantType0 | None | Unset): Only the
            changes of this regional covenant; a covenant office's key reads its own by default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangePage | Problem]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        regional_covenant=regional_covenant,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = "0",
    limit: int | Unset = 500,
    regional_covenant: ListSignatoryChangesRegionalCovenantType0 | None | Unset = UNSET,
) -> ChangePage | Problem | None:
    """List Signatory Changes

     What changed after the cursor, oldest first; deletions come as tombstones.

    A signatory moves to the head of the feed whenever its record changes or it submits something (a
    commitment,
    target, emission inventory, assessment or report). A covenant office's key reads its own covenant's
    changes;
    asking for another covenant's is 403.

    Args:
        cursor (str | Unset): `next_cursor` of the previous page; 0 reads from the start. Default:
            '0'.
        limit (int | Unset):  Default: 500.
        regional_covenant (ListSignatoryChangesRegionalCovenantType0 | None | Unset): Only the
            changes of this regional covenant; a covenant office's key reads its own by default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangePage | Problem
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        regional_covenant=regional_covenant,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = "0",
    limit: int | Unset = 500,
    regional_covenant: ListSignatoryChangesRegionalCovenantType0 | None | Unset = UNSET,
) -> Response[ChangePage | Problem]:
    """List Signatory Changes

     What changed after the cursor, oldest first; deletions come as tombstones.

    A signatory moves to the head of the feed whenever its record changes or it submits something (a
    commitment,
    target, emission inventory, assessment or report). A covenant office's key reads its own covenant's
    changes;
    asking for another covenant's is 403.

    Args:
        cursor (str | Unset): `next_cursor` of the previous page; 0 reads from the start. Default:
            '0'.
        limit (int | Unset):  Default: 500.
        regional_covenant (ListSignatoryChangesRegionalCovenantType0 | None | Unset): Only the
            changes of this regional covenant; a covenant office's key reads its own by default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangePage | Problem]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        regional_covenant=regional_covenant,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = "0",
    limit: int | Unset = 500,
    regional_covenant: ListSignatoryChangesRegionalCovenantType0 | None | Unset = UNSET,
) -> ChangePage | Problem | None:
    """List Signatory Changes

     What changed after the cursor, oldest first; deletions come as tombstones.

    A signatory moves to the head of the feed whenever its record changes or it submits something (a
    commitment,
    target, emission inventory, assessment or report). A covenant office's key reads its own covenant's
    changes;
    asking for another covenant's is 403.

    Args:
        cursor (str | Unset): `next_cursor` of the previous page; 0 reads from the start. Default:
            '0'.
        limit (int | Unset):  Default: 500.
        regional_covenant (ListSignatoryChangesRegionalCovenantType0 | None | Unset): Only the
            changes of this regional covenant; a covenant office's key reads its own by default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangePage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            regional_covenant=regional_covenant,
        )
    ).parsed
