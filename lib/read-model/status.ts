/**
 * Whether the read model's MySQL server answers and how far its schema is migrated: the rows in drizzle's
 * __drizzle_migrations table against the migrations this build ships (drizzle/meta/_journal.json).
 */
import "server-only";
import mysql from "mysql2/promise";
import type { Config } from "@/lib/config";
import { withTimeout } from "@/lib/with-timeout";
import journal from "@/drizzle/meta/_journal.json";

export interface ReadModelStatus {
  reachable: boolean;
  /** Undefined when the server could not be asked. */
  appliedMigrations: number | undefined;
  expectedMigrations: number;
  error: string | undefined;
}

export const EXPECTED_MIGRATIONS = journal.entries.length;

export async function readModelStatus(settings: Config["mysql"], timeoutMs: number): Promise<ReadModelStatus> {
  let connection: mysql.Connection | undefined;
  let abandoned = false;
  const ask = async () => {
    const opened = await mysql.createConnection({ uri: settings.url, connectTimeout: timeoutMs });
    if (abandoned) opened.destroy();
    else connection = opened;
    return countAppliedMigrations(opened);
  };
  try {
    const applied = await withTimeout(ask(), timeoutMs, `MySQL at ${settings.host}:${settings.port}`);
    return { reachable: true, appliedMigrations: applied, expectedMigrations: EXPECTED_MIGRATIONS, error: undefined };
  } catch (error) {
    const message = error instanceof Error ? error.message || error.name : String(error);
    return { reachable: false, appliedMigrations: undefined, expectedMigrations: EXPECTED_MIGRATIONS, error: message };
  } finally {
    abandoned = true;
    // destroy, not end: end() waits for the server, which may be the thing that is not answering.
    connection?.destroy();
  }
}

async function countAppliedMigrations(connection: mysql.Connection): Promise<number> {
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>("SELECT COUNT(*) AS n FROM __drizzle_migrations");
    return Number(rows[0]?.n ?? 0);
  } catch (error) {
    if ((error as { code?: string }).code === "ER_NO_SUCH_TABLE") return 0;
    throw error;
  }
}
