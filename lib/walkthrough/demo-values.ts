/**
 * The made-up details the walkthrough's "Do it" buttons send: a pioneer of computing per new student, and a
 * new email address per change (a "+N" tag, so every change is a real change and the domain records it). Pure.
 */
export const DEMO_PEOPLE = [
  { fullName: "Ada Lovelace", dateOfBirth: "1995-12-10" },
  { fullName: "Grace Hopper", dateOfBirth: "1996-12-09" },
  { fullName: "Alan Turing", dateOfBirth: "1997-06-23" },
  { fullName: "Katherine Johnson", dateOfBirth: "1998-08-26" },
  { fullName: "Edsger Dijkstra", dateOfBirth: "1999-05-11" },
  { fullName: "Barbara Liskov", dateOfBirth: "2000-11-07" },
  { fullName: "Donald Knuth", dateOfBirth: "2001-01-10" },
  { fullName: "Margaret Hamilton", dateOfBirth: "2002-08-17" },
] as const;

export type DemoPerson = Readonly<{ fullName: string; email: string; dateOfBirth: string }>;

/** `pick` chooses the person (any integer); `tag` makes the address unique (e.g. a few random hex digits). */
export function demoPerson(pick: number, tag: string): DemoPerson {
  const person = DEMO_PEOPLE[Math.abs(Math.trunc(pick)) % DEMO_PEOPLE.length]!;
  const local = person.fullName.toLowerCase().replace(/[^a-z]+/g, ".");
  return { ...person, email: `${local}.${tag}@example.edu` };
}

/** The address with its "+N" tag set to `n`: "ada.x1@example.edu", 3 → "ada.x1+3@example.edu". */
export function taggedEmail(email: string, n: number): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return email;
  const local = email.slice(0, at).replace(/\+\d+$/, "");
  return `${local}+${n}${email.slice(at)}`;
}

/** Step 5's two tabs each save their own address: "ada.x1+3@example.edu", "b" → "ada.x1+tab-b@example.edu". */
export function tabEmail(email: string, tab: "a" | "b"): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return email;
  const local = email.slice(0, at).replace(/\+[A-Za-z0-9-]+$/, "");
  return `${local}+tab-${tab}${email.slice(at)}`;
}
