// What the lane a worker or vehicle enters by asks of a gate check (004: 人客货车3个通道, the supply-truck lane's
// 测温、消毒、登记、扫码), read from the definition's `params.lanes`: the lane's steps all done, a vehicle's plate
// registered, the notice handed over the current one. Checked after the JSON Schema, before anything is recorded.
import { laneOf } from '#core/domain/gate-rules';
import type { Locale } from '#core/domain/locale';
import type { MonitoringParams } from '#core/domain/monitoring-params';
import { receivedCurrentNotice } from '#core/gate/record-gate-check';
import { CHOICE_TEXTS } from '#forms/process-type-texts';

/** One problem, at its pointer into the request body. */
export interface LaneProblem {
  path: string;
  message: string;
}

/** The problems of `data` against its lane; none for a worker turned back (no valid certificate). */
export function laneProblems(params: MonitoringParams, data: Record<string, unknown>, locale: Locale): LaneProblem[] {
  if (data.certificate === 'none') return [];
  const en = locale === 'en';
  const lane = laneOf(params.lanes, String(data.channel ?? 'people'));
  const laneName = lane.title?.[locale] ?? String(data.channel);
  const done = new Set(Array.isArray(data.steps) ? data.steps : []);
  const missing = lane.steps.filter((step) => !done.has(step));
  const problems: LaneProblem[] = [];
  if (missing.length) {
    const words = missing.map((step) => CHOICE_TEXTS[step]?.[locale] ?? step).join(en ? ', ' : '、');
    problems.push({
      path: '/data/steps',
      message: en ? `${laneName} also asks for: ${words}` : `${laneName}还需完成：${words}`,
    });
  }
  if (lane.vehicle && !(typeof data.vehiclePlate === 'string' && data.vehiclePlate.trim()))
    problems.push({
      path: '/data/vehiclePlate',
      message: en ? `register the vehicle's plate at the ${laneName} lane` : `${laneName}请登记车牌号`,
    });
  if (data.noticeSha256 !== undefined && !receivedCurrentNotice(params, data.noticeSha256))
    problems.push({
      path: '/data/noticeSha256',
      message: en ? 'the notice has changed: reload and hand over the current one' : '告知书内容已更新，请刷新后发放最新告知书',
    });
  return problems;
}
