/**
 * Metadata for the events of one user action. A user action sends exactly one command, and commands are not
 * stored, so the command's id is the correlation id itself: `causationId === correlationId` marks an event
 * caused directly by the user. An event caused by another event (a future process manager) would carry that
 * event's id as its causationId and keep the correlation id of the action that started the chain.
 */
import type { EventMetadata } from "@/lib/event-store/types";
import type { StudentCommand } from "@/lib/domain/student/commands";

export type CommandMetadata = EventMetadata & {
  correlationId: string;
  causationId: string;
  command: StudentCommand["type"];
};

export function commandMetadata(
  command: StudentCommand["type"],
  correlationId: string = crypto.randomUUID(),
): CommandMetadata {
  // No sign-in exists yet; a `user` field joins these once there is someone to name.
  return { correlationId, causationId: correlationId, command };
}
