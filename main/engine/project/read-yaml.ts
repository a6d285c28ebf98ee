import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { ProjectProblem } from '../../../preload/contract';
import { UserError } from '../errors';

/** A YAML file checked against a schema: the value, or every problem with its line. */
export type YamlResult<T> = { value: T; problems: [] } | { value: null; problems: ProjectProblem[] };

/**
 * Reads a YAML file and checks it against a zod schema. Syntax errors and schema
 * mismatches come back as problems naming the file, the line and the key.
 */
export function readYaml<S extends z.ZodType>(file: string, label: string, schema: S): YamlResult<z.infer<S>> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { value: null, problems: [{ file: label, message: 'file not found or not readable' }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      value: null,
      problems: doc.errors.map((e) => ({
        file: label,
        line: e.linePos?.[0]?.line,
        message: `not valid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    };
  }
  const parsed = schema.safeParse(doc.toJS() ?? {});
  if (parsed.success) return { value: parsed.data, problems: [] };
  return {
    value: null,
    problems: parsed.error.issues.map((issue) => ({
      file: label,
      line: lineOf(doc, lineCounter, issue.path),
      field: issue.path.join('.') || undefined,
      message: issue.message,
    })),
  };
}

/** Reads a YAML file and throws the first problem as a {@link UserError}. */
export function readYamlOrThrow<S extends z.ZodType>(file: string, label: string, schema: S): z.infer<S> {
  const result = readYaml(file, label, schema);
  if (result.value !== null) return result.value;
  const first = result.problems[0]!;
  throw new UserError(first.message, { file: first.file, line: first.line, field: first.field });
}

/** The line of the node at `path` in a YAML file (`['rules', 3, 'table']`), for problems found after parsing. */
export function yamlLineOf(file: string, path: readonly PropertyKey[]): number | undefined {
  try {
    const lineCounter = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
    return lineOf(doc, lineCounter, path);
  } catch {
    return undefined;
  }
}

function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let line: number | undefined = rangeLine(node, counter);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === key);
      if (!pair) break;
      line = rangeLine(pair.key, counter) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      line = rangeLine(node, counter) ?? line;
    } else break;
  }
  return line;
}

function rangeLine(node: unknown, counter: LineCounter): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? counter.linePos(range[0]).line : undefined;
}
