import type { ReactElement } from 'react';
import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import CableOutlined from '@mui/icons-material/CableOutlined';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import PlayCircleOutlined from '@mui/icons-material/PlayCircleOutlined';
import ReceiptLongOutlined from '@mui/icons-material/ReceiptLongOutlined';
import ScienceOutlined from '@mui/icons-material/ScienceOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';

/** The id of one area of the app, as it appears in the URL hash. */
export type AreaId =
  | 'dashboard'
  | 'connectors'
  | 'profile'
  | 'mapping'
  | 'pipeline'
  | 'quality'
  | 'gates'
  | 'runs'
  | 'simulation'
  | 'audit'
  | 'settings';

/** One entry of the navigation drawer. */
export interface Area {
  id: AreaId;
  label: string;
  icon: ReactElement;
}

/** Every area, in the drawer's order; the first nine get Ctrl/Cmd+1..9. */
export const AREAS: readonly Area[] = [
  { id: 'dashboard', label: 'Dashboard', icon: <DashboardOutlined /> },
  { id: 'connectors', label: 'Connectors', icon: <CableOutlined /> },
  { id: 'profile', label: 'Profile', icon: <InsightsOutlined /> },
  { id: 'mapping', label: 'Mapping', icon: <AccountTreeOutlined /> },
  { id: 'pipeline', label: 'Pipeline', icon: <PlayCircleOutlined /> },
  { id: 'quality', label: 'Quality', icon: <FactCheckOutlined /> },
  { id: 'gates', label: 'Gates', icon: <VerifiedOutlined /> },
  { id: 'runs', label: 'Runs', icon: <HistoryOutlined /> },
  { id: 'simulation', label: 'Simulation', icon: <ScienceOutlined /> },
  { id: 'audit', label: 'Audit', icon: <ReceiptLongOutlined /> },
  { id: 'settings', label: 'Settings', icon: <SettingsOutlined /> },
];

/** Tells whether a string names an area. */
export function isAreaId(value: string): value is AreaId {
  return AREAS.some((area) => area.id === value);
}
