// The custom rjsf widgets of the app, registered on every form (fill, preview) so both render files the same way.
import type { RegistryWidgetsType } from '@rjsf/utils';
import { UploadWidget } from './upload-widget';

/** Widgets by name; rjsf picks `upload-ref` by itself for string fields of that format. */
export const FORM_WIDGETS: RegistryWidgetsType = { 'upload-ref': UploadWidget };
