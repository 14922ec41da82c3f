// What an enterprise's form page receives: the daily report's delayed projects titled 延期开工项目数, and each note of the
// readiness checklist titled by its item, in both languages (the new shipped versions, synced on start).
import type { RJSFSchema } from '@rjsf/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

type Node = RJSFSchema & { properties: Record<string, Node> };

describe('shipped form titles on the form page', () => {
  let app: BareApp;
  beforeAll(async () => {
    app = await startBareApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('titles the daily report’s delayed projects 延期开工项目数 (version 4)', async () => {
    const got = await (await signedIn(app.baseUrl, 'ent01')).request('GET', '/api/forms/daily-report');
    expect(got.status).toBe(200);
    expect(got.body.form.version).toBe(4);
    expect((got.body.form.schema as Node).properties.projectsDelayed!.title).toBe('延期开工项目数');
    expect((got.body.form.schemaEn as Node).properties.projectsDelayed!.title).toBe('Projects delayed');
  });

  it('titles each readiness note by its item, in Chinese and English (version 6 on)', async () => {
    const got = await (await signedIn(app.baseUrl, 'ent01')).request('GET', '/api/forms/resumption-readiness');
    expect(got.body.form.version).toBe(7); // the titles came with v6; v7 moved the clearance to the town/street pass
    const zh = got.body.form.schema as Node;
    const en = got.body.form.schemaEn as Node;
    expect(zh.properties.fourInPlace!.properties.screening!.properties.note!.title).toBe('人员排查情况（返岗人员来源地、健康状况等）');
    expect(zh.properties.eightOnes!.properties.hotline!.properties.note!.title).toBe('发现异常时致电报告的安排（报告电话、责任人）');
    expect(en.properties.eightOnes!.properties.hotline!.properties.note!.title).toBe(
      'Calling to report anything unusual (number to call, who calls)',
    );
    expect(JSON.stringify(got.body.form)).not.toContain('"落实情况"');
  });
});
