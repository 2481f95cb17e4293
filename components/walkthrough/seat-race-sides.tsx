/** A last-seat race's two sides, as the stores hold them now: step 10 and the class view show it. */
import { formatCount } from "@/components/ui/format";
import { Panel } from "@/components/walkthrough/panel";
import type { RacerLine, SeatRaceView } from "@/lib/walkthrough/seat-race-view";

const plural = (count: number, one: string, many = `${one}s`) => `${formatCount(count)} ${count === 1 ? one : many}`;

function told(racer: RacerLine): string {
  const after = racer.conflicts > 0 ? ` after ${plural(racer.conflicts, "conflict")}` : "";
  if (racer.outcome === "enrolled") return `enrolled${after}`;
  if (racer.outcome === "full") return `told "course full"${after}`;
  return "could not be saved";
}

function RacerList({ racers, label }: { racers: readonly RacerLine[]; label: string }) {
  if (racers.length === 0) return <p className="text-sm text-muted">Nobody has raced yet.</p>;
  return (
    <ul className="space-y-1 text-sm" aria-label={label}>
      {racers.map((racer, i) => (
        <li key={`${racer.name}-${i}`} className="flex justify-between gap-3" data-testid="racer">
          <span className={racer.seated ? "font-semibold" : ""}>
            {racer.seated && <span aria-label="holds a seat">🪑 </span>}
            {racer.name}
          </span>
          <span className={racer.outcome === "enrolled" ? "text-ok" : "text-muted"}>{told(racer)}</span>
        </li>
      ))}
    </ul>
  );
}

/** "8 enrolled in … for 3 seats: 5 oversold.", with test ids per side (check-seated, boundary-oversold, …). */
function Headline({
  side,
  seated,
  oversold,
  capacity,
  course,
}: {
  side: "check" | "boundary";
  seated: number;
  oversold: number;
  capacity: number;
  course: string;
}) {
  return (
    <p className="text-lg" data-testid={`${side}-summary`}>
      <strong data-testid={`${side}-seated`}>{formatCount(seated)}</strong> enrolled in {course} for{" "}
      {plural(capacity, "seat")}:{" "}
      <strong className={oversold > 0 ? "text-bad" : "text-ok"} data-testid={`${side}-oversold`}>
        {formatCount(oversold)}
      </strong>{" "}
      oversold.
    </p>
  );
}

export function SeatRaceSides({ race }: { race: SeatRaceView }) {
  const { check, boundary, capacity, courseTitle } = race;
  return (
    <div className="grid gap-6 lg:grid-cols-2" data-testid="seat-race">
      <Panel id="race-check" title="Checked against the read model">
        <Headline
          side="check"
          seated={check.seated}
          oversold={check.oversold}
          capacity={capacity}
          course={courseTitle}
        />
        <p className="text-sm text-muted">
          Each racer read the seat count from MySQL, decided, and appended with no condition.{" "}
          {race.classId === null
            ? "They all read before any enrolment had reached the read model, which is what happens whenever enrolments arrive within the projection lag: every one of them saw a free seat."
            : "A try that came within the projection lag of another read a count that did not have it yet, and saw a seat that was already taken."}{" "}
          The read model now counts <span data-testid="check-read-model">{formatCount(check.readModelCount)}</span>.
        </p>
        <RacerList racers={check.racers} label="Racers checked against the read model" />
      </Panel>
      <Panel id="race-boundary" title="Inside the consistency boundary">
        <Headline
          side="boundary"
          seated={boundary.seated}
          oversold={boundary.oversold}
          capacity={capacity}
          course={courseTitle}
        />
        <p className="text-sm text-muted">
          Each racer read the course&apos;s own seat events, decided, and appended on the condition that no seat event
          came after its read. The event store refused{" "}
          <strong data-testid="boundary-conflicts">{plural(boundary.conflicts, "append")}</strong> on that condition;
          each refused racer read again and decided again ({plural(boundary.conflicts, "retry", "retries")}). Once the
          seats were gone, the answer was &quot;course full&quot;: a domain answer, not an error. Each racer decided as
          if on a server of its own, so only the store&apos;s condition stood between them.
        </p>
        <RacerList racers={boundary.racers} label="Racers inside the consistency boundary" />
      </Panel>
    </div>
  );
}
