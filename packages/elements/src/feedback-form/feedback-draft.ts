import type { ChangeNotice, HearthStorage } from '@hearth/core';

import { idRecord, own } from '../id-record.js';
import type { FeedbackDraft, HearthFeedbackForm } from './feedback-form.js';
import type { Answer } from './form-definition.js';

/*
 * The draft on the device: read when the form loads, saved after each change, merged (never
 * silently overwritten) when another tab changed it too. Loaded with storage.
 */

const DRAFT_FORMAT = { schema: 1 };
type Host = HearthFeedbackForm;

const same = (a: Answer | undefined, b: Answer | undefined) => JSON.stringify(a) === JSON.stringify(b);

/** Reads the draft into the form; answers given before it was read are kept on top. */
export async function openDraft(host: Host, store: HearthStorage, key: string): Promise<void> {
  host.stopWatching?.();
  host.store = store;
  host.stopWatching = store.watch('drafts', key, (notice) => void onDraftChanged(host, notice));
  const read = await store.read<FeedbackDraft>('drafts', key, DRAFT_FORMAT);
  if (!read.ok) {
    host.status = host.t('feedback.notSaved', { reason: read.error.message });
    return;
  }
  host.draftVersion = read.value?.version ?? null;
  const draft = read.value?.data;
  if (draft && draft.formVersion === host.formDefinition?.version) {
    const typedFirst = Object.keys(host.answerMap).length > 0;
    host.storedAnswers = host.accepted(draft.answers);
    host.answerMap = idRecord(host.storedAnswers, host.answerMap);
    if (!typedFirst) host.responseId = draft.responseId;
  }
}

function unsaved(host: Host): boolean {
  const keys = new Set([...Object.keys(host.answerMap), ...Object.keys(host.storedAnswers)]);
  return [...keys].some((key) => !same(own(host.answerMap, key), own(host.storedAnswers, key)));
}

/** Writes the answers when they changed; on a conflict, merges the other tab's and writes again. */
export async function saveDraft(host: Host): Promise<void> {
  const key = host.instanceKey;
  const definition = host.formDefinition;
  if (!host.store || !key || !definition || !unsaved(host)) return;
  const answers = idRecord(host.answerMap);
  if (!Object.keys(answers).length) {
    // Nothing answered (after a send, a reset, or every answer taken back): nothing is kept.
    const removed = await host.store.remove('drafts', key);
    if (removed.ok) {
      host.draftVersion = null;
      host.storedAnswers = idRecord();
    }
    return;
  }
  const written = await host.store.write<FeedbackDraft>(
    'drafts',
    key,
    { responseId: host.responseId, formVersion: definition.version, answers },
    DRAFT_FORMAT,
    {
      expectedVersion: host.draftVersion,
    },
  );
  if (written.ok) {
    host.draftVersion = written.value.version;
    host.storedAnswers = answers;
  } else if (written.error.reason === 'conflict') {
    const current = written.error.current as { version: number; data: FeedbackDraft } | undefined;
    merge(host, current?.data?.answers ?? {}, current?.version ?? 0);
    host.status = host.t('feedback.otherTab');
    await saveDraft(host);
  } else {
    host.status = host.t('feedback.notSaved', { reason: written.error.message });
  }
}

/** Another tab's answers, with the answers changed here since the last save kept on top. */
function merge(host: Host, other: Record<string, Answer>, version: number): void {
  const theirs = host.accepted(other);
  const mine = idRecord<Answer>();
  for (const [key, value] of Object.entries(host.answerMap)) if (!same(value, own(host.storedAnswers, key))) mine[key] = value;
  host.storedAnswers = theirs;
  host.draftVersion = version;
  host.answerMap = idRecord(theirs, mine);
}

/** Another tab changed the draft: take it when nothing here is unsaved (else the next save merges). */
async function onDraftChanged(host: Host, notice: ChangeNotice): Promise<void> {
  if (notice.version === host.draftVersion || !host.store || !host.instanceKey || unsaved(host)) return;
  const read = await host.store.read<FeedbackDraft>('drafts', host.instanceKey, DRAFT_FORMAT);
  if (!read.ok) return;
  merge(host, read.value?.data.answers ?? {}, read.value?.version ?? 0);
  if (read.value?.data.responseId) host.responseId = read.value.data.responseId;
}
