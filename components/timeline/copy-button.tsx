"use client";

/** Copies text with the Clipboard API and says so ("Copied") in the button and to screen readers. */
import { useEffect, useState } from "react";
import { secondaryButton } from "@/components/ui/styles";

type CopyState = "idle" | "copied" | "failed";

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<CopyState>("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2_000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  };

  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={() => void copy()} className={`${secondaryButton} px-2 py-0.5 text-xs`}>
        {label}
      </button>
      <span role="status" className={`text-xs ${state === "failed" ? "text-bad" : "text-ok"}`}>
        {state === "copied" ? "Copied" : state === "failed" ? "Copy failed: the browser refused clipboard access" : ""}
      </span>
    </span>
  );
}
