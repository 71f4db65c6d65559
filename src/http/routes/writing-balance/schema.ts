/** Schemas of the standout-vs-grindstone word balance: its organisation switch and a manager's own figures for a cycle. */
import { z } from 'zod';
import { errorBody, idParams, signedInErrors } from '../../schemas.js';

const setting = z.object({ enabled: z.boolean() }).meta({ id: 'WritingBalanceSetting' });

export const readWritingBalanceSettingSchema = {
  summary: 'Whether managers see the standout vs grindstone word balance of the reviews they wrote (off by default)',
  tags: ['setup'],
  response: { 200: setting, ...signedInErrors },
};

export const setWritingBalanceSettingSchema = {
  summary: 'Turn the word balance on or off for the organisation (administrators; audited)',
  tags: ['setup'],
  body: z.object({ enabled: z.boolean() }),
  response: { 200: setting, ...signedInErrors, 400: errorBody },
};

export const myWritingBalanceSchema = {
  summary: 'The reader’s own manager reviews and rating rationales in a cycle: standout vs grindstone words, as an aggregate naming nobody',
  tags: ['reviews'],
  params: idParams,
  response: {
    200: z
      .object({
        enabled: z.boolean().describe('false: the organisation has not turned it on, and the counts are empty'),
        texts: z.number(),
        standout: z.number(),
        grindstone: z.number(),
        standoutShare: z.number().nullable().describe('standout / (standout + grindstone); null when neither appears'),
        grindstoneOnly: z.number().describe('Texts with grindstone words and no standout word'),
        standoutOnly: z.number().describe('Texts with standout words and no grindstone word'),
      })
      .meta({ id: 'MyWritingBalance' }),
    ...signedInErrors,
    404: errorBody,
  },
};
