"use client";
/**
 * Step 6's controls: a revision slider and a moment (UTC) to travel to. Both write the URL (?revision= or
 * ?at=), so the server folds the state for that point and the page can be linked to as it is.
 */
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { inputBase, inputBorder, secondaryButton } from "@/components/ui/styles";
import { RevisionSlider } from "@/components/ui/revision-slider";
import { withParams } from "@/lib/walkthrough/navigation";
import { fromUtcInputValue, toUtcInputValue } from "@/lib/walkthrough/time-travel";

export function TimeTravelControls({
  student,
  revision,
  latest,
  at,
  fallbackAt,
}: {
  student: string;
  revision: number;
  latest: number;
  at: string | undefined;
  fallbackAt: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [dragged, setDragged] = useState(revision);
  const [shownRevision, setShownRevision] = useState(revision);
  const [requested, setRequested] = useState<number | undefined>(undefined);
  if (shownRevision !== revision) {
    setShownRevision(revision);
    // The server moved on its own (a trip by moment, "Back to now"): the slider follows it. An answer to the
    // slider's own request leaves it alone, as it may have moved on since.
    if (revision !== requested) {
      setDragged(revision);
      setRequested(undefined);
    }
  }
  const [moment, setMoment] = useState(toUtcInputValue(at ?? fallbackAt));
  const [invalid, setInvalid] = useState(false);
  const go = (changes: Record<string, string | undefined>) =>
    router.replace(withParams(pathname, { student }, changes), { scroll: false });

  // The slider moves at once; the URL (and a fold on the server) follows once it rests for a moment.
  useEffect(() => {
    if (dragged === (requested ?? revision)) return;
    const timer = window.setTimeout(() => {
      setRequested(dragged);
      router.replace(withParams(pathname, { student }, { revision: String(dragged) }), { scroll: false });
    }, 200);
    return () => window.clearTimeout(timer);
  }, [dragged, requested, revision, pathname, router, student]);

  const travelToMoment = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const iso = fromUtcInputValue(moment);
    setInvalid(iso === undefined);
    if (iso) go({ at: iso });
  };

  return (
    <div className="space-y-4">
      <RevisionSlider id="travel-revision" label="Revision" revision={dragged} latest={latest} onChange={setDragged} />
      <form onSubmit={travelToMoment} aria-label="Travel to a moment" className="flex flex-wrap items-end gap-2">
        <div className="space-y-1">
          <label htmlFor="travel-at" className="block text-sm font-medium">
            Moment (UTC)
          </label>
          <input
            id="travel-at"
            type="datetime-local"
            step={0.001}
            value={moment}
            onChange={(event) => setMoment(event.target.value)}
            aria-invalid={invalid || undefined}
            className={`${inputBase} ${inputBorder(invalid)} w-64`}
          />
        </div>
        <button type="submit" className={secondaryButton}>
          Travel to this moment
        </button>
        <button type="button" className={secondaryButton} onClick={() => go({})}>
          Back to now
        </button>
      </form>
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-bad">
        {invalid ? "Enter a date and time." : ""}
      </p>
    </div>
  );
}
