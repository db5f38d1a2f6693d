from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_job_status import ExportJobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportStatus")


@_attrs_define
class ExportStatus:
    """Status of an export (v4 help model AsyncApiDataExportStatusResult).

    Attributes:
        access_token (int | Unset): Token the status belongs to.
        status (ExportJobStatus | Unset): State of an export. Processing: keep polling; Complete: ready to retrieve;
            Retrieved: data already consumed;
            Error / Failed: the export failed (Failed is listed by the segment-group set only); Expired: re-initiate.
        row_count (int | Unset): Rows in the export; only meaningful once the export is Complete (0 before).
        byte_count (int | Unset): Size of the export in bytes; only meaningful once the export is Complete (0 before).
        expires (None | str | Unset): Legacy (API/3 AsyncTokenStatus) token expiry date/time, empty while processing;
            absent from the v4 help
            model. Kept optional for tolerance.
    """

    access_token: int | Unset = UNSET
    status: ExportJobStatus | Unset = UNSET
    row_count: int | Unset = UNSET
    byte_count: int | Unset = UNSET
    expires: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        row_count = self.row_count

        byte_count = self.byte_count

        expires: None | str | Unset
        if isinstance(self.expires, Unset):
            expires = UNSET
        else:
            expires = self.expires

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_token is not UNSET:
            field_dict["AccessToken"] = access_token
        if status is not UNSET:
            field_dict["Status"] = status
        if row_count is not UNSET:
            field_dict["RowCount"] = row_count
        if byte_count is not UNSET:
            field_dict["ByteCount"] = byte_count
        if expires is not UNSET:
            field_dict["Expires"] = expires

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        access_token = d.pop("AccessToken", UNSET)

        _status = d.pop("Status", UNSET)
        status: ExportJobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ExportJobStatus(_status)

        row_count = d.pop("RowCount", UNSET)

        byte_count = d.pop("ByteCount", UNSET)

        def _parse_expires(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expires = _parse_expires(d.pop("Expires", UNSET))

        export_status = cls(
            access_token=access_token,
            status=status,
            row_count=row_count,
            byte_count=byte_count,
            expires=expires,
        )

        export_status.additional_properties = d
        return export_status

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
