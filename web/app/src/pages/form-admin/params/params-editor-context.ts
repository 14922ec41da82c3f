// What the parameter editor's widgets need beyond the schema: the templates to pick from and the working groups.
import type { LocalizedText } from '#core/domain/locale';

/** The rjsf formContext of the parameter editor. */
export interface ParamsEditorContext {
  templates: { name: string; purpose: LocalizedText; createdPurpose: string | null }[];
}
