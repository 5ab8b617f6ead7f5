// A small Python project the end-to-end tests open: one correct function and one whose
// implementation contradicts its docstring examples.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const CALC_PY = `def add(a: int, b: int) -> int:
    """Return the sum of a and b.

    >>> add(2, 3)
    5
    >>> add(-1, 1)
    0
    """
    return a + b


def mul(a: int, b: int) -> int:
    """Return the product of a and b.

    >>> mul(2, 3)
    6
    >>> mul(4, 0)
    0
    """
    return a + b  # wrong on purpose: the docstring's examples fail
`;

/** Line of `def <name>` in CALC_PY. */
export function lineOf(name: string): number {
  return CALC_PY.split("\n").findIndex((line) => line.startsWith(`def ${name}(`));
}

export function makeSampleProject(): { root: string; source: string } {
  const root = mkdtempSync(join(tmpdir(), "testdraft-e2e-"));
  writeFileSync(join(root, "pyproject.toml"), '[tool.pytest.ini_options]\npythonpath = ["."]\n');
  const source = join(root, "calc.py");
  writeFileSync(source, CALC_PY);
  return { root, source };
}

/** Settings for tests: docstring examples only, so no model is loaded. */
export const TEST_SETTINGS = {
  model: {
    path: null,
    adapters: [],
    loraScale: 1.0,
    temperature: 0.2,
    topP: 0.95,
    candidates: 4,
    maxNewTokens: 256,
    systemPrompt: null,
    device: "cpu",
    backend: "local",
  },
  validation: { enabled: true, mutation: false },
  ui: { framework: "playwright" },
  generators: ["docstring"],
};
