// Starts, restarts and talks to the language server (`<python> -m testdraft serve`).
import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
} from "vscode-languageclient/node";
import { SERVER_COMMANDS, needsSteps, resultDocument, stepsFromInput, withSteps } from "./core/commands";
import { showMarkdown } from "./documents";
import {
  InterpreterChoice,
  chooseInterpreter,
  describeInterpreter,
  interpreterChanged,
  serverCommand,
} from "./core/interpreter";
import { configurationChangeParams, readSettings, stringList, TestdraftSettings } from "./core/settings";
import { ModelStatus, STARTING, STOPPED, parseStatus } from "./core/status";
import { activePythonFromExtension } from "./pythonEnvironment";

const DOCUMENT_SELECTOR = ["python", "javascriptreact", "typescriptreact"].map((language) => ({
  scheme: "file",
  language,
}));

export function currentSettings(): TestdraftSettings {
  const config = vscode.workspace.getConfiguration("testdraft");
  return readSettings((key) => config.get(key));
}

function workspaceRoot(): vscode.Uri | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

type Run = (args: unknown[]) => Promise<unknown>;

/**
 * Runs a server command the way a user expects: a UI test without steps asks for them and
 * retries; answers meant to be read (survivors, a test's result from a code lens) are shown.
 */
async function runCommand(command: string, args: unknown[], run: Run): Promise<unknown> {
  const result = await runAskingForSteps(command, args, run);
  const document = resultDocument(command, result);
  if (document !== undefined) {
    await showMarkdown(document);
  }
  return result;
}

async function runAskingForSteps(command: string, args: unknown[], run: Run): Promise<unknown> {
  const result = await run(args);
  if (command !== SERVER_COMMANDS.generateUiTest || !needsSteps(result)) {
    return result;
  }
  const typed = await vscode.window.showInputBox({
    title: "testdraft: manual test steps",
    prompt: "No test steps were found for this component. Describe them, separated by ';'.",
    placeHolder: "open the page; type 'milk' in the New item box; click Add; see 'milk' in the list",
    ignoreFocusOut: true,
  });
  const steps = typed === undefined ? "" : stepsFromInput(typed);
  return steps === "" ? result : run(withSteps(args, steps));
}

export class ServerManager implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private interpreter: InterpreterChoice | undefined;
  private readonly statusEmitter = new vscode.EventEmitter<ModelStatus>();
  readonly onStatus = this.statusEmitter.event;

  constructor(private readonly output: vscode.OutputChannel) {}

  get running(): boolean {
    return this.client?.state === State.Running;
  }

  async start(): Promise<void> {
    const configured = stringList(vscode.workspace.getConfiguration("testdraft").get("interpreter"));
    const fromExtension = configured.length > 0 ? undefined : await activePythonFromExtension(workspaceRoot(), this.output);
    this.interpreter = chooseInterpreter(configured, fromExtension);
    const { command, args } = serverCommand(this.interpreter);
    this.output.appendLine(`Starting the testdraft server with ${describeInterpreter(this.interpreter)}`);
    this.statusEmitter.fire(STARTING);

    const serverOptions: ServerOptions = { command, args, options: { cwd: workspaceRoot()?.fsPath } };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: this.output,
      initializationOptions: currentSettings(),
      middleware: {
        // Commands run from code actions and code lenses come through here.
        executeCommand: (cmd, cmdArgs, next) =>
          runCommand(cmd, cmdArgs, (a) => Promise.resolve<unknown>(next(cmd, a))),
      },
    };
    const client = new LanguageClient("testdraft", "testdraft", serverOptions, clientOptions);
    client.onNotification("testdraft/status", (params: unknown) => this.statusEmitter.fire(parseStatus(params)));
    this.client = client;
    try {
      await client.start();
    } catch (error) {
      this.statusEmitter.fire({ model: "error", message: `server failed to start: ${String(error)}` });
      void vscode.window
        .showErrorMessage(
          `testdraft: the server did not start with ${command}. Is testdraft installed in that environment?`,
          "Show Output",
        )
        .then((choice) => (choice === undefined ? undefined : this.output.show()));
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client !== undefined) {
      await client.stop().catch((error: unknown) => this.output.appendLine(`Stopping: ${String(error)}`));
    }
    this.statusEmitter.fire(STOPPED);
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** Restarts only when the interpreter we would pick now differs from the running one. */
  async restartIfInterpreterChanged(): Promise<void> {
    const configured = stringList(vscode.workspace.getConfiguration("testdraft").get("interpreter"));
    const fromExtension = configured.length > 0 ? undefined : await activePythonFromExtension(workspaceRoot(), this.output);
    if (interpreterChanged(this.interpreter, chooseInterpreter(configured, fromExtension))) {
      await this.restart();
    }
  }

  async sendSettings(): Promise<void> {
    if (this.running && this.client !== undefined) {
      await this.client.sendNotification(
        DidChangeConfigurationNotification.type,
        configurationChangeParams(currentSettings()),
      );
    }
  }

  /** Sends `workspace/executeCommand`, handled as code actions' and code lenses' commands are. */
  async execute(command: string, args: unknown[]): Promise<unknown> {
    const client = this.client;
    if (client === undefined || !this.running) {
      throw new Error("the testdraft server is not running (see the testdraft output)");
    }
    return runCommand(command, args, (a) =>
      client.sendRequest(ExecuteCommandRequest.type, { command, arguments: a }),
    );
  }

  dispose(): void {
    void this.stop();
    this.statusEmitter.dispose();
  }
}
