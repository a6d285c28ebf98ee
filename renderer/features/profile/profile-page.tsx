import { useEffect, useState } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { Section } from '../../components/section';
import { useProject } from '../project/project-context';
import { useRevealByDefault } from '../settings/use-reveal-by-default';
import { ProfileControls } from './profile-controls';
import { ProfileResults } from './profile-results';
import { SourceTargetView } from './source-target-view';
import { useProfileScan } from './use-profile-scan';

/**
 * Profiles the open project's sources and shows the newest stored profile: tables,
 * columns, charts, and a source table beside a target table. Identifying values stay
 * masked unless revealed, and only for as long as the page is open.
 */
export function ProfilePage() {
  const { project } = useProject();
  const { scan, start, cancel } = useProfileScan();
  const revealByDefault = useRevealByDefault();
  // The user's choice for this visit; until they make one, the project's privacy setting.
  const [revealChoice, setRevealed] = useState<boolean | null>(null);
  const revealed = revealChoice ?? revealByDefault === true;
  const [actionError, setActionError] = useState<unknown>(null);
  const finishedId = scan?.phase === 'succeeded' ? scan.profileId : null;
  // The answer carries the reveal it was asked with, so masked data kept on screen while
  // a revealed copy loads is never labelled as revealed.
  const loaded = useAsync(async () => {
    if (!project) return { profile: null, revealed: false };
    const profile = await call('profile:get', finishedId ? { profileId: finishedId, reveal: revealed } : { reveal: revealed });
    return { profile, revealed };
  }, [project?.path, finishedId, revealed]);
  const profile = { ...loaded, data: loaded.data?.profile };
  const target = useAsync(
    async () => (project ? { catalog: await call('catalog:get', {}), pairs: await call('mapping:pairs', {}) } : null),
    [project?.path],
  );
  const expectedTables = (project?.sources ?? []).reduce((n, s) => n + s.tables.length, 0);
  useEffect(() => setActionError(null), [scan?.phase]);

  const onStart = () => {
    setActionError(null);
    start(expectedTables).catch(setActionError);
  };
  const onCancel = () => void cancel().catch(setActionError);

  return (
    <>
      <PageHeader
        title="Profile"
        subtitle="What the sources hold, column by column, before mapping them. Identifier-looking columns are flagged and small counts are suppressed."
      />
      <Stack spacing={2}>
        <ProfileControls scan={scan} shown={profile.data} disabled={!project} onStart={onStart} onCancel={onCancel} />
        {actionError !== null && <ErrorAlert error={actionError} />}
        {profile.error !== undefined && !profile.loading ? (
          <ErrorAlert error={profile.error} onRetry={profile.reload} />
        ) : profile.data === undefined && project ? (
          <LoadingBlock lines={6} label="Loading profile" />
        ) : profile.data ? (
          <ProfileResults key={profile.data.id} profile={profile.data} revealed={loaded.data?.revealed === true} onReveal={setRevealed} />
        ) : (
          project && (
            <Section title="No profile yet">
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                Press <b>Profile sources</b> (or Ctrl+Enter) to read every source table once and describe each column: its type, how
                often it is empty, distinct values, ranges, top values and patterns. Columns that look like NHS numbers, names, dates of
                birth or postcodes are flagged.
              </Typography>
            </Section>
          )
        )}
        {profile.data && target.data && target.data.catalog.tables.length > 0 && (
          <Section title="Source beside target" testId="side-by-side">
            <SourceTargetView tables={profile.data.tables} catalog={target.data.catalog} pairs={target.data.pairs} />
          </Section>
        )}
        {target.error !== undefined && !target.loading && <ErrorAlert error={target.error} onRetry={target.reload} />}
      </Stack>
    </>
  );
}
