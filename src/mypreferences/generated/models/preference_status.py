from enum import StrEnum


class PreferenceStatus(StrEnum):
    ACTIVE = "Active"
    EXPIRED = "Expired"

    def __str__(self) -> str:
        return str(self.value)
