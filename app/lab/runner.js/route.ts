/**
 * The lab worker's script (lib/lab/worker-main.ts). Its Content-Security-Policy is the worker's own: no
 * connection and no script from anywhere (importScripts and import() fail), only eval, which is how the
 * learner's code is loaded. The same text for every request, so the browser may keep it.
 */
import { labWorkerMain } from "@/lib/lab/worker-main";

const WORKER_CSP = "default-src 'none'; script-src 'unsafe-eval'";

export function GET(): Response {
  return new Response(`(${labWorkerMain.toString()})();\n`, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Content-Security-Policy": WORKER_CSP,
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
