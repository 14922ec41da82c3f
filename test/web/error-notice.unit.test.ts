// An error box offers "try again" only when asking again may help (the network, the server's own failure, a busy
// server), not when the server answered that the thing is not there or not the reader's: a form link that names no
// form showed 出错了 · Form not found with a 重试 button that could only fail again.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '#web/app/src/api/api-error';
import { ErrorNotice } from '#web/app/src/components/error-notice';
import { I18nContext } from '#web/app/src/i18n/i18n-context';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { translate } from '#web/app/src/i18n/translate';

function rendered(error: unknown, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const i18n = { locale, setLocale: () => undefined, t: translate.bind(null, locale), pick: () => '' };
  return renderToStaticMarkup(
    createElement(I18nContext.Provider, { value: i18n }, createElement(ErrorNotice, { error, onRetry: () => undefined })),
  );
}

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
});
