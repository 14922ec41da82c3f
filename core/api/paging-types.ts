// The paging every list of the API answers beside its items (web/server/paging.ts), as the server and the app read it.

/** Where a page of a list sits in the whole list: the page asked for and how many rows the whole list has. */
export interface Page {
  limit: number;
  offset: number;
  total: number;
}
