"use client";

/** What caused an event, what it caused, and the other events of the same user action (correlation id). */
import { secondaryButton, textLink } from "@/components/ui/styles";
import type { RecordedEvent } from "@/lib/event-store/types";
import { relationsOf } from "@/lib/timeline/causation";

export interface EventRelationsProps {
  event: RecordedEvent;
  events: readonly RecordedEvent[];
  /** An event's student as named at that event. */
  labelOf(event: { streamId: string; revision: number }): string;
  onSelect(eventId: string): void;
  onFilterCorrelation(correlationId: string): void;
}

export function EventRelations({ event, events, labelOf, onSelect, onFilterCorrelation }: EventRelationsProps) {
  const { cause, effects, correlated } = relationsOf(event, events);
  const correlationId = typeof event.metadata.correlationId === "string" ? event.metadata.correlationId : undefined;
  const link = (other: RecordedEvent) => (
    <button type="button" onClick={() => onSelect(other.id)} className={`${textLink} text-left`}>
      {other.type} · {labelOf(other)} rev {other.revision}
    </button>
  );
  return (
    <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1 text-xs">
      <dt className="text-muted">Caused by</dt>
      <dd data-testid="caused-by">
        {cause.kind === "command" ? (
          <span>
            the command {cause.command ? <code className="break-all">{cause.command}</code> : "that started it"} (a user
            action; commands are not stored)
          </span>
        ) : cause.kind === "event" ? (
          cause.event ? (
            link(cause.event)
          ) : (
            <span>
              event <code className="break-all">{cause.eventId}</code> (not loaded)
            </span>
          )
        ) : (
          <span className="text-muted">not recorded</span>
        )}
      </dd>
      <dt className="text-muted">Caused</dt>
      <dd data-testid="caused">
        {effects.length === 0 ? (
          <span className="text-muted">no loaded event</span>
        ) : (
          <ul className="space-y-0.5">
            {effects.map((other) => (
              <li key={other.id}>{link(other)}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt className="text-muted">Correlation</dt>
      <dd className="flex flex-wrap items-center gap-2">
        {correlationId ? (
          <>
            <span>
              {correlated.length === 0
                ? "no other loaded event"
                : `${correlated.length} other loaded event${correlated.length === 1 ? "" : "s"}`}
            </span>
            <button
              type="button"
              onClick={() => onFilterCorrelation(correlationId)}
              className={`${secondaryButton} px-2 py-0.5 text-xs`}
            >
              Show this correlation only
            </button>
          </>
        ) : (
          <span className="text-muted">none</span>
        )}
      </dd>
    </dl>
  );
}
