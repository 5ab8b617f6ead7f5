import assert from "node:assert/strict";
import { test } from "node:test";
import {
  chooseInterpreter,
  describeInterpreter,
  interpreterChanged,
  serverCommand,
} from "../../src/core/interpreter";

test("the setting wins over the Python extension", () => {
  const choice = chooseInterpreter(["/venv/bin/python"], ["/usr/bin/python3.12"]);
  assert.deepEqual(choice, { argv: ["/venv/bin/python"], source: "setting" });
});

test("the Python extension's environment is used when the setting is empty", () => {
  assert.deepEqual(chooseInterpreter([], ["/envs/x/bin/python"]), {
    argv: ["/envs/x/bin/python"],
    source: "python-extension",
  });
  assert.equal(chooseInterpreter([""], ["/envs/x/bin/python"]).source, "python-extension");
});

test("python3 is the last resort", () => {
  assert.deepEqual(chooseInterpreter(undefined, undefined), { argv: ["python3"], source: "default" });
  assert.deepEqual(chooseInterpreter([], []), { argv: ["python3"], source: "default" });
});

test("the server command appends -m testdraft serve after fixed arguments", () => {
  assert.deepEqual(serverCommand(chooseInterpreter(["conda", "run", "-n", "dev", "python"], undefined)), {
    command: "conda",
    args: ["run", "-n", "dev", "python", "-m", "testdraft", "serve"],
  });
});

test("a restart is needed only when the interpreter really changes", () => {
  const a = chooseInterpreter(["/venv/bin/python"], undefined);
  assert.equal(interpreterChanged(undefined, a), true);
  assert.equal(interpreterChanged(a, chooseInterpreter([], ["/venv/bin/python"])), false);
  assert.equal(interpreterChanged(a, chooseInterpreter(["/other/python"], undefined)), true);
  assert.equal(interpreterChanged(a, chooseInterpreter(["/venv/bin/python", "-X", "dev"], undefined)), true);
});

test("the description says where the interpreter came from", () => {
  assert.match(describeInterpreter(chooseInterpreter([], undefined)), /^python3 \(default\)$/);
  assert.match(describeInterpreter(chooseInterpreter([], ["/p"])), /Python extension/);
});
