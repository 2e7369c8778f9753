// Starting and stopping `next start` from a script (the crash test, the HTTP benchmarks).
import { spawn, type ChildProcess } from "node:child_process";
import { nextBin } from "../build-if-needed";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The production server of `dir` (the project by default) in its own process group, so a kill takes it alone. */
export function startServer(port: number, env: NodeJS.ProcessEnv, dir = ".", nodeArgs: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeArgs, nextBin, "start", "-p", String(port)], {
    env,
    cwd: dir,
    detached: true,
    stdio: "ignore",
  });
}

export async function waitUntilServing(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode})`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await sleep(100);
  }
  throw new Error("the server did not start");
}

export async function stopServer(server: ChildProcess, signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((r) => server.once("exit", r));
  process.kill(-server.pid!, signal);
  await exited;
}
