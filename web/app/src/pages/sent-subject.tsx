// A sent message's subject after its sentence on a timeline: quoted when it is in the reader's language, else behind
// a disclosure that names the language it was sent in (see sent-message-text.ts).
import type { SentMessageWords } from './sent-message-text';
import './sent-subject.css';

/** The quoted subject, the folded "as sent (in Chinese)" one, or nothing. */
export function SentSubject({ words }: { words: Pick<SentMessageWords, 'quote' | 'asSent'> }) {
  // As sent, in its recipient's language: data, not the page's words.
  if (words.quote !== undefined) return <q data-user-data="">{words.quote}</q>;
  if (!words.asSent) return null;
  return (
    <details className="sent-subject">
      <summary>{words.asSent.label}</summary>
      <q lang={words.asSent.lang} data-user-data="">
        {words.asSent.text}
      </q>
    </details>
  );
}
