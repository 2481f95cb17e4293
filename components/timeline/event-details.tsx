"use client";

/** The opened entry: ids, data, metadata (collapsed until asked for), copy buttons, rows changed, relations. */
import { useState, type ReactNode } from "react";
import { focusRing } from "@/components/ui/styles";
import { CopyButton } from "@/components/timeline/copy-button";
import { EventRelations, type EventRelationsProps } from "@/components/timeline/event-relations";
import type { ProjectionInfo } from "@/lib/read-model/timeline-queries";
import { localTimestamp } from "@/lib/timeline/relative-time";
import { sqlTableOf } from "@/lib/timeline/row-keys";

export interface EventDetailsProps extends EventRelationsProps {
  projection: ProjectionInfo | undefined;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);
// Long lines wrap (anywhere, for values without spaces): a sideways scroll in a narrow panel looks cut off.
const pre =
  "max-h-64 overflow-auto whitespace-pre-wrap [overflow-wrap:anywhere] rounded bg-background p-2 font-mono text-xs leading-relaxed";

function Heading({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="mb-1 flex items-center justify-between gap-2">
      <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">{children}</h4>
      {action}
    </div>
  );
}

export function EventDetails(props: EventDetailsProps) {
  const { event, projection } = props;
  const [metadataOpen, setMetadataOpen] = useState(false);
  const metadataId = `metadata-${event.id}`;
  return (
    <div className="space-y-3 text-sm" data-testid="event-details">
      <dl className="grid grid-cols-[max-content_minmax(0,1fr)] items-center gap-x-3 gap-y-1 text-xs">
        <dt className="text-muted">Event id</dt>
        <dd className="flex flex-wrap items-center gap-2">
          <code className="break-all" data-testid="event-id">
            {event.id}
          </code>
          <CopyButton text={event.id} label="Copy id" />
        </dd>
        <dt className="text-muted">Stream</dt>
        <dd>
          <code className="break-all">{event.streamId}</code> at revision {event.revision}
        </dd>
        <dt className="text-muted">Recorded</dt>
        <dd>
          {localTimestamp(event.recordedAt)} <span className="text-muted">({event.recordedAt})</span>
        </dd>
        <dt className="text-muted">Schema</dt>
        <dd>
          version {event.schemaVersion}
          {event.storedSchemaVersion !== undefined
            ? `, stored as version ${event.storedSchemaVersion} and upcast on read`
            : ""}
          {event.upcastError !== undefined ? `, shown as stored: ${event.upcastError}` : ""}
        </dd>
      </dl>

      <section aria-label="Data">
        <Heading action={<CopyButton text={json(event.data)} label="Copy data" />}>Data</Heading>
        <pre className={pre} data-testid="event-data">
          {json(event.data)}
        </pre>
      </section>

      <section aria-label="Metadata">
        <Heading action={metadataOpen ? <CopyButton text={json(event.metadata)} label="Copy metadata" /> : undefined}>
          <button
            type="button"
            aria-expanded={metadataOpen}
            aria-controls={metadataId}
            onClick={() => setMetadataOpen((open) => !open)}
            className={`inline-flex items-center gap-1 rounded-sm uppercase ${focusRing}`}
          >
            <span aria-hidden="true" className={`inline-block transition-transform ${metadataOpen ? "rotate-90" : ""}`}>
              ▸
            </span>
            Metadata
          </button>
        </Heading>
        {metadataOpen ? (
          <pre id={metadataId} className={pre} data-testid="event-metadata">
            {json(event.metadata)}
          </pre>
        ) : null}
      </section>

      <section aria-label="Read model">
        <Heading>Read model</Heading>
        <ChangedRows projection={projection} />
      </section>

      <section aria-label="Related events">
        <Heading>Related events</Heading>
        <EventRelations {...props} />
      </section>
    </div>
  );
}

function ChangedRows({ projection }: { projection: ProjectionInfo | undefined }) {
  if (!projection)
    return <p className="text-xs text-warn">Not projected yet: MySQL does not show this event so far.</p>;
  if (projection.status !== "applied") {
    return (
      <p className="text-xs text-muted">
        The projector {projection.status} it{projection.reason ? `: ${projection.reason}` : ""}.
      </p>
    );
  }
  if (projection.changedRows.length === 0) return <p className="text-xs text-muted">Applied; it changed no row.</p>;
  return (
    <ul aria-label="Rows it changed" className="flex flex-wrap gap-1">
      {projection.changedRows.map((row) => (
        <li
          key={row}
          className="rounded bg-accent/10 px-1.5 py-0.5 font-mono text-xs text-accent"
          title={`A row of ${sqlTableOf(row)}`}
        >
          {row}
        </li>
      ))}
    </ul>
  );
}
