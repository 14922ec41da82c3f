// A list's items titled by their number in the reader's language ("发现的问题（第 2 项）", "Problems found, item 2"): rjsf
// titles an item without a title of its own "<list title>-<n>", which reads as a code. The rest is rjsf's own item.
import { getDefaultRegistry } from '@rjsf/core';
import type { ArrayFieldItemTemplateProps } from '@rjsf/utils';
import { cloneElement, isValidElement } from 'react';
import type { Locale } from '#core/domain/locale';
import { useI18n } from '../i18n/use-i18n';

const RjsfItem = getDefaultRegistry().templates.ArrayFieldItemTemplate;

/** `title` as rjsf numbers an item ("发现的问题-2" for index 1) in words; any other title unchanged. */
export function numberedItemTitle(title: string, index: number, locale: Locale): string {
  const suffix = `-${index + 1}`;
  if (!title.endsWith(suffix) || title.length === suffix.length) return title;
  const list = title.slice(0, -suffix.length);
  return locale === 'en' ? `${list}, item ${index + 1}` : `${list}（第 ${index + 1} 项）`;
}

/** rjsf's item template, its field titled in words. */
export function NumberedArrayItem(props: ArrayFieldItemTemplateProps) {
  const { locale } = useI18n();
  const { children, index } = props;
  if (!isValidElement<{ title?: unknown }>(children) || typeof children.props.title !== 'string') return <RjsfItem {...props} />;
  return <RjsfItem {...props}>{cloneElement(children, { title: numberedItemTitle(children.props.title, index, locale) })}</RjsfItem>;
}
