import { z } from 'zod';

/** Whether the audit trail's hash chain holds, and the hash that seals it. */
export const auditChainSchema = z.object({ entries: z.number().int(), verified: z.boolean(), headHash: z.string().nullable(), brokenAt: z.number().int().nullable() });

/** One entry of the audit trail. */
export const auditEntrySchema = z.object({ id: z.number().int(), at: z.string(), actor: z.string(), action: z.string(), subject: z.string().nullable(), details: z.unknown(), hash: z.string().nullable() });

/** A sign-off of a run's verdict. */
export const signOffSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  name: z.string(),
  role: z.string(),
  statement: z.string(),
  runId: z.string(),
  profile: z.string(),
  verdict: z.enum(['PASS', 'FAIL']),
  auditHead: z.string(),
});
