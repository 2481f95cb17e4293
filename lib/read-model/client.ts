/**
 * The read model's connection pool and drizzle instance. Made by the composition root (lib/server/app.ts), once
 * per process, and passed to every query; no connection is opened until the first statement.
 */
import "server-only";
import { drizzle, type MySql2Database } from "drizzle-orm/mysql2";
import mysql from "mysql2/promise";
import * as schema from "@/lib/read-model/schema";

export type ReadModelDb = MySql2Database<typeof schema>;

export interface ReadModel {
  pool: mysql.Pool;
  db: ReadModelDb;
  /** Ends the pool (scripts and tests call this so the process can exit). */
  close(): Promise<void>;
}

/**
 * How long one statement may go without an answer. A server that is down fails fast on its own; one that is
 * frozen (or a network that drops packets) would otherwise hold a page, an enrolment or the projector for as
 * long as it stays silent. Every statement the app sends is far quicker than this.
 */
export const QUERY_TIMEOUT_MS = 5_000;

const isTimeout = (error: unknown) => (error as { code?: unknown } | null)?.code === "PROTOCOL_SEQUENCE_TIMEOUT";

type Statement = string | mysql.QueryOptions;
const timed = (statement: Statement): mysql.QueryOptions =>
  typeof statement === "string"
    ? { sql: statement, timeout: QUERY_TIMEOUT_MS }
    : { timeout: QUERY_TIMEOUT_MS, ...statement };

/**
 * A connection whose statements time out. A timed-out connection is destroyed: its statement may still be
 * running, so it must never carry another caller's statements (nor a transaction's rollback) behind it.
 */
function timedConnection<C extends mysql.PoolConnection>(connection: C): C {
  const guard = (method: "query" | "execute") => async (statement: Statement, values?: unknown) => {
    try {
      return await (connection[method] as (s: mysql.QueryOptions, v?: unknown) => Promise<unknown>)(
        timed(statement),
        values,
      );
    } catch (error) {
      if (isTimeout(error)) connection.destroy();
      throw error;
    }
  };
  return new Proxy(connection, {
    get(target, property, receiver) {
      if (property === "query" || property === "execute") return guard(property);
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** The pool as drizzle uses it (query, execute, getConnection), each statement on a timed connection. */
function timedPool(pool: mysql.Pool): mysql.Pool {
  const onConnection = (method: "query" | "execute") => async (statement: Statement, values?: unknown) => {
    const connection = timedConnection(await pool.getConnection());
    try {
      return await (connection[method] as (s: Statement, v?: unknown) => Promise<unknown>)(statement, values);
    } finally {
      connection.release();
    }
  };
  return new Proxy(pool, {
    get(target, property, receiver) {
      if (property === "query" || property === "execute") return onConnection(property);
      if (property === "getConnection") return async () => timedConnection(await target.getConnection());
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export function createReadModel(url: string): ReadModel {
  const pool = timedPool(
    mysql.createPool({
      uri: url,
      connectionLimit: 10,
      connectTimeout: QUERY_TIMEOUT_MS,
      // datetime(3) columns hold UTC.
      timezone: "Z",
      dateStrings: ["DATE"],
    }),
  );
  return { pool, db: drizzle(pool, { schema, mode: "default" }), close: () => pool.end() };
}
