// The settings of a field, a form or a decision form that the version diff has no sentence of its own for, named as the
// builder and the form's reader know them: 「手机号码」 › 个人信息标记：（空） → 手机号, not `x-personal: "mobile"`. A
// keyword with no name here reads as 其他设置 / another setting; its JSON is behind the diff's toggle for IT.
import type { Locale, LocalizedText } from '#core/domain/locale';
import { isPersonalKind } from '#core/privacy/personal-kind';
import { CHANGE_WORDS } from './definition-change-words';
import { shortChange, shortValue } from './short-value';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

const NAMES: Readonly<Record<string, LocalizedText>> = {
  title: t('标题', 'title'),
  description: t('填写说明', 'help text'),
  'x-personal': t('个人信息标记', 'personal data mark'),
  'x-widget': t('输入方式', 'input'),
  'x-messages': t('出错时的提示', 'error messages'),
  pattern: t('格式要求', 'required format'),
  format: t('格式', 'format'),
  default: t('默认值', 'default value'),
  const: t('固定值', 'fixed value'),
  readOnly: t('只读', 'read-only'),
  multipleOf: t('数值间隔', 'step'),
  exclusiveMinimum: t('下限（不含）', 'lower limit (exclusive)'),
  exclusiveMaximum: t('上限（不含）', 'upper limit (exclusive)'),
  uniqueItems: t('不可重复选择', 'no repeated items'),
  properties: t('字段', 'fields'),
  required: t('必填字段', 'required fields'),
  'ui:widget': t('输入方式', 'input'),
  'ui:placeholder': t('输入框提示', 'placeholder'),
  'ui:help': t('填写说明', 'help text'),
  'ui:description': t('填写说明', 'help text'),
  'ui:title': t('显示的标题', 'title shown'),
  'ui:label': t('是否显示标题', 'whether the title is shown'),
  'ui:options': t('显示选项', 'display options'),
  'ui:enumNames': t('选项名称', 'option names'),
  'ui:inputType': t('键盘类型', 'keyboard'),
  'ui:autofocus': t('自动聚焦', 'focused first'),
  'ui:disabled': t('不可编辑', 'disabled'),
  'ui:readonly': t('只读', 'read-only'),
  'ui:field': t('输入方式', 'input'),
  'ui:submitButtonOptions': t('提交按钮', 'submit button'),
  'ui:order': t('字段顺序', 'field order'),
  requiredByAction: t('各决定的必填字段', 'required fields per decision'),
};

// Widgets by what the person filling the form sees (the builder's kinds where one matches).
const WIDGETS: Readonly<Record<string, LocalizedText>> = {
  textarea: t('多行文字', 'long text'),
  text: t('单行文字', 'one line of text'),
  radio: t('单选按钮', 'radio buttons'),
  select: t('下拉选择', 'drop-down list'),
  checkboxes: t('复选框', 'checkboxes'),
  checkbox: t('勾选框', 'checkbox'),
  hidden: t('隐藏', 'hidden'),
  password: t('密码框', 'password box'),
  updown: t('数字加减', 'number stepper'),
  range: t('滑块', 'slider'),
  date: t('日期', 'date'),
  signature: t('签名', 'signature'),
};

const PERSONAL: Readonly<Record<string, LocalizedText>> = {
  'id-number': t('身份证号', 'ID number'),
  mobile: t('手机号', 'mobile number'),
  health: t('健康信息', 'health data'),
  'free-text': t('可能含个人信息的文字', 'text that may name people'),
};

const OTHER = t('其他设置', 'another setting');

/** A setting's name in `locale`; 其他设置 / another setting for a keyword without one. */
export function settingName(key: string, locale: Locale): string {
  return (NAMES[key] ?? OTHER)[locale];
}

/** True when the setting has a name of its own (not 其他设置). */
export const isNamedSetting = (key: string) => Object.hasOwn(NAMES, key);

/** A setting's value in words: a personal-data kind or a widget by its name, anything else as the diff writes values. */
export function settingValue(key: string, value: unknown, locale: Locale): string {
  const words = CHANGE_WORDS[locale];
  if (key === 'x-personal') return isPersonalKind(value) ? PERSONAL[value]![locale] : value ? shortValue(value, locale) : words.notPersonal;
  if ((key === 'ui:widget' || key === 'x-widget') && typeof value === 'string' && WIDGETS[value]) return WIDGETS[value][locale];
  if ((key === 'ui:widget' || key === 'x-widget') && value === undefined) return words.defaultWidget;
  return shortValue(value, locale);
}

/** A changed setting's before and after in words (a text in both languages as the diff's `shortChange` shows it). */
export function settingChange(key: string, before: unknown, after: unknown, locale: Locale): [string, string] {
  if (key === 'x-personal' || key === 'ui:widget' || key === 'x-widget')
    return [settingValue(key, before, locale), settingValue(key, after, locale)];
  return shortChange(before, after, locale);
}
