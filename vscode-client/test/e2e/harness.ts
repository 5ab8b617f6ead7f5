// A minimal LSP client for end-to-end tests: it starts the real `python -m testdraft serve`
// over stdio and plays the editor's part (applies workspace edits to disk, accepts progress
// tokens, collects diagnostics and notifications).
import { ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
  MessageConnection,
} from "vscode-jsonrpc/node";
import {
  ApplyWorkspaceEditParams,
  ApplyWorkspaceEditResult,
  CodeAction,
  CodeActionRequest,
  Command,
  Diagnostic,
  ExecuteCommandRequest,
  InitializeRequest,
  InitializeResult,
  PublishDiagnosticsParams,
  TextEdit,
  WorkspaceEdit,
} from "vscode-languageserver-protocol";

/** The repository root; tests run compiled, from vscode-client/out/test/e2e/. */
export const REPO_ROOT = resolve(__dirname, "../../../..");

export function python(): string {
  return process.env.TESTDRAFT_PYTHON ?? "python3";
}

export const uriOf = (path: string): string => pathToFileURL(path).toString();
export const pathOf = (uri: string): string => fileURLToPath(uri);

function offsetAt(text: string, line: number, character: number): number {
  let offset = 0;
  for (let current = 0; current < line; current++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) {
      return text.length;
    }
    offset = next + 1;
  }
  // JavaScript strings are UTF-16, the encoding the client announces.
  return Math.min(offset + character, text.length);
}

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const located = edits.map((edit) => ({
    start: offsetAt(text, edit.range.start.line, edit.range.start.character),
    end: offsetAt(text, edit.range.end.line, edit.range.end.character),
    newText: edit.newText,
  }));
  // Back to front, so earlier offsets stay valid.
  located.sort((a, b) => b.start - a.start);
  return located.reduce((result, edit) => result.slice(0, edit.start) + edit.newText + result.slice(edit.end), text);
}

/** Applies a WorkspaceEdit to files on disk, as an editor saving the result would. */
export function applyWorkspaceEdit(edit: WorkspaceEdit): string[] {
  const touched: string[] = [];
  for (const change of edit.documentChanges ?? []) {
    if ("kind" in change) {
      if (change.kind !== "create") {
        throw new Error(`unexpected resource operation ${change.kind}`);
      }
      const path = pathOf(change.uri);
      mkdirSync(dirname(path), { recursive: true });
      if (!existsSync(path) || change.options?.overwrite === true) {
        writeFileSync(path, "");
      }
      touched.push(path);
    } else {
      const path = pathOf(change.textDocument.uri);
      const before = existsSync(path) ? readFileSync(path, "utf8") : "";
      writeFileSync(path, applyTextEdits(before, change.edits));
      touched.push(path);
    }
  }
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    const path = pathOf(uri);
    writeFileSync(path, applyTextEdits(existsSync(path) ? readFileSync(path, "utf8") : "", edits));
    touched.push(path);
  }
  return touched;
}

export interface Received {
  applyEdits: ApplyWorkspaceEditParams[];
  diagnostics: Map<string, Diagnostic[]>;
  statuses: unknown[];
  progress: unknown[];
  messages: string[];
}

export class ServerSession {
  readonly received: Received = { applyEdits: [], diagnostics: new Map(), statuses: [], progress: [], messages: [] };
  private readonly waiters: (() => void)[] = [];
  private stderr = "";

  private constructor(
    private readonly process: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
  ) {}

  /**
   * Spawns the server with the repository's `server/` first on PYTHONPATH
   * (TESTDRAFT_SERVER_SRC overrides it; empty means the installed package).
   */
  static start(cwd: string): ServerSession {
    const source = process.env.TESTDRAFT_SERVER_SRC ?? join(REPO_ROOT, "server");
    const pythonPath = [source, process.env.PYTHONPATH].filter(Boolean).join(":");
    const child = spawn(python(), ["-m", "testdraft", "serve"], {
      cwd,
      env: { ...process.env, PYTHONPATH: pythonPath },
    });
    const connection = createMessageConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    const session = new ServerSession(child, connection);
    child.stderr.on("data", (chunk: Buffer) => {
      session.stderr += chunk.toString();
    });
    session.listen();
    connection.listen();
    return session;
  }

  get serverLog(): string {
    return this.stderr;
  }

  private changed(): void {
    this.waiters.splice(0).forEach((wake) => wake());
  }

  private listen(): void {
    const c = this.connection;
    const { received } = this;
    c.onRequest("workspace/applyEdit", (params: ApplyWorkspaceEditParams): ApplyWorkspaceEditResult => {
      received.applyEdits.push(params);
      try {
        applyWorkspaceEdit(params.edit);
        return { applied: true };
      } catch (error) {
        return { applied: false, failureReason: String(error) };
      } finally {
        this.changed();
      }
    });
    c.onRequest("window/workDoneProgress/create", () => null);
    c.onRequest("client/registerCapability", () => null);
    c.onRequest("workspace/configuration", () => []);
    c.onRequest("window/showMessageRequest", () => null);
    c.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
      received.diagnostics.set(params.uri, params.diagnostics);
      this.changed();
    });
    c.onNotification("testdraft/status", (params: unknown) => {
      received.statuses.push(params);
      this.changed();
    });
    c.onNotification("$/progress", (params: unknown) => {
      received.progress.push(params);
      this.changed();
    });
    c.onNotification("window/showMessage", (params: { message: string }) => {
      received.messages.push(params.message);
      this.changed();
    });
    c.onNotification("window/logMessage", (params: { message: string }) => received.messages.push(params.message));
  }

  /** Resolves once `condition` holds, re-checking on every message from the server. */
  async until<T>(what: string, condition: () => T | undefined, timeoutMs = 120_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = condition();
      if (value !== undefined) {
        return value;
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`timed out waiting for ${what}; server log:\n${this.stderr.slice(-4000)}`);
      }
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, Math.min(left, 1000));
        this.waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }

  async initialize(rootPath: string, initializationOptions: unknown): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uriOf(rootPath),
      workspaceFolders: [{ uri: uriOf(rootPath), name: "project" }],
      initializationOptions,
      capabilities: {
        general: { positionEncodings: ["utf-16"] },
        window: { workDoneProgress: true },
        workspace: {
          applyEdit: true,
          configuration: true,
          workspaceEdit: { documentChanges: true, resourceOperations: ["create"] },
        },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { relatedInformation: true },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ["refactor", "source", "quickfix"] } },
          },
          codeLens: {},
        },
      },
    });
    await this.connection.sendNotification("initialized", {});
    return result;
  }

  async open(path: string, languageId = "python"): Promise<string> {
    const uri = uriOf(path);
    await this.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId, version: 1, text: readFileSync(path, "utf8") },
    });
    return uri;
  }

  async codeActions(uri: string, line: number, character: number): Promise<(Command | CodeAction)[]> {
    const position = { line, character };
    const actions = await this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: position, end: position },
      context: { diagnostics: [] },
    });
    return actions ?? [];
  }

  async execute(command: Command): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, {
      command: command.command,
      arguments: command.arguments,
    });
  }

  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((done) => this.process.on("exit", (code) => done(code)));
    try {
      await this.connection.sendRequest("shutdown");
      await this.connection.sendNotification("exit");
    } catch {
      this.process.kill();
    }
    const timer = setTimeout(() => this.process.kill(), 10_000);
    const code = await exited;
    clearTimeout(timer);
    this.connection.dispose();
    return code;
  }
}
