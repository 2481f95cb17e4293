import Link from "next/link";
import { NavLink } from "@/components/ui/nav-link";

const SECTIONS = [
  { href: "/students", label: "Students" },
  { href: "/timeline", label: "Timeline" },
  { href: "/walkthrough", label: "Walkthrough" },
  { href: "/lab", label: "Lab" },
  { href: "/classes", label: "Classes" },
  { href: "/api", label: "API" },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-border bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Ledgerline
        </Link>
        <nav aria-label="Main" className="flex gap-1">
          {SECTIONS.map((section) => (
            <NavLink key={section.href} href={section.href}>
              {section.label}
            </NavLink>
          ))}
        </nav>
      </div>
    </header>
  );
}
