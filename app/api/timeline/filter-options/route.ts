/**
 * GET /api/timeline/filter-options?streamId&minRevision&maxRevision&since: the streams to filter by and the
 * events per type that pass the other filters, over every projected event (not only those the page loaded).
 */
import { otherMethods } from "@/lib/http/other-methods";
import { loadFilterOptions } from "@/lib/timeline/filter-data";
import { handleRoute } from "@/lib/http/handle-route";
import { jsonResponse } from "@/lib/http/http-problem";
import { parseQuery } from "@/lib/http/parse-query";
import { eventFilterSchema } from "@/lib/timeline/filter-schema";
import { requestViewer, viewersStores } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";

export const dynamic = "force-dynamic";

const querySchema = eventFilterSchema.omit({ types: true });

export const GET = handleRoute(async (request) =>
  jsonResponse(
    await loadFilterOptions(
      viewersStores(app(), await requestViewer(app(), request)),
      parseQuery(request, querySchema),
    ),
  ),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
