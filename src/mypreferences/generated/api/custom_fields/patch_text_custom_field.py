from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_field_text import CustomFieldText
from ...models.error import Error
from ...models.json_patch_operation import JsonPatchOperation
from ...types import Response


def _get_kwargs(
    client_id: str,
    id: int,
    *,
    body: list[JsonPatchOperation],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/{client_id}/CustomField/Text/{id}".format(
            client_id=quote(str(client_id), safe=""),
            id=quote(str(id), safe=""),
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
) -> CustomFieldText | Error | None:
    if response.status_code == 200:
        response_200 = CustomFieldText.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomFieldText | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: str,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation],
) -> Response[CustomFieldText | Error]:
    """Update text custom field

     Applies a JSON Patch to one text custom field (singular `CustomField`). **Route inferred** (not seen
    in any source) from the documented sibling pattern: singular item PATCH like `PATCH
    /{clientId}/CustomField/Numeric/{Id}`. [experience-api.md F13: D-UTCF (route inferred)]

    Args:
        client_id (str):
        id (int):
        body (list[JsonPatchOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldText | Error]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation],
) -> CustomFieldText | Error | None:
    """Update text custom field

     Applies a JSON Patch to one text custom field (singular `CustomField`). **Route inferred** (not seen
    in any source) from the documented sibling pattern: singular item PATCH like `PATCH
    /{clientId}/CustomField/Numeric/{Id}`. [experience-api.md F13: D-UTCF (route inferred)]

    Args:
        client_id (str):
        id (int):
        body (list[JsonPatchOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldText | Error
    """

    return sync_detailed(
        client_id=client_id,
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation],
) -> Response[CustomFieldText | Error]:
    """Update text custom field

     Applies a JSON Patch to one text custom field (singular `CustomField`). **Route inferred** (not seen
    in any source) from the documented sibling pattern: singular item PATCH like `PATCH
    /{clientId}/CustomField/Numeric/{Id}`. [experience-api.md F13: D-UTCF (route inferred)]

    Args:
        client_id (str):
        id (int):
        body (list[JsonPatchOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldText | Error]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[JsonPatchOperation],
) -> CustomFieldText | Error | None:
    """Update text custom field

     Applies a JSON Patch to one text custom field (singular `CustomField`). **Route inferred** (not seen
    in any source) from the documented sibling pattern: singular item PATCH like `PATCH
    /{clientId}/CustomField/Numeric/{Id}`. [experience-api.md F13: D-UTCF (route inferred)]

    Args:
        client_id (str):
        id (int):
        body (list[JsonPatchOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldText | Error
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
