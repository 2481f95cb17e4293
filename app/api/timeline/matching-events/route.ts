/**
 * POST /api/timeline/matching-events { filter, before? }: the newest 50 events matching the filter, read from
 * the event store, and the cursor of the next page. A POST because a filter holds a list of types.
 */
import { otherMethods } from "@/lib/http/other-methods";
import { z } from "zod";
import { loadMatchingEvents } from "@/lib/timeline/filter-data";
import { handleRoute } from "@/lib/http/handle-route";
import { HttpProblem, jsonResponse } from "@/lib/http/http-problem";
import { readJsonBody } from "@/lib/http/read-json-body";
import { eventFilterSchema, matchCursorSchema } from "@/lib/timeline/filter-schema";
import { requestViewer, viewersStores } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";

export const dynamic = "force-dynamic";

const bodySchema = z.strictObject({ filter: eventFilterSchema, before: matchCursorSchema.optional() });

export const POST = handleRoute(async (request) => {
  const parsed = bodySchema.safeParse(await readJsonBody(request, 16 * 1024));
  if (!parsed.success)
    throw new HttpProblem(
      "invalid_body",
      "Send { filter: { streamId?, types?, minRevision?, maxRevision?, since? }, before? }",
    );
  return jsonResponse(
    await loadMatchingEvents(
      viewersStores(app(), await requestViewer(app(), request)),
      parsed.data.filter,
      parsed.data.before,
    ),
  );
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
