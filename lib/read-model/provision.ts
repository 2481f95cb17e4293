/**
 * Creates the read model's database and user on a MySQL server where we are root (the project's own MariaDB).
 * Idempotent, and MySQL 8 compatible so it also works against a stock server.
 */
import "server-only";
import mysql from "mysql2/promise";
import type { Config } from "@/lib/config";

type MysqlConfig = Config["mysql"];

const CONNECT_TIMEOUT_MS = 2_000;

/** Opens and closes a connection as the application's user. Returns the reason when it cannot. */
export async function tryConnect(settings: MysqlConfig): Promise<string | undefined> {
  try {
    const connection = await mysql.createConnection({ uri: settings.url, connectTimeout: CONNECT_TIMEOUT_MS });
    await connection.end();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Connects as root over the server's socket (root has no password on the project's own instance). */
export async function canConnectAsRoot(socketPath: string): Promise<boolean> {
  try {
    const connection = await mysql.createConnection({ socketPath, user: "root", connectTimeout: CONNECT_TIMEOUT_MS });
    await connection.end();
    return true;
  } catch {
    return false;
  }
}

export async function provisionDatabase(socketPath: string, settings: MysqlConfig): Promise<void> {
  const root = await mysql.createConnection({ socketPath, user: "root", connectTimeout: CONNECT_TIMEOUT_MS });
  try {
    // mariadb-install-db creates anonymous users on localhost; MySQL matches them before 'user'@'%', so a
    // password login from 127.0.0.1 would fail. The project's instance has no use for them.
    const [anonymous] = await root.query<mysql.RowDataPacket[]>("SELECT host FROM mysql.user WHERE user = ''");
    for (const row of anonymous) await root.query("DROP USER IF EXISTS ''@?", [row.host as string]);

    await root.query("CREATE DATABASE IF NOT EXISTS ?? CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", [
      settings.database,
    ]);
    await root.query("CREATE USER IF NOT EXISTS ?@'%' IDENTIFIED BY ?", [settings.user, settings.password]);
    // Keeps the password in step with DATABASE_URL when it changes.
    await root.query("ALTER USER ?@'%' IDENTIFIED BY ?", [settings.user, settings.password]);
    await root.query("GRANT ALL PRIVILEGES ON ??.* TO ?@'%'", [settings.database, settings.user]);
  } finally {
    await root.end();
  }
}
