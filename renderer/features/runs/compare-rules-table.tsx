import { useState } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ComparedRun, RuleChange, RuleComparison } from '../../../preload/contract';
import { formatCount } from '../../components/format';
import { issueTone, runLetter, signedCount } from './compare-model';
import { DeltaText } from './delta-text';
import { RunLetterChip } from './run-letter-chip';

/** Rules shown before the user asks for all; those that moved come first. */
const FIRST_RULES = 12;

const CHANGE_LABEL: Record<RuleChange, { label: string; color: 'error' | 'success' | 'warning' | 'default' }> = {
  new: { label: 'new', color: 'error' },
  gone: { label: 'gone', color: 'success' },
  changed: { label: 'changed', color: 'warning' },
  same: { label: 'same', color: 'default' },
};

const code = { fontFamily: 'monospace', fontSize: 12, whiteSpace: 'nowrap' } as const;

/** How often each check fired over each table, run beside run: rules that started, stopped or moved first. */
export function CompareRulesTable({ runs, rules }: { runs: readonly ComparedRun[]; rules: readonly RuleComparison[] }) {
  const [all, setAll] = useState(false);
  if (rules.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        No check fired in any of these runs.
      </Typography>
    );
  }
  const shown = all ? rules : rules.slice(0, FIRST_RULES);
  return (
    <>
      <TableContainer>
        <Table data-testid="compare-rules">
          <TableHead>
            <TableRow>
              <TableCell>Rule</TableCell>
              <TableCell>Table</TableCell>
              <TableCell>Severity</TableCell>
              {runs.map((run, i) => (
                <TableCell key={run.id} align="right">
                  <RunLetterChip index={i} />
                </TableCell>
              ))}
              <TableCell>Change</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((r) => (
              <TableRow key={`${r.table}-${r.rule}-${r.severity}`} data-testid={`compare-rule-${r.rule}-${r.table}`} data-change={r.change}>
                <TableCell sx={code}>{r.rule}</TableCell>
                <TableCell sx={code}>{r.table}</TableCell>
                <TableCell>{r.severity}</TableCell>
                {r.counts.map((n, i) => (
                  <TableCell key={i} align="right" sx={{ verticalAlign: 'top' }} data-testid={`compare-rule-count-${runLetter(i)}`} data-value={n}>
                    {formatCount(n)}
                    {r.deltas[i] ? <DeltaText text={signedCount(r.deltas[i]!, formatCount)} tone={issueTone(r.deltas[i]!)} /> : null}
                  </TableCell>
                ))}
                <TableCell>
                  <Chip label={CHANGE_LABEL[r.change].label} color={CHANGE_LABEL[r.change].color} variant="outlined" sx={{ height: 20 }} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {rules.length > FIRST_RULES && (
        <Button sx={{ mt: 1 }} onClick={() => setAll(!all)} data-testid="toggle-rules">
          {all ? `Show the first ${FIRST_RULES} only` : `Show all ${rules.length} rules`}
        </Button>
      )}
    </>
  );
}
