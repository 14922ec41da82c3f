// The two group robots a quarantine's alerts go to, as an admin would register them on the robots page: headquarters'
// WeCom group and the WeCom group of the cadre who looks after the gate's enterprise.
import type { Knex } from 'knex';
import type { SecretBox } from '#core/codec/secret-box';
import { insertRobot } from '#core/stores/notify/robot-store';

/** A robot to register: the key the process parameters name it by, and its WeCom webhook key. */
export interface RobotToRegister {
  key: string;
  token: string;
}

/** Registers HQ's robot and the robot of the cadre `cadreUserId`, their secrets sealed by `box`. */
export async function registerQuarantineRobots(
  db: Knex,
  box: SecretBox,
  robots: { hq: RobotToRegister; cadre: RobotToRegister & { cadreUserId: number } },
): Promise<void> {
  const at = new Date().toISOString();
  const { hq, cadre } = robots;
  await insertRobot(db, box, { key: hq.key, name: '指挥部群', channel: 'wecom-robot', audience: 'hq', secret: { token: hq.token } }, at);
  await insertRobot(
    db,
    box,
    {
      key: cadre.key,
      name: '包挂干部群',
      channel: 'wecom-robot',
      audience: 'cadre',
      cadreUserId: cadre.cadreUserId,
      secret: { token: cadre.token },
    },
    at,
  );
}
