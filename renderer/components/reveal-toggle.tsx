import { useState } from 'react';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import { ConfirmDialog } from './confirm-dialog';

// Asked once per app session: the question is about understanding what revealing means,
// not a toll on every look. What is revealed is never remembered (see RevealToggle).
let acknowledged = false;

/**
 * The "Reveal identifiable values" switch. Off by default (on when the project's
 * `privacy.maskPreviews` is false, which the view decides); turning it on asks for
 * confirmation the first time. The state belongs to the view that shows it, so leaving
 * the view (or choosing another table) masks the values again.
 */
export function RevealToggle({ revealed, onChange, disabled }: { revealed: boolean; onChange: (revealed: boolean) => void; disabled?: boolean }) {
  const [asking, setAsking] = useState(false);
  const toggle = (on: boolean) => {
    if (on && !acknowledged) setAsking(true);
    else onChange(on);
  };
  return (
    <>
      <FormControlLabel
        control={<Switch checked={revealed} onChange={(e) => toggle(e.target.checked)} disabled={disabled} color="warning" />}
        label={
          <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
            <VisibilityOutlined fontSize="small" />
            Reveal identifiable values
          </span>
        }
        data-testid="reveal-toggle"
        sx={{ mr: 0, px: 1, borderRadius: 1, bgcolor: revealed ? 'warning.light' : 'action.hover', color: revealed ? 'warning.contrastText' : undefined }}
      />
      <ConfirmDialog
        open={asking}
        title="Reveal identifiable values?"
        confirmLabel="Reveal"
        danger
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          acknowledged = true;
          setAsking(false);
          onChange(true);
        }}
      >
        NHS numbers, names, dates of birth, addresses and other identifying values will be shown on screen for this view
        only. Make sure no one else can see your screen. They are masked again when you leave the view.
      </ConfirmDialog>
    </>
  );
}
