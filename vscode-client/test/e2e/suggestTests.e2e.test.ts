// Drives the real server over stdio the way VS Code does: code action -> executeCommand ->
// workspace/applyEdit -> diagnostics on the test file.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { after, before, test } from "node:test";
import { CodeAction, Command, DiagnosticSeverity } from "vscode-languageserver-protocol";
import { ServerSession, pathOf, python } from "./harness";
import { TEST_SETTINGS, lineOf, makeSampleProject } from "./sampleProject";

const project = makeSampleProject();
let server: ServerSession;
let testFile: string | undefined;

before(async () => {
  server = ServerSession.start(project.root);
  const result = await server.initialize(project.root, TEST_SETTINGS);
  assert.ok(result.capabilities.codeActionProvider, "the server offers code actions");
});

after(async () => {
  const code = await server.shutdown();
  assert.equal(code, 0, `server exit code; log:\n${server.serverLog.slice(-2000)}`);
  rmSync(project.root, { recursive: true, force: true });
});

function commandOf(action: Command | CodeAction): Command {
  const command = "command" in action && typeof action.command === "object" ? action.command : action;
  assert.ok(command !== undefined && typeof command.command === "string", "the action carries a command");
  return command as Command;
}

async function suggestTestsFor(name: string): Promise<string> {
  const uri = await server.open(project.source);
  const actions = await server.codeActions(uri, lineOf(name) + 1, 8);
  const titles = actions.map((action) => action.title);
  const wanted = `Suggest tests for \`${name}\``;
  const action = actions.find((candidate) => candidate.title === wanted);
  assert.ok(action, `expected "${wanted}" among ${JSON.stringify(titles)}`);
  const editsBefore = server.received.applyEdits.length;
  await server.execute(commandOf(action));
  const params = await server.until("workspace/applyEdit", () => server.received.applyEdits[editsBefore]);
  const documentChanges = params.edit.documentChanges ?? [];
  const edited = documentChanges.find((change) => "textDocument" in change);
  assert.ok(edited && "textDocument" in edited, "the edit changes a document");
  return pathOf(edited.textDocument.uri);
}

function pytest(...args: string[]): { status: number | null; output: string } {
  const run = spawnSync(python(), ["-m", "pytest", "-q", "-p", "no:cacheprovider", ...args], {
    cwd: project.root,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

test("the code action inserts passing tests for a correct function", async () => {
  testFile = await suggestTestsFor("add");
  const text = readFileSync(testFile, "utf8");
  assert.match(text, /def test_\w*add\w*\(/);
  assert.match(text, /\badd\(/);
  // One test per docstring example (2), all passing against the correct implementation.
  const run = pytest(testFile);
  assert.equal(run.status, 0, run.output);
  assert.match(run.output, /\b2 passed/);
});

test("tests for a wrong implementation fail, and the server marks them", async () => {
  const mulFile = await suggestTestsFor("mul");
  assert.equal(mulFile, testFile, "both functions' tests go to the same test module");
  const text = readFileSync(mulFile, "utf8");
  assert.match(text, /def test_\w*mul\w*\(/);
  assert.match(text, /def test_\w*add\w*\(/, "the earlier tests are kept");
  // mul(2, 3) == 6 fails against `a + b`; mul(4, 0) == 0 fails too (4 + 0 == 4).
  const run = pytest(mulFile, "-k", "mul");
  assert.equal(run.status, 1, run.output);
  assert.match(run.output, /\b2 failed/);

  // An editor opens the file it just edited; validation then reports on it.
  const uri = await server.open(mulFile);
  const lines = readFileSync(mulFile, "utf8").split("\n");
  const functionAt = (line: number): string => {
    for (let i = line; i >= 0; i--) {
      const match = /^def (test_\w+)/.exec(lines[i]);
      if (match) {
        return match[1];
      }
    }
    return "";
  };
  const problems = await server.until("diagnostics on the mul tests", () => {
    const found = (server.received.diagnostics.get(uri) ?? []).filter(
      (d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning,
    );
    return found.some((d) => functionAt(d.range.start.line).includes("mul")) ? found : undefined;
  }, 60_000);
  for (const diagnostic of problems) {
    assert.doesNotMatch(functionAt(diagnostic.range.start.line), /add/, `unexpected: ${diagnostic.message}`);
  }
});
