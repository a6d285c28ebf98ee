import { BarChart } from '@mui/x-charts/BarChart';
import type { TableCounts } from '../../../preload/contract';

/** Per target table, written / rejected / skipped as stacked horizontal bars. */
export function CountsChart({ tables }: { tables: readonly TableCounts[] }) {
  if (tables.length === 0) return null;
  const dataset = tables.map((t) => ({ name: t.name, written: t.written, rejected: t.rejected, skipped: t.skipped }));
  // Table names are the labels users look for, so size the axis to fit the longest one.
  const labelWidth = Math.min(200, Math.max(60, 12 + 7.5 * Math.max(...tables.map((t) => t.name.length))));
  return (
    <BarChart
      dataset={dataset}
      layout="horizontal"
      yAxis={[{ scaleType: 'band', dataKey: 'name', width: labelWidth }]}
      xAxis={[{ label: 'rows' }]}
      series={[
        { dataKey: 'written', label: 'Written', stack: 'rows', color: '#2e7d4f' },
        { dataKey: 'rejected', label: 'Rejected', stack: 'rows', color: '#b3261e' },
        { dataKey: 'skipped', label: 'Skipped', stack: 'rows', color: '#9aa7b0' },
      ]}
      height={Math.max(180, 70 + tables.length * 36)}
      margin={{ left: 8, right: 16, top: 8, bottom: 8 }}
      grid={{ vertical: true }}
    />
  );
}
