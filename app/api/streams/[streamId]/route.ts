/**
 * GET /api/streams/{streamId}: a page of the stream's events.
 * POST /api/streams/{streamId}: append events ({"events": [...]}) with an optional Expected-Revision header.
 */
import type { z } from "zod";
import { config } from "@/lib/config";
import { assertValidStreamId } from "@/lib/event-store/validation";
import { parseAppendRequest } from "@/lib/http/append-request";
import { checkWriteAccess } from "@/lib/http/auth";
import { parseExpectedRevision } from "@/lib/http/expected-revision";
import { handleRoute } from "@/lib/http/handle-route";
import { jsonResponse } from "@/lib/http/http-problem";
import { otherMethods } from "@/lib/http/other-methods";
import { parseQuery } from "@/lib/http/parse-query";
import { readJsonBody } from "@/lib/http/read-json-body";
import {
  EXPECTED_REVISION_HEADER,
  readStreamQuerySchema,
  type appendResultSchema,
  type streamPageSchema,
} from "@/lib/http/schemas/streams";
import { requestViewer, streamOfViewer } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

interface StreamContext {
  params: Promise<{ streamId: string }>;
}

export const GET = handleRoute(async (request, { params }: StreamContext) => {
  const { from, direction, limit } = parseQuery(request, readStreamQuerySchema);
  const streamId = streamOfViewer(await requestViewer(app(), request), (await params).streamId);
  const page = await app().store.readStream(streamId, { fromRevision: from, direction, maxCount: limit });
  const body: z.output<typeof streamPageSchema> = {
    streamId: page.streamId,
    events: page.events,
    lastRevision: page.lastRevision,
    closed: page.closed,
    next: page.nextRevision ?? null,
  };
  return jsonResponse(body);
});

export const POST = handleRoute(async (request, { params }: StreamContext) => {
  checkWriteAccess(request, config());
  const { streamId: named } = await params;
  assertValidStreamId(named);
  const streamId = streamOfViewer(await requestViewer(app(), request), named);
  const expectedRevision = parseExpectedRevision(request.headers.get(EXPECTED_REVISION_HEADER));
  const events = parseAppendRequest(await readJsonBody(request));
  const result = await app().store.appendToStream(streamId, events, { expectedRevision });
  const body: z.output<typeof appendResultSchema> = {
    streamId: result.streamId,
    firstRevision: result.firstRevision,
    nextExpectedRevision: result.nextExpectedRevision,
    position: result.position,
    alreadyStored: result.alreadyStored,
  };
  const location = `/api/streams/${encodeURIComponent(streamId)}?from=${result.firstRevision}`;
  return jsonResponse(body, result.alreadyStored ? 200 : 201, { Location: location });
});

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
