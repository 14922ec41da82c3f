// Logging a call while on the phone: who called, about which enterprise, what the problem is and its category.
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { hotlineApi, type HotlineCall } from '../../api/hotline-api';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { SearchSelect } from '../../components/search-select';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useAction } from '../../hooks/use-action';
import { useDifficultyOptions } from '../../hooks/use-difficulty-options';
import { useI18n } from '../../i18n/use-i18n';
import { TaskTextArea } from '../inbox/task-text-area';
import { asyncHandler } from '../../events/async-handler';

/** Props of HotlineCallForm. */
export interface HotlineCallFormProps {
  onSaved: (call: HotlineCall) => void;
}

/** The form; the server checks it again and names each wrong field. */
export function HotlineCallForm({ onSaved }: HotlineCallFormProps) {
  const { t } = useI18n();
  const options = useDifficultyOptions();
  const [callerName, setCallerName] = useState('');
  const [callerMobile, setCallerMobile] = useState('');
  const [enterpriseId, setEnterpriseId] = useState('');
  const [category, setCategory] = useState('');
  const [problem, setProblem] = useState('');
  const action = useAction();
  const { busy, error } = action;
  const errorAt = (path: string) => (error instanceof ApiError ? error.details.find((detail) => detail.path === path)?.message : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await action.run(async () => {
      // A choice not made is left out, so it is refused as missing ("请填写「所涉企业」"), not as the number 0.
      const { call } = await hotlineApi.record({
        callerName,
        callerMobile,
        enterpriseId: enterpriseId ? Number(enterpriseId) : undefined,
        category: category || undefined,
        problem,
      });
      setCallerName('');
      setCallerMobile('');
      setEnterpriseId('');
      setCategory('');
      setProblem('');
      onSaved(call);
    });
  };

  if (options.error !== null) return <ErrorNotice error={options.error} onRetry={options.reload} />;
  return (
    <form onSubmit={asyncHandler(submit)} noValidate className="narrow-form">
      <TextField label={t('hotline.callerName')} value={callerName} onChange={setCallerName} required error={errorAt('/callerName')} />
      <TextField
        label={t('hotline.callerMobile')}
        type="tel"
        inputMode="tel"
        value={callerMobile}
        onChange={setCallerMobile}
        required
        error={errorAt('/callerMobile')}
      />
      <SearchSelect
        label={t('hotline.enterprise')}
        value={enterpriseId}
        onChange={setEnterpriseId}
        options={options.data?.enterprises ?? []}
        required
        error={errorAt('/enterpriseId')}
        disabled={!options.data}
      />
      <SelectField
        label={t('field.category')}
        value={category}
        onChange={setCategory}
        options={options.data?.categories ?? []}
        placeholder={t('hotline.choose')}
        required
        error={errorAt('/category')}
        disabled={!options.data}
      />
      <TaskTextArea
        label={t('hotline.problem')}
        value={problem}
        onChange={setProblem}
        required
        maxLength={2000}
        error={errorAt('/problem')}
      />
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-actions">
        <BusyButton busy={busy} label={t('hotline.save')} busyLabel={t('common.saving')} disabled={!options.data} />
      </div>
    </form>
  );
}
