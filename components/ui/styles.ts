/**
 * Class names every page shares, built on the theme tokens of app/globals.css (which switch with the
 * system's light or dark setting), so buttons, fields and focus rings look alike everywhere.
 */
export const focusRing = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent";

export const primaryButton = `inline-flex items-center justify-center gap-2 rounded-md bg-accent px-4 py-2 text-sm font-medium text-background hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-60 ${focusRing}`;

export const secondaryButton = `inline-flex items-center justify-center gap-2 rounded-md border border-border bg-surface px-3 py-1.5 text-sm font-medium text-foreground hover:bg-background disabled:cursor-not-allowed disabled:opacity-60 ${focusRing}`;

export const inputBase = `block w-full rounded-md border bg-surface px-3 py-2 text-sm text-foreground placeholder:text-muted ${focusRing}`;

export const inputBorder = (invalid: boolean) => (invalid ? "border-bad" : "border-border");

export const card = "rounded-lg border border-border bg-surface p-4 shadow-sm sm:p-6";

export const textLink = `font-medium text-accent underline-offset-2 hover:underline ${focusRing} rounded-sm`;
