import { StoreStatusCard } from "@/components/status/store-status-card";
import type { HealthReport } from "@/lib/health";

/** Whether each store answers, with where it is and how far it is set up. Same data as /api/health. */
export function StatusPanel({ report }: { report: HealthReport }) {
  const { eventStore, readModel } = report;
  const migrations =
    readModel.appliedMigrations === undefined
      ? "unknown"
      : `${readModel.appliedMigrations} of ${readModel.expectedMigrations} applied`;
  return (
    <section aria-labelledby="store-status-heading" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="store-status-heading" className="text-xl font-semibold">
          Store status
        </h2>
        <p className="text-sm text-muted">
          {report.ok ? "Both stores are ready." : "A store needs attention."} Checked at{" "}
          <time dateTime={report.checkedAt}>{report.checkedAt.slice(11, 19)} UTC</time>
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <StoreStatusCard
          id="event-store"
          title="Event store (DynamoDB)"
          state={eventStore.state}
          details={[
            ["Kind", eventStore.kind],
            ["Endpoint", eventStore.endpoint],
            ["Region", eventStore.region],
            ["Table", eventStore.table],
            ["Table status", eventStore.tableStatus ?? "unknown"],
          ]}
          error={eventStore.error}
        />
        <StoreStatusCard
          id="read-model"
          title="Read model (MySQL)"
          state={readModel.state}
          details={[
            ["Server", `${readModel.host}:${readModel.port}`],
            ["Database", readModel.database],
            ["Migrations", migrations],
          ]}
          error={readModel.error}
        />
      </div>
    </section>
  );
}
