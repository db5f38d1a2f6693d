"""The generated models read well: ``T | None`` fields, compact reprs, exact round-trips, unchanged call shapes.

Parse speed is not timed here (see ``scripts/bench_models.py``); behaviour only.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import json
import pickle
import pkgutil
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mypreferences.generated import models
from mypreferences.generated.client import Client
from mypreferences.generated.errors import ResponseShapeError
from mypreferences.generated.models import (
    AlternateIdEntry,
    ConsentStatus,
    CustomerName,
    PreferenceType,
    TextTag,
    UpdateStatus,
    UserProfile,
)
from mypreferences.generated.types import UNSET, Unset
from tests.test_drift import SAMPLE_PARAMS, SAMPLES, SeedSample

MODEL_CLASSES = [
    cls
    for _, cls in inspect.getmembers(models, inspect.isclass)
    if attrs.has(cls) and hasattr(cls, "from_dict")
]


def _items(sample: SeedSample) -> list[Any]:
    parsed = sample.parse(copy.deepcopy(sample.body))
    return parsed if isinstance(parsed, list) else [parsed]


# ------------------------------------------------------------------------------------------ field shapes


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
def test_fields_default_to_none_and_never_mention_unset(cls: type) -> None:
    """Every field is ``T | None = None``; ``from_dict({})`` gives an all-None model."""
    empty = cls.from_dict({})  # type: ignore[attr-defined]
    for field in attrs.fields(cls):
        if field.name in ("additional_properties", "_null_keys"):
            continue
        assert field.default is None, f"{cls.__name__}.{field.name}"
        assert "Unset" not in str(field.type) and str(field.type).endswith("| None"), field.type
        assert getattr(empty, field.name) is None
    assert empty.to_dict() == {}
    assert cls() == empty
    assert repr(empty) == f"{cls.__name__}()"


def test_constructor_keywords_are_unchanged() -> None:
    profile = UserProfile(
        customer_name=CustomerName(first_name="Ada"),
        alternate_ids=[AlternateIdEntry(alternate_id_type="CRM", alternate_id="C-1")],
    )
    assert profile.to_dict() == {
        "CustomerName": {"FirstName": "Ada"},
        "AlternateIds": [{"AlternateIdType": "CRM", "AlternateId": "C-1"}],
    }
    assert profile.profile_id is None and profile.edited is None


def test_none_means_absent_on_both_sides() -> None:
    profile = UserProfile.from_dict({"CustomerType": "Consumer"})
    assert profile.customer_name is None and profile.profile_preferences is None
    profile.customer_type = None
    profile.is_active = False
    assert profile.to_dict() == {"IsActive": False}


def test_required_is_not_enforced_when_reading() -> None:
    """ "required" constrains requests only: an address without PostalCode is still readable."""
    profile = UserProfile.from_dict({"Addresses": [{"City": "Atlanta"}], "ProfilePreferences": [{}]})
    assert profile.addresses is not None and profile.addresses[0].postal_code is None
    assert profile.to_dict() == {"Addresses": [{"City": "Atlanta"}], "ProfilePreferences": [{}]}


# ------------------------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("sample", SAMPLE_PARAMS)
def test_seed_sample_round_trips_exactly(sample: SeedSample) -> None:
    """to_dict(from_dict(x)) == x for every seed sample, explicit nulls included; the input is not changed."""
    body = copy.deepcopy(sample.body)
    parsed = sample.parse(body)
    assert body == sample.body
    assert SeedSample.dump(parsed) == sample.body


def test_explicit_nulls_are_remembered_until_the_field_is_set() -> None:
    """A known key received as null is sent back as null; a value set later wins; None stays absent."""
    doc = {"Link": None, "Key": "k"}
    tag = TextTag.from_dict(doc)
    assert tag.link is None and tag.to_dict() == doc
    tag.link = 3
    assert tag.to_dict() == {"Link": 3, "Key": "k"}
    assert TextTag(key="k").to_dict() == {"Key": "k"}
    assert TextTag.from_dict(doc) == TextTag(key="k")  # the null memory is not part of equality


def test_unknown_keys_survive_at_every_depth() -> None:
    doc = {"New": 1, "CustomerName": {"FirstName": "Ada", "Title": {"x": [1]}}, "Emails": [{"Flag": None}]}
    profile = UserProfile.from_dict(doc)
    assert profile.additional_properties == {"New": 1}
    assert profile.customer_name is not None and profile.customer_name["Title"] == {"x": [1]}
    assert profile.to_dict() == doc


def test_enums_known_and_unknown() -> None:
    profile = UserProfile.from_dict(
        {
            "UpdateStatus": "Complete",
            "Consents": [{"ConsentStatus": 1}, {"ConsentStatus": 8}, {"ConsentStatus": "x"}],
        }
    )
    assert profile.update_status is UpdateStatus.COMPLETE
    assert profile.consents is not None
    assert [c.consent_status for c in profile.consents] == [ConsentStatus.GRANTED, 8, "x"]
    assert profile.to_dict()["Consents"] == [
        {"ConsentStatus": 1},
        {"ConsentStatus": 8},
        {"ConsentStatus": "x"},
    ]
    assert type(profile.to_dict()["Consents"][0]["ConsentStatus"]) is int  # plain JSON values out
    assert repr(PreferenceType.OPT_OUT) == "PreferenceType.OPT_OUT"


def test_from_dict_accepts_any_mapping_and_copies_unknown_keys() -> None:
    from types import MappingProxyType

    src = {"CustomerType": "C", "X": 1}
    profile = UserProfile.from_dict(MappingProxyType(src))
    profile["Y"] = 2
    assert src == {"CustomerType": "C", "X": 1} and profile.to_dict() == {"CustomerType": "C", "X": 1, "Y": 2}


def test_shape_error_is_a_value_error_with_path_and_no_value() -> None:
    with pytest.raises(ResponseShapeError) as info:
        UserProfile.from_dict({"Emails": [{"EmailAddress": ["ada@example.com"]}]})
    assert isinstance(info.value, ValueError)
    assert info.value.path == "$.Emails[0].EmailAddress"
    assert str(info.value) == "$.Emails[0].EmailAddress: expected string, got array"
    assert "ada@" not in str(info.value) and "ada@" not in repr(info.value)
    copied = pickle.loads(pickle.dumps(info.value))
    assert repr(copied) == repr(info.value) == f"ResponseShapeError({str(info.value)!r})"
    assert b"ada@" not in pickle.dumps(info.value)


# ------------------------------------------------------------------------------------------------- repr


def test_repr_lists_only_what_is_set() -> None:
    profile = UserProfile(customer_name=CustomerName(first_name="Ada"), profile_id=4)
    assert repr(profile) == "UserProfile(profile_id=4, customer_name=CustomerName(first_name='Ada'))"
    profile["Extra"] = True
    assert repr(profile).endswith(", additional_properties={'Extra': True})")


@pytest.mark.parametrize("sample", SAMPLE_PARAMS)
def test_repr_is_about_the_size_of_the_json(sample: SeedSample) -> None:
    for model in _items(sample):
        if model is None:
            continue
        text = repr(model)
        assert "Unset" not in text and " object at 0x" not in text
        assert len(text) <= 2 * len(json.dumps(model.to_dict())), (
            len(text),
            len(json.dumps(model.to_dict())),
        )


def test_two_field_profile_repr_is_short() -> None:
    """The issue's example: ~1,900 characters of ``<...Unset object at 0x...>`` before."""
    profile = UserProfile.from_dict({"ProfileId": 1, "CustomerName": {"FirstName": "Ada"}})
    assert len(repr(profile)) < 80


# --------------------------------------------------------------------------------- generated call shapes


def _endpoint_modules() -> list[Any]:
    import mypreferences.generated.api as api

    return [
        importlib.import_module(name)
        for _, name, is_pkg in pkgutil.walk_packages(api.__path__, api.__name__ + ".")
        if not is_pkg
    ]


def test_endpoint_functions_keep_their_shape() -> None:
    """``_get_kwargs(client_id, <path params>, *, body=..., <query params>)`` with ``UNSET`` for optional query
    parameters, and ``_build_response(*, client, response)`` returning a ``Response`` with ``.parsed``."""
    modules = _endpoint_modules()
    assert len(modules) == 104
    for module in modules:
        params = inspect.signature(module._get_kwargs).parameters
        assert next(iter(params)) == "client_id"
        assert [p.kind for p in params.values()] == sorted(p.kind for p in params.values())
        assert list(inspect.signature(module._build_response).parameters) == ["client", "response"]
    get = importlib.import_module("mypreferences.generated.api.profile.get_profile_by_profile_id")
    kwargs = get._get_kwargs("acct", 5, implied=UNSET, include_consent_history=False)
    assert kwargs["params"] == {"includeConsentHistory": False} and isinstance(UNSET, Unset)
    built = get._build_response(
        client=Client(base_url="https://x"), response=httpx.Response(200, json={"ProfileId": 5})
    )
    assert built.parsed == UserProfile(profile_id=5)


def test_create_profile_takes_the_create_body() -> None:
    create = importlib.import_module("mypreferences.generated.api.profile.create_profile")
    body = models.CreateUserProfile(customer_name=CustomerName(last_name="L"))
    assert create._get_kwargs("acct", body=body)["json"] == {"CustomerName": {"LastName": "L"}}


def test_every_seed_sample_model_is_exercised() -> None:
    if not SAMPLES:
        pytest.skip("reference directory not found (set MYPREFERENCES_REFERENCE)")
    assert {"UserProfile", "ProgramList", "CreateUserProfile"} <= {s.model for s in SAMPLES}


# -- JSON decoding: msgspec when installed, the values json.loads gives --------------------------------------

_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@given(_JSON_VALUES)
def test_loads_json_gives_what_json_loads_gives(value: object) -> None:
    from mypreferences.generated.types import loads_json

    body = json.dumps(value).encode()
    assert loads_json(body) == json.loads(body)


@pytest.mark.parametrize(
    "body",
    [
        b'{"ProfileId": 123456789012345678901234567890}',  # beyond 64 bits: kept exact
        b'{"Score": NaN, "Max": Infinity}',
        b'{"Name": "\\ud800"}',  # a lone surrogate
        '{"Name": "Zoë"}'.encode("utf-16"),
        b'{"A": 1, "A": 2}',
    ],
)
def test_loads_json_falls_back_to_the_standard_library_where_msgspec_refuses(body: bytes) -> None:
    from mypreferences.generated.types import loads_json

    assert repr(loads_json(body)) == repr(json.loads(body))


def test_loads_json_without_msgspec_uses_the_standard_library(monkeypatch: pytest.MonkeyPatch) -> None:
    from mypreferences.generated import types

    monkeypatch.setattr(types, "_fast_decode", None)
    assert types.loads_json(b'{"ProfileId": 12}') == {"ProfileId": 12}
    with pytest.raises(ValueError):
        types.loads_json(b"{not json")


def test_msgspec_is_what_decodes_bodies_when_installed() -> None:
    msgspec_json = pytest.importorskip("msgspec.json")
    from mypreferences.generated import types

    assert types._fast_decode is msgspec_json.decode
