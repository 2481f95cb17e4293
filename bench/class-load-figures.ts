/**
 * What the class load measures and the targets it is held to (issue 15): every request's time by kind, its
 * errors, the events a learner saw from outside their sandbox, and the projection lag two ways: as a learner sees
 * it (step 4: the action's answer → the row visible through GET /api/timeline/read-model) and as the projector
 * records it for every event (recorded → projected, from POST /api/timeline/projection).
 */
export const LOAD_TARGETS = { requestP99Ms: 1_000, lagP99Ms: 1_000 } as const;

interface Kind {
  ms: number[];
  errors: number;
}

export interface LoadSummary {
  learners: number;
  seconds: number;
  requests: number;
  errors: number;
  foreignEvents: number;
  ok: boolean;
  lines: string[];
}

/** Nearest-rank percentile of sorted values; NaN for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const sortedOf = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const ms = (n: number) => (Number.isNaN(n) ? "-" : String(Math.round(n)));

export class LoadFigures {
  private readonly kinds = new Map<string, Kind>();
  private readonly errorSamples = new Map<string, number>();
  /** Stream ids a learner saw that were not in their sandbox, by where they were seen. */
  private readonly foreign: string[] = [];
  readonly lagSeen: number[] = [];
  readonly lagRecorded: number[] = [];
  /** Enrolments a full course refused: the domain's rule at work, not an error (long runs fill the courses). */
  courseFull = 0;
  liveEvents = 0;
  liveReconnects = 0;

  private kind(name: string): Kind {
    let kind = this.kinds.get(name);
    if (!kind) this.kinds.set(name, (kind = { ms: [], errors: 0 }));
    return kind;
  }

  /** Every timed request: when it ended (ms since the figures began), its kind and its time. */
  readonly samples: [at: number, kind: string, ms: number][] = [];
  private readonly began = performance.now();

  time(name: string, durationMs: number): void {
    this.kind(name).ms.push(durationMs);
    this.samples.push([performance.now() - this.began, name, durationMs]);
  }

  error(name: string, message: string): void {
    this.kind(name).errors += 1;
    const sample = `${name}: ${message.slice(0, 200)}`;
    this.errorSamples.set(sample, (this.errorSamples.get(sample) ?? 0) + 1);
  }

  /** The requests' times in consecutive windows of the run, to show when the slow ones happened. */
  private windows(size: number): number[][] {
    const windows: number[][] = [];
    for (const [at, , duration] of this.samples) (windows[Math.floor(at / size)] ??= []).push(duration);
    return Array.from(windows, (window) => window ?? []);
  }

  foreignEvent(where: string, streamId: string, sandbox: string): void {
    this.foreign.push(`${where}: ${streamId} (learner's sandbox ${sandbox})`);
  }

  summarize(learners: number, seconds: number): LoadSummary {
    const lines: string[] = [];
    const rows = [...this.kinds].sort(([a], [b]) => a.localeCompare(b));
    const width = Math.max(24, ...rows.map(([name]) => name.length));
    lines.push(`${"request".padEnd(width)} | ${"count".padStart(6)} | p50 ms | p99 ms | max ms | errors`);
    let requests = 0;
    let errors = 0;
    const slow: string[] = [];
    for (const [name, kind] of rows) {
      const sorted = sortedOf(kind.ms);
      const p99 = percentile(sorted, 99);
      requests += sorted.length;
      errors += kind.errors;
      if (p99 >= LOAD_TARGETS.requestP99Ms) slow.push(`${name} (${ms(p99)} ms)`);
      lines.push(
        [
          name.padEnd(width),
          String(sorted.length).padStart(6),
          ms(percentile(sorted, 50)).padStart(6),
          ms(p99).padStart(6),
          ms(sorted.at(-1) ?? NaN).padStart(6),
          String(kind.errors),
        ].join(" | "),
      );
    }
    const seen = sortedOf(this.lagSeen);
    const recorded = sortedOf(this.lagRecorded);
    const seenP99 = percentile(seen, 99);
    const recordedP99 = percentile(recorded, 99);
    lines.push(
      `p99 of all requests per 10 s (ms): ${this.windows(10_000)
        .map((window) => ms(percentile(sortedOf(window), 99)))
        .join(" ")}`,
      `${learners} learners, ${seconds.toFixed(0)} s: ${requests} requests (${(requests / seconds).toFixed(1)}/s), ${errors} errors; live feed: ${this.liveEvents} events received, ${this.liveReconnects} reconnects; ${this.courseFull} enrolments refused by a full course`,
      `projection lag, seen (step 4: action answered → row in GET /api/timeline/read-model, ${seen.length} appends): p50 ${ms(percentile(seen, 50))} ms, p99 ${ms(seenP99)} ms, max ${ms(seen.at(-1) ?? NaN)} ms`,
      `projection lag, recorded by the projector (every event, recorded → projected, ${recorded.length} events): p50 ${ms(percentile(recorded, 50))} ms, p99 ${ms(recordedP99)} ms, max ${ms(recorded.at(-1) ?? NaN)} ms`,
      `events seen outside their sandbox: ${this.foreign.length}`,
    );
    for (const line of this.foreign.slice(0, 5)) lines.push(`  ${line}`);
    for (const [sample, count] of [...this.errorSamples].slice(0, 10)) lines.push(`  error ×${count}: ${sample}`);
    const verdicts = [
      [errors === 0, `errors ${errors} = 0`],
      [this.foreign.length === 0, `events outside their sandbox ${this.foreign.length} = 0`],
      [
        slow.length === 0 && requests > 0,
        `p99 of every request < ${LOAD_TARGETS.requestP99Ms} ms${slow.length ? `: ${slow.join(", ")}` : ""}`,
      ],
      [seenP99 < LOAD_TARGETS.lagP99Ms, `projection lag seen p99 ${ms(seenP99)} < ${LOAD_TARGETS.lagP99Ms} ms`],
      [
        recordedP99 < LOAD_TARGETS.lagP99Ms,
        `projection lag recorded p99 ${ms(recordedP99)} < ${LOAD_TARGETS.lagP99Ms} ms`,
      ],
    ] as const;
    for (const [met, what] of verdicts) lines.push(`target ${met ? "met" : "NOT met"}: ${what}`);
    return {
      learners,
      seconds,
      requests,
      errors,
      foreignEvents: this.foreign.length,
      ok: verdicts.every(([met]) => met),
      lines,
    };
  }
}
