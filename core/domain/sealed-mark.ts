// The one name the payload codec (outside the sandbox) and the workflow's payload converter (inside it) share: kept in
// core/domain, which both may import, so the codec does not reach up into workflows/.

/** Metadata key the codec sets on payloads it decrypted with a known key (and removes from payloads sent in clear). */
export const SEALED_MARK = 'fugong-sealed';

/** Metadata key the codec sets on the JSON null it puts in place of a sealed payload it could not open; its value says
 * why (naming the key id). The workflow's converter refuses such a payload instead of handing the workflow a null. */
export const UNREADABLE_MARK = 'fugong-unreadable';
