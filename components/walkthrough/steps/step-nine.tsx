/** Step 9, versioning: an event stored in its old shape, read as stored and as upcast, side by side. */
import Link from "next/link";
import { storeLegacyEventAction } from "@/app/walkthrough/[step]/actions";
import { textLink } from "@/components/ui/styles";
import { DoItForm } from "@/components/walkthrough/do-it-form";
import { JsonView } from "@/components/walkthrough/json-view";
import { Panel } from "@/components/walkthrough/panel";
import { SourceView } from "@/components/walkthrough/source-view";
import { StepFrame } from "@/components/walkthrough/step-frame";
import type { RecordedEvent } from "@/lib/event-store/types";
import type { StepNineData } from "@/lib/walkthrough/step-data";
import type { StepParams } from "@/lib/walkthrough/step-params";

function EventShape({
  event,
  title,
  field,
  testId,
}: {
  event: RecordedEvent;
  title: string;
  field: string;
  testId: string;
}) {
  return (
    <div className="min-w-0 space-y-2" data-testid={testId}>
      <h3 className="text-sm font-semibold">{title}</h3>
      <p className="text-sm">
        <span className="font-mono">{event.type}</span>, schema version{" "}
        <strong data-testid="schema-version">{event.schemaVersion}</strong>
        {event.storedSchemaVersion !== undefined && (
          <span className="text-muted"> (stored as v{event.storedSchemaVersion})</span>
        )}
      </p>
      <JsonView value={event.data} label={`${title}: data`} highlight={[field]} />
    </div>
  );
}

export function StepNine({ params, data: { both, source } }: { params: StepParams; data: StepNineData }) {
  const studentId = params.student;
  const raw = both?.raw[0];
  const upcast = both?.upcast[0];
  const legacy = raw?.type === "StudentRegistered" && raw.schemaVersion === 1;
  return (
    <StepFrame step={9} params={params} complete={legacy}>
      <DoItForm action={storeLegacyEventAction} label="Store an old-shaped event" pendingLabel="Storing…" />
      <div className="space-y-6">
        <Panel id="step9-shapes" title="One event, two readings">
          {raw && upcast && studentId ? (
            <div className="space-y-4">
              <div className="grid gap-4 sm:grid-cols-2">
                <EventShape event={raw} title="As stored (upcast: false)" field="name" testId="raw-event" />
                <EventShape event={upcast} title="As every reader sees it" field="fullName" testId="upcast-event" />
              </div>
              <p className="text-sm text-muted">
                {legacy
                  ? "The stored item still says name, and always will; the upcaster renames it on every read, so the domain, the projector and the pages only know fullName."
                  : "This stream starts with an event of today's shape: nothing to upcast. Store an old-shaped event to see the difference."}{" "}
                <Link href={`/students/${encodeURIComponent(studentId)}`} className={textLink}>
                  The student&apos;s page
                </Link>{" "}
                shows it like any other.
              </p>
            </div>
          ) : (
            <p className="text-sm text-muted">
              Press the button to store a StudentRegistered the way version 1 wrote it.
            </p>
          )}
        </Panel>
        <Panel id="step9-upcaster" title="The upcaster">
          <SourceView source={source} label="Source of the student upcasters" />
        </Panel>
      </div>
    </StepFrame>
  );
}
