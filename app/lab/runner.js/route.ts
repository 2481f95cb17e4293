/**
 * The lab worker's script (lib/lab/worker-main.ts). Its Content-Security-Policy is the worker's own: no
 * connection and no script from anywhere, only eval, which is how the learner's code is loaded. It is the second
 * wall, where a browser applies a worker's own policy: the harness itself removes every way out first
 * (docs/lab.md). The same text for every request, so the browser may keep it.
 */
import { labWorkerMain } from "@/lib/lab/worker-main";

// Built once with the app and served as a file (with these headers): a worker starts without waiting for a render.
export const dynamic = "force-static";

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
