/** A section that a later issue fills in. */
export function PlaceholderPage({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-3">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-muted">{children}</p>
    </section>
  );
}
