from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.import_stage_request import ImportStageRequest
from ...models.import_status import ImportStatus
from ...types import Response, loads_json, status_of


def _get_kwargs(
    client_id: str,
    access_token: int,
    *,
    body: ImportStageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Async/{client_id}/Import/{access_token}/Stage".format(
            client_id=quote(str(client_id), safe=""),
            access_token=quote(str(access_token), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ImportStatus | None:
    if response.status_code == 200:
        return ImportStatus.from_dict(loads_json(response.content))

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
) -> Response[Error | ImportStatus]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: str,
    access_token: int,
    *,
    client: AuthenticatedClient | Client,
    body: ImportStageRequest,
) -> Response[Error | ImportStatus]:
    """Stage records for a bulk import

     Adds records (profiles with preferences and consents) to the import; may be called many times with
    the same token. Payload default maximum 25 MB (absolute maximum 28 MB); about 10 million records per
    token.

    Args:
        client_id (str):
        access_token (int):
        body (ImportStageRequest): Body of StageImport: a collection of BulkUserProfilePreferences
            records (profile + preferences + consents). The property name is cut in the stored docs
            ("UserProfil...");

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImportStatus]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        access_token=access_token,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    access_token: int,
    *,
    client: AuthenticatedClient | Client,
    body: ImportStageRequest,
) -> Error | ImportStatus | None:
    """Stage records for a bulk import

     Adds records (profiles with preferences and consents) to the import; may be called many times with
    the same token. Payload default maximum 25 MB (absolute maximum 28 MB); about 10 million records per
    token.

    Args:
        client_id (str):
        access_token (int):
        body (ImportStageRequest): Body of StageImport: a collection of BulkUserProfilePreferences
            records (profile + preferences + consents). The property name is cut in the stored docs
            ("UserProfil...");

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImportStatus
    """

    return sync_detailed(
        client_id=client_id,
        access_token=access_token,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    access_token: int,
    *,
    client: AuthenticatedClient | Client,
    body: ImportStageRequest,
) -> Response[Error | ImportStatus]:
    """Stage records for a bulk import

     Adds records (profiles with preferences and consents) to the import; may be called many times with
    the same token. Payload default maximum 25 MB (absolute maximum 28 MB); about 10 million records per
    token.

    Args:
        client_id (str):
        access_token (int):
        body (ImportStageRequest): Body of StageImport: a collection of BulkUserProfilePreferences
            records (profile + preferences + consents). The property name is cut in the stored docs
            ("UserProfil...");

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImportStatus]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        access_token=access_token,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    access_token: int,
    *,
    client: AuthenticatedClient | Client,
    body: ImportStageRequest,
) -> Error | ImportStatus | None:
    """Stage records for a bulk import

     Adds records (profiles with preferences and consents) to the import; may be called many times with
    the same token. Payload default maximum 25 MB (absolute maximum 28 MB); about 10 million records per
    token.

    Args:
        client_id (str):
        access_token (int):
        body (ImportStageRequest): Body of StageImport: a collection of BulkUserProfilePreferences
            records (profile + preferences + consents). The property name is cut in the stored docs
            ("UserProfil...");

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImportStatus
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            access_token=access_token,
            client=client,
            body=body,
        )
    ).parsed
