import Link from "next/link";
import { textLink } from "@/components/ui/styles";
import { EarlyArrowKeys } from "@/components/walkthrough/early-arrow-keys";
import { InstructorPanel } from "@/components/walkthrough/instructor/instructor-panel";
import { PresenterToggle } from "@/components/walkthrough/presenter-toggle";
import { loadInstructorPanel } from "@/lib/instructor/instructor-panel-data";
import { app } from "@/lib/server/app";
import { isPresenterMode } from "@/lib/walkthrough/presenter-mode";

/**
 * Presenter mode: everything larger (CSS zoom, so the layout scales with the type) and the theme's colours
 * pushed to full contrast, in light and in dark. The theme's utilities read these variables directly.
 */
const PRESENTER =
  "[zoom:1.25] rounded-xl bg-background p-4 [--background:#ffffff] [--surface:#ffffff] [--foreground:#000000] [--muted:#1f2937] [--border:#111827] [--accent:#1e3a8a] " +
  "dark:[--background:#000000] dark:[--surface:#0a0a0a] dark:[--foreground:#ffffff] dark:[--muted:#e5e7eb] dark:[--border:#f3f4f6] dark:[--accent:#bfdbfe]";

export default async function WalkthroughLayout({ children }: { children: React.ReactNode }) {
  const [presenter, panel] = await Promise.all([isPresenterMode(), loadInstructorPanel(app())]);
  return (
    <div data-presenter={presenter} className={presenter ? PRESENTER : undefined}>
      <EarlyArrowKeys />
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <Link href="/walkthrough" className={`text-sm ${textLink}`}>
          Walkthrough overview
        </Link>
        <PresenterToggle on={presenter} />
      </div>
      {children}
      <InstructorPanel {...panel} />
    </div>
  );
}
