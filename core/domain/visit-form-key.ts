// The visit log's form key: the cadre's visit form is a form definition like any other, found by this key by the
// visit routes and by the dashboard's visit figures alike.
export const VISIT_FORM_KEY = 'visit-log';
