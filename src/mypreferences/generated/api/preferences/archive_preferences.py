from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.archive_preferences import ArchivePreferences
from ...models.error import Error
from ...types import Response, loads_json, status_of


def _get_kwargs(
    client_id: str,
    profile_id: int,
    *,
    body: ArchivePreferences,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/{client_id}/Profile/Preferences/{profile_id}/Archive".format(
            client_id=quote(str(client_id), safe=""),
            profile_id=quote(str(profile_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 401:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 403:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 404:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 503:
        return Error.from_dict(loads_json(response.content))

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: str,
    profile_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ArchivePreferences,
) -> Response[Any | Error]:
    """Archive preferences

     Deactivates and archives preferences of the profile and/or its contact elements across one or more
    Filters (GlobalDeactivate archives everything). Archived preferences disappear from the standard
    API.

    Args:
        client_id (str):
        profile_id (int):
        body (ArchivePreferences): Body of ArchivePreferences: which preferences to deactivate and
            archive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        profile_id=profile_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    profile_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ArchivePreferences,
) -> Any | Error | None:
    """Archive preferences

     Deactivates and archives preferences of the profile and/or its contact elements across one or more
    Filters (GlobalDeactivate archives everything). Archived preferences disappear from the standard
    API.

    Args:
        client_id (str):
        profile_id (int):
        body (ArchivePreferences): Body of ArchivePreferences: which preferences to deactivate and
            archive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        client_id=client_id,
        profile_id=profile_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    profile_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ArchivePreferences,
) -> Response[Any | Error]:
    """Archive preferences

     Deactivates and archives preferences of the profile and/or its contact elements across one or more
    Filters (GlobalDeactivate archives everything). Archived preferences disappear from the standard
    API.

    Args:
        client_id (str):
        profile_id (int):
        body (ArchivePreferences): Body of ArchivePreferences: which preferences to deactivate and
            archive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        profile_id=profile_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    profile_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ArchivePreferences,
) -> Any | Error | None:
    """Archive preferences

     Deactivates and archives preferences of the profile and/or its contact elements across one or more
    Filters (GlobalDeactivate archives everything). Archived preferences disappear from the standard
    API.

    Args:
        client_id (str):
        profile_id (int):
        body (ArchivePreferences): Body of ArchivePreferences: which preferences to deactivate and
            archive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            profile_id=profile_id,
            client=client,
            body=body,
        )
    ).parsed
