from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.practice_revision_page import PracticeRevisionPage
from ...models.problem import Problem
from ...models.revision_state import RevisionState
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    practice_id: None | str | Unset = UNSET,
    state: None | RevisionState | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_practice_id: None | str | Unset
    if isinstance(practice_id, Unset):
        json_practice_id = UNSET
    else:
        json_practice_id = practice_id
    params["practice_id"] = json_practice_id

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, RevisionState):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

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
        "url": "/v1/knowledge/revisions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PracticeRevisionPage | Problem | None:
    if response.status_code == 200:
        response_200 = PracticeRevisionPage.from_dict(response.json())

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
) -> Response[PracticeRevisionPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    practice_id: None | str | Unset = UNSET,
    state: None | RevisionState | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> Response[PracticeRevisionPage | Problem]:
    """List Practice Revisions

     Revisions oldest first: all of them for the coordination unit (`state=pending` is its review queue),
    those of the caller's practices for others.

    Args:
        practice_id (None | str | Unset):
        state (None | RevisionState | Unset):
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PracticeRevisionPage | Problem]
    """

    kwargs = _get_kwargs(
        practice_id=practice_id,
        state=state,
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
    practice_id: None | str | Unset = UNSET,
    state: None | RevisionState | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> PracticeRevisionPage | Problem | None:
    """List Practice Revisions

     Revisions oldest first: all of them for the coordination unit (`state=pending` is its review queue),
    those of the caller's practices for others.

    Args:
        practice_id (None | str | Unset):
        state (None | RevisionState | Unset):
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PracticeRevisionPage | Problem
    """

    return sync_detailed(
        client=client,
        practice_id=practice_id,
        state=state,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    practice_id: None | str | Unset = UNSET,
    state: None | RevisionState | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> Response[PracticeRevisionPage | Problem]:
    """List Practice Revisions

     Revisions oldest first: all of them for the coordination unit (`state=pending` is its review queue),
    those of the caller's practices for others.

    Args:
        practice_id (None | str | Unset):
        state (None | RevisionState | Unset):
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PracticeRevisionPage | Problem]
    """

    kwargs = _get_kwargs(
        practice_id=practice_id,
        state=state,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    practice_id: None | str | Unset = UNSET,
    state: None | RevisionState | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> PracticeRevisionPage | Problem | None:
    """List Practice Revisions

     Revisions oldest first: all of them for the coordination unit (`state=pending` is its review queue),
    those of the caller's practices for others.

    Args:
        practice_id (None | str | Unset):
        state (None | RevisionState | Unset):
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PracticeRevisionPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            practice_id=practice_id,
            state=state,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
