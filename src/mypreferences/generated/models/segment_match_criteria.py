from enum import StrEnum


class SegmentMatchCriteria(StrEnum):
    ALTERNATEID = "AlternateId"
    EMAILADDRESS = "EmailAddress"
    PHONENUMBER = "PhoneNumber"
    PROFILEID = "ProfileId"

    def __str__(self) -> str:
        return str(self.value)
