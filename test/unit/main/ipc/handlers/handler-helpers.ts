import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { ChannelName, ChannelOutput, EventName, EventPayload } from '../../../../../preload/contract';
import { createEngine, type Engine } from '../../../../../main/ipc/create-engine';
import { completeNhsNumber } from '../../../../../main/engine/identifiers/nhs-number';
import { patientRow } from '../../../helpers/temp-project';

/** The shared real-world fixtures (Synthea, FHIR, HL7 v2, OMOP). */
export const SHARED_DATA = fileURLToPath(new URL('../../../../fixtures/shared-data/', import.meta.url));

/** An engine on a project, as the hosts build it, with every event it pushes recorded. */
export function engineOn(projectDir: string | null): Engine & { events: { event: EventName; payload: unknown }[] } {
  const engine = createEngine({ projectDir, mode: 'test' });
  const events: { event: EventName; payload: unknown }[] = [];
  engine.subscribe((event, payload) => events.push({ event, payload }));
  return Object.assign(engine, { events });
}

/** Calls a channel and expects success; answers the data. */
export async function callOk<C extends ChannelName>(engine: Engine, channel: C, input: unknown): Promise<ChannelOutput<C>> {
  const result = await engine.dispatch(channel, input);
  if (!result.ok) expect.fail(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.data as ChannelOutput<C>;
}

/** Calls a channel and expects failure; answers the error. */
export async function callFails(engine: Engine, channel: ChannelName, input: unknown) {
  const result = await engine.dispatch(channel, input);
  if (result.ok) expect.fail(`${channel} succeeded but should have failed`);
  return result.error;
}

/** The events of one name, typed. */
export function eventsNamed<E extends EventName>(engine: ReturnType<typeof engineOn>, name: E): EventPayload<E>[] {
  return engine.events.filter((e) => e.event === name).map((e) => e.payload as EventPayload<E>);
}

/** Patients with distinct valid NHS numbers and surnames, for masking checks. */
export function namedPatients(n: number): { rows: string[]; nhsNumbers: string[]; surnames: string[] } {
  const surnames = ['Okonkwo', 'Fairweather', 'Lindqvist', 'Abernethy', 'Castellano', 'Pemberton', 'Yardley', 'Quinlan'];
  const nhsNumbers: string[] = [];
  for (let seed = 999000001; nhsNumbers.length < n; seed += 7) {
    const nhs = completeNhsNumber(String(seed).slice(0, 9));
    if (nhs) nhsNumbers.push(nhs);
  }
  const rows = nhsNumbers.map((nhs, i) =>
    patientRow(`P${String(i + 1).padStart(7, '0')}`, { nhs_number: nhs, surname: surnames[i % surnames.length]!, sex: i % 2 ? 'F' : 'M' }),
  );
  return { rows, nhsNumbers, surnames: surnames.slice(0, Math.min(n, surnames.length)) };
}
