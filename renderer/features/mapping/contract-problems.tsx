import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import type { MappingState } from '../../../preload/contract';

const MAX_SHOWN = 8;

/** Rows of contract.csv the rules refuse, and rows naming fields the catalog lacks: each with its line. */
export function ContractProblems({ problems, unknown }: { problems: MappingState['problems']; unknown: MappingState['coverage']['unknownFields'] }) {
  if (problems.length === 0 && unknown.length === 0) return null;
  const lines = [
    ...problems.map((p) => `line ${p.line ?? '?'}${p.field ? `, ${p.field}` : ''}: ${p.message}`),
    ...unknown.map((u) => `line ${u.line}: ${u.targetTable}.${u.targetField} is not in the target catalog`),
  ];
  return (
    <Alert severity="warning" data-testid="contract-problems" data-count={lines.length}>
      <AlertTitle>mapping/contract.csv has {lines.length} problem{lines.length === 1 ? '' : 's'}: those rows are left out until fixed</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {lines.slice(0, MAX_SHOWN).map((line) => (
          <li key={line}>{line}</li>
        ))}
        {lines.length > MAX_SHOWN && <li>and {lines.length - MAX_SHOWN} more</li>}
      </Box>
    </Alert>
  );
}
