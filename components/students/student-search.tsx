"use client";
/**
 * Search by name or email. Typing updates the URL after a short pause (the server filters and pages);
 * Enter or the button searches at once, and without JavaScript the form still submits as a plain GET.
 */
import Form from "next/form";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { inputBase, inputBorder, secondaryButton } from "@/components/ui/styles";
import { listHref } from "@/lib/students/list-params";

const DEBOUNCE_MS = 300;

export function StudentSearch({ query }: { query: string }) {
  const router = useRouter();
  const [value, setValue] = useState(query);
  const [navigatedTo, setNavigatedTo] = useState(query);
  const [previousQuery, setPreviousQuery] = useState(query);
  const [searching, startSearch] = useTransition();
  // A query that arrives from elsewhere (Back, a link) replaces the box's text; one this box asked for does not,
  // so letters typed while the results load are kept.
  if (query !== previousQuery) {
    setPreviousQuery(query);
    if (query !== navigatedTo) setValue(query);
  }
  useEffect(() => {
    if (value.trim() === query) return;
    const timer = setTimeout(() => {
      setNavigatedTo(value.trim());
      startSearch(() => router.replace(listHref({ query: value, page: 1 })));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value, query, router]);
  return (
    <Form action="/students" role="search" aria-label="Students" className="flex flex-wrap items-end gap-3">
      <div className="min-w-0 flex-1 space-y-1">
        <label htmlFor="student-search" className="block text-sm font-medium">
          Search by name or email
        </label>
        <input
          id="student-search"
          name="q"
          type="search"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          autoComplete="off"
          className={`${inputBase} ${inputBorder(false)}`}
        />
      </div>
      <button type="submit" className={secondaryButton}>
        Search
      </button>
      <span role="status" aria-live="polite" className="min-w-24 text-sm text-muted">
        {searching ? "Searching…" : ""}
      </span>
    </Form>
  );
}
