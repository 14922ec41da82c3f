// Group robots named in params (`robots: ['class-coordination-wecom']`) must be registered and switched on when the
// definition is published, or its bulletins and alerts would be parked as dead letters.
import type { ReferenceChecker } from './reference-check';
import { walkParams } from './walk-params';

/** Each entry of a `robots` list that names no active robot. */
export const robotReferences: ReferenceChecker = (definition, { robotKeys }) =>
  walkParams(definition.process.params)
    .filter(({ path, value }) => /\/robots\/\d+$/.test(path) && !robotKeys.has(String(value)))
    .map(({ value, path }) => ({
      path,
      message: {
        'zh-CN': `群机器人「${String(value)}」未登记或已停用，请先在“群机器人”页面登记`,
        en: `No active group robot "${String(value)}" is registered; register it on the Group robots page first`,
      },
    }));
