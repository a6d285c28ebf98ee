import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/**
 * A box-and-whisker summary drawn from the profile's numbers: min to max as the whisker,
 * first to third quartile as the box, the median as a line.
 */
export function QuartileBox({ quartiles, min, max }: { quartiles: [number, number, number]; min: string | null; max: string | null }) {
  const [q1, median, q3] = quartiles;
  const low = Math.min(Number(min ?? q1), q1);
  const high = Math.max(Number(max ?? q3), q3);
  const span = high - low || 1;
  const at = (v: number) => `${((v - low) / span) * 100}%`;
  const marks: [string, number][] = [['min', low], ['Q1', q1], ['median', median], ['Q3', q3], ['max', high]];
  return (
    <Box data-testid="quartile-box" sx={{ px: 1 }}>
      <Box sx={{ position: 'relative', height: 36, mt: 1 }}>
        <Box sx={{ position: 'absolute', top: 17, left: 0, right: 0, height: 2, bgcolor: 'text.secondary', opacity: 0.5 }} />
        {[low, high].map((v) => (
          <Box key={v} sx={{ position: 'absolute', top: 8, left: at(v), width: 2, height: 20, bgcolor: 'text.secondary', transform: 'translateX(-1px)' }} />
        ))}
        <Box sx={{ position: 'absolute', top: 2, height: 32, left: at(q1), width: `calc(${at(q3)} - ${at(q1)})`, minWidth: 2, bgcolor: 'primary.light', border: 2, borderColor: 'primary.main', borderRadius: 0.5 }} />
        <Box sx={{ position: 'absolute', top: 2, height: 32, left: at(median), width: 3, bgcolor: 'primary.dark', transform: 'translateX(-1px)' }} />
      </Box>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 1 }}>
        {marks.map(([label, value]) => (
          <Box key={label} sx={{ textAlign: 'center' }}>
            <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block' }}>
              {label}
            </Typography>
            <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {number.format(value)}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
