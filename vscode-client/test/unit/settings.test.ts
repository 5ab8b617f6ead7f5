import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { configurationChangeParams, defaultSettings, readSettings } from "../../src/core/settings";

const fromRecord = (values: Record<string, unknown>) => (key: string) => values[key];

// The defaults themselves are checked against the server's schema
// (server/testdraft/settings_schema.py) by tests/clients/test_settings_schema.py.
test("no user settings gives the defaults", () => {
  assert.deepEqual(readSettings(fromRecord({})), defaultSettings());
  assert.equal(readSettings(fromRecord({})).model.systemPrompt, null);
});

test("generators keep the user's order and drop unknown names", () => {
  assert.deepEqual(readSettings(fromRecord({ generators: ["model", "oracle", "docstring", "model"] })).generators, [
    "model",
    "docstring",
  ]);
  assert.deepEqual(readSettings(fromRecord({ generators: ["oracle"] })).generators, ["docstring", "model"]);
});

test("user values are carried into the camelCase object", () => {
  const settings = readSettings(
    fromRecord({
      "model.path": "/models/qwen.gguf",
      "model.adapters": ["/a/one", "/a/two"],
      "model.loraScale": 0.5,
      "model.temperature": 0.7,
      "model.validatedTemperature": 1.1,
      "model.topP": 0.8,
      "model.candidates": 8,
      "model.maxNewTokens": 512,
      "model.fewShot": 2,
      "model.systemPrompt": "Write pytest tests.",
      "model.device": "cpu",
      "validation.enabled": false,
      "validation.mutation": false,
      "ui.framework": "selenium",
    }),
  );
  assert.equal(settings.model.path, "/models/qwen.gguf");
  assert.deepEqual(settings.model.adapters, ["/a/one", "/a/two"]);
  assert.equal(settings.model.loraScale, 0.5);
  assert.equal(settings.model.temperature, 0.7);
  assert.equal(settings.model.validatedTemperature, 1.1);
  assert.equal(settings.model.topP, 0.8);
  assert.equal(settings.model.candidates, 8);
  assert.equal(settings.model.maxNewTokens, 512);
  assert.equal(settings.model.fewShot, 2);
  assert.equal(settings.model.systemPrompt, "Write pytest tests.");
  assert.equal(settings.model.device, "cpu");
  assert.deepEqual(settings.validation, { enabled: false, mutation: false });
  assert.equal(settings.ui.framework, "selenium");
});

test("invalid values fall back to defaults instead of reaching the server", () => {
  const settings = readSettings(
    fromRecord({
      "model.path": "  ",
      "model.adapters": ["ok", 3, ""],
      "model.temperature": -1,
      "model.validatedTemperature": 3,
      "model.topP": 1.5,
      "model.candidates": 2.5,
      "model.maxNewTokens": "many",
      "model.device": "tpu",
      "model.quantize": "int3",
      "validation.enabled": "yes",
      "ui.framework": "cypress",
    }),
  );
  const d = defaultSettings();
  assert.equal(settings.model.path, null);
  assert.deepEqual(settings.model.adapters, ["ok"]);
  assert.equal(settings.model.temperature, d.model.temperature);
  assert.equal(settings.model.validatedTemperature, d.model.validatedTemperature);
  assert.equal(settings.model.topP, d.model.topP);
  assert.equal(settings.model.candidates, d.model.candidates);
  assert.equal(settings.model.maxNewTokens, d.model.maxNewTokens);
  assert.equal(settings.model.device, "auto");
  assert.equal(settings.model.quantize, "auto");
  assert.equal(settings.validation.enabled, true);
  assert.equal(settings.ui.framework, "playwright");
});

test("didChangeConfiguration wraps the object under settings.testdraft", () => {
  const settings = defaultSettings();
  assert.deepEqual(configurationChangeParams(settings), { settings: { testdraft: settings } });
});

test("package.json contributes every setting with the same default", () => {
  // out/test/unit -> package root
  const manifest = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "package.json"), "utf8")) as {
    contributes: { configuration: { properties: Record<string, { default: unknown }> } };
  };
  const contributed = manifest.contributes.configuration.properties;
  const flatten = (prefix: string, value: object): [string, unknown][] =>
    Object.entries(value).flatMap(([key, inner]) =>
      typeof inner === "object" && inner !== null && !Array.isArray(inner)
        ? flatten(`${prefix}${key}.`, inner as object)
        : [[`${prefix}${key}`, inner] as [string, unknown]],
    );
  for (const [key, value] of flatten("testdraft.", defaultSettings())) {
    assert.ok(key in contributed, `${key} is not contributed in package.json`);
    assert.deepEqual(contributed[key].default, value, `default of ${key}`);
  }
  // And the reverse: a contributed setting the reader ignores would be a dead switch.
  const known = new Set(flatten("testdraft.", defaultSettings()).map(([key]) => key));
  const clientOnly = new Set(["testdraft.interpreter", "testdraft.trace.server"]);
  for (const key of Object.keys(contributed)) {
    assert.ok(known.has(key) || clientOnly.has(key), `${key} is contributed but never sent`);
  }
});
