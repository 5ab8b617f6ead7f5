// The sample project the end-to-end tests open (shared with the Neovim test):
// tests/clients/fixtures/calc_project, with `add` correct and `mul` contradicting its
// docstring examples.
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TestdraftSettings, defaultSettings } from "../../src/core/settings";
import { REPO_ROOT } from "./harness";

const FIXTURES = join(REPO_ROOT, "tests", "clients", "fixtures");
const FIXTURE = join(FIXTURES, "calc_project");

/** Line of `def <name>` in calc.py. */
export function lineOf(name: string): number {
  const lines = readFileSync(join(FIXTURE, "calc.py"), "utf8").split("\n");
  return lines.findIndex((line) => line.startsWith(`def ${name}(`));
}

function copyFixture(name: string): string {
  const root = mkdtempSync(join(tmpdir(), "testdraft-e2e-"));
  cpSync(join(FIXTURES, name), root, { recursive: true });
  return root;
}

export function makeSampleProject(): { root: string; source: string } {
  const root = copyFixture("calc_project");
  return { root, source: join(root, "calc.py") };
}

/** A React component with no manual test steps anywhere: the server has to ask for them. */
export function makeUiProject(): { root: string; component: string } {
  const root = copyFixture("ui_project");
  return { root, component: join(root, "src", "Counter.jsx") };
}

/** Settings for tests: docstring examples only (no model is loaded), no mutation testing. */
export const TEST_SETTINGS: TestdraftSettings = {
  ...defaultSettings(),
  validation: { enabled: true, mutation: false },
  generators: ["docstring"],
};
