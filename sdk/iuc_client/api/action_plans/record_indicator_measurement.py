from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.measurement_create import MeasurementCreate
from ...models.measurement_read import MeasurementRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    indicator_id: str,
    *,
    body: MeasurementCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/action-plans/indicators/{indicator_id}/measurements".format(
            indicator_id=quote(str(indicator_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MeasurementRead | Problem | None:
    if response.status_code == 201:
        response_201 = MeasurementRead.from_dict(response.json())

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
) -> Response[MeasurementRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    indicator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MeasurementCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[MeasurementRead | Problem]:
    """Record Indicator Measurement

     Record a measured value with its source; publishes indicator.measured.

    Args:
        indicator_id (str):
        idempotency_key (str | Unset):
        body (MeasurementCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeasurementRead | Problem]
    """

    kwargs = _get_kwargs(
        indicator_id=indicator_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    indicator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MeasurementCreate,
    idempotency_key: str | Unset = UNSET,
) -> MeasurementRead | Problem | None:
    """Record Indicator Measurement

     Record a measured value with its source; publishes indicator.measured.

    Args:
        indicator_id (str):
        idempotency_key (str | Unset):
        body (MeasurementCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeasurementRead | Problem
    """

    return sync_detailed(
        indicator_id=indicator_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    indicator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MeasurementCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[MeasurementRead | Problem]:
    """Record Indicator Measurement

     Record a measured value with its source; publishes indicator.measured.

    Args:
        indicator_id (str):
        idempotency_key (str | Unset):
        body (MeasurementCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeasurementRead | Problem]
    """

    kwargs = _get_kwargs(
        indicator_id=indicator_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    indicator_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MeasurementCreate,
    idempotency_key: str | Unset = UNSET,
) -> MeasurementRead | Problem | None:
    """Record Indicator Measurement

     Record a measured value with its source; publishes indicator.measured.

    Args:
        indicator_id (str):
        idempotency_key (str | Unset):
        body (MeasurementCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeasurementRead | Problem
    """

    return (
        await asyncio_detailed(
            indicator_id=indicator_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
