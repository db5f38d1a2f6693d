from enum import IntEnum


class PreferenceType(IntEnum):
    OPT_IN = 1
    OPT_OUT = 2

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"
