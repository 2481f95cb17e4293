import type { Metadata } from "next";
import Link from "next/link";
import { joinClassAction } from "@/app/classes/actions";
import { OneFieldForm } from "@/components/classroom/one-field-form";
import { card, textLink } from "@/components/ui/styles";
import { loadJoinPage } from "@/lib/classroom/class-pages";
import { currentViewer } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";

export const metadata: Metadata = { title: "Join a class" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ classId: string }> };

export default async function JoinPage({ params }: Props) {
  const { classId } = await params;
  const [found, viewer] = await Promise.all([loadJoinPage(app().readModel, classId), currentViewer(app())]);
  return (
    <section className={`${card} mx-auto max-w-lg space-y-4`} aria-labelledby="join-heading">
      {!found ? (
        <>
          <h1 id="join-heading" className="text-2xl font-semibold">
            No such class
          </h1>
          <p className="text-sm">
            This join link does not lead to a class. Check the link with your instructor; you can still use Ledgerline
            on your own from the{" "}
            <Link href="/" className={textLink}>
              home page
            </Link>
            .
          </p>
        </>
      ) : viewer.learner?.classId === found.id ? (
        <>
          <h1 id="join-heading" className="text-2xl font-semibold break-words">
            {found.name}
          </h1>
          <p className="text-sm">
            You are in this class as <strong className="break-words">{viewer.learner.displayName}</strong>. Go on with
            the{" "}
            <Link href="/walkthrough" className={textLink}>
              walkthrough
            </Link>
            .
          </p>
        </>
      ) : !found.open ? (
        <>
          <h1 id="join-heading" className="text-2xl font-semibold break-words">
            {found.name}
          </h1>
          <p className="text-sm">This class is closed to new learners. Ask your instructor to open it again.</p>
        </>
      ) : (
        <>
          <h1 id="join-heading" className="text-2xl font-semibold break-words">
            Join “{found.name}”
          </h1>
          <p className="text-sm text-muted">
            No account: give a display name and you get a sandbox of your own, with your own students, events and read
            model. This browser remembers you.
          </p>
          <OneFieldForm
            action={joinClassAction.bind(null, found.id)}
            label="Join the class"
            field={{
              id: "display-name",
              name: "displayName",
              label: "Your display name",
              hint: "What your instructor sees beside your work: 1 to 60 characters.",
              autoComplete: "nickname",
            }}
            submit={{ label: "Join the class", pending: "Joining…" }}
          />
        </>
      )}
    </section>
  );
}
