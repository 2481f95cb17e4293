import { describe, expect, it } from "vitest";
import * as activity from "@/app/api/timeline/activity/route";
import * as filterOptions from "@/app/api/timeline/filter-options/route";
import * as matchingEvents from "@/app/api/timeline/matching-events/route";
import * as names from "@/app/api/timeline/names/route";
import * as projection from "@/app/api/timeline/projection/route";
import * as readModel from "@/app/api/timeline/read-model/route";
import * as rowEvents from "@/app/api/timeline/row-events/route";

const ROUTES = {
  activity,
  "filter-options": filterOptions,
  "matching-events": matchingEvents,
  names,
  projection,
  "read-model": readModel,
  "row-events": rowEvents,
};

describe("the timeline's own routes, in the one /api tree", () => {
  it("answer a method they lack with a 405 problem, like every route under /api", async () => {
    for (const [name, route] of Object.entries(ROUTES)) {
      const handler = (route as Record<string, unknown>).DELETE as (request: Request) => Response;
      const response = handler(new Request(`http://localhost/api/timeline/${name}`, { method: "DELETE" }));
      expect(response.status, name).toBe(405);
      expect(response.headers.get("content-type"), name).toBe("application/problem+json");
      expect(await response.json()).toMatchObject({ code: "method_not_allowed" });
    }
  });
});
