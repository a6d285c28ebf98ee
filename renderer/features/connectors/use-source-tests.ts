import { useEffect, useState } from 'react';
import type { TestReport } from '../../../preload/contract';
import { describeError } from '../../api/api-error';
import { call } from '../../api/call';

/** A source's test: still running, its report, or why the test itself failed. */
export type SourceTest = { state: 'testing' } | { state: 'done'; report: TestReport } | { state: 'error'; message: string };

/**
 * Tests each source once per list of ids, keyed by source id. One at a time: a test reads
 * every file through, and several at once would only compete for the same disk.
 */
export function useSourceTests(sourceIds: readonly string[]): Record<string, SourceTest> {
  const [tests, setTests] = useState<Record<string, SourceTest>>({});
  const key = sourceIds.join('\n');
  useEffect(() => {
    let live = true;
    setTests(Object.fromEntries(sourceIds.map((id) => [id, { state: 'testing' } as SourceTest])));
    void (async () => {
      for (const id of sourceIds) {
        let result: SourceTest;
        try {
          result = { state: 'done', report: await call('connectors:test', { sourceId: id }) };
        } catch (error) {
          result = { state: 'error', message: describeError(error) };
        }
        if (!live) return;
        setTests((t) => ({ ...t, [id]: result }));
      }
    })();
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the joined ids are the dependency
  }, [key]);
  return tests;
}

/** Tests the project's target whenever `key` (its type and path) changes; null key tests nothing. */
export function useTargetTest(key: string | null): SourceTest | undefined {
  const [test, setTest] = useState<SourceTest | undefined>(undefined);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    setTest({ state: 'testing' });
    call('connectors:test-target', {}).then(
      (report) => live && setTest({ state: 'done', report }),
      (error: unknown) => live && setTest({ state: 'error', message: describeError(error) }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return test;
}
