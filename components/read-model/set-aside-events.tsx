/**
 * Events the projector did not apply, newest first, with the reason: a hostile or malformed event is visible
 * here (stream, revision, why) instead of silently missing from the read model or stopping it.
 */
import type { SetAsideEvent } from "@/lib/read-model/projector-queries";

export function SetAsideEvents({ events }: { events: readonly SetAsideEvent[] }) {
  return (
    <section aria-labelledby="set-aside-heading" className="space-y-2">
      <h2 id="set-aside-heading" className="text-base font-semibold">
        Events the projector set aside
      </h2>
      {events.length === 0 ? (
        <p className="text-sm text-muted">None: every event so far was applied to the read model.</p>
      ) : (
        <div className="overflow-x-auto rounded-md border border-border">
          <table className="w-full text-left text-sm">
            <thead className="bg-background text-xs text-muted">
              <tr>
                <th scope="col" className="px-3 py-1.5 font-medium">
                  Stream
                </th>
                <th scope="col" className="px-3 py-1.5 font-medium">
                  Revision
                </th>
                <th scope="col" className="px-3 py-1.5 font-medium">
                  Type
                </th>
                <th scope="col" className="px-3 py-1.5 font-medium">
                  Outcome
                </th>
                <th scope="col" className="px-3 py-1.5 font-medium">
                  Why
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {events.map((event) => (
                <tr key={`${event.streamId}#${event.revision}`}>
                  <td className="px-3 py-1.5 font-mono text-xs break-all">{event.streamId}</td>
                  <td className="px-3 py-1.5 tabular-nums">{event.revision}</td>
                  <td className="px-3 py-1.5 break-words">{event.type}</td>
                  <td className={`px-3 py-1.5 ${event.status === "failed" ? "font-semibold text-bad" : "text-muted"}`}>
                    {event.status === "failed" ? "parked" : "skipped"}
                  </td>
                  <td className="px-3 py-1.5 break-words">{event.reason ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
