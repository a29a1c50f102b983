import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.series_interval import SeriesInterval
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    metric: str,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    interval: SeriesInterval | Unset = UNSET,
    group_by: None | str | Unset = UNSET,
    call_id: None | str | Unset = UNSET,
    world_region: None | str | Unset = UNSET,
    regional_covenant: None | str | Unset = UNSET,
    country_code: None | str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    params: dict[str, Any] = {}

    params["metric"] = metric

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.date):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.date):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

    json_interval: str | Unset = UNSET
    if not isinstance(interval, Unset):
        json_interval = interval.value

    params["interval"] = json_interval

    json_group_by: None | str | Unset
    if isinstance(group_by, Unset):
        json_group_by = UNSET
    else:
        json_group_by = group_by
    params["group_by"] = json_group_by

    json_call_id: None | str | Unset
    if isinstance(call_id, Unset):
        json_call_id = UNSET
    else:
        json_call_id = call_id
    params["call_id"] = json_call_id

    json_world_region: None | str | Unset
    if isinstance(world_region, Unset):
        json_world_region = UNSET
    else:
        json_world_region = world_region
    params["world_region"] = json_world_region

    json_regional_covenant: None | str | Unset
    if isinstance(regional_covenant, Unset):
        json_regional_covenant = UNSET
    else:
        json_regional_covenant = regional_covenant
    params["regional_covenant"] = json_regional_covenant

    json_country_code: None | str | Unset
    if isinstance(country_code, Unset):
        json_country_code = UNSET
    else:
        json_country_code = country_code
    params["country_code"] = json_country_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/insights/series.csv",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = cast(str, response.content)
        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    metric: str,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    interval: SeriesInterval | Unset = UNSET,
    group_by: None | str | Unset = UNSET,
    call_id: None | str | Unset = UNSET,
    world_region: None | str | Unset = UNSET,
    regional_covenant: None | str | Unset = UNSET,
    country_code: None | str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Response[Problem | str]:
    """Export Insight Series

     The series as CSV with the columns `period,group,value`. A text cell that starts with `=`, `+`, `-`,
    `@`, a tab or a carriage return is exported with a `'` in front (and a `|` in it as `\\|`), so a
    spreadsheet shows it as text instead of running it as a formula (OWASP CSV injection); numbers are
    exported as they are.

    Args:
        metric (str): A metric of GET /v1/insights/metrics.
        from_ (datetime.date | None | Unset): First day (default: 364 days before `to`).
        to (datetime.date | None | Unset): Last day, included (default: today, UTC).
        interval (SeriesInterval | Unset):
        group_by (None | str | Unset): One of the metric's group_by dimensions.
        call_id (None | str | Unset): Only this call (metrics that list it).
        world_region (None | str | Unset): Only this world region (a pairing: either party).
        regional_covenant (None | str | Unset): Only this regional covenant.
        country_code (None | str | Unset): Only this country (ISO 3166-1 alpha-2).
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        metric=metric,
        from_=from_,
        to=to,
        interval=interval,
        group_by=group_by,
        call_id=call_id,
        world_region=world_region,
        regional_covenant=regional_covenant,
        country_code=country_code,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    metric: str,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    interval: SeriesInterval | Unset = UNSET,
    group_by: None | str | Unset = UNSET,
    call_id: None | str | Unset = UNSET,
    world_region: None | str | Unset = UNSET,
    regional_covenant: None | str | Unset = UNSET,
    country_code: None | str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Problem | str | None:
    """Export Insight Series

     The series as CSV with the columns `period,group,value`. A text cell that starts with `=`, `+`, `-`,
    `@`, a tab or a carriage return is exported with a `'` in front (and a `|` in it as `\\|`), so a
    spreadsheet shows it as text instead of running it as a formula (OWASP CSV injection); numbers are
    exported as they are.

    Args:
        metric (str): A metric of GET /v1/insights/metrics.
        from_ (datetime.date | None | Unset): First day (default: 364 days before `to`).
        to (datetime.date | None | Unset): Last day, included (default: today, UTC).
        interval (SeriesInterval | Unset):
        group_by (None | str | Unset): One of the metric's group_by dimensions.
        call_id (None | str | Unset): Only this call (metrics that list it).
        world_region (None | str | Unset): Only this world region (a pairing: either party).
        regional_covenant (None | str | Unset): Only this regional covenant.
        country_code (None | str | Unset): Only this country (ISO 3166-1 alpha-2).
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return sync_detailed(
        client=client,
        metric=metric,
        from_=from_,
        to=to,
        interval=interval,
        group_by=group_by,
        call_id=call_id,
        world_region=world_region,
        regional_covenant=regional_covenant,
        country_code=country_code,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    metric: str,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    interval: SeriesInterval | Unset = UNSET,
    group_by: None | str | Unset = UNSET,
    call_id: None | str | Unset = UNSET,
    world_region: None | str | Unset = UNSET,
    regional_covenant: None | str | Unset = UNSET,
    country_code: None | str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Response[Problem | str]:
    """Export Insight Series

     The series as CSV with the columns `period,group,value`. A text cell that starts with `=`, `+`, `-`,
    `@`, a tab or a carriage return is exported with a `'` in front (and a `|` in it as `\\|`), so a
    spreadsheet shows it as text instead of running it as a formula (OWASP CSV injection); numbers are
    exported as they are.

    Args:
        metric (str): A metric of GET /v1/insights/metrics.
        from_ (datetime.date | None | Unset): First day (default: 364 days before `to`).
        to (datetime.date | None | Unset): Last day, included (default: today, UTC).
        interval (SeriesInterval | Unset):
        group_by (None | str | Unset): One of the metric's group_by dimensions.
        call_id (None | str | Unset): Only this call (metrics that list it).
        world_region (None | str | Unset): Only this world region (a pairing: either party).
        regional_covenant (None | str | Unset): Only this regional covenant.
        country_code (None | str | Unset): Only this country (ISO 3166-1 alpha-2).
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        metric=metric,
        from_=from_,
        to=to,
        interval=interval,
        group_by=group_by,
        call_id=call_id,
        world_region=world_region,
        regional_covenant=regional_covenant,
        country_code=country_code,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    metric: str,
    from_: datetime.date | None | Unset = UNSET,
    to: datetime.date | None | Unset = UNSET,
    interval: SeriesInterval | Unset = UNSET,
    group_by: None | str | Unset = UNSET,
    call_id: None | str | Unset = UNSET,
    world_region: None | str | Unset = UNSET,
    regional_covenant: None | str | Unset = UNSET,
    country_code: None | str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Problem | str | None:
    """Export Insight Series

     The series as CSV with the columns `period,group,value`. A text cell that starts with `=`, `+`, `-`,
    `@`, a tab or a carriage return is exported with a `'` in front (and a `|` in it as `\\|`), so a
    spreadsheet shows it as text instead of running it as a formula (OWASP CSV injection); numbers are
    exported as they are.

    Args:
        metric (str): A metric of GET /v1/insights/metrics.
        from_ (datetime.date | None | Unset): First day (default: 364 days before `to`).
        to (datetime.date | None | Unset): Last day, included (default: today, UTC).
        interval (SeriesInterval | Unset):
        group_by (None | str | Unset): One of the metric's group_by dimensions.
        call_id (None | str | Unset): Only this call (metrics that list it).
        world_region (None | str | Unset): Only this world region (a pairing: either party).
        regional_covenant (None | str | Unset): Only this regional covenant.
        country_code (None | str | Unset): Only this country (ISO 3166-1 alpha-2).
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return (
        await asyncio_detailed(
            client=client,
            metric=metric,
            from_=from_,
            to=to,
            interval=interval,
            group_by=group_by,
            call_id=call_id,
            world_region=world_region,
            regional_covenant=regional_covenant,
            country_code=country_code,
            accept=accept,
        )
    ).parsed
