// The UI test flow as the VS Code client runs it: the server answers needs_steps, the client
// re-sends the command with the steps the user typed, and the server writes the test.
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { after, before, test } from "node:test";
import { Command } from "vscode-languageserver-protocol";
import { needsSteps, stepsFromInput, withSteps } from "../../src/core/commands";
import { ServerSession, pathOf } from "./harness";
import { TEST_SETTINGS, makeUiProject } from "./sampleProject";

const project = makeUiProject();
let server: ServerSession;

before(async () => {
  server = ServerSession.start(project.root);
  // No background browser run: this test is about the command round trip.
  await server.initialize(project.root, { ...TEST_SETTINGS, validation: { enabled: false, mutation: false } });
});

after(async () => {
  await server.shutdown();
  rmSync(project.root, { recursive: true, force: true });
});

test("a component without steps: needs_steps, then the typed steps produce a Playwright test", async () => {
  const uri = await server.open(project.component, "javascriptreact");
  const line = readFileSync(project.component, "utf8").split("\n").findIndex((l) => l.includes("useState(0)"));
  const actions = await server.codeActions(uri, line, 4);
  const action = actions.find((candidate) => candidate.title.startsWith("Generate UI test for `Counter`"));
  assert.ok(action, `expected a UI test action among ${JSON.stringify(actions.map((a) => a.title))}`);
  const command = ("command" in action && typeof action.command === "object" ? action.command : action) as Command;
  const args = command.arguments ?? [];

  const first = await server.execute({ ...command, arguments: args });
  assert.ok(needsSteps(first), `expected needs_steps, got ${JSON.stringify(first)}`);
  assert.equal(server.received.applyEdits.length, 0, "nothing is written before the steps are known");

  const steps = stepsFromInput("open the page; click Increment; expected: the page shows 'Count: 1'");
  const second = (await server.execute({ ...command, arguments: withSteps(args, steps) })) as Record<string, unknown>;
  assert.equal(second.status, "applied", JSON.stringify(second));
  const edit = await server.until("the UI test edit", () => server.received.applyEdits[0]);
  const created = (edit.edit.documentChanges ?? []).find((change) => "textDocument" in change);
  assert.ok(created && "textDocument" in created);
  const code = readFileSync(pathOf(created.textDocument.uri), "utf8");
  assert.match(code, /def test_\w+\(/);
  assert.match(code, /playwright|page\./i);
  assert.match(code, /Increment/);
  assert.match(code, /Count: 1/);
});
