/**
 * What the lab keeps in the browser: the learner's code per exercise (saved as they type) and which exercises
 * passed, both under the viewer's sandbox, so two learners sharing a browser (or a learner who started over)
 * do not see each other's work.
 */
const PREFIX = "ledgerline.lab";

const codeKey = (scope: string, exerciseId: string) => `${PREFIX}.${scope}.code.${exerciseId}`;
const passedKey = (scope: string) => `${PREFIX}.${scope}.passed`;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function loadCode(scope: string, exerciseId: string): string | undefined {
  return storage()?.getItem(codeKey(scope, exerciseId)) ?? undefined;
}

export function saveCode(scope: string, exerciseId: string, code: string): void {
  try {
    storage()?.setItem(codeKey(scope, exerciseId), code);
  } catch {
    // A full or refused storage loses the draft, not the run: the checks go on.
  }
}

export function loadPassed(scope: string): string[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(passedKey(scope)) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

export function savePassed(scope: string, exerciseId: string): void {
  const passed = loadPassed(scope);
  if (passed.includes(exerciseId)) return;
  try {
    storage()?.setItem(passedKey(scope), JSON.stringify([...passed, exerciseId]));
  } catch {
    // As above.
  }
}
