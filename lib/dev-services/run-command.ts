/**
 * Runs a command in the foreground for the dev and test scripts, and lets them interrupt it: Ctrl-C reaches the
 * command from the terminal, a SIGTERM sent to the script is passed on here.
 */
import "server-only";
import { spawn, type ChildProcess } from "node:child_process";

let current: ChildProcess | undefined;

/** Runs with this process's environment; resolves to the exit code (128 + n for signal n). */
export function runCommand(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit" });
    current = child;
    child.once("error", (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(127);
    });
    child.once("exit", (code, signal) => {
      if (current === child) current = undefined;
      resolve(code ?? (signal ? 128 + signalNumber(signal) : 1));
    });
  });
}

export function interruptCurrentCommand(signal: NodeJS.Signals): void {
  current?.kill(signal);
}

function signalNumber(signal: NodeJS.Signals): number {
  return signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : signal === "SIGKILL" ? 9 : 1;
}
