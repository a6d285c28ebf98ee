import type { FolderLayout } from './folder-target-connection';
import { scanCsvFile } from './scan-csv-file';

/** A CSV-folder target: one `<table>.csv` per table, header row first. */
export const csvFolderLayout: FolderLayout = {
  kind: 'file',
  noun: 'CSV files',
  tableOf: (fileName) => /^(.+)\.csv$/i.exec(fileName)?.[1] ?? null,
  misnamed: () => false,
  async scan(file, label, table) {
    const { columns, rows } = await scanCsvFile(file, label);
    return { table: { name: table, kind: 'file', columns: columns.map((name) => ({ name })), rowEstimate: rows } };
  },
};
