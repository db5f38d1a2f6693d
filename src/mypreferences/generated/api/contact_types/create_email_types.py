from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_email_type_list import CreateEmailTypeList
from ...models.email_type_entry_list import EmailTypeEntryList
from ...models.error import Error
from ...types import Response, loads_json, status_of


def _get_kwargs(
    client_id: str,
    *,
    body: CreateEmailTypeList,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{client_id}/EmailTypes".format(
            client_id=quote(str(client_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailTypeEntryList | Error | None:
    if response.status_code == 201:
        return EmailTypeEntryList.from_dict(loads_json(response.content))

    if response.status_code == 400:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 401:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 403:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 404:
        return Error.from_dict(loads_json(response.content))

    if response.status_code == 409:
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
) -> Response[EmailTypeEntryList | Error]:
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
    body: CreateEmailTypeList,
) -> Response[EmailTypeEntryList | Error]:
    """Create email types

     Creates email types. The body wraps the new types in `EmailTypes`; 201 returns them with their ids;
    409 when a type of the same name already exists.

    Args:
        client_id (str):
        body (CreateEmailTypeList): Create-email-types body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailTypeEntryList | Error]
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
    body: CreateEmailTypeList,
) -> EmailTypeEntryList | Error | None:
    """Create email types

     Creates email types. The body wraps the new types in `EmailTypes`; 201 returns them with their ids;
    409 when a type of the same name already exists.

    Args:
        client_id (str):
        body (CreateEmailTypeList): Create-email-types body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailTypeEntryList | Error
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
    body: CreateEmailTypeList,
) -> Response[EmailTypeEntryList | Error]:
    """Create email types

     Creates email types. The body wraps the new types in `EmailTypes`; 201 returns them with their ids;
    409 when a type of the same name already exists.

    Args:
        client_id (str):
        body (CreateEmailTypeList): Create-email-types body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailTypeEntryList | Error]
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
    body: CreateEmailTypeList,
) -> EmailTypeEntryList | Error | None:
    """Create email types

     Creates email types. The body wraps the new types in `EmailTypes`; 201 returns them with their ids;
    409 when a type of the same name already exists.

    Args:
        client_id (str):
        body (CreateEmailTypeList): Create-email-types body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailTypeEntryList | Error
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            body=body,
        )
    ).parsed
