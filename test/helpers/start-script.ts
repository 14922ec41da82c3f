// Tests start `npm start`'s system through the kit benches share (scripts/kit/start-script.ts); this is its name here.
export { freePort, installationEnv, portOpen, startScript, until, type StartedScript } from '#scripts/kit/start-script';
