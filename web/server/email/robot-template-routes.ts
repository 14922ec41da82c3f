// The group-robot channel of a template purpose: admins edit the markdown a robot posts (templates/email/<purpose>/
// <locale>.markdown.hbs) the way they edit the email parts; edited copies live in robot_templates.
import type { Router } from 'express';
import { createMarkdownRenderer, sampleLinks } from '#core/notify/markdown-renderer';
import { ROBOT_TEMPLATES } from '#core/stores/email-templates/channel-template-store';
import type { AppDeps } from '../app-deps';
import { channelTemplateRoutes } from './channel-template-routes';

/** Routes under /api/admin/email-templates/:name/:locale/markdown. */
export function robotTemplateRoutes(deps: AppDeps): Router {
  const renderer = createMarkdownRenderer(deps.config.timeZone);
  // The links a preview shows go where a real message's go: the configured PUBLIC_URL.
  const links = sampleLinks(deps.config.publicUrl);
  return channelTemplateRoutes(deps, {
    segment: 'markdown',
    channel: 'robot-markdown',
    copies: ROBOT_TEMPLATES,
    maxLength: 8000,
    auditType: 'robot_template',
    noun: { 'zh-CN': '群机器人消息模板', en: 'Group-robot message template' },
    summaryNoun: 'group-robot markdown',
    has: renderer.has,
    shipped: renderer.shipped,
    check: renderer.check,
    preview: (name, locale, data, markdown) => renderer.render(name, locale, data, { ...links }, markdown),
    extra: { links },
  });
}
