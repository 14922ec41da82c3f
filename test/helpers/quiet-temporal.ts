// Keeps the SDK's info lines (worker state changes, webpack reports) out of test output; warnings still show.
import { DefaultLogger, Runtime } from '@temporalio/worker';

try {
  Runtime.install({ logger: new DefaultLogger('WARN') });
} catch {
  // Already installed in this forked process by an earlier test file.
}
