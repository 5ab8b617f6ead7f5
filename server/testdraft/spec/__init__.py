"""What a function promises: signature, docstring, examples, raises. Built from tree-sitter."""

from testdraft.spec.model import DocExample, FunctionSpec, Parameter, RaisesEntry

__all__ = ["DocExample", "FunctionSpec", "Parameter", "RaisesEntry"]
