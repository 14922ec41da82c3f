// A search form for server-side list queries: typing waits a moment, Enter searches at once.
import { useEffect, useEffectEvent, useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/use-i18n';

const PAUSE_MS = 300;

/** Props of SearchBox. */
export interface SearchBoxProps {
  label: string;
  onSearch: (query: string) => void;
}

/** A labelled search input that calls `onSearch` after a pause in typing or on submit. */
export function SearchBox({ label, onSearch }: SearchBoxProps) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  // Only the text drives the search; a new `onSearch` from a re-rendered parent does not search again.
  const search = useEffectEvent(onSearch);
  useEffect(() => {
    const timer = setTimeout(() => search(text), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text);
  };
  return (
    <form role="search" className="toolbar" onSubmit={submit}>
      <div className="field toolbar__grow">
        <label htmlFor={id}>{label}</label>
        <input id={id} type="search" value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <button type="submit" className="button button--quiet">
        {t('common.search')}
      </button>
    </form>
  );
}
