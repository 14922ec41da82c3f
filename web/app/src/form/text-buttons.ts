// rjsf's list buttons (add, remove, move, copy) as worded buttons: its own ones draw an icon font the app does not
// load, which leaves an empty box a cadre cannot read and a screen reader names only by its title.
import { TranslatableString, type IconButtonProps, type TemplatesType } from '@rjsf/utils';
import { createElement } from 'react';

function wordedButton(word: TranslatableString) {
  return function WordedButton({ id, onClick, disabled, registry }: IconButtonProps) {
    return createElement(
      'button',
      { type: 'button', id, className: 'button button--quiet', onClick, disabled },
      registry.translateString(word),
    );
  };
}

/** The button templates to give a form whose lists people add to. */
export const TEXT_BUTTONS: Partial<TemplatesType['ButtonTemplates']> = {
  AddButton: wordedButton(TranslatableString.AddItemButton),
  RemoveButton: wordedButton(TranslatableString.RemoveButton),
  MoveUpButton: wordedButton(TranslatableString.MoveUpButton),
  MoveDownButton: wordedButton(TranslatableString.MoveDownButton),
  CopyButton: wordedButton(TranslatableString.CopyButton),
};
