/**
 * GET /api/events/live: new events as Server-Sent Events (`event: recorded`). Resumes after the Last-Event-ID
 * header or `?after=`; without either, starts now (after `?backfill=N` newest events). Every connection of the
 * process shares one reader of the store (lib/http/live/live-hub.ts); only its catch-up on connect is its own.
 */
import { handleRoute } from "@/lib/http/handle-route";
import { liveHubFor } from "@/lib/http/live/live-hub";
import { liveFeedResponse } from "@/lib/http/live/live-response";
import { openLiveSubscription } from "@/lib/http/live/live-subscription";
import { parseResumePoint } from "@/lib/http/live/resume-point";
import { otherMethods } from "@/lib/http/other-methods";
import { parseQuery } from "@/lib/http/parse-query";
import { liveQuerySchema } from "@/lib/http/schemas/events";
import { inSandbox } from "@/lib/classroom/sandbox-feed";
import { requestViewer } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = handleRoute(async (request) => {
  const { after, backfill = 0 } = parseQuery(request, liveQuerySchema);
  // A reconnecting EventSource keeps the original URL, so its Last-Event-ID is the newer resume point. An empty
  // header means no event was received yet (EventSource sends none then).
  const lastEventId = request.headers.get("last-event-id");
  const start = lastEventId
    ? { resume: parseResumePoint(lastEventId, "Last-Event-ID") }
    : after !== undefined
      ? { resume: parseResumePoint(after, "after") }
      : { backfill };
  // What this viewer may see: the events of their own sandbox (docs/classes.md).
  const filter = inSandbox((await requestViewer(app(), request)).sandbox);
  const subscription = await openLiveSubscription(liveHubFor(app().store), start, filter);
  return liveFeedResponse(subscription, request.signal);
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
