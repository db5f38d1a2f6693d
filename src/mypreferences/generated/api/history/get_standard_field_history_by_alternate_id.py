from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.standard_field_history import StandardFieldHistory
from ...types import UNSET, Response, loads_json, status_of


def _get_kwargs(
    client_id: str,
    *,
    alternate_id_type: str,
    alternate_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["alternateIdType"] = alternate_id_type

    params["alternateId"] = alternate_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{client_id}/Profile/History/StandardFields/AlternateId".format(
            client_id=quote(str(client_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StandardFieldHistory | None:
    if response.status_code == 200:
        return StandardFieldHistory.from_dict(loads_json(response.content))

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
) -> Response[Error | StandardFieldHistory]:
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
    alternate_id_type: str,
    alternate_id: str,
) -> Response[Error | StandardFieldHistory]:
    """Retrieve historical standard fields by alternate id

     History: standard-field snapshots ascending by modified date, each with the current AlternateIds.

    Args:
        client_id (str):
        alternate_id_type (str):
        alternate_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StandardFieldHistory]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        alternate_id_type=alternate_id_type,
        alternate_id=alternate_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    alternate_id_type: str,
    alternate_id: str,
) -> Error | StandardFieldHistory | None:
    """Retrieve historical standard fields by alternate id

     History: standard-field snapshots ascending by modified date, each with the current AlternateIds.

    Args:
        client_id (str):
        alternate_id_type (str):
        alternate_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StandardFieldHistory
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        alternate_id_type=alternate_id_type,
        alternate_id=alternate_id,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    alternate_id_type: str,
    alternate_id: str,
) -> Response[Error | StandardFieldHistory]:
    """Retrieve historical standard fields by alternate id

     History: standard-field snapshots ascending by modified date, each with the current AlternateIds.

    Args:
        client_id (str):
        alternate_id_type (str):
        alternate_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StandardFieldHistory]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        alternate_id_type=alternate_id_type,
        alternate_id=alternate_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    *,
    client: AuthenticatedClient | Client,
    alternate_id_type: str,
    alternate_id: str,
) -> Error | StandardFieldHistory | None:
    """Retrieve historical standard fields by alternate id

     History: standard-field snapshots ascending by modified date, each with the current AlternateIds.

    Args:
        client_id (str):
        alternate_id_type (str):
        alternate_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StandardFieldHistory
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            alternate_id_type=alternate_id_type,
            alternate_id=alternate_id,
        )
    ).parsed
