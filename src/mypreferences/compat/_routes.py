"""The legacy → v4 route table (data only): every Version 2 Data route and the legacy ``API/3`` routes.

A row's v4 route is its operation's path, whose ``{variables}`` are filled by name from the legacy path
variables (which is how the program-in-group ids are swapped) or from the ``query_to_path`` parameters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["NO_CONSENT_HISTORY", "NOT_IMPLIED", "ROUTES", "SAME_ROUTE_TAGS", "Family", "LegacyRoute"]

Family = Literal["v2", "api3", "api3-async"]
"""Which legacy API a route belongs to: ``/Profiles/v2``, ``/API/3`` or ``/API/3/async``."""

NOT_IMPLIED: tuple[str, bool] = ("implied", False)
"""v2 ``implied`` unset means false; v4 defaults it to true (or documents no default)."""

NO_CONSENT_HISTORY: tuple[str, bool] = ("includeConsentHistory", False)
"""v4-only flag, default true; v2 reads returned the active consents only."""


@dataclass(frozen=True, slots=True)
class LegacyRoute:
    """One legacy route and where it goes in v4.

    Attributes:
        key: stable name; for v2 rows the snake_case of the v2 title (the ``mp.v2`` method name).
        family, title, method: the legacy API, the documented title, the HTTP method (the same in v4).
        template: the legacy path template, relative to the legacy base (literals match in any case).
        query: the documented legacy query parameters.
        operation_id: the v4 operation; ``None`` when v4 has no equivalent (calling the route raises
            :class:`~mypreferences.compat.UnknownRouteError` naming ``see_also`` and ``note``).
        query_to_path: query parameters that move into the v4 path variable of the same name.
        path_to_query: path variables that move into the v4 query parameter of the same name.
        pins: ``(v4 query name, value)`` sent when the legacy call omits the parameter or sends it empty.
        body: the body parameter of the ``mp.v2`` method (``None``: no body); ``"operations"`` is a JSON
            Patch, which a hand-built v2 request may wrap as ``{"Operations": [...]}``.
        see_also, note: for a route without equivalent, the v4 operations to use instead, and why.

    """

    key: str
    family: Family
    title: str
    method: str
    template: str
    query: tuple[str, ...] = ()
    operation_id: str | None = None
    query_to_path: tuple[str, ...] = ()
    path_to_query: tuple[str, ...] = ()
    pins: tuple[tuple[str, bool], ...] = ()
    body: str | None = None
    see_also: tuple[str, ...] = ()
    note: str = ""


def _v2(title: str, method: str, template: str, op: str, *query: str, **kw: Any) -> LegacyRoute:
    key = "_".join(w.lower() for w in re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", title))
    return LegacyRoute(key, "v2", title, method, template, query, op, **kw)


def _a3(key: str, title: str, template: str, op: str | None, method: str = "GET", **kw: Any) -> LegacyRoute:
    return LegacyRoute(f"api3.{key}", "api3", title, method, template, operation_id=op, **kw)


def _async(
    key: str, title: str, method: str, template: str, op: str | None, *query: str, **kw: Any
) -> LegacyRoute:
    return LegacyRoute(f"api3async.{key}", "api3-async", title, method, template, query, op, **kw)


_C = "/{clientId}"
_P, _H, _G = _C + "/Profile", _C + "/Profile/History", _C + "/Profile/Groups"
_ALT = ("alternateIdType", "alternateId")
_NI, _NCH = NOT_IMPLIED, NO_CONSENT_HISTORY
_PAGED = ("limit", "offset", "keepAlive")
_CONFIG_WRITE = "API/3 Config write; no v4 route documented"
_NO_CID = "CID exports have no v4 equivalent"

ROUTES: tuple[LegacyRoute, ...] = (
    # ---- v2 Data API: the 35 routes, in the order of the v2 documentation ------------------------------
    _v2("Add profile", "POST", _P, "CreateProfile", body="profile"),
    _v2("Update profile", "POST", _P + "/{profileId}", "UpdateProfileByProfileId", body="profile"),
    _v2("Delete profile", "DELETE", _P + "/{profileId}", "DeleteProfileByProfileId", "reasonCode"),
    _v2("Update profile by alternate id", "POST", _P + "/AlternateId", "UpsertProfileByAlternateId",
        "alternateId", "alternateIdType", body="profile"),
    _v2("Retrieve profile by alternate id", "GET", _P + "/AlternateId", "GetProfileByAlternateId",
        *_ALT, "implied", "matchInactive", pins=(_NI, _NCH)),
    # v4 takes PATCH by alternate id only in its path form
    _v2("Update profile by alternate id (PATCH)", "PATCH", _P + "/AlternateId", "PatchProfileByAlternateId",
        "alternateId", "alternateIdType", query_to_path=_ALT, body="operations"),
    _v2("Update profile by alternate id (PUT)", "PUT", _P + "/AlternateId", "ReplaceProfileByAlternateId",
        "alternateId", "alternateIdType", body="profile"),
    _v2("Retrieve profile by profile id", "GET", _P + "/{profileId}", "GetProfileByProfileId", "implied",
        pins=(_NI, _NCH)),
    _v2("Update profile (PUT)", "PUT", _P + "/{profileId}", "ReplaceProfileByProfileId", body="profile"),
    _v2("Update profile (PATCH)", "PATCH", _P + "/{profileId}", "PatchProfileByProfileId", body="operations"),
    _v2("Retrieve historical consents by profile id", "GET", _H + "/Consents/{profileId}",
        "GetConsentHistoryByProfileId"),
    _v2("Retrieve historical consents by alternate id", "GET", _H + "/Consents/AlternateId",
        "GetConsentHistoryByAlternateId", *_ALT),
    _v2("Retrieve historical contact elements by profile id", "GET", _H + "/ContactElements/{profileId}",
        "GetContactElementHistoryByProfileId"),
    _v2("Retrieve historical contact elements by alternate id", "GET", _H + "/ContactElements/AlternateId",
        "GetContactElementHistoryByAlternateId", *_ALT),
    _v2("Retrieve historical custom fields by profile id", "GET", _H + "/CustomFields/{profileId}",
        "GetCustomFieldHistoryByProfileId"),
    _v2("Retrieve historical custom fields by alternate id", "GET", _H + "/CustomFields/AlternateId",
        "GetCustomFieldHistoryByAlternateId", *_ALT),
    _v2("Retrieve historical preferences by profile id", "GET", _H + "/Preferences/{profileId}",
        "GetPreferenceHistoryByProfileId", "filterId"),
    _v2("Retrieve historical preferences by alternate id", "GET", _H + "/Preferences/AlternateId",
        "GetPreferenceHistoryByAlternateId", *_ALT, "filterId"),
    _v2("Retrieve historical standard fields by profile id", "GET", _H + "/StandardFields/{profileId}",
        "GetStandardFieldHistoryByProfileId"),
    _v2("Retrieve historical standard fields by alternate id", "GET", _H + "/StandardFields/AlternateId",
        "GetStandardFieldHistoryByAlternateId", *_ALT),
    _v2("Retrieve profiles by address", "GET", _P + "/Address", "GetProfilesByAddress", "address1", "address2",
        "city", "stateProvince", "postalCode", "addressType", "firstName", "middleName", "lastName",
        "partialAddress1Match", "partialNameMatch", "implied", pins=(_NI, _NCH)),
    _v2("Retrieve profiles by custom fields", "GET", _P + "/CustomFields", "GetProfilesByCustomFields",
        "customFields", pins=(_NCH,)),
    _v2("Retrieve profiles by SelectList custom fields", "GET", _P + "/CustomFields/SelectList",
        "GetProfilesBySelectListCustomFields", "customFields"),
    _v2("Retrieve profiles by email", "GET", _P + "/Email", "GetProfilesByEmail", "emailAddress", "emailType",
        "implied", pins=(_NI, _NCH)),
    _v2("Retrieve profiles by name", "GET", _P + "/Name", "GetProfilesByName", "lastName", "firstName",
        "middleName", "implied", pins=(_NI,)),
    _v2("Retrieve profiles by partial name", "GET", _P + "/Name/Partial", "GetProfilesByPartialName",
        "lastName", "firstName", "middleName", "implied", pins=(_NI,)),
    _v2("Retrieve profiles by phone", "GET", _P + "/Phone", "GetProfilesByPhone", "phoneNumber", "phoneType",
        "implied", pins=(_NI, _NCH)),
    _v2("Retrieve profiles by preference attributes", "GET", _P + "/Attributes",
        "GetProfilesByPreferenceAttributes", "attributes", pins=(_NCH,)),
    _v2("Retrieve profiles by tags", "GET", _P + "/Tags", "GetProfilesByTags", "tag", "exactMatch",
        "multipleProfiles", "implied", pins=(_NI,)),
    _v2("Retrieve group profiles by alternate id", "GET", _G + "/AlternateId", "GetGroupProfilesByAlternateId",
        "groupType", *_ALT, "implied", pins=(_NI,)),
    _v2("Retrieve group profiles by email address", "GET", _G + "/Email", "GetGroupProfilesByEmail",
        "groupType", "emailAddress", "emailType", "implied", pins=(_NI, _NCH)),
    _v2("Retrieve group profiles by group name", "GET", _G, "GetGroupProfilesByGroupName", "groupType",
        "groupName", "implied", pins=(_NI,)),
    _v2("Retrieve group profiles by phone number", "GET", _G + "/Phone", "GetGroupProfilesByPhone", "groupType",
        "phoneNumber", "phoneType", "implied", pins=(_NI,)),
    _v2("Retrieve group profiles by profile id", "GET", _G + "/Primary/{profileId}",
        "GetGroupProfilesByPrimaryProfileId", "groupType", "implied", pins=(_NI,)),
    _v2("Archive preferences", "PUT", _P + "/Preferences/{profileId}/Archive", "ArchivePreferences",
        body="archive_preferences"),
    # ---- legacy API/3 Preference Configuration ---------------------------------------------------------
    _a3("retrieve_programs", "Retrieve all programs", _C + "/Programs", "GetPrograms"),
    _a3("retrieve_programs_locale", "Retrieve all programs (one locale)", _C + "/Programs/Locale/{locale}",
        "GetPrograms", path_to_query=("locale",)),
    _a3("retrieve_program", "Retrieve a program", _C + "/Programs/{programId}", "GetProgram"),
    _a3("retrieve_program_locale", "Retrieve a program (one locale)",
        _C + "/Programs/{programId}/Locale/{locale}", "GetProgram", path_to_query=("locale",)),
    # API/3 orders the ids {programId}/{programGroupId}; v4 {programGroupId}/{programId}
    _a3("retrieve_program_in_program_group", "Retrieve a program by program group",
        _C + "/Programs/{programId}/{programGroupId}", "GetProgramInProgramGroup"),
    _a3("retrieve_program_in_program_group_locale", "Retrieve a program by program group (one locale)",
        _C + "/Programs/{programId}/{programGroupId}/Locale/{locale}", "GetProgramInProgramGroup",
        path_to_query=("locale",)),
    _a3("retrieve_programs_by_program_type", "Retrieve programs by program type",
        _C + "/Programs/ProgramTypes/{programTypeId}", "GetProgramsByProgramType"),
    _a3("retrieve_programs_by_program_type_locale", "Retrieve programs by program type (one locale)",
        _C + "/Programs/ProgramTypes/{programTypeId}/Locale/{locale}", "GetProgramsByProgramType",
        path_to_query=("locale",)),
    _a3("retrieve_programs_include_matching", "Retrieve programs (Include Matching)",
        _C + "/Programs/IncludeMatching", "GetProgramIncludeMatching"),
    _a3("retrieve_programs_include_matching_locale", "Retrieve programs (Include Matching, one locale)",
        _C + "/Programs/IncludeMatching/Locale/{locale}", "GetProgramIncludeMatching",
        path_to_query=("locale",)),
    _a3("retrieve_programs_include_all", "Retrieve programs (Include All)", _C + "/Programs/IncludeAll",
        "GetProgramIncludeAll"),
    _a3("retrieve_programs_include_all_locale", "Retrieve programs (Include All, one locale)",
        _C + "/Programs/IncludeAll/Locale/{locale}", None,
        see_also=("GetProgramIncludeAll", "GetProgramIncludeMatching"),
        note="v4 Include All documents no locale; without this row the URL would match Programs/{programId}"),
    _a3("add_filters", "Add Filters", _C + "/Config/Filters", None, method="POST", see_also=("GetFilter",),
        note=_CONFIG_WRITE),
    _a3("add_nested_program_groups", "Add Nested Program Groups", _C + "/Config/NestedProgramGroups", None,
        method="POST", see_also=("GetProgramGroups", "GetProgramGroup"), note=_CONFIG_WRITE),
    _a3("add_text_tags", "Add Text Tags", _C + "/Config/TextTags", None, method="POST",
        see_also=("GetPrograms",), note=_CONFIG_WRITE),
    _a3("add_text_tags_on_programs", "Add Text Tags on Programs", _C + "/Config/TextTags/Program", None,
        method="POST", see_also=("GetPrograms",), note=_CONFIG_WRITE),
    _a3("add_custom_properties_on_programs", "Add Custom Properties on Programs",
        _C + "/Config/CustomProperties/Program", None, method="POST",
        see_also=("GetProgramIncludeAll", "GetProgramIncludeMatching"), note=_CONFIG_WRITE),
    _a3("retrieve_segment_definition", "Retrieve segment definition", _C + "/DataExport/Segments/{segmentName}",
        None, see_also=("InitiateSegmentExport",), note="legacy segment definitions; no v4 route documented"),
    _a3("retrieve_segment_group_definition", "Retrieve segment group definition",
        _C + "/DataExport/SegmentGroups/{segmentGroupName}", None, see_also=("InitiateSegmentGroupExport",),
        note="legacy segment-group definitions; no v4 route documented"),
    # ---- legacy API/3 async (the "Synchronization API") ----------------------------------------------
    _async("initiate_segment_export", "Initiate segment export", "POST", _C + "/export/Segment/{segmentName}",
           "InitiateSegmentExport"),
    # the v4 status has no Expires
    _async("retrieve_status", "Retrieve export status", "GET", _C + "/status/Token/{accessToken}",
           "GetSegmentExportStatus"),
    _async("retrieve_segment_data", "Retrieve segment data", "GET", _C + "/export/Segment/{accessToken}", None,
           *_PAGED, see_also=("GetSegmentExportData",),
           note="the v4 page renames Preferences to UserProfilePreferences and its route is unverified; "
           "use mp.exports"),
    _async("commit_segment_export", "Commit segment export", "POST",
           _C + "/export/Segment/Commit/{accessToken}", None, "keepFiles", see_also=("CommitSegmentExport",),
           note="legacy and v4 commit routes are both unverified; use mp.exports"),
    _async("initiate_cid_export", "Initiate CID export", "POST", _C + "/export/CID", None,
           "startDate", "endDate", see_also=("InitiateSegmentExport",), note=_NO_CID),
    _async("retrieve_cid_data", "Retrieve CID export data", "GET", _C + "/export/CID/{accessToken}", None,
           *_PAGED, see_also=("GetSegmentExportData",), note=_NO_CID),
    _async("commit_cid_export", "Commit CID export", "POST", _C + "/export/CID/Commit/{accessToken}", None,
           "keepFiles", see_also=("CommitSegmentExport",), note=_NO_CID),
    _async("retrieve_schedule_data", "Retrieve scheduled export data", "GET",
           _C + "/export/Schedule/{accessToken}", None, *_PAGED, see_also=("GetSegmentExportData",),
           note="scheduled exports have no v4 equivalent"),
)  # fmt: skip
"""Every known legacy route: the 35 v2 Data routes, then ``API/3`` and ``API/3/async``."""

SAME_ROUTE_TAGS: dict[Family, frozenset[str]] = {
    "v2": frozenset({"Profile", "Lookup", "GroupLookup", "Preferences", "Consents", "History", "ConsentTypes",
                     "ContactTypes", "CustomFields", "GroupTypes", "Picklists", "Tags"}),
    "api3": frozenset({"ProgramGroups", "Programs", "Filters"}),
    "api3-async": frozenset(),
}  # fmt: skip
"""The *same-route rule*: a legacy URL that matches no row but whose method and route are those of a v4
operation of one of these tags is sent to that operation (only the base changes). A row wins over the rule
when both match equally specifically."""
