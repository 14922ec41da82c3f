// The failure converter of every Fugong client, worker and workflow bundle: an error's message and stack trace travel
// in the failure's encoded attributes, a payload the AES-GCM codec seals like any other, so what Temporal stores for a
// failed step or run reads "Encoded failure" (a message may quote a person's data). Temporal loads it by path, with
// require(), in the worker and in plain Node (tests) as well as in the workflow bundle: hence CommonJS, not TypeScript.
'use strict';
/* global require, exports */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded by Temporal's require(), see above
const { DefaultFailureConverter } = require('@temporalio/common');

exports.failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
