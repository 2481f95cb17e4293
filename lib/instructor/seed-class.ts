/**
 * Appends a planned sample class to the event store, one command's event per append, in the planned order.
 * Every append names its exact expected revision and carries the plan's event id, so seeding the same seed
 * again is an idempotent retry: the store recognises each commit as already stored and writes nothing.
 */
import "server-only";
import { WrongExpectedRevisionError } from "@/lib/event-store/errors";
import type { EventStore } from "@/lib/event-store/types";
import { DEFAULT_SEED, planSampleClass } from "@/lib/instructor/sample-class";

export interface SeedResult {
  seed: number;
  students: number;
  events: number;
  /** Events written now; the others were already stored by an earlier seed with the same seed. */
  appended: number;
}

export class SeedConflictError extends Error {
  override readonly name = "SeedConflictError";
}

export async function seedSampleClass(
  store: EventStore,
  seed: number = DEFAULT_SEED,
  options: { students?: number; actions?: number } = {},
): Promise<SeedResult> {
  const plan = planSampleClass(seed, options);
  let appended = 0;
  // One at a time: the store's all-events feed then lists the class in the planned order.
  for (const { streamId, expectedRevision, event } of plan.appends) {
    try {
      const result = await store.appendToStream(streamId, [event], { expectedRevision });
      if (!result.alreadyStored) appended += 1;
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) {
        throw new SeedConflictError(
          `Stream ${streamId} holds other events than seed ${seed} plans; reset the demo data first`,
        );
      }
      throw error;
    }
  }
  return { seed, students: plan.students.length, events: plan.appends.length, appended };
}
