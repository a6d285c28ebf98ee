import { BarChart } from '@mui/x-charts/BarChart';
import type { QualityReport } from '../../../preload/contract';

/** Each target table's mean row quality score, as horizontal bars from 0 to 100%. */
export function TableScoresChart({ tables }: { tables: QualityReport['tables'] }) {
  const scored = tables.filter((t) => t.meanScore !== null);
  if (scored.length === 0) return null;
  const dataset = scored.map((t) => ({ name: t.table, score: Math.round(t.meanScore! * 1000) / 10 }));
  const labelWidth = Math.min(200, Math.max(60, 12 + 7.5 * Math.max(...scored.map((t) => t.table.length))));
  return (
    <BarChart
      dataset={dataset}
      layout="horizontal"
      yAxis={[{ scaleType: 'band', dataKey: 'name', width: labelWidth }]}
      xAxis={[{ min: Math.min(90, ...dataset.map((d) => Math.floor(d.score))), max: 100, label: 'mean row quality score (%)' }]}
      series={[{ dataKey: 'score', label: 'score', color: '#0f6b78', valueFormatter: (v) => `${v}%` }]}
      hideLegend
      height={Math.max(160, 70 + scored.length * 34)}
      margin={{ left: 8, right: 16, top: 8, bottom: 8 }}
      grid={{ vertical: true }}
    />
  );
}
