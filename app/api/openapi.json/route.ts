/** GET /api/openapi.json: the API's OpenAPI 3.1 document, generated from the zod schemas. */
import { handleRoute } from "@/lib/http/handle-route";
import { jsonResponse } from "@/lib/http/http-problem";
import { openApiDocument } from "@/lib/http/openapi/document";
import { otherMethods } from "@/lib/http/other-methods";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = handleRoute(async () => jsonResponse(openApiDocument()));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
