// The sample project the end-to-end tests open (shared with the Neovim test):
// tests/clients/fixtures/calc_project, with `add` correct and `mul` contradicting its
// docstring examples.
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TestdraftSettings, defaultSettings } from "../../src/core/settings";
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

/** Settings for tests: docstring examples only (no model is loaded), no mutation testing. */
export const TEST_SETTINGS: TestdraftSettings = {
  ...defaultSettings(),
  validation: { enabled: true, mutation: false },
  generators: ["docstring"],
};
