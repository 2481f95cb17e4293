/**
 * The read model's connection pool and drizzle instance, created on first use (never at build time). In
 * development the pool lives on globalThis so that hot reloads reuse it instead of leaking connections.
 */
import "server-only";
import { drizzle, type MySql2Database } from "drizzle-orm/mysql2";
import mysql from "mysql2/promise";
import { config } from "@/lib/config";
import * as schema from "@/lib/read-model/schema";

export type ReadModelDb = MySql2Database<typeof schema>;

interface ReadModel {
  pool: mysql.Pool;
  db: ReadModelDb;
}

const globalForReadModel = globalThis as typeof globalThis & { ledgerlineReadModel?: ReadModel };
let readModel: ReadModel | undefined;

export function getReadModel(): ReadModel {
  readModel ??= globalForReadModel.ledgerlineReadModel ?? create();
  if (config().nodeEnv === "development") globalForReadModel.ledgerlineReadModel = readModel;
  return readModel;
}

function create(): ReadModel {
  const pool = mysql.createPool({
    uri: config().mysql.url,
    connectionLimit: 10,
    connectTimeout: 5_000,
    // datetime(3) columns hold UTC.
    timezone: "Z",
    dateStrings: ["DATE"],
  });
  return { pool, db: drizzle(pool, { schema, mode: "default" }) };
}

/** Ends the pool (scripts and tests call this so the process can exit). */
export async function closeReadModel(): Promise<void> {
  const current = readModel;
  readModel = undefined;
  globalForReadModel.ledgerlineReadModel = undefined;
  await current?.pool.end();
}
