/** The banner's data: whose sandbox this request sees. A read model that is away shows no banner, not an error. */
import { ViewerBanner } from "@/components/classroom/viewer-banner";
import { currentViewer, SOLO } from "@/lib/classroom/viewer";
import { app } from "@/lib/server/app";

export async function ViewerBannerSection() {
  const viewer = await currentViewer(app()).catch(() => SOLO);
  return <ViewerBanner viewer={viewer} />;
}
