import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ComparedRun, TableComparison } from '../../../preload/contract';
import { formatCount } from '../../components/format';
import { countTone, runLetter, signedCount, type CountKind } from './compare-model';
import { DeltaText } from './delta-text';
import { RunLetterChip } from './run-letter-chip';

const KINDS: CountKind[] = ['read', 'written', 'rejected', 'skipped'];

/** A line between runs' column groups, so four numbers read as one run's. */
const groupStart = { borderLeft: 1, borderLeftColor: 'divider' } as const;

/**
 * Row counts per target table, run beside run, each with its difference from the baseline
 * coloured better or worse. Cells carry `data-value` and `data-delta` so tests read numbers,
 * not locale formatting (`compare-count-<table>-<kind>-<letter>`).
 */
export function CompareCountsTable({ runs, tables }: { runs: readonly ComparedRun[]; tables: readonly TableComparison[] }) {
  return (
    <TableContainer>
      <Table data-testid="compare-counts">
        <TableHead>
          <TableRow>
            <TableCell rowSpan={2}>Target table</TableCell>
            {runs.map((run, i) => (
              <TableCell key={run.id} colSpan={KINDS.length} align="center" sx={groupStart}>
                <RunLetterChip index={i} />
              </TableCell>
            ))}
          </TableRow>
          <TableRow>
            {runs.map((run) =>
              KINDS.map((kind, k) => (
                <TableCell key={`${run.id}-${kind}`} align="right" sx={{ textTransform: 'capitalize', ...(k === 0 ? groupStart : {}) }}>
                  {kind}
                </TableCell>
              )),
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {tables.map((t) => (
            <TableRow key={t.table} hover data-testid={`compare-counts-row-${t.table}`}>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{t.table}</TableCell>
              {t.runs.map((cell, i) =>
                KINDS.map((kind, k) => (
                  <TableCell
                    key={`${i}-${kind}`}
                    align="right"
                    sx={{ verticalAlign: 'top', ...(k === 0 ? groupStart : {}) }}
                    data-testid={`compare-count-${t.table}-${kind}-${runLetter(i)}`}
                    data-value={cell ? cell[kind] : undefined}
                    data-delta={cell?.delta ? cell.delta[kind] : undefined}
                  >
                    {cell ? formatCount(cell[kind]) : '—'}
                    {cell?.delta && cell.delta[kind] !== 0 && <DeltaText text={signedCount(cell.delta[kind], formatCount)} tone={countTone(kind, cell)} />}
                  </TableCell>
                )),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
