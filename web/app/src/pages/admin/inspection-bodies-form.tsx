// The inspection bodies of the readiness inspection's levels (P2; seed 003 三级检查): each with its members, a form to add
// a body by its names (the key the readiness definition's params name it by is made from the English name), and one to put a
// special-class account in a body.
import { useState, type FormEvent } from 'react';
import { adminApi } from '../../api/admin-api';
import type { UserAccount } from '../../api/admin-types';
import { fieldErrors } from '../../api/field-errors';
import type { WorkingGroup } from '../../api/org-types';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { SelectField } from '../../components/select-field';
import { SuccessNotice } from '../../components/success-notice';
import { TextField } from '../../components/text-field';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inspectionZhCn } from '../../i18n/messages/inspection-messages';
import { useI18n } from '../../i18n/use-i18n';
import { asyncHandler } from '../../events/async-handler';

// Only administrators open the settings page: its words load with it.
addZhCnMessages(inspectionZhCn);

/** Props of InspectionBodiesForm. */
export interface InspectionBodiesFormProps {
  units: WorkingGroup[];
  /** Every special-class account: members of a body are those whose unit it is. */
  members: UserAccount[];
  onSaved: () => void;
}

/** The bodies with their members, adding a member, and adding a body. */
export function InspectionBodiesForm({ units, members, onSaved }: InspectionBodiesFormProps) {
  const { t, pick } = useI18n();
  const bodies = units.filter((unit) => unit.kind === 'inspection');
  const [fields, setFields] = useState({ nameZh: '', nameEn: '' });
  const [member, setMember] = useState({ userId: '', bodyId: '' });
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const errors = fieldErrors(error);

  const run = async (event: FormEvent, action: () => Promise<unknown>, done: string) => {
    event.preventDefault();
    setError(null);
    setMessage(null);
    if (sending) return;
    setSending(true);
    try {
      await action();
      setMessage(done);
      onSaved();
    } catch (reason) {
      setError(reason);
    } finally {
      setSending(false);
    }
  };
  const addBody = (event: FormEvent) =>
    run(event, () => adminApi.createOrgUnit({ ...fields, kind: 'inspection' }), t('inspection.bodyAdded', { name: fields.nameZh }));
  const addMember = (event: FormEvent) =>
    run(event, () => adminApi.updateUser(Number(member.userId), { workingGroupId: Number(member.bodyId) }), t('inspection.memberAdded'));

  return (
    <>
      {error !== null && <ErrorNotice error={error} />}
      {/* Three parts under one card: each with its own heading, so the second form's fields do not read as the first's. */}
      <h3>{t('inspection.bodiesHeading')}</h3>
      <ul className="plain-list">
        {bodies.map((body) => {
          const names = members.filter((user) => user.workingGroupId === body.id).map((user) => user.displayName);
          return (
            <li key={body.id}>
              {t('inspection.members', {
                body: pick(body.name),
                names: names.length ? names.join(t('inspection.nameSeparator')) : t('inspection.noMembers'),
              })}
            </li>
          );
        })}
      </ul>
      <form onSubmit={asyncHandler(addMember)} noValidate aria-busy={sending} aria-labelledby="inspection-member-heading">
        <h3 id="inspection-member-heading">{t('inspection.memberHeading')}</h3>
        <div className="form-grid">
          <SelectField
            label={t('inspection.member')}
            value={member.userId}
            placeholder={t('inspection.chooseMember')}
            options={members.map((user) => ({ value: String(user.id), label: user.displayName }))}
            onChange={(userId) => setMember((old) => ({ ...old, userId }))}
            hint={t('inspection.memberHint')}
            required
          />
          <SelectField
            label={t('inspection.body')}
            value={member.bodyId}
            placeholder={t('inspection.chooseBody')}
            options={bodies.map((body) => ({ value: String(body.id), label: pick(body.name) }))}
            onChange={(bodyId) => setMember((old) => ({ ...old, bodyId }))}
            required
          />
        </div>
        {/* Below the fields, not a cell of their grid: in a grid cell the button stretched to the tallest field's height. */}
        <div className="actions">
          <BusyButton busy={sending} label={t('inspection.addMember')} busyLabel={t('common.saving')} />
        </div>
      </form>
      <form onSubmit={asyncHandler(addBody)} noValidate aria-busy={sending} aria-labelledby="inspection-body-heading">
        <h3 id="inspection-body-heading">{t('inspection.bodyHeading')}</h3>
        <div className="form-grid">
          <TextField
            label={t('inspection.nameZh')}
            value={fields.nameZh}
            required
            error={errors.nameZh}
            onChange={(nameZh) => setFields((old) => ({ ...old, nameZh }))}
          />
          <TextField
            label={t('inspection.nameEn')}
            value={fields.nameEn}
            required
            error={errors.nameEn}
            onChange={(nameEn) => setFields((old) => ({ ...old, nameEn }))}
          />
        </div>
        <div className="actions">
          <BusyButton busy={sending} label={t('inspection.addBody')} busyLabel={t('common.saving')} />
        </div>
      </form>
      <SuccessNotice message={message} />
    </>
  );
}
