// The e2e harness plays the editor; its edit application must be right for the e2e to mean anything.
import assert from "node:assert/strict";
import { test } from "node:test";
import { applyTextEdits } from "../e2e/harness";

const at = (line: number, character: number) => ({ line, character });

test("insertions at the same document apply back to front", () => {
  const text = "import a\n\ndef f():\n    pass\n";
  const result = applyTextEdits(text, [
    { range: { start: at(1, 0), end: at(1, 0) }, newText: "import b\n" },
    { range: { start: at(4, 0), end: at(4, 0) }, newText: "\ndef g():\n    pass\n" },
  ]);
  assert.equal(result, "import a\nimport b\n\ndef f():\n    pass\n\ndef g():\n    pass\n");
});

test("replacements use UTF-16 columns", () => {
  // "é" is one UTF-16 unit, "𝄞" two: column 4 is just after the clef.
  const result = applyTextEdits("é𝄞x = 1\n", [{ range: { start: at(0, 3), end: at(0, 4) }, newText: "y" }]);
  assert.equal(result, "é𝄞y = 1\n");
});

test("a position past the end appends", () => {
  assert.equal(applyTextEdits("a", [{ range: { start: at(5, 0), end: at(5, 0) }, newText: "\nb\n" }]), "a\nb\n");
});
