// Draws the presenter's tree (forms/present/present-value.ts): labelled values as a description list, nested fields and
// items indented under their label, files as download links, signatures as images, masked values marked as hidden.
import type { Shown, ShownField } from '#forms/present/present-value';

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
      return <>{value.text}</>;
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
