import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FILE_NAME = 'recent-project.json';

/**
 * Remembers the last project opened, in a small JSON file in the user-data folder, so the
 * next start reopens it. Only the folder path is stored: nothing from inside a project.
 */
export class RecentProject {
  private readonly file: string;

  constructor(userDataDir: string) {
    this.file = path.join(userDataDir, FILE_NAME);
  }

  /** The last project's folder, or null when none was recorded or the file is unreadable. */
  read(): string | null {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      const value = (parsed as { lastProject?: unknown } | null)?.lastProject;
      return typeof value === 'string' && value.length > 0 ? value : null;
    } catch {
      // Missing on first start; a damaged file must not stop the app from opening.
      return null;
    }
  }

  /** Records `projectDir`; a failure is reported, never thrown, because it only costs a default. */
  write(projectDir: string): Error | null {
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.tmp`;
      writeFileSync(temporary, `${JSON.stringify({ lastProject: projectDir }, null, 2)}\n`);
      // Rename so a crash mid-write leaves the old file, not half a JSON document.
      renameSync(temporary, this.file);
      return null;
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }
}
