"""UI tests from a React component plus manual test steps.

Public entry points (what the LSP, the CLI and the eval call):

- `pipeline.generate_ui_test(component_path, component_source, steps_text=None,
  framework="playwright", component_name=None, generator="mapper", complete=None)`
- `pipeline.validate_ui_test(test_code, component_path, component_source, run_browser)`
- `pipeline.steps_source_label(component_path, component_source)` for the action title
- `components.find_component(source, path, byte_offset)` (tree-sitter only, < 1 ms)
- `evaluation.run_ui_eval(dataset_dir, generators, output_format)` for `eval --ui`

Modules: jsx_parser (tree-sitter grammars), components, inventory (+ elements, static_values,
aria, textpattern), steps, mapper (+ wording, lookup, assertions, actions, resolve), render,
model_prompt, locators, browser, codebleu, evaluation.
"""
