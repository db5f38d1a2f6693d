from enum import StrEnum


class UpdateStatus(StrEnum):
    COMPLETE = "Complete"
    PENDING_UPDATE = "Pending Update"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"
