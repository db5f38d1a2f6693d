from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset, loads_json, status_of


def _get_kwargs(
    client_id: str,
    profile_id: int,
    *,
    reason_code: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["reasonCode"] = reason_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/{client_id}/Profile/{profile_id}".format(
            client_id=quote(str(client_id), safe=""),
            profile_id=quote(str(profile_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 403:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 404:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 500:
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
    reason_code: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Delete a profile

     Permanently and irreversibly deletes the profile and all its data.

    Args:
        client_id (str):
        profile_id (int):
        reason_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        profile_id=profile_id,
        reason_code=reason_code,
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
    reason_code: str | Unset = UNSET,
) -> Any | Error | None:
    """Delete a profile

     Permanently and irreversibly deletes the profile and all its data.

    Args:
        client_id (str):
        profile_id (int):
        reason_code (str | Unset):

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
        reason_code=reason_code,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    profile_id: int,
    *,
    client: AuthenticatedClient | Client,
    reason_code: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Delete a profile

     Permanently and irreversibly deletes the profile and all its data.

    Args:
        client_id (str):
        profile_id (int):
        reason_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        profile_id=profile_id,
        reason_code=reason_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    profile_id: int,
    *,
    client: AuthenticatedClient | Client,
    reason_code: str | Unset = UNSET,
) -> Any | Error | None:
    """Delete a profile

     Permanently and irreversibly deletes the profile and all its data.

    Args:
        client_id (str):
        profile_id (int):
        reason_code (str | Unset):

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
            reason_code=reason_code,
        )
    ).parsed
