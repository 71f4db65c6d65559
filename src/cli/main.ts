/**
 * Entry point of the `trellis` binary: run the program, map failures to exit codes
 * (0 ok, 1 failure, 2 bad input) in one place.
 */
import { CommanderError } from 'commander';
import { buildProgram } from './program.js';
import { reportError } from './output.js';

async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      if (e.exitCode === 0) return 0;
      return 2;
    }
    return reportError(e);
  }
}

process.exitCode = await main(process.argv);
