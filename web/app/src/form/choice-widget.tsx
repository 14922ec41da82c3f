// The rjsf widget for a single choice from a list: rjsf's own select, whose empty first option says 请选择 / Choose…
// (rjsf leaves it blank), so a person sees a choice is still to be made instead of an empty box.
import { getDefaultRegistry } from '@rjsf/core';
import type { Widget, WidgetProps } from '@rjsf/utils';
import { useI18n } from '../i18n/use-i18n';

// rjsf's default registry always has its SelectWidget.
const RjsfSelect = getDefaultRegistry().widgets.SelectWidget as Widget;

/** A select whose empty option reads 请选择 / Choose… unless the form's uiSchema words it. */
export function ChoiceWidget(props: WidgetProps) {
  const { t } = useI18n();
  return <RjsfSelect {...props} placeholder={props.placeholder || t('common.choose')} />;
}
