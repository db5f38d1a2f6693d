"""``mp.v2``: the Version 2 Data operations by their documented v2 names, delegating to the v4 methods.

Each method is a thin typed wrapper; :meth:`V2Client._invoke` does the work from the route table: it finds
the v4 operation of the row, maps the v2 parameter names onto the generated method's parameters (by name,
ignoring case and underscores, after the row's renames), passes the body, and adds the row's pinned
defaults (``implied=False``, ``includeConsentHistory=False``) unless the caller gave them.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from mypreferences._resources import OPERATIONS, RESOURCES
from mypreferences.compat._routes import ROUTES, LegacyRoute
from mypreferences.generated.models.custom_fields_query import CustomFieldsQuery
from mypreferences.generated.models.preference_attributes_query import PreferenceAttributesQuery
from mypreferences.generated.models.select_list_custom_fields_query import SelectListCustomFieldsQuery
from mypreferences.generated.models.tags_query import TagsQuery
from mypreferences.generated.types import UNSET, Unset

if TYPE_CHECKING:
    from mypreferences._client import RequestOptions, _BaseClient
    from mypreferences.generated.models.archive_preferences import ArchivePreferences
    from mypreferences.generated.models.json_patch_operation import JsonPatchOperation
    from mypreferences.generated.models.standard_field_history import StandardFieldHistory
    from mypreferences.generated.models.update_acknowledgement import UpdateAcknowledgement
    from mypreferences.generated.models.user_profile import UserProfile
    from mypreferences.patch import JsonPatch

__all__ = ["V2Client"]

_V2_ROWS: dict[str, LegacyRoute] = {r.key: r for r in ROUTES if r.family == "v2"}


def _norm(name: str) -> str:
    return name.replace("_", "").casefold()


@cache
def _parameters(resource: str, name: str) -> dict[str, str]:
    """Normalised name -> Python parameter name of the generated resource method ``resource.name``."""
    from mypreferences import _resources

    cls = getattr(_resources, RESOURCES[resource][0])
    return {_norm(p): p for p in inspect.signature(getattr(cls, name)).parameters if p != "self"}


def _indexed(prefix: str, fields: tuple[str, ...], rows: Sequence[Sequence[object]]) -> dict[str, str]:
    """``[("alpha", "couch")]`` -> ``{"customFields[0].Name": "alpha", "customFields[0].Value": "couch"}``."""
    out: dict[str, str] = {}
    for i, row in enumerate(rows):
        if len(row) != len(fields):
            raise TypeError(f"{prefix} items must be {len(fields)}-tuples ({', '.join(fields)})")
        for field, value in zip(fields, row, strict=True):
            out[f"{prefix}[{i}].{field}"] = str(value)
    return out


class V2Client:
    """The Version 2 Data API operations, under their v2 names, running on v4 (``mp.v2``).

    Every method delegates to the generated v4 method (``await mp.<resource>.<name>(...)``, named in each
    docstring) with the v2 defaults pinned: ``implied`` defaults to ``False`` as in v2 (v4 documents
    ``True``), and ``includeConsentHistory=False`` keeps v2's "active consents only" responses. Errors,
    retries and return types are those of the v4 methods. From ``mp.with_raw_response.v2`` the methods
    return :class:`~mypreferences.APIResponse` objects (the annotations describe ``mp.v2``).
    """

    __slots__ = ("_client",)

    def __init__(self, client: _BaseClient) -> None:
        self._client = client

    async def _invoke(self, key: str, params: Mapping[str, Any]) -> Any:
        """Call the v4 operation of route ``key`` with the v2 ``params`` (a ``locals()`` of the wrapper)."""
        row = _V2_ROWS[key]
        assert row.operation_id is not None
        op = OPERATIONS[row.operation_id]
        names = _parameters(op.resource, op.name)
        renames = {_norm(old): new for old, new in row.rename}
        kwargs: dict[str, Any] = {}
        for name, value in params.items():
            if name == "self":
                continue
            if name == "options" or name == row.body:
                kwargs["options" if name == "options" else "body"] = value
            else:
                kwargs[names[_norm(renames.get(_norm(name), name))]] = value
        for wire, pinned in row.pins:
            kwargs.setdefault(names[_norm(wire)], pinned)
        return await getattr(getattr(self._client, op.resource), op.name)(**kwargs)

    # -- profile -----------------------------------------------------------------------------------

    async def add_profile(
        self, profile: UserProfile, *, options: RequestOptions | None = None
    ) -> UpdateAcknowledgement | UserProfile:
        """Add profile (v2 ``POST /{clientId}/Profile``) → ``mp.profile.create_profile``."""
        return cast("UpdateAcknowledgement | UserProfile", await self._invoke("add_profile", locals()))

    async def update_profile(
        self, profile_id: int, profile: UserProfile, *, options: RequestOptions | None = None
    ) -> UpdateAcknowledgement:
        """Update profile, partial (v2 ``POST …/Profile/{profileId}``) → ``mp.profile.update_profile_by_profile_id``."""
        return cast("UpdateAcknowledgement", await self._invoke("update_profile", locals()))

    async def delete_profile(
        self, profile_id: int, *, reason_code: str | Unset = UNSET, options: RequestOptions | None = None
    ) -> None:
        """Delete profile (v2 ``DELETE …/Profile/{profileId}``) → ``mp.profile.delete_profile_by_profile_id``."""
        await self._invoke("delete_profile", locals())

    async def update_profile_by_alternate_id(
        self,
        alternate_id_type: str,
        alternate_id: str,
        profile: UserProfile,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateAcknowledgement:
        """Update (upsert) profile by alternate id (v2 ``POST …/Profile/AlternateId``) → ``mp.profile.upsert_profile_by_alternate_id``."""
        return cast("UpdateAcknowledgement", await self._invoke("update_profile_by_alternate_id", locals()))

    async def retrieve_profile_by_alternate_id(
        self,
        alternate_id_type: str,
        alternate_id: str,
        *,
        implied: bool = False,
        match_inactive: bool = False,
        options: RequestOptions | None = None,
    ) -> UserProfile:
        """Retrieve profile by alternate id (v2 ``GET …/Profile/AlternateId``) → ``mp.profile.get_profile_by_alternate_id``."""
        return cast("UserProfile", await self._invoke("retrieve_profile_by_alternate_id", locals()))

    async def update_profile_by_alternate_id_patch(
        self,
        alternate_id_type: str,
        alternate_id: str,
        operations: list[JsonPatchOperation] | JsonPatch,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateAcknowledgement | UserProfile:
        """Update profile by alternate id, JSON Patch (v2 ``PATCH …/Profile/AlternateId``) → ``mp.profile.patch_profile_by_alternate_id``."""
        return cast(
            "UpdateAcknowledgement | UserProfile",
            await self._invoke("update_profile_by_alternate_id_patch", locals()),
        )

    async def update_profile_by_alternate_id_put(
        self,
        alternate_id_type: str,
        alternate_id: str,
        profile: UserProfile,
        *,
        options: RequestOptions | None = None,
    ) -> UserProfile:
        """Update profile by alternate id, overwrite (v2 ``PUT …/Profile/AlternateId``) → ``mp.profile.replace_profile_by_alternate_id``."""
        return cast("UserProfile", await self._invoke("update_profile_by_alternate_id_put", locals()))

    async def retrieve_profile_by_profile_id(
        self, profile_id: int, *, implied: bool = False, options: RequestOptions | None = None
    ) -> UserProfile:
        """Retrieve profile by profile id (v2 ``GET …/Profile/{profileId}``) → ``mp.profile.get_profile_by_profile_id``."""
        return cast("UserProfile", await self._invoke("retrieve_profile_by_profile_id", locals()))

    async def update_profile_put(
        self, profile_id: int, profile: UserProfile, *, options: RequestOptions | None = None
    ) -> UpdateAcknowledgement | UserProfile:
        """Update profile, overwrite (v2 ``PUT …/Profile/{profileId}``) → ``mp.profile.replace_profile_by_profile_id``."""
        return cast("UpdateAcknowledgement | UserProfile", await self._invoke("update_profile_put", locals()))

    async def update_profile_patch(
        self,
        profile_id: int,
        operations: list[JsonPatchOperation] | JsonPatch,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateAcknowledgement | UserProfile:
        """Update profile, JSON Patch (v2 ``PATCH …/Profile/{profileId}``) → ``mp.profile.patch_profile_by_profile_id``."""
        return cast(
            "UpdateAcknowledgement | UserProfile", await self._invoke("update_profile_patch", locals())
        )

    # -- history -----------------------------------------------------------------------------------

    async def retrieve_historical_consents_by_profile_id(
        self, profile_id: int, *, options: RequestOptions | None = None
    ) -> UserProfile:
        """Retrieve historical consents by profile id → ``mp.history.get_consent_history_by_profile_id``."""
        return cast("UserProfile", await self._invoke("retrieve_historical_consents_by_profile_id", locals()))

    async def retrieve_historical_consents_by_alternate_id(
        self, alternate_id_type: str, alternate_id: str, *, options: RequestOptions | None = None
    ) -> UserProfile:
        """Retrieve historical consents by alternate id → ``mp.history.get_consent_history_by_alternate_id``."""
        return cast(
            "UserProfile", await self._invoke("retrieve_historical_consents_by_alternate_id", locals())
        )

    async def retrieve_historical_contact_elements_by_profile_id(
        self, profile_id: int, *, options: RequestOptions | None = None
    ) -> UserProfile:
        """Retrieve historical contact elements by profile id → ``mp.history.get_contact_element_history_by_profile_id``."""
        return cast(
            "UserProfile", await self._invoke("retrieve_historical_contact_elements_by_profile_id", locals())
        )

    async def retrieve_historical_contact_elements_by_alternate_id(
        self, alternate_id_type: str, alternate_id: str, *, options: RequestOptions | None = None
    ) -> UserProfile:
        """Retrieve historical contact elements by alternate id → ``mp.history.get_contact_element_history_by_alternate_id``."""
        return cast(
            "UserProfile",
            await self._invoke("retrieve_historical_contact_elements_by_alternate_id", locals()),
        )

    async def retrieve_historical_custom_fields_by_profile_id(
        self, profile_id: int, *, options: RequestOptions | None = None
    ) -> UserProfile:
        """Retrieve historical custom fields by profile id → ``mp.history.get_custom_field_history_by_profile_id``."""
        return cast(
            "UserProfile", await self._invoke("retrieve_historical_custom_fields_by_profile_id", locals())
        )

    async def retrieve_historical_custom_fields_by_alternate_id(
        self, alternate_id_type: str, alternate_id: str, *, options: RequestOptions | None = None
    ) -> UserProfile:
        """Retrieve historical custom fields by alternate id → ``mp.history.get_custom_field_history_by_alternate_id``."""
        return cast(
            "UserProfile", await self._invoke("retrieve_historical_custom_fields_by_alternate_id", locals())
        )

    async def retrieve_historical_preferences_by_profile_id(
        self, profile_id: int, *, filter_id: str | Unset = UNSET, options: RequestOptions | None = None
    ) -> UserProfile:
        """Retrieve historical preferences by profile id → ``mp.history.get_preference_history_by_profile_id``."""
        return cast(
            "UserProfile", await self._invoke("retrieve_historical_preferences_by_profile_id", locals())
        )

    async def retrieve_historical_preferences_by_alternate_id(
        self,
        alternate_id_type: str,
        alternate_id: str,
        *,
        filter_id: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> UserProfile:
        """Retrieve historical preferences by alternate id → ``mp.history.get_preference_history_by_alternate_id``."""
        return cast(
            "UserProfile", await self._invoke("retrieve_historical_preferences_by_alternate_id", locals())
        )

    async def retrieve_historical_standard_fields_by_profile_id(
        self, profile_id: int, *, options: RequestOptions | None = None
    ) -> StandardFieldHistory:
        """Retrieve historical standard fields by profile id → ``mp.history.get_standard_field_history_by_profile_id``."""
        return cast(
            "StandardFieldHistory",
            await self._invoke("retrieve_historical_standard_fields_by_profile_id", locals()),
        )

    async def retrieve_historical_standard_fields_by_alternate_id(
        self, alternate_id_type: str, alternate_id: str, *, options: RequestOptions | None = None
    ) -> StandardFieldHistory:
        """Retrieve historical standard fields by alternate id → ``mp.history.get_standard_field_history_by_alternate_id``."""
        return cast(
            "StandardFieldHistory",
            await self._invoke("retrieve_historical_standard_fields_by_alternate_id", locals()),
        )

    # -- look-ups ----------------------------------------------------------------------------------

    async def retrieve_profiles_by_address(
        self,
        city: str,
        state_province: str,
        *,
        address1: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        postal_code: str | Unset = UNSET,
        address_type: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        middle_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        partial_address1_match: bool = False,
        partial_name_match: bool = False,
        implied: bool = False,
        options: RequestOptions | None = None,
    ) -> list[UserProfile]:
        """Retrieve profiles by address → ``mp.lookup.get_profiles_by_address``."""
        return cast("list[UserProfile]", await self._invoke("retrieve_profiles_by_address", locals()))

    async def retrieve_profiles_by_custom_fields(
        self,
        custom_fields: Sequence[tuple[str, str]] | CustomFieldsQuery,
        *,
        options: RequestOptions | None = None,
    ) -> list[UserProfile]:
        """Retrieve profiles by custom fields, given as ``(name, value)`` pairs → ``mp.lookup.get_profiles_by_custom_fields``."""
        if not isinstance(custom_fields, CustomFieldsQuery):
            custom_fields = CustomFieldsQuery.from_dict(
                _indexed("customFields", ("Name", "Value"), custom_fields)
            )
        return cast("list[UserProfile]", await self._invoke("retrieve_profiles_by_custom_fields", locals()))

    async def retrieve_profiles_by_select_list_custom_fields(
        self,
        custom_fields: Sequence[tuple[int | str, str, str]] | SelectListCustomFieldsQuery,
        *,
        options: RequestOptions | None = None,
    ) -> list[UserProfile]:
        """Retrieve profiles by SelectList custom fields, as ``(operator_id, name, value)`` → ``mp.lookup.get_profiles_by_select_list_custom_fields``."""
        if not isinstance(custom_fields, SelectListCustomFieldsQuery):
            custom_fields = SelectListCustomFieldsQuery.from_dict(
                _indexed("customFields", ("OperatorId", "Name", "Value"), custom_fields)
            )
        return cast(
            "list[UserProfile]",
            await self._invoke("retrieve_profiles_by_select_list_custom_fields", locals()),
        )

    async def retrieve_profiles_by_email(
        self,
        email_address: str,
        *,
        email_type: str | Unset = UNSET,
        implied: bool = False,
        options: RequestOptions | None = None,
    ) -> list[UserProfile]:
        """Retrieve profiles by email → ``mp.lookup.get_profiles_by_email``."""
        return cast("list[UserProfile]", await self._invoke("retrieve_profiles_by_email", locals()))

    async def retrieve_profiles_by_name(
        self,
        last_name: str,
        *,
        first_name: str | Unset = UNSET,
        middle_name: str | Unset = UNSET,
        implied: bool = False,
        options: RequestOptions | None = None,
    ) -> list[UserProfile]:
        """Retrieve profiles by name (exact) → ``mp.lookup.get_profiles_by_name``."""
        return cast("list[UserProfile]", await self._invoke("retrieve_profiles_by_name", locals()))

    async def retrieve_profiles_by_partial_name(
        self,
        last_name: str,
        *,
        first_name: str | Unset = UNSET,
        middle_name: str | Unset = UNSET,
        implied: bool = False,
        options: RequestOptions | None = None,
    ) -> list[UserProfile]:
        """Retrieve profiles by partial name → ``mp.lookup.get_profiles_by_partial_name``."""
        return cast("list[UserProfile]", await self._invoke("retrieve_profiles_by_partial_name", locals()))

    async def retrieve_profiles_by_phone(
        self,
        phone_number: str,
        *,
        phone_type: str | Unset = UNSET,
        implied: bool = False,
        options: RequestOptions | None = None,
    ) -> list[UserProfile]:
        """Retrieve profiles by phone → ``mp.lookup.get_profiles_by_phone``."""
        return cast("list[UserProfile]", await self._invoke("retrieve_profiles_by_phone", locals()))

    async def retrieve_profiles_by_preference_attributes(
        self,
        attributes: Sequence[tuple[str, str]] | PreferenceAttributesQuery,
        *,
        options: RequestOptions | None = None,
    ) -> list[UserProfile]:
        """Retrieve profiles by preference attributes, as ``(key, value)`` pairs → ``mp.lookup.get_profiles_by_preference_attributes``."""
        if not isinstance(attributes, PreferenceAttributesQuery):
            attributes = PreferenceAttributesQuery.from_dict(
                _indexed("attributes", ("Key", "Value"), attributes)
            )
        return cast(
            "list[UserProfile]", await self._invoke("retrieve_profiles_by_preference_attributes", locals())
        )

    async def retrieve_profiles_by_tags(
        self,
        tag: Sequence[str] | TagsQuery,
        *,
        exact_match: bool = True,
        multiple_profiles: bool = False,
        implied: bool = False,
        options: RequestOptions | None = None,
    ) -> list[UserProfile]:
        """Retrieve profiles by tags (``tag[n]``) → ``mp.lookup.get_profiles_by_tags``."""
        if not isinstance(tag, TagsQuery):
            if isinstance(tag, str):
                raise TypeError("tag must be a sequence of tag names, not a single string")
            tag = TagsQuery.from_dict({f"tag[{i}]": name for i, name in enumerate(tag)})
        return cast("list[UserProfile]", await self._invoke("retrieve_profiles_by_tags", locals()))

    # -- group look-ups ----------------------------------------------------------------------------

    async def retrieve_group_profiles_by_alternate_id(
        self,
        group_type: str,
        alternate_id_type: str,
        alternate_id: str,
        *,
        implied: bool = False,
        options: RequestOptions | None = None,
    ) -> list[UserProfile]:
        """Retrieve group profiles by alternate id → ``mp.group_lookup.get_group_profiles_by_alternate_id``."""
        return cast(
            "list[UserProfile]", await self._invoke("retrieve_group_profiles_by_alternate_id", locals())
        )

    async def retrieve_group_profiles_by_email_address(
        self,
        group_type: str,
        email_address: str,
        *,
        email_type: str | Unset = UNSET,
        implied: bool = False,
        options: RequestOptions | None = None,
    ) -> list[UserProfile]:
        """Retrieve group profiles by email address → ``mp.group_lookup.get_group_profiles_by_email``."""
        return cast(
            "list[UserProfile]", await self._invoke("retrieve_group_profiles_by_email_address", locals())
        )

    async def retrieve_group_profiles_by_group_name(
        self,
        group_type: str,
        group_name: str,
        *,
        implied: bool = False,
        options: RequestOptions | None = None,
    ) -> list[UserProfile]:
        """Retrieve group profiles by group name → ``mp.group_lookup.get_group_profiles_by_group_name``."""
        return cast(
            "list[UserProfile]", await self._invoke("retrieve_group_profiles_by_group_name", locals())
        )

    async def retrieve_group_profiles_by_phone_number(
        self,
        group_type: str,
        phone_number: str,
        *,
        phone_type: str | Unset = UNSET,
        implied: bool = False,
        options: RequestOptions | None = None,
    ) -> list[UserProfile]:
        """Retrieve group profiles by phone number → ``mp.group_lookup.get_group_profiles_by_phone``."""
        return cast(
            "list[UserProfile]", await self._invoke("retrieve_group_profiles_by_phone_number", locals())
        )

    async def retrieve_group_profiles_by_profile_id(
        self,
        profile_id: int,
        group_type: str,
        *,
        implied: bool = False,
        options: RequestOptions | None = None,
    ) -> list[UserProfile]:
        """Retrieve group profiles by (primary) profile id → ``mp.group_lookup.get_group_profiles_by_primary_profile_id``."""
        return cast(
            "list[UserProfile]", await self._invoke("retrieve_group_profiles_by_profile_id", locals())
        )

    # -- preferences -------------------------------------------------------------------------------

    async def archive_preferences(
        self,
        profile_id: int,
        archive_preferences: ArchivePreferences,
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """Archive preferences (v2 ``PUT …/Profile/Preferences/{profileId}/Archive``) → ``mp.preferences.archive_preferences``."""
        await self._invoke("archive_preferences", locals())
