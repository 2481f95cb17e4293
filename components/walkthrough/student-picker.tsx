/**
 * Shown when a step needs a student and the URL names none: pick one of the students changed most recently
 * (a plain GET form, so the choice lands in the URL), or make one with the step's own button.
 */
import Form from "next/form";
import Link from "next/link";
import { inputBase, inputBorder, secondaryButton, textLink } from "@/components/ui/styles";
import { stepHref } from "@/lib/walkthrough/navigation";
import { studentLabels, type PickableStudent } from "@/lib/walkthrough/student-labels";
import type { StepNumber } from "@/lib/walkthrough/steps";

export function StudentPicker({
  step,
  hint,
  recent,
}: {
  step: StepNumber;
  hint: string;
  recent: readonly PickableStudent[];
}) {
  const labels = studentLabels(recent);
  return (
    <div className="space-y-3 rounded-md border border-dashed border-border p-4 text-sm" data-testid="student-picker">
      <p>{hint}</p>
      {recent.length > 0 && (
        <Form action={`/walkthrough/${step}`} className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1 space-y-1">
            <label htmlFor="pick-student" className="block text-xs font-medium text-muted">
              A recent student
            </label>
            <select id="pick-student" name="student" className={`${inputBase} ${inputBorder(false)} w-full max-w-md`}>
              {recent.map((s, i) => (
                <option key={s.studentId} value={s.studentId}>
                  {labels[i]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={secondaryButton}>
            Use this student
          </button>
        </Form>
      )}
      {step !== 1 && (
        <p>
          Or{" "}
          <Link href={stepHref(1)} className={textLink}>
            register a new one on step 1
          </Link>
          .
        </p>
      )}
    </div>
  );
}
