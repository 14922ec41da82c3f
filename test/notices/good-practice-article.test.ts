// Publicity of good practice (000 §IV.3): a working-group member writes an article about an enterprise, HQ approves it
// in its inbox, and it appears on the public bulletin without sign-in, its kind in words and its image served to
// anyone while it is published. HQ withdraws it: it leaves the bulletin (image too), the row and the audit entry stay.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from '#scripts/kit/authorization-table';
import { eventually } from '#scripts/kit/eventually';
import { HttpSession, signedIn } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

interface Notice {
  id: number;
  kind: string;
  status: string;
  content: Record<string, { title: string; text: string }>;
  images: string[];
}

describe('good-practice articles', () => {
  let system: RunningSystem;
  const bulletin = async () => ((await new HttpSession(system.baseUrl).request('GET', '/api/notices')).body.notices ?? []) as Notice[];

  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('goes from the author through HQ approval to the public bulletin, and is withdrawn by HQ', async () => {
    const author = await signedIn(system.baseUrl, 'class-coordination');
    const upload = await author.request('POST', '/api/uploads', PNG, { contentType: 'image/png', headers: { 'x-file-name': 'site.png' } });
    expect(upload.status).toBe(201);
    const enterprise = await system.db('enterprises').orderBy('id').first('id', 'name', 'credit_code');
    const submissionId = randomUUID();
    const headline = '分批返岗、错峰进场的复工经验';
    const submitted = await author.request('POST', '/api/forms/good-practice-article/submissions', {
      submissionId,
      data: {
        enterpriseCreditCode: enterprise.credit_code,
        kind: 'good_practice',
        headline,
        body: '该企业提前摸排返岗人员，分三批组织工人返岗，每批入场前完成体温检测、信息登记和安全教育，做到防疫和施工两不误。',
        images: [upload.body.upload.ref],
      },
    });
    expect(submitted.status).toBe(202);
    expect(await bulletin()).not.toContainEqual(expect.objectContaining({ kind: 'article' }));

    const task = await eventually(
      () => system.db('tasks').where({ submission_id: submissionId, status: 'open' }).first('id', 'step'),
      (row) => Boolean(row),
    );
    expect(task.step).toBe('hq');
    const refused = await author.request('POST', `/api/tasks/${encodeURIComponent(task.id)}/decide`, { action: 'approve', data: {} });
    // Outside the author's inbox: the task is not found for them at all.
    expect(refused.status).toBe(404);
    const hq = await signedIn(system.baseUrl, 'hq');
    const approved = await hq.request('POST', `/api/tasks/${encodeURIComponent(task.id)}/decide`, {
      action: 'approve',
      data: { opinion: '经验可推广，同意发布' },
    });
    expect(approved.status).toBe(200);

    const notices = await eventually(bulletin, (list) => list.some((n) => n.kind === 'article'));
    const article = notices.find((n) => n.kind === 'article')!;
    expect(article.status).toBe('published');
    expect(article.content['zh-CN']!.title).toBe(headline);
    expect(article.content['zh-CN']!.text).toContain(`【经验做法】${enterprise.name}`);
    expect(article.content.en!.text).toContain(`[Good practice] ${enterprise.name}`);
    expect(article.content['zh-CN']!.text).not.toContain('good_practice');
    expect(article.images).toEqual([`/api/notices/${article.id}/images/0`]);
    const image = await fetch(`${system.baseUrl}${article.images[0]}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(PNG);
    expect((await fetch(`${system.baseUrl}/api/notices/${article.id}/images/1`)).status).toBe(404);

    expect((await author.request('POST', `/api/notices/${article.id}/withdraw`, { reason: '内容需更新' })).status).toBe(403);
    expect((await hq.request('POST', `/api/notices/${article.id}/withdraw`, {})).status).toBe(422);
    const withdrawn = await hq.request('POST', `/api/notices/${article.id}/withdraw`, { reason: '企业名称有误，更正后重发' });
    expect(withdrawn).toMatchObject({ status: 200, body: { notice: { id: article.id, status: 'withdrawn' } } });
    expect((await bulletin()).map((n) => n.id)).not.toContain(article.id);
    expect((await fetch(`${system.baseUrl}${article.images[0]}`)).status).toBe(404);
    expect((await hq.request('POST', `/api/notices/${article.id}/withdraw`, { reason: '再次撤回' })).status).toBe(409);
    expect(await system.db('notices').where({ id: article.id }).first('status')).toEqual({ status: 'withdrawn' });
    const audit = await system.db('audit_log').where({ action: 'notice.withdraw' }).first('summary');
    expect(String(audit.summary)).toContain('企业名称有误');
  });
});
