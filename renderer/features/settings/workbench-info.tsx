import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ChannelOutput } from '../../../preload/contract';
import { Section } from '../../components/section';

const MODE_TEXT: Record<ChannelOutput<'app:info'>['mode'], string> = {
  desktop: 'Desktop app',
  browser: 'Browser (cutover serve, this computer only)',
  test: 'Test',
};

/** The read-only facts about the workbench and where the open project keeps its files. */
export function WorkbenchInfo({ appInfo, projectPath, runStorePath }: { appInfo: ChannelOutput<'app:info'> | null; projectPath: string; runStorePath: string }) {
  const rows: [string, string, boolean, string][] = [
    ['Version', appInfo?.version ?? '—', false, 'app-version'],
    ['Mode', appInfo ? MODE_TEXT[appInfo.mode] : '—', false, 'app-mode'],
    ['Project folder', projectPath, true, 'project-folder'],
    ['Run store', runStorePath, true, 'run-store-path'],
  ];
  return (
    <Section title="Workbench" testId="settings-workbench">
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '140px minmax(0, 1fr)', rowGap: 1, columnGap: 2, m: 0 }}>
        {rows.map(([label, value, path, testId]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" sx={{ color: 'text.secondary' }}>
              {label}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, fontFamily: path ? 'monospace' : undefined, fontSize: path ? 12 : undefined, wordBreak: 'break-all' }} data-testid={testId}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1.5 }}>
        These come from how the workbench was started and where the project was opened; they are not project settings.
      </Typography>
    </Section>
  );
}
