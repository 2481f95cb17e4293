import type { Metadata } from "next";
import Link from "next/link";
import { openClassAction } from "@/app/classes/actions";
import { OneFieldForm } from "@/components/classroom/one-field-form";
import { card, textLink } from "@/components/ui/styles";
import { UnlockForm } from "@/components/walkthrough/instructor/unlock-form";
import { loadClassesPage } from "@/lib/classroom/class-pages";
import { app } from "@/lib/server/app";

export const metadata: Metadata = { title: "Classes" };
export const dynamic = "force-dynamic";

export default async function ClassesPage() {
  const page = await loadClassesPage(app().readModel);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Classes</h1>
        <p className="text-sm text-muted">
          A whole class on this server: each learner who joins gets a sandbox of their own (their students, their
          events, their read model), and you watch them all from the class view.
        </p>
      </div>
      {!("classes" in page) ? (
        <section className={`${card} space-y-3`} aria-labelledby="locked-heading">
          <h2 id="locked-heading" className="text-lg font-semibold">
            For the instructor
          </h2>
          <p className="text-sm">{page.access.allowed ? "" : page.access.message}</p>
          {!page.access.allowed && page.access.reason === "locked" && <UnlockForm unlocked={false} />}
        </section>
      ) : (
        <>
          <section className={`${card} space-y-3`} aria-labelledby="open-heading">
            <h2 id="open-heading" className="text-lg font-semibold">
              Open a class
            </h2>
            <OneFieldForm
              action={openClassAction}
              label="Open a class"
              field={{
                id: "class-name",
                name: "className",
                label: "Class name",
                hint: "What learners see when they join, for example “Event sourcing, week 3”.",
              }}
              submit={{ label: "Open a class", pending: "Opening…" }}
            />
          </section>
          <section className={`${card} space-y-3`} aria-labelledby="list-heading">
            <h2 id="list-heading" className="text-lg font-semibold">
              Your classes
            </h2>
            {page.classes.length === 0 ? (
              <p className="text-sm text-muted">No class yet: open one above.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {page.classes.map((found) => (
                  <li key={found.id}>
                    <Link href={`/classes/${found.id}`} className={textLink}>
                      {found.name}
                    </Link>{" "}
                    <span className="text-muted">
                      {found.learners} {found.learners === 1 ? "learner" : "learners"}
                      {found.open ? "" : " · closed"}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
