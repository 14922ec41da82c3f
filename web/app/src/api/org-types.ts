// The JSON shapes of the organisation API: enterprises, projects, cadre assignments and reference data.
import type { Assignment } from '#core/api/assignment-types';
import type { LocalizedText } from '#core/domain/locale';
import type { EnterpriseType, ProjectStatus } from '#core/org/org-types';

/** An enterprise with its current cadre. */
export interface Enterprise {
  id: number;
  name: string;
  creditCode: string;
  type: EnterpriseType;
  focus: boolean;
  address: string;
  liaisonName: string;
  liaisonMobile: string;
  liaisonEmail: string;
  cadre: { id: number; displayName: string } | null;
  createdAt: string;
}

/** The contact details an enterprise keeps current itself. */
export type EnterpriseContacts = Pick<Enterprise, 'address' | 'liaisonName' | 'liaisonMobile' | 'liaisonEmail'>;

/** An enterprise as a form's picker offers it (GET /api/enterprise-names): its name and credit code, nothing more. */
export type EnterpriseName = Pick<Enterprise, 'name' | 'creditCode'>;

/** The fields of an enterprise an administrator sets. */
export type EnterpriseFields = Pick<Enterprise, 'name' | 'creditCode' | 'type' | 'focus'> & EnterpriseContacts;

/** A construction project of an enterprise. */
export interface Project {
  id: number;
  enterpriseId: number;
  enterpriseName: string | null;
  name: string;
  site: string;
  status: ProjectStatus;
  major: boolean;
  /** Cleared to resume by the readiness inspection's final approval: when, and by which body; null until then. */
  clearance: { at: string; body: { 'zh-CN': string; en: string } | null } | null;
  /** Its clearance suspended by a later level's fail (seed 003): when, by which body. */
  suspension: { at: string; body: { 'zh-CN': string; en: string } | null } | null;
}

/** The editable fields of a project. */
export type ProjectFields = Pick<Project, 'name' | 'site' | 'status' | 'major'>;

export type { Assignment };

/** One of the four working groups of the enterprise service class. */
export interface WorkingGroup {
  id: number;
  key: string;
  name: LocalizedText;
  /** A working group of the service class, or an inspection body of the readiness inspection's levels. */
  kind: 'service' | 'inspection';
}

/** A difficulty category and the working group it is routed to. */
export interface DifficultyCategory {
  key: string;
  name: LocalizedText;
  workingGroupId: number;
  workingGroupKey: string;
}
