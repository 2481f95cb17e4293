/**
 * The one place that reads the environment. Every setting is listed, with its default, in .env.example.
 * Validated once; a bad value stops the process with a message naming the setting.
 */
import { z } from "zod";

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .default("false")
  .transform((value) => value === "true" || value === "1");

const port = z.coerce.number().int().min(1).max(65535);

const settingsSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  APP_PORT: port.default(3000),
  /** Empty means real AWS DynamoDB (credentials and region from the usual AWS sources). */
  DYNAMODB_ENDPOINT: z.union([z.literal(""), z.url()]).default("http://127.0.0.1:8000"),
  DYNAMODB_DATA_DIR: z.string().min(1).default(".data/dynamodb"),
  AWS_REGION: z.string().min(1).default("us-east-1"),
  EVENTS_TABLE: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{3,255}$/, "3–255 letters, digits, '_', '-' or '.'")
    .default("ledgerline-events"),
  DATABASE_URL: z
    .url()
    .refine((value) => value.startsWith("mysql://"), "must start with mysql://")
    .default("mysql://ledgerline:ledgerline@127.0.0.1:3307/ledgerline"),
  MYSQL_DATA_DIR: z.string().min(1).default(".data/mysql"),
  API_TOKEN: z.string().optional(),
  INSTRUCTOR_SECRET: z.string().optional(),
  INLINE_PROJECTION: flag,
});

export type Settings = z.infer<typeof settingsSchema>;

/** Every environment variable this module reads; .env.example must list exactly these. */
export const SETTING_NAMES = Object.keys(settingsSchema.shape) as (keyof Settings)[];

export interface Config {
  nodeEnv: Settings["NODE_ENV"];
  appPort: number;
  dynamo: {
    /** undefined: real AWS. */
    endpoint: string | undefined;
    isLocal: boolean;
    dataDir: string;
    region: string;
    tableName: string;
  };
  mysql: {
    url: string;
    host: string;
    port: number;
    user: string;
    password: string;
    database: string;
    isLocal: boolean;
    dataDir: string;
  };
  apiToken: string | undefined;
  instructorSecret: string | undefined;
  inlineProjection: boolean;
}

export class ConfigError extends Error {}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = settingsSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid settings (see .env.example):\n${lines.join("\n")}`);
  }
  const s = result.data;
  const endpoint = s.DYNAMODB_ENDPOINT === "" ? undefined : s.DYNAMODB_ENDPOINT;
  const db = new URL(s.DATABASE_URL);
  const database = db.pathname.replace(/^\//, "");
  if (!database) throw new ConfigError("Invalid settings (see .env.example):\n  DATABASE_URL: names no database");
  return {
    nodeEnv: s.NODE_ENV,
    appPort: s.APP_PORT,
    dynamo: {
      endpoint,
      isLocal: endpoint !== undefined && LOCAL_HOSTS.has(new URL(endpoint).hostname),
      dataDir: s.DYNAMODB_DATA_DIR,
      region: s.AWS_REGION,
      tableName: s.EVENTS_TABLE,
    },
    mysql: {
      url: s.DATABASE_URL,
      host: db.hostname,
      port: db.port ? Number(db.port) : 3306,
      user: decodeURIComponent(db.username),
      password: decodeURIComponent(db.password),
      database,
      isLocal: LOCAL_HOSTS.has(db.hostname),
      dataDir: s.MYSQL_DATA_DIR,
    },
    apiToken: s.API_TOKEN || undefined,
    instructorSecret: s.INSTRUCTOR_SECRET || undefined,
    inlineProjection: s.INLINE_PROJECTION,
  };
}

let cached: Config | undefined;

/** The process's configuration, read from process.env on first use. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}

/**
 * Installs other settings for this process (a test file's own table, say) without touching process.env. Call it
 * before anything has made a client from the old ones.
 */
export function useConfig(settings: Config): void {
  cached = settings;
}
