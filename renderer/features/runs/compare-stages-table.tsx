import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ComparedRun, StageComparison } from '../../../preload/contract';
import { formatCount, formatSeconds } from '../../components/format';
import { runLetter, throughputTone } from './compare-model';
import { DeltaText } from './delta-text';
import { RunLetterChip } from './run-letter-chip';

function ratioText(ratio: number | null): string | null {
  return ratio === null ? null : `×${ratio.toFixed(2)}`;
}

/**
 * Rows per second of each stage (over every table), run beside run, with the speed-up or
 * slow-down against the baseline; coloured only when both runs spent long enough to time.
 */
export function CompareStagesTable({ runs, stages }: { runs: readonly ComparedRun[]; stages: readonly StageComparison[] }) {
  if (stages.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        These runs recorded no stage timings.
      </Typography>
    );
  }
  return (
    <Table data-testid="compare-stages">
      <TableHead>
        <TableRow>
          <TableCell>Stage</TableCell>
          {runs.map((run, i) => (
            <TableCell key={run.id} align="right">
              <RunLetterChip index={i} /> rows/s
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {stages.map((s) => (
          <TableRow key={s.stage} data-testid={`compare-stage-${s.stage}`}>
            <TableCell sx={{ textTransform: 'capitalize' }}>{s.stage}</TableCell>
            {s.runs.map((cell, i) => (
              <TableCell
                key={i}
                align="right"
                sx={{ verticalAlign: 'top' }}
                title={cell ? `${formatCount(cell.rows)} rows in ${formatSeconds(cell.millis / 1000)}` : undefined}
                data-testid={`compare-stage-${s.stage}-${runLetter(i)}`}
                data-value={cell?.rowsPerSecond ?? undefined}
              >
                {cell?.rowsPerSecond == null ? '—' : formatCount(cell.rowsPerSecond)}
                {cell && <DeltaText text={ratioText(cell.ratio)} tone={throughputTone(cell.ratio, [cell.millis, s.runs[0]?.millis ?? 0])} />}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
