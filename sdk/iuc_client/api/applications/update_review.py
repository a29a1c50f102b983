from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.review_read import ReviewRead
from ...models.review_update import ReviewUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    application_id: str,
    review_id: str,
    *,
    body: ReviewUpdate,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/applications/{application_id}/reviews/{review_id}".format(
            application_id=quote(str(application_id), safe=""),
            review_id=quote(str(review_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ReviewRead | None:
    if response.status_code == 200:
        response_200 = ReviewRead.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | ReviewRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: str,
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReviewUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | ReviewRead]:
    """Update Review

     Replace the caller's own review, until the decision (409 edit_before_decision after it).

    Args:
        application_id (str):
        review_id (str):
        if_match (None | str | Unset): The ETag of the version this write is based on; a stale one
            answers 412.
        body (ReviewUpdate): A review's new scores, recommendation and comment (all of it: it
            replaces the review).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReviewRead]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        review_id=review_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: str,
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReviewUpdate,
    if_match: None | str | Unset = UNSET,
) -> Problem | ReviewRead | None:
    """Update Review

     Replace the caller's own review, until the decision (409 edit_before_decision after it).

    Args:
        application_id (str):
        review_id (str):
        if_match (None | str | Unset): The ETag of the version this write is based on; a stale one
            answers 412.
        body (ReviewUpdate): A review's new scores, recommendation and comment (all of it: it
            replaces the review).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReviewRead
    """

    return sync_detailed(
        application_id=application_id,
        review_id=review_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    application_id: str,
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReviewUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | ReviewRead]:
    """Update Review

     Replace the caller's own review, until the decision (409 edit_before_decision after it).

    Args:
        application_id (str):
        review_id (str):
        if_match (None | str | Unset): The ETag of the version this write is based on; a stale one
            answers 412.
        body (ReviewUpdate): A review's new scores, recommendation and comment (all of it: it
            replaces the review).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReviewRead]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        review_id=review_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: str,
    review_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReviewUpdate,
    if_match: None | str | Unset = UNSET,
) -> Problem | ReviewRead | None:
    """Update Review

     Replace the caller's own review, until the decision (409 edit_before_decision after it).

    Args:
        application_id (str):
        review_id (str):
        if_match (None | str | Unset): The ETag of the version this write is based on; a stale one
            answers 412.
        body (ReviewUpdate): A review's new scores, recommendation and comment (all of it: it
            replaces the review).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReviewRead
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            review_id=review_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
