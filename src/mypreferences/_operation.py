"""The description of one API operation, as the generated resource table records it."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from types import ModuleType


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the vendored spec.

    Attributes:
        operation_id: the spec's operationId (PascalCase).
        method: HTTP method, upper case.
        path: route template relative to the base URL, e.g. ``/{clientId}/Profile/{profileId}``.
        tag: the spec tag (resource group).
        resource: the client attribute holding the resource (``mp.<resource>``).
        name: the Python method and generated module name (snake case).
        module: dotted name of the generated endpoint module.
        path_params: Python parameter name -> schema format/type (``int32``, ``string``...).
        success: documented 2xx status codes.

    """

    operation_id: str
    method: str
    path: str
    tag: str
    resource: str
    name: str
    module: str
    path_params: dict[str, str] = field(default_factory=dict)
    success: tuple[int, ...] = ()

    def load(self) -> ModuleType:
        """Import (lazily, once) the generated endpoint module."""
        return importlib.import_module(self.module)

    @property
    def idempotent(self) -> bool:
        """True when repeating the request cannot change the outcome (safe to retry when ambiguous)."""
        return self.method in {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}
