import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ChannelOutput, ProjectSummary } from '../../../preload/contract';
import { call } from '../../api/call';
import { useAsync } from '../../api/use-async';

/** The open project and what the host can do, shared by the app bar and the pages. */
export interface ProjectState {
  project: ProjectSummary | null;
  appInfo: ChannelOutput<'app:info'> | null;
  loading: boolean;
  error: unknown;
  /** Reloads both, e.g. after a project was opened or created. */
  reload: () => void;
}

const ProjectContext = createContext<ProjectState | null>(null);

/** Loads `projects:current` and `app:info` once for the whole app. */
export function ProjectProvider({ children }: { children: ReactNode }) {
  const state = useAsync(
    async () => {
      const [appInfo, project] = await Promise.all([call('app:info', {}), call('projects:current', {})]);
      return { appInfo, project };
    },
    [],
  );
  const value = useMemo<ProjectState>(
    () => ({
      project: state.data?.project ?? null,
      appInfo: state.data?.appInfo ?? null,
      loading: state.loading && state.data === undefined,
      error: state.error,
      reload: state.reload,
    }),
    [state.data, state.loading, state.error, state.reload],
  );
  return <ProjectContext.Provider value={value}>{children}</ProjectContext.Provider>;
}

/** The shared {@link ProjectState}; must be used under {@link ProjectProvider}. */
export function useProject(): ProjectState {
  const state = useContext(ProjectContext);
  if (!state) throw new Error('useProject must be used inside ProjectProvider');
  return state;
}
