/** GET /api/timeline/row-events?row=students/<id>: the applied events that built a read-model row, newest first. */
import { otherMethods } from "@/lib/http/other-methods";
import { z } from "zod";
import { handleRoute } from "@/lib/http/handle-route";
import { jsonResponse } from "@/lib/http/http-problem";
import { parseQuery } from "@/lib/http/parse-query";
import { eventsBuildingRow } from "@/lib/read-model/timeline-queries";
import { ROW_KEY_PATTERN } from "@/lib/timeline/row-keys";
import { requestViewer } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";

export const dynamic = "force-dynamic";

const querySchema = z.strictObject({
  row: z.string().max(200).regex(ROW_KEY_PATTERN, "students/<id>, enrolments/<student>/<course> or courses/<course>"),
});

export const GET = handleRoute(async (request) => {
  const { row } = parseQuery(request, querySchema);
  return jsonResponse({
    row,
    events: await eventsBuildingRow(app().readModel, (await requestViewer(app(), request)).sandbox, row),
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
