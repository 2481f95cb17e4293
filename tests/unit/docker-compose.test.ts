import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseConfig, SETTING_NAMES } from "@/lib/config";

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, unknown>;
}

const compose = parse(readFileSync("docker-compose.yml", "utf8")) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};

/** KEY=value lines of .env.example (comments and blank lines skipped). */
function readEnvExample(): Record<string, string> {
  const entries = readFileSync(".env.example", "utf8")
    .split("\n")
    .filter((line) => /^[A-Z][A-Z0-9_]*=/.test(line))
    .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)] as const);
  return Object.fromEntries(entries);
}

const service = (name: string): ComposeService => {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service ${name}`);
  return found;
};

/** "host:container" port mappings as [host, container] numbers. */
const portPairs = (s: ComposeService) => (s.ports ?? []).map((p) => p.split(":").map(Number) as [number, number]);

describe(".env.example", () => {
  it("lists every setting lib/config.ts reads, and nothing else", () => {
    expect(Object.keys(readEnvExample()).sort()).toEqual([...SETTING_NAMES].sort());
  });

  it("shows the defaults: its values configure the same as an empty environment", () => {
    expect(parseConfig(readEnvExample())).toEqual(parseConfig({}));
  });

  it("has a comment above every setting", () => {
    const lines = readFileSync(".env.example", "utf8").split("\n");
    lines.forEach((line, i) => {
      if (/^[A-Z][A-Z0-9_]*=/.test(line)) expect(lines[i - 1], `comment above ${line}`).toMatch(/^#/);
    });
  });
});

describe("docker-compose.yml", () => {
  const example = parseConfig(readEnvExample());

  it("has the two stores, the app and the projector", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["app", "dynamodb", "mysql", "projector"]);
    expect(service("dynamodb").image).toMatch(/^amazon\/dynamodb-local/);
    expect(service("mysql").image).toMatch(/^mysql:8/);
    expect(service("app").build).toBeDefined();
    expect(service("projector").build).toBeDefined();
    expect(service("projector").command?.join(" ")).toContain("scripts/projector.ts");
  });

  it("gives the projector the app's store settings", () => {
    const app = service("app").environment ?? {};
    const projector = service("projector").environment ?? {};
    for (const name of ["DYNAMODB_ENDPOINT", "AWS_REGION", "EVENTS_TABLE", "DATABASE_URL"])
      expect(projector[name]).toBe(app[name]);
    expect(() => parseConfig(projector)).not.toThrow();
  });

  it("persists both stores in named volumes", () => {
    expect(service("dynamodb").command).toEqual(expect.arrayContaining(["-sharedDb", "-dbPath"]));
    const dbPath = service("dynamodb").command?.[service("dynamodb").command!.indexOf("-dbPath") + 1];
    expect(service("dynamodb").volumes).toContain(`dynamodb-data:${dbPath}`);
    expect(service("mysql").volumes).toContain("mysql-data:/var/lib/mysql");
    expect(Object.keys(compose.volumes).sort()).toEqual(["dynamodb-data", "mysql-data"]);
  });

  it("publishes the stores on the host ports of .env.example, so the dev script can reuse them", () => {
    expect(portPairs(service("dynamodb"))).toContainEqual([Number(new URL(example.dynamo.endpoint!).port), 8000]);
    expect(portPairs(service("mysql"))).toContainEqual([example.mysql.port, 3306]);
    expect(portPairs(service("app"))).toContainEqual([example.appPort, example.appPort]);
  });

  it("gives the app only settings lib/config.ts knows, and they parse", () => {
    const env = service("app").environment ?? {};
    for (const name of Object.keys(env)) expect(SETTING_NAMES).toContain(name);
    expect(() => parseConfig(env)).not.toThrow();
  });

  it("points the app at the store containers, with the mysql service's database and user", () => {
    const app = parseConfig(service("app").environment ?? {});
    const mysqlEnv = service("mysql").environment ?? {};
    expect(app.dynamo.endpoint).toBe("http://dynamodb:8000");
    expect(app.dynamo.isLocal).toBe(false); // nothing is started inside the app container
    expect(app.mysql).toMatchObject({
      host: "mysql",
      port: 3306,
      database: mysqlEnv.MYSQL_DATABASE,
      user: mysqlEnv.MYSQL_USER,
      password: mysqlEnv.MYSQL_PASSWORD,
      isLocal: false,
    });
    expect(app.dynamo.tableName).toBe(example.dynamo.tableName);
    expect(service("app").depends_on).toHaveProperty("mysql");
    expect(service("app").depends_on).toHaveProperty("dynamodb");
  });

  it("uses the same database, user and password as .env.example's DATABASE_URL", () => {
    const mysqlEnv = service("mysql").environment ?? {};
    expect(mysqlEnv).toMatchObject({
      MYSQL_DATABASE: example.mysql.database,
      MYSQL_USER: example.mysql.user,
      MYSQL_PASSWORD: example.mysql.password,
    });
  });
});
