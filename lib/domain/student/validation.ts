/**
 * Input rules for a student's details, shared by `decide` and the web layer's form schemas so that a rule
 * lives in exactly one place. Each validator normalises its input and returns the value to store, or one
 * field error whose message can be shown next to the field.
 */
export const FULL_NAME_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;
export const MIN_AGE_YEARS = 16;
export const MAX_AGE_YEARS = 120;

export type FieldErrorCode =
  | "full_name_required"
  | "full_name_too_long"
  | "email_required"
  | "email_too_long"
  | "email_invalid"
  | "date_of_birth_invalid"
  | "date_of_birth_not_in_past"
  | "date_of_birth_too_young"
  | "date_of_birth_too_old";

export type FieldError = Readonly<{ code: FieldErrorCode; message: string }>;

export type Validated<T> = Readonly<{ ok: true; value: T }> | Readonly<{ ok: false; error: FieldError }>;

const valid = <T>(value: T): Validated<T> => ({ ok: true, value });
const invalid = (code: FieldErrorCode, message: string): Validated<never> => ({ ok: false, error: { code, message } });

/**
 * Trimmed and NFC-normalised, so "é" typed as one or two code points is the same name and counts as one
 * character. Length counts code points, not UTF-16 units, so an emoji is one character.
 */
export function validateFullName(raw: string): Validated<string> {
  const fullName = raw.trim().normalize("NFC");
  if (fullName.length === 0) return invalid("full_name_required", "Enter a full name");
  if ([...fullName].length > FULL_NAME_MAX_LENGTH) {
    return invalid("full_name_too_long", `Full name must be at most ${FULL_NAME_MAX_LENGTH} characters`);
  }
  return valid(fullName);
}

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])$/;

/**
 * Trimmed, with the domain lower-cased: domain names are case-insensitive (RFC 1035), so "Ada@Example.COM"
 * and "Ada@example.com" reach the same mailbox and should be stored alike. The local part is left as typed
 * because RFC 5321 lets a mail server treat it case-sensitively. ASCII only: international domains must be
 * entered in their punycode (xn--) form.
 */
export function validateEmail(raw: string): Validated<string> {
  const trimmed = raw.trim();
  if (trimmed.length === 0) return invalid("email_required", "Enter an email address");
  if (trimmed.length > EMAIL_MAX_LENGTH) {
    return invalid("email_too_long", `Email address must be at most ${EMAIL_MAX_LENGTH} characters`);
  }
  const parts = trimmed.split("@");
  const [local, domain] = parts;
  if (parts.length !== 2 || local === undefined || domain === undefined) return invalidEmail();
  if (local.length > 64 || !LOCAL_PART.test(local) || !DOMAIN.test(domain)) return invalidEmail();
  return valid(`${local}@${domain.toLowerCase()}`);
}

const invalidEmail = () => invalid("email_invalid", "Enter a valid email address, like name@example.com");

type CalendarDate = Readonly<{ year: number; month: number; day: number }>;

/**
 * A real calendar date (YYYY-MM-DD) strictly before today, for someone aged 16 to 120 at `now`. "Today" is
 * the UTC calendar day of `now`: the domain has no user time zone, and a day's slack at midnight is harmless.
 */
export function validateDateOfBirth(raw: string, now: Date): Validated<string> {
  const trimmed = raw.trim();
  const birth = parseCalendarDate(trimmed);
  if (!birth) return invalid("date_of_birth_invalid", "Enter a real date as YYYY-MM-DD");
  const today = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
  if (compareDates(birth, today) >= 0) return invalid("date_of_birth_not_in_past", "Date of birth must be in the past");
  const age = ageOn(birth, today);
  if (age < MIN_AGE_YEARS) {
    return invalid("date_of_birth_too_young", `Students must be at least ${MIN_AGE_YEARS} years old`);
  }
  if (age > MAX_AGE_YEARS) return invalid("date_of_birth_too_old", "Check the year: that age is not plausible");
  return valid(trimmed);
}

function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Whole years completed; someone born on 29 February turns a year older on 1 March in common years. */
function ageOn(birth: CalendarDate, today: CalendarDate): number {
  const hadBirthday = compareDates({ ...today, year: birth.year }, birth) >= 0;
  return today.year - birth.year - (hadBirthday ? 0 : 1);
}
