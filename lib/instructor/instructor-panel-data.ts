/**
 * What the instructor's panel (under every walkthrough page) shows: this request's access and the projector's
 * state. Step 4 shows the projector the same way.
 */
import "server-only";
import type { InstructorAccess } from "@/lib/instructor/access";
import { currentInstructorAccess } from "@/lib/instructor/instructor-session";
import { describeProjector, readProjectorView, type ProjectorView } from "@/lib/instructor/projector-view";
import type { Stores } from "@/lib/server/app";

export interface ProjectorSummary {
  view: ProjectorView;
  /** The sentence shown for it ("Paused", "Running, 2 s behind on purpose"...). */
  description: string;
}

export interface InstructorPanelData {
  access: InstructorAccess;
  /** undefined when MySQL did not answer: the panel says so rather than failing every walkthrough page. */
  projector: ProjectorSummary | undefined;
}

export async function readProjectorSummary(readModel: Stores["readModel"]): Promise<ProjectorSummary> {
  const view = await readProjectorView(readModel);
  return { view, description: describeProjector(view) };
}

async function summaryOrUndefined(readModel: Stores["readModel"]): Promise<ProjectorSummary | undefined> {
  try {
    return await readProjectorSummary(readModel);
  } catch (error) {
    console.error("instructor panel: could not read the projector's state", error);
    return undefined;
  }
}

export async function loadInstructorPanel({ readModel }: Pick<Stores, "readModel">): Promise<InstructorPanelData> {
  const [access, projector] = await Promise.all([currentInstructorAccess(), summaryOrUndefined(readModel)]);
  return { access, projector };
}
