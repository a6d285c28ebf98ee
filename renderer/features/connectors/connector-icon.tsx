import DataObjectOutlined from '@mui/icons-material/DataObjectOutlined';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import GridOnOutlined from '@mui/icons-material/GridOnOutlined';
import LocalHospitalOutlined from '@mui/icons-material/LocalHospitalOutlined';
import SmsOutlined from '@mui/icons-material/SmsOutlined';
import StorageOutlined from '@mui/icons-material/StorageOutlined';
import TableChartOutlined from '@mui/icons-material/TableChartOutlined';
import type { SvgIconProps } from '@mui/material/SvgIcon';

const ICONS: Record<string, typeof DescriptionOutlined> = {
  csv: TableChartOutlined,
  json: DataObjectOutlined,
  sqlite: StorageOutlined,
  xlsx: GridOnOutlined,
  fhir: LocalHospitalOutlined,
  hl7v2: SmsOutlined,
};

/** The icon of a connector type, so a list of sources can be scanned by kind. */
export function ConnectorIcon({ type, ...props }: { type: string } & SvgIconProps) {
  const Icon = ICONS[type] ?? DescriptionOutlined;
  return <Icon fontSize="small" color="action" aria-label={type} {...props} />;
}
