// Drafts: a half-filled form is saved quietly a moment after the user stops typing (or at once on request) and
// resumed later with the same submission id, so the eventual submission is still recorded only once. Nothing is saved
// until the data differs from the fill's initial state (draft-changes.ts): opening a form leaves no draft behind.
// A save still waiting for its pause when the reader leaves the form (an in-app link, back, reload, closing the tab)
// is sent at once, so the last words typed are not lost.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormDraft } from '../api/api-types';
import { fugongApi } from '../api/fugong-api';
import { isSignedOutError, noteSessionEnded } from '../api/session-end';
import { draftChanged } from './draft-changes';

/** Quiet saves wait for this long after the last change. */
export const DRAFT_PAUSE_MS = 2000;

/** Where the draft stands, for the status line. */
export type DraftStatus =
  { state: 'none' | 'saving' | 'discarded' } | { state: 'resumed' | 'saved'; at: string } | { state: 'failed'; error: unknown };

/** What FormFill needs from the draft. */
export interface FormDraftControl {
  /** undefined while the saved draft is being read; null when there is none. */
  initial: FormDraft | null | undefined;
  status: DraftStatus;
  /** Schedules a quiet save after a pause, unless `data` is still what was saved last or, before any save of this fill,
   * the fill's `initial` state (its defaults, or the draft it resumed). */
  changed: (submissionId: string, data: unknown, initial: unknown) => void;
  /** Saves now (the explicit button). */
  saveNow: (submissionId: string, data: unknown) => Promise<void>;
  /** Deletes the stored draft; nothing is saved again until the next fill changes something. */
  discard: () => Promise<void>;
  /** Stops saving and waits for a save under way, so none lands after the submission cleared the draft. */
  stop: () => Promise<void>;
  /** Saves again after a submission attempt that was refused. */
  resume: () => void;
  /** Whether the stored draft holds `data` as entered (saved by this fill, or the draft it resumed unchanged). */
  holds: (data: unknown) => boolean;
}

/** Reads the user's draft of `formKey` and keeps it saved. */
export function useFormDraft(formKey: string): FormDraftControl {
  const [initial, setInitial] = useState<FormDraft | null>();
  const [status, setStatus] = useState<DraftStatus>({ state: 'none' });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const inFlight = useRef<Promise<void>>(Promise.resolve());
  const stopped = useRef(false);
  /** The data this fill saved last; undefined until it saved any (a resumed draft counts as the fill's initial state). */
  const lastSaved = useRef<unknown>(undefined);
  /** The data of the draft read when the form opened, until discarded. */
  const resumedData = useRef<unknown>(undefined);
  /** What the scheduled quiet save will send, until it is sent or dropped. */
  const pending = useRef<{ submissionId: string; data: unknown }>(undefined);

  const save = useCallback(
    (submissionId: string, data: unknown, force: boolean) => {
      clearTimeout(timer.current);
      pending.current = undefined;
      if (stopped.current || (!force && lastSaved.current !== undefined && !draftChanged(lastSaved.current, data))) return inFlight.current;
      setStatus({ state: 'saving' });
      inFlight.current = inFlight.current.then(async () => {
        if (stopped.current) return;
        try {
          const { draft } = await fugongApi.saveMyDraft(formKey, submissionId, data);
          lastSaved.current = data;
          if (!stopped.current) setStatus({ state: 'saved', at: draft.updatedAt });
        } catch (error) {
          // Signed out meanwhile: the login page says these entries were not kept.
          if (isSignedOutError(error)) noteSessionEnded('notSaved');
          if (!stopped.current) setStatus({ state: 'failed', error });
        }
      });
      return inFlight.current;
    },
    [formKey],
  );

  useEffect(() => {
    const controller = new AbortController();
    stopped.current = false;
    fugongApi.myDraft(formKey, controller.signal).then(
      ({ draft }) => {
        lastSaved.current = undefined;
        resumedData.current = draft?.data;
        setInitial(draft);
        if (draft) setStatus({ state: 'resumed', at: draft.updatedAt });
      },
      // Without a readable draft the form still works; it simply starts empty.
      () => !controller.signal.aborted && setInitial(null),
    );
    // The page is going away (reload, another site, the tab closed): the waiting save goes now, outliving the page.
    const leavePage = () => {
      const waiting = pending.current;
      if (!waiting || stopped.current) return;
      clearTimeout(timer.current);
      pending.current = undefined;
      fugongApi.saveMyDraft(formKey, waiting.submissionId, waiting.data, true).catch(() => undefined);
    };
    window.addEventListener('pagehide', leavePage);
    return () => {
      controller.abort();
      window.removeEventListener('pagehide', leavePage);
      // Leaving the form within the app: the waiting save is sent now rather than dropped with the timer.
      const waiting = pending.current;
      clearTimeout(timer.current);
      if (waiting && !stopped.current) void save(waiting.submissionId, waiting.data, false);
    };
  }, [formKey, save]);

  const changed = useCallback(
    (submissionId: string, data: unknown, initial: unknown) => {
      clearTimeout(timer.current);
      pending.current = undefined;
      // Back to what is stored (or to where the fill started) is no change: a pending save is dropped.
      if (stopped.current || !draftChanged(lastSaved.current ?? initial, data)) return;
      pending.current = { submissionId, data };
      timer.current = setTimeout(() => void save(submissionId, data, false), DRAFT_PAUSE_MS);
    },
    [save],
  );

  const discard = useCallback(async () => {
    clearTimeout(timer.current);
    pending.current = undefined;
    await inFlight.current;
    await fugongApi.discardMyDraft(formKey);
    lastSaved.current = undefined;
    resumedData.current = undefined;
    setStatus({ state: 'discarded' });
  }, [formKey]);

  const stop = useCallback(async () => {
    clearTimeout(timer.current);
    pending.current = undefined;
    stopped.current = true;
    await inFlight.current;
  }, []);

  const resume = useCallback(() => {
    stopped.current = false;
  }, []);

  const holds = useCallback((data: unknown) => {
    const stored = lastSaved.current ?? resumedData.current;
    return stored !== undefined && !draftChanged(stored, data);
  }, []);

  return { initial, status, changed, saveNow: (id, data) => save(id, data, true), discard, stop, resume, holds };
}
