import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { Gauge, gaugeClasses } from '@mui/x-charts/Gauge';

/** The filled share of a column as a gauge; a suppressed share is said in words instead. */
export function NullShare({ nullRate, minCellCount }: { nullRate: number | null; minCellCount: number }) {
  if (nullRate === null) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="null-share">
        Fewer than {minCellCount} rows are empty (or filled), so the share is withheld: with the table&apos;s row count it would give
        the count away.
      </Typography>
    );
  }
  const filled = Math.round((1 - nullRate) * 1000) / 10;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }} data-testid="null-share">
      <Gauge
        value={filled}
        width={110}
        height={110}
        startAngle={-110}
        endAngle={110}
        innerRadius="72%"
        text={`${filled}%`}
        sx={{ [`& .${gaugeClasses.valueArc}`]: { fill: '#0f6b78' }, [`& .${gaugeClasses.valueText}`]: { fontSize: 16 } }}
      />
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        filled
        <br />
        {(nullRate * 100).toFixed(1)}% empty
      </Typography>
    </Box>
  );
}
