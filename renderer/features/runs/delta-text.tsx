import Box from '@mui/material/Box';
import type { FindingTone } from '../../../preload/contract';
import { toneColor } from './compare-model';

/** A difference from the baseline under a value, coloured by whether it is better or worse. */
export function DeltaText({ text, tone }: { text: string | null; tone: FindingTone }) {
  if (text === null) return null;
  return (
    <Box component="span" data-tone={tone} sx={{ display: 'block', fontSize: 11, lineHeight: 1.3, color: toneColor(tone), fontWeight: tone === 'info' ? 400 : 500 }}>
      {text}
    </Box>
  );
}
