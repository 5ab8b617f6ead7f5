"""Generators turn a `FunctionSpec` into candidate tests. All share `generate.base.Generator`."""
