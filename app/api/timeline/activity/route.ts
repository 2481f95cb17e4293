/** GET /api/timeline/activity: per-second projection activity, the projector's state and how far behind it is. */
import { otherMethods } from "@/lib/http/other-methods";
import { loadActivity } from "@/lib/timeline/timeline-data";
import { handleRoute } from "@/lib/http/handle-route";
import { jsonResponse } from "@/lib/http/http-problem";
import { requestViewer, viewersStores } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";

export const dynamic = "force-dynamic";

export const GET = handleRoute(async (request) =>
  jsonResponse(await loadActivity(viewersStores(app(), await requestViewer(app(), request)))),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
