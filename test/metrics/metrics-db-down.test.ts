// Prometheus scrapes a web replica while its app DB is down: the scrape still answers, says the DB is down, and keeps
// the process's own families, so the replica is not taken for dead and its request figures are there when needed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDb } from '#core/db';
import { prepareDatabase } from '#core/bootstrap';
import { createWebMetrics } from '#web/server/metrics/metrics-routes';
import { freePort } from '#scripts/kit/start-script';

const now = () => new Date();

describe('metrics when the app DB is down', () => {
  it('answers the scrape with fugong_app_db_up 0, no domain samples, and the process families', async () => {
    // Nothing listens on this port: every query is refused, as when PostgreSQL is down.
    const db = createDb({ client: 'pg', url: `postgres://fugong@127.0.0.1:${await freePort()}/fugong` }, { warn: () => undefined });
    try {
      const text = await createWebMetrics(db, now).registry.metrics();
      expect(text).toMatch(/^fugong_app_db_up 0$/m);
      // prom-client writes Nan; Prometheus reads NaN in any case.
      expect(text).toMatch(/^fugong_quarantines_active nan$/im);
      for (const family of ['fugong_outbox_pending', 'fugong_outbox_oldest_age_seconds', 'fugong_tasks_open', 'fugong_tasks_sla_breached'])
        expect(text, family).not.toMatch(new RegExp(`^${family}[{ ]`, 'm'));
      expect(text).toMatch(/^fugong_web_process_cpu_user_seconds_total \d/m);
      expect(text).toMatch(/^fugong_db_pool_pending_acquires \d/m);
    } finally {
      await db.destroy();
    }
  });

  it('says 1 and fills the domain gauges while the DB answers', async () => {
    const db = createDb({ client: 'sqlite3', filename: join(mkdtempSync(join(tmpdir(), 'fugong-metrics-')), 'fugong.sqlite') });
    try {
      await prepareDatabase(db, { seedDemo: false });
      const text = await createWebMetrics(db, now).registry.metrics();
      expect(text).toMatch(/^fugong_app_db_up 1$/m);
      expect(text).toMatch(/^fugong_outbox_pending\{channel="email"\} 0$/m);
      expect(text).toMatch(/^fugong_quarantines_active 0$/m);
    } finally {
      await db.destroy();
    }
  });
});
