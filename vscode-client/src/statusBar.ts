// The status bar item showing the model's state from `testdraft/status`.
import * as vscode from "vscode";
import { ModelStatus, presentStatus } from "./core/status";

export class ModelStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;

  constructor() {
    this.item = vscode.window.createStatusBarItem("testdraft.model", vscode.StatusBarAlignment.Right, 100);
    this.item.name = "testdraft model";
    this.item.command = "testdraft.showModelInfo";
    this.item.show();
  }

  show(status: ModelStatus): void {
    const view = presentStatus(status);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.backgroundColor =
      view.alert === "none" ? undefined : new vscode.ThemeColor(`statusBarItem.${view.alert}Background`);
  }

  dispose(): void {
    this.item.dispose();
  }
}
