from enum import StrEnum


class MatchType(StrEnum):
    EXPRESSED = "Expressed"
    IMPLIED = "Implied"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"
