// The commands a user runs from the palette, status bar and code lenses.
import * as vscode from "vscode";
import {
  SERVER_COMMANDS,
  TargetArgs,
  formatDetails,
  formatModelInfo,
} from "./core/commands";
import { showMarkdown } from "./documents";
import { ServerManager } from "./server";

function activeTarget(): TargetArgs | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined) {
    void vscode.window.showWarningMessage("testdraft: open a file and put the cursor in a function first.");
    return undefined;
  }
  const { line, character } = editor.selection.active;
  return { uri: editor.document.uri.toString(), position: { line, character } };
}

function activeUri(): string | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri.toString();
  if (uri === undefined) {
    void vscode.window.showWarningMessage("testdraft: open a test file first.");
  }
  return uri;
}

/** Runs `action`, reporting failures as an error message instead of an unhandled rejection. */
function guarded(action: (...args: unknown[]) => Promise<unknown>): (...args: unknown[]) => Promise<void> {
  return async (...args) => {
    try {
      await action(...args);
    } catch (error) {
      void vscode.window.showErrorMessage(`testdraft: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

export function registerUserCommands(server: ServerManager, output: vscode.OutputChannel): vscode.Disposable[] {
  const onTarget = (command: string) =>
    guarded(async () => {
      const target = activeTarget();
      if (target !== undefined) {
        await server.execute(command, [target]);
      }
    });
  const handlers: Record<string, (...args: unknown[]) => unknown> = {
    "testdraft.suggestTestsAtCursor": onTarget(SERVER_COMMANDS.suggestTests),
    "testdraft.generateUiTestAtCursor": onTarget(SERVER_COMMANDS.generateUiTest),
    "testdraft.revalidateFile": guarded(async () => {
      const uri = activeUri();
      if (uri !== undefined) {
        await server.execute(SERVER_COMMANDS.revalidate, [{ uri }]);
      }
    }),
    "testdraft.showSurvivorsForFile": guarded(async (uriArg?: unknown) => {
      const uri = typeof uriArg === "string" ? uriArg : activeUri();
      if (uri !== undefined) {
        await server.execute(SERVER_COMMANDS.showSurvivors, [{ uri }]); // shows the answer
      }
    }),
    "testdraft.showModelInfo": guarded(async () => {
      const info = await server.execute(SERVER_COMMANDS.modelInfo, []);
      output.appendLine(formatModelInfo(info));
      output.show(true);
    }),
    // Code lenses pass what they want shown; the server decides the content.
    "testdraft.showDetails": guarded(async (details?: unknown) => showMarkdown(formatDetails(details))),
    "testdraft.restartServer": guarded(() => server.restart()),
    "testdraft.showOutput": () => output.show(),
  };
  return Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, handler));
}
