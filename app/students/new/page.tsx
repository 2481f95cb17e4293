import type { Metadata } from "next";
import Link from "next/link";
import { NewStudentForm } from "@/components/students/new-student-form";
import { card, textLink } from "@/components/ui/styles";

export const metadata: Metadata = { title: "New student" };

export default function NewStudentPage() {
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div className="space-y-1">
        <Link href="/students" className={`text-sm ${textLink}`}>
          ← All students
        </Link>
        <h1 id="new-student-heading" className="text-2xl font-semibold">
          New student
        </h1>
        <p className="text-sm text-muted">Registering a student records a StudentRegistered event in a new stream.</p>
      </div>
      <div className={card}>
        <NewStudentForm />
      </div>
    </div>
  );
}
