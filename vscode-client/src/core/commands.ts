// Server command names and argument shapes (the server's contract), plus the pure helpers the
// client commands use to build arguments and show results.

export const SERVER_COMMANDS = {
  suggestTests: "testdraft.suggestTests",
  generateUiTest: "testdraft.generateUiTest",
  revalidate: "testdraft.revalidate",
  showSurvivors: "testdraft.showSurvivors",
  showTestResult: "testdraft.showTestResult",
  modelInfo: "testdraft.modelInfo",
} as const;

export interface Position {
  line: number;
  character: number;
}

export interface TargetArgs {
  uri: string;
  position: Position;
  steps?: string;
}

/** The server answers `generateUiTest` this way when the component has no manual steps yet. */
export function needsSteps(result: unknown): boolean {
  return (
    typeof result === "object" &&
    result !== null &&
    (result as Record<string, unknown>).status === "needs_steps"
  );
}

/** Re-issues the first argument object with the steps the user typed. */
export function withSteps(args: readonly unknown[], steps: string): unknown[] {
  const [first, ...rest] = args;
  const target = typeof first === "object" && first !== null ? first : {};
  return [{ ...target, steps }, ...rest];
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** `showSurvivors` answers a list of sentences, or `{"survivors": [...], "text"?: str}`. */
export function formatSurvivors(result: unknown): string {
  const list = Array.isArray(result) ? result : field(result, "survivors");
  const items = Array.isArray(list) ? list.map(String) : [];
  const text = field(result, "text");
  const heading = "# Surviving mutants\n\n";
  if (typeof text === "string" && text.trim() !== "") {
    return `${heading}${text}\n`;
  }
  if (items.length === 0) {
    return `${heading}No surviving mutant reported (none survived, or mutation testing is off: testdraft.validation.mutation).\n`;
  }
  const plural = items.length === 1 ? "" : "s";
  const body = items.map((item) => `- ${item.replace(/\n/g, "\n  ")}`).join("\n");
  return `${heading}${items.length} mutant${plural} survived; add a test that tells each apart:\n\n${body}\n`;
}

/** `showTestResult` answers `{"id", "status", "message"}` for one test. */
export function formatTestResult(result: unknown): string {
  const id = field(result, "id");
  const status = field(result, "status");
  const message = field(result, "message");
  const title = typeof id === "string" ? id : "Test result";
  const body = typeof message === "string" && message !== "" ? `\n\n\`\`\`text\n${message}\n\`\`\`` : "";
  return `# ${title}\n\n**${typeof status === "string" ? status : "unknown"}**${body}\n`;
}

/** The Markdown to show for a command whose answer is meant to be read, else undefined. */
export function resultDocument(command: string, result: unknown): string | undefined {
  if (command === SERVER_COMMANDS.showSurvivors) {
    return formatSurvivors(result);
  }
  if (command === SERVER_COMMANDS.showTestResult) {
    return formatTestResult(result);
  }
  return undefined;
}

/** Renders whatever a code lens passes to `testdraft.showDetails` as Markdown. */
export function formatDetails(details: unknown): string {
  if (typeof details === "string") {
    return details;
  }
  if (typeof details === "object" && details !== null) {
    const record = details as Record<string, unknown>;
    if (typeof record.markdown === "string") {
      return record.markdown;
    }
    const title = typeof record.title === "string" ? `# ${record.title}\n\n` : "";
    const rest = Object.fromEntries(Object.entries(record).filter(([key]) => key !== "title"));
    return `${title}\`\`\`json\n${JSON.stringify(rest, null, 2)}\n\`\`\`\n`;
  }
  return `\`\`\`json\n${JSON.stringify(details, null, 2)}\n\`\`\`\n`;
}

export function formatModelInfo(info: unknown): string {
  if (typeof info !== "object" || info === null) {
    return `Model info: ${JSON.stringify(info)}`;
  }
  return Object.entries(info as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join("\n");
}

/** An input box is one line: `;` separates steps, and the server gets one step per line. */
export function stepsFromInput(text: string): string {
  return text
    .split(";")
    .map((step) => step.trim())
    .filter((step) => step !== "")
    .join("\n");
}
