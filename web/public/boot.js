// Runs before the app's code is downloaded and parsed (a classic script in <head>): asks at once who is
// signed in and, for the board without filters, its cards. lib/api-client.ts takes these answers for
// the same GET URLs instead of asking again. limit=50 is BOARD_PAGE_SIZE
// (features/board/api/board-pages.ts); with a filter in the URL the app asks by itself.
(function () {
  var early = (window.__earlyRequests = {});
  function ask(url) {
    var request = fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    request.catch(function () {}); // a failure is reported when the app takes the answer
    early[url] = request;
  }
  ask('/api/auth/me');
  var params = new URLSearchParams(window.location.search);
  var filtered = ['source', 'category', 'department', 'warning', 'q'].some(function (key) {
    return params.get(key);
  });
  if (window.location.pathname === '/' && !filtered) ask('/api/board?limit=50');
})();
