/** GET /api/events: the all-events feed from a position, paged (best-effort order; see docs/event-store.md). */
import type { z } from "zod";
import { handleRoute } from "@/lib/http/handle-route";
import { jsonResponse } from "@/lib/http/http-problem";
import { otherMethods } from "@/lib/http/other-methods";
import { parseQuery } from "@/lib/http/parse-query";
import { readAllQuerySchema, type eventPageSchema } from "@/lib/http/schemas/events";
import { readSandboxFeed } from "@/lib/classroom/sandbox-feed";
import { requestViewer } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = handleRoute(async (request) => {
  const { from, direction, limit } = parseQuery(request, readAllQuerySchema);
  const { sandbox } = await requestViewer(app(), request);
  const page = await readSandboxFeed(app().store, sandbox, { from, direction, maxCount: limit });
  const body: z.output<typeof eventPageSchema> = { events: page.events, next: page.nextPosition ?? null };
  return jsonResponse(body);
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
