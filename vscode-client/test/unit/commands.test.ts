import assert from "node:assert/strict";
import { test } from "node:test";
import {
  formatDetails,
  formatModelInfo,
  formatSurvivors,
  formatTestResult,
  needsSteps,
  resultDocument,
  stepsFromInput,
  withSteps,
} from "../../src/core/commands";

test("needs_steps is recognised only in the server's exact shape", () => {
  assert.equal(needsSteps({ status: "needs_steps" }), true);
  assert.equal(needsSteps({ status: "applied" }), false);
  assert.equal(needsSteps(null), false);
  assert.equal(needsSteps("needs_steps"), false);
});

test("steps are added to the first argument without losing uri and position", () => {
  const args = [{ uri: "file:///a/App.jsx", position: { line: 3, character: 9 } }];
  assert.deepEqual(withSteps(args, "click Add"), [
    { uri: "file:///a/App.jsx", position: { line: 3, character: 9 }, steps: "click Add" },
  ]);
  assert.deepEqual(args[0], { uri: "file:///a/App.jsx", position: { line: 3, character: 9 } });
});

test("semicolons in the input box become one step per line", () => {
  assert.equal(stepsFromInput(" open the page ; click Add;; see milk "), "open the page\nclick Add\nsee milk");
  assert.equal(stepsFromInput(" ; "), "");
});

test("survivors are listed, and an empty list says all were killed", () => {
  const text = formatSurvivors(["line 3: + -> -", "line 5: < -> <="]);
  assert.match(text, /2 mutants survived/);
  assert.match(text, /- line 5: < -> <=/);
  assert.match(formatSurvivors({ survivors: [] }), /No surviving mutant reported/);
  assert.match(formatSurvivors({ survivors: ["x"] }), /1 mutant survived/);
  assert.match(formatSurvivors({ survivors: ["x"], text: "line 2: `<` -> `<=`" }), /line 2: `<` -> `<=`/);
});

test("a test result shows its id, status and message", () => {
  const text = formatTestResult({ id: "tests/test_calc.py::test_mul[2-3-6]", status: "failed", message: "assert 5 == 6" });
  assert.match(text, /^# tests\/test_calc.py::test_mul\[2-3-6\]/);
  assert.match(text, /\*\*failed\*\*/);
  assert.match(text, /assert 5 == 6/);
  assert.match(formatTestResult(null), /\*\*unknown\*\*/);
});

test("only answers meant to be read open a document", () => {
  assert.match(resultDocument("testdraft.showSurvivors", { survivors: [] }) ?? "", /Surviving/);
  assert.match(resultDocument("testdraft.showTestResult", { id: "t", status: "passed" }) ?? "", /passed/);
  assert.equal(resultDocument("testdraft.suggestTests", { status: "applied" }), undefined);
});

test("details render strings as is and objects as a titled JSON block", () => {
  assert.equal(formatDetails("plain"), "plain");
  assert.equal(formatDetails({ markdown: "# Hi" }), "# Hi");
  const text = formatDetails({ title: "test_add", coverage: 0.9 });
  assert.match(text, /^# test_add/);
  assert.match(text, /"coverage": 0.9/);
});

test("model info lists one key per line", () => {
  assert.equal(formatModelInfo({ name: "qwen", loaded: true }), "name: qwen\nloaded: true");
});
