/** GET /api/timeline/read-model?page&include: the read-model panel (recent students, course seats, checkpoints). */
import { otherMethods } from "@/lib/http/other-methods";
import { z } from "zod";
import { loadReadModelOverview } from "@/lib/timeline/timeline-data";
import { handleRoute } from "@/lib/http/handle-route";
import { jsonResponse } from "@/lib/http/http-problem";
import { parseQuery } from "@/lib/http/parse-query";
import { requestViewer, viewersStores } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";

export const dynamic = "force-dynamic";

const querySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  include: z.string().min(1).max(64).optional(),
});

export const GET = handleRoute(async (request) => {
  const { page, include } = parseQuery(request, querySchema);
  return jsonResponse(
    await loadReadModelOverview(viewersStores(app(), await requestViewer(app(), request)), { page, include }),
  );
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
