/**
 * The harness of the lab's worker: the whole script the worker runs (app/lab/runner.js/route.ts serves it as
 * `(labWorkerMain)()`, so it must use nothing from outside its own body). It removes every way out of the
 * worker (network, other workers, channels to other pages, postMessage itself) before any learner code exists,
 * keeps the one MessagePort the page gave it to itself, runs one request and answers it on that port. The page
 * uses a worker for one run only and then terminates it, so nothing the learner's code changes in this global
 * outlives the run. The worker's Content-Security-Policy (no connect, no script source but eval) blocks the
 * network a second time, should anything be left.
 */
export function labWorkerMain(): void {
  "use strict";
  type Scope = {
    onmessage: ((event: MessageEvent) => void) | null;
  };
  type Answer = Record<string, unknown>;

  const scope = globalThis as unknown as Scope;
  const apply = Reflect.apply;
  const send = MessagePort.prototype.postMessage;
  const FunctionCtor = Function;
  const freeze = Object.freeze;
  const isFrozen = Object.isFrozen;
  const ownNames = Object.getOwnPropertyNames;
  const getPrototypeOf = Object.getPrototypeOf;
  const hasOwn = Object.prototype.hasOwnProperty;
  const clone = structuredClone;
  const StringCtor = String;

  const BLOCKED = [
    "eval",
    "Function",
    "setTimeout",
    "setInterval",
    "fetch",
    "XMLHttpRequest",
    "WebSocket",
    "WebSocketStream",
    "EventSource",
    "WebTransport",
    "importScripts",
    "postMessage",
    "close",
    "Worker",
    "SharedWorker",
    "BroadcastChannel",
    "indexedDB",
    "caches",
    "cookieStore",
  ];
  for (const name of BLOCKED) {
    for (let owner: object | null = globalThis; owner; owner = getPrototypeOf(owner) as object | null) {
      if (apply(hasOwn, owner, [name])) Reflect.deleteProperty(owner, name);
    }
  }
  // Code made from strings (eval, the Function constructors, timers given a string) could reach import(),
  // which fetches from the server whatever CSP the worker's response carries: none of them is left. The harness
  // keeps its own FunctionCtor to load the learner's code. (The globals themselves are in BLOCKED.)
  for (const make of [function () {}, async function () {}, function* () {}, async function* () {}]) {
    Reflect.defineProperty(getPrototypeOf(make) as object, "constructor", { value: undefined });
  }
  const blockedPattern = new RegExp(
    `\\b(${BLOCKED.join("|")}|constructor)\\b.*is not (defined|a function|a constructor)`,
  );

  const deepFreeze = (value: unknown): unknown => {
    if (typeof value === "object" && value !== null && !isFrozen(value)) {
      freeze(value);
      for (const key of ownNames(value)) deepFreeze((value as Record<string, unknown>)[key]);
    }
    return value;
  };

  const describe = (error: unknown): { message: string; stack: string } => {
    try {
      if (error instanceof Error) return { message: `${error.name}: ${error.message}`, stack: StringCtor(error.stack) };
      return { message: `Your code threw ${StringCtor(error)}`, stack: "" };
    } catch {
      return { message: "Your code threw something that cannot even be printed", stack: "" };
    }
  };

  // new Function puts two lines before the body; a frame of the learner's code reads "<anonymous>:line:column".
  const lineOf = (stack: string): number | undefined => {
    const match = /<anonymous>:(\d+):\d+/.exec(stack);
    return match ? Number(match[1]) - 2 : undefined;
  };

  const problemOf = (error: unknown, at?: number): Answer => {
    const { message, stack } = describe(error);
    const line = lineOf(stack);
    const where = { ...(line !== undefined && line > 0 ? { line } : {}), ...(at !== undefined ? { at } : {}) };
    const blocked = blockedPattern.exec(message);
    if (blocked) {
      return {
        kind: "blocked-api",
        message: `${blocked[1]} is not available in the lab: your code runs in a sealed worker, with no network and no way to the page.`,
        ...where,
      };
    }
    if (
      error instanceof TypeError &&
      /read only|not extensible|Cannot delete|Cannot add property|frozen/.test(message)
    ) {
      return {
        kind: "mutated-input",
        message: `Your code changed its input (${message.replace(/^TypeError: /, "")}). Inputs are facts: return a new object instead, e.g. { ...state, … }.`,
        ...where,
      };
    }
    return { kind: "threw", message, ...where };
  };

  const plain = (value: unknown, at?: number): Answer | undefined => {
    if (value instanceof Promise) {
      return {
        kind: "not-plain-data",
        message: "Your function returned a promise: it must give its answer at once (no async, no await).",
        ...(at !== undefined ? { at } : {}),
      };
    }
    try {
      clone(value);
      return undefined;
    } catch {
      return {
        kind: "not-plain-data",
        message:
          "Your function returned something that is not plain data (a function, a symbol, …): return objects, arrays, strings, numbers, booleans or null.",
        ...(at !== undefined ? { at } : {}),
      };
    }
  };

  const undefinedResult = (fn: string, at?: number): Answer => ({
    kind: "returned-undefined",
    message: `${fn} returned undefined${at !== undefined ? ` for event ${at + 1}` : ""}: every path must return a value (a missing return, or a case without one?).`,
    ...(at !== undefined ? { at } : {}),
  });

  type Job =
    | { kind: "call"; fn: string; args: unknown[] }
    | { kind: "fold"; fn: string; initial: unknown; events: unknown[]; handles?: string }
    | { kind: "map"; fn: string; items: unknown[]; spread?: boolean };

  const runJob = (exported: Record<string, unknown>, job: Job): Answer => {
    const fn = exported[job.fn];
    if (typeof fn !== "function") {
      return {
        ok: false,
        problem: {
          kind: "missing-function",
          message: `Your code exports no function named ${job.fn}: write \`export function ${job.fn}(…) { … }\`.`,
        },
      };
    }
    if (job.kind === "call") {
      deepFreeze(job.args);
      let value: unknown;
      try {
        value = apply(fn, undefined, job.args);
      } catch (error) {
        return { ok: false, problem: problemOf(error) };
      }
      if (value === undefined) return { ok: false, problem: undefinedResult(job.fn) };
      const notPlain = plain(value);
      return notPlain ? { ok: false, problem: notPlain } : { ok: true, value };
    }
    if (job.kind === "map") {
      deepFreeze(job.items);
      const values: unknown[] = [];
      for (let at = 0; at < job.items.length; at += 1) {
        let value: unknown;
        try {
          value = apply(fn, undefined, job.spread ? (job.items[at] as unknown[]) : [job.items[at]]);
        } catch (error) {
          return { ok: false, problem: problemOf(error, at), value: values };
        }
        if (value === undefined) return { ok: false, problem: undefinedResult(job.fn, at), value: values };
        const notPlainValue = plain(value, at);
        if (notPlainValue) return { ok: false, problem: notPlainValue, value: values };
        values[at] = value;
      }
      return { ok: true, value: values };
    }
    let handled: unknown[] | undefined;
    if (job.handles !== undefined) {
      const list = exported[job.handles];
      if (!Array.isArray(list) || !list.every((item) => typeof item === "string")) {
        return {
          ok: false,
          problem: {
            kind: "missing-function",
            message: `Your code exports no list named ${job.handles}: write \`export const ${job.handles} = ["StudentEnrolled", …];\`.`,
          },
          value: [],
        };
      }
      handled = list;
    }
    deepFreeze(job.events);
    let state = deepFreeze(job.initial);
    const states: unknown[] = [];
    for (let at = 0; at < job.events.length; at += 1) {
      const event = job.events[at] as { type?: unknown };
      if (handled && !handled.includes(event.type)) {
        states[at] = state;
        continue;
      }
      try {
        state = apply(fn, undefined, [state, event]);
      } catch (error) {
        return { ok: false, problem: problemOf(error, at), value: states };
      }
      if (state === undefined) return { ok: false, problem: undefinedResult(job.fn, at), value: states };
      if (state instanceof Promise) return { ok: false, problem: plain(state, at), value: states };
      deepFreeze(state);
      states[at] = state;
    }
    const notPlain = plain(states);
    return notPlain ? { ok: false, problem: notPlain, value: [] } : { ok: true, value: states };
  };

  const run = (request: { runId: string; code: string; jobs: Job[] }): Answer => {
    const exported: Record<string, unknown> = {};
    const require = (name: unknown) => {
      throw new Error(
        `import of ${StringCtor(name)}: the lab has no modules to import; the types are already in scope.`,
      );
    };
    try {
      const load = new FunctionCtor("exports", "require", `"use strict";${request.code}`) as (
        exports: Record<string, unknown>,
        require: (name: unknown) => never,
      ) => void;
      load(exported, require);
    } catch (error) {
      return { runId: request.runId, status: "failed", problem: problemOf(error) };
    }
    const results: Answer[] = [];
    for (const job of request.jobs) results.push(runJob(exported, job));
    return { runId: request.runId, status: "done", results };
  };

  scope.onmessage = (event: MessageEvent) => {
    const port = event.ports[0];
    if (!port) return;
    scope.onmessage = null;
    port.onmessage = (message: MessageEvent) => {
      port.onmessage = null;
      const request = message.data as { runId: string; code: string; jobs: Job[] };
      let answer: Answer;
      try {
        answer = run(request);
      } catch (error) {
        answer = { runId: request.runId, status: "failed", problem: problemOf(error) };
      }
      try {
        apply(send, port, [answer]);
      } catch (error) {
        apply(send, port, [{ runId: request.runId, status: "failed", problem: problemOf(error) }]);
      }
    };
    apply(send, port, [{ ready: true }]);
  };
}
