import type { Metadata } from "next";
import { Suspense } from "react";
import { SiteHeader } from "@/components/ui/site-header";
import { ViewerBannerSection } from "@/app/viewer-banner-section";
import "@/app/globals.css";

export const metadata: Metadata = {
  title: { default: "Ledgerline", template: "%s · Ledgerline" },
  description: "Learn event sourcing with a student-enrolment domain: events in DynamoDB, a read model in MySQL.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-background text-foreground antialiased">
        <SiteHeader />
        <Suspense fallback={null}>
          <ViewerBannerSection />
        </Suspense>
        <main className="mx-auto max-w-5xl px-4 py-8">{children}</main>
      </body>
    </html>
  );
}
