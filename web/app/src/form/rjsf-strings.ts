// rjsf's own words (add, remove, move, yes/no, option names…) in the reader's language, for every rjsf form the app
// renders: each language lists every TranslatableString, so an rjsf upgrade that adds one fails the typecheck instead of
// showing its English default ("Add Item") to a reader of either language.
import { replaceStringParameters, TranslatableString } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';

type Words = Record<TranslatableString, string>;

const ZH: Words = {
  [TranslatableString.ArrayItemTitle]: '项',
  [TranslatableString.MissingItems]: '此列表没有定义其中的项',
  [TranslatableString.EmptyArray]: '暂无，用下方按钮添加。',
  [TranslatableString.YesLabel]: '是',
  [TranslatableString.NoLabel]: '否',
  [TranslatableString.CloseLabel]: '关闭',
  [TranslatableString.ErrorsLabel]: '需要处理的问题',
  [TranslatableString.NewStringDefault]: '新值',
  [TranslatableString.AddButton]: '添加',
  [TranslatableString.AddItemButton]: '添加一项',
  [TranslatableString.CopyButton]: '复制',
  [TranslatableString.ExpandButton]: '展开下一层',
  [TranslatableString.MoveDownButton]: '下移',
  [TranslatableString.MoveUpButton]: '上移',
  [TranslatableString.RemoveButton]: '删除',
  [TranslatableString.NowLabel]: '现在',
  [TranslatableString.ClearLabel]: '清除',
  [TranslatableString.AriaDateLabel]: '选择日期',
  [TranslatableString.PreviewLabel]: '预览',
  [TranslatableString.DecrementAriaLabel]: '减 1',
  [TranslatableString.IncrementAriaLabel]: '加 1',
  [TranslatableString.OptionalObjectAdd]: '添加此项设置',
  [TranslatableString.OptionalObjectRemove]: '移除此项设置',
  [TranslatableString.OptionalObjectEmptyMsg]: '未设置',
  [TranslatableString.Type]: '类型',
  [TranslatableString.Value]: '值',
  [TranslatableString.ClearButton]: '清空',
  [TranslatableString.UnknownFieldType]: '无法识别的字段类型：%1',
  [TranslatableString.OptionPrefix]: '选项 %1',
  [TranslatableString.TitleOptionPrefix]: '%1 选项 %2',
  [TranslatableString.KeyLabel]: '%1（名称）',
  [TranslatableString.DeprecatedLabel]: '%1（已停用）',
  [TranslatableString.CycleDetected]: '字段“%1”引用了自身，可选择再展开一层',
  [TranslatableString.InvalidObjectField]: '字段“%1”的设置有误：_%2_。',
  [TranslatableString.UnsupportedField]: '无法显示此字段。',
  [TranslatableString.UnsupportedFieldWithId]: '无法显示字段 `%1`。',
  [TranslatableString.UnsupportedFieldWithReason]: '无法显示此字段：_%1_。',
  [TranslatableString.UnsupportedFieldWithIdAndReason]: '无法显示字段 `%1`：_%2_。',
  [TranslatableString.FilesInfo]: '**%1**（%2，%3 字节）',
};

// The app's English, not rjsf's defaults: sentence case and whole phrases ("Add an item", not "Add Item").
const EN: Words = {
  [TranslatableString.ArrayItemTitle]: 'Item',
  [TranslatableString.MissingItems]: 'This list does not define its items',
  [TranslatableString.EmptyArray]: 'None yet: add one with the button below.',
  [TranslatableString.YesLabel]: 'Yes',
  [TranslatableString.NoLabel]: 'No',
  [TranslatableString.CloseLabel]: 'Close',
  [TranslatableString.ErrorsLabel]: 'Problems to fix',
  [TranslatableString.NewStringDefault]: 'New value',
  [TranslatableString.AddButton]: 'Add',
  [TranslatableString.AddItemButton]: 'Add an item',
  [TranslatableString.CopyButton]: 'Copy',
  [TranslatableString.ExpandButton]: 'Expand one more level',
  [TranslatableString.MoveDownButton]: 'Move down',
  [TranslatableString.MoveUpButton]: 'Move up',
  [TranslatableString.RemoveButton]: 'Remove',
  [TranslatableString.NowLabel]: 'Now',
  [TranslatableString.ClearLabel]: 'Clear',
  [TranslatableString.AriaDateLabel]: 'Pick a date',
  [TranslatableString.PreviewLabel]: 'Preview',
  [TranslatableString.DecrementAriaLabel]: 'Decrease by 1',
  [TranslatableString.IncrementAriaLabel]: 'Increase by 1',
  [TranslatableString.OptionalObjectAdd]: 'Add this setting',
  [TranslatableString.OptionalObjectRemove]: 'Remove this setting',
  [TranslatableString.OptionalObjectEmptyMsg]: 'Not set',
  [TranslatableString.Type]: 'Type',
  [TranslatableString.Value]: 'Value',
  [TranslatableString.ClearButton]: 'Clear',
  [TranslatableString.UnknownFieldType]: 'Unknown field type: %1',
  [TranslatableString.OptionPrefix]: 'Option %1',
  [TranslatableString.TitleOptionPrefix]: '%1, option %2',
  [TranslatableString.KeyLabel]: '%1 (name)',
  [TranslatableString.DeprecatedLabel]: '%1 (no longer used)',
  [TranslatableString.CycleDetected]: 'The field "%1" refers to itself; you may expand it one more level',
  [TranslatableString.InvalidObjectField]: 'The field "%1" is set up wrongly: _%2_.',
  [TranslatableString.UnsupportedField]: 'This field cannot be shown.',
  [TranslatableString.UnsupportedFieldWithId]: 'The field `%1` cannot be shown.',
  [TranslatableString.UnsupportedFieldWithReason]: 'This field cannot be shown: _%1_.',
  [TranslatableString.UnsupportedFieldWithIdAndReason]: 'The field `%1` cannot be shown: _%2_.',
  [TranslatableString.FilesInfo]: '**%1** (%2, %3 bytes)',
};

/** rjsf's words in each language the app speaks. */
export const RJSF_WORDS: Readonly<Record<Locale, Readonly<Words>>> = { 'zh-CN': ZH, en: EN };

/** rjsf's `translateString` for `locale`: the word for `key` with its `%1`, `%2`… filled from `params`. */
export function rjsfStrings(locale: Locale) {
  const words = RJSF_WORDS[locale];
  return (key: TranslatableString, params?: string[]): string => replaceStringParameters(words[key], params);
}
