import { useState } from 'react';
import Box from '@mui/material/Box';
import Pagination from '@mui/material/Pagination';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import type { QualityReport } from '../../../preload/contract';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { formatCount } from '../../components/format';
import { RevealToggle } from '../../components/reveal-toggle';
import { useRevealByDefault } from '../settings/use-reveal-by-default';

const PAGE = 10;

type Summary = NonNullable<QualityReport['patients']>;

/** A score as a percentage with one decimal. */
function percent(score: number): string {
  return `${(score * 100).toFixed(1)}%`;
}

/**
 * Quality per patient: each patient's records, across every table that names them,
 * scored together — the mean, how many are perfect or have a record rejected, how the
 * rest spread over bands of score, and the patients to look at first (keys masked
 * unless revealed).
 */
export function PatientQuality({ runId, summary }: { runId: string; summary: Summary }) {
  const [page, setPage] = useState(1);
  const revealByDefault = useRevealByDefault();
  const [revealChoice, setReveal] = useState<boolean | null>(null);
  const reveal = revealChoice ?? revealByDefault === true;
  const lowest = useAsync(() => (revealByDefault === null ? Promise.resolve(null) : call('quality:patients', { runId, offset: (page - 1) * PAGE, limit: PAGE, reveal })), [runId, page, reveal, revealByDefault]);
  const dataset = [
    ...summary.bands.map((b) => ({ band: `${Math.round(b.from * 100)}–${Math.round(b.to * 100)}%`, patients: b.patients, perfect: 0 })),
    { band: '100%', patients: 0, perfect: summary.perfect },
  ];
  return (
    <Box data-testid="patient-quality">
      <Box sx={{ display: 'flex', gap: 4, mb: 1.5, flexWrap: 'wrap' }}>
        <Figure label={`mean patient score (${formatCount(summary.patients)} patients of ${summary.patientTable})`} value={percent(summary.meanScore)} testId="patient-mean-score" />
        <Figure label="patients with every record perfect" value={formatCount(summary.perfect)} />
        <Figure label="patients with a record rejected" value={formatCount(summary.withRejects)} testId="patients-with-rejects" />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1.2fr)', gap: 2 }}>
        <BarChart
          dataset={dataset}
          height={220}
          xAxis={[{ scaleType: 'band', dataKey: 'band', label: 'patient score' }]}
          yAxis={[{ label: 'patients', width: 56 }]}
          series={[
            { dataKey: 'patients', label: 'Below perfect', stack: 'p', color: '#e0a32e' },
            { dataKey: 'perfect', label: 'Perfect', stack: 'p', color: '#2e7d4f' },
          ]}
          margin={{ left: 8, right: 8, top: 8, bottom: 8 }}
          grid={{ horizontal: true }}
        />
        <Box>
          <Box sx={{ display: 'flex', alignItems: 'center', mb: 0.5 }}>
            <Typography variant="subtitle2" sx={{ flex: 1 }}>
              Patients to look at first
            </Typography>
            <RevealToggle revealed={reveal} onChange={setReveal} />
          </Box>
          {lowest.error !== undefined && <ErrorAlert error={lowest.error} />}
          {lowest.data && lowest.data.total === 0 && (
            <Typography variant="body2" color="text.secondary">
              Every patient’s records passed every check.
            </Typography>
          )}
          {lowest.data && lowest.data.total > 0 && (
            <>
              <Table aria-label="patients with the lowest scores" data-testid="lowest-patients">
                <TableHead>
                  <TableRow>
                    <TableCell>Patient</TableCell>
                    <TableCell align="right">Score</TableCell>
                    <TableCell align="right">Records</TableCell>
                    <TableCell align="right">Rejected</TableCell>
                    <TableCell align="right">Warned</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {lowest.data.patients.map((p, i) => (
                    <TableRow key={`${p.patient}-${i}`}>
                      <TableCell sx={{ fontFamily: 'monospace' }}>{p.patient}</TableCell>
                      <TableCell align="right">{percent(p.score)}</TableCell>
                      <TableCell align="right">{p.records}</TableCell>
                      <TableCell align="right" sx={{ color: p.rejected > 0 ? 'error.main' : undefined }}>
                        {p.rejected}
                      </TableCell>
                      <TableCell align="right">{p.warned}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              {lowest.data.total > PAGE && (
                <Pagination count={Math.ceil(lowest.data.total / PAGE)} page={page} onChange={(_e, value) => setPage(value)} size="small" sx={{ mt: 1 }} />
              )}
            </>
          )}
        </Box>
      </Box>
    </Box>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Box>
      <Typography sx={{ fontSize: 22, fontWeight: 500 }} data-testid={testId}>
        {value}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
    </Box>
  );
}
