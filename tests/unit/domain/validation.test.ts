import { describe, expect, it } from "vitest";
import { validateDateOfBirth, validateEmail, validateFullName } from "@/lib/domain/student/validation";
import { emailOfLength, NOW } from "@/tests/unit/domain/fixtures";

const errorCode = (result: { ok: true } | { ok: false; error: { code: string } }) =>
  result.ok ? "ok" : result.error.code;

describe("validateFullName", () => {
  it("returns the name trimmed", () => {
    expect(validateFullName("  Grace Hopper\t")).toEqual({ ok: true, value: "Grace Hopper" });
  });

  it("rejects an empty or blank name", () => {
    expect(errorCode(validateFullName(""))).toBe("full_name_required");
    expect(errorCode(validateFullName(" \n\t "))).toBe("full_name_required");
  });

  it("accepts one character", () => {
    expect(validateFullName("X")).toEqual({ ok: true, value: "X" });
  });

  it("accepts 100 characters after trimming and rejects 101", () => {
    expect(validateFullName(`  ${"n".repeat(100)}  `)).toEqual({ ok: true, value: "n".repeat(100) });
    expect(errorCode(validateFullName(`  ${"n".repeat(101)}  `))).toBe("full_name_too_long");
  });

  it("counts an accented letter typed as two code points as one character", () => {
    const decomposed = "e\u0301".repeat(100);
    const result = validateFullName(decomposed);
    expect(result).toEqual({ ok: true, value: "\u00e9".repeat(100) });
  });

  it("counts an emoji as one character", () => {
    expect(validateFullName("😀".repeat(100)).ok).toBe(true);
    expect(errorCode(validateFullName("😀".repeat(101)))).toBe("full_name_too_long");
  });
});

describe("validateEmail", () => {
  it("returns the email trimmed with its domain lower-cased and its local part as typed", () => {
    expect(validateEmail("  Grace.Hopper@Navy.MIL ")).toEqual({ ok: true, value: "Grace.Hopper@navy.mil" });
  });

  it("accepts 254 characters and rejects 255", () => {
    expect(emailOfLength(254)).toHaveLength(254);
    expect(validateEmail(emailOfLength(254))).toEqual({ ok: true, value: emailOfLength(254) });
    expect(errorCode(validateEmail(emailOfLength(255)))).toBe("email_too_long");
  });

  it("measures the length after trimming", () => {
    expect(validateEmail(`  ${emailOfLength(254)}  `).ok).toBe(true);
  });

  it("rejects a blank email as missing", () => {
    expect(errorCode(validateEmail("   "))).toBe("email_required");
  });

  it("accepts common real addresses", () => {
    for (const email of ["a@b.co", "first.last+tag@sub.example.org", "o'brien@example.ie", "x@xn--p1ai.xn--p1ai"]) {
      expect(validateEmail(email), email).toEqual({ ok: true, value: email });
    }
  });

  it.each([
    "plainaddress",
    "@example.com",
    "ada@",
    "ada@@example.com",
    "ada@example",
    "ada@exa mple.com",
    "ada lovelace@example.com",
    ".ada@example.com",
    "ada.@example.com",
    "ada..king@example.com",
    "ada@-example.com",
    "ada@example-.com",
    "ada@example..com",
    "ada@example.c",
    "ada@example.123",
    "adá@example.com",
  ])("rejects %s", (email) => {
    expect(errorCode(validateEmail(email))).toBe("email_invalid");
  });

  it("rejects a local part longer than 64 characters", () => {
    expect(validateEmail(`${"a".repeat(64)}@example.com`).ok).toBe(true);
    expect(errorCode(validateEmail(`${"a".repeat(65)}@example.com`))).toBe("email_invalid");
  });
});

describe("validateDateOfBirth", () => {
  // NOW is 2025-06-15T12:00Z.
  it("accepts a real date in the past for a plausible age", () => {
    expect(validateDateOfBirth("2000-12-10", NOW)).toEqual({ ok: true, value: "2000-12-10" });
  });

  it("rejects today and any day after it", () => {
    expect(errorCode(validateDateOfBirth("2025-06-15", NOW))).toBe("date_of_birth_not_in_past");
    expect(errorCode(validateDateOfBirth("2025-06-16", NOW))).toBe("date_of_birth_not_in_past");
    expect(errorCode(validateDateOfBirth("2090-01-01", NOW))).toBe("date_of_birth_not_in_past");
  });

  it("takes today as the UTC calendar day of now", () => {
    // 01:00 on the 15th at UTC+5 is still the 14th in UTC, when this student is not yet 16. The process
    // runs at UTC+5 too, so reading the local calendar day instead would get it wrong.
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Karachi";
    try {
      const now = new Date("2025-06-15T01:00:00+05:00");
      expect(errorCode(validateDateOfBirth("2009-06-15", now))).toBe("date_of_birth_too_young");
      expect(errorCode(validateDateOfBirth("2025-06-14", now))).toBe("date_of_birth_not_in_past");
      expect(errorCode(validateDateOfBirth("2025-06-13", now))).toBe("date_of_birth_too_young");
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it.each([
    "2023-02-30",
    "2023-02-29",
    "1900-02-29",
    "2001-04-31",
    "2001-13-01",
    "2001-00-10",
    "2001-01-00",
    "2001-01-32",
  ])("rejects %s, which is not a calendar date", (date) => {
    expect(errorCode(validateDateOfBirth(date, NOW))).toBe("date_of_birth_invalid");
  });

  it.each(["15/06/2000", "2000-6-1", "20000-01-01", "2000-01-01T00:00:00Z", "", "yesterday"])(
    "rejects %j, which is not written as YYYY-MM-DD",
    (date) => {
      expect(errorCode(validateDateOfBirth(date, NOW))).toBe("date_of_birth_invalid");
    },
  );

  it("accepts 29 February in a leap year, including a century divisible by 400", () => {
    expect(validateDateOfBirth("2004-02-29", NOW).ok).toBe(true);
    expect(validateDateOfBirth("2000-02-29", NOW).ok).toBe(true);
  });

  it("accepts a student who turns 16 today and rejects one who turns 16 tomorrow", () => {
    expect(validateDateOfBirth("2009-06-15", NOW).ok).toBe(true);
    expect(errorCode(validateDateOfBirth("2009-06-16", NOW))).toBe("date_of_birth_too_young");
  });

  it("accepts a student aged 120 until the day they turn 121", () => {
    expect(validateDateOfBirth("1905-06-15", NOW).ok).toBe(true);
    expect(validateDateOfBirth("1904-06-16", NOW).ok).toBe(true);
    expect(errorCode(validateDateOfBirth("1904-06-15", NOW))).toBe("date_of_birth_too_old");
  });

  it("makes someone born on 29 February a year older on 1 March in a common year", () => {
    expect(validateDateOfBirth("1904-02-29", new Date("2025-02-28T12:00:00Z")).ok).toBe(true);
    expect(errorCode(validateDateOfBirth("1904-02-29", new Date("2025-03-01T12:00:00Z")))).toBe(
      "date_of_birth_too_old",
    );
  });

  it("makes someone born on 29 February a year older on 29 February in a leap year", () => {
    expect(errorCode(validateDateOfBirth("2008-02-29", new Date("2024-02-28T12:00:00Z")))).toBe(
      "date_of_birth_too_young",
    );
    expect(validateDateOfBirth("2008-02-29", new Date("2024-02-29T12:00:00Z")).ok).toBe(true);
  });
});
