/** A feed position given back as a query parameter (`from`, `cursor`): checked by shape and length in bytes. */
import { z } from "zod";
import { MAX_POSITION_BYTES, positionProblem } from "@/lib/http/positions";

export const positionParamSchema = z
  .string()
  .min(1)
  .superRefine((value, context) => {
    const problem = positionProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  })
  .meta({ maxLength: MAX_POSITION_BYTES });
