/**
 * `trellis calibration agreement FILE.csv`: how far raters agree, before anyone trusts a
 * calibrated rating. Reads `rater,unit,value` (ordinal integers), prints Krippendorff's alpha for
 * the four levels of measurement, n, a bootstrap interval of the ordinal alpha, and each rater's
 * leniency. Needs no store: a facilitator can run it over a spreadsheet export.
 */
import type { Command } from 'commander';
import { print, printJson } from '../output.js';

interface AgreementOpts {
  json?: boolean;
  seed?: string;
  resamples?: string;
  minShared?: string;
}

export function registerCalibration(program: Command): void {
  const calibration = program.command('calibration').description('Calibration statistics: rater agreement and leniency.');
  calibration
    .command('agreement')
    .description("Agreement between raters (Krippendorff's alpha, nominal/ordinal/interval/ratio) with a bootstrap interval and each rater's leniency.")
    .argument('<file>', 'CSV with the columns rater,unit,value (ordinal integers; a missing rating is a missing line), or - for stdin')
    .option('--json', 'machine-readable output')
    .option('--seed <n>', 'seed of the bootstrap (the same seed gives the same interval)', '1')
    .option('--resamples <n>', 'bootstrap resamples', '1000')
    .option('--min-shared <n>', 'shared units a rater needs before leniency is flagged', '5')
    .addHelpText('after', `
Examples:
  $ trellis calibration agreement workshop-round-1.csv
  $ trellis calibration agreement ratings.csv --json

Reading alpha (Krippendorff): >= 0.800 reliable, 0.667-0.800 tentative, below that not reliable.
A rater is flagged lenient or severe only with |z| > 2 over at least --min-shared shared units.
Definitions: docs/calibration.md.`)
    .action(async (file: string, opts: AgreementOpts) => {
      const { readFile } = await import('node:fs/promises');
      const { TrellisError } = await import('../../errors.js');
      const { parseRatingsCsv } = await import('../../sources/calibration/ratings-csv.js');
      const { agreementReport } = await import('../../core/calibration/agreement-report.js');
      const { Rng } = await import('../../core/demo/random.js');
      const count = (raw: string | undefined, flag: string, min: number): number => {
        const n = Number(raw);
        if (!Number.isInteger(n) || n < min) throw new TrellisError('BAD_INPUT', `${flag} must be an integer of at least ${min}, not "${raw}"`);
        return n;
      };
      const seed = count(opts.seed, '--seed', 0);
      const resamples = count(opts.resamples, '--resamples', 1);
      const minShared = count(opts.minShared, '--min-shared', 1);
      let text: string;
      try {
        text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
      } catch (e) {
        throw new TrellisError('BAD_INPUT', `cannot read ${file}: ${(e as Error).message}`);
      }
      const { ratings } = parseRatingsCsv(text, file === '-' ? 'stdin' : file);
      const report = agreementReport(ratings, new Rng(seed), { resamples, minShared });
      if (opts.json) printJson(report);
      else print(presentAgreement(report));
    });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

type Report = import('../../core/calibration/agreement-report.js').AgreementReport;

const fixed = (v: number | null, digits = 3) => (v === null ? 'undefined' : v.toFixed(digits));

export function presentAgreement(r: Report): string {
  const lines = [
    `Agreement of ${r.raters} raters on ${r.units} units (${r.pairableUnits} rated by two or more; n = ${r.n} pairable values)`,
    `  alpha  ordinal ${fixed(r.alpha.ordinal)}  nominal ${fixed(r.alpha.nominal)}  interval ${fixed(r.alpha.interval)}  ratio ${fixed(r.alpha.ratio)}`,
    r.interval
      ? `  ordinal alpha, ${Math.round(r.interval.confidence * 100)}% bootstrap interval over units: ${fixed(r.interval.low)} to ${fixed(r.interval.high)} (${r.interval.resamples} resamples)`
      : '  no interval: too few units rated by two or more raters',
    `  reading: ${r.reading}${r.reading === 'undefined' ? ' (every value is the same, or too few pairable values)' : ''} (>= 0.800 reliable, 0.667-0.800 tentative)`,
    '',
    '  rater leniency (mean difference to the other raters on shared units):',
  ];
  for (const l of r.leniency) {
    const d = l.meanDifference === null ? 'n/a' : `${l.meanDifference >= 0 ? '+' : ''}${l.meanDifference.toFixed(2)}`;
    const z = l.z === null ? 'z n/a' : `z ${l.z.toFixed(2)}`;
    const flag = l.flagged ? `  FLAG: ${l.direction}` : l.note ? `  (${l.note})` : '';
    const spread = l.centralTendency ? '  central tendency: spread under half of the others\'' : '';
    lines.push(`    ${l.rater}: ${d} over ${l.n} shared units, ${z}${flag}${spread}`);
  }
  lines.push('', '  Prompts for the calibration conversation, never automatic corrections.');
  return `${lines.join('\n')}\n`;
}
