import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClassOpenToggle } from "@/components/classroom/class-open-toggle";
import { ActivityRounds } from "@/components/classroom/activity-rounds";
import { ClassRoster } from "@/components/classroom/class-roster";
import { loadClassLabPasses } from "@/lib/lab/lab-progress";
import { StartActivityForm } from "@/components/classroom/start-activity-form";
import { StartSeatRaceForm } from "@/components/classroom/seat-race-forms";
import { SeatRaceSides } from "@/components/walkthrough/seat-race-sides";
import { loadClassSeatRace } from "@/lib/classroom/seat-race-activity";
import { JoinLink } from "@/components/classroom/join-link";
import { LiveRefresh } from "@/components/ui/live-refresh";
import { card, textLink } from "@/components/ui/styles";
import { UnlockForm } from "@/components/walkthrough/instructor/unlock-form";
import { loadClassActivity } from "@/lib/classroom/activity-pages";
import { loadClassPage } from "@/lib/classroom/class-pages";
import { app } from "@/lib/server/app";

export const metadata: Metadata = { title: "Class" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ classId: string }> };

export default async function ClassPage({ params }: Props) {
  const { classId } = await params;
  const page = await loadClassPage(app().readModel, classId);
  if (!page.access.allowed || !("found" in page)) {
    return (
      <section className={`${card} space-y-3`} aria-labelledby="locked-heading">
        <h1 id="locked-heading" className="text-2xl font-semibold">
          Class view
        </h1>
        <p className="text-sm">{page.access.allowed ? "" : page.access.message}</p>
        {!page.access.allowed && page.access.reason === "locked" && <UnlockForm unlocked={false} />}
      </section>
    );
  }
  if (!page.found) notFound();
  const { found, learners } = page;
  const [activity, seatRace, labPasses] = await Promise.all([
    loadClassActivity(app(), found),
    loadClassSeatRace(app(), found.id),
    loadClassLabPasses(app().readModel, learners),
  ]);
  return (
    <div className="space-y-6">
      {/* The class view follows the class without a reload. */}
      <LiveRefresh everyMs={2000} />
      <div className="space-y-1">
        <Link href="/classes" className={`text-sm ${textLink}`}>
          ← All classes
        </Link>
        <h1 className="text-2xl font-semibold break-words">{found.name}</h1>
        <p className="text-sm text-muted">
          {found.open ? "Open: the link lets people join." : "Closed to new learners."}
        </p>
      </div>
      <section className={`${card} space-y-3`} aria-labelledby="link-heading">
        <h2 id="link-heading" className="text-lg font-semibold">
          Join link
        </h2>
        <JoinLink path={`/join/${found.id}`} />
        <ClassOpenToggle classId={found.id} open={found.open} />
      </section>
      <section className={`${card} space-y-3`} aria-labelledby="activity-heading">
        <h2 id="activity-heading" className="text-lg font-semibold">
          Class activity: everyone saves one student
        </h2>
        <p className="text-sm text-muted">
          Optimistic concurrency for the whole class at once: every learner loads the same shared student and saves it
          with the revision they loaded. One save per revision wins; every other is refused.
        </p>
        <StartActivityForm classId={found.id} running={activity !== undefined} />
        {activity && <ActivityRounds activity={activity} />}
      </section>
      <section className={`${card} space-y-3`} aria-labelledby="seat-race-heading">
        <h2 id="seat-race-heading" className="text-lg font-semibold">
          Class race: the last seat
        </h2>
        <p className="text-sm text-muted">
          A consistency boundary for the whole class at once: every learner tries to enrol in a course of three seats,
          both checked against the read model and inside the course&apos;s boundary (walkthrough step 10). Below, who
          got the seats, and how many the read-model check oversold.
        </p>
        <StartSeatRaceForm classId={found.id} running={seatRace !== undefined} />
        {seatRace && <SeatRaceSides race={seatRace.view} />}
      </section>
      <section className={`${card} space-y-3`} aria-labelledby="roster-heading">
        <h2 id="roster-heading" className="text-lg font-semibold">
          Learners <span className="text-sm font-normal text-muted">({learners.length})</span>
        </h2>
        <ClassRoster learners={learners} labPasses={labPasses} />
      </section>
    </div>
  );
}
