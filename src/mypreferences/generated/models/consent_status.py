from enum import IntEnum


class ConsentStatus(IntEnum):
    GRANTED = 1
    DENIED = 2
    REVOKED = 3
    NOT_SET = 4

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"
