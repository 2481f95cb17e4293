/** GET /api/streams: streams, newest activity first, paged. */
import type { z } from "zod";
import { handleRoute } from "@/lib/http/handle-route";
import { jsonResponse } from "@/lib/http/http-problem";
import { otherMethods } from "@/lib/http/other-methods";
import { parseQuery } from "@/lib/http/parse-query";
import { listStreamsQuerySchema, type streamListSchema } from "@/lib/http/schemas/streams";
import { listSandboxStreams } from "@/lib/classroom/sandbox-feed";
import { requestViewer } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = handleRoute(async (request) => {
  const { cursor, limit } = parseQuery(request, listStreamsQuerySchema);
  const { sandbox } = await requestViewer(app(), request);
  const page = await listSandboxStreams(app().store, sandbox, { cursor, limit });
  const body: z.output<typeof streamListSchema> = { streams: page.streams, next: page.nextCursor ?? null };
  return jsonResponse(body);
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
