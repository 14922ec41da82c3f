// An error box offers "try again" only when asking again may help (the network, the server's own failure, a busy
// server), not when the server answered that the thing is not there or not the reader's: a form link that names no
// form showed 出错了 · Form not found with a 重试 button that could only fail again. Its heading blames the system
// only when the system failed: a form saved with mistakes (422) showed 出错了 · 提交的内容有误，请按提示修改.
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in-locale';
import { ApiError } from '#web/app/src/api/api-error';
import { ErrorNotice } from '#web/app/src/components/error-notice';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';

function rendered(error: unknown, locale: 'zh-CN' | 'en' = 'zh-CN', title?: string): string {
  return renderIn(createElement(ErrorNotice, { error, onRetry: () => undefined, title }), locale);
}

const refusal = new ApiError(422, 'invalid_body', '提交的内容有误，请按提示修改', [{ path: '/phone', message: '此项必填' }]);

describe('an error box', () => {
  beforeAll(() => loadDictionary('en'));

  it.each([
    ['the form is not there', new ApiError(404, 'not_found', '未找到该表单')],
    ['the case is not the reader’s', new ApiError(403, 'forbidden', '无权查看')],
    ['the request was refused as it stands', new ApiError(422, 'invalid', '内容不完整')],
  ])('offers no retry when %s, and says what the server said', (_why, error) => {
    const html = rendered(error);
    expect(html).toContain(error.message);
    expect(html).not.toContain('重试');
    expect(rendered(error, 'en')).not.toContain('Try again');
  });

  it.each([
    ['the network is down', new ApiError(0, 'network', '')],
    ['the server failed', new ApiError(503, 'unavailable', '服务暂时不可用')],
    ['the server is busy', new ApiError(429, 'rate_limited', '请求过于频繁')],
    ['something else went wrong', new Error('boom')],
  ])('offers a retry when %s', (_why, error) => {
    expect(rendered(error)).toContain('重试');
    expect(rendered(error, 'en')).toContain('Try again');
  });

  it('blames the page, not the server, for an error that is no answer of the server’s, and names no HTTP status', () => {
    // It read 服务器返回了意外的响应（HTTP ?）: a status that does not exist, for a request that may never have been made.
    const html = rendered(new TypeError('x is undefined'));
    expect(html).toContain('页面处理时出了问题，请重试；仍不行请刷新页面。');
    expect(html).not.toContain('HTTP');
    expect(rendered(new TypeError('x is undefined'), 'en')).toContain('Something went wrong on this page');
    expect(rendered(new TypeError('x is undefined'), 'en')).not.toContain('HTTP');
  });

  it('heads a refusal of what the reader entered as theirs to correct, not as a failure, in both languages', () => {
    expect(rendered(refusal)).toContain('请修改填写的内容');
    expect(rendered(refusal)).not.toContain('出错了');
    expect(rendered(refusal, 'en')).toContain('Please correct what you entered');
    expect(rendered(refusal, 'en')).not.toContain('Something went wrong');
  });

  it.each([
    ['the network is down', new ApiError(0, 'network', '')],
    ['the server failed', new ApiError(500, 'internal', '服务器内部错误')],
    ['the thing is not there', new ApiError(404, 'not_found', '未找到该表单')],
    ['the request was malformed', new ApiError(400, 'bad_request', '请求格式有误')],
    ['something else went wrong', new Error('boom')],
  ])('keeps 出错了 / Something went wrong when %s', (_why, error) => {
    expect(rendered(error)).toContain('出错了');
    expect(rendered(error, 'en')).toContain('Something went wrong');
  });

  it('keeps the heading a caller gives, even for a refusal', () => {
    expect(rendered(refusal, 'zh-CN', '未能登录')).toContain('未能登录');
    expect(rendered(refusal, 'zh-CN', '未能登录')).not.toContain('请修改填写的内容');
  });
});
