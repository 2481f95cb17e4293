/** Step 10, the last seat: one race, two ways of checking capacity, side by side on the real stores. */
import { raceForLastSeatsAction } from "@/app/walkthrough/[step]/actions";
import { SeatRaceSides } from "@/components/walkthrough/seat-race-sides";
import { DoItForm } from "@/components/walkthrough/do-it-form";
import { Panel } from "@/components/walkthrough/panel";
import { StepFrame } from "@/components/walkthrough/step-frame";
import type { StepTenData } from "@/lib/walkthrough/step-data";
import type { StepParams } from "@/lib/walkthrough/step-params";

export function StepTen({
  params,
  data: { race, racers, courseTitle, capacity },
}: {
  params: StepParams;
  data: StepTenData;
}) {
  const ran = race !== undefined && race.boundary.racers.length > 0;
  return (
    <StepFrame step={10} params={params} complete={ran}>
      <DoItForm
        action={raceForLastSeatsAction}
        label={ran ? "Race again" : `Race ${racers} students for ${capacity} seats`}
        pendingLabel="Racing on both sides…"
      />
      {race ? (
        <SeatRaceSides race={race} />
      ) : (
        <Panel id="step10-race" title="The race">
          <p className="text-sm text-muted">
            Press the button: {racers} new students each enrol in {courseTitle} ({capacity} seats) at the same moment,
            twice. On the left each checks the seat count in the read model, as this app used to; on the right each
            decides inside the course&apos;s consistency boundary, as it does now. Each side has a sandbox of its own,
            so the race never touches your students.
          </p>
        </Panel>
      )}
    </StepFrame>
  );
}
