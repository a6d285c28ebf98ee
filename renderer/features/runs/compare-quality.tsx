import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ComparedRun, GateComparison, TableComparison } from '../../../preload/contract';
import { runLetter } from './compare-model';
import { DeltaText } from './delta-text';
import { RunLetterChip } from './run-letter-chip';

const percent = (score: number) => `${(score * 100).toFixed(1)}%`;

function points(delta: number | null): string | null {
  if (delta === null || Math.abs(delta) < 0.0005) return null;
  return `${delta > 0 ? '+' : '−'}${(Math.abs(delta) * 100).toFixed(1)} pts`;
}

/** Mean row quality score per table, run beside run, and each gate profile's newest recorded verdict. */
export function CompareQuality({ runs, tables, gates }: { runs: readonly ComparedRun[]; tables: readonly TableComparison[]; gates: readonly GateComparison[] }) {
  const header = (
    <TableRow>
      <TableCell />
      {runs.map((run, i) => (
        <TableCell key={run.id} align="right">
          <RunLetterChip index={i} />
        </TableCell>
      ))}
    </TableRow>
  );
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Table data-testid="compare-scores">
        <TableHead>{header}</TableHead>
        <TableBody>
          {tables.map((t) => (
            <TableRow key={t.table}>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{t.table}</TableCell>
              {t.runs.map((cell, i) => (
                <TableCell key={i} align="right" sx={{ verticalAlign: 'top' }} data-testid={`compare-score-${t.table}-${runLetter(i)}`}>
                  {cell?.meanScore == null ? '—' : percent(cell.meanScore)}
                  <DeltaText text={points(cell?.scoreDelta ?? null)} tone={(cell?.scoreDelta ?? 0) > 0 ? 'better' : 'worse'} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {gates.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          No gate verdict was recorded for these runs; record one on the Gates page.
        </Typography>
      ) : (
        <Table data-testid="compare-gates">
          <TableHead>{header}</TableHead>
          <TableBody>
            {gates.map((g) => (
              <TableRow key={g.profile}>
                <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{g.profile}</TableCell>
                {g.verdicts.map((v, i) => (
                  <TableCell key={i} align="right">
                    {v === null ? '—' : <Chip label={v} color={v === 'PASS' ? 'success' : 'error'} variant="outlined" sx={{ height: 20 }} />}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
