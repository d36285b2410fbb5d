import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's times (USER_HZ), 100 on Linux. */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user and system) a process has used, from /proc; null where there is no /proc. */
export function processCpuSeconds(pid: number): number | null {
  try {
    // The fields after the command name, which may hold spaces, start at its closing parenthesis.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** CPU seconds used by every PostgreSQL process of this machine (server and backends); null if none. */
export function postgresCpuSeconds(): number | null {
  let total = 0;
  let found = false;
  for (const entry of readdirSync('/proc', { withFileTypes: true })) {
    if (!entry.isDirectory() || !/^\d+$/.test(entry.name)) continue;
    try {
      if (!readFileSync(`/proc/${entry.name}/comm`, 'utf8').startsWith('postgres')) continue;
    } catch {
      continue; // the process ended meanwhile
    }
    const seconds = processCpuSeconds(Number(entry.name));
    if (seconds === null) continue;
    total += seconds;
    found = true;
  }
  return found ? total : null;
}

/**
 * Starts counting the CPU a server process and the local PostgreSQL use; the returned function gives
 * each one's milliseconds per request over `requests` (null where it cannot be read).
 */
export function startCpuCount(serverPid: number | undefined, countPostgres: boolean) {
  const read = () => ({
    server: serverPid === undefined ? null : processCpuSeconds(serverPid),
    postgres: countPostgres && process.platform === 'linux' ? postgresCpuSeconds() : null,
  });
  const before = read();
  return (requests: number): { serverMs: number | null; databaseMs: number | null } => {
    const after = read();
    const perRequest = (start: number | null, end: number | null) =>
      start === null || end === null || requests === 0
        ? null
        : Math.round(((end - start) * 1000 * 100) / requests) / 100;
    return {
      serverMs: perRequest(before.server, after.server),
      databaseMs: perRequest(before.postgres, after.postgres),
    };
  };
}
