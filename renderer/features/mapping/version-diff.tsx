import { diffLines } from 'diff';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/** Lines kept around each change, as `diff -U3` would. */
const CONTEXT = 2;

/**
 * What a version changed against the one before it, line by line: removed lines red,
 * added green, a little unchanged context around each, the rest folded.
 */
export function VersionDiff({ before, after }: { before: string | null; after: string }) {
  if (before === null) {
    return (
      <Typography variant="body2" sx={{ p: 1.5, color: 'text.secondary' }}>
        The first version: nothing before it to compare with.
      </Typography>
    );
  }
  const parts = diffLines(before, after);
  if (parts.every((p) => !p.added && !p.removed)) {
    return (
      <Typography variant="body2" sx={{ p: 1.5, color: 'text.secondary' }}>
        No change from the version before.
      </Typography>
    );
  }
  const rows: { kind: 'add' | 'del' | 'same' | 'fold'; text: string }[] = [];
  parts.forEach((part, i) => {
    const lines = part.value.replace(/\n$/, '').split('\n');
    if (part.added || part.removed) {
      for (const text of lines) rows.push({ kind: part.added ? 'add' : 'del', text });
      return;
    }
    const head = i === 0 ? [] : lines.slice(0, CONTEXT);
    const tail = i === parts.length - 1 ? [] : lines.slice(-CONTEXT);
    if (head.length + tail.length >= lines.length) {
      for (const text of lines) rows.push({ kind: 'same', text });
      return;
    }
    for (const text of head) rows.push({ kind: 'same', text });
    rows.push({ kind: 'fold', text: `… ${lines.length - head.length - tail.length} unchanged lines …` });
    for (const text of tail) rows.push({ kind: 'same', text });
  });
  const style = { add: { bgcolor: '#e6f4ea', color: '#1e5631' }, del: { bgcolor: '#fdecea', color: '#8a1c14' }, same: {}, fold: { color: 'text.secondary', fontStyle: 'italic' } };
  const mark = { add: '+ ', del: '- ', same: '  ', fold: '' };
  return (
    <Box component="pre" sx={{ m: 0, p: 1, fontSize: 11, fontFamily: 'monospace' }} data-testid="version-diff">
      {rows.map((row, i) => (
        <Box key={i} component="div" sx={{ ...style[row.kind], px: 0.5, whiteSpace: 'pre' }} data-kind={row.kind}>
          {mark[row.kind]}
          {row.text}
        </Box>
      ))}
    </Box>
  );
}
