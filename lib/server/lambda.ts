/** The Lambda entry point (docs/projector.md): the projection's handler on the app's stores, built on first use. */
import "server-only";
import { createLambdaHandler, type LambdaHandler } from "@/lib/projector/lambda-handler";
import { app } from "@/lib/server/app";

export const handler: LambdaHandler = (event) => createLambdaHandler(app())(event);
