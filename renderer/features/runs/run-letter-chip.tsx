import Box from '@mui/material/Box';
import { runColor, runLetter } from './compare-model';

/** The letter a compared run goes by, in its chart colour, so columns and bars are matched at a glance. */
export function RunLetterChip({ index }: { index: number }) {
  return (
    <Box
      component="span"
      aria-label={`run ${runLetter(index)}`}
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: 20,
        height: 20,
        borderRadius: '50%',
        bgcolor: runColor(index),
        color: '#fff',
        fontSize: 11,
        fontWeight: 600,
        flexShrink: 0,
      }}
    >
      {runLetter(index)}
    </Box>
  );
}
