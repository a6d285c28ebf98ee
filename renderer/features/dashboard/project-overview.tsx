import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ProjectSummary } from '../../../preload/contract';
import { formatCount } from '../../components/format';
import { Section } from '../../components/section';

function TableChips({ tables }: { tables: string[] }) {
  if (tables.length === 0) return <Typography variant="body2" sx={{ color: 'text.secondary' }}>none discovered</Typography>;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {tables.map((t) => (
        <Chip key={t} label={t} variant="outlined" sx={{ fontFamily: 'monospace', fontSize: 12 }} />
      ))}
    </Box>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Box sx={{ minWidth: 120 }}>
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {label}
      </Typography>
      <Typography variant="h2" data-testid={testId}>
        {value}
      </Typography>
    </Box>
  );
}

/** The open project at a glance: headline figures, each source with its tables, the target. */
export function ProjectOverview({ project }: { project: ProjectSummary }) {
  const sourceTables = project.sources.reduce((n, s) => n + s.tables.length, 0);
  return (
    <Section title="Project" testId="project-overview">
      <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap', mb: 2 }}>
        <Figure label="Sources" value={formatCount(project.sources.length)} />
        <Figure label="Source tables" value={formatCount(sourceTables)} />
        <Figure label="Target tables" value={formatCount(project.target.tables.length)} />
        <Figure label="Mapped fields" value={formatCount(project.mappedFields)} testId="mapped-fields" />
        <Figure label="Crosswalks" value={formatCount(project.crosswalks.length)} />
      </Box>
      <Table>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 160 }}>Role</TableCell>
            <TableCell sx={{ width: 110 }}>Type</TableCell>
            <TableCell sx={{ width: 260 }}>Path</TableCell>
            <TableCell>Tables</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {project.sources.map((source) => (
            <TableRow key={source.id}>
              <TableCell>Source · {source.id}</TableCell>
              <TableCell>{source.type}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>{source.path}</TableCell>
              <TableCell>
                <TableChips tables={source.tables} />
              </TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell>Target</TableCell>
            <TableCell>{project.target.type}</TableCell>
            <TableCell sx={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>{project.target.path}</TableCell>
            <TableCell>
              <TableChips tables={project.target.tables} />
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
      {project.crosswalks.length > 0 && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            Crosswalks
          </Typography>
          <TableChips tables={project.crosswalks} />
        </Box>
      )}
    </Section>
  );
}
