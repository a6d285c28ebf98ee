import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { QualityReport } from '../../../preload/contract';
import { formatCount } from '../../components/format';

/** Built-in checks, in words, for the findings list. */
const BUILT_IN: Record<string, string> = {
  required: 'a required field is empty',
  type: 'a value is not of the column type',
  length: 'a value is longer than the column',
  crosswalk: 'a code is not in its crosswalk',
  expression: 'an expression failed',
  row_shape: 'a source row has the wrong number of fields',
  references: 'a key points at no loaded parent row',
  duplicate_key: 'two rows share a key',
  constraint: 'the target refused the row',
};

/** Every check that fired in the run, rules and built-in checks alike, most frequent first. */
export function FindingsTable({ findings, selected, onSelect }: {
  findings: QualityReport['findings'];
  selected: { table: string; rule: string } | null;
  onSelect: (finding: { table: string; rule: string }) => void;
}) {
  if (findings.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: 'success.main' }}>
        Nothing fired: every row passed every check.
      </Typography>
    );
  }
  return (
    <Table data-testid="findings">
      <TableHead>
        <TableRow>
          <TableCell>Check or rule</TableCell>
          <TableCell>Table</TableCell>
          <TableCell align="right">Issues</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {findings.map((f) => (
          <TableRow
            key={`${f.table}.${f.rule}.${f.severity}`}
            hover
            selected={selected?.table === f.table && selected.rule === f.rule}
            onClick={() => onSelect({ table: f.table, rule: f.rule })}
            sx={{ cursor: 'pointer' }}
            data-testid={`finding-${f.table}-${f.rule}`}
          >
            <TableCell>
              <span style={{ fontFamily: 'monospace', fontSize: 12 }}>{f.rule}</span>
              {BUILT_IN[f.rule] && (
                <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block' }}>
                  {BUILT_IN[f.rule]}
                </Typography>
              )}
            </TableCell>
            <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{f.table}</TableCell>
            <TableCell align="right" title={f.severity} sx={{ color: `${f.severity}.main`, fontWeight: 500 }}>
              {formatCount(f.count)} {f.severity === 'error' ? 'errors' : 'warnings'}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
