// One schema, two checkers: the browser (rjsf) and the server validate with this same AJV setup.
import { customizeValidator } from '@rjsf/validator-ajv8';
import type { ValidatorType, RJSFSchema } from '@rjsf/utils';
import type { ErrorObject, KeywordDefinition } from 'ajv';
import localizeEn from 'ajv-i18n/localize/en';
import localizeZh from 'ajv-i18n/localize/zh';
import { isCreditCode, isMobileCN, isResidentId } from '../core/domain/identifiers';
import type { Locale } from '../core/domain/locale';
import { PERSONAL_KEYWORD, PERSONAL_KINDS } from '../core/privacy/personal-kind';

/** Formats our forms may use beyond the JSON Schema standard ones. */
export const CUSTOM_FORMATS = {
  'credit-code': isCreditCode,
  'resident-id': isResidentId,
  'mobile-cn': isMobileCN,
  // A file uploaded beforehand through POST /api/uploads; submissions carry the reference, never the bytes.
  'upload-ref': (value: string) => /^upload:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value),
} as const;

const FORMAT_MESSAGES: Record<keyof typeof CUSTOM_FORMATS, Record<Locale, string>> = {
  'credit-code': {
    'zh-CN': '应为18位统一社会信用代码且校验位正确',
    en: 'must be an 18-character unified social credit code with a valid check character',
  },
  'resident-id': { 'zh-CN': '应为18位居民身份证号码且校验位正确', en: 'must be an 18-digit resident ID number with a valid check digit' },
  'mobile-cn': { 'zh-CN': '应为11位手机号码', en: 'must be an 11-digit mainland mobile number' },
  'upload-ref': { 'zh-CN': '请先上传文件', en: 'must be a file uploaded through Fugong' },
};

function localizerFor(locale: Locale) {
  const base = locale === 'en' ? localizeEn : localizeZh;
  return (errors?: null | ErrorObject[]) => {
    base(errors);
    for (const error of errors ?? []) {
      const format = error.keyword === 'format' ? (error.params as { format?: string }).format : undefined;
      if (format && format in FORMAT_MESSAGES) error.message = FORMAT_MESSAGES[format as keyof typeof CUSTOM_FORMATS][locale];
    }
  };
}

// `x-personal` marks a field as personal data (core/privacy); declared with its allowed values so a schema naming an
// unknown kind does not compile, in the browser as on the server.
const PERSONAL_KEYWORD_DEFINITION: KeywordDefinition = {
  keyword: PERSONAL_KEYWORD,
  schemaType: 'string',
  metaSchema: { enum: [...PERSONAL_KINDS] },
};

const cache = new Map<Locale, ReturnType<typeof customizeValidator>>();

/** The rjsf validator for a locale; the same instance serves every form in that language. */
export function formValidator(locale: Locale): ValidatorType & { ajv: ReturnType<typeof customizeValidator>['ajv'] } {
  let validator = cache.get(locale);
  if (!validator) {
    validator = customizeValidator(
      {
        customFormats: { ...CUSTOM_FORMATS },
        extenderFn: (ajv) => {
          ajv.addKeyword(PERSONAL_KEYWORD_DEFINITION);
          return ajv;
        },
      },
      localizerFor(locale),
    );
    cache.set(locale, validator);
  }
  return validator;
}

/** A validation problem at one field, as the API reports it. */
export interface FieldError {
  /** JSON-pointer-like path of the field, e.g. `/liaison/mobile`; empty for the whole form. */
  path: string;
  message: string;
}

function toPointer(property: string): string {
  const parts = property.split('.').filter(Boolean);
  return parts.length ? `/${parts.join('/')}` : '';
}

/** Validates form data against a form's JSON Schema and returns the problems (empty when valid). */
export function validateFormData(schema: RJSFSchema, data: unknown, locale: Locale): FieldError[] {
  const { errors } = formValidator(locale).validateFormData(data, schema);
  return errors.map((error) => ({
    path: toPointer(error.property ?? ''),
    message: error.message ?? error.stack,
  }));
}
