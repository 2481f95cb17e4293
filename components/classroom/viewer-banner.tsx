/**
 * Says whose sandbox the pages show: a learner's own (with "start over"), or, for the instructor, the learner's
 * sandbox being presented (with a way back). Nothing for solo use.
 */
import { stopPresentingAction } from "@/app/classes/actions";
import { StartOverForm } from "@/components/classroom/start-over-form";
import Link from "next/link";
import { secondaryButton, textLink } from "@/components/ui/styles";
import type { Viewer } from "@/lib/classroom/viewer";

export function ViewerBanner({ viewer }: { viewer: Pick<Viewer, "learner" | "presenting" | "sandbox"> }) {
  if (viewer.presenting) {
    const { displayName, className, current } = viewer.presenting;
    return (
      <div role="status" className="border-b border-border bg-background" data-testid="viewer-banner">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-3 px-4 py-2 text-sm">
          <span>
            Presenting <strong className="break-words">{displayName}</strong>’s {current ? "" : "earlier "}sandbox (
            {className}).
          </span>
          <form action={stopPresentingAction}>
            <button type="submit" className={secondaryButton}>
              Stop presenting
            </button>
          </form>
        </div>
      </div>
    );
  }
  if (!viewer.learner) return null;
  return (
    <div className="border-b border-border bg-background" data-testid="viewer-banner">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-2 text-sm">
        <span>
          <strong className="break-words">{viewer.learner.displayName}</strong> in {viewer.learner.className}: your own
          sandbox.{" "}
          <Link href="/class" className={textLink}>
            Class activity
          </Link>
        </span>
        <details>
          <summary className="cursor-pointer text-muted">Start over</summary>
          <div className="pt-2">
            <StartOverForm />
          </div>
        </details>
      </div>
    </div>
  );
}
