/** Child processes of the bench: servers and browsers started detached, stopped with their children. */
import { spawn, type ChildProcess } from 'node:child_process';

/** Polls `url` until it answers (any status under 500), for up to 30 s. */
export async function waitFor(url: string, what: string): Promise<void> {
  for (let i = 0; ; i++) {
    if (
      await fetch(url).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return;
    if (i > 150) throw new Error(`${what} did not start (${url})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function start(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): ChildProcess {
  return spawn(cmd, args, { stdio: 'ignore', detached: true, env });
}

/** Stops `p` and what it started (it leads a process group of its own). */
export function stop(p: ChildProcess): void {
  try {
    if (p.pid) process.kill(-p.pid);
  } catch {
    // Already gone.
  }
}
