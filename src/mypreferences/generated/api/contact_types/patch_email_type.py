from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.config_type_entry import ConfigTypeEntry
from ...models.error import Error
from ...models.json_patch_operation import JsonPatchOperation
from ...types import Response, loads_json, status_of


def _get_kwargs(
    client_id: str,
    type_id: int,
    *,
    body: list[JsonPatchOperation],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/{client_id}/EmailType/{type_id}".format(
            client_id=quote(str(client_id), safe=""),
            type_id=quote(str(type_id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConfigTypeEntry | Error | None:
    if response.status_code == 200:
        return ConfigTypeEntry.from_dict(loads_json(response.content))

    if response.status_code == 400:
        return Error.from_dict(loads_json(response.content))

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
) -> Response[ConfigTypeEntry | Error]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: str,
    type_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation],
) -> Response[ConfigTypeEntry | Error]:
    """Update email type

    Args:
        client_id (str):
        type_id (int):
        body (list[JsonPatchOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigTypeEntry | Error]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        type_id=type_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    type_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation],
) -> ConfigTypeEntry | Error | None:
    """Update email type

    Args:
        client_id (str):
        type_id (int):
        body (list[JsonPatchOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigTypeEntry | Error
    """

    return sync_detailed(
        client_id=client_id,
        type_id=type_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    type_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation],
) -> Response[ConfigTypeEntry | Error]:
    """Update email type

    Args:
        client_id (str):
        type_id (int):
        body (list[JsonPatchOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigTypeEntry | Error]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        type_id=type_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    type_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation],
) -> ConfigTypeEntry | Error | None:
    """Update email type

    Args:
        client_id (str):
        type_id (int):
        body (list[JsonPatchOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigTypeEntry | Error
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            type_id=type_id,
            client=client,
            body=body,
        )
    ).parsed
