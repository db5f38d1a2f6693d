"""The in-memory account behind the mock server: profiles, alternate-id index, history, exports, configuration."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from mypreferences.testing._seed import empty_config, seed_config

JSON = dict[str, Any]
MAX_LOOKUP_RESULTS = 50


class ApiError(Exception):
    """An error answer: HTTP ``status`` with body ``{"Message": message}``."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})


def low(value: Any) -> str:
    """Normalise a value for case-insensitive matching."""
    return str(value or "").strip().casefold()


def digits(value: Any) -> str:
    """Keep only the digits of a phone number."""
    return re.sub(r"\D", "", str(value or ""))


# Identity of the items of each profile collection (used to merge partial updates and upserts).
KEYS: dict[str, Callable[[JSON], tuple[str, ...]]] = {
    "Emails": lambda e: (low(e.get("EmailAddress")),),
    "PhoneNumbers": lambda e: (digits(e.get("PhoneNumber")),),
    "Addresses": lambda e: (low(e.get("Address1")), low(e.get("PostalCode"))),
    "AlternateIds": lambda e: (low(e.get("AlternateIdType")), low(e.get("AlternateId"))),
    "CustomFields": lambda e: (low(e.get("Name")),),
    "Groups": lambda e: (low(e.get("GroupType")), low(e.get("GroupName") or e.get("GroupId"))),
    "ProfileTags": lambda e: (low(e.get("Name")),),
    "Consents": lambda e: (low(e.get("ConsentType")), low(e.get("ConsentVersion"))),
    "ProfilePreferences": lambda e: (low(e.get("FilterId")),),
}
PREFS = {"Emails": "EmailPreferences", "PhoneNumbers": "PhonePreferences", "Addresses": "AddressPreferences"}
HISTORY = {
    "Consents": ("Consents",),
    "ContactElements": ("Emails", "PhoneNumbers", "Addresses"),
    "CustomFields": ("CustomFields",),
    "Preferences": ("ProfilePreferences", "Emails", "PhoneNumbers", "Addresses"),
}


def merge_items(old: list[Any], new: Iterable[Any], key: Callable[[JSON], tuple[str, ...]]) -> list[Any]:
    """Upsert ``new`` items into a copy of ``old``: same identity → fields merged, else appended (linear)."""
    out = [copy.deepcopy(i) for i in old]
    index: dict[tuple[str, ...], JSON] = {}
    for item in out:
        if isinstance(item, dict):
            index.setdefault(key(item), item)
    for item in new:
        if not isinstance(item, dict):
            raise ApiError(400, "The request is invalid: collection items must be JSON objects.")
        match = index.get(key(item))
        if match is None:
            added = copy.deepcopy(item)
            out.append(added)
            index[key(added)] = added
        else:
            match.update(copy.deepcopy(item))
    return out


#: Largest stored profile, in bytes of JSON (a write that would make it larger → 400).
MAX_PROFILE_BYTES = 256 * 1024
_PROFILE_SCHEMA = {"$ref": "#/components/schemas/UserProfile"}
#: Fields of a UserProfile that only the server writes; ignored in request bodies.
READ_ONLY = ("ProfileId", "Edited", "UpdateStatus", "ReasonCode")


def check_profile(doc: Any) -> None:
    """Refuse (400) a profile document that breaks the UserProfile schema or the size limit."""
    from mypreferences.testing._contract import first_error

    if not isinstance(doc, dict):
        raise ApiError(400, "The request is invalid: a UserProfile JSON object is expected.")
    problem = first_error(_PROFILE_SCHEMA, doc)
    if problem is not None:
        raise ApiError(400, f"The request is invalid: {problem}")
    if len(json.dumps(doc)) > MAX_PROFILE_BYTES:
        raise ApiError(400, f"The profile would be larger than {MAX_PROFILE_BYTES} bytes.")


def _canonical(item: Any) -> str:
    return json.dumps(item, sort_keys=True)


@dataclass
class Export:
    """One segment export job."""

    rows: list[JSON]
    polls: int = 0
    state: str = "Processing"


@dataclass
class Store:
    """The state of one mock MyPreferences account. Every method raises :class:`ApiError` for error answers."""

    clock: Callable[[], datetime]
    seed: bool = True
    user: str = "mock"
    export_processing_polls: int = 1
    profiles: dict[int, JSON] = field(default_factory=dict)
    alt_index: dict[tuple[str, ...], int] = field(default_factory=dict)
    alt_keys: dict[int, set[tuple[str, ...]]] = field(default_factory=dict)
    history: dict[int, list[tuple[str, str, JSON]]] = field(default_factory=dict)
    pending: dict[int, list[Any]] = field(default_factory=dict)
    exports: dict[int, Export] = field(default_factory=dict)
    config: JSON = field(default_factory=dict)
    _next_id: int = 1001
    _next_token: int = 7001

    def __post_init__(self) -> None:
        self.config = seed_config() if self.seed else empty_config()

    def stamp(self) -> str:
        """Return the server time as ``YYYY-MM-DDTHH:MM:SS.mmmZ``."""
        now = self.clock()
        return f"{now:%Y-%m-%dT%H:%M:%S}.{now.microsecond // 1000:03d}Z"

    # -- profiles ------------------------------------------------------------------------------

    def get(self, profile_id: int) -> JSON:
        """Return the stored profile (active or not), or 404."""
        doc = self.profiles.get(profile_id)
        if doc is None:
            raise ApiError(404, f"Profile {profile_id} was not found.")
        return doc

    def find_alt(self, id_type: str, alt_id: str, *, inactive: bool = False) -> JSON:
        """Return the profile holding an alternate id (case-insensitive); deactivated ones only when ``inactive``."""
        pid = self.alt_index.get((low(id_type), low(alt_id)))
        if pid is None or not (inactive or self.profiles[pid].get("IsActive", True)):
            raise ApiError(404, "No profile was found for the given alternate id.")
        return self.profiles[pid]

    def view(self, doc: JSON) -> JSON:
        """Return a response copy of ``doc``; a pending profile reads "Pending Update" until its reads/time run out."""
        out = copy.deepcopy(doc)
        state = self.pending.get(doc["ProfileId"])
        if state is not None:
            reads, until = state
            if (until is not None and self.clock() >= until) or (reads is not None and reads <= 0):
                del self.pending[doc["ProfileId"]]
            else:
                if reads is not None:
                    state[0] = reads - 1
                out["UpdateStatus"] = "Pending Update"
        return out

    def mark_pending(self, profile_id: int, reads: int | None, seconds: float | None) -> None:
        """Make later reads of the profile show "Pending Update" for ``reads`` reads and/or ``seconds``."""
        until = None if seconds is None else self.clock() + timedelta(seconds=seconds)
        self.pending[profile_id] = [reads if reads is not None or until is not None else 1, until]

    def ack(self, doc: JSON, status: str = "Complete") -> JSON:
        """Return the ``UpdateAcknowledgement`` of a write."""
        alt = (doc.get("AlternateIds") or [{}])[0]
        return {
            "AlternateId": alt.get("AlternateId"),
            "AlternateIdType": alt.get("AlternateIdType"),
            "ProfileId": doc["ProfileId"],
            "UpdateStatus": status,
            "SubmittedUtcTime": self.stamp(),
        }

    def _save(self, pid: int, doc: JSON, before: JSON | None) -> JSON:
        """Validate ``doc`` and store it as profile ``pid``; nothing changes when it is refused.

        Every check (schema, size, alternate-id uniqueness) and the history entries are computed first;
        the store is changed only after all of them passed.
        """
        seen: set[tuple[str, ...]] = set()
        for alt in doc.get("AlternateIds") or []:
            if not isinstance(alt, dict):
                raise ApiError(400, "The request is invalid: AlternateIds items must be JSON objects.")
            key = KEYS["AlternateIds"](alt)
            owner = self.alt_index.get(key)
            if not all(key) or key in seen or (owner is not None and owner != pid):
                raise ApiError(
                    409 if all(key) else 400,
                    "The alternate id "
                    + (
                        "is already in use."
                        if all(key)
                        else "is incomplete: AlternateIdType and AlternateId are required."
                    ),
                )
            seen.add(key)
        now = self.stamp()
        edited = dict((before or {}).get("Edited") or {"CreateDate": now, "CreatedBy": self.user})
        edited.update(ModifiedDate=now, ModifiedBy=self.user)
        doc = {**doc, "ProfileId": pid, "Edited": edited, "UpdateStatus": "Complete"}
        check_profile(doc)
        entries = self._changes(before or {}, doc)
        # commit: plain assignments only from here on
        for key in self.alt_keys.pop(pid, set()):
            self.alt_index.pop(key, None)
        self.alt_index.update(dict.fromkeys(seen, pid))
        self.alt_keys[pid] = seen
        self.profiles[pid] = doc
        self.history.setdefault(pid, []).extend(entries)
        return doc

    def create(self, body: Any) -> JSON:
        """Create a profile from a UserProfile body (read-only fields in it are ignored)."""
        if not isinstance(body, dict):
            raise ApiError(400, "The request is invalid: a UserProfile JSON object is expected.")
        doc = {k: v for k, v in copy.deepcopy(body).items() if k not in READ_ONLY}
        doc.setdefault("IsActive", True)
        doc.setdefault("RegistrationConfirmed", False)
        doc.setdefault("DefaultLocale", "en_US")
        types = self.config["CustomerTypes"]
        doc.setdefault("CustomerType", types[0]["TypeName"] if types else "Individual")
        saved = self._save(self._next_id, doc, None)
        self._next_id += 1
        return saved

    def update(self, doc: JSON, body: Any) -> JSON:
        """Partial update: only the elements present in ``body`` change; collection items are upserted."""
        if not isinstance(body, dict):
            raise ApiError(400, "The request is invalid: a UserProfile JSON object is expected.")
        new = copy.deepcopy(doc)
        for name, value in body.items():
            if name in READ_ONLY:
                continue
            if name in KEYS and isinstance(value, list):
                new[name] = merge_items(new.get(name) or [], value, KEYS[name])
            elif isinstance(value, dict) and isinstance(new.get(name), dict):
                new[name] = {**new[name], **copy.deepcopy(value)}
            else:
                new[name] = copy.deepcopy(value)
        return self._save(doc["ProfileId"], new, doc)

    def replace(self, doc: JSON, body: Any) -> JSON:
        """Full replacement (PUT): everything but the id, the creation info and the active flag is replaced."""
        if not isinstance(body, dict):
            raise ApiError(400, "The request is invalid: a UserProfile JSON object is expected.")
        new = {k: v for k, v in copy.deepcopy(body).items() if k not in READ_ONLY}
        new.setdefault("IsActive", doc.get("IsActive", True))
        if "ReasonCode" in doc and not new["IsActive"]:
            new["ReasonCode"] = doc["ReasonCode"]
        return self._save(doc["ProfileId"], new, doc)

    def patch(self, doc: JSON, ops: Any) -> JSON:
        """Apply a JSON Patch document in the order received (see :mod:`mypreferences.testing._patch`)."""
        from mypreferences.testing._patch import apply_patch, check_document

        for op in check_document(ops, doc):
            head = op["path"].split("/")[1:2]
            if op["op"] != "test" and (head[0] if head else "") in READ_ONLY:
                raise ApiError(400, f"{head[0] if head else 'The document root'} is read-only.")
            if op["op"] != "test" and op["path"] == "":
                raise ApiError(400, "The document root cannot be patched (ProfileId is read-only).")
        return self._save(doc["ProfileId"], apply_patch(doc, ops), doc)

    def set_active(self, doc: JSON, active: bool, reason: str | None = None) -> None:
        """Activate or deactivate a profile."""
        new = copy.deepcopy(doc)
        new["IsActive"] = active
        if active:
            new.pop("ReasonCode", None)  # activation clears the stored deactivation reason
        elif reason:
            new["ReasonCode"] = reason
        self._save(doc["ProfileId"], new, doc)

    def delete(self, profile_id: int) -> None:
        """Delete a profile permanently (with its history)."""
        self.get(profile_id)
        del self.profiles[profile_id]
        for key in self.alt_keys.pop(profile_id, set()):
            self.alt_index.pop(key, None)
        self.history.pop(profile_id, None)
        self.pending.pop(profile_id, None)

    # -- history -------------------------------------------------------------------------------

    def _changes(self, before: JSON, after: JSON) -> list[tuple[str, str, JSON]]:
        """Return the history entries of a write (linear in the size of both documents)."""
        out: list[tuple[str, str, JSON]] = []
        for category, names in HISTORY.items():
            for name in names:
                old = [o for o in before.get(name) or [] if isinstance(o, dict)]
                if category == "Preferences" and name in PREFS:
                    twins: dict[tuple[str, ...], Any] = {}
                    for o in old:
                        twins.setdefault(KEYS[name](o), o.get(PREFS[name]))
                    for item in after.get(name) or []:
                        prefs = item.get(PREFS[name])
                        if prefs and prefs != twins.get(KEYS[name](item)):
                            out.append((category, name, copy.deepcopy(item)))
                else:
                    known = {_canonical(o) for o in old}
                    out += [
                        (category, name, copy.deepcopy(i))
                        for i in after.get(name) or []
                        if _canonical(i) not in known
                    ]
        skip = (*KEYS, "Edited", "UpdateStatus")
        std = {k: v for k, v in after.items() if k not in skip}
        if std != {k: v for k, v in before.items() if k not in skip}:
            out.append(("StandardFields", "", copy.deepcopy(after)))
        return out

    def history_of(self, doc: JSON, category: str, filter_id: str | None = None) -> JSON:
        """History H1-H10: changed items of one category (or standard-field snapshots)."""
        records = [(n, item) for c, n, item in self.history.get(doc["ProfileId"], []) if c == category]
        if category == "StandardFields":
            return {"UserProfilePreferences": [item for _, item in records]}
        out: JSON = {"ProfileId": doc["ProfileId"]}
        for name, item in records:
            kept: JSON | None = item
            if filter_id is not None and category == "Preferences":
                if name in PREFS:
                    prefs = [
                        p for p in item.get(PREFS[name]) or [] if low(p.get("FilterId")) == low(filter_id)
                    ]
                    kept = {**item, PREFS[name]: prefs} if prefs else None
                elif low(item.get("FilterId")) != low(filter_id):
                    kept = None
            if kept is not None:
                out.setdefault(name, []).append(kept)
        return out

    # -- preferences and consents --------------------------------------------------------------

    def _known_filters(self) -> set[str]:
        return {f["ID"] for p in self.config["Programs"] for f in p["Filters"]}

    def submit_preferences(self, doc: JSON, body: Any) -> None:
        """Upsert preferences (and the contact elements that carry them)."""
        if not isinstance(body, dict):
            raise ApiError(400, "The request is invalid: a SubmitPreferences object is expected.")
        new = copy.deepcopy(doc)
        known = self._known_filters()
        extra = {"PreferenceStatus": "Active", "MatchType": "Expressed", "LastModifiedDate": self.stamp()}

        def stamped(prefs: Any) -> list[JSON]:
            if not isinstance(prefs, list) or not all(
                isinstance(p, dict) and p.get("FilterId") for p in prefs
            ):
                raise ApiError(400, "The request is invalid: every preference needs a FilterId.")
            for p in prefs:
                if known and p["FilterId"] not in known:
                    raise ApiError(404, "A FilterId of the request was not found.")
            return [{**p, **extra, "UserId": self.user} for p in prefs]

        new["ProfilePreferences"] = merge_items(
            new.get("ProfilePreferences") or [],
            stamped(body.get("ProfilePreferences") or []),
            KEYS["ProfilePreferences"],
        )
        for name, sub in PREFS.items():
            elements = body.get(name) or []
            if not isinstance(elements, list) or not all(isinstance(e, dict) for e in elements):
                raise ApiError(400, "The request is invalid: contact elements must be objects.")
            if not elements:
                continue
            items = merge_items(
                new.get(name) or [], [{k: v for k, v in e.items() if k != sub} for e in elements], KEYS[name]
            )
            by_key: dict[tuple[str, ...], JSON] = {}
            for item in items:
                by_key.setdefault(KEYS[name](item), item)
            for element in elements:
                target = by_key[KEYS[name](element)]
                target.setdefault("IsActive", True)
                target[sub] = merge_items(
                    target.get(sub) or [], stamped(element.get(sub) or []), KEYS["ProfilePreferences"]
                )
            new[name] = items
        self._save(doc["ProfileId"], new, doc)

    def archive_preferences(self, doc: JSON, body: Any) -> None:
        """Archive preferences: matching ones get ``PreferenceStatus`` "Expired" (all when GlobalDeactivate)."""
        if not isinstance(body, dict):
            raise ApiError(400, "The request is invalid: an ArchivePreferences object is expected.")
        for name in ("ProfilePreferences", *PREFS):
            wanted = body.get(name) or []
            if not isinstance(wanted, list) or not all(isinstance(w, dict) for w in wanted):
                raise ApiError(400, f"The request is invalid: {name} items must be JSON objects.")
        new = copy.deepcopy(doc)
        hits = 0
        targets: list[tuple[list[Any], set[str]]] = [
            (
                new.get("ProfilePreferences") or [],
                {low(w.get("FilterId")) for w in body.get("ProfilePreferences") or []},
            )
        ]
        for name, sub in PREFS.items():
            wanted_by: dict[tuple[str, ...], set[str]] = {}
            for w in body.get(name) or []:
                filters = {low(p.get("FilterId")) for p in w.get(sub) or [] if isinstance(p, dict)} or {
                    low(w.get("FilterId"))
                }
                wanted_by.setdefault(KEYS[name](w), set()).update(filters)
            for element in new.get(name) or []:
                targets.append((element.get(sub) or [], wanted_by.get(KEYS[name](element), set())))
        reason = body.get("Reason_Code")
        for prefs, filters in targets:
            for pref in prefs:
                if body.get("GlobalDeactivate") is True or low(pref.get("FilterId")) in filters:
                    pref.update(PreferenceStatus="Expired", LastModifiedDate=self.stamp())
                    pref["ReasonCode"] = reason or pref.get("ReasonCode") or "Archived"
                    hits += 1
        if not hits:
            raise ApiError(404, "No matching preference was found.")
        self._save(doc["ProfileId"], new, doc)

    def add_consents(self, doc: JSON, body: Any) -> None:
        """Add (or update) consents on a profile."""
        consents = body.get("Consents") if isinstance(body, dict) else None
        if not isinstance(consents, list) or not consents:
            raise ApiError(400, "The request is invalid: Consents is required.")
        known = {low(t["TypeName"]) for t in self.config["ConsentTypes"]}
        for c in consents:
            if not isinstance(c, dict) or not all(
                c.get(k) for k in ("ConsentType", "ConsentVersion", "Locale")
            ):
                raise ApiError(
                    400, "The request is invalid: ConsentType, ConsentVersion and Locale are required."
                )
            if c.get("ConsentStatus") not in (1, 2, 3, 4):
                raise ApiError(400, "The request is invalid: ConsentStatus must be 1, 2, 3 or 4.")
            if known and low(c["ConsentType"]) not in known:
                raise ApiError(404, f"Consent type '{c['ConsentType']}' was not found.")
        now = self.stamp()
        items = [
            {
                "ConsentDate": now,
                **c,
                "IsActive": True,
                "Expired": False,
                "Edited": {"ModifiedDate": now, "ModifiedBy": self.user},
            }
            for c in consents
        ]
        new = copy.deepcopy(doc)
        new["Consents"] = merge_items(new.get("Consents") or [], items, KEYS["Consents"])
        self._save(doc["ProfileId"], new, doc)

    # -- look-ups ------------------------------------------------------------------------------

    def lookup(self, match: Callable[[JSON], bool], *, inactive: bool = False) -> list[JSON]:
        """Profiles matching ``match`` (active ones unless ``inactive``); more than 50 → 403."""
        found = [p for p in self.profiles.values() if (inactive or p.get("IsActive", True)) and match(p)]
        if len(found) > MAX_LOOKUP_RESULTS:
            raise ApiError(
                403, f"The look-up matched more than {MAX_LOOKUP_RESULTS} profiles; narrow the criteria."
            )
        return [self.view(p) for p in found]

    def group_members(
        self, seeds: Iterable[JSON], group_type: str, group_name: str | None = None, *, primary: bool = False
    ) -> list[JSON]:
        """Profiles sharing a group of ``group_type`` with any of ``seeds``."""
        keys = {
            KEYS["Groups"](g)
            for p in seeds
            for g in p.get("Groups") or []
            if low(g.get("GroupType")) == low(group_type)
            and (group_name is None or low(g.get("GroupName") or g.get("GroupId")) == low(group_name))
            and (g.get("IsPrimary") or not primary)
        }
        return self.lookup(lambda p: any(KEYS["Groups"](g) in keys for g in p.get("Groups") or []))

    # -- segment export ------------------------------------------------------------------------

    def export_start(self, body: Any) -> int:
        """Start an export of the stored active profiles (MatchCriteria=ProfileId and LastDateTime filter)."""
        if not isinstance(body, dict):
            raise ApiError(400, "The request is invalid: a SegmentRequestInfo object is expected.")
        rows = [p for _, p in sorted(self.profiles.items()) if p.get("IsActive", True)]
        if body.get("MatchCriteria") == "ProfileId" and body.get("Values") is not None:
            wanted = {str(v) for v in body["Values"]}
            rows = [p for p in rows if str(p["ProfileId"]) in wanted]
        if body.get("LastDateTime"):
            rows = [p for p in rows if str(p["Edited"]["ModifiedDate"]) > str(body["LastDateTime"])]
        token = self._next_token
        self._next_token += 1
        self.exports[token] = Export([copy.deepcopy(r) for r in rows])
        return token

    def _export(self, token: int, *, ready: bool) -> Export:
        job = self.exports.get(token)
        if job is None:
            raise ApiError(404, f"Access token {token} was not found.")
        if ready and job.state == "Expired":
            raise ApiError(404, f"Access token {token} has expired.")
        if ready and job.state == "Processing":
            raise ApiError(400, "The export is still processing; poll its status until it is Complete.")
        return job

    def export_status(self, token: int) -> JSON:
        """Status: "Processing" for the first ``export_processing_polls`` polls, then "Complete"."""
        job = self._export(token, ready=False)
        if job.state == "Processing" and job.polls < self.export_processing_polls:
            job.polls += 1
            return {"AccessToken": token, "Status": "Processing", "RowCount": 0, "ByteCount": 0}
        if job.state == "Processing":
            job.state = "Complete"
        size = len(json.dumps(job.rows).encode()) if job.state == "Complete" else 0
        rows = len(job.rows) if job.state == "Complete" else 0
        return {"AccessToken": token, "Status": job.state, "RowCount": rows, "ByteCount": size}

    def export_page(self, token: int, limit: int, offset: int, keep_alive: bool) -> JSON:
        """One page (1-based ``offset``); with ``keep_alive`` false the token expires once fully read."""
        job = self._export(token, ready=True)
        if limit < 1 or offset < 1:
            raise ApiError(400, "limit and offset must be at least 1.")
        page = job.rows[offset - 1 : offset - 1 + limit]
        has_more = offset - 1 + limit < len(job.rows)
        if not has_more and not keep_alive:
            job.state = "Expired"
        return {
            "Count": len(page), "HasMore": has_more, "Limit": limit, "Offset": offset,
            "TotalResults": len(job.rows), "UserProfilePreferences": copy.deepcopy(page),
        }  # fmt: skip

    def export_commit(self, token: int) -> None:
        """Commit: mark the export retrieved and expire the token."""
        self._export(token, ready=True).state = "Expired"

    # -- configuration -------------------------------------------------------------------------

    def types(self, kind: str, type_id: int, locale: str | None) -> JSON:
        """Return a type list (``Id`` 0 = all); 404 when nothing has that id or locale."""
        items = [t for t in self.config[kind] if type_id in (0, t["TypeId"])]
        if locale:
            items = [
                t
                for t in items
                if any(
                    low(f.get("Locale")) == low(locale)
                    for fields in [t.get("LocalizedFields")]
                    + [v.get("LocalizedFields") for v in t.get("Versions") or []]
                    for f in fields or []
                )
            ]
        if not items:
            raise ApiError(404, f"No {kind} were found.")
        return {kind: copy.deepcopy(items)}

    def tag_counts(self) -> JSON:
        """``TagCountList`` computed from the active profiles."""
        counts: dict[str, int] = {}
        for p in self.profiles.values():
            if p.get("IsActive", True):
                for t in p.get("ProfileTags") or []:
                    counts[t.get("Name", "")] = counts.get(t.get("Name", ""), 0) + 1
        return {"TagCounts": [{"Tag": {"Name": n}, "Count": c} for n, c in sorted(counts.items())]}

    def custom_fields(self, kinds: tuple[str, ...], field_id: int, locale: str | None) -> JSON:
        """Custom-field definitions of the given list names (``TextFields``...); ``Id`` 0 = all; 404 when none."""
        out: JSON = {}
        for kind in kinds:
            items = [f for f in self.config["CustomFields"][kind] if field_id in (0, f["Id"])]
            if locale:
                items = [
                    f
                    for f in items
                    if any(low(n.get("Locale")) == low(locale) for n in f["LocalizedDisplayNames"])
                ]
            out[kind] = copy.deepcopy(items)
        if not any(out.values()):
            raise ApiError(404, "No custom fields were found.")
        return out

    def picklists(self, picklist_id: int, locale: str | None) -> JSON:
        """Picklist definitions (``Id`` 0 = all); 404 when none. Picklists carry no locale: any locale matches."""
        items = [p for p in self.config["Picklists"] if picklist_id in (0, p["Id"])]
        if not items:
            raise ApiError(404, "No picklists were found.")
        return {"Picklists": copy.deepcopy(items)}

    def group_names(self) -> JSON:
        """Return the groups the stored profiles belong to, with their type and member count."""
        counts: dict[tuple[str, str], int] = {}
        for p in self.profiles.values():
            for g in p.get("Groups") or []:
                name = g.get("GroupName") or g.get("GroupId")
                if g.get("GroupType") and name:
                    counts[(g["GroupType"], name)] = counts.get((g["GroupType"], name), 0) + 1
        return {
            "GroupNames": [
                {"GroupType": t, "GroupName": n, "MemberCount": c} for (t, n), c in sorted(counts.items())
            ]
        }

    def delete_tag(self, name: str) -> None:
        """Remove a tag from every profile; 404 when no profile carries it."""
        hits = [
            p
            for p in self.profiles.values()
            if any(low(t.get("Name")) == low(name) for t in p.get("ProfileTags") or [])
        ]
        if not hits:
            raise ApiError(404, "The tag was not found.")
        for p in hits:
            new = copy.deepcopy(p)
            new["ProfileTags"] = [t for t in p.get("ProfileTags") or [] if low(t.get("Name")) != low(name)]
            self._save(p["ProfileId"], new, p)

    def pick(self, kind: str, keep: Callable[[JSON], bool], missing: str | None = None) -> list[JSON]:
        """Return copies of the configured ``kind`` items that ``keep`` accepts; 404 when none and ``missing`` given."""
        items = [copy.deepcopy(i) for i in self.config[kind] if keep(i)]
        if missing and not items:
            raise ApiError(404, missing)
        return items


def custom_properties_match(item: JSON, criteria: Mapping[str, str], *, every: bool) -> bool:
    """``IncludeAll`` (every) / ``IncludeMatching`` (any) on custom properties; an empty value = key present."""
    props = {low(p.get("Key")): low(p.get("Value")) for p in item.get("CustomProperties") or []}
    hits = [low(k) in props and (v == "" or props[low(k)] == low(v)) for k, v in criteria.items()]
    return all(hits) if every else any(hits)


def indexed(query: Iterable[tuple[str, str]], prefix: str) -> list[dict[str, str]]:
    """Group ``prefix[i].Field=value`` query keys into one dict per index ``i`` (``tag[0]`` → ``{"": v}``)."""
    groups: dict[int, dict[str, str]] = {}
    for key, value in query:
        m = re.fullmatch(re.escape(prefix) + r"\[(\d+)\](?:\.(\w+))?", key, re.IGNORECASE)
        if m:
            groups.setdefault(int(m.group(1)), {})[low(m.group(2))] = value
    return [groups[i] for i in sorted(groups)]
