from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.export_access_token import ExportAccessToken
from ...models.segment_request_info import SegmentRequestInfo
from ...types import Response, loads_json, status_of


def _get_kwargs(
    client_id: str,
    segment_group_name: str,
    *,
    body: SegmentRequestInfo,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Async/{client_id}/Export/SegmentGroup/{segment_group_name}".format(
            client_id=quote(str(client_id), safe=""),
            segment_group_name=quote(str(segment_group_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ExportAccessToken | None:
    if response.status_code == 200:
        return ExportAccessToken.from_dict(loads_json(response.content))

    if response.status_code == 400:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 401:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 403:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 404:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 429:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 503:
        return Error.from_dict(loads_json(response.content))

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ExportAccessToken]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: str,
    segment_group_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SegmentRequestInfo,
) -> Response[Error | ExportAccessToken]:
    """Initiate a segment-group export

     Starts an asynchronous export of the profiles matching the named segment group (segments combined
    with AND, OR, EXCEPT). Same body and response as the segment export.

    Args:
        client_id (str):
        segment_group_name (str):
        body (SegmentRequestInfo): Body of the segment and segment-group export Initiate calls
            (help model SegmentRequestInfo).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExportAccessToken]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        segment_group_name=segment_group_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: str,
    segment_group_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SegmentRequestInfo,
) -> Error | ExportAccessToken | None:
    """Initiate a segment-group export

     Starts an asynchronous export of the profiles matching the named segment group (segments combined
    with AND, OR, EXCEPT). Same body and response as the segment export.

    Args:
        client_id (str):
        segment_group_name (str):
        body (SegmentRequestInfo): Body of the segment and segment-group export Initiate calls
            (help model SegmentRequestInfo).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExportAccessToken
    """

    return sync_detailed(
        client_id=client_id,
        segment_group_name=segment_group_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: str,
    segment_group_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SegmentRequestInfo,
) -> Response[Error | ExportAccessToken]:
    """Initiate a segment-group export

     Starts an asynchronous export of the profiles matching the named segment group (segments combined
    with AND, OR, EXCEPT). Same body and response as the segment export.

    Args:
        client_id (str):
        segment_group_name (str):
        body (SegmentRequestInfo): Body of the segment and segment-group export Initiate calls
            (help model SegmentRequestInfo).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExportAccessToken]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        segment_group_name=segment_group_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: str,
    segment_group_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SegmentRequestInfo,
) -> Error | ExportAccessToken | None:
    """Initiate a segment-group export

     Starts an asynchronous export of the profiles matching the named segment group (segments combined
    with AND, OR, EXCEPT). Same body and response as the segment export.

    Args:
        client_id (str):
        segment_group_name (str):
        body (SegmentRequestInfo): Body of the segment and segment-group export Initiate calls
            (help model SegmentRequestInfo).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExportAccessToken
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            segment_group_name=segment_group_name,
            client=client,
            body=body,
        )
    ).parsed
