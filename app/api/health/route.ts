import { checkHealth, healthHttpStatus } from "@/lib/health";
import { otherMethods } from "@/lib/http/other-methods";

export const dynamic = "force-dynamic";

/** Both stores' health as JSON: 200 when both are up, 503 otherwise (load balancers and Playwright wait on it). */
export async function GET(): Promise<Response> {
  const report = await checkHealth();
  return Response.json(report, { status: healthHttpStatus(report), headers: { "cache-control": "no-store" } });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
