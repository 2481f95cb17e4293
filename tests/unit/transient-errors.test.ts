import { describe, expect, it } from "vitest";
import { isTransient, unavailableStore, whyRetrying } from "@/lib/transient-errors";

const wrapped = (code: string) =>
  Object.assign(new Error("Failed query"), { cause: Object.assign(new Error(code), { code }) });

describe("the projector's retry reasons", () => {
  it("calls a deadlock between two projectors a lock conflict, not a server that is away", () => {
    expect(isTransient(wrapped("ER_LOCK_DEADLOCK"))).toBe(true);
    expect(whyRetrying(wrapped("ER_LOCK_DEADLOCK"))).toBe("lock conflict with another writer");
    expect(whyRetrying(wrapped("ER_LOCK_WAIT_TIMEOUT"))).toBe("lock conflict with another writer");
  });

  it("waits for a server that is away or silent, and reports other failures as failures", () => {
    expect(whyRetrying(wrapped("ECONNREFUSED"))).toBe("waiting for a server");
    expect(whyRetrying(wrapped("PROTOCOL_SEQUENCE_TIMEOUT"))).toBe("waiting for a server");
    expect(whyRetrying(new Error("Data too long"))).toBe("batch failed");
  });
});

describe("which store did not answer", () => {
  it("names the read model for mysql2's errors, raw or wrapped, and the event store for the AWS SDK's", () => {
    expect(unavailableStore(wrapped("PROTOCOL_SEQUENCE_TIMEOUT"))).toBe("read model (MySQL)");
    expect(unavailableStore(Object.assign(new Error("connect ETIMEDOUT"), { code: "ETIMEDOUT", fatal: true }))).toBe(
      "read model (MySQL)",
    );
    const sdk = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:8100"), {
      code: "ECONNREFUSED",
      $metadata: {},
    });
    expect(unavailableStore(sdk)).toBe("event store (DynamoDB)");
    expect(unavailableStore(new Error("a bug"))).toBeUndefined();
  });
});
