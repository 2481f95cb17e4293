"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className="rounded px-3 py-2 text-sm font-medium text-muted hover:text-foreground aria-[current=page]:bg-background aria-[current=page]:text-foreground"
    >
      {children}
    </Link>
  );
}
