/** POST /api/streams/{streamId}/close: later appends fail with stream_closed; reads still work. Idempotent. */
import type { z } from "zod";
import { config } from "@/lib/config";
import { checkWriteAccess } from "@/lib/http/auth";
import { handleRoute } from "@/lib/http/handle-route";
import { jsonResponse } from "@/lib/http/http-problem";
import { otherMethods } from "@/lib/http/other-methods";
import type { streamInfoSchema } from "@/lib/http/schemas/streams";
import { requestViewer, streamOfViewer } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const POST = handleRoute(async (request, { params }: { params: Promise<{ streamId: string }> }) => {
  checkWriteAccess(request, config());
  const streamId = streamOfViewer(await requestViewer(app(), request), (await params).streamId);
  const info = await app().store.closeStream(streamId);
  const body: z.output<typeof streamInfoSchema> = info;
  return jsonResponse(body);
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
