// The API docs page: swagger-ui reading /api/openapi.json. Its script is a file of our own origin (the app's
// Content-Security-Policy forbids inline scripts), and it asks nothing of any other host: the validator badge, which
// would send the description to swagger.io, is turned off.

/** The page at GET /api/docs. */
export const DOCS_PAGE = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>复工接口说明 · Fugong API</title>
    <link rel="stylesheet" href="/api/docs/swagger-ui.css" />
  </head>
  <body>
    <main id="docs"></main>
    <script src="/api/docs/swagger-ui-bundle.js"></script>
    <script src="/api/docs/docs-page.js"></script>
  </body>
</html>
`;

/** The page's own script: starts swagger-ui; "Try it out" sends the CSRF token the app set in its cookie. */
export const DOCS_SCRIPT = `(function () {
  function csrfToken() {
    var found = document.cookie.match(/(?:^|;\\s*)(?:__Host-)?fugong_csrf=([^;]+)/);
    return found ? decodeURIComponent(found[1]) : '';
  }
  window.SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#docs',
    deepLinking: true,
    // A hundred operations and more: the page opens on the list of tags (with a filter box), each opening on click.
    docExpansion: 'none',
    filter: true,
    validatorUrl: null,
    requestInterceptor: function (request) {
      if (!/^(GET|HEAD|OPTIONS)$/i.test(request.method)) request.headers['x-csrf-token'] = csrfToken();
      return request;
    },
  });
})();
`;
