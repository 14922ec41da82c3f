// `npx tsx scripts/export-history.ts <workflow id>…`: writes the history of each running (or closed) workflow to
// test/fixtures/histories/<workflow id>.live.pb, where the determinism guard (test/workflows/replay-histories.test.ts)
// replays it against the code about to be deployed (deploy/README.md, "Upgrading with running workflows"). Run it with
// the installation's TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE and TLS settings; payloads stay sealed as Temporal keeps them.
import { writeFileSync } from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import proto from '@temporalio/proto';
import { loadConfigOrExit, temporalAddress } from '#core/config';
import { connectionSecurity } from '#core/temporal';

const ids = process.argv.slice(2);
if (!ids.length) {
  process.stderr.write('Usage: npx tsx scripts/export-history.ts <workflow id>… (the workflowId of a log line or the case page)\n');
  process.exit(64);
}
const config = loadConfigOrExit({ makesLinks: false });
const connection = await Connection.connect({ address: temporalAddress(config), ...connectionSecurity(config) });
try {
  const client = new Client({ connection, namespace: config.temporal.namespace });
  for (const id of ids) {
    const history = await client.workflow.getHandle(id).fetchHistory();
    const file = new URL(`../test/fixtures/histories/${id}.live.pb`, import.meta.url);
    writeFileSync(file, proto.temporal.api.history.v1.History.encode(history).finish());
    process.stdout.write(`${id}: ${history.events?.length ?? 0} events → test/fixtures/histories/${id}.live.pb\n`);
  }
} finally {
  await connection.close();
}
