from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_customer_consent_list import CreateCustomerConsentList
from ...models.error import Error
from ...types import Response, loads_json, status_of


def _get_kwargs(
    client_id: str,
    alternate_id_type: str,
    alternate_id: str,
    *,
    body: CreateCustomerConsentList,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{client_id}/Consents/AlternateIdType/{alternate_id_type}/AlternateId/{alternate_id}".format(
            client_id=quote(str(client_id), safe=""),
            alternate_id_type=quote(str(alternate_id_type), safe=""),
            alternate_id=quote(str(alternate_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

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
    alternate_id_type: str,
    alternate_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomerConsentList,
) -> Response[Any | Error]:
    """Add consents by alternate id

     Adds consents to the profile holding the alternate id; the consent types must exist in the account's
    configuration.

    Args:
        client_id (str):
        alternate_id_type (str):
        alternate_id (str):
        body (CreateCustomerConsentList): Body of AddConsents: the consents to add.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
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
    body: CreateCustomerConsentList,
) -> Any | Error | None:
    """Add consents by alternate id

     Adds consents to the profile holding the alternate id; the consent types must exist in the account's
    configuration.

    Args:
        client_id (str):
        alternate_id_type (str):
        alternate_id (str):
        body (CreateCustomerConsentList): Body of AddConsents: the consents to add.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
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
    body: CreateCustomerConsentList,
) -> Response[Any | Error]:
    """Add consents by alternate id

     Adds consents to the profile holding the alternate id; the consent types must exist in the account's
    configuration.

    Args:
        client_id (str):
        alternate_id_type (str):
        alternate_id (str):
        body (CreateCustomerConsentList): Body of AddConsents: the consents to add.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
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
    body: CreateCustomerConsentList,
) -> Any | Error | None:
    """Add consents by alternate id

     Adds consents to the profile holding the alternate id; the consent types must exist in the account's
    configuration.

    Args:
        client_id (str):
        alternate_id_type (str):
        alternate_id (str):
        body (CreateCustomerConsentList): Body of AddConsents: the consents to add.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
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
