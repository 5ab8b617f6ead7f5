// The Python extension's active environment (ms-python.python), an optional dependency:
// when the extension is missing or its API changes, we return undefined and fall back.
import * as vscode from "vscode";

const PYTHON_EXTENSION_ID = "ms-python.python";

// Only the parts of the Python extension's API that we use.
interface ResolvedEnvironment {
  executable: { uri?: vscode.Uri };
}

interface PythonExtensionApi {
  environments?: {
    getActiveEnvironmentPath(resource?: vscode.Uri): { path: string };
    resolveEnvironment(path: string | { path: string }): Promise<ResolvedEnvironment | undefined>;
    onDidChangeActiveEnvironmentPath: vscode.Event<unknown>;
  };
  settings?: {
    getExecutionDetails(resource?: vscode.Uri): { execCommand: string[] | undefined };
    onDidChangeExecutionDetails: vscode.Event<unknown>;
  };
}

async function pythonApi(): Promise<PythonExtensionApi | undefined> {
  const extension = vscode.extensions.getExtension<PythonExtensionApi>(PYTHON_EXTENSION_ID);
  if (extension === undefined) {
    return undefined;
  }
  return extension.isActive ? extension.exports : await extension.activate();
}

/** The active environment's interpreter as argv, or undefined when unavailable. */
export async function activePythonFromExtension(
  resource: vscode.Uri | undefined,
  log: vscode.OutputChannel,
): Promise<string[] | undefined> {
  try {
    const api = await pythonApi();
    if (api?.environments !== undefined) {
      const active = api.environments.getActiveEnvironmentPath(resource);
      const resolved = await api.environments.resolveEnvironment(active);
      const executable = resolved?.executable.uri?.fsPath;
      if (executable !== undefined) {
        return [executable];
      }
    }
    return api?.settings?.getExecutionDetails(resource).execCommand;
  } catch (error) {
    log.appendLine(`Could not ask the Python extension for its environment: ${String(error)}`);
    return undefined;
  }
}

/** Calls `listener` whenever the Python extension's active environment changes. */
export async function onPythonEnvironmentChange(listener: () => void): Promise<vscode.Disposable> {
  try {
    const api = await pythonApi();
    const subscriptions = [
      api?.environments?.onDidChangeActiveEnvironmentPath(listener),
      api?.settings?.onDidChangeExecutionDetails(listener),
    ].filter((item): item is vscode.Disposable => item !== undefined);
    return vscode.Disposable.from(...subscriptions);
  } catch {
    return new vscode.Disposable(() => undefined);
  }
}
