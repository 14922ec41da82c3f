// The custom rjsf widgets of the app, registered on every form (fill, preview) so both render files the same way.
import type { RegistryWidgetsType } from '@rjsf/utils';
import { ChoiceWidget } from './choice-widget';
import { DateWidget } from './date-widget';
import { OwnEnterpriseWidget } from './own-enterprise-widget';
import { UploadWidget } from './upload-widget';
import { OWN_ENTERPRISE_WIDGET } from './with-enterprise-picker';

/** Widgets by name; rjsf picks `upload-ref` and `date` by itself for string fields of those formats, the enterprise
 * picker only when the page's uiSchema names it (with-enterprise-picker.ts), and `SelectWidget` for every choice list. */
export const FORM_WIDGETS: RegistryWidgetsType = {
  SelectWidget: ChoiceWidget,
  'upload-ref': UploadWidget,
  date: DateWidget,
  [OWN_ENTERPRISE_WIDGET]: OwnEnterpriseWidget,
};
