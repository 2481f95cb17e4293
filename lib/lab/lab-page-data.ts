/** The exercise page's loader: the history to replay and the project's source the page shows. */
import "server-only";
import type { Exercise } from "@/lib/lab/exercise";
import { loadLabHistory } from "@/lib/lab/lab-history-data";
import type { LabHistory } from "@/lib/lab/lab-history";
import { readLabSource } from "@/lib/lab/lab-sources";
import { sampleHistory } from "@/lib/lab/sample-history";
import type { Stores } from "@/lib/server/app";
import type { SourceText } from "@/lib/walkthrough/source-files";

/** `?sample=10000` replays that many sample events instead of the sandbox's: the replay measurement's page. */
const MAX_SAMPLE = 20_000;

export interface LabPageData {
  history: LabHistory;
  /** The exercise's starter, after the app's own code it begins with. */
  starter: string;
  solution: SourceText;
  types: SourceText[];
}

export async function loadLabPage(
  stores: Stores,
  sandbox: string,
  exercise: Exercise,
  sample: string | string[] | undefined,
): Promise<LabPageData> {
  const wanted = typeof sample === "string" && /^\d{1,5}$/.test(sample) ? Math.min(Number(sample), MAX_SAMPLE) : 0;
  const [history, solution, types, prelude] = await Promise.all([
    !exercise.replay
      ? Promise.resolve(sampleHistory(0))
      : wanted > 0
        ? sampleHistory(wanted)
        : loadLabHistory({ store: stores.store, sandbox }),
    readLabSource(exercise.solution),
    Promise.all(exercise.types.map(readLabSource)),
    exercise.starterPrelude ? readLabSource(exercise.starterPrelude) : undefined,
  ]);
  const starter = prelude?.text
    ? `// The app's own code, as it is in ${prelude.path} (yours to call):\n${prelude.text}\n${exercise.starter}`
    : exercise.starter;
  return { history, starter, solution, types };
}
