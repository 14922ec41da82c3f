// The files of an enterprise's answer to a return, set beside the answer on the timeline. The workflow writes each
// answer it accepts as a `ladder.reply` event (who, text); the web route records the same answer with its files
// (core/stores/submissions/case-reply-store.ts). Each event takes the first answer not yet taken, from there on, with
// its author and text: an answer accepted without an event (a rework deadline passing at the same moment) or an event
// from before files were kept finds no partner rather than another answer's files.

/** A file an answer carried, as a reader is offered it: its name, type and size (the id is only for its download link). */
export interface ReplyFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

/** An accepted answer: who gave it, its text, and its files in the order they were attached. */
export interface CaseReply {
  userId: number;
  text: string;
  files: ReplyFile[];
}

/** `events` (oldest first) with `detail.files` on each `ladder.reply` whose answer carried files. */
export function withReplyFiles<E extends { kind: string; detail: Record<string, unknown> }>(
  events: E[],
  replies: readonly CaseReply[],
): E[] {
  let next = 0;
  return events.map((event) => {
    if (event.kind !== 'ladder.reply') return event;
    const found = replies.findIndex(
      (reply, index) => index >= next && reply.userId === event.detail.by && reply.text === event.detail.text,
    );
    if (found < 0) return event;
    next = found + 1;
    const { files } = replies[found]!;
    return files.length ? { ...event, detail: { ...event.detail, files } } : event;
  });
}
