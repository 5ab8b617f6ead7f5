// Which Python runs the server: the `testdraft.interpreter` setting, else the Python
// extension's active environment, else `python3`. Pure, so it is unit-tested.

export type InterpreterSource = "setting" | "python-extension" | "default";

export interface InterpreterChoice {
  /** The executable and any fixed arguments, e.g. ["conda", "run", "-n", "env", "python"]. */
  argv: string[];
  source: InterpreterSource;
}

export interface ServerCommand {
  command: string;
  args: string[];
}

export const DEFAULT_PYTHON = "python3";

function usable(argv: readonly string[] | undefined): argv is readonly string[] {
  return argv !== undefined && argv.length > 0 && argv[0].trim() !== "";
}

export function chooseInterpreter(
  configured: readonly string[] | undefined,
  fromPythonExtension: readonly string[] | undefined,
): InterpreterChoice {
  if (usable(configured)) {
    return { argv: [...configured], source: "setting" };
  }
  if (usable(fromPythonExtension)) {
    return { argv: [...fromPythonExtension], source: "python-extension" };
  }
  return { argv: [DEFAULT_PYTHON], source: "default" };
}

export function serverCommand(choice: InterpreterChoice): ServerCommand {
  const [command, ...fixedArgs] = choice.argv;
  return { command, args: [...fixedArgs, "-m", "testdraft", "serve"] };
}

/** True when switching from `a` to `b` needs a server restart. */
export function interpreterChanged(a: InterpreterChoice | undefined, b: InterpreterChoice): boolean {
  return a === undefined || a.argv.length !== b.argv.length || a.argv.some((part, i) => part !== b.argv[i]);
}

export function describeInterpreter(choice: InterpreterChoice): string {
  const origin = {
    setting: "from the testdraft.interpreter setting",
    "python-extension": "from the Python extension's active environment",
    default: "default",
  }[choice.source];
  return `${choice.argv.join(" ")} (${origin})`;
}
