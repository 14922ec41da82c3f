// Every test client and worker seals payloads like the application does: one fixed test key, the workflow bundle
// built in globalSetup (with the seal-aware converter), and a time-skipping environment whose client has the codec.
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { DataConverter } from '@temporalio/common';
import { inject } from 'vitest';
import { loadConfig } from '#core/config';
import { dataConverter } from '#core/temporal';

/** The test key set, in FUGONG_PAYLOAD_KEYS form. */
export const TEST_PAYLOAD_KEYS = `test-key-1:${Buffer.alloc(32, 0x5a).toString('base64')}`;

/** The codec-bearing data converter of test clients and workers. */
export function testDataConverter(): DataConverter {
  return dataConverter(loadConfig({ FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS }));
}

/** Worker.create options every test worker shares: the globalSetup bundle and the test codec. */
export function testWorkerCode(): { workflowBundle: { codePath: string }; dataConverter: DataConverter } {
  return { workflowBundle: { codePath: inject('workflowBundlePath') }, dataConverter: testDataConverter() };
}

/** A fresh time-skipping server (the project's pinned binary) whose client seals payloads. */
export function timeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: loadConfig().temporal.testServerPath } },
    client: { dataConverter: testDataConverter() },
  });
}
