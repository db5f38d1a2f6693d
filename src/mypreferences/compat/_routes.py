"""The legacy → v4 route table: every Version 2 Data route and every legacy ``API/3`` route we know of.

This module is **data only**. Each :class:`LegacyRoute` row says where a legacy call goes in v4 and how its
parameters move; :mod:`mypreferences.compat._translate` applies the rows generically, and
``tests/test_compat.py`` checks every row against the vendored spec (so the table cannot drift from it).

Sources (``shared/reference``): ``seeds/001`` (the 35 v2 Data routes, titles and parameters),
``v4/data-api.md`` §4 (v2 → v4 route map and mapping rule), ``v4/experience-api.md`` §1.1/§4 (``API/3``
Preference Configuration routes) and ``v4/connectivity-auth-errors.md`` §D (concrete route pairs).

Row conventions:

* ``template`` is relative to the legacy base (``…/Profiles/v2``, ``…/API/3`` or ``…/API/3/async``) and
  starts with ``/{clientId}``; literal segments match case-insensitively (the servers are ASP.NET).
* The v4 route is the target operation's path in the spec; its ``{variables}`` are filled **by name**
  from the legacy path variables (raw bytes kept — this is also how the program-in-group id order is
  swapped) or from ``query_to_path`` values (re-encoded as one path segment).
* ``pins`` are v4 query parameters sent with the given value when the legacy call omitted them (or sent
  them empty), because the v4 default differs from the legacy behaviour.
* ``operation_id=None`` records a legacy route with **no** v4 equivalent: calling it raises
  :class:`~mypreferences.compat.UnknownRouteError` naming ``see_also`` (never a silent pass-through).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["NO_CONSENT_HISTORY", "NOT_IMPLIED", "ROUTES", "SAME_ROUTE_TAGS", "Family", "LegacyRoute"]

Family = Literal["v2", "api3", "api3-async"]
"""Which legacy API a route belongs to: ``/Profiles/v2``, ``/API/3`` or ``/API/3/async``."""

NOT_IMPLIED: tuple[str, bool] = ("implied", False)
"""v2 ``implied`` is a plain boolean flag (unset = false; data-api.md P5), but v4 documents default **true**
(GetProfileByProfileId) or nothing (look-ups). A translated v2 call that omitted it sends ``implied=false``."""

NO_CONSENT_HISTORY: tuple[str, bool] = ("includeConsentHistory", False)
"""v4-only flag, default **true** (consent history embedded in the profile). v2 reads return "all active
consents" — the latest state only; history had its own ``/Profile/History/Consents`` routes. Keeping v2
behaviour (and response size/shape) therefore means sending ``includeConsentHistory=false``."""


@dataclass(frozen=True, slots=True)
class LegacyRoute:
    """One legacy route and how it maps to v4.

    Attributes:
        key: stable name; for v2 rows the snake_case of the v2 doc title (also the ``mp.v2`` method name).
        family: the legacy API (see :data:`Family`).
        title: the documented title.
        method: HTTP method (unchanged by the translation).
        template: legacy route template (path only, relative to the legacy base).
        query: documented legacy query parameters (wire names).
        operation_id: the v4 operation, or ``None`` when v4 has no equivalent.
        query_to_path: ``(legacy query name, v4 path variable)`` pairs moved from the query into the path.
        path_to_query: ``(legacy path variable, v4 query name)`` pairs moved from the path into the query.
        rename: ``(legacy query name, v4 query name)`` pairs that stay in the query under a new name.
        pins: ``(v4 query name, value)`` sent when the legacy call omitted the parameter.
        unwrap_operations: the body may be the v2 ``{"Operations": [...]}`` wrapper; v4 takes the bare array.
        body: name of the body parameter of the ``mp.v2`` facade method (``None``: no body).
        see_also: v4 operations to suggest when ``operation_id`` is ``None``.
        note: why the row is as it is (shown in errors for rows without an equivalent).

    """

    key: str
    family: Family
    title: str
    method: str
    template: str
    query: tuple[str, ...] = ()
    operation_id: str | None = None
    query_to_path: tuple[tuple[str, str], ...] = ()
    path_to_query: tuple[tuple[str, str], ...] = ()
    rename: tuple[tuple[str, str], ...] = ()
    pins: tuple[tuple[str, bool], ...] = ()
    unwrap_operations: bool = False
    body: str | None = None
    see_also: tuple[str, ...] = ()
    note: str = ""


_ALT = ("alternateIdType", "alternateId")
_ALT_TO_PATH = (("alternateIdType", "alternateIdType"), ("alternateId", "alternateId"))
_LOCALE = (("locale", "locale"),)


def _v2(key: str, title: str, method: str, template: str, op: str, *query: str, **kw: object) -> LegacyRoute:
    return LegacyRoute(key, "v2", title, method, template, query, op, **kw)  # type: ignore[arg-type]


def _a3(key: str, title: str, template: str, op: str | None, **kw: object) -> LegacyRoute:
    method = str(kw.pop("method", "GET"))
    return LegacyRoute(key, "api3", title, method, template, operation_id=op, **kw)  # type: ignore[arg-type]


def _async(key: str, title: str, method: str, template: str, op: str | None, **kw: object) -> LegacyRoute:
    return LegacyRoute(key, "api3-async", title, method, template, operation_id=op, **kw)  # type: ignore[arg-type]


_P = "/{clientId}/Profile"
_H = "/{clientId}/Profile/History"
_G = "/{clientId}/Profile/Groups"
_NI, _NCH = NOT_IMPLIED, NO_CONSENT_HISTORY

ROUTES: tuple[LegacyRoute, ...] = (
    # ---- v2 Data API: the 35 routes of seeds/001, in document order -------------------------------------
    _v2("add_profile", "Add profile", "POST", _P, "CreateProfile", body="profile"),
    _v2("update_profile", "Update profile", "POST", _P + "/{profileId}", "UpdateProfileByProfileId", body="profile"),
    _v2("delete_profile", "Delete profile", "DELETE", _P + "/{profileId}", "DeleteProfileByProfileId", "reasonCode"),
    _v2(
        "update_profile_by_alternate_id", "Update profile by alternate id", "POST", _P + "/AlternateId",
        "UpsertProfileByAlternateId", "alternateId", "alternateIdType", body="profile",
    ),
    _v2(
        "retrieve_profile_by_alternate_id", "Retrieve profile by alternate id", "GET", _P + "/AlternateId",
        "GetProfileByAlternateId", *_ALT, "implied", "matchInactive", pins=(_NI, _NCH),
    ),
    _v2(
        "update_profile_by_alternate_id_patch", "Update profile by alternate id (PATCH)", "PATCH",
        _P + "/AlternateId", "PatchProfileByAlternateId", "alternateId", "alternateIdType",
        query_to_path=_ALT_TO_PATH, unwrap_operations=True, body="operations",
        note="data-api.md §4 mapping rule: PATCH by alternate id uses the documented v4 path form",
    ),
    _v2(
        "update_profile_by_alternate_id_put", "Update profile by alternate id (PUT)", "PUT", _P + "/AlternateId",
        "ReplaceProfileByAlternateId", "alternateId", "alternateIdType", body="profile",
    ),
    _v2(
        "retrieve_profile_by_profile_id", "Retrieve profile by profile id", "GET", _P + "/{profileId}",
        "GetProfileByProfileId", "implied", pins=(_NI, _NCH),
    ),
    _v2("update_profile_put", "Update profile (PUT)", "PUT", _P + "/{profileId}", "ReplaceProfileByProfileId", body="profile"),
    _v2(
        "update_profile_patch", "Update profile (PATCH)", "PATCH", _P + "/{profileId}", "PatchProfileByProfileId",
        unwrap_operations=True, body="operations",
    ),
    _v2(
        "retrieve_historical_consents_by_profile_id", "Retrieve historical consents by profile id", "GET",
        _H + "/Consents/{profileId}", "GetConsentHistoryByProfileId",
    ),
    _v2(
        "retrieve_historical_consents_by_alternate_id", "Retrieve historical consents by alternate id", "GET",
        _H + "/Consents/AlternateId", "GetConsentHistoryByAlternateId", *_ALT,
    ),
    _v2(
        "retrieve_historical_contact_elements_by_profile_id", "Retrieve historical contact elements by profile id",
        "GET", _H + "/ContactElements/{profileId}", "GetContactElementHistoryByProfileId",
    ),
    _v2(
        "retrieve_historical_contact_elements_by_alternate_id",
        "Retrieve historical contact elements by alternate id", "GET", _H + "/ContactElements/AlternateId",
        "GetContactElementHistoryByAlternateId", *_ALT,
    ),
    _v2(
        "retrieve_historical_custom_fields_by_profile_id", "Retrieve historical custom fields by profile id", "GET",
        _H + "/CustomFields/{profileId}", "GetCustomFieldHistoryByProfileId",
    ),
    _v2(
        "retrieve_historical_custom_fields_by_alternate_id", "Retrieve historical custom fields by alternate id",
        "GET", _H + "/CustomFields/AlternateId", "GetCustomFieldHistoryByAlternateId", *_ALT,
    ),
    _v2(
        "retrieve_historical_preferences_by_profile_id", "Retrieve historical preferences by profile id", "GET",
        _H + "/Preferences/{profileId}", "GetPreferenceHistoryByProfileId", "filterId",
    ),
    _v2(
        "retrieve_historical_preferences_by_alternate_id", "Retrieve historical preferences by alternate id",
        "GET", _H + "/Preferences/AlternateId", "GetPreferenceHistoryByAlternateId", *_ALT, "filterId",
    ),
    _v2(
        "retrieve_historical_standard_fields_by_profile_id", "Retrieve historical standard fields by profile id",
        "GET", _H + "/StandardFields/{profileId}", "GetStandardFieldHistoryByProfileId",
    ),
    _v2(
        "retrieve_historical_standard_fields_by_alternate_id",
        "Retrieve historical standard fields by alternate id", "GET", _H + "/StandardFields/AlternateId",
        "GetStandardFieldHistoryByAlternateId", *_ALT,
    ),
    _v2(
        "retrieve_profiles_by_address", "Retrieve profiles by address", "GET", _P + "/Address",
        "GetProfilesByAddress", "address1", "address2", "city", "stateProvince", "postalCode", "addressType",
        "firstName", "middleName", "lastName", "partialAddress1Match", "partialNameMatch", "implied",
        pins=(_NI, _NCH),
    ),
    _v2(
        "retrieve_profiles_by_custom_fields", "Retrieve profiles by custom fields", "GET", _P + "/CustomFields",
        "GetProfilesByCustomFields", "customFields", pins=(_NCH,),
    ),
    _v2(
        "retrieve_profiles_by_select_list_custom_fields", "Retrieve profiles by SelectList custom fields", "GET",
        _P + "/CustomFields/SelectList", "GetProfilesBySelectListCustomFields", "customFields",
    ),
    _v2(
        "retrieve_profiles_by_email", "Retrieve profiles by email", "GET", _P + "/Email", "GetProfilesByEmail",
        "emailAddress", "emailType", "implied", pins=(_NI, _NCH),
    ),
    _v2(
        "retrieve_profiles_by_name", "Retrieve profiles by name", "GET", _P + "/Name", "GetProfilesByName",
        "lastName", "firstName", "middleName", "implied", pins=(_NI,),
    ),
    _v2(
        "retrieve_profiles_by_partial_name", "Retrieve profiles by partial name", "GET", _P + "/Name/Partial",
        "GetProfilesByPartialName", "lastName", "firstName", "middleName", "implied", pins=(_NI,),
    ),
    _v2(
        "retrieve_profiles_by_phone", "Retrieve profiles by phone", "GET", _P + "/Phone", "GetProfilesByPhone",
        "phoneNumber", "phoneType", "implied", pins=(_NI, _NCH),
    ),
    _v2(
        "retrieve_profiles_by_preference_attributes", "Retrieve profiles by preference attributes", "GET",
        _P + "/Attributes", "GetProfilesByPreferenceAttributes", "attributes", pins=(_NCH,),
    ),
    _v2(
        "retrieve_profiles_by_tags", "Retrieve profiles by tags", "GET", _P + "/Tags", "GetProfilesByTags",
        "tag", "exactMatch", "multipleProfiles", "implied", pins=(_NI,),
    ),
    _v2(
        "retrieve_group_profiles_by_alternate_id", "Retrieve group profiles by alternate id", "GET",
        _G + "/AlternateId", "GetGroupProfilesByAlternateId", "groupType", *_ALT, "implied", pins=(_NI,),
    ),
    _v2(
        "retrieve_group_profiles_by_email_address", "Retrieve group profiles by email address", "GET",
        _G + "/Email", "GetGroupProfilesByEmail", "groupType", "emailAddress", "emailType", "implied",
        pins=(_NI, _NCH),
    ),
    _v2(
        "retrieve_group_profiles_by_group_name", "Retrieve group profiles by group name", "GET", _G,
        "GetGroupProfilesByGroupName", "groupType", "groupName", "implied", pins=(_NI,),
    ),
    _v2(
        "retrieve_group_profiles_by_phone_number", "Retrieve group profiles by phone number", "GET",
        _G + "/Phone", "GetGroupProfilesByPhone", "groupType", "phoneNumber", "phoneType", "implied", pins=(_NI,),
    ),
    _v2(
        "retrieve_group_profiles_by_profile_id", "Retrieve group profiles by profile id", "GET",
        _G + "/Primary/{profileId}", "GetGroupProfilesByPrimaryProfileId", "groupType", "implied", pins=(_NI,),
    ),
    _v2(
        "archive_preferences", "Archive preferences", "PUT", _P + "/Preferences/{profileId}/Archive",
        "ArchivePreferences", body="archive_preferences",
    ),
    # ---- legacy API/3 Preference Configuration (experience-api.md §1.1, connectivity §D.2) --------------
    _a3("api3.retrieve_programs", "Retrieve all programs", "/{clientId}/Programs", "GetPrograms"),
    _a3(
        "api3.retrieve_programs_locale", "Retrieve all programs (one locale)", "/{clientId}/Programs/Locale/{locale}",
        "GetPrograms", path_to_query=_LOCALE,
    ),
    _a3("api3.retrieve_program", "Retrieve a program", "/{clientId}/Programs/{programId}", "GetProgram"),
    _a3(
        "api3.retrieve_program_locale", "Retrieve a program (one locale)",
        "/{clientId}/Programs/{programId}/Locale/{locale}", "GetProgram", path_to_query=_LOCALE,
    ),
    _a3(
        "api3.retrieve_program_in_program_group", "Retrieve a program by program group",
        "/{clientId}/Programs/{programId}/{programGroupId}", "GetProgramInProgramGroup",
        note="API/3 orders the ids {programId}/{programGroupId}; v4 {programGroupId}/{programId}",
    ),
    _a3(
        "api3.retrieve_program_in_program_group_locale", "Retrieve a program by program group (one locale)",
        "/{clientId}/Programs/{programId}/{programGroupId}/Locale/{locale}", "GetProgramInProgramGroup",
        path_to_query=_LOCALE,
    ),
    _a3(
        "api3.retrieve_programs_by_program_type", "Retrieve programs by program type",
        "/{clientId}/Programs/ProgramTypes/{programTypeId}", "GetProgramsByProgramType",
    ),
    _a3(
        "api3.retrieve_programs_by_program_type_locale", "Retrieve programs by program type (one locale)",
        "/{clientId}/Programs/ProgramTypes/{programTypeId}/Locale/{locale}", "GetProgramsByProgramType",
        path_to_query=_LOCALE,
    ),
    _a3(
        "api3.retrieve_programs_include_matching", "Retrieve programs (Include Matching)",
        "/{clientId}/Programs/IncludeMatching", "GetProgramIncludeMatching",
        note="custom-property criteria stay query parameters",
    ),
    _a3(
        "api3.retrieve_programs_include_matching_locale", "Retrieve programs (Include Matching, one locale)",
        "/{clientId}/Programs/IncludeMatching/Locale/{locale}", "GetProgramIncludeMatching", path_to_query=_LOCALE,
    ),
    _a3(
        "api3.retrieve_programs_include_all", "Retrieve programs (Include All)", "/{clientId}/Programs/IncludeAll",
        "GetProgramIncludeAll",
    ),
    _a3(
        "api3.retrieve_programs_include_all_locale", "Retrieve programs (Include All, one locale)",
        "/{clientId}/Programs/IncludeAll/Locale/{locale}", None, see_also=("GetProgramIncludeAll", "GetProgramIncludeMatching"),
        note="v4 Include All documents no locale; without this row the URL would match Programs/{programId}",
    ),
    _a3(
        "api3.add_filters", "Add Filters", "/{clientId}/Config/Filters", None, method="POST",
        see_also=("GetFilter",), note="API/3 Config write; no v4 route documented",
    ),
    _a3(
        "api3.add_nested_program_groups", "Add Nested Program Groups", "/{clientId}/Config/NestedProgramGroups",
        None, method="POST", see_also=("GetProgramGroups", "GetProgramGroup"),
        note="API/3 Config write; no v4 route documented",
    ),
    _a3(
        "api3.add_text_tags", "Add Text Tags", "/{clientId}/Config/TextTags", None, method="POST",
        see_also=("GetPrograms",), note="API/3 Config write; no v4 route documented",
    ),
    _a3(
        "api3.add_text_tags_on_programs", "Add Text Tags on Programs", "/{clientId}/Config/TextTags/Program", None,
        method="POST", see_also=("GetPrograms",), note="API/3 Config write; no v4 route documented",
    ),
    _a3(
        "api3.add_custom_properties_on_programs", "Add Custom Properties on Programs",
        "/{clientId}/Config/CustomProperties/Program", None, method="POST",
        see_also=("GetProgramIncludeAll", "GetProgramIncludeMatching"), note="API/3 Config write; no v4 route documented",
    ),
    _a3(
        "api3.retrieve_segment_definition", "Retrieve segment definition", "/{clientId}/DataExport/Segments/{segmentName}",
        None, see_also=("InitiateSegmentExport",), note="legacy segment definitions; no v4 route documented",
    ),
    _a3(
        "api3.retrieve_segment_group_definition", "Retrieve segment group definition",
        "/{clientId}/DataExport/SegmentGroups/{segmentGroupName}", None, see_also=("InitiateSegmentGroupExport",),
        note="legacy segment-group definitions; no v4 route documented",
    ),
    # ---- legacy API/3 async ("Synchronization API", connectivity §D.2, §A.7) ----------------------------
    _async(
        "api3async.initiate_segment_export", "Initiate segment export", "POST", "/{clientId}/export/Segment/{segmentName}",
        "InitiateSegmentExport",
    ),
    _async(
        "api3async.retrieve_status", "Retrieve export status", "GET", "/{clientId}/status/Token/{accessToken}",
        "GetSegmentExportStatus", note="the v4 status model has no Expires",
    ),
    _async(
        "api3async.retrieve_segment_data", "Retrieve segment data", "GET", "/{clientId}/export/Segment/{accessToken}",
        None, query=("limit", "offset", "keepAlive"), see_also=("GetSegmentExportData",),
        note="the v4 page renames Preferences to UserProfilePreferences and its route is unverified; "
        "use mp.exports",
    ),
    _async(
        "api3async.commit_segment_export", "Commit segment export", "POST",
        "/{clientId}/export/Segment/Commit/{accessToken}", None, query=("keepFiles",),
        see_also=("CommitSegmentExport",), note="legacy and v4 commit routes are both unverified; use mp.exports",
    ),
    _async(
        "api3async.initiate_cid_export", "Initiate CID export", "POST", "/{clientId}/export/CID", None,
        query=("startDate", "endDate"), see_also=("InitiateSegmentExport",), note="CID exports have no v4 equivalent",
    ),
    _async(
        "api3async.retrieve_cid_data", "Retrieve CID export data", "GET", "/{clientId}/export/CID/{accessToken}", None,
        query=("limit", "offset", "keepAlive"), see_also=("GetSegmentExportData",),
        note="CID exports have no v4 equivalent",
    ),
    _async(
        "api3async.commit_cid_export", "Commit CID export", "POST", "/{clientId}/export/CID/Commit/{accessToken}", None,
        query=("keepFiles",), see_also=("CommitSegmentExport",), note="CID exports have no v4 equivalent",
    ),
    _async(
        "api3async.retrieve_schedule_data", "Retrieve scheduled export data", "GET",
        "/{clientId}/export/Schedule/{accessToken}", None, query=("limit", "offset", "keepAlive"),
        see_also=("GetSegmentExportData",), note="scheduled exports have no v4 equivalent",
    ),
)  # fmt: skip
"""Every known legacy route (first the 35 v2 Data routes of seed 001, then ``API/3`` and ``API/3/async``)."""

SAME_ROUTE_TAGS: dict[Family, frozenset[str]] = {
    "v2": frozenset(
        {
            "Profile", "Lookup", "GroupLookup", "Preferences", "Consents", "History", "ConsentTypes",
            "ContactTypes", "CustomFields", "GroupTypes", "Picklists", "Tags",
        }
    ),
    "api3": frozenset({"ProgramGroups", "Programs", "Filters"}),
    "api3-async": frozenset(),
}  # fmt: skip
"""The *same-route rule* (S001: "to switch to Version 4 … replace v2 with v4"; "update all references from
``API/3`` to ``Profiles/v4``"): a legacy URL that matches no row above but whose method and route equal a v4
operation of one of these tags is sent to that operation unchanged (only the base moves). This is how the v2
Profile Configuration routes (same relative routes as v4, experience-api.md §4) and API/3 ProgramGroups/Filters
routes are served. Rows always win over the rule when both match equally specifically."""
