/** A calendar date as YYYY-MM-DD (1:1s, action items, support plans): one problem per bad value. */
import { z } from 'zod';

export const isoDate = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'must be a date (YYYY-MM-DD)');
