from enum import StrEnum


class SegmentMatchCriteria(StrEnum):
    ALTERNATEID = "AlternateId"
    EMAILADDRESS = "EmailAddress"
    PHONENUMBER = "PhoneNumber"
    PROFILEID = "ProfileId"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"
