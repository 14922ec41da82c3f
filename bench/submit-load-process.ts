// `npm run bench -- --client-process` runs the load generator here, in a process of its own, so the web server under
// test does not share its CPU time with the code calling it. The plan arrives as JSON on stdin; the figures leave as
// one JSON line on stdout.
import { runLoad, type LoadPlan } from './submit-load';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const figures = await runLoad(JSON.parse(input) as LoadPlan, (line) => process.stderr.write(`  [client process] ${line}\n`));
process.stdout.write(`${JSON.stringify(figures)}\n`);
