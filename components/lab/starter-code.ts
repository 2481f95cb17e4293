/**
 * The code an exercise starts from in this browser: its starter, with the learner's own decide from exercise 2
 * carried into exercise 5 when they wrote one (a stub otherwise).
 */
import { CARRIED_DECIDE } from "@/lib/lab/exercises/conflict-exercise";
import { loadCode } from "@/components/lab/lab-storage";

const DECIDE_STUB = `// A stub: your decide from exercise 2 goes here (this browser has none saved).
function decide(command: EnrolStudent, state: StudentState, context: DecideContext): DecideResult {
  const { studentId, courseId } = command.data;
  return { ok: true, events: [{ type: "StudentEnrolled", data: { studentId, courseId } }] };
}`;

export function starterCode(scope: string, starter: string): string {
  if (!starter.includes(CARRIED_DECIDE)) return starter;
  const own = loadCode(scope, "decide");
  const carried = own?.includes("function decide")
    ? `// Your decide from exercise 2:\n${own.replace(/export\s+function\s+decide/, "function decide").trim()}`
    : DECIDE_STUB;
  return starter.replace(CARRIED_DECIDE, carried);
}
