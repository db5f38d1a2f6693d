from enum import StrEnum


class ImportAction(StrEnum):
    ADD = "Add"
    DELETE = "Delete"

    def __str__(self) -> str:
        return str(self.value)
