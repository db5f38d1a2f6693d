from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.import_initiate_request import ImportInitiateRequest
from ...models.import_status import ImportStatus
from ...types import Response, loads_json, status_of


def _get_kwargs(
    client_id: str,
    *,
    body: ImportInitiateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Async/{client_id}/Import".format(
            client_id=quote(str(client_id), safe=""),
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
    *,
    client: AuthenticatedClient | Client,
    body: ImportInitiateRequest,
) -> Response[Error | ImportStatus]:
    """Initiate a bulk import

     Creates a bulk import job and returns its status with the access token used by Stage, Execute,
    Status and Exceptions. Run imports sequentially; a rolling 24-hour per-account import-request quota
    applies.

    Args:
        client_id (str):
        body (ImportInitiateRequest): Body of InitiateImport (input subset of BulkImportStatus
            plus ImportAction and AllowPriorConsents).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImportStatus]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportInitiateRequest,
) -> Error | ImportStatus | None:
    """Initiate a bulk import

     Creates a bulk import job and returns its status with the access token used by Stage, Execute,
    Status and Exceptions. Run imports sequentially; a rolling 24-hour per-account import-request quota
    applies.

    Args:
        client_id (str):
        body (ImportInitiateRequest): Body of InitiateImport (input subset of BulkImportStatus
            plus ImportAction and AllowPriorConsents).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImportStatus
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportInitiateRequest,
) -> Response[Error | ImportStatus]:
    """Initiate a bulk import

     Creates a bulk import job and returns its status with the access token used by Stage, Execute,
    Status and Exceptions. Run imports sequentially; a rolling 24-hour per-account import-request quota
    applies.

    Args:
        client_id (str):
        body (ImportInitiateRequest): Body of InitiateImport (input subset of BulkImportStatus
            plus ImportAction and AllowPriorConsents).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImportStatus]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportInitiateRequest,
) -> Error | ImportStatus | None:
    """Initiate a bulk import

     Creates a bulk import job and returns its status with the access token used by Stage, Execute,
    Status and Exceptions. Run imports sequentially; a rolling 24-hour per-account import-request quota
    applies.

    Args:
        client_id (str):
        body (ImportInitiateRequest): Body of InitiateImport (input subset of BulkImportStatus
            plus ImportAction and AllowPriorConsents).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImportStatus
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            body=body,
        )
    ).parsed
