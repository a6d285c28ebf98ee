/** Issues and rejects from message formats (HL7 v2, FHIR) point at a message and segment, not a line. */
export const migration004 = `
ALTER TABLE issues ADD COLUMN source_message TEXT;
ALTER TABLE issues ADD COLUMN source_segment TEXT;
ALTER TABLE rejects ADD COLUMN source_message TEXT;
ALTER TABLE rejects ADD COLUMN source_segment TEXT;
`;
