/**
 * POST /api/timeline/projection: whether the given events have reached the read model (status, lag, changed
 * rows) and the students' names. A POST because the timeline asks about up to 200 events at once.
 */
import { otherMethods } from "@/lib/http/other-methods";
import { z } from "zod";
import { loadProjectionSnapshot } from "@/lib/timeline/timeline-data";
import { handleRoute } from "@/lib/http/handle-route";
import { HttpProblem, jsonResponse } from "@/lib/http/http-problem";
import { readJsonBody } from "@/lib/http/read-json-body";
import { requestViewer, viewersStores } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";

export const dynamic = "force-dynamic";

const bodySchema = z.strictObject({
  eventIds: z.array(z.string().min(1).max(36)).max(200),
  studentIds: z.array(z.string().min(1).max(64)).max(200),
});

export const POST = handleRoute(async (request) => {
  const parsed = bodySchema.safeParse(await readJsonBody(request, 64 * 1024));
  if (!parsed.success)
    throw new HttpProblem("invalid_body", "Send { eventIds: string[], studentIds: string[] }, at most 200 of each");
  return jsonResponse(
    await loadProjectionSnapshot(
      viewersStores(app(), await requestViewer(app(), request)),
      parsed.data.eventIds,
      parsed.data.studentIds,
    ),
  );
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
