/** `npm run projector`: keeps the MySQL read model in step with the event store until Ctrl-C. */
import { closeReadModel } from "@/lib/read-model/client";
import { createAppProjector } from "@/lib/projector/app-projector";

const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => controller.abort());

const { projector, close } = createAppProjector();
await projector.run(controller.signal);
close();
await closeReadModel();
