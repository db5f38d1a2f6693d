from enum import IntEnum


class CustomFieldUpdateRule(IntEnum):
    ALWAYS = 1
    IF_CURRENT_VALUE_IS_BLANK = 2
    IF_NEW_VALUE_IS_BLANK = 3
    IF_NEW_VALUE_IS_NOT_BLANK = 4
    NEVER = 5

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"
