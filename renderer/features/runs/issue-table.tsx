import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { RunIssue } from '../../../preload/contract';
import { formatCount, formatLocator } from '../../components/format';

/** How many issues show before the user asks for more; enough to see the pattern. */
const FIRST_PAGE = 10;

const code = { fontFamily: 'monospace', fontSize: 12, whiteSpace: 'nowrap' } as const;

/**
 * The first issues of a run: rule, where, and why. Row values are never shown; the
 * locator (file:line) is how a user finds the row in their own source.
 */
export function IssueTable({ issues, total }: { issues: readonly RunIssue[]; total: number }) {
  const [limit, setLimit] = useState(FIRST_PAGE);
  if (total === 0) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        No issues were found in this run.
      </Typography>
    );
  }
  const shown = issues.slice(0, limit);
  return (
    <>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }} data-testid="issue-total">
        Showing the first {formatCount(shown.length)} of {formatCount(total)} issues.
      </Typography>
      <Table data-testid="issue-table">
        <TableHead>
          <TableRow>
            <TableCell>Severity</TableCell>
            <TableCell>Rule</TableCell>
            <TableCell>Table</TableCell>
            <TableCell>Field</TableCell>
            <TableCell sx={{ width: '40%' }}>Message</TableCell>
            <TableCell>Source row</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((issue, i) => (
            <TableRow key={i}>
              <TableCell>
                <Chip
                  label={issue.severity}
                  color={issue.severity === 'error' ? 'error' : 'warning'}
                  variant="outlined"
                  sx={{ height: 20 }}
                />
              </TableCell>
              <TableCell sx={code}>{issue.rule}</TableCell>
              <TableCell sx={code}>{issue.table}</TableCell>
              <TableCell sx={code}>{issue.field ?? '—'}</TableCell>
              <TableCell>{issue.message}</TableCell>
              <TableCell sx={code}>{formatLocator(issue.locator)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {issues.length > limit && (
        <Box sx={{ mt: 1 }}>
          <Button onClick={() => setLimit(issues.length)} data-testid="show-more-issues">
            Show all {formatCount(issues.length)} listed issues
          </Button>
        </Box>
      )}
    </>
  );
}
