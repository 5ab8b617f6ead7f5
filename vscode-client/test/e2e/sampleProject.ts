// The sample project the end-to-end tests open (shared with the Neovim test):
// tests/clients/fixtures/calc_project, with `add` correct and `mul` contradicting its
// docstring examples.
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "./harness";

const FIXTURE = join(REPO_ROOT, "tests", "clients", "fixtures", "calc_project");

/** Line of `def <name>` in calc.py. */
export function lineOf(name: string): number {
  const lines = readFileSync(join(FIXTURE, "calc.py"), "utf8").split("\n");
  return lines.findIndex((line) => line.startsWith(`def ${name}(`));
}

export function makeSampleProject(): { root: string; source: string } {
  const root = mkdtempSync(join(tmpdir(), "testdraft-e2e-"));
  cpSync(FIXTURE, root, { recursive: true });
  return { root, source: join(root, "calc.py") };
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
