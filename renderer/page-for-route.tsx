import { lazy, Suspense } from 'react';
import { LoadingBlock } from './components/loading-block';
import type { Route } from './components/use-hash-route';
import { DashboardPage } from './features/dashboard/dashboard-page';

// The chart and data-grid libraries are large; loading these pages on demand keeps the
// first paint of the Dashboard quick. React.lazy needs a default, hence the mapping.
const PipelinePage = lazy(() => import('./features/pipeline/pipeline-page').then((m) => ({ default: m.PipelinePage })));
const ConnectorsPage = lazy(() => import('./features/connectors/connectors-page').then((m) => ({ default: m.ConnectorsPage })));
const ProfilePage = lazy(() => import('./features/profile/profile-page').then((m) => ({ default: m.ProfilePage })));
const MappingPage = lazy(() => import('./features/mapping/mapping-page').then((m) => ({ default: m.MappingPage })));
const QualityPage = lazy(() => import('./features/quality/quality-page').then((m) => ({ default: m.QualityPage })));
const GatesPage = lazy(() => import('./features/gates/gates-page').then((m) => ({ default: m.GatesPage })));
const AuditPage = lazy(() => import('./features/audit/audit-page').then((m) => ({ default: m.AuditPage })));
const SimulationPage = lazy(() => import('./features/simulation/simulation-page').then((m) => ({ default: m.SimulationPage })));
const RunsPage = lazy(() => import('./features/runs/runs-page').then((m) => ({ default: m.RunsPage })));
const SettingsPage = lazy(() => import('./features/settings/settings-page').then((m) => ({ default: m.SettingsPage })));

/** The page for a route. */
export function PageForRoute({ route, onSelectRun }: { route: Route; onSelectRun: (runId: string) => void }) {
  switch (route.area) {
    case 'dashboard':
      return <DashboardPage />;
    case 'pipeline':
      return (
        <Suspense fallback={<LoadingBlock lines={6} label="Loading page" />}>
          <PipelinePage />
        </Suspense>
      );
    case 'connectors':
      return (
        <Suspense fallback={<LoadingBlock lines={6} label="Loading page" />}>
          <ConnectorsPage />
        </Suspense>
      );
    case 'profile':
      return (
        <Suspense fallback={<LoadingBlock lines={6} label="Loading page" />}>
          <ProfilePage />
        </Suspense>
      );
    case 'mapping':
      return (
        <Suspense fallback={<LoadingBlock lines={6} label="Loading page" />}>
          <MappingPage tab={route.item === 'crosswalks' ? 'crosswalks' : 'fields'} />
        </Suspense>
      );
    case 'quality':
      return (
        <Suspense fallback={<LoadingBlock lines={6} label="Loading page" />}>
          <QualityPage tab={route.item === 'duplicates' ? 'duplicates' : 'run'} />
        </Suspense>
      );
    case 'gates':
      return (
        <Suspense fallback={<LoadingBlock lines={6} label="Loading page" />}>
          <GatesPage />
        </Suspense>
      );
    case 'audit':
      return (
        <Suspense fallback={<LoadingBlock lines={6} label="Loading page" />}>
          <AuditPage />
        </Suspense>
      );
    case 'simulation':
      return (
        <Suspense fallback={<LoadingBlock lines={6} label="Loading page" />}>
          <SimulationPage selectedId={route.item} />
        </Suspense>
      );
    case 'runs':
      return (
        <Suspense fallback={<LoadingBlock lines={6} label="Loading page" />}>
          <RunsPage selectedId={route.item} onSelect={onSelectRun} />
        </Suspense>
      );
    case 'settings':
      return (
        <Suspense fallback={<LoadingBlock lines={6} label="Loading page" />}>
          <SettingsPage />
        </Suspense>
      );
  }
}
