"""Strict writes: ``mypreferences._validation.check_body`` refuses bad request bodies before sending.

Messages name the field path and the rule, never the value. Also pins the spec decisions the checks rely on
(openapi/README.md, "Models that survive the real API").
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from mypreferences._schemas import SCHEMAS
from mypreferences._validation import check_body, without_read_only
from mypreferences.errors import InvalidRequestError
from mypreferences.generated.models import (
    AlternateIdEntry,
    CreateAddressEntry,
    CreateUserProfile,
    CustomerName,
    CustomFieldValue,
)
from tests.test_drift import SAMPLES

sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
from bench_server import make_profile

SPEC_PATH = Path(__file__).parents[1] / "openapi" / "mypreferences-v4.yaml"
SECRET = "Zyx-personal-1234"  # a value that must never appear in a message


def refused(schema: str, body: Any) -> str:
    with pytest.raises(InvalidRequestError) as info:
        check_body(schema, body)
    message = str(info.value)
    assert SECRET not in message and SECRET not in repr(info.value)
    return message


# --------------------------------------------------------------------------------------------- accepted


def test_model_and_plain_dict_bodies_are_accepted() -> None:
    body = CreateUserProfile(
        customer_name=CustomerName(first_name=SECRET),
        alternate_ids=[AlternateIdEntry(alternate_id_type="CRM", alternate_id=SECRET)],
        addresses=[
            CreateAddressEntry(
                address_1="1 Main St", city="Atlanta", state_province="GA", postal_code="30301"
            )
        ],
    )
    check_body("CreateUserProfile", body.to_dict())
    check_body(
        "CreateUserProfile", {"CustomerName": {"LastName": SECRET}, "Emails": [{"EmailAddress": "a@b.c"}]}
    )
    check_body("CreateCustomerConsentList", {"Consents": [{"ConsentType": "Mkt", "ConsentVersion": "1",
                                                           "Locale": "en_US", "ConsentStatus": 1}]})  # fmt: skip
    check_body("SegmentRequestInfo", {"MatchCriteria": None, "LastDateTime": None, "Values": None})
    check_body("SegmentRequestInfo", {"MatchCriteria": "AlternateId", "MatchType": "CRM", "Values": ["1"]})
    check_body("CustomFieldsQuery", {"customFields[0].Name": "a", "customFields[0].Value": "b"})


def test_documented_request_samples_are_accepted() -> None:
    """The seed 003 create body and the v4 JSON Patch bodies pass, but for their placeholder values.

    The help pages fill every field with "sample string N" (too long for CountryCode_Alpha2 and friends) and
    every patch op with "string"; nothing else about them (keys, types, required fields) is refused.
    """
    samples = [s for s in SAMPLES if s.id.startswith(("003:", "004:")) and ":request:" in s.id]
    if not samples:
        pytest.skip("reference directory not found (set MYPREFERENCES_REFERENCE)")
    for sample in samples:
        for item in sample.body if sample.many else [sample.body]:
            try:
                check_body(sample.model, item)
            except InvalidRequestError as exc:
                problems = str(exc).split(": ", 1)[1].split("; ")
                assert all("longer than maxLength" in p or p == "body.op: not one of the allowed values "
                           '("add", "remove", "replace", "test")' for p in problems), problems  # fmt: skip


def test_a_read_profile_is_accepted_once_its_read_only_fields_are_stripped() -> None:
    profile = make_profile(7, n_preferences=3)
    message = refused("UserProfile", profile)
    assert "body.ProfileId: read-only" in message and "body.Edited: read-only" in message
    stripped = without_read_only("UserProfile", profile)
    check_body("UserProfile", stripped)
    assert "ProfileId" not in stripped and "Edited" not in stripped["Addresses"][0]
    assert (
        stripped["CustomerName"] == profile["CustomerName"] and profile["ProfileId"] == 7
    )  # input untouched


# --------------------------------------------------------------------------------------------- refused


@pytest.mark.parametrize(
    ("schema", "body", "expected"),
    [
        ("CreateUserProfile", {"Addresses": [{"Address1": SECRET, "City": "A", "StateProvince": "GA"}]},
         "body.Addresses[0].PostalCode: required"),
        ("CreateCustomerConsentList", {"Consents": [{"ConsentType": SECRET, "Locale": "en", "ConsentStatus": 1}]},
         "body.Consents[0].ConsentVersion: required"),
        ("CreateUserProfile", {"CustomerType": SECRET * 10}, "body.CustomerType: longer than maxLength 100"),
        ("CreateUserProfile", {"CustomFields": [{"Name": "n", "Value": SECRET * 250}]},
         "body.CustomFields[0].Value: longer than maxLength 4000"),
        ("CreateUserProfile", {"Addresses": [{"Address1": "", "City": SECRET, "StateProvince": "G", "PostalCode": "1"}]},
         "body.Addresses[0].Address1: shorter than minLength 1"),
        ("CreateCustomerConsentList", {"Consents": [{"ConsentType": "t", "ConsentVersion": "1", "Locale": "en",
                                                     "ConsentStatus": 9}]},
         "body.Consents[0].ConsentStatus: not one of the allowed values (1, 2, 3, 4)"),
        ("CreateCustomerConsentList", {"Consents": [{"ConsentType": "t", "ConsentVersion": "1", "Locale": "en",
                                                     "ConsentStatus": True}]},
         "body.Consents[0].ConsentStatus: expected integer, got boolean"),
        ("SegmentRequestInfo", {"MatchCriteria": SECRET}, "body.MatchCriteria: not one of the allowed values"),
        ("SegmentRequestInfo", {"CallbackURL": None}, "body.CallbackURL: null is not allowed"),
        ("CreateUserProfile", {"CustomerName": [SECRET]}, "body.CustomerName: expected object, got array"),
        ("CreateUserProfile", {"Emails": {"EmailAddress": SECRET}}, "body.Emails: expected array, got object"),
        ("CreateUserProfile", {"IsActive": "true"}, "body.IsActive: expected boolean, got string"),
        ("UserProfile", {"ProfileId": 2**31}, "body.ProfileId: read-only"),
        ("CustomFieldSelectList", {"Name": "n", "LocalizedDisplayNames": [], "PicklistId": 0, "DisplayType": 1},
         "body.PicklistId: out of range [1, 2147483647]"),
        ("CustomFieldsQuery", {"customFields[0].Name": 5}, "body.customFields[0].Name: expected string, got integer"),
        ("UserProfile", {"Consents": [{"ConsentStatus": None}]},
         "body.Consents[0].ConsentStatus: expected integer or string, got null"),
    ],
)  # fmt: skip
def test_bad_bodies_are_refused_with_the_field_path(schema: str, body: Any, expected: str) -> None:
    assert expected in refused(schema, body)


@pytest.mark.parametrize(
    ("key", "suggestion"),
    [("CustomerNmae", "CustomerName"), ("customer_name", "CustomerName"), ("customername", "CustomerName"),
     ("alternate_ids", "AlternateIds"), ("PhoneNumber", "PhoneNumbers")],
)  # fmt: skip
def test_unknown_keys_are_refused_with_did_you_mean(key: str, suggestion: str) -> None:
    message = refused("CreateUserProfile", {key: SECRET})
    assert f"body.{key}: unknown key for CreateUserProfile (did you mean {suggestion}?)" in message


def test_unknown_key_without_a_close_match_and_nested() -> None:
    assert refused("CreateUserProfile", {"Zzz": 1}).endswith("body.Zzz: unknown key for CreateUserProfile")
    message = refused("CreateUserProfile", {"CustomerName": {"FristName": SECRET}})
    assert "body.CustomerName.FristName: unknown key for CustomerName (did you mean FirstName?)" in message


def test_free_form_objects_take_any_key() -> None:
    check_body("ImportStageRequest", {"UserProfilePreferences": [{"Anything": SECRET}], "More": 1})


def test_create_with_consents_is_refused_before_sending() -> None:
    """Seed 003: "Consents are not supported when creating a Profile"."""
    body = {"CustomerName": {"FirstName": "Ada"}, "Consents": [{"ConsentType": SECRET}]}
    assert "body.Consents: unknown key for CreateUserProfile" in refused("CreateUserProfile", body)
    email_consents = {"Emails": [{"EmailAddress": "a@b.c", "Consents": []}]}
    assert "body.Emails[0].Consents: unknown key" in refused("CreateUserProfile", email_consents)
    assert "body.ProfilePreferences: unknown key" in refused("CreateUserProfile", {"ProfilePreferences": []})


@pytest.mark.parametrize(
    ("schema", "body", "path"),
    [
        ("UserProfile", {"ProfileId": 1}, "body.ProfileId"),
        ("UserProfile", {"Edited": {"CreateDate": SECRET}}, "body.Edited"),
        (
            "UserProfile",
            {"AlternateIds": [{"AlternateId": "a", "Edited": {}}]},
            "body.AlternateIds[0].Edited",
        ),
        ("ConfigTypeEntry", {"TypeId": 3, "TypeName": "x"}, "body.TypeId"),
        ("PicklistDefinition", {"Id": 3, "Name": "p", "FieldSelectOptions": []}, "body.Id"),
        ("CustomFieldText", {"Id": 3, "Name": "n", "LocalizedDisplayNames": []}, "body.Id"),
    ],
)
def test_read_only_fields_are_refused(schema: str, body: dict[str, Any], path: str) -> None:
    assert f"{path}: read-only (set by the server; leave it out)" in refused(schema, body)


def test_read_only_required_is_not_required_in_requests() -> None:
    """Required marks on read-only properties apply to responses only (OpenAPI 3.0.3)."""
    check_body("ProfilePreference", {"FilterId": "F1", "PreferenceType": 1})


def test_many_problems_are_all_counted_in_one_error() -> None:
    body = {f"Bad{i}": i for i in range(14)}
    message = refused("CreateUserProfile", body)
    assert message.startswith("invalid CreateUserProfile request body: body.Bad0: unknown key")
    assert message.count("unknown key") == 10 and message.endswith("; and 4 more")


def test_unknown_schema_name_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        check_body("NoSuchSchema", {})


def test_check_does_not_change_the_body() -> None:
    body = make_profile(3, n_preferences=1)
    before = copy.deepcopy(body)
    with pytest.raises(InvalidRequestError):
        check_body("UserProfile", body)
    assert body == before


# -------------------------------------------------------------------------------------- spec decisions


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def _operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return op
    raise AssertionError(operation_id)


def test_create_profile_body_is_create_user_profile(spec: dict[str, Any]) -> None:
    body = _operation(spec, "CreateProfile")["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/CreateUserProfile"}
    create = SCHEMAS["CreateUserProfile"]["properties"]
    assert "Consents" not in create and "ProfilePreferences" not in create
    assert create["Emails"]["items"] == {"$ref": "#/components/schemas/CreateEmailEntry"}


def test_patch_consent_type_answers_the_consent_type_list(spec: dict[str, Any]) -> None:
    ok = _operation(spec, "PatchConsentType")["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/ConsentTypeDefinitionList"}


def test_match_criteria_null_is_expressed_the_3_0_3_way() -> None:
    match = SCHEMAS["SegmentRequestInfo"]["properties"]["MatchCriteria"]
    assert "nullable" not in match  # nullable without a sibling type is ignored by OpenAPI 3.0.3
    assert {"type": "string", "nullable": True, "enum": [None]} in match["oneOf"]


def test_lengths_and_read_only_marks(spec: dict[str, Any]) -> None:
    assert (
        CustomFieldValue.__name__ and SCHEMAS["CustomFieldValue"]["properties"]["Value"]["maxLength"] == 4000
    )
    assert SCHEMAS["EditInfo"]["readOnly"] is True and SCHEMAS["ConfigEditInfo"]["readOnly"] is True
    for schema, prop in [("UserProfile", "ProfileId"), ("UpdateAcknowledgement", "ProfileId"),
                         ("ExportedProfile", "ProfileId"), ("ConsentTypeDefinition", "TypeId"),
                         ("ConfigTypeEntry", "TypeId"), ("CustomFieldCommon", "Id"), ("PicklistDefinition", "Id")]:  # fmt: skip
        assert SCHEMAS[schema]["properties"][prop]["readOnly"] is True, (schema, prop)
