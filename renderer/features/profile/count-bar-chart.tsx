import { BarChart } from '@mui/x-charts/BarChart';

/** One bar: its label and count. */
export interface CountBar {
  label: string;
  count: number;
}

/** Horizontal bars of counts, labels sized to fit, as the top values and pattern charts share. */
export function CountBarChart({ bars, color, seriesLabel, testId }: { bars: readonly CountBar[]; color: string; seriesLabel: string; testId: string }) {
  const labelWidth = Math.min(180, Math.max(50, 14 + 7 * Math.max(...bars.map((b) => b.label.length))));
  return (
    <div data-testid={testId}>
      <BarChart
        dataset={bars.map((b) => ({ label: b.label, count: b.count }))}
        layout="horizontal"
        yAxis={[{ scaleType: 'band', dataKey: 'label', width: labelWidth, tickLabelStyle: { fontFamily: 'monospace', fontSize: 11 } }]}
        xAxis={[{ tickLabelStyle: { fontSize: 11 } }]}
        series={[{ dataKey: 'count', label: seriesLabel, color }]}
        hideLegend
        height={Math.max(80, 36 + bars.length * 24)}
        margin={{ left: 4, right: 16, top: 4, bottom: 4 }}
        grid={{ vertical: true }}
      />
    </div>
  );
}
