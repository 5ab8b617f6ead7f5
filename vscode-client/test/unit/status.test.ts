import assert from "node:assert/strict";
import { test } from "node:test";
import { parseStatus, presentStatus } from "../../src/core/status";

test("each model state gets its own status bar text", () => {
  const states = ["loading", "ready", "generating", "error", "disabled"] as const;
  const texts = states.map((model) => presentStatus({ model, message: "" }).text);
  assert.equal(new Set(texts).size, states.length);
  states.forEach((state, i) => assert.match(texts[i], new RegExp(`testdraft ${state}$`)));
});

test("spinners while loading or generating, alerts on error and disabled", () => {
  assert.match(presentStatus({ model: "loading", message: "" }).text, /~spin/);
  assert.match(presentStatus({ model: "generating", message: "" }).text, /~spin/);
  assert.doesNotMatch(presentStatus({ model: "ready", message: "" }).text, /~spin/);
  assert.equal(presentStatus({ model: "error", message: "x" }).alert, "error");
  assert.equal(presentStatus({ model: "disabled", message: "" }).alert, "warning");
  assert.equal(presentStatus({ model: "ready", message: "" }).alert, "none");
});

test("the message shows in the tooltip", () => {
  const view = presentStatus(parseStatus({ model: "ready", message: "Qwen2.5-Coder-0.5B on cpu" }));
  assert.match(view.tooltip, /ready: Qwen2.5-Coder-0.5B on cpu/);
});

test("malformed notifications become an error state, not an exception", () => {
  assert.equal(parseStatus(null).model, "error");
  assert.equal(parseStatus({ model: "sleeping" }).model, "error");
  assert.match(parseStatus({ model: "sleeping" }).message, /sleeping/);
  assert.deepEqual(parseStatus({ model: "ready" }), { model: "ready", message: "" });
});
