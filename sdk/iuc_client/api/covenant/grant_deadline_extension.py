from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deadline_extension_create import DeadlineExtensionCreate
from ...models.deadline_extension_read import DeadlineExtensionRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    key: str,
    *,
    body: DeadlineExtensionCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/covenant/signatories/{key}/deadline-extensions".format(
            key=quote(str(key), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeadlineExtensionRead | Problem | None:
    if response.status_code == 201:
        response_201 = DeadlineExtensionRead.from_dict(response.json())

        return response_201

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeadlineExtensionRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeadlineExtensionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[DeadlineExtensionRead | Problem]:
    """Grant Deadline Extension

     Extend a reporting deadline of the signatory (its covenant's office or an admin): the report is not
    late before the new date.

    Args:
        key (str):
        idempotency_key (str | Unset):
        body (DeadlineExtensionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeadlineExtensionRead | Problem]
    """

    kwargs = _get_kwargs(
        key=key,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeadlineExtensionCreate,
    idempotency_key: str | Unset = UNSET,
) -> DeadlineExtensionRead | Problem | None:
    """Grant Deadline Extension

     Extend a reporting deadline of the signatory (its covenant's office or an admin): the report is not
    late before the new date.

    Args:
        key (str):
        idempotency_key (str | Unset):
        body (DeadlineExtensionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeadlineExtensionRead | Problem
    """

    return sync_detailed(
        key=key,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeadlineExtensionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[DeadlineExtensionRead | Problem]:
    """Grant Deadline Extension

     Extend a reporting deadline of the signatory (its covenant's office or an admin): the report is not
    late before the new date.

    Args:
        key (str):
        idempotency_key (str | Unset):
        body (DeadlineExtensionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeadlineExtensionRead | Problem]
    """

    kwargs = _get_kwargs(
        key=key,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeadlineExtensionCreate,
    idempotency_key: str | Unset = UNSET,
) -> DeadlineExtensionRead | Problem | None:
    """Grant Deadline Extension

     Extend a reporting deadline of the signatory (its covenant's office or an admin): the report is not
    late before the new date.

    Args:
        key (str):
        idempotency_key (str | Unset):
        body (DeadlineExtensionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeadlineExtensionRead | Problem
    """

    return (
        await asyncio_detailed(
            key=key,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
