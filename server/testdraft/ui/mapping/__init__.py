"""Stage 3, mapping: each step and expected result to actions on inventory elements.

`mapper` walks the test case; `wording` reads a step's verb, quoted texts and nouns; `lookup`
finds the element a step means; `assertions` turns an expected result into checks; `actions`
holds the mapped test, independent of the browser framework."""


from testdraft.ui.mapping.actions import Action, Block, MappedTest, Target
from testdraft.ui.mapping.mapper import map_test_case

__all__ = ["Action", "Block", "MappedTest", "Target", "map_test_case"]
