/**
 * The instructor's panel under every walkthrough page: unlock, seed a sample class, pause/delay/resume the
 * projector, rebuild, reset. The controls are always shown; pressed without access, each says why it refuses.
 */
import Link from "next/link";
import { seedClassAction, resetDemoAction, startRebuildAction } from "@/app/walkthrough/actions";
import { card, inputBase, inputBorder, textLink } from "@/components/ui/styles";
import { DoItForm } from "@/components/walkthrough/do-it-form";
import { ProjectorControls } from "@/components/walkthrough/instructor/projector-controls";
import { UnlockForm } from "@/components/walkthrough/instructor/unlock-form";
import type { InstructorPanelData } from "@/lib/instructor/instructor-panel-data";
import { DEFAULT_SEED } from "@/lib/instructor/sample-class";

export function InstructorPanel({ access, projector }: InstructorPanelData) {
  const badge = access.allowed
    ? access.via === "secret"
      ? "Unlocked"
      : "Open (development)"
    : access.reason === "locked"
      ? "Locked"
      : "Off";
  return (
    <details className={`${card} mt-12 group`} data-testid="instructor-panel">
      <summary className="flex cursor-pointer items-center justify-between gap-3 rounded-sm text-lg font-semibold focus-visible:outline-2 focus-visible:outline-accent">
        <span>Instructor controls</span>
        <span
          className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${access.allowed ? "bg-ok-surface text-ok" : "bg-warn-surface text-warn"}`}
        >
          {badge}
        </span>
      </summary>
      <div className="mt-4 space-y-6">
        <section aria-labelledby="instructor-access" className="space-y-2">
          <h2 id="instructor-access" className="text-sm font-semibold uppercase tracking-wide text-muted">
            Access
          </h2>
          {access.allowed && access.via === "development" ? (
            <p className="text-sm">Open to everyone: this is a development server without INSTRUCTOR_SECRET.</p>
          ) : access.allowed || access.reason === "locked" ? (
            <UnlockForm unlocked={access.allowed} />
          ) : (
            <p className="text-sm text-warn">{access.message}</p>
          )}
        </section>
        <section aria-labelledby="instructor-projector" className="space-y-2">
          <h2 id="instructor-projector" className="text-sm font-semibold uppercase tracking-wide text-muted">
            Projector
          </h2>
          <p className="text-sm">{projector ? projector.description : "Its state cannot be read: is MySQL running?"}</p>
          <ProjectorControls paused={projector?.view.paused ?? false} delayMs={projector?.view.delayMs ?? 0} />
        </section>
        <section aria-labelledby="instructor-data" className="grid gap-6 md:grid-cols-3">
          <h2 id="instructor-data" className="text-sm font-semibold uppercase tracking-wide text-muted md:col-span-3">
            Demo data
          </h2>
          <p className="-mt-4 text-sm text-muted md:col-span-3">
            A seed always plans the same class (30 students, a few hundred events, the same ids); seeding it again adds
            nothing.
          </p>
          <DoItForm action={seedClassAction} label="Seed sample class" pendingLabel="Seeding…" variant="secondary">
            <div className="space-y-1">
              <label htmlFor="instructor-seed" className="block text-xs font-medium text-muted">
                Seed
              </label>
              <input
                id="instructor-seed"
                name="seed"
                inputMode="numeric"
                defaultValue={DEFAULT_SEED}
                className={`${inputBase} ${inputBorder(false)} w-28 py-1.5`}
              />
            </div>
          </DoItForm>
          <div className="space-y-1">
            <DoItForm
              action={startRebuildAction}
              label="Rebuild read model"
              pendingLabel="Starting…"
              variant="secondary"
            />
            <Link href="/walkthrough/8" className={`text-xs ${textLink}`}>
              Follow rebuilds on step 8
            </Link>
          </div>
          <DoItForm action={resetDemoAction} label="Reset all demo data" pendingLabel="Resetting…" variant="secondary">
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="confirm" value="yes" className="size-4 accent-accent" />
              Delete every event and row
            </label>
          </DoItForm>
        </section>
      </div>
    </details>
  );
}
