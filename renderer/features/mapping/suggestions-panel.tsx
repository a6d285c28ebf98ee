import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { Suggestion, TableSuggestionsView } from '../../../preload/contract';
import { isApiError } from '../../api/api-error';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { ClassChip } from './class-chip';

function how(s: Suggestion): string {
  if (s.expression) return s.expression;
  if (s.crosswalk) return `crosswalk ${s.crosswalk}`;
  return '';
}

/**
 * The ranked ways to fill one field, each with its confidence as a bar and its evidence
 * in words. "Use" puts a suggestion into the editor as a draft: nothing is saved until
 * the user saves it.
 */
export function SuggestionsPanel({ field, suggestions, loading, error, onUse }: {
  field: string;
  suggestions: TableSuggestionsView | null | undefined;
  loading: boolean;
  error: unknown;
  onUse: (s: Suggestion) => void;
}) {
  if (error !== undefined && isApiError(error) && error.code === 'NOT_FOUND') {
    return (
      <Alert severity="info" data-testid="suggestions-need-profile">
        Suggestions weigh names, types and values, so they need a profile of the sources. <Link href="#/profile">Profile the sources</Link>, then come back.
      </Alert>
    );
  }
  if (error !== undefined) return <ErrorAlert error={error} />;
  if (!suggestions) return loading ? <LoadingBlock lines={3} label="Ranking suggestions" /> : null;
  const list = suggestions.fields.find((f) => f.targetField === field)?.suggestions ?? [];
  if (list.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="no-suggestions">
        Nothing in the sources looks like {field}: no name, type or value evidence.
      </Typography>
    );
  }
  return (
    <Box data-testid="suggestions" sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      {list.map((s, i) => (
        <Box key={`${s.sourceTable}.${s.sourceField}.${s.class}.${i}`} sx={{ display: 'grid', gridTemplateColumns: '64px 110px minmax(0,1fr) auto', gap: 1.5, alignItems: 'center' }} data-testid={`suggestion-${i}`}>
          <Tooltip title={`${Math.round(s.confidence * 100)}% sure`}>
            <Box>
              <Typography variant="caption" sx={{ fontWeight: 600 }}>
                {Math.round(s.confidence * 100)}%
              </Typography>
              <LinearProgress variant="determinate" value={s.confidence * 100} color={s.confidence >= 0.85 ? 'success' : s.confidence >= 0.6 ? 'primary' : 'warning'} sx={{ height: 4, borderRadius: 1 }} />
            </Box>
          </Tooltip>
          <ClassChip value={s.class} />
          <Box sx={{ minWidth: 0 }}>
            <Typography sx={{ fontFamily: 'monospace', fontSize: 12 }} noWrap>
              {s.sourceField ? `${s.sourceTable}.${s.sourceField}` : '—'} {how(s) && <span style={{ color: '#55656f' }}>· {how(s)}</span>}
            </Typography>
            <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block' }} noWrap title={s.reasons.join('\n')}>
              {s.reasons.join(' · ')}
            </Typography>
          </Box>
          <Button size="small" variant="outlined" onClick={() => onUse(s)} data-testid={`use-suggestion-${i}`}>
            Use
          </Button>
        </Box>
      ))}
    </Box>
  );
}
