import type { Metadata } from "next";
import Link from "next/link";
import { SharedSaveForm } from "@/components/classroom/shared-save-form";
import { TakeSeatForm } from "@/components/classroom/seat-race-forms";
import { loadLearnerSeatRace } from "@/lib/classroom/seat-race-activity";
import { LiveRefresh } from "@/components/ui/live-refresh";
import { card, textLink } from "@/components/ui/styles";
import { loadLearnerActivity } from "@/lib/classroom/activity-pages";
import { currentViewer } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";

export const metadata: Metadata = { title: "Class activity" };
export const dynamic = "force-dynamic";

/** A learner's view of the class activity: the shared student as it is now, and their save. */
export default async function ClassActivityPage() {
  const { learner } = await currentViewer(app());
  const [shared, seatRace] = learner
    ? await Promise.all([loadLearnerActivity(app(), learner), loadLearnerSeatRace(app(), learner)])
    : [undefined, undefined];
  return (
    <div className="mx-auto max-w-xl space-y-6">
      {/* Shows an activity as soon as the instructor starts one (not while a learner types a save). */}
      {learner && (!shared || !seatRace) && <LiveRefresh everyMs={3000} />}
      <section className={`${card} space-y-4`} aria-labelledby="activity-heading">
        <h1 id="activity-heading" className="text-2xl font-semibold">
          Class activity
        </h1>
        {!learner ? (
          <p className="text-sm">
            Class activities are for the learners of a class: join one with the link your instructor shares. On your
            own, step 5 of the{" "}
            <Link href="/walkthrough/5" className={textLink}>
              walkthrough
            </Link>{" "}
            shows the same race between two tabs.
          </p>
        ) : !shared ? (
          <p className="text-sm">
            {seatRace
              ? `No save race runs in ${learner.className} right now; the race for the last seats is below.`
              : `No activity runs in ${learner.className} right now. This page shows it as soon as your instructor starts one.`}
          </p>
        ) : (
          <>
            <p className="text-sm">
              The whole class edits <strong className="break-words">{shared.fullName}</strong> at once. Change the email
              and save: your save names revision <span data-testid="shared-revision">{shared.revision}</span>, the one
              you loaded. The first save of each revision wins; the others are refused, and say what changed.
            </p>
            <p className="text-sm text-muted">
              Email now: <span className="break-all">{shared.email}</span>
            </p>
            <SharedSaveForm revision={shared.revision} email={shared.email} />
          </>
        )}
      </section>
      {learner && seatRace && (
        <section className={`${card} space-y-3`} aria-labelledby="seat-race-heading">
          <h2 id="seat-race-heading" className="text-lg font-semibold">
            Race for the last seats
          </h2>
          <p className="text-sm">
            Distributed Systems 101 has three seats, and the whole class wants one. Your try enrols a student named
            after you, decided inside the course&apos;s consistency boundary; your instructor&apos;s view shows who got
            the seats.
          </p>
          {seatRace.outcome === undefined ? (
            <TakeSeatForm />
          ) : (
            <p className="text-sm" data-testid="seat-outcome">
              {seatRace.outcome === "enrolled"
                ? "You got a seat."
                : seatRace.outcome === "full"
                  ? "The course was full: every seat was taken before yours."
                  : "Your try could not be saved."}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
