import { z } from 'zod';

export const HealthSchema = z.object({ status: z.literal('ok') });
export type Health = z.infer<typeof HealthSchema>;

export const ReadinessSchema = z.object({
  status: z.literal('ready'),
  database: z.enum(['pglite', 'postgres']),
  migrations: z.object({ applied: z.number().int(), expected: z.number().int() }),
  /** PostgreSQL: the connection pool, and how many checkouts since start found no free connection. */
  pool: z
    .object({
      max: z.number().int(),
      total: z.number().int(),
      idle: z.number().int(),
      waiting: z.number().int(),
      waitedCheckouts: z.number().int(),
    })
    .optional(),
});
export type Readiness = z.infer<typeof ReadinessSchema>;
