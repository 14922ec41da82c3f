// Draws the presenter's tree (forms/present/present-value.ts): labelled values as a description list, nested fields and
// items indented under their label, files as download links, signatures as images, masked values marked as hidden,
// SHA-256 fingerprints by their ends.
import type { Shown, ShownField } from '#forms/present/present-value';

// A SHA-256 fingerprint (a signed document's, kept as evidence) is 64 hex digits: shown by its ends, as people compare
// one, the whole in the tooltip; exports and the API keep it whole.
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** `hex` shortened to its first and last eight digits ("3f2a9c1e…0b7d44e1"). */
export function shortDigest(hex: string): string {
  return `${hex.slice(0, 8)}…${hex.slice(-8)}`;
}

function Digest({ hex }: { hex: string }) {
  return <code title={hex}>{shortDigest(hex)}</code>;
}

function Value({ value }: { value: Shown }) {
  switch (value.kind) {
    case 'blank':
      return <span className="muted">{value.text}</span>;
    case 'masked':
      return <span className="value--masked">{value.text}</span>;
    case 'file':
      return value.href ? (
        <a href={value.href} download>
          {value.text}
        </a>
      ) : (
        <>{value.text}</>
      );
    case 'signature':
      return value.src ? <img className="value-signature" src={value.src} alt={value.text} /> : <>{value.text}</>;
    case 'fields':
      return <ValueView fields={value.fields} nested />;
    case 'items':
      return <ValueView fields={value.items} nested />;
    default:
      return SHA256_HEX.test(value.text) ? <Digest hex={value.text} /> : <>{value.text}</>;
  }
}

/** Props of ValueView. */
export interface ValueViewProps {
  fields: ShownField[];
  nested?: boolean;
}

/** The fields of a record, one term and value each; nested records inside their field. */
export function ValueView({ fields, nested }: ValueViewProps) {
  return (
    <dl className={nested ? 'data-list data-list--nested' : 'data-list'}>
      {fields.map((field) => (
        <div key={field.key} className="data-list__row">
          <dt>{field.label}</dt>
          <dd>
            <Value value={field.value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
