/**
 * POST /api/timeline/names { streams: [{ streamId, upTo }] }: each student's names up to a revision, folded
 * from the store's events, so the timeline labels an event with the name it was recorded under.
 */
import { otherMethods } from "@/lib/http/other-methods";
import { z } from "zod";
import { loadNameHistories } from "@/lib/timeline/name-data";
import { handleRoute } from "@/lib/http/handle-route";
import { HttpProblem, jsonResponse } from "@/lib/http/http-problem";
import { readJsonBody } from "@/lib/http/read-json-body";
import { requestViewer, viewersStores } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";

export const dynamic = "force-dynamic";

const bodySchema = z.strictObject({
  streams: z
    .array(z.strictObject({ streamId: z.string().min(1).max(128), upTo: z.number().int().min(1).max(1_000_000) }))
    .max(100),
});

export const POST = handleRoute(async (request) => {
  const parsed = bodySchema.safeParse(await readJsonBody(request, 32 * 1024));
  if (!parsed.success) throw new HttpProblem("invalid_body", "Send { streams: [{ streamId, upTo }] }, at most 100");
  return jsonResponse({
    histories: await loadNameHistories(viewersStores(app(), await requestViewer(app(), request)), parsed.data.streams),
  });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
