/** `npm run projector`: keeps the MySQL read model in step with the event store until Ctrl-C. */
import { app, closeApp, createAppProjector } from "@/lib/server/app";

const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => controller.abort());

const { projector, close } = createAppProjector(app());
await projector.run(controller.signal);
close();
await closeApp();
