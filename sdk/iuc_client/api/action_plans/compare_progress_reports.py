from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.report_comparison import ReportComparison
from ...types import UNSET, Response


def _get_kwargs(
    report_id: str,
    *,
    base_report_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["base_report_id"] = base_report_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/action-plans/reports/{report_id}/comparison".format(
            report_id=quote(str(report_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ReportComparison | None:
    if response.status_code == 200:
        response_200 = ReportComparison.from_dict(response.json())

        return response_200

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
) -> Response[Problem | ReportComparison]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    report_id: str,
    *,
    client: AuthenticatedClient | Client,
    base_report_id: str,
) -> Response[Problem | ReportComparison]:
    """Compare Progress Reports

     What changed since the base report: action statuses, indicator progress, completed tasks.

    Args:
        report_id (str):
        base_report_id (str): The earlier report to compare against.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReportComparison]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
        base_report_id=base_report_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    report_id: str,
    *,
    client: AuthenticatedClient | Client,
    base_report_id: str,
) -> Problem | ReportComparison | None:
    """Compare Progress Reports

     What changed since the base report: action statuses, indicator progress, completed tasks.

    Args:
        report_id (str):
        base_report_id (str): The earlier report to compare against.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReportComparison
    """

    return sync_detailed(
        report_id=report_id,
        client=client,
        base_report_id=base_report_id,
    ).parsed


async def asyncio_detailed(
    report_id: str,
    *,
    client: AuthenticatedClient | Client,
    base_report_id: str,
) -> Response[Problem | ReportComparison]:
    """Compare Progress Reports

     What changed since the base report: action statuses, indicator progress, completed tasks.

    Args:
        report_id (str):
        base_report_id (str): The earlier report to compare against.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReportComparison]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
        base_report_id=base_report_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    report_id: str,
    *,
    client: AuthenticatedClient | Client,
    base_report_id: str,
) -> Problem | ReportComparison | None:
    """Compare Progress Reports

     What changed since the base report: action statuses, indicator progress, completed tasks.

    Args:
        report_id (str):
        base_report_id (str): The earlier report to compare against.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReportComparison
    """

    return (
        await asyncio_detailed(
            report_id=report_id,
            client=client,
            base_report_id=base_report_id,
        )
    ).parsed
