import { createInMemoryEventStore } from "@/lib/event-store/in-memory/in-memory-event-store";
import { describeEventStoreConformance } from "@/tests/support/event-store-conformance";

describeEventStoreConformance("in-memory", (options) => createInMemoryEventStore(options));
