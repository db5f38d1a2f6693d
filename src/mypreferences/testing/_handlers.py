"""The operation handlers of the mock server: one function per operationId, over :class:`Store`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.requests import Request

from mypreferences.testing._seed import UPDATE_RULES
from mypreferences.testing._state import KEYS, ApiError, Store, custom_properties_match, digits, indexed, low

if TYPE_CHECKING:
    from mypreferences.testing._app import MockServer

JSON = dict[str, Any]
_INT = re.compile(r"-?[0-9]{1,10}")  # what ASP.NET binds to an int: no "+", "_", spaces or non-ASCII digits
_PENDING_OPS = frozenset(
    {"CreateProfile", "UpdateProfileByProfileId", "UpsertProfileByAlternateId", "ReplaceProfileByProfileId",
     "PatchProfileByProfileId", "PatchProfileByAlternateId"}
)  # fmt: skip
Handler = Callable[["Ctx"], Any]


@dataclass
class Ctx:
    """One request as the handlers see it (path parameters, query, parsed body)."""

    request: Request
    op: str
    params: dict[str, str]
    body: Any = None
    query: list[tuple[str, str]] = field(default_factory=list)

    def q(self, name: str, default: str | None = None) -> str | None:
        """Return the first query value of ``name`` (case-insensitive)."""
        for key, value in self.query:
            if key.lower() == name.lower():
                return value
        return default

    def need(self, name: str) -> str:
        """Return a required, non-empty query value."""
        value = self.q(name)
        if not value:
            raise ApiError(400, f"The query parameter '{name}' is required.")
        return value

    def flag(self, name: str, default: bool = False) -> bool:
        """Return a boolean query value."""
        value = self.q(name)
        if value is None or value == "":
            return default
        if value.lower() not in ("true", "false"):
            raise ApiError(400, f"The value of '{name}' is not valid: true or false is expected.")
        return value.lower() == "true"

    def number(self, name: str, default: int | None = None) -> int:
        """Return an integer path or query value."""
        raw = self.params.get(name) if name in self.params else self.q(name)
        if raw is None and default is not None:
            return default
        if raw is None or not _INT.fullmatch(raw):
            raise ApiError(400, f"The value of '{name}' is not valid: an integer is expected.")
        return int(raw)


def normalise(reply: Any) -> tuple[int, Any, dict[str, str]]:
    """``(status, body, headers)`` of a handler's reply."""
    if isinstance(reply, tuple):
        status, body, *rest = reply
        return status, body, rest[0] if rest else {}
    return 200, reply, {}


def handlers(server: MockServer) -> dict[str, Handler]:
    """Map each operationId to handler(ctx) returning a body (200), ``(status, body)`` or ``(status, body, headers)``."""

    def s() -> Store:
        return server.store

    def by_id(c: Ctx) -> JSON:
        return s().get(c.number("profileId"))

    def by_alt_query(c: Ctx, inactive: bool = False) -> JSON:
        return s().find_alt(c.need("alternateIdType"), c.need("alternateId"), inactive=inactive)

    def by_alt_path(c: Ctx) -> JSON:
        return s().find_alt(c.params["alternateIdType"], c.params["alternateId"])

    def written(c: Ctx, doc: JSON, returns: str) -> Any:
        pending = server.pending_reads is not None or server.pending_seconds is not None
        if pending and c.op in _PENDING_OPS and 202 in server.contract[c.op].statuses:
            s().mark_pending(doc["ProfileId"], server.pending_reads, server.pending_seconds)
            return 202, s().ack(doc, "Pending Update")
        if returns == "created":
            location = str(c.request.url.replace(query="")).rstrip("/") + f"/{doc['ProfileId']}"
            return 201, s().view(doc), {"Location": location}
        return s().ack(doc) if returns == "ack" else s().view(doc)

    def upsert_alt(c: Ctx) -> Any:
        id_type, alt_id = c.need("alternateIdType"), c.need("alternateId")
        try:
            doc = s().find_alt(id_type, alt_id, inactive=True)
        except ApiError:
            body = c.body
            if not isinstance(body, dict):
                raise ApiError(
                    400, "The request is invalid: a UserProfile JSON object is expected."
                ) from None
            alts = list(body.get("AlternateIds") or [])
            if not any(
                KEYS["AlternateIds"](a) == (low(id_type), low(alt_id)) for a in alts if isinstance(a, dict)
            ):
                alts.append({"AlternateIdType": id_type, "AlternateId": alt_id, "IsActive": True})
            return written(c, s().create({**body, "AlternateIds": alts}), "ack")
        return written(c, s().update(doc, c.body), "ack")

    def active(c: Ctx, flag: bool) -> Any:
        reason = c.body.get("Reason") if isinstance(c.body, dict) else None
        s().set_active(by_id(c), flag, reason)
        return 200, None

    def deleted(c: Ctx) -> Any:
        s().delete(c.number("profileId"))
        return 204, None

    def with_body(method: str, find: Callable[[Ctx], JSON], status: int = 200) -> Callable[[Ctx], Any]:
        return lambda c: (getattr(s(), method)(find(c), c.body), (status, None))[1]

    def name_match(c: Ctx, partial: bool) -> Callable[[JSON], bool]:
        wanted = {
            k: low(c.q(n))
            for k, n in (("LastName", "lastName"), ("FirstName", "firstName"), ("MiddleName", "middleName"))
            if c.q(n)
        }
        c.need("lastName")

        def match(p: JSON) -> bool:
            name = p.get("CustomerName") or {}
            return all(v in low(name.get(k)) if partial else low(name.get(k)) == v for k, v in wanted.items())

        return match

    def emails(c: Ctx) -> Callable[[JSON], bool]:
        address, kind = low(c.need("emailAddress")), c.q("emailType")
        return lambda p: any(
            low(e.get("EmailAddress")) == address
            and (not kind or low(e.get("EmailAddressType")) == low(kind))
            for e in p.get("Emails") or []
        )

    def phones(c: Ctx) -> Callable[[JSON], bool]:
        number, kind = digits(c.need("phoneNumber")), c.q("phoneType")
        return lambda p: any(
            digits(e.get("PhoneNumber")) == number and (not kind or low(e.get("PhoneType")) == low(kind))
            for e in p.get("PhoneNumbers") or []
        )

    def address(c: Ctx) -> Callable[[JSON], bool]:
        city, state = low(c.need("city")), low(c.need("stateProvince"))
        line, postal, kind = low(c.q("address1")), low(c.q("postalCode")), low(c.q("addressType"))
        partial = c.flag("partialAddress1Match")

        def fits(a: JSON) -> bool:
            a1 = low(a.get("Address1"))
            return (
                (low(a.get("City")), low(a.get("StateProvince"))) == (city, state)
                and (not line or (line in a1 if partial else a1 == line))
                and (not postal or low(a.get("PostalCode")) == postal)
                and (not kind or low(a.get("AddressType")) == kind)
            )

        names = name_match(c, c.flag("partialNameMatch")) if c.q("lastName") else (lambda p: True)
        return lambda p: any(fits(a) for a in p.get("Addresses") or []) and names(p)

    def custom_fields(c: Ctx) -> Callable[[JSON], bool]:
        wanted = indexed(c.query, "customFields")
        if not wanted:
            raise ApiError(400, "At least one customFields[i].Name is required.")

        def has(p: JSON, w: dict[str, str]) -> bool:
            values = {low(v) for v in w.get("value", "").split("::")}
            return any(
                low(f.get("Name")) == low(w.get("name")) and low(f.get("Value")) in values
                for f in p.get("CustomFields") or []
            )

        return lambda p: all(has(p, w) for w in wanted)

    def attributes(c: Ctx) -> Callable[[JSON], bool]:
        wanted = {(low(w.get("key")), low(w.get("value"))) for w in indexed(c.query, "attributes")}
        if not wanted:
            raise ApiError(400, "At least one attributes[i].Key is required.")

        def pairs(p: JSON) -> set[tuple[str, str]]:
            prefs = list(p.get("ProfilePreferences") or [])
            for name, sub in (
                ("Emails", "EmailPreferences"),
                ("PhoneNumbers", "PhonePreferences"),
                ("Addresses", "AddressPreferences"),
            ):
                prefs += [x for e in p.get(name) or [] for x in e.get(sub) or []]
            return {
                (low(a.get("Key")), low(a.get("Value")))
                for x in prefs
                for a in x.get("PreferenceAttributes") or []
            }

        return lambda p: wanted <= pairs(p)

    def tags(c: Ctx) -> Callable[[JSON], bool]:
        wanted = {low(t.get("")) for t in indexed(c.query, "tag")} or (
            {low(c.q("tag"))} if c.q("tag") else set()
        )
        if not wanted:
            raise ApiError(400, "At least one tag[i] is required.")
        every = c.flag("exactMatch", True)  # true: every tag must match; false: any of them

        def match(p: JSON) -> bool:
            have = {low(t.get("Name")) for t in p.get("ProfileTags") or []}
            return wanted <= have if every else bool(wanted & have)

        return match

    def group(c: Ctx, seeds: list[JSON]) -> list[JSON]:
        """Members of the groups whose primary profile is one of ``seeds`` (G1, G2, G4, G5)."""
        return s().group_members(seeds, c.need("groupType"), c.q("groupName"), primary=True)

    def history(category: str, by_alt: bool) -> Callable[[Ctx], Any]:
        return lambda c: s().history_of(
            by_alt_query(c, True) if by_alt else by_id(c), category, c.q("filterId")
        )

    def types(kind: str) -> Callable[[Ctx], Any]:
        return lambda c: s().types(kind, c.number("Id", 0), c.q("locale"))

    def criteria(c: Ctx) -> dict[str, str]:
        return {k: v for k, v in c.query if k.lower() != "locale"}

    def programs(
        keep: Callable[[Ctx, JSON], bool], missing: str | None = "No program was found."
    ) -> Callable[[Ctx], Any]:
        return lambda c: {"Programs": s().pick("Programs", lambda p: keep(c, p), missing)}

    def groups(
        keep: Callable[[Ctx, JSON], bool], missing: str | None = "No program group was found."
    ) -> Callable[[Ctx], Any]:
        return lambda c: {"ProgramGroups": s().pick("ProgramGroups", lambda g: keep(c, g), missing)}

    def in_group(c: Ctx, p: JSON) -> bool:
        grp = [g for g in s().config["ProgramGroups"] if g["ID"] == c.params["programGroupId"]]
        return (
            bool(grp)
            and p["ID"] == c.params["programId"]
            and any(x["ID"] == p["ID"] for x in grp[0]["Programs"])
        )

    def get_filter(c: Ctx) -> JSON:
        found = [f for p in s().config["Programs"] for f in p["Filters"] if f["ID"] == c.params["filterId"]]
        if not found:
            raise ApiError(404, "The filter was not found.")
        return {"Filters": found}

    def export_start(c: Ctx) -> JSON:
        return {"AccessToken": s().export_start(c.body if c.body is not None else {})}

    def export_page(c: Ctx) -> JSON:
        return s().export_page(
            c.number("accessToken"), c.number("limit", 1000), c.number("offset", 1), c.flag("keepAlive")
        )

    def fields(*kinds: str) -> Handler:
        return lambda c: s().custom_fields(kinds, c.number("Id", 0), c.q("locale"))

    def delete_tag(c: Ctx) -> Any:
        s().delete_tag(c.params["tagName"])
        return 204, None

    def commit(c: Ctx) -> Any:
        s().export_commit(c.number("accessToken"))
        return 200, None

    return {
        "CreateProfile": lambda c: written(c, s().create(c.body), "created"),
        "GetProfileByProfileId": lambda c: s().view(by_id(c)),
        "GetProfileByAlternateId": lambda c: s().view(by_alt_query(c, c.flag("matchInactive"))),
        "UpdateProfileByProfileId": lambda c: written(c, s().update(by_id(c), c.body), "ack"),
        "UpsertProfileByAlternateId": upsert_alt,
        "ReplaceProfileByProfileId": lambda c: written(c, s().replace(by_id(c), c.body), "profile"),
        "ReplaceProfileByAlternateId": lambda c: written(c, s().replace(by_alt_query(c), c.body), "profile"),
        "PatchProfileByProfileId": lambda c: written(c, s().patch(by_id(c), c.body), "profile"),
        "PatchProfileByAlternateId": lambda c: written(c, s().patch(by_alt_path(c), c.body), "profile"),
        "DeactivateProfile": lambda c: active(c, False),
        "ActivateProfile": lambda c: active(c, True),
        "DeleteProfileByProfileId": deleted,
        "GetProfilesByEmail": lambda c: s().lookup(emails(c)),
        "GetProfilesByPhone": lambda c: s().lookup(phones(c), inactive=c.flag("matchInactive")),
        "GetProfilesByName": lambda c: s().lookup(name_match(c, False)),
        "GetProfilesByPartialName": lambda c: s().lookup(name_match(c, True)),
        "GetProfilesByAddress": lambda c: s().lookup(address(c)),
        "GetProfilesByCustomFields": lambda c: s().lookup(custom_fields(c)),
        "GetProfilesBySelectListCustomFields": lambda c: s().lookup(custom_fields(c)),
        "GetProfilesByPreferenceAttributes": lambda c: s().lookup(attributes(c)),
        "GetProfilesByTags": lambda c: s().lookup(tags(c)),
        "GetGroupProfilesByGroupName": lambda c: s().group_members(
            list(s().profiles.values()), c.need("groupType"), c.need("groupName")
        ),
        "GetGroupProfilesByEmail": lambda c: group(c, s().lookup(emails(c))),
        "GetGroupProfilesByPhone": lambda c: group(c, s().lookup(phones(c))),
        "GetGroupProfilesByAlternateId": lambda c: group(c, [by_alt_query(c)]),
        "GetGroupProfilesByPrimaryProfileId": lambda c: group(c, [by_id(c)]),
        "SubmitPreferencesByProfileId": with_body("submit_preferences", by_id),
        "SubmitPreferencesByAlternateId": with_body("submit_preferences", by_alt_path),
        "ArchivePreferences": with_body("archive_preferences", by_id, 204),
        "AddConsentsByProfileId": with_body("add_consents", by_id),
        "AddConsentsByAlternateId": with_body("add_consents", by_alt_path),
        **{
            f"Get{name}HistoryBy{how}": history(cat, how == "AlternateId")
            for name, cat in (
                ("Consent", "Consents"),
                ("ContactElement", "ContactElements"),
                ("CustomField", "CustomFields"),
                ("Preference", "Preferences"),
                ("StandardField", "StandardFields"),
            )
            for how in ("ProfileId", "AlternateId")
        },
        "GetConsentTypes": types("ConsentTypes"),
        "GetConsentStatuses": lambda c: {"ConsentStatus": s().pick("ConsentStatus", lambda x: True)},
        **{
            f"Get{k}Types": types(f"{k}Types")
            for k in ("Address", "AlternateId", "Customer", "Email", "Phone", "Group")
        },
        "GetTags": lambda c: s().tag_counts(),
        "GetPrograms": programs(lambda c, p: True, None),
        "GetProgram": programs(lambda c, p: p["ID"] == c.params["programId"]),
        "GetProgramsByProgramType": programs(
            lambda c, p: low(p["ProgramType"]) == low(c.params["programTypeId"])
        ),
        "GetProgramInProgramGroup": programs(in_group),
        "GetProgramIncludeMatching": programs(
            lambda c, p: custom_properties_match(p, criteria(c), every=False), None
        ),
        "GetProgramIncludeAll": programs(
            lambda c, p: custom_properties_match(p, criteria(c), every=True), None
        ),
        "GetProgramGroups": groups(lambda c, g: True, None),
        "GetProgramGroup": groups(lambda c, g: g["ID"] == c.params["programGroupId"]),
        "GetProgramGroupIncludeMatching": groups(
            lambda c, g: custom_properties_match(g, criteria(c), every=False), None
        ),
        "GetProgramGroupIncludeAll": groups(
            lambda c, g: custom_properties_match(g, criteria(c), every=True), None
        ),
        "GetFilter": get_filter,
        "InitiateSegmentExport": export_start,
        "InitiateSegmentGroupExport": export_start,
        "GetSegmentExportStatus": lambda c: s().export_status(c.number("accessToken")),
        "GetSegmentExportData": export_page,
        "CommitSegmentExport": commit,
        "GetCustomFields": fields("DateTimeFields", "NumericFields", "SelectListFields", "TextFields"),
        "GetDateTimeCustomFields": fields("DateTimeFields"),
        "GetNumericCustomFields": fields("NumericFields"),
        "GetSelectListCustomFields": fields("SelectListFields"),
        "GetTextCustomFields": fields("TextFields"),
        "GetCustomFieldUpdateRules": lambda c: {"UpdateRules": [dict(r) for r in UPDATE_RULES]},
        "GetPicklists": lambda c: s().picklists(c.number("Id", 0), c.q("locale")),
        "GetGroupNames": lambda c: s().group_names(),
        "DeleteTag": delete_tag,
    }
