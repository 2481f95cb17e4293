/**
 * given(events).when(command, context).then(events) for the student's decide: the state is folded from the
 * given events, so tests speak only in events and commands, as the event store will.
 */
import { expect } from "vitest";
import type { StudentCommand } from "@/lib/domain/student/commands";
import { decide, type DecideContext } from "@/lib/domain/student/decide";
import type { DomainError, DomainErrorCode } from "@/lib/domain/student/errors";
import type { StudentEvent } from "@/lib/domain/student/events";
import { foldStudent } from "@/lib/domain/student/state";
import { NOW } from "@/tests/unit/domain/fixtures";

export function given(events: readonly StudentEvent[]) {
  return {
    when(command: StudentCommand, context: Partial<DecideContext> = {}) {
      const result = decide(command, foldStudent(events), { now: NOW, ...context });
      return {
        then(expected: readonly StudentEvent[]): void {
          expect(result).toEqual({ ok: true, events: expected });
        },
        /** Returns the error, narrowed to the expected code, for checks on its message or details. */
        thenFails<Code extends DomainErrorCode>(code: Code): Extract<DomainError, { code: Code }> {
          expect(result.ok, "expected the command to be rejected").toBe(false);
          if (result.ok) throw new Error("unreachable: the expect above failed");
          expect(result.error.code).toBe(code);
          return result.error as Extract<DomainError, { code: Code }>;
        },
      };
    },
  };
}
