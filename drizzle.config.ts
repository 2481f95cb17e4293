// drizzle-kit: `npm run db:generate` writes migrations for lib/read-model/schema.ts into drizzle/.
// (push and pull do not work against MariaDB; generate + the migrator in lib/read-model/migrate.ts do.)
import { defineConfig } from "drizzle-kit";
import { config } from "./lib/config";

export default defineConfig({
  dialect: "mysql",
  schema: "./lib/read-model/schema.ts",
  out: "./drizzle",
  dbCredentials: { url: config().mysql.url },
});
