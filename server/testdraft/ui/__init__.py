"""UI tests from a React component plus manual test steps, in stages, one subpackage each:

1. `inventory`: every element the component can render (tree-sitter, via `testdraft.parsing.jsx`)
2. `steps`: the manual test case (sibling `testcase.md`, a comment above the component, or text)
3. `mapping`: each step and expected result mapped onto inventory elements as actions
4. `render`: the mapped test as a pytest module (Playwright or Selenium)
5. `run`: every locator checked against the inventory; the test run in headless Chromium
6. `repair`: a locator that finds nothing in Chromium replaced from the live page; `explore`:
   a step left as a TODO (or done in part) before the failing line tried on the live page

`generators` names where the code comes from (the mapper above, or a model prompted with
`model_prompt`); `pipeline` is the entry point the LSP, the CLI and the eval call
(`generate_ui_test`, `validate_ui_test`, `steps_source_label`); `evaluation` is
`testdraft eval --ui` (CodeBLEU, locator resolution, browser pass).
"""
