/**
 * Whose sandbox a request reads and writes. A browser with a valid learner pass works in its learner's newest
 * sandbox; an instructor may present a learner's sandbox; anyone else is in the default sandbox (solo use).
 * Every page, server action and route handler asks this first and passes `viewer.sandbox` on, so a learner
 * can only ever name streams inside their own sandbox (docs/classes.md).
 */
import "server-only";
import { cookies } from "next/headers";
import { parse as parseCookies } from "cookie";
import { DEFAULT_SANDBOX, isLearnerSandbox, sandboxOfStream } from "@/lib/domain/sandbox";
import { StreamNotFoundError } from "@/lib/event-store/errors";
import { checkInstructorAccess, INSTRUCTOR_COOKIE } from "@/lib/instructor/access";
import { LEARNER_COOKIE, passKey, readPass } from "@/lib/classroom/learner-pass";
import { findLearner, sandboxOwner, type LearnerView } from "@/lib/read-model/class-queries";
import type { App, SandboxStores } from "@/lib/server/app";

export const PRESENT_COOKIE = "ledgerline-present";

export interface Viewer {
  sandbox: string;
  /** A learner's class's shared sandbox: its streams are theirs to read and write too (class activities). */
  shared?: string;
  learner?: LearnerView;
  /** The instructor is showing this learner's sandbox. */
  presenting?: { displayName: string; className: string; current: boolean };
}

export const SOLO: Viewer = { sandbox: DEFAULT_SANDBOX };

/** The cookies a viewer is decided by: the request's own (route handlers) or next/headers' (pages, actions). */
interface CookieJar {
  get(name: string): { value: string } | undefined;
}

/** The viewer of the page or server action being rendered. */
export async function currentViewer(app: App): Promise<Viewer> {
  return viewerFrom(app, await cookies());
}

/** The viewer of a route handler's request. */
export async function requestViewer(app: App, request: Request): Promise<Viewer> {
  const sent = parseCookies(request.headers.get("cookie") ?? "");
  return viewerFrom(app, {
    get: (name) => {
      const value = sent[name];
      return value === undefined ? undefined : { value };
    },
  });
}

async function viewerFrom(app: App, jar: CookieJar): Promise<Viewer> {
  const presented = jar.get(PRESENT_COOKIE)?.value;
  const instructor = checkInstructorAccess(app.settings, jar.get(INSTRUCTOR_COOKIE)?.value);
  if (presented && isLearnerSandbox(presented) && instructor.allowed) {
    const owner = await sandboxOwner(app.readModel, presented);
    if (owner) return { sandbox: presented, presenting: owner };
  }
  const key = passKey(app.settings);
  const pass = key && readPass(key, jar.get(LEARNER_COOKIE)?.value, Date.now() / 1000);
  if (!pass) return SOLO;
  const learner = await knownLearner(app, pass.learnerId);
  if (!learner) return SOLO;
  return { sandbox: learner.sandbox, shared: learner.sharedSandbox ?? undefined, learner };
}

/**
 * Learners looked up in the last seconds, per process: a page needs its viewer several times, and a learner whose
 * read model is briefly away keeps their sandbox (never falling back to another one) while the lookup fails.
 */
const recent = new Map<string, { learner: LearnerView | undefined; at: number }>();
const FRESH_MS = 5_000;

export function forgetLearner(learnerId: string): void {
  recent.delete(learnerId);
}

async function knownLearner(app: App, learnerId: string): Promise<LearnerView | undefined> {
  const held = recent.get(learnerId);
  if (held && Date.now() - held.at < FRESH_MS) return held.learner;
  try {
    const learner = await findLearner(app.readModel, learnerId);
    if (recent.size > 10_000) recent.clear();
    recent.set(learnerId, { learner, at: Date.now() });
    return learner;
  } catch (error) {
    if (held) return held.learner;
    throw error;
  }
}

/** The stores as a viewer sees them: their sandbox only. */
export function viewersStores(app: App, { sandbox }: Pick<Viewer, "sandbox">): SandboxStores {
  return { store: app.store, readModel: app.readModel, sandbox };
}

/**
 * The stream id a request names, if it is in the viewer's sandbox; otherwise the same "not found" as a stream
 * that does not exist, so another learner's streams cannot even be told apart from missing ones.
 */
export function streamOfViewer({ sandbox, shared }: Pick<Viewer, "sandbox" | "shared">, streamId: string): string {
  const of = sandboxOfStream(streamId);
  if (of !== sandbox && (shared === undefined || of !== shared)) throw new StreamNotFoundError(streamId);
  return streamId;
}

/** What a form says when the viewer could not be decided (MySQL away and the learner not seen lately). */
export const VIEWER_UNKNOWN =
  "Your sandbox could not be looked up just now: the server's database did not answer. Please try again.";

/** Runs a server action's work as the current viewer; a viewer that cannot be decided is an answer, not a throw. */
export async function asViewer<State>(
  app: App,
  run: (viewer: Viewer) => Promise<State>,
  unknown: State,
): Promise<State> {
  let viewer: Viewer;
  try {
    viewer = await currentViewer(app);
  } catch (error) {
    console.error("could not decide the viewer of a server action", error);
    return unknown;
  }
  return run(viewer);
}
