/** `npm run db:migrate`: applies drizzle/ migrations to the read model of DATABASE_URL (server must be up). */
import { migrateReadModel } from "@/lib/read-model/migrate";

migrateReadModel()
  .then(() => console.log("read model migrated"))
  .catch((error: unknown) => {
    console.error(`migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
