// Read-only Markdown shown beside the editor (survivors, test results, lens details).
import * as vscode from "vscode";

export async function showMarkdown(content: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: "markdown", content });
  await vscode.window.showTextDocument(document, { preview: true, viewColumn: vscode.ViewColumn.Beside });
}
