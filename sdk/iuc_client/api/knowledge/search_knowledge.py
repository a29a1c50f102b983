from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.practice_kind import PracticeKind
from ...models.problem import Problem
from ...models.search_knowledge_lang_type_0 import SearchKnowledgeLangType0
from ...models.search_result import SearchResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    theme: list[str] | None | Unset = UNSET,
    sdg: list[int] | None | Unset = UNSET,
    region: list[str] | None | Unset = UNSET,
    sector: list[str] | None | Unset = UNSET,
    country: list[str] | None | Unset = UNSET,
    year: list[int] | None | Unset = UNSET,
    kind: None | PracticeKind | Unset = UNSET,
    lang: None | SearchKnowledgeLangType0 | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_page_token: None | str | Unset
    if isinstance(page_token, Unset):
        json_page_token = UNSET
    else:
        json_page_token = page_token
    params["page_token"] = json_page_token

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_theme: list[str] | None | Unset
    if isinstance(theme, Unset):
        json_theme = UNSET
    elif isinstance(theme, list):
        json_theme = theme

    else:
        json_theme = theme
    params["theme"] = json_theme

    json_sdg: list[int] | None | Unset
    if isinstance(sdg, Unset):
        json_sdg = UNSET
    elif isinstance(sdg, list):
        json_sdg = sdg

    else:
        json_sdg = sdg
    params["sdg"] = json_sdg

    json_region: list[str] | None | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    elif isinstance(region, list):
        json_region = region

    else:
        json_region = region
    params["region"] = json_region

    json_sector: list[str] | None | Unset
    if isinstance(sector, Unset):
        json_sector = UNSET
    elif isinstance(sector, list):
        json_sector = sector

    else:
        json_sector = sector
    params["sector"] = json_sector

    json_country: list[str] | None | Unset
    if isinstance(country, Unset):
        json_country = UNSET
    elif isinstance(country, list):
        json_country = country

    else:
        json_country = country
    params["country"] = json_country

    json_year: list[int] | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    elif isinstance(year, list):
        json_year = year

    else:
        json_year = year
    params["year"] = json_year

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, PracticeKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_lang: None | str | Unset
    if isinstance(lang, Unset):
        json_lang = UNSET
    elif isinstance(lang, SearchKnowledgeLangType0):
        json_lang = lang.value
    else:
        json_lang = lang
    params["lang"] = json_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/knowledge/search",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SearchResult | None:
    if response.status_code == 200:
        response_200 = SearchResult.from_dict(response.json())

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
) -> Response[Problem | SearchResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    theme: list[str] | None | Unset = UNSET,
    sdg: list[int] | None | Unset = UNSET,
    region: list[str] | None | Unset = UNSET,
    sector: list[str] | None | Unset = UNSET,
    country: list[str] | None | Unset = UNSET,
    year: list[int] | None | Unset = UNSET,
    kind: None | PracticeKind | Unset = UNSET,
    lang: None | SearchKnowledgeLangType0 | Unset = UNSET,
) -> Response[Problem | SearchResult]:
    """Search Knowledge

     Full-text search of the published library, best match first, with facet counts for the query.

    Each practice is indexed in its own `language`: English, Spanish, Portuguese, French, German and
    Italian texts are stemmed (`barrio sostenible` finds `barrios sostenibles`), any other language is
    matched word for word. Without `lang`, the query's words are stemmed for each practice in that
    practice's language. With `lang` (`en`, `es`, `pt`, `fr`, `de`, `it`) they are stemmed in that
    language for every practice: `cycled` with `lang=es` does not find `cycling`. Any other `lang`
    answers 422 naming the rule `unknown_language`.

    Args:
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.
        q (None | str | Unset): Words, "phrases", -excluded, a OR b.
        theme (list[str] | None | Unset):
        sdg (list[int] | None | Unset):
        region (list[str] | None | Unset):
        sector (list[str] | None | Unset):
        country (list[str] | None | Unset):
        year (list[int] | None | Unset):
        kind (None | PracticeKind | Unset):
        lang (None | SearchKnowledgeLangType0 | Unset): The language the query's words are stemmed
            in (ISO 639-1); absent: each practice's own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SearchResult]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
        q=q,
        theme=theme,
        sdg=sdg,
        region=region,
        sector=sector,
        country=country,
        year=year,
        kind=kind,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    theme: list[str] | None | Unset = UNSET,
    sdg: list[int] | None | Unset = UNSET,
    region: list[str] | None | Unset = UNSET,
    sector: list[str] | None | Unset = UNSET,
    country: list[str] | None | Unset = UNSET,
    year: list[int] | None | Unset = UNSET,
    kind: None | PracticeKind | Unset = UNSET,
    lang: None | SearchKnowledgeLangType0 | Unset = UNSET,
) -> Problem | SearchResult | None:
    """Search Knowledge

     Full-text search of the published library, best match first, with facet counts for the query.

    Each practice is indexed in its own `language`: English, Spanish, Portuguese, French, German and
    Italian texts are stemmed (`barrio sostenible` finds `barrios sostenibles`), any other language is
    matched word for word. Without `lang`, the query's words are stemmed for each practice in that
    practice's language. With `lang` (`en`, `es`, `pt`, `fr`, `de`, `it`) they are stemmed in that
    language for every practice: `cycled` with `lang=es` does not find `cycling`. Any other `lang`
    answers 422 naming the rule `unknown_language`.

    Args:
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.
        q (None | str | Unset): Words, "phrases", -excluded, a OR b.
        theme (list[str] | None | Unset):
        sdg (list[int] | None | Unset):
        region (list[str] | None | Unset):
        sector (list[str] | None | Unset):
        country (list[str] | None | Unset):
        year (list[int] | None | Unset):
        kind (None | PracticeKind | Unset):
        lang (None | SearchKnowledgeLangType0 | Unset): The language the query's words are stemmed
            in (ISO 639-1); absent: each practice's own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SearchResult
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_token=page_token,
        q=q,
        theme=theme,
        sdg=sdg,
        region=region,
        sector=sector,
        country=country,
        year=year,
        kind=kind,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    theme: list[str] | None | Unset = UNSET,
    sdg: list[int] | None | Unset = UNSET,
    region: list[str] | None | Unset = UNSET,
    sector: list[str] | None | Unset = UNSET,
    country: list[str] | None | Unset = UNSET,
    year: list[int] | None | Unset = UNSET,
    kind: None | PracticeKind | Unset = UNSET,
    lang: None | SearchKnowledgeLangType0 | Unset = UNSET,
) -> Response[Problem | SearchResult]:
    """Search Knowledge

     Full-text search of the published library, best match first, with facet counts for the query.

    Each practice is indexed in its own `language`: English, Spanish, Portuguese, French, German and
    Italian texts are stemmed (`barrio sostenible` finds `barrios sostenibles`), any other language is
    matched word for word. Without `lang`, the query's words are stemmed for each practice in that
    practice's language. With `lang` (`en`, `es`, `pt`, `fr`, `de`, `it`) they are stemmed in that
    language for every practice: `cycled` with `lang=es` does not find `cycling`. Any other `lang`
    answers 422 naming the rule `unknown_language`.

    Args:
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.
        q (None | str | Unset): Words, "phrases", -excluded, a OR b.
        theme (list[str] | None | Unset):
        sdg (list[int] | None | Unset):
        region (list[str] | None | Unset):
        sector (list[str] | None | Unset):
        country (list[str] | None | Unset):
        year (list[int] | None | Unset):
        kind (None | PracticeKind | Unset):
        lang (None | SearchKnowledgeLangType0 | Unset): The language the query's words are stemmed
            in (ISO 639-1); absent: each practice's own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SearchResult]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
        q=q,
        theme=theme,
        sdg=sdg,
        region=region,
        sector=sector,
        country=country,
        year=year,
        kind=kind,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 50,
    page_token: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    theme: list[str] | None | Unset = UNSET,
    sdg: list[int] | None | Unset = UNSET,
    region: list[str] | None | Unset = UNSET,
    sector: list[str] | None | Unset = UNSET,
    country: list[str] | None | Unset = UNSET,
    year: list[int] | None | Unset = UNSET,
    kind: None | PracticeKind | Unset = UNSET,
    lang: None | SearchKnowledgeLangType0 | Unset = UNSET,
) -> Problem | SearchResult | None:
    """Search Knowledge

     Full-text search of the published library, best match first, with facet counts for the query.

    Each practice is indexed in its own `language`: English, Spanish, Portuguese, French, German and
    Italian texts are stemmed (`barrio sostenible` finds `barrios sostenibles`), any other language is
    matched word for word. Without `lang`, the query's words are stemmed for each practice in that
    practice's language. With `lang` (`en`, `es`, `pt`, `fr`, `de`, `it`) they are stemmed in that
    language for every practice: `cycled` with `lang=es` does not find `cycling`. Any other `lang`
    answers 422 naming the rule `unknown_language`.

    Args:
        page_size (int | Unset): Items per page. Default: 50.
        page_token (None | str | Unset): next_page_token of the previous page.
        q (None | str | Unset): Words, "phrases", -excluded, a OR b.
        theme (list[str] | None | Unset):
        sdg (list[int] | None | Unset):
        region (list[str] | None | Unset):
        sector (list[str] | None | Unset):
        country (list[str] | None | Unset):
        year (list[int] | None | Unset):
        kind (None | PracticeKind | Unset):
        lang (None | SearchKnowledgeLangType0 | Unset): The language the query's words are stemmed
            in (ISO 639-1); absent: each practice's own.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SearchResult
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_token=page_token,
            q=q,
            theme=theme,
            sdg=sdg,
            region=region,
            sector=sector,
            country=country,
            year=year,
            kind=kind,
            lang=lang,
        )
    ).parsed
