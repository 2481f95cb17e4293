/**
 * Reads a form into a zod object schema: the schema's keys are the fields read, a missing field or a file
 * reads as "" (so "required" messages come from the rules, not from zod's type errors), and the errors come
 * back as one message per field, ready to show beside it.
 */
import type { z } from "zod";

export type FieldMessages<Field extends string> = Partial<Record<Field, string>>;

export type ParsedForm<Value, Field extends string> =
  Readonly<{ ok: true; value: Value }> | Readonly<{ ok: false; fieldErrors: FieldMessages<Field> }>;

type FormSchema = z.ZodObject<Record<string, z.ZodType<unknown, string>>>;

function formValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    fields.map((field) => {
      const value = formData.get(field);
      return [field, typeof value === "string" ? value : ""];
    }),
  );
}

export function parseForm<Schema extends FormSchema>(
  schema: Schema,
  formData: FormData,
): ParsedForm<z.output<Schema>, Extract<keyof Schema["shape"], string>> {
  const result = schema.safeParse(formValues(formData, Object.keys(schema.shape)));
  if (result.success) return { ok: true, value: result.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === "string" && !(field in fieldErrors)) fieldErrors[field] = issue.message;
  }
  return { ok: false, fieldErrors };
}
