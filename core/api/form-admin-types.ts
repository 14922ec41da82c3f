// What the form editor's "new" dialog is offered (forms/process-templates.ts), as the server answers and the app reads it.

/** A registered process type a new form may use, with parameters that pass its checks. */
export interface ProcessTypeOffer {
  name: string;
  starterParams: Record<string, unknown>;
}

/** A starter of the "new" dialog: a definition of `processType` that publishes as created. */
export interface StarterOffer {
  name: string;
  processType: string;
}
