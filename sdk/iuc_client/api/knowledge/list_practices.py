from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.knowledge_state import KnowledgeState
from ...models.origin import Origin
from ...models.practice_kind import PracticeKind
from ...models.practice_page import PracticePage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    state: KnowledgeState | None | Unset = UNSET,
    kind: None | PracticeKind | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    sdg: int | None | Unset = UNSET,
    city_id: None | str | Unset = UNSET,
    origin: None | Origin | Unset = UNSET,
    action_id: None | str | Unset = UNSET,
    pairing_id: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, KnowledgeState):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, PracticeKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_theme: None | str | Unset
    if isinstance(theme, Unset):
        json_theme = UNSET
    else:
        json_theme = theme
    params["theme"] = json_theme

    json_sdg: int | None | Unset
    if isinstance(sdg, Unset):
        json_sdg = UNSET
    else:
        json_sdg = sdg
    params["sdg"] = json_sdg

    json_city_id: None | str | Unset
    if isinstance(city_id, Unset):
        json_city_id = UNSET
    else:
        json_city_id = city_id
    params["city_id"] = json_city_id

    json_origin: None | str | Unset
    if isinstance(origin, Unset):
        json_origin = UNSET
    elif isinstance(origin, Origin):
        json_origin = origin.value
    else:
        json_origin = origin
    params["origin"] = json_origin

    json_action_id: None | str | Unset
    if isinstance(action_id, Unset):
        json_action_id = UNSET
    else:
        json_action_id = action_id
    params["action_id"] = json_action_id

    json_pairing_id: None | str | Unset
    if isinstance(pairing_id, Unset):
        json_pairing_id = UNSET
    else:
        json_pairing_id = pairing_id
    params["pairing_id"] = json_pairing_id

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
        "url": "/v1/knowledge/practices",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PracticePage | Problem | None:
    if response.status_code == 200:
        response_200 = PracticePage.from_dict(response.json())

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
) -> Response[PracticePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    state: KnowledgeState | None | Unset = UNSET,
    kind: None | PracticeKind | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    sdg: int | None | Unset = UNSET,
    city_id: None | str | Unset = UNSET,
    origin: None | Origin | Unset = UNSET,
    action_id: None | str | Unset = UNSET,
    pairing_id: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> Response[PracticePage | Problem]:
    """List Practices

     List practices, oldest first: published and archived ones, plus the caller's own drafts.

    Args:
        state (KnowledgeState | None | Unset):
        kind (None | PracticeKind | Unset):
        theme (None | str | Unset):
        sdg (int | None | Unset):
        city_id (None | str | Unset):
        origin (None | Origin | Unset):
        action_id (None | str | Unset):
        pairing_id (None | str | Unset):
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PracticePage | Problem]
    """

    kwargs = _get_kwargs(
        state=state,
        kind=kind,
        theme=theme,
        sdg=sdg,
        city_id=city_id,
        origin=origin,
        action_id=action_id,
        pairing_id=pairing_id,
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
    state: KnowledgeState | None | Unset = UNSET,
    kind: None | PracticeKind | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    sdg: int | None | Unset = UNSET,
    city_id: None | str | Unset = UNSET,
    origin: None | Origin | Unset = UNSET,
    action_id: None | str | Unset = UNSET,
    pairing_id: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> PracticePage | Problem | None:
    """List Practices

     List practices, oldest first: published and archived ones, plus the caller's own drafts.

    Args:
        state (KnowledgeState | None | Unset):
        kind (None | PracticeKind | Unset):
        theme (None | str | Unset):
        sdg (int | None | Unset):
        city_id (None | str | Unset):
        origin (None | Origin | Unset):
        action_id (None | str | Unset):
        pairing_id (None | str | Unset):
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PracticePage | Problem
    """

    return sync_detailed(
        client=client,
        state=state,
        kind=kind,
        theme=theme,
        sdg=sdg,
        city_id=city_id,
        origin=origin,
        action_id=action_id,
        pairing_id=pairing_id,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    state: KnowledgeState | None | Unset = UNSET,
    kind: None | PracticeKind | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    sdg: int | None | Unset = UNSET,
    city_id: None | str | Unset = UNSET,
    origin: None | Origin | Unset = UNSET,
    action_id: None | str | Unset = UNSET,
    pairing_id: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> Response[PracticePage | Problem]:
    """List Practices

     List practices, oldest first: published and archived ones, plus the caller's own drafts.

    Args:
        state (KnowledgeState | None | Unset):
        kind (None | PracticeKind | Unset):
        theme (None | str | Unset):
        sdg (int | None | Unset):
        city_id (None | str | Unset):
        origin (None | Origin | Unset):
        action_id (None | str | Unset):
        pairing_id (None | str | Unset):
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PracticePage | Problem]
    """

    kwargs = _get_kwargs(
        state=state,
        kind=kind,
        theme=theme,
        sdg=sdg,
        city_id=city_id,
        origin=origin,
        action_id=action_id,
        pairing_id=pairing_id,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    state: KnowledgeState | None | Unset = UNSET,
    kind: None | PracticeKind | Unset = UNSET,
    theme: None | str | Unset = UNSET,
    sdg: int | None | Unset = UNSET,
    city_id: None | str | Unset = UNSET,
    origin: None | Origin | Unset = UNSET,
    action_id: None | str | Unset = UNSET,
    pairing_id: None | str | Unset = UNSET,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
) -> PracticePage | Problem | None:
    """List Practices

     List practices, oldest first: published and archived ones, plus the caller's own drafts.

    Args:
        state (KnowledgeState | None | Unset):
        kind (None | PracticeKind | Unset):
        theme (None | str | Unset):
        sdg (int | None | Unset):
        city_id (None | str | Unset):
        origin (None | Origin | Unset):
        action_id (None | str | Unset):
        pairing_id (None | str | Unset):
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PracticePage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            state=state,
            kind=kind,
            theme=theme,
            sdg=sdg,
            city_id=city_id,
            origin=origin,
            action_id=action_id,
            pairing_id=pairing_id,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
