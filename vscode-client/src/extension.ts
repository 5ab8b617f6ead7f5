// Entry point: wires the server, the status bar, the commands and the settings together.
import * as vscode from "vscode";
import { onPythonEnvironmentChange } from "./pythonEnvironment";
import { ServerManager } from "./server";
import { ModelStatusBar } from "./statusBar";
import { registerUserCommands } from "./userCommands";

let server: ServerManager | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel("testdraft");
  const statusBar = new ModelStatusBar();
  server = new ServerManager(output);
  const manager = server;
  context.subscriptions.push(
    output,
    statusBar,
    manager,
    manager.onStatus((status) => statusBar.show(status)),
    ...registerUserCommands(manager, output),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration("testdraft.interpreter")) {
        void manager.restartIfInterpreterChanged();
      } else if (event.affectsConfiguration("testdraft")) {
        void manager.sendSettings();
      }
    }),
    await onPythonEnvironmentChange(() => void manager.restartIfInterpreterChanged()),
  );
  await manager.start();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
