import { BarChart } from '@mui/x-charts/BarChart';
import type { SimulationResult } from '../../../preload/contract';
import { formatSeconds } from '../../components/format';
import { formatShare } from './simulation-format';

/**
 * The estimate of the night at each batch size for the recommended strategy: simulated
 * time as bars (the recommended size in the strong colour), patients moved whole in the tooltip.
 */
export function BatchSizeChart({ sizes }: { sizes: SimulationResult['batchSizes'] }) {
  const dataset = sizes.map((s) => ({
    size: String(s.batchSize),
    recommended: s.recommended ? s.seconds : 0,
    other: s.recommended ? 0 : s.seconds,
    whole: s.completeShare,
  }));
  const format = (value: number | null, index: number) => (value ? `${formatSeconds(value)}, ${formatShare(dataset[index]!.whole)} of patients whole` : null);
  return (
    <BarChart
      dataset={dataset}
      height={220}
      xAxis={[{ scaleType: 'band', dataKey: 'size', label: 'records per batch' }]}
      yAxis={[{ label: 'simulated time', width: 64, valueFormatter: (v: number) => `${Math.round(v / 60)} min` }]}
      series={[
        { dataKey: 'other', label: 'Estimated time', stack: 'size', color: '#9fb7c4', valueFormatter: (v, { dataIndex }) => format(v, dataIndex) },
        { dataKey: 'recommended', label: 'Recommended', stack: 'size', color: '#0f6b78', valueFormatter: (v, { dataIndex }) => format(v, dataIndex) },
      ]}
      margin={{ left: 8, right: 16, top: 8, bottom: 8 }}
      grid={{ horizontal: true }}
    />
  );
}
