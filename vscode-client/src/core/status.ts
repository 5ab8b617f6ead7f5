// The `testdraft/status` notification and how the status bar shows it. Pure.

export type ModelState = "loading" | "ready" | "generating" | "error" | "disabled";

export interface ModelStatus {
  model: ModelState;
  message: string;
}

export interface StatusPresentation {
  text: string;
  tooltip: string;
  /** Whether the item gets the warning/error background. */
  alert: "none" | "warning" | "error";
}

const STATES: readonly ModelState[] = ["loading", "ready", "generating", "error", "disabled"];

/** Validates a notification payload; anything malformed reads as an error state, not a crash. */
export function parseStatus(params: unknown): ModelStatus {
  if (typeof params === "object" && params !== null) {
    const { model, message } = params as Record<string, unknown>;
    const state = STATES.find((s) => s === model);
    if (state !== undefined) {
      return { model: state, message: typeof message === "string" ? message : "" };
    }
  }
  return { model: "error", message: `unexpected testdraft/status payload: ${JSON.stringify(params)}` };
}

const ICONS: Record<ModelState, string> = {
  loading: "$(sync~spin)",
  ready: "$(beaker)",
  generating: "$(loading~spin)",
  error: "$(error)",
  disabled: "$(circle-slash)",
};

export function presentStatus(status: ModelStatus): StatusPresentation {
  const detail = status.message === "" ? "" : `: ${status.message}`;
  return {
    text: `${ICONS[status.model]} testdraft ${status.model}`,
    tooltip: `testdraft model ${status.model}${detail}\nClick for model details.`,
    alert: status.model === "error" ? "error" : status.model === "disabled" ? "warning" : "none",
  };
}

export const STARTING: ModelStatus = { model: "loading", message: "starting the server" };
export const STOPPED: ModelStatus = { model: "disabled", message: "server not running" };
