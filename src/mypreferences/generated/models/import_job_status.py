from enum import StrEnum


class ImportJobStatus(StrEnum):
    COMPLETED = "Completed"
    FAILED = "Failed"
    INITIATED = "Initiated"
    PROCESSING = "Processing"
    QUEUED = "Queued"
    STAGING = "Staging"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"
