// How much one account may upload, so that no account can fill the disk the databases share (a 5 MB file at a time,
// any number of times, used to be accepted, and files never attached stayed for good):
// - 20 files uploaded but attached to nothing (in no saved draft, submission, answer to a return or other record of
//   theirs), and the refusal names both uses (forms, and answers to a request for more information). A campaign
//   form asks for a few files (licence, plan, photos); drafts save as people type, so a file in use is attached within
//   seconds, and 20 leaves room for several forms at once and photos taken again. 20 × 5 MB bounds it to 100 MB.
// - A draft holds no more files than its form's file fields take (forms/draft-held-uploads.ts; one draft per form and
//   account), and none once it has not been saved for 30 days: saving drafts that name batch after batch no longer
//   lifts the limit above, and an abandoned draft's files go to the sweep like any unused file. A month is longer than
//   anyone takes to gather a form's documents, and a draft opened again keeps what was typed into it.
// - 500 MB in any 24 hours, attached or not: a hundred files of the largest size, while a gate officer's signatures
//   are a few kilobytes each. It bounds what an account can add to the disk in a day, drafts or no drafts.
// - Unattached files count for 48 hours, then the sweep deletes them (upload-sweep.ts): a form begun one day can be
//   finished the next.
// Both refusals are 429 (too many requests in a given time, RFC 6585) rather than 413: the request itself is fine
// (413 is for a file over 5 MB), what the account did lately is not. Constants, not settings: like the sign-in
// limits, they protect the service and are not something an operator tunes.
import { englishCount } from '#core/domain/english-count';
import { AppError } from '#core/errors';
import type { QuotaRefusal, UploadQuota } from '#core/stores/uploads/upload-quota-store';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MB = 1024 * 1024;

/** The limits in force. */
export const UPLOAD_QUOTA: UploadQuota = Object.freeze({
  unattachedFiles: 20,
  bytesPerWindow: 500 * MB,
  windowMs: 24 * HOUR,
  retentionMs: 48 * HOUR,
  draftHoldMs: 30 * DAY,
  // Long enough for 5 MB over a poor mobile connection (3 KB/s).
  reservationMs: 30 * 60_000,
});

/** The 429 answer to a refusal, in words that say what to do; `retryAfter` in seconds when waiting helps. */
export function quotaRefusal(refusal: QuotaRefusal, quota: UploadQuota, at: Date): { error: AppError; retryAfter?: number } {
  const hours = quota.retentionMs / HOUR;
  if (refusal.kind === 'unattached') {
    const days = quota.draftHoldMs / DAY;
    return {
      error: new AppError(429, 'too_many_unattached_uploads', {
        'zh-CN': `您还有 ${refusal.files} 个已上传但尚未用在表单或补充材料中的附件，已达上限（${quota.unattachedFiles} 个）。请把需要的附件放进表单的附件栏并保存草稿或提交，或在需要您补充材料的事项中随答复提交，然后再继续上传。草稿只保留附件栏放得下的文件（每栏一个，多文件栏以其上限为准），${days} 天未保存的草稿不再保留附件；未用到的附件在上传 ${hours} 小时后自动删除，届时也可继续上传。`,
        en: `You have ${refusal.files} uploaded files that no saved draft, submitted form or answer to a request for more information uses yet, the most allowed (${quota.unattachedFiles}). Put the files you need into a form's file fields and save the draft or submit it, or send them with your answer where a case needs more information from you, then upload again. A draft keeps only the files its file fields take (one per field, up to a multi-file field's limit), and a draft not saved for ${days} days keeps none; unused files are deleted ${hours} hours after upload, which also frees room.`,
      }),
    };
  }
  const retryAfter = Math.max(1, Math.ceil((Date.parse(refusal.freesAt) - at.getTime()) / 1000));
  const wait = Math.max(1, Math.ceil(retryAfter / 3600));
  const used = Math.round(refusal.usedBytes / MB);
  const limit = Math.round(quota.bytesPerWindow / MB);
  const window = quota.windowMs / HOUR;
  return {
    retryAfter,
    error: new AppError(429, 'upload_budget_spent', {
      'zh-CN': `您 ${window} 小时内已上传 ${used} MB，再上传这个文件将超过 ${limit} MB 的上限。请约 ${wait} 小时后再上传；如确需提交更多文件，请联系管理员。`,
      en: `You have uploaded ${used} MB in the last ${englishCount(window, 'hour')}; this file would go over the limit of ${limit} MB. Upload it again in about ${englishCount(wait, 'hour')}; if you really need to send more files, contact an administrator.`,
    }),
  };
}
