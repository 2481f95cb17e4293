/** The student list's URL: `?q=` searches names and emails, `?page=` (from 1) picks a page. */
export const PAGE_SIZE = 25;
const MAX_QUERY_LENGTH = 100;

export type ListParams = Readonly<{ query: string; page: number }>;

type SearchParams = Readonly<Record<string, string | string[] | undefined>>;

/** Anything malformed falls back to the first page and no search, rather than an error page. */
export function parseListParams(params: SearchParams): ListParams {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
  const query = first(params.q).trim().slice(0, MAX_QUERY_LENGTH);
  const page = Number(first(params.page));
  return { query, page: Number.isSafeInteger(page) && page >= 1 ? page : 1 };
}

export function listHref({ query, page }: ListParams): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set("q", query.trim());
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/students?${search}` : "/students";
}
