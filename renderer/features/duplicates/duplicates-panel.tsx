import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Pagination from '@mui/material/Pagination';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import { isApiError } from '../../api/api-error';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { RevealToggle } from '../../components/reveal-toggle';
import { Section } from '../../components/section';
import { reviewerName, rememberReviewer } from '../mapping/reviewer';
import { useRevealByDefault } from '../settings/use-reveal-by-default';
import { ClusterList } from './cluster-list';
import { DedupSummary } from './dedup-summary';
import { PairCard } from './pair-card';

const PAGE = 5;

/**
 * Duplicate patients: link the loaded target's records (quality/dedup.yaml), see how many
 * people are there more than once, decide the pairs left for review side by side, and
 * check the golden record each person merges into. Values are masked unless revealed.
 */
export function DuplicatesPanel() {
  const [nonce, setNonce] = useState(0);
  const latest = useAsync(() => call('dedup:latest', {}), [nonce]);
  const [view, setView] = useState<'review' | 'match' | 'people'>('review');
  const [page, setPage] = useState(1);
  const revealByDefault = useRevealByDefault();
  const [revealChoice, setReveal] = useState<boolean | null>(null);
  const reveal = revealChoice ?? revealByDefault === true;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reviewer, setReviewer] = useState(reviewerName);
  const summary = latest.data;
  const pairs = useAsync(
    () => (summary && view !== 'people' ? call('dedup:pairs', { decision: view, offset: (page - 1) * PAGE, limit: PAGE, reveal }) : Promise.resolve(null)),
    [summary?.id, summary?.reviewDecided, view, page, reveal],
  );

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setNonce((n) => n + 1);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const decide = (a: string, b: string, decision: 'same' | 'different' | null) =>
    act(async () => {
      rememberReviewer(reviewer.trim());
      await call('dedup:decide', { a, b, decision, by: reviewer.trim() });
    });

  const notDeclared = latest.error !== undefined && isApiError(latest.error) && latest.error.code === 'NOT_FOUND';
  return (
    <Stack spacing={2} data-testid="duplicates-panel">
      <Section
        title="Duplicate patients"
        action={
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
            <RevealToggle revealed={reveal} onChange={setReveal} />
            <Button variant="contained" startIcon={<PeopleAltOutlined />} onClick={() => void act(() => call('dedup:run', {}))} disabled={busy} data-testid="run-dedup">
              {busy ? 'Linking…' : summary ? 'Look again' : 'Look for duplicates'}
            </Button>
          </Box>
        }
      >
        {error !== null && <ErrorAlert error={error} />}
        {latest.error !== undefined && !notDeclared ? (
          <ErrorAlert error={latest.error} />
        ) : latest.loading && !summary ? (
          <LoadingBlock lines={3} label="Loading" />
        ) : !summary ? (
          <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="dedup-none">
            No linkage has run yet. Once the pipeline has loaded the target, look for the same patient registered twice: blocking keeps it fast, every field is
            weighed (names by sound, dates aware of swapped days and months, postcodes by district), and pairs in between go to a person.
          </Typography>
        ) : (
          <DedupSummary summary={summary} />
        )}
      </Section>
      {summary && (
        <Section title="Pairs and people" testId="dedup-pairs-section">
          <Tabs
            value={view}
            onChange={(_e, value: 'review' | 'match' | 'people') => {
              setView(value);
              setPage(1);
            }}
            sx={{ mb: 1.5 }}
          >
            <Tab value="review" label={`For review (${summary.reviewOpen} open)`} data-testid="tab-review" />
            <Tab value="match" label={`Matched (${summary.stats.matches})`} data-testid="tab-matched" />
            <Tab value="people" label={`People (${summary.clusters})`} data-testid="tab-people" />
          </Tabs>
          {view !== 'people' && (
            <TextField
              size="small"
              label="Reviewing as"
              value={reviewer}
              onChange={(e) => setReviewer(e.target.value)}
              helperText={reviewer.trim() ? 'Your decisions are kept with your name, and go into the audit trail' : 'Give your name to decide pairs'}
              sx={{ mb: 1.5, maxWidth: 320 }}
              slotProps={{ htmlInput: { 'data-testid': 'reviewer-name' } }}
            />
          )}
          {view === 'people' ? (
            <ClusterList reveal={reveal} version={`${summary.id}:${summary.reviewDecided}`} />
          ) : pairs.error !== undefined ? (
            <ErrorAlert error={pairs.error} />
          ) : !pairs.data ? (
            <LoadingBlock lines={4} label="Loading pairs" />
          ) : pairs.data.total === 0 ? (
            <Alert severity="success" data-testid="no-pairs">
              {view === 'review' ? 'Nothing to review: every candidate pair is clearly the same person or clearly not.' : 'No pair was matched.'}
            </Alert>
          ) : (
            <Stack spacing={1.5}>
              {pairs.data.pairs.map((pair) => (
                <PairCard key={`${pair.a}|${pair.b}`} pair={pair} busy={busy || !reviewer.trim()} onDecide={(decision) => void decide(pair.a, pair.b, decision)} />
              ))}
              {pairs.data.total > PAGE && <Pagination count={Math.ceil(pairs.data.total / PAGE)} page={page} onChange={(_e, p) => setPage(p)} />}
            </Stack>
          )}
        </Section>
      )}
    </Stack>
  );
}
