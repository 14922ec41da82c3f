// What the parameter editor's widgets need beyond the schema: the templates to pick from, the form's own fields, the
// people, enterprises and group robots the pickers offer instead of typed ids and keys, and the params as they stand (a picker that depends on
// a sibling reads it there: the people of an alert narrowed to its role, enterprises by the target's scope).
import type { LocalizedText } from '#core/domain/locale';
import type { EnterpriseType, Role } from '#core/org/org-types';
import type { FormFieldChoice } from './form-field-choices';

/** A user account an overdue alert may name (GET /api/users). */
export interface PickablePerson {
  id: number;
  displayName: string;
  role: Role;
  active: boolean;
  enterpriseName: string | null;
  workingGroupId: number | null;
}

/** The people and the organisation units that place them (working groups and inspection bodies, by id). */
export interface PickablePeople {
  users: readonly PickablePerson[];
  units: readonly { id: number; name: LocalizedText }[];
}

/** An enterprise a collection's list may name (GET /api/enterprises). */
export interface PickableEnterprise {
  id: number;
  name: string;
  type: EnterpriseType;
}

/** A registered group robot (GET /api/admin/robots). */
export interface PickableRobot {
  key: string;
  name: string;
  channel: 'wecom-robot' | 'dingtalk-robot';
  active: boolean;
}

/** The rjsf formContext of the parameter editor; a list is undefined until it has been read. */
export interface ParamsEditorContext {
  templates: { name: string; purpose: LocalizedText; createdPurpose: string | null }[];
  people?: PickablePeople;
  enterprises?: readonly PickableEnterprise[];
  robots?: readonly PickableRobot[];
  /** The fields of the form being edited, for parameters that name one; undefined while its schema does not parse. */
  formFields?: readonly FormFieldChoice[];
  /** The params as the editor shows them now (set by the editor itself). */
  params?: unknown;
}
