import Link from "next/link";
import { textLink } from "@/components/ui/styles";

export default function StudentNotFound() {
  return (
    <section className="space-y-3">
      <h1 className="text-2xl font-semibold">Student not found</h1>
      <p className="text-muted">No student is registered under this address. The link may be mistyped.</p>
      <Link href="/students" className={textLink}>
        Back to all students
      </Link>
    </section>
  );
}
