const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** A count with thousands separators, in the user's locale. */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** A duration in seconds, as a person would say it: "0.4 s", "45 s", "3 min 10 s", "1 h 5 min". */
export function formatSeconds(seconds: number): string {
  if (seconds < 10) return `${Math.max(0, seconds).toFixed(1)} s`;
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

/** A stored ISO timestamp in the user's locale; an em dash when absent. */
export function formatTime(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/** A source locator as `file:line` (or `file segment`), the way editors accept it. */
export function formatLocator(locator: { file: string; line?: number; message?: string; segment?: string }): string {
  if (locator.line !== undefined) return `${locator.file}:${locator.line}`;
  const extra = [locator.message, locator.segment].filter(Boolean).join(' ');
  return extra ? `${locator.file} ${extra}` : locator.file;
}

/** A problem in a file as `file:line: field: message`, the way editors accept it. */
export function formatProblem(problem: { file: string; line?: number; field?: string; message: string }): string {
  const where = [problem.file, problem.line].filter((p) => p !== undefined).join(':');
  return `${where}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}
