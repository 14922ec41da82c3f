// rjsf's own words (add, remove, move) in the reader's language, for the generated parameter editor's lists.
import { englishStringTranslator, TranslatableString } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';

const ZH: Partial<Record<TranslatableString, string>> = {
  [TranslatableString.AddItemButton]: '添加一项',
  [TranslatableString.AddButton]: '添加',
  [TranslatableString.RemoveButton]: '删除',
  [TranslatableString.MoveUpButton]: '上移',
  [TranslatableString.MoveDownButton]: '下移',
  [TranslatableString.CopyButton]: '复制',
  [TranslatableString.ArrayItemTitle]: '项',
  [TranslatableString.EmptyArray]: '暂无，用下方按钮添加。',
  [TranslatableString.YesLabel]: '是',
  [TranslatableString.NoLabel]: '否',
  [TranslatableString.OptionalObjectAdd]: '添加此项设置',
  [TranslatableString.OptionalObjectRemove]: '移除此项设置',
  [TranslatableString.OptionalObjectEmptyMsg]: '未设置',
  [TranslatableString.OptionPrefix]: '选项 %1',
  [TranslatableString.TitleOptionPrefix]: '%1 选项 %2',
};

/** rjsf's translateString for `locale`. */
export function rjsfStrings(locale: Locale) {
  return (key: TranslatableString, params?: string[]): string => {
    const zh = locale === 'zh-CN' ? ZH[key] : undefined;
    if (!zh) return englishStringTranslator(key, params);
    return (params ?? []).reduce((text, param, index) => text.replace(`%${index + 1}`, param), zh);
  };
}
