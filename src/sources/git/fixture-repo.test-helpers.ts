/**
 * Throwaway git repositories for tests, with fixed author, committer and tagger dates so every
 * sha and time is the same on every run. The user's own git configuration is kept out.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isolated = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Ada', GIT_COMMITTER_NAME: 'Ada', GIT_COMMITTER_EMAIL: 'ci@example.com' };

export class FixtureRepo {
  private constructor(readonly dir: string) {}

  static create(): FixtureRepo {
    const repo = new FixtureRepo(join(mkdtempSync(join(tmpdir(), 'trellis-git-')), 'repo'));
    execFileSync('git', ['init', '-q', '-b', 'main', repo.dir], { env: { ...process.env, ...isolated } });
    return repo;
  }

  /** Run git in the repository; `at` fixes the author, committer and tagger dates. */
  git(args: string[], at = '2024-01-01T00:00:00Z', authorAt = at, email = 'ada@example.com'): string {
    const env = { ...process.env, ...isolated, GIT_AUTHOR_EMAIL: email, GIT_AUTHOR_DATE: authorAt, GIT_COMMITTER_DATE: at };
    return execFileSync('git', ['-C', this.dir, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  }

  /** A commit adding a file named after the message (so it can be reverted). */
  commit(message: string, at: string, authorAt = at, email?: string): string {
    writeFileSync(join(this.dir, `${message.replace(/\W+/g, '-')}.txt`), `${message}\n`);
    this.git(['add', '-A']);
    this.git(['commit', '-q', '-m', message], at, authorAt, email);
    return this.git(['rev-parse', 'HEAD']);
  }

  /** A lightweight tag, or an annotated one (tagger date `at`) when `at` is given. */
  tag(name: string, ref: string, at?: string): void {
    if (at === undefined) this.git(['tag', name, ref]);
    else this.git(['tag', '-a', '-m', name, name, ref], at);
  }

  remove(): void {
    rmSync(join(this.dir, '..'), { recursive: true, force: true });
  }
}
