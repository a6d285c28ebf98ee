import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { PageHeader } from './page-header';
import { Section } from './section';

/** What a page that is not built yet will hold, stated plainly. */
export interface PlaceholderSpec {
  title: string;
  summary: string;
  capabilities: readonly string[];
}

/**
 * An honest stand-in for a page still to be built: what it will do, in the product's
 * words, and nothing pretending to be data.
 */
export function PlaceholderPage({ spec }: { spec: PlaceholderSpec }) {
  return (
    <>
      <PageHeader title={spec.title} />
      <Alert severity="info" sx={{ mb: 2 }}>
        This area is not built yet. Nothing on it is shown until the engine can back it with real results.
      </Alert>
      <Section title="What this page will hold">
        <Typography variant="body2" sx={{ mb: 1.5, maxWidth: 760 }}>
          {spec.summary}
        </Typography>
        <Typography component="ul" variant="body2" sx={{ m: 0, pl: 3, '& li': { mb: 0.5 } }}>
          {spec.capabilities.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </Typography>
      </Section>
    </>
  );
}
