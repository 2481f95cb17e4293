"use client";
/**
 * The interactive API reference (Scalar), fed by /api/openapi.json. Everything comes from node_modules: the
 * default fonts (a CDN), telemetry and the AI agent are switched off, so the page works without internet.
 * "Test request" calls this same server directly (no proxy), so a person can try every route from here.
 */
import "@scalar/api-reference-react/style.css";
import type { ApiReferenceReact as ScalarReference } from "@scalar/api-reference-react";
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";

// Scalar mounts a Vue app into the DOM: it has nothing to render on the server.
const ApiReferenceReact = dynamic(() => import("@scalar/api-reference-react").then((m) => m.ApiReferenceReact), {
  ssr: false,
  loading: () => <p className="text-muted">Loading the API reference…</p>,
});

// One object for the page's life: the wrapper re-applies the configuration whenever its identity changes.
const CONFIGURATION: ComponentProps<typeof ScalarReference>["configuration"] = {
  url: "/api/openapi.json",
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  hideClientButton: true,
  showDeveloperTools: "never",
  documentDownloadType: "json",
  defaultOpenAllTags: true,
  // Appends and closes need the bearer token when API_TOKEN is set: show its input without a click.
  authentication: { preferredSecurityScheme: "bearerAuth" },
};

export function ApiReference() {
  return (
    <div data-testid="api-reference" className="api-reference">
      <ApiReferenceReact configuration={CONFIGURATION} />
    </div>
  );
}
