// Bringing the database to a usable state on start: migrations, shipped forms, and demo data or a first admin on first run.
import type { Knex } from './stores';
import { countUsers, insertUser } from './stores/user-store';
import { syncShippedForms } from './stores/forms/form-store';
import { hashPassword } from './auth/passwords';
import type { Config } from './config';
import { migrate } from './db';
import { seedDemo, type DemoLogin } from './demo/demo-seed';
import { ensureReferenceData } from './org/reference-data';
import { withStartupLock } from './startup-lock';

/** What prepareDatabase did. */
export interface PrepareResult {
  formsAdded: string[];
  demoLogins: DemoLogin[];
  /** Whether a first `admin` was created from FUGONG_ADMIN_PASSWORD. */
  adminCreated: boolean;
  /** Migrations the database has that this release does not know: a newer release ran them (core/db.ts migrate). */
  newerMigrations: string[];
}

/** Whether this entry point seeds demo data: FUGONG_SEED_DEMO decides when set, else `byDefault` (true only for `npm start`). */
export function seedsDemo(config: Pick<Config, 'seedDemo'>, byDefault: boolean): boolean {
  return config.seedDemo ?? byDefault;
}

// A deployment without demo data still needs someone to sign in: one admin, whose password is changed at first sign-in.
async function createFirstAdmin(db: Knex, password: string, check?: (password: string) => void): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  check?.(password);
  await insertUser(db, {
    username: 'admin',
    displayName: '系统管理员',
    role: 'admin',
    passwordHash: await hashPassword(password),
    mustChangePassword: true,
    createdAt: new Date().toISOString(),
  });
  return true;
}

/**
 * Applies migrations, inserts missing reference data, loads new shipped form versions and, into a DB without users,
 * seeds demo data (when asked) or creates the first admin (when given its password and `checkAdminPassword` accepts it).
 * Processes starting at once take
 * turns (core/startup-lock.ts).
 */
export async function prepareDatabase(
  db: Knex,
  options: {
    seedDemo: boolean;
    initialAdminPassword?: string;
    /** Throws when the first admin's password may not be used; asked only when it is about to create that admin. */
    checkAdminPassword?: (password: string) => void;
  },
): Promise<PrepareResult> {
  return withStartupLock(db, async () => {
    const newerMigrations = await migrate(db);
    await ensureReferenceData(db);
    const formsAdded = await syncShippedForms(db);
    const demoLogins = options.seedDemo ? await seedDemo(db) : [];
    const adminCreated = options.initialAdminPassword
      ? await createFirstAdmin(db, options.initialAdminPassword, options.checkAdminPassword)
      : false;
    return { formsAdded, demoLogins, adminCreated, newerMigrations };
  });
}
