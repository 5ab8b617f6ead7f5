// The `testdraft` settings as the server expects them: the object sent as
// `initializationOptions` and in `workspace/didChangeConfiguration`.
// Pure: reads values through a getter so it runs without VS Code.

export type Device = "auto" | "cpu" | "cuda" | "mps";
export type Quantize = "auto" | "none" | "int8" | "int4";
export type UiFramework = "playwright" | "selenium";
export type UiGenerator = "mapper" | "mapper+model" | "model";
export type Backend = "local" | "openai";

export interface ModelSettings {
  path: string | null;
  adapters: string[];
  loraScale: number;
  temperature: number;
  validatedTemperature: number;
  topP: number;
  candidates: number;
  maxNewTokens: number;
  fewShot: number;
  implementationDrafts: number;
  systemPrompt: string | null;
  device: Device;
  quantize: Quantize;
  backend: Backend;
}

export interface TestdraftSettings {
  model: ModelSettings;
  validation: { enabled: boolean; mutation: boolean };
  /** generator: who writes UI tests; baseUrl: a running dev server the UI tests target ("" bundles the component). */
  ui: { framework: UiFramework; generator: UiGenerator; baseUrl: string };
  /** Test sources, in order: "docstring" (deterministic examples) and "model". */
  generators: string[];
}

/** Returns the user's value for a dotted key below `testdraft` (e.g. "model.topP"), or undefined. */
export type SettingGetter = (key: string) => unknown;

export function defaultSettings(): TestdraftSettings {
  return {
    model: {
      path: null,
      adapters: [],
      loraScale: 1.0,
      temperature: 0.2,
      validatedTemperature: 0.8,
      topP: 0.95,
      candidates: 4,
      maxNewTokens: 256,
      fewShot: 0,
      implementationDrafts: 2,
      systemPrompt: null,
      device: "auto",
      quantize: "auto",
      backend: "local",
    },
    validation: { enabled: true, mutation: true },
    ui: { framework: "playwright", generator: "mapper", baseUrl: "" },
    generators: ["docstring", "model"],
  };
}

const DEVICES: readonly Device[] = ["auto", "cpu", "cuda", "mps"];
const QUANTIZE: readonly Quantize[] = ["auto", "none", "int8", "int4"];
const UI_FRAMEWORKS: readonly UiFramework[] = ["playwright", "selenium"];
const UI_GENERATORS: readonly UiGenerator[] = ["mapper", "mapper+model", "model"];
const BACKENDS: readonly Backend[] = ["local", "openai"];

function numberIn(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) && value >= min && value <= max
    ? value
    : fallback;
}

function integerIn(value: unknown, min: number, max: number, fallback: number): number {
  return Number.isInteger(value) ? numberIn(value, min, max, fallback) : fallback;
}

/** A non-empty string, else null: VS Code shows an unset string setting as "". */
function optionalString(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

function booleanOr(value: unknown, fallback: boolean): boolean {
  return typeof value === "boolean" ? value : fallback;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.find((item) => item === value) ?? fallback;
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === "string" && item.trim() !== "")
    : [];
}

const GENERATORS = ["docstring", "model"];

/** The known generator names in the user's order; undefined (use defaults) when none is known. */
function knownGenerators(value: unknown): string[] | undefined {
  const names = stringList(value).filter((name) => GENERATORS.includes(name));
  return names.length > 0 ? [...new Set(names)] : undefined;
}

/** Builds the settings object; invalid or missing values fall back to the defaults. */
export function readSettings(get: SettingGetter): TestdraftSettings {
  const d = defaultSettings();
  return {
    model: {
      path: optionalString(get("model.path")),
      adapters: stringList(get("model.adapters")),
      loraScale: numberIn(get("model.loraScale"), 0, 4, d.model.loraScale),
      temperature: numberIn(get("model.temperature"), 0, 2, d.model.temperature),
      validatedTemperature: numberIn(get("model.validatedTemperature"), 0, 2, d.model.validatedTemperature),
      topP: numberIn(get("model.topP"), 0, 1, d.model.topP),
      candidates: integerIn(get("model.candidates"), 1, 32, d.model.candidates),
      maxNewTokens: integerIn(get("model.maxNewTokens"), 16, 4096, d.model.maxNewTokens),
      fewShot: integerIn(get("model.fewShot"), 0, 8, d.model.fewShot),
      implementationDrafts: integerIn(get("model.implementationDrafts"), 0, 8, d.model.implementationDrafts),
      systemPrompt: optionalString(get("model.systemPrompt")),
      device: oneOf(get("model.device"), DEVICES, d.model.device),
      quantize: oneOf(get("model.quantize"), QUANTIZE, d.model.quantize),
      backend: oneOf(get("model.backend"), BACKENDS, d.model.backend),
    },
    validation: {
      enabled: booleanOr(get("validation.enabled"), d.validation.enabled),
      mutation: booleanOr(get("validation.mutation"), d.validation.mutation),
    },
    ui: {
      framework: oneOf(get("ui.framework"), UI_FRAMEWORKS, d.ui.framework),
      generator: oneOf(get("ui.generator"), UI_GENERATORS, d.ui.generator),
      baseUrl: optionalString(get("ui.baseUrl")) ?? d.ui.baseUrl,
    },
    generators: knownGenerators(get("generators")) ?? d.generators,
  };
}

/** The `workspace/didChangeConfiguration` params the server reads. */
export function configurationChangeParams(settings: TestdraftSettings): {
  settings: { testdraft: TestdraftSettings };
} {
  return { settings: { testdraft: settings } };
}
