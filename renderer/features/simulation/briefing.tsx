import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Scenario } from '../../../preload/contract';
import { Section } from '../../components/section';

/** What the trainer tells the room, and the questions for the participants. */
export function Briefing({ scenario }: { scenario: Scenario }) {
  if (!scenario.briefing && scenario.exercises.length === 0) return null;
  return (
    <Section title="Briefing" testId="scenario-briefing">
      {scenario.briefing && (
        <Box sx={{ mb: scenario.exercises.length > 0 ? 1.5 : 0 }}>
          {paragraphs(scenario.briefing).map((text, i) => (
            <Typography key={i} variant="body2" sx={{ mb: 1 }}>
              {text}
            </Typography>
          ))}
        </Box>
      )}
      {scenario.exercises.length > 0 && (
        <>
          <Typography variant="subtitle2">Exercises</Typography>
          <Box component="ol" sx={{ pl: 2.5, my: 0.5, '& li': { mb: 0.5, fontSize: 13 } }}>
            {scenario.exercises.map((question, i) => (
              <li key={i}>{question}</li>
            ))}
          </Box>
        </>
      )}
    </Section>
  );
}

/** A briefing's paragraphs: blank lines part them; single line breaks are the file's wrapping, not the author's. */
export function paragraphs(text: string): string[] {
  return text.trim().split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
}
