from enum import StrEnum


class ExportJobStatus(StrEnum):
    COMPLETE = "Complete"
    ERROR = "Error"
    EXPIRED = "Expired"
    FAILED = "Failed"
    PROCESSING = "Processing"
    RETRIEVED = "Retrieved"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"
