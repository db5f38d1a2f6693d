from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.json_patch_operation import JsonPatchOperation
from ...models.update_acknowledgement import UpdateAcknowledgement
from ...models.user_profile import UserProfile
from ...types import Response, loads_json, status_of


def _get_kwargs(
    client_id: str,
    alternate_id_type: str,
    alternate_id: str,
    *,
    body: list[JsonPatchOperation],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/{client_id}/Profile/AlternateIdType/{alternate_id_type}/AlternateId/{alternate_id}".format(
            client_id=quote(str(client_id), safe=""),
            alternate_id_type=quote(str(alternate_id_type), safe=""),
            alternate_id=quote(str(alternate_id), safe=""),
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
) -> Error | UpdateAcknowledgement | UserProfile | None:
    if response.status_code == 200:
        return UserProfile.from_dict(loads_json(response.content))

    if response.status_code == 202:
        return UpdateAcknowledgement.from_dict(loads_json(response.content))

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
) -> Response[Error | UpdateAcknowledgement | UserProfile]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: str,
    alternate_id_type: str,
    alternate_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation],
) -> Response[Error | UpdateAcknowledgement | UserProfile]:
    """Patch a profile by alternate id

     Applies a JSON Patch to the profile holding the alternate id (help-page path form). JSON Patch (RFC
    6902) body, sent as a bare array: only add, replace, remove and test are supported (no move/copy);
    when removing several array elements send the removes in descending index order. The v2 curl sample
    wraps the array as {"Operations": [...]}; the help sample and PATCH-by-id use the bare array, which
    is what is sent.

    Args:
        client_id (str):
        alternate_id_type (str):
        alternate_id (str):
        body (list[JsonPatchOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateAcknowledgement | UserProfile]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        alternate_id_type=alternate_id_type,
        alternate_id=alternate_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    alternate_id_type: str,
    alternate_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation],
) -> Error | UpdateAcknowledgement | UserProfile | None:
    """Patch a profile by alternate id

     Applies a JSON Patch to the profile holding the alternate id (help-page path form). JSON Patch (RFC
    6902) body, sent as a bare array: only add, replace, remove and test are supported (no move/copy);
    when removing several array elements send the removes in descending index order. The v2 curl sample
    wraps the array as {"Operations": [...]}; the help sample and PATCH-by-id use the bare array, which
    is what is sent.

    Args:
        client_id (str):
        alternate_id_type (str):
        alternate_id (str):
        body (list[JsonPatchOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateAcknowledgement | UserProfile
    """

    return sync_detailed(
        client_id=client_id,
        alternate_id_type=alternate_id_type,
        alternate_id=alternate_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    alternate_id_type: str,
    alternate_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation],
) -> Response[Error | UpdateAcknowledgement | UserProfile]:
    """Patch a profile by alternate id

     Applies a JSON Patch to the profile holding the alternate id (help-page path form). JSON Patch (RFC
    6902) body, sent as a bare array: only add, replace, remove and test are supported (no move/copy);
    when removing several array elements send the removes in descending index order. The v2 curl sample
    wraps the array as {"Operations": [...]}; the help sample and PATCH-by-id use the bare array, which
    is what is sent.

    Args:
        client_id (str):
        alternate_id_type (str):
        alternate_id (str):
        body (list[JsonPatchOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateAcknowledgement | UserProfile]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        alternate_id_type=alternate_id_type,
        alternate_id=alternate_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    alternate_id_type: str,
    alternate_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation],
) -> Error | UpdateAcknowledgement | UserProfile | None:
    """Patch a profile by alternate id

     Applies a JSON Patch to the profile holding the alternate id (help-page path form). JSON Patch (RFC
    6902) body, sent as a bare array: only add, replace, remove and test are supported (no move/copy);
    when removing several array elements send the removes in descending index order. The v2 curl sample
    wraps the array as {"Operations": [...]}; the help sample and PATCH-by-id use the bare array, which
    is what is sent.

    Args:
        client_id (str):
        alternate_id_type (str):
        alternate_id (str):
        body (list[JsonPatchOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateAcknowledgement | UserProfile
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            alternate_id_type=alternate_id_type,
            alternate_id=alternate_id,
            client=client,
            body=body,
        )
    ).parsed
