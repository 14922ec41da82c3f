// The histories the determinism guard (test/workflows/replay-histories.test.ts) replays: the recorded ones, `*.pb`
// named in workflow-ids.json, and live ones an operator exported before an upgrade (deploy/README.md, "Upgrading with
// running workflows") with `npx tsx scripts/export-history.ts <workflow id>…`, `<workflow id>.live.pb`. (The SDK's
// historyFromJSON cannot read `temporal workflow show --output json` in this install: it holds two protobufjs copies.)
// Live payloads are sealed with the installation's keys: the replay opens them with FUGONG_PAYLOAD_KEYS or
// FUGONG_PAYLOAD_KEYS_FILE from the environment beside the test key.
import { readdirSync, readFileSync } from 'node:fs';
import proto from '@temporalio/proto';

type History = proto.temporal.api.history.v1.IHistory;

/** One history to replay: its file and the workflow id it ran under (undefined: a recorded one workflow-ids.json misses). */
export interface HistoryFile {
  file: string;
  workflowId: string | undefined;
  history: History;
}

const IDS_FILE = 'workflow-ids.json';
/** The ending of a history exported from a live installation (scripts/export-history.ts). */
export const LIVE = '.live.pb';

/** The folder's `*.pb` histories, sorted by file name: recorded ones under the id workflow-ids.json gives them, live
 * exports (`<workflow id>.live.pb`) under their name's. */
export function readHistories(dir: URL): HistoryFile[] {
  const names = readdirSync(dir).sort();
  const recordedIds = names.includes(IDS_FILE) ? (JSON.parse(readFileSync(new URL(IDS_FILE, dir), 'utf8')) as Record<string, string>) : {};
  const histories: HistoryFile[] = [];
  for (const file of names.filter((name) => name.endsWith('.pb'))) {
    const history = proto.temporal.api.history.v1.History.decode(readFileSync(new URL(file, dir)));
    const workflowId = file.endsWith(LIVE) ? file.slice(0, -LIVE.length) : recordedIds[file];
    histories.push({ file, workflowId, history });
  }
  return histories;
}

/** The keys a replay opens payloads with, in FUGONG_PAYLOAD_KEYS form: the test key, then the installation's from `env`. */
export function replayPayloadKeys(testKeys: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromFile = env.FUGONG_PAYLOAD_KEYS_FILE
    ? readFileSync(env.FUGONG_PAYLOAD_KEYS_FILE, 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
    : [];
  return [testKeys, env.FUGONG_PAYLOAD_KEYS, ...fromFile].filter((keys) => keys && keys.trim()).join(',');
}
