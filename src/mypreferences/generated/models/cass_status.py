from enum import StrEnum


class CassStatus(StrEnum):
    NOT_STANDARDIZED = "N"
    STANDARDIZED = "Y"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"
