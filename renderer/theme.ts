import { createTheme } from '@mui/material/styles';

/**
 * A calm, clinical light theme: muted teal primary, cool grey surfaces, compact
 * controls and dense tables, because users scan many rows of counts and codes.
 */
export const theme = createTheme({
  palette: {
    mode: 'light',
    primary: { main: '#0f6b78', dark: '#0a4f59', light: '#e3f1f3', contrastText: '#ffffff' },
    secondary: { main: '#4a5b7a' },
    success: { main: '#2e7d4f' },
    warning: { main: '#b26a00' },
    error: { main: '#b3261e' },
    background: { default: '#f4f6f8', paper: '#ffffff' },
    divider: '#dde3e8',
    text: { primary: '#1c2a33', secondary: '#55656f' },
  },
  shape: { borderRadius: 6 },
  typography: {
    fontFamily: 'Roboto, "Segoe UI", system-ui, sans-serif',
    fontSize: 13,
    h1: { fontSize: '1.5rem', fontWeight: 500 },
    h2: { fontSize: '1.15rem', fontWeight: 500 },
    h3: { fontSize: '1rem', fontWeight: 500 },
    button: { textTransform: 'none', fontWeight: 500 },
  },
  components: {
    MuiAppBar: { defaultProps: { elevation: 0, color: 'primary' } },
    MuiButton: { defaultProps: { disableElevation: true, size: 'small' } },
    MuiTextField: { defaultProps: { size: 'small' } },
    MuiTable: { defaultProps: { size: 'small' } },
    MuiTableCell: {
      styleOverrides: {
        head: { fontWeight: 500, color: '#55656f', whiteSpace: 'nowrap' },
        root: { fontVariantNumeric: 'tabular-nums' },
      },
    },
    MuiChip: { defaultProps: { size: 'small' } },
    MuiTooltip: { defaultProps: { arrow: true } },
  },
});
